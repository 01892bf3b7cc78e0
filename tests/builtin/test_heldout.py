"""Held-out regression guard for the times and quantities built-ins.

``tests/data/heldout_times.jsonl`` holds short general-news passages in
TimeBank/TempEval-3 style with TimeML TIMEX3 gold; ``heldout_reports.jsonl``
holds attack reports with FORMAT.md gold for times and quantities only. Both
were written and annotated for this test, apart from the corpus the plugins were
built on, so the figures say how the rules carry over to new text. The floors
sit a little under the figures reached; a change that drops below one has made
the plugins worse on text they were not tuned on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incidentkit import Pipeline
from incidentkit.corpus import read_corpus
from incidentkit.models import Report
from incidentkit.scoring import evaluate
from incidentkit.serialize import report_to_dict

DATA = Path(__file__).resolve().parent.parent / "data"
PLUGINS = ["incidentkit.builtin.times", "incidentkit.builtin.quantities"]


def _scores(name: str, kinds: list[str]) -> dict[str, float]:
    gold = list(read_corpus(DATA / name))
    pipeline = Pipeline(plugins=PLUGINS, builtins=False, strict=True)
    predictions: dict[str, dict[str, Any]] = {}
    for record in gold:
        report = pipeline.extract(record["text"], published=record["published"])
        assert isinstance(report, Report)
        predictions[str(record["id"])] = report_to_dict(report)
    evaluation = evaluate(gold, predictions, kinds=kinds)
    return {field: score.f1 for field, score in evaluation.total.fields.items()}


@pytest.fixture(scope="module")
def general_news() -> dict[str, float]:
    return _scores("heldout_times.jsonl", ["times"])


@pytest.fixture(scope="module")
def attack_reports() -> dict[str, float]:
    return _scores("heldout_reports.jsonl", ["times", "quantities"])


@pytest.mark.parametrize(("field", "floor"), [
    ("times.span", 0.97), ("times.value", 0.94), ("times.type", 0.96),
])
def test_general_news_times(general_news: dict[str, float], field: str, floor: float) -> None:
    assert general_news[field] >= floor, f"{field} F1 {general_news[field]:.3f} fell below {floor}"


@pytest.mark.parametrize(("field", "floor"), [
    ("times.span", 0.97), ("times.value", 0.97), ("times.type", 0.97),
    ("quantities.span", 0.97), ("quantities.value", 0.97), ("quantities.typed", 0.96),
])
def test_attack_report_times_and_quantities(attack_reports: dict[str, float], field: str,
                                            floor: float) -> None:
    assert attack_reports[field] >= floor, f"{field} F1 {attack_reports[field]:.3f} fell below {floor}"


def test_held_out_files_are_well_formed() -> None:
    """Every annotation is found in its text, so a typo in the gold cannot pass unnoticed."""
    from incidentkit.corpus import locate

    for name in ("heldout_times.jsonl", "heldout_reports.jsonl"):
        for record in read_corpus(DATA / name):
            for kind in ("times", "quantities"):
                spans = locate(record["text"], record[kind], "text")
                assert None not in spans, (name, record["id"], kind)
            assert record["locations"] == record["attributions"] == record["incidents"] == []
