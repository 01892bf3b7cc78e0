"""A report in capitals reads its parts of the day as the same report in lower case does."""

from __future__ import annotations

import pytest

from incidentkit import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=["incidentkit.builtin.times"], builtins=False)


@pytest.mark.parametrize("text", ["OVER THE PAST NIGHT, 40 DRONES WERE SHOT DOWN.",
                                  "Over THE PAST NIGHT, 40 drones were shot down."])
def test_a_part_of_the_day_in_capitals_keeps_its_determiner(pipeline: Pipeline, text: str) -> None:
    found = pipeline.extract(text, published="2025-05-02T09:00:00+03:00").times
    assert [(t.text.lower(), t.value) for t in found] == [("the past night", "2025-05-02TNI")]
