"""Incident assembly on the report shapes of the second blind held-out round, end to end.

Each test names a general pattern the second round met in unseen reports
(a flashback to an earlier attack, a day's tally beside one hit, casualties
tied to a weapon, a running tally, a part list after ``including``, windows
of different lengths, ``again``, ``In addition``) and runs it through every
built-in stage, as users do.
"""

from __future__ import annotations

import pytest

from incidentkit import Incident, Pipeline, PluginError

STAGES = ["times", "locations", "quantities", "attribution", "incidents"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[f"incidentkit.builtin.{name}" for name in STAGES], builtins=False)


def incidents(pipeline: Pipeline, text: str, published: str) -> list[Incident]:
    report = pipeline.extract(text, published=published)
    assert not report.problems
    return list(report.incidents)


def counts(incident: Incident) -> dict[str, int]:
    return {outcome.value: value for outcome, value in incident.counts.items()}


# ---------------------------------------------------------------- flashbacks


def test_earlier_on_a_day_goes_back_to_another_engagement(pipeline: Pipeline) -> None:
    text = ("A Russian drone hit a school in Nizhyn in the Chernihiv region on Tuesday afternoon, "
            "injuring a teacher, regional governor Viacheslav Chaus said.\n\n"
            "Earlier on Tuesday, Russia launched 90 drones at Ukraine, the Ukrainian Air Force said. "
            "Air defences shot down 72 of them.")
    hit, night = incidents(pipeline, text, "2025-04-15T19:00:00+03:00")
    assert counts(hit) == {"hit": 1}
    assert hit.settlements == ("Nizhyn",)
    assert hit.start == "2025-04-15TAF"
    assert counts(night) == {"launched": 90, "destroyed": 72}  # its own sentence's outcomes stay with it
    assert night.start == night.end == "2025-04-15"
    assert night.admin1 == ()


def test_earlier_on_a_day_that_only_says_when_a_source_spoke_is_not_a_flashback(pipeline: Pipeline) -> None:
    text = ("Debris from a downed drone fell on a house in the town of Lgov overnight, acting governor "
            "Alexander Khinshtein said.\n\n"
            "Earlier on Friday, the Russian Defence Ministry said air defences had destroyed "
            "9 Ukrainian drones over the Kursk region overnight.")
    [night] = incidents(pipeline, text, "2025-05-16T12:00:00+03:00")
    assert counts(night) == {"destroyed": 9}
    assert night.settlements == ("Lgov",)


def test_hours_earlier_keeps_the_day_not_the_evening(pipeline: Pipeline) -> None:
    text = ("A Russian missile struck a warehouse in Zaporizhzhia on Tuesday evening, regional governor "
            "Ivan Fedorov said.\n\n"
            "Hours earlier, Russian forces dropped 6 guided bombs on the Vasylivka district, Fedorov said.")
    missile, bombs = incidents(pipeline, text, "2025-12-09T22:00:00+02:00")
    assert missile.start == "2025-12-09TEV"
    assert counts(bombs) == {"launched": 6}
    assert bombs.start == bombs.end == "2025-12-09"


def test_a_night_opening_a_sentence_is_when_it_happened_not_when_the_ministry_spoke(
        pipeline: Pipeline) -> None:
    text = ("Drones over Bryansk and Kursk\n\n"
            "On the night of May 3, drones attacked an oil depot in the Bryansk region.\n\n"
            "On the night of May 5, the ministry reported 20 drones destroyed over the Kursk region.")
    first, second = incidents(pipeline, text, "2025-05-07")
    assert first.start == "2025-05-03TNI"
    assert counts(second) == {"destroyed": 20}
    assert second.start == second.end == "2025-05-05TNI"


# ---------------------------------------------------------------- tallies


def test_a_days_tally_is_not_the_hit_in_a_town(pipeline: Pipeline) -> None:
    text = ("Over the past day, the enemy attacked the Bryansk region with 31 drones and fired "
            "40 artillery shells at border areas.\n\n"
            "In the town of Klintsy, a drone hit a garage; a 60-year-old man was injured.")
    drones, shells, hit = incidents(pipeline, text, "2025-06-02T20:00:00+03:00")
    assert counts(drones) == {"launched": 31}
    assert drones.injured is None
    assert counts(shells) == {"launched": 40}
    assert shells.admin1 == ("RU-BRY",)  # the region of the other weapon of its sentence
    assert counts(hit) == {"hit": 1}
    assert hit.settlements == ("Klintsy",)
    assert hit.injured == 1


