"""Rules of the locations plugin found by scoring it on reports it was not tuned on."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidentkit import Pipeline
from incidentkit.builtin.locations.gazetteer import default_gazetteer
from incidentkit.models import LocationMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=["incidentkit.builtin.locations"], builtins=False, strict=True, autoload=False)


def summary(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, str | None]]:
    mentions: list[LocationMention] = list(pipeline.extract(text).locations)
    return [(m.text, m.type.value, m.name, m.admin1) for m in mentions]


def test_hromada_is_a_unit_of_its_centre(pipeline: Pipeline) -> None:
    text = ("The enemy shelled the Sumy region. In the Krasnopillia hromada, a civilian was wounded; "
            "the Bilopillia and Myropillia hromadas lost power.")
    assert summary(pipeline, text) == [
        ("Sumy region", "admin1", "Sumy Oblast", "UA-59"),
        ("Krasnopillia hromada", "admin2", "Krasnopillia Hromada", "UA-59"),
        ("Bilopillia", "admin2", "Bilopillia Hromada", "UA-59"),
        ("Myropillia", "admin2", "Myropillia Hromada", "UA-59"),
    ]


def test_hromadas_of_a_region_keep_the_region(pipeline: Pipeline) -> None:
    assert summary(pipeline, "The enemy shelled 11 hromadas of the Sumy region.") == [
        ("Sumy region", "admin1", "Sumy Oblast", "UA-59")]


def test_residents_of_a_republic(pipeline: Pipeline) -> None:
    assert summary(pipeline, "Dear residents of Bashkortostan! Stay calm.") == [
        ("Bashkortostan", "admin1", "Republic of Bashkortostan", "RU-BA")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Both sides fight along the Kharkiv–Belgorod border.",
     [("Kharkiv", "admin1", "Kharkiv Oblast", "UA-63"), ("Belgorod", "admin1", "Belgorod Oblast", "RU-BEL")]),
    ("Shelling continued near the Kursk border.", [("Kursk", "admin1", "Kursk Oblast", "RU-KRS")]),
    ("A drone hit a house in Kursk.", [("Kursk", "settlement", "Kursk", "RU-KRS")]),
])
def test_a_border_is_between_regions(pipeline: Pipeline, text: str,
                                     expected: list[tuple[str, str, str, str | None]]) -> None:
    assert summary(pipeline, text) == expected


def test_village_of_is_not_a_big_namesake(pipeline: Pipeline) -> None:
    found = summary(pipeline, "In the Shebekinsky district of the Belgorod region, the village of Murom "
                              "came under fire.")
    assert ("Murom", "settlement", "Murom", "RU-BEL") in found
    assert summary(pipeline, "A drone hit a factory in Murom.") == [
        ("Murom", "settlement", "Murom", "RU-VLA")]


def test_a_district_lists_region_counts_as_context(pipeline: Pipeline) -> None:
    found = summary(pipeline, "Huliaipole and Orikhiv in the Zaporizhzhia district came under fire.")
    assert found[0] == ("Huliaipole", "settlement", "Huliaipole", "UA-23")


def test_shared_city_district_name_goes_to_the_reports_region(pipeline: Pipeline) -> None:
    mentions = list(pipeline.extract(
        "Naval drones attacked Novorossiysk in the Krasnodar territory. Debris damaged houses in "
        "the Primorsky district of the city.").locations)
    district = mentions[-1]
    assert (district.name, district.admin1, district.ambiguous) == ("Primorsky District", "RU-KDA", True)
    assert {c.admin1 for c in district.candidates} >= {"RU-SPE", "RU-ARK"}
    # without a region in the report, the namesakes stay candidates
    [alone] = pipeline.extract("Debris fell in the Primorsky district.").locations
    assert alone.ambiguous and alone.admin1 != "RU-KDA"


def test_unlisted_adjective_district_in_a_list(pipeline: Pipeline) -> None:
    found = summary(pipeline, "Drones were destroyed over the Tula region, over the Bogoroditsky and "
                              "Yefremovsky districts.")
    assert ("Yefremovsky", "admin2", "Yefremovsky District", "RU-TUL") in found


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("A fire broke out at the Saratov refinery.", "Saratov Oil Refinery", "RU-SAR"),
    ("Flights were restricted at Dyagilevo, a military airfield.", "Dyagilevo air base", "RU-RYA"),
    ("Fighters crossed the Don River at night.", "Don River", None),
    ("Drones came in from Cape Chauda toward the Odesa region.", "Cape Chauda", "UA-43"),
])
def test_features(pipeline: Pipeline, text: str, name: str, admin1: str | None) -> None:
    [mention] = [m for m in pipeline.extract(text).locations if m.type.value == "feature"]
    assert (mention.name, mention.admin1) == (name, admin1)


def test_crimean_district_by_its_town(pipeline: Pipeline) -> None:
    assert summary(pipeline, "Air defence fired around the Saky district of Crimea.") == [
        ("Saky district", "admin2", "Saksky District", "UA-43"), ("Crimea", "admin1", "Crimea", "UA-43")]


def test_given_name_in_a_signature_line_is_a_person(pipeline: Pipeline) -> None:
    text = ("Three houses were damaged.\n\n"
            "Volodymyr Artiukh, head of the Sumy Regional Military Administration")
    assert [m.text for m in pipeline.extract(text).locations] == ["Sumy"]


@pytest.mark.parametrize(("spelling", "name", "admin1"), [
    ("Nikolaev", "Mykolaiv", "UA-48"), ("Mykolayiv", "Mykolaiv", "UA-48"), ("Izmail", "Izmail", "UA-51"),
    ("Yevpatoria", "Yevpatoria", "UA-43"), ("Yevpatoriya", "Yevpatoria", "UA-43"),
    ("Feodosia", "Feodosia", "UA-43"), ("Chuhuiv", "Chuhuiv", "UA-63"),
])
def test_ukrainian_cities_are_one_entry_with_their_usual_name(spelling: str, name: str, admin1: str) -> None:
    places = [p for p in default_gazetteer().lookup(spelling) if p.type.value == "settlement"
              and p.admin1 == admin1]
    assert [p.name for p in places] == [name]
    assert places[0].point is not None


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Flights were restricted at Tunoshna for two hours.", "feature", "Tunoshna Airport"),
    ("Flights at Kurumoch were delayed.", "feature", "Kurumoch International Airport"),
    ("A drone fell on a house in Kurumoch.", "settlement", "Kurumoch"),
])
def test_an_airport_in_a_sentence_about_flights(pipeline: Pipeline, text: str, kind: str, name: str) -> None:
    [mention] = pipeline.extract(text).locations
    assert (mention.type.value, mention.name) == (kind, name)


def test_districts_of_a_city_leave_the_city_a_city(pipeline: Pipeline) -> None:
    assert summary(pipeline, "Strikes hit the Slobidskyi and Osnovianskyi districts of Kharkiv.") == [
        ("Slobidskyi", "admin2", "Slobidskyi District", "UA-63"),
        ("Osnovianskyi", "admin2", "Osnovianskyi District", "UA-63"),
        ("Kharkiv", "settlement", "Kharkiv", "UA-63"),
    ]
    # a list after "of" with nothing before the type word is still a list
    found = summary(pipeline, "Drones were downed over the regions of Kursk and Bryansk.")
    assert [kind for _, kind, _, _ in found] == ["admin1", "admin1"]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Dnipro crossing was hit overnight.", "feature"),
    ("The Dnipro strike killed two.", "settlement"),
    ("Troops shelled the left bank of the Dnipro.", "feature"),
])
def test_a_river_before_a_river_noun(pipeline: Pipeline, text: str, kind: str) -> None:
    [mention] = pipeline.extract(text).locations
    assert mention.type.value == kind


@pytest.mark.parametrize("text", [
    "Dynamo Kyiv postponed the match.", "Zenit St Petersburg fans celebrated.", "Shakhtar Donetsk won.",
])
def test_a_club_named_after_its_city_is_not_a_place(pipeline: Pipeline, text: str) -> None:
    assert list(pipeline.extract(text).locations) == []


def test_an_exclave_is_a_region(pipeline: Pipeline) -> None:
    assert summary(pipeline, "Air defence drills were held in the Kaliningrad exclave.") == [
        ("Kaliningrad", "admin1", "Kaliningrad Oblast", "RU-KGD")]


def test_one_name_before_airports_is_the_city(pipeline: Pipeline) -> None:
    assert summary(pipeline, "All four Moscow airports suspended flights.") == [
        ("Moscow", "admin1", "Moscow", "RU-MOW")]
    found = summary(pipeline, "Vnukovo and Domodedovo airports suspended flights.")
    assert [kind for _, kind, _, _ in found] == ["feature", "feature"]


def test_unknown_refinery_is_named_and_placed_by_the_nearest_town(pipeline: Pipeline) -> None:
    [refinery] = [m for m in pipeline.extract(
        "Drones were reported over Chelyabinsk and Tyumen, where the Antipinsky refinery was targeted."
    ).locations if m.type.value == "feature"]
    assert (refinery.text, refinery.name, refinery.admin1) == (
        "Antipinsky refinery", "Antipinsky Oil Refinery", "RU-TYU")


def test_a_reference_town_does_not_place_a_street(pipeline: Pipeline) -> None:
    [street] = [m for m in pipeline.extract(
        "Residents of Ramenskoye, a town southeast of Moscow, saw a drone hit a high-rise on "
        "Sportivny Proyezd.").locations if m.type.value == "feature"]
    assert street.admin1 == "RU-MOS"


@pytest.mark.parametrize("text", ["The Azov brigade reported a quiet night.",
                                  "Ships of the Black Sea fleet left port."])
def test_a_unit_named_after_a_place_is_not_a_place(pipeline: Pipeline, text: str) -> None:
    assert list(pipeline.extract(text).locations) == []


def test_a_village_outside_the_reports_regions_is_an_unlisted_namesake(pipeline: Pipeline) -> None:
    mentions = list(pipeline.extract("In the Kursk region, a house was damaged in the village of Gordeyevka."
                                     ).locations)
    village = mentions[-1]
    assert (village.name, village.admin1, village.ambiguous) == ("Gordeyevka", "RU-KRS", True)
    assert [c.admin1 for c in village.candidates] == ["RU-BRY"]


def test_a_peninsula(pipeline: Pipeline) -> None:
    assert summary(pipeline, "The bridge links the Taman Peninsula in the Krasnodar Krai to Kerch.")[0] == (
        "Taman Peninsula", "feature", "Taman Peninsula", "RU-KDA")
    assert summary(pipeline, "Drones flew over the Crimean Peninsula.") == [
        ("Crimean Peninsula", "admin1", "Crimea", "UA-43")]


def test_an_old_name_of_a_city_does_not_steer_its_neighbours(pipeline: Pipeline) -> None:
    found = summary(pipeline, "Kherson was shelled.\n\nShelling also hit Antonivka and Stanislav. "
                              "Across the Dnipro, officials reported strikes.")
    assert ("Antonivka", "settlement", "Antonivka", "UA-65") in found
    assert ("Stanislav", "settlement", "Stanislav", "UA-65") in found


def test_a_ship_named_after_a_place_is_not_a_place(pipeline: Pipeline) -> None:
    text = "The sinking of the Moskva\n\nMissiles sank the cruiser Moskva off Odesa. Moscow denied it."
    assert [m.text for m in pipeline.extract(text).locations] == ["Odesa", "Moscow"]
    # a place's own name stays a place elsewhere in the report
    text = "The submarine Kursk sank in 2000. A drone hit a house in Kursk."
    assert [m.text for m in pipeline.extract(text).locations] == ["Kursk"]
    # a country after a vessel noun is the subject of a clause, not a ship's name
    assert [m.text for m in pipeline.extract("It hit a vessel Russia says was a tanker.").locations] == [
        "Russia"]


def test_a_count_of_them_over_a_region(pipeline: Pipeline) -> None:
    found = summary(pipeline, "Air defences destroyed 31 drones, 18 of them over Belgorod and five "
                              "over Kursk.")
    assert [kind for _, kind, _, _ in found] == ["admin1", "admin1"]


_TRIGGERS = [*"""
the village of Murom hromada hromadas Krasnopillia and border – Kharkiv Belgorod cruiser Moskva airports
Moscow four flights at Tunoshna refinery Antipinsky Peninsula Taman Crimean brigade Azov Dynamo Kyiv
exclave , . districts Primorsky district 18 them over crossing Dnipro Stanislav southeast Street Proyezd
ship residents Bashkortostan region Sumy — :
""".split(), "\n\n"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_TRIGGERS), min_size=1, max_size=30))
def test_new_rules_survive_any_order_of_their_trigger_words(pipeline: Pipeline, tokens: list[str]) -> None:
    text = "Report: " + " ".join(tokens)
    report = pipeline.extract(text)
    assert not report.problems
    for mention in report.locations:
        assert text[mention.span.start:mention.span.end] == mention.text


@pytest.mark.parametrize(("old", "name"), [
    ("Krasnoarmeysk", "Pokrovsk"), ("Artemovsk", "Bakhmut"), ("Dzerzhinsk", "Toretsk"),
    ("Dimitrov", "Myrnohrad"),
])
def test_soviet_era_names_of_renamed_towns(pipeline: Pipeline, old: str, name: str) -> None:
    found = summary(pipeline, f"Fighting continued in the Donetsk region, near {old}.")
    assert found[-1] == (old, "settlement", name, "UA-14")


def test_renamed_towns_resolve_with_their_coordinates(pipeline: Pipeline) -> None:
    [mention] = pipeline.extract("Russian troops entered Krasnoarmeysk, the Donetsk People's Republic "
                                 "authorities said.").locations[:1]
    assert (mention.name, mention.admin1) == ("Pokrovsk", "UA-14")
    assert mention.point is not None and 48.2 < mention.point.lat < 48.4


def test_a_regional_capital_beats_a_village_that_only_a_nearby_town_suggests(pipeline: Pipeline) -> None:
    text = "Lutsk: explosions reported.\n\nIn Rivne, power was cut in several districts."
    assert summary(pipeline, text)[-1] == ("Rivne", "settlement", "Rivne", "UA-56")
    # a small town keeps to the region its neighbours name (Zolochiv near Kupiansk, not Lviv's)
    text = "Shelling hit Kupiansk overnight. In Zolochiv, a house burned."
    assert summary(pipeline, text)[-1] == ("Zolochiv", "settlement", "Zolochiv", "UA-63")


def test_a_group_of_forces_is_not_a_place(pipeline: Pipeline) -> None:
    assert list(pipeline.extract("Units of the Vostok group struck positions.").locations) == []


@pytest.mark.parametrize(("text", "span", "name", "admin1"), [
    ("Windows were broken at Kursk City Hospital No. 4 overnight.", "Kursk City Hospital No. 4",
     "Kursk City Hospital No. 4", "RU-KRS"),
    ("Debris fell on Fontanska Road in Odesa.", "Fontanska Road", "Fontanska Road", "UA-51"),
    ("Pantsir systems stand on towers in Moscow along the Moskva River.", "Moskva River", "Moskva River",
     "RU-MOW"),
    ("In Kyiv, a missile struck near Lukianivska metro station.", "Lukianivska metro station",
     "Lukianivska Metro Station", "UA-30"),
    ("Debris also fell on Khreshchatyk.", "Khreshchatyk", "Khreshchatyk", "UA-30"),
])
def test_streets_sites_and_stations(pipeline: Pipeline, text: str, span: str, name: str, admin1: str) -> None:
    [feature] = [m for m in pipeline.extract(text).locations if m.type.value == "feature"]
    assert (feature.text, feature.name, feature.admin1) == (span, name, admin1)


def test_a_metonym_with_a_head_word_is_still_the_institution(pipeline: Pipeline) -> None:
    assert list(pipeline.extract("White House officials said the strike was unacceptable.").locations) == []


def test_a_shared_district_name_even_when_one_namesake_is_curated(pipeline: Pipeline) -> None:
    mentions = list(pipeline.extract("Governor Bogomaz said debris fell in the Sovetsky district of Bryansk."
                                     ).locations)
    district = mentions[0]
    assert (district.name, district.admin1, district.ambiguous) == ("Sovetsky District", "RU-BRY", True)


def test_a_plant_named_by_what_it_makes(pipeline: Pipeline) -> None:
    assert summary(pipeline, "Drones attacked the Azot chemical plant in Novomoskovsk.") == [
        ("Azot chemical plant", "feature", "Azot Chemical Plant", "RU-TUL"),
        ("Novomoskovsk", "settlement", "Novomoskovsk", "RU-TUL")]
    # a town's name before a generic facility stays the town
    assert summary(pipeline, "A fire broke out at the Novomoskovsk chemical plant.") == [
        ("Novomoskovsk", "settlement", "Novomoskovsk", "RU-TUL")]


def test_a_bay_named_after_its_city(pipeline: Pipeline) -> None:
    assert summary(pipeline, "Sea traffic across Sevastopol Bay was suspended.") == [
        ("Sevastopol Bay", "feature", "Sevastopol Bay", "UA-40")]


def test_a_given_name_before_a_surname_that_is_also_a_place_is_a_person() -> None:
    from incidentkit import Pipeline

    pipeline = Pipeline(builtins=["locations"], autoload=False)
    report = pipeline.extract("Vladimir Zhdanov, the head of the district, said drones attacked Vladimir.")
    text = report.document.text
    assert [(m.text, m.span.start) for m in report.locations] == [("Vladimir", text.rindex("Vladimir"))]
    region = pipeline.extract("Drones hit the Vladimir region.").locations
    assert [m.name for m in region] == ["Vladimir Oblast"]
