"""Word-list patterns tried only where one of their words starts.

The ``regex`` module tries each alternative of a long word list (reporting
verbs, source aliases) at every position of a text: about 60 ns a character
per pattern. Here a text is split once into its ASCII words (:func:`ascii_words`),
the word lists are looked up in sets (:class:`Openings`), and the exact pattern
is tried only where a phrase of its list may start (:func:`finditer`): the same
matches as a full scan, at a fraction of the cost.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from itertools import accumulate, compress
from operator import add
from typing import Protocol, TypeVar

import regex

from incidentkit.text import offset_code, scan_timeout

__all__ = ["AsciiWords", "Openings", "PatternPhrases", "PhraseMatch", "Phrases", "Words", "ascii_lower",
           "ascii_words", "finditer", "literal_trie"]

# An ASCII word: a run of lowercase letters or of digits ("1tv" is two words, "o'brien" too).
_ASCII_WORD = regex.compile(r"([a-z]+|[0-9]+)")


_Trie = dict[str, "_Trie"]


def literal_trie(words: Iterable[str], *, space: str | None = None) -> str:
    """A ``regex`` alternation of the literal ``words``, written as a character trie.

    ``said|says|say`` becomes ``sa(?:id|y(?:s)?)``: the module tries each shared
    prefix once instead of every word in turn. Longer words are tried first where
    one continues another, as in a longest-first alternation; so where the words
    that can match at a place continue one another (whole words, matched with
    their case), the trie matches exactly what the longest-first alternation
    matches. With ``space``, a space in a word stands for that pattern (any blank).
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: _Trie) -> str:
        branches = [(space if char == " " and space else regex.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here and longer ones go on: the rest is optional (greedy)
            return f"(?:{body})?"
        return body

    return emit(root)


def ascii_lower(text: str) -> str:
    """``text`` with its ASCII capitals lowered, nothing else changed (the same length).

    ``bytes.lower`` changes ASCII bytes only, and UTF-8 encodes every other
    character with bytes above 127: much faster than ``str.translate``.
    """
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


class AsciiWords:
    """A text ASCII-lowered, where each of its ASCII words starts and ends, and where each word occurs.

    Kept compact (offsets in arrays, each distinct word once): a 1 MB report
    has some 200,000 words.
    """

    def __init__(self, lowered: str, starts: array[int], ends: array[int],
                 indexes: dict[str, array[int]]) -> None:
        self.lowered = lowered
        self.starts = starts
        self.ends = ends
        self._indexes = indexes  # word -> its indexes (the how-manyth word of the text it is)

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, index: int) -> str:
        """The ``index``-th word (lowered)."""
        return self.lowered[self.starts[index]:self.ends[index]]

    def has_any(self, wanted: AbstractSet[str]) -> bool:
        """Whether any word of ``wanted`` occurs."""
        return not self._indexes.keys().isdisjoint(wanted)

    def indexes_of(self, wanted: AbstractSet[str]) -> list[int]:
        """The indexes of every occurrence of a word in ``wanted``, in order."""
        found = [index for word in self._indexes.keys() & wanted for index in self._indexes[word]]
        found.sort()
        return found


# A long text is split a piece at a time (cut before a character of no word), so that the
# strings of all its words and gaps are never held at once: some 13 MB for a 1 MB report.
_PIECE = 1 << 16
_NOT_IN_A_WORD = regex.compile(r"[^a-z0-9]")


@functools.lru_cache(maxsize=2)
def ascii_words(text: str) -> AsciiWords:
    """The ASCII words of ``text``.

    Cached for the text at hand: the verbs and the source table read the same text.
    """
    lowered = ascii_lower(text)
    if len(lowered) <= _PIECE:
        return _short_text_words(lowered)
    timeout = scan_timeout(len(text))
    code = offset_code(len(text))  # offsets and indexes: 4 bytes each where they fit
    starts: array[int] = array(code)
    ends: array[int] = array(code)
    indexes: dict[str, array[int]] = {}
    occurrences = indexes.get
    count = 0  # words so far
    lo = 0
    while True:
        cut = len(lowered)
        if cut - lo > _PIECE:
            gap = _NOT_IN_A_WORD.search(lowered, lo + _PIECE, timeout=timeout)
            cut = gap.start() if gap is not None else cut
        parts = _ASCII_WORD.split(lowered[lo:cut], timeout=timeout)  # between, word, between, ...
        offsets = array(code, accumulate(map(len, parts), initial=lo))
        words = len(parts) // 2  # the parts at odd places; offsets has one more entry than parts
        starts.extend(offsets[1:2 * words:2])
        ends.extend(offsets[2:2 * words + 1:2])
        for index, word in enumerate(parts[1::2], count):
            found = occurrences(word)
            if found is None:
                indexes[word] = array(code, (index,))
            else:
                found.append(index)
        count += words
        if cut == len(lowered):
            return AsciiWords(lowered, starts, ends, indexes)
        lo = cut


# Each byte that is not an ASCII letter or digit, as a space.
_SPACED = bytes(c if 0x61 <= c <= 0x7A or 0x30 <= c <= 0x39 else 0x20 for c in range(256))
_PLUS_ONE = (1).__add__


def _short_text_words(lowered: str) -> AsciiWords:
    """:func:`ascii_words` of a text of one piece (most are), found with string methods, not a pattern.

    The ``regex`` split costs some 0.2 us a word under a timeout. Here every
    character but an ASCII letter or digit becomes a space (a non-ASCII one
    turns into one ``?``, so offsets stay), the text is split at each space,
    and the non-empty parts are its runs of letters and digits, each starting
    one character after the end of the part before. A run of both (``24th``)
    is split into its letters and its digits, as ``_ASCII_WORD`` does.
    """
    parts = lowered.encode("ascii", "replace").translate(_SPACED).decode("ascii").split(" ")
    runs = list(filter(None, parts))
    run_starts = list(compress(accumulate(map(_PLUS_ONE, map(len, parts)), initial=0), parts))
    if sum(map(str.isalpha, runs)) + sum(map(str.isdigit, runs)) == len(runs):
        words, word_starts = runs, run_starts
    else:
        words, word_starts = [], []
        for run, at in zip(runs, run_starts, strict=True):
            if run.isalpha() or run.isdigit():
                words.append(run)
                word_starts.append(at)
            else:
                for match in _ASCII_WORD.finditer(run):
                    words.append(match.group())
                    word_starts.append(at + match.start())
    code = offset_code(len(lowered))
    starts = array(code, word_starts)
    ends = array(code, map(add, word_starts, map(len, words)))
    indexes: dict[str, array[int]] = {}
    occurrences = indexes.get
    for index, word in enumerate(words):
        found = occurrences(word)
        if found is None:
            indexes[word] = array(code, (index,))
        else:
            found.append(index)
    return AsciiWords(lowered, starts, ends, indexes)


class Openings:
    """The opening words (one or two) of a list of phrases: where in a text one may start.

    :param phrases: literal phrases, each opening with an ASCII letter or digit,
        any case (words are compared lowered).
    :raises ValueError: a phrase opens with another character.

    Where a pattern matches one of ``phrases`` (case aside, any whitespace
    between words), behind a look-behind that excludes letters and digits
    before a phrase opening with one of them, the text's ASCII words from the
    match on are the phrase's: the match starts where :meth:`positions` says.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        # First word -> the second words that may follow it, or None: any (a one-word phrase).
        self._seconds: dict[str, set[str] | None] = {}
        for phrase in phrases:
            lowered = ascii_lower(phrase)
            words = _ASCII_WORD.findall(lowered)
            if not words or not lowered.startswith(words[0]):
                raise ValueError(f"{phrase!r} does not open with an ASCII letter or digit")
            seconds = self._seconds.setdefault(words[0], set())
            if len(words) == 1:
                self._seconds[words[0]] = None
            elif seconds is not None:
                seconds.add(words[1])

    def positions(self, text: AsciiWords) -> list[int]:
        """Where a phrase's opening words start in ``text``, in order."""
        occurrences = text._indexes  # word -> its indexes
        found: list[int] = []
        for first in occurrences.keys() & self._seconds.keys():
            seconds = self._seconds[first]
            if seconds is None:
                found.extend(occurrences[first])
            else:  # only where one of the second words comes next
                before = {index - 1 for second in occurrences.keys() & seconds
                          for index in occurrences[second]}
                found.extend(index for index in occurrences[first] if index in before)
        found.sort()
        starts = text.starts
        return [starts[index] for index in found]


class _Match(Protocol):
    def start(self) -> int: ...

    def end(self) -> int: ...


_M_co = TypeVar("_M_co", bound=_Match, covariant=True)


class _Matcher(Protocol[_M_co]):
    def match(self, string: str, pos: int, /) -> _M_co | None: ...


def finditer(pattern: _Matcher[_M_co], starts: Iterable[int], text: str) -> Iterator[_M_co]:
    """The matches of ``pattern.finditer(text)``, trying ``pattern`` only at ``starts`` (in order).

    ``starts`` must hold every position where ``pattern`` can match, and
    ``pattern`` must never match the empty string. Like a full scan, a match is
    tried left to right and never inside the last match.
    """
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            last_end = match.end()
            yield match


# What a whole-word phrase must not touch on either side (the look-arounds of the alias patterns).
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}\-]")
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def _touches_word(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a letter, a digit or a hyphen (False past the end of ``text``)."""
    if index >= len(text):
        return False
    char = text[index]
    if char < "\x80":
        return char in _ASCII_WORD_CHARS
    return _WORD_CHAR.match(char) is not None


# A phrase Phrases takes: words of non-blanks, one space between two.
_PHRASE_SHAPE = regex.compile(r"\S+(?: \S+)*")


class PhraseMatch:
    """Where a phrase of :class:`Phrases` matched: ``start()``, ``end()``, ``span()`` like a regex match."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start = start
        self._end = end

    def start(self) -> int:
        """Where the phrase starts in the text."""
        return self._start

    def end(self) -> int:
        """Where the phrase ends in the text."""
        return self._end

    def span(self) -> tuple[int, int]:
        """``(start(), end())``."""
        return self._start, self._end


# A node of the tree of phrases' words: the words that may follow, then the last words of the
# phrases that end one word further: those of letters, digits and hyphens only, the others, the
# lengths of the others (longest first).
_Node = tuple[dict[str, "_Node"], frozenset[str], frozenset[str], tuple[int, ...]]
# Letters, digits and hyphens: the part of a word a phrase's last word of them can be.
_WORD_RUN = regex.compile(r"[\p{L}\p{N}\-]*")


def _phrase_tree(heads: dict[tuple[str, ...], set[str]]) -> _Node:
    """The tree of :class:`Phrases` by their words (see :meth:`Phrases.match`)."""
    children: dict[tuple[str, ...], dict[str, _Node]] = {}
    for head in heads:
        for depth in range(len(head) + 1):
            children.setdefault(head[:depth], {})
    nodes: dict[tuple[str, ...], _Node] = {}
    for head in sorted(children, key=len, reverse=True):  # a node's children are made before it
        lasts = heads.get(head, set())
        plain = frozenset(w for w in lasts if _WORD_RUN.fullmatch(w))
        others = frozenset(lasts - plain)
        nodes[head] = (children[head], plain, others, tuple(sorted({len(w) for w in others}, reverse=True)))
        if head:
            children[head[:-1]][head[-1]] = nodes[head]
    return nodes[()]


class Phrases:
    r"""Literal phrases matched with their case as whole words, longest first, without a pattern.

    Finds exactly what ``(?<![\p{L}\p{N}\-])(?:TRIE)(?![\p{L}\p{N}\-])`` finds,
    TRIE being ``literal_trie(phrases, space=r"\s+")`` (the same matches as the
    longest-first alternation, see :func:`literal_trie`), for phrases of
    non-blank words with one space between two (:meth:`of` tells). The regex
    module parses a pattern at some 5 us a character: 27 ms for the source
    table's aliases at start-up; this costs a dict.

    Why the same matches: a space stands for ``\s+`` and every other character
    for itself, never a blank. So where a phrase matches, each of its words but
    the last is a whole run of non-blanks of the text, the blanks between them
    whole runs too (``\s+`` is followed by a non-blank), and its last word opens
    a run and is followed by no letter, digit or hyphen. The phrases that match
    at one place are then prefixes of one another, on one path of the trie,
    which tries longer continuations first and returns the longest one; this
    tries the most words first, then the longest last word.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        heads: dict[tuple[str, ...], set[str]] = {}
        for phrase in phrases:
            if not _PHRASE_SHAPE.fullmatch(phrase):
                raise ValueError(f"{phrase!r} is not words of non-blanks with one space between two")
            *head, last = phrase.split(" ")
            heads.setdefault(tuple(head), set()).add(last)
        if not heads:
            raise ValueError("no phrases")
        # The words before the last -> (the last words, their lengths, longest first).
        self._lasts = {head: (frozenset(lasts), tuple(sorted({len(w) for w in lasts}, reverse=True)))
                       for head, lasts in heads.items()}
        most = max(map(len, heads)) + 1
        longest = max(len(w) for head, lasts in heads.items() for w in (*head, *lasts))
        # The next runs of non-blanks (as many as a phrase has words), each cut after longest + 1
        # characters: a longer run is no word of a phrase, only the start of one's last word.
        self._runs = regex.compile(rf"(\S{{1,{longest + 1}}})(?:\s+(\S{{1,{longest + 1}}})){{0,{most - 1}}}")
        self._firsts = "".join(sorted({(head[0] if head else last)[0] for head, lasts in heads.items()
                                      for last in lasts}))
        self._first_chars = frozenset(self._firsts)
        self._opener: regex.Pattern[str] | None = None  # see _starts
        # For text whose blanks are single spaces: the phrases' words as a tree. A node: the words
        # that may follow, the last words of phrases that end after one more word, their lengths.
        self._longest = max(len(" ".join((*head, last))) for head, lasts in heads.items() for last in lasts)
        self._tree = _phrase_tree(heads)

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Phrases | None:
        """The phrases matched without a pattern, or None if one is not of the shape that allows it."""
        try:
            return cls(phrases)
        except ValueError:
            return None

    def match(self, text: str, pos: int, timeout: float | None = None) -> int:
        """The end of the longest phrase matching at ``pos`` (as the pattern would), or -1."""
        if text[pos:pos + 1] not in self._first_chars or (pos and _touches_word(text, pos - 1)):
            return -1
        window = text[pos:pos + self._longest]
        # Up to a line break or two blanks, each blank a phrase can meet is one space (the other
        # blanks \s matches are not printable): there the phrases match as they are written, word
        # by word down the tree of their words. A deeper phrase is a longer one: the last found wins.
        cut = False
        for blanks in ("\n", "  "):
            found = window.find(blanks)
            if found >= 0:
                window, cut = window[:found], True
        if not window.isprintable() or (cut and window[-1:] in ("", " ")):
            return self._match_runs(text, pos, timeout)
        end = -1
        node = self._tree
        at = pos
        for word in window.split(" "):
            children, plain, others, lengths = node
            # The longest last word that ends here: one of letters, digits and hyphens ends where they do.
            for length in lengths:
                if length <= len(word) and word[:length] in others and not _touches_word(text, at + length):
                    end = at + length
                    break
            if plain:
                length = _WORD_RUN.match(word).end()  # type: ignore[union-attr]  # (it always matches)
                if at + length > end and word[:length] in plain and not _touches_word(text, at + length):
                    end = at + length
            child = children.get(word)
            if child is None:
                break
            node = child
            at += len(word) + 1
        else:
            if cut:  # a phrase may go on past the cut
                return self._match_runs(text, pos, timeout)
        return end

    def _match_runs(self, text: str, pos: int, timeout: float | None) -> int:
        # Any blanks: the text's runs of non-blanks from pos, as many as a phrase has words.
        runs = self._runs.match(text, pos, timeout=timeout)
        if runs is None:
            return -1
        words = runs.captures(1) + runs.captures(2)
        starts = runs.starts(2)
        for count in range(len(words), 0, -1):
            found = self._lasts.get(tuple(words[:count - 1]))
            if found is None:
                continue
            lasts, lengths = found
            run = words[count - 1]
            at = starts[count - 2] if count > 1 else pos
            for length in lengths:
                if length <= len(run) and run[:length] in lasts and not _touches_word(text, at + length):
                    return at + length
        return -1

    def spans(self, text: str, starts: Iterable[int] | None = None,
              timeout: float | None = None) -> Iterator[tuple[int, int]]:
        """The spans the pattern's ``finditer`` finds, trying only ``starts`` (in order) if given.

        ``starts`` must hold every place where a phrase can match (see :class:`Openings`).
        """
        last_end = 0
        for start in self._starts(text, timeout) if starts is None else starts:
            if start < last_end:
                continue
            end = self.match(text, start, timeout)
            if end >= 0:
                last_end = end
                yield start, end

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[PhraseMatch]:
        """Every match in ``text``, as the pattern's ``finditer`` finds them."""
        for start, end in self.spans(text, None, timeout):
            yield PhraseMatch(start, end)

    def _starts(self, text: str, timeout: float | None) -> Iterator[int]:
        # Every place holding a phrase's first character. Only for a full scan, which the source
        # table makes only for aliases opening with something else than an ASCII letter or digit
        # (none of the built-in ones): compiled on first use (two threads may both compile it).
        opener = self._opener
        if opener is None:
            opener = self._opener = regex.compile(_char_class(self._firsts))
        return (match.start() for match in opener.finditer(text, timeout=timeout))


class Words:
    r"""Literal words matched with their case, as ``(?<![BEFORE])(?:WORDS)(?![RUN])`` would, without it.

    :param words: words made of ``run`` characters only.
    :param before: a character class: what may not come before a word.
    :param run: a character class: what may not come after a word.
    :raises ValueError: a word has another character.

    A word of ``run`` characters followed by none is the whole run of them that
    starts there: so one word at most matches at a place (the pattern finds the
    same in any order of its words), and which one is a set look-up. The
    ``regex`` module would parse the pattern at some 5 us a character.
    """

    def __init__(self, words: Iterable[str], *, before: str, run: str) -> None:
        self._words = frozenset(words)
        shape = regex.compile(rf"{run}+")
        if not self._words or not all(shape.fullmatch(w) for w in self._words):
            raise ValueError(f"words must be made of {run} characters")
        self._longest = max(map(len, self._words))
        self._before = regex.compile(before)
        self._before_ascii = frozenset(c for c in map(chr, range(128)) if self._before.match(c))
        # The run from a place, cut after longest + 1 characters: a longer one is no word.
        self._run = regex.compile(rf"{run}{{0,{self._longest + 1}}}")
        self._firsts = frozenset(w[0] for w in self._words)
        self._opener: regex.Pattern[str] | None = None  # see finditer

    def match(self, text: str, pos: int, /) -> PhraseMatch | None:
        """The word matching at ``pos``, as the pattern's ``match(text, pos)`` finds it."""
        if pos:
            char = text[pos - 1]
            if char in self._before_ascii if char < "\x80" else self._before.match(char) is not None:
                return None
        end = self._run.match(text, pos).end()  # type: ignore[union-attr]  # (it always matches)
        if end - pos <= self._longest and text[pos:end] in self._words:
            return PhraseMatch(pos, end)
        return None

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[PhraseMatch]:
        """Every match in ``text``, as the pattern's ``finditer`` finds them."""
        # Tried where a word's first character is. Only a full scan (tests) needs it: compiled on first use.
        opener = self._opener
        if opener is None:
            opener = self._opener = regex.compile(_char_class(self._firsts))
        return finditer(self, (m.start() for m in opener.finditer(text, timeout=timeout)), text)


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(regex.escape(c) for c in sorted(chars)) + "]"


class PatternPhrases:
    """A compiled pattern with the interface of :class:`Phrases`, for phrases it does not take."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern

    def spans(self, text: str, starts: Iterable[int] | None = None,
              timeout: float | None = None) -> Iterator[tuple[int, int]]:
        """The spans of ``pattern.finditer(text)``, trying only ``starts`` if given (see :func:`finditer`)."""
        matches = (self.pattern.finditer(text, timeout=timeout) if starts is None
                   else finditer(self.pattern, starts, text))
        for match in matches:
            yield match.span()

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[regex.Match[str]]:
        """``pattern.finditer(text)``."""
        return self.pattern.finditer(text, timeout=timeout)
