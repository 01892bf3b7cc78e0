"""Offset-keeping segmentation shared by extractors: paragraphs and sentences.

Extractors that reason within a sentence or paragraph (quantities,
attribution, incident assembly) use these so they agree on the boundaries.
Both are single linear passes with compiled patterns.
"""

from __future__ import annotations

import functools
import unicodedata
from array import array

import regex

from .models import Span

__all__ = [
    "SCAN_TIMEOUT_BASE", "SCAN_TIMEOUT_PER_CHAR", "lowered", "offset_code", "paragraphs", "scan_timeout",
    "sentences", "unreadable_digits",
]

#: Seconds any one pattern scan over a whole text may take, before the per-character
#: allowance: the last guard against a pattern that backtracks catastrophically on some
#: input. Read at each call, so an application may lower it (a test sets it near zero).
SCAN_TIMEOUT_BASE = 2.0
#: Extra seconds per character of the scanned text (20 s per MB): a legitimate scan of a
#: 1 MB report takes well under a second, so only a runaway pattern reaches the limit.
SCAN_TIMEOUT_PER_CHAR = 2e-5

# A blank line (possibly with spaces) separates paragraphs.
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r\f\v]*\n\s*")

# Words after which a full stop does not end a sentence ("Gov. Shapsha", "Jul. 20", "a.m. on").
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen brig adm cmdr lt col maj capt sgt gov sen rep st mt ft no nos vs etc approx est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp dept univ fig al
    """.split()
)

# Candidate sentence end: terminal punctuation, optional closing quotes/brackets, then space
# and an opening character of a new sentence ("... districts. The governor", "hit.\" Later").
_SENTENCE_END = regex.compile(
    r"""(?<=[.!?…])["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])"""
    r"""|(?<=[:;])(?=\s*\n)|\n""",
)
_WORD_BEFORE_DOT = regex.compile(r"(\p{L}+)\.[\"'”’»)\]]*$")
_INITIAL = regex.compile(r"(?:^|[\s(])(?:\p{Lu}\.)+[\"'”’»)\]]*$|\b[ap]\.m\.$|\b[ap]m\.$")


def scan_timeout(length: int) -> float:
    """The ``timeout=`` (seconds) for one ``regex`` scan over a text of ``length`` characters.

    Extractors pass it to every scan whose cost grows with the text (``finditer``
    over the whole text or a paragraph); a scan that exceeds it raises
    :class:`TimeoutError`, which the pipeline records as a :class:`~incidentkit.Problem`
    of that extractor instead of hanging.

    >>> scan_timeout(1_000_000)
    22.0
    """
    return SCAN_TIMEOUT_BASE + SCAN_TIMEOUT_PER_CHAR * length


def offset_code(length: int) -> str:
    """The ``array`` type code that holds every offset into a text of ``length`` characters.

    Extractors keep per-word offsets and indexes of a long text in arrays, not an
    int object each: 4-byte unsigned ints, or 8-byte ones for a text of 4 G
    characters or more (an offset or index is never negative nor above the length).

    >>> offset_code(1_000_000), offset_code(1 << 32)
    ('I', 'Q')
    """
    return _SMALL_CODE if length < 1 << (8 * array(_SMALL_CODE).itemsize) else "Q"


_SMALL_CODE = "I" if array("I").itemsize >= 4 else "L"


_DIGIT = regex.compile(r"\d")


def unreadable_digits(text: str) -> bool:
    r"""Whether ``text`` has a digit that a ``regex`` pattern's ``\d`` matches but Python cannot read.

    The ``regex`` module follows a newer Unicode than the Python it runs on: it knows the
    digits of scripts encoded since (Garay, Kirat Rai, Sunuwar…), which ``int()`` and
    ``float()`` reject. A match holding one is not a number an extractor can use.

    >>> unreadable_digits("16 drones"), unreadable_digits("١٦ drones")  # Arabic-Indic: readable
    (False, False)
    """
    if text.isascii():
        return False
    return any(not char.isdecimal() for char in _DIGIT.findall(text))


def lowered(text: str) -> str | None:
    """``text.lower()``, if lower-case words match there exactly as in ``text`` case-insensitively.

    Extractors scan this twin with lower-case patterns instead of the text with
    ``(?i)`` ones (case-insensitive matching is several times slower in ``regex``),
    or test a word's presence with ``in``. True of English news; None when some
    character of the text does not lower-case exactly: ``ß``, ``ﬁ`` (fold to two
    letters), ``ſ`` (folds to ``s``), ``İ`` (lower-cases to two characters), or
    any whose word/space/digit class changes. The last texts asked are remembered,
    so the stages of one pipeline run share one copy.

    >>> lowered("Drones hit KYIV"), lowered("İskander")
    ('drones hit kyiv', None)
    """
    return _lowered(text)


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    if all(_lowers_exactly(char) for char in set(text)):
        return text.lower()
    return None


@functools.lru_cache(maxsize=4096)
def _lowers_exactly(char: str) -> bool:
    lower = char.lower()
    if len(lower) != 1 or char.casefold() != lower or unicodedata.category(char) == "Cn":
        return False  # (a character Python's tables do not know, regex's may: not trusted)
    return all((cls.match(lower) is None) == (cls.match(char) is None) for cls in _CHAR_CLASSES)


_CHAR_CLASSES = tuple(regex.compile(name, regex.VERSION1) for name in (r"\w", r"\s", r"\d"))


def paragraphs(text: str) -> tuple[Span, ...]:
    """Spans of the paragraphs of ``text`` (separated by blank lines), whitespace trimmed."""
    return _paragraphs(text)


@functools.lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _append_trimmed(spans, text, start, match.start())
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return tuple(spans)


def sentences(text: str) -> tuple[Span, ...]:
    """Spans of the sentences of ``text``, whitespace trimmed; a line break always ends one.

    Abbreviations (``Gov.``, ``Jul.``), initials (``U.S.``) and ``a.m.`` do not
    end a sentence.

    >>> text = "Gov. Shapsha wrote at 8 a.m. Twelve drones fell. The U.S. said nothing."
    >>> [text[s.start:s.end] for s in sentences(text)]
    ['Gov. Shapsha wrote at 8 a.m. Twelve drones fell.', 'The U.S. said nothing.']
    """
    return _sentences(text)


@functools.lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group() != "\n" else match.start()
        if match.group() != "\n" and text[end - 1:end] == ".":
            head = text[max(start, end - 40):end]
            word = _WORD_BEFORE_DOT.search(head)
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if _INITIAL.search(head):
                continue
        _append_trimmed(spans, text, start, end)
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return tuple(spans)


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
