"""Times rules found missing on fresh reports (round 6): numeric zones, spoken clock times, ranges.

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


# ---------------------------------------------------------------- offsets from UTC as zones

@pytest.mark.parametrize(("text", "expected"), [
    ("Sirens sounded at 3 a.m. (GMT+3) in the north.", [("3 a.m. (GMT+3)", "Etc/GMT-3")]),
    ("The barrage began at 02:10 UTC+2.", [("02:10 UTC+2", "Etc/GMT-2")]),
    ("Jets took off at 22:40 UTC-5.", [("22:40 UTC-5", "Etc/GMT+5")]),
    ("Ships reported the launch at 0415 GMT+00:00.", [("0415 GMT+00:00", "UTC")]),
    ("The strike was recorded at 11:20 Tel Aviv time.", [("11:20 Tel Aviv time", "Asia/Jerusalem")]),
    ("The Security Council meets at 10 a.m. New York time.",
     [("10 a.m. New York time", "America/New_York")]),
])
def test_an_offset_from_utc_or_a_city_time_is_the_zone(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.zone) for m in mentions(text, "2025-03-02T12:00:00+02:00")] == expected


def test_an_offset_sets_the_bounds() -> None:
    mention = mentions("Explosions were heard at 04:00 UTC+3.", "2025-03-02")[0]
    assert mention.earliest is not None and mention.earliest.utcoffset() is not None
    assert mention.earliest.utcoffset().total_seconds() == 3 * 3600  # type: ignore[union-attr]


# ---------------------------------------------------------------- "10 in the morning"

@pytest.mark.parametrize(("text", "expected"), [
    ("Explosions were heard at around 10 in the morning.", [("10 in the morning", "2025-03-02T10:00")]),
    ("The drone hit a house at 7 in the evening.", [("7 in the evening", "2025-03-02T19:00")]),
    ("Missiles struck at 5 o'clock in the morning.", [("5 o'clock in the morning", "2025-03-02T05:00")]),
    ("Shelling resumed at 3 in the afternoon.", [("3 in the afternoon", "2025-03-02T15:00")]),
    ("The curfew lasts from 11 at night to 5 in the morning.",
     [("11 at night", "XXXX-XX-XXT23:00"), ("5 in the morning", "XXXX-XX-XXT05:00")]),
    # a count after a part of day stays a count
    ("Four drones were downed in the morning and 5 in the evening.",
     [("the morning", "2025-03-02TMO"), ("the evening", "2025-03-02TEV")]),
    ("Air defence downed about 10 in the evening and 5 at night.",
     [("the evening", "2025-03-02TEV"), ("night", "2025-03-02TNI")]),
])
def test_an_hour_with_its_part_of_day_is_one_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-03-02T23:30:00+02:00") == expected


# ---------------------------------------------------------------- "18.30-20.00"

@pytest.mark.parametrize(("text", "expected"), [
    ("The district was shelled between 18.30-20.00.",
     [("18.30", "2025-03-02T18:30"), ("20.00", "2025-03-02T20:00")]),
    ("An alert was in force from 21.15 - 22.40.",
     [("21.15", "2025-03-02T21:15"), ("22.40", "2025-03-02T22:40")]),
    ("The alert ran 22:10-23.05 in the city.",
     [("22:10", "2025-03-02T22:10"), ("23.05", "2025-03-02T23:05")]),
    # prices are not clock times
    ("Fuel rose 12.50-14.00 hryvnias.", []),
])
def test_a_dotted_clock_time_ends_a_dash_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-03-02T23:30:00+02:00") == expected
    if expected:
        document = Document(text=text, published="2025-03-02T23:30:00+02:00")
        intervals = [i for i in EXTRACTOR.extract(document, Findings()) if not isinstance(i, TimeMention)]
        assert [(i.start, i.end) for i in intervals] == [(expected[0][1], expected[1][1])]


# ---------------------------------------------------------------- "3 hours 35 minutes"

@pytest.mark.parametrize(("text", "expected"), [
    ("The alert lasted 2 hours 15 minutes.", [("2 hours 15 minutes", "PT2H15M")]),
    ("Total duration: 1 hour 5 minutes.", [("1 hour 5 minutes", "PT1H5M")]),
    ("The siege lasted 1 hour 20 minutes and 30 seconds.",
     [("1 hour 20 minutes and 30 seconds", "PT1H20M30S")]),
])
def test_a_compound_length_needs_no_comma_between_its_parts(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-03-02") == expected


# ---------------------------------------------------------------- parts of day as event days

@pytest.mark.parametrize(("text", "published", "expected"), [
    # a day's part named by anaphora dates the clock times after it
    ("Today two drones were downed. The previous evening, at 19:40, a shell hit a school.",
     "2025-01-25T12:00:00+03:00",
     [("Today", "2025-01-25"), ("The previous evening", "2025-01-24TEV"), ("19:40", "2025-01-24T19:40")]),
    ("On Monday a drone was downed. The following morning, at 06:10, another fell.",
     "2025-01-29T12:00:00+03:00",
     [("Monday", "2025-01-27"), ("The following morning", "2025-01-28TMO"), ("06:10", "2025-01-28T06:10")]),
    # a past evening in a report published after midnight is the day before's
    ("In the evening, a guided bomb hit a house.", "2025-07-05T00:45:00+03:00",
     [("the evening", "2025-07-04TEV")]),
    ("Shelling went on through the afternoon.", "2025-07-05T09:30:00+03:00",
     [("the afternoon", "2025-07-04TAF")]),
    # ... unless it lies ahead
    ("Power will be restored by the evening.", "2025-07-05T09:30:00+03:00",
     [("the evening", "2025-07-05TEV")]),
])
def test_a_part_of_day_takes_its_day_from_context(
        text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


# ---------------------------------------------------------------- a date a past clause looks ahead to

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("A day of mourning has been declared in the city for July 9.", "2024-07-08",
     [("July 9", "2024-07-09")]),
    ("Drones disrupted flights ahead of Victory Day celebrations.", "2025-05-07",
     [("Victory Day", "2025-05-09")]),
    ("Officials said the curfew was extended until March 15.", "2025-03-10",
     [("March 15", "2025-03-15")]),
    # an event date in a past clause is still the past one
    ("Explosions were heard on June 6.", "2025-06-01", [("June 6", "2024-06-06")]),
])
def test_a_date_a_past_clause_looks_ahead_to_is_the_coming_one(
        text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


# ---------------------------------------------------------------- more clock forms, and amounts that are not

@pytest.mark.parametrize(("text", "expected"), [
    ("Flights resumed at 0640 after the alert.", [("0640", "2025-03-02T06:40")]),
    ("The alert lasted from 2330 GMT to 0215.",
     [("2330 GMT", "2025-03-02T23:30"), ("0215", "2025-03-03T02:15")]),
    ("The alert ended at 0215.", [("0215", "2025-03-02T02:15")]),
    ("The drones were launched at 22.00 Kyiv time (19.00 GMT).",
     [("22.00 Kyiv time", "2025-03-02T22:00"), ("19.00 GMT", "2025-03-02T19:00")]),
    # phone numbers, prices and indices are not clock times
    ("Call the hotline at 0800 123 456 for help.", []),
    ("Bread rose to 0.50 euros and the index fell to 12.40 points.", []),
])
def test_military_and_dotted_clock_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-03-02T23:50:00+02:00") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Since the start of the day, 12 drones have been destroyed.", "2025-05-13T11:30:00+03:00",
     [("the start of the day", "2025-05-13", "START")]),
    ("On May 10, shelling went on until the end of the day.", "2025-05-13T11:30:00+03:00",
     [("May 10", "2025-05-10", None), ("the end of the day", "2025-05-10", "END")]),
])
def test_the_start_or_end_of_the_day_is_that_day(
        text: str, published: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(m.text, m.value, m.mod) for m in mentions(text, published)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The attack lasted around 30 min.", [("30 min", "PT30M")]),
    ("The alert lasted 1 hour 20 min.", [("1 hour 20 min", "PT1H20M")]),
    ("Sirens sounded at 0215 hrs.", [("0215 hrs", "2025-03-02T02:15")]),
    ("Five HR staff and 5 HR officers left.", []),
])
def test_abbreviated_units_are_lengths(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-03-02T12:00:00+02:00") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The port was attacked on the 24th of last month.", [("the 24th of last month", "2025-04-24")]),
    ("A second strike came on the 3rd of this month.", [("the 3rd of this month", "2025-05-03")]),
    ("Over the course of the day, 14 drones were downed.", [("the day", "2025-05-11")]),
    ("Earlier in the day, two drones were downed.", [("the day", "2025-05-11")]),
])
def test_a_day_of_a_relative_month_and_the_course_of_the_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-11T15:20:00+03:00") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In the small hours, a drone hit a substation.", [("the small hours", "2025-05-13TNI")]),
    ("In the wee hours of Sunday, sirens sounded.", [("the wee hours of Sunday", "2025-05-11TNI")]),
])
def test_the_small_hours_are_a_night(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-13T08:20:00+03:00") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike on 12.05 killed two people.", [("12.05", "2024-05-12")]),
    ("On the 12th, drones hit Kharkiv.", [("the 12th", "2024-05-12")]),
    ("On the 20th, drones hit Kharkiv.", [("the 20th", "2024-04-20")]),
    ("Talks will resume on the 20th.", [("the 20th", "2024-05-20")]),
    ("The alert lasted until 4 a.m. local time on the 13th.",
     [("4 a.m. local time on the 13th", "2024-05-13T04:00")]),
    # ordinals that are not days
    ("He lives on the 12th floor; the 12th Army attacked on 12 May.", [("12 May", "2024-05-12")]),
])
def test_a_day_without_its_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2024-05-14T10:00:00+03:00") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Saturday evening, Iran launched drones; the first reached Israel at 01:45.",
     [("Saturday evening", "2024-04-13TEV"), ("01:45", "2024-04-14T01:45")]),
    ("Shelling began on the evening of April 12. The alert was lifted at 04:10.",
     [("the evening of April 12", "2024-04-12TEV"), ("04:10", "2024-04-13T04:10")]),
])
def test_an_early_hour_after_an_evening_is_past_midnight(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2024-04-14T09:30:00+03:00") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones attacked on Friday and Saturday nights.",
     [("Friday", "2025-05-10TNI"), ("Saturday nights", "2025-05-11TNI")]),
    ("Sirens sounded on Monday and Tuesday mornings.",
     [("Monday", "2025-05-12TMO"), ("Tuesday mornings", "2025-05-13TMO")]),
])
def test_coordinated_weekdays_share_their_part_of_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-13T10:00:00+03:00") == expected
