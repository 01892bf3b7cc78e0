"""Round 11: attribution constructions found misread on fresh, unseen reports."""

from __future__ import annotations

from typing import Any

import pytest

from incidentkit import Attribution, Pipeline

PLUGIN = "incidentkit.builtin.attribution"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[PLUGIN], builtins=False, autoload=False, strict=True)


@pytest.fixture(scope="module")
def full() -> Pipeline:
    """All built-in stages: the location stage reads variant spellings of places."""
    return Pipeline(autoload=False, strict=True)


def attributions(pipeline: Pipeline, text: str, published: str = "2025-06-01") -> list[Attribution]:
    return list(pipeline.extract(text, published=published).attributions)


def sources(items: list[Attribution]) -> list[tuple[Any, ...]]:
    return [(a.cue, a.source, a.source_text, a.source_type.value) for a in items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Klitschko said debris fell. The mayor of Kharkiv said a drone hit a school.",
                     ("Ihor Terekhov", "The mayor of Kharkiv"), id="another-city-in-the-table"),
        pytest.param("Klitschko said debris fell. The mayor of Mykolaiv said a drone hit a school.",
                     (None, "The mayor of Mykolaiv"), id="another-city-not-in-the-table"),
        pytest.param("Vitali Klitschko spoke first. Later the mayor of Odesa said a drone hit a school.",
                     ("Hennadiy Trukhanov", "the mayor of Odesa"), id="odesa"),
    ],
)
def test_a_role_of_a_named_city_is_never_another_citys_holder(pipeline: Pipeline, text: str,
                                                              expected: tuple[Any, ...]) -> None:
    last = attributions(pipeline, text)[-1]
    assert (last.source, last.source_text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Klitschko said debris fell. The mayor of Kharkov said a drone hit a school.",
                     "Ihor Terekhov", id="kharkov-mayor"),
        pytest.param("Debris fell. The Kharkov governor said a drone hit a school.", "Oleh Syniehubov",
                     id="kharkov"),
        pytest.param("Mykolaiv mayor Oleksandr Senkevych spoke first. Vitali Klitschko spoke next. Then the "
                     "mayor of Nikolaev said a drone hit a school.", "Oleksandr Senkevych",
                     id="nikolaev-named-before"),
        pytest.param("Vitali Klitschko spoke first. Then the mayor of Nikolaev said a drone hit a school.",
                     None, id="nikolaev-not-kyiv"),
    ],
)
def test_a_variant_spelling_in_a_title_is_that_citys_office(full: Pipeline, text: str,
                                                            expected: str | None) -> None:
    assert attributions(full, text)[-1].source == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Qatar's Ministry of Foreign Affairs spokesman said the talks would go on.",
                     ("said", None, "Qatar's Ministry of Foreign Affairs spokesman", "unnamed",
                      "Qatar's Ministry of Foreign Affairs spokesman"), id="qatar-possessive"),
        pytest.param("The Qatari Ministry of Foreign Affairs spokesman said the talks would go on.",
                     ("said", None, "The Qatari Ministry of Foreign Affairs spokesman", "unnamed",
                      "Qatari Ministry of Foreign Affairs spokesman"), id="qatari-demonym"),
        pytest.param("Russia's Foreign Ministry spokeswoman said the strike was a provocation.",
                     ("said", "Maria Zakharova", "Russia's Foreign Ministry spokeswoman", "person",
                      "Spokeswoman of the Russian Ministry of Foreign Affairs"), id="russia-possessive"),
    ],
)
def test_a_country_owning_an_office_is_that_countrys(pipeline: Pipeline, text: str,
                                                     expected: tuple[Any, ...]) -> None:
    a = attributions(pipeline, text)[0]
    assert (a.cue, a.source, a.source_text, a.source_type.value, a.role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Majed al-Ansari, Qatar's Ministry of Foreign Affairs spokesman, said the talks "
                     "would go on.", ("Majed al-Ansari", "Qatar's Ministry of Foreign Affairs spokesman"),
                     id="qatar"),
        pytest.param("Esmaeil Baghaei, Iran's Foreign Ministry spokesman, said no damage was done.",
                     ("Esmaeil Baghaei", "Iran's Foreign Ministry spokesman"), id="iran"),
    ],
)
def test_a_name_then_a_countrys_office_between_commas(pipeline: Pipeline, text: str,
                                                      expected: tuple[str, str]) -> None:
    items = attributions(pipeline, text)
    assert [(a.source, a.role) for a in items] == [expected]


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        pytest.param("Later the mayor said a drone hit a school.", "the mayor", id="later"),
        pytest.param("Separately the governor said a drone hit a school.", "the governor", id="separately"),
        pytest.param("Sunday morning the regional governor, Oleh Syniehubov, confirmed a drone hit a school.",
                     "the regional governor, Oleh Syniehubov", id="before-a-role-then-a-name"),
    ],
)
def test_an_adverb_before_the_article_is_no_part_of_a_role(pipeline: Pipeline, text: str,
                                                           source_text: str) -> None:
    assert [a.source_text for a in attributions(pipeline, text)] == [source_text]


