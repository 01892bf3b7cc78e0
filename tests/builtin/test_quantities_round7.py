"""Quantities in phrasings that round 7's fresh reports showed the stage misread."""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings
from incidentkit.builtin.quantities import QuantityExtractor

EXTRACTOR = QuantityExtractor()


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.role.value) for m in EXTRACTOR.extract(Document(text=text), Findings())]


# A participle right after the whole of a partitive describes the whole; the part's own
# predicate comes later: "44 of 62 drones launched overnight had been neutralised".
@pytest.mark.parametrize(("text", "expected"), [
    ("The air force said 44 of 62 drones launched overnight had been neutralised.",
     [("44", "destroyed"), ("62 drones", "launched")]),
    ("It said 30 of the 45 drones launched at the region were shot down.",
     [("30", "destroyed"), ("45 drones", "launched")]),
    ("Twelve drones fired overnight were destroyed by mobile fire groups.",
     [("Twelve drones", "destroyed")]),
])
def test_a_participle_describing_the_count_yields_to_its_predicate(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# ... but a verb with an object is the count's own predicate, and a participle alone still tells
# what was done with the count.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two drones targeted the Kremlin overnight and were disabled by electronic warfare.",
     [("Two drones", "launched")]),
    ("In total, 62 drones launched overnight, the air force said.", [("62 drones", "launched")]),
])
def test_a_verb_with_an_object_or_alone_stays_the_predicate(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# An age told in commas does not part the count from its predicate.
@pytest.mark.parametrize("text", [
    "The woman and her two grandchildren, aged 5 and 9, were injured.",
    "Three teenagers, aged 14 to 17, were wounded by shrapnel.",
])
def test_an_age_aside_does_not_part_a_count_from_its_predicate(text: str) -> None:
    assert roles(text)[0][1] == "injured"


def test_the_last_item_of_a_bracketed_place_list_is_a_count() -> None:
    text = "Air defences destroyed 40 drones (Bryansk region – 23, Kursk region – 17), the ministry said."
    assert roles(text) == [("40 drones", "destroyed"), ("23", "destroyed"), ("17", "destroyed")]
