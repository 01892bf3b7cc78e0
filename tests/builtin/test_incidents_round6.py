"""Incident assembly on report shapes probed in the sixth round, end to end.

Each test names a general pattern met in fresh reports the rules had not seen
and runs it through every built-in stage, as users do.
"""

from __future__ import annotations

import pytest

from incidentkit import Incident, Pipeline

STAGES = ["times", "locations", "quantities", "attribution", "incidents"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[f"incidentkit.builtin.{name}" for name in STAGES], builtins=False)


def incidents(pipeline: Pipeline, text: str, published: str) -> list[Incident]:
    report = pipeline.extract(text, published=published)
    assert not report.problems
    return list(report.incidents)


def by_region(found: list[Incident]) -> dict[tuple[str, ...], dict[str, int]]:
    return {incident.admin1: {o.value: v for o, v in incident.counts.items()} for incident in found}


# ---------------------------------------------------------------- breakdowns


@pytest.mark.parametrize("lead", ["", "Of these, ", "Of them, "])
def test_a_regional_figure_that_equals_the_rest_by_chance_is_not_their_total(
        pipeline: Pipeline, lead: str) -> None:
    # 21 = 9 + 6 + 3 + 3: the first figure is Bryansk's, not a total of the other regions.
    first = "21" if lead else "Twenty-one"
    text = ("Russian air defences destroyed 42 Ukrainian drones overnight over five regions, the "
            f"Defence Ministry said. {lead}{first} were downed over the Bryansk region, nine over "
            "Kursk, six over Belgorod, three over the Oryol region and three over the Tula region.")
    found = incidents(pipeline, text, "2025-06-08T10:00:00+03:00")
    # A full breakdown: one incident per region, and no total (FORMAT.md).
    assert by_region(found) == {
        ("RU-BRY",): {"destroyed": 21}, ("RU-KRS",): {"destroyed": 9}, ("RU-BEL",): {"destroyed": 6},
        ("RU-ORL",): {"destroyed": 3}, ("RU-TUL",): {"destroyed": 3}}


def test_a_first_figure_without_a_region_of_its_own_is_still_the_lists_total(pipeline: Pipeline) -> None:
    text = ("Air defences destroyed 24 drones overnight, 12 over the Kursk region, eight over the "
            "Bryansk region and four over the Belgorod region, the Defence Ministry said.")
    found = incidents(pipeline, text, "2025-06-08T10:00:00+03:00")
    assert by_region(found) == {("RU-KRS",): {"destroyed": 12}, ("RU-BRY",): {"destroyed": 8},
                                ("RU-BEL",): {"destroyed": 4}}


# ---------------------------------------------------------------- country of a total


@pytest.mark.parametrize(("phrase", "country", "region"), [
    ("over the territory of Russia", "RU", "RU-BRY"),
    ("in the airspace of Ukraine", "UA", "UA-32"),
])
def test_a_total_over_the_territory_of_a_country_is_in_that_country(
        pipeline: Pipeline, phrase: str, country: str, region: str) -> None:
    part = "the Bryansk region" if country == "RU" else "the Kyiv region"
    text = (f"Overnight, 35 drones were intercepted and destroyed {phrase}, the ministry said. "
            f"Of these, 18 were destroyed over {part}.")
    total, regional = incidents(pipeline, text, "2025-03-15T08:00:00+03:00")
    assert (total.admin1, total.country) == ((), country)  # the total: no region of its own
    assert (regional.admin1, regional.parent) == ((region,), total.id)


# ---------------------------------------------------------------- lists with the place first


