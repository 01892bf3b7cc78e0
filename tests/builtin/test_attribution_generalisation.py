"""Attribution constructions found missing on held-out text: wire copy, pronoun gender,
capitals for governments, outlets quoting sources, bodies named from the text."""

from __future__ import annotations

from typing import Any

import pytest

from incidentkit import Attribution, Pipeline

PLUGIN = "incidentkit.builtin.attribution"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[PLUGIN], builtins=False, autoload=False, strict=True)


def attributions(pipeline: Pipeline, text: str, published: str = "2024-06-01") -> list[Attribution]:
    return list(pipeline.extract(text, published=published).attributions)


def summary(items: list[Attribution]) -> list[tuple[Any, ...]]:
    return [(a.cue, a.source, a.stance.value, a.channel) for a in items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A drone hit a car near the border, killing the driver, the RIA Novosti news agency quoted "
            "Belgorod region governor Vyacheslav Gladkov as saying.",
            [("quoted", "Vyacheslav Gladkov", "stated", "RIA Novosti")],
            id="quoted-as-saying",
        ),
        pytest.param(
            "Interfax cited an unnamed emergency services official as saying a second drone was downed.",
            [("cited", None, "reported", "Interfax")],
            id="cited-unnamed-as-saying",
        ),
        pytest.param(
            "TASS quoted the Defence Ministry as denying that any airfield had been hit.",
            [("quoted", "Russian Ministry of Defence", "denied", "TASS")],
            id="quoted-as-denying",
        ),
        pytest.param(
            "\"The building will have to be rebuilt,\" Health Minister Viktor Liashko told AFP.",
            [("told", "Viktor Liashko", "stated", "AFP")],
            id="told-outlet-as-written",
        ),
        pytest.param(
            "\"The damage is manageable,\" an energy analyst told the Financial Times.",
            [("told", None, "reported", "Financial Times")],
            id="told-newspaper-not-in-table",
        ),
        pytest.param(
            "\"We heard three bangs,\" one resident told the local news site V1.ru.",
            [("told", None, "reported", "V1.ru")],
            id="told-news-site",
        ),
        pytest.param(
            "A senior Ukrainian air force official, speaking on condition of anonymity, said Russia had "
            "used glide bombs.",
            [("said", None, "reported", None)],
            id="anonymous-official-participle-appositive",
        ),
        pytest.param(
            "\"Every drone is a message,\" said one former air defence officer, who asked not to be named.",
            [("said", None, "reported", None)],
            id="inverted-unnamed-officer",
        ),
        pytest.param(
            "A local official who asked not to be named told the Associated Press that buildings burned.",
            [("told", None, "reported", "Associated Press")],
            id="group-with-relative-clause",
        ),
        pytest.param(
            "Military experts interviewed for this article say the raids serve a political purpose.",
            [("say", None, "reported", None)],
            id="group-with-participle",
        ),
        pytest.param(
            "Some Western experts believe the numbers are inflated. Military analysts caution that totals "
            "mix attack drones with decoys.",
            [("believe", None, "reported", None), ("caution", None, "reported", None)],
            id="believe-and-caution",
        ),
        pytest.param(
            "Russian officials who run the plant blamed Ukraine.",
            [("blamed", None, "claimed", None)],
            id="unnamed-blame-is-a-claim",
        ),
        pytest.param(
            "The ministry said it had shot down a drone and denied reports that an airfield was hit.",
            [("said", "Russian Ministry of Defence", "stated", None),
             ("denied", "Russian Ministry of Defence", "denied", None)],
            id="coordinated-verb-with-noun-object",
        ),
        pytest.param(
            "Explosions were heard overnight, local residents reported on social media.",
            [("reported", None, "reported", "social media")],
            id="social-media-channel",
        ),
        pytest.param(
            "Russian Telegram channels claim the strikes hit a compressor station.",
            [("claim", None, "claimed", "Telegram")],
            id="unnamed-telegram-channels",
        ),
        pytest.param(
            "Baza, a Telegram channel with links to the security services, writes that the depot burned.",
            [("writes", "Baza", "stated", "Telegram")],
            id="media-appositive-platform",
        ),
        pytest.param(
            "The Crimean Wind Telegram channel, which tracks Russian military movements, claimed that two "
            "aircraft had been destroyed.",
            [("claimed", "Crimean Wind", "claimed", "Telegram")],
            id="media-named-before-descriptor",
        ),
        pytest.param(
            "Speaking to journalists, Mayor Ihor Terekhov said the shopping centre was hit.",
            [("said", "Ihor Terekhov", "stated", "briefing")],
            id="leading-speaking-to-journalists",
        ),
        pytest.param(
            "\"We don't attack Moscow,\" President Volodymyr Zelenskiy told a news conference in Helsinki.",
            [("told", "Volodymyr Zelenskiy", "stated", "briefing")],
            id="told-news-conference",
        ),
        pytest.param(
            "Nineteen drones entered Polish airspace, Prime Minister Donald Tusk told parliament.",
            [("told", "Donald Tusk", "stated", "parliament")],
            id="told-parliament",
        ),
        pytest.param(
            "The ministry is drafting a plan and will present it to parliament, the prime minister said.",
            [("said", None, "reported", None)],
            id="parliament-as-content-is-no-channel",
        ),
    ],
)
def test_wire_constructions(pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Moscow denied striking the hospital.", ("denied", "Russia", "denied"), id="moscow"),
        pytest.param("Kyiv said there were no military sites in the area.", ("said", "Ukraine", "stated"),
                     id="kyiv"),
        pytest.param("Moscow routinely denies targeting civilians.", ("denies", "Russia", "denied"),
                     id="adverb-between"),
        pytest.param("Warsaw said two drones had crossed the border.", ("said", "Poland", "stated"),
                     id="warsaw"),
        pytest.param("Kyiv has rejected the claim.", ("rejected", "Ukraine", "denied"), id="perfect"),
    ],
)
def test_capitals_stand_for_governments(pipeline: Pipeline, text: str,
                                        expected: tuple[str, str, str]) -> None:
    (found,) = attributions(pipeline, text)
    assert (found.cue, found.source, found.stance.value) == expected
    assert found.source_type.value == "organization"


