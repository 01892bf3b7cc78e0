"""The attribution plugin's word-list shortcuts find exactly what full scans find, in linear time."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentkit.builtin.attribution import SourceTable, _extract, _prefilter
from incidentkit.builtin.attribution import lexicon as lx

TABLE = SourceTable.builtin()
ALIASES = sorted({a for e in TABLE.entries for a in (e.name, *e.aliases, *e.generic)})
VERBS = sorted(lx.VERBS)
# Characters next to which the patterns' look-arounds decide, and odd case folds.
ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "-", "'", "’", ".", ",", " ", "  ", "\n", "\t", "(", "x",
       "5", "_", "\u0301", "é", "Ж"]


def _plain_find(table: SourceTable, text: str) -> list[object]:
    """find() through the full alternations, every shortcut off."""
    saved = table._uncased_lower, table._cased_at, table._generic_at
    table._uncased_lower, table._cased_at, table._generic_at = None, None, None
    try:
        return list(table.find(text))
    finally:
        table._uncased_lower, table._cased_at, table._generic_at = saved


def _recase(text: str, flips: list[bool]) -> str:
    return "".join(c.swapcase() if flips[i % len(flips)] else c for i, c in enumerate(text))


pieces = st.lists(st.one_of(st.sampled_from(ALIASES), st.sampled_from(VERBS), st.sampled_from(ODD),
                            st.text(alphabet="abcdefKkSsIi -5", max_size=8)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(parts=pieces, joiners=st.lists(st.sampled_from(["", " ", "-", "5", "\n"]), min_size=1, max_size=5),
       flips=st.lists(st.booleans(), min_size=1, max_size=7))
def test_find_shortcuts_match_full_scans(parts: list[str], joiners: list[str], flips: list[bool]) -> None:
    text = _recase("".join(p + joiners[i % len(joiners)] for i, p in enumerate(parts)), flips)
    table = SourceTable(TABLE.entries)
    assert table.find(text) == _plain_find(table, text)


@settings(max_examples=300, deadline=None)
@given(parts=pieces, joiners=st.lists(st.sampled_from(["", " ", "-", "5", "’", "\u0301"]), min_size=1,
                                      max_size=5))
def test_verbs_found_where_a_full_scan_finds_them(parts: list[str], joiners: list[str]) -> None:
    text = "".join(p + joiners[i % len(joiners)] for i, p in enumerate(parts))
    starts = _extract._VERB_AT.positions(_prefilter.ascii_words(text))
    found = [m.span() for m in _prefilter.finditer(_extract._VERB, starts, text)]
    assert found == [m.span() for m in _extract._VERB.finditer(text)]


def test_openings_need_a_letter_or_digit_first() -> None:
    assert _prefilter.Openings(["said", "Air Force", "1TV"]).positions(
        _prefilter.ascii_words("5said: the AIR  force, 1tv")) == [1, 11, 23]
    try:
        _prefilter.Openings(["(x"])
    except ValueError:
        pass
    else:
        raise AssertionError("an opening that is not a word must be refused")


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab \n", max_size=40), pos=st.integers(min_value=0, max_value=45))
def test_blank_line_table_answers_like_find(text: str, pos: int) -> None:
    at = text.find("\n\n", pos)
    assert _extract._blank_line_after(text, pos) == (len(text) if at < 0 else at)


CHANNEL_PIECES = """
    on via in to the a an his official Telegram channel post X Twitter formerly known as tweeted
    Facebook page Instagram VK VKontakte YouTube told tells state television TV telethon radio
    interview reporters journalists press briefing news conference speaking Speaking parliament
    Parliament lawmakers MPs Sejm State Duma Verkhovna Rada service office social media networks
    accounts web site website video address evening by at during speech live
