"""The incident assembler's indexes agree with the plain scans they replace, and long inputs stay linear."""

from __future__ import annotations

import bisect
import time

from incidentkit import Document, Pipeline
from incidentkit.builtin.incidents import IncidentAssembler
from incidentkit.builtin.incidents.assembly import DEFAULT_VOCABULARY, _Doc
from incidentkit.models import Findings, Span

REPORT = (
    "Russian air defences destroyed 12 Ukrainian drones over the Belgorod region overnight, the Defence "
    "Ministry said on Sunday. Governor Vyacheslav Gladkov said a woman was injured in Shebekino, where "
    "debris damaged two houses. Separately, Ukraine's air force said Russia launched 40 Shahed drones and "
    "three Kh-101 cruise missiles at Kyiv, of which 35 drones and all missiles were shot down; the mayor "
    "of Kyiv said one man was killed. "
)


def _found(pipeline: Pipeline, text: str) -> Findings:
    report = pipeline.extract(text)
    return Findings(times=report.times, intervals=report.intervals, locations=report.locations,
                    quantities=report.quantities, attributions=report.attributions)


def _doc(text: str) -> _Doc:
    found = _found(Pipeline(autoload=False, block=["incidents"]), text)
    return _Doc(Document(text=text), found, DEFAULT_VOCABULARY)


def _plain_within(doc: _Doc, kind: str, span: Span) -> list[object]:
    table = doc.by_sent[kind]
    if not table:
        return []
    first, last = doc.sent_of(span.start), doc.sent_of(max(span.start, span.end - 1))
    found: list[object] = []
    for index in range(first, last + 1):
        row = table[index]
        keys = [m.span.start for m in row]
        found.extend(row[bisect.bisect_left(keys, span.start):bisect.bisect_left(keys, span.end)])
    return found


def test_indexes_agree_with_plain_scans() -> None:
    text = REPORT * 3 + "\n\n" + REPORT.replace(" said", " reported") * 2
    doc = _doc(text)
    spans = [*doc.sents, *doc.paras, *(c for row in doc.clauses for c in row),
             *(Span(i, j) for i in range(0, len(text), 37) for j in (i + 1, i + 90, i + 400))]
    for kind in ("locations", "attributions", "quantities", "times", "intervals", "named", "event_times"):
        for span in spans:
            assert doc.within(kind, span) == _plain_within(doc, kind, span)
    for pos in range(0, len(text), 7):
        para = doc.paras[doc._para_of(pos)]
        plain = [a for a in doc.within("named", para)
                 if a.content is not None and a.content.start <= pos < a.content.end]
        assert doc._by_content(doc._para_of(pos), pos) == plain
    for index, sent in enumerate(doc.sents):
        assert doc.sent_of(sent.start) == index
        assert doc.weapons_in(index) == DEFAULT_VOCABULARY.weapon_matches(text, sent.start, sent.end)


def test_one_long_paragraph_stays_near_linear() -> None:
    pipeline = Pipeline(autoload=False, block=["incidents"])
    assembler = IncidentAssembler()
    costs = []
    for copies in (8, 32):
        text = REPORT * copies
        found = _found(pipeline, text)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            list(assembler.extract(Document(text=text), found))
            best = min(best, time.process_time() - start)
        costs.append(best)
    # four times the text: well under sixteen times the cost (generous for a noisy machine)
    assert costs[1] <= max(0.05, costs[0] * 10)
