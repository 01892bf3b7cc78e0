"""Regression guard: the locations plugin on a held-out set of reports the corpus does not hold.

``tests/data/heldout_locations.jsonl`` has 108 reports written for this test, in nine
batches, each with ``locations`` gold annotated by FORMAT.md's conventions before the
plugin was run on it: Russian regions from Krasnodar Krai to Tatarstan and Leningrad Oblast,
their districts and towns, Ukrainian oblasts in old and new spellings, raions,
hromadas and city districts, Crimea, seas, straits, bridges, air bases and
refineries, misspelt district names, and names that are not places (demonyms,
``US-made``, ``Kyiv Independent``, ``Caspian Pipeline Consortium``). The floors
sit a little under what the plugin reaches, so a change that loses ground fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incidentkit import Pipeline
from incidentkit.scoring import Evaluation, evaluate
from incidentkit.serialize import report_to_dict

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout_locations.jsonl"

#: Floors (F1) for each scored field; measured: span 0.995, resolved 0.985, admin1 0.994.
FLOORS = {"locations.span": 0.98, "locations.resolved": 0.965, "locations.admin1": 0.98}


@pytest.fixture(scope="module")
def gold() -> list[dict[str, object]]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def scores(gold: list[dict[str, object]]) -> Evaluation:
    pipeline = Pipeline(plugins=["incidentkit.builtin.locations"], builtins=False, strict=True,
                        autoload=False)
    predictions = {}
    for record in gold:
        report = pipeline.extract(str(record["text"]), published=str(record["published"]),
                                  id=str(record["id"]))
        predictions[str(record["id"])] = report_to_dict(report)
    return evaluate(gold, predictions, kinds=["locations"])


def test_heldout_set_is_well_formed(gold: list[dict[str, object]]) -> None:
    assert len(gold) >= 108
    for record in gold:
        text = str(record["text"])
        for item in record["locations"]:  # type: ignore[union-attr]
            start = item["offset"]
            assert text[start:start + len(item["text"])] == item["text"], (record["id"], item)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_heldout_scores_stay_above_floor(scores: Evaluation, field: str) -> None:
    score = scores.total.fields[field]
    assert score.f1 >= FLOORS[field], f"{field}: F1 {score.f1:.3f} < {FLOORS[field]} ({score})"


def test_every_heldout_report_is_scored(scores: Evaluation) -> None:
    assert not scores.missing
    worst = min(doc.fields["locations.span"].f1 for doc in scores.documents)
    assert worst >= 0.85
