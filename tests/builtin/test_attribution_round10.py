"""Round 10: attribution constructions found misread on fresh, unseen reports."""

from __future__ import annotations

from typing import Any

import pytest

from incidentkit import Attribution, Pipeline

PLUGIN = "incidentkit.builtin.attribution"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[PLUGIN], builtins=False, autoload=False, strict=True)


def attributions(pipeline: Pipeline, text: str, published: str = "2025-06-01") -> list[Attribution]:
    return list(pipeline.extract(text, published=published).attributions)


def sources(items: list[Attribution]) -> list[tuple[Any, ...]]:
    return [(a.cue, a.source, a.source_text, a.source_type.value) for a in items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Crown Prince Mohammed bin Salman said the kingdom would not be drawn in.",
                     [("said", "Mohammed bin Salman", "Crown Prince Mohammed bin Salman", "person")],
                     id="crown-prince-ed"),
        pytest.param("Ahmed Qasim, a fisherman, told reporters he saw two missiles.",
                     [("told", "Ahmed Qasim", "Ahmed Qasim, a fisherman", "person")], id="ahmed"),
        pytest.param("Khaled Saeed, who lives near the port, said the blast shook the windows.",
                     [("said", "Khaled Saeed", "Khaled Saeed", "person")],
                     id="saeed"),
    ],
)
def test_given_names_ending_in_ed_are_names(pipeline: Pipeline, text: str, expected: list[Any]) -> None:
    assert sources(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The prosecutor's office opened a criminal case, it said.",
                     [("said", None, "it", "unnamed")], id="it-after-unknown-office"),
        pytest.param("The Kherson regional prosecutor's office opened a case, it said.",
                     [("said", "Kherson Oblast Prosecutor's Office", "it", "organization")],
                     id="it-after-regional-office"),
        pytest.param("The Zaporizhzhia regional prosecutor's office opened a case. It said three "
                     "civilians were hurt.",
                     [("said", "Zaporizhzhia Oblast Prosecutor's Office", "It", "organization")],
                     id="It-opening-next-sentence"),
    ],
)
def test_it_after_a_body_the_table_does_not_know(pipeline: Pipeline, text: str,
                                                 expected: list[Any]) -> None:
    assert sources(attributions(pipeline, text)) == expected


def test_it_after_a_thing_is_no_source(pipeline: Pipeline) -> None:
    assert attributions(pipeline, "The drone hit a school. It said nothing about casualties.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The prosecutor's office said a case had been opened.",
                     [("said", None, "The prosecutor's office", "unnamed")], id="prosecutor"),
        pytest.param("The mayor's office said power was back.",
                     [("said", None, "The mayor's office", "unnamed")], id="mayor-unknown"),
    ],
)
def test_office_of_an_unfilled_role_is_the_whole_phrase(pipeline: Pipeline, text: str,
                                                        expected: list[Any]) -> None:
    assert sources(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The operator did not say which substation was hit, citing security reasons.",
                     id="security-reasons"),
        pytest.param("The airport closed its airspace, citing the threat of drone attacks.", id="threat-of"),
        pytest.param("Officials withheld the figures, citing safety concerns.", id="safety-concerns"),
    ],
)
def test_citing_a_motive_is_no_attribution(pipeline: Pipeline, text: str) -> None:
    assert [a.cue for a in attributions(pipeline, text) if a.cue.lower() == "citing"] == []


