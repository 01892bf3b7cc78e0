"""Held-out regression guard for incident assembly, run end to end through every built-in stage.

``tests/data/heldout_incidents.jsonl`` holds 47 attack reports in the corpus
styles (agency briefs with datelines, governors' posts, ministry and air force
summaries, liveblogs, longform, analysis, local news), written and annotated
with FORMAT.md incident gold for this test, apart from the corpus the assembler
was built on, and annotated before the pipeline was run on them (``hi-*`` in a
first batch, ``hj-*`` and ``hk-*`` in two more, each written after the previous
batch's fixes). The floors sit a
little under the figures reached; a change that drops below one has made the
assembly (or a stage it depends on) worse on text it was not tuned on.
"""

from __future__ import annotations

import pytest

from incidentkit.scoring import Evaluation

from .heldout import evaluate_heldout

STAGES = ["times", "locations", "quantities", "attribution", "incidents"]


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate_heldout("heldout_incidents.jsonl", ["incidents"], STAGES)


def test_the_set_is_large_enough_to_mean_something(evaluation: Evaluation) -> None:
    assert len(evaluation.documents) >= 47
    assert evaluation.total.fields["incidents.found"].gold >= 115


@pytest.mark.parametrize(("field", "floor"), [
    ("incidents.found", 0.94), ("incidents.exact", 0.78),
])
def test_incidents_found(evaluation: Evaluation, field: str, floor: float) -> None:
    score = evaluation.total.fields[field]
    figures = f"F1 {score.f1:.3f} (P {score.precision:.3f}, R {score.recall:.3f})"
    assert score.f1 >= floor, f"{field} {figures} < {floor}"


@pytest.mark.parametrize(("field", "floor"), [
    ("weapon", 0.96), ("counts", 0.92), ("start", 0.94), ("end", 0.94), ("country", 0.93),
    ("admin1", 0.93), ("admin2", 0.93), ("settlements", 0.88), ("sources", 0.93), ("casualties", 0.92),
])
def test_field_accuracy_on_found_incidents(evaluation: Evaluation, field: str, floor: float) -> None:
    accuracy = evaluation.total.incident_fields[field]
    assert accuracy.value >= floor, f"incidents.{field} accuracy {accuracy.value:.3f} < {floor}"
