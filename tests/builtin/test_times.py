"""The built-in times plugin: TIMEX3 extents, types and values, intervals, bounds, options."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentkit import Document, Findings, Pipeline, PluginError, TimeInterval, TimeMention
from incidentkit.builtin import times as times_plugin
from incidentkit.builtin.times import TimesConfig, TimesExtractor
from incidentkit.testing import run_extractor

EXTRACTOR = TimesExtractor()


def found(
    text: str, published: str | None = None, extractor: TimesExtractor = EXTRACTOR
) -> list[tuple[str, str, str]]:
    """(text, type, value) of each time mention, in text order."""
    document = Document(text=text, published=published)
    return [(m.text, m.type.value, m.value) for m in extractor.extract(document, Findings())
            if isinstance(m, TimeMention)]


def mentions(text: str, published: str | None = None) -> list[TimeMention | TimeInterval]:
    return list(EXTRACTOR.extract(Document(text=text, published=published), Findings()))


# ---------------------------------------------------------------- attack reports (FORMAT.md conventions)

@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # clock times take the report's day; an interval gives both endpoints
        ("Twelve drones were destroyed between 9:15 and 11:40 over the Oryol region.", "2025-03-02",
         [("9:15", "TIME", "2025-03-02T09:15"), ("11:40", "TIME", "2025-03-02T11:40")]),
        # a clock time with its zone and date is one expression
        ("The attack began at 22:10 Moscow time on March 1, the ministry said.", "2025-03-02",
         [("22:10 Moscow time on March 1", "TIME", "2025-03-01T22:10")]),
        # nights: the night of D-1 to D is DTNI
        ("Drones attacked the port on the night of May 11-12.", "2025-05-12",
         [("the night of May 11-12", "TIME", "2025-05-12TNI")]),
        ("Air defences were busy overnight, the governor wrote on Monday.", "2025-05-12",
         [("overnight", "TIME", "2025-05-12TNI"), ("Monday", "DATE", "2025-05-12")]),
        ("Forty drones were shot down during the night to Sunday.", "2025-05-11T09:00:00+03:00",
         [("the night to Sunday", "TIME", "2025-05-11TNI")]),
        ("Explosions were heard on Thursday night, at about 23:20.", "2025-05-10",
         [("Thursday night", "TIME", "2025-05-09TNI"), ("23:20", "TIME", "2025-05-08T23:20")]),
        ("Drones flew in on the night of 9 to 10 May and the night from Saturday to Sunday.", "2025-05-11",
         [("the night of 9 to 10 May", "TIME", "2025-05-10TNI"),
          ("the night from Saturday to Sunday", "TIME", "2025-05-11TNI")]),
        ("Overnight from Saturday into Sunday, 30 drones were downed.", "2025-05-11",
         [("Overnight from Saturday into Sunday", "TIME", "2025-05-11TNI")]),
        ("Sirens sounded last night in the city.", "2025-05-10T08:00:00+03:00",
         [("last night", "TIME", "2025-05-10TNI")]),
        # parts of day
        ("The strike hit the market on Tuesday morning; by the evening the toll had risen.", "2025-06-05",
         [("Tuesday morning", "TIME", "2025-06-03TMO"), ("the evening", "TIME", "2025-06-03TEV")]),
        ("It happened yesterday afternoon, officials said this morning.", "2025-06-05",
         [("yesterday afternoon", "TIME", "2025-06-04TAF"), ("this morning", "TIME", "2025-06-05TMO")]),
        # relative days and anaphora
        ("A shell hit the school on Friday. Later the same day, two more hit the clinic.", "2025-06-09",
         [("Friday", "DATE", "2025-06-06"), ("the same day", "DATE", "2025-06-06")]),
        ("The toll rose on Saturday; the previous day had been quiet.", "2025-06-09",
         [("Saturday", "DATE", "2025-06-07"), ("the previous day", "DATE", "2025-06-06")]),
        ("The strike came on June 20. Three days earlier, a depot burned.", "2025-06-22",
         [("June 20", "DATE", "2025-06-20"), ("Three days earlier", "DATE", "2025-06-17")]),
        # durations
        ("The alert lasted 3.5 hours; within a span of two hours, 20 drones fell.", "2025-06-22",
         [("3.5 hours", "DURATION", "PT3H30M"), ("two hours", "DURATION", "PT2H")]),
        ("In the past 24 hours, the ministry said, 40 drones were downed.", "2025-06-22",
         [("the past 24 hours", "DURATION", "PT24H")]),
        ("An hour-long barrage followed, then half an hour of silence.", "2025-06-22",
         [("hour-long", "DURATION", "PT1H"), ("half an hour", "DURATION", "PT30M")]),
        # ages and vague hours
        ("A 62-year-old man was hurt; the fire burned for hours.", "2025-06-22",
         [("62-year-old", "DURATION", "P62Y"), ("hours", "DURATION", "PTXH")]),
        # present reference, sets, holidays
        ("For now, flights are suspended; checks are made daily.", "2025-06-22",
         [("now", "DATE", "PRESENT_REF"), ("daily", "SET", "P1D")]),
        ("The Kyiv strike came on Christmas morning; Ukraine marks Independence Day in August.",
         "2024-12-26", [("Christmas morning", "TIME", "2024-12-25TMO"),
                        ("Independence Day", "DATE", "2024-08-24"), ("August", "DATE", "2024-08")]),
    ],
)
def test_attack_report_expressions(text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


# ---------------------------------------------------------------- general news (TimeML TIMEX3)

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose 12% in the third quarter from a year earlier.",
         [("the third quarter", "DATE", "1997-Q3"), ("a year earlier", "DATE", "1997")]),
        ("Shares fell yesterday after rising last week.",
         [("yesterday", "DATE", "1998-02-26"), ("last week", "DATE", "1998-W08")]),
        ("He retires next month after 30 years with the company.",
         [("next month", "DATE", "1998-03"), ("30 years", "DURATION", "P30Y")]),
        ("The talks began three weeks ago and may last through the weekend.",
         [("three weeks ago", "DATE", "1998-W06"), ("the weekend", "DATE", "1998-W09-WE")]),
        ("Rates were cut on Dec. 31, 1989, and again in fiscal 1991.",
         [("Dec. 31, 1989", "DATE", "1989-12-31"), ("fiscal 1991", "DATE", "1991")]),
        ("The 1990s were calm; in the late '80s markets crashed.",
         [("The 1990s", "DATE", "199X"), ("the late '80s", "DATE", "198X")]),
        ("Recently, prices have risen for several months.",
         [("Recently", "DATE", "PAST_REF"), ("several months", "DURATION", "PXM")]),
        ("Earlier this year sales slowed; the trend may continue in the future.",
         [("Earlier this year", "DATE", "1998"), ("the future", "DATE", "FUTURE_REF")]),
        ("In the first half of 1997 output fell, and the board meets every two weeks.",
         [("the first half of 1997", "DATE", "1997-H1"), ("every two weeks", "SET", "P2W")]),
        ("The meeting is set for 10 a.m. EST on Thursday.",
         [("10 a.m. EST on Thursday", "TIME", "1998-03-05T10:00")]),
        ("The 20th century ended; mid-July was hot; early 2024 will be busy.",
         [("The 20th century", "DATE", "19XX"), ("mid-July", "DATE", "1997-07"),
          ("early 2024", "DATE", "2024")]),
        ("The agency publishes on 2025-07-20 and published before on 20.06.2025.",
         [("2025-07-20", "DATE", "2025-07-20"), ("20.06.2025", "DATE", "2025-06-20")]),
    ],
)
def test_general_news_expressions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, "1998-02-27") == expected


def test_modifiers_are_kept() -> None:
    by_text = {m.text: m for m in mentions("It began in early 2024 and ended in late May.", "2025-01-10")
               if isinstance(m, TimeMention)}
    assert by_text["early 2024"].mod == "START"
    assert by_text["late May"].mod == "END"


# ---------------------------------------------------------------- what is never a time

@pytest.mark.parametrize(
    "text",
    [
        "Su-34 and Tu-95MS bombers and S-400 systems took part.",
        "Air defences shot down 93 drones and 2000 people were evacuated.",
        "The team won 3-1; call 555-2014 or the hotline, open 24/7.",
        "The court may rule soon. Crowds march through the centre.",
        "He said it in a second statement about the daily life of residents.",
        "Prices rose 2020% and the plant produced 1500 tonnes.",
        "The total reached 2000, up from 1800; flight 2045 landed in room 1999.",
    ],
)
def test_never_a_time(text: str) -> None:
    assert found(text, "2025-07-20") == []


def test_rates_are_sets() -> None:
    assert found("Roughly 53 drones a day were launched, 300 per week.", "2025-07-20") == [
        ("a day", "SET", "P1D"), ("per week", "SET", "P1W")]


def test_month_names_need_capitals_and_context() -> None:
    assert found("Troops may leave. Talks were held in May.", "2025-07-20") == [("May", "DATE", "2025-05")]
    assert found("Talks may resume in May.", "2025-07-20") == [("May", "DATE", "2026-05")]


# ---------------------------------------------------------------- weekdays, years, publication

def test_weekdays_are_the_last_one_unless_the_clause_is_future() -> None:
    published = "2025-07-16"  # a Wednesday
    assert found("The port was hit on Monday.", published) == [("Monday", "DATE", "2025-07-14")]
    assert found("The talks will resume on Monday.", published) == [("Monday", "DATE", "2025-07-21")]
    assert found("Talks are due next Monday.", published) == [("next Monday", "DATE", "2025-07-21")]
    assert found("It was quiet on Wednesday.", published) == [("Wednesday", "DATE", "2025-07-16")]


def test_coordinated_weekdays_follow_each_other() -> None:
    assert found("Events were cancelled for Saturday and Sunday.", "2024-12-21") == [
        ("Saturday", "DATE", "2024-12-21"), ("Sunday", "DATE", "2024-12-22")]


def test_dates_without_a_year_take_the_nearest_year_the_tense_allows() -> None:
    assert found("The previous attack came on December 29.", "2024-01-02") == [
        ("December 29", "DATE", "2023-12-29")]
    assert found("Earlier this year, 81 missiles were fired on March 9.", "2023-12-29") == [
        ("Earlier this year", "DATE", "2023"), ("March 9", "DATE", "2023-03-09")]
    assert found("The parade on May 9 will go ahead.", "2023-05-03") == [("May 9", "DATE", "2023-05-09")]


def test_a_year_written_earlier_in_the_sentence_dates_what_follows() -> None:
    assert found("The worst attack since 2022, when the invasion began on February 24.", "2025-05-13") == [
        ("2022", "DATE", "2022"), ("February 24", "DATE", "2022-02-24")]


def test_vague_lengths_and_relative_nights() -> None:
    assert found("Hours later, a second drone hit. A few days later the port reopened.", "2025-07-21") == [
        ("Hours", "DURATION", "PTXH"), ("A few days", "DURATION", "PXD")]
    assert found("A drone struck on Sunday; the previous night was quiet, the following morning was not.",
                 "2025-07-21") == [("Sunday", "DATE", "2025-07-20"),
                                   ("the previous night", "TIME", "2025-07-20TNI"),
                                   ("the following morning", "TIME", "2025-07-21TMO")]


def test_part_of_day_on_a_day() -> None:
    assert found("A second wave came at dawn on Monday.", "2025-05-13") == [
        ("dawn on Monday", "TIME", "2025-05-12TMO")]


def test_without_a_publication_date_values_keep_x() -> None:
    assert found("Drones attacked on July 20 and again yesterday.") == [
        ("July 20", "DATE", "XXXX-07-20"), ("yesterday", "DATE", "XXXX-XX-XX")]
    assert found("It happened on 20 July 2025.") == [("20 July 2025", "DATE", "2025-07-20")]


def test_a_clock_time_later_than_publication_is_the_day_before() -> None:
    assert found("The blast was heard at 23:10.", "2025-07-20T08:00:00+03:00") == [
        ("23:10", "TIME", "2025-07-19T23:10")]


# ---------------------------------------------------------------- intervals

def test_between_gives_an_interval_and_its_endpoints() -> None:
    text = "The operation took place between 8:00 and 12:30, the governor said."
    result = mentions(text, "2025-07-20")
    intervals = [m for m in result if isinstance(m, TimeInterval)]
    assert [m.text for m in result if isinstance(m, TimeMention)] == ["8:00", "12:30"]
    assert len(intervals) == 1
    interval = intervals[0]
    assert interval.text == "between 8:00 and 12:30"
    assert (interval.start, interval.end) == ("2025-07-20T08:00", "2025-07-20T12:30")
    assert text[interval.start_span.start:interval.start_span.end] == "8:00"  # type: ignore[union-attr]


def test_interval_endpoints_share_zone_and_cross_midnight() -> None:
    result = mentions("Shelling went on from 22:00 to 01:30 Moscow time.", "2025-07-20")
    times = [m for m in result if isinstance(m, TimeMention)]
    assert [(m.text, m.value, m.zone) for m in times] == [
        ("22:00", "2025-07-20T22:00", "Europe/Moscow"),
        ("01:30 Moscow time", "2025-07-21T01:30", "Europe/Moscow")]
    interval = next(m for m in result if isinstance(m, TimeInterval))
    assert interval.zone == "Europe/Moscow"
    assert times[0].earliest == dt.datetime(2025, 7, 20, 22, 0, tzinfo=ZoneInfo("Europe/Moscow"))


def test_interval_with_dates_on_both_ends() -> None:
    result = mentions("The attack lasted from 23:30 on July 19 to 07:00 on July 20.", "2025-07-20")
    interval = next(m for m in result if isinstance(m, TimeInterval))
    assert (interval.start, interval.end) == ("2025-07-19T23:30", "2025-07-20T07:00")
    assert interval.text == "from 23:30 on July 19 to 07:00 on July 20"


def test_ranges_across_months() -> None:
    result = mentions("The exercise runs from July 31 to August 2.", "2025-07-01")
    assert [(m.text, m.value) for m in result if isinstance(m, TimeMention)] == [
        ("July 31", "2025-07-31"), ("August 2", "2025-08-02")]


def test_day_ranges_are_intervals() -> None:
    result = mentions("The summit runs July 19-20.", "2025-07-01")
    assert [(m.text, m.value) for m in result if isinstance(m, TimeMention)] == [
        ("July 19", "2025-07-19"), ("20", "2025-07-20")]
    assert any(isinstance(m, TimeInterval) and m.text == "July 19-20" for m in result)


# ---------------------------------------------------------------- bounds and zones

def test_bounds_are_aware_in_the_publication_offset() -> None:
    (mention,) = mentions("Blasts were heard on Sunday.", "2023-08-14T09:00:00+03:00")
    assert isinstance(mention, TimeMention)
    assert mention.granularity is not None and mention.granularity.value == "day"
    assert mention.earliest is not None and mention.latest is not None
    assert mention.earliest.isoformat() == "2023-08-13T00:00:00+03:00"
    assert mention.latest - mention.earliest == dt.timedelta(days=1)


def test_named_zone_sets_the_bounds_zone_and_value_stays_local() -> None:
    (mention,) = mentions("A drone was destroyed at 11:30 Kyiv time.", "2023-08-14T09:00:00+03:00")
    assert isinstance(mention, TimeMention)
    assert mention.value == "2023-08-13T11:30" or mention.value == "2023-08-14T11:30"
    assert mention.zone in ("Europe/Kyiv", "Europe/Kiev")
    assert mention.earliest is not None and mention.earliest.utcoffset() == dt.timedelta(hours=3)


def test_night_bounds_run_from_the_evening_before() -> None:
    (mention,) = mentions("Drones attacked overnight.", "2025-07-20")
    assert isinstance(mention, TimeMention)
    assert (mention.earliest, mention.latest) == (dt.datetime(2025, 7, 19, 21), dt.datetime(2025, 7, 20, 6))


def test_durations_and_sets_have_no_bounds() -> None:
    for mention in mentions("It lasted five hours and recurs weekly.", "2025-07-20"):
        assert isinstance(mention, TimeMention)
        assert mention.earliest is None and mention.granularity is None


# ---------------------------------------------------------------- plugin, options

def test_plugin_runs_in_a_pipeline() -> None:
    report = run_extractor(times_plugin, "Drones were downed on July 20.", published="2025-07-21")
    assert [(m.text, m.value, m.extractor) for m in report.times] == [("July 20", "2025-07-20", "times")]


def test_options_add_zones_and_holidays_and_switch_nights() -> None:
    pipeline = Pipeline(
        plugins=[times_plugin], builtins=False, autoload=False, strict=True,
        options={"times": {"zones": {"Tbilisi time": "Asia/Tbilisi"},
                           "holidays": {"Unity Day": "04-09"}, "night": "timeml"}},
    )
    report = pipeline.extract("At 10:00 Tbilisi time on Unity Day, and again on Friday night.",
                              published="2025-04-12")
    values = [(m.text, m.value, m.zone) for m in report.times]
    assert values == [("10:00 Tbilisi time on Unity Day", "2025-04-09T10:00", "Asia/Tbilisi"),
                      ("Friday night", "2025-04-11TNI", None)]


class TbilisiPlugin:
    """A third-party plugin adding a zone and a holiday through the times hook."""

    @staticmethod
    def incidentkit_times_vocabulary() -> dict[str, object]:
        return {"zones": {"Tbilisi time": "Asia/Tbilisi"}, "holidays": {"Unity Day": "04-09"}}


def test_other_plugins_extend_the_vocabulary_through_the_hook() -> None:
    pipeline = Pipeline(plugins=[times_plugin, TbilisiPlugin()], builtins=False, autoload=False, strict=True)
    report = pipeline.extract("Sirens at 10:00 Tbilisi time on Unity Day.", published="2025-04-12")
    assert [(m.text, m.value, m.zone) for m in report.times] == [
        ("10:00 Tbilisi time on Unity Day", "2025-04-09T10:00", "Asia/Tbilisi")]


def test_a_hook_returning_something_else_fails_clearly() -> None:
    class Broken:
        @staticmethod
        def incidentkit_times_vocabulary() -> list[str]:
            return ["Tbilisi time"]

    with pytest.raises(PluginError, match="incidentkit_times_vocabulary"):
        Pipeline(plugins=[times_plugin, Broken()], builtins=False, autoload=False)


@pytest.mark.parametrize(
    "options",
    [{"colour": "blue"}, {"zones": ["Moscow time"]}, {"night": "sometimes"},
     {"zones": {"Mars time": "Mars/Olympus"}}],
)
def test_bad_options_fail_clearly(options: dict[str, object]) -> None:
    with pytest.raises(PluginError, match="times"):
        TimesConfig.from_options(options)


# ---------------------------------------------------------------- invariants

@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda s: s.strip()),
       st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 1, 1))))
def test_no_exception_and_valid_spans_on_arbitrary_text(text: str, published: dt.date | None) -> None:
    document = Document(text=text, published=published)
    for mention in EXTRACTOR.extract(document, Findings()):
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert text[mention.span.start:mention.span.end] == mention.text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "on July 20", " between 8:00 and 12:30", " overnight", " the same day", " 4.5 hours", " Sunday",
    " from 23:30 on July 19 to 07:00 on July 20", " 93 drones", " Su-34", " last week", " the 1990s",
    " 11:00 Moscow time", ",", ".", " and", " the night of July 19-20", " two days ago", " May",
]), min_size=1, max_size=30))
def test_no_exception_on_dense_time_text(parts: list[str]) -> None:
    text = "".join(parts).strip() or "x"
    for mention in EXTRACTOR.extract(Document(text=text, published="2025-07-20"), Findings()):
        assert text[mention.span.start:mention.span.end] == mention.text


def test_long_text_is_processed_in_linear_time() -> None:
    paragraph = ("Air defences destroyed 16 drones between 8:00 and 12:30 on July 20, the governor "
                 "said on Sunday; overnight, 93 more were shot down over the Kaluga region. ")
    small, large = paragraph * 50, paragraph * 400
    started = time.perf_counter()
    EXTRACTOR.extract(Document(text=small, published="2025-07-21"), Findings())
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    result = list(EXTRACTOR.extract(Document(text=large, published="2025-07-21"), Findings()))
    large_time = time.perf_counter() - started
    assert len(result) >= 400 * 5
    assert large_time < max(small_time, 0.05) * 8 * 4  # 8x the text, well under quadratic


# ---------------------------------------------------------------- amounts beyond the calendar

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5000 years ago", ("5000 years ago", "DATE", "PAST_REF")),  # year -2975: no TIMEX3 date
        ("30 centuries ago", ("30 centuries ago", "DATE", "PAST_REF")),
        ("900000 days ago", ("900000 days ago", "DATE", "PAST_REF")),  # before 1 January of year 1
        ("100000 months ago", ("100000 months ago", "DATE", "PAST_REF")),
        ("9000 years later", ("9000 years later", "DATE", "FUTURE_REF")),  # a five-digit year
        ("900000 hours ago", ("900000 hours ago", "DATE", "PAST_REF")),
        ("11111111111111111111 days ago", ("11111111111111111111 days ago", "DATE", "PAST_REF")),
        ("7,000 years ago", ("7,000 years ago", "DATE", "PAST_REF")),
        ("3 days ago", ("3 days ago", "DATE", "2025-07-17")),  # within the calendar: a date as ever
    ],
)
def test_a_shift_beyond_the_calendar_is_a_past_or_future_reference(
        text: str, expected: tuple[str, str, str]) -> None:
    # these once raised (OverflowError, "year out of range", an invalid TIMEX3 value), and the
    # stage lost every time expression of the report with them
    assert found(f"{text} drones attacked Kursk; on Monday 5 drones were downed.", "2025-07-20") == [
        expected, ("Monday", "DATE", "2025-07-14")]


@pytest.mark.parametrize("digits", [20, 310, 400])
@pytest.mark.parametrize("template", ["{} days ago", "for {} hours", "{}.5 hours later", "every {} days",
                                      "{} and a half hours"])
def test_no_amount_of_digits_stops_the_stage(digits: int, template: str) -> None:
    text = template.format("1" * digits) + " drones attacked Kursk on Monday."
    assert ("Monday", "DATE", "2025-07-14") in found(text, "2025-07-20")


@pytest.mark.parametrize("value", ["00XX", "000X", "99XX", "999X", "0001-01-01TNI"])
def test_a_period_beyond_datetimes_years_has_no_bounds_rather_than_an_error(value: str) -> None:
    from incidentkit.builtin.times.values import bounds

    assert bounds(value) is None


def test_the_first_century_is_found_without_bounds() -> None:
    # its bounds would start in year 0, which datetime has not: the stage once lost the report's times
    (century, monday) = mentions("In the 1st century, 3 drones; on Monday 5 more.", "2025-07-20")
    assert isinstance(century, TimeMention) and isinstance(monday, TimeMention)
    assert (century.text, century.value, century.earliest) == ("the 1st century", "00XX", None)
    assert monday.value == "2025-07-14"


def test_a_zone_in_brackets_belongs_to_its_clock_time() -> None:
    # Russian MoD style: "from 18:00 (MSK) to 07:00"; both ends of the interval share it
    times = [m for m in mentions("From 18:00 (MSK) to 07:00, 30 drones were downed. At 8:00 (see below) "
                                 "a drone hit Kyiv.", "2025-07-20T09:00:00+03:00")
             if isinstance(m, TimeMention)]
    assert [(m.text, m.value, m.zone) for m in times] == [
        ("18:00 (MSK)", "2025-07-19T18:00", "Europe/Moscow"), ("07:00", "2025-07-20T07:00", "Europe/Moscow"),
        ("8:00", "2025-07-20T08:00", None)]
