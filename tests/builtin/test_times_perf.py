"""The first-character lookaheads of the times rules are pure speed-ups: same matches."""

from __future__ import annotations

from pathlib import Path

import regex

from incidentkit.builtin.times import TimesExtractor
from incidentkit.corpus import read_corpus

_TEXTS = [
    "On Monday, July 20, 2025 at 10:00 GMT the strike hit; by 23:30 Moscow time on March 1 it was over.",
    "THE DAY BEFORE YESTERDAY, earlier today, that day, the previous day, Christmas morning and "
    "Friday night. ſince ſummer 2024, the ſecond quarter of ſiscal 2023, İn the 1990s and the ’90s.",
    "Noon, MIDNIGHT, midday; 8 a.m., 11pm, 2130 GMT, 20.07.2025, 7/20/2025, 2025-07-20, July 19-20, "
    "19 to 20 July, mid-July, early 2024, the start of the year, Q3 2024, the twentieth century.",
    "\u212aelvin — last Monday, this coming Friday, previous Tuesday; tomorrow evening, yesterday.",
]


def _texts() -> list[str]:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "seed.jsonl"
    texts = list(_TEXTS)
    if seed.exists():
        texts += [record["text"] for record in read_corpus(seed)]
    return texts


def test_lookaheads_keep_the_matches() -> None:
    grammar = TimesExtractor().grammar
    texts = _texts()
    checked = 0
    for rule in grammar.rules:
        source = rule.pattern.pattern
        if source.startswith(r"(?<![\w])"):
            continue
        plain = regex.compile(source[source.index(r"(?<![\w])"):])
        for text in texts:
            assert [m.span() for m in rule.pattern.finditer(text)] == \
                [m.span() for m in plain.finditer(text)], (rule.name, text[:80])
        checked += 1
    assert checked >= 5


def test_gates_are_found_wherever_their_rule_matches() -> None:
    grammar = TimesExtractor().grammar
    texts = [*_texts(), "Monday at 10:00 GMT", "the night to Saturday", "overnight into Sunday",
             "two days ago", "a year earlier", "years ago", "2 hours, 5 minutes and 12 seconds",
             "three hours and 40 minutes", "an hour-long meeting", "a three-day visit", "the 62-year-old man",
             "a weeklong strike", "a 5-Year-Old boy", "two-hour-long talks"]
    gated = [rule for rule in grammar.rules if rule.gate is not None]
    assert {rule.name for rule in gated} >= {"ago", "duration_compound", "duration_adj"}
    for rule in gated:
        assert rule.gate is not None
        matched = 0
        for text in texts:
            if any(rule.pattern.finditer(text)):
                matched += 1
                assert rule.gate.search(text), (rule.name, text[:80])
        assert matched, rule.name