def test_citing_a_source_still_counts(pipeline: Pipeline) -> None:
    items = attributions(pipeline, "Five people were hurt, the outlet reported, citing emergency services.")
    assert [(a.cue, a.source_text) for a in items if a.cue == "citing"] == [("citing", "emergency services")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Iran says its air defences downed two drones.",
                     [("says", "Iran", "Iran", "organization")], id="iran-headline"),
        pytest.param("Israel said the sites were military. Iran denied any losses.",
                     [("said", "Israel", "Israel", "organization"),
                      ("denied", "Iran", "Iran", "organization")], id="iran-denied"),
    ],
)
def test_a_country_is_a_body_not_a_person(pipeline: Pipeline, text: str, expected: list[Any]) -> None:
    assert sources(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        pytest.param("Shot reported a fire at the depot, but the governor denied the report.",
                     "the governor", id="but"),
        pytest.param("Residents heard blasts, and the mayor said two drones were downed.",
                     "the mayor", id="and"),
    ],
)
def test_a_conjunction_is_not_part_of_a_role(pipeline: Pipeline, text: str, source_text: str) -> None:
    assert [a.source_text for a in attributions(pipeline, text)][-1] == source_text


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        pytest.param("Three drones were shot down, TASS reported, citing a source in the emergency services.",
                     "a source in the emergency services", id="citing-source-in"),
        pytest.param("The depot burned for hours, according to officials at the port.",
                     "officials at the port", id="according-officials-at"),
        pytest.param("The strike was planned for weeks, according to a source close to the operation.",
                     "a source close to the operation", id="close-to"),
    ],
)
def test_an_unnamed_source_keeps_where_it_is(pipeline: Pipeline, text: str, source_text: str) -> None:
    items = [a for a in attributions(pipeline, text) if a.source_type.value == "unnamed"]
    assert [a.source_text for a in items] == [source_text]


def test_a_channel_after_an_unnamed_source_is_no_place(pipeline: Pipeline) -> None:
    items = attributions(pipeline, "Sirens sounded for hours, according to residents on Telegram.")
    assert [(a.source_text, a.channel) for a in items] == [("residents", "Telegram")]


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        pytest.param("Israel's Magen David Adom ambulance service said four people were hurt.",
                     "Israel's Magen David Adom ambulance service", id="mda-ambulance-service"),
        pytest.param("The Magen David Adom rescue service said the man was treated at the scene.",
                     "The Magen David Adom rescue service", id="mda-rescue-service"),
        pytest.param("DTEK energy company said 300,000 homes were without power.",
                     "DTEK energy company", id="dtek-company"),
    ],
)
def test_a_known_body_then_what_it_is(pipeline: Pipeline, text: str, source_text: str) -> None:
    assert [a.source_text for a in attributions(pipeline, text)] == [source_text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Gladkov's press service said two were hurt. The governor insisted the situation was "
                     "under control.",
                     [("said", "press service"), ("insisted", None)], id="governor-after-press-service"),
        pytest.param("Governor Gusev's press service said a drone fell. Later the governor said it was "
                     "the only one.",
                     [("said", "press service"), ("said", None)], id="later-the-governor"),
    ],
)
def test_a_role_does_not_inherit_an_earlier_channel(pipeline: Pipeline, text: str,
                                                    expected: list[Any]) -> None:
    assert [(a.cue, a.channel) for a in attributions(pipeline, text, "2025-07-01")] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param("In the Tambov region, governor Yevgeny Pervyshov said debris fell on a farm.",
                     "Governor of Tambov Oblast", id="tambov"),
        pytest.param("Over the Penza region, air defences downed six drones, regional governor Oleg "
                     "Melnichenko said.", "Governor of Penza Oblast", id="penza-inverted"),
    ],
)
def test_a_governor_outside_the_table_takes_the_region_of_the_sentence(pipeline: Pipeline, text: str,
                                                                       role: str) -> None:
    assert [a.role for a in attributions(pipeline, text, "2025-07-01")] == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Zaporizhzhia nuclear plant went dark. The Russian-installed management of the "
                     "plant said the generators were running.",
                     ("Zaporizhzhia Nuclear Plant", "The Russian-installed management of the plant"),
                     id="management-of-the-plant"),
        pytest.param("The leadership of Ukrenergo said the grid held.",
                     ("Ukrenergo", "The leadership of Ukrenergo"), id="leadership-of"),
        pytest.param("The Kursk nuclear power plant said both reactors were running normally.",
                     ("Kursk Nuclear Power Plant", "The Kursk nuclear power plant"),
                     id="named-plant-subject"),
    ],
)
def test_who_runs_a_body_speaks_for_it(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.source_text) for a in attributions(pipeline, text)][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Saudi Arabia's defence ministry said two drones were intercepted.",
                     ("Saudi Ministry of Defence", "Saudi Arabia's defence ministry"), id="saudi-arabia-s"),
        pytest.param("The UAE's Ministry of Defence said a drone was downed over Abu Dhabi.",
                     ("Emirati Ministry of Defence", "The UAE's Ministry of Defence"), id="uae-s"),
        pytest.param("Kuwait's foreign ministry said the embassy was closed.",
                     ("Kuwaiti Ministry of Foreign Affairs", "Kuwait's foreign ministry"), id="kuwait-s"),
        pytest.param("The Romanian Defence Ministry said a drone fell near Galati.",
                     ("Romanian Ministry of Defence", "The Romanian Defence Ministry"), id="the-romanian"),
    ],
)
def test_a_gulf_country_owns_its_ministry(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.source_text) for a in attributions(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Sheikh Abdullah bin Zayed, the Emirati foreign minister, wrote on X that the strike "
                     "was reckless.", ("Abdullah bin Zayed", "X"), id="bin-zayed"),
        pytest.param("Hassan Zayed told reporters the port was closed.", ("Hassan Zayed", "briefing"),
                     id="surname-ed"),
    ],
)
def test_a_surname_ending_in_ed_after_a_given_name(pipeline: Pipeline, text: str,
                                                   expected: tuple[str, str]) -> None:
    assert [(a.source, a.channel) for a in attributions(pipeline, text)] == [expected]