def test_the_press_service_of_a_role(pipeline: Pipeline) -> None:
    a = attributions(pipeline, "A drone hit a plant, the press service of the Tatarstan head said.")[0]
    assert (a.source, a.source_text, a.channel) == (
        "Rustam Minnikhanov", "the press service of the Tatarstan head", "press service")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Navy spokesman Captain Third Rank Dmytro Pletenchuk said two boats were hit.",
                     ("Dmytro Pletenchuk", "Navy spokesman Captain Third Rank Dmytro Pletenchuk",
                      "Navy spokesman"), id="title-then-rank"),
        pytest.param("The navy spokesman, Captain Third Rank Dmytro Pletenchuk, said two boats were hit.",
                     ("Dmytro Pletenchuk", "The navy spokesman, Captain Third Rank Dmytro Pletenchuk",
                      "Navy spokesman"), id="role-comma-rank"),
        pytest.param("Captain First Rank Oleh Chalyk said two boats were hit.",
                     ("Oleh Chalyk", "Captain First Rank Oleh Chalyk", "Captain First Rank"), id="rank-only"),
    ],
)
def test_naval_ranks_are_no_part_of_a_name(pipeline: Pipeline, text: str, expected: tuple[Any, ...]) -> None:
    items = attributions(pipeline, text)
    assert [(a.source, a.source_text, a.role) for a in items] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ihnat said on the Telethon that the drones came from the sea.", id="capital-T"),
        pytest.param("Ihnat said on the United News telethon that the drones came from the sea.",
                     id="named-telethon"),
    ],
)
def test_the_telethon_is_television(pipeline: Pipeline, text: str) -> None:
    assert [a.channel for a in attributions(pipeline, text)] == ["television"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Interfax quoted the Emergencies Ministry (MChS) as saying two people were hurt.",
                     ("quoted", "Russian Ministry of Emergency Situations", "Interfax"), id="mchs"),
        pytest.param("Local media cited sources in the Security Service of Ukraine (SBU) as saying the "
                     "depot was hit.", ("cited", None, None), id="sbu"),
    ],
)
def test_quoted_as_with_an_acronym_in_brackets(pipeline: Pipeline, text: str,
                                               expected: tuple[Any, ...]) -> None:
    items = [a for a in attributions(pipeline, text) if a.cue in ("quoted", "cited")]
    assert [(a.cue, a.source, a.channel) for a in items] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The State Emergency Service in the Odesa region said a fire broke out.",
                     ("State Emergency Service of Ukraine",
                      "The State Emergency Service in the Odesa region"),
                     id="in-the-region"),
        pytest.param("The National Police in Kyiv region said a fire broke out.",
                     ("National Police of Ukraine", "The National Police in Kyiv region"), id="in-region"),
        pytest.param("The State Emergency Service in Odesa said a fire broke out.",
                     ("State Emergency Service of Ukraine", "The State Emergency Service in Odesa"),
                     id="in-city"),
    ],
)
def test_a_body_of_the_table_in_a_region_is_the_body(full: Pipeline, text: str,
                                                     expected: tuple[str, str]) -> None:
    assert [(a.source, a.source_text) for a in attributions(full, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        pytest.param("In his Telegram channel, Gladkov wrote that a drone hit a car.", "Telegram",
                     id="in-his"),
        pytest.param("On Telegram, Gladkov wrote that a drone hit a car.", "Telegram", id="on-telegram"),
        pytest.param("On X, Zelensky wrote that a drone hit a school.", "X", id="on-x"),
        pytest.param("On Facebook, the ministry wrote that a drone hit a school.", "Facebook",
                     id="on-facebook"),
    ],
)
def test_a_channel_opening_the_sentence(pipeline: Pipeline, text: str, channel: str) -> None:
    assert [a.channel for a in attributions(pipeline, text)] == [channel]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Crimean Wind Telegram channel reported blasts near Saky.",
                     ("Crimean Wind", "The Crimean Wind Telegram channel", "media", "Telegram"),
                     id="two-words"),
        pytest.param("Blasts shook Saky, the Exilenova Plus Telegram channel said.",
                     ("Exilenova Plus", "the Exilenova Plus Telegram channel", "media", "Telegram"),
                     id="inverted"),
    ],
)
def test_a_telegram_channel_named_in_two_words_is_an_outlet(pipeline: Pipeline, text: str,
                                                            expected: tuple[str, ...]) -> None:
    a = attributions(pipeline, text)[0]
    assert (a.source, a.source_text, a.source_type.value, a.channel) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A drone operator who was interviewed by the Kyiv Independent said the depot burned.",
                     (None, "A drone operator who was interviewed by the Kyiv Independent", "unnamed"),
                     id="interviewed-by-outlet"),
        pytest.param("A woman who lives near Gladkov's office said the depot burned.",
                     (None, "A woman who lives near Gladkov's office", "unnamed"), id="near-a-person"),
    ],
)
def test_a_source_named_in_a_relative_clause_is_not_the_subject(pipeline: Pipeline, text: str,
                                                                 expected: tuple[Any, ...]) -> None:
    items = attributions(pipeline, text)
    assert [(a.source, a.source_text, a.source_type.value) for a in items] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Russian Telegram channels are reporting blasts near Tuapse.",
                     ("reporting", None, "Russian Telegram channels", "reported"), id="channels"),
        pytest.param("Russian Telegram channels, including Shot and Astra, are reporting blasts near Tuapse.",
                     ("reporting", None, "Russian Telegram channels, including Shot and Astra", "reported"),
                     id="including"),
        pytest.param("The ministry is claiming that 40 drones were downed.",
                     ("claiming", "Russian Ministry of Defence", "The ministry", "claimed"), id="claiming"),
        pytest.param("Kyiv has been denying any role in the blast.",
                     ("denying", "Ukraine", "Kyiv", "denied"), id="denying"),
    ],
)
def test_a_reporting_verb_in_the_progressive(pipeline: Pipeline, text: str,
                                             expected: tuple[Any, ...]) -> None:
    items = attributions(pipeline, text)
    assert [(a.cue, a.source, a.source_text, a.stance.value) for a in items] == [expected]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Israel's military said it intercepted a missile. The army said no one was hurt.",
                     "Israel Defense Forces", id="army-after-military"),
        pytest.param("The SBU said it hit a radar. The agency said the strike was precise.",
                     "Security Service of Ukraine", id="agency-after-service"),
        pytest.param("Ukraine's military intelligence said it hit a radar. The agency said the strike was "
                     "precise.", "Main Directorate of Intelligence of Ukraine",
                     id="agency-after-intelligence"),
        pytest.param("The Russian Defence Ministry said 30 drones were downed. The military said they were "
                     "Ukrainian.", "Russian Ministry of Defence", id="military-after-ministry"),
        pytest.param("Ukraine's General Staff said a depot was hit. The military said it stored fuel.",
                     "General Staff of the Armed Forces of Ukraine", id="military-after-general-staff"),
    ],
)
def test_a_body_called_by_what_it_is(pipeline: Pipeline, text: str, expected: str) -> None:
    assert attributions(pipeline, text)[-1].source == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A drone was downed, the press service of the Black Sea Fleet said.",
                     ("Black Sea Fleet", "the press service of the Black Sea Fleet", "press service"),
                     id="fleet"),
        pytest.param("The press service of the Black Sea Fleet reported a sea drone attack.",
                     ("Black Sea Fleet", "The press service of the Black Sea Fleet", "press service"),
                     id="opening"),
    ],
)
def test_the_press_service_of_the_body(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert [(a.source, a.source_text, a.channel) for a in attributions(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Novorossiysk operational headquarters said debris hit a pipeline.",
                     "Novorossiysk Operational Headquarters", id="city"),
        pytest.param("According to the Tuapse operational headquarters, debris hit a pipeline.",
                     "Tuapse Operational Headquarters", id="according-to"),
        pytest.param("The Krasnodar Krai operational headquarters said debris hit a pipeline.",
                     "Krasnodar Krai Operational Headquarters", id="krai"),
    ],
)
def test_a_places_operational_headquarters(full: Pipeline, text: str, expected: str) -> None:
    assert [a.source for a in attributions(full, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Mayor of Novorossiysk Andrei Kravchenko said debris hit a pipeline.",
                     ("Andrei Kravchenko", "Mayor of Novorossiysk"), id="unknown-mayor"),
        pytest.param("Mayor of Odesa Hennadiy Trukhanov said debris hit a pipeline.",
                     ("Hennadiy Trukhanov", "Mayor of Odesa"), id="known-mayor"),
        pytest.param("President of Ukraine Volodymyr Zelensky said debris hit a pipeline.",
                     ("Volodymyr Zelensky", "President of Ukraine"), id="president"),
        pytest.param("Debris hit a pipeline, said Governor of Sevastopol Mikhail Razvozhayev.",
                     ("Mikhail Razvozhayev", "Governor of Sevastopol"), id="inverted"),
        pytest.param("Head of the Kyiv City Military Administration Tymur Tkachenko said debris hit a house.",
                     ("Tymur Tkachenko", "Head of Kyiv City Military Administration"),
                     id="title-after-place"),
    ],
)
def test_a_role_of_a_place_then_the_name(full: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.role) for a in attributions(full, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        pytest.param("\"This is an attack on food security,\" the two leaders said.", "the two leaders",
                     id="two-leaders"),
        pytest.param("The foreign ministers said the drones were Russian.", "The foreign ministers",
                     id="ministers"),
        pytest.param("Drones hit the Tambov and Lipetsk regions, governors said.", "governors",
                     id="governors"),
    ],
)
def test_office_holders_in_the_plural_are_an_unnamed_group(pipeline: Pipeline, text: str,
                                                           source_text: str) -> None:
    items = attributions(pipeline, text)
    assert [(a.source, a.source_text, a.source_type.value) for a in items] == [(None, source_text, "unnamed")]


