"""Quantities in phrasings that round 8's fresh reports showed the stage misread."""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings
from incidentkit.builtin.quantities import QuantityExtractor

EXTRACTOR = QuantityExtractor()


def typed(text: str) -> list[tuple[str, int, str, str, str]]:
    return [(m.text, m.value, m.approx.value, m.item.value, m.role.value)
            for m in EXTRACTOR.extract(Document(text=text), Findings())]


# A tally revised to a new figure with no noun of its own ("later raised the figure to 17")
# counts what the count before it counted (as "Of these, 112 were shot down" does).
@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said 12 drones were shot down. The governor later raised the figure to 17.",
     [("12 drones", 12, "exact", "uav", "destroyed"), ("17", 17, "exact", "uav", "destroyed")]),
    ("Four people were hurt in the blast. Police later raised the number to six.",
     [("Four people", 4, "exact", "person", "casualty"), ("six", 6, "exact", "person", "casualty")]),
    ("The army launched 30 rockets at the port. The navy has since revised its count to 34.",
     [("30 rockets", 30, "exact", "rocket", "launched"), ("34", 34, "exact", "rocket", "launched")]),
])
def test_a_revised_figure_counts_what_was_counted_before(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# (a guard for the rule above: a tally of events or of a measure stays no count)
@pytest.mark.parametrize("text", [
    "The number of attacks rose to 17 this year.",
    "The price of bread rose to 40 hryvnias.",
])
def test_a_tally_of_events_or_measures_is_no_count(text: str) -> None:
    assert typed(text) == []


# Households are counted like customers and subscribers: people, not buildings (FORMAT:
# population figures are quantities, `person`); losing power says nothing of a casualty.
@pytest.mark.parametrize(("text", "expected"), [
    ("About 3,000 households lost power after the strike.",
     [("3,000 households", 3000, "about", "person", "other")]),
    ("Some 450 households in the village were left without gas.",
     [("450 households", 450, "about", "person", "other")]),
])
def test_households_are_people(text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected
