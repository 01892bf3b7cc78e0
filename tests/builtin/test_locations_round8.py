"""Rules of the locations plugin found by reading its output on fresh reports (round 8)."""

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


@pytest.mark.parametrize(("text", "word"), [
    ("Israel called its strikes Operation Rising Lion.", "Lion"),
    ("The raid was code-named Lion's Roar by the army.", "Lion"),
])
def test_a_place_abroad_is_not_matched_by_the_transliteration_fold(pipeline: Pipeline, text: str,
                                                                   word: str) -> None:
    assert word not in found(pipeline, text)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Flights from Lyon were cancelled.", "Lyon", ("settlement", "Lyon", "FR-ARA")),
    ("Drones were reported near Tallin.", "Tallin", ("settlement", "Tallinn", "EE-37")),
    ("Sirens sounded in Tel-Aviv.", "Tel-Aviv", ("settlement", "Tel Aviv", "IL-TA")),
])
def test_places_abroad_keep_their_own_spellings(pipeline: Pipeline, text: str, name: str,
                                                expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Russian forces carried out 347 attacks on 18 settlements of the Zaporizhzhia region. "
     "126 artillery strikes were recorded on Huliaipole and Kamianske.", "Huliaipole", "UA-23"),
    ("Governor Fedorov spoke about the Zaporizhzhia region.\n\n"
     "Shelling hit Kamianske, Stepnohirsk and Prymorske overnight.", "Kamianske", "UA-23"),
])
def test_a_big_citys_name_among_a_regions_villages_is_that_regions_village(
        pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name][2] == admin1


@pytest.mark.parametrize("text", [
    "Governor Fedorov spoke about the Zaporizhzhia region.\n\nDrones struck Dnipro and Kamianske.",
    "Shelling of the Zaporizhzhia region went on; a missile hit Kamianske in the Dnipropetrovsk region.",
])
def test_the_city_stays_the_city_outside_a_village_list(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text)["Kamianske"][2] == "UA-12"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("A drone attacked the Krasnaya Yaruga district of the Belgorod region.", "Krasnaya Yaruga district",
     ("admin2", "Krasnoyaruzhsky District", "RU-BEL")),
    ("Debris fell in the Krasny Sulin district, the Rostov governor said.", "Krasny Sulin district",
     ("admin2", "Krasnosulinsky District", "RU-ROS")),
    ("Power was cut in the Bolshaya Murta district.", "Bolshaya Murta district",
     ("admin2", "Bolshemurtinsky District", "RU-KYA")),
])
def test_a_district_named_by_a_two_word_town(pipeline: Pipeline, text: str, name: str,
                                             expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Drones were downed over the Voronezh region, including in Liski and Ostrogozhsk districts.", "Liski",
     ("admin2", "Liskinsky District", "RU-VOR")),
    ("A drone alert was declared for the Gryazi and Usman districts.", "Gryazi",
     ("admin2", "Gryazinsky District", "RU-LIP")),
])
def test_a_town_in_a_list_of_districts_names_its_district(pipeline: Pipeline, text: str, name: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


def test_a_region_named_as_a_city_makes_a_listed_big_name_its_village(pipeline: Pipeline) -> None:
    text = ("Russian guided bombs hit Zaporizhzhia on Tuesday.\n\n"
            "Troops also launched drones at Bilenke and Kamianske.")
    assert found(pipeline, text)["Kamianske"][2] == "UA-23"


@pytest.mark.parametrize("text", [
    "Debris damaged the Moskva, a river cruise ship moored at the pier.",
    "Debris damaged the Moskva, a passenger vessel. The Moskva was towed away.",
])
def test_a_ship_named_in_an_apposition_is_no_place(pipeline: Pipeline, text: str) -> None:
    assert "Moskva" not in found(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Traffic on the Kashirskoye highway was restricted near Domodedovo.", "Kashirskoye highway"),
    ("A drone fell near the Leningradskoye highway in Khimki.", "Leningradskoye highway"),
])
def test_a_russian_road_in_lower_case_is_a_feature(pipeline: Pipeline, text: str, name: str) -> None:
    assert found(pipeline, text)[name][0] == "feature"