def test_a_consortium_is_a_body(pipeline: Pipeline) -> None:
    a = attributions(pipeline, "The Caspian Pipeline Consortium said its terminal was not hit.")[0]
    assert (a.source, a.source_text, a.source_type.value) == (
        "Caspian Pipeline Consortium", "The Caspian Pipeline Consortium", "organization")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The toll could rise, Filashkin warned, as three people are missing.", "warned",
                     id="warned"),
        pytest.param("Ballistic missiles are heading for the capital, the air force warns.", "warns",
                     id="warns"),
        pytest.param("More strikes are likely, the ministry cautioned on Monday.", "cautioned",
                     id="cautioned"),
    ],
)
def test_a_warning_after_its_content(pipeline: Pipeline, text: str, cue: str) -> None:
    assert [a.cue for a in attributions(pipeline, text)] == [cue]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Qatar's foreign ministry spokesman Majed al-Ansari told reporters the talks went on.",
                     ("Majed al-Ansari", "Qatar's foreign ministry spokesman"), id="qatar"),
        pytest.param("Foreign ministry spokesman Majed al-Ansari said the talks went on.",
                     ("Majed al-Ansari", "Foreign ministry spokesman"), id="no-country"),
    ],
)
def test_a_lower_case_ministry_in_a_title(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.role) for a in attributions(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        pytest.param("Zelensky called the strike \"a deliberate attack\" in a post on X, formerly Twitter.",
                     "X", id="post-on-x"),
        pytest.param("Kondratyev called the attack \"a terrorist act\" in a video on his Max channel.", "Max",
                     id="video-on-max"),
        pytest.param("Gladkov described the attack as “barbaric” on Telegram.", "Telegram", id="on-telegram"),
    ],
)
def test_a_channel_after_a_quoted_object(pipeline: Pipeline, text: str, channel: str) -> None:
    assert [a.channel for a in attributions(pipeline, text)] == [channel]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Defence committee head Andrei Kartapolov acknowledged that some drones got through.",
                     ("Andrei Kartapolov", "Defence committee head"), id="committee-head"),
        pytest.param("The State Duma's defence committee head Andrei Kartapolov, speaking on state "
                     "television, acknowledged that some drones got through.",
                     ("Andrei Kartapolov", "State Duma's defence committee head"), id="with-participle"),
    ],
)
def test_a_committee_in_a_title(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.role) for a in attributions(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two died, the Belgorod region's acting governor said.",
                     ("Vyacheslav Gladkov", "Acting Governor of Belgorod Oblast"), id="acting"),
        pytest.param("Two died, the former Kursk governor said.", (None, "Former Governor of Kursk Oblast"),
                     id="former-is-not-the-holder-now"),
    ],
)
def test_a_status_in_a_role_without_a_name(pipeline: Pipeline, text: str, expected: tuple[Any, str]) -> None:
    assert [(a.source, a.role) for a in attributions(pipeline, text, "2025-09-29")] == [expected]


