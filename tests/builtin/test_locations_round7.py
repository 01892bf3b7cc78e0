"""Rules of the locations plugin found by reading its output on fresh reports (round 7)."""

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


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Romania said drone debris fell in Tulcea county overnight.", "Tulcea county",
     ("admin1", "Tulcea County", "RO-TL")),
    ("Fragments were found in a field in Galati county.", "Galati county",
     ("admin1", "Galați County", "RO-GL")),
    ("Moldovan police cordoned off the crash site in Gagauzia.", "Gagauzia", ("admin1", "Gagauzia", "MD-GA")),
    ("A drone came down in the Cahul district of Moldova.", "Cahul district",
     ("admin1", "Cahul District", "MD-CA")),
    ("A drone came down in the Briceni District, Moldovan officials said.", "Briceni District",
     ("admin1", "Briceni District", "MD-BR")),
    ("Polish jets were scrambled over Lublin Voivodeship.", "Lublin Voivodeship",
     ("admin1", "Lublin Voivodeship", "PL-06")),
    ("Residents of Podkarpackie heard the jets.", "Podkarpackie",
     ("admin1", "Subcarpathian Voivodeship", "PL-18")),
    ("Minsk said a drone fell in the Gomel region.", "Gomel region", ("admin1", "Gomel Region", "BY-HO")),
    ("Explosions were heard across Isfahan province.", "Isfahan province",
     ("admin1", "Isfahan Province", "IR-10")),
    ("Air defences were active in Khuzestan.", "Khuzestan", ("admin1", "Khuzestan Province", "IR-06")),
    ("US strikes hit the Hodeidah governorate.", "Hodeidah governorate",
     ("admin1", "Hodeidah Governorate", "YE-HU")),
    ("Sirens sounded across the Northern District.", "Northern District",
     ("admin1", "Northern District", "IL-Z")),
    ("Interceptor fragments fell in the Haifa district.", "Haifa district",
     ("admin1", "Haifa District", "IL-HA")),
    ("Lithuania's army searched Vilnius county for the drone.", "Vilnius county",
     ("admin1", "Vilnius County", "LT-VL")),
])
def test_a_first_level_division_abroad_is_resolved(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Debris fell near Tulcea, a Romanian port town.", "Tulcea", ("settlement", "Tulcea", "RO-TL")),
    ("The drone flew on towards Vilnius.", "Vilnius", ("settlement", "Vilnius", "LT-VL")),
    ("Protesters gathered in Gomel.", "Gomel", ("settlement", "Gomel", "BY-HO")),
])
def test_a_town_abroad_named_alone_is_the_town_in_its_division(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize("text", [
    "Governor Gladkov said a drone hit Beryozovka in the Borisovka district of the Belgorod region.",
    "A drone attacked Beryozovka in the Borisovka district.",
])
def test_a_village_in_a_named_district_is_not_a_namesake_elsewhere(pipeline: Pipeline, text: str) -> None:
    [mention] = [m for m in pipeline.extract(text).locations if m.text == "Beryozovka"]
    assert (mention.type.value, mention.admin1) == ("settlement", "RU-BEL")
    assert mention.ambiguous and "RU-KYA" in {c.admin1 for c in mention.candidates}


def test_a_district_named_by_its_town_counts_as_its_region(pipeline: Pipeline) -> None:
    # the Rakitnoye district is Rakityansky District (Belgorod Oblast): its region places the village
    text = "A drone hit Beryozovka in the Rakitnoye district."
    assert found(pipeline, text)["Beryozovka"][2] == "RU-BEL"


def test_a_city_and_its_division_of_one_name_are_told_apart(pipeline: Pipeline) -> None:
    text = "Explosions were heard in Isfahan, and air defences were active across Isfahan province."
    assert found(pipeline, text)["Isfahan"] == ("settlement", "Isfahan", "IR-10")
    assert found(pipeline, text)["Isfahan province"] == ("admin1", "Isfahan Province", "IR-10")


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Kryvyi Rih is in the Dnipropetrovsk region, about 150 km from Zaporizhzhia.", "Zaporizhzhia", "UA-23"),
    ("Shelling hit Nikopol in the Dnipropetrovsk region, 120 km south-west of Zaporizhzhia.",
     "Zaporizhzhia", "UA-23"),
])
def test_a_reference_point_is_the_well_known_city(
        pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name] == ("settlement", name, admin1)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("A patrol boat was hit near Chornomorske in Crimea, on the Tarkhankut peninsula.",
     "Tarkhankut peninsula",
     ("feature", "Tarkhankut Peninsula", "UA-43")),
    ("Boats were hit off the Tendra spit, south of Kherson.", "Tendra spit",
     ("feature", "Tendra Spit", "UA-65")),
    ("In Kherson Oblast, drones hit a boat near Dzharylhach island.", "Dzharylhach island",
     ("feature", "Dzharylhach Island", "UA-65")),
])
def test_a_landform_written_in_lower_case_is_a_feature(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert found(pipeline, text)[name] == expected


def test_a_district_named_by_its_town_lies_in_the_reports_region(pipeline: Pipeline) -> None:
    # Perm Krai has a town Usolye and its Usolsky District; Irkutsk Oblast's Usolsky District is
    # named after Usolye-Sibirskoye
    text = "Irkutsk governor Igor Kobzev said drones were launched from a truck in the Usolye district."
    assert found(pipeline, text)["Usolye district"] == ("admin2", "Usolsky District", "RU-IRK")


def test_an_unplaced_site_lies_in_the_region_the_report_names_first_on_a_tie(pipeline: Pipeline) -> None:
    text = ("Missiles struck the centre of Sumy, and the Sumy regional administration declared mourning.\n\n"
            "One missile hit a bus on Pokrovska street.\n\n"
            "Days earlier, a strike on Kryvyi Rih in the Dnipropetrovsk region killed 20.")
    assert found(pipeline, text)["Pokrovska street"] == ("feature", "Pokrovska Street", "UA-59")


@pytest.mark.parametrize("text", [
    "Iran sent missiles to Russia, according to the Wall Street Journal. Tehran denied it.",
    "The Red Square Times reported explosions in Moscow.",
])
def test_a_street_in_an_outlets_name_is_no_place(pipeline: Pipeline, text: str) -> None:
    assert not any(m.type.value == "feature" for m in pipeline.extract(text).locations)


@pytest.mark.parametrize(("text", "expected"), [
    ("Flights at all four Moscow airports, Vnukovo, Domodedovo and Zhukovsky, were suspended.",
     {"Vnukovo": ("feature", "Vnukovo International Airport", "RU-MOW"),
      "Domodedovo": ("feature", "Domodedovo International Airport", "RU-MOS")}),
    ("Drones were downed over two regions, Kursk and Belgorod, overnight.",
     {"Kursk": ("admin1", "Kursk Oblast", "RU-KRS"), "Belgorod": ("admin1", "Belgorod Oblast", "RU-BEL")}),
])
def test_a_list_in_apposition_to_a_plural_type_word_takes_its_type(
        pipeline: Pipeline, text: str, expected: dict[str, tuple[str, str, str]]) -> None:
    got = found(pipeline, text)
    assert {name: got.get(name) for name in expected} == expected


def test_an_unknown_village_in_such_a_list_is_kept(pipeline: Pipeline) -> None:
    text = "In the Belgorod region, shells hit two villages, Kozinka and Dorogoshch, overnight."
    assert found(pipeline, text)["Dorogoshch"] == ("settlement", "Dorogoshch", "RU-BEL")
    # a comma after a plural type word that ends a list starts none
    text = "Drones hit the Kursk and Bryansk regions, Khinshtein and Bogomaz said."
    assert set(found(pipeline, text)) == {"Kursk", "Bryansk"}


def test_a_site_named_after_its_town_with_a_hyphen_lies_in_its_region(pipeline: Pipeline) -> None:
    text = "In the Ryazan region, drones hit Dyagilevo and the Ivanovo-Severny airfield."
    assert found(pipeline, text)["Ivanovo-Severny airfield"][2] == "RU-IVA"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("In Romania's Tulcea County, residents of Plauru and Ceatalchioi received alerts.",
     "Ceatalchioi", "RO-TL"),
    ("In the Belgorod region, residents of Kozinka, Glotovo and Dorogoshch were evacuated.",
     "Dorogoshch", "RU-BEL"),
])
def test_every_name_of_a_list_after_a_cue_is_a_settlement(
        pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name] == ("settlement", name, admin1)
    # a title in such a list is a person's
    assert "Governor Khinshtein" not in found(pipeline, "Residents of Kursk and Governor Khinshtein said.")