""".split()


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(CHANNEL_PIECES), max_size=10),
       spaces=st.lists(st.sampled_from([" ", "  ", "\n", ""]), min_size=1, max_size=3))
def test_every_channel_match_holds_one_of_its_words(words: list[str], spaces: list[str]) -> None:
    text = "".join(w + spaces[i % len(spaces)] for i, w in enumerate(words))
    for name, pattern in _extract._CHANNELS:
        for match in pattern.finditer(text):
            assert any(w in match.group() for w in lx.CHANNEL_WORDS[name]), (name, match.group())


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(["a", "b", " ", "é", ",", "what", "x" * 45, " " * 45, "\n", "\u3000",
                                         "\x1c"]), max_size=30),
       lo=st.integers(min_value=0, max_value=300), end=st.integers(min_value=0, max_value=300))
def test_last_word_found_like_a_search_of_the_whole_stretch(pieces: list[str], lo: int, end: int) -> None:
    text = "".join(pieces)
    end = min(end, len(text))
    lo = min(lo, end)
    found = _extract._last_word(text, lo, end)
    expected = _extract._RE_LAST_WORD.search(text[lo:end])
    assert (found.group(1) if found else None) == (expected.group(1) if expected else None)


def _alternation(aliases: list[str]) -> regex.Pattern[str]:
    """The longest-first alternation the alias tries stand for."""
    unique = sorted(set(aliases), key=lambda a: (-len(a), a))
    body = "|".join(regex.escape(a).replace(r"\ ", r"\s+") for a in unique)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}\-])(?:{body})(?![\p{{L}}\p{{N}}\-])")


EXACT = sorted({a for e in TABLE.entries for a in (e.name, *e.aliases, *([e.surname] if e.surname else []))})
CASED = _alternation([a for a in EXACT if " " not in a])
LOWERED = _alternation([a.lower() for a in EXACT if " " in a])


@settings(max_examples=300, deadline=None)
@given(parts=pieces, joiners=st.lists(st.sampled_from(["", " ", "  ", "-", "5", "\n"]), min_size=1,
                                      max_size=5),
       flips=st.lists(st.booleans(), min_size=1, max_size=7))
def test_alias_tries_match_like_longest_first_alternations(parts: list[str], joiners: list[str],
                                                          flips: list[bool]) -> None:
    text = _recase("".join(p + joiners[i % len(joiners)] for i, p in enumerate(parts)), flips)
    assert TABLE._cased is not None and TABLE._uncased_lower is not None
    assert [m.span() for m in TABLE._cased.finditer(text)] == [m.span() for m in CASED.finditer(text)]
    lowered = text.lower()
    full = TABLE._uncased_lower[1]
    assert [m.span() for m in full.finditer(lowered)] == [m.span() for m in LOWERED.finditer(lowered)]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(["kyiv", "Kyiv", "-", " ", "é", "5", "'", "x", "kyivx", "\u0301"]),
                       max_size=12),
       word=st.sampled_from(["Kyiv", "Kyiv-x", "Kyivé", "Ky5iv", "Kyiv's", "K"]))
def test_name_test_by_letter_runs_answers_like_a_whole_text_search(pieces: list[str], word: str) -> None:
    text = "".join(pieces)
    lower = word.lower()
    searched = regex.search(rf"(?<![\p{{L}}\-]){regex.escape(lower)}(?![\p{{L}}\-])", text) is None
    assert _extract._looks_like_name(text, word) == (searched and not _extract._ENGLISH_ENDING.search(lower))


CUE_PIECES = """
    could not cannot can't be been is are was were has have had not no neither None independently immediately
    verified confirmed corroborated verify confirm corroborate confirmation verification corroboration
    unable to there independent of the claims by officials sources widely also now alleged believed claimed
    reported said thought understood that include reportedly Allegedly purportedly went took takes on go
    television claim Per per quoted cited quotes cites as saying citing Quoting published named in footage
""".split()


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(CUE_PIECES), max_size=12),
       joiners=st.lists(st.sampled_from([" ", ", ", ". ", "  ", "5", "-", "é"]), min_size=1, max_size=4))
def test_every_gated_cue_match_holds_one_of_its_words(words: list[str], joiners: list[str]) -> None:
    text = "".join(w + joiners[i % len(joiners)] for i, w in enumerate(words))
    ascii_words = _prefilter.ascii_words(text)
    for pattern, needed in _extract._NEEDED_WORDS.items():
        for match in pattern.finditer(text):
            assert any(match.start() <= ascii_words.starts[i] < match.end() and ascii_words.word(i) in needed
                       for i in range(len(ascii_words))), match


TITLED_PIECES = ["Governor", "governor", "Ivan", "Petrov", "the", "head", "(Kyiv", "5Oleh", "Mykola-Ivan",
                 "O’Brien", "said", ","]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(TITLED_PIECES), max_size=14),
       blanks=st.lists(st.sampled_from([" ", "  ", "\n", "\u00a0"]), min_size=1, max_size=3))
def test_titled_suffixes_found_like_an_overlapped_scan_of_the_whole_segment(words: list[str],
                                                                           blanks: list[str]) -> None:
    segment = "".join(w + blanks[i % len(blanks)] for i, w in enumerate(words)).rstrip()
    expected = [m.span() for m in _extract._TITLED_NAME.finditer(segment, overlapped=True)
                if m.end() == len(segment)]
    assert [m.span() for m in _extract._titled_suffixes(segment)] == expected
