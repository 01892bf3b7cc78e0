"""Held-out regression guard for the attribution built-in.

``tests/data/heldout_attributions.jsonl`` holds 77 attack reports written for
this test (wire copy, governor posts, ministry and air-force summaries,
liveblogs, analysis with commentators, denials, claims, hearsay, statements
that could not be verified, and officials the source table does not know),
with FORMAT.md gold for attributions only, annotated before the pipeline was
run on them. The floors sit a little under the figures reached; a change that
drops below one has made the plugin worse on text it was not written for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from incidentkit.corpus import locate, read_corpus

from .heldout import evaluate_heldout

HELD_OUT = Path(__file__).resolve().parent.parent / "data" / "heldout_attributions.jsonl"


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    evaluation = evaluate_heldout("heldout_attributions.jsonl", ["attributions"], ["attribution"])
    return {field: score.f1 for field, score in evaluation.total.fields.items()}


@pytest.mark.parametrize(("field", "floor"), [
    ("attributions.span", 0.98),
    ("attributions.source", 0.97),
    ("attributions.stance", 0.98),
    ("attributions.channel", 0.98),
])
def test_held_out_attribution_f1(scores: dict[str, float], field: str, floor: float) -> None:
    assert scores[field] >= floor, f"{field} F1 {scores[field]:.3f} fell below {floor}"


def test_held_out_file_is_well_formed() -> None:
    """Every cue sits at its offset and every source text is in its report, so a typo cannot pass."""
    records = list(read_corpus(HELD_OUT))
    assert len(records) >= 30
    for record in records:
        text = record["text"]
        items = record["attributions"]
        assert items, record["id"]
        for span, item in zip(locate(text, items, "cue"), items, strict=True):
            assert span is not None and text[span.start:span.end] == item["cue"], (record["id"], item)
            assert item["source_text"] is None or item["source_text"] in text, (record["id"], item)
            assert (item["source"] is None) == (item["source_type"] == "unnamed"), (record["id"], item)
        assert record["times"] == record["locations"] == record["quantities"] == record["incidents"] == []
