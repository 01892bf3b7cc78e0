"""The built-in attribution plugin: cues, sources, channels, stances, the source table, governing()."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidentkit import Attribution, Document, Findings, Pipeline, PluginError, Span, Stage, hookimpl
from incidentkit.builtin.attribution import AttributionExtractor, SourceEntry, SourceTable, governing

PLUGIN = "incidentkit.builtin.attribution"
REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[PLUGIN], builtins=False, autoload=False, strict=True)


def attributions(pipeline: Pipeline, text: str, published: str = "2024-03-01") -> list[Attribution]:
    return list(pipeline.extract(text, published=published).attributions)


def summary(items: list[Attribution]) -> list[tuple[Any, ...]]:
    return [(a.cue, a.source, a.stance.value, a.channel) for a in items]


# ---------------------------------------------------------------- cues and sources

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two drones were shot down over the region, the Russian Defence Ministry said.",
            [("said", "Russian Ministry of Defence", "stated", None)],
            id="inverted-clause-alias",
        ),
        pytest.param(
            "The Russian MoD claimed its air defences intercepted 12 missiles over Crimea.",
            [("claimed", "Russian Ministry of Defence", "claimed", None)],
            id="mod-abbreviation",
        ),
        pytest.param(
            "Ukraine's Air Force said 40 of 45 drones had been destroyed.",
            [("said", "Ukrainian Air Force", "stated", None)],
            id="possessive-country-alias",
        ),
        pytest.param(
            "Lipetsk region governor Igor Artamonov wrote on his Telegram channel that a power line was hit.",
            [("wrote", "Igor Artamonov", "stated", "Telegram")],
            id="titled-name-telegram",
        ),
        pytest.param(
            "Governor Vladislav Shapsha confirmed the attack in a message on his Telegram channel.",
            [("confirmed", "Vladislav Shapsha", "confirmed", "Telegram")],
            id="confirmed",
        ),
        pytest.param(
            "Kyiv officials denied that any military facility had been hit.",
            [("denied", None, "denied", None)],
            id="unnamed-denial",
        ),
        pytest.param(
            "Pro-Russian bloggers claimed that a launcher had been destroyed.",
            [("claimed", None, "claimed", None)],
            id="unnamed-claim",
        ),
        pytest.param(
            "Residents of Taganrog report a loud explosion in the city centre.",
            [("report", None, "reported", None)],
            id="plural-present",
        ),
        pytest.param(
            "Drones reportedly struck an oil depot near the border.",
            [("reportedly", None, "reported", None)],
            id="reportedly",
        ),
        pytest.param(
            "No one was hurt, according to preliminary reports.",
            [("according to", None, "reported", None)],
            id="according-to-unnamed",
        ),
        pytest.param(
            "The figures could not be independently verified.",
            [("could not be independently verified", None, "uncorroborated", None)],
            id="uncorroborated",
        ),
        pytest.param(
            "These figures, however, are not corroborated by independent sources.",
            [("not corroborated", None, "uncorroborated", None)],
            id="not-corroborated",
        ),
        pytest.param(
            "Some people are believed to be trapped under the rubble.",
            [("are believed", None, "reported", None)],
            id="impersonal-passive",
        ),
        pytest.param(
            "Kremlin spokesman Dmitry Peskov told reporters that the president was being kept informed.",
            [("told", "Dmitry Peskov", "stated", "briefing")],
            id="told-reporters",
        ),
        pytest.param(
            "Interior Minister Ihor Klymenko told national television that 11 people had died.",
            [("told", "Ihor Klymenko", "stated", "television")],
            id="told-television",
        ),
        pytest.param(
            "President Volodymyr Zelensky called the strike an act of terror in a post on X.",
            [("called", "Volodymyr Zelensky", "stated", "X")],
            id="called-post-on-x",
        ),
        pytest.param(
            "\"The situation is under control,\" said Alexander Bogomaz, governor of the Bryansk region.",
            [("said", "Alexander Bogomaz", "stated", None)],
            id="verb-before-subject",
        ),
        pytest.param(
            "The state news agency TASS, citing emergency services, reported that a guard was injured.",
            [("citing", None, "reported", None), ("reported", "TASS", "stated", None)],
            id="media-citing-unnamed",
        ),
        pytest.param(
            "According to the Telegram channel 112, three drones struck the plant.",
            [("According to", "112", "stated", "Telegram")],
            id="telegram-channel-media",
        ),
        pytest.param(
            "DTEK, the country's largest private energy company, said its plants had been damaged.",
            [("said", "DTEK", "stated", None)],
            id="appositive-after-name",
        ),
        pytest.param(
            "The head of the republic, Rustam Minnikhanov, acknowledged the attack in a statement "
            "distributed by his press service.",
            [("acknowledged", "Rustam Minnikhanov", "confirmed", "press service")],
            id="role-then-name-press-service",
        ),
        pytest.param(
            "By the evening, Vladimir Putin had gone on television to claim the weapon was new.",
            [("claim", "Vladimir Putin", "claimed", "television")],
            id="went-on-television-to-claim",
        ),
        pytest.param(
            "Neither report was confirmed by officials.",
            [("Neither report was confirmed by officials", None, "uncorroborated", None)],
            id="neither-confirmed",
        ),
        pytest.param(
            "There was no independent confirmation of the claims.",
            [("no independent confirmation of the claims", None, "uncorroborated", None)],
            id="no-confirmation",
        ),
        pytest.param(
            "Reuters was unable to verify the figures.",
            [("was unable to verify", None, "uncorroborated", None)],
            id="unable-to-verify",
        ),
        pytest.param(
            "The press service of the Russian Defence Ministry said 15 drones were destroyed.",
            [("said", "Russian Ministry of Defence", "stated", "press service")],
            id="press-service-of",
        ),
        pytest.param(
            "The Belgorod governor's press service reported that a car was hit.",
            [("reported", "Vyacheslav Gladkov", "stated", "press service")],
            id="owner-press-service",
        ),
        pytest.param(
            "Explosions were heard, according to a statement from the Ukrainian Air Force on Telegram.",
            [("according to", "Ukrainian Air Force", "stated", "Telegram")],
            id="statement-from",
        ),
        pytest.param(
            "Russia's Defence Ministry on Monday denied that its forces had struck civilian targets.",
            [("denied", "Russian Ministry of Defence", "denied", None)],
            id="inserted-time-phrase",
        ),
        pytest.param(
            "The Defense Ministry in Moscow said its forces had downed 22 drones.",
            [("said", "Russian Ministry of Defence", "stated", None)],
            id="organisation-placed-by-capital",
        ),
        pytest.param(
            "Unconfirmed reports said a fuel depot was burning.",
            [("said", None, "reported", None)],
            id="unconfirmed-reports",
        ),
        pytest.param(
            "Ukrainian media reports said the depot was hit.",
            [("said", None, "reported", None)],
            id="noun-reports-then-verb",
        ),
        pytest.param(
            "Russia has struck the grid 15 times, according to a tally compiled by Ukrainian officials.",
            [("according to", None, "reported", None)],
            id="authored-by-unnamed",
        ),
        pytest.param(
            "Source: Russian Defence Ministry on Telegram",
            [("Source:", "Russian Ministry of Defence", "stated", "Telegram")],
            id="source-header",
        ),
    ],
)
def test_sentences(pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gladkov: five wounded as Shebekino comes under fire again",  # colon headline
        "Three drones downed over Kaluga region — ministry",  # dash headline
        "He did not say how many rockets had been fired.",  # negated
        "The ministry gave no information on casualties.",
        "What the governor said was not entirely clear.",  # embedded question
        "A new ballistic missile called Oreshnik was used.",  # participle "called"
        "Gladkov urged residents to report any damage by calling 112.",  # infinitive
        "Russia's claims about the strike were widely shared.",  # possessive noun, not a verb
        "Zelensky called on allies to send more air defence systems.",
        "Gladkov called residents to stay indoors.",  # a summons
        "Russia said nothing about the strike.",
        "Nobody has explained how the drones got through.",
    ],
)
def test_not_attributions(pipeline: Pipeline, text: str) -> None:
    assert attributions(pipeline, text) == []


def test_participle_is_not_a_new_attribution(pipeline: Pipeline) -> None:
    text = ("Both missiles were intercepted, the ministry claimed, adding that the consequences "
            "would otherwise have been worse.")
    assert [a.cue for a in attributions(pipeline, text)] == ["claimed"]


def test_new_main_clause_added_is(pipeline: Pipeline) -> None:
    text = ("The Ukrainian Defence Ministry said two missiles hit the institute. "
            "The ministry added that 25 were rescued.")
    assert summary(attributions(pipeline, text)) == [
        ("said", "Ministry of Defence of Ukraine", "stated", None),
        ("added", "Ministry of Defence of Ukraine", "stated", None),
    ]


# ---------------------------------------------------------------- resolution

def test_short_mentions_and_pronouns_resolve_to_the_person(pipeline: Pipeline) -> None:
    text = ("Kaluga region governor Vladislav Shapsha said 16 drones were destroyed. "
            "No one was hurt, he added. Shapsha wrote that four districts were targeted. "
            "The governor said later that power was restored.")
    found = attributions(pipeline, text)
    assert [a.source for a in found] == ["Vladislav Shapsha"] * 4
    assert [a.source_text for a in found] == [
        "Kaluga region governor Vladislav Shapsha", "he", "Shapsha", "The governor"]
    assert found[0].role == "Governor of Kaluga Oblast"
    assert found[0].source_span is not None
    assert text[found[0].source_span.start:found[0].source_span.end] == found[0].source_text


def test_a_person_not_in_the_table_is_found_from_the_text(pipeline: Pipeline) -> None:
    text = ("Zhytomyr mayor Serhii Sukhomlyn writes on Facebook that an infrastructure facility was damaged. "
            "Sukhomlyn says there were no casualties.")
    found = attributions(pipeline, text)
    assert summary(found) == [("writes", "Serhii Sukhomlyn", "stated", "Facebook"),
                              ("says", "Serhii Sukhomlyn", "stated", None)]
    assert found[0].role == "Mayor of Zhytomyr"


def test_it_refers_to_the_last_organisation(pipeline: Pipeline) -> None:
    text = ("The Russian Defence Ministry's morning summary did not mention the region. "
            "It said 54 drones had been destroyed overnight.")
    assert summary(attributions(pipeline, text)) == [("said", "Russian Ministry of Defence", "stated", None)]


def test_the_ministry_refers_to_the_ministry_named_later_in_a_headline(pipeline: Pipeline) -> None:
    text = ("Fire at refinery; ministry reports 58 drones downed\n\n"
            "The Defence Ministry said 58 drones were destroyed.")
    assert [a.source for a in attributions(pipeline, text)] == ["Russian Ministry of Defence"] * 2


def test_headline_role_resolves_to_the_person_named_in_the_text(pipeline: Pipeline) -> None:
    text = ("Oryol region: two drones shot down at night, governor says\n\n"
            "Two drones were shot down over the Oryol region, governor Andrei Klychkov wrote on Telegram.")
    assert summary(attributions(pipeline, text)) == [
        ("says", "Andrei Klychkov", "stated", None),
        ("wrote", "Andrei Klychkov", "stated", "Telegram"),
    ]


def test_title_case_headlines(pipeline: Pipeline) -> None:
    text = ("Kyiv Mayor Says Three Killed in Overnight Drone Attack\n\n"
            "Mayor Vitali Klitschko said three people were killed.")
    assert summary(attributions(pipeline, text)) == [("Says", "Vitali Klitschko", "stated", None),
                                                     ("said", "Vitali Klitschko", "stated", None)]
    assert attributions(pipeline, "Kazan Under Drone Attack: Eight Drones Hit, No Casualties Reported") == []


def test_coordinated_verb_keeps_the_subject(pipeline: Pipeline) -> None:
    text = "Bryansk governor Alexander Bogomaz calls the attack massive but says there were no casualties."
    found = attributions(pipeline, text)
    assert summary(found) == [("calls", "Alexander Bogomaz", "stated", None),
                              ("says", "Alexander Bogomaz", "stated", None)]
    assert found[1].source_text is None


def test_generic_alias_takes_the_country_of_the_report(pipeline: Pipeline) -> None:
    ukrainian = ("Interior Minister Ihor Klymenko and Kharkiv governor Oleh Syniehubov spoke of a strike. "
                 "Sixteen people were missing, according to the Interior Ministry.")
    assert attributions(pipeline, ukrainian)[-1].source == "Ministry of Internal Affairs of Ukraine"
    explicit = ("According to the Russian Defence Ministry, five missiles were fired. "
                "The Defence Ministry said the United States was responsible.")
    assert [a.source for a in attributions(pipeline, explicit)] == ["Russian Ministry of Defence"] * 2


def test_generic_alias_follows_the_side_of_its_paragraph(pipeline: Pipeline) -> None:
    text = ("MOSCOW, October 6 — Russian air defence systems destroyed 28 drones overnight, "
            "the Ministry of Defence reported.\n\n"
            "KYIV, October 6 — Russia attacked Ukraine with 87 drones, Ukraine's air force said. "
            "Debris damaged a house, Kharkiv governor Oleh Syniehubov said.")
    assert [a.source for a in attributions(pipeline, text)] == [
        "Russian Ministry of Defence", "Ukrainian Air Force", "Oleh Syniehubov"]


def test_office_holders_follow_the_publication_date(pipeline: Pipeline) -> None:
    text = "Drone debris fell on the city, the Kursk governor said."
    assert attributions(pipeline, text, "2023-08-13")[0].source == "Roman Starovoit"
    assert attributions(pipeline, text, "2024-07-19")[0].source == "Alexei Smirnov"
    assert attributions(pipeline, text, "2025-03-01")[0].source == "Alexander Khinshtein"


def test_the_ministry_alone_is_the_defence_ministry_of_the_report(pipeline: Pipeline) -> None:
    text = ("Nine drones were downed over the region, the ministry said. "
            "Kharkiv governor Oleh Syniehubov wrote that two people were hurt.")
    assert attributions(pipeline, text)[0].source == "Ministry of Defence of Ukraine"


def test_lone_names_and_organisation_names(pipeline: Pipeline) -> None:
    text = ("Energoatom said the plant's power line had been cut. "
            "The Institute for the Study of War assessed that the strikes were effective.")
    assert [(a.source, a.source_type.value) for a in attributions(pipeline, text)] == [
        ("Energoatom", "organization"), ("Institute for the Study of War", "organization")]


def test_named_media_and_unnamed_media(pipeline: Pipeline) -> None:
    text = ("The Russian outlet Readovka claimed that about 15 drones had targeted the airfield. "
            "Local media reported a fire.")
    found = attributions(pipeline, text)
    assert [(a.source, a.source_type.value, a.stance.value) for a in found] == [
        ("Readovka", "media", "claimed"), (None, "unnamed", "reported")]


# ---------------------------------------------------------------- content and governing()

def test_content_spans(pipeline: Pipeline) -> None:
    text = "Nine drones were downed, the ministry said. Gladkov wrote that two people were hurt."
    first, second = attributions(pipeline, text)
    assert first.content is not None
    assert text[first.content.start:first.content.end] == "Nine drones were downed"
    assert second.content is not None
    assert text[second.content.start:second.content.end] == "that two people were hurt."


def test_content_of_a_multi_sentence_quote(pipeline: Pipeline) -> None:
    text = '"About ten impacts were recorded. Three civilians were wounded," the governor said.'
    (found,) = attributions(pipeline, text)
    assert found.content is not None and found.content.start == 0


def test_governing(pipeline: Pipeline) -> None:
    text = ("Belgorod governor Vyacheslav Gladkov wrote that 12 houses were damaged.\n\n"
            "Air defences destroyed four drones. The ministry said so on Telegram.\n\n"
            "Nobody commented on the 3 fires.")
    found = attributions(pipeline, text)
    houses = text.index("12 houses")
    assert governing(found, Span(houses, houses + 9), text).source == "Vyacheslav Gladkov"  # type: ignore[union-attr]
    drones = text.index("four drones")
    nearest = governing(found, Span(drones, drones + 11), Document(text=text))
    assert nearest is not None and nearest.cue == "said"
    fires = text.index("3 fires")
    assert governing(found, Span(fires, fires + 7), text) is None
    assert governing(found, Span(fires, fires + 7), text, scope="document") is not None
    assert governing(found, Span(drones, drones + 11), text, scope="sentence") is None


def test_governing_ignores_uncorroborated_and_rejects_unknown_scope(pipeline: Pipeline) -> None:
    text = "Ten drones were shot down. The claim could not be independently verified."
    found = attributions(pipeline, text)
    assert governing(found, Span(0, 9), text) is None
    with pytest.raises(ValueError, match="scope"):
        governing(found, Span(0, 9), text, scope="page")


# ---------------------------------------------------------------- the source table

def test_builtin_table_folds_aliases() -> None:
    table = SourceTable.builtin()
    for alias in ("Russian Defence Ministry", "Russian Ministry of Defence", "the Russian MoD",
                  "Russia's Defence Ministry"):
        assert table.resolve(alias).name == "Russian Ministry of Defence"  # type: ignore[union-attr]
    assert table.resolve("Defence Ministry", country="UA").name == "Ministry of Defence of Ukraine"  # type: ignore[union-attr]
    assert table.resolve("nobody in particular") is None
    assert table.by_office("governor", "Belgorod region").name == "Vyacheslav Gladkov"  # type: ignore[union-attr]
    assert len(table) > 100


def test_options_extend_the_table(tmp_path: Path) -> None:
    extra = {"name": "Ivan Fictitious", "type": "person", "role": "Governor of Testland",
             "aliases": ["Ivan Fictitious", "Fictitious"], "office": "governor", "place": "Testland"}
    path = tmp_path / "sources.json"
    path.write_text(json.dumps({"sources": [
        {"name": "Example Wire", "type": "media", "aliases": ["ExWire"]}]}), encoding="utf-8")
    pipeline = Pipeline(plugins=[PLUGIN], builtins=False, autoload=False, strict=True,
                        options={"attribution": {"sources": [extra], "source_files": [str(path)]}})
    text = "Drones were downed, the Testland governor said. ExWire reported a fire."
    found = pipeline.extract(text).attributions
    assert [(a.source, a.role) for a in found] == [("Ivan Fictitious", "Governor of Testland"),
                                                   ("Example Wire", None)]


def test_a_plugin_extends_the_table_through_the_hook() -> None:
    class MorePlugin:
        name = "more-sources"

        @hookimpl
        def incidentkit_attribution_sources(self) -> list[dict[str, Any]]:
            return [{"name": "Ministry of Silly Walks", "type": "organization",
                     "aliases": ["Silly Walks Ministry"]}]

    pipeline = Pipeline(plugins=[PLUGIN, MorePlugin()], builtins=False, autoload=False, strict=True)
    found = pipeline.extract("The Silly Walks Ministry said a warehouse was hit.").attributions
    assert [a.source for a in found] == ["Ministry of Silly Walks"]


def test_without_builtin_sources_aliases_are_not_folded() -> None:
    pipeline = Pipeline(plugins=[PLUGIN], builtins=False, autoload=False,
                        options={"attribution": {"builtin_sources": False}})
    (found,) = pipeline.extract("Governor Vladislav Shapsha said 16 drones were destroyed.").attributions
    assert (found.source, found.role) == ("Vladislav Shapsha", "Governor")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"source": []}, "unknown keys"),
        ({"sources": [{"name": "X", "type": "unnamed", "aliases": []}]}, "invalid"),
        ({"sources": [{"name": "X", "type": "person", "colour": "red"}]}, "unknown keys"),
        ({"sources": [{"type": "person"}]}, "no name"),
        ({"sources": ["TASS"]}, "must be a mapping"),
        ({"source_files": ["/nonexistent/sources.json"]}, "cannot read"),
        ({"builtin_sources": "yes"}, "true or false"),
    ],
)
def test_invalid_options_say_what_is_wrong(options: dict[str, Any], message: str) -> None:
    with pytest.raises(PluginError, match=message):
        Pipeline(plugins=[PLUGIN], builtins=False, autoload=False, options={"attribution": options})


def test_bad_json_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PluginError, match="not valid JSON"):
        SourceTable.build(files=[path])


def test_entry_dates() -> None:
    entry = SourceEntry.from_dict({"name": "A B", "type": "person", "from": "2024-01-01",
                                   "until": "2024-06-01"})
    assert entry.surname == "B"
    import datetime as dt

    assert entry.holds_office_on(dt.date(2024, 3, 1))
    assert not entry.holds_office_on(dt.date(2024, 6, 1))
    assert not entry.holds_office_on(dt.date(2023, 12, 31))
    assert entry.holds_office_on(None)


# ---------------------------------------------------------------- contract and robustness

def test_extractor_contract() -> None:
    extractor = AttributionExtractor()
    assert (extractor.name, extractor.stage) == ("attribution", Stage.ATTRIBUTION)
    pipeline = Pipeline(plugins=[PLUGIN], builtins=False, autoload=False)
    assert [row["extractor"] for row in pipeline.describe()] == ["attribution"]


def test_works_without_earlier_stages_and_with_them() -> None:
    text = "Two drones were shot down over the Kursk region, the ministry said."
    alone = AttributionExtractor().extract(Document(text=text), Findings())
    assert [a.cue for a in alone] == ["said"]


def test_thread_safe() -> None:
    extractor = AttributionExtractor()
    texts = [f"Governor Vyacheslav Gladkov said {n} drones were downed. He added that no one was hurt."
             for n in range(20)]
    expected = [[(a.cue, a.source) for a in extractor.extract(Document(text=t), Findings())] for t in texts]
    results: dict[int, list[tuple[str, str | None]]] = {}

    def work(index: int) -> None:
        found = extractor.extract(Document(text=texts[index]), Findings())
        results[index] = [(a.cue, a.source) for a in found]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[i] for i in range(len(texts))] == expected


def test_long_text_is_linear_enough() -> None:
    import time

    paragraph = ("Kursk region governor Roman Starovoit said shells hit the village of Volfino, and the "
                 "Russian Defence Ministry said it destroyed one drone, according to local media. ")
    text = paragraph * 400  # about 70,000 characters
    started = time.perf_counter()
    found = AttributionExtractor().extract(Document(text=text), Findings())
    assert len(found) == 1200
    assert time.perf_counter() - started < 20


_WORDS = st.sampled_from(["said", "the", "ministry", "Governor", "Gladkov", "according", "to", ",", ".",
                          "reportedly", "he", "wrote", "on", "Telegram", "\"", "citing", "officials",
                          "could", "not", "be", "verified", "Source:", "\n", "— ", "Air", "Force"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(min_size=1, max_size=200), st.lists(_WORDS, min_size=1, max_size=40).map(" ".join)))
def test_arbitrary_text_never_raises_and_spans_are_valid(text: str) -> None:
    if not text.strip():
        return
    document = Document(text=text)
    for item in AttributionExtractor().extract(document, Findings()):
        assert text[item.span.start:item.span.end] == item.cue
        if item.source_span is not None:
            assert text[item.source_span.start:item.source_span.end] == item.source_text
        if item.content is not None:
            assert 0 <= item.content.start < item.content.end <= len(text)


# ---------------------------------------------------------------- the shared corpus

@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_corpus_figures_meet_the_issue_targets() -> None:
    from incidentkit.corpus import read_corpus
    from incidentkit.scoring import evaluate

    pipeline = Pipeline(plugins=[PLUGIN], builtins=False, autoload=False, strict=True)
    gold = [r for name in ("dev.jsonl", "dev-a.jsonl", "dev-b.jsonl") for r in read_corpus(CORPUS / name)]
    predictions = {r["id"]: pipeline.extract(r["text"], published=r["published"], id=r["id"]).to_dict()
                   for r in gold}
    fields = evaluate(gold, predictions, kinds=["attributions"]).total.fields
    assert fields["attributions.span"].f1 >= 0.85
    assert fields["attributions.source"].f1 >= 0.80
    assert fields["attributions.stance"].f1 >= 0.75
    assert fields["attributions.channel"].f1 >= 0.80