@pytest.mark.parametrize("adjective", ["weekly", "daily", "regular", "joint"])
def test_told_a_qualified_briefing(pipeline: Pipeline, adjective: str) -> None:
    text = f"Foreign Ministry spokesman Ivan Sidorov told a {adjective} briefing that talks would go on."
    assert [a.channel for a in attributions(pipeline, text)] == ["briefing"]


@pytest.mark.parametrize(
    "text",
    [
        "Tula region governor Dmitry Milyaev said on the regional government's Telegram channel that six "
        "drones were destroyed.",
        "The mayor wrote on the city council's Telegram channel that power was back.",
    ],
)
def test_someone_elses_telegram_channel_is_telegram(pipeline: Pipeline, text: str) -> None:
    assert [a.channel for a in attributions(pipeline, text)] == ["Telegram"]


def test_it_after_an_introductory_adverb(pipeline: Pipeline) -> None:
    text = ("Meanwhile, the Kherson regional prosecutor's office opened a case. It said three civilians "
            "were hurt.")
    assert [(a.source, a.source_text) for a in attributions(pipeline, text)] == [
        ("Kherson Oblast Prosecutor's Office", "It")]


@pytest.mark.parametrize(
    "text",
    [
        "The toll was revised after four people initially reported dead were found alive.",
        "Five residents previously reported missing were found in a shelter.",
    ],
)
def test_reported_with_a_state_after_an_adverb_is_a_passive(pipeline: Pipeline, text: str) -> None:
    assert [a.cue for a in attributions(pipeline, text)] == []


def test_a_subject_reporting_the_dead_still_reports(pipeline: Pipeline) -> None:
    assert [a.cue for a in attributions(pipeline, "Officials reported dead and wounded in two villages.")] \
        == ["reported"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Aeroflot warned passengers that some flights could be delayed.", ["warned"],
                     id="passengers"),
        pytest.param("The mayor warned residents that more strikes were likely.", ["warned"], id="residents"),
        pytest.param("The mayor warned residents to stay indoors.", [], id="to-infinitive"),
    ],
)
def test_warned_an_addressee_that(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert [a.cue for a in attributions(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        pytest.param("Meduza, citing local residents, reported that sirens sounded for two hours.", "Meduza",
                     id="meduza-citing"),
        pytest.param("The Izvestia newspaper, quoting a defence source, reported the test.",
                     "The Izvestia newspaper", id="izvestia-quoting"),
    ],
)
def test_an_inserted_citation_is_no_part_of_the_subject(pipeline: Pipeline, text: str,
                                                         source_text: str) -> None:
    assert [a.source_text for a in attributions(pipeline, text) if a.cue == "reported"] == [source_text]
