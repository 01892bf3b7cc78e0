"""Quantities in phrasings that round 9's fresh reports showed the stage misread."""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings
from incidentkit.builtin.quantities import QuantityExtractor

EXTRACTOR = QuantityExtractor()

Typed = list[tuple[str, int, str, str, str]]


def typed(text: str) -> Typed:
    return [(m.text, m.value, m.approx.value, m.item.value, m.role.value)
            for m in EXTRACTOR.extract(Document(text=text), Findings())]


# A bullet list of place labels, each figure before a dash and the place (Russian MoD
# breakdowns): the figures count what the total counted, with its role.
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence shot down 20 drones:\n• 12 – Kursk region;\n• 8 – Tula region.",
     [("20 drones", 20, "exact", "uav", "destroyed"), ("12", 12, "exact", "uav", "destroyed"),
      ("8", 8, "exact", "uav", "destroyed")]),
    ("Russia launched 9 missiles: 5 – the Oryol Oblast, 4 – Krasnodar Krai.",
     [("9 missiles", 9, "exact", "missile", "launched"), ("5", 5, "exact", "missile", "launched"),
      ("4", 4, "exact", "missile", "launched")]),
    ("The ministry said 15 UAVs were intercepted:\n- 10 – Rostov region\n- 5 – Crimea",
     [("15 UAVs", 15, "exact", "uav", "destroyed"), ("10", 10, "exact", "uav", "destroyed"),
      ("5", 5, "exact", "uav", "destroyed")]),
])
def test_a_figure_before_a_dash_and_a_place_is_a_breakdown(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# (a guard: a dash and a name that is no place label leaves the number alone)
def test_a_dash_before_a_name_in_running_text_is_no_breakdown() -> None:
    assert typed("Shares of the company fell 3 – Interfax said.") == []


# The members of a list that a colon opens, one to a bulleted line, take the total's role
# as they do on one line ("destroyed 57 targets: 18 cruise missiles and 37 Shaheds").
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence destroyed 12 missiles:\n- 10 Kalibr cruise missiles;\n- 2 Kinzhal missiles.",
     [("12 missiles", 12, "exact", "missile", "destroyed"),
      ("10 Kalibr cruise missiles", 10, "exact", "cruise_missile", "destroyed"),
      ("2 Kinzhal missiles", 2, "exact", "ballistic_missile", "destroyed")]),
    ("Defenders intercepted 7 targets:\n• 4 Shahed drones\n• 3 guided bombs",
     [("7 targets", 7, "exact", "other", "destroyed"), ("4 Shahed drones", 4, "exact", "uav", "destroyed"),
      ("3 guided bombs", 3, "exact", "guided_bomb", "destroyed")]),
])
def test_bulleted_members_of_a_colon_list_take_the_totals_role(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# "another dozen" is a dozen more, like "a dozen".
@pytest.mark.parametrize(("text", "expected"), [
    ("Another dozen drones were downed near Sumy.",
     [("Another dozen drones", 12, "exact", "uav", "destroyed")]),
    ("The army fired another hundred shells at the town.",
     [("another hundred shells", 100, "exact", "shell", "launched")]),
])
def test_another_dozen_is_a_count(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A label coordinated with a label is a label too: "Nos. 7 and 12", "routes 3, 5 and 9".
@pytest.mark.parametrize("text", [
    "Trains Nos. 41 and 58 were held at the station.",
    "Buses on routes 3, 5 and 9 were suspended.",
])
def test_coordinated_labels_are_no_counts(text: str) -> None:
    assert typed(text) == []


# A number whose predicate names events counts the events, not things: no count.
@pytest.mark.parametrize(("text", "expected"), [
    ("The army reported 300 strikes. Of these, 120 were drone attacks and 180 were artillery strikes.",
     []),
    ("Gladkov reported 45 incidents; 30 were drone strikes and 15 were shelling episodes.", []),
])
def test_a_number_that_is_events_is_no_count(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# (a guard for the rule above: a predicate that names things keeps the count)
def test_a_number_that_is_things_stays_a_count() -> None:
    assert typed("Russia launched 20 drones; 15 were Shahed drones and 5 were decoys.") == [
        ("20 drones", 20, "exact", "uav", "launched"), ("15", 15, "exact", "uav", "launched"),
        ("5", 5, "exact", "uav", "launched")]


# Zero phrases with other people nouns: "No crew members were injured".
@pytest.mark.parametrize(("text", "expected"), [
    ("No crew members were injured in the blast.",
     [("No crew members were injured", 0, "exact", "person", "injured")]),
    ("No soldiers were killed, the army said.",
     [("No soldiers were killed", 0, "exact", "person", "killed")]),
    ("No passengers were hurt.", [("No passengers were hurt", 0, "exact", "person", "casualty")]),
])
def test_zero_phrases_with_more_people_nouns(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# Vocabulary: pilots are people; power plants and command posts are things hit; a building
# that collapsed or sustained qualified damage was damaged; one weapon reached *its* target.
@pytest.mark.parametrize(("text", "expected"), [
    ("Both pilots ejected safely.", [("Both pilots", 2, "exact", "person", "other")]),
    ("Two pilots were killed in the crash.", [("Two pilots", 2, "exact", "person", "killed")]),
    ("Three power plants were shelled overnight.",
     [("Three power plants", 3, "exact", "building", "other")]),
    ("Artillery hit 4 command posts.", [("4 command posts", 4, "exact", "other", "damaged")]),
    ("Two houses collapsed after the blast.", [("Two houses", 2, "exact", "building", "damaged")]),
    ("Five schools sustained serious damage.", [("Five schools", 5, "exact", "building", "damaged")]),
    ("Six homes suffered minor damage.", [("Six homes", 6, "exact", "building", "damaged")]),
    ("Only one of the 8 missiles reached its target.",
     [("one", 1, "exact", "missile", "hit"), ("8 missiles", 8, "exact", "missile", "launched")]),
])
def test_vocabulary_round9(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A figure right after a header cue and a colon counts what the header list counts.
@pytest.mark.parametrize(("text", "expected"), [
    ("Destroyed: 30 UAVs; locationally lost: 9.",
     [("30 UAVs", 30, "exact", "uav", "destroyed"), ("9", 9, "exact", "uav", "lost")]),
    ("Intercepted: 14 missiles\nHit their targets: 2",
     [("14 missiles", 14, "exact", "missile", "destroyed"), ("2", 2, "exact", "missile", "hit")]),
    ("Dead – 3, injured – 11.",
     [("3", 3, "exact", "person", "killed"), ("11", 11, "exact", "person", "injured")]),
    ("Wounded: 6 (including 2 children).",
     [("6", 6, "exact", "person", "injured"), ("2 children", 2, "exact", "person", "injured")]),
])
def test_a_bare_figure_after_a_header_cue(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# The counts of a fronted "Of" / "Out of" phrase are the whole: a participle after them
# (launched) is theirs, and the verb after the comma belongs to the part.
@pytest.mark.parametrize(("text", "expected"), [
    ("Out of 90 drones and 6 missiles launched, 80 drones and 4 missiles were downed.",
     [("90 drones", 90, "exact", "uav", "launched"), ("6 missiles", 6, "exact", "missile", "launched"),
      ("80 drones", 80, "exact", "uav", "destroyed"), ("4 missiles", 4, "exact", "missile", "destroyed")]),
    ("The army said that out of 40 drones and 5 missiles fired, 35 drones and 2 missiles were stopped.",
     [("40 drones", 40, "exact", "uav", "launched"), ("5 missiles", 5, "exact", "missile", "launched"),
      ("35 drones", 35, "exact", "uav", "destroyed"), ("2 missiles", 2, "exact", "missile", "destroyed")]),
])
def test_a_fronted_whole_keeps_its_participle(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# Weapons that came "from the direction of" a place were launched (air force reports).
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence downed 20 drones. Fourteen of the drones flew in from the direction of Kursk.",
     [("20 drones", 20, "exact", "uav", "destroyed"), ("Fourteen", 14, "exact", "uav", "launched")]),
])
def test_from_the_direction_of_is_launched(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# Every age of a list after "aged" is an age, not only the first two.
def test_a_list_of_ages_is_no_count() -> None:
    assert typed("Three children were wounded, aged 5, 9 and 13 in the Kherson region.") == [
        ("Three children", 3, "exact", "person", "injured")]


# A verb reaches its object across an opening quotation mark (targets struck are `hit`,
# as test_quantities_round8 has it for "had struck 30 targets").
@pytest.mark.parametrize(("text", "expected"), [
    ('The army said it had struck "more than 40 military targets" in the area.',
     [("40 military targets", 40, "more_than", "other", "hit")]),
    ('Sappers destroyed "at least 12 mines" on the road.',
     [("12 mines", 12, "at_least", "shell", "destroyed")]),
])
def test_a_quoted_object_takes_the_verb(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A bare figure over a compass-qualified place is a breakdown, like "over the Kursk region".
def test_a_figure_over_western_russia() -> None:
    assert typed("Air defence downed 12 drones over Kursk, out of 30 over western Russia.") == [
        ("12 drones", 12, "exact", "uav", "destroyed"), ("30", 30, "exact", "uav", "destroyed")]


# The same figure of another thing is no repetition: trains delayed were not the cars damaged.
def test_a_same_figure_of_other_things_is_no_repetition() -> None:
    assert typed("Debris damaged 3 cars. Later, three commuter trains were cancelled.") == [
        ("3 cars", 3, "exact", "vehicle", "damaged"),
        ("three commuter trains", 3, "exact", "vehicle", "other")]


# Windows that were blown out were damaged; enterprises are buildings.
@pytest.mark.parametrize(("text", "expected"), [
    ("About 600 windows were blown out.", [("600 windows", 600, "about", "other", "damaged")]),
    ("Two enterprises were damaged.", [("Two enterprises", 2, "exact", "building", "damaged")]),
])
def test_windows_blown_out_and_enterprises(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# Targets that a strike hit are targets, even when a weapon count has the same figure.
def test_targets_hit_are_not_the_weapons() -> None:
    assert typed("Russia fired 30 missiles. Ukraine's jets later hit 30 targets in Crimea.") == [
        ("30 missiles", 30, "exact", "missile", "launched"), ("30 targets", 30, "exact", "other", "hit")]


# A total broken down by day: "12 on Monday, 9 on Tuesday night".
def test_a_breakdown_by_day() -> None:
    assert typed("Air defence downed 21 drones this week: 12 on Monday and 9 on Tuesday night.") == [
        ("21 drones", 21, "exact", "uav", "destroyed"), ("12", 12, "exact", "uav", "destroyed"),
        ("9", 9, "exact", "uav", "destroyed")]


# Commanders and instructors are people; drone drops are events (munitions dropped), no drones.
@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed 4 commanders.", [("4 commanders", 4, "exact", "person", "killed")]),
    ("Two instructors were wounded.", [("Two instructors", 2, "exact", "person", "injured")]),
    ("The village saw 6 drone drops overnight.", []),
])
def test_people_and_events_round9(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A calibre between the number and the noun is a modifier: "30 152-mm shells".
@pytest.mark.parametrize(("text", "expected"), [
    ("The army fired 30 152-mm shells at the village.",
     [("30 152-mm shells", 30, "exact", "shell", "launched")]),
    ("Gunners fired 8 120mm mortar rounds.", [("8 120mm mortar rounds", 8, "exact", "shell", "launched")]),
])
def test_a_calibre_modifies_the_noun(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# Floors are labels, also coordinated: "floors 4 and 5".
def test_floors_are_labels() -> None:
    assert typed("Fire broke out on floors 4 and 5 of the building.") == []


# The whole after "none of" / "neither of" is not what the negated verb says happened.
@pytest.mark.parametrize(("text", "expected"), [
    ("None of the 4 missiles was shot down.", [("4 missiles", 4, "exact", "missile", "hit")]),
    ("Neither of the two drones was intercepted.", [("two drones", 2, "exact", "uav", "hit")]),
])
def test_none_of_the_whole(text: str, expected: Typed) -> None:
    assert typed(text) == expected