def test_casualties_told_with_a_weapon_go_to_that_weapon_and_a_total_is_their_sum(
        pipeline: Pipeline) -> None:
    text = ("Over the past day, the enemy attacked the Kursk region with 20 drones and fired "
            "15 shells at border villages.\n\n"
            "In Rylsk, a drone hit a car; the driver was wounded. In the village of Tyotkino, "
            "two women were wounded by shell fragments.\n\n"
            "In total, three people were wounded over the day.")
    found = incidents(pipeline, text, "2025-06-03T20:00:00+03:00")
    by_weapon = {(i.weapon.value, tuple(counts(i))): i for i in found}
    assert by_weapon[("shell", ("launched",))].injured == 2
    assert by_weapon[("uav", ("hit",))].injured == 1
    assert by_weapon[("uav", ("launched",))].injured is None


def test_a_days_tally_and_a_nights_figure_are_two_windows(pipeline: Pipeline) -> None:
    text = ("Over the past day, air defence systems shot down 120 fixed-wing drones, the Russian "
            "Defence Ministry said on Sunday.\n\n"
            "Earlier on Sunday, the ministry reported that 15 drones had been destroyed overnight over "
            "the Bryansk region.")
    day, night = incidents(pipeline, text, "2025-04-27T21:00:00+03:00")
    assert counts(day) == {"destroyed": 120}
    assert (day.start, day.end) == ("2025-04-26", "2025-04-27")
    assert day.admin1 == ()
    assert counts(night) == {"destroyed": 15}
    assert night.start == "2025-04-27TNI"
    assert night.admin1 == ("RU-BRY",)


def test_a_running_tally_told_as_an_attack_repelled_is_one_engagement(pipeline: Pipeline) -> None:
    text = ("01:10 - Air defence forces repelled an attack by two drones flying towards Moscow, "
            "Mayor Sergei Sobyanin said.\n\n"
            "02:30 - Sobyanin: four more drones were shot down on the approach to the city.\n\n"
            "07:40 - In total, 9 drones flying towards Moscow were destroyed overnight, Sobyanin said.")
    [night] = incidents(pipeline, text, "2025-08-11T08:00:00+03:00")
    assert counts(night) == {"destroyed": 9}
    assert night.start == "2025-08-11TNI"


# ---------------------------------------------------------------- places


def test_every_part_of_an_including_list_is_its_own_engagement(pipeline: Pipeline) -> None:
    text = ("Russian air defences destroyed 60 Ukrainian drones overnight, including 21 over the Oryol "
            "region and 14 over the Tula region, the Defence Ministry said.")
    total, oryol, tula = incidents(pipeline, text, "2025-07-30T10:00:00+03:00")
    assert counts(total) == {"destroyed": 60} and total.admin1 == ()
    assert counts(oryol) == {"destroyed": 21} and oryol.admin1 == ("RU-ORL",)
    assert counts(tula) == {"destroyed": 14} and tula.admin1 == ("RU-TUL",)
    assert oryol.parent == total.id == tula.parent


def test_the_citys_district_is_in_the_city(pipeline: Pipeline) -> None:
    text = ("Overnight, Russian drones attacked the city's Shevchenkivskyi district in Kharkiv. "
            "According to Mayor Ihor Terekhov, the city was hit by 9 Geran drones.")
    [night] = incidents(pipeline, text, "2025-08-04T09:00:00+03:00")
    assert counts(night) == {"hit": 9}
    assert night.settlements == ("Kharkiv",)


def test_a_hit_in_another_district_got_through(pipeline: Pipeline) -> None:
    text = ("Overnight, 8 UAVs were destroyed over the Pogarsky and Starodubsky districts of the "
            "Bryansk region.\n\n"
            "This morning, in the Klimovsky district, an FPV drone struck a truck. The driver was wounded.")
    downed, hit = incidents(pipeline, text, "2025-05-15T10:00:00+03:00")
    assert counts(downed) == {"destroyed": 8}
    assert downed.injured is None
    assert counts(hit) == {"hit": 1}
    assert hit.start == "2025-05-15TMO"
    assert hit.injured == 1


def test_hit_with_a_weapon_is_one_hit(pipeline: Pipeline) -> None:
    text = "At 11:20, the enemy hit the village of Zolochiv with a guided aerial bomb; a man was injured."
    [bomb] = incidents(pipeline, text, "2025-11-21T20:00:00+02:00")
    assert bomb.weapon.value == "guided_bomb"
    assert counts(bomb) == {"hit": 1}