def test_an_unknown_village_abroad_takes_no_division_from_a_dateline(pipeline: Pipeline) -> None:
    text = ("BUCHAREST (AP) — Two F-16s tracked the drone until it left Romanian airspace near the village "
            "of Chilia Veche.")
    [village] = [m for m in pipeline.extract(text).locations if m.text == "Chilia Veche"]
    assert (village.country, village.admin1) == ("RO", None)


def test_an_unknown_village_abroad_lies_in_a_division_the_report_names(pipeline: Pipeline) -> None:
    text = ("Alerts were sent in Tulcea county.\n\n"
            "BUCHAREST officials said debris fell near the village of Chilia Veche.")
    assert found(pipeline, text)["Chilia Veche"][2] == "RO-TL"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("One man was killed in the West Bank city of Jericho by falling debris.", "Jericho",
     ("settlement", "Jericho", "PS-JRH")),
    ("Impacts were reported in Ness Ziona.", "Ness Ziona", ("settlement", "Ness Ziona", "IL-M")),
    ("Sirens sounded around the Dead Sea.", "Dead Sea", ("feature", "Dead Sea", None)),
    ("Drones were launched at Umm al-Rashrash, the Houthis said.", "Umm al-Rashrash",
     ("settlement", "Eilat", "IL-D")),
    ("Debris was found near Biala Podlaska.", "Biala Podlaska", ("settlement", "Biała Podlaska", "PL-06")),
])
def test_places_of_the_news_the_data_lacked(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, str | None]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Druzhba flows to the Czech Republic stopped.", "Czech Republic", ("country", "Czech Republic", None)),
    ("Officials of the Dominican Republic met.", "Dominican Republic",
     ("country", "Dominican Republic", None)),
    ("Flows to the Slovak Republic stopped.", "Slovak Republic", ("country", "Slovakia", None)),
])
def test_a_country_named_republic_is_no_russian_republic(
        pipeline: Pipeline, text: str, name: str, expected: tuple[str, str, None]) -> None:
    assert found(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Other targets included the Nikolskoye pumping station in the Tambov region.", "Nikolskoye", "RU-TAM"),
    ("Repairs are under way in the Voronezh suburb of Otradnoye after debris fell.", "Otradnoye", "RU-VOR"),
])
def test_a_namesake_outside_the_sentences_region_is_an_unlisted_one_inside(
        pipeline: Pipeline, text: str, name: str, admin1: str) -> None:
    [mention] = [m for m in pipeline.extract(text).locations if m.text == name]
    assert (mention.type.value, mention.admin1, mention.ambiguous) == ("settlement", admin1, True)


