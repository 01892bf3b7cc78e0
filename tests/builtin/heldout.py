"""Shared runner of the held-out regression guards: the pipeline over one held-out file, scored."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from incidentkit import Pipeline
from incidentkit.corpus import read_corpus
from incidentkit.scoring import Evaluation, evaluate
from incidentkit.serialize import report_to_dict

DATA = Path(__file__).resolve().parent.parent / "data"


def evaluate_heldout(file: str, kinds: Sequence[str], builtins: Sequence[str]) -> Evaluation:
    """Run the given built-ins (strict: an extractor failure raises) on ``tests/data/<file>`` and score it."""
    gold = list(read_corpus(DATA / file))
    pipeline = Pipeline(builtins=list(builtins), autoload=False, strict=True)
    predictions = {
        str(record["id"]): report_to_dict(pipeline.extract(record["text"], published=record.get("published")))
        for record in gold
    }
    return evaluate(gold, predictions, kinds=list(kinds))
