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
from itertools import accumulate

import regex

from incidentkit.text import scan_timeout

__all__ = ["AsciiWords", "Openings", "ascii_lower", "ascii_words", "finditer", "literal_trie"]

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

    def indexes_of(self, wanted: AbstractSet[str]) -> list[int]:
        """The indexes of every occurrence of a word in ``wanted``, in order."""
        found = [index for word in self._indexes.keys() & wanted for index in self._indexes[word]]
        found.sort()
        return found


@functools.lru_cache(maxsize=2)
def ascii_words(text: str) -> AsciiWords:
    """The ASCII words of ``text``.

    Cached for the text at hand: the verbs and the source table read the same text.
    """
    lowered = ascii_lower(text)
    parts = _ASCII_WORD.split(lowered, timeout=scan_timeout(len(text)))  # between, word, between, ...
    offsets = array("q", accumulate(map(len, parts), initial=0))
    indexes: dict[str, array[int]] = {}
    occurrences = indexes.get
    for index, word in enumerate(parts[1::2]):
        found = occurrences(word)
        if found is None:
            indexes[word] = array("q", (index,))
        else:
            found.append(index)
    count = len(parts) // 2  # words: the parts at odd places; offsets has one more entry than parts
    return AsciiWords(lowered, offsets[1:2 * count:2], offsets[2:2 * count + 1:2], indexes)


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
        out: list[int] = []
        for index in text.indexes_of(self._seconds.keys()):
            seconds = self._seconds[text.word(index)]
            if seconds is None or (index + 1 < len(text) and text.word(index + 1) in seconds):
                out.append(text.starts[index])
        return out


def finditer(pattern: regex.Pattern[str], starts: Iterable[int], text: str) -> Iterator[regex.Match[str]]:
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