def test_a_list_that_names_each_place_before_its_count_pairs_them(pipeline: Pipeline) -> None:
    text = ("Overnight, the enemy attacked with 142 Shahed drones. Air defence neutralised 83 drones.\n\n"
            "In Kyiv region 24 drones were shot down, in Odesa region 19, in Kharkiv region 12.")
    found = incidents(pipeline, text, "2025-03-03T09:00:00+02:00")
    total = found[0]
    assert {o.value: v for o, v in total.counts.items()} == {"launched": 142, "destroyed": 83}
    parts = {i.admin1: {o.value: v for o, v in i.counts.items()} for i in found[1:]}
    assert parts == {("UA-32",): {"destroyed": 24}, ("UA-51",): {"destroyed": 19},
                     ("UA-63",): {"destroyed": 12}}
    assert all(i.parent == total.id for i in found[1:])


def test_a_list_with_places_after_its_counts_is_read_as_before(pipeline: Pipeline) -> None:
    text = ("Air defence destroyed 24 drones over Kyiv region, 19 over Odesa region and 12 over "
            "Kharkiv region.")
    found = incidents(pipeline, text, "2025-03-03T09:00:00+02:00")
    assert by_region(found) == {("UA-32",): {"destroyed": 24}, ("UA-51",): {"destroyed": 19},
                                ("UA-63",): {"destroyed": 12}}


# ---------------------------------------------------------------- several windows in one sentence


def test_two_nights_in_one_sentence_are_two_engagements_with_their_own_outcomes(pipeline: Pipeline) -> None:
    text = ("On Saturday night, 125 drones were launched, of which 97 were shot down; on Sunday night, "
            "180 drones were launched and 152 were shot down, the air force said on Monday.")
    found = incidents(pipeline, text, "2025-05-12T10:00:00+03:00")
    assert [({o.value: v for o, v in i.counts.items()}, i.start) for i in found] == [
        ({"launched": 125, "destroyed": 97}, "2025-05-11TNI"),
        ({"launched": 180, "destroyed": 152}, "2025-05-12TNI")]


# ---------------------------------------------------------------- coordinated counts


def test_coordinated_counts_share_the_place_before_them(pipeline: Pipeline) -> None:
    text = ("Russia attacked Odesa overnight with 15 attack drones and two Iskander-M ballistic missiles, "
            "the regional governor Oleh Kiper said.")
    drones, missiles = incidents(pipeline, text, "2025-06-08T10:00:00+03:00")
    assert (drones.weapon.value, drones.settlements) == ("uav", ("Odesa",))
    assert (missiles.weapon.value, missiles.admin1, missiles.settlements) == (
        "ballistic_missile", ("UA-51",), ("Odesa",))


# ---------------------------------------------------------------- a hit that got through


def test_a_hit_in_a_town_after_drones_downed_over_its_region_got_through(pipeline: Pipeline) -> None:
    text = ("Eight drones were shot down over the Kursk region and five over the Belgorod region "
            "overnight, the ministry said. In Belgorod, a drone hit a power substation, governor "
            "Vyacheslav Gladkov said.")
    kursk, belgorod, hit = incidents(pipeline, text, "2025-06-08T10:00:00+03:00")
    assert kursk.admin1 == ("RU-KRS",)
    assert ({o.value: v for o, v in belgorod.counts.items()}, belgorod.settlements) == ({"destroyed": 5}, ())
    assert ({o.value: v for o, v in hit.counts.items()}, hit.settlements) == ({"hit": 1}, ("Belgorod",))


def test_debris_of_a_downed_drone_is_not_a_drone_that_got_through(pipeline: Pipeline) -> None:
    text = ("Russian air defences destroyed 337 Ukrainian drones overnight, including 91 over the Moscow "
            "region, the Defence Ministry said.\n\n"
            "In the town of Vidnoye in the Moscow region, debris from a downed drone hit a residential "
            "building; three people were killed, regional governor Andrei Vorobyov said.")
    total, moscow = incidents(pipeline, text, "2025-03-11T12:00:00+03:00")
    assert {o.value: v for o, v in moscow.counts.items()} == {"destroyed": 91}
    assert (moscow.settlements, moscow.killed, moscow.parent) == (("Vidnoye",), 3, total.id)