# ---------------------------------------------------------------- new engagements, shared windows


def test_again_in_a_later_liveblog_entry_is_a_new_attack(pipeline: Pipeline) -> None:
    text = ("07:30 - Russia launched 120 drones at Ukraine overnight, the Ukrainian Air Force said. "
            "Air defences shot down 101 of them.\n\n"
            "14:50 - Russian drones are attacking Odesa again, governor Oleh Kiper said.")
    night, afternoon = incidents(pipeline, text, "2025-05-26T15:00:00+03:00")
    assert counts(night) == {"launched": 120, "destroyed": 101}
    assert night.admin1 == ()
    assert afternoon.admin1 == ("UA-51",)
    assert afternoon.start != night.start


def test_again_at_a_clock_time_repeats_one_episode(pipeline: Pipeline) -> None:
    text = ("Ukrainian forces fired Grad rockets at Shebekino at 1:00, at 2:30 and again at 4:45, "
            "Governor Vyacheslav Gladkov said. Three people were wounded.")
    [rockets] = incidents(pipeline, text, "2025-06-01T09:00:00+03:00")
    assert rockets.injured == 3


def test_in_addition_shares_the_window_and_the_source(pipeline: Pipeline) -> None:
    text = ("Over the past night, duty air defence systems destroyed 17 Ukrainian drones over the "
            "Rostov and Kursk regions. In addition, the Black Sea Fleet destroyed 2 uncrewed boats in "
            "the Black Sea, the Russian Ministry of Defence reported.")
    drones, boats = incidents(pipeline, text, "2025-06-15T08:00:00+03:00")
    assert drones.sources == ("Russian Ministry of Defence",)
    assert boats.weapon.value == "vessel"
    assert boats.start == drones.start == "2025-06-15TNI"


# ---------------------------------------------------------------- options


@pytest.mark.parametrize("name", ["flashback", "again", "additive"])
def test_the_new_cue_lists_are_extendable_and_checked(name: str) -> None:
    extended = Pipeline(plugins=[f"incidentkit.builtin.{stage}" for stage in STAGES], builtins=False,
                        options={"incidents": {name: [r"meanwhile"]}})
    assert extended.extract("Nine drones were shot down.").incidents
    with pytest.raises(PluginError):
        Pipeline(plugins=[f"incidentkit.builtin.{stage}" for stage in STAGES], builtins=False,
                 options={"incidents": {name: "not a list"}})


# ---------------------------------------------------------------- fifth batch


def test_another_count_in_a_window_of_its_own_is_another_engagement(pipeline: Pipeline) -> None:
    text = ("During the day, air defence systems shot down 38 fixed-wing drones, the Russian Defence "
            "Ministry said.\n\n"
            "Between 19:00 and 22:00 Moscow time, another 12 drones were destroyed over the Bryansk region.")
    day, evening = incidents(pipeline, text, "2025-11-03T22:30:00+03:00")
    assert counts(day) == {"destroyed": 38}
    assert day.start == day.end == "2025-11-03"
    assert counts(evening) == {"destroyed": 12}
    assert (evening.start, evening.end) == ("2025-11-03T19:00", "2025-11-03T22:00")


def test_a_figure_a_second_source_later_gave_replaces_the_first(pipeline: Pipeline) -> None:
    text = ("Governor Alexander Bogomaz said 10 drones were shot down over the Bryansk region overnight. "
            "The Defence Ministry later said it had destroyed 13 drones over the region.")
    [night] = incidents(pipeline, text, "2025-08-26T10:00:00+03:00")
    assert counts(night) == {"destroyed": 13}
    assert set(night.sources) == {"Alexander Bogomaz", "Russian Ministry of Defence"}


def test_a_days_tally_opening_a_post_scopes_what_it_tells(pipeline: Pipeline) -> None:
    text = ("Over the past day, the Russian army shelled Kherson and Bilozerka. In Bilozerka, a drone "
            "dropped explosives on a tractor, wounding the driver.")
    shells, drone = incidents(pipeline, text, "2025-10-20T20:00:00+03:00")
    assert (shells.start, shells.end) == ("2025-10-19", "2025-10-20")
    assert drone.weapon.value == "uav"
    assert (drone.start, drone.end) == ("2025-10-19", "2025-10-20")


