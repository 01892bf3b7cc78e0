"""Incident assembly on report shapes met outside the corpus the rules were first built on.

Each test names a general pattern seen in unseen reports (agency datelines,
casualties without a numeral, attacks told by the number of times, status
times, separate engagements, several towns in one post) and checks the rule
on hand-made mentions, so it tests the assembler alone.
"""

from __future__ import annotations

import pytest

from incidentkit.builtin.incidents import IncidentAssembler, Vocabulary
from tests.builtin.test_incidents import MOD, OVERNIGHT, assemble, counts, report

AIR_FORCE = ("said", "Ukrainian Air Force", "the Ukrainian Air Force", "organization", "stated")
UKRAINE = ("Ukraine", "country", "Ukraine", "UA", None)
BELGOROD = ("Belgorod region", "admin1", "Belgorod Oblast", "RU", "RU-BEL")


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize("dateline", [
    "KYIV, March 2 (Reuters) - ",
    "KYIV, Ukraine (AP) — ",
    "KYIV (Reuters) - ",
    "KYIV, March 2 — ",
])
def test_a_dateline_city_is_where_the_report_was_filed(dateline: str) -> None:
    text = (
        f"{dateline}Russia launched 64 drones at Ukraine overnight, the Ukrainian Air Force said. "
        'Another 19 drones were "locationally lost", the air force said.'
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        places=[("KYIV", "admin1", "Kyiv", "UA", "UA-30"), *([UKRAINE] * text.count("Ukraine"))],
        counts=[("64 drones", 64, "exact", "uav", "launched"), ("19 drones", 19, "exact", "uav", "lost")],
        sources=[AIR_FORCE],
    )
    assert incident.admin1 == ()
    assert incident.country == "UA"
    assert counts(incident) == {"launched": 64, "lost": 19}  # "another 19 ... lost" joins the night's attack
    assert incident.start == "2025-03-02TNI"


# ---------------------------------------------------------------- casualties without a numeral


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    ("A woman was killed.", 1, None),
    ("A man, 59, was killed.", 1, None),
    ("A 38-year-old man was wounded.", None, 1),
    ("The driver was wounded and taken to hospital.", None, 1),
    ("A woman was killed and a 14-year-old boy was injured.", 1, 1),
    ("A pensioner later died in hospital.", 1, None),
    ("The blast damaged a house, killing a man.", 1, None),
])
def test_one_person_without_a_numeral_counts_as_one(sentence: str, killed: int | None,
                                                    injured: int | None) -> None:
    text = f"In the village of Kozinka, a drone hit a car on Sunday. {sentence}"
    [incident] = assemble(
        text,
        times=[("Sunday", "DATE", "2025-03-02")],
        places=[("Kozinka", "settlement", "Kozinka", "RU", "RU-BEL")],
    )
    assert counts(incident) == {"hit": 1}
    assert (incident.killed, incident.injured) == (killed, injured)


def test_a_numeral_figure_is_not_counted_twice() -> None:
    text = "A drone hit a house in Kozinka on Sunday. One person was killed and a man was wounded."
    [incident] = assemble(
        text,
        times=[("Sunday", "DATE", "2025-03-02")],
        places=[("Kozinka", "settlement", "Kozinka", "RU", "RU-BEL")],
        counts=[("One person", 1, "exact", "person", "killed")],
    )
    assert (incident.killed, incident.injured) == (1, 1)


def test_a_man_who_killed_is_no_casualty() -> None:
    text = "A drone hit a house in Kozinka on Sunday. A man killed in 2022 was buried there."
    [incident] = assemble(text, times=[("Sunday", "DATE", "2025-03-02")],
                          places=[("Kozinka", "settlement", "Kozinka", "RU", "RU-BEL")])
    assert incident.killed is None  # "killed in 2022" has no auxiliary: not a report of this attack


def test_person_words_extend_the_single_casualty_pattern() -> None:
    text = "A drone hit a car in Kozinka on Sunday. A medic was wounded."
    built = report(text, times=[("Sunday", "DATE", "2025-03-02")],
                   places=[("Kozinka", "settlement", "Kozinka", "RU", "RU-BEL")])
    plain = list(IncidentAssembler().extract(built.document, built.findings))
    extended = IncidentAssembler(Vocabulary().extended({"person_words": ["medic"]}))
    [incident] = list(extended.extract(built.document, built.findings))
    assert plain[0].injured is None
    assert incident.injured == 1


