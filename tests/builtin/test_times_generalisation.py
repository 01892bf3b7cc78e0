"""Times rules that carry over to general news: tense near the date, nights by genre, compound lengths.

Each case is a kind of sentence the held-out evaluation showed to be common in
news, written fresh here (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings, Pipeline, PluginError, TimeMention
from incidentkit.builtin.times import TimesConfig, TimesExtractor

EXTRACTOR = TimesExtractor()


def found(text: str, published: str | None = None,
          extractor: TimesExtractor = EXTRACTOR) -> list[tuple[str, str, str]]:
    document = Document(text=text, published=published)
    return [(m.text, m.type.value, m.value) for m in extractor.extract(document, Findings())
            if isinstance(m, TimeMention)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the verb next to the date decides, not a "will" later in the sentence
    ("Astronomers announced Wednesday that the comet will pass Earth on May 23.", "2020-04-02",
     [("Wednesday", "DATE", "2020-04-01"), ("May 23", "DATE", "2020-05-23")]),
    ("A comet discovered in December will pass closest to Earth in May.", "2020-04-02",
     [("December", "DATE", "2019-12"), ("May", "DATE", "2020-05")]),
    ("The election will be held on June 10.", "2018-05-07", [("June 10", "DATE", "2018-06-10")]),
    # the present of a scheduled event, expectations, obligations
    ("The festival opens Thursday and closes on July 2.", "2023-06-19",
     [("Thursday", "DATE", "2023-06-22"), ("July 2", "DATE", "2023-07-02")]),
    ("Retailers expect record traffic on Saturday.", "2023-12-22", [("Saturday", "DATE", "2023-12-23")]),
    ("He must report to prison by Aug. 1.", "2023-06-19", [("Aug. 1", "DATE", "2023-08-01")]),
    ("A decision is expected by the end of June.", "2024-02-27", [("the end of June", "DATE", "2024-06")]),
    ("Full service should return by Friday.", "2012-11-07", [("Friday", "DATE", "2012-11-09")]),
    # "last" marks the past only before a time word
    ("Stores are busy on the last shopping day before Christmas.", "2023-12-22",
     [("Christmas", "DATE", "2023-12-25")]),
    # seasons follow the tense
    ("The bank is expected to hold rates steady until the spring.", "2019-10-25",
     [("spring", "DATE", "2020-SP")]),
    ("The share of drones reaching their targets has grown since the autumn.", "2025-02-24",
     [("autumn", "DATE", "2024-FA")]),
    ("The board voted to extend the school year starting in the fall.", "1998-02-12",
     [("fall", "DATE", "1998-FA")]),
    ("Investors fear more failures before the fiscal year ends on March 31.", "1997-12-03",
     [("the fiscal year", "DATE", "1997"), ("March 31", "DATE", "1998-03-31")]),
    ("They agreed to hold their next summit in the spring of next year.", "1998-04-14",
     [("spring of next year", "DATE", "1999-SP")]),
])
def test_tense_near_the_expression(text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The winner finished in 2 hours, 5 minutes and 12 seconds.",
     [("2 hours, 5 minutes and 12 seconds", "DURATION", "PT2H5M12S")]),
    ("The final lasted three hours and 40 minutes.", [("three hours and 40 minutes", "DURATION", "PT3H40M")]),
    ("The cold snap is the longest in a decade.", [("a decade", "DURATION", "P1DE")]),
    ("It was the least productive session of the past decade.", [("the past decade", "DURATION", "P1DE")]),
    ("Factory orders have declined for five consecutive months.",
     [("five consecutive months", "DURATION", "P5M")]),
    ("The comet orbits the sun once every 6,000 years.", [("every 6,000 years", "SET", "P6000Y")]),
    ("Engineers check its systems every Tuesday.", [("every Tuesday", "SET", "XXXX-WXX-2")]),
    ("The festival runs every summer.", [("every summer", "SET", "XXXX-SU")]),
    ("It will publish its next annual report soon.", [("annual", "SET", "P1Y")]),
    ("The talks ended two weeks after lawmakers passed the bill.", [("two weeks", "DURATION", "P2W")]),
    ("Bombing began hours after the deadline expired.", [("hours", "DURATION", "PTXH")]),
])
def test_lengths_and_sets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, "2024-01-10") == expected


def test_anaphoric_months_and_years() -> None:
    assert found("Prices rose 0.3 percent in September from the previous month.", "2019-10-25") == [
        ("September", "DATE", "2019-09"), ("the previous month", "DATE", "2019-08")]
    assert found("The bank lost money in fiscal 2022, after a profit the year before.", "2022-11-29") == [
        ("fiscal 2022", "DATE", "2022"), ("the year before", "DATE", "2021")]
    # a year named by a relative expression dates the month in its sentence
    assert found("Last year, the legislature approved the plan in early June.", "2024-11-08") == [
        ("Last year", "DATE", "2023"), ("early June", "DATE", "2023-06")]
    # a year that names an event ("the 2004 Games") does not
    assert found("A decision on the 2004 Games is due in September.", "1998-04-29") == [
        ("2004", "DATE", "2004"), ("September", "DATE", "1998-09")]


def test_months_and_weekends_in_more_contexts() -> None:
    assert found("September has been the wettest month since 1998.", "2021-09-30") == [
        ("September", "DATE", "2021-09"), ("1998", "DATE", "1998")]
    assert found("It is the snowiest January on record.", "1998-01-08") == [("January", "DATE", "1998-01")]
    assert found("Rain will continue through the weekend.", "2021-09-30") == [
        ("the weekend", "DATE", "2021-W39-WE")]
    assert found("More cuts are planned by mid-2023.", "2022-11-29") == [("mid-2023", "DATE", "2023")]


def test_recurring_clock_times_and_the_day() -> None:
    assert found("The museum will stay open until 9 p.m. on Fridays.", "1998-02-19") == [
        ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"), ("Fridays", "SET", "XXXX-WXX-5")]
    assert found("During the day, the region was shelled 37 times.", "2024-08-25") == [
        ("the day", "DATE", "2024-08-25")]
    assert found("The former governor went on trial.", "2013-03-15") == []


def test_nights_follow_the_genre_by_default() -> None:
    # general news: TimeML names a night after its evening
    assert found("The Hawks will host Denver on Saturday night.", "2022-01-14") == [
        ("Saturday night", "TIME", "2022-01-15TNI")]
    assert found("Fans celebrated in the streets last night.", "2023-06-19") == [
        ("last night", "TIME", "2023-06-18TNI")]
    assert found("The storm hit at 6 p.m. Thursday. Crews worked through the night.", "2019-10-25") == [
        ("6 p.m. Thursday", "TIME", "2019-10-24T18:00"), ("the night", "TIME", "2019-10-24TNI")]
    # attack reports: the corpus convention, a night is named after the morning it ends on
    assert found("Drones attacked the city on Saturday night.", "2022-01-16") == [
        ("Saturday night", "TIME", "2022-01-16TNI")]
    assert found("Sirens sounded last night.", "2023-06-19") == [("last night", "TIME", "2023-06-19TNI")]


def test_night_option_overrides_the_genre() -> None:
    fixed = TimesExtractor(TimesConfig.from_options({"night": "format"}))
    assert found("The Hawks will host Denver on Saturday night.", "2022-01-14", fixed) == [
        ("Saturday night", "TIME", "2022-01-16TNI")]
    timeml = TimesExtractor(TimesConfig.from_options({"night": "timeml"}))
    assert found("Drones attacked the city on Saturday night.", "2022-01-16", timeml) == [
        ("Saturday night", "TIME", "2022-01-15TNI")]
    with pytest.raises(PluginError, match="night"):
        Pipeline(plugins=["incidentkit.builtin.times"], builtins=False, options={"times": {"night": "x"}})


def test_as_of_is_the_time_of_the_report() -> None:
    text = "From 18:00 on August 20, the enemy attacked. As of 09:00, 577 targets had been shot down."
    assert found(text, "2025-08-21T09:30:00+03:00") == [
        ("18:00 on August 20", "TIME", "2025-08-20T18:00"), ("09:00", "TIME", "2025-08-21T09:00")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Net income in the latest quarter rose to $12 million.", [("the latest quarter", "DATE", "1997-Q4")]),
    ("The deal is expected to close by year-end.", [("year-end", "DATE", "1998")]),
    ("He was elected in 1992 and re-elected four years later.",
     [("1992", "DATE", "1992"), ("four years later", "DATE", "1996")]),
    ("Iraq has until Saturday to comply.", [("Saturday", "DATE", "1998-02-14")]),
    ("The museum is open daily from 9 a.m. to 5 p.m.",
     [("daily", "SET", "P1D"), ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
      ("5 p.m.", "TIME", "XXXX-XX-XXT17:00")]),
])
def test_business_and_deadline_expressions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, "1998-02-12") == expected


def test_more_news_shapes() -> None:
    # "overnight" as a term of finance is no night
    assert found("They raised the overnight lending rate by a quarter point.", "1998-01-29") == []
    # coordinated plural weekdays are sets
    assert found("Trash is picked up twice a week, on Mondays and Thursdays.", "1998-01-29") == [
        ("a week", "SET", "P1W"), ("Mondays", "SET", "XXXX-WXX-1"), ("Thursdays", "SET", "XXXX-WXX-4")]
    # a passive participle after "be" has no tense of its own; "expected back" lies ahead
    assert found("A relief well will not be finished until August.", "2010-06-15") == [
        ("August", "DATE", "2010-08")]
    assert found("The inspectors are expected back in Baghdad by Saturday.", "1997-11-20") == [
        ("Saturday", "DATE", "1997-11-22")]


def test_recurring_intervals_either_way_round() -> None:
    assert found("The curfew runs from 23:00 to 05:00 daily.", "2025-08-22") == [
        ("23:00", "TIME", "XXXX-XX-XXT23:00"), ("05:00", "TIME", "XXXX-XX-XXT05:00"), ("daily", "SET", "P1D")]


def test_prior_years_lengths_ahead_and_noon() -> None:
    assert found("Sales in the prior year totalled $4.2 billion.", "1998-02-24") == [
        ("the prior year", "DATE", "1997")]
    assert found("The age will rise over the next decade.", "1998-02-24") == [
        ("the next decade", "DURATION", "P1DE")]
    assert found("In the next decade, the plant will close.", "1998-02-24") == [
        ("the next decade", "DATE", "200X")]
    assert found("Talks will resume at noon Friday.", "1997-10-02") == [
        ("noon Friday", "TIME", "1997-10-03T12:00")]
