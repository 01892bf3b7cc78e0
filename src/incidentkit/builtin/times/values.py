"""TIMEX3 values as calendar periods: formatting, granularity, and ``[earliest, latest)`` bounds.

Everything here is pure and independent of the patterns, so it can be reused
(and tested) on any TIMEX3 value: ``bounds("2025-07-20TNI", tz)`` gives the
night from 21:00 on 19 July to 06:00 on 20 July.
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

from ...vocab import Granularity

__all__ = [
    "NIGHT_END_HOUR",
    "NIGHT_START_HOUR",
    "PART_OF_DAY_HOURS",
    "SEASON_MONTHS",
    "bounds",
    "day_value",
    "granularity",
    "week_value",
]

#: Hours ``[start, end)`` of the parts of day (``TMO`` 06:00-12:00 ...).
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 24)}
#: A night ``DTNI`` runs from this hour of D-1 ...
NIGHT_START_HOUR = 21
#: ... to this hour of D (FORMAT.md: the night from the evening of D-1 to the morning of D).
NIGHT_END_HOUR = 6
#: First month of each season (northern meteorological seasons), and its length in months.
SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_VALUE = regex.compile(
    r"""
    (?P<year>\d{4}) (?:
        -(?P<month>\d{2}) (?:-(?P<day>\d{2})
            (?:T(?: (?P<hour>\d{2})(?::(?P<minute>\d{2}))?(?::\d{2}(?:\.\d+)?)? | (?P<pod>MO|AF|EV|NI) ))?
        )?
      | -W(?P<week>\d{2})(?P<weekend>-WE)?
      | -Q(?P<quarter>[1-4])
      | -H(?P<half>[12])
      | -(?P<season>SP|SU|FA|WI)
    )?
    | (?P<decade>\d{3})X
    | (?P<century>\d{2})XX
    """,
    regex.VERBOSE,
)


def day_value(day: dt.date) -> str:
    """The TIMEX3 value of a calendar day (``2025-07-20``)."""
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """The TIMEX3 value of the ISO week containing ``day`` (``2025-W29``)."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


@functools.lru_cache(maxsize=4096)
def _naive_bounds(value: str) -> tuple[Granularity, dt.datetime, dt.datetime] | None:
    # cached: the same few values recur in every report, and the result is immutable
    match = _VALUE.fullmatch(value)
    if match is None:
        return None
    g = match.groupdict()
    try:
        if g["decade"] is not None:
            start_year = int(g["decade"]) * 10
            return Granularity.DECADE, dt.datetime(start_year, 1, 1), dt.datetime(start_year + 10, 1, 1)
        if g["century"] is not None:
            start_year = int(g["century"]) * 100
            return Granularity.CENTURY, dt.datetime(start_year, 1, 1), dt.datetime(start_year + 100, 1, 1)
        year = int(g["year"])
        if year < 1 or year > 9998:
            return None
        if g["day"] is not None:
            day = dt.datetime(year, int(g["month"]), int(g["day"]))
            if g["pod"] == "NI":
                return (Granularity.PART_OF_DAY, day - dt.timedelta(hours=24 - NIGHT_START_HOUR),
                        day + dt.timedelta(hours=NIGHT_END_HOUR))
            if g["pod"] is not None:
                first, last = PART_OF_DAY_HOURS[g["pod"]]
                return (Granularity.PART_OF_DAY, day + dt.timedelta(hours=first),
                        day + dt.timedelta(hours=last))
            if g["minute"] is not None:
                start = day.replace(hour=int(g["hour"]), minute=int(g["minute"]))
                return Granularity.MINUTE, start, start + dt.timedelta(minutes=1)
            if g["hour"] is not None:
                start = day.replace(hour=int(g["hour"]))
                return Granularity.HOUR, start, start + dt.timedelta(hours=1)
            return Granularity.DAY, day, day + dt.timedelta(days=1)
        if g["month"] is not None:
            month = int(g["month"])
            start = dt.datetime(year, month, 1)
            return Granularity.MONTH, start, _add_months(start, 1)
        if g["week"] is not None:
            monday = dt.datetime.combine(dt.date.fromisocalendar(year, int(g["week"]), 1), dt.time())
            if g["weekend"]:
                return Granularity.WEEK, monday + dt.timedelta(days=5), monday + dt.timedelta(days=7)
            return Granularity.WEEK, monday, monday + dt.timedelta(days=7)
        if g["quarter"] is not None:
            start = dt.datetime(year, 3 * int(g["quarter"]) - 2, 1)
            return Granularity.QUARTER, start, _add_months(start, 3)
        if g["half"] is not None:
            start = dt.datetime(year, 6 * int(g["half"]) - 5, 1)
            return Granularity.QUARTER, start, _add_months(start, 6)
        if g["season"] is not None:
            start = dt.datetime(year, SEASON_MONTHS[g["season"]], 1)
            return Granularity.SEASON, start, _add_months(start, 3)
        return Granularity.YEAR, dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    except (ValueError, OverflowError):
        # 2025-02-30, week 53 of a 52-week year; beyond datetime's years 1-9999: the 1st
        # century (00XX), the 0s (000X), the night before 0001-01-01
        return None


def _add_months(start: dt.datetime, months: int) -> dt.datetime:
    index = start.year * 12 + start.month - 1 + months
    return start.replace(year=index // 12, month=index % 12 + 1)


def granularity(value: str) -> Granularity | None:
    """How precise a TIMEX3 date or time value is; None for durations, sets and ``*_REF``.

    >>> granularity("2025-07-20TNI").value, granularity("2025-W29").value
    ('part_of_day', 'week')
    """
    found = _naive_bounds(value)
    return found[0] if found else None


def bounds(value: str, tz: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime] | None:
    """The period a TIMEX3 date or time value denotes, as ``[earliest, latest)`` datetimes.

    ``tz`` makes them timezone-aware (local wall-clock times in that zone); values
    with ``X`` digits, durations, sets and ``*_REF`` have no bounds (None).

    >>> bounds("2025-07-20T08:00")
    (datetime.datetime(2025, 7, 20, 8, 0), datetime.datetime(2025, 7, 20, 8, 1))
    >>> start, end = bounds("2025-07-20TNI")
    >>> start.isoformat(), end.isoformat()
    ('2025-07-19T21:00:00', '2025-07-20T06:00:00')
    """
    found = _naive_bounds(value)
    if found is None:
        return None
    _, start, end = found
    if tz is not None:
        start, end = start.replace(tzinfo=tz), end.replace(tzinfo=tz)
    return start, end
