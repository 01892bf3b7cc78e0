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


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Sirens sounded in Haifa and Nahariya after a launch from Lebanon.", "Haifa",
     ("settlement", "Haifa", "IL-HA")),
    ("Shrapnel fell in Beer Sheva and Ashkelon, Magen David Adom said.", "Beer Sheva",
     ("settlement", "Beersheba", "IL-D")),
    ("A missile was intercepted over Tel Aviv early on Friday.", "Tel Aviv",
     ("settlement", "Tel Aviv", "IL-TA")),
    ("US jets struck radar sites near Hodeidah and the port of Ras Isa.", "Hodeidah",
     ("settlement", "Hodeidah", "YE-HU")),
    ("Two drones were downed over the Red Sea on Monday.", "Red Sea", ("feature", "Red Sea", None)),
    ("A tanker was hit in the Gulf of Aden, near the Bab el-Mandeb Strait.", "Bab el-Mandeb Strait",
     ("feature", "Bab el-Mandeb Strait", None)),
    ("Strikes hit Khan Younis and Rafah in the southern Gaza Strip.", "Khan Younis",
     ("settlement", "Khan Younis", "PS-KYS")),
    ("Israeli jets struck targets near Nabatieh and Tyre in southern Lebanon.", "Nabatieh",
     ("settlement", "Nabatieh", "LB-NA")),
])
def test_places_of_the_middle_east_wars(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str | None]) -> None:
    assert found(pipeline, text)[name] == expected


def test_an_airport_near_a_town_of_the_region_is_placed_there(pipeline: Pipeline) -> None:
    text = ("Iran fired missiles at Israel. Flights were halted at Ben Gurion Airport near Tel Aviv. "
            "In Iraq, sirens sounded at the US base at Erbil.")
    assert found(pipeline, text)["Ben Gurion Airport"][2] == "IL-M"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("In the Kursk region, drones attacked the Sudzha district overnight.", "Sudzha district",
     ("admin2", "Sudzhansky District", "RU-KRS")),
    ("Governor Gusev said debris fell in the Rossosh district.", "Rossosh district",
     ("admin2", "Rossoshansky District", "RU-VOR")),
    ("Two UAVs were shot down over the Liski district of the Voronezh region.", "Liski district",
     ("admin2", "Liskinsky District", "RU-VOR")),
    ("In the Leningrad region, a drone fell in the Tosno district.", "Tosno district",
     ("admin2", "Tosnensky District", "RU-LEN")),
])
def test_a_district_named_by_its_town_is_the_towns_adjective_district(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str | None]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name"), [
    ("In the Shebekinsky district, the villages of Novaya Tavolzhanka and Murom came under fire.", "Murom"),
    ("Mortar fire hit the villages of Zhuravlevka, Murom and Nekhoteevka in the Belgorod region.", "Murom"),
])
def test_every_name_of_a_village_list_is_a_village(pipeline: Pipeline, text: str, name: str) -> None:
    assert found(pipeline, text)[name] == ("settlement", "Murom", "RU-BEL")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Drones hit gas facilities near Krasnohrad in the Kharkiv region.", "Krasnohrad",
     ("settlement", "Berestyn", "UA-63")),
    ("A drone hit an enterprise in Novomoskovsk, Dnipropetrovsk Oblast.", "Novomoskovsk",
     ("settlement", "Samar", "UA-12")),
    ("In the Tula region, debris fell in Novomoskovsk.", "Novomoskovsk",
     ("settlement", "Novomoskovsk", "RU-TUL")),
    ("Explosions were heard in Chervonohrad, Lviv region.", "Chervonohrad",
     ("settlement", "Sheptytskyi", "UA-46")),
    ("Drones flew near Yuzhnoukrainsk and its nuclear plant.", "Yuzhnoukrainsk",
     ("settlement", "Pivdennoukrainsk", "UA-48")),
])
def test_towns_renamed_in_2024_under_their_former_names(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str | None]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize("text", [
    "Kursk Oblast: the drone hit the district, not the city\n\nCORRECTION: An earlier version erred.",
    "Drones over Belgorod: debris fell in the village\n\nUPDATE 2 - adds the governor's figures.",
])
def test_a_cue_ending_a_paragraph_names_nothing_after_it(pipeline: Pipeline, text: str) -> None:
    assert not any(name.isupper() for name in found(pipeline, text))


@pytest.mark.parametrize("text", [
    "Residents of the Ostriv neighbourhood near the Dnipro were told to leave.",
    "Drones flew low over the Dnipro towards the city.",
    "Russian boats approached from the Dnipro at night.",
    "Ukrainian marines held the islands by the Dnipro for weeks.",
])
def test_the_dnipro_after_a_preposition_is_the_river(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text)["Dnipro"] == ("feature", "Dnipro River", None)


@pytest.mark.parametrize(("text", "name"), [
    ("Two drones were downed over the Dnipro region overnight.", "Dnipro region"),
    ("Air raid alerts sounded in the Kharkiv, Poltava and Dnipro regions.", "Dnipro"),
    ("Dnipro governor Serhiy Lysak said a drone hit Pavlohrad.", "Dnipro"),
])
def test_the_dnipro_region_is_dnipropetrovsk_oblast(pipeline: Pipeline, text: str, name: str) -> None:
    assert found(pipeline, text)[name] == ("admin1", "Dnipropetrovsk Oblast", "UA-12")


def test_the_city_of_dnipro_stays_the_city(pipeline: Pipeline) -> None:
    assert found(pipeline, "A missile hit Dnipro on Sunday.")["Dnipro"] == ("settlement", "Dnipro", "UA-12")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("In Kharkiv, a drone damaged shopfronts on Sumska street.", "Sumska street",
     ("feature", "Sumska Street", "UA-63")),
    ("A glide bomb hit a building on Natalii Uzhvii street in Kharkiv.", "Natalii Uzhvii street",
     ("feature", "Natalii Uzhvii Street", "UA-63")),
    ("Debris damaged a house on Lenin street in Kursk.", "Lenin street",
     ("feature", "Lenin Street", "RU-KRS")),
])
def test_a_street_written_in_lower_case_is_a_street(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str | None]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Russian drones struck Izmail. Moldova's defence ministry said a drone crashed near the village "
     "of Ceadir-Lunga.", "Ceadir-Lunga", "MD"),
    ("Drones hit Reni on the Danube. Romania's defence ministry said F-16s were scrambled from the "
     "Fetesti air base.", "Fetesti air base", "RO"),
])
def test_a_place_of_a_sentence_about_a_third_country_lies_there(
        pipeline: Pipeline, text: str, name: str, country: str) -> None:
    mention = next(m for m in pipeline.extract(text).locations if m.text == name)
    assert (mention.country, mention.admin1) == (country, None)


def test_a_site_named_by_ukraine_is_not_placed_in_ukraine(pipeline: Pipeline) -> None:
    text = "Drones hit Izmail overnight. Ukraine's navy said it struck the Sheskharis oil terminal."
    assert found(pipeline, text)["Sheskharis oil terminal"][2] == "RU-KDA"


# --- an organisation after a "City" cue is no unknown town (lead's round-6 probes)


@pytest.mark.parametrize("text", [
    "The Kyiv City Military Administration said 20 drones were destroyed.",
    "The Kyiv City State Administration said debris fell in two districts.",
    "Kyiv City Council said the shelters were open.",
])
def test_an_organisation_after_a_city_cue_is_not_a_settlement(text: str) -> None:
    report = Pipeline(builtins=["locations"]).extract(text, published="2025-05-10")
    assert [m.type.value for m in report.locations if m.type.value == "settlement"] == []
