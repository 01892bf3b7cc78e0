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


# ---------------------------------------------------------------- nights: the report's own overnight

PUBLISHED_MONDAY = "2025-05-26T08:00:00+03:00"


@pytest.mark.parametrize(("text", "expected"), [
    # the body opens with the current night; the night named after it is the one before
    ("Russia launched 300 drones overnight. On the night of Saturday to Sunday, 290 drones were launched.",
     [("overnight", "2025-05-26TNI"), ("the night of Saturday to Sunday", "2025-05-25TNI")]),
    ("Air defence was busy overnight, officials said. On the night of May 24-25, 40 drones were downed. "
     "Overnight, debris fell on two houses.",
     [("overnight", "2025-05-26TNI"), ("the night of May 24-25", "2025-05-25TNI"),
      ("Overnight", "2025-05-26TNI")]),
])
def test_a_body_overnight_before_a_named_night_is_the_night_before_publication(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, PUBLISHED_MONDAY) == expected


def test_a_headline_overnight_still_means_the_night_the_body_names() -> None:
    text = "Drones downed overnight\n\nOn the night of May 24-25, 40 drones were downed over Kursk."
    assert found(text, PUBLISHED_MONDAY)[0] == ("overnight", "2025-05-25TNI")


@pytest.mark.parametrize(("text", "expected"), [
    ("On the night of May 24-25, 40 drones were downed. The night before, 12 more were.",
     ("The night before", "2025-05-24TNI")),
    ("On the night of May 20-21, drones hit Sumy. The following night, they hit Kharkiv.",
     ("The following night", "2025-05-22TNI")),
])
def test_the_night_before_or_after_a_named_night(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, PUBLISHED_MONDAY)


def test_the_night_before_an_event_is_not_a_night_before_a_night() -> None:
    values = found("Sirens sounded on the night before the vote.", PUBLISHED_MONDAY)
    assert ("the night before the vote", "2025-05-25TNI") not in values
    assert all(not text.startswith("the night before") for text, _ in values)


# ---------------------------------------------------------------- day ranges, dotted dates, live blogs

@pytest.mark.parametrize(("text", "expected"), [
    ("The government declared mourning from June 2 to June 4.",
     [("June 2", "2025-06-02"), ("June 4", "2025-06-04")]),
    ("Officials declared a state of emergency from 1 to 4 June.",
     [("1", "2025-06-01"), ("4 June", "2025-06-04")]),
])
def test_a_day_range_in_a_past_clause_ends_after_it_starts(text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-06-02T12:00:00+03:00") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The depot had been hit before, on 17.04.", [("17.04", "2025-04-17")]),
    ("The depot was hit on 17.04 and 6 May.", [("17.04", "2025-04-17"), ("6 May", "2025-05-06")]),
])
def test_a_dotted_day_and_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-06-02T12:00:00+03:00") == expected


def test_a_live_blog_timestamp_followed_by_a_colon() -> None:
    text = "14:05: Two drones were shot down near Odesa.\n13:50: Sirens sounded in the south."
    assert found(text, "2025-06-02T14:30:00+03:00") == [("14:05", "2025-06-02T14:05"),
                                                          ("13:50", "2025-06-02T13:50")]


@pytest.mark.parametrize("text", ["The match ended 2:1: a draw was never likely.",
                                  "Log entry 10:15:07 shows the launch."])
def test_a_ratio_or_a_time_with_seconds_is_not_cut_at_its_colon(text: str) -> None:
    assert ("10:15", "2025-06-02T10:15") not in found(text, "2025-06-02T14:30:00+03:00")
    assert all(t != "2:1" for t, _ in found(text, "2025-06-02T14:30:00+03:00"))


# ---------------------------------------------------------- abbreviated lengths; mornings after an evening

@pytest.mark.parametrize(("text", "expected"), [
    ("The air raid alert lasted 8 hrs 12 mins.", [("8 hrs 12 mins", "PT8H12M")]),
    ("The outage lasted 1 hr 5 min.", [("1 hr 5 min", "PT1H5M")]),
])
def test_a_compound_length_in_abbreviations(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The attack began on Saturday evening and went on until around 7:30.", ("7:30", "2025-09-07T07:30")),
    ("Shelling started on Friday evening and lasted till 9:15.", ("9:15", "2025-09-06T09:15")),
])
def test_a_morning_end_after_an_evening_start_is_the_next_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "2025-09-07T10:00:00+03:00")


def test_a_morning_time_after_an_evening_without_until_keeps_its_day() -> None:
    text = "Rallies were held on Saturday evening. At 9:15 the governor spoke."
    assert ("9:15", "2025-09-06T09:15") in found(text, "2025-09-07T10:00:00+03:00")