def test_he_after_a_person_opening_the_same_sentence(pipeline: Pipeline) -> None:
    text = ("Keith Kellogg wrote on X that the strike was wrong. Governor Volodymyr Artiukh was dismissed "
            "after he acknowledged that a ceremony had taken place.")
    assert [a.source for a in attributions(pipeline, text)] == ["Keith Kellogg", "Volodymyr Artiukh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The company's chief executive Vitaliy Zaichenko told Ukrinform that repairs take days.",
                     ("Vitaliy Zaichenko", "Chief executive"), id="chief-executive"),
        pytest.param("Chief Executive Dana Moor told staff that the plant would reopen.",
                     ("Dana Moor", "Chief Executive"), id="capitalised"),
    ],
)
def test_an_executive_is_a_title(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.role) for a in attributions(pipeline, text)] == [expected]


def test_the_official_is_the_named_official_who_spoke_last(pipeline: Pipeline) -> None:
    text = ("At least four people were killed, Serhiy Lysak said. Among the dead was a girl, "
            "the official added.")
    assert [a.source for a in attributions(pipeline, text)] == ["Serhiy Lysak", "Serhiy Lysak"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Kanaani, a Foreign Ministry spokesman, said no damage was done.",
                     ("Kanaani", "person", "Foreign Ministry spokesman"), id="a-spokesman"),
        pytest.param("Baghaei, Iran's Foreign Ministry spokesman, said no damage was done.",
                     ("Baghaei", "person", "Iran's Foreign Ministry spokesman"), id="countrys-spokesman"),
    ],
)
def test_an_unknown_surname_then_an_office_is_a_person(pipeline: Pipeline, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert [(a.source, a.source_type.value, a.role) for a in attributions(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("According to Ukrainian military expert Oleh Zhdanov, the depot supplied the front.",
                     ("Oleh Zhdanov", "person", "Ukrainian military expert"), id="expert"),
        pytest.param("Russian military blogger Yury Podolyaka wrote that the depot burned.",
                     ("Yury Podolyaka", "person", "Russian military blogger"), id="blogger"),
    ],
)
def test_a_profession_before_a_name_is_a_title(pipeline: Pipeline, text: str,
                                               expected: tuple[str, str, str]) -> None:
    assert [(a.source, a.source_type.value, a.role) for a in attributions(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Flights were delayed, according to the Association of Tour Operators of Russia.",
                     ("Association of Tour Operators of Russia", "organization"), id="association-of"),
        pytest.param("The Ministry of Internal Affairs of Ukraine said two people were hurt.",
                     ("Ministry of Internal Affairs of Ukraine", "organization"), id="affairs"),
        pytest.param("Spokeswoman of the Russian Ministry of Foreign Affairs Maria Zakharova said it was "
                     "false.",
                     ("Maria Zakharova", "person"), id="name-after-a-body"),
    ],
)
def test_capitalised_words_after_a_bodys_of_name_the_body(pipeline: Pipeline, text: str,
                                                          expected: tuple[str, str]) -> None:
    assert [(a.source, a.source_type.value) for a in attributions(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Chairman of the State Duma Defence Committee Andrei Kartapolov said drones got in.",
                     ("Andrei Kartapolov", "Chairman of the State Duma Defence Committee"), id="of-a-body"),
        pytest.param("Head of the Security Service of Ukraine Vasyl Maliuk said drones got through.",
                     ("Vasyl Maliuk", "Head of the Security Service of Ukraine"), id="body-of-a-country"),
        pytest.param("Minister of Defence of Russia Andrei Belousov said drones got through.",
                     ("Andrei Belousov", "Minister of Defence of Russia"), id="country-before-the-name"),
        pytest.param("US Secretary of State Antony Blinken told reporters drones got through.",
                     ("Antony Blinken", "Secretary of State"), id="secretary-of-state"),
    ],
)
def test_a_title_of_a_body_before_a_name(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert [(a.source, a.role) for a in attributions(pipeline, text)] == [expected]