def test_a_place_after_a_preposition_is_not_the_subject(pipeline: Pipeline) -> None:
    text = "The UN human rights monitoring mission in Ukraine said a hospital was hit."
    (found,) = attributions(pipeline, text)
    assert found.source == "UN human rights monitoring mission in Ukraine"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Poland's operational command said it had scrambled jets.", "Polish operational command",
                     id="country-possessive"),
        pytest.param("Poland's armed forces said allied aircraft were scrambled.", "Polish armed forces",
                     id="demonym-name"),
        pytest.param("Kyiv's military intelligence agency rejected the accusation.",
                     "Main Directorate of Intelligence of Ukraine", id="capital-possessive-table"),
        pytest.param("Ukraine's military intelligence says its drones struck the depot.",
                     "Main Directorate of Intelligence of Ukraine", id="table-alias"),
        pytest.param("President Volodymyr Zelensky's office said Ukraine would ask the UN to meet.",
                     "Office of the President of Ukraine", id="office-in-table"),
        pytest.param("Lutsk Mayor Ihor Polishchuk's office said a building had been hit.", "Ihor Polishchuk",
                     id="office-speaks-for-owner"),
        pytest.param("According to the regional branch of the Emergencies Ministry, a fire was put out.",
                     "Russian Ministry of Emergency Situations", id="branch-of-body"),
        pytest.param("Satellite images released by a commercial provider, Maxar Technologies, showed damage.",
                     "Maxar Technologies", id="passive-agent-appositive"),
    ],
)
def test_bodies_named_from_the_text(pipeline: Pipeline, text: str, source: str) -> None:
    (found,) = attributions(pipeline, text)
    assert found.source == source


