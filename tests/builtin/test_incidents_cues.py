"""The incident stage's cue words (``data.CUES``) stay in step with its word tables.

A window without any cue word of a table is passed over without a scan, so a word
added to a table without a cue would silently never match. Each table word is
expanded into the phrases it matches, and every phrase must hold a cue.
"""

from __future__ import annotations

import pytest
import regex

from incidentkit.builtin.incidents import data
from incidentkit.builtin.incidents.assembly import _BUILTIN_TABLES, _TABLES_OF

_GROUP = regex.compile(r"\(\?:((?:[^()]|\((?!\?))*)\)(\?)?")
_LOOKAROUND = regex.compile(r"\(\?<?[!=](?:[^()]|\([^()]*\))*\)")
_OPTIONAL_CHAR = regex.compile(r"(\w)\?")
_CLASS = regex.compile(r"\[(\w+)\]")
# the word boundaries and group around a cue pattern's alternatives
_WRAPPER = regex.compile(r"^(?:\\b)?(?:\(\?:)?|\)?(?:\\b|\\s)?$")


def phrases(pattern: str) -> set[str]:
    """The phrases a table word matches (its groups, optional letters and classes expanded)."""
    pattern = _LOOKAROUND.sub("", pattern).replace(r"\s+", " ").replace(r"\b", "")
    todo, done = [pattern], set()
    while todo:
        current = todo.pop()
        group = _GROUP.search(current)
        if group is not None:
            options = group.group(1).split("|") + ([""] if group.group(2) else [])
            todo.extend(current[:group.start()] + option + current[group.end():] for option in options)
            continue
        optional = _OPTIONAL_CHAR.search(current)
        if optional is not None:
            todo.extend(current[:optional.start()] + keep + current[optional.end():]
                        for keep in (optional.group(1), ""))
            continue
        chars = _CLASS.search(current)
        if chars is not None:
            todo.extend(current[:chars.start()] + char + current[chars.end():] for char in chars.group(1))
            continue
        done.add(current)
    return done


# (the cues of "single_casualty", "country_scope" and "defender_scope" are the fixed words of their
# patterns, not of their tables of persons and adjectives: those patterns have cue patterns of
# their own in data.py, whose words the cues repeat)
_PATTERN_CUES = {"single_casualty": data.SINGLE_CASUALTY_CUE, "country_scope": data.COUNTRY_SCOPE_CUE,
                 "defender_scope": data.DEFENDER_SCOPE_CUE}
_WHOLE_TABLE = [name for name in data.CUES if name not in _PATTERN_CUES]
CASES = [(name, word) for name in _WHOLE_TABLE for field in _TABLES_OF[name]
         for word in _BUILTIN_TABLES[field]]  # type: ignore[attr-defined]


def test_the_word_tables_with_cues_are_all_checked() -> None:
    checked = {name for name, _ in CASES}
    assert checked >= {"total", "fresh_before", "origin", "partial", "title_after", "separate",
                       "superseded", "revised", "all_cases", "again"}


@pytest.mark.parametrize(("name", "word"), CASES)
def test_every_phrase_of_a_table_holds_one_of_its_cues(name: str, word: str) -> None:
    found = phrases(word)
    assert found and all(regex.fullmatch(word, phrase) for phrase in found)  # the expansion is right
    missing = [phrase for phrase in found if not any(cue in phrase for cue in data.CUES[name])]
    assert not missing, f"{name}: no cue in {missing}; add one to data.CUES[{name!r}]"


@pytest.mark.parametrize("name", sorted(_PATTERN_CUES))
def test_a_cue_pattern_and_its_cue_words_agree(name: str) -> None:
    # every word the cue pattern can match holds one of the cue words
    bare = _WRAPPER.sub("", _PATTERN_CUES[name])  # "\b(?:a|b)\s" -> "a|b"
    words = [phrase for alternative in bare.split("|") for phrase in phrases(alternative)]
    assert words and all(any(cue in word for cue in data.CUES[name]) for word in words), words


def test_the_expansion_covers_groups_optional_letters_and_classes() -> None:
    assert phrases(r"later\s+(?:said|put)") == {"later said", "later put"}
    assert phrases(r"most(?:\s+of\s+them)?") == {"most", "most of them"}
    assert phrases(r"officials?") == {"official", "officials"}
    assert sorted(phrases(r"hospitali[sz]ed")) == ["hospitalised", "hospitalized"]


@pytest.mark.parametrize("name", sorted(_PATTERN_CUES))
def test_the_regex_cues_are_lower_case(name: str) -> None:
    cues = _PATTERN_CUES[name]
    assert cues == cues.lower()  # (they run on the lower-cased text)
