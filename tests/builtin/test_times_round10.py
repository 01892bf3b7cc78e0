"""Times rules found missing on fresh reports (round 10).

Each case is a kind of phrase seen in attack reports, official statements and wire copy,
written fresh here (not taken from the corpus or the probes).
"""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings, TimeInterval, TimeMention
from incidentkit.builtin.times import TimesExtractor

EXTRACTOR = TimesExtractor()


def results(text: str, published: str | None) -> list[TimeMention | TimeInterval]:
    return list(EXTRACTOR.extract(Document(text=text, published=published), Findings()))


def found(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in results(text, published) if isinstance(m, TimeMention)]


def intervals(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(i.start, i.end) for i in results(text, published) if isinstance(i, TimeInterval)]


# ---------------------------------------------------------------- a bare hour ending a clock range

@pytest.mark.parametrize(("text", "expected"), [
    ("The alert in Kharkiv lasted from 1 a.m. until almost 5.",
     [("1 a.m.", "2025-05-14T01:00"), ("5", "2025-05-14T05:00")]),
    ("Explosions were heard from 23:10 until about 2.",
     [("23:10", "2025-05-13T23:10"), ("2", "2025-05-14T02:00")]),
    ("The power was off from 6 p.m. to 11, residents said.",
     [("6 p.m.", "2025-05-13T18:00"), ("11", "2025-05-13T23:00")]),
    ("Sirens sounded between 2:30 and nearly 4.",
     [("2:30", "2025-05-14T02:30"), ("4", "2025-05-14T04:00")]),
])
def test_a_bare_hour_ending_a_range_takes_its_start_half_of_the_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-14T09:00:00+03:00") == expected
    assert len(intervals(text, "2025-05-14T09:00:00+03:00")) == 1


@pytest.mark.parametrize("text", [
    "Prices went from 8.30 to 9.",  # no clock time at the start
    "The count rose from 12 to 15.",
    "From 1 a.m. until 5 drones flew over the city.",  # a count, not an hour
])
def test_a_bare_number_after_a_non_clock_start_is_no_time(text: str) -> None:
    assert all(value[0] != "5" and value[0] != "9" and value[0] != "15"
               for value in found(text, "2025-05-14T09:00:00+03:00"))


# ---------------------------------------------------------------- a clock time with its day and part of day