def test_the_force_is_the_air_force(pipeline: Pipeline) -> None:
    text = ("Russia launched 75 drones at Kyiv, according to the Ukrainian Air Force. "
            "Air defences destroyed 74 of them, the force said.")
    assert [a.source for a in attributions(pipeline, text)] == ["Ukrainian Air Force"] * 2


def test_anaphora_do_not_inherit_a_channel(pipeline: Pipeline) -> None:
    text = ("At night 34 drones were destroyed, the press service of the Russian Defence Ministry reported. "
            "Of them, 21 were destroyed over the Moscow region, the ministry specified.")
    assert [a.channel for a in attributions(pipeline, text)] == ["press service", None]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "Iryna Vereshchuk, the deputy prime minister, visited the site. Speaking to journalists, "
            "Oleksandr Vilkul said rescuers had finished. She said families would be paid compensation.",
            ["Oleksandr Vilkul", "Iryna Vereshchuk"],
            id="she-skips-a-man",
        ),
        pytest.param(
            "The district head, Tatyana Sokolova, said a drone hit a school. Governor Alexander Sokolov said "
            "four drones were destroyed. She added that no children were hurt.",
            ["Tatyana Sokolova", "Alexander Sokolov", "Tatyana Sokolova"],
            id="surname-endings",
        ),
        pytest.param(
            "Spokeswoman Nataliya Humenyuk said the depot was hit. Governor Vladimir Saldo denied it. "
            "According to her, the Russian side hid its losses.",
            ["Nataliya Humenyuk", "Vladimir Saldo", "Nataliya Humenyuk"],
            id="according-to-her",
        ),
        pytest.param(
            "Maria Zakharova said the drones were Ukrainian. Dmitry Peskov declined to comment. "
            "He said later that talks were off.",
            ["Maria Zakharova", "Dmitry Peskov"],
            id="he-skips-a-woman",
        ),
        pytest.param(
            "Mayor Oleh Kuzmenko said two houses burned. He added that no one was hurt.",
            ["Oleh Kuzmenko", "Oleh Kuzmenko"],
            id="unknown-gender-still-resolves",
        ),
    ],
)
def test_pronouns_follow_gender(pipeline: Pipeline, text: str, sources: list[str]) -> None:
    assert [a.source for a in attributions(pipeline, text)] == sources


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Residents believe in the power of prayer.", id="believe-in"),
        pytest.param("The drones, believed to be Shaheds, were downed near the city.", id="believed-to-be"),
        pytest.param("Officials caution residents every night.", id="caution-without-that"),
        pytest.param("Ukrainian officials, for their part, have said little.", id="said-little"),
        pytest.param("The victim's family said goodbye at the cemetery.", id="family-is-not-an-adverb"),
    ],
)
def test_not_attributions(pipeline: Pipeline, text: str) -> None:
    assert attributions(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Ukrainian intelligence source said in an interview with Reuters that the SBU was behind it.",
            [("said", None, "reported", "Reuters")],
            id="interview-with-outlet",
        ),
        pytest.param(
            "Former Air Force spokesman Yurii Ihnat wrote in a column for Ukrainska Pravda that the "
            "arithmetic had changed.",
            [("wrote", "Yurii Ihnat", "stated", "Ukrainska Pravda")],
            id="column-for-outlet",
        ),
        pytest.param(
            "14:05 Explosions are being heard in Zaporizhzhia, according to Suspilne correspondents.",
            [("according to", "Suspilne", "stated", None)],
            id="correspondents-of-an-outlet",
        ),
        pytest.param(
            "14:20 Ivan Fedorov, head of the regional military administration, posted a video showing "
            "a damaged school.",
            [("posted", "Ivan Fedorov", "stated", None)],
            id="timestamp-before-appositive",
        ),
        pytest.param(
            "That is a record, the group's founder said in a post on X.",
            [("said", None, "reported", "X")],
            id="unfilled-role-is-unnamed",
        ),
        pytest.param(
            "Russia launched 5,438 drones in May, according to data compiled by the open-source analysis "
            "group Frontelligence Insight.",
            [("according to", "Frontelligence Insight", "stated", None)],
            id="organisation-after-descriptor",
        ),
        pytest.param(
            "Novatek said the fire had external causes. According to the company, operations were suspended.",
            [("said", "Novatek", "stated", None), ("According to", "Novatek", "stated", None)],
            id="the-company",
        ),
        pytest.param(
            "Flights at Domodedovo airport were suspended, the airport said.",
            [("said", "Domodedovo Airport", "stated", None)],
            id="the-airport",
        ),
        pytest.param(
            "A drone fell on a house in Vidnoye, the press service of the Moscow region government reported.",
            [("reported", "Government of Moscow Oblast", "stated", "press service")],
            id="region-government-press-service",
        ),
        pytest.param(
            "Ukraine's military intelligence agency released footage that it said showed the boat sinking.",
            [("released", "Main Directorate of Intelligence of Ukraine", "stated", None),
             ("said", "Main Directorate of Intelligence of Ukraine", "stated", None)],
            id="released-footage",
        ),
        pytest.param(
            "Belarus's Defence Ministry said its air defences had been put on alert.",
            [("said", "Belarusian Ministry of Defence", "stated", None)],
            id="generic-body-of-another-country",
        ),
        pytest.param(
            "Ukraine's border guard service said at least one drone had crossed into Belarus.",
            [("said", "State Border Guard Service of Ukraine", "stated", None)],
            id="border-guards-in-table",
        ),
        pytest.param(
            "Some defence economists argue that the figures ignore the damage.",
            [("argue", None, "reported", None)],
            id="more-expert-nouns",
        ),
    ],
)
def test_more_held_out_constructions(pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text)) == expected


