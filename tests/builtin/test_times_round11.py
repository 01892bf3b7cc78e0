"""Times rules found missing on fresh reports (round 11).

Each case is a kind of phrase seen in attack reports, official statements and wire copy,
written fresh here (not taken from the corpus or the probes).
"""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings, TimeInterval, TimeMention
from incidentkit.builtin.times import TimesExtractor
from incidentkit.text import lowered

EXTRACTOR = TimesExtractor()


def results(text: str, published: str | None) -> list[TimeMention | TimeInterval]:
    return list(EXTRACTOR.extract(Document(text=text, published=published), Findings()))


def found(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in results(text, published) if isinstance(m, TimeMention)]


# ---------------------------------------------------------------- a curfew that "lasts" is a standing rule

@pytest.mark.parametrize(("text", "expected"), [
    ("In Sumy the curfew lasts from 22:00 to 6:00.",
     [("22:00", "XXXX-XX-XXT22:00"), ("6:00", "XXXX-XX-XXT06:00")]),
    ("Scheduled power outages last from 18:00 to 21:00 in the region.",
     [("18:00", "XXXX-XX-XXT18:00"), ("21:00", "XXXX-XX-XXT21:00")]),
])
def test_a_rule_that_lasts_from_a_clock_time_has_no_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-06-10T09:00:00+03:00") == expected
    # an alert that "lasts" is one night's
    assert found("The air raid alert lasts from 01:10 to 02:40.", "2025-06-10T09:00:00+03:00") == [
        ("01:10", "2025-06-10T01:10"), ("02:40", "2025-06-10T02:40")]


# ---------------------------------------------------------------- "overnight on Monday" is Monday's night

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia struck Odesa overnight on Sunday.", ("overnight on Sunday", "2025-06-08TNI")),
    ("Russia struck Odesa on Sunday overnight, the navy said.", ("Sunday overnight", "2025-06-08TNI")),
    ("Drones attacked Sumy overnight Sunday.", ("overnight Sunday", "2025-06-08TNI")),
    ("Overnight on June 7, 30 drones were downed.", ("Overnight on June 7", "2025-06-07TNI")),
])
def test_overnight_with_a_day_is_that_days_night(text: str, expected: tuple[str, str]) -> None:
    # (published on Tuesday: Sunday is two days back)
    assert found(text, "2025-06-10T09:00:00+03:00")[0] == expected
    # a night that goes on into another day is that one's
    assert ("overnight into Monday", "2025-06-09TNI") in found(
        "Drones attacked Sumy Sunday overnight into Monday.", "2025-06-10T09:00:00+03:00")


@pytest.mark.parametrize("text", ["Russia fired 267 drones at Ukraine overnight on Saturday.",
                                  "Russia fired 267 drones at Ukraine on Saturday overnight."])
def test_overnight_on_the_day_before_publication_is_the_night_just_ended(text: str) -> None:
    # said on Sunday: the night from Saturday into Sunday
    assert found(text, "2025-02-23T10:00:00+02:00")[0][1] == "2025-02-23TNI"


# ---------------------------------------------------------------- durations in capitals

@pytest.mark.parametrize(("text", "expected"), [
    ("SIRENS WAILED FOR AN HOUR IN ODESA", ("AN HOUR", "PT1H")),
    ("AN HOUR AND A HALF OF SHELLING IN KHERSON", ("AN HOUR AND A HALF", "PT1H30M")),
])
def test_a_duration_in_capitals_is_found(text: str, expected: tuple[str, str]) -> None:
    assert found(text, "2025-06-10T09:00:00+03:00") == [expected]


@pytest.mark.parametrize("text", ["SIRENS WAILED FOR AN HOUR IN ODESA", "AN HOUR-LONG ALERT IN KYIV"])
def test_the_anchored_scan_finds_what_the_plain_scan_finds(text: str) -> None:
    for rule in EXTRACTOR.grammar.rules:
        expected = [m.span() for m in rule.pattern.finditer(text)]
        assert [m.span() for m in EXTRACTOR._matches(rule, text, 10.0, lowered(text))] == expected, rule.name