def test_a_town_before_highway_stays_the_town(pipeline: Pipeline) -> None:
    assert found(pipeline, "Shelling hit the Kharkiv highway near Kupiansk.")["Kharkiv"][0] == "settlement"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Drones hit Kamianske in the Dnipropetrovsk region, and Huliaipole and Kamianske in the "
     "Zaporizhzhia region.", "Huliaipole", "UA-23"),
])
def test_villages_listed_before_a_container_lie_in_it(pipeline: Pipeline, text: str, name: str,
                                                      admin1: str) -> None:
    assert found(pipeline, text)[name][2] == admin1


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Drone debris fell near Periprava in Tulcea county.", "Periprava", "RO-TL"),
    ("Debris was found near Czosnowka in the Lublin region.", "Czosnowka", "PL-06"),
    ("A farm outside Dorogoshch in the Grayvoron district was shelled.", "Dorogoshch", "RU-BEL"),
])
def test_an_unknown_village_placed_in_a_named_region(pipeline: Pipeline, text: str, name: str,
                                                     admin1: str) -> None:
    assert found(pipeline, text)[name] == ("settlement", name, admin1)


@pytest.mark.parametrize(("text", "word"), [
    ("Talks at Gazprom in the Kursk region went on.", "Gazprom"),
    ("Fighting in January in the Kursk region was heavy.", "January"),
])
def test_no_village_from_a_word_before_a_region(pipeline: Pipeline, text: str, word: str) -> None:
    assert word not in found(pipeline, text)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Governor Sinegubov said the Chuguev district of the Kharkov region was shelled.", "Chuguev district",
     ("admin2", "Chuhuiv District", "UA-63")),
    ("Moscow claimed the village of Liptsy in the Kharkov region.", "Liptsy",
     ("settlement", "Lyptsi", "UA-63")),
    ("Shelling hit the villages of Staritsa and Liptsy in the Kharkiv region.", "Staritsa",
     ("settlement", "Starytsia", "UA-63")),
])
def test_a_russian_spelling_of_a_ukrainian_place(pipeline: Pipeline, text: str, name: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


def test_a_russian_village_keeps_its_own_name(pipeline: Pipeline) -> None:
    text = "The village of Staritsa in the Tver region was quiet."
    assert found(pipeline, text)["Staritsa"] == ("settlement", "Staritsa", "RU-TVE")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Iran fired missiles at Al Udeid Air Base in Qatar.", "Al Udeid Air Base",
     ("feature", "Al Udeid Air Base", "QA-RA")),
    ("Israeli strikes targeted Evin prison in Tehran.", "Evin prison", ("feature", "Evin Prison", "IR-23")),
    ("F-16s were scrambled from the Borcea air base.", "Borcea air base",
     ("feature", "Borcea Air Base", "RO-CL")),
    ("Rzeszow-Jasionka Airport and Warsaw's Chopin Airport were closed.", "Rzeszow-Jasionka Airport",
     ("feature", "Rzeszów–Jasionka Airport", "PL-18")),
])
def test_bases_and_sites_in_the_news_abroad(pipeline: Pipeline, text: str, name: str,
                                            expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


def test_a_place_in_a_divisions_name_is_no_mention(pipeline: Pipeline) -> None:
    assert "Pskov" not in found(pipeline, "Troops of the 76th Pskov division repelled attacks near Sudzha.")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("A drone crashed in a forest near Rezekne in eastern Latvia.", "Rezekne",
     ("settlement", "Rēzekne", "LV-REZ")),
    ("Air-raid alerts sounded in Daugavpils.", "Daugavpils", ("settlement", "Daugavpils", "LV-DGV")),
    ("Polish jets flew over Suwalki.", "Suwalki", ("settlement", "Suwałki", "PL-20")),
    ("Border guards near Druskininkai heard an engine.", "Druskininkai",
     ("settlement", "Druskininkai", "LT-AL")),
])
def test_nato_border_towns(pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


def test_an_unknown_village_takes_the_division_named_after_it(pipeline: Pipeline) -> None:
    text = ("Moldova's police found fragments near the village of Ceadir-Lunga in Gagauzia, and Romania said "
            "a drone fell in a field near Periprava in Tulcea county.")
    assert found(pipeline, text)["Periprava"] == ("settlement", "Periprava", "RO-TL")


def test_a_regional_capital_beats_a_namesake_village_of_a_region_named_later_in_its_paragraph(
        pipeline: Pipeline) -> None:
    text = ("Both missiles hit targets in the Poltava region, the Air Force said.\n\n"
            "In Poltava, a missile struck an administrative building, killing two people. In the Kharkiv "
            "region, a drone hit a gas station in Lozova.")
    towns = {m.text: m.admin1 for m in pipeline.extract(text).locations if m.type.value == "settlement"}
    assert towns == {"Poltava": "UA-53", "Lozova": "UA-63"}
