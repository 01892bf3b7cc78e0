"""Quantities in phrasings that round 6's fresh reports showed the stage misread."""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings
from incidentkit.builtin.quantities import QuantityExtractor

EXTRACTOR = QuantityExtractor()

Row = tuple[str, int, str, str, str]


def found(text: str) -> list[Row]:
    return [(m.text, m.value, m.approx.value, m.item.value, m.role.value)
            for m in EXTRACTOR.extract(Document(text=text), Findings())]


# scales glued to the number, short scale words, and a decimal comma before a scale
@pytest.mark.parametrize(("text", "expected"), [
    ("The plant now produces 2k drones a month.", [("2k drones", 2000, "exact", "uav", "other")]),
    ("Around 1.5k people are still in shelters.", [("1.5k people", 1500, "about", "person", "other")]),
    ("Since 2022 the army has fired 1bn shells.",
     [("1bn shells", 1_000_000_000, "exact", "shell", "launched")]),
    ("Officials said 1.2 bn rounds had been fired.",
     [("1.2 bn rounds", 1_200_000_000, "exact", "shell", "launched")]),
    ("Some 2,5 thousand residents were left without power.",
     [("2,5 thousand residents", 2500, "about", "person", "other")]),
    ("Last year Russia launched 1,5 thousand drones a month.",
     [("1,5 thousand drones", 1500, "exact", "uav", "launched")]),
])
def test_scaled_numbers(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# ... but a scaled figure with no noun, money or a measure is still no count
@pytest.mark.parametrize(("text", "expected"), [
    ("For 1.5bn hryvnias, Ukraine produced 2k interceptor drones.",
     [("2k interceptor drones", 2000, "exact", "uav", "other")]),
    ("A 5m crater was left where 3k shells landed.", [("3k shells", 3000, "exact", "shell", "hit")]),
    ("The 2.5k figure is old: 1,5 thousand drones were launched.",
     [("1,5 thousand drones", 1500, "exact", "uav", "launched")]),
    ("The village, 1,5 km from the border, has 2,5 thousand residents.",
     [("2,5 thousand residents", 2500, "exact", "person", "other")]),
])
def test_scaled_numbers_beside_non_counts(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# "a pair of" is two; family members, trades and the like are people; a possessive
# before the count does not cut it off from its verb
@pytest.mark.parametrize(("text", "expected"), [
    ("Falling debris damaged a barn and a pair of tractors.",
     [("a pair of tractors", 2, "exact", "vehicle", "damaged")]),
    ("A pair of drones hit the substation.", [("A pair of drones", 2, "exact", "uav", "hit")]),
    ("The blast wounded two sons and three daughters of a local farmer.",
     [("two sons", 2, "exact", "person", "injured"), ("three daughters", 3, "exact", "person", "injured")]),
    ("Shelling killed four members of one family and two pedestrians.",
     [("four members", 4, "exact", "person", "killed"), ("two pedestrians", 2, "exact", "person", "killed")]),
    ("Five teachers were hurt.", [("Five teachers", 5, "exact", "person", "casualty")]),
    ("The strike killed a man and injured his three grandchildren.",
     [("three grandchildren", 3, "exact", "person", "injured")]),
    ("The drone wounded her two children.", [("two children", 2, "exact", "person", "injured")]),
])
def test_pairs_people_and_possessives(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# a head noun in quotation marks is still the head (the closing mark ends the span)
@pytest.mark.parametrize(("text", "expected"), [
    ('Over the day, 7 "Shaheds" were shot down over the region.',
     [('7 "Shaheds"', 7, "exact", "uav", "destroyed")]),
    ("Drones hit the port, and 3 «Grads» were fired at the town.",
     [("3 «Grads»", 3, "exact", "rocket", "launched")]),
    ("Air defence downed 14 “Gerans” overnight.", [("14 “Gerans”", 14, "exact", "uav", "destroyed")]),
])
def test_quoted_heads(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# a verb that brings a tally to a figure, with words between the tally and "to"
@pytest.mark.parametrize(("text", "expected"), [
    ("Police later raised the number of injured to 94.", [("94", 94, "exact", "person", "injured")]),
    ("The governor raised the death toll in the city to 20.", [("20", 20, "exact", "person", "killed")]),
    ("New figures brought the total number of wounded in Kharkiv to 61.",
     [("61", 61, "exact", "person", "injured")]),
])
def test_tallies_raised_to_a_figure(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# a bare cue word right before a head noun is a noun modifier, not a verb that ends the phrase
@pytest.mark.parametrize(("text", "expected"), [
    ("Since 2022, 1,639 multiple launch rocket systems have been destroyed.",
     [("1,639 multiple launch rocket systems", 1639, "exact", "other", "damaged")]),
    ("Strikes hit 3 drone launch sites near Kursk.",
     [("3 drone launch sites", 3, "exact", "other", "other")]),
])
def test_cue_words_as_modifiers(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# a dash standing for the noun left out in a breakdown; things that burned were damaged
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence destroyed 20 drones: 12 - over the Kursk region, 8 – over Bryansk.",
     [("20 drones", 20, "exact", "uav", "destroyed"), ("12", 12, "exact", "uav", "destroyed"),
      ("8", 8, "exact", "uav", "destroyed")]),
    ("Fires broke out and a dozen cars burned.", [("a dozen cars", 12, "exact", "vehicle", "damaged")]),
    ("Four garages burnt in the blaze.", [("Four garages", 4, "exact", "building", "damaged")]),
])
def test_dash_breakdowns_and_burned(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# an abbreviation head may be a modifier of the noun after it
@pytest.mark.parametrize(("text", "expected"), [
    ("Russia dropped four KAB guided bombs on the town.",
     [("four KAB guided bombs", 4, "exact", "guided_bomb", "launched")]),
    ("Two KAB guided aerial bombs hit a school.",
     [("Two KAB guided aerial bombs", 2, "exact", "guided_bomb", "hit")]),
])
def test_abbreviation_modifiers(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# "not a single person was hurt" is a zero phrase, as "no one was hurt" is
@pytest.mark.parametrize(("text", "expected"), [
    ("Not a single person was hurt, the mayor said.",
     [("Not a single person was hurt", 0, "exact", "person", "casualty")]),
    ("Not a single civilian was killed.",
     [("Not a single civilian was killed", 0, "exact", "person", "killed")]),
])
def test_not_a_single_person(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


def test_a_long_tally_keeps_its_verb() -> None:
    text = ("Since 2022, Russia says it has destroyed 660 aircraft, 280 helicopters, 90,000 drones, "
            "630 air defence systems, 25,000 tanks, 1,600 rocket launchers, 30,000 guns and 44,000 trucks.")
    assert [(m.text, m.role.value) for m in EXTRACTOR.extract(Document(text=text), Findings())][-3:] == [
        ("1,600 rocket launchers", "damaged"), ("30,000 guns", "damaged"), ("44,000 trucks", "damaged")]


# --- a list member with "the" shares the verb before it (lead's round-6 probes)


@pytest.mark.parametrize(("text", "span", "role"), [
    ("Hits by the ballistic missile and 7 drones were recorded in 4 locations.", "7 drones", "hit"),
    ("A drone struck a bus, injuring the driver and four passengers.", "four passengers", "injured"),
    # "of the ..." ends the member before it, which the verb still reaches
    ("Air defences shot down a MiG-29 of the Ukrainian Air Force, 24 JDAM guided aerial bombs "
     "and 3 Storm Shadow missiles.", "24 JDAM guided aerial bombs", "destroyed"),
])
def test_a_member_with_the_before_a_count_shares_its_verb(text: str, span: str, role: str) -> None:
    assert [row[4] for row in found(text) if row[0] == span] == [role]
