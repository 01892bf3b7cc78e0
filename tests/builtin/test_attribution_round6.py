"""Round 6: attribution constructions found misread on fresh, unseen reports."""

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


def summary(items: list[Attribution]) -> list[tuple[Any, ...]]:
    return [(a.cue, a.source, a.stance.value, a.channel) for a in items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Russian Emergencies Ministry (MChS) said a fire at the depot was put out.",
            [("said", "Russian Ministry of Emergency Situations", "stated", None)],
            id="abbreviation-in-brackets-before-verb",
        ),
        pytest.param(
            "Russia's Federal Security Service (FSB) on Tuesday said a sabotage group was repelled.",
            [("said", "Federal Security Service", "stated", None)],
            id="abbreviation-and-time-before-verb",
        ),
        pytest.param(
            "The Israel Defense Forces (IDF) claimed that all of the drones were intercepted.",
            [("claimed", "Israel Defense Forces", "claimed", None)],
            id="abbreviation-claimed",
        ),
    ],
)
def test_bracketed_aside_between_subject_and_verb(pipeline: Pipeline, text: str,
                                                   expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "source", "role"),
    [
        pytest.param("Kursk governor Alexander Khinshtein visited Rylsk. Mr Khinshtein later said two "
                     "people were hurt.", "Alexander Khinshtein", "Governor of Kursk Oblast",
                     id="mr-surname"),
        pytest.param("Ms Vereshchuk said the shelter had been hit.", "Vereshchuk", None, id="ms-surname"),
        pytest.param("Air Force commander Lt Gen Mykola Oleshchuk wrote that 40 drones were downed.",
                     "Mykola Oleshchuk", "Commander of the Ukrainian Air Force", id="rank-abbreviations"),
        pytest.param("Army spokesman Brig Gen Effie Defrin said two missiles were intercepted.",
                     "Effie Defrin", "Army spokesman", id="rank-is-no-part-of-the-role"),
        pytest.param("Navy spokesman Rear Admiral Daniel Hagari said three missiles fell short.",
                     "Daniel Hagari", "Navy spokesman", id="rear-admiral"),
    ],
)
def test_courtesy_titles_and_ranks(pipeline: Pipeline, text: str, source: str, role: str | None) -> None:
    found = attributions(pipeline, text)[-1]
    assert (found.source, found.role) == (source, role)



@pytest.mark.parametrize(
    ("text", "channel"),
    [
        pytest.param("Governor Andrei Vorobyov said on Max that a house had burned down.", "Max",
                     id="max-messenger"),
        pytest.param("The ministry wrote in its MAX channel that 30 drones were destroyed.", "Max",
                     id="max-channel"),
        pytest.param("Yahya Saree claimed in a televised statement that two ships were hit.", "television",
                     id="televised-statement"),
        pytest.param("Vladimir Putin said in televised remarks that the strikes would go on.", "television",
                     id="televised-remarks"),
        pytest.param("Daniel Hagari told a televised briefing that 170 drones were launched.", "briefing",
                     id="televised-briefing"),
        pytest.param("Governor Alexander Khinshtein told Channel One that a depot was hit.", "Channel One",
                     id="told-channel-one"),
        pytest.param("Mayor Vitali Klitschko told Channel 24 that nine people were hurt.", "Channel 24",
                     id="told-numbered-channel"),
    ],
)
def test_channels(pipeline: Pipeline, text: str, channel: str) -> None:
    assert attributions(pipeline, text)[0].channel == channel



@pytest.mark.parametrize(
    "text",
    [
        pytest.param("An earlier version of this story, citing the police, said five people had been killed.",
                     id="correction-note"),
        pytest.param("Our first report, based on hospital data, said three residents were injured.",
                     id="report-with-aside"),
    ],
)
def test_subject_of_the_content_is_not_an_inverted_source(pipeline: Pipeline, text: str) -> None:
    assert [a for a in attributions(pipeline, text) if a.cue == "said"] == []


@pytest.mark.parametrize(
    ("outlet", "country_body"),
    [
        pytest.param("TASS", "Russian Ministry of Defence", id="tass-case-variant-aliases"),
        pytest.param("Tass", "Russian Ministry of Defence", id="tass-as-written-by-some"),
    ],
)
def test_an_outlet_with_case_variant_aliases_names_its_country(pipeline: Pipeline, outlet: str,
                                                               country_body: str) -> None:
    text = (
        "Two people were hurt in Kharkiv, Oleh Syniehubov said.\n\n"
        f"{outlet}, quoting the Defence Ministry, reported strikes on military facilities."
    )
    found = [a for a in attributions(pipeline, text) if a.cue == "quoting"]
    assert [a.source for a in found] == [country_body]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param("According to the Belgorod regional operational headquarters, 19 drones were downed. "
                     "The headquarters said two houses burned.",
                     ["Belgorod Oblast Operational Headquarters"] * 2, id="the-headquarters"),
        pytest.param("The Sumy city council said 11 people were wounded. The council later said two died.",
                     ["Sumy City Council"] * 2, id="the-council"),
        pytest.param("The European Commission said it was shocked. The commission said aid would follow.",
                     ["European Commission"] * 2, id="the-commission"),
        pytest.param("The Main Intelligence Directorate said 30 drones were launched. The directorate added "
                     "that a depot was hit.", ["Main Directorate of Intelligence of Ukraine"] * 2,
                     id="the-directorate"),
    ],
)
def test_more_body_anaphors(pipeline: Pipeline, text: str, sources: list[str]) -> None:
    assert [a.source for a in attributions(pipeline, text)] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param("The company, Flex, said in a statement that it made no military goods.", ["Flex"],
                     id="company-comma-name"),
        pytest.param("The grid operator, Ukrenergo, said power was cut in three regions.", ["Ukrenergo"],
                     id="operator-comma-table-name"),
        pytest.param("The monitoring group, Airwars, said at least 12 civilians were killed.", ["Airwars"],
                     id="group-comma-name"),
        pytest.param("The depot's owner, Transneft, said the fire was out. The company added that no one was "
                     "hurt.", ["Transneft", "Transneft"], id="owner-comma-name-then-the-company"),
    ],
)
def test_descriptor_then_name_between_commas(pipeline: Pipeline, text: str, sources: list[str]) -> None:
    assert [a.source for a in attributions(pipeline, text)] == sources


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The acting governor of the Rostov region, Yury Slyusar, said drones were repelled. "
                     "According to Slyusar, one man was hurt. \"No threat,\" the acting governor said.",
                     id="role-after-surname"),
        pytest.param("Governor Sergiy Lysak said two were hurt. According to Lysak, a house burned. "
                     "The head of the region added that a school was hit.", id="head-after-surname"),
    ],
)
def test_role_after_a_surname_keeps_the_reports_spelling(pipeline: Pipeline, text: str) -> None:
    names = {a.source for a in attributions(pipeline, text)}
    assert len(names) == 1, names


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Al-Masirah TV reported that 12 targets were hit.", "Al-Masirah TV", id="name-tv"),
        pytest.param("Houthi-run Al-Masirah TV reported that 12 targets were hit.", "Al-Masirah TV",
                     id="controlled-name-tv"),
        pytest.param("The Kremlin-backed Tsargrad Television said a bridge was hit.", "Tsargrad Television",
                     id="name-television"),
        pytest.param("Kremlin-backed Channel One reported that 12 targets were hit.", "Channel One",
                     id="channel-one"),
        pytest.param("Ukraine's Channel 24 reported that 12 targets were hit.", "Channel 24",
                     id="numbered-channel"),
    ],
)
def test_broadcasters_by_name(pipeline: Pipeline, text: str, source: str) -> None:
    found = attributions(pipeline, text)[0]
    assert (found.source, found.source_type.value) == (source, "media")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param("Debris fell on a depot, the Belgorod region's emergency task force said.",
                     ["Belgorod Oblast Operational Headquarters"], id="region-task-force"),
        pytest.param("Debris fell near Kursk, the Kursk regional operational headquarters said. "
                     "The task force added that no one was hurt.",
                     ["Kursk Oblast Operational Headquarters"] * 2,
                     id="the-task-force-after-headquarters"),
    ],
)
def test_regional_task_force_is_its_operational_headquarters(pipeline: Pipeline, text: str,
                                                             sources: list[str]) -> None:
    assert [a.source for a in attributions(pipeline, text)] == sources


def test_office_before_a_ranked_name_is_the_role(pipeline: Pipeline) -> None:
    found = attributions(pipeline, "The army spokesman, Lt Col Nadav Shoshani, told reporters that a drone "
                                   "hit a house.")[0]
    assert (found.source, found.role) == ("Nadav Shoshani", "Army spokesman")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The Russian Defence Ministry said 30 drones were downed. Its press service said "
                     "two more were jammed.", "Russian Ministry of Defence", id="its-press-service"),
        pytest.param("Governor Vyacheslav Gladkov said two were hurt. His press service later said "
                     "a third man died.", "Vyacheslav Gladkov", id="his-press-service"),
        pytest.param("Hezbollah said it fired rockets at Haifa. Its media office said 40 rockets were fired.",
                     "Hezbollah", id="its-media-office"),
    ],
)
def test_pronoun_press_service_is_its_owner(pipeline: Pipeline, text: str, source: str) -> None:
    found = attributions(pipeline, text)[-1]
    assert (found.source, found.channel) == (source, "press service")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Russian Defence Ministry acknowledged the strike in a statement issued by the "
                     "ministry's press service.", id="statement-issued-by"),
        pytest.param("Governor Gladkov confirmed the attack in a video released by the governor's "
                     "press service.",
                     id="video-released-by"),
    ],
)
def test_statement_of_the_clause_is_no_second_attribution(pipeline: Pipeline, text: str) -> None:
    assert len(attributions(pipeline, text)) == 1


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        pytest.param("Unconfirmed reports on local Telegram channels speak of blasts in Izmail.", "Telegram",
                     id="reports-speak-of"),
        pytest.param("Residents speak of at least six explosions.", None, id="residents-speak-of"),
    ],
)
def test_plural_speak_of(pipeline: Pipeline, text: str, channel: str | None) -> None:
    assert summary(attributions(pipeline, text)) == [("speak of", None, "reported", channel)]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param("The Ukrainian Justice Ministry says bombs struck a prison.",
                     ["Ukrainian Justice Ministry"], id="demonym-topic-ministry"),
        pytest.param("Ukraine's Justice Ministry said 16 inmates died. The ministry added that 35 were hurt.",
                     ["Ukrainian Justice Ministry"] * 2, id="possessive-topic-ministry-then-anaphor"),
        pytest.param("The Russian Transport Ministry said flights resumed.", ["Russian Transport Ministry"],
                     id="transport-ministry"),
    ],
)
def test_a_named_ministry_is_not_the_defence_ministry(pipeline: Pipeline, text: str,
                                                      sources: list[str]) -> None:
    assert [a.source for a in attributions(pipeline, text)] == sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("A drone hit the Kursk nuclear power plant overnight, the plant's press service said.",
                     "Kursk Nuclear Power Plant", id="plant-with-its-kind"),
        pytest.param("A drone hit the Novoshakhtinsk oil refinery. The refinery said the fire was out.",
                     "Novoshakhtinsk Oil Refinery", id="refinery-with-its-kind"),
    ],
)
def test_facility_named_with_its_kind(pipeline: Pipeline, text: str, source: str) -> None:
    assert [a.source for a in attributions(pipeline, text)] == [source]


def test_the_press_service_again_is_its_owner(pipeline: Pipeline) -> None:
    text = ("Gladkov's press service said two people were hurt. Later the press service said a third man "
            "had died.")
    expected = ("said", "Vyacheslav Gladkov", "stated", "press service")
    assert summary(attributions(pipeline, text)) == [expected, expected]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Kursk governor Alexander Khinshtein met Vladimir Putin on Monday. He said two villages "
                     "were shelled.", "Alexander Khinshtein", id="subject-over-object"),
        pytest.param("Iryna Vereshchuk visited Yulia Svyrydenko in Kyiv. She said the shelters were full.",
                     "Iryna Vereshchuk", id="she-subject-over-object"),
    ],
)
def test_pronoun_prefers_the_subject_of_the_sentence_before(pipeline: Pipeline, text: str,
                                                            source: str) -> None:
    assert attributions(pipeline, text)[0].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The Polish armed forces' operational command said jets were scrambled.",
                     "Polish operational command", id="armed-forces-plural-possessive"),
        pytest.param("The Ukrainian army's southern command said 12 drones were downed.",
                     "Ukrainian southern command", id="army-possessive"),
    ],
)
def test_command_of_a_countrys_armed_forces(pipeline: Pipeline, text: str, source: str) -> None:
    assert [a.source for a in attributions(pipeline, text)] == [source]


def test_its_press_office_needs_its_body_in_the_paragraph(pipeline: Pipeline) -> None:
    text = ("The Israeli army said two drones were intercepted.\n\n"
            "Hezbollah did not claim the attack. Its media office said rockets were fired at Haifa.")
    assert [a.source for a in attributions(pipeline, text)] == ["Israeli army", None]