# ---------------------------------------------------------------- "during the month": the period spoken of

@pytest.mark.parametrize(("text", "expected"), [
    ("In October, 31 drones hit the oblast, and 12 people died during the month.", ("the month", "2025-10")),
    ("Digest for 17-23 November. Over the week, air defence downed 410 drones.", ("the week", "2025-W47")),
    ("Last week Russia fired 52 missiles. During the week, 9 civilians died.", ("the week", "2025-W47")),
    ("In 2023, the region was shelled 4,000 times over the year.", ("the year", "2023")),
])
def test_a_bare_period_is_the_one_the_report_speaks_of(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "2025-11-24T09:00:00+02:00")
    # a future one is ahead of publication
    assert ("the week", "2025-W48") in found(
        "On Sunday a drone hit Odesa. Repairs will be finished during the week.", "2025-11-24T09:00:00+02:00")


# ---------------------------------------------------------------- "remains in force until March 31"

@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor reminded residents that the curfew remains in force until March 30.",
     ("March 30", "2025-03-30")),
    ("Officials said the airspace restrictions are valid through April 5.", ("April 5", "2025-04-05")),
])
def test_a_present_state_until_a_date_looks_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "2025-03-04T10:00:00+02:00")


# ---------------------------------------------------------------- the morning after a time past midnight

@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence worked from 21:00 to 23:40 on Tuesday. At 1:30 a.m. debris fell on a garage. "
     "Later in the morning the governor said power was back by 8:10.",
     [("the morning", "2025-09-17TMO"), ("8:10", "2025-09-17T08:10")]),
    ("Explosions were heard at 22:50 on Tuesday and again at 00:40. In the morning, schools stayed shut.",
     [("the morning", "2025-09-17TMO")]),
])
def test_the_morning_after_a_time_past_midnight(text: str, expected: list[tuple[str, str]]) -> None:
    values = found(text, "2025-09-17T11:00:00+03:00")
    assert all(item in values for item in expected)


# ---------------------------------------------------------------- a zone after a day's part of day; nightfall

@pytest.mark.parametrize(("text", "expected", "zone"), [
    ("Sirens sounded in Haifa on Friday evening local time.", ("Friday evening local time", "2025-10-17TEV"),
     None),
    ("Drones struck the base on Friday night Moscow time.", ("Friday night Moscow time", "2025-10-18TNI"),
     "Europe/Moscow"),
])
def test_a_zone_after_a_part_of_day(text: str, expected: tuple[str, str], zone: str | None) -> None:
    (mention,) = [m for m in results(text, "2025-10-18T12:00:00+03:00") if isinstance(m, TimeMention)]
    assert (mention.text, mention.value, mention.zone) == (*expected, zone)


def test_nightfall_is_an_evening() -> None:
    text = "Shelling began at nightfall on Friday and went on until 6:30."
    assert found(text, "2025-10-18T12:00:00+03:00") == [
        ("nightfall on Friday", "2025-10-17TEV"), ("6:30", "2025-10-18T06:30")]


# ---------------------------------------------------------------- "in a single night" is a length

@pytest.mark.parametrize("text", ["Kyiv was hit by 40 missiles in a single night in July.",
                                  "It was the most drones fired in one night since the war began."])
def test_a_single_night_is_a_length(text: str) -> None:
    lengths = [(m.text, m.value) for m in results(text, "2025-11-24T09:00:00+02:00")
               if isinstance(m, TimeMention) and "night" in m.text]
    assert lengths in ([("a single night", "P1D")], [("one night", "P1D")])


# ---------------------------------------------------------------- "12 noon", "12 midnight"