# ---------------------------------------------------------------- attacks without a count


def test_a_town_shelled_n_times_is_an_engagement_without_counts() -> None:
    text = (
        "Shebekinsky district. The town of Shebekino was shelled 14 times on Sunday. "
        "A woman was killed, and two men were wounded by shell fragments."
    )
    [incident] = assemble(
        text,
        times=[("Sunday", "DATE", "2025-03-02")],
        places=[("Shebekinsky district", "admin2", "Shebekinsky District", "RU", "RU-BEL"),
                ("Shebekino", "settlement", "Shebekino", "RU", "RU-BEL")],
        counts=[("two men", 2, "exact", "person", "injured")],
    )
    assert incident.weapon.value == "shell"
    assert counts(incident) == {}
    assert incident.admin1 == ("RU-BEL",)
    assert incident.admin2 == ("Shebekinsky District",)  # the header sentence names the district
    assert incident.settlements == ("Shebekino",)
    assert (incident.killed, incident.injured) == (1, 2)


def test_another_town_is_another_engagement() -> None:
    text = (
        "A man was wounded when a drone dropped an explosive device on a car in the village of "
        "Kulbaki on Tuesday, the governor said.\n\n"
        "In the town of Lgov, a drone struck the roof of a school in the afternoon. Nobody was hurt."
    )
    first, second = assemble(
        text,
        "2025-03-04",
        times=[("Tuesday", "DATE", "2025-03-04"), ("afternoon", "TIME", "2025-03-04TAF")],
        places=[("Kulbaki", "settlement", "Kulbaki", "RU", "RU-KRS"),
                ("Lgov", "settlement", "Lgov", "RU", "RU-KRS")],
        counts=[("Nobody was hurt", 0, "exact", "person", "casualty")],
    )
    assert (first.settlements, counts(first), first.injured) == (("Kulbaki",), {}, 1)
    assert (second.settlements, counts(second)) == (("Lgov",), {"hit": 1})
    assert (second.killed, second.injured) == (0, 0)


def test_a_count_in_another_district_is_not_the_attack_on_a_town() -> None:
    text = (
        "The aggressor attacked the Nikopol district with kamikaze drones overnight. "
        "Air defence forces shot down 6 drones over the Synelnykove district."
    )
    attack, downed = assemble(
        text,
        times=[OVERNIGHT],
        places=[("Nikopol district", "admin2", "Nikopol District", "UA", "UA-12"),
                ("Synelnykove district", "admin2", "Synelnykove District", "UA", "UA-12")],
        counts=[("6 drones", 6, "exact", "uav", "destroyed")],
    )
    assert (counts(attack), attack.admin2) == ({}, ("Nikopol District",))
    assert (counts(downed), downed.admin2) == ({"destroyed": 6}, ("Synelnykove District",))


# ---------------------------------------------------------------- time windows


def test_a_detail_of_a_night_attack_keeps_the_nights_window() -> None:
    text = (
        "On the night of March 2, the enemy attacked with 4 Iskander-M ballistic missiles and "
        "64 Shahed drones, the Ukrainian Air Force said.\n\n"
        "As of 09:00, 38 drones were shot down.\n\n"
        "In the Odesa region, a missile hit a port facility, killing one person and wounding five. "
        "In Kharkiv, drones struck a residential district around 2 a.m."
    )
    missile, drones = assemble(
        text,
        times=[("night of March 2", "TIME", "2025-03-02TNI"), ("09:00", "TIME", "2025-03-02T09:00"),
               ("2 a.m.", "TIME", "2025-03-02T02:00")],
        places=[("Odesa region", "admin1", "Odesa Oblast", "UA", "UA-51"),
                ("Kharkiv", "settlement", "Kharkiv", "UA", "UA-63")],
        counts=[("4 Iskander-M ballistic missiles", 4, "exact", "ballistic_missile", "launched"),
                ("64 Shahed drones", 64, "exact", "uav", "launched"),
                ("38 drones", 38, "exact", "uav", "destroyed"),
                ("one person", 1, "exact", "person", "killed"),
                ("five", 5, "exact", "person", "injured")],
        sources=[AIR_FORCE],
    )
    assert missile.weapon.value == "ballistic_missile"
    assert (missile.start, missile.end) == ("2025-03-02TNI", "2025-03-02TNI")  # not Kharkiv's 2 a.m.
    assert (missile.admin1, missile.killed, missile.injured) == (("UA-51",), 1, 5)
    assert counts(drones) == {"launched": 64, "destroyed": 38}  # "as of 09:00" is when it was tallied
    assert (drones.start, drones.end) == ("2025-03-02TNI", "2025-03-02TNI")
    assert drones.settlements == ("Kharkiv",)