def test_the_regional_governor_of_a_city_named_before(pipeline: Pipeline) -> None:
    text = "A guided bomb attack on Zaporizhzhia killed four people, the regional governor said."
    (found,) = attributions(pipeline, text, published="2024-11-09")
    assert found.source == "Ivan Fedorov"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia's Defence Ministry, in comments carried by the state news agency RIA Novosti, said it "
            "had struck military targets. Neither claim could be independently verified.",
            [("said", "Russian Ministry of Defence", "stated", "RIA Novosti"),
             ("Neither claim could be independently verified", None, "uncorroborated", None)],
            id="comments-carried-by-and-neither-could-be",
        ),
        pytest.param(
            "The SBU said in a statement on its website that its drones had hit a depot.",
            [("said", "Security Service of Ukraine", "stated", "website")],
            id="website",
        ),
        pytest.param(
            "Drones were downed over the Kursk region. There are no casualties, according to the regional "
            "emergency headquarters.",
            [("according to", "Kursk Oblast Emergency Headquarters", "stated", None)],
            id="regional-headquarters",
        ),
        pytest.param(
            "Iran delivered missiles, according to a report by the Wall Street Journal.",
            [("according to", "Wall Street Journal", "stated", None)],
            id="newspaper-not-in-table",
        ),
        pytest.param(
            "The Baltic Fleet said its ships took part. Retail sales rose, the Commerce Department said.",
            [("said", "Baltic Fleet", "stated", None), ("said", "Commerce Department", "stated", None)],
            id="capitalised-names-are-not-anaphora",
        ),
        pytest.param(
            "Kursk region. Six drones were shot down, the governor's press service reported.",
            [("reported", "Roman Starovoit", "stated", "press service")],
            id="the-governors-press-service",
        ),
    ],
)
def test_fourth_batch_constructions(pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summary(attributions(pipeline, text, published="2024-05-10")) == expected
