"""The attribution plugin's start-up savings find exactly what the compiled patterns they replace find."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentkit.builtin.attribution import SourceTable, _extract, _prefilter
from incidentkit.builtin.attribution import lexicon as lx
from incidentkit.builtin.attribution.sources import _alias_pattern

TABLE = SourceTable.builtin()
EXACT = sorted({a for e in TABLE.entries for a in (e.name, *e.aliases, *([e.surname] if e.surname else []))})
LOWERED = sorted({a.lower() for a in EXACT if " " in a})
ONE_WORD = [a for a in EXACT if " " not in a]
# Blanks of every kind (a phrase's space stands for any run of them), look-around deciders, odd characters.
ODD = [" ", "  ", "\n", " \n", "\n ", "\t", "\u00a0", "\u2028", "\x1c", "\u200b", "\xad", "-", "'", "’", ".",
       ",", "(", "x", "5", "_", "\u0301", "é", "Ж", "\u0130", "s", "kyiv", "u.s.", "ministry", "of"]


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _check(phrases: list[str], text: str) -> None:
    matcher = _prefilter.Phrases.of(phrases)
    pattern = _alias_pattern(phrases, ignore_case=False)
    assert matcher is not None and pattern is not None
    assert [m.span() for m in matcher.finditer(text)] == _spans(pattern, text)
    for pos in range(len(text)):
        match = pattern.match(text, pos)
        assert matcher.match(text, pos) == (match.end() if match else -1)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.one_of(st.sampled_from(LOWERED), st.sampled_from(ONE_WORD), st.sampled_from(ODD)),
                      max_size=10),
       joiners=st.lists(st.sampled_from(["", " ", "  ", "\n", " \n", "\t", "-", "\u00a0"]), min_size=1,
                        max_size=4))
def test_source_table_phrases_match_like_their_trie(parts: list[str], joiners: list[str]) -> None:
    text = "".join(p + joiners[i % len(joiners)] for i, p in enumerate(parts))
    _check(LOWERED, text)
    _check(ONE_WORD, text)


words = st.text(alphabet="ab-'.é", min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(phrases=st.lists(st.lists(words, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8),
       text=st.lists(st.sampled_from(["a", "b", "-", "'", ".", "é", " ", " ", "  ", "\n", " \n", "x", "5",
                                      "\u00a0", "\u200b", "\t"]), max_size=30).map("".join))
def test_any_phrases_match_like_their_trie(phrases: list[str], text: str) -> None:
    _check(sorted(set(phrases), key=lambda a: (-len(a), a)), text)


def test_phrases_refuse_what_they_cannot_match_without_a_pattern() -> None:
    for phrases in (["a  b"], ["a\tb"], [" a"], ["a "], [""], []):
        assert _prefilter.Phrases.of(phrases) is None
    table = SourceTable.build(builtin=False, extra=[{"name": "Odd\tName", "type": "person"},
                                                    {"name": "Two  Spaces", "type": "organization"}])
    assert [h.text for h in table.find("Odd\tName and Two  Spaces said")] == ["Odd\tName", "Two  Spaces"]


def test_the_builtin_table_finds_its_names_through_the_word_tree() -> None:
    # The pattern fallback finds the same names, so only this tells that start-up was spared it.
    assert isinstance(TABLE._cased, _prefilter.Phrases)
    assert TABLE._uncased_lower is not None and isinstance(TABLE._uncased_lower[1], _prefilter.Phrases)


def test_the_case_insensitive_pattern_waits_for_a_text_that_needs_it() -> None:
    table = SourceTable(TABLE.entries)
    assert table._uncased is None  # not compiled at start-up
    assert [h.text for h in table.find("the RUSSIAN defence Ministry said")] == ["RUSSIAN defence Ministry"]
    assert table._uncased is None  # the lowered twin served
    text = "the RUSSIAN defence Ministry said in \u0130stanbul"  # a character that folds to ASCII
    assert [h.text for h in table.find(text)] == ["RUSSIAN defence Ministry"]
    assert table._uncased is not None


def test_deferred_patterns_find_what_the_compiled_ones_find() -> None:
    text = "Kyiv Mayor Says Three Killed, Governor Reports on Telegram and in a video address on VKontakte"
    rare = [p for _, p in _extract._CHANNELS if isinstance(p, _extract._Deferred)]
    deferred = [_extract._TITLE_VERB, *rare]
    assert len(deferred) == 11
    for pattern in deferred:
        assert isinstance(pattern, _extract._Deferred)
        compiled = regex.compile(pattern._source)
        assert [m.span() for m in pattern.finditer(text, 5, 80, timeout=1.0)] == [
            m.span() for m in compiled.finditer(text, 5, 80)]
    assert [m.group() for m in _extract._TITLE_VERB.finditer(text)] == ["Says", "Reports"]


VERB_TRIE = regex.compile(r"(?<![\p{L}\-'’])(?:" + _prefilter.literal_trie(lx.VERBS) + r")(?![\p{L}\-])")
VERB_PIECES = [*sorted(lx.VERBS), "Said", "SAYS", "saidx", "said-", "’said", "'", "’", "-", " ", "\n", "é",
               "5", "x" * 14, "\u0301", ".", ","]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(VERB_PIECES), max_size=12),
       joiners=st.lists(st.sampled_from(["", " ", "-", "5", "’", "é", "\u0301"]), min_size=1, max_size=4))
def test_verbs_match_like_their_trie(parts: list[str], joiners: list[str]) -> None:
    text = "".join(p + joiners[i % len(joiners)] for i, p in enumerate(parts))
    assert [m.span() for m in _extract._VERB.finditer(text)] == [m.span() for m in VERB_TRIE.finditer(text)]
    for pos in range(len(text)):
        mine, trie = _extract._VERB.match(text, pos), VERB_TRIE.match(text, pos)
        assert (mine.span() if mine else None) == (trie.span() if trie else None)


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(["a", "B", "1", " ", "é", "-", "\n", "xyz", "99", "Kyiv"]), max_size=40)
       .map("".join), piece=st.integers(min_value=1, max_value=9))
def test_ascii_words_of_a_long_text_split_a_piece_at_a_time_are_the_same(text: str, piece: int) -> None:
    whole = _prefilter.ascii_words.__wrapped__(text)
    saved = _prefilter._PIECE
    _prefilter._PIECE = piece
    try:
        pieces = _prefilter.ascii_words.__wrapped__(text)
    finally:
        _prefilter._PIECE = saved
    assert (pieces.lowered, pieces.starts, pieces.ends, pieces._indexes) == (
        whole.lowered, whole.starts, whole.ends, whole._indexes)
    assert [pieces.word(i) for i in range(len(pieces))] == regex.findall(r"[a-z]+|[0-9]+", text.lower())
