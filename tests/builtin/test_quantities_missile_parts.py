"""Generic ``missiles`` after a figure's listed types keep the generic class.

A type named in part of a figure (``52 missiles, including 2 Kinzhal ... and 30
Kh-101 cruise missiles``) says nothing of the rest, so a later ``27 missiles``
is not given that type; list members after ``and`` are parts like the first.
"""

from __future__ import annotations

import pytest

from incidentkit import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=["incidentkit.builtin.quantities"], builtins=False)


@pytest.mark.parametrize("types", [
    "2 Kinzhal aeroballistic missiles and 30 Kh-101 cruise missiles",
    "2 Kinzhal aeroballistic missiles, 30 Kh-101 cruise missiles",
    "30 Kh-101 cruise missiles",
])
def test_missiles_after_the_types_of_part_of_a_figure_stay_generic(pipeline: Pipeline, types: str) -> None:
    text = (f"Russia attacked with 52 missiles, including {types}. "
            "Air defence shot down 27 missiles.")
    found = {q.value: q.item.value for q in pipeline.extract(text, published="2025-10-30").quantities}
    assert found[27] == "missile"


def test_missiles_after_a_type_counted_on_its_own_take_that_type(pipeline: Pipeline) -> None:
    # guard: a type told on its own, not as part of a figure, still names what "missiles" are
    text = "Russia fired 30 Kh-101 cruise missiles overnight. Air defence shot down 27 missiles."
    found = {q.value: q.item.value for q in pipeline.extract(text, published="2025-10-30").quantities}
    assert found[27] == "cruise_missile"
