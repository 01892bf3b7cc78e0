"""Rules of the locations plugin found by reading its output on fresh reports (round 11)."""

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
    ("Russian troops shelled the Zaporizhzhia region 412 times over the past day.\n\n"
     "Two people were injured in Kamianske, the governor said.", "Kamianske", "UA-23"),
    ("Enemy drones attacked the Zaporizhzhia region overnight, Fedorov said.\n\n"
     "A private house burned in Kamianske; no one was hurt.", "Kamianske", "UA-23"),
])
def test_a_report_about_a_villages_region_means_the_village_in_any_paragraph(
        pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name][2] == admin1


POST = ("Over the past day the enemy struck three regions.\n"
        "Zaporizhzhia region:\n"
        "A drone hit the Dniprovskyi district; Stepnohirsk and Kamianske were shelled.\n"
        "Dnipropetrovsk region:\n"
        "Artillery hit the Nikopol district. In the Shevchenkivskyi district a house burned.")


@pytest.mark.parametrize(("text", "name", "admin1"), [
    (POST, "Dniprovskyi district", "UA-23"),
    (POST, "Kamianske", "UA-23"),
    ("Donetsk region:\nTwo guided bombs hit Druzhkivka.\nKharkiv region:\nDebris fell in the Kyivskyi "
     "district.", "Kyivskyi district", "UA-63"),
])
def test_a_line_that_starts_with_a_region_ends_the_scope_of_the_one_before(
        pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name][2] == admin1


def test_a_village_of_each_line_lies_in_the_region_its_line_block_names(pipeline: Pipeline) -> None:
    text = ("Chernihiv region:\nShelling hit Semenivka and Mykolaivka.\n🔴 Sumy region:\n"
            "A drone hit a car near Mykolaivka.")
    assert [m.admin1 for m in mentions(pipeline, text) if m.text == "Mykolaivka"] == ["UA-74", "UA-59"]


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("A man was wounded in Vasylivka district, near Kamianske.", "Kamianske", "UA-23"),
    ("Head of the Zaporizhzhia OVA Ivan Fedorov said a woman was wounded near Kamianske.",
     "Kamianske", "UA-23"),
    ("The Zaporizhzhia regional administration said 400 strikes were recorded.\n\n"
     "In Kamianske, a house burned.", "Kamianske", "UA-23"),
])
def test_a_region_named_by_its_district_or_administration_decides_for_a_village(
        pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name][2] == admin1


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("In the Kharkov region, the enemy shelled Chuguev, Izyum and Kupyansk.",
     "Chuguev", ("settlement", "Chuhuiv", "UA-63")),
    ("Shelling hit Bezymeno, Grafovka and Shebekino overnight.",
     "Bezymeno", ("settlement", "Bezymeno", "RU-BEL")),
    ("In the Zaporozhye region, Russian troops struck Gulyaipole, Orekhov, Vasilyevka, Stepnogorsk, Tokmak, "
     "Pologi and Energodar.", "Pologi", ("settlement", "Polohy", "UA-23")),
])
def test_the_first_and_the_seventh_name_of_a_list_are_read_with_its_towns(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("In Chuguev, a drone hit a car. The Kharkov region governor said two were hurt.",
     "Chuguev", ("settlement", "Chuhuiv", "UA-63")),
    ("Sinegubov said the Kharkov region was shelled 30 times; near Zolochev, a tractor hit a mine, and in "
     "Chuguev a gas pipe was damaged.", "Chuguev", ("settlement", "Chuhuiv", "UA-63")),
])
def test_a_russian_spelling_after_in_or_near_is_the_town_of_the_reports_region(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Local outlet Suspilne Chernihiv reported that Snovsk was shelled.", "Chernihiv"),
    ("Suspilne Sumy said explosions were heard in the Sumy region.", "Sumy"),
    ("Belousov met the commanders of the Dnepr grouping of forces.", "Dnepr"),
    ("The Kursk grouping of Russian forces claimed to have pushed back the attack.", "Kursk"),
])
def test_an_outlet_or_a_grouping_named_after_a_place_is_no_place(
        pipeline: Pipeline, text: str, name: str) -> None:
    assert name not in {m.text for m in mentions(pipeline, text)}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Iran's state media reported explosions in the Lavizan district of Tehran.",
     "Lavizan district", ("admin2", "Lavizan District", "IR-23")),
    ("Residents said a blast shook the Tajrish district of Tehran.",
     "Tajrish district", ("admin2", "Tajrish District", "IR-23")),
])
def test_an_unknown_district_of_a_city_abroad_lies_in_the_citys_division(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The U.S. military said it struck Houthi targets in Saada and on Kamaran Island.",
     "Kamaran Island", ("feature", "Kamaran Island", "YE-HU")),
    ("Israeli jets struck the Arak heavy water reactor overnight.",
     "Arak heavy water reactor", ("feature", "Arak Heavy Water Reactor", "IR-00")),
])
def test_sites_in_the_news_of_yemen_and_iran(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ternopil' and Khmel'nyts'kyi regions reported explosions overnight.",
     "Ternopil", ("admin1", "Ternopil Oblast", "UA-61")),
    ("Air raid alerts sounded in the Rivne, Ternopil' and Volyn' regions.",
     "Ternopil", ("admin1", "Ternopil Oblast", "UA-61")),
])
def test_a_soft_sign_written_as_an_apostrophe_ends_a_name_of_a_list(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Drones attacked the Krasnodar Territory overnight, the operational headquarters of the Kuban said.",
     "Kuban", ("admin1", "Krasnodar Krai", "RU-KDA")),
    ("Drones attacked refineries in the Kuban, the Krasnodar Krai headquarters said.",
     "Kuban", ("admin1", "Krasnodar Krai", "RU-KDA")),
])
def test_a_regions_other_name_beats_a_village_that_shares_it(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Voronezh governor Alexander Gusev:\nDuring the night, air defence destroyed 14 UAVs.", "Gusev"),
    ("Deputy Mayor Sergei Chekhov:\nWindows were broken in two schools.", "Chekhov"),
])
def test_a_surname_on_a_speakers_line_is_no_town(pipeline: Pipeline, text: str, name: str) -> None:
    assert name not in {m.text for m in mentions(pipeline, text)}


