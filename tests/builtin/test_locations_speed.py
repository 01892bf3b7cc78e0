"""The locations stage stays linear in the text: per-name questions are answered from tables.

Each test checks a table against the plain per-name computation it replaces, and that a long
sentence is searched once, not once per name in it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from rapidfuzz import fuzz, process

from incidentkit.builtin.locations import default_gazetteer
from incidentkit.builtin.locations import extractor as locations
from incidentkit.builtin.locations.extractor import _Run

HEADLINES = (
    "Drones Hit Kursk Oil Depot Overnight\nThe governor of Kursk said a drone hit the depot.\n\n"
    "Kaluga Region Under Attack\nDebris fell in Kaluga. Residents of Tula Heard Blasts\n"
)


def test_title_lines_found_by_bisection_as_by_a_scan() -> None:
    run = _Run(default_gazetteer(), HEADLINES)
    assert run.title_lines
    for offset in range(len(HEADLINES) + 1):
        plain = any(start <= offset < end for start, end in run.title_lines)
        assert run._in_title(offset) == plain


@pytest.mark.parametrize("text", [
    "Flights were restricted at Tunoshna, and at Kurumoch. Later, air traffic resumed at Pulkovo.",
    "No arrivals or departures at Vnukovo; take-offs resumed at Sheremetyevo.\nLandings at Kazan.",
    "Drones flew at Tunoshna.",
])
def test_flight_words_from_one_scan_as_from_a_search_per_name(text: str) -> None:
    run = _Run(default_gazetteer(), text)
    for start in [0, *(span.start for span in run.sentences)]:
        for word in run.words:
            if word.start >= start:
                plain = locations._FLIGHT_WORDS.search(text, start, word.start) is not None
                assert run._flight_word_between(start, word.start) == plain


def test_gazetteer_key_starts_are_the_word_prefixes_of_longer_keys() -> None:
    gaz = default_gazetteer()
    for key in ("nizhny", "nizhny novgorod", "saint", "kursk"):
        longer = any(k.startswith(key + " ") for k in (*gaz._index, *gaz._typed))
        assert (key in gaz.key_starts) == longer


class _CountingPattern:
    """Stands in for a compiled pattern and counts the scans made with it."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.scans = 0

    def search(self, *args: Any, **kwargs: Any) -> Any:
        self.scans += 1
        return self.pattern.search(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        self.scans += 1
        return self.pattern.finditer(*args, **kwargs)


@pytest.mark.parametrize(("name", "text"), [
    ("_FLIGHT_WORDS", "Flights were restricted at Tunoshna" + ", and at Tunoshna" * 200 + "."),
    ("_VILLAGE_WORD", "Drones hit the villages of Zzyvka" + ", Zzyvkino" * 200 + " and Zzyvoye."),
])
def test_a_long_sentence_is_searched_once(monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    counting = _CountingPattern(getattr(locations, name))
    monkeypatch.setattr(locations, name, counting)
    _Run(default_gazetteer(), text).mentions()
    assert counting.scans == 1


def _plain_fuzzy(key: str, wanted: str, codes: list[str]) -> list[int]:
    """The fuzzy look-up over whole tables: the best score, the first on a tie."""
    gaz = default_gazetteer()
    parts = [gaz.fuzzy_choices("admin1")] if wanted == "admin1" else \
        [gaz.fuzzy_choices(wanted, code) for code in codes]
    best = None
    for part in parts:
        cutoff = locations.FUZZY_CUTOFF if best is None else max(locations.FUZZY_CUTOFF, best[1])
        found = process.extractOne(key, part, scorer=fuzz.ratio, score_cutoff=cutoff)
        if found is not None and (best is None or found[1] > best[1]):
            best = found
    return [] if best is None else [best[2][0]]


def test_fuzzy_look_up_by_length_as_over_whole_tables() -> None:
    gaz = default_gazetteer()
    codes = ["RU-KLU", "RU-BRY", "RU-KRS", "UA-63", "UA-59", "RU-BEL", "UA-14"]
    run = _Run(gaz, "")
    keys = {"dumnichsky", "borovsk", "glushkovo", "sudza", "kupiansk", "military administration", "zzzzzz"}
    for code in codes:  # real keys with one letter dropped, doubled or changed: near ties between places
        for _number, key in list(gaz.fuzzy_choices("settlement", code))[::40]:
            keys |= {key[1:], key + key[-1], key[:-1] + "a", key[:2] + key[3:]}
    for wanted in ("settlement", "admin2", "admin1"):
        for key in sorted(keys):
            found = [n for n, _ in run._fuzzy_lookup(key, wanted, Counter(dict.fromkeys(codes, 1)))]
            assert found == _plain_fuzzy(key, wanted, codes), (key, wanted)


@pytest.mark.parametrize("text", [
    "Air defence destroyed 16 drones over Kaluga region at 8:00, Governor Shapsha said.",
    "Ukraine's  Su-25 and the S-400 hit Slavyansk-na-Kubani; Donetsk People's Republic —Kursk’s\n"
    "l’Oréal ʼA  Kyiv-12 road-12x drone-7 e\u0301te\u0301 Ёлки   палки\tКурск-2 12ab a-b-c- -d",
    " ".join(["Kursk", "region", "drone", "attack"] * 50),
])
def test_word_runs_split_into_the_words_found_one_by_one(text: str) -> None:
    words = locations._words_of(text)
    plain = []
    for match in locations._WORD.finditer(text):
        start, end = match.span()
        if len(match[0]) > 3 and match[0].endswith(("'s", "’s")):
            end -= 2
        plain.append((start, end, text[start:end]))
    assert [(w.start, w.end, w.text) for w in words] == plain
