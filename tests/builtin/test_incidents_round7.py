"""Incident assembly on report shapes probed in the seventh round, end to end.

Each test names a general pattern met in fresh reports the rules had not seen
and runs it through every built-in stage, as users do. A few cases are guards
that passed before the round's fixes (``By the morning``, a toll only a claim
gives): they keep the fixes from going too far.
"""

from __future__ import annotations

import pytest

from incidentkit import Incident, Pipeline

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


# ---------------------------------------------------------------- breakdowns


def test_a_total_without_a_place_takes_the_country_of_all_its_parts(pipeline: Pipeline) -> None:
    text = ("Overnight, air defence systems destroyed 120 fixed-wing drones, the ministry said. "
            "Of these, 40 were downed over the Bryansk region and 25 over the Kursk region.")
    found = incidents(pipeline, text, "2025-09-14T09:00:00+03:00")
    total = next(i for i in found if i.parent is None)
    assert counts(total) == {"destroyed": 120}
    assert total.country == "RU" and total.admin1 == ()
    assert {i.admin1 for i in found if i.parent == total.id} == {("RU-BRY",), ("RU-KRS",)}


@pytest.mark.parametrize("rest", ["the rest", "the remainder", "the remaining drones"])
def test_places_after_the_rest_of_a_breakdown_are_not_the_last_counts(pipeline: Pipeline, rest: str) -> None:
    text = ("Russian air defences destroyed 90 Ukrainian drones overnight, the Defence Ministry said. "
            f"Thirty were downed over the Bryansk region, 21 over the Belgorod region and {rest} "
            "over the Tver, Pskov and Oryol regions.")
    found = incidents(pipeline, text, "2025-09-14T09:00:00+03:00")
    regions = {i.admin1: counts(i) for i in found if i.admin1}
    assert regions == {("RU-BRY",): {"destroyed": 30}, ("RU-BEL",): {"destroyed": 21}}


# ---------------------------------------------------------------- casualties


@pytest.mark.parametrize("by", ["By Saturday", "By the morning", "By 10:00 on Saturday"])
def test_a_toll_risen_by_a_later_time_is_the_latest_figure(pipeline: Pipeline, by: str) -> None:
    text = ("A Russian ballistic missile struck a residential area of Kryvyi Rih on Friday evening, "
            "killing 18 people and wounding more than 60, the regional governor said. "
            f"{by}, the number of wounded had risen to 72.")
    (incident,) = incidents(pipeline, text, "2025-04-05T22:10:00+03:00")
    assert (incident.killed, incident.injured) == (18, 72)
    assert incident.start == "2025-04-04TEV"


@pytest.mark.parametrize("claim", ["claimed", "alleged"])
def test_a_disputed_claim_does_not_replace_the_stated_toll(pipeline: Pipeline, claim: str) -> None:
    text = ("A Russian missile struck the centre of Sumy on Sunday morning, killing 11 people and "
            "injuring 40, regional governor Ivan Ivanov said. "
            f"The Russian Defence Ministry {claim} the strike had hit a meeting of commanders, killing "
            "up to 60 servicemen.")
    (incident,) = incidents(pipeline, text, "2025-04-13T18:00:00+03:00")
    assert (incident.killed, incident.injured) == (11, 40)


def test_a_claimed_toll_counts_when_it_is_the_only_one(pipeline: Pipeline) -> None:
    text = ("The Russian Defence Ministry claimed a missile strike on a training ground in the "
            "Dnipropetrovsk region on Sunday had killed up to 60 servicemen.")
    (incident,) = incidents(pipeline, text, "2025-04-13T18:00:00+03:00")
    assert incident.killed == 60


# ---------------------------------------------------------------- windows


def test_a_tally_by_a_clock_time_joins_the_nights_launches(pipeline: Pipeline) -> None:
    text = ("Overnight, Russia attacked Ukraine with 85 Shahed drones. By 09:00, 57 drones had been "
            "shot down in the north and east of the country, and 21 more disappeared from radar.")
    found = incidents(pipeline, text, "2025-08-21T09:20:00+03:00")
    assert [(counts(i), i.start) for i in found] == [
        ({"launched": 85, "destroyed": 57, "lost": 21}, "2025-08-21TNI")]