# ------------------------------------------------ Easter days by country; a coming day in a reported sentence

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("A missile hit Sumy on Palm Sunday, Ukrainian officials said.", "2025-04-15",
     ("Palm Sunday", "2025-04-13")),
    ("Russian drones struck Kharkiv on Easter, Ukraine's air force said.", "2024-05-07",
     ("Easter", "2024-05-05")),
    ("Pilgrims gathered in Rome on Palm Sunday.", "2024-03-26", ("Palm Sunday", "2024-03-24")),
])
def test_easter_days_follow_the_church_of_the_country(text: str, published: str,
                                                      expected: tuple[str, str]) -> None:
    assert expected in found(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    ("Monday is a day of mourning, the mayor said, and the 14th of May as well.",
     ("the 14th of May", "2025-05-14")),
    ("The parade on the 15th of May goes ahead, the mayor's office said.", ("the 15th of May", "2025-05-15")),
])
def test_a_coming_day_in_a_sentence_past_only_by_its_reporting_verb(text: str,
                                                                   expected: tuple[str, str]) -> None:
    assert expected in found(text, "2025-05-12T18:00:00+03:00")


def test_a_past_event_in_a_reported_sentence_stays_in_the_past() -> None:
    assert ("May 14", "2024-05-14") in found("Drones hit the depot on May 14, officials said.",
                                             "2025-05-12T18:00:00+03:00")


# ----------------------------------------------------------- a part of day ahead; a dotted range

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Data as of 18:00 on February 27. The figures will be updated in the morning.",
     "2025-03-01T00:40:00+02:00", ("the morning", "2025-03-01TMO")),
    ("Data as of 18:00 on February 27. The figures will be updated in the morning.",
     "2025-03-01T14:00:00+02:00", ("the morning", "2025-03-02TMO")),
])
def test_a_part_of_day_in_a_future_clause_is_not_before_publication(
        text: str, published: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, published)


def test_a_dotted_day_starts_a_range_whose_end_has_its_year() -> None:
    values = found("Over the past week (28.09 – 04.10.2025) 1,521 drones were destroyed.",
                   "2025-10-06T07:20:00+03:00")
    assert ("28.09", "2025-09-28") in values
    assert ("04.10.2025", "2025-10-04") in values


# ---------------------------------------------------------------- weekday and year agree; names and breaks

@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, June 23, missiles targeted the base.", ("Monday, June 23", "2025-06-23")),
    ("On Sunday, June 23, missiles targeted the base.", ("Sunday, June 23", "2024-06-23")),
])
def test_a_date_with_its_weekday_takes_the_year_they_agree_in(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "2025-06-22T12:00:00+03:00")


def test_a_clock_time_does_not_take_the_day_of_the_next_sentence() -> None:
    values = found("Vnukovo resumed flights at 6 a.m.\n\nOn Friday night, 52 drones were downed.",
                   "2025-05-18T09:15:00+03:00")
    assert values[0] == ("6 a.m.", "2025-05-18T06:00")
    values = found("Vnukovo resumed flights at 6 a.m. On Friday night, 52 drones were downed.",
                   "2025-05-18T09:15:00+03:00")
    assert values[0] == ("6 a.m.", "2025-05-18T06:00")


@pytest.mark.parametrize("text", ["The operation, dubbed Midnight Hammer, involved 125 aircraft.",
                                  "Troops took part in exercise Noon Thunder last spring."])
def test_a_capitalised_clock_word_in_a_name_is_no_time(text: str) -> None:
    assert all(t not in ("Midnight", "Noon") for t, _ in found(text, "2025-06-22T12:00:00+03:00"))


def test_a_country_time_zone() -> None:
    assert [(m.text, m.zone) for m in mentions("The strikes came at 2:30 a.m. Iran time.", "2025-06-22")] == [
        ("2:30 a.m. Iran time", "Asia/Tehran")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones attacked Moscow for a second straight night on Tuesday, officials said.",
     ("night on Tuesday", "2025-05-06TNI")),
    ("Explosions were heard on Tuesday night near the airport.", ("Tuesday night", "2025-05-06TNI")),
    ("Drones will attack again on Tuesday night, officials warn.", ("Tuesday night", "2025-05-07TNI")),
])
def test_a_weekday_night_told_in_the_past_has_begun_by_publication(text: str,
                                                                    expected: tuple[str, str]) -> None:
    # published on Tuesday afternoon: Tuesday night, the night into Wednesday, is still ahead
    assert expected in found(text, "2025-05-06T14:30:00+00:00")
