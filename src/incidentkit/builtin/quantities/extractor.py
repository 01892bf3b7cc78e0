"""Finds counts of weapons, people and things, and types them by item, role and qualifier.

How it reads a report, in one linear pass over word tokens:

1. **Numbers**: digits (``16``, ``1,200``, ``1 200``, ``1.3 million``), words
   (``twenty-three``, ``one hundred and five``, ``a dozen``) and ``both``.
   Numbers inside designations (``Kh-101``), times and dates, measures,
   percentages, money, ages, ordinals and labels (``hotline 122``) are dropped.
2. **Noun phrase**: from the number to the head noun of what is counted
   (``16 unmanned aerial vehicles``); the head and its modifiers give the item
   (``Kalibr`` → cruise missile). A number without a noun (``Five were shot
   down``, ``six over the Kaluga region``, ``59 of them``) is kept only when a
   predicate, a partitive or a place list shows it counts something named
   nearby, and takes that item.
3. **Role**: from the verb or noun the count is the object of (``shot down 76
   drones``), the predicate it is the subject of (``13 people were injured``),
   what the noun itself says (``four deaths``), and, failing those, the
   count it repeats or breaks down.
4. **Zero phrases**: ``no casualties``, ``no one was killed``... value 0.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeAlias

import attrs
import regex

from incidentkit.models import Document, Findings, QuantityMention, Span
from incidentkit.text import lowered, offset_code, paragraphs, scan_timeout, sentences, unreadable_digits
from incidentkit.vocab import Approx, Item, Role, Stage

from . import data
from .vocabulary import Vocabulary

__all__ = ["QuantityExtractor"]

# ------------------------------------------------------------------ patterns

# Tokens: numbers (``1,200``, ``1.3``, and glued forms ``14th``, ``62-year-old``, ``29-30``),
# words (``Kh-101/Kh-555``, ``twenty-three``, ``ministry's``), single punctuation marks.
_TOKEN = regex.compile(
    r"(?P<num>\d+(?:[.,]\d+)*(?:[-/]?[\p{L}\d]+)*)"
    r"|(?P<word>\p{L}[\p{L}\p{M}\d'’]*(?:[-/][\p{L}\p{M}\d'’]+)*)"
    r"|(?P<punct>\S)"
)
# A plain number token: ``16``, ``1,200``, ``340,000``, ``1.3``.
_PLAIN_NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
# A number with a short scale glued on: ``2k``, ``1.5k``, ``1bn``, ``2,5m`` (decimal comma).
_GLUED_SCALE = regex.compile(r"(\d+)(?:\.(\d+)|,(\d{1,2}))?(k|m|mn|mln|bn)", regex.IGNORECASE)
# A decimal comma, read only before a scale word: ``1,5 thousand`` (``1,500`` is a plain number).
_DECIMAL_COMMA = regex.compile(r"(\d+),(\d{1,2})")
# Clock times and parts of the day: ``8:00``, ``4 a.m.``, ``9 pm``, ``10.30 a.m.``.
_CLOCK = regex.compile(
    r"\b\d{1,2}[:.]\d{2}\b(?!\s*(?:million|thousand|billion|bn|m\b|%|per))"
    r"|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b|h\b)",
    regex.IGNORECASE,
)
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
           r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
# Dates: ``July 20``, ``Aug 16``, ``August 29-30``, ``20 July``, ``July 2025``.
_DATE = regex.compile(
    rf"\b{_MONTHS}\.?\s+\d{{1,4}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{_MONTHS}\b"
)
# Zero phrases: ``no one was killed or injured``, ``nobody was hurt``, ``no casualties``,
# ``no crew members were injured``,
# ``absence of casualties``, ``not a single person was hurt``.
_ZERO = regex.compile(
    r"\b(?:no[ -]one(?:\s+else)?|nobody|none(?:\s+of\s+(?:them|the\s+\w+))?"
    r"|no\s+(?:people|civilians|residents|one\s+else|children|passengers|workers|employees"
    r"|staff|personnel|soldiers|servicemen|troops|pilots|sailors|patients|students|pupils"
    r"|firefighters|rescuers|guards|crew(?:\s+members)?)"
    r"|not\s+a\s+single\s+(?:person|civilian|resident|one))"
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got)\s+"
    r"(?:\w+ly\s+|reported\s+)?(?P<w1>killed|hurt|injured|wounded|harmed|hospitali[sz]ed)"
    r"(?:\s+or\s+(?P<w2>killed|hurt|injured|wounded|harmed))?\b"
    r"|\b(?:no[ -]one|nobody)\s+(?P<w3>died)\b"
    r"|\b(?:no|zero|without)\s+(?:civilian\s+|serious\s+|human\s+)?"
    r"(?P<w4>casualties|victims|deaths|fatalities|dead|injuries|injured|wounded)"
    r"(?:\s+or\s+(?P<w5>deaths|injuries|casualties|fatalities|dead|wounded|injured))?\b"
    r"|\babsence\s+of\s+(?P<w6>casualties|victims|deaths|injuries)\b",
    regex.IGNORECASE,
)
# The case-insensitive patterns' twins, for the lower-cased text (incidentkit.text.lowered): the same
# matches, several times faster than case-insensitive matching.
_CLOCK_LOWER = regex.compile(_CLOCK.pattern)
_ZERO_LOWER = regex.compile(_ZERO.pattern)
_ZERO_ROLE = {
    "killed": "killed", "died": "killed", "deaths": "killed", "fatalities": "killed",
    "dead": "killed", "injured": "injured", "wounded": "injured", "injuries": "injured",
    "hospitalised": "injured", "hospitalized": "injured", "hurt": "casualty",
    "harmed": "casualty", "casualties": "casualty", "victims": "casualty",
}
# A calibre: ``152-mm``, ``155mm``, ``122-millimetre`` (a modifier, never a count).
_CALIBRE = regex.compile(r"\d+(?:[.,]\d+)?-?(?:mm|millimetre|millimeter|calibre|caliber)", regex.IGNORECASE)
# The family prefix of a designation: ``kh-`` in ``kh-59/69``.
_FAMILY = regex.compile(r"[a-z]+-")
# Superlatives after ``one of the``: ``one of the deadliest attacks`` counts nothing.
_SUPERLATIVE = regex.compile(r"(?:most|least|\w{2,}est)$")

# ------------------------------------------------------------------ word classes

_AUX = frozenset("were was is are be been being had have has will would could can may might "
                 "should must did do does got".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our your "
                         "another".split())
_PREPOSITIONS = frozenset("""of over in on at from to by with for into onto near towards toward across
above during after before since against per as than about around within without between through
under among amid off out up down along beyond behind via outside inside upon""".split())
_CONJUNCTIONS = frozenset("and or but nor yet so while when whereas although though because if "
                          "where whether until unless".split())
_PRONOUNS = frozenset("it they he she we i you which who whom whose that them us him her "
                      "there here".split())
_ADVERBS = frozenset("""overnight today yesterday tonight earlier later then also already reportedly
allegedly still only just again now since ago previously subsequently initially eventually
meanwhile too soon immediately""".split())
_MAX_NUMBER_WORDS = 16
_COMPARISONS = frozenset({"compared with", "compared to", "up from", "down from", "rather than",
                          "instead of"})
_QUOTES = frozenset("\"“”«»")
_CLAUSE_STOPS = frozenset(".!?;:—–()[]\"“”«»")
_SUBORDINATORS = frozenset("when while as because although though whereas since until if where "
                           "but".split())
_PARENTHETICALS = frozenset("among including which who whom according it he she they aged".split())
_PARTITIVE_PRONOUNS = frozenset("them these those whom which us it".split())
_RISE_VERBS = frozenset("fallen fell falls dropped drops decreased declined "
                        "risen rose rises rising climbed climbs increased increases grown grew "
                        "jumped reached reaches revised corrected updated lowered raised "
                        "adjusted".split())
# between a rise and its figure: "was revised down to 4"
_RISE_ADVERBS = frozenset("up down upward upwards downward downwards sharply further".split())
# words between a verb and the tally it brings to a figure: "put their own death toll at 224"
_TALLY_MODIFIERS = frozenset("the its their his her own death casualty overall total official "
                             "latest updated preliminary final".split())
_COUNT_NOUNS = frozenset("count total tally toll figure".split())
_ESTIMATE_VERBS = frozenset("estimated estimates estimate estimating placed places placing "
                            "set sets setting".split())
_BE = frozenset("is are was were be been being".split())
# verbs whose object is the target: "attacked more than 100 merchant ships"
_ATTACK_VERBS = frozenset("attacked attacking attacks attack targeted targeting targets "
                          "target".split())
# verbs that bring a tally to a figure: "raised the number of injured in the capital to 94"
_RAISE_VERBS = frozenset("raised raises raising brought brings bringing bring pushed pushes pushing "
                         "revised revises revising updated updates updating increased put puts "
                         "putting lifted".split())
# nouns that end like adverbs: "two Shahed assembly sites", "supply depots"
_LY_NOUNS = frozenset("assembly supply family ally rally anomaly monopoly".split())
# verbs that, like "be", link a count to what it says: "42 remain in hospital"
_COPULAS = frozenset("remain remains remained stay stays stayed".split())
# "the death toll stands at 35"
_REACH_VERBS = frozenset("reached reaches exceeded exceeds topped surpassed".split())
_LEVEL_VERBS = frozenset("stands stood standing remains remained is was now".split())
# singular nouns after a singular head that make the number a name: "the 103 ambulance service"
_LABEL_HEADS = frozenset("service hotline line number brigade regiment battalion division route "
                         "unit".split())
_AGE_WORD = regex.compile(r"^\d+-(?:year|month|week)s?-old$")
_IRREGULAR_PAST = frozenset("fell flew hit struck went came got took made crashed".split())
# a cue that names a kill, not jamming: "shot down or jammed 290 drones"
_KILL_WORDS = frozenset("shot down downed destroyed intercepted".split())
# past participles without -ed / -en after "was" / "were": "3 were later found in fields"
_IRREGULAR_PARTICIPLES = frozenset("found left kept held sent seen spent lost caught brought "
                                   "put set sold built".split())
_YEAR_PREPOSITIONS = frozenset("in since by of until till from to before after during early "
                               "late mid year".split())
_PERSON_KINDS = frozenset({"kill", "injure", "casualty", "person_other"})
_WEAPON_KINDS = frozenset({"launch", "intercept", "destroy", "hit", "lost", "other"})
#: How far (in tokens) a clause-level search looks; keeps the work linear in long sentences.
_WINDOW = 30
# steps a count's verb search takes back through a list ("destroyed: 664 aircraft, 283
# helicopters, ..."): one per member, so a long tally of equipment still reaches its verb
_MAX_HOPS = 12
# words that start a number without being number words: "both", "a dozen", "half a dozen"
_SCALE_OPENERS = frozenset({"a", "an", "another", "half"})
_OPENING_BRACKET = frozenset("(")
_BULLETS = frozenset("-–—•*·‣▪●")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# shares of a whole: "most of the 40 drones", "a third of the 30 missiles"
_SHARES = frozenset("half third thirds quarter quarters fifth tenth most majority bulk part many "
                    "some several".split())
_LOCATIVES = frozenset("over in near above across off at on around outside inside within".split())
_COMPASS = frozenset("western eastern northern southern central north south east west".split())
_PLACE_TYPES = data.PLACE_WORDS | {"krai", "oblast", "raion", "province", "governorate"}
_NEGATIONS = frozenset({"not", "no", "never", "n't"})
_ONE_PRONOUN = frozenset("no every any some each this first second third fourth fifth "
                         "last next other another latest earlier later".split())
_RATE_UNITS = frozenset("day night week month year hour".split())
_PHONE_NOUNS = frozenset("hotline phone telephone number channel".split())
_MORE_WORDS = frozenset("more other others additional further".split())
_LIST_WORDS = frozenset("including include includes included among listed".split())
_TOKEN_BATCH = 128  # matches _tokenize takes at a time
_APPROX_MEMBERS = {a.value: a for a in Approx}
_ITEM_MEMBERS = {i.value: i for i in Item}
_ROLE_MEMBERS = {r.value: r for r in Role}
#: Words an extractor remembers what they are (see _Tables.designation_memo).
_MEMO_SIZE = 20_000
# token flags: what a number or word token may be, by its text (see _Tables.flags)
_NUMBER_START = 2  # may start a number
_SCALE_OPENER = 32  # starts a number only before a scale: "a dozen", "an hundred", "half a dozen"
_HEAD_START = 4  # may start a head noun or designation
_PLAIN_NUMBER_TOKEN = 8  # 16, 1,200, 1.3 (_PLAIN_NUMBER)
_DESIGNATION_TOKEN = 16  # a word with a digit or a known designation (Kh-101, Shahed)
_UNKNOWN = "?unknown"  # not yet looked up in a designation memo
#: Token offsets, sentence and paragraph indexes: machine ints, not an int object per token.
_Ints: TypeAlias = "array[int]"  # (a string: array is not subscriptable at run time before 3.12)


# ------------------------------------------------------------------ records

@attrs.define(weakref_slot=False, eq=False)
class _Tok:
    """What a token's text says about it: one object per distinct text, shared by its occurrences.

    A 1 MB report has some 250,000 tokens but only a few thousand distinct
    texts, so a token's place (its offset, sentence and paragraph) is not kept
    here but in the analysis' arrays (``_Analysis.offsets``, ``sents``, ``paras``),
    indexed like its token list. Never changed once made (threads share them).
    """

    text: str
    low: str
    kind: str  # "num", "word", "punct"
    flags: int = 0  # what the token may be: _NUMBER_START, _HEAD_START...


@attrs.define
class _Head:
    """The head noun of a counted noun phrase, or a bare item mention elsewhere."""

    start: int  # token index
    end: int  # token index, exclusive
    item: str
    role: str | None  # a role the noun itself carries ("deaths" → killed)
    key: str
    specific: str | None = None  # missile class given by modifiers or designations
    explicit: bool = False  # the class was stated (even if generic): no refinement
    hypernym: tuple[str, ...] = ()


@attrs.define
class _Count:
    """A number being read as a count, with what has been worked out about it so far."""

    value: int
    num_start: int  # token indexes
    num_end: int
    approx: str = "exact"
    head: _Head | None = None
    np_end: int = 0  # token index after the noun phrase (or the number)
    premod_kind: str | None = None
    partitive: str | None = None  # "pronoun", "np", "count"
    partitive_head: _Head | None = None
    partitive_end: int = 0
    each: bool = False  # "four each": "each" belongs to the span
    each_end: int = 0
    distributive: bool = False
    breakdown: bool = False
    both: bool = False
    item: str | None = None
    group: str | None = None
    role: str | None = None
    total_of: bool = False  # M in "N of M drones"
    compared: bool = False  # "up from eight": a figure compared with the count before
    compared_at: int = -1  # where the comparison begins (", not 2 and 10": the run shares it)
    label_head: _Head | None = None  # the noun of a label before the figure: "UAVs – 48"
    label_start: int = -1  # where that label begins
    aside: tuple[int, int] | None = None  # a relative clause between it and what it continues
    start: int = -1  # where _count_start found the count begins (-1: not yet)
    others: bool = False  # "3 others": the word belongs to the span
    dashed: bool = False  # a figure set off by dashes after its noun: "most of the drones — 21 —"

    @property
    def elliptical(self) -> bool:
        return self.head is None


# ------------------------------------------------------------------ the extractor

class QuantityExtractor:
    """The built-in quantities extractor: counts with value, qualifier, item and role.

    It keeps no state between documents; everything it learns about one report
    lives in a local analysis object, so one instance serves many threads.

    :param vocabulary: the tables to match against (default: the built-in ones).
    """

    name: str = "quantities"
    stage: Stage = Stage.QUANTITIES
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary if vocabulary is not None else Vocabulary.default()
        self._tables = _Tables(self.vocabulary)

    def __repr__(self) -> str:
        return f"QuantityExtractor(name={self.name!r})"

    def extract(self, document: Document, found: Findings) -> Iterable[QuantityMention]:
        """Return every count in ``document``, skipping spans the times stage found."""
        blocked = [(t.span.start, t.span.end) for t in found.times]
        blocked.extend((t.span.start, t.span.end) for t in found.intervals)
        return _Analysis(self._tables, document.text, blocked, self.name).run()


class _Tables:
    """What an extractor derives once from its vocabulary, shared by every document it reads.

    The tables are copied into plain dicts (quicker to look up than the vocabulary's
    read-only mappings). The two memos are the only parts that change: they only
    ever gain the one answer a text has, so threads may share them.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.heads = dict(vocab.heads)
        self.designations = dict(vocab.designations)
        self.cues = dict(vocab.cues)
        self.approx = dict(vocab.approx)
        # longest phrase of each table, in words: how far a lookup has to reach
        self.max_head_words = max((len(k.split()) for k in vocab.heads), default=1)
        self.max_cue_words = max((len(k.split()) for k in vocab.cues), default=1)
        self.max_approx_words = max((len(k.split()) for k in vocab.approx), default=1)
        # for each first word of a head phrase, the phrase lengths (in tokens) to try,
        # longest first: tokens hold no spaces, so a phrase of ``size`` tokens can only
        # equal a key that has ``size`` space-separated parts starting with that word
        sizes: dict[str, set[int]] = {}
        for key in vocab.heads:
            parts = key.split(" ")
            sizes.setdefault(parts[0], set()).add(len(parts))
        self.head_sizes: dict[str, tuple[int, ...]] = {
            first: tuple(sorted(found, reverse=True)) for first, found in sizes.items()}
        self.cue_sizes = _cue_sizes(vocab.cues)
        self.approx_sizes = _cue_sizes(vocab.approx)[1]  # qualifier lengths by last word
        # first words of two-word designations ("Shahed 136"): the only pairs worth looking up
        self.pair_firsts = frozenset(
            parts[0] for key in vocab.designations if len(parts := key.split(" ")) == 2)
        # word -> what _find_designation says of it, and token text -> (kind, flags);
        # each is cleared when it grows past _MEMO_SIZE, so a stream of novel words
        # cannot grow it without bound
        self.designation_memo: dict[str, str | None] = {}
        self.token_info: dict[str, _Tok] = {}

    def info(self, text: str, kind: str) -> _Tok:
        """The token (kind, flags, text and lower case) for a text and the kind ``_TOKEN`` matched.

        ``_TOKEN`` gives a text one kind (its first character decides the
        alternative), so all are memoised by text. The memo's tokens are what
        a document's token list holds: one object per distinct word, not one
        per occurrence (a 1 MB report has some 250,000 tokens).
        """
        memo = self.token_info
        info = memo.get(text)
        if info is None:
            info = self._token_info(text, kind)
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[text] = info
        return info

    def _token_info(self, text: str, kind: str) -> _Tok:
        low = text.lower()
        if kind == "punct":
            return _Tok(text, low, kind, 0)
        flags = 0
        if kind == "num":
            if _PLAIN_NUMBER.fullmatch(text):
                flags |= _PLAIN_NUMBER_TOKEN
            elif self.designation(text) is not None:
                kind = "word"  # designations that start with a digit: 3M-14, 9M723, 2S19
            elif _CALIBRE.fullmatch(text):
                kind = "word"  # a calibre modifies a noun: "40 152-mm shells"
        # a word starts a number only if _read_number reads a value from it
        if kind == "num" or low == "both" or _word_value(low) is not None:
            flags |= _NUMBER_START
        elif low in _SCALE_OPENERS:
            flags |= _SCALE_OPENER
        if kind == "word":
            designation = self.designation(text)
            # _head_at finds nothing at a word that starts no head, pair or designation
            if low in self.head_sizes or low in self.pair_firsts or designation is not None:
                flags |= _HEAD_START
            if designation is not None or any(c.isdigit() for c in text):
                flags |= _DESIGNATION_TOKEN
        return _Tok(text, low, kind, flags)

    def designation(self, word: str) -> str | None:
        """The item a model name or designation stands for, or None if unknown."""
        memo = self.designation_memo
        cls = memo.get(word, _UNKNOWN)
        if cls is not _UNKNOWN:
            return cls
        cls = self._find_designation(word)
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[word] = cls
        return cls

    def _find_designation(self, word: str) -> str | None:
        table = self.designations
        low = word.lower()
        for candidate in (low, low[:-1] if low.endswith("s") else None,
                          low[:-2] if low.endswith("'s") else None):
            if candidate and candidate in table:
                return table[candidate]
        if "/" in low:
            classes = {c for part in low.split("/") if (c := self.designation(part))}
            prefix = _FAMILY.match(low)
            if prefix:
                for part in low.split("/")[1:]:
                    if part.isdigit() and (c := table.get(prefix.group() + part)):
                        classes.add(c)
            if len(classes) == 1:
                return classes.pop()
            if classes:
                return "missile" if all("missile" in c for c in classes) else None
        if low.endswith("-type"):
            return self.designation(low[:-5])
        base, dash, variant = low.rpartition("-")
        if dash and base and 2 <= len(variant) <= 3 and variant.isalpha() and base in table:
            return table[base]  # a variant of a known model: "Neptune-MD", "Kalibr-NK"
        return None


