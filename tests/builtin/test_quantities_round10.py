"""Quantities in phrasings that round 10's fresh reports showed the stage misread."""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings
from incidentkit.builtin.quantities import QuantityExtractor

EXTRACTOR = QuantityExtractor()

Typed = list[tuple[str, int, str, str, str]]


def typed(text: str) -> Typed:
    return [(m.text, m.value, m.approx.value, m.item.value, m.role.value)
            for m in EXTRACTOR.extract(Document(text=text), Findings())]


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.role.value) for m in EXTRACTOR.extract(Document(text=text), Findings())]


# A bare number in a list with a predicate of its own that names no outcome does not take
# the verb of the member before it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Iran fired 14 missiles, of which 13 were intercepted and one was allowed to fall in an "
     "open area.", [("14 missiles", "launched"), ("13", "destroyed"), ("one", "other")]),
    ("Of the 20 drones, 15 were shot down and five were still being searched for.",
     [("20 drones", "launched"), ("15", "destroyed"), ("five", "other")]),
    ("Russia sent 9 drones; 6 were downed and 3 were later found in fields.",
     [("9 drones", "launched"), ("6", "destroyed"), ("3", "other")]),
])
def test_a_member_with_its_own_verb_keeps_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# (guards: a member whose own verb is a cue, or whose "were" says where, is read as before)
@pytest.mark.parametrize(("text", "expected"), [
    ("Russia fired 10 missiles; 7 were downed, 3 were jammed.",
     [("10 missiles", "launched"), ("7", "destroyed"), ("3", "lost")]),
    ("Of 30 drones, 20 were shot down and 10 were over Kursk.",
     [("30 drones", "launched"), ("20", "destroyed"), ("10", "destroyed")]),
])
def test_a_member_with_a_cue_or_a_place_is_unchanged(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# A figure set off by dashes right after the noun it counts is a count of that noun, with the
# predicate after the closing dash (or the verb of the noun phrase).
@pytest.mark.parametrize(("text", "expected"), [
    ("Russia launched 40 drones. Most of the drones — 21 — were downed over the sea.",
     [("40 drones", 40, "exact", "uav", "launched"), ("21", 21, "exact", "uav", "destroyed")]),
    ("Air defences shot down most of the missiles – 31 – before they reached the city.",
     [("31", 31, "exact", "missile", "destroyed")]),
    ("The boats — 3 — hit the pier.", [("3", 3, "exact", "vessel", "hit")]),
])
def test_a_figure_between_dashes_counts_the_noun_before(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A dashed aside between a count and its predicate does not cut the predicate off.
@pytest.mark.parametrize(("text", "expected"), [
    ("Three people – two women and a man – were injured.", ("Three people", "injured")),
    ("Five houses — all on one street — were damaged.", ("Five houses", "damaged")),
])
def test_a_dashed_aside_is_looked_through(text: str, expected: tuple[str, str]) -> None:
    assert roles(text)[0] == expected


# An age list in a comma aside is looked through, whatever its length.
@pytest.mark.parametrize(("text", "expected"), [
    ("Four children, aged 5, 9, 13 and 16, were wounded in the strike.",
     [("Four children", 4, "exact", "person", "injured")]),
    ("Three men, aged 41, 45 and 60, were killed.",
     [("Three men", 3, "exact", "person", "killed")]),
])
def test_an_age_list_aside_is_looked_through(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# "N others" is a count of more of what was named before; "others" belongs to the span,
# and at the end of a list it takes the list's verb.
@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed a teacher, two of her pupils and 3 others.",
     [("two", "killed"), ("3 others", "killed")]),
    ("The shelling killed 4 people and wounded 12 others.",
     [("4 people", "killed"), ("12 others", "injured")]),
    ("One man died and 2 others were hospitalised.",
     [("One man", "killed"), ("2 others", "injured")]),
])
def test_others_is_a_count_with_its_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# A list after "including" that follows a quoted cue takes the cue, with the comma inside or
# outside the quotation marks.
@pytest.mark.parametrize("text", [
    'All the drones were "neutralised," including 6 Shaheds over the capital.',
    'All the drones were "neutralised", including 6 Shaheds over the capital.',
])
def test_including_after_a_quoted_cue(text: str) -> None:
    assert roles(text) == [("6 Shaheds", "destroyed")]


