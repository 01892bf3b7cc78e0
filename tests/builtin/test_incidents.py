"""The built-in incident assembler: engagements, breakdowns, repeats, windows, places, sources, casualties.

Most tests hand the assembler hand-made mentions (in the corpus annotation
format, turned into models by :func:`incidentkit.corpus.gold_report`), so they
test the assembly rules alone, whatever the earlier stages do.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentkit import Document, Findings, Incident, Pipeline, PluginError, Point, Stage, extractor
from incidentkit.builtin import incidents as incidents_plugin
from incidentkit.builtin.incidents import IncidentAssembler, Vocabulary
from incidentkit.corpus import gold_report, read_corpus
from incidentkit.models import LocationMention, Report
from incidentkit.scoring import score_document
from tests.conftest import SHARED_CORPUS

ASSEMBLER = IncidentAssembler()

Time = tuple[str, str, str]  # text, type, value
Place = tuple[str, str, str, str | None, str | None]  # text, type, name, country, admin1
Count = tuple[str, int, str, str, str]  # text, value, approx, item, role
Source = tuple[str, str | None, str | None, str, str]  # cue, source, source text, type, stance


def report(
    text: str,
    published: str | None = "2025-03-02",
    *,
    times: Sequence[Time] = (),
    places: Sequence[Place] = (),
    counts: Sequence[Count] = (),
    sources: Sequence[Source] = (),
) -> Report:
    """A report holding hand-made mentions (k-th annotation = k-th occurrence, as in the corpus)."""
    record: dict[str, Any] = {
        "id": "test",
        "text": text,
        "published": published,
        "times": [{"text": t, "type": ty, "value": v} for t, ty, v in times],
        "locations": [
            {"text": t, "type": ty, "name": n, "country": c, "admin1": a} for t, ty, n, c, a in places
        ],
        "quantities": [
            {"text": t, "value": v, "approx": ap, "item": i, "role": r} for t, v, ap, i, r in counts
        ],
        "attributions": [
            {"cue": c, "source": s, "source_text": st_, "source_type": ty, "stance": sta}
            for c, s, st_, ty, sta in sources
        ],
    }
    return gold_report(record)


def assemble(text: str, published: str | None = "2025-03-02", **mentions: Any) -> list[Incident]:
    built = report(text, published, **mentions)
    return list(ASSEMBLER.extract(built.document, built.findings))


def counts(incident: Incident) -> dict[str, int]:
    return {key.value: value for key, value in incident.counts.items()}


MOD = ("said", "Russian Ministry of Defence", "the Defence Ministry", "organization", "stated")
BRYANSK = ("Bryansk region", "admin1", "Bryansk Oblast", "RU", "RU-BRY")
KALUGA = ("Kaluga region", "admin1", "Kaluga Oblast", "RU", "RU-KLU")
OVERNIGHT = ("overnight", "TIME", "2025-03-02TNI")


# ---------------------------------------------------------------- one engagement


def test_counts_of_one_engagement_sit_together() -> None:
    text = (
        "Russia launched 93 Shahed drones at Ukraine overnight, the Air Force said. "
        "Of these, 80 were shot down and 10 were locationally lost."
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        places=[("Ukraine", "country", "Ukraine", "UA", None)],
        counts=[
            ("93 Shahed drones", 93, "exact", "uav", "launched"),
            ("80", 80, "exact", "uav", "destroyed"),
            ("10", 10, "exact", "uav", "lost"),
        ],
        sources=[("said", "Ukrainian Air Force", "the Air Force", "organization", "stated")],
    )
    assert counts(incident) == {"launched": 93, "destroyed": 80, "lost": 10}
    assert incident.weapon.value == "uav"
    assert (incident.start, incident.end) == ("2025-03-02TNI", "2025-03-02TNI")
    assert incident.country == "UA"
    assert incident.sources == ("Ukrainian Air Force",)
    assert (incident.killed, incident.injured) == (None, None)


def test_headline_lead_and_recap_are_one_engagement() -> None:
    text = (
        "Sixteen drones downed over Kaluga region\n\n"
        "Air defence destroyed 16 drones over the Kaluga region between 8:00 and 12:30, "
        "the Defence Ministry said.\n\n"
        "Residents heard explosions for hours.\n\n"
        "The 16 drones were the largest group this month."
    )
    [incident] = assemble(
        text,
        times=[("8:00", "TIME", "2025-03-02T08:00"), ("12:30", "TIME", "2025-03-02T12:30")],
        places=[KALUGA],
        counts=[
            ("Sixteen drones", 16, "exact", "uav", "destroyed"),
            ("16 drones", 16, "exact", "uav", "destroyed"),
            ("16 drones", 16, "exact", "uav", "destroyed"),
        ],
        sources=[MOD],
    )
    assert counts(incident) == {"destroyed": 16}
    assert (incident.start, incident.end) == ("2025-03-02T08:00", "2025-03-02T12:30")
    assert incident.admin1 == ("RU-KLU",)
    quantities = [e for e in incident.evidence if e.kind == "quantity"]
    assert len(quantities) == 3  # every mention is evidence of the one incident


def test_different_time_windows_are_different_engagements() -> None:
    text = (
        "Air defence destroyed 16 drones over the Kaluga region on Sunday morning. "
        "On the night of March 2, another 93 drones were shot down."
    )
    first, second = assemble(
        text,
        times=[
            ("Sunday morning", "TIME", "2025-03-02TMO"),
            ("the night of March 2", "TIME", "2025-03-02TNI"),
        ],
        places=[KALUGA],
        counts=[
            ("16 drones", 16, "exact", "uav", "destroyed"),
            ("93 drones", 93, "exact", "uav", "destroyed"),
        ],
    )
    assert counts(first) == {"destroyed": 16} and first.start == "2025-03-02TMO"
    assert counts(second) == {"destroyed": 93} and second.start == "2025-03-02TNI"


def test_revised_figure_keeps_the_latest_and_every_source() -> None:
    text = (
        "Air defence destroyed 74 drones overnight, the Air Force said. "
        "It had initially reported 71 drones shot down, commander Oleshchuk wrote."
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        counts=[
            ("74 drones", 74, "exact", "uav", "destroyed"),
            ("71 drones", 71, "exact", "uav", "destroyed"),
        ],
        sources=[
            ("said", "Ukrainian Air Force", "the Air Force", "organization", "stated"),
            ("wrote", "Mykola Oleshchuk", "commander Oleshchuk", "person", "stated"),
        ],
    )
    assert counts(incident) == {"destroyed": 74}
    assert set(incident.sources) == {"Ukrainian Air Force", "Mykola Oleshchuk"}


# ---------------------------------------------------------------- breakdowns


def test_full_regional_breakdown_gives_one_incident_per_region_and_no_total() -> None:
    text = (
        "Air defences destroyed 20 drones overnight, the Defence Ministry said: "
        "10 over the Kaluga region, eight over the Bryansk region "
        "and one each over the Tula and Oryol regions."
    )
    incidents = assemble(
        text,
        times=[OVERNIGHT],
        places=[
            KALUGA,
            BRYANSK,
            ("Tula", "admin1", "Tula Oblast", "RU", "RU-TUL"),
            ("Oryol", "admin1", "Oryol Oblast", "RU", "RU-ORL"),
        ],
        counts=[
            ("20 drones", 20, "exact", "uav", "destroyed"),
            ("10", 10, "exact", "uav", "destroyed"),
            ("eight", 8, "exact", "uav", "destroyed"),
            ("one each", 1, "exact", "uav", "destroyed"),
        ],
        sources=[MOD],
    )
    assert [(i.admin1, counts(i)) for i in incidents] == [
        (("RU-KLU",), {"destroyed": 10}),
        (("RU-BRY",), {"destroyed": 8}),
        (("RU-TUL",), {"destroyed": 1}),
        (("RU-ORL",), {"destroyed": 1}),
    ]
    assert all(
        i.sources == ("Russian Ministry of Defence",) and i.start == "2025-03-02TNI" for i in incidents
    )
    assert all(i.parent is None for i in incidents)  # the total is not kept


def test_partial_breakdown_keeps_the_total_without_places() -> None:
    text = (
        "Air defences destroyed 30 drones over several regions overnight, the Defence Ministry said. "
        "The ministry listed 12 over the Kaluga region and five over the Bryansk region."
    )
    total, kaluga, bryansk = assemble(
        text,
        times=[OVERNIGHT],
        places=[KALUGA, BRYANSK],
        counts=[
            ("30 drones", 30, "exact", "uav", "destroyed"),
            ("12", 12, "exact", "uav", "destroyed"),
            ("five", 5, "exact", "uav", "destroyed"),
        ],
        sources=[MOD, ("listed", "Russian Ministry of Defence", "The ministry", "organization", "stated")],
    )
    assert counts(total) == {"destroyed": 30} and total.admin1 == ()
    assert (kaluga.admin1, counts(kaluga)) == (("RU-KLU",), {"destroyed": 12})
    assert (bryansk.admin1, counts(bryansk)) == (("RU-BRY",), {"destroyed": 5})
    assert kaluga.parent == total.id and bryansk.parent == total.id


def test_figures_given_per_weapon_type_give_one_incident_per_type() -> None:
    text = (
        "Russia launched 13 missiles overnight, the Air Force said. "
        "Bombers fired ten Kh-101 cruise missiles, and nine of them were shot down. "
        "Three Iskander-M ballistic missiles were also launched; one was intercepted. "
        "In total, 10 missiles were destroyed."
    )
    incidents = assemble(
        text,
        times=[OVERNIGHT],
        counts=[
            ("13 missiles", 13, "exact", "missile", "launched"),
            ("ten Kh-101 cruise missiles", 10, "exact", "cruise_missile", "launched"),
            ("nine", 9, "exact", "cruise_missile", "destroyed"),
            ("Three Iskander-M ballistic missiles", 3, "exact", "ballistic_missile", "launched"),
            ("one", 1, "exact", "ballistic_missile", "destroyed"),
            ("10 missiles", 10, "exact", "missile", "destroyed"),
        ],
        sources=[("said", "Ukrainian Air Force", "the Air Force", "organization", "stated")],
    )
    assert [(i.weapon.value, counts(i)) for i in incidents] == [
        ("cruise_missile", {"launched": 10, "destroyed": 9}),
        ("ballistic_missile", {"launched": 3, "destroyed": 1}),
    ]
    assert all("Ukrainian Air Force" in i.sources for i in incidents)


def test_pooled_missile_outcomes_give_one_missile_incident() -> None:
    text = (
        "Russia attacked with 40 missiles overnight, the Air Force said. "
        "Air defences shot down 30 missiles: 26 Kh-101 cruise missiles and four Kh-59 guided missiles."
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        counts=[
            ("40 missiles", 40, "exact", "missile", "launched"),
            ("30 missiles", 30, "exact", "missile", "destroyed"),
            ("26 Kh-101 cruise missiles", 26, "exact", "cruise_missile", "destroyed"),
            ("four Kh-59 guided missiles", 4, "exact", "missile", "destroyed"),
        ],
    )
    assert (incident.weapon.value, counts(incident)) == ("missile", {"launched": 40, "destroyed": 30})


# ---------------------------------------------------------------- attacks without counts


def test_a_drone_hit_counts_one_hit() -> None:
    text = (
        "A drone hit a house in the village of Tetkino overnight, governor Alexei Smirnov said. "
        "No one was hurt."
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        places=[("Tetkino", "settlement", "Tyotkino", "RU", "RU-KRS")],
        counts=[("No one was hurt", 0, "exact", "person", "casualty")],
        sources=[("said", "Alexei Smirnov", "governor Alexei Smirnov", "person", "stated")],
    )
    assert (incident.weapon.value, counts(incident)) == ("uav", {"hit": 1})
    assert incident.settlements == ("Tyotkino",) and incident.admin1 == ("RU-KRS",)
    assert (incident.killed, incident.injured) == (0, 0)


def test_attack_without_a_count_has_empty_counts() -> None:
    text = (
        "Russian forces attacked port facilities in the Odesa region with drones overnight, Oleh Kiper said."
    )
    [incident] = assemble(
        text,
        times=[("overnight", "TIME", "2025-03-02TNI")],
        places=[("Odesa region", "admin1", "Odesa Oblast", "UA", "UA-51")],
        sources=[("said", "Oleh Kiper", "Oleh Kiper", "person", "stated")],
    )
    assert (incident.weapon.value, counts(incident), incident.admin1) == ("uav", {}, ("UA-51",))


@pytest.mark.parametrize(
    "text",
    [
        "Drones have repeatedly targeted the Bryansk region this year.",
        "Kalibr missiles launched from the sea can reach any city in the Bryansk region.",
    ],
)
def test_habits_and_possibilities_are_not_engagements(text: str) -> None:
    assert assemble(text, times=[("this year", "DATE", "2025")], places=[BRYANSK]) == []


def test_weapon_words_without_an_attack_make_no_incident() -> None:
    text = "Analysts said drones are cheaper than missiles. Nobody knows how many the army has."
    assert assemble(text) == []


# ---------------------------------------------------------------- windows


@pytest.mark.parametrize(
    ("sentence", "times", "window"),
    [
        (
            "Four drones were destroyed between 9:15 and 11:40 over the Kaluga region.",
            [("9:15", "TIME", "2025-03-02T09:15"), ("11:40", "TIME", "2025-03-02T11:40")],
            ("2025-03-02T09:15", "2025-03-02T11:40"),
        ),
        (
            "Four drones were destroyed over the Kaluga region on the night of March 1-2.",
            [("the night of March 1-2", "TIME", "2025-03-02TNI")],
            ("2025-03-02TNI", "2025-03-02TNI"),
        ),
        (
            "Four drones were destroyed over the Kaluga region in the past 24 hours.",
            [("the past 24 hours", "DURATION", "PT24H")],
            ("2025-03-01", "2025-03-02"),
        ),
        (
            "Four drones were destroyed over the Kaluga region overnight and into Sunday morning.",
            [("overnight", "TIME", "2025-03-02TNI"), ("Sunday morning", "TIME", "2025-03-02TMO")],
            ("2025-03-02TNI", "2025-03-02TMO"),
        ),
        (
            "Four drones were destroyed over the Kaluga region, the ministry said on Sunday.",
            [("Sunday", "DATE", "2025-03-02")],
            ("2025-03-02", "2025-03-02"),
        ),
        ("Four drones were destroyed over the Kaluga region.", [], (None, None)),
    ],
)
def test_time_window(sentence: str, times: list[Time], window: tuple[str | None, str | None]) -> None:
    [incident] = assemble(
        sentence, times=times, places=[KALUGA], counts=[("Four drones", 4, "exact", "uav", "destroyed")]
    )
    assert (incident.start, incident.end) == window


def test_reporting_day_gives_way_to_the_event_time() -> None:
    text = "Two drones were shot down over the Kaluga region overnight, the ministry said on Sunday morning."
    [incident] = assemble(
        text,
        times=[OVERNIGHT, ("Sunday morning", "TIME", "2025-03-02TMO")],
        places=[KALUGA],
        counts=[("Two drones", 2, "exact", "uav", "destroyed")],
        sources=[("said", "Russian Ministry of Defence", "the ministry", "organization", "stated")],
    )
    assert incident.start == "2025-03-02TNI"


def test_window_is_inherited_from_the_lead() -> None:
    text = (
        "Drones attacked the Bryansk region overnight, the Defence Ministry said.\n\n"
        "Six drones were destroyed near the border."
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        places=[BRYANSK],
        counts=[("Six drones", 6, "exact", "uav", "destroyed")],
        sources=[MOD],
    )
    assert (incident.start, incident.end) == ("2025-03-02TNI", "2025-03-02TNI")
    assert "Russian Ministry of Defence" in incident.sources


def test_no_time_is_null_not_the_publication_date() -> None:
    [incident] = assemble(
        "Two drones were shot down over the Bryansk region.",
        published="2025-03-02",
        places=[BRYANSK],
        counts=[("Two drones", 2, "exact", "uav", "destroyed")],
    )
    assert (incident.start, incident.end) == (None, None)


# ---------------------------------------------------------------- places


def test_district_and_settlement_with_their_region() -> None:
    text = "A shell hit a house in the village of Volfino in the Glushkovsky district on Sunday."
    [incident] = assemble(
        text,
        times=[("Sunday", "DATE", "2025-03-02")],
        places=[
            ("Volfino", "settlement", "Volfino", "RU", "RU-KRS"),
            ("Glushkovsky district", "admin2", "Glushkovsky District", "RU", "RU-KRS"),
        ],
    )
    assert (incident.weapon.value, counts(incident)) == ("shell", {"hit": 1})
    assert incident.admin1 == ("RU-KRS",)
    assert incident.admin2 == ("Glushkovsky District",)
    assert incident.settlements == ("Volfino",)


def test_governor_region_only_when_nothing_more_specific() -> None:
    text = "Kaluga region governor Vladislav Shapsha reported two drones destroyed overnight."
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        places=[KALUGA],
        counts=[("two drones", 2, "exact", "uav", "destroyed")],
        sources=[("reported", "Vladislav Shapsha", "governor Vladislav Shapsha", "person", "stated")],
    )
    assert incident.admin1 == ("RU-KLU",)

    text = "Bryansk region governor Alexander Bogomaz said two drones were shot down over the Kursk region."
    [incident] = assemble(
        text,
        places=[BRYANSK, ("Kursk region", "admin1", "Kursk Oblast", "RU", "RU-KRS")],
        counts=[("two drones", 2, "exact", "uav", "destroyed")],
        sources=[("said", "Alexander Bogomaz", "governor Alexander Bogomaz", "person", "stated")],
    )
    assert incident.admin1 == ("RU-KRS",)


def test_launch_sites_are_not_where_it_happened() -> None:
    text = (
        "Russia launched 20 drones from the Bryansk region overnight; 18 were shot down over the Sumy region."
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        places=[BRYANSK, ("Sumy region", "admin1", "Sumy Oblast", "UA", "UA-59")],
        counts=[("20 drones", 20, "exact", "uav", "launched"), ("18", 18, "exact", "uav", "destroyed")],
    )
    assert incident.admin1 == ("UA-59",)
    assert incident.country == "UA"


def test_point_is_the_most_precise_place() -> None:
    text = "A drone hit a house in Tetkino in the Kursk region overnight."
    built = report(
        text,
        times=[OVERNIGHT],
        places=[
            ("Tetkino", "settlement", "Tyotkino", "RU", "RU-KRS"),
            ("Kursk region", "admin1", "Kursk Oblast", "RU", "RU-KRS"),
        ],
    )
    located = [
        LocationMention(
            span=m.span,
            text=m.text,
            type=m.type,
            name=m.name,
            country=m.country,
            admin1=m.admin1,
            point=Point(51.28, 34.28) if m.type.value == "settlement" else Point(51.7, 36.2),
        )
        for m in built.locations
    ]
    findings = Findings(times=built.times, locations=tuple(located))
    [incident] = ASSEMBLER.extract(built.document, findings)
    assert incident.point == Point(51.28, 34.28)


# ---------------------------------------------------------------- sources and casualties


def test_sources_from_several_statements_and_casualties_latest_at_least() -> None:
    text = (
        "Two missiles hit Chernihiv on Wednesday morning, regional head Viacheslav Chaus said. "
        "Later, Interior Minister Ihor Klymenko reported 11 people dead and 22 wounded. "
        "By the evening, at least 17 people had been killed and 60 injured, including three children, "
        "the State Emergency Service said."
    )
    [incident] = assemble(
        text,
        times=[("Wednesday morning", "TIME", "2025-03-02TMO")],
        places=[("Chernihiv", "settlement", "Chernihiv", "UA", "UA-74")],
        counts=[
            ("Two missiles", 2, "exact", "missile", "hit"),
            ("11 people", 11, "exact", "person", "killed"),
            ("22", 22, "exact", "person", "injured"),
            ("17 people", 17, "at_least", "person", "killed"),
            ("60", 60, "exact", "person", "injured"),
            ("three children", 3, "exact", "person", "injured"),
        ],
        sources=[
            ("said", "Viacheslav Chaus", "regional head Viacheslav Chaus", "person", "stated"),
            ("reported", "Ihor Klymenko", "Interior Minister Ihor Klymenko", "person", "stated"),
            (
                "said",
                "State Emergency Service of Ukraine",
                "the State Emergency Service",
                "organization",
                "stated",
            ),
        ],
    )
    assert (incident.killed, incident.injured) == (17, 60)
    assert set(incident.sources) == {
        "Viacheslav Chaus",
        "Ihor Klymenko",
        "State Emergency Service of Ukraine",
    }


def test_unnamed_sources_are_not_listed() -> None:
    text = "Two drones reportedly hit an oil depot in the Oryol region overnight."
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        places=[("Oryol region", "admin1", "Oryol Oblast", "RU", "RU-ORL")],
        counts=[("Two drones", 2, "exact", "uav", "hit")],
        sources=[("reportedly", None, None, "unnamed", "reported")],
    )
    assert incident.sources == ()


def test_no_casualties_is_zero_and_silence_is_null() -> None:
    text = (
        "Three drones were destroyed over the Kaluga region overnight. There were no casualties.\n\n"
        "On March 1, five drones were destroyed over the Bryansk region."
    )
    kaluga, bryansk = assemble(
        text,
        times=[OVERNIGHT, ("March 1", "DATE", "2025-03-01")],
        places=[KALUGA, BRYANSK],
        counts=[
            ("Three drones", 3, "exact", "uav", "destroyed"),
            ("no casualties", 0, "exact", "person", "casualty"),
            ("five drones", 5, "exact", "uav", "destroyed"),
        ],
    )
    assert (kaluga.killed, kaluga.injured) == (0, 0)
    assert (bryansk.killed, bryansk.injured) == (None, None)


# ---------------------------------------------------------------- identity, evidence, robustness


def test_ids_are_stable_content_hashes() -> None:
    text = (
        "Three drones were destroyed over the Kaluga region overnight. Two more fell over the Bryansk region."
    )
    mentions: dict[str, Any] = {
        "times": [OVERNIGHT],
        "places": [KALUGA, BRYANSK],
        "counts": [("Three drones", 3, "exact", "uav", "destroyed"), ("Two", 2, "exact", "uav", "destroyed")],
    }
    first = assemble(text, **mentions)
    again = assemble(text, **mentions)
    assert [i.id for i in first] == [i.id for i in again]
    assert len({i.id for i in first}) == len(first) == 2
    other = assemble(
        text.replace("overnight", "last night"),
        **{**mentions, "times": [("last night", "TIME", "2025-03-02TNI")]},
    )
    assert {i.id for i in other}.isdisjoint({i.id for i in first})


def test_evidence_points_at_the_mentions_used() -> None:
    text = "Air defence destroyed 16 drones over the Kaluga region overnight, the Defence Ministry said."
    built = report(
        text,
        times=[OVERNIGHT],
        places=[KALUGA],
        counts=[("16 drones", 16, "exact", "uav", "destroyed")],
        sources=[MOD],
    )
    [incident] = ASSEMBLER.extract(built.document, built.findings)
    kinds = {e.kind: text[e.span.start : e.span.end] for e in incident.evidence}
    assert kinds == {
        "quantity": "16 drones",
        "location": "Kaluga region",
        "time": "overnight",
        "attribution": "said",
    }


def test_no_mentions_no_incidents() -> None:
    assert list(ASSEMBLER.extract(Document(text="Nothing happened today."), Findings())) == []


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=400).filter(lambda t: t.strip()))
def test_arbitrary_text_never_raises(text: str) -> None:
    document = Document(text=text)
    findings = Findings()
    assert list(ASSEMBLER.extract(document, findings)) == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Three drones were destroyed.",
                "A missile hit a house.",
                "Shells fell.",
                "Two more drones were shot down.",
                "Debris fell on a school.",
                "\n\n",
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_arbitrary_reports_give_valid_incidents(parts: list[str]) -> None:
    text = " ".join(parts)
    if not text.strip():
        return
    counts_ = [
        (m, 3 if m.startswith("Three") else 2, "exact", "uav", "destroyed")
        for m in ("Three drones", "Two")
        if m in text
    ]
    mentions: dict[str, Any] = {"counts": counts_[:1]}
    built = report(text, **mentions)
    incidents = list(ASSEMBLER.extract(built.document, built.findings))
    for incident in incidents:
        for evidence in incident.evidence:
            assert 0 <= evidence.span.start < evidence.span.end <= len(text)
    assert len({i.id for i in incidents}) == len(incidents)


def test_one_assembler_serves_many_threads() -> None:
    text = "Three drones were destroyed over the Kaluga region overnight. No one was hurt."
    built = report(
        text,
        times=[OVERNIGHT],
        places=[KALUGA],
        counts=[
            ("Three drones", 3, "exact", "uav", "destroyed"),
            ("No one was hurt", 0, "exact", "person", "casualty"),
        ],
    )
    expected = list(ASSEMBLER.extract(built.document, built.findings))
    results: list[list[Incident]] = []

    def work() -> None:
        for _ in range(20):
            results.append(list(ASSEMBLER.extract(built.document, built.findings)))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == expected for result in results)


# ---------------------------------------------------------------- plugin, options, replacement


def test_plugin_registers_the_assembler_for_the_incidents_stage() -> None:
    pipeline = Pipeline(plugins=[incidents_plugin], builtins=False, autoload=False)
    [spec] = pipeline.extractors
    assert (spec.name, spec.stage) == ("incidents", Stage.INCIDENTS)


def test_options_extend_the_weapon_words() -> None:
    text = "A loitering munition smashed into a tank near the Zaporizhzhia region overnight."
    built = report(
        text,
        times=[OVERNIGHT],
        places=[("Zaporizhzhia region", "admin1", "Zaporizhzhia Oblast", "UA", "UA-23")],
    )
    assert list(ASSEMBLER.extract(built.document, built.findings)) == []
    vocabulary = Vocabulary().extended(
        {"weapon_words": {"loitering\\s+munitions?": "uav"}, "attack_words": ["smashed"]}
    )
    [incident] = IncidentAssembler(vocabulary).extract(built.document, built.findings)
    assert (incident.weapon.value, incident.admin1) == ("uav", ("UA-23",))
    pipeline = Pipeline(
        plugins=[incidents_plugin],
        builtins=False,
        autoload=False,
        options={"incidents": {"weapon_words": {"glide\\s+munitions?": "guided_bomb"}}},
    )
    [spec] = pipeline.extractors
    assert isinstance(spec.extractor, IncidentAssembler)
    assert spec.extractor.vocabulary.weapon_matches("two glide munitions", 0, 19)[0][2].value == "guided_bomb"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"weapon_word": {}}, "unknown option"),
        ({"weapon_words": ["drones"]}, "must map patterns"),
        ({"weapon_words": {"drones": "kite"}}, "kite"),
        ({"attack_words": "smashed"}, "list of patterns"),
        ({"attack_words": ["(unclosed"]}, "does not compile"),
    ],
)
def test_bad_options_fail_loudly(options: dict[str, Any], message: str) -> None:
    with pytest.raises(PluginError, match=message):
        Pipeline(
            plugins=[incidents_plugin],
            builtins=False,
            autoload=False,
            options={"incidents": options},
            strict=True,
        )


def test_a_plugin_can_replace_the_assembler() -> None:
    @extractor(name="one-per-count", stage=Stage.INCIDENTS)
    def one_per_count(document: Document, found: Findings) -> list[Incident]:
        return [
            Incident(id=f"q{n}", weapon=q.item, counts={q.role.value: q.value})
            for n, q in enumerate(found.quantities)
            if q.role.value == "destroyed"
        ]

    pipeline = Pipeline(
        plugins=[incidents_plugin, one_per_count], builtins=False, autoload=False, block=["incidents"]
    )
    assert [spec.name for spec in pipeline.extractors] == ["one-per-count"]


# ---------------------------------------------------------------- the seed and the corpus


def _corpus(name: str) -> list[dict[str, Any]]:
    path = SHARED_CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return list(read_corpus(path))


def test_seed_gives_exactly_its_two_incidents() -> None:
    [record] = [r for r in _corpus("dev.jsonl") if r["id"] == "seed-000"]
    built = gold_report(record)
    found = Findings(
        times=built.times,
        locations=built.locations,
        quantities=built.quantities,
        attributions=built.attributions,
    )
    predicted = Report(
        document=built.document,
        times=built.times,
        locations=built.locations,
        quantities=built.quantities,
        attributions=built.attributions,
        incidents=tuple(ASSEMBLER.extract(built.document, found)),
    )
    score = score_document(record, predicted.to_dict(), kinds=["incidents"])
    assert score.fields["incidents.found"].f1 == 1.0
    assert score.fields["incidents.exact"].tp == 2
    first, second = predicted.incidents
    assert first.admin2 == (
        "Borovsky District",
        "Duminichsky District",
        "Ulyanovsky District",
        "Tarussky District",
    )
    assert second.sources == ()


def test_corpus_figures_on_gold_mentions() -> None:
    """Guards the measured quality (FORMAT.md scoring) against regressions."""
    records = [r for name in ("dev.jsonl", "dev-a.jsonl", "dev-b.jsonl") for r in _corpus(name)]
    from incidentkit.scoring import DocumentScore

    total = DocumentScore()
    for record in records:
        built = gold_report(record)
        found = Findings(
            times=built.times,
            locations=built.locations,
            quantities=built.quantities,
            attributions=built.attributions,
        )
        incidents = tuple(ASSEMBLER.extract(built.document, found))
        predicted = Report(document=built.document, incidents=incidents).to_dict()
        total.add(score_document(record, predicted, kinds=["incidents"]))
    assert total.fields["incidents.found"].f1 >= 0.9
    for name in ("weapon", "counts", "start", "end", "admin1", "sources"):
        assert total.incident_fields[name].value >= 0.85, name
    for name in ("admin2", "casualties"):
        assert total.incident_fields[name].value >= 0.75, name


# ---------------------------------------------------------------- more assembly rules


def test_coordinated_counts_share_the_places_that_follow() -> None:
    text = (
        "Russia fired 40 missiles and 70 drones at Ukraine overnight, targeting energy facilities "
        "in the Lviv and Kharkiv regions."
    )
    missiles, drones = assemble(
        text,
        times=[OVERNIGHT],
        places=[
            ("Ukraine", "country", "Ukraine", "UA", None),
            ("Lviv", "admin1", "Lviv Oblast", "UA", "UA-46"),
            ("Kharkiv", "admin1", "Kharkiv Oblast", "UA", "UA-63"),
        ],
        counts=[
            ("40 missiles", 40, "exact", "missile", "launched"),
            ("70 drones", 70, "exact", "uav", "launched"),
        ],
    )
    assert missiles.admin1 == drones.admin1 == ("UA-46", "UA-63")


def test_more_drones_elsewhere_are_a_new_engagement() -> None:
    text = (
        "A drone hit a car in Shebekino on Monday morning, governor Vyacheslav Gladkov said. "
        "Two more drones were shot down over the Belgorod district."
    )
    first, second = assemble(
        text,
        times=[("Monday morning", "TIME", "2025-03-02TMO")],
        places=[
            ("Shebekino", "settlement", "Shebekino", "RU", "RU-BEL"),
            ("Belgorod district", "admin2", "Belgorodsky District", "RU", "RU-BEL"),
        ],
        counts=[("Two more drones", 2, "exact", "uav", "destroyed")],
        sources=[("said", "Vyacheslav Gladkov", "governor Vyacheslav Gladkov", "person", "stated")],
    )
    assert (counts(first), first.settlements) == ({"hit": 1}, ("Shebekino",))
    assert (counts(second), second.admin2) == ({"destroyed": 2}, ("Belgorodsky District",))


def test_no_casualties_covers_every_engagement_of_the_attack() -> None:
    text = (
        "Russia launched 30 drones and four ballistic missiles at Ukraine overnight.\n\n"
        "No one was killed or injured, the Air Force said. Regional authorities reported that attacks across "
        "the country had killed two people in the past 24 hours."
    )
    drones, missiles = assemble(
        text,
        times=[OVERNIGHT, ("the past 24 hours", "DURATION", "PT24H")],
        counts=[
            ("30 drones", 30, "exact", "uav", "launched"),
            ("four ballistic missiles", 4, "exact", "ballistic_missile", "launched"),
            ("No one was killed or injured", 0, "exact", "person", "casualty"),
            ("two people", 2, "exact", "person", "killed"),
        ],
    )
    assert (drones.killed, drones.injured) == (missiles.killed, missiles.injured) == (0, 0)


def test_the_city_means_the_report_s_own_place() -> None:
    text = (
        "Odesa came under attack again on Friday.\n\n"
        "Three drones were shot down over the city, the Southern Defence Forces said."
    )
    [incident] = assemble(
        text,
        times=[("Friday", "DATE", "2025-02-28")],
        places=[("Odesa", "settlement", "Odesa", "UA", "UA-51")],
        counts=[("Three drones", 3, "exact", "uav", "destroyed")],
        sources=[
            (
                "said",
                "Southern Defence Forces of Ukraine",
                "the Southern Defence Forces",
                "organization",
                "stated",
            )
        ],
    )
    assert (incident.admin1, incident.settlements) == (("UA-51",), ("Odesa",))
    assert incident.start == "2025-02-28"


def test_liveblog_stamp_is_the_last_resort_window() -> None:
    text = (
        "Drone attack on Moscow: live\n\n"
        "02:40 — Mayor Sergei Sobyanin says air defences shot down three drones approaching the capital."
    )
    [incident] = assemble(
        text,
        times=[("02:40", "TIME", "2025-03-02T02:40")],
        counts=[("three drones", 3, "exact", "uav", "destroyed")],
        sources=[("says", "Sergei Sobyanin", "Mayor Sergei Sobyanin", "person", "stated")],
    )
    assert (incident.start, incident.end) == ("2025-03-02T02:40", "2025-03-02T02:40")


def test_shelling_is_a_shell_attack_unless_rockets_are_named() -> None:
    text = (
        "Ukrainian shelling killed one civilian in the town of Vasylivka on Sunday, governor Balitsky said."
    )
    [incident] = assemble(
        text,
        times=[("Sunday", "DATE", "2025-03-02")],
        places=[("Vasylivka", "settlement", "Vasylivka", "UA", "UA-23")],
        counts=[("one civilian", 1, "exact", "person", "killed")],
    )
    assert (incident.weapon.value, counts(incident), incident.killed) == ("shell", {}, 1)

    text = (
        "Gladkov reported renewed overnight shelling of Shebekino. Ukrainian forces fired Grad "
        "rockets at the town at midnight and again at 3:40."
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT, ("midnight", "TIME", "2025-03-02T00:00"), ("3:40", "TIME", "2025-03-02T03:40")],
        places=[("Shebekino", "settlement", "Shebekino", "RU", "RU-BEL")],
    )
    assert incident.weapon.value == "rocket"
    assert (incident.start, incident.end) == ("2025-03-02T00:00", "2025-03-02T03:40")