def test_another_regions_news_lends_no_time_place_or_source() -> None:
    text = (
        "Overnight, the enemy attacked Ukraine with 64 Shahed drones and 4 Iskander-M ballistic "
        "missiles, the Ukrainian Air Force said.\n\n"
        "In the Odesa region, a missile hit a port facility, killing one person and wounding five. "
        "In Kharkiv, explosions were heard around 2 a.m., Mayor Ihor Terekhov said."
    )
    terekhov = ("said", "Ihor Terekhov", "Mayor Ihor Terekhov", "person", "stated")
    drones, missile = assemble(
        text,
        times=[("Overnight", "TIME", "2025-03-02TNI"), ("2 a.m.", "TIME", "2025-03-02T02:00")],
        places=[UKRAINE, ("Odesa region", "admin1", "Odesa Oblast", "UA", "UA-51"),
                ("Kharkiv", "settlement", "Kharkiv", "UA", "UA-63")],
        counts=[("64 Shahed drones", 64, "exact", "uav", "launched"),
                ("4 Iskander-M ballistic missiles", 4, "exact", "ballistic_missile", "launched"),
                ("one person", 1, "exact", "person", "killed"), ("five", 5, "exact", "person", "injured")],
        sources=[AIR_FORCE, terekhov],
    )
    assert (missile.start, missile.end) == ("2025-03-02TNI", "2025-03-02TNI")
    assert (missile.admin1, missile.settlements) == (("UA-51",), ())
    assert "Ihor Terekhov" not in missile.sources
    assert (missile.killed, missile.injured) == (1, 5)
    assert drones.admin1 == ()


# ---------------------------------------------------------------- separate engagements, breakdowns


def test_separately_reported_counts_are_another_engagement() -> None:
    text = (
        "Over the past 24 hours, air defence systems shot down 142 unmanned aerial vehicles, "
        "the Defence Ministry said.\n\n"
        "Separately, the ministry said 21 drones had been destroyed overnight over the Belgorod region."
    )
    day, night = assemble(
        text,
        times=[("the past 24 hours", "DURATION", "PT24H"), OVERNIGHT],
        places=[BELGOROD],
        counts=[("142 unmanned aerial vehicles", 142, "exact", "uav", "destroyed"),
                ("21 drones", 21, "exact", "uav", "destroyed")],
        sources=[MOD],
    )
    assert (counts(day), day.start, day.end) == ({"destroyed": 142}, "2025-03-01", "2025-03-02")
    assert day.admin1 == ()
    assert (counts(night), night.start, night.admin1) == ({"destroyed": 21}, "2025-03-02TNI", ("RU-BEL",))


def test_a_part_named_after_including_keeps_its_region_and_the_governors_word() -> None:
    text = (
        "MOSCOW, March 2 (Reuters) - Russian air defence units destroyed 112 Ukrainian drones over "
        "several regions overnight, including 36 over the Bryansk region, the Defence Ministry said.\n\n"
        "Flights were briefly suspended at Moscow's airports.\n\n"
        "In the Bryansk region, Governor Alexander Bogomaz said there were no casualties or damage."
    )
    bogomaz = ("said", "Alexander Bogomaz", "Governor Alexander Bogomaz", "person", "stated")
    total, part = assemble(
        text,
        times=[OVERNIGHT],
        places=[("MOSCOW", "admin1", "Moscow", "RU", "RU-MOW"),
                ("Bryansk region", "admin1", "Bryansk Oblast", "RU", "RU-BRY"),
                ("Moscow", "admin1", "Moscow", "RU", "RU-MOW"),
                ("Bryansk region", "admin1", "Bryansk Oblast", "RU", "RU-BRY")],
        counts=[("112 Ukrainian drones", 112, "exact", "uav", "destroyed"),
                ("36", 36, "exact", "uav", "destroyed"),
                ("no casualties", 0, "exact", "person", "casualty")],
        sources=[MOD, bogomaz],
    )
    assert (counts(total), total.admin1, total.country) == ({"destroyed": 112}, (), "RU")
    assert (counts(part), part.admin1) == ({"destroyed": 36}, ("RU-BRY",))
    assert (part.killed, part.injured) == (0, 0)
    assert "Alexander Bogomaz" in part.sources


