"""TIMEX3 values as periods: granularity and [earliest, latest) bounds for every value form."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from incidentkit.builtin.times import bounds, granularity

D = dt.datetime


@pytest.mark.parametrize(
    ("value", "level", "start", "end"),
    [
        ("2025-07-20T08:00", "minute", D(2025, 7, 20, 8), D(2025, 7, 20, 8, 1)),
        ("2025-07-20T08:00:30", "minute", D(2025, 7, 20, 8), D(2025, 7, 20, 8, 1)),
        ("2025-07-20T08", "hour", D(2025, 7, 20, 8), D(2025, 7, 20, 9)),
        ("2025-07-20TMO", "part_of_day", D(2025, 7, 20, 6), D(2025, 7, 20, 12)),
        ("2025-07-20TAF", "part_of_day", D(2025, 7, 20, 12), D(2025, 7, 20, 18)),
        ("2025-07-20TEV", "part_of_day", D(2025, 7, 20, 18), D(2025, 7, 21)),
        ("2025-07-20TNI", "part_of_day", D(2025, 7, 19, 21), D(2025, 7, 20, 6)),
        ("2025-07-20", "day", D(2025, 7, 20), D(2025, 7, 21)),
        ("2025-W29", "week", D(2025, 7, 14), D(2025, 7, 21)),
        ("2025-W29-WE", "week", D(2025, 7, 19), D(2025, 7, 21)),
        ("2025-12", "month", D(2025, 12, 1), D(2026, 1, 1)),
        ("2025-Q4", "quarter", D(2025, 10, 1), D(2026, 1, 1)),
        ("2025-H1", "quarter", D(2025, 1, 1), D(2025, 7, 1)),
        ("2025-WI", "season", D(2025, 12, 1), D(2026, 3, 1)),
        ("2025-SU", "season", D(2025, 6, 1), D(2025, 9, 1)),
        ("2025", "year", D(2025, 1, 1), D(2026, 1, 1)),
        ("199X", "decade", D(1990, 1, 1), D(2000, 1, 1)),
        ("19XX", "century", D(1900, 1, 1), D(2000, 1, 1)),
    ],
)
def test_bounds_and_granularity(value: str, level: str, start: dt.datetime, end: dt.datetime) -> None:
    found = granularity(value)
    assert found is not None and found.value == level
    assert bounds(value) == (start, end)


@pytest.mark.parametrize("value", ["PT4H30M", "P1D", "PRESENT_REF", "XXXX-07-20", "2025-02-30", "2025-W53"])
def test_no_bounds_for_durations_references_unknown_or_impossible(value: str) -> None:
    assert bounds(value) is None
    assert granularity(value) is None


def test_bounds_take_a_zone_as_wall_clock_time() -> None:
    start, end = bounds("2025-03-30T02:30", ZoneInfo("Europe/Helsinki")) or (None, None)
    assert start is not None and end is not None
    assert start.tzinfo is not None and start.hour == 2 and start.minute == 30
    winter = bounds("2025-01-15", ZoneInfo("Europe/Helsinki"))
    assert winter is not None and winter[0].utcoffset() == dt.timedelta(hours=2)
