"""Quantities in phrasings that round 11's fresh reports showed the stage misread."""

from __future__ import annotations

import pytest

from incidentkit import Document, Findings
from incidentkit.builtin.quantities import QuantityExtractor

EXTRACTOR = QuantityExtractor()

Typed = list[tuple[str, int, str, str, str]]


def typed(text: str) -> Typed:
    return [(m.text, m.value, m.approx.value, m.item.value, m.role.value)
            for m in EXTRACTOR.extract(Document(text=text), Findings())]


# Interceptors are the defence's own munitions: neither the attack's weapons (launched) nor
# its outcome, whatever they did; interceptor aircraft stay aircraft.
@pytest.mark.parametrize(("text", "expected"), [
    ("The battery fired 16 interceptors at the incoming missiles.",
     [("16 interceptors", 16, "exact", "missile", "other")]),
    ("Navy crews launched 24 interceptor missiles overnight.",
     [("24 interceptor missiles", 24, "exact", "missile", "other")]),
    ("Our 40 interceptor drones destroyed 52 Shaheds.",
     [("40 interceptor drones", 40, "exact", "uav", "other"),
      ("52 Shaheds", 52, "exact", "uav", "destroyed")]),
    ("Three MiG-31 interceptors were scrambled.",
     [("Three MiG-31 interceptors", 3, "exact", "aircraft", "other")]),
])
def test_interceptors_are_the_defences_own(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# What a launcher, ship or aircraft can carry is not what it fired.
@pytest.mark.parametrize(("text", "expected"), [
    ("A strike hit a launcher that carries 12 missiles.",
     [("12 missiles", 12, "exact", "missile", "other")]),
    ("Each frigate can carry eight Kalibr missiles.",
     [("eight Kalibr missiles", 8, "exact", "cruise_missile", "other")]),
    ("Two bombers armed with 16 cruise missiles took off.",
     [("Two bombers", 2, "exact", "aircraft", "other"),
      ("16 cruise missiles", 16, "exact", "cruise_missile", "other")]),
])
def test_a_carriers_load_is_not_launched(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A toll that rose from one figure to another: both figures, of what the toll counts
# (they were dropped as a range "6 to 9").
@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll rose from 7 to 11.",
     [("7", 7, "exact", "person", "killed"), ("11", 11, "exact", "person", "killed")]),
    ("The number of wounded has climbed to 30 from 24.",
     [("30", 30, "exact", "person", "injured"), ("24", 24, "exact", "person", "injured")]),
    ("The toll was later revised down to 4 from 5.",
     [("4", 4, "exact", "person", "killed"), ("5", 5, "exact", "person", "killed")]),
    ("Officials raised the death toll from 2 to 6.",
     [("2", 2, "exact", "person", "killed"), ("6", 6, "exact", "person", "killed")]),
])
def test_a_rise_from_one_figure_to_another(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# (guard: a range without a rise stays no count)
def test_a_range_stays_no_count() -> None:
    assert typed("From 10 to 15 drones circled the city.") == []


# A figure corrected (", not N", "rather than N", "instead of N") is a count of what it
# corrects; a run of corrected figures corrects the counts before it position by position.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two people died, rather than the one reported earlier.",
     [("Two people", 2, "exact", "person", "killed"), ("one", 1, "exact", "person", "killed")]),
    ("Eleven were hurt, instead of the nine first reported.",
     [("Eleven", 11, "exact", "person", "casualty"), ("nine", 9, "exact", "person", "casualty")]),
    ("The final count is 4 dead and 19 injured, not 3 and 15 as first reported.",
     [("4", 4, "exact", "person", "killed"), ("19", 19, "exact", "person", "injured"),
      ("3", 3, "exact", "person", "killed"), ("15", 15, "exact", "person", "injured")]),
    ("Air defence downed 33 drones and 2 missiles, not 30 and 4.",
     [("33 drones", 33, "exact", "uav", "destroyed"), ("2 missiles", 2, "exact", "missile", "destroyed"),
      ("30", 30, "exact", "uav", "destroyed"), ("4", 4, "exact", "missile", "destroyed")]),
])
def test_a_corrected_figure(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A count with a clause of its own after a semicolon does not take the verb of the count
# before it (a header list's members do: "Shot down: 8 Kh-101; 2 Kinzhal").
@pytest.mark.parametrize(("text", "expected"), [
    ("Shelling killed 2 men in Kupiansk; about 900 residents still refuse to leave.",
     [("2 men", 2, "exact", "person", "killed"),
      ("900 residents", 900, "about", "person", "other")]),
    ("Shot down: 8 Kh-101; 2 Kinzhal; 566 UAVs.",
     [("8 Kh-101", 8, "exact", "cruise_missile", "destroyed"),
      ("2 Kinzhal", 2, "exact", "ballistic_missile", "destroyed"),
      ("566 UAVs", 566, "exact", "uav", "destroyed")]),
])
def test_a_clause_after_a_semicolon_keeps_its_own_role(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A fronted "Of them," / "Of these," takes the role of the count just before it; so does
# the breakdown that follows.
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defences destroyed 96 drones overnight. Of them, 40 UAVs were over the Kursk region "
     "and 12 over the Oryol region.",
     [("96 drones", 96, "exact", "uav", "destroyed"), ("40 UAVs", 40, "exact", "uav", "destroyed"),
      ("12", 12, "exact", "uav", "destroyed")]),
    ("Nine people were wounded. Of these, 4 were women.",
     [("Nine people", 9, "exact", "person", "injured"), ("4", 4, "exact", "person", "injured")]),
])
def test_a_fronted_of_them_takes_the_count_before(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A coordinated count reaches its verb past a long "of" phrase or a place after the count
# before; a member with a verb of its own keeps it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defences intercepted 6 rockets of the Vilkha multiple launch rocket system and 40 drones.",
     [("6 rockets", 6, "exact", "rocket", "destroyed"), ("40 drones", 40, "exact", "uav", "destroyed")]),
    ("The army said it destroyed 20 drones over the sea and two Su-34 jets.",
     [("20 drones", 20, "exact", "uav", "destroyed"),
      ("two Su-34 jets", 2, "exact", "aircraft", "destroyed")]),
    # (guard: the coordination that reaches past a place stops at a verb of its own)
    ("Wreckage of a drone fell in the Odesa district, and three UAVs hit a depot.",
     [("three UAVs", 3, "exact", "uav", "hit")]),
])
def test_a_coordinated_count_past_a_phrase(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# Numbers whose predicate names events count nothing: airstrikes, shellings, engagements.
@pytest.mark.parametrize(("text", "expected"), [
    ("The enemy used 30 drones; of 40 attacks, 8 were airstrikes and 32 were shellings.",
     [("30 drones", 30, "exact", "uav", "launched")]),
    ("Drones struck the district. Of these attacks, 12 were bombardments.", []),
])
def test_more_event_nouns(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A weapon's impacts are hits of that weapon ("shell impacts"), with the whole phrase as the span.
@pytest.mark.parametrize(("text", "expected"), [
    ("Monitors counted 11 shell impacts.", [("11 shell impacts", 11, "exact", "shell", "hit")]),
    ("There were 5 drone impacts in the city.", [("5 drone impacts", 5, "exact", "uav", "hit")]),
])
def test_impacts_of_a_weapon(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A "Damage:" header gives its list the damage.
def test_a_damage_header() -> None:
    assert typed("Damage: 6 private houses, a shop and 9 cars.") == [
        ("6 private houses", 6, "exact", "building", "damaged"),
        ("9 cars", 9, "exact", "vehicle", "damaged")]


# An apposition between a count and its verb does not cut it off.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two men were hurt; one of them, a 40-year-old driver, later died.",
     [("Two men", 2, "exact", "person", "casualty"), ("one", 1, "exact", "person", "killed")]),
    ("Two residents, a man and his son, were wounded.",
     [("Two residents", 2, "exact", "person", "injured")]),
])
def test_an_apposition_before_the_verb(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# Airports are places (role other), EW and radar stations equipment; weapons found are
# neither launched nor downed, unless their debris says so.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two airports suspended flights.", [("Two airports", 2, "exact", "other", "other")]),
    ("The strike destroyed 2 radar stations.", [("2 radar stations", 2, "exact", "other", "damaged")]),
    ("Police said 3 drones had been found in fields.", [("3 drones", 3, "exact", "uav", "other")]),
    # (guard: debris found are of drones shot down)
    ("Debris of 2 drones was found near the road.", [("2 drones", 2, "exact", "uav", "destroyed")]),
])
def test_places_equipment_and_finds(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A tally put at a figure reaches past "own" and more words before "toll"; a figure named
# the "previous figure" revises the count before it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran put its own official death toll at 80.", [("80", 80, "exact", "person", "killed")]),
    ("The death toll has risen to 12. The previous figure was 10.",
     [("12", 12, "exact", "person", "killed"), ("10", 10, "exact", "person", "killed")]),
])
def test_tallies_put_at_and_previous_figures(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A number with a participle of harm right after it is a count of people killed or hurt,
# whatever verb or "with" comes before.
@pytest.mark.parametrize(("text", "expected"), [
    ("The city was shelled, with 7 dead and 31 wounded.",
     [("7", 7, "exact", "person", "killed"), ("31", 31, "exact", "person", "injured")]),
    ("Officials gave a toll of 52, with nearly 300 injured, most of them women.",
     [("52", 52, "exact", "person", "killed"), ("300", 300, "about", "person", "injured")]),
])
def test_a_number_with_a_participle_of_harm(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# People counted by their trade.
@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed 4 scientists.", [("4 scientists", 4, "exact", "person", "killed")]),
    ("Two sappers were wounded.", [("Two sappers", 2, "exact", "person", "injured")]),
    ("About 60 specialists are working at the site.",
     [("60 specialists", 60, "about", "person", "other")]),
])
def test_people_by_trade(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# "each ..." set off by commas does not cut a count off from its verb.
def test_an_each_apposition() -> None:
    assert typed("Three launchers of the battery, each armed with 4 missiles, were hit.") == [
        ("Three launchers", 3, "exact", "other", "damaged"), ("4 missiles", 4, "exact", "missile", "other")]


# The people after a zero phrase and "among" are everyone there, not casualties.
def test_people_among_whom_no_one_was_hurt() -> None:
    assert typed("There were no casualties among the 21 crew members.") == [
        ("no casualties", 0, "exact", "person", "casualty"),
        ("21 crew members", 21, "exact", "person", "other")]



# Weapons a place was "struck by" hit it, unless the report says such weapons were shot
# down: then the figure is what was launched (as with "struck ... with").
@pytest.mark.parametrize(("text", "expected"), [
    ("Sumy was struck by 9 drones; 5 were shot down.",
     [("9 drones", 9, "exact", "uav", "launched"), ("5", 5, "exact", "uav", "destroyed")]),
    # (guard: without word of interception they hit)
    ("Sumy was struck by 9 drones.", [("9 drones", 9, "exact", "uav", "hit")]),
])
def test_struck_by_with_interceptions(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# An aside of counts set off by commas or dashes: the count before it and its members take
# the predicate after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Four residents of the village, three men and a girl, were wounded.",
     [("Four residents", 4, "exact", "person", "injured"), ("three men", 3, "exact", "person", "injured")]),
    ("Six buildings, 4 houses and 2 shops, were damaged.",
     [("Six buildings", 6, "exact", "building", "damaged"), ("4 houses", 4, "exact", "building", "damaged"),
      ("2 shops", 2, "exact", "building", "damaged")]),
    ("Two people – a man and his wife – were killed; five people – three women and two men – were hurt.",
     [("Two people", 2, "exact", "person", "killed"), ("five people", 5, "exact", "person", "casualty"),
      ("three women", 3, "exact", "person", "casualty"), ("two men", 2, "exact", "person", "casualty")]),
])
def test_an_aside_of_counts(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A figure compared with another and followed by an adverb: "down from 8,000 overnight".
def test_a_compared_figure_before_an_adverb() -> None:
    assert typed("About 900 homes were without power, down from 5,000 overnight.") == [
        ("900 homes", 900, "about", "building", "other"), ("5,000", 5000, "exact", "building", "other")]


# "not a single one" counts nothing; shelters are buildings.
@pytest.mark.parametrize(("text", "expected"), [
    ("The block has 80 flats, and not a single one has windows left.",
     [("80 flats", 80, "exact", "other", "other")]),
    ("Two shelters were damaged.", [("Two shelters", 2, "exact", "building", "damaged")]),
])
def test_single_one_and_shelters(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A salvo a ship can fire is its capacity, not a launch.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two Kalibr carriers are at sea, with a total salvo of up to 16 missiles.",
     [("16 missiles", 16, "up_to", "cruise_missile", "other")]),
    ("The frigate has a salvo capacity of 8 missiles.", [("8 missiles", 8, "exact", "missile", "other")]),
])
def test_a_salvo_capacity(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A number after a count of something that is no count, across a semicolon, counts that.
def test_more_of_an_uncounted_noun_after_a_semicolon() -> None:
    assert typed("Air defence downed 9 drones. Four flights were diverted; 15 more were delayed.") == [
        ("9 drones", 9, "exact", "uav", "destroyed")]


def test_silos() -> None:
    assert typed("Two silos were damaged.") == [("Two silos", 2, "exact", "building", "damaged")]


# The whole a share is taken of was launched; the share's verb is the share's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Most of the 60 drones were shot down.", [("60 drones", 60, "exact", "uav", "launched")]),
    ("Two-thirds of the 45 missiles were intercepted.",
     [("45 missiles", 45, "exact", "missile", "launched")]),
    # (guard: "all of" is all of them)
    ("All of the 12 drones were shot down.", [("12 drones", 12, "exact", "uav", "destroyed")]),
])
def test_the_whole_of_a_share(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# Electrical units are measures; high-voltage and transmission lines are counted like power lines.
@pytest.mark.parametrize(("text", "expected"), [
    ("Drones hit a 330 kV substation.", []),
    ("Three transmission lines were damaged.",
     [("Three transmission lines", 3, "exact", "other", "damaged")]),
])
def test_electrical_units_and_lines(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A toll revised "downward", or risen "by N to M": the figures of the tally.
@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll was revised downward to 6.", [("6", 6, "exact", "person", "killed")]),
    ("The toll rose by 2 to 14.",
     [("2", 2, "exact", "person", "killed"), ("14", 14, "exact", "person", "killed")]),
])
def test_more_rises(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A tally since a time after the night's count continues it, with the part's role.
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence downed 30 of 33 drones overnight and 700 since the start of the month.",
     [("30", 30, "exact", "uav", "destroyed"), ("33 drones", 33, "exact", "uav", "launched"),
      ("700", 700, "exact", "uav", "destroyed")]),
    ("Two people were injured today and 19 since Monday.",
     [("Two people", 2, "exact", "person", "injured"), ("19", 19, "exact", "person", "injured")]),
])
def test_a_tally_since(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# "N out of M": the M is the whole (launched weapons, everyone), the predicate is the N's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence downed 14 drones out of 16.",
     [("14 drones", 14, "exact", "uav", "destroyed"), ("16", 16, "exact", "uav", "launched")]),
    ("4 villages out of 9 were left without power.",
     [("4 villages", 4, "exact", "settlement", "other"), ("9", 9, "exact", "settlement", "other")]),
    ("3 people out of 50 passengers were injured.",
     [("3 people", 3, "exact", "person", "injured"), ("50 passengers", 50, "exact", "person", "other")]),
])
def test_out_of_a_whole(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# The object of a preposition in a sentence of its own does not take the role of people
# counted in the sentence before.
def test_other_people_in_a_new_sentence() -> None:
    assert typed("Three workers were wounded. Power was cut to 90,000 consumers in Sumy and to "
                 "12,000 in the region.") == [
        ("Three workers", 3, "exact", "person", "injured"),
        ("90,000 consumers", 90000, "exact", "person", "other"),
        ("12,000", 12000, "exact", "person", "other")]


# Bulleted lines under a header cue with no total take the header's cue.
@pytest.mark.parametrize(("text", "expected"), [
    ("Shot down:\n- 5 Kh-101 cruise missiles;\n- 31 Shahed UAVs.",
     [("5 Kh-101 cruise missiles", 5, "exact", "cruise_missile", "destroyed"),
      ("31 Shahed UAVs", 31, "exact", "uav", "destroyed")]),
    ("Damage:\n• 4 houses;\n• 1 car.",
     [("4 houses", 4, "exact", "building", "damaged"), ("1 car", 1, "exact", "vehicle", "damaged")]),
])
def test_bullets_under_a_header_cue(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A figure after the noun it counts and a dash or colon, in a list, counts that noun (the
# number alone is the span) and takes the list's header cue.
@pytest.mark.parametrize(("text", "expected"), [
    ("Launched: drones - 90, missiles - 4. Shot down: drones - 71, missiles - 3.",
     [("90", 90, "exact", "uav", "launched"), ("4", 4, "exact", "missile", "launched"),
      ("71", 71, "exact", "uav", "destroyed"), ("3", 3, "exact", "missile", "destroyed")]),
    ("Shot down:\n- Kalibr cruise missiles – 2;\n- Shahed UAVs – 37.",
     [("2", 2, "exact", "cruise_missile", "destroyed"), ("37", 37, "exact", "uav", "destroyed")]),
    # (guards: places and header cues before the figure are read as before)
    ("Air defence destroyed 30 drones: Oryol region - 18, Tula region - 12.",
     [("30 drones", 30, "exact", "uav", "destroyed"), ("18", 18, "exact", "uav", "destroyed"),
      ("12", 12, "exact", "uav", "destroyed")]),
    ("Intercepted: 9 missiles\nHit their targets: 2",
     [("9 missiles", 9, "exact", "missile", "destroyed"), ("2", 2, "exact", "missile", "hit")]),
])
def test_a_figure_after_its_noun(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# A losses table: people lost are casualties, equipment damaged, weapons destroyed; an aside
# after a member ("(+9)") does not cut the list.
def test_a_losses_table() -> None:
    assert typed("Enemy losses were: personnel - about 950 (+40); tanks - 12 (+1); "
                 "UAVs of tactical level - 310 (+25); cruise missiles - 4.") == [
        ("950", 950, "about", "person", "casualty"), ("12", 12, "exact", "vehicle", "damaged"),
        ("310", 310, "exact", "uav", "destroyed"), ("4", 4, "exact", "cruise_missile", "destroyed")]


# A count after "and" with a verb of loss of its own ("disappeared from radar") keeps it; a
# participle after a noun is no verb of its own.
@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence units shot down 79 drones, and 35 drone decoys disappeared from radar.",
     [("79 drones", 79, "exact", "uav", "destroyed"), ("35 drone decoys", 35, "exact", "uav", "lost")]),
    # (a guard: "launched from" after the noun is no predicate of the count)
    ("Air defence units shot down 79 drones and 35 missiles launched from the Black Sea.",
     [("79 drones", 79, "exact", "uav", "destroyed"), ("35 missiles", 35, "exact", "missile", "destroyed")]),
])
def test_a_coordinated_count_with_a_loss_of_its_own(text: str, expected: Typed) -> None:
    assert typed(text) == expected


# "including" without a comma before it makes a part of the count before it, as with one.
def test_including_without_a_comma() -> None:
    assert typed("Air defences destroyed 100 drones overnight: 43 over the Bryansk region, 12 over the "
                 "Moscow region including five flying towards Moscow, and 25 over the Black Sea.") == [
        ("100 drones", 100, "exact", "uav", "destroyed"), ("43", 43, "exact", "uav", "destroyed"),
        ("12", 12, "exact", "uav", "destroyed"), ("five", 5, "exact", "uav", "destroyed"),
        ("25", 25, "exact", "uav", "destroyed")]


# "hit by N drones" counts launches only when its own sentence tells of interceptions; the
# nationwide figures of another sentence leave a site's hits hits.
def test_hit_by_with_interceptions_told_elsewhere() -> None:
    assert typed("Naftogaz said a facility in the Poltava region was hit by 12 drones. The air force "
                 "reported 121 drones launched nationwide, of which 93 were shot down.")[0] == (
        "12 drones", 12, "exact", "uav", "hit")