def test_country_wide_figures_told_last_cover_the_regional_attacks_told_first() -> None:
    text = (
        "A Russian drone attack on Odesa overnight damaged a residential building, injuring 3 people, "
        "governor Oleh Kiper said.\n\n"
        "In the Mykolaiv region, drones struck a farm near the village of Shevchenkove, Governor "
        "Vitaliy Kim said.\n\n"
        "Ukraine's air force said Russia had launched 160 drones overnight, of which 90 were shot down."
    )
    [incident] = assemble(
        text,
        times=[OVERNIGHT, OVERNIGHT],
        places=[("Odesa", "settlement", "Odesa", "UA", "UA-51"),
                ("Mykolaiv region", "admin1", "Mykolaiv Oblast", "UA", "UA-48"),
                ("Shevchenkove", "settlement", "Shevchenkove", "UA", "UA-48"), UKRAINE],
        counts=[("3 people", 3, "exact", "person", "injured"),
                ("160 drones", 160, "exact", "uav", "launched"), ("90", 90, "exact", "uav", "destroyed")],
        sources=[("said", "Oleh Kiper", "governor Oleh Kiper", "person", "stated"),
                 ("said", "Vitaliy Kim", "Governor Vitaliy Kim", "person", "stated"), AIR_FORCE],
    )
    assert counts(incident) == {"launched": 160, "destroyed": 90}
    assert set(incident.admin1) == {"UA-51", "UA-48"}
    assert set(incident.settlements) == {"Odesa", "Shevchenkove"}
    assert {"Oleh Kiper", "Vitaliy Kim", "Ukrainian Air Force"} <= set(incident.sources)
    assert incident.injured == 3


def test_a_part_after_including_splits_from_a_placeless_total() -> None:
    text = (
        "Ukrainian drones struck the Saratov oil refinery overnight, governor Roman Busargin said.\n\n"
        "The Defence Ministry said 149 drones had been destroyed over Russian regions and the Black "
        "Sea overnight, including 12 over the Saratov region."
    )
    refinery, total = assemble(
        text,
        times=[OVERNIGHT, OVERNIGHT],
        places=[("Saratov oil refinery", "feature", "Saratov Oil Refinery", "RU", "RU-SAR"),
                ("Black Sea", "feature", "Black Sea", None, None),
                ("Saratov region", "admin1", "Saratov Oblast", "RU", "RU-SAR")],
        counts=[("149 drones", 149, "exact", "uav", "destroyed"), ("12", 12, "exact", "uav", "destroyed")],
        sources=[("said", "Roman Busargin", "governor Roman Busargin", "person", "stated"), MOD],
    )
    assert (counts(total), total.admin1, total.country) == ({"destroyed": 149}, (), "RU")
    assert (counts(refinery), refinery.admin1) == ({"destroyed": 12}, ("RU-SAR",))
    assert refinery.parent == total.id
    assert {"Roman Busargin", "Russian Ministry of Defence"} <= set(refinery.sources)


