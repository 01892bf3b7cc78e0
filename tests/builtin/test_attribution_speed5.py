"""Round 5 speed changes of the attribution plugin find exactly what the code they replace found."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentkit.builtin.attribution import _extract, _prefilter

# Letters, digits, mixed runs, blanks, non-ASCII letters and marks, a lone surrogate, capitals and titles.
PIECES = ["a", "Z", "0", "9", "24th", "F16", "1tv", " ", "  ", "\n", "\t", "-", "'", "’", ",", ".", "—", "é",
          "\u0301", "Ж", "ſ", "ı", "\u0130", "\ud800", "\xa0", "Governor ", "Ivan ", "Petrov", "minister ",
          "O'Brien", "spokesman ", "the ", "Kyiv", "A\u0301B "]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _regex_words(text: str) -> tuple[list[str], list[int]]:
    """The ASCII words and their starts as the regex split finds them (what ascii_words did)."""
    matches = list(regex.finditer(r"[a-z]+|[0-9]+", _prefilter.ascii_lower(text)))
    return [m.group() for m in matches], [m.start() for m in matches]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_short_text_words_are_the_regex_split(text: str) -> None:
    words = _prefilter.ascii_words.__wrapped__(text)
    expected_words, expected_starts = _regex_words(text)
    assert [words.word(i) for i in range(len(words))] == expected_words
    assert list(words.starts) == expected_starts
    assert list(words.ends) == [s + len(w) for s, w in zip(expected_starts, expected_words, strict=True)]
    index: dict[str, list[int]] = {}
    for i, word in enumerate(expected_words):
        index.setdefault(word, []).append(i)
    assert {w: list(v) for w, v in words._indexes.items()} == index


def test_short_and_long_paths_agree() -> None:
    text = "Governor Ivan Petrov said 24th F16 drones — Kyiv’s 1tv\u0301 report, ſaid \ud800ok.\n" * 3
    saved = _prefilter._PIECE
    _prefilter._PIECE = 16  # the long text path, a piece at a time
    try:
        pieces = _prefilter.ascii_words.__wrapped__(text)
    finally:
        _prefilter._PIECE = saved
    whole = _prefilter.ascii_words.__wrapped__(text)
    assert (whole.lowered, whole.starts, whole.ends, whole._indexes) == (
        pieces.lowered, pieces.starts, pieces.ends, pieces._indexes)


def _titled_with_blanks(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _extract._TITLED_NAME.finditer(text)
            if _extract._ANY_SPACE.search(text, m.start(), m.end()) is not None]


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_titled_names_of_two_words_are_the_ones_the_full_pattern_finds(text: str) -> None:
    assert [m.span() for m in _extract._TITLED_NAMES.finditer(text)] == _titled_with_blanks(text)


def test_titled_names_after_a_mark_inside_a_word() -> None:
    for text in ("A\u0301B C", "x\u0301B C", "A\u0301minister Ivan", "Ab\u0301 C\u0301D E"):
        assert [m.span() for m in _extract._TITLED_NAMES.finditer(text)] == _titled_with_blanks(text)


IMPERSONAL_PIECES = ["is", "are", "was", "were", "has", "have", "been", "widely", "also", "now", "believed",
                     "said", "reported", "thought", "alleged", "that", "to", "be", "have", "include", "IS",
                     "Said", "the", "ministry", "thatś", "to1"]


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(IMPERSONAL_PIECES), max_size=12),
       joiners=st.lists(st.sampled_from([" ", "  ", "\n", ", ", ". ", "é"]), min_size=1, max_size=3))
def test_every_impersonal_match_has_its_participle_between_the_words_it_needs(words: list[str],
                                                                               joiners: list[str]) -> None:
    text = "".join(w + joiners[i % len(joiners)] for i, w in enumerate(words))
    found = _prefilter.ascii_words(text)
    for match in _extract._IMPERSONAL.finditer(text):
        assert any(match.start() <= found.starts[i] < match.end() and 0 < i < len(found) - 1
                   and found.word(i) in _extract._IMPERSONAL_PARTICIPLES
                   and found.word(i + 1) in _extract._IMPERSONAL_AFTER
                   and found.word(i - 1) in _extract._IMPERSONAL_BEFORE for i in range(len(found))), match


PASSIVE_PIECES = ["published", "reported", "Reported", "named", "shared", "by", "in", "By", "inside", "bye",
                  "footage", "local", "1by", "the"]


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(PASSIVE_PIECES), max_size=10),
       joiners=st.lists(st.sampled_from([" ", "  ", "\n", ", ", "é", "-"]), min_size=1, max_size=3))
def test_every_passive_match_has_its_verb_before_by_or_in(words: list[str], joiners: list[str]) -> None:
    text = "".join(w + joiners[i % len(joiners)] for i, w in enumerate(words))
    found = _prefilter.ascii_words(text)
    needed, _, after = _extract._NEEDED_BETWEEN[_extract._PASSIVE_BY]
    for match in _extract._PASSIVE_BY.finditer(text):
        assert any(match.start() <= found.starts[i] < match.end() and i < len(found) - 1
                   and found.word(i) in needed and found.word(i + 1) in after
                   for i in range(len(found))), match