def test_a_partitive_with_a_participle_gives_the_parts_outcome(pipeline: Pipeline) -> None:
    text = "Ukraine's air force said 44 of 62 drones launched overnight had been neutralised."
    (incident,) = incidents(pipeline, text, "2025-11-02T08:15:00+02:00")
    assert counts(incident) == {"launched": 62, "destroyed": 44}


# ---------------------------------------------------------------- attacks told by what they did


def test_drones_that_damaged_houses_are_an_attack_report_with_its_places(pipeline: Pipeline) -> None:
    text = ("Russia attacked Ukraine overnight with 176 drones, the Ukrainian Air Force reported. "
            "Air defence shot down 130 of them. In Kharkiv Oblast, drones damaged private houses in "
            "the Bohodukhiv district, Governor Oleh Syniehubov reported.")
    (incident,) = incidents(pipeline, text, "2025-03-09T10:30:00+02:00")
    assert counts(incident) == {"launched": 176, "destroyed": 130}
    assert incident.admin1 == ("UA-63",) and incident.admin2 == ("Bohodukhiv District",)


@pytest.mark.parametrize("verb", ["damaged", "injured"])
def test_a_weapon_that_damaged_or_injured_is_its_own_engagement(pipeline: Pipeline, verb: str) -> None:
    text = ("In the village of Malynivka, the occupiers hit a private house with a guided bomb. "
            f"In Zolochiv, two houses were {verb} by a Molniya drone.")
    found = incidents(pipeline, text, "2025-10-11T10:00:00+03:00")
    assert sorted((i.weapon.value, i.settlements) for i in found) == [
        ("guided_bomb", ("Malynivka",)), ("uav", ("Zolochiv",))]


# ---------------------------------------------------------------- tallies over weeks


def test_a_weekends_tally_keeps_its_window_and_no_nights_figure_joins_it(pipeline: Pipeline) -> None:
    text = ("Russia launched 519 drones at Ukraine over the weekend, President Volodymyr Zelensky said "
            "on Monday. On Saturday night, air defence shot down 201 drones, the Air Force said.")
    found = incidents(pipeline, text, "2025-12-29T10:00:00+02:00")
    assert [(counts(i), i.start) for i in found] == [
        ({"launched": 519}, "2025-W52-WE"), ({"destroyed": 201}, "2025-12-28TNI")]


def test_a_later_week_told_in_passing_is_no_window_for_a_count(pipeline: Pipeline) -> None:
    text = ("08:20 — Kremlin spokesman Dmitry Peskov declined to comment. Officials are due to meet "
            "in Istanbul next week.\n\n08:45 — Moscow Mayor Sergei Sobyanin says two drones flying "
            "toward the capital were destroyed.")
    (incident,) = incidents(pipeline, text, "2025-08-24T09:00:00+03:00")
    assert incident.start is None or "W" not in incident.start


# ---------------------------------------------------------------- at sea


def test_an_attack_at_sea_is_in_no_country_and_a_later_strike_on_land_is_another(pipeline: Pipeline) -> None:
    text = ("Houthi militants attacked the bulk carrier Eternity C in the Red Sea on Monday night with "
            "drones and rocket-propelled grenades, maritime security sources said.\n\n"
            "The Houthis also launched two ballistic missiles and a drone at Israel's Ben Gurion "
            "airport, the Israeli military said. One missile was intercepted.")
    found = incidents(pipeline, text, "2025-07-08T12:40:00+03:00")
    drones = [i for i in found if i.weapon.value == "uav"]
    assert {(i.country, i.admin1) for i in drones} == {("IL", ("IL-M",)), (None, ())}


def test_drones_downed_over_a_sea_after_an_attack_on_a_port_join_it(pipeline: Pipeline) -> None:
    text = ("Drones attacked the port of Ust-Luga in the Leningrad region early on Sunday, Governor "
            "Alexander Drozdenko said. The Baltic Fleet said air defence units had destroyed three "
            "drones over the Gulf of Finland.")
    (incident,) = incidents(pipeline, text, "2025-03-23T12:00:00+03:00")
    assert counts(incident) == {"destroyed": 3} and incident.admin1 == ("RU-LEN",)


# ---------------------------------------------------------------- revised figures


def test_a_running_total_replaces_the_figure_it_sums_up(pipeline: Pipeline) -> None:
    text = ("Voronezh governor Alexander Gusev said 14 drones were destroyed over the city and the "
            "Liskinsky district overnight. Later on Saturday, Gusev said another three drones had "
            "been shot down over Voronezh itself, bringing the total for the day to 17.")
    (incident,) = incidents(pipeline, text, "2025-08-02T10:00:00+03:00")
    assert counts(incident) == {"destroyed": 17} and incident.admin1 == ("RU-VOR",)


def test_a_corrected_toll_replaces_the_one_an_earlier_version_gave(pipeline: Pipeline) -> None:
    text = ("CORRECTION: An earlier version of this report said 15 people were injured in the Russian "
            "drone attack on Odesa.\n\nRussian drones attacked Odesa overnight, Governor Oleh Kiper "
            "said on Telegram. Twelve people were injured, including a child.")
    (incident,) = incidents(pipeline, text, "2025-02-09T12:00:00+02:00")
    assert incident.injured == 12


def test_strikes_by_missiles_are_hits_of_the_nights_engagements(pipeline: Pipeline) -> None:
    text = ("Overall, Russia launched 810 drones and 13 missiles overnight, the air force said. Air "
            "defences shot down 747 drones and four missiles. Strikes by nine missiles and 56 drones "
            "were recorded at 37 locations.")
    found = incidents(pipeline, text, "2025-09-07T08:00:00+03:00")
    assert [counts(i) for i in found] == [{"launched": 810, "destroyed": 747, "hit": 56},
                                          {"launched": 13, "destroyed": 4, "hit": 9}]


# ---------------------------------------------------------------- where


def test_the_country_whose_air_defence_shot_down_a_total_is_where_it_was(pipeline: Pipeline) -> None:
    text = ("In total, Russian air defences destroyed 105 Ukrainian drones over 13 regions overnight, "
            "the Defence Ministry said.")
    (incident,) = incidents(pipeline, text, "2025-05-06T08:40:00+03:00")
    assert incident.country == "RU"


@pytest.mark.parametrize("landmark", ["south of Moscow", "about 100 km south of Moscow",
                                      "120 kilometres from Moscow"])
def test_a_landmark_after_a_town_is_not_a_place_of_the_engagement(pipeline: Pipeline, landmark: str) -> None:
    text = (f"A drone hit a residential building in Kashira, {landmark}, Moscow region governor "
            "Andrei Vorobyov said, adding that nobody was hurt.")
    (incident,) = incidents(pipeline, text, "2025-05-06T08:40:00+03:00")
    assert incident.admin1 == ("RU-MOS",) and incident.settlements == ("Kashira",)


def test_drones_downed_heading_for_a_city_region_join_the_surrounding_regions_figure(
        pipeline: Pipeline) -> None:
    text = ("Air defence forces shot down 337 drones over ten regions overnight, the Defence Ministry "
            "said, including 91 over the Moscow region and 126 over the Kursk region.\n\n"
            "Sergei Sobyanin, the capital's mayor, said 74 of the drones heading for Moscow had been "
            "destroyed.")
    found = incidents(pipeline, text, "2025-03-11T09:00:00+03:00")
    moscow = [i for i in found if "RU-MOS" in i.admin1 or "RU-MOW" in i.admin1]
    assert [(counts(i), set(i.admin1), "Sergei Sobyanin" in i.sources) for i in moscow] == [
        ({"destroyed": 91}, {"RU-MOS", "RU-MOW"}, True)]


def test_a_city_part_inside_its_regions_figure_in_one_sentence_stays_in_the_list(pipeline: Pipeline) -> None:
    text = ("A total of 96 Ukrainian UAVs were destroyed overnight, the Russian Defence Ministry said: "
            "30 over the Bryansk region, 25 over Kursk, 15 over Belgorod, 11 over the Moscow region, "
            "including 8 flying towards Moscow, and 15 over other regions.")
    found = incidents(pipeline, text, "2025-03-11T09:00:00+03:00")
    assert {"destroyed": 11} in [counts(i) for i in found if "RU-MOS" in i.admin1]


