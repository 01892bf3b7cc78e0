"""The times rules' shortcuts find exactly what a plain scan finds.

``Rule.anchors`` tries a rule only near literals every match contains, and ``Rule.gate``
skips a text with no match at all; both must be supersets, or a time expression goes missing.
"""

from __future__ import annotations

import pytest

from incidentkit.builtin.times import TimesExtractor
from incidentkit.text import lowered

TEXTS = [
    "In the 1990s and the '90s, in Q3 2024 and the first quarter of 2023, prices rose.",
    "By mid-July, early 2024 and late last year, the start of the year, the year before.",
    "the twenty-first century, the 21st century, the nineties, fiscal 2025, fiscal year 2024",
    "Last spring, the spring of 2020, this September, next month, the same week, the previous year",
    "September has been the wettest month. In March 2022 it rained. Since early June, troops March on.",
    "ſummer of 2020, İn the paſt, the ſecond half of 2021, THE YEAR 2019, The following month, year-end",
    "Drones hit Kharkiv on Friday night, on Jul. 20 evening, on 5 July morning and on Christmas Eve night.",
    "It happened Sunday at 10:00 GMT and on July 20 at 8 p.m.; that day at noon, yesterday-evening.",
    "The talks lasted 2 hours, 5 minutes and 12 seconds, then three hours and 40 minutes, "
    "a weeklong strike, an hour-long meeting, a 5-Year-Old boy, two-hour-long talks.",
    "the night of July 19-20, the early hours of Sunday, the evening of November 24",
    "1234567890 12 July 2025 2025-07-20 20.07.2025 7/20/2025 2100 1600s 's",
    "(((((the))))) — «Monday» \"June\" [2024] {the past year}",
    "two days ago, twenty-three    and    a    half years ago, a few days later, several weeks earlier",
    "It was " + "1234567890" * 8 + ".5 years ago; 4,000,000 years back; months ago; two weeks from now.",
    "dawn  on July 4, The late-evening   on Friday, the  early-afternoon on 5 May, the night-time on Monday",
    "the night of Friday to Saturday, overnight  from Monday into Tuesday, Night  before  Friday",
    "for days; Days later; in recent weeks; nowadays; Right now; at present; in the past; the early hours",
    "12:30, at 9 am, 9.30 p.m., 10 o'clock, at 21.30 local, 2130 GMT, 1200 hours, Midnight, noon, midday",
    "fortnightly, twice-yearly, semi-annual, on Wednesdays, MONDAYS and SATURDAYS, once a week, 5 times per "
    "day, around the clock, day and night, every other week, This  evening, yesterday night, last  night",
    "the 90s, the '80s, THE TWENTIES, the most recent quarter, the latest fiscal quarter, the turn of the "
    "century, the remainder of 2024, the same quarter, the week before, DECEMBER 2024, Sept. 2023",
    "the day before yesterday, THAT SAME DAY, this coming Friday, Earlier today, on Christmas Eve, "
    "20.07.2025, 7/20/25, the 5th of July, Friday, December 29, 2023, 2025-07-20, LAST MONDAY, the day",
    "the past 24 hours, 4.5 hours, A few hours, half an hour, twenty-three days, a  couple  of weeks, "
    "dozens  of years, an hour, 1,000 years, three consecutive days, several more weeks, two-day, "
    "SEVENTY years, nineteen and a half minutes, a number of months, a full day, the entire week",
    "July 19-20, 19 to 20 July, July 31 to August 1, 31 July - 1 August, Jul. 3 – 5, 2024, 3rd and 4th MAY",
    # (?i) matches the long s and the dotted capital I to s and i, which lower() does not give
    "the ſpring of 2020, ſeveral days, in ſummer, the paſt 24 hours, İn recent weeks",
]


@pytest.mark.parametrize("text", TEXTS)
def test_rules_find_what_a_plain_scan_finds(text: str) -> None:
    extractor = TimesExtractor()
    for rule in extractor.grammar.rules:
        expected = [m.span() for m in rule.pattern.finditer(text)]
        assert [m.span() for m in extractor._matches(rule, text, 10.0)] == expected, rule.name
        assert [m.span() for m in extractor._matches(rule, text, 10.0, lowered(text))] == expected, rule.name
        if expected and rule.gate is not None:
            assert rule.gate.search(text), rule.name
        if expected and rule.fast_gates:
            assert any(fast.search(text) for fast in rule.fast_gates), rule.name


def test_rules_with_anchors_cannot_match_empty_text() -> None:
    for rule in TimesExtractor().grammar.rules:
        if rule.anchors:
            assert rule.pattern.match("") is None, rule.name