@pytest.mark.parametrize(("text", "expected"), [
    ("The strike came at 10:17 local time on Sunday morning.", [("10:17 local time on Sunday morning",
                                                                 "2025-05-11T10:17")]),
    ("A drone hit the depot at 16:40 on Monday afternoon.",
     [("16:40 on Monday afternoon", "2025-05-12T16:40")]),
    ("The first blast was heard at 02:10 on Friday night.", [("02:10 on Friday night", "2025-05-10T02:10")]),
    ("The first blast was heard at 23:40 on Friday night.", [("23:40 on Friday night", "2025-05-09T23:40")]),
])
def test_a_clock_time_with_its_day_and_part_of_day_is_one_expression(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-14T09:00:00+03:00") == expected


# ---------------------------------------------------------------- half-years and quarters named by months

@pytest.mark.parametrize(("text", "expected"), [
    ("Exports fell sharply in H1 2025.", [("H1 2025", "2025-H1")]),
    ("The plant will reopen in H2 2026.", [("H2 2026", "2026-H2")]),
    ("Output fell in the April-June quarter.", [("the April-June quarter", "2024-Q2")]),
    ("Orders will pick up in the October–December quarter.", [("the October–December quarter", "2025-Q4")]),
])
def test_half_years_and_quarters_named_by_their_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-14T09:00:00+03:00") == expected


@pytest.mark.parametrize("text", [
    "Japan plans to make H2 fuel cheaper.", "The H1N1 virus spread.", "The March-May quarter sales.",
])
def test_no_half_year_or_quarter(text: str) -> None:
    assert not any(value.endswith(("-H1", "-H2")) or "-Q" in value
                   for _, value in found(text, "2025-05-14T09:00:00+03:00"))


# ---------------------------------------------------------------- a standing rule's clock times have no day

@pytest.mark.parametrize(("text", "expected"), [
    ("Curfew is from 23:00 to 05:00.", [("23:00", "XXXX-XX-XXT23:00"), ("05:00", "XXXX-XX-XXT05:00")]),
    ("In Odesa the curfew remains in force from 0:00 to 5:00.",
     [("0:00", "XXXX-XX-XXT00:00"), ("5:00", "XXXX-XX-XXT05:00")]),
    ("Shelters are open between 22:00 and 06:00.",
     [("22:00", "XXXX-XX-XXT22:00"), ("06:00", "XXXX-XX-XXT06:00")]),
])
def test_a_standing_rule_clock_range_has_no_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-14T09:00:00+03:00") == expected


def test_a_past_clock_range_keeps_its_day() -> None:
    assert found("The curfew was from 23:00 to 05:00 last night.", "2025-05-14T09:00:00+03:00")[:2] == [
        ("23:00", "2025-05-13T23:00"), ("05:00", "2025-05-14T05:00")]


# ---------------------------------------------------------------- Gulf and Middle East zone names

@pytest.mark.parametrize(("text", "expected"), [
    ("Two drones were intercepted at 02:30 UAE time.", ("02:30 UAE time", "Asia/Dubai")),
    ("The ministry will brief reporters at 14:00 GST.", ("14:00 GST", "Asia/Dubai")),
    ("A drone struck the base at 21:15 Iraq time.", ("21:15 Iraq time", "Asia/Baghdad")),
    ("Sirens sounded in Doha at 19:40 Qatar time.", ("19:40 Qatar time", "Asia/Qatar")),
    ("The launch came at 23:05 Saudi time.", ("23:05 Saudi time", "Asia/Riyadh")),
])
def test_gulf_zone_names_belong_to_the_clock_time(text: str, expected: tuple[str, str]) -> None:
    (mention,) = [m for m in results(text, "2025-11-02T09:10:00+04:00") if isinstance(m, TimeMention)]
    assert (mention.text, mention.zone) == expected


# ---------------------------------------------------------------- "at 16 hours": an hour, Russian style

@pytest.mark.parametrize(("text", "expected"), [
    ("At around 16 hours, a drone hit a house in the village.", [("16 hours", "2025-04-20T16:00")]),
    ("The shelling resumed at 9 hours and went on all day.", [("9 hours", "2025-04-20T09:00")]),
    ("At about 21 hours the air defence went into action.", [("21 hours", "2025-04-20T21:00")]),
])
def test_at_an_hour_count_is_a_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-04-20T22:05:00+03:00") == expected


@pytest.mark.parametrize("text", [
    "The repairs were estimated at 16 hours.", "The alert lasted 16 hours.", "It took about 22 hours.",
])
def test_a_length_in_hours_stays_a_length(text: str) -> None:
    assert [t for _, t in found(text, "2025-04-20T22:05:00+03:00")] == [
        "PT" + "".join(c for c in text if c.isdigit()) + "H"]


# ---------------------------------------------------------------- a background "since" date dates nothing

@pytest.mark.parametrize(("text", "clock", "value"), [
    ("Dozens of missiles have been fired since the war began on Oct. 7, 2023. Flights were halted "
     "between 3:10 and 3:40 a.m.", "3:10", "2025-10-07T03:10"),
    ("The city has been shelled daily since 24 February 2022. At 04:20 a drone hit a school.",
     "04:20", "2025-10-07T04:20"),
])
def test_a_clock_time_after_a_background_since_date_is_not_on_it(text: str, clock: str, value: str) -> None:
    assert dict(found(text, "2025-10-07T06:55:00+03:00"))[clock] == value


def test_a_since_date_with_its_event_still_dates_it() -> None:
    assert dict(found("Attacks have gone on since 1 May 2025, when a strike hit Dnipro at 10:00.",
                      "2025-10-07T06:55:00+03:00"))["10:00"] == "2025-05-01T10:00"


# ---------------------------------------------------------------- an evening range leads into the night

@pytest.mark.parametrize(("text", "clock", "value"), [
    ("Air defences downed 47 drones between 20:00 and 23:30 on Tuesday, and another 18 after midnight.",
     "midnight", "2025-05-14T00:00"),
    ("Sirens sounded from 19:00 to 22:40 on Tuesday. At 02:10 a drone hit a depot.",
     "02:10", "2025-05-14T02:10"),
])
def test_a_time_after_a_range_ending_in_the_evening_is_past_midnight(
        text: str, clock: str, value: str) -> None:
    assert dict(found(text, "2025-05-14T12:30:00+03:00"))[clock] == value


def test_a_new_range_after_an_evening_range_keeps_its_own_day() -> None:
    text = "Between 18:00 and 22:45, 10 drones were downed. Between 1:05 and 13:45, 6 more were downed."
    assert dict(found(text, "2025-05-14T20:00:00+03:00"))["1:05"] == "2025-05-14T01:05"


# ---------------------------------------------------------------- "on 19.09 at night": that day's night

@pytest.mark.parametrize(("text", "expected"), [
    ("The previous strike on the city was on 19.02 at night.", [("19.02 at night", "2025-02-19TNI")]),
    ("Drones attacked the port on 1 March at night.", [("1 March at night", "2025-03-01TNI")]),
    ("The last drone attack, on Friday at night, killed one person.", [("Friday at night", "2025-02-28TNI")]),
])
def test_a_day_at_night_is_that_days_night(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-03-03T09:00:00+02:00") == expected


# ---------------------------------------------------------------- a clock time with "this morning"

@pytest.mark.parametrize(("text", "expected"), [
    ("Some 50,000 homes were without power at 8 o'clock this morning.",
     [("8 o'clock this morning", "2025-10-05T08:00")]),
    ("Shelters will close at 6:15 this evening.", [("6:15 this evening", "2025-10-05T18:15")]),
    ("A drone hit the depot at 4:40 on Saturday afternoon.",
     [("4:40 on Saturday afternoon", "2025-10-04T16:40")]),
])
def test_a_clock_time_with_a_relative_part_of_day_is_one_expression(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-10-05T10:05:00+03:00") == expected


# ---------------------------------------------------------------- a clock time ahead of publication

@pytest.mark.parametrize(("text", "clock", "value"), [
    ("The first drones came at 21:40 on Friday. The next briefing is expected at 11.00.",
     "11.00", "2025-10-05T11:00"),
    ("The strike hit on 1 October. Power will be restored at 18:00, the utility said.",
     "18:00", "2025-10-05T18:00"),
])
def test_a_clock_time_in_a_future_clause_is_not_before_publication(text: str, clock: str, value: str) -> None:
    assert dict(found(text, "2025-10-05T10:05:00+03:00"))[clock] == value


def test_a_standing_rule_with_a_place_has_no_day() -> None:
    assert found("A curfew is in effect in Kherson from 20:00 to 06:00.", "2025-10-05T10:05:00+03:00") == [
        ("20:00", "XXXX-XX-XXT20:00"), ("06:00", "XXXX-XX-XXT06:00")]