def test_unknown_names_listed_with_a_town_are_villages(pipeline: Pipeline) -> None:
    text = "In the Belgorod region, Novaya Tavolzhanka, Bezymeno and Grafovka were shelled."
    got = found(pipeline, text)
    assert (got["Bezymeno"], got["Grafovka"]) == (("settlement", "Bezymeno", "RU-BEL"),
                                                  ("settlement", "Grafovka", "RU-BEL"))
    # but not a name after a town and a comma, nor two names and "or"
    for text in ("KYIV, Sept 1 (Reuters) - Drones were shot down near Myrhorod and Lubny, Kohut said.",
                 "In Kherson, Antonivka and Bilozerka, Prokudin said, power was cut.",
                 "We don't attack Putin or Moscow, Zelensky said."):
        assert not {"Sept", "Kohut", "Prokudin", "Putin"} & set(found(pipeline, text))


def test_a_village_in_a_district_named_by_its_town_lies_in_the_reports_region(pipeline: Pipeline) -> None:
    text = ("Irkutsk governor Igor Kobzev said drones were launched near the village of Sredny "
            "in the Usolye district.")
    assert found(pipeline, text)["Sredny"][2] == "RU-IRK"


def test_a_site_lies_in_the_region_its_sentence_names_before_it(pipeline: Pipeline) -> None:
    text = ("Moldova said a drone crashed near the village of Ceadir-Lunga in Gagauzia. Romania said a drone "
            "flew over Tulcea county, and that F-16s were scrambled from the Fetesti air base.")
    assert found(pipeline, text)["Fetesti air base"][2] == "RO-TL"
