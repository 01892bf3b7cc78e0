"""The built-in quantities plugin: values, qualifiers, items, roles, zero phrases, what is never a count."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentkit import (
    Document,
    Findings,
    Pipeline,
    PluginError,
    QuantityMention,
    Span,
    Stage,
    TimeMention,
)
from incidentkit.builtin import quantities as quantities_plugin
from incidentkit.builtin.quantities import QuantityExtractor, Vocabulary
from incidentkit.builtin.quantities import data as qdata
from incidentkit.testing import run_extractor

EXTRACTOR = QuantityExtractor()

Row = tuple[str, int, str, str, str]


def found(text: str, extractor: QuantityExtractor = EXTRACTOR,
          findings: Findings | None = None) -> list[Row]:
    """(text, value, approx, item, role) of each quantity, in text order."""
    document = Document(text=text)
    return [(m.text, m.value, m.approx.value, m.item.value, m.role.value)
            for m in extractor.extract(document, findings or Findings())]


# ---------------------------------------------------------------- sentences of attack reports

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count with its noun, the role from the verb it is the object or subject of
        ("Russian air defences destroyed 16 unmanned aerial vehicles over the Kaluga region.",
         [("16 unmanned aerial vehicles", 16, "exact", "uav", "destroyed")]),
        ("Russia launched 99 missiles and 35 Shahed attack drones against Ukraine overnight.",
         [("99 missiles", 99, "exact", "missile", "launched"),
          ("35 Shahed attack drones", 35, "exact", "uav", "launched")]),
        ("Two unmanned aerial vehicles that tried to attack energy facilities were shot down.",
         [("Two unmanned aerial vehicles", 2, "exact", "uav", "destroyed")]),
        ("Another 95 were locationally lost, and five flew off towards Belarus.",
         []),  # numbers without a noun and nothing named before them count nothing
        ("Air defences shot down 76 drones. Another 95 were locationally lost, and five flew off "
         "towards Belarus.",
         [("76 drones", 76, "exact", "uav", "destroyed"), ("95", 95, "exact", "uav", "lost"),
          ("five", 5, "exact", "uav", "other")]),
        ("Three drones struck the plant, damaging two primary processing units.",
         [("Three drones", 3, "exact", "uav", "hit"),
          ("two primary processing units", 2, "exact", "other", "damaged")]),
        ("Debris from one drone damaged a private house in the Kirovsky district.",
         [("one drone", 1, "exact", "uav", "destroyed")]),
        ("Russia attacked Ukraine with 78 missiles and 106 drones overnight.",
         [("78 missiles", 78, "exact", "missile", "launched"),
          ("106 drones", 106, "exact", "uav", "launched")]),
        ("Kharkiv was hit by two Russian guided aerial bombs.",
         [("two Russian guided aerial bombs", 2, "exact", "guided_bomb", "hit")]),
        # headlines
        ("Air Force: 72 of 99 Russian missiles and all 35 drones shot down",
         [("72", 72, "exact", "missile", "destroyed"),
          ("99 Russian missiles", 99, "exact", "missile", "launched"),
          ("35 drones", 35, "exact", "uav", "destroyed")]),
        ("Belgorod After the Barrage: 24 Killed, 108 Injured as City Counts the Cost",
         [("24", 24, "exact", "person", "killed"), ("108", 108, "exact", "person", "injured")]),
        ("Defence ministry reports 12 drones and 11 rockets intercepted",
         [("12 drones", 12, "exact", "uav", "destroyed"),
          ("11 rockets", 11, "exact", "rocket", "destroyed")]),
        # people: killed, injured, casualty (hurt), other
        ("At least ten people were killed, three of them children, and 61 were injured.",
         [("ten people", 10, "at_least", "person", "killed"), ("three", 3, "exact", "person", "killed"),
          ("61", 61, "exact", "person", "injured")]),
        ("Two residents of Kursk were hurt when debris fell on the city.",
         [("Two residents", 2, "exact", "person", "casualty")]),
        ("Twenty-five people were rescued, 11 of them pulled from under the rubble.",
         [("Twenty-five people", 25, "exact", "person", "other"), ("11", 11, "exact", "person", "other")]),
        ("The death toll has risen to 24, the governor said.",
         [("24", 24, "exact", "person", "killed")]),
        ("Six people, among them a child, were killed and 17 injured.",
         [("Six people", 6, "exact", "person", "killed"), ("17", 17, "exact", "person", "injured")]),
        ("Four children are among the injured.", [("Four children", 4, "exact", "person", "injured")]),
        ("Among the wounded were an infant and three foreign nationals.",
         [("three foreign nationals", 3, "exact", "person", "injured")]),
        ("Tuesday's attack, with its two drones and 13 injured students, was small.",
         [("two drones", 2, "exact", "uav", "launched"),
          ("13 injured students", 13, "exact", "person", "injured")]),
        # populations are quantities (person, other)
        ("Belgorod, a city of around 340,000 people some 40 kilometres from the border.",
         [("340,000 people", 340000, "about", "person", "other")]),
        ("A city of more than 1.3 million people spent the morning in shelters.",
         [("1.3 million people", 1300000, "more_than", "person", "other")]),
        # every scale word scales: an unknown one was skipped like an adjective ("3 big drones")
        ("Russia launched 1.2 trillion drones, a propagandist claimed.",
         [("1.2 trillion drones", 1200000000000, "exact", "uav", "launched")]),
        ("More than a million shells were fired; a hundred drones were launched.",
         [("a million shells", 1000000, "more_than", "shell", "launched"),
          ("a hundred drones", 100, "exact", "uav", "launched")]),
        ("It was a one in a million shot.", []),
        # a range is not a count, however it is written ("15" was once read as an exact count)
        ("Between 10 and 15 drones were shot down; 10 to 15 drones were launched.", []),
        # an aside in brackets between the count and its verb
        ("12 drones (Shahed-136 type) were shot down; five people (including two children) were injured.",
         [("12 drones", 12, "exact", "uav", "destroyed"), ("five people", 5, "exact", "person", "injured"),
          ("two children", 2, "exact", "person", "injured")]),
        # an aircraft that intercepts or destroys something named after the verb did it: it was
        # not shot down (an aircraft incident with 2 destroyed once followed from this)
        ("Two fighter jets intercepted 7 cruise missiles overnight.",
         [("Two fighter jets", 2, "exact", "aircraft", "other"),
          ("7 cruise missiles", 7, "exact", "cruise_missile", "destroyed")]),
        ("Two F-16 jets intercepted the missiles; 4 helicopters destroyed Russian drones.",
         [("Two F-16 jets", 2, "exact", "aircraft", "other"),
          ("4 helicopters", 4, "exact", "helicopter", "other")]),
        ("Two Su-34 jets destroyed the previous night, the ministry said. Two Su-34s were destroyed.",
         [("Two Su-34 jets", 2, "exact", "aircraft", "destroyed"),
          ("Two Su-34s", 2, "exact", "aircraft", "destroyed")]),
        # buildings, vehicles, other objects
        ("Seven private houses, five apartment buildings, five cars and a shop were damaged.",
         [("Seven private houses", 7, "exact", "building", "damaged"),
          ("five apartment buildings", 5, "exact", "building", "damaged"),
          ("five cars", 5, "exact", "vehicle", "damaged")]),
        ("More than 50 apartments had been destroyed and about 50 cars damaged.",
         [("50 apartments", 50, "more_than", "other", "damaged"),
          ("50 cars", 50, "about", "vehicle", "damaged")]),
        ("As many as 14 aircraft had been destroyed or damaged at the airfield.",
         [("14 aircraft", 14, "up_to", "aircraft", "damaged")]),
        # struck with, and no word of interception: they hit (FORMAT)
        ("Ukraine struck the shipyard with ten cruise missiles and three uncrewed boats.",
         [("ten cruise missiles", 10, "exact", "cruise_missile", "hit"),
          ("three uncrewed boats", 3, "exact", "vessel", "hit")]),
        # ... but with seven of the missiles shot down, they are what was launched
        ("Ukraine struck the shipyard with ten cruise missiles. Seven of the missiles were shot down.",
         [("ten cruise missiles", 10, "exact", "cruise_missile", "launched"),
          ("Seven", 7, "exact", "cruise_missile", "destroyed")]),
        # places counted
        ("Air defences shot down 76 drones over 17 regions.",
         [("76 drones", 76, "exact", "uav", "destroyed"), ("17 regions", 17, "exact", "region", "other")]),
        # lists that share one predicate, and list members with an article
        ("Nine apartment buildings, a school and 20 cars were damaged.",
         [("Nine apartment buildings", 9, "exact", "building", "damaged"),
          ("20 cars", 20, "exact", "vehicle", "damaged")]),
        ("Russian troops shelled 42 settlements, firing 580 shells, including 41 from rocket launchers.",
         [("42 settlements", 42, "exact", "settlement", "other"),
          ("580 shells", 580, "exact", "shell", "launched"), ("41", 41, "exact", "shell", "launched")]),
        ("The wounded include 3 children and a pregnant woman.",
         [("3 children", 3, "exact", "person", "injured")]),
        ("Two men aged 45 and 60 were killed.", [("Two men", 2, "exact", "person", "killed")]),
        ("The region has a population of about 1.1 million.",
         [("1.1 million", 1100000, "about", "person", "other")]),
        ("Ukraine said it had downed 28 of the 40 Shahed drones.",
         [("28", 28, "exact", "uav", "destroyed"), ("40 Shahed drones", 40, "exact", "uav", "launched")]),
        ("Two drones flying toward Moscow had been shot down.",
         [("Two drones", 2, "exact", "uav", "destroyed")]),
        ("Two ballistic missiles launched from Crimea hit the port.",
         [("Two ballistic missiles", 2, "exact", "ballistic_missile", "hit")]),
        ("Casualties: 2 killed, 5 wounded.",
         [("2", 2, "exact", "person", "killed"), ("5", 5, "exact", "person", "injured")]),
        ("Destroyed: 87 missiles and 27 Shaheds.",
         [("87 missiles", 87, "exact", "missile", "destroyed"),
          ("27 Shaheds", 27, "exact", "uav", "destroyed")]),
        # batteries of a named system are concrete things: other
        ("Two Tu-22M3 bombers and four Su-34s took part; Ukraine received 6 Patriot batteries.",
         [("Two Tu-22M3 bombers", 2, "exact", "aircraft", "other"),
          ("four Su-34s", 4, "exact", "aircraft", "other"),
          ("6 Patriot batteries", 6, "exact", "other", "other")]),
        ("Two or three drones were seen; the drones were destroyed one by one.", []),
        # the Ukrainian Air Force's newer wording
        ("Air defences shot down/suppressed 476 enemy UAVs. Hits by 9 missiles were recorded at "
         "8 locations.",
         [("476 enemy UAVs", 476, "exact", "uav", "destroyed"), ("9 missiles", 9, "exact", "missile", "hit"),
          ("8 locations", 8, "exact", "other", "other")]),
    ],
)
def test_report_sentences(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("16 drones were shot down.", 16),
        ("1,200 drones were launched.", 1200),
        ("1 200 drones were launched.", 1200),
        ("Sixteen drones were shot down.", 16),
        ("Twenty-three drones were shot down.", 23),
        ("One hundred and five drones were shot down.", 105),
        ("A dozen drones were shot down.", 12),
        ("Two dozen drones were shot down.", 24),
        ("3 thousand people were evacuated.", 3000),
        ("Four hundred drones were launched.", 400),
    ],
)
def test_number_forms(text: str, value: int) -> None:
    rows = found(text)
    assert len(rows) == 1
    assert rows[0][1] == value


@pytest.mark.parametrize(
    ("qualifier", "approx"),
    [("about", "about"), ("around", "about"), ("roughly", "about"), ("some", "about"),
     ("at least", "at_least"), ("no fewer than", "at_least"), ("more than", "more_than"),
     ("over", "more_than"), ("well over", "more_than"), ("up to", "up_to"), ("as many as", "up_to")],
)
def test_qualifiers_stay_outside_the_span(qualifier: str, approx: str) -> None:
    rows = found(f"Officials said {qualifier} 40 drones were shot down.")
    assert rows == [("40 drones", 40, approx, "uav", "destroyed")]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of drones attacked Kyiv overnight.",
        "Several missiles hit Lviv and a number of UAVs were downed.",
        "Hundreds of shells fell on the town; many people were hurt.",
        "A drone hit a house in the village.",
    ],
)
def test_vague_amounts_give_no_count(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- lists, each, partitives

def test_breakdown_with_the_noun_left_out() -> None:
    text = ("Air defences destroyed 20 drones: 10 over Kaluga Oblast, 8 over Bryansk Oblast and "
            "2 over the Moscow region.")
    assert found(text) == [
        ("20 drones", 20, "exact", "uav", "destroyed"), ("10", 10, "exact", "uav", "destroyed"),
        ("8", 8, "exact", "uav", "destroyed"), ("2", 2, "exact", "uav", "destroyed"),
    ]


def test_figures_after_place_labels() -> None:
    text = ("Air defences destroyed 30 drones overnight: Bryansk region (18), Kursk region (6), "
            "Belgorod region (4) and Oryol region (2). The ministry's breakdown of 23 more: "
            "Bryansk – 12, Kursk – 8, Crimea – 3.")
    rows = found(text)
    assert [row[1] for row in rows] == [30, 18, 6, 4, 2, 12, 8, 3]
    assert {(row[3], row[4]) for row in rows} == {("uav", "destroyed")}


def test_distributive_counts() -> None:
    text = ("The ministry said 12 drones were destroyed: five each over the Bryansk and Belgorod "
            "regions, and one drone each over the Voronezh and Saratov regions.")
    mentions = list(EXTRACTOR.extract(Document(text=text), Findings()))
    assert [(m.text, m.value, m.distributive) for m in mentions] == [
        ("12 drones", 12, False), ("five each", 5, True), ("one drone", 1, True),
    ]
    assert all(m.role.value == "destroyed" and m.item.value == "uav" for m in mentions)


def test_partitives_take_the_item_they_refer_to() -> None:
    text = ("Sixteen Tu-95MS strategic bombers fired 70 Kh-101/Kh-555/Kh-55 cruise missiles, and air "
            "defences brought down 59 of them. MiG-31K jets launched ten Kh-47M2 Kinzhal aeroballistic "
            "missiles; all ten were intercepted.")
    assert found(text) == [
        ("Sixteen Tu-95MS strategic bombers", 16, "exact", "aircraft", "other"),
        ("70 Kh-101/Kh-555/Kh-55 cruise missiles", 70, "exact", "cruise_missile", "launched"),
        ("59", 59, "exact", "cruise_missile", "destroyed"),
        ("ten Kh-47M2 Kinzhal aeroballistic missiles", 10, "exact", "ballistic_missile", "launched"),
        ("ten", 10, "exact", "ballistic_missile", "destroyed"),
    ]


def test_generic_missiles_take_the_class_their_paragraph_names() -> None:
    text = ("Russia fired two missiles at the city, and both hit their targets. Prosecutors said "
            "they were Iskander ballistic missiles.")
    assert found(text) == [("two missiles", 2, "exact", "ballistic_missile", "launched"),
                           ("both", 2, "exact", "ballistic_missile", "hit")]
    mixed = ("Russia fired 38 missiles of various types, including Kh-101 cruise missiles and "
             "Iskander-M ballistic missiles.")
    assert found(mixed)[0] == ("38 missiles", 38, "exact", "missile", "launched")


def test_a_repeated_figure_keeps_its_role() -> None:
    text = ("Air defences destroyed 16 unmanned aerial vehicles near Kaluga.\n\n"
            "The story of the 16 UAVs is a reminder of the war overhead.")
    assert [row[4] for row in found(text)] == ["destroyed", "destroyed"]


# ---------------------------------------------------------------- zero phrases

@pytest.mark.parametrize(
    ("text", "span", "role"),
    [
        ("There were no casualties, the ministry said.", "no casualties", "casualty"),
        ("No one was killed.", "No one was killed", "killed"),
        ("Fortunately, no one was killed or injured.", "no one was killed or injured", "casualty"),
        ("Nobody was injured in the attack.", "Nobody was injured", "injured"),
        ("No one was hurt, he said.", "No one was hurt", "casualty"),
        ("There were no deaths.", "no deaths", "killed"),
        ("There were no injuries or damage.", "no injuries", "injured"),
        ("The absence of casualties was noted.", "absence of casualties", "casualty"),
        ("None of them were injured.", "None of them were injured", "injured"),
        ("No one was reported injured.", "No one was reported injured", "injured"),
        ("There were no dead or wounded.", "no dead or wounded", "casualty"),
    ],
)
def test_zero_phrases(text: str, span: str, role: str) -> None:
    assert found(text) == [(span, 0, "exact", "person", role)]


def test_no_damage_is_not_a_count() -> None:
    assert found("There was no damage to civilian infrastructure.") == []
    assert found("None of the injuries was life-threatening.") == []


# ---------------------------------------------------------------- never counts

@pytest.mark.parametrize(
    "text",
    [
        "At 8:00 and again at 12:30 the sirens sounded.",
        "On July 20 and on 3 May the city was attacked.",
        "The strike happened in 2022, on the night of August 29-30.",
        "The alert lasted 4.5 hours; for the past 24 hours there were raids.",
        "It was the 14th attack and the fifth this week; five attacks in all, twice at night.",
        "The town is 40 kilometres from the border; 70% of homes lost power.",
        "Damage is estimated at 5 million dollars, or $5 million.",
        "A 62-year-old man and a woman aged 45 were at home.",
        "Call the hotline 122 or the number 112; see Article 205, part 3.",
        "Debris fell at 98 Profsoyuznaya Street.",
        "Drones attacked in three waves over a nine-storey building.",
        "Residents of Morozovsk reported one of the heaviest barrages of the war.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert found(text) == []


def test_times_found_by_the_times_stage_are_skipped() -> None:
    text = "Sirens sounded at 1600 as 12 drones were shot down."
    start = text.index("1600")
    time_mention = TimeMention(span=Span(start, start + 4), text="1600", type="TIME",
                               value="XXXX-XX-XXT16:00")
    rows = found(text, findings=Findings(times=(time_mention,)))
    assert rows == [("12 drones", 12, "exact", "uav", "destroyed")]


def _designation_surfaces() -> list[str]:
    surfaces = []
    for key in qdata.DESIGNATIONS:
        surfaces.append(key.upper() if any(c.isdigit() for c in key) else key.title())
    return surfaces


@pytest.mark.parametrize("designation", _designation_surfaces())
def test_designations_are_never_counted(designation: str) -> None:
    frames = [
        "Russia used the {d} in the attack on Kyiv.",
        "A {d} was shot down over the Kursk region at dawn.",
        "The {d} launched from Crimea hit the port.",
        "Air defences engaged {d} systems and {d} launchers overnight.",
    ]
    for frame in frames:
        assert found(frame.format(d=designation)) == [], frame.format(d=designation)
    rows = found(f"Three {designation} were destroyed overnight.")
    assert [row[1] for row in rows] == [3], rows
    assert rows[0][0].startswith("Three")


def test_no_designation_number_is_counted_in_lists() -> None:
    text = ("The rest of the salvo consisted of 12 Iskander-M, S-300 and S-400 missiles and four "
            "Kh-31P anti-radar missiles fired by Su-35 fighters; Shahed-136/131 drones followed.")
    assert found(text) == [
        ("12 Iskander-M, S-300 and S-400 missiles", 12, "exact", "ballistic_missile", "launched"),
        ("four Kh-31P anti-radar missiles", 4, "exact", "missile", "launched"),
    ]


# ---------------------------------------------------------------- extension

def test_options_extend_the_vocabulary() -> None:
    text = "Ukraine launched 12 Lyutyi-X at the refinery; four Magura craft hit the bridge."
    assert found(text) == []
    pipeline = Pipeline(
        plugins=["incidentkit.builtin.quantities"], builtins=False, autoload=False, strict=True,
        options={"quantities": {"designations": {"Lyutyi-X": "uav"}, "heads": {"craft": "vessel"}}},
    )
    report = pipeline.extract(text)
    assert [(q.text, q.value, q.item.value, q.role.value) for q in report.quantities] == [
        ("12 Lyutyi-X", 12, "uav", "launched"), ("four Magura craft", 4, "vessel", "hit"),
    ]


class _VocabularyPlugin:
    name = "more-weapons"

    def incidentkit_quantities_vocabulary(self) -> dict[str, dict[str, str]]:
        return {"designations": {"Bober": "uav"}, "cues": {"splashed": "intercept"}}


def test_a_plugin_extends_the_vocabulary_through_the_hook() -> None:
    pipeline = Pipeline(plugins=["incidentkit.builtin.quantities", _VocabularyPlugin()],
                        builtins=False, autoload=False, strict=True)
    report = pipeline.extract("Five Bober were splashed over the sea.")
    assert [(q.text, q.item.value, q.role.value) for q in report.quantities] == [
        ("Five Bober", "uav", "destroyed")]


@pytest.mark.parametrize(
    "options",
    [
        {"weapons": {"x": "uav"}},
        {"heads": {"sea babies": "boat"}},
        {"cues": {"splashed": "sunk"}},
        {"approx": {"circa": "roughly"}},
        {"designations": ["Bober"]},
    ],
)
def test_bad_options_fail_clearly(options: dict[str, object]) -> None:
    with pytest.raises(PluginError, match="quantities"):
        Pipeline(plugins=["incidentkit.builtin.quantities"], builtins=False, autoload=False,
                 options={"quantities": options})


def test_vocabulary_is_read_only_and_extended_copies() -> None:
    base = Vocabulary.default()
    more = base.extended({"heads": {"Sea Babies": "vessel"}})
    assert more.heads["sea babies"] == "vessel"
    assert "sea babies" not in base.heads
    with pytest.raises(TypeError):
        more.heads["x"] = "uav"  # type: ignore[index]


# ---------------------------------------------------------------- the plugin in the pipeline

def test_plugin_registers_one_extractor_for_the_quantities_stage() -> None:
    pipeline = Pipeline(plugins=[quantities_plugin], builtins=False, autoload=False)
    assert [(s.name, s.stage) for s in pipeline.extractors] == [("quantities", Stage.QUANTITIES)]


def test_run_alone_with_offsets() -> None:
    text = "MOSCOW, Aug 16 — Russian air defences destroyed three drones over the Kaluga region."
    report = run_extractor(EXTRACTOR, text, published="2023-08-16")
    (mention,) = report.quantities
    assert isinstance(mention, QuantityMention)
    assert text[mention.span.start:mention.span.end] == "three drones"
    assert mention.extractor == "quantities"


_PIECES = [*"0123456789 ,.-:/%abcdeorstnwyADKhS\n", "drones", " were ", "shot down", "one", "two",
           " of ", "each", "no one was hurt", "Kh-101", "over the region", "people", "killed",
           "at least ", "twenty-", "dozen"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map("".join))
def test_arbitrary_text_gives_valid_mentions(text: str) -> None:
    if not text.strip():
        return
    for mention in EXTRACTOR.extract(Document(text=text), Findings()):
        assert text[mention.span.start:mention.span.end] == mention.text
        assert mention.value >= 0


def test_long_text_is_linear() -> None:
    sentence = ("Air defences destroyed 58 Ukrainian drones: 29 over the Voronezh region, eight each "
                "over the Bryansk and Kursk regions. Two people were injured. ")
    start = time.perf_counter()
    count = len(found(sentence * 400))
    elapsed = time.perf_counter() - start
    assert count == 4 * 400
    assert elapsed < 10


# ---------------------------------------------------------------- docs

def test_docs_page_lists_every_item_role_and_qualifier() -> None:
    from pathlib import Path

    from incidentkit import Approx, Item, Role

    page = (Path(__file__).resolve().parents[2] / "docs" / "quantities.md").read_text(encoding="utf-8")
    for value in [*(i.value for i in Item), *(r.value for r in Role), *(a.value for a in Approx)]:
        assert f"`{value}`" in page, value
    for qualifier in ("about", "around", "roughly", "some", "at least", "no fewer than", "more than",
                      "over", "up to", "as many as"):
        assert qualifier in page, qualifier
    assert "incidentkit_quantities_vocabulary" in page
