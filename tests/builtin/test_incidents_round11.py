"""Incident assembly on report shapes probed in the eleventh round, end to end.

Each test names a general pattern met in fresh reports the rules had not seen
and runs it through every built-in stage, as users do. Tests named as guards
(in a comment) passed before the round's fixes too: they keep a fix from
reaching too far.
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


# ---------------------------------------------------------------- windows


@pytest.mark.parametrize("told", [
    "On Thursday, the Houthis said they had launched two drones at Eilat",
    "The Houthis said on Thursday that they had launched two drones at Eilat",
])
def test_what_a_source_told_on_a_day_does_not_take_a_later_window(pipeline: Pipeline, told: str) -> None:
    # the report's Friday interception is after Thursday's statement: not the drones' window
    text = ("Israel said it intercepted a missile launched from Yemen early on Friday. There were no "
            f"reports of injuries.\n\n{told}; the Israeli military said one was downed over the sea.")
    found = incidents(pipeline, text, "2025-07-04T09:00:00+03:00")
    drones = next(i for i in found if counts(i).get("launched") == 2)
    assert drones.start is None or drones.start <= "2025-07-03"


def test_what_a_source_told_on_a_day_does_not_join_a_later_engagement(pipeline: Pipeline) -> None:
    text = ("Romania scrambled two F-16 fighter jets on Saturday evening after a Russian drone entered its "
            "airspace during an attack on Ukrainian infrastructure on the Danube, the Romanian Defence "
            "Ministry said.\n\nPoland said on Wednesday it had shot down several Russian drones that had "
            "violated its airspace.")
    found = incidents(pipeline, text, "2025-09-13T10:00:00+03:00")
    saturday = [i for i in found if i.start == "2025-09-13TEV"]
    assert saturday and all("Poland" not in i.sources for i in saturday)


def test_what_happened_later_does_not_take_the_clock_time_before_it(pipeline: Pipeline) -> None:
    text = ("A Ukrainian drone struck a residential building in the town of Klintsy on Saturday "
            "morning, Governor Alexander Bogomaz said. Residents reported explosions at around 09:15.\n\n"
            "Later, the governor said that another drone had been shot down near the village of "
            "Zhurinichi.")
    found = incidents(pipeline, text, "2025-01-18T16:00:00+03:00")
    later = next(i for i in found if "Zhurinichi" in i.settlements)
    assert (later.start, later.end) == ("2025-01-18", "2025-01-18")
    assert counts(later) == {"destroyed": 1}  # "another drone had been shot down": one


def test_a_statement_of_the_same_day_keeps_the_reports_night(pipeline: Pipeline) -> None:
    # guard: the night before the statement is a window the statement can tell of
    text = ("Russia attacked Ukraine with drones overnight.\n\n"
            "The air force said on Sunday that 40 drones had been shot down.")
    found = incidents(pipeline, text, "2025-06-01T10:00:00+03:00")
    assert [(i.start, i.end) for i in found if counts(i).get("destroyed") == 40] == [
        ("2025-06-01TNI", "2025-06-01TNI")]


@pytest.mark.parametrize(("span", "start"), [
    ("Over the past week", "2025-04-12"),
    ("Over the past seven days", "2025-04-12"),
    ("In the past 48 hours", "2025-04-17"),
    ("Over the past day", "2025-04-18"),  # (a guard: FORMAT.md's own case)
])
def test_a_past_span_of_days_ends_on_the_reports_day(pipeline: Pipeline, span: str, start: str) -> None:
    text = f"{span}, Russia launched more than 1,460 guided aerial bombs against Ukraine, Zelensky said."
    found = incidents(pipeline, text, "2025-04-19T10:00:00+03:00")
    assert [(i.start, i.end) for i in found] == [(start, "2025-04-19")]


# ---------------------------------------------------------------- separate events

_SUMMARY = ("Overnight, Russian forces attacked the Sumy region with Shahed drones and guided aerial "
            "bombs. In the Bilopillia community, a drone hit a passenger bus, killing nine people, the "
            "regional military administration reported.\n\n")


@pytest.mark.parametrize("told", [
    "Separately, in the Velyka Pysarivka community, two KABs were dropped on residential areas",
    "Separately, in the Velyka Pysarivka community, guided bombs hit a house",
])
def test_a_separate_attack_in_the_region_is_part_of_the_regions_summary(
        pipeline: Pipeline, told: str) -> None:
    # "Separately" sets it apart from the bus strike, not from the night's attack on the region
    found = incidents(pipeline, f"{_SUMMARY}{told}; one person was wounded.", "2025-05-19T11:00:00+03:00")
    bombs = [i for i in found if i.weapon.value == "guided_bomb"]
    assert len(bombs) == 1 and bombs[0].injured == 1 and bombs[0].admin2 == ("Velyka Pysarivka Hromada",)


def test_a_separate_attack_elsewhere_stays_its_own(pipeline: Pipeline) -> None:
    # guard: the summary was of another region
    text = f"{_SUMMARY}Separately, in the Kharkiv region, guided bombs hit a house; one person was wounded."
    found = incidents(pipeline, text, "2025-05-19T11:00:00+03:00")
    bombs = [i for i in found if i.weapon.value == "guided_bomb"]
    assert sorted(i.admin1 for i in bombs) == [("UA-59",), ("UA-63",)]


# ---------------------------------------------------------------- sources


@pytest.mark.parametrize(("place", "official", "elsewhere"), [
    ("in Kharkiv", "Mayor Ihor Terekhov",
     "In the Odesa region, a drone attack sparked a fire at a port facility."),
    ("in the Tambov region", "Governor Yevgeny Pervyshov",
     "In the Oryol region, a drone hit a fuel depot in Livny."),
])
def test_an_officials_word_does_not_carry_to_the_next_sentence_about_another_region(
        pipeline: Pipeline, place: str, official: str, elsewhere: str) -> None:
    text = ("Ukrainian forces shot down 110 of 160 drones launched by Russia overnight, the air force "
            "said.\n\n"
            f"Three people were injured {place}, where drones hit two residential buildings, {official} "
            f"said. {elsewhere}")
    found = incidents(pipeline, text, "2025-02-22T11:00:00+02:00")
    other = next(i for i in found if i.admin1 in (("UA-51",), ("RU-ORL",)))
    assert other.sources == ()


def test_an_officials_word_carries_to_the_next_sentence_about_his_region(pipeline: Pipeline) -> None:
    # guard: the next sentence is in the governor's own region
    text = ("Two people were injured in Belgorod, Governor Vyacheslav Gladkov said. In the Shebekino "
            "district, a drone hit a car.")
    found = incidents(pipeline, text, "2025-02-22T11:00:00+03:00")
    assert all("Vyacheslav Gladkov" in i.sources for i in found)


# ---------------------------------------------------------------- ground combat


@pytest.mark.parametrize("ground", [
    "In the Pokrovsk direction, Ukrainian defenders repelled 45 attacks.",
    "Near Pokrovsk, 45 combat clashes took place.",
    "Russian troops carried out 45 assaults near Pokrovsk.",  # (a guard: no event word)
])
def test_ground_combat_does_not_place_a_tally_of_strikes(pipeline: Pipeline, ground: str) -> None:
    text = ("Over the past 24 hours, Russian forces launched 3 missile strikes using 5 missiles and used "
            f"5,200 kamikaze drones, Ukraine's General Staff said.\n\n{ground}")
    found = incidents(pipeline, text, "2025-11-17T09:00:00+03:00")
    assert found and all(i.admin1 == () and i.settlements == () for i in found)


def test_an_air_attack_near_the_front_still_places_the_tally(pipeline: Pipeline) -> None:
    # guard: a sentence telling a strike is news of the engagement
    text = ("Over the past 24 hours, Russian forces used 5,200 kamikaze drones, Ukraine's General Staff "
            "said.\n\nIn Pokrovsk, a strike damaged a school.")
    found = incidents(pipeline, text, "2025-11-17T09:00:00+03:00")
    assert any("Pokrovsk" in i.settlements for i in found)


# ---------------------------------------------------------------- country-wide figures


def test_news_from_a_second_region_joins_a_country_wide_figure_too(pipeline: Pipeline) -> None:
    # the first region's news placed the figure; the second's is no other engagement
    text = ("The Russian Defence Ministry said Ukraine had attacked Russia with 146 drones overnight.\n\n"
            "In the Saratov region, two enterprises in Saratov and Engels were damaged, Governor Roman "
            "Busargin said. In the Tula region, debris hit a chemical plant in Aleksin.")
    found = incidents(pipeline, text, "2025-01-14T12:00:00+03:00")
    assert [set(i.admin1) for i in found] == [{"RU-SAR", "RU-TUL"}]
    assert "Aleksin" in found[0].settlements


def test_another_regions_news_does_not_join_a_placed_figure(pipeline: Pipeline) -> None:
    # guard: a figure placed by its own clause keeps its region
    text = ("Air defences shot down 12 drones over the Saratov region overnight, the ministry said. "
            "In the Tula region, debris hit a chemical plant in Aleksin.")
    found = incidents(pipeline, text, "2025-01-14T12:00:00+03:00")
    assert [i.admin1 for i in found if i.counts] == [("RU-SAR",)]


# ---------------------------------------------------------------- all of them


@pytest.mark.parametrize("told", ["All were intercepted.", "They were all shot down, the air force said.",
                                  "All of them were destroyed by air defence."])
def test_all_of_the_sentence_befores_launched_ones_downed(pipeline: Pipeline, told: str) -> None:
    text = f"In the morning, the enemy attacked Kyiv with 6 Kinzhal missiles and 40 drones. {told}"
    found = incidents(pipeline, text, "2024-05-16T12:00:00+03:00")
    assert sorted(counts(i)["destroyed"] for i in found) == [6, 40]


def test_all_of_something_else_downs_nothing(pipeline: Pipeline) -> None:
    # guard: "all" of another noun
    text = "Russia launched 40 drones at Ukraine overnight. All regions were on alert."
    assert [counts(i) for i in incidents(pipeline, text, "2024-05-16T12:00:00+03:00")] == [{"launched": 40}]


# ---------------------------------------------------------------- attacks told without a weapon word


def test_an_attack_in_another_region_without_a_weapon_word_is_one_of_the_reports_weapon(
        pipeline: Pipeline) -> None:
    text = ("Air defence systems destroyed 98 Ukrainian drones overnight, the Defence Ministry said. "
            "Over the Moscow region, 34 drones were shot down.\n\nIn the neighbouring Voronezh region, "
            "debris fell on an industrial site in Borisoglebsk, according to the regional government.")
    found = incidents(pipeline, text, "2025-11-02T11:00:00+03:00")
    voronezh = [i for i in found if i.admin1 == ("RU-VOR",)]
    assert len(voronezh) == 1 and voronezh[0].weapon.value == "uav" and voronezh[0].counts == {}
    assert voronezh[0].start == "2025-11-02TNI"


@pytest.mark.parametrize("told", [
    # a reaction in another country
    "President Volodymyr Zelensky, attending a summit in Granada, called the strike an act of terror.",
    # many attacks, no one of them
    "The Afipsky refinery near Krasnodar has been struck at least four times.",
    "In the Zaporizhzhia region, Enerhodar is hit almost daily, officials say.",
])
def test_no_engagement_is_made_of_what_tells_no_one_attack(pipeline: Pipeline, told: str) -> None:
    # guard: the attack told without a weapon word above, but none of these
    text = ("One Russian drone struck a café in the village of Hroza in the Kupiansk district at about 13:15 "
            f"on Thursday, killing 51 people, regional officials said.\n\n{told}")
    assert len(incidents(pipeline, text, "2023-10-06T10:00:00+03:00")) == 1


# ---------------------------------------------------------------- one that got through


@pytest.mark.parametrize("reached", ["a Ukrainian drone attacked a car",
                                     "an FPV drone dropped explosives on a car"])
def test_drones_downed_over_the_region_are_not_the_one_that_attacked_a_town(
        pipeline: Pipeline, reached: str) -> None:
    text = (f"In the Kursk region, {reached} in the village of Tetkino in the Glushkovsky district on "
            "Monday; two people were injured, acting governor Alexander Khinshtein said.\n\n"
            "Air defence forces shot down seven drones over the Kursk region overnight, the Defence "
            "Ministry said.")
    found = incidents(pipeline, text, "2025-02-11T08:00:00+03:00")
    downed = next(i for i in found if counts(i) == {"destroyed": 7})
    assert downed.settlements == () and downed.injured is None
    assert any(i.settlements == ("Tyotkino",) and i.injured == 2 for i in found)


# ---------------------------------------------------------------- revised tolls


def test_a_risen_toll_revises_the_engagement_that_holds_the_first_figure(pipeline: Pipeline) -> None:
    text = ("Russian forces attacked Kharkiv overnight with drones and guided aerial bombs, injuring at "
            "least 47 people, Mayor Ihor Terekhov said.\n\nThe regional governor said four KABs hit the "
            "Kyivskyi district and two drones struck the Saltivskyi district. The number of injured later "
            "rose to 51.")
    found = incidents(pipeline, text, "2025-05-03T09:40:00+03:00")
    assert sorted((i.injured or 0) for i in found) == [0, 0, 0, 51]


# ---------------------------------------------------------------- a breakdown after an attack


def test_a_breakdown_after_an_attack_on_its_regions_gives_each_region_its_part(pipeline: Pipeline) -> None:
    # the parts used to join the attack's draft, the last two as sub-figures of the first: lost
    text = ("Overnight, the Ukrainian Armed Forces attempted to attack the Lipetsk, Kursk and Voronezh "
            "regions with drones. Air defence systems intercepted and destroyed 22 drones, including 10 "
            "over the Lipetsk region, seven over the Kursk region and five over the Voronezh region.")
    found = incidents(pipeline, text, "2025-04-29T09:00:00+03:00")
    assert sorted((counts(i).get("destroyed"), i.admin1) for i in found) == [
        (5, ("RU-VOR",)), (7, ("RU-KRS",)), (10, ("RU-LIP",))]


# ---------------------------------------------------------------- "the city" named in its sentence


def test_the_city_is_the_one_named_before_in_its_sentence(pipeline: Pipeline) -> None:
    text = ("Russian air defences shot down 74 Ukrainian drones overnight, including 27 over the Moscow "
            "region, the Defence Ministry said. Sevastopol governor Mikhail Razvozhayev said two drones "
            "were downed over the city's Belbek district.")
    found = incidents(pipeline, text, "2025-07-21T08:00:00+03:00")
    two = next(i for i in found if counts(i) == {"destroyed": 2})
    assert two.admin1 == ("UA-40",)
    assert next(i for i in found if counts(i) == {"destroyed": 27}).admin1 == ("RU-MOS",)
