"""Rules of the locations plugin found by reading its output on fresh reports (round 10)."""

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


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Debris fell in two districts of Kharkiv: Kyivskyi and Slobidskyi.",
     "Kyivskyi", ("admin2", "Kyivskyi District", "UA-63")),
    ("Debris fell in two districts of Kharkiv: Kyivskyi and Slobidskyi.",
     "Kharkiv", ("settlement", "Kharkiv", "UA-63")),
    ("Fires broke out in five districts of the capital — Sviatoshynskyi, Solomianskyi, "
     "Holosiivskyi, Shevchenkivskyi and Darnytskyi.",
     "Sviatoshynskyi", ("admin2", "Sviatoshynskyi District", "UA-30")),
    ("Fires broke out in five districts of the capital — Sviatoshynskyi, Solomianskyi, "
     "Holosiivskyi, Shevchenkivskyi and Darnytskyi.",
     "Solomianskyi", ("admin2", "Solomianskyi District", "UA-30")),
    ("Klitschko said windows were blown out in the districts of Kyiv - Solomianskyi and Sviatoshynskyi.",
     "Solomianskyi", ("admin2", "Solomianskyi District", "UA-30")),
])
def test_a_list_after_its_holder_takes_the_type_word(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Israeli jets struck Dahiyeh overnight.", "Dahiyeh", ("settlement", "Dahiyeh", "LB-JL")),
    ("A second strike hit the Dahieh, the army said.", "Dahieh", ("settlement", "Dahiyeh", "LB-JL")),
    ("The drone came down in Wyryki-Wola, near the Belarusian border.",
     "Wyryki-Wola", ("settlement", "Wyryki-Wola", "PL-06")),
])
def test_places_in_the_news_abroad(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize("text", [
    "The Village Voice first reported the story.",
    "According to The Village Voice, the strike was planned.",
])
def test_a_capitalised_cue_inside_a_title_is_no_cue(pipeline: Pipeline, text: str) -> None:
    assert mentions(pipeline, text) == []


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Debris fell in the Krasnoarmeysky district of Volgograd, and in Saratov and Engels.",
     "Krasnoarmeysky district", "RU-VGG"),
    ("Windows were blown out in the Leninsky district of Sevastopol, Razvozhayev said.",
     "Leninsky district", "UA-40"),
    ("Residents of Saratov heard blasts; a fire broke out in the Kirovsky district of Volgograd.",
     "Kirovsky district", "RU-VGG"),
])
def test_a_district_of_a_city_lies_in_the_city(pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    type_, _name, code = found(pipeline, text)[name]
    assert (type_, code) == ("admin2", admin1)


@pytest.mark.parametrize(("text", "name"), [
    ("Shells hit the villages of Tyotkino and Gordeevka, Khinshtein said.", "Khinshtein"),
    ("Shelling hit the villages of Kozinka, Bezymeno, Gladkov wrote on Telegram.", "Gladkov"),
    ("Residents of Plauru and Ceatalchioi, Romanian officials said, heard blasts.", "Romanian"),
])
def test_a_speaker_after_a_village_list_is_no_village(pipeline: Pipeline, text: str, name: str) -> None:
    assert name not in found(pipeline, text)


@pytest.mark.parametrize("text", [
    "In the Kursk region, Khinshtein said a drone hit a car near Lyubimovka.",
    "Ukrainian troops entered Lyubimovka, in the Korenevo district of the Kursk region.",
])
def test_a_curated_village_of_another_region_is_a_namesake(pipeline: Pipeline, text: str) -> None:
    type_, _name, code = found(pipeline, text)["Lyubimovka"]
    assert (type_, code) == ("settlement", "RU-KRS")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The coalition intercepted a drone over Khamis Mushait.",
     "Khamis Mushait", ("settlement", "Khamis Mushait", "SA-14")),
    ("Houthis claimed an attack on Abha airport.", "Abha airport", ("feature", "Abha Airport", "SA-14")),
    ("Debris fell in the port of Fujairah.", "Fujairah", ("settlement", "Fujairah", "AE-FU")),
    ("Drones were intercepted over the Eastern Province.",
     "Eastern Province", ("admin1", "Eastern Province", "SA-04")),
    ("A drone struck the Mina al-Ahmadi refinery.",
     "Mina al-Ahmadi", ("settlement", "Mina al-Ahmadi", "KW-AH")),
    ("The tanker was seized near Qeshm Island.", "Qeshm Island", ("feature", "Qeshm Island", "IR-22")),
])
def test_gulf_towns_ports_and_provinces(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Head of Adygea Murat Kumpilov said a UAV fell.", "Adygea", ("admin1", "Republic of Adygea", "RU-AD")),
    ("Mayor of Lviv Andriy Sadovyi said a warehouse burned.", "Lviv", ("settlement", "Lviv", "UA-46")),
    ("Head of the Office of the President of Ukraine Andriy Yermak stated it.",
     "Ukraine", ("country", "Ukraine", None)),
    ("Governor of Belgorod Vyacheslav Gladkov said two were hurt.",
     "Belgorod", ("admin1", "Belgorod Oblast", "RU-BEL")),
])
def test_the_place_of_a_title_before_a_name(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str | None]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Sirens sounded in Eilat. Later, US jets struck the Ras Isa port and Kamaran Island.",
     "Kamaran Island", "YE-HU"),
])
def test_a_site_is_placed_by_a_known_site_of_its_sentence(
        pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name][2] == admin1


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Port infrastructure in Pivdennyi and Izmail was hit.",
     "Pivdennyi", ("settlement", "Pivdenne", "UA-51")),
    ("Explosions were heard in Vulcanesti, Moldova.", "Vulcanesti", ("settlement", "Vulcănești", "MD-GA")),
])
def test_ports_and_border_towns_near_odesa(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected
