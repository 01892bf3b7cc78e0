"""Round 7: attribution constructions found misread on fresh, unseen reports."""

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
    return [(a.cue, a.source, a.source_type.value) for a in items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Institute for the Study of War (ISW) said the launches rose. ISW added that "
                     "decoys were used.",
                     [("said", "Institute for the Study of War", "organization"),
                      ("added", "Institute for the Study of War", "organization")], id="defined-then-alone"),
        pytest.param("A ship was hit, the Joint Coordination Centre (JCC) said. According to the JCC, "
                     "no one was hurt.",
                     [("said", "Joint Coordination Centre", "organization"),
                      ("According to", "Joint Coordination Centre", "organization")],
                     id="according-to-acronym"),
        pytest.param("A tally by the Centre for Information Resilience (CIR) counted 400 drones. The CIR "
                     "said most were decoys.",
                     [("said", "Centre for Information Resilience", "organization")],
                     id="defined-outside-a-cue"),
        pytest.param("JCC said the port was shut. The Joint Coordination Centre (JCC) opened in 2022. "
                     "The JCC later said it was open again.",
                     [("said", "JCC", "organization"), ("said", "Joint Coordination Centre", "organization")],
                     id="only-after-the-definition"),
    ],
)
def test_acronym_defined_in_brackets_is_the_body(pipeline: Pipeline, text: str,
                                                 expected: list[tuple[Any, ...]]) -> None:
    assert sources(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The IDF said 12 drones were intercepted.", "Israel Defense Forces", id="idf"),
        pytest.param("The IRGC claimed that its missiles hit their targets.",
                     "Islamic Revolutionary Guard Corps", id="irgc"),
        pytest.param("CENTCOM said seven drones were shot down.", "US Central Command", id="centcom"),
        pytest.param("U.S. Central Command said seven drones were shot down.", "US Central Command",
                     id="us-central-command"),
        pytest.param("The MChS said the fire at the depot was put out.",
                     "Russian Ministry of Emergency Situations", id="mchs"),
        pytest.param("Nato said it was monitoring the airspace.", "NATO", id="nato"),
        pytest.param("The SES said 40 rescuers were at the site.", "State Emergency Service of Ukraine",
                     id="ses"),
    ],
)
def test_well_known_acronyms_alone(pipeline: Pipeline, text: str, source: str) -> None:
    assert [a.source for a in attributions(pipeline, text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Al Jazeera reported that three people were killed.", "Al Jazeera", id="al-jazeera"),
        pytest.param("Al Arabiya said the strike hit a base.", "Al Arabiya", id="al-arabiya"),
        pytest.param("Haaretz reported that sirens sounded in Eilat.", "Haaretz", id="haaretz"),
        pytest.param("The Times of Israel reported that sirens sounded in Eilat.", "Times of Israel",
                     id="times-of-israel"),
        pytest.param("Tasnim reported explosions near Isfahan.", "Tasnim", id="tasnim"),
        pytest.param("Fars reported that air defences were active over Tehran.", "Fars", id="fars"),
        pytest.param("The NYT reported that the drones were Iranian-made.", "New York Times", id="nyt"),
        pytest.param("Mediazona said 30 soldiers were killed.", "Mediazona", id="mediazona"),
    ],
)
def test_outlets_are_media(pipeline: Pipeline, text: str, source: str) -> None:
    [found] = attributions(pipeline, text)
    assert (found.source, found.source_type.value) == (source, "media")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Kremlin spokesman Dmitry Peskov declined to comment. A spokesperson for the US State "
                     "Department said the department was aware of the reports.",
                     [("said", None, "unnamed")], id="a-spokesperson-for-another-body"),
        pytest.param("Magen David Adom spokesman Zaki Heller said two people were hurt. An IDF spokesman "
                     "said most missiles were intercepted.",
                     [("said", "Zaki Heller", "person"), ("said", None, "unnamed")], id="an-idf-spokesman"),
        pytest.param("Magen David Adom spokesman Zaki Heller said two people were hurt. The IDF spokesman "
                     "said most missiles were intercepted.",
                     [("said", "Zaki Heller", "person"), ("said", None, "unnamed")],
                     id="the-spokesman-of-another-body"),
    ],
)
def test_role_of_another_body_or_indefinite_is_not_the_person_named_before(
        pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert sources(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A spokesman for the city council said it was aware of the reports.",
                     id="of-the-reports"),
        pytest.param("A spokeswoman for the regional council said it had seen these claims.",
                     id="these-claims"),
    ],
)
def test_verb_form_after_a_determiner_is_a_noun(pipeline: Pipeline, text: str) -> None:
    assert [a.cue for a in attributions(pipeline, text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("George Barros of the Institute for the Study of War said the strikes grew.",
                     "George Barros", id="person-of-institute"),
        pytest.param("Justin Crump of the consultancy Sibylline said the drones were cheap.", "Justin Crump",
                     id="person-of-described-company"),
        pytest.param("Anna Petrova from the Centre for Eastern Studies wrote that decoys were used.",
                     "Anna Petrova", id="person-from-centre"),
    ],
)
def test_person_of_a_body_is_the_person(pipeline: Pipeline, text: str, source: str) -> None:
    [found] = attributions(pipeline, text)
    assert (found.source, found.source_type.value) == (source, "person")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        pytest.param("Governor Oleh Kiper, speaking to Suspilne, said two people were hurt.", "Suspilne",
                     id="inserted-outlet"),
        pytest.param("Speaking to the BBC, the mayor said the shelter was full.", "BBC", id="leading-outlet"),
        pytest.param("Two people were hurt, the mayor said, speaking to the Financial Times.",
                     "Financial Times", id="trailing-newspaper"),
    ],
)
def test_speaking_to_an_outlet_is_the_channel(pipeline: Pipeline, text: str, channel: str) -> None:
    assert [a.channel for a in attributions(pipeline, text)] == [channel]


def summary(items: list[Attribution]) -> list[tuple[Any, ...]]:
    return [(a.cue, a.source, a.source_type.value, a.stance.value) for a in items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Three guided bombs hit the city, head of the OVA Ivan Fedorov informed.",
                     [("informed", "Ivan Fedorov", "person", "stated")], id="informed-inverted"),
        pytest.param("As Suspilne correspondents informed, sirens sounded twice.",
                     [("informed", "Suspilne", "media", "stated")], id="as-correspondents-informed"),
        pytest.param("Regional police informed that two cars had burnt out.",
                     [("informed", None, "unnamed", "reported")], id="informed-that"),
    ],
)
def test_informed_reports(pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text, published="2025-09-30")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A woman was injured in Tetkino, this was reported by the head of the district, "
                     "Pavel Zolotarev.", [("reported", "Pavel Zolotarev", "person", "stated")],
                     id="role-then-name"),
        pytest.param("The video was published by the head of the community, Oleh Bondar.",
                     [("published", "Oleh Bondar", "person", "stated")], id="published-by-role-then-name"),
    ],
)
def test_passive_agent_role_then_name(pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Iranian state television reported that a base was hit.",
                     [("reported", None, "unnamed", "reported")], id="state-television"),
        pytest.param("Russian state TV reported that a base was hit.",
                     [("reported", None, "unnamed", "reported")], id="state-tv"),
        pytest.param("Yemen's Houthi rebels claimed Sunday to have launched drones at the carrier.",
                     [("claimed", "Houthis", "organization", "claimed")], id="houthi-rebels"),
        pytest.param("The rebels said they had fired two missiles.",
                     [("said", None, "unnamed", "reported")], id="rebels"),
    ],
)
def test_groups_and_unnamed_broadcasters(pipeline: Pipeline, text: str,
                                         expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text)) == expected


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline(autoload=False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rescue services in Bat Yam say six people were killed.", id="group-in-two-word-town"),
        pytest.param("Medics in Tel Aviv say two people were hurt.", id="medics-in-tel-aviv"),
    ],
)
def test_a_place_the_location_stage_found_is_no_person(full: Pipeline, text: str) -> None:
    assert summary(attributions(full, text)) == [("say", None, "unnamed", "reported")]


@pytest.mark.parametrize(
    ("text", "channels"),
    [
        pytest.param("Meduza, citing Russian Telegram channels, reported that a depot was on fire.",
                     ["Telegram", None], id="cited-telegram-is-not-the-outlets"),
        pytest.param("The outlet Verstka, citing Telegram channels, wrote that a depot was on fire.",
                     ["Telegram", None], id="described-outlet"),
        pytest.param("Magen David Adom spokesman Zaki Heller told Army Radio that rescuers were searching.",
                     ["Army Radio"], id="told-name-radio"),
        pytest.param("The governor told Rossiya TV that the shelter was hit.", ["Rossiya TV"],
                     id="told-name-tv"),
    ],
)
def test_channel_of_the_clause(pipeline: Pipeline, text: str, channels: list[str | None]) -> None:
    assert [a.channel for a in attributions(pipeline, text)] == channels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The information has not yet been officially confirmed.",
                     [("not yet been officially confirmed", None, "unnamed", "uncorroborated")],
                     id="not-yet-officially-confirmed"),
        pytest.param("The regional administration of the Kursk region reported that a woman was killed.",
                     [("reported", "Kursk Oblast Administration", "organization", "stated")],
                     id="administration-of-the-region"),
        pytest.param("The government of the Belgorod region said schools were closed.",
                     [("said", "Government of Belgorod Oblast", "organization", "stated")],
                     id="government-of-the-region"),
        pytest.param("The ministry said 20 drones were downed. The statement reads: \"All targets hit.\"",
                     [("said", "Russian Ministry of Defence", "organization", "stated"),
                      ("reads", "Russian Ministry of Defence", "organization", "stated")],
                     id="the-statement-reads"),
    ],
)
def test_official_wording(pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The health ministry said five people were killed.", "Health ministry",
                     id="health-ministry"),
        pytest.param("The Russian Defence Ministry said 20 drones were downed. The energy ministry said two "
                     "substations were hit.", "Russian energy ministry", id="not-the-ministry-named-last"),
        pytest.param("Lebanon's health ministry said 23 people were killed.", "Lebanese health ministry",
                     id="possessive-country"),
        pytest.param("The Syrian health ministry said five people died.", "Syrian health ministry",
                     id="demonym"),
        pytest.param("Syria's defence ministry said three drones were downed.", "Syrian Ministry of Defence",
                     id="possessive-defence-ministry"),
    ],
)
def test_ministry_of_a_topic_is_not_the_defence_ministry(pipeline: Pipeline, text: str, source: str) -> None:
    assert attributions(pipeline, text)[-1].source == source


def test_al_manar_is_media(pipeline: Pipeline) -> None:
    [found] = attributions(pipeline, "Al-Manar, the television station affiliated with Hezbollah, reported "
                                     "that jets struck the suburbs.")
    assert (found.source, found.source_type.value) == ("Al-Manar", "media")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("According to Tkachenko's deputy, Petro Panteleyev, the figures could still rise.",
                     "Petro Panteleyev", id="according-to-deputy-then-name"),
    ],
)
def test_deputy_followed_by_a_name_is_that_person(pipeline: Pipeline, text: str, source: str) -> None:
    assert [a.source for a in attributions(pipeline, text)] == [source]