class _Analysis:
    """Everything worked out about one document; discarded after the call."""

    def __init__(self, tables: _Tables, text: str, blocked: Sequence[tuple[int, int]],
                 name: str = "quantities") -> None:
        self.v = tables
        self.text = text
        self.name = name  # the extractor's, stamped on each mention here (no copy by the core)
        self.toks, self.offsets, self.sents, self.paras = _tokenize(text, tables)
        self._head_sizes = tables.head_sizes
        self._pair_firsts = tables.pair_firsts
        self._cue_sizes = tables.cue_sizes
        self._approx_sizes = tables.approx_sizes
        # token indexes where a number or a head may start: the only places the
        # count reader and the bare head scan need to look
        # (in arrays: a few bytes each, not an int object each)
        code = self.offsets.typecode
        self._number_candidates = array(code, [
            k for k, tok in enumerate(self.toks)
            if tok.flags & _NUMBER_START or (tok.flags & _SCALE_OPENER and self._scale_after(k))])
        self._head_candidates = array(
            code, [k for k, tok in enumerate(self.toks) if tok.flags & _HEAD_START])
        self.blocked = sorted(blocked)
        self._max_head_words = tables.max_head_words
        self._max_cue_words = tables.max_cue_words
        self._max_approx_words = tables.max_approx_words
        timeout = scan_timeout(len(text))
        lower = lowered(text)
        clock = _CLOCK.finditer(text, timeout=timeout) if lower is None \
            else _CLOCK_LOWER.finditer(lower, timeout=timeout)
        for match in clock:
            self.blocked.append((match.start(), match.end()))
        for match in _DATE.finditer(text, timeout=timeout):
            self.blocked.append((match.start(), match.end()))
        self.blocked.sort()
        self.counts: list[_Count] = []
        self.starts: dict[int, _Count] = {}
        self.ends: dict[int, _Count] = {}
        self.by_value: dict[int, list[_Count]] = {}
        self.zero_ends: set[int] = set()  # where zero phrases end ("no casualties")
        self._breakdown_sents: set[int] = set()
        self._head_starts: list[int] = []
        self._count_starts: list[int] = []
        self._weapon_items: set[str] | None = None
        self._intercepts: dict[str, bool] = {}
        self._sentence_intercepts: dict[tuple[int, str], bool] = {}
        self._bstarts: list[int] = []
        self._bmaxend: list[int] = []
        self.heads: list[_Head] = []  # bare item mentions outside counts
        # cue lookups by token index (and, for cues ending there, by pre=False/True)
        self._cues_starting: dict[int, tuple[str, int] | None] = {}
        self._cues_ending: tuple[dict[int, str | None], dict[int, str | None]] = ({}, {})

    def _end(self, k: int) -> int:
        """The offset just after token ``k`` (worked out, not stored)."""
        return self.offsets[k] + len(self.toks[k].text)

    def _scale_after(self, k: int) -> bool:
        """Whether ``a``/``an``/``half`` at ``k`` opens a number (see _read_number)."""
        toks = self.toks
        if toks[k].low == "half":
            return k + 2 < len(toks) and toks[k + 1].low == "a" and toks[k + 2].low == "dozen"
        return k + 1 < len(toks) and (toks[k + 1].low in data.SCALES or self._pair_of(k))

    def _pair_of(self, k: int) -> bool:
        """Whether ``a`` at ``k`` opens ``a pair of`` (two)."""
        toks = self.toks
        return k + 2 < len(toks) and toks[k + 1].low == "pair" and toks[k + 2].low == "of"

    # -------------------------------------------------------------- driver

    def run(self) -> list[QuantityMention]:
        results: list[QuantityMention] = []
        zeros = self._zeros(results)
        self.zero_ends = {end for _, end in zeros}
        self.blocked.extend(zeros)
        self._index_blocked()
        i = 0  # the token after the last count read
        for start in self._number_candidates:
            if start < i:
                continue  # inside the count before
            count = self._read_count(start)
            if count is None:
                continue
            self.counts.append(count)
            self.starts[count.num_start] = count
            ends = [count.num_end, count.np_end]
            if count.partitive != "count":
                ends.append(count.partitive_end)
            for end in ends:
                if end:
                    self.ends.setdefault(end - 1, count)
            if count.breakdown:
                self._breakdown_sents.add(self.sents[count.num_start])
            i = count.num_end
        self._scan_bare_heads()
        self._head_starts = [h.start for h in self.heads]
        self._count_starts = [c.num_start for c in self.counts]
        self._refine_missiles()
        accepted: list[_Count] = []
        for count in self.counts:
            if self._resolve(count, accepted):
                accepted.append(count)
                self.by_value.setdefault(count.value, []).append(count)
        for count in accepted:
            results.append(self._mention(count))
        results.sort(key=lambda m: m.span.start)
        return results

    def _mention(self, count: _Count) -> QuantityMention:
        start = self.offsets[count.num_start]
        if count.head is not None:
            end = self._end(count.head.end - 1)
        elif count.each:
            end = self._end(count.each_end - 1)
        elif count.others:
            end = self._end(count.num_end)  # "five others"
        else:
            end = self._end(count.num_end - 1)
        assert count.item is not None
        assert count.role is not None
        # members rather than values, which the converters return at once (an unknown
        # value still reaches its converter, which rejects it)
        return QuantityMention(
            span=Span(start, end), text=self.text[start:end], value=count.value,
            approx=_APPROX_MEMBERS.get(count.approx, count.approx),
            item=_ITEM_MEMBERS.get(count.item, count.item),
            role=_ROLE_MEMBERS.get(count.role, count.role),
            distributive=count.each or count.distributive, extractor=self.name,
        )

    # -------------------------------------------------------------- zero phrases

    def _zeros(self, results: list[QuantityMention]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        lower = lowered(self.text)
        timeout = scan_timeout(len(self.text))
        zeros = _ZERO.finditer(self.text, timeout=timeout) if lower is None \
            else _ZERO_LOWER.finditer(lower, timeout=timeout)
        for match in zeros:  # (its words are lowered below: the same from either)
            words = [w.lower() for w in (match.group(g) for g in ("w1", "w2", "w3", "w4", "w5", "w6"))
                     if w]
            roles = {_ZERO_ROLE.get(w, "casualty") for w in words}
            role = roles.pop() if len(roles) == 1 else "casualty"
            start, end = match.span()
            if start > 0 and self.text[start - 1].isalnum():
                continue
            results.append(QuantityMention(
                span=Span(start, end), text=self.text[start:end], value=0, approx="exact",
                item="person", role=role, extractor=self.name,
            ))
            spans.append((start, end))
        return spans

    # -------------------------------------------------------------- reading numbers

    def _index_blocked(self) -> None:
        self.blocked.sort()
        self._bstarts = [s for s, _ in self.blocked]
        self._bmaxend = list(itertools.accumulate((e for _, e in self.blocked), max))

    def _is_blocked(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a time, a date or a zero phrase (O(log n))."""
        before = bisect.bisect_left(self._bstarts, end)
        return before > 0 and self._bmaxend[before - 1] > start

    def _read_number(self, i: int) -> tuple[int, int, bool] | None:
        """(value, end token, is_both) of the number starting at token ``i``."""
        toks = self.toks
        tok = toks[i]
        n = len(toks)
        if tok.kind == "num":
            if unreadable_digits(tok.text):
                return None  # (a digit Python cannot read: no value to give)
            if not tok.flags & _PLAIN_NUMBER_TOKEN:
                return self._read_scaled(i)
            j = i + 1
            digits = tok.text.replace(",", "")
            # "1 200": a thousands group after a single space
            if ("." not in digits and len(digits) <= 3 and j < n and toks[j].kind == "num"
                    and len(toks[j].text) == 3 and toks[j].text.isdigit()
                    and self.text[self._end(i):self.offsets[j]] == " "):
                digits += toks[j].text
                j += 1
            if len(digits) > 12:
                return None  # a serial number or a run of digits, not a count
            whole, _, fraction = digits.partition(".")
            if j < n and (scale := _scale_word(toks[j].low)):
                multiplier = scale
                j += 1
            elif fraction:
                return None
            else:
                multiplier = 1
            # exact integer arithmetic: "1.3 million" is 13 * 100000
            scaled = int(whole + fraction) * multiplier
            if scaled % 10 ** len(fraction):
                return None
            return scaled // 10 ** len(fraction), j, False
        if tok.kind != "word":
            return None
        low = tok.low
        if low == "both":
            return 2, i + 1, True
        if low in ("a", "an", "another") and i + 1 < n and toks[i + 1].low in data.SCALES:
            # "a dozen drones", "another dozen drones" (a dozen more)
            return data.SCALES[toks[i + 1].low], i + 2, False
        if low == "half" and i + 2 < n and toks[i + 1].low == "a" and toks[i + 2].low == "dozen":
            return 6, i + 3, False
        if low == "a" and self._pair_of(i):
            return 2, i + 3, False
        total = 0
        current = 0
        j = i
        seen = False
        # a spelt-out number is a few words ("one hundred and twenty-three thousand"); the bound
        # keeps a long run of number words from being re-read from every position (quadratic)
        while j < n and j - i < _MAX_NUMBER_WORDS:
            word = toks[j].low
            value = _word_value(word)
            if value is not None:
                if seen and current % 100 != 0 and current % 10 == 0 and value < 10:
                    current += value  # "twenty three"
                elif seen and current % 100 != 0:
                    break
                else:
                    current += value
                seen = True
                j += 1
                continue
            if seen and word in data.SCALES:
                scale = data.SCALES[word]
                if scale == 100:
                    current = (current or 1) * 100
                elif scale == 12:
                    current = (current or 1) * 12
                else:
                    total += (current or 1) * scale
                    current = 0
                j += 1
                continue
            if (seen and word == "and" and j + 1 < n and _word_value(toks[j + 1].low) is not None
                    and toks[j - 1].low in ("hundred", "thousand", "million")):
                j += 1
                continue
            break
        if not seen:
            return None
        return total + current, j, False

    def _read_scaled(self, i: int) -> tuple[int, int, bool] | None:
        """A number with a glued scale (``1.5k``) or a decimal comma before one (``1,5 thousand``)."""
        toks = self.toks
        glued = _GLUED_SCALE.fullmatch(toks[i].text)
        if glued is not None:
            whole, fraction = glued.group(1), glued.group(2) or glued.group(3) or ""
            multiplier = data.SCALE_ABBREVIATIONS[glued.group(4).lower()]
            j = i + 1
        else:
            comma = _DECIMAL_COMMA.fullmatch(toks[i].text)
            if comma is None or i + 1 >= len(toks) or not (scale := _scale_word(toks[i + 1].low)):
                return None
            whole, fraction = comma.groups()
            multiplier = scale
            j = i + 2
        scaled = int(whole + fraction) * multiplier
        if scaled % 10 ** len(fraction):
            return None
        return scaled // 10 ** len(fraction), j, False

    def _read_count(self, i: int) -> _Count | None:
        toks = self.toks
        tok = toks[i]
        if i > 0 and tok.low == "one" and toks[i - 1].low in _ONE_PRONOUN:
            return None  # "no one", "the first one was intercepted": a pronoun, not a count
        if i > 2 and tok.low == "one" and toks[i - 1].low == "single" and toks[i - 3].low in _NEGATIONS:
            return None  # "not a single one still has its windows": none
        if self._is_blocked(self.offsets[i], self._end(i)):
            return None  # (so is the number it starts)
        number = self._read_number(i)
        if number is None:
            return None
        value, j, both = number
        start, end = self.offsets[i], self._end(j - 1)
        if self._is_blocked(start, end):
            return None
        if self._not_a_count(i, j, value):
            return None
        count = _Count(value=value, num_start=i, num_end=j, both=both)
        count.approx = self._approx(i, j)
        k = j
        if k < len(toks) and toks[k].low in _MORE_WORDS and self.sents[k] == self.sents[i]:
            count.others = toks[k].low == "others"
            k += 1
        elif self._dash_breakdown(k):
            if toks[k + 1].low not in ("over", "in"):
                count.breakdown = True  # "41 – Bryansk region": the figure of a place label
                return count
            k += 1  # "nine - over the Kursk region": a dash for the noun left out
        self._noun_phrase(count, k)
        if count.head is not None and value != 1 and count.head.end < len(toks) \
                and toks[count.head.end].low in _LABEL_HEADS \
                and not toks[count.head.end - 1].low.endswith("s"):
            return None  # a number naming a service: "the 103 ambulance service", "112 rescue line"
        if count.head is None and count.others:
            # "and 3 others": a count of more of what was named before, whatever follows
            self._elliptical_ok(count, k)
            return count
        if count.head is None and ((tok.kind == "num" and not tok.flags & _PLAIN_NUMBER_TOKEN)
                                   or not self._elliptical_ok(count, k)):
            return None  # ("1.5k" alone may be a measure: a scaled figure needs its noun)
        return count

    def _not_a_count(self, i: int, j: int, value: int) -> bool:
        """Measures, money, percentages, years, ages, labels, ranges and idioms."""
        toks = self.toks
        n = len(toks)
        nxt = toks[j] if j < n else None
        prev = toks[i - 1] if i > 0 else None
        if nxt is not None and j + 1 < n and nxt.low in ("or", "to", "-", "–") and _is_numeral(toks[j + 1]) \
                and not (nxt.low == "to" and prev is not None and prev.low in ("from", "by")
                         and self._rise_range(i - 1)):
            return True  # a range: "two or three drones", "20 to 25" (not "the toll rose from 6 to 9")
        if prev is not None and prev.low in ("or", "to", "-", "–") and i > 1 and _is_numeral(toks[i - 2]) \
                and not (i > 2 and toks[i - 3].low in _RISE_VERBS) \
                and not (prev.low == "to" and i > 3 and toks[i - 3].low in ("from", "by")
                         and self._rise_range(i - 3)):
            return True
        if prev is not None and prev.low == "between" and nxt is not None and nxt.low == "and" \
                and j + 1 < n and _is_numeral(toks[j + 1]):
            return True  # "between 10 and 15 drones" is a range, as "10 to 15 drones" is
        if prev is not None and prev.low == "and" and i > 2 and _is_numeral(toks[i - 2]) \
                and toks[i - 3].low == "between":
            return True
        if prev is not None and prev.low == "in" and i > 1 and toks[i - 2].low in ("1", "one"):
            return True  # a proportion: "1 in 5 homes", "one in three drones"
        if toks[i].low == "one" and nxt is not None and nxt.low in ("by", "after", "another", "day",
                                                                    "way", "time"):
            return True  # "one by one", "one after another"
        if nxt is not None:
            if (nxt.low in data.UNIT_WORDS and not self._rate(j)) or nxt.text in ("%", "$", "€", "£"):
                return True
            if (nxt.text == "-" and not self._dash_breakdown(j)) \
                    or (nxt.kind == "word" and nxt.text[:1] in "-/"):
                return True
            # "98 Profsoyuznaya Street"
            if nxt.kind == "word" and nxt.text[:1].isupper() and j + 1 < n \
                    and toks[j + 1].low in data.STREET_WORDS:
                return True
        if prev is not None and prev.low in ("and", ",", "or", "&") and self._label_before(i - 1) \
                and (nxt is None or self._head_at(j) is None):
            return True  # "trains Nos. 102 and 361 were delayed": the second label too
        if prev is not None:
            if prev.text in ("$", "€", "£", "₴", "₽", "#", "№") or prev.low in ("usd", "uah", "eur"):
                return True
            if prev.low in ("aged", "age"):
                return True
            if prev.low in ("and", ",", "or") and self._age_list_before(i - 1):
                return True  # "aged 45 and 60", "aged 8, 12 and 17"
            if prev.low in data.REFERENCE_NOUNS or prev.low.rstrip(".") in ("no", "nos") \
                    or (prev.text == "." and i > 1 and toks[i - 2].low in ("no", "nos")
                        and toks[i - 2].text[:1] == "N"):  # "unit No. 3"
                # "channel 112", "No. 5" but not "hospital 12 people"? — labels only when bare
                head_follows = j < n and self._head_at(j) is not None
                if not head_follows:
                    return True
            if prev.low == "," and i > 1 and toks[i - 2].low in _PHONE_NOUNS:
                return True
        if toks[i].kind == "num" and len(toks[i].text) == 4 and 1900 <= value <= 2100:
            if prev is None or prev.low in _YEAR_PREPOSITIONS or prev.kind == "punct":
                return True
            if j >= n or self._head_at(j) is None:
                return True
        return False

    def _rise_range(self, f: int) -> bool:
        """Whether ``from`` / ``by`` at ``f`` starts a rise's first figure: ``rose from 6 to 9``."""
        q = self._rise_word(f)
        return q >= 0 and (self.toks[q].low in _RISE_VERBS or self._raised_tally(f))

    def _rise_word(self, p: int) -> int:
        """The word before a rise's ``to`` / ``from`` at token ``p``.

        Looks past the other figure of the rise (``rose from 6 to``, ``rose to 9 from``) and
        an adverb (``revised down to``).
        """
        toks = self.toks
        q = p - 1
        if toks[p].low in ("to", "from") and q >= 1 and _is_numeral(toks[q]) \
                and toks[q - 1].low in ("to", "from", "by") and toks[q - 1].low != toks[p].low:
            q -= 2  # (and "climbed by 3 to 17")
        while q >= 0 and toks[q].low in _RISE_ADVERBS:
            q -= 1
        return q

    def _age_list_before(self, p: int) -> bool:
        """Whether a list of ages (``aged 8, 12``) ends before the conjunction at ``p``."""
        toks = self.toks
        for _ in range(8):
            q = p - 1
            if q < 1 or not _is_numeral(toks[q]):
                return False
            prev = toks[q - 1]
            if prev.low in ("aged", "age", "ages"):
                return True
            if prev.low not in ("and", ",", "or"):
                return False
            p = q - 1
        return False

    def _label_before(self, p: int) -> bool:
        """Whether a run of labels ends before ``p``: ``Nos. 102``, ``routes 5, 12``.

        Walks back over coordinated bare numbers (a bounded number of them) to the
        reference noun before the first.
        """
        toks = self.toks
        for _ in range(8):
            q = p - 1
            if q < 1 or toks[q].kind != "num" or self._head_at(q + 1) is not None:
                return False
            prev = toks[q - 1]
            if prev.low in data.REFERENCE_NOUNS or prev.low.rstrip(".") in ("no", "nos") \
                    or (prev.text == "." and q > 1 and toks[q - 2].low in ("no", "nos")
                        and toks[q - 2].text[:1] == "N"):
                return True
            if prev.low not in ("and", ",", "or", "&"):
                return False
            p = q - 1
        return False

    def _rate(self, k: int) -> bool:
        """Whether ``a day`` / ``per day`` at ``k`` makes the number before it a rate."""
        toks = self.toks
        n = len(toks)
        if k + 1 >= n or toks[k].low not in ("a", "per") or toks[k + 1].low not in _RATE_UNITS:
            return False
        after = toks[k + 2] if k + 2 < n else None
        return after is None or after.kind != "word" or after.low in _CONJUNCTIONS or (
            after.low in _PREPOSITIONS and after.low not in ("after", "before", "later", "earlier"))

    def _approx(self, i: int, j: int) -> str:
        toks = self.toks
        if i == 0:
            return "exact"
        # only the lengths of qualifiers ending with the word before (tokens hold no spaces)
        for size in self._approx_sizes.get(toks[i - 1].low, ()):
            if i - size < 0:
                continue
            words = toks[i - size:i]
            if self.sents[i - size] != self.sents[i]:  # (sentence indexes never go down)
                continue
            phrase = " ".join(w.low for w in words)
            approx = self.v.approx.get(phrase)
            if approx is None:
                continue
            if phrase in ("over", "above", "under") and self._locative_count(j):
                return "exact"
            return approx
        return "exact"

    def _locative_count(self, j: int) -> bool:
        """Whether the noun after the number is a place (``over 17 regions`` is where)."""
        head = self._head_at(j)
        if head is None and j < len(self.toks) and self.toks[j].low in _MORE_WORDS:
            head = self._head_at(j + 1)
        if head is None:
            k = j
            while k < len(self.toks) and k < j + 4 and self.toks[k].kind == "word":
                head = self._head_at(k)
                if head is not None:
                    break
                k += 1
        return head is not None and data.GROUPS.get(head.item) == "area"

    # -------------------------------------------------------------- noun phrases

    def _head_at(self, k: int) -> _Head | None:
        """The longest head noun or designation starting at token ``k``."""
        toks = self.toks
        if not 0 <= k < len(toks):
            return None  # "over 0" at the end of the text: nothing follows
        tok = toks[k]
        if not tok.flags & _HEAD_START:
            return None  # no head, pair or designation starts with this word (or not a word)
        low = tok.low
        sizes = self._head_sizes.get(low)
        if sizes is not None:
            # only phrase lengths some head starting with this word has, made of words
            # of the sentence of ``k``
            for size in sizes:
                if size == 1:
                    phrase = low
                else:
                    words = toks[k:k + size]
                    if len(words) < size or self.sents[k + size - 1] != self.sents[k] \
                            or any(w.kind != "word" for w in words):
                        continue
                    phrase = " ".join(w.low for w in words)
                entry = self.v.heads.get(phrase)
                if entry is not None:
                    item, _, role = entry.partition(":")
                    if item in ("cruise_missile", "ballistic_missile"):
                        return _Head(k, k + size, "missile", role or None, phrase, specific=item,
                                     explicit=True)
                    return _Head(k, k + size, item, role or None, phrase,
                                 hypernym=data.HYPERNYMS.get(phrase, ()))
        cls = self.v.designation(tok.text)
        if cls == "system":  # "three Patriot": launchers and guns are other things
            return _Head(k, k + 1, "other", None, low)
        if cls is not None:
            specific = cls if cls.endswith("_missile") or cls == "missile" else None
            item = "missile" if specific else cls
            return _Head(k, k + 1, item, None, low, specific=specific,
                         explicit=specific is not None)
        if low in self._pair_firsts and k + 1 < len(toks):
            pair = f"{low} {toks[k + 1].low}"
            cls = self.v.designations.get(pair)
            if cls is not None and cls != "system":
                specific = cls if cls.endswith("_missile") or cls == "missile" else None
                return _Head(k, k + 2, "missile" if specific else cls, None, pair,
                             specific=specific, explicit=specific is not None)
        return None

    def _head_ending_at(self, k: int) -> bool:
        """Whether a head noun (of a few words at most) ends at token ``k``."""
        for m in range(k, max(-1, k - 4), -1):
            head = self._head_at(m)
            if head is not None and head.end == k + 1:
                return True
        return False

    def _plain_head_at(self, k: int) -> bool:
        """Whether a head noun that says nothing of what happened starts at ``k``."""
        head = self._head_at(k)
        return head is not None and head.role is None

    def _is_designation_token(self, tok: _Tok) -> bool:
        return bool(tok.flags & _DESIGNATION_TOKEN)

    def _noun_phrase(self, count: _Count, k: int) -> None:
        """Find the head noun after the number; set the count's head, NP end and modifiers."""
        toks = self.toks
        n = len(toks)
        sent = self.sents[count.num_start]
        head: _Head | None = None
        classes: list[str] = []
        explicit = False
        premod: str | None = None
        start = k
        steps = 0
        while k < n and self.sents[k] == sent and steps < 9:
            tok = toks[k]
            found = self._head_at(k)
            if found is not None and found.key in data.PREMODIFIER_CUES:
                found = None  # "24 dead", "13 injured students": a participle, not the noun
            if found is not None:
                if head is not None and found.role == "hit" and data.GROUPS.get(head.item) == "weapon":
                    # "6 shell impacts", "15 drone impacts": hits of the weapon named before
                    head = _Head(found.start, found.end, head.item, "hit", found.key,
                                 specific=head.specific, explicit=head.explicit)
                    k = found.end
                    steps += 1
                    continue
                if head is not None and ((found.role is not None and found.role != "other")
                                         or found.key in data.PREMODIFIER_CUES):
                    break  # (places such as "sites" are heads: "two Shahed assembly sites")
                if head is not None and found.key in data.NON_COUNT_NOUNS:
                    if k + 1 < n and self._head_at(k + 1) is not None:
                        k += 1
                        continue
                    head = None
                    break
                if head is not None and found.item == "other" and head.item != "other" \
                        and found.key in ("targets", "target", "units", "unit"):
                    head = None
                    break
                if found.specific:
                    classes.append(found.specific)
                    explicit = True
                if head is not None and head.item == "aircraft" and found.key.startswith("interceptor"):
                    # "two MiG-31 interceptors": the aircraft, not interceptor missiles
                    found = _Head(found.start, found.end, "aircraft", None, found.key)
                head = found
                k = found.end
                steps += 1
                continue
            if head is not None and (head.key in self.v.designations or _has_digit(head.key)
                                     or self._abbreviation(head)
                                     or ("-" in head.key and self.v.designation(head.key))):
                # "3 Kh-59 guided missiles", "four Il-76 transport aircraft"
                ahead = self._head_after_modifiers(k, sent)
                if ahead is not None:
                    k = ahead
                    continue
                # "12 Iskander-M, S-300 and S-400 missiles": a list of designations
                if tok.low in (",", "/", "and", "or") and k + 1 < n \
                        and self._is_designation_token(toks[k + 1]):
                    k += 1
                    continue
            if head is not None and tok.kind == "word" and tok.text.islower() \
                    and self.v.designation(toks[head.start].text) is not None \
                    and not self._known_word(tok.low) and tok.low not in data.NON_COUNT_NOUNS:
                head = None  # "6 Patriot batteries": the name describes an unknown noun
                break
            if head is not None and tok.kind == "word" and tok.text.islower() \
                    and (not self._known_word(tok.low)
                         or (not head.key.endswith("s") and self._cue_noun(k))) \
                    and tok.low not in data.NON_COUNT_NOUNS and head.role is None:
                ahead = self._head_after_modifiers(k, sent)
                if ahead is not None:
                    k = ahead  # a compound: "two Shahed assembly sites" count sites
                    continue
            if head is not None:
                if tok.kind == "word" and tok.low in data.NON_COUNT_NOUNS:
                    if k + 1 < n and self.sents[k + 1] == sent and self._head_at(k + 1) is not None:
                        k += 1  # "Shahed attack drones": the real head comes next
                        continue
                    head = None
                break
            if tok.kind == "punct":
                quoted = self._quoted_head(k) if tok.text in _QUOTES else None
                if quoted is not None:
                    head = quoted  # 7 "Shaheds": a head in quotation marks (and its closing mark)
                    k = quoted.end
                    steps += 1
                    continue
                if tok.text in ",/" and k > start and self._is_designation_token(toks[k - 1]) \
                        and k + 1 < n and self._is_designation_token(toks[k + 1]):
                    k += 1
                    continue
                break
            if tok.kind == "num":
                break
            low = tok.low
            if low in ("and", "or") and k > start and self._is_designation_token(toks[k - 1]) \
                    and k + 1 < n and self._is_designation_token(toks[k + 1]):
                k += 1
                continue
            if low in ("and", "or", ",") and k > start and toks[k - 1].low in data.MODIFIER_CLASSES \
                    and k + 1 < n and toks[k + 1].low in data.MODIFIER_CLASSES:
                k += 1  # "14 ballistic and cruise missiles": coordinated classes
                continue
            if k + 1 < n and (low in data.PREMODIFIER_CUES or (
                    low.endswith("ed") and low in self.v.cues and self._plain_head_at(k + 1))):
                # "13 injured students", "all 7 affected settlements"
                premod = self.v.cues.get(low)
                k += 1
                steps += 1
                continue
            if (low in _AUX or low in _DETERMINERS or low in _PREPOSITIONS or low in _CONJUNCTIONS
                    or low in _PRONOUNS or low in _ADVERBS or low in _IRREGULAR_PAST or low == "each"
                    or _adverb_like(low)):
                break
            if low in self.v.cues and not self._cue_noun(k):
                break
            if self._is_designation_token(tok):
                cls = self.v.designation(tok.text)
                if cls and (cls.endswith("_missile") or cls == "missile"):
                    classes.append(cls)
                    explicit = True
            elif low in data.MODIFIER_CLASSES:
                classes.append(data.MODIFIER_CLASSES[low])
                explicit = True
            k += 1
            steps += 1
        if head is None:
            count.np_end = start
            if premod in ("kill", "injure") and toks[start].low in data.PREMODIFIER_CUES:
                count.premod_kind = premod  # "with 12 dead and more than 1,200 injured"
            return
        # a designation that is only a modifier ("Shahed drones") is not the head
        if head.item == "missile" or head.specific:
            stated = [c for c in classes if c != "missile"]
            if head.specific and head.specific != "missile":
                stated.append(head.specific)
            base = head.item if head.item != "missile" else "missile"
            if base == "missile":
                if head.key in ("cruise missile", "cruise missiles"):
                    stated.append("cruise_missile")
                if head.key in ("ballistic missile", "ballistic missiles"):
                    stated.append("ballistic_missile")
                kinds = set(stated)
                if len(kinds) == 1:
                    head.specific = kinds.pop()
                    head.explicit = True
                elif kinds:
                    head.specific = "missile"
                    head.explicit = True
                else:
                    head.explicit = head.explicit or explicit
                    head.specific = "missile" if head.explicit else None
        if head.key in ("round", "rounds") and head.end < n and toks[head.end].low == "of":
            count.np_end = start  # "two rounds of shelling": events, not shells
            return
        count.head = head
        count.np_end = head.end
        if head.end < n and toks[head.end].low == "each":
            count.distributive = True
        count.premod_kind = premod
        # "38 missiles of various types" states that the class is mixed
        if head.end + 2 < n and toks[head.end].low == "of" and toks[head.end + 1].low in (
                "various", "different", "several", "all", "mixed"):
            head.explicit = True
            head.specific = "missile" if head.item == "missile" else head.specific

    def _abbreviation(self, head: _Head) -> bool:
        """Whether a one-word head is an abbreviation (``KAB``, ``UAV``), which may modify a noun."""
        text = self.toks[head.start].text
        return head.end == head.start + 1 and len(text) > 1 and text.isupper()

    def _dash_breakdown(self, k: int) -> bool:
        """Whether a dash at ``k`` stands for a noun left out: ``nine - over the Kursk region``.

        A place label may follow the dash itself: ``41 – Bryansk region``, and on a line
        of its own (a bullet list) a bare name: ``• 7 – Crimea;``.
        """
        toks = self.toks
        n = len(toks)
        if not (k + 1 < n and toks[k].text in ("-", "–", "—") and self.sents[k + 1] == self.sents[k]):
            return False
        first = toks[k + 1]
        if first.low in ("over", "in"):
            if k + 2 >= n or self.sents[k + 2] != self.sents[k]:
                return False
            after = toks[k + 2]
            return after.low == "the" or (after.kind == "word" and after.text[:1].isupper())
        m = k + 2 if first.low == "the" else k + 1
        if m >= n or toks[m].kind != "word" or not toks[m].text[:1].isupper() \
                or self.sents[m] != self.sents[k]:
            return False
        # the name, then its type word: "Bryansk region", "the Kursk Oblast", "Krasnodar Krai"
        end = m + 1
        while end < n and end < m + 3 and toks[end].kind == "word" and toks[end].text[:1].isupper() \
                and toks[end].low not in _PLACE_TYPES and self.sents[end] == self.sents[k]:
            end += 1
        if end < n and self.sents[end] == self.sents[k] and toks[end].low in _PLACE_TYPES:
            return True
        # a bare name closing a bullet line: "• 7 – Crimea;"
        closes = end >= n or self.sents[end] != self.sents[k] or toks[end].text in (";", ",", ".")
        return closes and self._line_start(k - 1)

    def _line_start(self, k: int) -> bool:
        """Whether the number ending at ``k`` opens its line, after a bullet at most."""
        toks = self.toks
        i = k
        while i > 0 and toks[i - 1].kind == "num" and self.sents[i - 1] == self.sents[k] and i > k - 3:
            i -= 1
        if i == 0 or self.sents[i - 1] != self.sents[i]:
            return True
        return toks[i - 1].text in _BULLETS and (i == 1 or self.sents[i - 2] != self.sents[i - 1])

    def _cue_noun(self, k: int) -> bool:
        """Whether the cue word at ``k`` is a noun before a head: ``12 launch rocket systems``.

        Only a bare form (``launch``, ``strike``, not ``launched``) right before a head;
        after a plural head it would be a verb (``drones strike homes``).
        """
        low = self.toks[k].low
        return (low.isalpha() and not low.endswith(("ed", "ing")) and low not in _IRREGULAR_PAST
                and k + 1 < len(self.toks) and self.sents[k + 1] == self.sents[k]
                and self._head_at(k + 1) is not None)

    def _quoted_head(self, k: int) -> _Head | None:
        """A head noun alone in the quotation marks that open at ``k``, closing mark included."""
        toks = self.toks
        head = self._head_at(k + 1)
        if head is None or head.end >= len(toks) or toks[head.end].text not in _QUOTES \
                or self.sents[head.end] != self.sents[k]:
            return None
        head.end += 1
        return head

    def _known_word(self, low: str) -> bool:
        """Function words, adverbs and cues: words that end a noun phrase."""
        return (low in _AUX or low in _DETERMINERS or low in _PREPOSITIONS or low in _CONJUNCTIONS
                or low in _PRONOUNS or low in _ADVERBS or low in self.v.cues
                or low in _IRREGULAR_PAST or low == "each" or _adverb_like(low)
                or low.endswith("ed"))

    def _head_after_modifiers(self, k: int, sent: int) -> int | None:
        """Index of a head noun reached from ``k`` through up to three modifier words."""
        toks = self.toks
        for m in range(k, min(k + 3, len(toks))):
            tok = toks[m]
            if self.sents[m] != sent or tok.kind != "word":
                return None
            low = tok.low
            if m == k and low in ("and", "or"):
                continue  # "89 Shahed and decoy drones"
            if m > k and self._head_at(m) is not None:
                return m
            if (low in _AUX or low in _DETERMINERS or low in _PREPOSITIONS or low in _CONJUNCTIONS
                    or low in _PRONOUNS or low in _ADVERBS
                    or (low in self.v.cues and not self._cue_noun(m))
                    or low in _IRREGULAR_PAST or _adverb_like(low)
                    or _word_value(low) is not None):
                return None  # (a number word starts a count of its own: "3 Su-34 and two Ka-52")
        return None

    # -------------------------------------------------------------- numbers without a noun

    def _elliptical_ok(self, count: _Count, k: int) -> bool:
        """Whether a number without a noun counts something named nearby."""
        toks = self.toks
        n = len(toks)
        i = count.num_start
        sent = self.sents[i]
        nxt = toks[k] if k < n and self.sents[k] == sent else None
        # a figure compared with another: "about 2,700 Shaheds, compared with roughly 1,300 a
        # year earlier", "up from 900": the same kind of count as the one before
        start = self._count_start(count)
        before = " ".join(t.low for t in toks[max(0, start - 2):start])
        # a figure corrected: "3 dead and 12 injured, not 2 and 10 as reported earlier"
        corrected = before == ", not"
        count.compared = before in _COMPARISONS or corrected
        if count.compared:
            count.compared_at = start - 2
        elif start >= 2 and toks[start - 1].low in (",", "and") and self.counts \
                and self.counts[-1].num_end == start - 1 and self.counts[-1].compared_at >= 0 \
                and self.counts[-1].head is None:
            count.compared = True  # the next of a run of corrected figures: "not 2 and 10"
            count.compared_at = self.counts[-1].compared_at
        if (count.compared or before.split(" ")[-1] in ("versus", "vs")) and (
                nxt is None or nxt.kind != "word" or nxt.low in _DETERMINERS or nxt.low in _PREPOSITIONS
                or nxt.low in _CONJUNCTIONS
                or (count.compared and (nxt.low in ("first", "initially", "reported", "announced")
                                        or nxt.low in _ADVERBS
                                        or _adverb_like(nxt.low)))):  # "the nine first reported"
            count.breakdown = True
            count.compared = True
            return True
        # a figure set off by dashes right after the noun it counts: "most of the drones — 21 —
        # were downed" (the predicate after the closing dash is its own)
        if start > 1 and nxt is not None and toks[start - 1].text in ("—", "–") \
                and nxt.text == toks[start - 1].text and toks[start - 2].kind == "word" \
                and self.sents[start - 2] == sent and self._head_ending_at(start - 2):
            count.dashed = True
            return True
        # a rate repeating the count before: "6,297 drones, roughly 200 a day"
        if nxt is not None and self._rate(k):
            count.breakdown = True
            return True
        # followers that can only come after a count: punctuation, function words, verbs
        if nxt is not None and nxt.kind == "word":
            low = nxt.low
            known = (low in _AUX or low in _COPULAS or low in _PREPOSITIONS or low in _CONJUNCTIONS
                     or low in _ADVERBS
                     or self._cue_starting_at(k) is not None
                     or low in self.v.cues or low in _IRREGULAR_PAST or low == "each"
                     or _adverb_like(low)
                     or low.endswith("ed") or low in _PRONOUNS)
            if not known:
                return False
        if nxt is not None and nxt.kind == "num":
            return False
        if nxt is not None and nxt.low == "each":
            count.each = True
            count.each_end = k + 1
            count.breakdown = True
            return True
        # partitive: "59 of them", "seven of the missiles", "72 of 99 missiles", "5 out of 7"
        if nxt is not None and nxt.low == "out" and k + 2 < n and toks[k + 1].low == "of":
            k += 1
            nxt = toks[k]
        if nxt is not None and nxt.low == "of" and k + 1 < n:
            if toks[i].low == "one" and i > 0 and toks[i - 1].low in _PREPOSITIONS:
                return False  # where, not how many: "in one of the districts"
            after = toks[k + 1]
            if after.low in _PARTITIVE_PRONOUNS:
                count.partitive = "pronoun"
                count.partitive_end = k + 2
                return True
            m = k + 1
            while m < n and m < k + 4 and (toks[m].low in _DETERMINERS
                                           or toks[m].low.endswith("'s")
                                           or toks[m].low.endswith("’s")):
                if _SUPERLATIVE.search(toks[m].low):
                    return False
                m += 1
            if m < n and (toks[m].low in ("most", "least") or (_SUPERLATIVE.search(toks[m].low)
                          and self._head_at(m) is None)):
                return False
            if (m < n and toks[m].kind == "num") or (m < n and _word_value(toks[m].low) is not None):
                count.partitive = "count"
                count.partitive_end = m
                return True
            probe = _Count(value=0, num_start=m - 1, num_end=m)
            self._noun_phrase(probe, m)
            if probe.head is not None:
                count.partitive = "np"
                count.partitive_head = probe.head
                count.partitive_end = probe.head.end
                return True
            if m < n and toks[m].low in data.PARTITIVE_ROLES:
                count.partitive = "np"
                count.partitive_head = _Head(m, m + 1, "person", data.PARTITIVE_ROLES[toks[m].low],
                                             toks[m].low)
                count.partitive_end = m + 1
                return True
            return False
        if count.both:
            return nxt is not None and (nxt.low in _AUX or nxt.low in self.v.cues
                                        or nxt.low in _IRREGULAR_PAST)
        # breakdown: "six over the Kaluga region", "22 in Kyiv"
        if nxt is not None and nxt.low in ("over", "in", "near", "above", "across", "off") \
                and k + 1 < n and self.sents[k + 1] == sent:
            cue = self._cue_starting_at(k)
            if cue is not None and cue[0] in _PERSON_KINDS:
                return True  # "3 in serious condition", "12 in hospital"
            after = toks[k + 1]
            if after.low == "the" or (after.kind == "word" and after.text[:1].isupper()) \
                    or after.low in ("his", "her", "their", "its", "other", "several", "various",
                                     "neighbouring", "neighboring", "adjacent", "nearby") \
                    or (after.low in _COMPASS and k + 2 < n and self.sents[k + 2] == sent
                        and toks[k + 2].text[:1].isupper()):
                count.breakdown = True  # (and "a total of 89 over western Russia")
                return True
            return False
        # a breakdown by day: "34 on Friday night, 41 on Saturday"
        if nxt is not None and nxt.low == "on" and k + 1 < n and self.sents[k + 1] == sent \
                and toks[k + 1].low in _WEEKDAYS:
            count.breakdown = True
            return True
        # a tally since a time, after the night's count: "downed 24 drones overnight and 510
        # since the start of the month"
        if nxt is not None and nxt.low in ("since", "during") and start > 0 \
                and toks[start - 1].low in ("and", ",") and k + 1 < n and self.sents[k + 1] == sent:
            count.breakdown = True
            return True
        # a participle describing an event noun: "five combined strikes", "two coordinated attacks"
        if nxt is not None and nxt.low.endswith("ed") and k + 1 < n \
                and toks[k + 1].low in data.NON_COUNT_NOUNS:
            return False
        if nxt is not None and nxt.low in _BE and self._event_predicate(k + 1):
            return False  # "Of those, 405 were FPV drone attacks": attacks, not things
        # predicate: "Five were shot down", "24 Killed", "eleven crashed"
        if nxt is not None and (nxt.low in _AUX or nxt.low in _COPULAS
                                or self._cue_starting_at(k) is not None
                                or nxt.low in _IRREGULAR_PAST
                                or (nxt.low.endswith("ed") and nxt.low not in _PREPOSITIONS)):
            return nxt.low not in data.PRE_ONLY_CUES
        if nxt is not None and nxt.low in ("still", "also", "reportedly", "later", "then") \
                and k + 1 < n:
            return self._elliptical_ok(count, k + 1)
        # object of a role verb: "kills 51", "killed at least two", "risen to 24", "count of 42"
        if self._pre_kind(count) is not None or self._rise_kind(count) is not None:
            return True
        if self._revised_figure(count):
            return True  # "He later raised the figure to 17": the count before, revised
        if self._count_before_of(count) is not None:
            return True  # the whole: "downed 20 drones out of 25"
        if self._population(count):
            return True
        if self._noun_label(count, k):
            return True  # "cruise missiles – 7; attack UAVs – 48"
        if self._labelled(count, k):
            count.breakdown = True  # "Bryansk region (18), Kursk region: 6"
            return True
        start = self._count_start(count)
        if start > 0 and toks[start - 1].low in ("including", "includes", "include"):
            return True  # "580 shells, including 41 from multiple rocket launchers"
        return i > 0 and toks[i - 1].low == "of" and i > 1 and toks[i - 2].low in _COUNT_NOUNS

    def _event_predicate(self, k: int) -> bool:
        """Whether the noun phrase at ``k`` (after ``were``) ends in an event noun.

        ``405 were FPV drone attacks``, ``204 were artillery strikes``: a number
        without a noun whose predicate names events counts the events.
        """
        toks = self.toks
        n = len(toks)
        sent = self.sents[k - 1]
        m = k
        while m < n and m < k + 5 and self.sents[m] == sent and toks[m].kind == "word":
            low = toks[m].low
            if low in data.NON_COUNT_NOUNS and m + 1 < n and toks[m + 1].low in data.NON_COUNT_NOUNS:
                m += 1  # "shelling episodes"
                continue
            if low in data.NON_COUNT_NOUNS:
                return m + 1 >= n or toks[m + 1].kind != "word" or toks[m + 1].low in _PREPOSITIONS \
                    or toks[m + 1].low in _CONJUNCTIONS
            if low in _AUX or low in _PREPOSITIONS or low in _CONJUNCTIONS or low in self.v.cues:
                return False
            m += 1
        return False

    def _labelled(self, count: _Count, k: int) -> bool:
        """A figure after a place label in a list: ``Bryansk region (18)``, ``Kursk: 6``."""
        toks = self.toks
        i = count.num_start
        if i >= 2 and k < len(toks) and self.sents[k] == self.sents[i] \
                and toks[k].text in (",", ";", "."):
            # "in Odesa region 19, in Kharkiv region 12", "in the Mediterranean 7,"
            m = i - 1
            if toks[m].low in data.PLACE_WORDS:
                m -= 1
            if m >= 1 and m < i and toks[m].kind == "word" and toks[m].text[:1].isupper():
                before = toks[m - 1].low
                if before == "the" and m >= 2:
                    before = toks[m - 2].low
                if before in ("in", "over", "for"):
                    return True
        if i < 2 or toks[i - 1].text not in ("(", ":", "–", "—", "-"):
            return False
        label = toks[i - 2]
        if label.kind == "word" and toks[i - 1].text in (":", "–", "—") \
                and label.low in self._cue_sizes[1] and self._cue_ending_at(i - 2, pre=True) is not None \
                and (k >= len(toks) or self.sents[k] != self.sents[i]
                     or toks[k].text in (";", ".", ",", "(")):
            # a header's figure: "Shot down: 41 UAVs; locationally lost: 12", "wounded – 17"
            return True
        if label.kind != "word" or not (label.text[:1].isupper() or label.low in data.PLACE_WORDS):
            return False
        if k >= len(toks) or self.sents[k] != self.sents[i]:
            return True
        # ("(Bryansk region - 23, Kursk region - 17)": the list's last item ends at the bracket)
        return toks[k].text in (")", ",", ";", ".") or toks[k].low == "and"

    def _noun_label(self, count: _Count, k: int) -> bool:
        """A figure after the noun it counts and a dash or colon, in a list: ``UAVs – 48;``.

        Sets the count's label (its noun and where it begins); places are left to
        :meth:`_labelled` (``Kursk region – 23``).
        """
        toks = self.toks
        i = self._count_start(count)  # (past a qualifier: "personnel - about 1,040")
        if i < 2 or toks[i - 1].text not in ("–", "—", "-", ":"):
            return False
        if k < len(toks) and self.sents[k] == self.sents[i] and toks[k].text not in (";", ".", ",", "(") \
                and toks[k].low != "and":
            return False
        head: _Head | None = None
        of_head: _Head | None = None  # "UAVs of operational-tactical level - 86,012"
        for m in range(i - 2, max(-1, i - 8), -1):
            if self.sents[m] != self.sents[i] or toks[m].kind != "word":
                break
            found = self._head_at(m)
            if found is not None and found.end == i - 1:
                head = found
            elif found is not None and of_head is None and found.end < i - 2 \
                    and toks[found.end].low == "of":
                of_head = found
        head = head or of_head
        if head is None or data.GROUPS.get(head.item) == "area" or head.role is not None \
                or self._cue_ending_at(i - 2, pre=True) is not None:
            return False  # (a header cue: "Hit their targets: 2")
        m = head.start
        while m > 0 and m > head.start - 4 and self.sents[m - 1] == self.sents[i] \
                and toks[m - 1].kind != "punct" and toks[m - 1].low not in ("and", "or") \
                and toks[m - 1].text not in _BULLETS:
            m -= 1  # the label's modifiers: "Kh-101/Kh-555 cruise missiles"
        count.label_head = head
        count.label_start = m
        return True

    def _population(self, count: _Count) -> bool:
        """``a population of about 1.1 million``: people, though no noun follows."""
        toks = self.toks
        p = self._count_start(count)
        return p > 1 and toks[p - 1].low == "of" and toks[p - 2].low in ("population", "populations")

    # -------------------------------------------------------------- bare item mentions

    def _scan_bare_heads(self) -> None:
        covered: set[int] = set()
        for count in self.counts:
            covered.update(range(count.num_start, max(count.np_end, count.num_end)))
            if count.partitive_head is not None:
                covered.update(range(count.partitive_head.start, count.partitive_head.end))
        n = len(self.toks)
        after = 0  # the token after the last bare head
        for k in self._head_candidates:
            if k < after or k in covered:
                continue
            head = self._head_at(k)
            if head is None or head.key in data.NON_COUNT_NOUNS:
                # (a word that is a head only after a number: "the final round")
                continue
            # a name before its noun is a modifier: "Iskander ballistic missiles"
            while head.end < n and head.end not in covered \
                    and self.sents[head.end] == self.sents[k]:
                nxt = self._head_at(head.end)
                if nxt is None:
                    break
                if head.specific and nxt.item == "missile":
                    nxt.specific = nxt.specific if nxt.specific not in (None, "missile") \
                        else head.specific
                    nxt.explicit = True
                head = nxt
            # modifiers before a bare head: "Iskander ballistic missiles", "Kalibr missiles"
            classes: list[str] = []
            m = k - 1
            while m >= 0 and m > k - 4 and self.toks[m].kind == "word" and m not in covered:
                low = self.toks[m].low
                if low in data.MODIFIER_CLASSES:
                    classes.append(data.MODIFIER_CLASSES[low])
                elif self._is_designation_token(self.toks[m]):
                    cls = self.v.designation(self.toks[m].text)
                    if cls and "missile" in cls:
                        classes.append(cls)
                elif low in _DETERMINERS or low in _PREPOSITIONS or low in self.v.cues:
                    break
                m -= 1
            if head.item == "missile":
                if head.key.startswith("cruise"):
                    classes.append("cruise_missile")
                elif head.key.startswith("ballistic"):
                    classes.append("ballistic_missile")
                if head.specific:
                    classes.append(head.specific)
                specific = {c for c in classes if c != "missile"}
                if len(specific) == 1:
                    head.specific = specific.pop()
                    head.explicit = True
                elif classes:
                    head.specific = "missile"
                    head.explicit = True
            self.heads.append(head)
            after = head.end

    def _refine_missiles(self) -> None:
        """Give generic ``missiles`` the one class their paragraph and the next state."""
        evidence: dict[int, set[str]] = {}
        # how many missiles of each class the paragraph counts (None: named without a number)
        counted: dict[tuple[int, str], int | None] = {}
        values = {id(c.head): c for c in self.counts if c.head is not None}
        parts = self._listed_parts()
        for head in self._all_heads():
            if head.item == "missile" and head.explicit and head.specific:
                count = values.get(id(head))
                if count is not None and id(count) in parts and head.specific != "missile":
                    # "40 missiles, including 4 Kinzhals": a part says nothing of the rest (but
                    # "including 70 missiles of various types" says the missiles are mixed)
                    continue
                para = self.paras[head.start]
                evidence.setdefault(para, set()).add(head.specific)
                key = (para, head.specific)
                if count is None or counted.get(key, 0) is None:
                    counted[key] = None
                else:
                    counted[key] = (counted.get(key) or 0) + count.value
        for head in self._all_heads():
            if head.item != "missile" or head.explicit:
                continue
            para = self.paras[head.start]
            classes: set[str] = set()
            for p in (para - 1, para, para + 1):
                classes |= evidence.get(p, set())
            if len(classes) != 1:
                continue
            specific = classes.pop()
            count = values.get(id(head))
            totals = [counted.get((p, specific), 0) for p in (para - 1, para, para + 1)]
            if count is not None and None not in totals and count.value > sum(t or 0 for t in totals):
                continue  # "93 missiles ... 12 cruise missiles": more than the class accounts for
            head.specific = specific

    def _listed_parts(self) -> set[int]:
        """The ids of the counts named inside another, list members included.

        ``52 missiles, including 2 Kinzhal aeroballistic missiles and 30 Kh-101 cruise missiles``:
        the 30 follows ``and``, but is a part like the 2 after ``including``.
        """
        parts: set[int] = set()
        last: _Count | None = None
        for count in sorted(self.counts, key=lambda c: c.num_start):
            start = self._count_start(count)
            listed = last is not None and id(last) in parts and last.np_end <= start <= last.np_end + 2 \
                and all(t.low in (",", "and") for t in self.toks[last.np_end:start])
            if listed or self._part_of_total(count):
                parts.add(id(count))
            last = count
        return parts

    def _part_of_total(self, count: _Count) -> bool:
        """Whether a count is a part named inside another (``including 4 Kinzhals``, ``11 of the 12``)."""
        toks = self.toks
        start = self._count_start(count)
        before = [t.low for t in toks[max(0, start - 2):start]]
        if before and before[-1] in ("including", "includes", "include", "among"):
            return True
        return before[-2:] == ["of", "the"] or (bool(before) and before[-1] == "of"
                                                 and start > 1 and toks[start - 2].kind == "num")

    def _all_heads(self) -> Iterator[_Head]:
        for count in self.counts:
            if count.head is not None:
                yield count.head
            if count.partitive_head is not None:
                yield count.partitive_head
        yield from self.heads

    # -------------------------------------------------------------- roles

    def _resolve(self, count: _Count, accepted: list[_Count]) -> bool:
        """Work out item, group and role; False when the count turns out to count nothing."""
        head = count.head
        if head is not None:
            count.item = _item_of(head)
        if count.partitive == "np" and count.partitive_head is not None:
            count.item = _item_of(count.partitive_head)
        weapon_like = head is not None and "weapon" in head.hypernym
        if count.partitive == "count":
            total = self.starts.get(count.partitive_end)
            if total is not None and total.head is not None:
                count.item = _item_of(total.head)
                total.total_of = True
                weapon_like = weapon_like or "weapon" in total.head.hypernym
        kind = self._role_kind(count)
        if count.item == "aircraft" and kind in _PERSON_KINDS and kind != "person_other":
            # "five of the group's fighters had been killed": fighters who die are people
            named = head if head is not None else count.partitive_head
            if named is not None and named.key in ("fighter", "fighters"):
                count.item = "person"
        if head is None and count.partitive is None:
            count.aside = self._aside_before(count)
        if count.item is None and count.label_head is not None:
            count.item = _item_of(count.label_head)  # "attack UAVs – 48"
        if count.partitive is None:
            whole = self._count_before_of(count)
            if whole is not None and whole.head is not None:
                # "7 districts out of 10", "5 people out of 30 passengers": all of them
                count.item = count.item or whole.item or _item_of(whole.head)
                count.total_of = True
        # numbers without a noun take their item from what they refer to
        if count.item is None:
            if kind in _PERSON_KINDS or self._population(count):
                count.item = "person"
            elif (tallied := self._tallied_head(count, accepted)) is not None:
                count.item = tallied  # "the number of drones ... at 31"
            else:
                if count.partitive is None and self._follows_uncounted(count):
                    return False
                parallel = self._parallel(count, accepted)
                antecedent = parallel.item if parallel is not None \
                    else self._antecedent(count, kind, accepted)
                if antecedent is None:
                    return False
                count.item = antecedent
        if head is not None and head.hypernym and not (head.item == "aircraft" and kind == "damage") \
                and not self._hit_object(count):
            # (targets a strike hit are what it hit, not its weapons: "hit about 100 targets")
            # (aircraft that were damaged stood on an airfield: they are aircraft)
            count.item = self._hypernym_item(count, head, accepted)
        if count.item == "missile" and not self._stated(count):
            # "five missiles" repeating "five ATACMS missiles" are those missiles
            same = self._same_count(count, accepted)
            if same is not None and same.item and same.item.endswith("_missile"):
                count.item = same.item
        count.group = "weapon" if weapon_like else data.GROUPS.get(count.item, "structure")
        if count.group == "area":
            count.role = "other"
            return True
        role = self._role(count, accepted)
        count.role = role
        return True

    def _parallel(self, count: _Count, accepted: list[_Count]) -> _Count | None:
        """The count a member of a run of corrected figures stands for, by position.

        In ``3 dead and 12 injured, not 2 and 10`` the 2 corrects the 3 and the 10 the 12;
        a run of one (``not 38``) is left to the count before.
        """
        at = count.compared_at
        if at < 0:
            return None
        x = bisect.bisect_left(self._count_starts, count.num_start)
        lo = x
        while lo > 0 and lo > x - 8 and self.counts[lo - 1].compared_at == at:
            lo -= 1
        hi = x + 1
        while hi < len(self.counts) and hi < x + 8 and self.counts[hi].compared_at == at:
            hi += 1
        size = hi - lo
        if size < 2:
            return None
        sent = self.sents[at]
        before: list[_Count] = []
        for other in reversed(accepted):
            if other.num_start >= at:
                continue
            if self.sents[other.num_start] != sent or len(before) == size:
                break
            if not other.compared and other.group != "area":
                before.append(other)
        if len(before) < size:
            return None
        return before[size - 1 - (x - lo)]

    def _tallied_head(self, count: _Count, accepted: list[_Count]) -> str | None:
        """What a tally brought to a figure counts, named in its own sentence without a number.

        ``destroyed a third of Iran's missile launchers, putting the number at about 120``.
        """
        p = self._count_start(count) - 1
        if p < 1 or self.toks[p].low not in ("to", "at") or not (
                self._raised_tally(p) or self._revised_figure(count)):
            return None
        toks = self.toks
        sent = self.sents[count.num_start]
        q = p - 1
        while q > 0 and q > p - 12 and self.sents[q] == sent:
            if toks[q].low in _COUNT_NOUNS or toks[q].low == "number":
                if q + 2 < p and toks[q + 1].low == "of":
                    named = self._head_at(q + 2)  # "the number of drones destroyed over ..."
                    if named is not None and not named.hypernym:
                        return _item_of(named)
                break
            q -= 1
        best: tuple[int, str] | None = None
        for other in reversed(accepted):
            if self.sents[other.num_start] != sent:
                break
            if other.item is not None and other.num_start < p and data.GROUPS.get(other.item) != "area":
                best = (other.num_start, other.item)  # "lost 1,130 soldiers, bringing its total ... to"
                break
        h = bisect.bisect_left(self._head_starts, count.num_start) - 1
        while h >= 0:
            head = self.heads[h]
            if self.sents[head.start] != sent or (best is not None and head.start < best[0]):
                break
            if not head.hypernym and head.start < p and data.GROUPS.get(head.item) != "area":
                return _item_of(head)
            h -= 1
        return best[1] if best else None

    def _aside_before(self, count: _Count) -> tuple[int, int] | None:
        """The relative clause a number without a noun follows: ``, where ... ,`` before ``and one``.

        ``One person was killed in Lviv, where three buildings were damaged, and one in
        Zakarpattia``: the one continues the person killed, not the buildings.
        """
        toks = self.toks
        p = self._count_start(count) - 1
        if p < 3 or toks[p].low != "and" or toks[p - 1].low != ",":
            return None
        sent = self.sents[count.num_start]
        q = p - 2
        while q > 0 and q > p - _WINDOW and self.sents[q] == sent:
            tok = toks[q]
            if tok.text in _CLAUSE_STOPS:
                return None
            if tok.low in ("where", "which", "who", "whom") and toks[q - 1].low == ",":
                return (q, p)
            q -= 1
        return None

    def _follows_uncounted(self, count: _Count) -> bool:
        """``Eight flights were diverted, and 74 were delayed``: the 74 are more of the flights.

        A number without a noun, coordinated right after a number whose noun is no count
        (an event, or a noun the vocabulary does not know), refers to that noun, not to
        a count further back.
        """
        toks = self.toks
        p = self._count_start(count) - 1
        if p < 1 or toks[p].low not in ("and", ",", ";", "while", "but", "whereas"):
            return False  # (";": "Three flights were diverted; 12 more were delayed")
        sent = self.sents[count.num_start]
        q = p - 1
        while q >= 0 and q > p - _WINDOW and self.sents[q] == sent:
            tok = toks[q]
            if tok.kind == "num" or _word_value(tok.low) is not None:
                break
            q -= 1
        else:
            return False
        if q < 0 or self.sents[q] != sent or q + 1 >= len(toks):
            return False
        c = bisect.bisect_right(self._count_starts, q) - 1
        if c >= 0 and self.counts[c].num_start <= q < max(self.counts[c].num_end, self.counts[c].np_end):
            return False  # the number before is a count itself
        noun = toks[q + 1]
        low = noun.low
        if noun.kind != "word" or not noun.text.islower() or low in data.UNIT_WORDS \
                or self._head_at(q + 1) is not None:
            return False
        return low in data.NON_COUNT_NOUNS or (low.endswith("s") and not self._known_word(low))

    def _stated(self, count: _Count) -> bool:
        heads = [h for h in (count.head, count.partitive_head) if h is not None]
        return any(h.explicit or h.specific for h in heads)

    def _role_kind(self, count: _Count) -> str | None:
        """The cue kind from the count's own context (before deciding its item)."""
        head = count.head
        if head is not None and head.role is not None:
            return None
        if count.premod_kind is not None:
            return count.premod_kind
        kind = self._pre_kind(count)
        if kind is not None:
            return kind
        kind = self._rise_kind(count)
        if kind is not None:
            return kind
        return self._post_kind(count, None) or self._pre_kind(count, header=True)

    def _role(self, count: _Count, accepted: list[_Count]) -> str:
        group = count.group or "structure"
        head = count.head
        if group == "person":
            s = self._count_start(count)
            if s >= 2 and self.toks[s - 1].low == "among" and self._end(s - 2) in self.zero_ends:
                return "other"  # "no casualties among the 47 crew members": everyone on board
        if head is not None and head.role is not None:
            if head.role == "casualty":
                # "the bodies of two more victims": a cue that says which wins
                said = self._pre_kind(count, "person")
                if said in ("kill", "injure"):
                    return data.ROLE_BY_KIND[(said, "person")]
            return head.role
        if count.partitive_head is not None and count.partitive_head.role is not None \
                and group == "person":
            return count.partitive_head.role
        if group == "person" and count.head is None and self._population(count):
            return "other"
        if count.compared and count.head is None:
            # "has increased to 11, up from eight reported earlier": the figure it is compared
            # with, unless the figure says its own role ("up from 5 killed")
            own = self._post_kind(count, group)
            if own is None or data.ROLE_BY_KIND.get((own, group), "other") == "other":
                same = self._parallel(count, accepted) \
                    or self._antecedent_count(count, accepted, same_item=True)
                if same is not None and same.role is not None:
                    return same.role
        if (count.total_of and group in ("weapon", "platform")) \
                or (group == "weapon" and self._share_of(count)):
            # (and the whole a share is taken of: "Most of the 40 drones were shot down")
            return "launched" if group == "weapon" else "other"
        if count.total_of and group == "person" and count.premod_kind is None:
            # "3 of its 25 crew members were wounded": the 25 are everyone, not the wounded
            k = self._extent(count)
            kind = self._cue_ending_at(k, pre=False) if k < len(self.toks) \
                and self.toks[k].low.endswith("ed") else None  # "of the 25 people killed"
            return data.ROLE_BY_KIND.get((kind, group), "other") if kind else "other"
        pre = self._pre_kind(count, group)
        if pre is not None and self._own_predicate(count):
            # "shot down 88 of the UAVs, and another 128 decoy drones were locationally lost":
            # the count's own verb wins over one it would share with the count before it
            own = self._post_kind(count, group)
            if own is not None and (own, group) in data.ROLE_BY_KIND \
                    and not (pre in ("kill", "injure") and own == "person_other") \
                    and not (pre in ("intercept", "destroy", "hit") and own == "other"):
                # (a fate beats what was done with the people or weapons after: "the bodies
                # of six people were pulled from the rubble" were killed, "fragments of 4 drones
                # were found" were shot down)
                pre = own
        if pre == "hit" and count.item == "vessel" and not self._agent_cue(count):
            return "damaged"  # "hit 3 Russian ships": the ships were the target
        if pre == "launch" and count.item == "vessel" and self._attacked_object(count) \
                and self._crewed(count):
            return "other"  # "attacked more than 100 merchant ships": the target, not the weapon
        for kind in (count.premod_kind, pre):
            if kind is not None and (kind, group) in data.ROLE_BY_KIND:
                return data.ROLE_BY_KIND[(kind, group)]
        parent = self._including_parent(count, accepted)
        if parent is not None and parent.role is not None:
            return parent.role  # "11 over the Moscow region, including 8 flying towards Moscow"
        kind = self._rise_kind(count)
        if kind is not None and (kind, group) in data.ROLE_BY_KIND:
            return data.ROLE_BY_KIND[(kind, group)]
        kind = self._post_kind(count, group) or self._pre_kind(count, group, header=True)
        if kind is not None:
            return data.ROLE_BY_KIND[(kind, group)]
        fronted = self._fronted_total(count)
        if fronted is not None and fronted.role is not None \
                and data.GROUPS.get(fronted.item or "") == group:
            return fronted.role
        kind = self._clause_kind(count, group)
        if kind is not None:
            return data.ROLE_BY_KIND[(kind, group)]
        carried = self._carried_role(count, accepted)
        if carried is not None:
            return carried
        same = self._same_count(count, accepted)
        if same is not None and same.role is not None:
            return same.role
        if group == "weapon" and count.item == "vessel" and self._crewed(count):
            return "other"  # "Russia kept 9 warships in the Black Sea": ships are not fired
        return "launched" if group == "weapon" else "other"

    def _crewed(self, count: _Count) -> bool:
        """Whether a vessel count names ships rather than sea drones (``9 warships``)."""
        head = count.head or count.partitive_head
        if head is None:
            return count.item == "vessel" and self._antecedent_is_ship(count)
        return not any(w in head.key for w in ("drone", "boat", "uncrewed", "unmanned", "uav"))

    def _antecedent_is_ship(self, count: _Count) -> bool:
        """``... 2 Russian ships, and in the Mediterranean 7``: the 7 repeat ships."""
        for other in reversed(self.counts):
            if other.num_start < count.num_start and other.item == "vessel" and other.head is not None:
                return not any(w in other.head.key for w in ("drone", "boat", "uncrewed", "unmanned"))
        return False

    def _including_parent(self, count: _Count, accepted: list[_Count]) -> _Count | None:
        """The count an ``including N`` described only by a participle is part of."""
        toks = self.toks
        p = self._count_start(count) - 1
        # (with or without a comma before: "12 over the Moscow region including five flying ...")
        if p < 1 or toks[p].low != "including" or (toks[p - 1].low != "," and toks[p - 1].kind != "word"):
            return None
        k = self._extent(count)
        if k >= len(toks) or toks[k].kind != "word" or not toks[k].low.endswith(("ing", "ed")) \
                or toks[k].low in _AUX:
            return None
        sent = self.sents[count.num_start]
        for other in reversed(accepted):
            if self.sents[other.num_start] != sent:
                return None
            if other.num_start < count.num_start and other.group == count.group:
                return other
        return None

    def _fronted_total(self, count: _Count) -> _Count | None:
        """The count in a fronted ``Of the 119 people injured,`` that this count is part of."""
        toks = self.toks
        p = self._count_start(count) - 1
        if p < 2 or toks[p].low != ",":
            return None
        sent = self.sents[count.num_start]
        total: _Count | None = None
        q = p - 1
        while q >= 0 and self.sents[q] == sent and q > p - 12:
            if toks[q].text in _CLAUSE_STOPS:
                return None
            total = self.starts.get(q, total)
            if toks[q].low == "of" and (q == 0 or self.sents[q - 1] != sent
                                        or toks[q - 1].text in _CLAUSE_STOPS):
                if total is None and q + 2 == p and toks[q + 1].low in ("them", "these", "those"):
                    # "Of them, 63 UAVs were over the Bryansk region": the count just before
                    x = bisect.bisect_left(self._count_starts, q) - 1
                    if x >= 0 and self.sents[self.counts[x].num_start] >= sent - 1:
                        return self.counts[x]
                return total
            q -= 1
        return None

    def _cue_ending_at(self, p: int, pre: bool) -> str | None:
        """A cue phrase whose last token is ``p`` (memoised: the scans around counts overlap)."""
        memo = self._cues_ending[pre]
        if p in memo:
            return memo[p]
        kind = memo[p] = self._find_cue_ending_at(p, pre)
        return kind

    def _find_cue_ending_at(self, p: int, pre: bool) -> str | None:
        toks = self.toks
        if 0 <= p < len(toks):
            # only the lengths of cues ending in this word (tokens hold no spaces)
            sizes: Iterable[int] = self._cue_sizes[1].get(toks[p].low, ())
        else:
            sizes = range(min(self._max_cue_words, p + 1), 0, -1)
        for size in sizes:
            if size > self._max_cue_words or size > p + 1:
                continue
            if size == 1 and p < len(toks):
                if toks[p].kind == "num":
                    continue
                phrase = toks[p].low
            else:
                words = toks[p - size + 1:p + 1]
                if any(w.kind == "num" for w in words):
                    continue
                phrase = " ".join(w.low for w in words)
            kind = self.v.cues.get(phrase)
            if kind is not None and (pre or phrase not in data.PRE_ONLY_CUES):
                return kind
        return None

    def _cue_starting_at(self, p: int) -> tuple[str, int] | None:
        """The kind and end of a cue phrase starting at token ``p`` (memoised)."""
        memo = self._cues_starting
        if p in memo:
            return memo[p]
        found = memo[p] = self._find_cue_starting_at(p)
        return found

    def _find_cue_starting_at(self, p: int) -> tuple[str, int] | None:
        toks = self.toks
        if 0 <= p < len(toks):
            # only the lengths of cues starting with this word (tokens hold no spaces)
            sizes: Iterable[int] = self._cue_sizes[0].get(toks[p].low, ())
        else:
            sizes = range(min(self._max_cue_words, len(toks) - p), 0, -1)
        for size in sizes:
            if size > self._max_cue_words or size > len(toks) - p:
                continue
            if size == 1 and p >= 0:
                phrase = toks[p].low
            else:
                words = toks[p:p + size]
                if any(x != self.sents[p] for x in self.sents[p:p + size]):
                    continue
                phrase = " ".join(w.low for w in words)
            kind = self.v.cues.get(phrase)
            if kind is not None and phrase not in data.PRE_ONLY_CUES:
                return kind, p + size
        return None

    def _count_start(self, count: _Count) -> int:
        """Token index where the count's qualifier and determiners begin."""
        if count.start >= 0:
            return count.start
        toks = self.toks
        p = count.num_start
        if count.approx != "exact" and p > 0:
            for size in self._approx_sizes.get(toks[p - 1].low, ()):
                if p - size >= 0 and " ".join(t.low for t in toks[p - size:p]) in self.v.approx:
                    p -= size
                    break
        while p > 0 and toks[p - 1].low in ("all", "the", "another", "an", "a", "record",
                                            "additional", "remaining", "other", "further",
                                            "total", "its", "their", "his", "her", "our",
                                            "my", "your", "these", "those"):
            p -= 1
            if toks[p].low == "total" and p > 0 and toks[p - 1].low == "a":
                p -= 1
        if p > 1 and toks[p - 1].low == "of" and toks[p - 2].low == "total":
            p -= 2
            if p > 0 and toks[p - 1].low == "a":
                p -= 1
        count.start = p
        return p

    def _pre_kind(self, count: _Count, group: str | None = None, header: bool = False) -> str | None:
        """The cue the count is the object or agent of: ``shot down 76 drones``."""
        toks = self.toks
        p = self._count_start(count) - 1
        sent = self.sents[count.num_start]
        hops = 0
        if count.dashed:
            # the verb of the noun phrase the figure counts: "shot down most of the missiles – 31 –"
            return self._list_clause_kind(p - 1, group) if p > 0 else None
        if p > 0 and toks[p].text in _QUOTES and self.sents[p - 1] == sent:
            p -= 1  # a quoted object: hit "over 80 terror targets"
        if count.label_start >= 0:
            p = count.label_start - 1  # before the label: "Shot down: UAVs – 48"
        while p >= 0 and self.sents[p] == sent and hops < _MAX_HOPS:
            hops += 1
            tok = toks[p]
            if header and tok.text in _BULLETS and (p == 0 or self.sents[p - 1] != sent):
                break  # the bullet that opens the line: the list's header says (below)
            if tok.low == "with" and p > 1 and toks[p - 1].low in ("along", "together"):
                # "34 of 35 missiles were shot down, along with 24 of 26 drones"
                q = p - 2
                if q >= 0 and toks[q].low == ",":
                    q -= 1
                return self._list_clause_kind(q, group) if q >= 0 else None
            # (only words that end some cue can end one here)
            kind = self._cue_ending_at(p, pre=True) if tok.low in self._cue_sizes[1] else None
            if kind is not None:
                if kind == "lost" and self._kill_joined_before(p):
                    kind = "intercept"  # "shot down or jammed 290 drones": kills among them
                if kind == "launch" and tok.low == "with":
                    kind = self._with_kind(p, count.head.item if count.head else None)
                if kind == "hit" and tok.low == "by" and p > 0 and toks[p - 1].low in ("struck", "hit") \
                        and count.head is not None and count.head.item != "vessel" \
                        and data.GROUPS.get(count.head.item) == "weapon" \
                        and self._intercepts_in_sentence(p, _item_of(count.head)):
                    kind = "launch"  # "struck by 7 drones; 3 were downed": what was launched
                if (group is None or (kind, group) in data.ROLE_BY_KIND) and not self._negated(p):
                    return kind
                return None
            if tok.low == "to":
                if self._damage_before(p):
                    # "Damage was recorded to 20 high-rise buildings"
                    return "damage" if group is None or ("damage", group) in data.ROLE_BY_KIND else None
                if p > 0 and toks[p - 1].low in ("amounted", "came") and self._losses_before(p - 1):
                    # "The losses of the enemy forces over the week amounted to 9,100 servicemen"
                    return "lost" if group is None or ("lost", group) in data.ROLE_BY_KIND else None
            elif tok.low == "of" and self._losses_on_before(p):
                return "lost" if group is None or ("lost", group) in data.ROLE_BY_KIND else None
            if tok.low == "of" and p > 2 and toks[p - 2].low in ("the", "its", "their") \
                    and toks[p - 1].kind == "word" and not self._known_word(toks[p - 1].low) \
                    and self._head_at(p - 1) is None:
                p -= 3  # a part of what is counted: "damaged the roofs of four private houses"
                continue
            if tok.low in ("including", "includes", "included") and p > 1 and toks[p - 1].low == ",":
                q = p - 2
                if q > 0 and toks[q].text in _QUOTES:
                    q -= 1  # a quoted cue before the comma: were "neutralised", including ...
                return self._list_clause_kind(q, group)
            if tok.low in ("including", "includes", "included") and p > 2 \
                    and toks[p - 1].text in _QUOTES and toks[p - 2].low == ",":
                return self._list_clause_kind(p - 3, group)  # were "neutralised," including ...
            if count.head is None and count.partitive not in ("count", "np") and not count.others \
                    and count.label_start < 0 and tok.low in ("and", ","):
                return None
            if tok.low in ("and", ",") and self._count_ending_at(p - 1) is None:
                # a member without a number: "damaging a school, four private houses and a bus"
                member = self._article_member_before(p - 1)
                if member is not None:
                    p = member
                    continue
            if header and tok.text == ";" and self._clause_after(count):
                return None  # "killed 3 civilians; about 1,800 residents still refuse to leave"
            if tok.low in ("and", ",") or (tok.low == "as" and p > 1 and toks[p - 1].low == "well") \
                    or (header and tok.text == ";"):
                # (";" in a header list: "Shot down: 8 Kh-101; 2 Kinzhal; 566 UAVs")
                # coordinated counts share the verb: "destroyed 102 missiles and 99 drones"
                q = p - 1
                if tok.low == "as":
                    q = p - 3
                if q >= 0 and toks[q].low == ",":
                    q -= 1
                if q > 0 and toks[q].text == ")":
                    # past an aside after the member before: "tanks - 11,355 (+9);"
                    opening = next((j for j in range(q - 1, max(-1, q - 6), -1) if toks[j].text == "("), None)
                    if opening is not None:
                        q = opening - 1
                prev = self._count_ending_at(q)
                r = q
                while prev is None and r > q - 9 and r > 0:
                    # a participle describing the count before: "all 35 drones launched
                    # overnight, as well as two cruise missiles"; an "of" phrase: "11 rockets
                    # of the HIMARS multiple launch rocket system and 181 drones"
                    r -= 1
                    if toks[r].text in _CLAUSE_STOPS or toks[r].low in _AUX or toks[r].low == "," \
                            or self.sents[r] != sent:
                        break
                    prev = self._count_ending_at(r)
                if prev is None or (r < q and self._verb_after(count)):
                    # (a clause of its own: "Debris of one drone fell on a warehouse in the
                    # district, and two UAVs hit a facility")
                    return None
                p = self._count_start(prev) - 1 if prev.label_start < 0 else prev.label_start - 1
                whole = self._count_ending_at(p - 1) if p > 0 and toks[p].low == "of" else None
                if whole is not None:
                    p = self._count_start(whole) - 1  # "destroyed 35 of 53 drones and 2 of 4 missiles"
                continue
            if tok.low in ("were", "was", "are", "is") and p > 0:
                p -= 1
                continue
            if tok.text in (":", "–", "—") and p > 0 and header:
                kind = self._cue_ending_at(p - 1, pre=True)  # "Destroyed: 87 missiles", "Killed – 4"
                if kind is None and toks[p - 1].low in ("damage", "damages", "destruction"):
                    kind = "damage"  # "Damage: 14 apartment buildings, 16 private houses"
                if kind in (None, "lost") and tok.text == ":" and (toks[p - 1].low == "losses"
                                                                   or self._losses_before(p - 1)):
                    # "The enemy's losses were: personnel - 1,040; tanks - 9; cruise missiles - 3":
                    # people and equipment lost, weapons destroyed
                    kind = "destroy" if group in ("weapon", "platform") else "lost"
                if kind is None and p > 1 and toks[p - 1].kind == "word" \
                        and toks[p - 2].low in data.PREMODIFIER_CUES:
                    # a participle before the header's noun: "Among the damaged objects: 20 ..."
                    kind = self._cue_ending_at(p - 2, pre=True)
                if kind is not None and (group is None or (kind, group) in data.ROLE_BY_KIND):
                    return kind
                return None
            return None
        if header and (p < 0 or self.sents[p] != sent or toks[p].text in _BULLETS):
            # a bulleted line of a list under a header cue: "Shot down:" / "- 48 Shahed UAVs"
            colon = self._bullet_header(count.label_start if count.label_start >= 0
                                        else self._count_start(count))
            if colon is not None and colon > 0:
                kind = self._cue_ending_at(colon - 1, pre=True)
                if kind is None and toks[colon - 1].low in ("damage", "damages", "destruction"):
                    kind = "damage"
                if kind is not None and (group is None or (kind, group) in data.ROLE_BY_KIND):
                    return kind
        return None

    def _kill_joined_before(self, p: int) -> bool:
        """Whether the ``lost`` cue ending at ``p`` follows a kill and ``or`` / ``and`` / ``/``.

        ``shot down or jammed 290 drones``, ``shot down/jammed``: kills are among them.
        """
        toks = self.toks
        for q in range(p - 1, max(0, p - 4), -1):
            if toks[q].low in ("or", "and", "/"):
                return q > 0 and toks[q - 1].low in _KILL_WORDS \
                    and self._cue_ending_at(q - 1, pre=True) in ("intercept", "destroy")
        return False

    def _damage_before(self, p: int) -> bool:
        """Whether ``to`` at ``p`` ends ``damage <verb> to`` (``damage was caused to``)."""
        toks = self.toks
        sent = self.sents[p]
        for q in range(p - 2, max(-1, p - 6), -1):
            if self.sents[q] != sent or toks[q].kind != "word":
                return False
            if toks[q].low == "damage":
                return all(toks[m].low in _AUX or toks[m].low.endswith("ed") or toks[m].low == "done"
                           for m in range(q + 1, p))
        return False

    def _losses_before(self, p: int) -> bool:
        """Whether ``losses`` is the subject of the verb at ``p``, a few words before it."""
        toks = self.toks
        sent = self.sents[p]
        for q in range(p - 1, max(-1, p - 10), -1):
            if self.sents[q] != sent or toks[q].text in _CLAUSE_STOPS or toks[q].low == ",":
                return False
            if toks[q].low == "losses":
                return True
        return False

    def _losses_on_before(self, p: int) -> bool:
        """Whether ``of`` at ``p`` closes ``losses on <whom> of``.

        ``inflicted losses on the enemy of up to 1,370 servicemen``: the count is lost.
        """
        toks = self.toks
        sent = self.sents[p]
        for q in range(p - 2, max(0, p - 7), -1):
            if self.sents[q] != sent or toks[q].text in _CLAUSE_STOPS or toks[q].low == ",":
                return False
            if toks[q].low == "on" and toks[q - 1].low == "losses":
                return True
        return False

    def _with_kind(self, p: int, item: str | None) -> str:
        """The cue of ``with`` at ``p``: weapons a place was *struck* with hit it.

        The kind is ``hit_with`` then: like ``hit``, but the weapons are the agent, so
        boats a shipyard was struck with hit it rather than being damaged.

        ``struck the city with two guided aerial bombs`` (hit) against ``attacked the
        region with 12 drones`` (launched): the verb of the clause decides.
        """
        toks = self.toks
        sent = self.sents[p]
        q = p - 1
        while q >= 0 and q > p - 10 and self.sents[q] == sent:
            if toks[q].text in _CLAUSE_STOPS or toks[q].low == ",":
                break
            kind = self._cue_ending_at(q, pre=False)
            if kind is not None:
                hit = kind == "hit" and not self._negated(q) and not self._reports_interceptions(item)
                return "hit_with" if hit else "launch"
            q -= 1
        return "launch"

    def _reports_interceptions(self, item: str | None) -> bool:
        """Whether the report says weapons like ``item`` were shot down or intercepted.

        ``struck ... with ten missiles`` in a report that goes on to say seven of the
        missiles were shot down counts what was launched, not what hit (FORMAT: struck
        *without word of interception* is hit). An interception of other weapons (drones
        shot down in the same night) does not count; one that names no weapon does.
        """
        key = item or ""
        cached = self._intercepts.get(key)
        if cached is None:
            cached = any(self._intercepts_item(p, item) for p, tok in enumerate(self.toks)
                         if tok.kind == "word")
            self._intercepts[key] = cached
        return cached

    def _intercepts_in_sentence(self, p: int, item: str | None) -> bool:
        """Whether the sentence of token ``p`` says weapons like ``item`` were shot down.

        ``A facility was hit by 12 drones`` in a report whose nationwide figures say drones were
        shot down elsewhere counts hits; ``struck by 7 drones; 3 were downed`` counts launches.
        """
        if not self._reports_interceptions(item):
            return False  # (cached for the report: most have none)
        sent = self.sents[p]
        key = (sent, item or "")
        found = self._sentence_intercepts.get(key)
        if found is None:  # (once per sentence: a long one is walked once)
            start = p
            while start > 0 and self.sents[start - 1] == sent:
                start -= 1
            end = p
            while end + 1 < len(self.toks) and self.sents[end + 1] == sent:
                end += 1
            found = self._sentence_intercepts[key] = any(
                self._intercepts_item(q, item) for q in range(start, end + 1) if self.toks[q].kind == "word")
        return found

    def _intercepts_item(self, p: int, item: str | None) -> bool:
        found = self._cue_starting_at(p)
        if found is None or found[0] != "intercept" or self._negated(p):
            return False
        toks = self.toks
        sent = self.sents[p]
        named: set[str] = set()
        for k in range(max(0, p - 8), min(len(toks), found[1] + 8)):
            if self.sents[k] == sent and toks[k].kind == "word":
                head = self._head_at(k)
                if head is not None:
                    named.add(head.item)
        return not named or item is None or item in named

    def _count_before_of(self, count: _Count) -> _Count | None:
        """The count with a noun right before ``out of`` and this number (``7 districts out of 10``)."""
        toks = self.toks
        s = self._count_start(count)
        if s < 3 or toks[s - 1].low != "of" or toks[s - 2].low != "out":
            return None
        q = s - 3
        before = self.ends.get(q)
        if before is None or before.head is None or before.num_start >= s:
            return None
        return before

    def _share_of(self, count: _Count) -> bool:
        """Whether the count is the whole after a share: ``two-thirds of the 90 drones``."""
        toks = self.toks
        s = self._count_start(count)
        if s < 2 or toks[s - 1].low != "of" or toks[s].low != "the":
            return False
        low = toks[s - 2].low
        return low in _SHARES or (low.endswith(("-thirds", "-quarters", "-fifths", "-tenths"))
                                  and _word_value(low.split("-")[0]) is not None)

    def _aside_member(self, count: _Count, mark: str) -> bool:
        """Whether the count opens an aside (after ``mark``) that follows another count.

        ``Three residents of the district, two men and a woman, were injured``: the two men.
        """
        s = self._count_start(count)
        x = bisect.bisect_left(self._count_starts, count.num_start) - 1
        hops = 0
        while x >= 0 and hops < 6 and s >= 2 and self.toks[s - 1].low in ("and", ",") \
                and self.counts[x].num_end <= s - 1 and self._extent(self.counts[x]) == s - 1 \
                and self.toks[s - 1].text != mark:
            # a later member of the aside: "3 schools and 2 hospitals" (the 2)
            s = self._count_start(self.counts[x])
            x -= 1
            hops += 1
        if s < 2 or self.toks[s - 1].text != mark or x < 0:
            return False
        before = self.counts[x]
        if before.num_start < s - 12 or self.sents[before.num_start] != self.sents[s]:
            return False
        return not any(t.text in _CLAUSE_STOPS or t.low == ","
                       for t in self.toks[before.num_end:s - 1])

    def _verb_after(self, count: _Count) -> bool:
        """Whether a finite verb follows the count: ``two UAVs hit``, ``two drones were``.

        (Not a verb in ``-ed``, which may be a participle: ``two cruise missiles fired from
        the Caspian Sea`` share the verb of the count before.)
        """
        k = self._extent(count)
        if k >= len(self.toks) or self.sents[k] != self.sents[count.num_start]:
            return False
        low = self.toks[k].low
        return low in _AUX or low in _IRREGULAR_PAST

    def _clause_after(self, count: _Count) -> bool:
        """Whether words of a clause follow the count, rather than a list's punctuation or a place.

        ``about 1,800 residents still refuse to leave`` is a clause of its own; ``2 Kinzhal;``,
        ``18 over the Bryansk region;`` are members of a list.
        """
        k = self._extent(count)
        if count.each:
            k = max(k, count.each_end)
        if k >= len(self.toks) or self.sents[k] != self.sents[count.num_start]:
            return False
        tok = self.toks[k]
        return tok.kind == "word" and tok.low not in _PREPOSITIONS and tok.low not in _CONJUNCTIONS \
            and tok.low not in ("each", "others", "more")

    def _own_predicate(self, count: _Count) -> bool:
        """Whether the count has a verb of its own.

        An auxiliary after its noun phrase, or a participle after it in a ``with`` phrase
        (``launched ... attacks, with 48 drones shot down``).
        """
        k = self._extent(count)
        if count.each:
            k = max(k, count.each_end)
        if k < len(self.toks) and self.toks[k].low in ("were", "was", "are", "is", "have", "has", "had",
                                                       "did"):
            return True
        start = self._count_start(count)
        cue = self._cue_starting_at(k) if k < len(self.toks) else None
        if cue is not None and cue[0] == "lost":
            # "shot down 79 drones, and 35 drone decoys disappeared from radar": a verb of its own
            # (a loss only: "35 missiles launched from ..." after a noun is no verb of its own)
            return True
        return start > 0 and self.toks[start - 1].low == "with" and cue is not None

    def _list_clause_kind(self, p: int, group: str | None) -> str | None:
        """The cue of the clause a list hangs from: ``all were shot down, including six Kinzhals``."""
        toks = self.toks
        sent = self.sents[p]
        q = p
        while q >= 0 and self.sents[q] == sent and q > p - 10:
            if toks[q].text in _CLAUSE_STOPS:
                return None
            kind = self._cue_ending_at(q, pre=False)
            if kind is not None and (group is None or (kind, group) in data.ROLE_BY_KIND) \
                    and not self._negated(q):
                return kind
            q -= 1
        return None

    def _attacked_object(self, count: _Count) -> bool:
        """Whether the count is the object of ``attacked`` / ``targeted`` (``attacked 3 ships``)."""
        p = self._count_start(count) - 1
        if p >= 0 and self.toks[p].low in _DETERMINERS:
            p -= 1
        return p >= 0 and self.toks[p].low in _ATTACK_VERBS

    def _hit_object(self, count: _Count) -> bool:
        """Whether the count is the object of ``hit`` / ``struck`` (``struck 30 targets``)."""
        p = self._count_start(count) - 1
        if p > 0 and self.toks[p].text in _QUOTES:
            p -= 1
        return p >= 0 and self.toks[p].low in ("hit", "struck", "hitting", "striking")

    def _agent_cue(self, count: _Count) -> bool:
        """Whether the count follows ``by`` (``hit by 3 boats``): the agent, not the target."""
        p = self._count_start(count) - 1
        return p >= 0 and self.toks[p].low == "by"

    def _count_ending_at(self, q: int) -> _Count | None:
        return self.ends.get(q)

    def _negated(self, p: int) -> bool:
        """Whether one of the two tokens before ``p`` negates it."""
        toks = self.toks
        return (p >= 1 and toks[p - 1].low in _NEGATIONS) or (p >= 2 and toks[p - 2].low in _NEGATIONS)

    def _post_kind(self, count: _Count, group: str | None) -> str | None:
        """The predicate the count is the subject of: ``13 people were injured``."""
        toks = self.toks
        n = len(toks)
        sent = self.sents[count.num_start]
        k = max(count.np_end, count.num_end, count.partitive_end)
        if count.partitive == "count":
            k = self._extent(count)
        if count.each:
            k = max(k, count.each_end)
        if count.dashed:
            k = self._extent(count)
        if k + 2 < n and toks[k].low == "out" and toks[k + 1].low == "of" and k + 2 in self.starts:
            k = self._extent(self.starts[k + 2])  # the whole after it: "5 people out of 30 were hurt"
        start = k
        steps = 0
        weak: str | None = None
        none_of = self._none_of(count)  # "None of the 6 missiles was intercepted"
        while k < n and self.sents[k] == sent and steps < 16:
            steps += 1
            tok = toks[k]
            if tok.text in _QUOTES:
                k += 1  # a quoted cue: were "locationally lost"
                continue
            if tok.text == "(":
                close = self._closing_bracket(k)
                if close is not None:
                    k = close + 1  # an aside: "12 drones (Shahed-136 type) were shot down"
                    continue
            if tok.text in ("—", "–") and k == start:
                # a dashed aside after the count: "Three people – two women and a man – were injured"
                close = self._next_in_sentence(k + 1, k + 1, tok.text, _CLAUSE_STOPS - {tok.text})
                if close is not None:
                    k = close + 1
                    continue
            if (tok.low == "," or tok.text in ("—", "–")) and k + 1 < n \
                    and (toks[k + 1].low in _AUX or toks[k + 1].low in _IRREGULAR_PAST) \
                    and self._aside_member(count, tok.text):
                k += 1  # a member of an aside: "Three people, two women and a man, were injured"
                continue
            if tok.text in _CLAUSE_STOPS:
                break
            if tok.low == "," and weak is not None and self._fronted_of(count):
                break  # "Out of 476 drones and 48 missiles launched, 442 ... were shot down"
            if tok.low == ",":
                # a parenthesis: ", among them a child," / ", which he said ...,"
                if k + 1 < n and toks[k + 1].low in _PARENTHETICALS:
                    m = k + 2
                    if toks[k + 1].low == "aged":
                        # an age list: "Four children, aged 5, 9, 13 and 16, were wounded"
                        while m + 1 < n and m < k + 24 and self.sents[m] == sent and (
                                toks[m].kind == "num" or _word_value(toks[m].low) is not None) \
                                and toks[m + 1].low in (",", "and"):
                            m += 2
                    close = self._next_comma(m - 1)
                    if close is not None:
                        if close + 1 < n and toks[close + 1].low in ("which", "who", "whom", "whose"):
                            break  # ", according to the ministry, which said all were destroyed"
                        k = close + 1
                        continue
                if k + 1 < n and (toks[k + 1].low == "each" or k + 1 in self.starts
                                  or (k == start and toks[k + 1].low in ("a", "an"))):
                    # an apposition: "one of them, a 63-year-old woman, had died", "two launchers
                    # of the system, each armed with four missiles, were hit", "Three residents,
                    # two men and a woman, were injured"
                    close = next((j for j in range(k + 2, min(k + 8, n))
                                  if toks[j].text == "," or toks[j].text in _CLAUSE_STOPS), None)
                    if close is not None and (toks[close].text != "," or self.sents[close] != sent):
                        close = None
                    v = close + 1 if close is not None else n
                    if v < n and (toks[v].low in _ADVERBS or _adverb_like(toks[v].low)):
                        v += 1  # "..., later died"
                    if close is not None and close < k + 8 and v < n and (
                            toks[v].low in _AUX or toks[v].low in _IRREGULAR_PAST
                            or self._cue_starting_at(v) is not None):
                        k = close + 1
                        continue
                nxt = self.starts.get(k + 1)
                if nxt is not None and nxt.head is not None:
                    k = self._extent(nxt)
                    continue
                after = self._skip_article_conjunct(k + 1)
                if after is not None:
                    k = after  # "Nine apartment buildings, a school and 20 cars were damaged"
                    continue
                if k + 2 < n and ((toks[k + 1].low in ("have", "has", "had") and toks[k + 2].low == "been")
                                  or (toks[k + 1].low == "as" and toks[k + 2].low == "well")):
                    k += 1  # a long subject list: "668 aircraft, as well as 44,786 units, have been"
                    continue
                break
            if tok.low in ("and", "or"):
                nxt = self.starts.get(k + 1)
                if nxt is None and k + 2 < n and toks[k + 1].low in ("all", "the", "both"):
                    nxt = self.starts.get(k + 2)
                if nxt is None:
                    # a qualified count: "Three industrial buildings and about 40 cars were damaged"
                    for size in range(1, self._max_approx_words + 1):
                        if k + 1 + size < n and " ".join(
                                t.low for t in toks[k + 1:k + 1 + size]) in self.v.approx:
                            nxt = self.starts.get(k + 1 + size)
                            if nxt is not None:
                                break
                if nxt is not None:
                    if nxt.head is None and nxt.partitive is None:
                        break
                    k = self._extent(nxt)
                    continue
                k += 1
                continue
            if tok.low == "as" and k + 3 < n and toks[k + 1].low == "well" and toks[k + 2].low == "as":
                nxt = self.starts.get(k + 3)  # "668 aircraft, as well as 44,786 units, have been ..."
                if nxt is not None and nxt.head is not None:
                    k = self._extent(nxt)
                    continue
            if tok.low in _SUBORDINATORS and tok.low != "as":
                break
            if tok.low == "as" and steps > 1:
                break
            if k in self.starts:
                break
            # (only words that start some cue can start one here)
            found = self._cue_starting_at(k) if tok.low in self._cue_sizes[0] else None
            if found is not None:
                kind, end = found
                if kind == "lost" and group == "person" and end < n and toks[end].kind == "word" \
                        and toks[end].low not in _PREPOSITIONS and toks[end].low not in _CONJUNCTIONS \
                        and (k == 0 or toks[k - 1].low not in _AUX):
                    kind = "person_other"  # "households that lost it", "people lost their homes"
                if kind == "lost" and end + 1 < n and toks[end].low in ("or", "and", "/") \
                        and toks[end + 1].low in _KILL_WORDS \
                        and (self._cue_starting_at(end + 1) or ("", 0))[0] in ("intercept", "destroy"):
                    kind = "intercept"  # "40 drones were jammed or shot down": kills among them
                if tok.low == "launch" and end + 1 < n and toks[end].kind == "word" \
                        and (self._head_at(end) is not None or self._head_at(end + 1) is not None):
                    k = end  # a compound, not a verb: "1,632 combat vehicles of multiple launch
                    continue  # rocket systems"
                if none_of or self._negated(k):
                    if kind in ("intercept", "destroy") and group == "weapon":
                        return "hit"  # "five missiles were not intercepted": they got through
                    if kind == "hit" and group == "weapon":
                        return "lost"  # "41 did not reach their targets"
                    k = end
                    continue
                if kind == "hit" and group == "weapon" and k > 0 \
                        and toks[k - 1].low in ("was", "were", "been", "being", "is", "are", "be"):
                    # "one vessel was hit by debris": the target, not the weapon
                    return "damage" if self._is_vessel(count) else "intercept"
                # a participle that only describes the count ("missiles launched from
                # Crimea hit ...", "drones flying toward Moscow were shot down", "44 of 62 drones
                # launched overnight had been neutralised"): a later predicate wins
                weak_cue = kind == "launch" and (k == 0 or toks[k - 1].low not in _AUX) and (
                    toks[k].low.endswith("ing") or (end < n and toks[end].low in ("from", "by"))
                    or (k == start and not self._object_after(end))
                    or self._relative_subject(start, k))
                kind = self._active_kind(kind, k, end, group)
                if group is None or (kind, group) in data.ROLE_BY_KIND:
                    if weak_cue:
                        weak = weak or kind
                        k = end
                        continue
                    return kind
                k = end
                continue
            k += 1
        return weak

    def _none_of(self, count: _Count) -> bool:
        """Whether the count is the whole after ``none of`` / ``neither of`` (``none of the 6``)."""
        toks = self.toks
        p = self._count_start(count) - 1
        if p >= 0 and toks[p].low in _DETERMINERS:
            p -= 1
        return p >= 1 and toks[p].low == "of" and toks[p - 1].low in ("none", "neither")

    def _fronted_of(self, count: _Count) -> bool:
        """Whether the count sits in a fronted ``Of`` / ``Out of`` phrase, before its comma.

        The phrase opens the sentence or a clause (``The Air Force said that out of ...``).
        """
        toks = self.toks
        sent = self.sents[count.num_start]
        p = self._count_start(count) - 1
        while p >= 0 and self.sents[p] == sent and p > count.num_start - _WINDOW:
            if toks[p].text in _CLAUSE_STOPS or toks[p].low == ",":
                return False
            if toks[p].low == "of":
                first = p - 1 if p > 0 and toks[p - 1].low == "out" else p
                # at the start of the sentence or of a clause: "said that out of 476 drones"
                return first == 0 or self.sents[first - 1] != sent \
                    or toks[first - 1].low in ("that", ",", ":", "and", "but")
            p -= 1
        return False

    def _object_after(self, end: int) -> bool:
        """Whether a verb ending before token ``end`` takes an object (``targeted the Kremlin``).

        A participle describing a count takes none (``62 drones launched overnight``); a verb
        with an object is the count's own predicate (``Two drones targeted the Kremlin ...``).
        """
        if end >= len(self.toks):
            return False
        tok = self.toks[end]
        return tok.low in ("the", "a", "an", "its", "their") \
            or (tok.kind == "word" and tok.text[:1].isupper())

    def _relative_subject(self, start: int, k: int) -> bool:
        """Whether a relative clause's own subject stands between the count and verb ``k``.

        In ``47 of the 60 drones Russia launched overnight were shot down`` the
        launch belongs to ``Russia``; the count's predicate comes later.
        """
        if k <= start:
            return False
        first = self.toks[start]
        return first.kind == "word" and first.low not in _ADVERBS and first.low not in _AUX \
            and first.low not in _PREPOSITIONS and first.low not in _CONJUNCTIONS

    def _is_vessel(self, count: _Count) -> bool:
        heads = [h for h in (count.head, count.partitive_head) if h is not None]
        return any(h.item == "vessel" for h in heads)

    def _article_member_before(self, q: int) -> int | None:
        """The token before a list member such as ``a school`` that ends at ``q``."""
        toks = self.toks
        for m in range(q, max(q - 8, -1), -1):
            low = toks[m].low
            if low == "of" and m > q - 7 and m < q and (toks[m + 1].low == "the"
                                                        or toks[m + 1].text[:1].isupper()):
                continue  # "a MiG-29 of the Ukrainian Air Force"
            if (toks[m].kind != "word" and not (m < q and _AGE_WORD.search(low))) \
                    or low in _AUX or low in self.v.cues or low in _PREPOSITIONS:
                return None  # (an age is a modifier: "a 14-year-old girl")
            if low == "the" and m > 0 and toks[m - 1].low == "of":
                continue  # the end of "a MiG-29 of the Ukrainian Air Force": the member is before
            if low in ("a", "an", "the"):
                # "injuring the driver and four passengers", "hits by the ballistic missile and 7 drones"
                if m > 0 and toks[m - 1].low in _LOCATIVES:
                    return None  # where the count before was: "57 drones over the region and two jets"
                return m - 1 if m < q else None
        return None

    def _skip_article_conjunct(self, k: int) -> int | None:
        """End of a list member such as ``a school`` (up to the next ``,`` or ``and``)."""
        toks = self.toks
        if k >= len(toks) or toks[k].low not in ("a", "an"):
            return None
        for m in range(k + 1, min(k + 5, len(toks))):
            low = toks[m].low
            if low in (",", "and", "or"):
                return m if m > k + 1 else None
            if toks[m].kind != "word" or low in _AUX or low in self.v.cues or low in _PREPOSITIONS:
                return None
        return None

    def _extent(self, count: _Count) -> int:
        """Token index after the count, its noun phrase and its partitive (``99 of 109 drones``)."""
        k = max(count.np_end, count.num_end, count.partitive_end)
        if count.dashed:
            k += 1  # past the closing dash: "most of the drones — 21 — were downed"
        if count.partitive == "count" and count.partitive_end in self.starts:
            total = self.starts[count.partitive_end]
            k = max(k, total.np_end, total.num_end)
        return k

    def _active_kind(self, kind: str, k: int, end: int, group: str | None) -> str:
        """What an active verb with an object says of its subject, the count.

        ``a drone damaged a house``: a weapon that damages or kills has hit.
        ``two F-16s intercepted the missiles``: an aircraft that intercepts or destroys
        something named after the verb did it, and was not shot down itself.
        """
        toks = self.toks
        if group == "platform" and kind in ("hit", "damage") and end < len(toks) \
                and (k == 0 or toks[k - 1].low not in _BE) and self._names_a_thing(end):
            return "other"  # "about 50 fighter jets had struck 20 targets": the jets that struck
        passive = k > 0 and toks[k - 1].low in _AUX
        if passive or end >= len(toks):
            return kind
        if group == "platform" and kind in ("intercept", "destroy"):
            return "other" if self._names_a_thing(end) else kind
        if group == "weapon" and toks[k].low in ("fired", "launched") and end < len(toks) \
                and data.GROUPS.get(self._object_item(end) or "") in ("weapon", "platform"):
            return "other"  # "two destroyers fired interceptors": the carriers, not what they fired
        if group != "weapon" or kind not in ("damage", "destroy", "kill", "injure"):
            return kind
        obj = toks[end]
        if obj.low in _DETERMINERS or _is_numeral(obj) \
                or obj.low in ("several", "many", "some", "dozens", "hundreds"):
            return "hit"
        return kind

    def _object_item(self, k: int) -> str | None:
        """The item of the object noun phrase from token ``k`` (a few words), if it names one."""
        toks = self.toks
        if k in self.starts:
            head = self.starts[k].head
            return head.item if head is not None else None
        for j in range(k, min(k + 4, len(toks))):
            if toks[j].text in _CLAUSE_STOPS or toks[j].low in (",", "and") or toks[j].low in _PREPOSITIONS:
                return None
            head = self._head_at(j)
            if head is not None:
                return head.item
        return None

    def _names_a_thing(self, k: int) -> bool:
        """Whether the words from token ``k`` are an object that names a thing.

        ``the missiles``, ``7 cruise missiles``, ``Russian drones`` are; an adverbial
        such as ``the previous night`` is not.
        """
        toks = self.toks
        if k in self.starts:
            return True  # a count
        for j in range(k, min(k + 4, len(toks))):
            if toks[j].text in _CLAUSE_STOPS or toks[j].low in (",", "and") or toks[j].low in _PREPOSITIONS:
                return False
            if toks[j].low in data.HEADS:
                return True
        return False

    def _closing_bracket(self, k: int) -> int | None:
        """The ``)`` that closes the ``(`` at token ``k`` in its sentence, within a few words."""
        return self._next_in_sentence(k, k + 1, ")", _OPENING_BRACKET)

    def _next_comma(self, k: int) -> int | None:
        """The next ``,`` from token ``k`` in its clause, within a few words."""
        return self._next_in_sentence(k, k, ",", _CLAUSE_STOPS)

    def _next_in_sentence(self, k: int, first: int, wanted: str, stops: frozenset[str]) -> int | None:
        """Where the first token ``wanted`` is, from token ``first`` on.

        It must be in token ``k``'s sentence, fewer than ``_WINDOW`` tokens after ``k``,
        with no token of ``stops`` before it; else None.
        """
        toks = self.toks
        sent = self.sents[k]
        for j in range(first, min(k + _WINDOW, len(toks))):
            if self.sents[j] != sent:
                return None
            text = toks[j].text
            if text == wanted:
                return j
            if text in stops:
                return None
        return None

    def _rise_kind(self, count: _Count) -> str | None:
        """``the death toll has risen to 24``: the kind of what rose, named earlier in the clause."""
        toks = self.toks
        p = self._count_start(count) - 1
        # "has risen to 24", "bringing the death toll to 14"
        prep = toks[p].low if p >= 1 else ""
        w = self._rise_word(p) if prep in ("to", "from", "by") else -1  # "rose from 6 to 24"
        rise = p >= 1 and ((w >= 0 and (
                               toks[w].low in _RISE_VERBS
                               or (prep == "to" and toks[p - 1].low in _COUNT_NOUNS)
                               or (prep != "by" and self._raised_tally(p))))
                           or (toks[p].low == "at" and (toks[p - 1].low in _LEVEL_VERBS
                                                        or self._raised_tally(p))))
        tally = p >= 1 and toks[p].low == "of" and toks[p - 1].low in _COUNT_NOUNS
        sent = self.sents[count.num_start]
        reach = False
        if not (rise or tally) and p >= 2 and toks[p].low in _REACH_VERBS:
            # "the number of injured has reached 23": a tally of people named before the verb
            # ("the total reached 749" names nothing: the tally must be of people)
            reach = any(toks[q].low == "toll" or (
                toks[q].low == "number" and q + 2 < p and toks[q + 1].low == "of"
                and (toks[q + 2].low in data.PARTITIVE_ROLES
                     or self.v.cues.get(toks[q + 2].low) in _PERSON_KINDS))
                for q in range(p - 1, max(-1, p - 6), -1) if self.sents[q] == sent)
        if not (rise or tally or reach):
            return None
        weapon: str | None = None
        q = p - 1
        while q >= 0 and self.sents[q] == sent and q > p - _WINDOW:
            for size in range(min(self._max_cue_words, q + 1), 0, -1):
                phrase = " ".join(w.low for w in toks[q - size + 1:q + 1])
                kind = self.v.cues.get(phrase)
                if kind in _PERSON_KINDS:
                    return kind
                if kind in _WEAPON_KINDS and phrase not in data.PRE_ONLY_CUES and weapon is None \
                        and not reach:
                    weapon = kind  # "the number of drones launched has risen to 112"
            if toks[q].low in ("toll", "dead"):
                return "kill"
            q -= 1
        return weapon

    def _revised_figure(self, count: _Count) -> bool:
        """``later raised the figure to 17``, ``the total has risen to 47``: a tally of no named kind.

        The figure revises a count given before it (the caller takes item and role from
        that count); a tally of events (``the number of attacks rose to 17``) is no count.
        """
        toks = self.toks
        p = self._count_start(count) - 1
        if p >= 2 and toks[p].low in ("was", "is") and toks[p - 1].low in _COUNT_NOUNS \
                and toks[p - 2].low in ("previous", "earlier", "initial", "original", "first"):
            return True  # "The previous figure was 34"
        if p < 2 or toks[p].low not in ("to", "at"):
            return False
        at = toks[p].low == "at"  # "putting the number at about 120"
        sent = self.sents[p]
        q = p - 1
        while q >= 1 and q > p - 10 and self.sents[q] == sent:
            tok = toks[q]
            if tok.text in _CLAUSE_STOPS or tok.low == ",":
                return False
            if tok.low in _COUNT_NOUNS or tok.low == "number":
                after = toks[q + 1] if q + 1 < p else None
                if after is not None and after.low == "of" and q + 2 < p \
                        and toks[q + 2].low in data.NON_COUNT_NOUNS:
                    return False
                if toks[p - 1].low in _RISE_VERBS and not at:
                    return True  # "the figure has risen to"
                r = q - 1
                while r > q - 5 and r >= 0 and toks[r].low in _TALLY_MODIFIERS:
                    r -= 1
                return r < q - 1 and r >= 0 and (toks[r].low in _RAISE_VERBS
                                                  or (at and toks[r].low in _ESTIMATE_VERBS))
            q -= 1
        return False

    def _raised_tally(self, p: int) -> bool:
        """Whether ``to`` at ``p`` ends ``raised the number of injured in the capital to``.

        A tally (``the death toll``, ``the number``) that a verb brings to a figure,
        a few words back in the clause; with no stop between.
        """
        toks = self.toks
        sent = self.sents[p]
        q = p - 1
        while q >= 2 and q > p - 10 and self.sents[q] == sent:
            tok = toks[q]
            if tok.text in _CLAUSE_STOPS or tok.low == ",":
                return False
            if tok.low in _COUNT_NOUNS or tok.low == "number":
                r = q - 1
                while r > q - 5 and r >= 0 and toks[r].low in _TALLY_MODIFIERS:
                    r -= 1  # "put their own death toll at 224"
                return r < q - 1 and r >= 0 and toks[r].low in _RAISE_VERBS
            q -= 1
        return False

    def _clause_kind(self, count: _Count, group: str) -> str | None:
        """``Among the wounded were an infant and three foreign nationals``."""
        if group != "person":
            return None
        toks = self.toks
        sent = self.sents[count.num_start]
        q = count.num_start - 1
        while q >= 1 and q > count.num_start - _WINDOW and self.sents[q] == sent \
                and toks[q].text not in _CLAUSE_STOPS and toks[q].low != ",":
            if toks[q - 1].low == "among" and toks[q].low == "the" and q + 1 < len(toks):
                role = data.PARTITIVE_ROLES.get(toks[q + 1].low)
                if role is not None:
                    return {"killed": "kill", "injured": "injure"}.get(role, "casualty")
            q -= 1
        return None

    # -------------------------------------------------------------- reference

    def _antecedent(self, count: _Count, kind: str | None, accepted: list[_Count]) -> str | None:
        """The item of the nearest earlier mention a number without a noun refers to."""
        start = count.num_start
        sent = self.sents[start]
        groups: tuple[str, ...]
        if kind in ("launch", "intercept", "destroy", "hit", "hit_with", "lost", "other"):
            groups = ("weapon", "platform")
        elif kind == "damage":
            groups = ("weapon", "platform", "structure")
        else:
            groups = ("weapon", "platform", "structure", "person")
        best: tuple[int, str] | None = None
        aside = count.aside
        for other in reversed(accepted):
            if self.sents[other.num_start] < sent - 4:
                break
            if aside is not None and aside[0] <= other.num_start < aside[1]:
                continue  # "... in Lviv, where three buildings were damaged, and one in ..."
            if other.item is not None and other.num_start < start \
                    and data.GROUPS.get(other.item) in groups:
                best = (other.num_start, other.item)
                break
        h = bisect.bisect_left(self._head_starts, start) - 1
        while h >= 0:
            head = self.heads[h]
            h -= 1
            if self.sents[head.start] < sent - 4 or (best is not None and head.start < best[0]):
                break
            if aside is not None and aside[0] <= head.start < aside[1]:
                continue
            if not head.hypernym and data.GROUPS.get(head.item) in groups \
                    and not (head.item == "other" and head.role == "other"):  # places: "frontline areas"
                best = (head.start, _item_of(head))
                break
        return best[1] if best else None

    def _antecedent_count(self, count: _Count, accepted: list[_Count],
                          same_item: bool) -> _Count | None:
        sent = self.sents[count.num_start]
        aside = count.aside
        for other in reversed(accepted):
            if other.num_start >= count.num_start or other.role is None:
                continue
            if aside is not None and aside[0] <= other.num_start < aside[1]:
                continue
            if self.sents[other.num_start] < sent - 3:
                break
            if other.group == "area":
                continue
            generic = other.head is not None and "weapon" in other.head.hypernym \
                and data.GROUPS.get(count.item or "") == "weapon"
            if same_item and not _compatible(other.item, count.item) and not generic:
                continue
            return other
        return None

    def _carried_role(self, count: _Count, accepted: list[_Count]) -> str | None:
        """Role of the count this one breaks down, lists or is part of."""
        toks = self.toks
        i = self._count_start(count)
        sent = self.sents[count.num_start]
        prev = toks[i - 1] if i > 0 else None
        listing = count.breakdown or count.partitive in ("pronoun", "np")
        member = False  # a member of the list after "including", "among them"
        if prev is not None and (prev.low in _LIST_WORDS or prev.text == ":"):
            listing = True
            member = prev.low in _LIST_WORDS
        if prev is not None and prev.low == "them" and i > 1 and toks[i - 2].low == "among":
            listing = member = True
        elif prev is not None and prev.low in ("and", ",") and count.head is not None:
            # members without a number before it: "among them a 14-year-old girl and two paramedics"
            q = i - 1
            for _ in range(4):
                m = self._article_member_before(q - 1)
                if m is None or m < 1:
                    break
                if toks[m].low in _LIST_WORDS or (toks[m].low == "them" and toks[m - 1].low == "among"):
                    listing = member = True
                    break
                if toks[m].low not in ("and", ","):
                    break
                q = m
        # "shot down 59 missiles: 55 Kh-101 ..." — anything after a colon in the sentence
        q = i - 1
        while q >= 0 and self.sents[q] == sent and q > i - _WINDOW:
            if toks[q].text == ":" and not self._clock_colon(q):
                listing = True
                break
            q -= 1
        if not listing and self._bullet_member(i):
            listing = True  # "neutralised 30 missiles:\n- 29 Kh-101 cruise missiles;\n- 1 Iskander-M"
        # a count followed by a place in a list: "18 drones over the Bryansk region, six over ..."
        if not listing and count.head is not None:
            k = count.np_end
            if k < len(toks) and toks[k].low in ("over", "in") and self._has_breakdown(sent):
                listing = True
        if count.elliptical and count.partitive is None:
            # "eleven crashed into the sea and three fell": a number without a noun
            # continues the count before it, unless it names people with a verb of its own
            nxt = toks[count.num_end] if count.num_end < len(toks) else None
            has_verb = nxt is not None and (nxt.low in _AUX or nxt.low.endswith("ed")
                                            or nxt.low in _IRREGULAR_PAST)
            if count.group == "weapon" and nxt is not None and nxt.low in ("was", "were") \
                    and self._own_verb_after(count.num_end + 1):
                # a predicate of its own that says no outcome: "13 were intercepted and one
                # was allowed to fall", "five were still being searched for" (not the 13's)
                return "other"
            if count.group != "person" or not has_verb:
                listing = True
        if not listing:
            return None
        antecedent = self._antecedent_count(count, accepted, same_item=True)
        if antecedent is not None and count.group == "person" and count.head is not None \
                and prev is not None and prev.low in _PREPOSITIONS \
                and self.sents[antecedent.num_start] != sent:
            # the object of a preposition in a sentence of its own names other people: "Two
            # employees were wounded. Power was cut to 350,000 consumers in Kyiv, and to 200,000
            # in the Kharkiv region"
            return None
        if antecedent is not None:
            if antecedent.total_of:
                # the part the verb took, not the whole: "downed 24 of 26 drones overnight and
                # 510 since the start of the month"
                for part in reversed(accepted[-4:]):
                    if part.partitive == "count" and self.starts.get(part.partitive_end) is antecedent:
                        return part.role
            return antecedent.role
        if member and count.group == "structure":
            # "Twenty buildings, among them 5 educational institutions, were damaged"
            antecedent = self._antecedent_count(count, accepted, same_item=False)
            if antecedent is not None and antecedent.group == "structure" \
                    and self.sents[antecedent.num_start] == sent:
                return antecedent.role
        if count.partitive == "pronoun" or count.group == "person":
            return self._bare_role_before(count)  # "The wounded include 3 children"
        return None

    def _own_verb_after(self, k: int) -> bool:
        """Whether the words from ``k`` (after ``was`` / ``were``) are a verb, not a place or figure."""
        toks = self.toks
        while k < len(toks) and toks[k].low in ("still", "not", "being", "later", "also", "then"):
            k += 1
        if k >= len(toks) or toks[k].kind != "word":
            return False
        low = toks[k].low
        return (low.endswith(("ed", "en")) or low in _IRREGULAR_PAST or low in _IRREGULAR_PARTICIPLES) \
            and low not in _PREPOSITIONS and self._head_at(k) is None

    def _clock_colon(self, q: int) -> bool:
        """Whether the ``:`` at ``q`` is inside a clock time (``As of 10:00``), not a list's."""
        toks = self.toks
        return 0 < q < len(toks) - 1 and toks[q - 1].kind == "num" and toks[q + 1].kind == "num" \
            and self._end(q - 1) == self.offsets[q] and self._end(q) == self.offsets[q + 1]

    def _bullet_member(self, i: int) -> bool:
        """Whether the count at token ``i`` opens a line of a list that a colon introduces.

        The lines before it (a bounded number) must be list lines too: each opens with
        a bullet, and the first follows the line that ends with the colon.
        """
        return self._bullet_header(i) is not None

    def _bullet_header(self, i: int) -> int | None:
        """The colon that introduces the list whose line the count at token ``i`` opens."""
        toks = self.toks
        for _ in range(12):
            if i == 0:
                return None
            bullet = toks[i - 1].text in _BULLETS and self.sents[i - 1] == self.sents[i]
            start = i - 1 if bullet else i
            if start > 0 and self.sents[start - 1] == self.sents[start]:
                return None  # not at the start of its line
            if start == 0:
                return None
            end = start - 1  # the last token of the line before
            if toks[end].text == ":":
                return end
            if not bullet:
                return None
            # the line before must be a list line too: find where it starts (bounded)
            first = end
            while first > 0 and self.sents[first - 1] == self.sents[end] and first > end - _WINDOW:
                first -= 1
            if first > 0 and self.sents[first - 1] == self.sents[end]:
                return None
            if toks[first].text not in _BULLETS:
                return None
            i = first + 1
        return None

    def _bare_role_before(self, count: _Count) -> str | None:
        sent = self.sents[count.num_start]
        h = bisect.bisect_left(self._head_starts, count.num_start) - 1
        while h >= 0 and self.sents[self.heads[h].start] >= sent - 2:
            if self.heads[h].role is not None:
                return self.heads[h].role
            h -= 1
        return None

    def _has_breakdown(self, sent: int) -> bool:
        return sent in self._breakdown_sents

    def _same_count(self, count: _Count, accepted: list[_Count]) -> _Count | None:
        """The latest earlier count of the same value and item: the figure repeated."""
        fallback: _Count | None = None
        for other in reversed(self.by_value.get(count.value, [])):
            if other.num_start >= count.num_start:
                continue
            if not _compatible(other.item, count.item):
                continue
            if other.head is not None and count.head is not None and count.group == "structure" \
                    and other.head.key.rstrip("s") != count.head.key.rstrip("s"):
                continue  # "damaged 2 vehicles ... two trains were delayed": other things
            if other.head is not None:
                return other
            fallback = fallback or other
        return fallback

    def _hypernym_item(self, count: _Count, head: _Head, accepted: list[_Count]) -> str:
        """``eight aircraft`` after ``eight drones`` are drones; ``40 targets`` in a drone raid too."""
        allowed = head.hypernym
        for other in reversed(self.by_value.get(count.value, [])):
            if other.item is None:
                continue
            if other.item in allowed or ("weapon" in allowed
                                         and data.GROUPS.get(other.item) == "weapon"):
                return other.item
        if "weapon" in allowed:
            if head.item == "shell":  # impacts: the nearest weapon named before
                near = self._antecedent(count, "hit", accepted)
                return near or head.item
            if self._weapon_items is None:
                self._weapon_items = {_item_of(h) for h in self._all_heads()
                                      if data.GROUPS.get(h.item) == "weapon" and not h.hypernym}
            if len(self._weapon_items) == 1:
                return next(iter(self._weapon_items))
        return head.item


# ------------------------------------------------------------------ helpers

def _tokenize(text: str, tables: _Tables) -> tuple[list[_Tok], _Ints, _Ints, _Ints]:
    """Word, number and punctuation tokens, with their offsets, sentences and paragraphs.

    The tokens are the tables' memo objects, one per distinct text; their
    places are returned in three arrays indexed like the tokens (a few bytes a
    token instead of an object and an int object each). Built column by column
    with ``map`` (the per-token work stays in C): a token's kind and flags
    follow from its text, so they are looked up in the tables' memo. Matches
    are taken in batches, so a long text does not hold (and make the garbage
    collector count) all of them at once.
    """
    toks: list[_Tok] = []
    code = offset_code(len(text))
    offsets = array(code)
    sent_ids = array(code)
    para_ids = array(code)
    sents = sentences(text)
    paras = paragraphs(text)
    sent = para = 0  # of the last token so far
    found = _TOKEN.finditer(text, timeout=scan_timeout(len(text)))
    while matches := list(itertools.islice(found, _TOKEN_BATCH)):
        words = list(map(regex.Match.group, matches))
        infos: list[_Tok | None] = list(map(tables.token_info.get, words))
        # texts not seen before (None: the only falsy entries), found without a Python loop
        for k in list(itertools.compress(range(len(infos)), map(operator.not_, infos))):
            infos[k] = tables.info(words[k], matches[k].lastgroup or "punct")
        starts = list(map(regex.Match.start, matches))
        batch_sents = _span_indexes(starts, sents, sent)
        batch_paras = _span_indexes(starts, paras, para)
        sent, para = batch_sents[-1], batch_paras[-1]
        toks.extend(infos)  # type: ignore[arg-type]  # (no None left)
        offsets.extend(starts)
        sent_ids.extend(batch_sents)
        para_ids.extend(batch_paras)
    if "/" in text:
        return _split_slashed(toks, offsets, sent_ids, para_ids, tables)
    return toks, offsets, sent_ids, para_ids


def _span_indexes(starts: Sequence[int], spans: Sequence[Span], first: int) -> list[int]:
    """For each token start, the first span that ends after it, or else the last span.

    The starts ascend and none lies in a span before ``first``; with no spans, 0.
    """
    if not spans:
        return [0] * len(starts)
    indexes: list[int] = []
    done = 0  # tokens placed
    index = first
    while index < len(spans) - 1 and done < len(starts):
        upto = bisect.bisect_left(starts, spans[index].end, done)
        indexes.extend(itertools.repeat(index, upto - done))
        done = upto
        if done < len(starts):
            index += 1
    indexes.extend(itertools.repeat(index, len(starts) - done))
    return indexes


def _split_slashed(toks: list[_Tok], offsets: _Ints, sents: _Ints, paras: _Ints,
                   tables: _Tables) -> tuple[list[_Tok], _Ints, _Ints, _Ints]:
    """``shot down/suppressed``: two words and a slash, unlike ``Kh-101/Kh-555``.

    Sentence and paragraph bounds fall between tokens (at spaces or after
    punctuation), never inside one, so the parts keep their word's.
    """
    split = [k for k, tok in enumerate(toks)
             if tok.kind == "word" and "/" in tok.text and tok.text.islower()
             and not any(c.isdigit() for c in tok.text)]
    if not split:
        return toks, offsets, sents, paras
    out: list[_Tok] = []
    out_offsets = array(offsets.typecode)
    out_sents = array(sents.typecode)
    out_paras = array(paras.typecode)
    slash = _Tok("/", "/", "punct", 0)
    done = 0  # tokens copied
    for k in split:
        out.extend(toks[done:k])
        out_offsets.extend(offsets[done:k])
        out_sents.extend(sents[done:k])
        out_paras.extend(paras[done:k])
        done = k + 1
        offset, sent, para = offsets[k], sents[k], paras[k]
        for n, part in enumerate(toks[k].text.split("/")):
            if n:
                out.append(slash)
                out_offsets.append(offset)
                out_sents.append(sent)
                out_paras.append(para)
                offset += 1
            if part:
                out.append(_Tok(part, part, "word", tables.info(part, "word").flags))
                out_offsets.append(offset)
                out_sents.append(sent)
                out_paras.append(para)
            offset += len(part)
    out.extend(toks[done:])
    out_offsets.extend(offsets[done:])
    out_sents.extend(sents[done:])
    out_paras.extend(paras[done:])
    return out, out_offsets, out_sents, out_paras


def _cue_sizes(cues: Iterable[str]) -> tuple[dict[str, tuple[int, ...]],
                                              dict[str, tuple[int, ...]]]:
    """Cue phrase lengths (in space-separated parts, longest first) by first and by last word."""
    first: dict[str, set[int]] = {}
    last: dict[str, set[int]] = {}
    for key in cues:
        parts = key.split(" ")
        first.setdefault(parts[0], set()).add(len(parts))
        last.setdefault(parts[-1], set()).add(len(parts))
    return ({w: tuple(sorted(f, reverse=True)) for w, f in first.items()},
            {w: tuple(sorted(f, reverse=True)) for w, f in last.items()})


@functools.lru_cache(maxsize=4096)
def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _adverb_like(low: str) -> bool:
    """Whether a word looks like an adverb (``overnight``'s kin ``reportedly``), not a noun in -ly."""
    return low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS


def _scale_word(low: str) -> int:
    """The multiplier of a scale word after a number in digits (``3 thousand``, ``1.5 bn``), or 0."""
    if low in data.SCALES:
        return 0 if low == "dozen" else data.SCALES[low]
    return data.SCALE_ABBREVIATIONS[low] if low in ("bn", "mn", "mln") else 0


def _is_numeral(tok: _Tok) -> bool:
    """Whether a token is a number in digits or a number word (``20``, ``twenty-five``)."""
    return tok.kind == "num" or _word_value(tok.low) is not None


def _word_value(word: str) -> int | None:
    if word in data.NUMBER_WORDS:
        return data.NUMBER_WORDS[word]
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in data.NUMBER_WORDS and unit in data.NUMBER_WORDS:
            t, u = data.NUMBER_WORDS[tens], data.NUMBER_WORDS[unit]
            if t >= 20 and t % 10 == 0 and 0 < u < 10:
                return t + u
    return None


def _item_of(head: _Head) -> str:
    if head.item == "missile" and head.specific:
        return head.specific
    return head.item


def _compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if a == b:
        return True
    return "missile" in a and "missile" in b and ("missile" in (a, b))
