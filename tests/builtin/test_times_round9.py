"""Times rules found missing on fresh reports (round 9).

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


# ---------------------------------------------------------------- a clock time inside a night just told

@pytest.mark.parametrize(("text", "clock", "value"), [
    ("From 18:00 on 14 May until 08:00, 60 drones were shot down. At 03:40, debris fell on a house.",
     "03:40", "2025-05-15T03:40"),
    ("From 20:00 on May 14 to 07:00 Kyiv time, 31 drones were downed. Around 02:15 a fire broke out.",
     "02:15", "2025-05-15T02:15"),
    ("Between 19:00 on 14 May and 06:00, sirens sounded twice. At 01:05, a missile hit the port.",
     "01:05", "2025-05-15T01:05"),
    ("From 18:00 on 13 May to 08:00 on 14 May, 12 drones were shot down. At 21:30 the first one "
     "crossed the border.", "21:30", "2025-05-13T21:30"),
])
def test_a_bare_clock_time_after_a_range_across_midnight_is_inside_it(
        text: str, clock: str, value: str) -> None:
    assert dict(found(text, "2025-05-16T10:00:00+03:00"))[clock] == value


def test_a_new_day_ends_the_range() -> None:
    text = ("From 18:00 on 14 May until 08:00, 60 drones were shot down. On 12 May at 15:00 a drone "
            "hit a school. At 03:40 another one fell.")
    assert dict(found(text, "2025-05-16T10:00:00+03:00"))["03:40"] == "2025-05-12T03:40"


# ---------------------------------------------------------------- the new day of a rescheduled event

@pytest.mark.parametrize(("text", "day", "value"), [
    ("The exercise has been moved to Friday.", "Friday", "2025-05-16"),
    ("The session, postponed to Monday, will be held in Kyiv.", "Monday", "2025-05-19"),
    ("The hearing has been adjourned until Tuesday, the court said.", "Tuesday", "2025-05-20"),
    ("The talks were rescheduled for Saturday.", "Saturday", "2025-05-17"),
    ("The vote has been postponed to May 20.", "May 20", "2025-05-20"),
])
def test_a_day_an_event_is_moved_to_lies_ahead(text: str, day: str, value: str) -> None:
    assert dict(found(text, "2025-05-14T10:00:00+03:00"))[day] == value


@pytest.mark.parametrize(("text", "day", "value"), [
    ("The session, postponed to Monday, went ahead without incident.", "Monday", "2025-05-12"),
    ("Drones attacked the city, and the match was moved to Friday.", "Friday", "2025-05-09"),
])
def test_a_rescheduled_day_in_a_past_sentence_stays_past(text: str, day: str, value: str) -> None:
    assert dict(found(text, "2025-05-14T10:00:00+03:00"))[day] == value


# ---------------------------------------------------------------- a month with a relative year

@pytest.mark.parametrize(("text", "expected"), [
    ("In mid-February last year, a drone hit the port.", ("mid-February last year", "2024-02")),
    ("The plant was first struck in March last year.", ("March last year", "2024-03")),
    ("Elections are planned for October next year.", ("October next year", "2026-10")),
    ("In January of this year, the alerts doubled.", ("January of this year", "2025-01")),
])
def test_a_month_with_last_or_next_year_is_one_date_of_that_year(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "2025-02-17T08:10:00+02:00")


# ---------------------------------------------------------------- reports published just after midnight

@pytest.mark.parametrize(("text", "expected"), [
    ("Earlier this evening, at around 22:40, the airport suspended flights.",
     [("this evening", "2024-10-21TEV"), ("22:40", "2024-10-21T22:40")]),
    ("Explosions were heard this afternoon near the base.", [("this afternoon", "2024-10-21TAF")]),
])
def test_a_past_evening_said_just_after_midnight_is_the_day_before(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2024-10-22T00:35:00+03:00") == expected


def test_a_coming_evening_and_an_early_morning_just_after_midnight_are_today() -> None:
    assert found("Power cuts will return this evening.", "2024-10-22T00:35:00+03:00") == [
        ("this evening", "2024-10-22TEV")]
    assert found("Early this morning, at 00:10, sirens sounded.", "2024-10-22T00:35:00+03:00") == [
        ("this morning", "2024-10-22TMO"), ("00:10", "2024-10-22T00:10")]


@pytest.mark.parametrize(("text", "clock", "value"), [
    ("A woman died in hospital on Sunday morning. The strike itself came at 17:40.", "17:40",
     "2025-07-05T17:40"),
    ("Today the toll rose to seven. The drone hit the bus at 18:15, officials said.", "18:15",
     "2025-07-05T18:15"),
])
def test_a_past_clock_time_later_than_publication_is_the_day_before_even_after_today(
        text: str, clock: str, value: str) -> None:
    assert dict(found(text, "2025-07-06T09:00:00+03:00"))[clock] == value


# ---------------------------------------------------------------- live-blog entry stamps

def test_a_live_blog_stamp_is_not_moved_by_the_entry_above_it() -> None:
    text = ("12:35 — Outages will be applied tonight and tomorrow.\n\n"
            "11:50 — The toll has risen to two.\n\n"
            "10:20 — Jets were scrambled at 05:40, the command said.")
    values = dict(found(text, "2024-08-26T12:40:00+03:00"))
    assert values["11:50"] == "2024-08-26T11:50"
    assert values["10:20"] == "2024-08-26T10:20"
    assert values["05:40"] == "2024-08-26T05:40"


@pytest.mark.parametrize(("text", "stamp", "value"), [
    ("Overnight, drones hit the port.\n\n12:50 — The toll rose to five.", "12:50", "2024-03-02T12:50"),
    ("Drones attacked overnight.\n\n15:20 - Drones are attacking again, the mayor said.", "15:20",
     "2024-03-02T15:20"),
])
def test_a_stamp_after_a_night_is_the_day_of_the_report(text: str, stamp: str, value: str) -> None:
    assert dict(found(text, "2024-03-02T16:00:00+02:00"))[stamp] == value


# ---------------------------------------------------------------- a limit a past clause sets ahead

@pytest.mark.parametrize(("text", "day", "value"), [
    ("The governor ordered schools closed through Saturday.", "Saturday", "2025-06-14"),
    ("A day of mourning was declared for Monday.", "Monday", "2025-06-16"),
    ("Flights were suspended until Thursday, the agency said.", "Thursday", "2025-06-12"),
])
def test_a_weekday_a_past_clause_looks_ahead_to_is_the_coming_one(text: str, day: str, value: str) -> None:
    assert dict(found(text, "2025-06-11T10:00:00+03:00"))[day] == value


def test_a_weekday_something_lasted_until_is_past() -> None:
    assert dict(found("Shelling continued until Sunday, officials said.",
                      "2025-06-11T10:00:00+03:00"))["Sunday"] == "2025-06-08"


def test_a_limit_ahead_does_not_date_the_clock_times_after_it() -> None:
    text = ("Drones struck the city early on Friday. Schools were closed through Saturday. "
            "Later in the morning, at 9:30, more drones came.")
    values = dict(found(text, "2025-06-13T11:00:00+03:00"))
    assert values["the morning"] == "2025-06-13TMO"
    assert values["9:30"] == "2025-06-13T09:30"


# ---------------------------------------------------------------- an afternoon after a night

@pytest.mark.parametrize(("text", "clock", "value"), [
    ("Russian missiles struck the city overnight. Power was partly restored by 14:30.", "14:30",
     "2024-03-22T14:30"),
    ("Overnight, 40 drones were downed. Between 12:15 and 13:05 Moscow time, four more were "
     "destroyed.", "12:15", "2024-03-22T12:15"),
])
def test_an_afternoon_time_after_a_night_is_the_day_the_night_ends(text: str, clock: str, value: str) -> None:
    assert dict(found(text, "2024-03-22T18:00:00+02:00"))[clock] == value


def test_an_evening_time_after_a_night_is_still_the_evening_before() -> None:
    text = "On Friday night, at 23:00, drones attacked."
    assert dict(found(text, "2024-03-23T09:00:00+02:00"))["23:00"] == "2024-03-22T23:00"


# ---------------------------------------------------------------- a reporting period up to a clock time

@pytest.mark.parametrize("text", [
    "A drone hit a car at 11 a.m. yesterday. Over the 24 hours to 8 a.m., 112 attacks were recorded.",
    "Yesterday two people were hurt. In the 24 hours until 8 a.m., the region was shelled 40 times.",
])
def test_the_hours_up_to_a_clock_time_end_at_the_report(text: str) -> None:
    assert dict(found(text, "2025-01-14T10:30:00+03:00"))["8 a.m."] == "2025-01-14T08:00"


# ---------------------------------------------------------------- an early time after an evening clock time

@pytest.mark.parametrize(("text", "clock", "value"), [
    ("The attack began at 23:40 on Sunday. A flight ban was introduced at 1:00.", "1:00", "2025-01-27T01:00"),
    ("At 20:15 on Sunday sirens sounded; at 02:10 a missile hit a depot.", "02:10", "2025-01-27T02:10"),
])
def test_an_early_time_after_an_evening_clock_time_is_past_midnight(
        text: str, clock: str, value: str) -> None:
    assert dict(found(text, "2025-01-28T10:00:00+03:00"))[clock] == value


# ---------------------------------------------------------------- halves of months, nights between weekdays

@pytest.mark.parametrize(("text", "absent"), [
    ("Outages for the second half of the month may be extended.", "the second half"),
    ("Strikes intensified in the first half of May.", "the first half"),
])
def test_the_half_of_a_month_is_no_half_year(text: str, absent: str) -> None:
    assert absent not in dict(found(text, "2024-11-17T14:00:00+02:00"))


@pytest.mark.parametrize(("text", "expected"), [
    ("On Saturday into Sunday, 12 drones targeted the port.", ("Saturday into Sunday", "2025-02-16TNI")),
    ("Overnight on Friday into Saturday, two drones were downed.", ("Friday into Saturday", "2025-02-15TNI")),
])
def test_one_weekday_into_the_next_is_a_night(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "2025-02-17T08:10:00+02:00")


@pytest.mark.parametrize(("text", "expected"), [
    ("Supply will be restored in the coming hours.", ("the coming hours", "FUTURE_REF")),
    ("In recent hours, shelling has intensified.", ("In recent hours", "PAST_REF")),
    ("The largest attack since the winter of 2022-2023.", ("winter of 2022-2023", "2022-WI")),
    ("Power cuts were common in winter 2023/24.", ("winter 2023/24", "2023-WI")),
])
def test_vague_hours_and_seasons_across_two_years(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "2024-11-17T14:00:00+02:00")


# ---------------------------------------------------------------- "4 h", an update stamp, late on a day

@pytest.mark.parametrize(("text", "expected"), [
    ("In total, the alert lasted 4 h 23 min.", ("4 h 23 min", "PT4H23M")),
    ("The blackout lasted 3 h in the city.", ("3 h", "PT3H")),
])
def test_hours_abbreviated_as_h(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_horsepower_figure_is_no_length() -> None:
    assert found("The boat had a 5 h.p. engine.") == []


def test_an_update_stamp_is_the_time_of_the_report() -> None:
    text = "Late on Monday a drone hit a car.\n\n(Updated at 09:35 with the governor's comments.)"
    assert dict(found(text, "2025-06-03T09:40:00+03:00"))["09:35"] == "2025-06-03T09:35"


@pytest.mark.parametrize(("text", "clock", "value"), [
    ("Iran launched drones at Israel late on Saturday. Sirens sounded after 1:40 a.m.", "1:40 a.m.",
     "2024-04-14T01:40"),
    ("Late on Monday, a drone hit a car at around 9 p.m. The alert lasted from 01:12 to 04:37.", "01:12",
     "2025-06-03T01:12"),
])
def test_an_early_time_after_late_on_a_day_is_past_midnight(text: str, clock: str, value: str) -> None:
    published = "2024-04-14T09:30:00+03:00" if "Israel" in text else "2025-06-03T09:40:00+03:00"
    assert dict(found(text, published))[clock] == value


# ---------------------------------------------------------------- a bare hour opening a range; quarters

@pytest.mark.parametrize(("text", "expected"), [
    ("Drones were downed between 2 and 4 a.m. Moscow time.", [("2", "2025-06-03T02:00"),
                                                              ("4 a.m. Moscow time", "2025-06-03T04:00")]),
    ("Shelling went on from 9 to 11 p.m. yesterday.", [("9", "2025-06-02T21:00"),
                                                       ("11 p.m. yesterday", "2025-06-02T23:00")]),
])
def test_a_bare_hour_takes_the_meridiem_of_its_range_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-06-03T09:40:00+03:00") == expected


def test_a_count_between_two_numbers_is_no_time() -> None:
    assert found("Between 2 and 4 drones fell on the district.", "2025-06-03T09:40:00+03:00") == []


def test_a_past_quarter_in_a_future_clause_is_next_years() -> None:
    text = "Schools will study online until the end of the first quarter."
    assert found(text, "2024-09-01T23:30:00+03:00") == [("the end of the first quarter", "2025-Q1")]


# ---------------------------------------------------------------- a day decided on; midnight ending a day

@pytest.mark.parametrize(("text", "day", "value"), [
    ("June 24 has been declared a day of mourning in the city.", "June 24", "2024-06-24"),
    ("Monday has been declared a day of mourning.", "Monday", "2024-06-24"),
    ("A day of mourning has been declared for June 25, the mayor said.", "June 25", "2024-06-25"),
])
def test_a_day_declared_for_mourning_lies_ahead(text: str, day: str, value: str) -> None:
    assert dict(found(text, "2024-06-23T21:15:00+03:00"))[day] == value


def test_a_day_something_happened_on_stays_past() -> None:
    values = dict(found("Two people have been killed since Monday.", "2024-06-23T21:15:00+03:00"))
    assert values["Monday"] == "2024-06-17"


@pytest.mark.parametrize(("text", "value"), [
    ("Shortly before midnight on Thursday, sirens sounded in Kursk.", "2024-06-21T00:00"),
    ("At midnight on Thursday the ban began.", "2024-06-20T00:00"),
])
def test_midnight_after_before_ends_its_day(text: str, value: str) -> None:
    assert dict(found(text, "2024-06-23T21:15:00+03:00"))["midnight on Thursday"] == value


# ---------------------------------------------------------------- a weekend said on a Friday; habits; nights

@pytest.mark.parametrize("text", ["Over the weekend, two civilians were injured.",
                                  "At the weekend, power lines were damaged."])
def test_a_past_weekend_said_on_a_friday_is_the_last_one(text: str) -> None:
    assert dict(found(text, "2025-05-16T08:45:00+03:00"))["the weekend"] == "2025-W19-WE"


def test_a_clock_time_of_a_habit_has_no_day() -> None:
    text = "On the night of 28 August, 23 people were killed. The attacks typically occur at 3 a.m."
    assert dict(found(text, "2025-09-07T10:00:00+03:00"))["3 a.m."] == "XXXX-XX-XXT03:00"


def test_the_nights_of_two_days_are_two_nights() -> None:
    text = "It took place on the nights of 14 and 15 May."
    assert found(text, "2025-05-16T08:45:00+03:00") == [("14", "2025-05-14TNI"), ("15 May", "2025-05-15TNI")]
