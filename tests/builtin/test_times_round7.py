"""Times rules found missing on fresh reports (round 7): dates in apposition, background nights.

Each case is a kind of phrase seen in attack reports and wire copy, written fresh
here (not taken from the corpus or the probes).
"""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings, TimeMention
from incidentkit.builtin.times import TimesExtractor

EXTRACTOR = TimesExtractor()


def mentions(text: str, published: str | None = None) -> list[TimeMention]:
    document = Document(text=text, published=published)
    return [m for m in EXTRACTOR.extract(document, Findings()) if isinstance(m, TimeMention)]


def found(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in mentions(text, published)]


# ---------------------------------------------------------------- a date in apposition

@pytest.mark.parametrize(("text", "relative", "value"), [
    ("The day before, on March 3, a drone hit a warehouse.", "The day before", "2025-03-03"),
    ("Yesterday, 4 March, two missiles struck the port.", "Yesterday", "2025-03-04"),
    ("Sirens sounded on Monday (24 February) across the region.", "Monday", "2025-02-24"),
    ("Shelling resumed yesterday (March 4), officials said.", "yesterday", "2025-03-04"),
    ("The previous day – 2 March – drones hit a substation.", "The previous day", "2025-03-02"),
])
def test_a_relative_day_takes_the_date_written_in_apposition(text: str, relative: str, value: str) -> None:
    # published two days later: counting back alone would give another day
    values = dict(found(text, "2025-03-06T10:00:00+02:00"))
    assert values[relative] == value


@pytest.mark.parametrize("text", [
    "Yesterday, 12 people were hurt by debris.",
    "On Friday, and again on March 2, drones hit the depot.",
])
def test_a_number_or_a_second_date_is_no_apposition(text: str) -> None:
    values = dict(found(text, "2025-03-06T10:00:00+02:00"))
    assert values.get("Yesterday", "2025-03-05") == "2025-03-05"
    assert values.get("Friday", "2025-02-28") == "2025-02-28"


# ---------------------------------------------------------------- nights after a background date

@pytest.mark.parametrize(("text", "night", "value"), [
    ("Overnight, 40 drones were shot down. On 2 March a drone hit a depot in Sumy. "
     "That night two people died.", "That night", "2025-03-03TNI"),
    ("Drones attacked Odesa overnight. Back on February 27 a missile hit the port, "
     "and that night the air defence was silent.", "that night", "2025-02-28TNI"),
])
def test_that_night_after_an_earlier_date_is_that_dates_night(text: str, night: str, value: str) -> None:
    assert dict(found(text, "2025-03-06T09:00:00+02:00"))[night] == value


@pytest.mark.parametrize("text", [
    "Overnight, 40 drones were shot down. On 2 March a drone hit a depot in Sumy. "
    "That night two people died. Overnight, 12 more drones were downed over Kharkiv.",
    "Air defence destroyed 30 drones overnight. A strike on 3 March, and the following night, "
    "killed four. Overnight, debris fell in Kyiv.",
])
def test_a_later_overnight_is_still_the_night_before_publication(text: str) -> None:
    nights = [value for text_, value in found(text, "2025-03-06T09:00:00+02:00") if text_ == "Overnight"]
    assert nights and nights[-1] == "2025-03-06TNI"


@pytest.mark.parametrize("text", [
    "Overnight, 40 drones were shot down. The toll rose today. That night, sirens sounded again.",
    "Overnight, 40 drones were shot down. At 03:10 a drone hit a depot. That night two people died.",
])
def test_that_night_after_a_later_or_the_same_day_is_the_last_night(text: str) -> None:
    assert dict(found(text, "2025-03-06T09:00:00+02:00"))["That night"] == "2025-03-06TNI"


# ---------------------------------------------------------------- anchors searched in the lower-cased text

@pytest.mark.parametrize(("source", "twin"), [
    (r"(?i:the)(?=\s{1,4}(?i:past|next))", r"(?:the)(?=\s{1,4}(?:past|next))"),
    (r"(?i:night)(?=\s{1,4}(?i:of|from)|(?<=(?i:overnight))\s{1,4})",
     r"(?:night)(?=\s{1,4}(?:of|from)|(?<=(?:overnight))\s{1,4})"),
    (r"(?i:[ap]\.?M)", r"(?:[ap]\.?m)"),
    (r"Q(?=[1-4])", None),  # a capital matched by case
    (r"(?=\p{Lu})(?i:may)", None),  # a class that lower-casing would change
    (r"(?i:on)(?=[A-Z])", None),
    (r"(?P<x>(?i:the))", None),
])
def test_an_anchor_has_a_lower_case_twin_only_when_every_letter_ignores_case(source: str,
                                                                             twin: str | None) -> None:
    from incidentkit.builtin.times.grammar import _lower_case_twin
    assert _lower_case_twin(source) == twin


def test_the_anchor_twins_find_the_same_positions_in_the_lower_cased_text() -> None:
    from incidentkit.text import lowered
    text = ("THE NIGHT of May 3, the Past week: Overnight at 4 A.M. Kyiv time, The Day before, "
            "EARLIER TODAY the same day; last Friday night, each Day and Night, ONE hour.")
    lower = lowered(text)
    assert lower is not None
    for rule in EXTRACTOR.grammar.rules:
        for anchor, twin in zip(rule.anchors, rule.lower_anchors, strict=True):
            if twin is not None:
                assert [m.start() for m in twin.finditer(lower)] == [m.start() for m in anchor.finditer(text)]
