"""Rules of the locations plugin found by reading its output on fresh reports (round 6)."""

from __future__ import annotations

import pytest

from incidentkit import Pipeline
from incidentkit.models import LocationMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=["incidentkit.builtin.locations"], builtins=False, strict=True, autoload=False)


def found(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str, str | None]]:
    mentions: list[LocationMention] = list(pipeline.extract(text).locations)
    return {m.text: (m.type.value, m.name, m.admin1) for m in mentions}


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("In the Donetsk region, troops advanced near Pokrovsk. A drone also struck Ternivka in the "
     "Pavlohrad district, and guided bombs fell on Kostiantynivka and Druzhkivka.", "Ternivka", "UA-12"),
    ("Shelling hit Ternivka of the Pavlohrad district while Kramatorsk and Sloviansk were under "
     "attack.", "Ternivka", "UA-12"),
    ("Guided bombs fell on Kramatorsk, Sloviansk and Ternivka in the Dnipropetrovsk region.",
     "Ternivka", "UA-12"),
])
def test_a_town_lies_in_the_district_or_region_named_after_it(
        pipeline: Pipeline, text: str, town: str, admin1: str) -> None:
    assert found(pipeline, text)[town][2] == admin1


@pytest.mark.parametrize(("text", "expected"), [
    ("Guided bombs struck the Velyka Pysarivka and Khotin communities overnight.",
     {"Velyka Pysarivka": ("admin2", "Velyka Pysarivka Hromada", "UA-59"),
      "Khotin": ("admin2", "Khotin Hromada", "UA-59")}),
    ("In the Sumy region, the Bilopillia community came under mortar fire.",
     {"Bilopillia community": ("admin2", "Bilopillia Hromada", "UA-59")}),
    ("The Zolochiv and Bohodukhiv territorial communities of the Kharkiv region lost power.",
     {"Zolochiv": ("admin2", "Zolochiv Hromada", "UA-63"),
      "Bohodukhiv": ("admin2", "Bohodukhiv Hromada", "UA-63")}),
    ("In the Kharkiv region, the Zolochiv territorial community was shelled.",
     {"Zolochiv territorial community": ("admin2", "Zolochiv Hromada", "UA-63")}),
    ("During the day, the enemy attacked the Kutsurub community with FPV drones.",
     {"Kutsurub community": ("admin2", "Kutsurub Hromada", "UA-48")}),
])
def test_a_ukrainian_community_is_its_hromada(
        pipeline: Pipeline, text: str, expected: dict[str, tuple[str, str, str | None]]) -> None:
    result = found(pipeline, text)
    for name, value in expected.items():
        assert result[name] == value


@pytest.mark.parametrize("text", [
    "The Jewish and Muslim communities of Odesa held a vigil.",
    "Leaders of the Druze community in Israel protested.",
])
def test_a_community_of_people_is_no_hromada(pipeline: Pipeline, text: str) -> None:
    assert all(value[0] != "admin2" for value in found(pipeline, text).values())


@pytest.mark.parametrize(("text", "kept"), [
    ("The Lukoil-owned refinery in Volgograd was struck again.", {"Volgograd"}),
    ("Debris fell near a Gazprom-run gas terminal outside Ust-Luga.", {"Ust-Luga"}),
    ("A Rosneft-operated oil depot in Novorossiysk caught fire.", {"Novorossiysk"}),
])
def test_a_company_modifier_names_no_site(pipeline: Pipeline, text: str, kept: set[str]) -> None:
    assert set(found(pipeline, text)) == kept