@pytest.mark.parametrize(("text", "name"), [
    ("Flights were briefly halted at Sheremetyevo and Vnukovo.", "Vnukovo"),
    ("Temporary restrictions on flights were introduced at Kaluga, Tambov and Vnukovo.", "Vnukovo"),
])
def test_an_airport_listed_after_at_in_a_sentence_about_flights(
        pipeline: Pipeline, text: str, name: str) -> None:
    assert found(pipeline, text)[name] == ("feature", "Vnukovo International Airport", "RU-MOW")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Israeli strikes hit the southern towns of Bint Jbeil and Khiam overnight.",
     "Bint Jbeil", ("settlement", "Bint Jbeil", "LB-NA")),
    ("Israeli strikes hit the southern towns of Bint Jbeil and Khiam overnight.",
     "Khiam", ("settlement", "Khiam", "LB-NA")),
    ("UNIFIL said its headquarters in Naqoura was hit.", "Naqoura", ("settlement", "Naqoura", "LB-JA")),
    ("A strike cut the road near the Masnaa border crossing with Syria.",
     "Masnaa border crossing", ("feature", "Masnaa Border Crossing", "LB-BI")),
])
def test_towns_of_southern_lebanon_in_the_news(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("A drone damaged the Kremenchuk oil refinery and the Kremenchuk CHP.",
     "Kremenchuk CHP", ("feature", "Kremenchuk CHP", "UA-53")),
    ("Missiles hit the Kharkiv TPP-5 overnight.", "Kharkiv TPP-5", ("feature", "Kharkiv TPP-5", "UA-63")),
    ("Drones struck the Kyiv CHPP-6, the city said.", "Kyiv CHPP-6", ("feature", "Kyiv CHPP-6", "UA-30")),
])
def test_a_power_plant_named_by_its_abbreviation(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Units of the Sever group liberated Volchansk and Liptsy in the Kharkov region.",
     "Liptsy", ("settlement", "Lyptsi", "UA-63")),
    ("Units advanced near Ternovoye and Uspenovka in the Zaporozhye region.",
     "Ternovoye", ("settlement", "Ternovoye", "UA-23")),
])
def test_a_village_listed_with_a_town_before_its_region_lies_in_it(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


def test_a_village_of_the_region_its_sentence_names_is_not_a_namesake_of_another_paragraphs(
        pipeline: Pipeline) -> None:
    text = ("Drones attacked the Moscow region overnight, Governor Vorobyov said.\n\n"
            "In the Tver region, Governor Igor Rudenya said residents of the nearby village of Oktyabrsky "
            "were being evacuated after a strike on a depot.")
    assert found(pipeline, text)["Oktyabrsky"][2] == "RU-TVE"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("A fire broke out at the Slavyansk ECO plant after the attack.",
     "Slavyansk ECO plant", ("feature", "Slavyansk ECO Plant")),
    ("Drones attacked the Azot plant in Novomoskovsk.", "Azot plant", ("feature", "Azot Plant")),
])
def test_a_site_named_by_an_unknown_name_and_plant(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str]) -> None:
    assert found(pipeline, text)[name][:2] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Dozens of flights were diverted to Saint Petersburg's Pulkovo.",
     "Pulkovo", ("feature", "Pulkovo Airport", "RU-SPE")),
    ("Flights were halted at Moscow's Vnukovo for three hours.",
     "Vnukovo", ("feature", "Vnukovo International Airport", "RU-MOW")),
])
def test_a_citys_airport_named_after_its_possessive_in_a_sentence_about_flights(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Drones attacked Sumshchyna and Kharkivshchyna overnight.",
     "Sumshchyna", ("admin1", "Sumy Oblast", "UA-59")),
    ("Power was cut in parts of Odeshchyna, the grid operator said.",
     "Odeshchyna", ("admin1", "Odesa Oblast", "UA-51")),
    ("Shelling of Donechchyna went on all day.", "Donechchyna", ("admin1", "Donetsk Oblast", "UA-14")),
])
def test_a_ukrainian_regions_colloquial_name(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize("text", [
    "The Donetsk region and Zaporizhzhia were shelled overnight.",
    "Russian guided bombs hit the Kherson region and Zaporizhzhia.",
])
def test_a_city_listed_with_a_region_is_not_a_namesake_village_inside_it(
        pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text)["Zaporizhzhia"][2] == "UA-23"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("In the Rostov region, in the khutor of Pogorelov, a private house burned.", "Pogorelov", "RU-ROS"),
    ("A drone hit khutor Pogorelov overnight, the Rostov region governor said.", "Pogorelov", "RU-ROS"),
])
def test_a_khutor_is_a_village(pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name][::2] == ("settlement", admin1)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Zaporozh'e regional governor Ivan Fedorov reported attacks on Orekhov.",
     "Zaporozh'e", ("admin1", "Zaporizhzhia Oblast", "UA-23")),
    ("A port facility in Yuzhne was damaged, the Odessa oblast administration said.",
     "Yuzhne", ("settlement", "Pivdenne", "UA-51")),
])
def test_old_spellings_of_a_region_and_a_port(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


def test_a_small_town_named_like_a_region_stays_the_town_of_the_region_named(pipeline: Pipeline) -> None:
    text = "A drone fell near Orlov, in the Kirov region."
    assert found(pipeline, text)["Orlov"] == ("settlement", "Orlov", "RU-KIR")


def test_a_regions_colloquial_name_listed_with_another_region_is_a_region(pipeline: Pipeline) -> None:
    text = "Drones attacked Sumshchyna and Kharkivshchyna overnight."
    assert found(pipeline, text)["Kharkivshchyna"] == ("admin1", "Kharkiv Oblast", "UA-63")