def test_a_weapon_counted_without_a_place_takes_the_region_of_its_sentence(pipeline: Pipeline) -> None:
    text = ("Over the past day, Russian troops shelled 20 settlements in the Kherson region, regional "
            "governor Oleksandr Prokudin said.\n\n"
            "The Russians fired 300 shells at the region over the day, Prokudin said, and also launched "
            "44 drones.")
    found = incidents(pipeline, text, "2025-08-15T19:00:00+03:00")
    drones = next(i for i in found if i.weapon.value == "uav")
    assert counts(drones) == {"launched": 44}
    assert drones.admin1 == ("UA-65",)


# ---------------------------------------------------------------- sixth batch


def test_a_sea_is_a_part_of_a_breakdown_in_no_country(pipeline: Pipeline) -> None:
    text = ("During the past night, air defence systems destroyed 40 Ukrainian drones: 18 over the "
            "Republic of Crimea, 9 over the Black Sea and 13 over the Bryansk region, the Russian "
            "Defence Ministry said.")
    crimea, sea, bryansk = incidents(pipeline, text, "2025-06-30T09:00:00+03:00")
    assert (counts(crimea), crimea.country, crimea.admin1) == ({"destroyed": 18}, "UA", ("UA-43",))
    assert (counts(sea), sea.country, sea.admin1) == ({"destroyed": 9}, None, ())
    assert (counts(bryansk), bryansk.country) == ({"destroyed": 13}, "RU")


def test_a_hit_in_a_district_is_not_one_of_the_drones_downed_over_the_region(pipeline: Pipeline) -> None:
    text = ("Over the past day, Russian forces attacked the Sumy region 38 times, the head of the "
            "regional military administration Oleh Hryhorov said. In the Okhtyrka district, a drone hit "
            "a grain elevator; a worker was wounded. Air defence shot down 5 drones over the region.")
    hit, downed = incidents(pipeline, text, "2025-09-10T20:30:00+03:00")
    assert counts(hit) == {"hit": 1} and hit.injured == 1
    assert counts(downed) == {"destroyed": 5} and downed.injured is None


def test_the_weapon_of_a_salvo_is_what_was_launched_not_the_part_that_hit(pipeline: Pipeline) -> None:
    text = ("Russia launched 300 drones and 30 missiles at Ukraine overnight, the Ukrainian Air Force "
            "said, and two Kh-101 missiles hit an apartment block in Lutsk.")
    _drones, missiles = incidents(pipeline, text, "2025-07-20T10:00:00+03:00")
    assert missiles.weapon.value == "missile"
    assert counts(missiles) == {"launched": 30, "hit": 2}


def test_a_pooled_figure_broken_down_by_weapon_after_a_colon_is_their_sum(pipeline: Pipeline) -> None:
    text = ("Overnight, Russia attacked Ukraine with 120 Shahed drones and decoys and 40 missiles, the "
            "Air Force said. Air defences destroyed 90 missiles and drones: 35 missiles and 55 drones; "
            "40 decoy drones were locationally lost.")
    drones, missiles = incidents(pipeline, text, "2025-04-25T10:00:00+03:00")
    assert counts(drones) == {"launched": 120, "destroyed": 55, "lost": 40}
    assert counts(missiles) == {"launched": 40, "destroyed": 35}


def test_a_figure_and_its_revision_in_one_sentence_are_one_figure(pipeline: Pipeline) -> None:
    text = ("Russia fired 52 attack drones at Ukraine overnight, the Ukrainian air force said on Friday. "
            "It initially said 30 of them had been downed, but later raised the figure to 36.")
    [night] = incidents(pipeline, text, "2025-02-21T11:00:00+02:00")
    assert counts(night) == {"launched": 52, "destroyed": 36}


# ---------------------------------------------------------------- seventh batch


def test_types_listed_after_a_colon_with_their_own_outcome_are_one_engagement_each(
        pipeline: Pipeline) -> None:
    text = ("On the night of October 31, the enemy attacked with 400 Shahed drones and 30 missiles: 27 "
            "Kh-101 cruise missiles, all of which were shot down, and 3 Kinzhal missiles. In total, 380 "
            "drones were neutralised. Hits were recorded in 12 locations, the Air Force said.")
    drones, cruise, ballistic = incidents(pipeline, text, "2025-10-31T09:30:00+02:00")
    assert counts(drones) == {"launched": 400, "destroyed": 380}
    assert (cruise.weapon.value, counts(cruise)) == ("cruise_missile", {"launched": 27, "destroyed": 27})
    assert (ballistic.weapon.value, counts(ballistic)) == ("ballistic_missile", {"launched": 3})
    assert drones.sources == ("Ukrainian Air Force",)  # the one source the summary names, at its end