# "launch" before a noun is a compound ("multiple launch rocket systems"), not a verb that the
# counts of a long list before it are the subject of.
def test_launch_in_a_compound_is_no_verb() -> None:
    assert roles("The following have been destroyed: 600 aircraft, 80,000 unmanned aerial vehicles, "
                 "1,600 combat vehicles of multiple launch rocket systems.") == [
        ("600 aircraft", "destroyed"), ("80,000 unmanned aerial vehicles", "destroyed"),
        ("1,600 combat vehicles", "damaged")]


# Losses inflicted on someone "of" a count, or losses that "were" a count, are losses.
@pytest.mark.parametrize(("text", "expected"), [
    ("Units inflicted losses on the enemy of up to 900 servicemen and 12 tanks.",
     [("900 servicemen", "casualty"), ("12 tanks", "damaged")]),
    ("The enemy's losses were up to 230 servicemen and 3 tanks.",
     [("230 servicemen", "casualty"), ("3 tanks", "damaged")]),
    ("Ukrainian losses on the Kupiansk axis of up to 230 servicemen were reported.",
     [("230 servicemen", "casualty")]),
])
def test_losses_of_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# A kill joined to jamming ("shot down or jammed") counts kills among them: destroyed; jamming
# alone, or with electronic-warfare suppression, stays lost.
@pytest.mark.parametrize(("text", "expected"), [
    ("Its units shot down or jammed 290 of the 309 drones.",
     [("290", "destroyed"), ("309 drones", "launched")]),
    ("Air defence shot down/jammed 40 drones.", [("40 drones", "destroyed")]),
    ("40 drones were jammed or shot down.", [("40 drones", "destroyed")]),
])
def test_shot_down_or_jammed_is_destroyed(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("169 drones were locationally lost or suppressed by electronic warfare.", [("169 drones", "lost")]),
    ("Air defence shot down 3 drones and jammed 40 drones.",
     [("3 drones", "destroyed"), ("40 drones", "lost")]),
])
def test_jamming_alone_stays_lost(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# Warship classes are vessels; ships that fire weapons are the carriers (other), and fighters
# who are killed or wounded are people.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two Navy destroyers fired interceptors at the missiles.",
     [("Two Navy destroyers", 2, "exact", "vessel", "other")]),
    ("Two cruisers fired 8 Kalibr missiles.",
     [("Two cruisers", 2, "exact", "vessel", "other"),
      ("8 Kalibr missiles", 8, "exact", "cruise_missile", "launched")]),
    ("A spokesman said five of the group's fighters had been killed.",
     [("five", 5, "exact", "person", "killed")]),
    ("Four fighters died in the clash.", [("Four fighters", 4, "exact", "person", "killed")]),
])
def test_warships_and_fighters(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# (guards: drones that attack a place were launched; fighter jets shot down are aircraft)
@pytest.mark.parametrize(("text", "expected"), [
    ("Two drones attacked industrial facilities.", [("Two drones", 2, "exact", "uav", "launched")]),
    ("Two fighters were shot down.", [("Two fighters", 2, "exact", "aircraft", "destroyed")]),
])
def test_attackers_and_jets_unchanged(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# The colon of a clock time ("As of 10:00") opens no list: a count after it does not take the
# role of a count before.
def test_a_clock_colon_is_no_list_colon() -> None:
    assert roles("There were no casualties.\n\nAs of 10:00, about 5 per cent of consumers were "
                 "without power, around 41,000 households.") == [
        ("no casualties", "casualty"), ("41,000 households", "other")]


# Damage "recorded", "caused" or "done" to a count damaged it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Damage was recorded to 20 high-rise buildings and more than 30 cars.",
     [("20 high-rise buildings", "damaged"), ("30 cars", "damaged")]),
    ("Damage has been caused to 3 houses.", [("3 houses", "damaged")]),
    ("Serious damage was done to two schools.", [("two schools", "damaged")]),
])
def test_damage_recorded_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# (guard: a measure after "damage ... to" is no count)
def test_damage_amounting_to_money_is_no_count() -> None:
    assert roles("The damage amounted to 5 million.") == []