def test_a_running_tally_is_summed_by_its_total() -> None:
    text = (
        "23:10 — Sobyanin says air defences shot down 2 drones flying towards Moscow.\n\n"
        "01:50 — Sobyanin says 3 more drones have been destroyed on the approach to the city. "
        "In total, 6 drones were shot down overnight, he says."
    )
    sobyanin = ("says", "Sergei Sobyanin", "Sobyanin", "person", "stated")
    [incident] = assemble(
        text,
        times=[("23:10", "TIME", "2025-03-01T23:10"), ("01:50", "TIME", "2025-03-02T01:50"), OVERNIGHT],
        places=[("Moscow", "admin1", "Moscow", "RU", "RU-MOW")],
        counts=[("2 drones", 2, "exact", "uav", "destroyed"),
                ("3 more drones", 3, "exact", "uav", "destroyed"),
                ("6 drones", 6, "exact", "uav", "destroyed")],
        sources=[sobyanin, sobyanin, sobyanin],
    )
    assert counts(incident) == {"destroyed": 6}
    assert (incident.start, incident.admin1) == ("2025-03-02TNI", ("RU-MOW",))


def test_the_main_target_places_a_country_wide_attack() -> None:
    text = (
        "On the night of March 2, Russia attacked with 598 drones and 31 missiles, the Ukrainian Air "
        "Force said. Hits by 5 missiles and 35 drones were recorded.\n\nKyiv was the main target."
    )
    drones, missiles = assemble(
        text,
        times=[("night of March 2", "TIME", "2025-03-02TNI")],
        places=[("Kyiv", "admin1", "Kyiv", "UA", "UA-30")],
        counts=[("598 drones", 598, "exact", "uav", "launched"),
                ("31 missiles", 31, "exact", "missile", "launched"),
                ("5 missiles", 5, "exact", "missile", "hit"), ("35 drones", 35, "exact", "uav", "hit")],
        sources=[AIR_FORCE],
    )
    assert (counts(drones), drones.admin1) == ({"launched": 598, "hit": 35}, ("UA-30",))
    assert (counts(missiles), missiles.admin1) == ({"launched": 31, "hit": 5}, ("UA-30",))


def test_a_list_of_types_with_their_outcomes_gives_an_engagement_per_type() -> None:
    text = (
        "On the night of March 2, the enemy launched 67 missiles, the Ukrainian Air Force said. "
        "The missiles were 35 Kh-101 cruise missiles, all of which were shot down; 8 Kalibr cruise "
        "missiles, 6 of which were shot down; 2 Kinzhal aeroballistic missiles; and 22 Iskander-M "
        "ballistic missiles, 4 of which were shot down."
    )
    found = assemble(
        text,
        times=[("night of March 2", "TIME", "2025-03-02TNI")],
        counts=[("67 missiles", 67, "exact", "missile", "launched"),
                ("35 Kh-101 cruise missiles", 35, "exact", "cruise_missile", "launched"),
                ("8 Kalibr cruise missiles", 8, "exact", "cruise_missile", "launched"),
                ("6", 6, "exact", "cruise_missile", "destroyed"),
                ("2 Kinzhal aeroballistic missiles", 2, "exact", "ballistic_missile", "launched"),
                ("22 Iskander-M ballistic missiles", 22, "exact", "ballistic_missile", "launched"),
                ("4", 4, "exact", "ballistic_missile", "destroyed")],
        sources=[AIR_FORCE],
    )
    assert [(i.weapon.value, counts(i)) for i in found] == [
        ("cruise_missile", {"launched": 35, "destroyed": 35}),
        ("cruise_missile", {"launched": 8, "destroyed": 6}),
        ("ballistic_missile", {"launched": 2}),
        ("ballistic_missile", {"launched": 22, "destroyed": 4}),
    ]  # the total of 67 is their sum, so it is not listed again
    assert all(i.start == "2025-03-02TNI" for i in found)


def test_a_title_case_agency_dateline_is_not_a_place() -> None:
    text = "Kyiv (AFP) - Russia launched 273 drones at Ukraine overnight, Ukraine's air force said."
    [incident] = assemble(
        text,
        times=[OVERNIGHT],
        places=[("Kyiv", "admin1", "Kyiv", "UA", "UA-30"), UKRAINE],
        counts=[("273 drones", 273, "exact", "uav", "launched")],
    )
    assert (incident.admin1, incident.country) == ((), "UA")


def test_drones_that_set_fire_to_a_terminal_are_an_attack() -> None:
    text = "On August 24, drones set fire to a fuel terminal in Ust-Luga, the governor said."
    [incident] = assemble(text, "2025-10-01", times=[("August 24", "DATE", "2025-08-24")],
                          places=[("Ust-Luga", "settlement", "Ust-Luga", "RU", "RU-LEN")])
    assert (incident.weapon.value, counts(incident), incident.start) == ("uav", {}, "2025-08-24")


def test_a_regions_downed_drones_are_not_the_one_that_hit_a_town() -> None:
    text = (
        "In the town of Valuyki, a kamikaze drone struck an industrial enterprise on Sunday. A man was "
        "injured.\n\nOn Sunday, air defence shot down 12 drones over the Belgorod region."
    )
    hit, downed = assemble(
        text,
        times=[("Sunday", "DATE", "2025-03-02"), ("Sunday", "DATE", "2025-03-02")],
        places=[("Valuyki", "settlement", "Valuyki", "RU", "RU-BEL"), BELGOROD],
        counts=[("12 drones", 12, "exact", "uav", "destroyed")],
    )
    assert (counts(hit), hit.settlements, hit.injured) == ({"hit": 1}, ("Valuyki",), 1)
    assert (counts(downed), downed.admin1, downed.settlements) == ({"destroyed": 12}, ("RU-BEL",), ())


def test_a_district_list_lead_lends_no_places_to_a_regional_tally() -> None:
    text = (
        "Belgorod district. In the village of Razumnoye, a drone hit a private house.\n\n"
        "Valuysky district. In the town of Valuyki, a drone struck an industrial enterprise.\n\n"
        "Over the day, air defence shot down 12 drones."
    )
    *_, tally = assemble(
        text,
        places=[("Belgorod district", "admin2", "Belgorodsky District", "RU", "RU-BEL"),
                ("Razumnoye", "settlement", "Razumnoye", "RU", "RU-BEL"),
                ("Valuysky district", "admin2", "Valuysky District", "RU", "RU-BEL"),
                ("Valuyki", "settlement", "Valuyki", "RU", "RU-BEL")],
        counts=[("12 drones", 12, "exact", "uav", "destroyed")],
    )
    assert counts(tally) == {"destroyed": 12}
    assert (tally.admin2, tally.settlements) == ((), ())  # not Razumnoye's, from the first entry


# ---------------------------------------------------------------- country without a place


@pytest.mark.parametrize(("sentence", "country"), [
    ("On the night of March 2, the Russians attacked Ukraine with 728 drones.", "UA"),
    ("The ministry said 20 drones had been destroyed over Russian regions overnight.", "RU"),
])
def test_the_attacked_country_without_a_region(sentence: str, country: str) -> None:
    places = [UKRAINE] if "Ukraine" in sentence else []
    [incident] = assemble(sentence, times=[OVERNIGHT], places=places,
                          counts=[("728 drones" if "728" in sentence else "20 drones",
                                   728 if "728" in sentence else 20, "exact", "uav",
                                   "launched" if "728" in sentence else "destroyed")])
    assert incident.country == country
    assert incident.admin1 == ()


def test_a_kh22_hit_recalled_with_its_own_date_is_its_own_engagement() -> None:
    text = (
        "When a Kh-22 cruise missile slammed into an apartment block in Dnipro on January 14, it "
        "killed 46 people. On June 27, 2022, a Kh-22 hit a shopping centre in Kremenchuk, killing at "
        "least 20 people."
    )
    dnipro, kremenchuk = assemble(
        text,
        "2023-02-10",
        times=[("January 14", "DATE", "2023-01-14"), ("June 27, 2022", "DATE", "2022-06-27")],
        places=[("Dnipro", "settlement", "Dnipro", "UA", "UA-12"),
                ("Kremenchuk", "settlement", "Kremenchuk", "UA", "UA-53")],
        counts=[("46 people", 46, "exact", "person", "killed"),
                ("20 people", 20, "at_least", "person", "killed")],
    )
    assert (dnipro.weapon.value, counts(dnipro), dnipro.settlements, dnipro.killed) == (
        "cruise_missile", {"hit": 1}, ("Dnipro",), 46)
    assert (kremenchuk.weapon.value, kremenchuk.start, kremenchuk.settlements, kremenchuk.killed) == (
        "cruise_missile", "2022-06-27", ("Kremenchuk",), 20)
