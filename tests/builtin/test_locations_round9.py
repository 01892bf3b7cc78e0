"""Rules of the locations plugin found by reading its output on fresh reports (round 9)."""

from __future__ import annotations

import pytest

from incidentkit import Pipeline
from incidentkit.models import LocationMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=["incidentkit.builtin.locations"], builtins=False, strict=True, autoload=False)


def mentions(pipeline: Pipeline, text: str) -> list[LocationMention]:
    return list(pipeline.extract(text).locations)


def found(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str, str | None]]:
    return {m.text: (m.type.value, m.name, m.admin1) for m in mentions(pipeline, text)}


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("The ministry said 40 drones fell over Russian regions: Bryansk – 20, Kursk – 12, Oryol – 8.",
     "Kursk", "RU-KRS"),
    ("The ministry said 40 drones fell over Russian regions: Bryansk – 20, Kursk – 12, Oryol – 8.",
     "Oryol", "RU-ORL"),
    ("Drones downed overnight, by region: Voronezh: 9, Belgorod: 4 and Tambov: 2.", "Belgorod", "RU-BEL"),
    ("Overnight tally: Lipetsk region – 6, Tula – 3, Kaluga – 1.", "Tula", "RU-TUL"),
])
def test_a_count_by_region_names_regions(pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    type_, _name, code = found(pipeline, text)[name]
    assert (type_, code) == ("admin1", admin1)


@pytest.mark.parametrize("text", [
    "Shelling over the past day: Kherson – 12, Nikopol – 4.",  # no "regions" head: the towns
])
def test_a_count_by_town_stays_towns(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text)["Kherson"][0] == "settlement"


@pytest.mark.parametrize(("text", "country"), [
    ("Russia said drones attacked overnight. Debris fell in the Kirovsky district.", "RU"),
    ("Debris of a drone fell in the Leninsky district, the governor said.", None),
])
def test_a_shared_district_name_with_no_region_is_a_guess(pipeline: Pipeline, text: str,
                                                          country: str | None) -> None:
    [district] = [m for m in mentions(pipeline, text) if m.type.value == "admin2"]
    assert district.ambiguous
    assert len({c.admin1 for c in district.candidates}) >= 2
    assert (district.country, district.admin1) == (country, None)  # not the curated Crimean namesake


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Russian forces attacked in the Chasiv Yar direction.", "Chasiv Yar",
     ("settlement", "Chasiv Yar", "UA-14")),
    ("On the Huliaipole axis, the enemy stormed positions.", "Huliaipole",
     ("settlement", "Huliaipole", "UA-23")),
    ("Heavy fighting on the Siversk and Chasiv Yar directions.", "Siversk",
     ("settlement", "Siversk", "UA-14")),
])
def test_a_front_sector_names_its_town(pipeline: Pipeline, text: str, name: str,
                                       expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Debris fell in Hrubieszów County, police said.", "Hrubieszów County",
     ("admin2", "Hrubieszów County", "PL-06")),
    ("Roads were closed in the Zamość county.", "Zamość county", ("admin2", "Zamość County", "PL-06")),
])
def test_a_polish_county_is_a_district_of_its_towns_voivodeship(pipeline: Pipeline, text: str, name: str,
                                                                expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected
