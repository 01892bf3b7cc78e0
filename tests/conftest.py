"""Shared fixtures: a tiny set of hand-written extractors covering every stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from incidentkit import (
    Attribution,
    Evidence,
    Incident,
    LocationMention,
    Point,
    QuantityMention,
    Span,
    Stage,
    TimeMention,
    extractor,
)

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
SEED = REPO / "seeds" / "seed.jsonl"

TEXT = "Air defence destroyed 16 drones over Kaluga region at 8:00, Governor Shapsha said."


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


@extractor(name="clock", stage=Stage.TIMES)
def clock(document, found):  # type: ignore[no-untyped-def]
    if "8:00" in document.text:
        yield TimeMention(span=_span(document.text, "8:00"), text="8:00", type="TIME",
                          value="2025-07-20T08:00", granularity="minute",
                          earliest=dt.datetime(2025, 7, 20, 8, tzinfo=dt.timezone.utc))


@extractor(name="kaluga", stage=Stage.LOCATIONS)
def kaluga(document, found):  # type: ignore[no-untyped-def]
    if "Kaluga region" in document.text:
        yield LocationMention(span=_span(document.text, "Kaluga region"), text="Kaluga region",
                              type="admin1", name="Kaluga Oblast", country="RU", admin1="RU-KLU",
                              point=Point(54.4, 36.0))


@extractor(name="drones", stage=Stage.QUANTITIES)
def drones(document, found):  # type: ignore[no-untyped-def]
    if "16 drones" in document.text:
        yield QuantityMention(span=_span(document.text, "16 drones"), text="16 drones", value=16,
                              approx="exact", item="uav", role="destroyed")


@extractor(name="said", stage=Stage.ATTRIBUTION)
def said(document, found):  # type: ignore[no-untyped-def]
    if " said" in document.text:
        yield Attribution(span=_span(document.text, "said"), cue="said", source="Vladislav Shapsha",
                          source_type="person", stance="stated")


@extractor(name="assemble", stage=Stage.INCIDENTS)
def assemble(document, found):  # type: ignore[no-untyped-def]
    for q in found.quantities:
        yield Incident(id=f"inc-{q.span.start}", weapon=q.item, counts={q.role.value: q.value},
                       admin1=[loc.admin1 for loc in found.locations],
                       sources=[a.source for a in found.attributions if a.source],
                       point=found.locations[0].point if found.locations else None,
                       evidence=[Evidence("quantity", q.span)])


TOY_EXTRACTORS = (clock, kaluga, drones, said, assemble)


@pytest.fixture
def toy_extractors() -> tuple[object, ...]:
    return TOY_EXTRACTORS


@pytest.fixture
def no_autoload(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("INCIDENTKIT_DISABLE_PLUGIN_AUTOLOAD", "1")
    return