# A condition qualified by an adverb is still a condition of the injured.
@pytest.mark.parametrize("text", [
    "Nine people were injured, two in extremely serious condition.",
    "Nine people were injured, two in very critical condition.",
])
def test_a_qualified_condition_is_injured(text: str) -> None:
    assert roles(text) == [("Nine people", "injured"), ("two", "injured")]


# Members without a number (an age among their modifiers) between "among them" / "including"
# and a count do not cut the count off from the list's role.
@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve people were injured, among them a 14-year-old girl and two paramedics.",
     [("Twelve people", "injured"), ("two paramedics", "injured")]),
    ("Ten people were killed, among them a police officer, a nurse and three children.",
     [("Ten people", "killed"), ("three children", "killed")]),
])
def test_list_members_without_a_number_before_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# A tally that falls to a figure is read like one that rises.
@pytest.mark.parametrize(("text", "expected"), [
    ("The number of missing has fallen to 12.", [("12", 12, "exact", "person", "other")]),
    ("The death toll has dropped to 11 after a recount.", [("11", 11, "exact", "person", "killed")]),
])
def test_a_falling_tally(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# People who lost something named after the verb lost it; they are no casualties.
@pytest.mark.parametrize(("text", "expected"), [
    ("Power has been restored to 16,000 of the 22,000 households that lost it.",
     [("16,000", "other"), ("22,000 households", "other")]),
    ("About 3,000 people lost their homes.", [("3,000 people", "other")]),
])
def test_people_who_lost_something(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# (guards: lives lost are deaths; soldiers an army lost are casualties)
@pytest.mark.parametrize(("text", "expected"), [
    ("Two soldiers lost their lives.", [("Two soldiers", "killed")]),
    ("The battalion lost 40 soldiers.", [("40 soldiers", "casualty")]),
])
def test_lives_and_soldiers_lost(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# A number before a singular head and a singular service noun names the service.
def test_a_service_number_is_no_count() -> None:
    assert typed("Two paramedics of the 103 ambulance service were hurt.") == [
        ("Two paramedics", 2, "exact", "person", "casualty")]


# "eliminated" / "liquidated" people were killed (ministry statements); weapons stay destroyed.
@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said it had eliminated more than 60 servicemen.", [("60 servicemen", "killed")]),
    ("Strikes liquidated 3 drones and 40 servicemen.",
     [("3 drones", "destroyed"), ("40 servicemen", "killed")]),
])
def test_eliminated_people_were_killed(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# A header whose noun has a participle cue before it gives its list that cue.
@pytest.mark.parametrize(("text", "expected"), [
    ("Among the damaged objects: 20 apartment buildings, 5 schools and 58 vehicles.",
     [("20 apartment buildings", "damaged"), ("5 schools", "damaged"), ("58 vehicles", "damaged")]),
    ("Destroyed equipment: 3 tanks, 2 vehicles.", [("3 tanks", "damaged"), ("2 vehicles", "damaged")]),
])
def test_a_header_with_a_participle(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# A tally of people that "reached" a figure is read like one that rose to it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv: the number of injured has reached 23, of whom 14 were hospitalised.",
     [("23", "injured"), ("14", "injured")]),
    ("The number of dead has reached 12.", [("12", "killed")]),
])
def test_a_tally_that_reached_a_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


# Losses that amounted to a count, with words between them and the verb, are losses.
def test_losses_far_from_amounted_to() -> None:
    assert roles("The losses of the enemy forces over the week amounted to over 9,100 servicemen "
                 "and two tanks.") == [("9,100 servicemen", "casualty"), ("two tanks", "damaged")]