def test_a_separate_statements_own_figures_go_together(pipeline: Pipeline) -> None:
    text = ("Drones struck private houses in Bilopillia overnight, the regional administration said. "
            "The Ukrainian Air Force said in a separate statement that Russia had launched 10 drones "
            "and one Iskander-M missile at Ukraine overnight, of which 6 drones were shot down.")
    found = incidents(pipeline, text, "2025-05-14T10:00:00+03:00")
    assert [counts(i) for i in found if i.weapon.value == "uav"] == [{}, {"launched": 10, "destroyed": 6}]


def test_a_bare_number_followed_by_more_is_a_new_engagement_in_its_own_window(pipeline: Pipeline) -> None:
    text = ("Between 20:00 and 23:00 Moscow time on Saturday, air defences destroyed 32 Ukrainian "
            "drones, the Russian Defence Ministry said. Eight more were shot down between 23:00 and "
            "07:00 over the Bryansk and Kursk regions.")
    found = incidents(pipeline, text, "2025-09-21T08:00:00+03:00")
    assert [(counts(i), i.admin1, i.start) for i in found] == [
        ({"destroyed": 32}, (), "2025-09-20T20:00"),
        ({"destroyed": 8}, ("RU-BRY", "RU-KRS"), "2025-09-20T23:00")]


def test_boats_destroyed_near_the_port_are_at_the_port_city_named_before(pipeline: Pipeline) -> None:
    text = ("Novorossiysk came under a combined attack by sea and air drones overnight, Andrei "
            "Kravchenko said. Three uncrewed surface vessels were destroyed near the port by the Black "
            "Sea Fleet, and two UAVs were shot down over the city, he said.")
    found = incidents(pipeline, text, "2025-02-16T10:20:00+03:00")
    boats = [i for i in found if i.weapon.value == "vessel"]
    assert [(counts(i), i.settlements) for i in boats] == [({"destroyed": 3}, ("Novorossiysk",))]


def test_an_unplaced_attack_takes_the_country_its_paragraph_is_in(pipeline: Pipeline) -> None:
    text = ("A Russian missile strike on Sumy on Monday afternoon injured 88 people, regional governor "
            "Volodymyr Artiukh said. The missile hit a residential area near a school. Later in the "
            "evening, a drone struck a dormitory of a university, injuring four more people, he said.")
    found = incidents(pipeline, text, "2025-03-25T21:00:00+02:00")
    assert [(i.weapon.value, i.country) for i in found] == [("missile", "UA"), ("uav", "UA")]


def test_boats_destroyed_at_sea_are_in_no_country_beside_a_count_on_land(pipeline: Pipeline) -> None:
    text = ("Over the past night, air defence systems destroyed 28 Ukrainian drones over the Rostov and "
            "Kursk regions. In addition, the Black Sea Fleet destroyed 3 uncrewed boats in the "
            "north-western part of the Black Sea, the Russian Ministry of Defence reported.")
    found = incidents(pipeline, text, "2025-06-14T09:00:00+03:00")
    boats = [i for i in found if i.weapon.value == "vessel"]
    assert [(counts(i), i.country) for i in boats] == [({"destroyed": 3}, None)]


def test_an_unplaced_attack_takes_the_place_of_the_sentence_before(pipeline: Pipeline) -> None:
    text = ("Over the past day, Russian troops struck 44 settlements in the Kherson region, the regional "
            "military administration said. Artillery shelling and drone attacks killed one person and "
            "injured 11 others.\n\nIn the Zaporizhzhia region, two people were injured in a drone "
            "attack on Huliaipole, Governor Ivan Fedorov said.")
    found = incidents(pipeline, text, "2025-08-14T19:40:00+03:00")
    assert [(i.weapon.value, i.admin1, i.killed, i.injured) for i in found] == [
        ("shell", ("UA-65",), 1, 11), ("uav", ("UA-65",), None, None), ("uav", ("UA-23",), None, 2)]


@pytest.mark.parametrize("defence", ["Anti-aircraft missile units", "Surface-to-air missile crews",
                                     "Interceptor drones"])
def test_the_defences_weapons_are_no_attack(pipeline: Pipeline, defence: str) -> None:
    text = ("Air defence operated in the Kyiv and Sumy regions overnight. "
            f"{defence} were involved in repelling the attack, the Air Force said. In total, 74 "
            "Shahed drones were destroyed.")
    found = incidents(pipeline, text, "2025-11-25T10:30:00+02:00")
    assert [(i.weapon.value, counts(i)) for i in found] == [("uav", {"destroyed": 74})]


