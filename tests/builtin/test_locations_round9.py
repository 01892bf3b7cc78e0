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


@pytest.mark.parametrize(("text", "word"), [
    ("Russia marked the anniversary of the Kursk submarine disaster.", "Kursk"),
    ("The Moskva cruiser sank in April 2022.", "Moskva"),
])
def test_a_name_before_a_warship_noun_is_the_ships(pipeline: Pipeline, text: str, word: str) -> None:
    assert word not in found(pipeline, text)


def test_a_submarine_base_keeps_its_town(pipeline: Pipeline) -> None:
    text = "Drones struck the Novorossiysk submarine base."
    assert found(pipeline, text)["Novorossiysk"][0] == "settlement"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Drones hit the Olenya and Ivanovo air bases.", "Ivanovo", ("feature", "Ivanovo Air Base", "RU-IVA")),
    ("Temporary restrictions were introduced at Vnukovo.", "Vnukovo",
     ("feature", "Vnukovo International Airport", "RU-MOW")),
])
def test_airports_named_by_their_town(pipeline: Pipeline, text: str, name: str,
                                      expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("A drone fell near the village of Ceadir-Lunga in Gagauzia, hours after strikes on Izmail in "
     "Ukraine's Odesa region.", "Ceadir-Lunga", "MD-GA"),
    ("Debris fell near the village of Achuyevo in Bashkortostan, after strikes on Kursk and the "
     "Kursk region.", "Achuyevo", "RU-BA"),
])
def test_a_division_named_without_a_type_word_holds_the_village_before_it(pipeline: Pipeline, text: str,
                                                                          name: str, admin1: str) -> None:
    assert found(pipeline, text)[name][2] == admin1


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Shelling over the past day: Kherson – 12, Nikopol – 4, Kharkiv – 2.", "Nikopol", "UA-12"),
    ("Russian troops shelled Nikopol and Kupiansk again.", "Nikopol", "UA-12"),
])
def test_a_city_is_not_a_hamlet_that_a_town_nearby_suggests(pipeline: Pipeline, text: str, name: str,
                                                            admin1: str) -> None:
    assert found(pipeline, text)[name][2] == admin1


@pytest.mark.parametrize("text", [
    "A drone hit Pavlohrad. Novomoskovsk was shelled.",
    "No casualties were reported in Kamianske, Synelnykove or Novomoskovsk.",
])
def test_a_renamed_town_is_not_the_namesake_city_elsewhere(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text)["Novomoskovsk"] == ("settlement", "Samar", "UA-12")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Head of the Zaporizhzhia OVA Ivan Fedorov said.", "Zaporizhzhia",
     ("admin1", "Zaporizhzhia Oblast", "UA-23")),
    ("The Sumy ODA reported shelling.", "Sumy", ("admin1", "Sumy Oblast", "UA-59")),
    ("Officials of the Kherson MVA said two people were hurt.", "Kherson",
     ("settlement", "Kherson", "UA-65")),
])
def test_a_ukrainian_administration_abbreviation_names_region_or_city(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Energodar, where the Zaporozhye NPP is located, lost power.", "Zaporozhye NPP",
     ("feature", "Zaporizhzhia Nuclear Power Plant", "UA-23")),
    ("Shelling near the Zaporozhye NPP went on, Rosatom said.", "Zaporozhye NPP",
     ("feature", "Zaporizhzhia Nuclear Power Plant", "UA-23")),
    ("Flights resumed at Kharkov airport.", "Kharkov airport",
     ("feature", "Kharkiv International Airport", "UA-63")),
])
def test_a_site_named_by_another_spelling_of_its_town(pipeline: Pipeline, text: str, name: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("In the Kharkiv region, Kupiansk was shelled; fighting went on in the Lyman direction.", "Lyman",
     "UA-14"),
    ("In the Pokrovsk direction, the occupiers attacked 45 times.", "Pokrovsk", "UA-14"),
])
def test_a_front_sector_is_the_known_town_not_a_namesake_village(pipeline: Pipeline, text: str, name: str,
                                                                 admin1: str) -> None:
    mention = next(m for m in mentions(pipeline, text) if m.text == name)
    assert (mention.admin1, mention.ambiguous) == (admin1, False)


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Troops took the settlements of Gulyaipole and Novoe Zaporozhye in the Zaporozhye region.",
     "Novoe Zaporozhye", "UA-23"),
    ("Shelling hit the village of Staraya Kursk in the Belgorod region.", "Staraya Kursk", "RU-BEL"),
])
def test_an_adjective_and_a_city_name_after_a_cue_are_one_village(pipeline: Pipeline, text: str, name: str,
                                                                   admin1: str) -> None:
    places = found(pipeline, text)
    assert (places[name][0], places[name][2]) == ("settlement", admin1)
    assert not {"Zaporozhye", "Kursk"} & set(places)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The Syzran and Novokuibyshevsk refineries were hit.", "Syzran",
     ("feature", "Syzran Oil Refinery", "RU-SAM")),
    ("Drones hit the Kstovo and Kirishi refineries.", "Kstovo", ("feature", "Kstovo Oil Refinery", "RU-NIZ")),
    ("Moscow's airports Vnukovo, Domodedovo and Sheremetyevo suspended flights.", "Domodedovo",
     ("feature", "Domodedovo International Airport", "RU-MOS")),
])
def test_the_names_of_a_list_of_sites(pipeline: Pipeline, text: str, name: str,
                                      expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


def test_a_list_right_after_a_plural_type_word_holds_places_only(pipeline: Pipeline) -> None:
    assert not found(pipeline, "Three airports Sunday and Monday were closed.")


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Ukrainian forces struck a terminal in Volna village, Temryuk district.", "Volna", "RU-KDA"),
    ("Drones attacked Zhuravka village in the Kursk region overnight.", "Zhuravka", "RU-KRS"),
])
def test_a_name_before_village_is_a_village(pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name][::2] == ("settlement", admin1)