@pytest.mark.parametrize(("text", "expected"), [
    ("A drone hit a shop at about 12 noon.", [("12 noon", "2025-11-24T12:00")]),
    ("The alert ended just before 12 midnight on Sunday.", [("12 midnight on Sunday", "2025-11-24T00:00")]),
])
def test_12_noon_is_one_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-11-24T19:00:00+02:00") == expected


# ---------------------------------------------------------------- what does not date the clock times after it

@pytest.mark.parametrize(("text", "clock", "value"), [
    # a day's part of day set as a limit ahead
    ("Drones hit Haifa early on Friday. Schools will stay shut until Saturday night. "
     "Sirens sounded at about 4:10 a.m.", "4:10 a.m.", "2025-06-13T04:10"),
    # a date told in the past perfect, as background
    ("A drone hit the depot overnight. The depot had reopened on June 2 after a fire on May 28. "
     "Flights were halted from 01:20 to 03:05.", "01:20", "2025-06-13T01:20"),
])
def test_a_limit_or_a_background_date_does_not_date_later_times(text: str, clock: str, value: str) -> None:
    assert dict(found(text, "2025-06-13T11:00:00+03:00"))[clock] == value


# ---------------------------------------------------------------- the morning after the night just told

def test_dawn_after_the_night_is_the_morning_it_ends_on() -> None:
    text = ("Russia attacked Kyiv overnight into Friday, hours after talks on Thursday. "
            "Blasts shook the city throughout the night, and by dawn smoke covered two districts.")
    assert ("dawn", "2025-06-13TMO") in found(text, "2025-06-13T20:00:00+03:00")


# ---------------------------------------------------------------- a term extended until a date

@pytest.mark.parametrize(("text", "expected"), [
    ("The governor said remote schooling had been extended until January 26.", ("January 26", "2026-01-26")),
    ("Parliament extended martial law for another 90 days, until April 3.", ("April 3", "2026-04-03")),
])
def test_a_term_extended_until_a_date_ends_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "2026-01-05T10:00:00+02:00")


# ---------------------------------------------------------------- "the night before last"

def test_the_night_before_last() -> None:
    text = "On the night before last, Russia attacked Odesa with 41 drones."
    assert found(text, "2025-05-10T10:30:00+03:00") == [
        ("the night before last", "2025-05-09TNI")]


# ---------------------------------------------------------------- "next to"; "as of" after the stamp

def test_next_to_is_no_future_marker() -> None:
    text = "The missile hit a block next to a school at 18:10 on Friday."
    assert found(text, "2025-04-05T09:30:00+03:00") == [("18:10 on Friday", "2025-04-04T18:10")]


def test_a_status_time_a_little_after_the_stamp_is_that_days() -> None:
    published = "2025-12-15T07:50:00+02:00"
    assert found("As of 08:00, air defence had shot down 110 drones.", published) == [
        ("08:00", "2025-12-15T08:00")]
    # (much later than the stamp: the day before)
    assert found("As of 22:30, 40 drones were downed.", published) == [("22:30", "2025-12-14T22:30")]


# ---------------------------------------------------------------- decided for a day ahead; Unity Day

def test_a_day_whose_events_had_been_cancelled_lies_ahead() -> None:
    text = "The governor said all public events on May 9 had been cancelled in the region."
    assert found(text, "2025-04-29T10:00:00+03:00") == [("May 9", "2025-05-09")]


def test_unity_day_in_a_report_about_ukraine() -> None:
    text = "Kyiv will mark Unity Day with a flag ceremony, the Ukrainian government said."
    assert found(text, "2026-01-10T10:00:00+02:00") == [("Unity Day", "2026-01-22")]


# ---------------------------------------------------------------- "the early hours of Sunday morning"

def test_the_early_hours_of_a_days_morning_is_one_expression() -> None:
    text = "Drones hit Kharkiv in the early hours of Sunday morning."
    assert found(text, "2025-05-06T10:00:00+03:00") == [
        ("the early hours of Sunday morning", "2025-05-04TNI")]