@pytest.mark.parametrize(("forces", "country"), [("Poland's armed forces", "PL"),
                                                 ("Romanian air defences", "RO")])
def test_drones_downed_by_a_neighbours_forces_are_in_that_country(
        pipeline: Pipeline, forces: str, country: str) -> None:
    text = (f"{forces} shot down three drones that violated its airspace during a Russian attack on "
            "Ukraine overnight, officials said.")
    (incident,) = incidents(pipeline, text, "2025-09-10T12:00:00+03:00")
    assert incident.country == country


def test_an_approximate_pool_broken_down_with_including_is_not_an_engagement(pipeline: Pipeline) -> None:
    text = ("Iran launched more than 300 drones and missiles at Israel overnight, the Israeli military "
            "said, including 170 drones, more than 30 cruise missiles and more than 120 ballistic "
            "missiles.")
    found = incidents(pipeline, text, "2024-04-14T09:00:00+03:00")
    assert [(i.weapon.value, counts(i)) for i in found] == [
        ("uav", {"launched": 170}), ("cruise_missile", {"launched": 30}),
        ("ballistic_missile", {"launched": 120})]


def test_a_liveblog_summary_posted_after_the_night_takes_the_night_of_its_headline(
        pipeline: Pipeline) -> None:
    text = ("Live: Russia's overnight attack on Kyiv\n\n"
            "03:40 - Tkachenko: a fire broke out in a warehouse in the Sviatoshynskyi district after a "
            "drone hit it.\n\n"
            "09:00 - The Air Force says Russia launched 426 drones and 24 missiles. 200 drones and 20 "
            "missiles were shot down.")
    found = incidents(pipeline, text, "2025-07-21T11:00:00+03:00")
    missiles = [i for i in found if i.weapon.value == "missile"]
    assert [(counts(i), i.start) for i in missiles] == [({"launched": 24, "destroyed": 20}, "2025-07-21TNI")]


def test_a_hit_in_a_village_after_drones_downed_over_districts_is_its_own_engagement(
        pipeline: Pipeline) -> None:
    text = ("Bryansk region governor Alexander Bogomaz said air defence forces destroyed 12 drones over "
            "the Klintsovsky, Starodubsky and Pogarsky districts overnight. In the village of "
            "Lomakovka, an FPV drone struck a passenger car, injuring a 52-year-old man.")
    found = incidents(pipeline, text, "2025-08-08T10:00:00+03:00")
    assert [(counts(i), i.settlements) for i in found] == [
        ({"destroyed": 12}, ()), ({"hit": 1}, ("Lomakovka",))]


def test_a_governors_comment_after_a_breakdown_goes_to_his_regions_part(pipeline: Pipeline) -> None:
    text = ("The Defence Ministry says 90 drones were destroyed overnight: 72 over the Bryansk region, "
            "13 over the Tula region and five over the Kursk region.\n\n"
            "Bryansk governor Alexander Bogomaz calls the attack massive but says there was no damage.")
    found = incidents(pipeline, text, "2025-09-10T09:00:00+03:00")
    assert {i.admin1: "Alexander Bogomaz" in i.sources for i in found} == {
        ("RU-BRY",): True, ("RU-TUL",): False, ("RU-KRS",): False}


def test_an_anti_aircraft_missile_used_as_a_strike_weapon_is_still_a_weapon(pipeline: Pipeline) -> None:
    text = ("Ukrainian forces fired an S-200 anti-aircraft missile, converted into a strike weapon, at "
            "Taganrog. The anti-aircraft missile hit the grounds of a museum, governor Vasily Golubev "
            "said.")
    found = incidents(pipeline, text, "2023-07-28T19:40:00+03:00")
    assert [i.weapon.value for i in found] == ["missile"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian forces fired one S-200 missile at Taganrog, the Defence Ministry said. The missile "
     "was intercepted by air defences, but fragments fell on the city.", {"launched": 1, "destroyed": 1}),
    ("In Mordovia, a drone was shot down over Saransk, the republic's head Artyom Zdunov wrote.",
     {"destroyed": 1}),
])
def test_one_weapon_shot_down_without_a_numeral_counts_as_one(
        pipeline: Pipeline, text: str, expected: dict[str, int]) -> None:
    (incident,) = incidents(pipeline, text, "2025-05-22T10:00:00+03:00")
    assert counts(incident) == expected


