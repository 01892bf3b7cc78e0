"""Quantities in phrasings that round 8's fresh reports showed the stage misread."""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings
from incidentkit.builtin.quantities import QuantityExtractor

EXTRACTOR = QuantityExtractor()


def typed(text: str) -> list[tuple[str, int, str, str, str]]:
    return [(m.text, m.value, m.approx.value, m.item.value, m.role.value)
            for m in EXTRACTOR.extract(Document(text=text), Findings())]


# A tally revised to a new figure with no noun of its own ("later raised the figure to 17")
# counts what the count before it counted (as "Of these, 112 were shot down" does).
@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said 12 drones were shot down. The governor later raised the figure to 17.",
     [("12 drones", 12, "exact", "uav", "destroyed"), ("17", 17, "exact", "uav", "destroyed")]),
    ("Four people were hurt in the blast. Police later raised the number to six.",
     [("Four people", 4, "exact", "person", "casualty"), ("six", 6, "exact", "person", "casualty")]),
    ("The army launched 30 rockets at the port. The navy has since revised its count to 34.",
     [("30 rockets", 30, "exact", "rocket", "launched"), ("34", 34, "exact", "rocket", "launched")]),
])
def test_a_revised_figure_counts_what_was_counted_before(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# (a guard for the rule above: a tally of events or of a measure stays no count)
@pytest.mark.parametrize("text", [
    "The number of attacks rose to 17 this year.",
    "The price of bread rose to 40 hryvnias.",
])
def test_a_tally_of_events_or_measures_is_no_count(text: str) -> None:
    assert typed(text) == []


# Households are counted like customers and subscribers: people, not buildings (FORMAT:
# population figures are quantities, `person`); losing power says nothing of a casualty.
@pytest.mark.parametrize(("text", "expected"), [
    ("About 3,000 households lost power after the strike.",
     [("3,000 households", 3000, "about", "person", "other")]),
    ("Some 450 households in the village were left without gas.",
     [("450 households", 450, "about", "person", "other")]),
])
def test_households_are_people(text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# A number word starts a count of its own: the noun of "3 Su-34" does not reach past "and two".
@pytest.mark.parametrize(("text", "expected"), [
    ("Three Su-34 and two Ka-52 were shot down near the front.",
     [("Three Su-34", 3, "exact", "aircraft", "destroyed"),
      ("two Ka-52", 2, "exact", "helicopter", "destroyed")]),
    ("Drones hit four Tu-22M3 and one A-50 at the airfield.",
     [("four Tu-22M3", 4, "exact", "aircraft", "damaged"),
      ("one A-50", 1, "exact", "aircraft", "damaged")]),
])
def test_a_designation_does_not_run_into_the_next_count(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# A variant of a known model ("Neptune-MD", "Kalibr-NK") is that model.
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence shot down 2 Neptune-MD long-range guided missiles.",
     [("2 Neptune-MD long-range guided missiles", 2, "exact", "cruise_missile", "destroyed")]),
    ("The fleet fired 4 Kalibr-NK at the port.",
     [("4 Kalibr-NK", 4, "exact", "cruise_missile", "launched")]),
])
def test_a_model_variant_is_the_model(text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # bombs dropped on a place were used against it, whatever was damaged after them
    ("In the village 3 KABs were dropped, 2 houses and 5 cars were damaged.",
     [("3 KABs", 3, "exact", "guided_bomb", "launched"), ("2 houses", 2, "exact", "building", "damaged"),
      ("5 cars", 5, "exact", "vehicle", "damaged")]),
    # windows blown out are damage to the building
    ("About 60 homes had their windows blown out.",
     [("60 homes", 60, "about", "building", "damaged")]),
    # people who remain in hospitals were injured
    ("Nine people remain in hospitals in the city.",
     [("Nine people", 9, "exact", "person", "injured")]),
    # "shahids", "shakheds": transliterations of the drone's name
    ('Air defence destroyed 14 out of 19 "shahids" overnight.',
     [("14", 14, "exact", "uav", "destroyed"), ('19 "shahids"', 19, "exact", "uav", "launched")]),
    ("Twelve shakheds were launched at the port.",
     [("Twelve shakheds", 12, "exact", "uav", "launched")]),
])
def test_cues_and_heads_of_fresh_reports(text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# Ships that are attacked or sunk are the targets, not weapons launched.
@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels have attacked more than 60 merchant vessels, sinking two of them.",
     [("60 merchant vessels", 60, "more_than", "vessel", "other"),
      ("two", 2, "exact", "vessel", "damaged")]),
    ("Missiles targeted 3 tankers in the port.",
     [("3 tankers", 3, "exact", "vessel", "other")]),
])
def test_ships_attacked_or_sunk_are_targets(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# A bare number coordinated right after a count of something the stage does not count refers
# to that thing, not to the people or weapons further back.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two people were hurt. Eleven flights were diverted, and 40 were delayed.",
     [("Two people", 2, "exact", "person", "casualty")]),
    ("Russia launched 50 drones. Ten concerts were cancelled, while 4 were postponed.",
     [("50 drones", 50, "exact", "uav", "launched")]),
])
def test_a_bare_number_after_an_uncounted_noun_counts_nothing(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# A member of a list after "among them" / "including" takes the list's role, whatever its item.
@pytest.mark.parametrize(("text", "expected"), [
    ("Fifteen buildings, among them 3 medical institutions, were damaged.",
     [("Fifteen buildings", 15, "exact", "building", "damaged"),
      ("3 medical institutions", 3, "exact", "other", "damaged")]),
    ("Eleven homes, including 20 apartments, were damaged by debris.",
     [("Eleven homes", 11, "exact", "building", "damaged"),
      ("20 apartments", 20, "exact", "other", "damaged")]),
])
def test_a_list_member_takes_the_list_role(text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# A figure a tally is put at is a count: of what the tally names, else of the count before.
@pytest.mark.parametrize(("text", "expected"), [
    ("The regional health ministry later put the number of injured at 17.",
     [("17", 17, "exact", "person", "injured")]),
    ("Two missiles hit a hotel. The mayor had earlier put the toll at 6.",
     [("Two missiles", 2, "exact", "missile", "hit"), ("6", 6, "exact", "person", "killed")]),
    ("Officials said 12 drones were shot down. The ministry later put the figure at 15.",
     [("12 drones", 12, "exact", "uav", "destroyed"), ("15", 15, "exact", "uav", "destroyed")]),
])
def test_a_tally_put_at_a_figure(text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# A figure compared with a count ("up from eight reported earlier") counts what that count
# counts, even with a participle of its own that says nothing of its fate.
@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll has increased to 13, up from nine reported earlier.",
     [("13", 13, "exact", "person", "killed"), ("nine", 9, "exact", "person", "killed")]),
])
def test_a_compared_figure_takes_the_role_of_the_count(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# Aircraft that struck something named after the verb did the striking: not damaged.
@pytest.mark.parametrize(("text", "expected"), [
    ("Some 60 fighter jets had struck 30 targets overnight.",
     [("60 fighter jets", 60, "about", "aircraft", "other"), ("30 targets", 30, "exact", "other", "hit")]),
    ("Drones hit 5 Tu-95 bombers at the base.",  # (a guard: the target of the strike)
     [("5 Tu-95 bombers", 5, "exact", "aircraft", "damaged")]),
])
def test_aircraft_that_strike_are_not_damaged(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# The predicate after a long subject list reaches across "as well as" and a closing comma.
@pytest.mark.parametrize(("text", "expected"), [
    ("In all, 700 aircraft, as well as 40,000 units of special vehicles, have been destroyed.",
     [("700 aircraft", 700, "exact", "aircraft", "destroyed"),
      ("40,000 units", 40000, "exact", "other", "damaged")]),
])
def test_a_long_subject_list_reaches_its_predicate(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # buildings that reported or sustained damage were damaged
    ("Nine schools and 30 apartment blocks reported damage.",
     [("Nine schools", 9, "exact", "building", "damaged"),
      ("30 apartment blocks", 30, "exact", "building", "damaged")]),
    ("Some 14 houses sustained damage in the attack.",
     [("14 houses", 14, "about", "building", "damaged")]),
    # servicemen "destroyed" (Russian MoD) were killed
    ("The ministry said it had destroyed up to 85 Ukrainian servicemen.",
     [("85 Ukrainian servicemen", 85, "up_to", "person", "killed")]),
    # "crew" after a number are people ("crews" stay teams)
    ("The tanker and its 21 crew were seized.", [("21 crew", 21, "exact", "person", "other")]),
])
def test_more_cues_and_heads(text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# A label after "No." is no count, also when the tokenizer splits off its full stop.
@pytest.mark.parametrize("text", [
    "The capacity of power unit No. 4 was cut.",
    "Hospital No. 3 was damaged by debris.",
])
def test_a_numbered_label_is_no_count(text: str) -> None:
    assert typed(text) == []


# "of various types" says the missiles are mixed, even as part of a total: plain missiles in the
# paragraph then take no class from a ballistic missile named nearby.
def test_missiles_of_various_types_keep_plain_missiles_plain() -> None:
    text = ("A ballistic missile destroyed a house.\n\nRussia fired 90 missiles and drones, including "
            "30 missiles of various types. Air defence shot down 20 missiles.")
    assert [(m.text, m.item.value) for m in EXTRACTOR.extract(Document(text=text), Findings())] == [
        ("90 missiles", "missile"), ("30 missiles", "missile"), ("20 missiles", "missile")]


# A proportion ("1 in 5 homes", "one in four drones") counts nothing.
@pytest.mark.parametrize("text", [
    "After the strike 1 in 5 homes in the city lost power.",
    "Analysts say one in four drones now reaches its target.",
])
def test_a_proportion_is_no_count(text: str) -> None:
    assert typed(text) == []


# A number without a noun after a relative clause (", where ..., and one in X") continues the
# count before the clause, not a count inside it.
@pytest.mark.parametrize(("text", "expected"), [
    ("One man was killed in Lviv, where four houses were damaged, and one in Lutsk.",
     [("One man", 1, "exact", "person", "killed"), ("four houses", 4, "exact", "building", "damaged"),
      ("one", 1, "exact", "person", "killed")]),
    ("Five drones were downed over Sumy, where 2 cars burned out, and three over Poltava.",
     [("Five drones", 5, "exact", "uav", "destroyed"), ("2 cars", 2, "exact", "vehicle", "damaged"),
      ("three", 3, "exact", "uav", "destroyed")]),
])
def test_a_bare_number_skips_a_relative_clause(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected


# A tally brought to a figure counts the thing its own sentence names, not the count before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Forty jets struck the site. The army said it had destroyed half of the enemy's launchers, "
     "putting the number at about 90.",
     [("Forty jets", 40, "exact", "aircraft", "other"), ("90", 90, "about", "other", "damaged")]),
    ("The enemy lost 1,020 soldiers over the past day, bringing its total losses since 2022 to "
     "about 910,400.",
     [("1,020 soldiers", 1020, "exact", "person", "casualty"),
      ("910,400", 910400, "about", "person", "casualty")]),
])
def test_a_tally_counts_what_its_sentence_names(
        text: str, expected: list[tuple[str, int, str, str, str]]) -> None:
    assert typed(text) == expected