def test_more_downed_that_make_up_the_launched_figure_are_summed_to_it(pipeline: Pipeline) -> None:
    text = ("The Russian Defence Ministry said it had thwarted an attack on Crimea involving 17 "
            "Ukrainian drones, dealt with as follows:\n"
            "- 14 were suppressed by electronic warfare;\n"
            "- three more were destroyed by air defence systems.")
    (incident,) = incidents(pipeline, text, "2023-09-04T10:00:00+03:00")
    assert counts(incident) == {"launched": 17, "destroyed": 17}


def test_a_bracketed_breakdown_after_its_total_gives_each_region_its_own_count(pipeline: Pipeline) -> None:
    text = ("Overnight, air defence systems destroyed 52 Ukrainian UAVs over Russian regions (Bryansk "
            "region – 23, Kursk region – 17, Belgorod region – 12), the Defence Ministry said.")
    found = incidents(pipeline, text, "2025-10-12T09:00:00+03:00")
    assert {i.admin1: counts(i) for i in found} == {
        ("RU-BRY",): {"destroyed": 23}, ("RU-KRS",): {"destroyed": 17}, ("RU-BEL",): {"destroyed": 12}}


def test_an_including_list_that_makes_up_its_total_is_a_full_breakdown_with_its_sea_part(
        pipeline: Pipeline) -> None:
    text = ("Air defence systems destroyed 57 Ukrainian drones overnight, including 24 over the Bryansk "
            "region, 15 over the Kursk region, 10 over the Belgorod region and eight over the Black Sea.")
    found = incidents(pipeline, text, "2025-11-04T10:00:00+03:00")
    assert sorted((i.admin1, i.country, counts(i)["destroyed"]) for i in found) == [
        ((), None, 8), (("RU-BEL",), "RU", 10), (("RU-BRY",), "RU", 24), (("RU-KRS",), "RU", 15)]


@pytest.mark.parametrize(("verb", "toll"), [("killing", (1, None)), ("injuring", (None, 1))])
def test_killing_or_injuring_the_driver_counts_one(
        pipeline: Pipeline, verb: str, toll: tuple[int | None, ...]) -> None:
    text = (f"A Ukrainian drone struck a minibus on the outskirts of Novy Oskol on Sunday, {verb} the "
            "driver, Governor Vyacheslav Gladkov said.")
    (incident,) = incidents(pipeline, text, "2025-10-12T12:00:00+03:00")
    assert (incident.killed, incident.injured) == toll


def test_a_corrected_figure_and_the_earlier_one_it_corrects_are_one_engagement(pipeline: Pipeline) -> None:
    text = ("Russia attacked Ukraine with 58 drones and four missiles overnight, the Ukrainian Air Force "
            "said, correcting an earlier statement that put the number of drones at 52. Air defences "
            "downed 49 drones and three missiles.")
    found = incidents(pipeline, text, "2025-07-15T15:00:00+03:00")
    assert [counts(i) for i in found] == [{"launched": 58, "destroyed": 49}, {"launched": 4, "destroyed": 3}]


def test_drones_launched_towards_a_country_are_in_that_country(pipeline: Pipeline) -> None:
    text = "Iran responded by launching about 100 drones towards Israel, IDF spokesman Effie Defrin said."
    (incident,) = incidents(pipeline, text, "2025-06-13T08:00:00+03:00")
    assert incident.country == "IL"


def test_a_towns_news_does_not_join_a_country_wide_figure(pipeline: Pipeline) -> None:
    text = ("Air defence forces destroyed 44 Ukrainian drones over Russian regions overnight, the "
            "Defence Ministry said.\n\n"
            "In Voronezh, debris from a downed drone damaged several cars; nobody was hurt, Governor "
            "Alexander Gusev said.")
    found = incidents(pipeline, text, "2025-11-09T09:30:00+03:00")
    assert [(counts(i), i.admin1) for i in found] == [({"destroyed": 44}, ()), ({}, ("RU-VOR",))]
