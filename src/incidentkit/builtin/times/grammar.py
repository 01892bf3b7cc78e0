"""The patterns of the times plugin and what each one means.

A :class:`Grammar` is built once per extractor from the vocabulary tables
(:mod:`.data`, plus the user's additions). It holds named rules; each rule is
one compiled pattern and a ``parse`` function that turns a match into
*pieces*: an extent and an interpretation. Interpretation is deferred: it runs
later, in text order, against a per-document :class:`State`, because
``the same day`` or ``the previous day`` depend on what came before.

Sub-grammars are shared: ``DAY`` (``July 20``, ``Sunday``, ``yesterday``,
``the same day``...), ``CLOCK`` (``8:00``, ``4 a.m.``, ``noon``) and ``ZONE``
(``Moscow time``) are pattern strings that several rules embed, and
:meth:`Grammar.day` interprets a ``DAY`` text wherever it occurs.
"""

from __future__ import annotations

import bisect
import datetime as dt
import decimal
import functools
import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Literal

import attrs
import regex
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta

from ...models import Span
from ...text import lowered, scan_timeout, sentences
from ...vocab import TimeType
from . import data
from .values import day_value, week_value

__all__ = ["DocumentTables", "Grammar", "Piece", "Resolved", "Rule", "State"]

Night = Literal["format", "timeml", "auto"]
#: How one document's nights are read: the corpus convention or TimeML's.
NightReading = Literal["format", "timeml"]

# Bounded whitespace for the patterns: unbounded runs would make a scan over a long run of
# spaces quadratic (each position re-reads the run).
_S1, _S0, _SD1, _SD0, _SC0 = r"\s{1,4}", r"\s{0,4}", r"[\s-]{1,4}", r"[\s-]{0,4}", r"[\s,]{0,4}"

# How far around an expression its sentence is read for tense (bounded, so a text without
# sentence breaks stays linear).
_WINDOW = 250
# Between two coordinated weekdays: "Saturday and Sunday", "Monday to Friday".
_COORDINATION = regex.compile(r"\s{0,4}(?:and|or|to|through|until|till|-|–)\s{0,4}")
# Qualifiers that make "two weeks earlier" a length: "less than two weeks earlier".
_QUALIFIED_LENGTH = regex.compile(
    r"(?i)\b(?:less|more|fewer)\s{1,4}than\s{1,4}$|\b(?:nearly|almost|over|within|some)\s{1,4}$"
)
# Offsets of "last week", "the following month"...
_OFFSETS = {"last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "next": 1, "coming": 1,
            "following": 1}
# Words before a number that make it a year even before a noun ("in 2014 drones were...").
_YEAR_CUE = regex.compile(
    r"(?i)\b(?:in|since|until|till|through|during|early|late|mid|year|fiscal|summer|winter|spring|autumn|"
    r"as\s{1,4}of|circa)[\s-]{1,4}$"
)
# What precedes an amount or a number rather than a year ("$2014", "No. 2014", "about 2000").
_NOT_A_YEAR_BEFORE = regex.compile(
    r"[$€£#№]\s{0,4}$|(?i)\bNo\.?\s{0,4}$|\b(?:about|around|some|nearly|almost|over|than)\s{1,4}$"
    r"|(?i)\b(?:reached|totall?ed|exceeded|surpassed|topped|numbered|counted)\s{1,4}$"
    r"|(?i)\b(?:up|down|rose|fell|increased|decreased|dropped|climbed|jumped|grew)\s{1,4}(?:from|to|by)\s{1,4}$"
    r"|(?i)\b(?:room|flight|route|highway|road|number|model|article|resolution|apartment|suite|box|ward|"
    r"page|line|bus|train|decree|order|case|item|code|station|platform|gate|unit|squad|brigade|division|"
    r"regiment|battalion|version|level|channel|tu|su|mig|an|il)[\s-]{1,4}$"
)
# What follows a count rather than a year ("2014 drones", "1500 km").
_COUNTED = regex.compile(
    r"\s{1,4}(?:[a-z]+s|people|men|women|children|km|kilomet\w*|metres|meters|miles|feet|tonnes|tons|kg|"
    r"dollars|euros|hryvnias|roubles|rubles|units|troops|soldiers|civilians|residents|homes|buildings)\b"
)
# "since October": the month is in the past whatever the clause's tense.
_SINCE = regex.compile(r"(?i)\bsince\s{1,4}(?:the\s{1,4})?$")
# Between the two days of a range: "19-20", "19 to 20".
_RANGE_SEP = regex.compile(r"\s{0,4}[-–]\s{0,4}|\s{1,4}(?i:to|into|and|through)\s{1,4}")
# Words before a month name that make it a month even when a capitalised word follows.
_STRONG_MONTH_CUE = regex.compile(
    r"(?i)\b(?:in|since|until|till|during|through|throughout|by|early|late|mid|last|next|this)[\s-]{1,4}$"
)
# A verb right after a sentence-initial date makes the date its subject.
_SUBJECT_VERB = regex.compile(
    r"\s{1,4}(?:has|have|had|is|was|will|began|begins|marked|marks|saw|sees|brought)\b"
)
# A year written out in an expression.
_WRITTEN_YEAR = regex.compile(r"(?<!\d)(?:1[6-9]\d\d|20\d\d)(?!\d)")
# "during the day": the only context where a bare "the day" is a date.
_DURING = regex.compile(
    r"(?i)\b(?:during|throughout|(?:over|in)\s{1,4}the\s{1,4}course\s{1,4}of|(?:later|earlier)\s{1,4}in)\s{1,4}$"
)
# A word after a year that makes the year a modifier ("the 2004 Games", "the 2022 election").
_ATTRIBUTIVE_YEAR = regex.compile(r"\s{1,4}(?:\p{Lu}|[a-z]{3,}\b(?<!\b(?:when|and|but|was|were|had|the)))")
# "the" right before an expression.
_THE = regex.compile(r"(?i)\bthe\s{1,4}$")
# The last few words before an expression: a verb, its auxiliaries and a preposition
# ("will be held on", "announced", "discovered in").
# Searched in reverse, from the end: the same match as a forward search (the greedy groups take
# whole words and as many as they can), without trying the pattern at every earlier position.
_NEAR_LEFT = regex.compile(r"(?r)(?:[\w'’-]+\s{1,4}){1,4}$")
# A participle after "be" ("will not be finished until"): passive, no tense of its own.
_PASSIVE = regex.compile(r"(?i)\b(?:be|been|being)\s{1,4}\w{3,}ed\b")
# Prepositions that make "the next decade" a length ("over the next decade").
_LENGTH_BEFORE = regex.compile(r"(?i)\b(?:over|within|throughout)\s{1,4}$")
# "until Saturday", "by Friday" in a clause with no tense: a deadline ahead.
_DEADLINE = regex.compile(r"(?i)\b(?:until|till|by)\s{1,4}$")
# "daily from 9 a.m.": the time of a recurring day.
_RECURRING_BEFORE = regex.compile(
    r"(?i)\b(?:daily|nightly|every\s{1,4}day|each\s{1,4}day|weekdays)\s{1,4}(?:from|at|between|until|till)?\s{0,4}$"
)
# "As of 09:00": a status time, on the day of the report.
_UNTIL = regex.compile(r"(?i)\b(?:until|till)\s{1,4}(?:(?:about|around|approximately|roughly)\s{1,4})?$")
# Before a weekday that a past clause looks ahead to: "closed through Saturday", "declared for
# Monday", "suspended until Friday".
_WEEKDAY_AHEAD = regex.compile(
    r"(?i)(?:\b\w{3,}ed\s{1,4}for|\bthrough|\buntil|\btill|\bahead\s{1,4}of)\s{1,4}(?:the\s{1,4})?$")
# Before a day that is a limit, not an event's date: "closed until Saturday".
_LIMIT_BEFORE = regex.compile(r"(?i)\b(?:through|until|till)\s{1,4}(?:the\s{1,4})?$")
# Verbs that tell how long something went on: "fighting continued until Sunday" is past.
_LASTED = regex.compile(
    r"(?i)\b(?:last(?:ed|ing)|continu(?:ed|ing)|went\s{1,4}on|go(?:ing)?\s{1,4}on|kept|persisted|raged|"
    r"remained|stayed|waited|lingered|held\s{1,4}out)\b")
# After "the second half": a period other than a year, which the half is of.
_OF_OTHER_PERIOD = regex.compile(
    r"\s{1,4}(?i:of)\s{1,4}(?:(?i:the|this|last|next)\s{1,4}|(?=\p{Lu}))(?!(?i:year|fiscal)\b)")
# Before "midnight on Thursday" when it is the end of that day: "shortly before", "until".
_TO_MIDNIGHT = regex.compile(r"(?i)\b(?:before|until|till|by|up\s{1,4}to)\s{1,4}$")
# After a day that was decided on: "June 24 has been declared a day of mourning".
# ("all mass events on May 9 had been cancelled": what was decided for the day)
_DECIDED_AFTER = regex.compile(
    r"(?i)\s{1,4}(?:has|have|had)\s{1,4}(?:(?:now|already|officially|also)\s{1,4})?been\s{1,4}"
    r"(?:declared|designated|proclaimed|set|scheduled|chosen|named|announced|fixed|cancell?ed|called\s{1,4}off"
    r"|banned|prohibited)\b")
_NIGHTS_OF = regex.compile(r"(?i)\bnights\s{1,4}of\s{1,4}$")
# A habit told before a clock time in its sentence: "the attacks typically occur at 2 a.m.".
_HABITUAL = regex.compile(
    r"(?i)\b(?:typically|usually|normally|generally|regularly|tend\s{1,4}to|as\s{1,4}a\s{1,4}rule)\b"
    r"[^.!?\n]{0,60}$")
# "The curfew is in force from 23:00 to 05:00", "shops are open between 9 and 5 p.m.": a
# standing rule in the present tense, its clock times on no one day.
_STANDING = regex.compile(
    r"(?i)\b(?:is|are|runs|run|applies|apply|operates|operate|remains|remain)\s{1,4}"
    r"(?:(?:in\s{1,4}(?:force|effect|place)|valid|open|closed|active|allowed|banned|prohibited)\s{1,4})?"
    # ("is in effect in Kherson from 20:00": a place between)
    r"(?:(?:in|across|throughout)\s{1,4}(?:the\s{1,4})?\p{Lu}[\w'’-]{1,30}(?:\s{1,4}\p{Lu}[\w'’-]{1,30})?\s{1,4})?"
    r"(?:daily\s{1,4}|nightly\s{1,4})?(?:from|between)\s{1,4}(?:[^.!?\n]|\.\d){0,25}$")
# "The curfew lasts from 23:00 to 5:00": "lasts" tells a standing rule only of a rule's noun ("the
# alert lasts from 01:10" is one night's, told in the present).
_STANDING_LASTS = regex.compile(
    r"(?i)\b(?:curfews?|restrictions?|bans?|blackouts?|outages?|power\s{1,4}cuts?|shutdowns?|lockdowns?)\b"
    r"[^.!?\n;]{0,40}?\blasts?\s{1,4}(?:daily\s{1,4}|nightly\s{1,4})?(?:from|between)\s{1,4}"
    r"(?:[^.!?\n]|\.\d){0,25}$")
# After "overnight on Saturday" or "Saturday overnight": the night goes on to another day
# ("overnight on Saturday into Sunday" is Sunday's night, "Sunday overnight into Monday" Monday's).
_NIGHT_GOES_ON = r"\s{0,4}(?:[-–]|(?i:into|to|and|through|till|until|from)\b)"
# "since the war began on Oct. 7, 2023": a date that starts a period told as background (long
# enough ago: "killed since Friday" names the event's day)
_SINCE_CLAUSE = regex.compile(r"(?i)\bsince\b[^.!?;\n]{0,50}$")
_BACKGROUND_DAYS = 31
# (", when a strike hit Dnipro at 10:00": the date of an event told right after it)
_WHEN_AFTER = regex.compile(r"(?i),?\s{1,4}when\b")
# "is expected at 10.00", "will resume at 14:00": a clock time ahead of publication
_FUTURE_BEFORE = regex.compile(
    r"(?i)\b(?:will|(?:is|are)\s{1,4}(?:expected|due|scheduled|planned|set)|expected\s{1,4}to)\b[^.!?\n;]{0,30}$")
# A live blog's entry stamp: a clock time that starts a line, then a dash or a colon.
_BARE_RANGE_END = regex.compile(
    r"\s{1,4}(?i:and|to|until|till)\s{1,4}(1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s{0,4}(?i:([ap])(?:\.m\.|\.?m(?![\w])))")
# (the same, capturing nothing, for the clock rule and its anchor)
_BARE_RANGE_TAIL = (r"\s{1,4}(?i:and|to|until|till)\s{1,4}(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s{0,4}"
                    r"(?i:[ap](?:\.m\.|\.?m(?![\w])))")
# The start of "from 1 a.m. until almost 5": a clock time with minutes or a.m./p.m.
_RANGE_START_CLOCK = (r"(?:(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d"
                      r"|(?<![\w:.])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s{0,4}(?i:[ap]\.m\.|[ap]\.?m(?![\w])))")
# "until almost 5", "to about 6": a qualifier between the preposition and the hour
_NEARLY = (r"(?:(?i:almost|nearly|about|around|approximately|roughly|(?:just|shortly)\s{1,4}(?:before|after))"
           r"\s{1,4})?")
_STAMP_AFTER = regex.compile(r"[ \t]{0,3}(?:[—–-]|:(?!\d))[ \t]{1,3}\S")
_LINE_START = regex.compile(r"(?:^|\n)[ \t]{0,6}$")
# "between 18:00 and ...", "from 6 a.m. to ...": the start of a new range.
_RANGE_OPENER = regex.compile(r"(?i)\b(?:between|from)\s{1,4}(?:(?:about|around)\s{1,4})?$")
# "over the 24 hours to 8 a.m.", "the day up to 06:00": a reporting period ending at the report.
_PERIOD_TO = regex.compile(
    r"(?i)\b(?:hours|day|period)\s{1,4}(?:(?:up\s{1,4})?to|until|till|ending(?:\s{1,4}at)?)\s{1,4}$")
_AS_OF = regex.compile(r"(?i)\b(?:as\s{1,4}of|(?:last\s{1,4})?updated(?:\s{1,4}at|:)?)\s{1,4}$")
# "starting in the fall", "effective next month": a change that lies ahead.
_STARTING = regex.compile(r"(?i)\b(?:starting|effective)\s{1,4}(?:in|on|from)?\s{0,4}(?:the\s{1,4})?$"
                          r"|(?i)\bexpected\b")
# A year named relative to publication ("last year", "two years ago"), which then dates the
# months of its sentence; "the year" alone is too vague for that.
_RELATIVE_YEAR = regex.compile(r"(?i)\b(?:last|next|this|previous|following|ago|earlier|later)\b")
# Where a clause ends inside a sentence: punctuation, or a conjunction starting a new clause.
# A first line that is a title: no sentence-final punctuation, a line break after it.
_HEADLINE = regex.compile(r"[ \t]{0,20}[^\n]{1,300}(?<![.!?:;\"”'’)][ \t]{0,20})(?=[ \t]{0,20}\n)")
# A state in the present tense that holds until the expression: "remains in force until",
# "are valid through", "stays closed till" (a limit ahead, whatever reporting verb is before).
_PRESENT_UNTIL = regex.compile(
    r"(?i)\b(?:is|are|remains?|stays?|continues?|applies|apply)\s{1,4}[^.!?\n;]{0,40}"
    r"\b(?:until|till|through)\s{1,4}(?:the\s{1,4})?$")
# A verb in the past perfect: "had resumed", "had already been", not "had to", "had a".
_PLUPERFECT = regex.compile(
    r"(?i)\bhad\s{1,4}(?:(?:\w{2,}ly|not|already|just|only|also)\s{1,4})?"
    r"(?!(?:to|a|an|the|no|its|his|her|their|some|many|few|several|more|less)\b)[a-z]{2,}\b")
_CLAUSE_BREAK = regex.compile(r"[,;:()—–]|\s(?:and|but|while|whereas|although|though)\s")


@attrs.frozen(kw_only=True)
class Resolved:
    """What one expression means, in the context of its document.

    ``day`` is the calendar day it names or lies in (when known), which later
    anaphora (``the same day``) and bare clock times refer back to; ``explicit``
    says the expression names that day itself rather than inheriting it.
    """

    type: TimeType
    value: str
    mod: str | None = None
    zone: str | None = None
    day: dt.date | None = None
    pod: str | None = None
    clock: tuple[int, int] | None = None
    explicit: bool = False
    anchors: bool = True


Interpret = Callable[["State", int, int], "Resolved | None"]


@attrs.frozen
class Piece:
    """An extent ``[start, end)`` and the function that interprets it."""

    start: int
    end: int
    interpret: Interpret


@attrs.frozen
class Rule:
    """A named pattern; ``parse`` turns a match into pieces, or None to reject it.

    More than one piece makes an interval (``July 19-20``).
    """

    name: str
    #: The text of :attr:`pattern`.
    source: str
    parse: Callable[[regex.Match[str]], Sequence[Piece] | None]
    #: The text of :attr:`gate`: a pattern found in every text where ``pattern`` matches
    #: (usually a part of every match): a text it is not found in has no matches, so the
    #: (slower) rule scan is skipped.
    gate_source: str | None = None
    #: With ``gate``: every match contains a match of ``gate`` and starts at most this many
    #: characters before it (or earlier only within a number written in digits); the rule is
    #: then tried only from there.
    reach: int | None = None
    #: Small patterns, each led by a literal (which the regex engine finds fast): every match
    #: contains a match of one of them starting at most ``lead`` characters after its own
    #: start. The rule is then tried only at the positions up to ``lead`` before their matches.
    anchors: tuple[regex.Pattern[str], ...] = ()
    lead: int = 0
    #: With ``gate``: patterns led by a literal, one of them found wherever ``gate`` is; searched
    #: for instead of ``gate`` (an alternation, which the engine tries at every position).
    #: Without: one of them is found wherever ``pattern`` matches.
    fast_gates: tuple[regex.Pattern[str], ...] = ()
    #: For each anchor, None or a pattern found wherever the anchor is (and elsewhere, but
    #: rarely): the anchor is then tested only where that one is found, which the extractor
    #: scans for once per text for all the rules (as an anchor that several rules share).
    #: The anchor must be :func:`bounded` (it is tested without a timeout).
    bases: tuple[str | None, ...] = ()
    #: The name of an earlier rule: this one is tried only right after its matches (past up to
    #: 4 spaces), with no scan of its own.
    after: str | None = None
    #: For each anchor, the literal (lower case) its matches start with in any case, or None: a
    #: text whose lower-cased form lacks it has no match of the anchor (see :func:`incidentkit.text.lowered`).
    anchor_words: tuple[str | None, ...] = attrs.field(init=False, default=attrs.Factory(
        lambda rule: tuple(_literal_word(anchor.pattern) for anchor in rule.anchors), takes_self=True))
    #: For each fast gate, the word it starts with in any case, or None (as ``anchor_words``).
    fast_gate_words: tuple[str | None, ...] = attrs.field(init=False, default=attrs.Factory(
        lambda rule: tuple(_literal_word(gate.pattern) for gate in rule.fast_gates), takes_self=True))

    @functools.cached_property
    def lower_anchors(self) -> tuple[regex.Pattern[str] | None, ...]:
        """For each anchor, a case-sensitive twin to search the lower-cased text with, or None.

        Case-insensitive search is several times slower in ``regex``; a twin finds the same
        positions in :func:`incidentkit.text.lowered` (see :func:`_lower_case_twin`).
        """
        twins = (_lower_case_twin(anchor.pattern) for anchor in self.anchors)
        return tuple(None if twin is None else regex.compile(twin) for twin in twins)

    @functools.cached_property
    def literal_anchors(self) -> tuple[bool, ...]:
        """For each anchor, whether it is its word alone in any case (``(?i:word)``)."""
        return tuple(word is not None and anchor.pattern == f"(?i:{word})"
                     for anchor, word in zip(self.anchors, self.anchor_words, strict=True))

    @functools.cached_property
    def base_patterns(self) -> tuple[regex.Pattern[str] | None, ...]:
        """For each anchor, its compiled base (see :attr:`bases`), or None."""
        bases = self.bases or (None,) * len(self.anchors)
        return tuple(None if base is None else regex.compile(base) for base in bases)

    @functools.cached_property
    def bounded(self) -> bool:
        """Whether a match of :attr:`pattern` at one position costs a bounded time (see :func:`bounded`)."""
        return bounded(self.source)

    # Compiled on first use: the grammar compiles up front the patterns most texts need, and
    # leaves the others (a rule tried on few texts, a gate only its fast gates are searched
    # for) to the first text that needs them (start-up time). Two threads may both compile
    # one: the same pattern either way.
    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        """The rule's pattern."""
        return regex.compile(self.source)

    @functools.cached_property
    def gate(self) -> regex.Pattern[str] | None:
        """The compiled :attr:`gate_source`, or None."""
        return None if self.gate_source is None else regex.compile(self.gate_source)


class DocumentTables:
    """What one document's text determines, each computed on first use (many documents need few).

    Built once per document and shared by the passes over it (see :meth:`State.fresh`).
    """

    def __init__(self, text: str, grammar: Grammar) -> None:
        self.text = text
        self.grammar = grammar
        self._reporting: dict[int, bool] = {}

    @functools.cached_property
    def night(self) -> NightReading:
        """How nights are valued in this document: the grammar's setting, or by genre."""
        return self.grammar.night_for(self.text)

    @functools.cached_property
    def country(self) -> str | None:
        """The country the document seems to be about (for holidays)."""
        return self.grammar.country_of(self.text)

    @functools.cached_property
    def headline_end(self) -> int:
        """The end of the headline: a first line without a full stop, or 0."""
        line = _HEADLINE.match(self.text)
        return line.end() if line else 0

    @functools.cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The sentences of the text."""
        return sentences(self.text)

    @functools.cached_property
    def starts(self) -> list[int]:
        """The start offset of each sentence, for bisection."""
        return [s.start for s in self.sentences]

    def reporting(self, start: int) -> bool:
        """Whether the words before ``start`` are a reporting verb's (``said on``); cached per offset."""
        found = self._reporting.get(start)
        if found is None:
            lower, twin = self.lower, self.grammar.reporting_lower
            if lower is not None and twin is not None:
                found = twin.search(lower, max(0, start - 80), start) is not None
            else:
                found = self.grammar.reporting.search(self.text, max(0, start - 80), start) is not None
            self._reporting[start] = found
        return found

    @functools.cached_property
    def lower(self) -> str | None:
        """The lower-cased text, if its words match there as in the text case-insensitively."""
        return lowered(self.text)


class State:
    """Per-document context for interpretation: reference date, what was said before.

    One is made for each document and thrown away after it, so extractors stay
    free of per-document state.
    """

    def __init__(self, text: str, published: dt.date | dt.datetime | None, grammar: Grammar,
                 tables: DocumentTables | None = None) -> None:
        self.text = text
        self.grammar = grammar
        self.published = published
        #: What is derived from the whole text, shared by every pass over the same document.
        self.tables = tables if tables is not None else DocumentTables(text, grammar)
        self.ref: dt.date | None = None
        self.ref_time: dt.datetime | None = None
        if isinstance(published, dt.datetime):
            self.ref, self.ref_time = published.date(), published
        elif isinstance(published, dt.date):
            self.ref = published
        self.event_day: dt.date | None = None
        self.event_pod: str | None = None
        self.last_night: dt.date | None = None
        #: The last night named by a date (``the night of May 12``, ``Friday night``), not by
        #: narrative (``that night``, ``the following night``).
        self.named_night: dt.date | None = None
        #: The night the report's first ``overnight`` or ``last night`` meant, when that was the
        #: night before publication.
        self.deictic_night: dt.date | None = None
        #: The event day when ``last_night`` was named: a later one moved the story to another day.
        self.night_event: dt.date | None = None
        self.last_weekday: tuple[int, dt.date] | None = None
        #: The last year written out, and the index of its sentence.
        self.written_year: tuple[int, int] | None = None
        #: The first night the report names explicitly, set by a first pass over the text.
        self.first_night: dt.date | None = None
        #: The last month named as a date (``in September``), for ``the previous month``.
        self.last_month: dt.date | None = None
        #: Where ``last_night`` was named, if no other event day came after it (-1: none).
        self.night_at = -1
        #: Where ``last_month`` was named.
        self.last_month_at = 0
        #: The last week named (``last week``, ``the week of March 9``): its Monday, and where.
        self.last_week: tuple[dt.date, int] | None = None
        #: The last range of clock times that crossed midnight (``between 18:00 on 14 May and
        #: 08:00``), or the night after an evening time (``at 23:40 on Sunday``): its start day
        #: and clock, its end day and clock, and whether a range told it. A day named later, or
        #: another range, ends it.
        self.window: tuple[dt.date, tuple[int, int], dt.date, tuple[int, int], bool] | None = None
        #: ``window`` when a bare clock time was placed past its midnight (``at 2 a.m.``).
        self.crossed: tuple[dt.date, tuple[int, int], dt.date, tuple[int, int], bool] | None = None

    def fresh(self) -> State:
        """A new state for another pass over the same document, reusing its tables."""
        return State(self.text, self.published, self.grammar, self.tables)

    @property
    def night(self) -> NightReading:
        """How nights are valued in this document: the grammar's setting, or by genre."""
        return self.tables.night

    @property
    def country(self) -> str | None:
        """The country the document seems to be about (for holidays)."""
        return self.tables.country

    @property
    def _sentences(self) -> tuple[Span, ...]:
        return self.tables.sentences

    @property
    def _starts(self) -> list[int]:
        return self.tables.starts

    # ------------------------------------------------------------------ context

    def anchor(self) -> dt.date | None:
        """The day anaphora and bare clock times refer to: the last event day, else publication."""
        return self.event_day or self.ref

    def sentence(self, start: int, end: int) -> str:
        """The sentence around ``[start, end)`` with the expression itself blanked out."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return ""
        span = self._sentences[index]
        left, right = max(span.start, start - _WINDOW), min(span.end, end + _WINDOW)
        return self.text[left:start] + " " + self.text[end:right]

    def tense_start(self, index: int) -> int:
        """Where sentence ``index`` starts (0 before the first)."""
        return self._sentences[index].start if index >= 0 else 0

    def sentence_index(self, start: int) -> int:
        """The index of the sentence an offset is in (-1 before the first)."""
        return bisect.bisect_right(self._starts, start) - 1

    def year_in_sentence(self, start: int) -> int | None:
        """The year written earlier in the same sentence (``in 2022, when ... on February 24``)."""
        if self.written_year is not None and self.written_year[1] == self.sentence_index(start):
            return self.written_year[0]
        return None

    def starts_sentence(self, start: int) -> bool:
        """Whether an expression is the first word of its sentence."""
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and self._sentences[index].start == start

    def tense(self, start: int, end: int) -> Literal["past", "future"] | None:
        """The tense around an expression: its clause's, else its sentence's; future markers win.

        ``since`` right before the expression always means the past.
        """
        if _SINCE.search(self.text, max(0, start - 14), start):
            return "past"
        sentence = self.sentence(start, end)
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return None
        span = self._sentences[index]
        left = self.text[max(span.start, start - _WINDOW):start]
        right = self.text[end:min(span.end, end + _WINDOW)]
        cut_left = max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0)
        cut_right = next((m.start() for m in _CLAUSE_BREAK.finditer(right)), len(right))
        # The verb right before the expression decides first: "announced Wednesday that it
        # will ...", "a comet discovered in December will pass", "will be held on June 10".
        near = _NEAR_LEFT.search(left[cut_left:])
        if near is not None:
            if self.grammar.future.search(near.group()) or _STARTING.search(near.group()):
                return "future"
            if self.grammar.past.search(_PASSIVE.sub(" ", near.group())):
                return "past"
        tail = left[-14:].lower()
        if ("til" in tail or "through" in tail) and _PRESENT_UNTIL.search(left, cut_left) is not None:
            return "future"  # "(he said the ban) remains in force until March 31": a limit ahead
        for text in (left[cut_left:] + " " + right[:cut_right], sentence):
            if self.grammar.future.search(text):
                return "future"
            if self.grammar.past.search(text):
                return "past"
        if _DEADLINE.search(left):
            return "future"  # "Iraq has until Saturday to comply"
        return None

    def past_only_by_reporting(self, start: int, end: int) -> bool:
        """Whether the only past-tense words of the sentence around an expression are reporting verbs.

        The clause of the expression has no tense (``ahead of celebrations on May 9``) and the
        sentence is in the past only because it is reported (``..., officials said``).
        """
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return False
        span = self._sentences[index]
        left = self.text[max(span.start, start - _WINDOW):start]
        right = self.text[end:min(span.end, end + _WINDOW)]
        cut_left = max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0)
        cut_right = next((m.start() for m in _CLAUSE_BREAK.finditer(right)), len(right))
        clause = left[cut_left:] + " " + right[:cut_right]
        if self.grammar.past.search(clause) or self.grammar.future.search(clause):
            return False
        sentence = self.grammar.reporting_word.sub(" ", left + " " + right)
        return self.grammar.past.search(sentence) is None

    def rescheduled(self, start: int, end: int) -> bool:
        """Whether a day is the new day of a rescheduled event, ahead of publication.

        ``The exercise has been moved to Friday``, ``The session, postponed to Monday, ...``:
        the participle is no past of the day itself. Conservative: another past-tense word in
        the sentence (but reporting verbs), without a future one, keeps the day in the past.
        """
        near = self.grammar.rescheduled.search(self.text, max(0, start - 50), start)
        # "June 24 has been declared a day of mourning": the day as what was decided
        decided = None if near is not None else _DECIDED_AFTER.match(self.text, end)
        if near is None and decided is None:
            return False
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return False
        span = self._sentences[index]
        left = self.text[max(span.start, start - _WINDOW):near.start() if near is not None else start]
        right = self.text[decided.end() if decided is not None else end:min(span.end, end + _WINDOW)]
        rest = self.grammar.reporting_word.sub(" ", left + " " + right)
        return self.grammar.future.search(rest) is not None or self.grammar.past.search(rest) is None

    def reporting(self, start: int) -> bool:
        """Whether the expression dates a report (``said on Sunday``) rather than an event."""
        return self.tables.reporting(start)

    def recent_night(self, start: int) -> dt.date | None:
        """The night an ``overnight`` at ``start`` means when the report names one close to publication.

        The first night the report names is meant from a headline before it (``Night raid on
        Pskov`` over ``on the night of August 29-30``); in the body, an ``overnight`` before
        any night named is the night before publication, and a night named after it is
        another (``Russia launched 355 drones overnight ... On the night of Saturday to
        Sunday, 298 drones ...``).
        """
        first = self.first_night if start < self.tables.headline_end else None
        for night in (self.named_night, first):
            if night is not None and (self.ref is None or 0 <= (self.ref - night).days <= 2):
                return night
        return None

    def update(self, resolved: Resolved, start: int, end: int) -> None:
        """Remember a resolved expression for the anaphora that may follow it."""
        written = _WRITTEN_YEAR.search(self.text, start, end)
        if written and _ATTRIBUTIVE_YEAR.match(self.text, written.end()) and _THE.search(
                self.text, max(0, written.start() - 5), written.start()):
            pass  # "the 2004 Games": a name, not the time of the sentence
        elif written and resolved.value.startswith(written.group()):
            self.written_year = (int(written.group()), self.sentence_index(start))
        elif not written and resolved.type is TimeType.DATE and _FOUR_DIGITS.fullmatch(resolved.value) \
                and _RELATIVE_YEAR.search(self.text, start, end):
            # "Last year, the legislature approved the plan in early June": June of that year
            self.written_year = (int(resolved.value), self.sentence_index(start))
        month = _YEAR_MONTH_VALUE.match(resolved.value)
        if month and resolved.type is TimeType.DATE and not self.reporting(start):
            self.last_month = dt.date(int(month.group(1)), int(month.group(2)), 1)
            self.last_month_at = start
        week = _WEEK_VALUE.match(resolved.value) if "-W" in resolved.value else None
        if week and resolved.type is TimeType.DATE:
            self.last_week = (dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1),
                              start)
        if resolved.day is not None and resolved.anchors and not self.reporting(start) \
                and not self._background(resolved.day, start, end):
            self.event_day = resolved.day
            self.event_pod = resolved.pod
            self.window = None  # the story moved on to a day it names
            self.night_at = -1  # (a night named with it is set again below)
        if resolved.pod == "NI" and resolved.day is not None:
            self.last_night = resolved.day
            self.night_at = start
        if resolved.pod == "NI" and resolved.day is not None:
            self.night_event = self.event_day
            if resolved.explicit:
                self.named_night = resolved.day

    def _background(self, day: dt.date, start: int, end: int) -> bool:
        """Whether a date at ``start`` starts a long period told as background, not an event.

        ``most have been intercepted since the war began on Oct. 7, 2023``: the clock times
        after it are not on that day.
        """
        if self.ref is None or (self.ref - day).days < 2:
            return False
        if (self.ref - day).days > _BACKGROUND_DAYS and \
                _SINCE_CLAUSE.search(self.text, max(0, start - 60), start) is not None and \
                _WHEN_AFTER.match(self.text, end) is None:
            return True
        # "The refinery had resumed work on September 1 after a strike on August 25": a date told
        # in the past perfect, not reported speech ("officials said it had ..."), is before the story
        if "had" not in self.text[max(0, start - _WINDOW):start].lower():
            return False  # (no past perfect: the sentences need not be found)
        index = self.sentence_index(start)
        if index < 0:
            return False
        span = self._sentences[index]
        left = self.text[max(span.start, start - _WINDOW):start]
        clause = left[max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0):]
        return "had" in clause.lower() and _PLUPERFECT.search(clause) is not None and \
            self.grammar.reporting_word.search(self.text, max(span.start, start - _WINDOW),
                                               min(span.end, end + _WINDOW)) is None

    def in_window(self, clock: tuple[int, int]) -> dt.date | None:
        """The day of a bare clock time inside the range across midnight the report just told.

        ``Between 18:00 on 14 May and 08:00 on 15 May ... At 03:40``: a time from the range's
        start clock on is on its first day, one up to its end clock on the next.
        """
        window = self.window
        if window is None:
            return None
        first, begin, last, finish, _ = window
        if clock >= begin:
            return first
        if clock <= finish:
            return last
        return None

    def moved_from_night(self) -> bool:
        """Whether the report went back to an earlier day since it last named a night.

        ``Overnight, ... On 12 May a strike hit ... That night ...``: ``that night`` is the
        12th's, not the opening night. The day before a night is the night's own evening, and
        a later day (``the toll rose on Monday``, ``today``) tells what followed the night.
        """
        night, event = self.last_night, self.event_day
        return (night is not None and event is not None and event != self.night_event
                and event < night - dt.timedelta(days=1))


#: How far after publication a date without a year that a past-tense clause looks ahead to
#: (see _AHEAD_OF) is still the coming one: the past tense is the announcement's.
_SOON = dt.timedelta(days=14)
# "martial law was extended until February 7", "holidays had been extended until January 19": a
# term that was lengthened ends ahead, up to half a year after publication.
_EXTENDED = dt.timedelta(days=183)
# How much later than a report's publication stamp its "as of" time may be, on the same day.
_STAMP_SLACK = dt.timedelta(hours=2)
_EXTENDED_UNTIL = regex.compile(
    r"(?i)\b(?:extended|prolonged|lengthened)\b(?:[\s,]{1,4}[\w'’-]+){0,6}?[\s,]{1,4}"
    r"(?:until|till|through|to)\s{1,4}(?:the\s{1,4})?$")
# Prepositions that look ahead to a date: "declared for July 9", "ahead of Victory Day".
_AHEAD_OF = regex.compile(r"(?i)\b(?:for|ahead\s{1,4}of|before|until|till|by)\s{1,4}(?:the\s{1,4})?$")
#: After a night, a clock time from this hour on is the evening before it ("on Friday night, at
#: 23:00"); an earlier one is the day the night ends on ("power was restored by midday").
_EVENING_HOUR = 18
#: The hour each part of day (but the night) starts at.
_POD_START = {"MO": 6, "AF": 12, "EV": 18, "NI": 0}
#: The hour each part of day (but the night) ends at.
_POD_END = {"MO": 12, "AF": 18, "EV": 24, "NI": 6}

# literal patterns of the per-expression helpers, compiled once
_FOUR_DIGITS = regex.compile(r"\d{4}")
_YEAR_MONTH_VALUE = regex.compile(r"(\d{4})-(\d{2})(?:-\d{2})?$")
_SINGLE_NIGHT = regex.compile(r"(?i)\b(?:in|over|within)\s{1,4}(a\s{1,4}single|one)\s{1,4}$")
_EARLIER_IN = regex.compile(r"(?i)\bearlier\s{1,4}(?:in|that|this)\s{1,4}$")
_WEEK_VALUE = regex.compile(r"(\d{4})-W(\d{2})$")
_OCLOCK = regex.compile(r"\s{0,4}o'clock")
_IN_THE = regex.compile(r"\s{1,4}(?:in\s{1,4}the\s{1,4}(morning|afternoon|evening)|at\s{1,4}(night))$")
# An offset from UTC as a zone: "UTC+3", "GMT -05:00".
_UTC_OFFSET = regex.compile(r"(?:UTC|GMT)\s{0,2}([+\u2212-])\s{0,2}(\d{1,2})(?::?([0-5]\d))?")
_HOURS_SUFFIX = regex.compile(r"\s{0,4}(?:hours|hrs)$")
_SECONDS = regex.compile(r"^(\d{1,2}:\d\d):\d\d")
_CLOCK_PARTS = regex.compile(r"(\d{1,2})(?:[:h.]?([0-5]\d))?\s{0,4}(?:([ap])m)?")
_GROUPED_DIGITS = regex.compile(r"\d{1,3}(?:,\d{3})+")
_DECIMAL = regex.compile(r"\d+(?:[.,]\d+)?")
_WORD_DOT = regex.compile(r"\p{L}+\.?")
_DIGITS = regex.compile(r"\d+")
_THE_DAY = regex.compile(r"(?i:the\s{1,4}day)")
_THE_DAY_BEFORE = regex.compile(r"(?i:the\s{1,4}day\s{1,4}(?:before|after))")
_DETERMINER_AFTER = regex.compile(r"\s{1,4}(?:the|a|an|his|her|its|their|\w+'s)\b")
_NAME_AFTER = regex.compile(r"\s{1,4}\p{Lu}\p{Ll}")
_LETTER = regex.compile(r"\p{L}")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\n\"“(—–-])\s{0,3}$")

#: Characters other than the two ASCII cases that a case-insensitive ASCII letter matches.
_CASE_VARIANTS = {"s": "\u017f", "k": "\u212a", "i": "\u0130"}


# Rules whose pattern few texts need (their fast gates, gate or anchors are found in few
# texts; the pattern is compiled on first use, see Rule.pattern). Of the 816 reports of the
# regression corpus, the pattern is used on: day_at_clock 2, night_to 4, pod_on 3,
# duration_compound 3, week_of 1; on generated reports, none. (pod_of and day_pod, used on
# 7-8% of them, are not rare: deferring them would only move their cost to a first report.)
_RARE_RULES = frozenset({"day_at_clock", "night_to", "pod_on", "duration_compound", "week_of", "days_pods",
                         "days_into", "clock_range_start", "clock_range_end"})


_GROUP_OPENER = regex.compile(r"\(\?(?::|=|!|<=|<!)|\((?!\?)")
_QUANTIFIER = regex.compile(r"\{\d*,?\d*\}")


def bounded(source: str) -> bool:
    r"""Whether ``source`` repeats nothing without bound (no ``*``, ``+``, ``{m,}`` or group call).

    Then a match at one position reads at most a fixed number of characters however long
    the text, and needs no timeout (passing one costs about 0.7 µs a call in ``regex``,
    more than many matches). Conservative: a pattern it cannot read is unbounded.

    >>> bounded(r"(?i:the)(?=\s{1,4}[+\d])"), bounded(r"\d+"), bounded(r"\w{2,}"), bounded(r"\p{Lu}")
    (True, False, False, True)
    """
    index = 0
    in_class = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            escaped = source[index + 1:index + 2]
            if escaped == "g" or escaped.isdecimal():
                return False  # a backreference
            if escaped in ("p", "P", "N", "x") and source.startswith("{", index + 2):
                index = source.find("}", index) + 1  # a property or code: one character
                if index == 0:
                    return False
                continue
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith(("[]", "[^]"), index):
                return False
        elif char in "*+":
            return False
        elif char == "{":
            quantifier = _QUANTIFIER.match(source, index)
            if quantifier is not None and quantifier.group().endswith(",}"):
                return False
        elif char == "(" and source.startswith(("(?R", "(?&", "(?P>", "(?0", "(?1", "(?2", "(?3", "(?4",
                                                 "(?5", "(?6", "(?7", "(?8", "(?9", "(?+", "(?-"), index):
            return False  # a call of a group (maybe itself), not read
        index += 1
    return not in_class


def _habitual(text: str, start: int) -> bool:
    """Whether a habit is told before ``start`` in its sentence (``typically occur at 2 a.m.``)."""
    before = text[max(0, start - 60):start]
    if ("from" in before or "between" in before) and (
            _STANDING.search(before) is not None
            or ("last" in before and _STANDING_LASTS.search(before) is not None)):
        return True  # "the curfew is from 23:00 to 05:00": a standing rule
    if "ly " not in before and "tend" not in before and "rule" not in before:
        return False  # (none of the habit words)
    return _HABITUAL.search(before) is not None


def _on_or_after(start: dt.date, day: dt.date) -> dt.date | None:
    """The first date with ``day``'s month and day on or after ``start`` (None for a 29 February)."""
    for year in (start.year, start.year + 1):
        try:
            found = day.replace(year=year)
        except ValueError:
            continue
        if found >= start:
            return found
    return None


def _lower_case_twin(source: str) -> str | None:
    r"""A pattern that matches the lower-cased text where ``source`` matches the text, or None.

    Every letter of ``source`` must be case-insensitive (inside ``(?i:...)``, written in
    ASCII); the twin lower-cases them and drops the flag. Escapes other than ``\s \w \d``
    (and their negations) and escaped punctuation, named or flagged groups, and letters
    matched by case give None. On a text where :func:`incidentkit.text.lowered` is not None
    (every character lower-cases to one of the same class), both find the same positions.
    """
    out: list[str] = []
    stack: list[bool] = []
    folded = False  # inside (?i:...)
    in_class = False
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            escape = source[index:index + 2]
            if len(escape) < 2 or (escape[1].isalnum() and escape[1] not in "swdSWD"):
                return None
            out.append(escape)
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
            elif char.isalpha():
                if not folded or not char.isascii():
                    return None
                char = char.lower()
            out.append(char)
            index += 1
            continue
        if char == "[":
            if source.startswith(("[]", "[^]"), index):
                return None
            in_class = True
        elif char == "(":
            if source.startswith("(?i:", index):
                stack.append(folded)
                folded = True
                out.append("(?:")
                index += 4
                continue
            opener = _GROUP_OPENER.match(source, index)
            if opener is None:
                return None
            stack.append(folded)
            out.append(opener.group())
            index = opener.end()
            continue
        elif char == ")":
            if not stack:
                return None
            folded = stack.pop()
        elif char == "{":
            quantifier = _QUANTIFIER.match(source, index)
            if quantifier is None:
                return None
            out.append(quantifier.group())
            index = quantifier.end()
            continue
        elif char.isalpha():
            if not folded or not char.isascii():
                return None
            char = char.lower()
        out.append(char)
        index += 1
    return None if in_class or stack else "".join(out)


def _starting_with(exact: str, words: Iterable[str] = ()) -> str:
    """A lookahead for the first characters of a match: ``exact`` (a class body), initials of ``words``.

    Every character that (?i) matches to an initial is included: both cases, plus the few
    non-ASCII case variants of ASCII letters (long s, Kelvin sign, dotted capital I).
    """
    initials = {w[:1].lower() for w in words if w}
    chars = sorted(initials | {c.upper() for c in initials} | {_CASE_VARIANTS[c] for c in initials
                                                                 if c in _CASE_VARIANTS})
    return "(?=[" + exact + "".join(regex.escape(c) for c in chars) + "])"


def _alt(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first, spaces matching any whitespace."""
    parts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s{1,4}") for w in parts) + ")"


def _longest(words: Iterable[str]) -> int:
    """The most characters a phrase of :func:`_alt` can match (a space matches up to 4)."""
    return max((len(w) + 3 * w.count(" ") for w in words), default=0)


def _any_case(words: Iterable[str]) -> list[str]:
    """Each word as a pattern matching it in any case."""
    return [rf"(?i:{regex.escape(word)})" for word in words]


_ANY_CASE_WORD = regex.compile(r"\(\?i:([a-z]+)\)")


def _literal_word(anchor: str) -> str | None:
    """The word an anchor pattern starts with in any case (``(?i:word)...``), else None."""
    found = _ANY_CASE_WORD.match(anchor)
    return found.group(1) if found else None


def _shortest_prefixes(words: Iterable[str]) -> list[str]:
    """The words that do not start with another of ``words`` (which find every word)."""
    unique = set(words)
    return sorted(w for w in unique if not any(w != v and w.startswith(v) for v in unique))


def _capitalised(words: Iterable[str]) -> str:
    """An alternation of names written ``Name`` or ``NAME`` (never ``name``), whole words."""
    variants = set()
    for word in words:
        variants.add(word[:1].upper() + word[1:])
        variants.add(word.upper())
    return "(?:" + "|".join(sorted(variants, key=lambda w: (-len(w), w))) + r")(?![\w])"


def _number(text: str) -> float | None:
    """The value of a numeral (``24``, ``4.5``, ``twenty-three``, ``a``, ``one and a half``).

    None means a vague amount (``a few``, ``several``).
    """
    words = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if _GROUPED_DIGITS.fullmatch(words):  # 6,000: exact however long (a float is not)
        whole = int(words.replace(",", ""))
        return whole + half if half else whole
    if _DECIMAL.fullmatch(words):
        value = float(words.replace(",", ".")) + half
        return value if math.isfinite(value) else None  # hundreds of digits: not an amount
    if words in data.NUMBER_WORDS:
        return data.NUMBER_WORDS[words] + half
    if any(words == vague for vague in data.VAGUE_AMOUNTS):
        return None
    total = 0
    for word in words.split():
        if word in data.TENS_WORDS:
            total += data.TENS_WORDS[word]
        elif word in data.NUMBER_WORDS and data.NUMBER_WORDS[word] < 10:
            total += data.NUMBER_WORDS[word]
        else:
            return None
    return total + half


def _plain(amount: float) -> str:
    """``amount`` to six significant digits, positionally: ``0.0000001``, not ``1e-07``.

    TIMEX3 values have no exponents.
    """
    return format(decimal.Decimal(f"{amount:g}"), "f")


def _duration(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``(4.5, "hour")`` → ``PT4H30M``; a vague amount gives ``PTXH``."""
    letter, is_time = data.UNITS[unit]
    multiple = 1
    if letter[:-1].isdigit():  # fortnight = 2W
        multiple, letter = int(letter[:-1]), letter[-1]
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= multiple
    if amount != int(amount):
        if letter == "H":
            if not int(amount):
                return f"PT{round(amount * 60)}M"
            return f"PT{int(amount)}H{round((amount % 1) * 60)}M"
        if letter == "M" and is_time:
            return f"PT{int(amount)}M{round((amount % 1) * 60)}S"
        if letter == "D":
            return f"PT{round(amount * 24)}H"
        if letter == "Y" and (amount * 12) == int(amount * 12):
            return f"P{int(amount * 12)}M"
        if letter in ("DE", "CE"):  # "half a century": in years
            return f"P{_plain(amount * (10 if letter == 'DE' else 100))}Y"
        return f"{prefix}{_plain(amount)}{letter}"
    return f"{prefix}{int(amount)}{letter}"


def _unit_of(word: str) -> str | None:
    word = word.lower()
    if word in data.UNIT_ABBREVIATIONS:
        return data.UNIT_ABBREVIATIONS[word]
    if word in data.UNITS:
        return word
    if word.endswith("ies") and word[:-3] + "y" in data.UNITS:
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in data.UNITS:
        return word[:-1]
    return None


#: Roughly how many years one unit is: enough to tell whether a shift leaves the calendar.
_YEARS_PER_UNIT = {"second": 1 / 31_557_600, "minute": 1 / 525_960, "hour": 1 / 8_766, "day": 1 / 365.25,
                   "week": 7 / 365.25, "fortnight": 14 / 365.25, "month": 1 / 12, "year": 1.0,
                   "decade": 10.0, "century": 100.0}


def _in_calendar(year: int, unit: str, amount: float) -> bool:
    """Whether ``amount`` units from a day of ``year`` is still a four-digit year (1–9999).

    ``5000 years ago`` or ``900000 days ago`` are time expressions, but their date has no
    TIMEX3 value (and no ``datetime``): they resolve to ``PAST_REF``/``FUTURE_REF`` instead.
    """
    try:
        return 2 <= year + amount * _YEARS_PER_UNIT[unit] <= 9998
    except OverflowError:  # an int of hundreds of digits has no float
        return False


def _shift(day: dt.date, unit: str, amount: int) -> str:
    """The value of the period ``amount`` units away from ``day``, at the unit's granularity."""
    if unit == "day":
        return day_value(day + dt.timedelta(days=amount))
    if unit in ("week", "fortnight"):
        return week_value(day + dt.timedelta(weeks=amount * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return (day + relativedelta(months=amount)).strftime("%Y-%m")
    if unit == "year":
        return f"{day.year + amount:04d}"
    if unit == "decade":
        return f"{(day.year + 10 * amount) // 10:03d}X"
    if unit == "century":
        return f"{(day.year + 100 * amount) // 100:02d}XX"
    raise ValueError(unit)


class Grammar:
    """All rules, compiled once from the vocabulary; see the module docstring."""

    def __init__(
        self,
        *,
        zones: Mapping[str, str],
        holidays: Mapping[str, str | Mapping[str, str]],
        night: Night = "format",
    ) -> None:
        self.zones = {" ".join(k.lower().split()): v for k, v in zones.items()}
        self.holidays = {" ".join(k.lower().split()): v for k, v in holidays.items()}
        self.night = night
        self._build_fragments()
        self.rules = self._build_rules()
        #: the names of the rules another rule is tried right after (see :attr:`Rule.after`)
        self.followed = frozenset(rule.after for rule in self.rules if rule.after is not None)
        self._day_rule = next(rule.pattern for rule in self.rules if rule.name == "day")
        self.future = regex.compile(
            r"(?i)\b(?:will|shall|won't|would(?!\s{1,4}have)|going\s{1,4}to|(?:is|are)\s{1,4}due|scheduled|plans?\s{1,4}to|"
            r"expected\s{1,4}to|(?:is|are|be)\s{1,4}expected|expects?|expecting|must(?!\s{1,4}have)|"
            r"should(?!\s{1,4}have)|could(?!\s{1,4}have)|"
            r"(?:hopes?|aims?|intends?|vows?|promises?)\s{1,4}to|set\s{1,4}(?:to|for)|upcoming|next(?!\s{1,4}(?:to|door)\b)|"
            r"(?:is|are|be)\s{1,4}(?:planned|slated)|slated\s{1,4}(?:to|for)|"
            # the present of a scheduled event: "the festival opens Thursday", "the trial begins Monday"
            r"" + _alt(data.SCHEDULE_VERBS) + r")\b|'ll\b|\b(?-i:may|might)\b"
        )
        self.past = regex.compile(
            r"(?i)\b(?:was|were|had|did|\w{3,}ed|ago|last(?=\s{1,4}(?:" + _alt(data.PAST_LAST_WORDS) + r"))|"
            r"said|told|took|made|went|gave|saw|met|held|won|lost|"
            r"left|began|came|fell|hit|shot|struck|sent|spent|led|brought|found|knew|got|kept|paid|ran|rose|"
            r"sold|wrote|spoke|became|broke|chose|drove|flew|grew|threw|built|fought|sought|caught|meant)\b"
        )
        # "has been moved to Friday", "postponed until Monday": the words right before a day
        self.rescheduled = regex.compile(
            r"(?i)\b(?:(?:has|have|had|was|were|is|are|be|been|being)\s{1,4}){0,3}"
            + _alt(data.RESCHEDULING_VERBS)
            + r"(?:\s{1,4}(?:again|once\s{1,4}more|back))?\s{1,4}(?:to|until|till|for)\s{1,4}"
            r"(?:next\s{1,4})?$"
        )
        self.reporting_word = regex.compile(r"(?i)\b" + _alt(data.REPORTING_VERBS) + r"\b")
        reporting = (_alt(data.REPORTING_VERBS)
                     + r"\b(?:\s{1,4}[\w'’-]+){0,5}?\s{1,4}(?:on|earlier|late|early|by)?\s{0,4}$")
        self.reporting = regex.compile(r"(?i)\b" + reporting)
        # the same for the lower-cased text (see incidentkit.text.lowered), several times faster
        self.reporting_lower = regex.compile(r"\b" + reporting) \
            if all(verb.islower() and verb.isascii() for verb in data.REPORTING_VERBS) else None
        self._recurring = regex.compile(
            r"\s{1,4}(?:(?i:on|at){1}\s{1,4})?(?:" + _capitalised(d + "s" for d in data.WEEKDAYS) + r"|"
            r"(?i:every|each|daily|nightly|weekdays|weekends)\b)"
        )
        # nouns that make "overnight" a term of finance or travel rather than a night
        self._overnight_noun = regex.compile(r"(?i)\s{1,4}" + _alt(data.OVERNIGHT_NOUNS) + r"\b")
        self._attack = regex.compile(r"(?i)\b" + _alt(data.ATTACK_WORDS) + r"\b")

    @functools.cached_property
    def _country_cues(self) -> dict[str, regex.Pattern[str]]:
        """The cue words of each country (for holidays), compiled on first use.

        Only a document naming a holiday needs them (8 of the 816 reports of the regression corpus).
        """
        return {country: regex.compile(r"\b" + _alt(words) + r"(?!\w)")
                for country, words in data.COUNTRY_CUES.items()}

    def night_for(self, text: str) -> NightReading:
        """The night convention for one document: the configured one, or by genre under ``auto``.

        ``auto`` reads a text with attack words (drones, missiles, shelling...) as an
        attack report (the corpus convention: ``Friday night`` ends on Saturday) and any
        other text as general news, where TimeML names a night after its evening.
        """
        if self.night != "auto":
            return self.night
        return "format" if self._attack.search(text, timeout=scan_timeout(len(text))) else "timeml"

    # ------------------------------------------------------------------ fragments

    def _build_fragments(self) -> None:
        full_months = [m for m in data.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
        abbreviations = [m for m in data.MONTHS if m not in full_months]
        month_alts = [w[:1].upper() + w[1:] for w in full_months] + [w.upper() for w in full_months]
        month_alts += [w[:1].upper() + w[1:] + r"\." for w in abbreviations]
        month_alts += [w[:1].upper() + w[1:] for w in abbreviations]
        # Month and weekday names behind a lookahead of their initials: the engine tries the
        # names one by one, and most capitalised words (places, people) fail the lookahead at once.
        self.MONTH = (
            _starting_with("", data.MONTHS)
            + "(?:" + "|".join(sorted(month_alts, key=lambda w: -len(w))) + r")(?:(?<=\.)|(?![\w]))"
        )
        self.WEEKDAY = _starting_with("", data.WEEKDAYS) + _capitalised(data.WEEKDAYS)
        self.DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
        # (?=[12]) first: a cheap test before the lookbehinds (every year starts with 1 or 2)
        self.YEAR = (r"(?=[12])(?:(?<=(?i:\b(?:mid|early|late))-)|(?<![\w$€£.,/-]))"
                     r"(?:1[6-9]\d\d|20\d\d|2100)(?![\w%]|[.,/]\d)")
        numbers = [w for w in data.NUMBER_WORDS if w not in ("a", "an")]
        self.NUMWORD = (
            r"(?i:(?:" + _alt(data.TENS_WORDS) + r"(?:[\s-]{1,4}" + _alt(
                [w for w, v in data.NUMBER_WORDS.items() if 0 < v < 10 and " " not in w and len(w) > 2])
            + r")?|" + _alt(numbers) + r")(?![\w])|an?(?![\w-]))"
        )
        self.NUM = (
            r"(?:(?<![\w.,])\d+(?:[.,]\d+)?(?![\d])|" + self.NUMWORD + ")"
            + r"(?i:\s{1,4}and\s{1,4}a\s{1,4}half)?"
        )
        self.VAGUE = r"(?i:" + _alt(data.VAGUE_AMOUNTS) + r")"
        unit_words = []
        for unit in data.UNITS:
            unit_words += [unit, unit[:-1] + "ies" if unit.endswith("ry") else unit + "s"]
        # (abbreviations in lower case only: "5 HR staff" is no length)
        self.unit_words = unit_words
        # the unit words written out ("two minutes ago", never "two min ago")
        self.UNIT_WORD = r"(?i:" + _alt(unit_words) + r")(?![\w])"
        # ("5 h.p." is no length)
        self.UNIT = (r"(?:(?i:" + _alt(unit_words) + r")|" + _alt(data.UNIT_ABBREVIATIONS)
                     + r"(?!\.\w))(?![\w])")
        self.UNIT1 = r"(?i:" + _alt(data.UNITS) + r")(?![\w])"
        named = [z for z in self.zones if not regex.fullmatch(r"[a-z]{2,5}", z)]
        codes = [z.upper() for z in self.zones if regex.fullmatch(r"[a-z]{2,5}", z)]
        # "UTC+3", "GMT-05:00": an offset from UTC, tried before the bare "UTC"/"GMT"
        self.ZONE = (r"(?:(?:UTC|GMT)\s{0,2}[+\u2212-]\s{0,2}(?:1[0-4]|0?\d)(?::?[0-5]\d)?(?![\d:])"
                     r"|(?i:" + _alt(named) + r")|" + _alt(codes) + r")(?![\w])")
        # a zone right after an expression ("Saturday evening local time")
        self._zone_after = regex.compile(rf"{_S1}({self.ZONE})")
        spoken_cue = (r"(?i:\b(?:at|from|until|till|by|between|after|before|since)"
                      r"(?:\s{1,4}(?:around|about))?)")
        spoken = (r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?:\s{1,4}o'clock)?"
                  r"\s{1,4}(?i:in\s{1,4}the\s{1,4}(?:morning|afternoon|evening)|at\s{1,4}night)")
        self.CLOCK = (
            r"(?:"
            r"(?<![\w:.,/])(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?(?![\d]|[:.,]\d)"
            r"(?:\s{0,4}(?i:[ap]\.m\.|[ap]m(?![\w])))?"
            r"|(?<![\w:.,/])(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?\s{0,4}(?i:[ap]\.m\.|[ap]\.m(?![\w])|[ap]m(?![\w]))"
            r"|(?<![\w:.,/])(?:1[0-2]|0?[1-9])\s{1,4}o'clock(?!\s{1,4}(?i:in\s{1,4}the|at\s{1,4}night)\b)"
            r"|(?=\d)(?<=(?i:\b(?:at|from|to|until|till|by|between|and|after|before|since|around|about))\s{1,4}"
            # the end of "from 18.30-20.00" (its start a clock time too)
            r"|(?:(?i:\b(?:at|from|between|until|till|since|after|before|around|about))\s{1,4}"
            r"(?:[01]?\d|2[0-3])\.[0-5]\d|(?<![\w.,:])(?:[01]?\d|2[0-3]):[0-5]\d)\s{0,4}[-–]\s{0,4})"
            r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|\.\d|\s{0,4}(?i:hours|km|kilomet|miles|percent|per|%|m\b"
            # amounts and measures: "fell to 0.50 euros", "rose to 12.40 points"
            r"|euro|dollar|hryvn|roubl|rubl|pound|cent|point|metre|meter|litre|liter|ton|kg|cm|mm"
            r"|usd|eur|uah|rub|gbp|million|billion|thousand))"
            # "(19.00 GMT)": a dotted time with its zone
            r"|(?<![\w:.,/])(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s{0,4}" + self.ZONE + ")"
            r"|(?<![\w:.,/])(?:[01]\d|2[0-3])[0-5]\d(?=\s{0,4}(?:GMT|UTC|Z\b|(?i:hours|hrs)\b|(?i:local\s{1,4}time)))"
            r"(?:\s{0,4}(?i:hours|hrs)(?![\w]))?"
            # "at 0215": four digits with a leading zero after a preposition of time
            r"|(?=0)(?<=(?i:\b(?:at|from|to|until|till|by|between|and|after|before|since))\s{1,4})"
            r"0\d[0-5]\d(?![\w:/-]|[.,]\d|\s{0,4}\d)"
            # "10 in the morning", "5 o'clock in the evening", "2 at night": after a preposition of
            # time, or as the end of "from 10 in the morning to 6 in the evening" ("about 10 in the
            # evening" alone may be a count: "around" only after a preposition)
            r"|(?=\d{1,2}(?:[:.]\d\d)?(?:\s{1,4}o'clock)?\s{1,4}(?i:in|at)\s)"
            r"(?<=" + spoken_cue + r"\s{1,4}(?:" + spoken + r"\s{1,4}(?i:to|and|until|till)\s{1,4})?)"
            + spoken + r"(?![\w-])"
            # ("12 noon", "12 midnight": the hour is in the extent)
            r"|(?:(?<![\w:.,/])12\s{1,4})?(?i:noon|midday|midnight)(?![\w-])"
            # "at around 16 hours": an hour told as in Russian and Ukrainian ("о 16 годині"), after
            # "at" (not "estimated at 16 hours", a length)
            r"|(?=\d)(?<=(?<!(?i:estimated|put|set|valued|capped|fixed|limited|pegged)\s{1,4})"
            r"(?i:\bat)\s{1,4}(?:(?i:around|about|approximately)\s{1,4})?)"
            r"(?:[01]?\d|2[0-3])\s{1,4}(?i:hours)(?![\w-])"
            r")"
        )
        holiday_names = _alt(self.holidays)
        day_forms = {
            # Friday, December 29, 2023 / Jul. 20 / the 5th of July / 20 July 2025
            "absolute": (
                rf"(?:{self.WEEKDAY},?{_S1})?"
                rf"(?:{self.MONTH}{_S0}{self.DAYNUM}|(?:(?i:the){_S1})?{self.DAYNUM}{_S1}(?:(?i:of){_S1})?{self.MONTH})"
                rf"(?:,?{_S1}{self.YEAR})?"
            ),
            # 2025-07-20
            "iso": rf"{self.YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d])",
            # 20.07.2025, 7/20/2025
            "numeric": r"(?<![\w.,/])(?:3[01]|[12]\d|0?[1-9])"
                       r"(?:\.(?:3[01]|[12]\d|0?[1-9])\.|/(?:3[01]|[12]\d|0?[1-9])/)"
                       r"(?:1[6-9]\d\d|20\d\d|\d\d)(?![\w]|[.,/]\d)",
            # last Monday / Sunday
            "weekday": rf"(?:(?i:last|next|this{_S1}coming|this|coming|past|previous){_S1})?{self.WEEKDAY}",
            # today, yesterday, earlier today
            "deictic": (
                r"(?i:the\s{1,4}day\s{1,4}before\s{1,4}yesterday|the\s{1,4}day\s{1,4}after\s{1,4}tomorrow"
                r"|(?:earlier|later)\s{1,4}today|today|yesterday|tomorrow)(?![\w])"
            ),
            # the same day, the previous day, that date
            "anaphoric": (
                r"(?i:(?:the|that)\s{1,4}(?:same|very)\s{1,4}(?:day|date)|that\s{1,4}(?:day|date)"
                r"|the\s{1,4}(?:previous|following|next|preceding)\s{1,4}day"
                r"|the\s{1,4}day\s{1,4}(?:before|after)(?!\s{1,4}(?:yesterday|tomorrow))"
                # "during the day": the day the report speaks of (checked in _day)
                r"|the\s{1,4}day(?!\s{1,4}(?:before|after|of|when|that|on)\b))"
                r"(?![\w])"
            ),
            # Christmas, Independence Day (capitalised)
            "holiday": rf"(?=\p{{Lu}})(?i:{holiday_names})(?![\w])(?:{_S1}{self.YEAR})?",
            # "on 12.05": day and month (a clock time would be "at 12.05")
            # (the start of a string too: a DAY text is read again alone, see day())
            # (after "on", or the start of a range whose end has its year: "28.09 – 04.10.2025")
            "day_month": r"(?=\d\d?\.[01]\d(?!\d|\.\d))(?:(?<=(?i:\bon)\s{1,4}|^)"
                         r"|(?=\d\d?\.[01]\d\s{0,4}[-–—]\s{0,4}\d\d?\.[01]\d\.(?:1[6-9]\d\d|20\d\d)(?!\d)))"
                         r"(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0[1-9])(?![\w]|[.,/]\d)",
            # "on the 12th": a day of the month spoken of
            "ordinal": rf"(?=(?i:the){_S1}\d)(?<=(?i:\b(?:on|by|until|till|since|of)){_S1}|^)(?i:the){_S1}"
                       r"(?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)(?![\w])"
                       r"(?=\s{0,4}(?:[,.;:)]|$|(?i:at|and|to|when|until|till|in|as|or)\b))",
            # the 24th of last month, the 3rd of this month
            "of_month": rf"(?i:the){_S1}{self.DAYNUM}{_S1}(?i:of){_S1}(?i:last|this|next|the{_S1}same){_S1}"
                        r"(?i:month)(?![\w])",
        }
        self.day_form_names = tuple(day_forms)
        # DAY with a group per form, which tells the form of a match (see :meth:`day`)
        self.DAY_FORMS = "(?:" + "|".join(f"(?P<form_{name}>{pattern})"
                                          for name, pattern in day_forms.items()) + ")"
        # How any DAY text ends (a superset, for gates): a digit (with a suffix), the dot of
        # "Jul.", or the last word of a weekday, month, deictic, anaphoric or holiday form.
        day_last_words = {*data.WEEKDAYS, *data.MONTHS, "today", "yesterday", "tomorrow", "day", "date",
                          "month", *(name.split(" ")[-1] for name in self.holidays)}
        self.DAY_END = r"(?:\d(?:st|nd|rd|th)?|\.|(?i:" + _alt(day_last_words) + "))"
        self.DAY = "(?:" + "|".join(day_forms.values()) + ")"
        self.POD = r"(?i:" + _alt(data.PARTS_OF_DAY) + r")(?![\w-])"
        # the early hours; the small or wee hours after "the"/"that" (where the rules' anchors are)
        self.EARLY_HOURS = rf"(?i:(?:early|(?:small|wee)(?<=(?i:the|that){_S1}(?i:small|wee))){_S1}hours)"
        sep = r"(?:\s{0,4}[-–]\s{0,4}|\s{1,4}(?i:to|into|and|through)\s{1,4})"
        # The second month of each form of a range is a call of one defined once (parsed once:
        # start-up time); the engine seldom reaches it. A group call matches and
        # backtracks as the pattern written in its place would, and captures nothing itself.
        month = "(?&month_r_)"
        self.DAYRANGE = (  # July 19-20, 19 to 20 July, July 31 to August 1, 31 July - 1 August
            rf"(?:(?:{self.MONTH}{_S0}{self.DAYNUM}(?:{_S0}[-–]{_S0}(?:{month}{_S0})?{self.DAYNUM}"
            rf"|{_S1}(?i:to|into|and|through){_S1}(?:{month}{_S0})?{self.DAYNUM}(?!{_S1}\p{{Ll}}))"
            rf"|(?<!\d[.,/]){self.DAYNUM}(?:{_S1}{self.MONTH})?{sep}{self.DAYNUM}{_S1}{month})"
            rf"(?:,?{_S1}{self.YEAR})?"
            rf"(?(DEFINE)(?P<month_r_>{self.MONTH})))"
        )

    # ------------------------------------------------------------------ rules

    def _build_rules(self) -> list[Rule]:
        cue = (
            r"(?i:\b(?:in|since|until|till|through|throughout|during|from|to|by|of|before|after|between|"
            r"and|or|last|next|this|early|late|mid|that|every|each|for|around|about|than|within|"
            r"the|since\s{1,4}early|since\s{1,4}late|as\s{1,4}of|starting|ending|beginning|"
            r"the\s{1,4}\w{2,}est|the\s{1,4}(?:most|least)\s{1,4}\w+)[\s-]{1,4})"
        )
        season = _alt(data.SEASONS)
        ordinal = _alt(data.ORDINALS)
        # first letters of the month names (always capitalised)
        month_initials = "".join(sorted({m[0].upper() for m in data.MONTHS}))
        # parts shared by a rule and its gate (see Rule.gate)
        at_clock = rf"{_S1}(?i:at){_S1}"
        direction = (r"\s{1,4}(?P<dir>(?i:ago|earlier|later|before|after|previously|prior|back|on"
                     r"|from\s{1,4}now))(?![\w])")
        # ", 5 minutes", " and 40 minutes", or a number in digits right after minutes or hours
        # ("3 hours 35 minutes"; see the fast gates)
        compound_next = (rf"(?:{_S0},{_S0}(?i:and{_S1})?|{_S1}(?i:and){_S1}"
                         rf"|(?<=(?i:minute|hour|min|hr)s?|(?<![\w])h){_S1}(?=\d)){self.NUM}{_S1}{self.UNIT}")
        gates = {
            # led by a literal, which the engine finds fast ("overnight" ends with "night")
            "night_to": rf"(?i:night){_S1}(?i:to|into|before){_S1}",
            "ago": rf"(?<![\w]){self.UNIT_WORD}{direction}",
            # the comma or "and" of compound_next first, then a lookbehind for the unit before it
            "duration_compound": rf"(?:,(?<={self.UNIT}{_S0},){_S0}(?i:and{_S1})?"
                                 rf"|(?i:and)(?<={self.UNIT}{_S1}(?i:and)){_S1}){self.NUM}{_S1}{self.UNIT}"
                                 rf"|(?<![\w]){self.UNIT}{_S1}\d{{1,3}}{_S1}{self.UNIT}",
            # a part of each alternative of duration_adj: "hour-long", "62-year-old", "three-day",
            # "weeklong"
            "duration_adj": rf"(?i:long)|-(?i:old)|-{self.UNIT1}",
            # a DAY right before: the word after it is found first (the engine searches words
            # fast), then a lookbehind checks that the text before it ends as a DAY does
            "day_pod": rf"(?<=[\s-]){self.POD}(?<={self.DAY_END}(?:{_S1}|-){self.POD})",
            "day_at_clock": rf"{_S1}(?i:at)(?<={self.DAY_END}{_S1}(?i:at)){_S1}{self.CLOCK}",
            "pod_of": rf"(?:{self.POD}|{self.EARLY_HOURS}){_S1}(?i:of){_S1}",
        }
        rules: list[tuple[str, str, Callable[[regex.Match[str]], Sequence[Piece] | None]]] = [
            # 23:00 Moscow time on March 1 / 13:15 on Thursday / 8 a.m. / noon
            # (a zone may stand in brackets: "from 18:00 (MSK)")
            ("clock", rf"{self.CLOCK}(?:{_S0}(?P<bracket>\({_S0})?(?P<zone>{self.ZONE})(?(bracket){_S0}\)))?"
                      # (not across a blank line, nor a sentence end: "at 6 a.m. On Friday night")
                      rf"(?:(?!{_S0}\n{_S0}\n|(?<=\.){_S1}On\b)"
                      rf"(?:{_S0},{_S0}|{_S1}(?i:on){_S1}|{_S1})(?P<day>{self.DAY})"
                      # "10:17 local time on Sunday morning": the day's part of day is in the extent
                      rf"(?:{_S1}(?P<day_pod>(?i:morning|afternoon|evening|night))(?![\w-]))?"
                      # "8 o'clock this morning", "at 6 yesterday evening": the day of that part of day
                      rf"|{_S1}(?P<deictic_pod>(?i:this|yesterday|tomorrow){_S1}(?i:morning|afternoon|evening))"
                      rf"(?![\w-]))?",
             self._clock),
            # "between 2 and 4 a.m.", "from 9 to 11 p.m.": a bare hour that starts a range whose end
            # has a.m. or p.m. (the hour alone is the extent)
            ("clock_range_start", r"(?i:between|from)\s{1,4}(?P<clock>1[0-2]|0?[1-9])"
             r"(?=" + _BARE_RANGE_TAIL + r")(?P<zone>(?!))?(?P<day>(?!))?", self._clock_range_start),
            # "from 1 a.m. until almost 5": a bare hour that ends a range whose start is a clock
            # time (the hour alone is the extent; it is the first such hour after the start)
            ("clock_range_end",
             r"(?<=(?i:\b(?:from|between))\s{1,4}(?:(?i:about|around)\s{1,4})?(?P<start>" + _RANGE_START_CLOCK
             + r")\s{1,4})(?i:until|till|to|and)\s{1,4}" + _NEARLY + r"(?P<clock>2[0-3]|1\d|0?\d)"
             r"(?=\s{0,4}(?:[.,;)]|$))(?P<zone>(?!))?(?P<day>(?!))?", self._clock_range_end),
            # Monday at 10:00 GMT
            ("day_at_clock",
             rf"(?P<day>{self.DAY}){at_clock}(?P<clock>{self.CLOCK})(?:{_S1}(?P<zone>{self.ZONE}))?",
             self._clock),
            # the night of July 19-20 / the late evening of November 24 / the early hours of Sunday
            ("pod_of", rf"(?i:the{_S1})?(?:(?P<mod>(?i:early|late)){_S1})?"
                       rf"(?P<pod>{self.POD}|{self.EARLY_HOURS})"
                       rf"{_S1}(?i:of){_S1}(?:(?P<range>{self.DAYRANGE})|(?P<day>{self.DAY}))"
                       # ("the early hours of Sunday morning": one expression)
                       rf"(?:(?<=(?i:hours){_S1}(?i:of){_S1}[^\n]{{1,40}}){_S1}(?i:morning)(?![\w-]))?",
             self._pod_of),
            # the night to Saturday / overnight into Sunday
            ("night_to",
             rf"(?i:(?:the{_S1})?night{_S1}(?:to|into|before)|overnight{_S1}(?:into|to)){_S1}(?P<day>{self.DAY})",
             self._night_to),
            # the night from Saturday to Sunday / overnight from Saturday into Sunday
            ("night_span",
             # DAY defined once and called twice (parsed once: start-up time); a call matches
             # and backtracks as the pattern written in its place, and captures nothing itself
             rf"(?i:(?:the{_S1})?night{_S1}(?:of|from)|overnight{_S1}(?:from{_S1})?){_S0}(?P<day1>(?&day_))"
             rf"{_S1}(?i:to|into|and){_S1}(?P<day>(?&day_))(?(DEFINE)(?P<day_>{self.DAY}))", self._night_to),
            # (overnight on) Saturday into Sunday: the night between two weekdays
            ("days_into", rf"(?P<day1>{self.WEEKDAY}){_S1}(?i:into){_S1}(?P<day>{self.WEEKDAY})",
             self._days_into),
            # Tuesday morning / yesterday evening / Friday night / Christmas morning
            # ("on Friday at night", "on 19.09 at night": that day's night, as "Friday night")
            # ("on Monday overnight": that day's night, as "the night of Monday")
            ("day_pod", rf"(?P<day>{self.DAY})(?:(?:{_S1}|-|{_S1}(?i:at){_S1}(?=(?i:night)(?![\w-])))"
                        rf"(?P<pod>{self.POD})"
                        rf"|[ \t]{{1,4}}(?P<over>(?i:overnight))(?![\w-])(?!{_NIGHT_GOES_ON}))",
             self._day_pod),
            # Friday and Saturday nights
            ("days_pods", rf"(?P<day1>{self.WEEKDAY}){_S1}(?i:and|or|&){_S1}(?P<day>{self.WEEKDAY}){_S1}"
                          r"(?P<pod>(?i:mornings|afternoons|evenings|nights))(?![\w])", self._days_pods),
            # dawn on Monday / the evening on July 20
            ("pod_on", rf"(?i:the{_S1})?(?P<pod>{self.POD}){_S1}(?i:on){_S1}(?P<day>{self.DAY})",
             self._day_pod),
            # this morning / tonight / last night / overnight / early-morning
            ("deictic_pod", r"(?i:(?P<this>this|tomorrow|yesterday)\s{1,4}"
                            r"(?P<pod>morning|afternoon|evening|night)"
                            r"|(?P<tonight>tonight)|(?P<last>last\s{1,4}night)|(?P<over>overnight))(?![\w-])"
                            # "overnight on Monday": that day's night, as "the night of Monday"
                            rf"(?:(?<=(?i:overnight)){_S1}(?:(?i:on){_S1})?(?P<day>{self.DAY})(?![\w'’-])"
                            rf"(?!{_NIGHT_GOES_ON}))?",
             self._deictic_pod),
            # the night / that evening / morning
            ("pod", rf"(?i:(?P<det>that|the{_S1}(?:same|previous|following|next|past)|the){_S1})?"
                    rf"(?:(?P<mod>(?i:early|late)){_S1})?"
                    rf"(?<![\w-])(?P<pod>{self.POD}|{self.EARLY_HOURS})"
                    # "the night before" (not "the night before the vote")
                    # ("the night before last": the night before last night)
                    rf"(?:{_S1}(?P<before>(?i:before))(?:{_S1}(?P<blast>(?i:last)))?(?![\w])"
                    rf"(?!{_S1}(?:the|a|an|his|her|its|their|this|that|\w+'s|\p{{Lu}}|\d)))?",
                    self._bare_pod),
            # the week of March 9
            ("week_of", rf"(?i:the{_S1}week{_S1}of){_S1}(?P<day>{self.DAY})", self._week_of),
            # July 19-20
            ("day_range", rf"(?P<range>{self.DAYRANGE})", self._day_range),
            # July 20 / Sunday / yesterday / the same day / Christmas
            # (its pattern also tells the form of a DAY text, see day())
            ("day", rf"(?P<day>{self.DAY_FORMS})", self._day),
            # two days ago / a year earlier / years ago
            ("ago", rf"(?:(?P<num>{self.NUM})|(?P<vague>{self.VAGUE}))?{_SD0}(?<![\w])"
                    rf"(?P<unit>{self.UNIT_WORD})" + direction,
             self._ago),
            # the start of the year / early 2024 / mid-July / later this year
            ("period", rf"(?:(?P<bound>(?i:the{_S1}(?:start|beginning|end|middle|close|turn|rest|remainder)"
                       rf"{_S1}of)){_S1}"
                       rf"|(?P<mod>(?i:(?:the{_S1})?(?:early|late|mid))){_SD1}|(?P<rel>(?i:earlier|later)){_S1})?"
                       rf"(?P<period>"
                       rf"(?P<month_year>{self.MONTH}{_S1}(?:(?i:of){_S1})?"
                       rf"(?:{self.YEAR}|(?i:last|this|next){_S1}(?i:year)(?![\w-])))"
                       rf"|(?P<fiscal>(?i:fiscal(?:{_S1}year)?){_S1}{self.YEAR})"
                       rf"|(?P<season_year>(?i:{season}){_S1}(?:(?i:of){_S1})?"
                       # "winter of 2022-2023", "winter 2023/24": the season that starts in the first
                       rf"(?:(?<![\w.,/-])(?:1[6-9]\d\d|20\d\d)[-–/](?:\d\d){{1,2}}(?![\w/-])|{self.YEAR}"
                       rf"|(?i:next|last|this){_S1}(?i:year)(?![\w-])))"
                       rf"|(?P<quarter>(?i:the{_S1})?(?i:{ordinal}){_SD1}(?i:quarter|half)(?![\w])"
                       rf"(?:{_S1}(?i:of){_S1}(?:(?i:fiscal){_S1})?(?:{self.YEAR}|(?i:this|last|next|the){_S1}(?:fiscal{_S1})?year))?)"
                       rf"|(?P<qcode>(?<![\w])(?:Q[1-4](?:{_S1}{self.YEAR})?|H[12]{_S1}{self.YEAR})(?![\w]))"
                       # "the April-June quarter": a quarter named by its first and last months
                       rf"|(?P<month_quarter>(?i:the){_S1}{self.MONTH}{_S0}[-–]{_S0}{self.MONTH}{_S1}"
                       rf"(?i:quarter)(?![\w]))"
                       rf"|(?P<latest>(?i:the{_S1}(?:latest|most{_S1}recent){_S1}(?:fiscal{_S1})?quarter)(?![\w]))"
                       rf"|(?P<yearend>(?i:year[-\s]end)(?![\w-]))"
                       rf"|(?P<rel_unit>(?i:(?:the{_S1}(?=(?:previous|following|coming|next|current|prior|preceding)\b))?"
                       rf"(?:this|last|next|past|previous|coming|current|following|prior|preceding){_S1}"
                       rf"(?:week|weekend|month|year|quarter|decade|century|(?:fiscal{_S1})?year|{season}))(?![\w]))"
                       rf"|(?P<rel_month>(?i:(?:this|last|next){_S1}){self.MONTH})"
                       rf"|(?P<decade>(?i:the{_S1})?(?:(?<![\w'’])(?:1[6-9]|20)\d0|['’])(?:\d0)?s(?![\w])"
                       rf"|(?i:the){_S1}[2-9]0s(?![\w]))"
                       rf"|(?P<decade_word>(?i:the{_S1})(?i:{_alt(data.DECADE_WORDS)})(?![\w]))"
                       rf"|(?P<century>(?:(?i:the){_S1})?(?:{ordinal}|\d{{1,2}}(?:st|nd|rd|th)){_SD1}"
                       rf"(?i:century)(?![\w]))"
                       # (?=...) before each lookbehind: the cheap test first, same matches
                       rf"|(?=[{month_initials}])(?<={cue})(?P<month>{self.MONTH})"
                       # a month as the subject of a sentence: "September has been the wettest month"
                       rf"|(?=[{month_initials}])(?:(?<=^)|(?<=[.!?][\"”’]?\s{{1,4}})|(?<=\n))"
                       rf"(?P<month_subject>{self.MONTH})"
                       rf"(?=\s{{1,4}}(?:has|had|is|was|will|saw|brought|marked|began|ended|became|remains|"
                       rf"remained|proved|looks|promises)\b)"
                       rf"|(?=(?i:{season}))(?<={cue}|\bthe{_S1})(?P<season>(?i:{season}))(?![\w])"
                       rf"|(?P<year>(?:(?i:the{_S1}year){_S1})?{self.YEAR})"
                       rf"|(?P<unit_back>(?i:the{_S1}(?:year|month|week){_S1}(?:before|earlier|after|later))"
                       rf"(?![\w-])(?!{_S1}(?:the|a|an|his|her|its|their|this|that|\w+'s)\b))"
                       rf"|(?P<the_unit>(?i:the{_S1}(?:same{_S1})?(?:(?:fiscal{_S1})?year|month|week|weekend|quarter|decade|century))"
                       rf"(?![\w-]))"
                       # "since the start of the day" (only with a bound: see _period)
                       rf"|(?=(?i:the){_S1}(?i:day))(?<=(?i:of){_S1})(?P<the_day>(?i:the{_S1}day)(?![\w-]))"
                       rf")", self._period),
            # now / currently / recently / the future / former
            ("ref", r"(?i:(?P<present>right\s{1,4}now|now|currently|nowadays|these\s{1,4}days"
                    r"|(?<=\bat\s{1,4})present"
                    r"|the\s{1,4}present(?:\s{1,4}day)?|(?<=\b(?:at|for|right)\s{1,4})the\s{1,4}moment)"
                    r"|(?P<past>recently|lately|formerly|in\s{1,4}recent\s{1,4}(?:hours|days|weeks|months|years|decades)"
                    r"|(?<=\bin\s{1,4})the\s{1,4}past|recent\s{1,4}(?:hours|days|weeks|months|years|decades))"
                    r"|(?P<future>the\s{1,4}(?:near\s{1,4}|distant\s{1,4})?future"
                    r"|the\s{1,4}coming\s{1,4}(?:hours|days|weeks|months|years|decades)"
                    r"|the\s{1,4}(?:hours|days|weeks|months|years)\s{1,4}ahead))(?![\w-])", self._ref),
            # daily / every week / twice a day
            ("set", r"(?i:(?P<adverb>" + _alt(data.SET_ADVERBS) + r")(?![\w-])"
                    r"|(?:every|each)\s{1,4}(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + _alt(data.NUMBER_WORDS)
                    + r"|other)\s{1,4}"
                    r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|day|week|month|year)(?![\w])"
                    # (?=...) before each lookbehind: the cheap test first, same matches
                    r"|(?=(?:a|per|each)\s)"
                    r"(?<=(?:\b(?:once|twice|times|thrice|million|billion|thousand)|\d|\d\s{1,4}[\p{L}-]{2,20})\s{1,4})"
                    r"(?:a|per|each)\s{1,4}"
                    r"(?P<per>day|week|month|year|hour|night))(?![\w])"
                    r"|(?i:every|each)\s{1,4}(?P<weekday>" + self.WEEKDAY + ")"
                    r"|(?i:every|each)\s{1,4}(?P<month>" + self.MONTH + ")"
                    r"|(?i:every|each)\s{1,4}(?P<season>" + _alt(data.SEASONS) + r")(?![\w])"
                    r"|(?=[" + "".join(sorted({d[0].upper() for d in data.WEEKDAYS})) + "])"
                    r"(?<=(?:(?i:\bon)|" + _capitalised(d + "s" for d in data.WEEKDAYS)
                    + r"\s{0,4}(?:,|(?i:and|or)))\s{1,4})(?P<weekdays>"
                    + _capitalised(d + "s" for d in data.WEEKDAYS) + ")",
             self._set),
            # the past 24 hours / 4.5 hours / a few hours / half an hour
            ("duration", rf"(?:(?P<det>(?i:the{_S1}(?:past|last|next|previous|coming|first|final|following|"
                         rf"entire|whole|remaining|same)){_S1}))?"
                         rf"(?:(?P<half>(?i:half{_S1}an?|half{_S1}a)){_S1}(?P<hunit>{self.UNIT1})"
                         rf"|(?:(?P<num>{self.NUM})|(?P<vague>{self.VAGUE}))"
                         rf"(?:{_S1}(?i:consecutive|straight|successive|full|more|additional|further|whole))?"
                         rf"(?:{_S1}|-)(?P<unit>{self.UNIT})"
                         rf"(?P<andhalf>{_S1}(?i:and{_S1}a{_S1}half))?)", self._duration),
            # 2 hours, 5 minutes and 12 seconds / three hours and 40 minutes
            ("duration_compound",
             rf"{self.NUM}{_S1}{self.UNIT}(?:{compound_next}){{1,3}}", self._duration_compound),
            # the past day / the last week
            ("duration_the", rf"(?i:the{_S1}(?:past|last|coming)){_S1}(?P<unit>{self.UNIT1})",
             self._duration_the),
            # hour-long / three-day / 62-year-old
            ("duration_adj", rf"(?:(?P<num>{self.NUM})-)?(?P<unit>{self.UNIT1})-(?P<suffix>(?i:long|old))"
                             rf"(?![\w-])"
                             rf"|(?P<num2>{self.NUM})-(?P<unit2>{self.UNIT1})(?![\w-])"
                             rf"|(?P<glued>(?i:week|year|day|month)long)(?![\w])", self._duration_adj),
            # for hours / within days
            ("duration_vague", r"(?<=(?i:\b(?:for|within|over|after|in|lasting|lasted|took|take|takes|than|"
                               r"nearly|almost|spent|spend|last)\s{1,4}))(?P<unit>(?i:seconds|minutes|hours|days|"
                               r"weeks|months|years|decades|centuries))(?![\w])"
                               r"|(?P<unit2>(?i:seconds|minutes|hours|days|weeks|months))"
                               r"(?=\s{1,4}(?i:later|earlier|afterwards|after|before)\b)",
             self._duration_vague),
        ]
        first = self._first_chars()
        # "ago": an amount (a number or a vague one, with "and a half") and up to 4 spaces or
        # hyphens come before the unit and direction its gate finds
        numbers = [w for w in data.NUMBER_WORDS if w not in ("a", "an")]
        amount = max(_longest(data.TENS_WORDS) + 4 + _longest(data.NUMBER_WORDS), _longest(numbers),
                     _longest(data.VAGUE_AMOUNTS)) + len(" and a half") + 3 * 3
        reach = {"ago": amount + 4}
        # the alternatives of the gates above, each led by a literal; for day_pod, the word of each
        # part of day that comes after "early-", "late-" or "mid"
        fast_gates = {
            "duration_compound": [rf",(?<={self.UNIT}{_S0},){_S0}(?i:and{_S1})?{self.NUM}{_S1}{self.UNIT}",
                                  rf"(?i:and)(?<={self.UNIT}{_S1}(?i:and)){_S1}{self.NUM}{_S1}{self.UNIT}",
                                  # minutes or hours, then a number in digits and a unit ("hours 35
                                  # minutes"; not after days or years: a gate led by a common word costs
                                  # a scan of nearly every text)
                                  *(rf"(?i:{unit})(?=s?{_S1}\d{{1,3}}{_S1}{self.UNIT})"
                                    for unit in ("minute", "hour")),
                                  # "8 hrs 12 mins", "4 h 23 min" (the abbreviations are lower case)
                                  *(rf"{unit}(?<![\w]{unit})(?=s?{_S1}\d{{1,3}}{_S1}{self.UNIT})"
                                    for unit in ("min", "hr", "h"))],
            "duration_adj": [r"(?i:long)", r"-(?i:old)", rf"-{self.UNIT1}"],
            # a unit (not right after a word character) and a direction
            "ago": [rf"(?i:{word})(?<![\w](?i:{word}))(?![\w]){direction}"
                    for word in sorted(self.unit_words)],
            "pod_of": [rf"(?i:of)(?<=(?:{self.POD}|{self.EARLY_HOURS}){_S1}(?i:of)){_S1}"],
            "day_at_clock": [rf"(?i:at)(?<={self.DAY_END}{_S1}(?i:at)){_S1}{self.CLOCK}"],
            "week_of": [rf"(?i:week)(?={_S1}(?i:of))"],
            "days_into": [rf"(?i:into)(?<={self.WEEKDAY}{_S1}(?i:into)){_S1}{self.WEEKDAY}"],
            "days_pods": [rf"(?i:{word})(?<={self.WEEKDAY}{_S1}(?i:{word}))(?![\w])"
                          for word in ["mornings", "afternoons", "evenings", "nights"]],
            "day_pod": [rf"(?i:{word})(?<={self.DAY_END}(?:{_S1}|-)(?i:early-|late-|mid-?)?(?i:{word}))"
                        for word in ["morning", "afternoon", "evening", "night", "dawn", "daybreak", "dusk"]]
                       + [rf"(?i:night)(?<={self.DAY_END}{_S1}(?i:at){_S1}(?i:night))",
                          # (a weekday, month or day number right before, on the same line)
                          rf"(?i:overnight)(?<=(?:\d(?:st|nd|rd|th)?"
                          rf"|(?i:{_alt([*data.WEEKDAYS, *data.MONTHS])}|today|yesterday))"
                          rf"[ \t]{{1,4}}(?i:overnight))"],
        }
        anchors, lead = self._anchors()
        bases = self._anchor_bases()
        built = [Rule(name, first.get(name, "") + r"(?<![\w])(?:" + pattern + ")", parse, gates.get(name),
                      reach.get(name),
                      tuple(regex.compile(anchor) for anchor in anchors.get(name, ())), lead.get(name, 0),
                      tuple(regex.compile(gate) for gate in fast_gates.get(name, ())),
                      tuple(bases.get(anchor) for anchor in anchors.get(name, ())))
                 for name, pattern, parse in rules]
        # "from 1 a.m. until almost 5": the end hour right after a clock time's match
        built = [attrs.evolve(rule, after="clock") if rule.name == "clock_range_end" else rule
                 for rule in built]
        for rule in built:
            # Compiled now, but for the rules few texts need (see Rule.pattern); a gate is
            # searched only by a rule without fast gates.
            if rule.name not in _RARE_RULES:
                _ = rule.pattern
            if not rule.fast_gates:
                _ = rule.gate
        return built

    def _anchors(self) -> tuple[dict[str, list[str]], dict[str, int]]:
        """Literals that every match of a rule contains (see :attr:`Rule.anchors`), and how far in.

        A literal may have a check after it, or a lookbehind (tested only where it is found).

        The regex engine finds a literal fast, but tries an alternation of words or a
        lookbehind at every position of the text; a rule tried only near its literals
        costs a few calls where it matches and next to nothing where it does not.
        """
        pod = _alt(data.PARTS_OF_DAY)
        # the first words of number and amount words other than "a"/"an"
        amount_words = {w.split()[0] for w in [*data.NUMBER_WORDS, *data.TENS_WORDS, *data.VAGUE_AMOUNTS]}
        amount_words -= {"a", "an"}
        # what follows the amount of a duration
        duration_tail = (rf"(?:{_S1}(?i:and{_S1}a{_S1}half))?"
                         rf"(?:{_S1}(?i:consecutive|straight|successive|full|more|additional|further|whole))?"
                         rf"(?:{_S1}|-){self.UNIT}")
        # every word that follows "the" in a period
        after_the = ["start", "beginning", "end", "middle", "close", "turn", "rest", "remainder", "early",
                     "late", "mid", "latest", "most", "previous", "following", "coming", "next", "current",
                     "prior", "preceding", "year", "month", "week", "quarter", "decade", "century", "same",
                     "day", "fiscal", *data.ORDINALS, *data.DECADE_WORDS]
        plural_units = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
                        "centuries"]
        ((month, names),) = self._anchor_bases().items()
        anchors = {
            # (the) night of / from, overnight (from): "the" and up to 4 spaces before "night"
            "night_span": [rf"(?i:night)(?={_S1}(?i:of|from)|(?<=(?i:overnight)){_S1})"],
            # between / from, then a number
            "clock_range_start": [rf"(?i:between)(?={_S1}\d)", rf"(?i:from)(?={_S1}\d)"],
            # until / till / to / and, then maybe a qualifier, then the hour and a stop
            # (the) part of day, spaces, then "on" and spaces
            "pod_on": [rf"(?i:on)(?<=(?i:{pod}){_S1}(?i:on)){_S1}"],
            # matches start with the unit
            "duration_vague": [word + r"(?![\w])" for word in _any_case(plural_units)],
            # matches start with a determiner, early/late or a part of day (a check after each
            # literal keeps the calls of the rule to the places where it may match)
            "pod": [rf"(?i:{word})(?={_S1}(?:(?i:same|previous|following|next|past){_S1})?"
                    rf"(?:(?i:early|late){_S1})?(?:(?i:{pod})|{self.EARLY_HOURS}))"
                    for word in ["the", "that"]]

                   + [r"(?i:early)(?=[\s-])", r"(?i:late)(?=[\s-])", r"(?i:mid)(?=-?(?i:morning|afternoon))"]
                   + _any_case(["morning", "afternoon", "evening", "night", "dawn", "daybreak", "dusk"]),
            # matches start with one of these words ("now" is in "nowadays", "recent" in "recently")
            "ref": [*_any_case(["now", "currently", "present", "recent", "lately", "formerly"]),
                    rf"(?i:right)(?={_S1}(?i:now))", rf"(?i:these)(?={_S1}(?i:days))",
                    rf"(?i:in)(?={_S1}(?i:recent))",
                    rf"(?i:the)(?={_S1}(?i:present|moment|past|near|distant|future|coming|days|weeks|months"
                    rf"|years))"],
            # this/tomorrow/yesterday + part of day, tonight, last night, overnight
            "deictic_pod": [rf"(?i:{word})(?={_S1}(?i:morning|afternoon|evening|night))"
                            for word in ["this", "tomorrow", "yesterday"]]
                           + [rf"(?i:last)(?={_S1}(?i:night))", r"(?i:tonight)", r"(?i:overnight)"],
            # (a digit anchor tests the character before it right after it: the rule needs a non-word
            # character there, and the test is as cheap as one before it)
            # a digit followed by how each clock form goes on (a colon, "h" or dot and a digit; am/pm,
            # o'clock, a zone or "hours"), or noon, midday, midnight
            "clock": [r"\d(?<![\w].)(?=\d{0,3}(?:[:h.]\d|\s{0,4}(?i:[ap]\.?m|o'clock|gmt|utc|z|hours|hrs"
                      r"|local|in\s{1,4}the\s{1,4}[mae]|at\s{1,4}night|noon|mid))|(?<=0)\d{3}(?!\d))",
                      r"(?i:noon)", r"(?i:mid)(?=(?i:day|night))"],
            # what the text at the start of a period begins with: a year, century or
            # ordinal in digits (1990, 21st), a quote ('90s), Q1-Q4, a capitalised month, or a word
            "period": [r"\d(?<![\w].)(?=\d{3}|\d?(?:st|nd|rd|th))", "'", "’",
                       r"Q(?=[1-4])|H(?=[12]\s)",
                       # a capital starting a month name (a class, which the engine finds fast)
                       month,
                       # "the" before what can follow it in a period
                       # ("the April-June quarter": a month that starts a quarter, then a dash)
                       rf"(?i:the)(?={_S1}(?:[\d'’]|(?i:{_alt(after_the)})"
                       rf"|(?:Jan|Apr|Jul|Oct|JAN|APR|JUL|OCT)[\w.]{{0,6}}{_S0}[-–]))",
                       *_any_case(["early", "late", "mid", "earlier", "fiscal", "year", "this", "last",
                                   "next", "past", "previous", "coming", "current", "following", "prior",
                                   "preceding", *data.SEASONS,
                                   *(word for word in data.ORDINALS if not word[0].isdigit())])],
            # a day: a day number or year in digits (before a month, "-", "." or "/"), a capitalised
            # weekday, month or holiday, or a word that starts a relative day
            "day": [r"\d(?<![\w].)(?=\d?(?:st|nd|rd|th)?\s{1,4}(?:(?i:of)\s{1,4})?[ADFJMNOS]|\d{3}-"
                    r"|\d?[./])",
                    # zero-width: a name found must not hide a day that starts inside it
                    names,
                    rf"(?i:the)(?={_S1}(?:\d|(?i:day|same|very|previous|following|next|preceding)))",
                    rf"(?i:that)(?={_S1}(?i:same|very|day|date))",
                    *(rf"(?i:{word})(?={_S1}(?:(?i:coming){_S1})?[FMSTW])"
                      for word in ["last", "next", "this", "coming", "past", "previous"]),
                    rf"(?i:earlier)(?={_S1}(?i:today))", rf"(?i:later)(?={_S1}(?i:today))",
                    *_any_case(["today", "yesterday", "tomorrow"])],
            # a range of days starts with a capitalised month ("July 19-20") or, not right after a
            # word character, with its first day number, before a dash, "to" (and the like) or a month
            "day_range": [month,
                          r"\d(?<![\w].)(?=\d?(?:st|nd|rd|th)?(?:\s{0,4}[-–]"
                          r"|\s{1,4}(?:[ADFJMNOS]|(?i:to|into|and|through)\s)))"],
            # a duration starts with "the past" (and the like), "half", a number in digits before
            # the rest of a duration, "a"/"an" before a unit or an amount, or another number or
            # amount word (a word that starts with another on the list is found with it)
            "duration": [rf"(?i:the)(?={_S1}(?i:past|last|next|previous|coming|first|final|following|entire"
                         rf"|whole|remaining|same))",
                         r"(?i:half)(?=\s)",
                         # (a lookbehind right after the first character: as cheap a test as comes first)
                         rf"\d(?<![\w.,]\d)(?=[\d.,]*{duration_tail})",
                         rf"(?i:a)(?<![\w].)(?=[nN]?{duration_tail}|{_S1}(?i:few|number|couple|dozen|hundred))",
                         *_any_case(_shortest_prefixes(amount_words))],
            # the adverbs (up to 6 characters into "twice-yearly" or "semi-annual"), every/each,
            # a/per + unit, plural weekdays (up to 6 characters before "days" in "Wednesdays")
            "set": [*_any_case(["daily", "nightly", "weekly", "monthly", "quarterly", "annual", "yearly",
                                "hourly", "every", "each"]),
                    r"(?i:per)(?=\s)", r"(?i:a)(?=\s{1,4}(?i:day|week|month|year|hour|night)(?![\w]))",
                    rf"(?i:around)(?={_S1}(?i:the){_S1}(?i:clock))",
                    rf"(?i:day)(?={_S1}(?i:and){_S1}(?i:night))", r"days(?![\w])", r"DAYS(?![\w])"],
        }
        return anchors, {"night_span": len("the") + 4,
                         "pod_on": len("the") + 4 + _longest(data.PARTS_OF_DAY) + 4,
                         "set": len("twice-")}

    def _anchor_bases(self) -> dict[str, str]:
        r"""Anchors, each with a pattern found wherever it is (see :attr:`Rule.bases`).

        Scanning a 3 kB text for an anchor costs about as much however rarely it matches; an
        anchor is tested only at the few matches of a base that another rule scans for anyway.
        A capitalised month (the ``period`` and ``day_range`` anchor) is a match of the ``day``
        anchor for capitalised weekdays, months and holidays.

        (Not the digits: the anchors led by a digit not right after a word character could all
        be tested at the matches of ``\d(?<![\w].)``, but scanning for that costs as much as
        for one of them, and a 3 kB report has some 70 of it.)
        """
        month = rf"(?=[ADFJMNOS])(?={self.MONTH})"
        names = rf"(?=\p{{Lu}})(?=(?:{self.WEEKDAY}|{self.MONTH}|(?i:{_alt(self.holidays)})(?![\w])))"
        assert bounded(month)
        return {month: names}

    def _first_chars(self) -> dict[str, str]:
        """A lookahead per costly rule naming every character its match can start with.

        A pattern that starts with a lookahead lets the regex engine skip to candidate
        characters instead of trying the whole rule at every position (2-5 times as fast
        for these rules); each class is a superset of the rule's possible first
        characters, so the matches are the same. Rules whose first characters are most
        letters gain nothing and have none.
        """
        lookahead = _starting_with
        day = lookahead(r"\d\p{Lu}", ["the", "last", "next", "this", "coming", "past", "previous",
                                      "earlier", "later", "today", "yesterday", "tomorrow", "that"])
        return {
            "clock": lookahead(r"\d", ["noon", "midday", "midnight"]),
            "day_at_clock": day,
            "day_pod": day,
            "day": day,
            "day_range": lookahead(r"\d\p{Lu}"),
            "period": lookahead(
                r"\d'’\p{Lu}",
                ["the", "early", "late", "mid", "earlier", "later", "fiscal", "year", "this", "last", "next",
                 "past", "previous", "coming", "current", "following", "prior", "preceding",
                 *data.SEASONS, *data.ORDINALS]),
        }

    # ------------------------------------------------------------------ helpers

    def country_of(self, text: str) -> str | None:
        """The country a report seems to be about, by counting cue words (for holidays)."""
        timeout = scan_timeout(len(text))
        counts = {c: len(p.findall(text, timeout=timeout)) for c, p in self._country_cues.items()}
        best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
        return best[0] if best[1] else None

    def _holiday(self, name: str, year: int, country: str | None) -> dt.date | None:
        rule = self.holidays.get(" ".join(name.lower().split()))
        if rule is None:
            return None
        if not isinstance(rule, str):
            rule = rule.get(country or "*", rule.get("*"))
            if rule is None:
                return None
        try:
            if rule.startswith(("easter", "orthodox-easter")):
                offset = int(regex.sub(r"^[a-z]+(?:-[a-z]+)*", "", rule) or 0)
                if rule.startswith("orthodox"):
                    return easter(year, EASTER_ORTHODOX) + dt.timedelta(days=offset)
                return easter(year, EASTER_WESTERN) + dt.timedelta(days=offset)
            if rule.count(":") == 2:
                nth, weekday, month = (int(x) for x in rule.split(":"))
                first = dt.date(year, month, 1)
                if nth > 0:
                    first += dt.timedelta(days=(weekday - first.isoweekday()) % 7)
                    return first + dt.timedelta(weeks=nth - 1)
                last = first + relativedelta(months=1, days=-1)
                return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
            month, day = (int(x) for x in rule.split("-"))
            return dt.date(year, month, day)
        except ValueError:
            return None

    @staticmethod
    def _pick_year(
        state: State, start: int, end: int, make: Callable[[int], dt.date | None]
    ) -> dt.date | None:
        """The year of a date written without one.

        The last occurrence before publication in a past-tense clause, the next one
        after it in a future clause, else the nearest.
        """
        ref = state.ref
        if ref is None:
            return None
        candidates = [d for d in (make(ref.year - 1), make(ref.year), make(ref.year + 1)) if d is not None]
        tense = state.tense(start, end)
        if tense == "past" and any(d <= ref for d in candidates):
            before = state.text[max(0, start - 60):start].lower()
            extended = ("extended" in before or "prolonged" in before or "lengthened" in before) and \
                _EXTENDED_UNTIL.search(before) is not None
            soon = [d for d in candidates if ref < d <= ref + (_EXTENDED if extended else _SOON)]
            if soon and (extended or _AHEAD_OF.search(state.text, max(0, start - 20), start)
                         or state.past_only_by_reporting(start, end) or state.rescheduled(start, end)):
                # "a day of mourning was declared for July 9", said on July 8; "ahead of
                # celebrations on May 9, officials said": only the report is in the past
                return soon[0]
            return max(d for d in candidates if d <= ref)
        if tense == "future" and any(d >= ref for d in candidates):
            return min(d for d in candidates if d >= ref)
        return min(candidates, key=lambda d: abs((d - ref).days), default=None)

    def day(self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        """Interpret a ``DAY`` text: the date (when resolvable) and its TIMEX3 value."""
        text = text.strip()
        # The "day" rule matches a DAY (it may start with any of DAY's first characters):
        # fullmatch tries the forms in order, each every way it can match, so the form whose
        # group is set is the first that matches the whole text.
        match = self._day_rule.fullmatch(text)
        if match is None:
            return None
        name = next(name for name in self.day_form_names if match.group("form_" + name) is not None)
        return getattr(self, "_day_" + name)(text, state, start, end)  # type: ignore[no-any-return]

    def _day_absolute(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        month = next(
            data.MONTHS[w.lower().rstrip(".")] for w in _WORD_DOT.findall(text)
            if w.lower().rstrip(".") in data.MONTHS
        )
        numbers = [int(n) for n in _DIGITS.findall(text)]
        years = [n for n in numbers if n >= 100]
        days = [n for n in numbers if n < 100]
        if not days:
            return None
        day_number = days[0]
        if years:
            try:
                return dt.date(years[0], month, day_number), f"{years[0]:04d}-{month:02d}-{day_number:02d}"
            except ValueError:
                return None
        if state.ref is None:
            return None, f"XXXX-{month:02d}-{day_number:02d}"

        def make(year: int) -> dt.date | None:
            try:
                return dt.date(year, month, day_number)
            except ValueError:
                return None

        year = state.year_in_sentence(start)
        found = make(year) if year is not None else None
        weekday = next((data.WEEKDAYS[w.lower()] for w in _WORD_DOT.findall(text)
                        if w.lower() in data.WEEKDAYS), None)
        if found is None and weekday is not None:
            # "Monday, June 23": the year in which the date is that weekday
            def agreeing(year: int) -> dt.date | None:
                day = make(year)
                return day if day is not None and day.isoweekday() == weekday else None

            found = self._pick_year(state, start, end, agreeing)
        if found is None and year is None:
            found = self._pick_year(state, start, end, make)
        return (found, day_value(found)) if found else None

    def _day_iso(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        try:
            found = dt.date.fromisoformat(text)
        except ValueError:
            return None
        return found, day_value(found)

    def _day_numeric(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        first, second, year_text = regex.split(r"[./]", text)
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        a, b = int(first), int(second)
        # 20.07.2025 is day-first (European); 7/20/2025 is month-first unless the first part > 12.
        day_number, month = (a, b) if "." in text or a > 12 else (b, a)
        try:
            found = dt.date(year, month, day_number)
        except ValueError:
            return None
        return found, day_value(found)

    def _day_day_month(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        day_number, month = (int(part) for part in text.split("."))
        if state.ref is None:
            return None, f"XXXX-{month:02d}-{day_number:02d}"

        def make(year: int) -> dt.date | None:
            try:
                return dt.date(year, month, day_number)
            except ValueError:
                return None

        found = self._pick_year(state, start, end, make)
        return (found, day_value(found)) if found else None

    def _day_ordinal(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        """``the 12th``: that day of the month the report speaks of, not after publication in the past."""
        day_number = int(_DIGITS.findall(text)[0])
        base = state.anchor()
        if base is None:
            return None, f"XXXX-XX-{day_number:02d}"
        months = [base.replace(day=1) + relativedelta(months=shift) for shift in (0, -1, 1)]
        candidates = []
        for month in months:
            try:
                candidates.append(month.replace(day=day_number))
            except ValueError:
                continue
        if not candidates:
            return None
        found = candidates[0]
        ref = state.ref
        tense = state.tense(start, end)
        if ref is not None and found > ref and tense != "future":
            found = max((d for d in candidates if d <= ref), default=found)
        elif ref is not None and found < ref and tense == "future":
            found = min((d for d in candidates if d >= ref), default=found)
        return found, day_value(found)

    def _day_weekday(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        words = text.lower().split()
        weekday = data.WEEKDAYS[words[-1]]
        qualifier = " ".join(words[:-1])
        if state.ref is None:
            return None, "XXXX-XX-XX"
        ref = state.ref
        back = (ref.isoweekday() - weekday) % 7
        previous = state.last_weekday
        if qualifier in ("next", "coming", "this coming"):
            ahead = (weekday - ref.isoweekday()) % 7 or 7
            found = ref + dt.timedelta(days=ahead)
        elif qualifier in ("last", "past", "previous"):
            found = ref - dt.timedelta(days=back or 7)
        elif previous is not None and self._coordinated(state, previous[0], start):
            # "for Saturday and Sunday": the second day follows the first
            found = previous[1] + dt.timedelta(days=(weekday - previous[1].isoweekday()) % 7)
        elif state.text[end:end + 2] not in ("'s", "’s") and back and (
                state.tense(start, end) == "future" or state.rescheduled(start, end)
                or self._ahead_in_past(state, start)):
            found = ref + dt.timedelta(days=7 - back)
        else:
            found = ref - dt.timedelta(days=back)
        return found, day_value(found)

    @staticmethod
    def _ahead_in_past(state: State, start: int) -> bool:
        """Whether a weekday is a limit a past clause sets ahead, not a day that has passed.

        ``ordered schools closed through Saturday``, ``a day of mourning was declared for
        Monday``. A clause that tells how long something went on (``shelling continued until Sunday``)
        keeps the day in the past.
        """
        if _WEEKDAY_AHEAD.search(state.text, max(0, start - 24), start) is None:
            return False
        index = state.sentence_index(start)
        left = state.text[max(state.tense_start(index), start - _WINDOW):start]
        return _LASTED.search(left) is None

    @staticmethod
    def _coordinated(state: State, previous_end: int, start: int) -> bool:
        gap = state.text[previous_end:start]
        return len(gap) < 12 and _COORDINATION.fullmatch(gap) is not None

    def _day_of_month(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        """``the 24th of last month``: a day of the month before (or after) publication's."""
        day_number = int(_DIGITS.findall(text)[0])
        if state.ref is None:
            return None, f"XXXX-XX-{day_number:02d}"
        words = text.lower().split()
        shift = {"last": -1, "next": 1}.get(words[-2], 0)
        month = state.ref.replace(day=1) + relativedelta(months=shift)
        try:
            found = month.replace(day=day_number)
        except ValueError:
            return None
        return found, day_value(found)

    def _day_deictic(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        words = " ".join(text.lower().split())
        offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                   "the day after tomorrow": 2, "earlier today": 0, "later today": 0}
        if state.ref is None:
            return None, "XXXX-XX-XX"
        found = state.ref + dt.timedelta(days=offsets[words])
        return found, day_value(found)

    def _day_anaphoric(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        words = " ".join(text.lower().split())
        anchor = state.anchor()
        if anchor is None:
            return None, "XXXX-XX-XX"
        if any(w in words for w in ("previous", "preceding", "before")):
            anchor -= dt.timedelta(days=1)
        elif any(w in words for w in ("following", "next", "after")):
            anchor += dt.timedelta(days=1)
        return anchor, day_value(anchor)

    def _day_holiday(
        self, text: str, state: State, start: int, end: int
    ) -> tuple[dt.date | None, str] | None:
        year_match = regex.search(r"\d{4}$", text)
        name = text[: year_match.start()].strip() if year_match else text
        if year_match:
            found = self._holiday(name, int(year_match.group()), state.country)
        elif state.ref is not None:
            found = self._pick_year(state, start, end, lambda y: self._holiday(name, y, state.country))
        else:
            return None, "XXXX-XX-XX"
        return (found, day_value(found)) if found else None

    # ------------------------------------------------------------------ parse functions

    def _one(self, match: regex.Match[str], interpret: Interpret, start: int | None = None,
             end: int | None = None) -> list[Piece]:
        return [Piece(match.start() if start is None else start,
                      match.end() if end is None else end, interpret)]

    def _zone(self, text: str | None) -> str | None:
        if not text:
            return None
        offset = _UTC_OFFSET.fullmatch(text)
        if offset is not None:  # "UTC+3" is Etc/GMT-3 (POSIX signs); an offset in minutes has no such zone
            ahead, hours, minutes = offset.group(1) == "+", int(offset.group(2)), int(offset.group(3) or 0)
            if minutes or hours > (14 if ahead else 12):
                return None
            return "UTC" if hours == 0 else f"Etc/GMT{'-' if ahead else '+'}{hours}"
        return self.zones.get(" ".join(text.lower().split()))

    def _clock(self, match: regex.Match[str], given: tuple[int, int] | None = None) -> Sequence[Piece] | None:
        clock_text = match.group("clock") if "clock" in match.groupdict() and match.group("clock") else None
        if given is not None:
            clock_text = None  # (read from the range's start: no text of its own to read)
        elif clock_text is None:
            clock_text = match.group()
            if match.group("zone"):
                clock_text = match.string[match.start():match.start("zone")].rstrip().rstrip("(")
            elif match.groupdict().get("deictic_pod"):
                clock_text = match.string[match.start():match.start("deictic_pod")].rstrip()
            elif match.group("day"):
                clock_text = regex.sub(r"(?i)[\s,]{0,4}(?:\bon)?[\s,]{0,4}$", "",
                                       match.string[match.start():match.start("day")])
        clock = given if given is not None or clock_text is None else _parse_clock(clock_text)
        if clock is None:
            return None
        if clock_text is None:
            clock_text = match.group("clock")
        elif clock[0] < 12 and "m" not in clock_text.lower():
            # "6:15 this evening", "at 11 on Friday night": the afternoon's or evening's hour
            named = (match.groupdict().get("day_pod") or match.groupdict().get("deictic_pod") or "").lower()
            if named.endswith(("afternoon", "evening")) or (named.endswith("night") and clock[0] > 6):
                clock = (clock[0] + 12, clock[1])
        if clock_text.isdigit():  # "between 2 and 4 a.m.": the meridiem of the range's end
            end = _BARE_RANGE_END.match(match.string, match.end())
            if end is not None and end.group(2).lower() == "p" and clock[0] < 12 <= clock[0] + 12 \
                    and clock[0] <= int(end.group(1)) % 12:
                clock = (clock[0] + 12, clock[1])
        if clock_text[:1].isupper() and _NAME_AFTER.match(match.string, match.end()) and \
                not _SENTENCE_START.search(match.string, max(0, match.start() - 4), match.start()):
            return None  # "dubbed Midnight Hammer": a name
        zone = self._zone(match.group("zone"))
        day_text = match.group("day")
        day_span = (match.start("day"), match.end("day")) if day_text else None
        deictic = match.groupdict().get("deictic_pod")
        if deictic:  # "this morning" is today's, "yesterday evening" yesterday's
            first = deictic.split()[0].lower()
            day_text = "today" if first == "this" else first
            day_span = (match.start("deictic_pod"), match.end("deictic_pod"))
        night_after = bool(match.groupdict().get("day_pod")) and match.group("day_pod").lower() == "night"
        # "12:35 — Ukrenergo says ...": a live blog's entry stamp, the time of the entry itself
        stamp = not day_text and _STAMP_AFTER.match(match.string, match.end()) is not None and \
            _LINE_START.search(match.string, max(0, match.start() - 8), match.start()) is not None
        # "until 9 p.m. on Fridays", "at 6 a.m. every day": a time of a recurring day
        recurring = not day_text and (
            self._recurring.match(match.string, match.end()) is not None
            or _RECURRING_BEFORE.search(match.string, max(0, match.start() - 30), match.start()) is not None
            # "the attacks typically occur between 1 and 5 a.m.": a habit, no day
            or _habitual(match.string, match.start()))

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            explicit = False
            if recurring:
                return Resolved(type=TimeType.TIME, value=f"XXXX-XX-XXT{clock[0]:02d}:{clock[1]:02d}",
                                zone=zone, clock=clock, anchors=False)
            if day_text and day_span:
                parsed = self.day(day_text, state, *day_span)
                if parsed is None:
                    return None
                day, day_val = parsed
                explicit = True
                if day is not None and night_after and clock[0] < 12:
                    # "at 02:00 on Friday night": past midnight, on Saturday
                    day += dt.timedelta(days=1)
                    day_val = day_value(day)
                if day is not None and clock == (0, 0) and clock_text.lower().endswith("midnight") and \
                        _TO_MIDNIGHT.search(state.text, max(0, start - 30), start):
                    # "shortly before midnight on Thursday": the midnight that ends Thursday
                    day += dt.timedelta(days=1)
                    day_val = day_value(day)
            elif state.ref is not None and stamp and (state.event_day is None
                                                      or state.event_day >= state.ref - dt.timedelta(days=1)):
                # an entry stamp of a live blog: the last such time up to publication, whatever
                # the last entry spoke of ("12:35 — outages tonight and tomorrow. 11:50 — ...");
                # it dates the entry's own clock times. (A timeline under an older date keeps it.)
                day = state.ref
                if state.ref_time is not None and dt.time(*clock) > state.ref_time.time():
                    day -= dt.timedelta(days=1)
                return Resolved(type=TimeType.TIME, value=f"{day_value(day)}T{clock[0]:02d}:{clock[1]:02d}",
                                zone=zone, day=day, clock=clock)
            elif state.ref is not None and (_AS_OF.search(state.text, max(0, start - 20), start)
                                            or _PERIOD_TO.search(state.text, max(0, start - 30), start)):
                # "As of 09:00, 577 targets had been shot down", "in the 24 hours to 8 a.m.",
                # "(Updated at 09:35 ...)": the time of the report itself; one a little later
                # than the publication stamp is that day's ("as of 08:00" in a summary stamped 07:50)
                day = state.ref
                published = state.ref_time.replace(tzinfo=None) if state.ref_time is not None else None
                if published is not None and \
                        dt.datetime.combine(day, dt.time(*clock)) > published + _STAMP_SLACK:
                    day -= dt.timedelta(days=1)
                day_val = day_value(day)
            else:
                day = state.anchor()
                after_night = state.event_day is not None and state.event_pod == "NI"
                # (a new range after a range: its own times, not the last range's)
                if state.ref is not None and (day is None or day < state.ref) and \
                        _FUTURE_BEFORE.search(state.text, max(0, start - 40), start) is not None:
                    # "the next update is expected at 10.00": not before publication, whatever
                    # day the report last spoke of
                    state.window = None
                    day = state.ref
                    if state.ref_time is not None and dt.time(*clock) < state.ref_time.time():
                        day += dt.timedelta(days=1)
                    day_val = day_value(day)
                    return Resolved(type=TimeType.TIME, value=f"{day_val}T{clock[0]:02d}:{clock[1]:02d}",
                                    zone=zone, day=day, clock=clock, explicit=False, anchors=False)
                windowed = state.in_window(clock) if state.window is not None and not (
                    state.window[4] and _RANGE_OPENER.search(state.text, max(0, start - 20), start)) else None
                if windowed is not None:
                    day = windowed  # inside the night the range just told
                    if state.window is not None and windowed == state.window[2] != state.window[0]:
                        state.crossed = state.window  # the story went past midnight
                elif state.window is not None:
                    state.window = None  # a time outside it: the story has left that night
                elif day is not None and after_night and clock[0] >= _EVENING_HOUR:
                    day -= dt.timedelta(days=1)  # "on Friday night, at 23:00": the evening before
                elif day is not None and state.event_day is not None and state.event_pod == "EV" and (
                        clock[0] < 6
                        or (clock[0] < 12 and _UNTIL.search(state.text, max(0, start - 30), start))):
                    # "on Saturday evening ... at 00:30": past midnight; "began on Saturday
                    # evening and went on until 7:30": the morning after
                    day += dt.timedelta(days=1)
                elif (day is not None and (state.event_day is None or day == state.ref)
                      and state.ref_time is not None
                      and dt.time(*clock) > state.ref_time.time().replace(second=0, microsecond=0)
                      and state.tense(start, end) != "future"):
                    # a past clock time later than publication: the day before (also when the
                    # report spoke of its own day: "died on Sunday morning. The attack occurred
                    # at 17:40", published on Sunday at 09:00)
                    day -= dt.timedelta(days=1)
                day_val = day_value(day) if day else "XXXX-XX-XX"
            return Resolved(type=TimeType.TIME, value=f"{day_val}T{clock[0]:02d}:{clock[1]:02d}",
                            zone=zone, day=day, clock=clock, explicit=explicit, anchors=explicit)

        return self._one(match, interpret)

    def _clock_range_end(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        """``from 1 a.m. until almost 5``: the bare hour, the first such hour after the start."""
        start = _parse_clock(match.group("start"))
        hour = int(match.group("clock"))
        if start is None:
            return None
        # (a 24-hour end as written; a 12-hour one the first of its two hours after the start)
        hours = [hour] if hour > 12 or hour == 0 else [hour % 12, hour % 12 + 12]
        clock = (min(hours, key=lambda h: (h * 60 - start[0] * 60 - start[1] - 1) % 1440), 0)
        pieces = self._clock(match, clock)
        return None if not pieces else [Piece(match.start("clock"), match.end("clock"), pieces[0].interpret)]

    def _clock_range_start(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        """``between 2 and 4 a.m.``: the bare hour, without the preposition found with it."""
        pieces = self._clock(match)
        return None if not pieces else [Piece(match.start("clock"), match.end("clock"), pieces[0].interpret)]

    def _pod_code(self, word: str) -> str:
        word = " ".join(word.lower().split())
        return "NI" if word in ("early hours", "small hours", "wee hours") else data.PARTS_OF_DAY[word]

    def _pod_of(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        pod = self._pod_code(match.group("pod"))
        mod = {"early": "START", "late": "END"}.get((match.group("mod") or "").lower())
        range_text = match.group("range")
        day_text = match.group("day") or range_text
        group = "range" if range_text else "day"
        span = (match.start(group), match.end(group))

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            if range_text:
                pieces = self._range_days(range_text, state, *span)
                if pieces is None:
                    return None
                day, value = pieces[1] if pod == "NI" else pieces[0]
            else:
                parsed = self.day(day_text, state, *span)
                if parsed is None:
                    return None
                day, value = parsed
            return Resolved(type=TimeType.TIME, value=f"{value}T{pod}", mod=mod, day=day, pod=pod,
                            explicit=True)

        return self._one(match, interpret)

    def _night_to(self, match: regex.Match[str], *, after_yesterday: bool = False) -> Sequence[Piece] | None:
        """The night named by group ``day`` (``the night to Saturday``: Saturday's TNI).

        ``after_yesterday``: a day before publication names the night after it (below).
        """
        day_text = match.group("day")
        span = (match.start("day"), match.end("day"))

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            parsed = self.day(day_text, state, *span)
            if parsed is None:
                return None
            day, value = parsed
            if after_yesterday and day is not None and state.ref is not None \
                    and day == state.ref - dt.timedelta(days=1):
                day = state.ref
                value = day_value(day)
            return Resolved(type=TimeType.TIME, value=f"{value}TNI", day=day, pod="NI", explicit=True)

        return self._one(match, interpret)

    def _overnight_on(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        """``overnight on Monday``, ``Monday overnight``: Monday's night, as ``the night of Monday``.

        But for the day before publication: ``Russia fired 267 drones overnight on Saturday``, said
        on Sunday, is the night just ended, from Saturday into Sunday.
        """
        return self._night_to(match, after_yesterday=True)

    def _days_into(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        """``Saturday into Sunday``: the night that ends on the second day (consecutive days only)."""
        first = data.WEEKDAYS[match.group("day1").lower()]
        if data.WEEKDAYS[match.group("day").lower()] != first % 7 + 1:
            return None
        return self._night_to(match)

    def _day_pod(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        pieces = self._day_pod_pieces(match)
        if not pieces:
            return pieces
        (piece,) = pieces
        # ("on Saturday evening local time": the zone belongs to it; read after the match, which
        # costs less than a zone in the pattern)
        after_zone = self._zone_after.match(match.string, match.end()) if match.group("pod") else None
        zone = self._zone(after_zone.group(1)) if after_zone is not None else None
        if zone is not None and after_zone is not None:
            piece = attrs.evolve(piece, end=after_zone.end())
        read = piece.interpret

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            resolved = read(state, start, end)
            if resolved is None:
                return None
            if zone is not None:  # "on Saturday evening local time"
                resolved = attrs.evolve(resolved, zone=zone)
            if resolved.day is not None and state.ref is not None and resolved.day > state.ref and \
                    _LIMIT_BEFORE.search(state.text, max(0, start - 12), start) is not None:
                # "schools will be closed until Saturday night": a limit ahead, not the time of
                # the events told next, nor a night the report spoke of
                resolved = attrs.evolve(resolved, anchors=False, pod=None)
            return resolved

        return [attrs.evolve(piece, interpret=interpret)]

    def _day_pod_pieces(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        over = match.groupdict().get("over")
        pod = "NI" if over else self._pod_code(match.group("pod"))
        day_text = match.group("day")
        span = (match.start("day"), match.end("day"))
        if day_text.lower().split()[0] in ("last", "this") and pod == "NI":
            return None
        if over:
            return self._overnight_on(match)
        if match.string[span[1]:match.start("pod")].strip().lower() == "at":
            # "on 19.09 at night", "on Friday at night", "on Monday overnight": the night-time of
            # that day, as "the night of 19.09" (not "Friday night", which runs into Saturday)
            def at_night(state: State, start: int, end: int) -> Resolved | None:
                parsed = self.day(day_text, state, *span)
                if parsed is None:
                    return None
                day, value = parsed
                return Resolved(type=TimeType.TIME, value=f"{value}T{pod}", day=day, pod=pod, explicit=True)

            return self._one(match, at_night)
        return self._one(match, self._day_pod_reader(day_text, span, pod))

    def _day_pod_reader(self, day_text: str, span: tuple[int, int], pod: str) -> Interpret:
        """The reading of a day's part of day (``Friday night`` is Saturday's TNI by the format)."""

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            parsed = self.day(day_text, state, *span)
            if parsed is None:
                return None
            day, value = parsed
            if pod == "NI" and state.night == "format" and day is not None:
                day += dt.timedelta(days=1)  # Friday night runs into Saturday: Saturday's TNI
                if (state.ref_time is not None
                        and dt.datetime.combine(day, dt.time(21)) - dt.timedelta(days=1)
                        > state.ref_time.replace(tzinfo=None) and state.tense(start, end) == "past"):
                    # "drones attacked for a second night on Tuesday", said on Tuesday afternoon:
                    # a night told in the past has begun; the one that ended that morning
                    day -= dt.timedelta(days=1)
                value = day_value(day)
            return Resolved(type=TimeType.TIME, value=f"{value}T{pod}", day=day, pod=pod, explicit=True)

        return interpret

    def _days_pods(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        """``Friday and Saturday nights``: each day's part of day (``Friday`` is Friday night)."""
        pod = self._pod_code(match.group("pod")[:-1])

        def reader(group: str) -> Interpret:
            return self._day_pod_reader(match.group(group), (match.start(group), match.end(group)), pod)

        return [Piece(match.start("day1"), match.end("day1"), reader("day1")),
                Piece(match.start("day"), match.end(), reader("day"))]

    def _deictic_pod(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        groups = match.groupdict()
        if groups["over"] and self._overnight_noun.match(match.string, match.end("over")):
            return None  # "the overnight lending rate": a kind of loan, not a night
        if groups["day"]:
            return self._overnight_on(match)  # "overnight on Monday": Monday's night

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            if groups["this"]:
                pod = data.PARTS_OF_DAY[groups["pod"].lower()]
                offset = {"this": 0, "tomorrow": 1, "yesterday": -1}[groups["this"].lower()]
                if pod == "NI" and state.night == "format":
                    offset += 1
                elif (pod in ("AF", "EV") and offset == 0 and state.ref_time is not None
                      and state.ref_time.hour < _POD_START[pod] and state.tense(start, end) != "future"):
                    # "this evening, flights were suspended" in a report of 00:35: that evening
                    # is the day before's (today's has not begun; "early this morning" at 03:00
                    # is today's)
                    offset = -1
            elif groups["tonight"]:
                pod = "NI"
                evening = state.ref_time is not None and state.ref_time.hour >= 12
                offset = 1 if evening and state.night == "format" else 0
            else:  # last night, overnight: the night before publication
                pod, offset = "NI", 0
                if state.night == "timeml":
                    offset = -1
                night = state.recent_night(start)
                if groups["over"] and night is not None and state.deictic_night is None:
                    return Resolved(type=TimeType.TIME, value=f"{day_value(night)}TNI", day=night, pod=pod)
                if state.deictic_night is not None:
                    # an "overnight" keeps the meaning the report first gave it: a night named
                    # since then is another ("Overnight, ... On the night of May 24-25, ...")
                    day = state.deictic_night
                    return Resolved(type=TimeType.TIME, value=f"{day_value(day)}TNI", day=day, pod=pod)
                if state.ref is not None:
                    state.deictic_night = state.ref + dt.timedelta(days=offset)
            if state.ref is None:
                return Resolved(type=TimeType.TIME, value=f"XXXX-XX-XXT{pod}", pod=pod)
            day = state.ref + dt.timedelta(days=offset)
            return Resolved(type=TimeType.TIME, value=f"{day_value(day)}T{pod}", day=day, pod=pod)

        return self._one(match, interpret)

    def _bare_pod(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        single = None if match.group("det") or match.group("mod") or match.group("before") or \
            match.group("pod").lower() != "night" else \
            _SINGLE_NIGHT.search(match.string, max(0, match.start() - 20), match.start())
        if single is not None:
            # "the most in a single night": a length of one night, not a night of the calendar
            length = Resolved(type=TimeType.DURATION, value="P1D", anchors=False)
            return self._one(match, lambda state, start, end: length, start=single.start(1))
        pod = self._pod_code(match.group("pod"))
        det = " ".join((match.group("det") or "").lower().split())
        if match.group("before"):
            if det != "the":
                return None
            if match.group("blast"):
                if pod != "NI":
                    return None

                def before_last(state: State, start: int, end: int) -> Resolved | None:
                    if state.ref is None:
                        return Resolved(type=TimeType.TIME, value="XXXX-XX-XXTNI", pod="NI")
                    # the night before the one that ended on publication's day (TimeML: began the
                    # evening two days before)
                    day = state.ref - dt.timedelta(days=2 if state.night == "timeml" else 1)
                    return Resolved(type=TimeType.TIME, value=f"{day_value(day)}TNI", day=day, pod="NI",
                                    explicit=True)

                return self._one(match, before_last)
            det = "the previous"  # "the night before": the night before the one last spoken of
        mod = {"early": "START", "late": "END"}.get((match.group("mod") or "").lower())
        following = match.string[match.end():match.end() + 12]
        if regex.match(r"\s{1,4}of\b", following):  # "the night of ..." that did not parse
            return None
        preceding = match.string[max(0, match.start() - 6):match.start()].lower()
        if not det and preceding.endswith("good "):
            return None
        # ("earlier in the morning": before the night the report spoke of)
        earlier = _EARLIER_IN.search(match.string, max(0, match.start() - 15), match.start()) is not None

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            if det in ("the previous", "the following", "the next"):
                anchor = state.anchor()
                if anchor is None:
                    return Resolved(type=TimeType.TIME, value=f"XXXX-XX-XXT{pod}", pod=pod)
                # the night before day D is DTNI; the following night ends on D+1
                shift = {"the previous": -1, "the following": 1, "the next": 1}[det]
                if pod == "NI" and state.event_pod == "NI":
                    pass  # after a night: the night before it, the night after it
                elif pod == "NI":
                    shift = 0 if shift < 0 else 2 if state.night == "format" else 1
                if pod == "NI" and state.night == "timeml" and state.event_pod != "NI":
                    shift = -1 if det == "the previous" else 1
                shifted = anchor + dt.timedelta(days=shift)
                # it dates the clock times after it ("The previous evening, at 19:30, ...")
                return Resolved(type=TimeType.TIME, value=f"{day_value(shifted)}T{pod}", day=shifted, pod=pod)
            if pod == "NI" and det == "the past":  # "over the past night": the last one
                day = state.ref
            elif pod == "NI":
                fallback = state.anchor() if state.night == "timeml" else state.ref
                day = state.last_night or state.recent_night(start) or fallback
                if det == "that" and state.event_day is not None and (
                        state.last_night is None or state.moved_from_night()):
                    day = state.event_day + dt.timedelta(days=1 if state.night == "format" else 0)
            else:
                day = state.anchor()
                window = state.window
                if (pod == "MO" and det in ("", "the") and day is not None and window is not None
                        and state.crossed is window and window[2] > day and not earlier):
                    # "from 20:00 to 23:30 on Friday ... at 2 a.m. ... Later in the morning, ...":
                    # the morning the night just told ends on; it dates the clock times after it
                    day = window[2]
                    return Resolved(type=TimeType.TIME, value=f"{day_value(day)}T{pod}", day=day, pod=pod,
                                    mod=mod)
                night = state.last_night
                if (pod == "MO" and det in ("", "the") and night is not None and not earlier
                        and state.night_at >= 0
                        and state.sentence_index(state.night_at) >= state.sentence_index(start) - 1):
                    # "Explosions rocked the capital throughout the night, and by dawn ...": the
                    # morning the night just told ends on (TimeML's night ends the morning after)
                    morning = night + dt.timedelta(days=1 if state.night == "timeml" else 0)
                    if day is None or morning > day:
                        return Resolved(type=TimeType.TIME, value=f"{day_value(morning)}T{pod}", day=morning,
                                        pod=pod, mod=mod)
                if (day is not None and state.event_day is None and state.ref_time is not None
                        and state.ref_time.hour < _POD_START[pod] and state.tense(start, end) != "future"):
                    day -= dt.timedelta(days=1)  # a past evening in a report of 00:45: the day before
                elif (day is not None and state.ref is not None and day < state.ref
                      and state.tense(start, end) == "future"):
                    # "will be updated in the morning": the next one from publication, not a
                    # morning of the past day the report spoke of last
                    day = state.ref
                    if state.ref_time is not None and state.ref_time.hour >= _POD_END[pod]:
                        day += dt.timedelta(days=1)
            if day is None:
                return Resolved(type=TimeType.TIME, value=f"XXXX-XX-XXT{pod}", pod=pod, mod=mod)
            return Resolved(type=TimeType.TIME, value=f"{day_value(day)}T{pod}", day=day, pod=pod, mod=mod,
                            anchors=False)

        return self._one(match, interpret)

    def _range_days(self, text: str, state: State, start: int, end: int
                    ) -> tuple[tuple[dt.date | None, str], tuple[dt.date | None, str]] | None:
        first_text, second_text = self._split_range(text)
        first = self.day(first_text, state, start, end)
        second = self.day(second_text, state, start, end)
        if first is None or second is None:
            return None
        if first[0] and second[0] and second[0] < first[0]:
            # "declared mourning from April 14 to April 16", said on April 14: the past tense
            # put the end a year back; a range without a year ends on or after its start
            if regex.search(self.YEAR, text):
                return None
            later = _on_or_after(first[0], second[0])
            if later is None:
                return None
            second = (later, day_value(later))
        return first, second

    def _split_range(self, text: str) -> tuple[str, str]:
        """Split a day range into its two days.

        ``July 19-20, 2025`` → (``July 19, 2025``, ``July 20, 2025``); also ``19 to 20 July``
        and ``July 31 to August 1``.
        """
        year = regex.search(self.YEAR, text)
        year_part = f" {year.group()}" if year else ""
        head = text[: year.start()] if year else text
        sep = _RANGE_SEP.search(head, regex.search(r"\d", head).start())  # type: ignore[union-attr]
        assert sep is not None
        parts = (head[: sep.start()], head[sep.end():])
        months = [regex.search(self.MONTH, part) for part in parts]
        numbers = [regex.search(r"(?<![\d])(?:3[01]|[12]\d|0?[1-9])(?![\d])", part) for part in parts]
        first_month = months[0] or months[1]
        second_month = months[1] or months[0]
        assert first_month is not None
        assert second_month is not None
        assert numbers[0] is not None
        assert numbers[1] is not None
        return (f"{first_month.group()} {numbers[0].group()}{year_part}",
                f"{second_month.group()} {numbers[1].group()}{year_part}")

    def _day_range(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        text = match.group("range")
        dash = _RANGE_SEP.search(text, regex.search(r"\d", text).start())  # type: ignore[union-attr]
        assert dash is not None
        start = match.start()
        month_first = regex.match(self.MONTH, text) is not None
        if month_first and not regex.match(self.MONTH, text[dash.end():]):  # July 19-20: "July 19" and "20"
            first_span = (start, start + dash.start())
            number = regex.match(self.DAYNUM, text[dash.end():])
            assert number is not None
            second_end = start + dash.end() + len(number.group())
            if regex.search(self.YEAR, text):
                second_end = match.end()
            second_span = (start + dash.end(), second_end)
        else:  # 19-20 July: "19" and "20 July"
            first_span = (start, start + dash.start())
            second_span = (start + dash.end(), match.end())
        cache: dict[str, tuple[tuple[dt.date | None, str], tuple[dt.date | None, str]] | None] = {}

        def days(state: State) -> tuple[tuple[dt.date | None, str], tuple[dt.date | None, str]] | None:
            if "v" not in cache:
                cache["v"] = self._range_days(text, state, match.start(), match.end())
            return cache["v"]

        # "on the nights of 14 and 15 May": each day's night
        nights = _NIGHTS_OF.search(match.string, max(0, start - 20), start) is not None

        def resolved(found: tuple[dt.date | None, str]) -> Resolved:
            if nights:
                return Resolved(type=TimeType.TIME, value=f"{found[1]}TNI", day=found[0], pod="NI",
                                explicit=True)
            return Resolved(type=TimeType.DATE, value=found[1], day=found[0], explicit=True)

        def first(state: State, s: int, e: int) -> Resolved | None:
            found = days(state)
            return None if found is None else resolved(found[0])

        def second(state: State, s: int, e: int) -> Resolved | None:
            found = days(state)
            return None if found is None else resolved(found[1])

        return [Piece(*first_span, first), Piece(*second_span, second)]

    def _day(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        text = match.group("day")
        if _THE_DAY.fullmatch(text) and not _DURING.search(
                match.string, max(0, match.start() - 24), match.start()):
            return None  # only "during the day" (or "over the course of the day") names a day
        if _THE_DAY_BEFORE.fullmatch(text):
            following = match.string[match.end():match.end() + 30]
            if _DETERMINER_AFTER.match(following):
                return None  # "the day before the vote": relative to an event we cannot date
        after = match.string[match.end():match.end() + 20]
        if data.WEEKDAYS.get(text.split()[-1].lower()) and _NAME_AFTER.match(after) \
                and _THE.search(match.string, max(0, match.start() - 5), match.start()):
            return None  # "The Sunday Times", "Monday Night Football"

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            parsed = self.day(text, state, start, end)
            if parsed is None:
                return None
            day, value = parsed
            if _LETTER.search(text) and data.WEEKDAYS.get(text.split()[-1].lower()) and day:
                state.last_weekday = (end, day)
            # "Saturday has been declared a day of mourning": the day as a subject, not an event's date
            subject = state.starts_sentence(start) and _SUBJECT_VERB.match(state.text, end) is not None
            # "schools closed through Saturday": a limit ahead, not the date of the events told next
            limit = day is not None and state.ref is not None and day > state.ref and \
                _LIMIT_BEFORE.search(state.text, max(0, start - 12), start) is not None
            return Resolved(type=TimeType.DATE, value=value, day=day, explicit=True,
                            anchors=not subject and not limit)

        return self._one(match, interpret)

    def _week_of(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        """``the week of March 9``: the week that day lies in."""
        day_text = match.group("day")
        span = (match.start("day"), match.end("day"))

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            parsed = self.day(day_text, state, *span)
            if parsed is None:
                return None
            day, _ = parsed
            value = week_value(day) if day is not None else "XXXX-WXX"
            return Resolved(type=TimeType.DATE, value=value, anchors=False)

        return self._one(match, interpret)

    def _ago(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        unit = _unit_of(match.group("unit"))
        if unit is None:
            return None
        direction = match.group("dir").lower()
        counted = match.group("num") or match.group("vague")
        if not counted and (" ".join(direction.split()) not in ("ago", "back")
                            or not match.group("unit").lower().endswith("s")):
            return None  # "the month after", "weeks on", "hours later": no amount to count
        if match.group("vague") and direction not in ("ago", "back") and not direction.startswith("from"):
            return None  # "a few days later": a vague length (PXD), not a date
        if direction in ("before", "after") and regex.match(
                r"\s{1,4}(?!(?:that|then|this)\b)\p{L}", match.string[match.end():match.end() + 20]):
            return None  # "two days before the vote", "two weeks after lawmakers passed it": a length
        amount: float | None
        if match.group("num"):
            amount = _number(match.group("num"))
            if amount is None or amount != int(amount):
                return None
        else:
            amount = None
        preceding = match.string[max(0, match.start() - 20):match.start()]
        if direction not in ("ago", "back") and not direction.startswith("from") and (
                unit in ("second", "minute", "hour")
                or _QUALIFIED_LENGTH.search(preceding)):
            return None  # "half an hour later", "less than two weeks earlier": a length, not a date
        sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior", "back") else 1
        direction = " ".join(direction.split())
        from_publication = direction in ("ago", "back", "from now")

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            anchor = state.ref if from_publication else state.anchor()
            if not from_publication and unit in ("year", "decade", "century") and state.written_year \
                    and state.written_year[1] >= state.sentence_index(start) - 1:
                anchor = dt.date(state.written_year[0], 7, 1)  # "in 1992 ... four years later"
            if not from_publication and unit == "month" and state.last_month is not None:
                anchor = state.last_month  # "in March ... two months later"
            if amount is None or unit in ("second", "minute", "hour"):
                if amount is not None and state.ref_time is not None and from_publication \
                        and _in_calendar(state.ref_time.year, unit, sign * amount):
                    delta = dt.timedelta(**{unit + "s": sign * amount})
                    moment = state.ref_time + delta
                    return Resolved(type=TimeType.TIME, value=moment.strftime("%Y-%m-%dT%H:%M"),
                                    day=moment.date(), clock=(moment.hour, moment.minute))
                return Resolved(type=TimeType.DATE, value="PAST_REF" if sign < 0 else "FUTURE_REF")
            if anchor is None or not _in_calendar(anchor.year, unit, sign * amount):
                return Resolved(type=TimeType.DATE, value="PAST_REF" if sign < 0 else "FUTURE_REF")
            if unit in ("decade", "century"):  # "a decade ago": the year, not the decade
                years = sign * int(amount) * (10 if unit == "decade" else 100)
                return Resolved(type=TimeType.DATE, value=f"{anchor.year + years:04d}")
            value = _shift(anchor, unit, sign * int(amount))
            day = anchor + dt.timedelta(days=sign * int(amount)) if unit == "day" else None
            return Resolved(type=TimeType.DATE, value=value, day=day)

        return self._one(match, interpret)

    def _period(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        g = match.groupdict()
        text = g["period"]
        mod = None
        if g["bound"]:
            word = g["bound"].split()[1].lower()
            mod = {"start": "START", "beginning": "START", "end": "END", "close": "END",
                   "middle": "MID", "turn": None, "rest": None, "remainder": None}[word]
        elif g["mod"]:
            mod = {"early": "START", "late": "END", "mid": "MID"}[g["mod"].split()[-1].lower()]
        if g["yearend"]:
            mod = "END"
        if g["the_day"] and not g["bound"]:
            return None  # "the day" alone is a date only where the day rule says so
        if g["year"] and not (g["bound"] or g["mod"]) and not self._plausible_year(match):
            return None
        if g["month"] and not self._month_context(match, text):
            return None
        if g["quarter"] and _OF_OTHER_PERIOD.match(match.string, match.end()):
            return None  # "the second half of the month", "the first quarter of the match": no half-year
        before = match.string[max(0, match.start() - 12):match.start()]
        if g["season"] and text.lower() == "fall" and not regex.search(
                r"(?i)\b(?:this|last|next|the|of|early|late|mid)[\s-]{1,4}$", before):
            return None  # "prices fall"
        week = g["the_unit"] and g["the_unit"].split()[-1].lower() in ("week", "weekend")
        if week and "same" not in text.lower() and not (g["bound"] or g["mod"] or g["rel"]):
            preceding = match.string[max(0, match.start() - 12):match.start()].lower()
            if not regex.search(r"\b(?:over|during|at|on|for|this|of|in|through|throughout|until|till|by|"
                                r"into|across|after|before|since)\s{1,4}$", preceding):
                return None

        unit_word = _unit_of(text.split()[-1]) if g["rel_unit"] else None
        if unit_word and _LENGTH_BEFORE.search(before) and text.lower().startswith("the"):
            # "over the next decade", "within the coming year": a length of one unit
            length = _duration(1, unit_word)
            resolved = Resolved(type=TimeType.DURATION, value=length, anchors=False)
            return self._one(match, lambda state, start, end: resolved)

        def interpret(state: State, start: int, end: int) -> Resolved | None:
            value = self._period_value(g, text, state, start, end)
            if value is None:
                return None
            return Resolved(type=TimeType.DATE, value=value, mod=mod, anchors=False)

        return self._one(match, interpret)

    def _plausible_year(self, match: regex.Match[str]) -> bool:
        """Whether a bare four-digit number is a year: not a count (``2000 people``), price or number."""
        before = match.string[max(0, match.start() - 30):match.start()]
        after = match.string[match.end():match.end() + 25]
        if _NOT_A_YEAR_BEFORE.search(before):
            return False
        if regex.match(r"\s{0,4}(?:%|percent|per\s{1,4}cent)", after):
            return False
        if _YEAR_CUE.search(before):
            return True
        return not _COUNTED.match(after)

    def _month_context(self, match: regex.Match[str], text: str) -> bool:
        """Whether a bare month name is a month, not a name (``according to April Ryan``) or a verb."""
        after = match.string[match.end():match.end() + 20]
        before = match.string[max(0, match.start() - 25):match.start()]
        if regex.match(r"\s{1,4}\p{Lu}\p{Ll}", after) and not _STRONG_MONTH_CUE.search(before):
            return False
        if text in ("May", "March"):  # "troops March on", "it May be"
            return regex.match(r"\s{1,4}(?:[A-Z]\w*|[a-z]+(?:ed|s)|be|have|not|also|well)\b", after) is None
        return True

    def _period_value(
        self, g: Mapping[str, str | None], text: str, state: State, start: int, end: int
    ) -> str | None:
        ref = state.ref
        if g["the_day"]:  # "the end of the day": the day the report speaks of
            anchor = state.anchor()
            return day_value(anchor) if anchor else None
        lower = " ".join(text.lower().split())
        year_match = regex.search(r"\d{4}", text) if not g["decade"] else None
        explicit_year = int(year_match.group()) if year_match else None
        if g["month_year"]:
            month = self._month_number(text)
            if explicit_year is None:  # "in February last year"
                if ref is None:
                    return f"XXXX-{month:02d}"
                explicit_year = ref.year + _OFFSETS.get(lower.split()[-2], 0)
            return f"{explicit_year:04d}-{month:02d}"
        if g["fiscal"] or g["year"]:
            return f"{explicit_year:04d}"
        if g["season_year"]:
            code = data.SEASONS[lower.split()[0]]
            if explicit_year is None:  # "the spring of next year"
                if ref is None:
                    return f"XXXX-{code}"
                explicit_year = ref.year + _OFFSETS.get(lower.split()[-2], 0)
            return f"{explicit_year:04d}-{code}"
        if g["quarter"] or g["month_quarter"]:
            words = lower.replace("-", " ").split()
            if words[0] == "the":
                words = words[1:]
            if g["month_quarter"]:  # "the April-June quarter": the second quarter
                first, last = (self._month_number(part) for part in regex.split("[-–]", text, maxsplit=1))
                if first % 3 != 1 or last != first + 2:
                    return None
                number: int | None = (first - 1) // 3 + 1
                half, words = False, ["", "quarter"]
            else:
                number = data.ORDINALS.get(words[0])
                half = words[1] == "half"
            if number is None or number > (2 if half else 4):
                return None
            if explicit_year is not None:
                year_text = f"{explicit_year:04d}"
            elif ref is None:
                year_text = "XXXX"
            else:
                year = ref.year + (-1 if "last" in words[2:] else 1 if "next" in words[2:] else 0)
                current = (ref.month - 1) // (6 if half else 3) + 1
                tense = state.tense(start, end) if len(words) == 2 else None
                if tense == "past" and number >= current:
                    year -= 1  # "profit rose in the fourth quarter", said in February: last year's
                elif tense == "future" and number < current:
                    year += 1  # "will study online until the end of the first quarter", said in September
                year_text = f"{year:04d}"
            return f"{year_text}-{'H' if half else 'Q'}{number}"
        if g["latest"] or g["yearend"]:
            if ref is None:
                return None
            if g["yearend"]:  # "by year-end"; "at year-end" said early in a year is the last one's
                early = ref.month <= 3 and state.tense(start, end) == "past"
                return f"{ref.year - (1 if early else 0):04d}"
            index = ref.year * 4 + (ref.month - 1) // 3 - 1  # the last quarter reported
            return f"{index // 4:04d}-Q{index % 4 + 1}"
        if g["qcode"]:
            number = int(text[1])
            if explicit_year is not None:
                return f"{explicit_year:04d}-{text[0]}{number}"
            return f"{ref.year:04d}-Q{number}" if ref else f"XXXX-Q{number}"
        if g["decade"]:
            digits = regex.search(r"\d+", text)
            if digits is None:
                return None
            written = digits.group()
            if len(written) == 4:
                return f"{written[:3]}X"
            if len(written) == 2:  # the '90s
                century = "19" if int(written) >= 30 else "20"
                return f"{century}{written[0]}X"
            return None
        if g["decade_word"]:
            tens = data.DECADE_WORDS[lower.split()[-1]]
            return f"19{tens}X"
        if g["century"]:
            head = regex.sub(r"^the\s+|[\s-]*century$", "", lower)
            number = data.ORDINALS.get(head)
            if number is None:
                digits = regex.match(r"\d+", head)
                number = int(digits.group()) if digits else None
            if number is None or not 1 <= number <= 22:
                return None
            return f"{number - 1:02d}XX"
        if g["month"] or g["rel_month"] or g["month_subject"]:
            month = self._month_number(text)
            if ref is None:
                return f"XXXX-{month:02d}"
            year = ref.year
            if g["rel_month"]:
                qualifier = lower.split()[0]
                if qualifier == "last":
                    year -= 1 if month >= ref.month else 0
                elif qualifier == "next":
                    year += 1 if month <= ref.month else 0
            elif state.year_in_sentence(start) is not None:
                year = state.year_in_sentence(start) or year
            else:
                tense = state.tense(start, end)
                if tense == "future" and month < ref.month:
                    year += 1
                elif tense == "past" and month > ref.month:
                    year -= 1
            return f"{year:04d}-{month:02d}"
        if g["season"]:
            code = data.SEASONS[lower.split()[-1]]
            if ref is None:
                return f"XXXX-{code}"
            # a season of year Y starts in March, June, September or December of Y
            first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            starts = {y: dt.date(y, first, 1) for y in (ref.year - 1, ref.year, ref.year + 1)}
            tense = state.tense(start, end)
            if tense == "past":  # the last one begun by publication
                year = max(y for y, d in starts.items() if d <= ref)
            elif tense == "future":  # the current or the next one
                year = min(y for y, d in starts.items() if d + relativedelta(months=3) > ref)
            else:
                year = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
            return f"{year:04d}-{code}"
        if g["rel_unit"] or g["the_unit"] or g["unit_back"]:
            words = lower.replace("fiscal ", "").split()
            qualifier, unit = words[-2], words[-1]
            if g["unit_back"]:  # "the year before": the previous year
                qualifier = "previous" if words[-1] in ("before", "earlier") else "following"
                unit = words[-2]
            if ref is None:
                return None
            if qualifier in ("prior", "preceding"):
                qualifier = "previous"
            base = state.anchor() if qualifier in ("previous", "following", "same") else ref
            if qualifier in ("previous", "following", "same") and unit == "year" and state.written_year:
                base = dt.date(state.written_year[0], 7, 1)  # "in 1996 ..., the following year"
            if qualifier in ("previous", "following", "same") and unit == "month" and state.last_month:
                base = state.last_month  # "prices rose in September from the previous month"
            if qualifier == "the" and not (g["bound"] or g["mod"]) and state.tense(start, end) != "future":
                # "In July ... 400 drones were destroyed during the month", "Weekly summary, 24-30
                # November. Over the week, ...": the period the report speaks of, not publication's
                here = state.sentence_index(start)
                if unit == "year" and state.written_year and state.written_year[1] >= here - 1:
                    base = dt.date(state.written_year[0], 7, 1)
                elif unit == "month" and state.last_month and \
                        state.sentence_index(state.last_month_at) >= here - 1:
                    base = state.last_month
                elif unit == "week" and state.last_week and \
                        state.sentence_index(state.last_week[1]) >= here - 1:
                    base = state.last_week[0]  # "Last week ... During the week, ..."
                elif unit == "week" and state.event_day is not None:
                    base = state.event_day
            if base is None:
                return None
            offset = _OFFSETS.get(qualifier, 0)
            if unit in data.SEASONS:
                code = data.SEASONS[unit]
                return f"{base.year + offset:04d}-{code}"
            if unit == "weekend":
                week = week_value(base + dt.timedelta(weeks=offset))
                weekday = base.isoweekday() < 6  # (Monday to Friday: this week's weekend is ahead)
                if offset == 0 and qualifier != "this" and weekday and state.tense(start, end) != "future":
                    week = week_value(base - dt.timedelta(weeks=1))
                return f"{week}-WE"
            if unit == "quarter":
                if qualifier == "the" and state.tense(start, end) == "past":
                    offset = -1  # "profit fell in the quarter": the last one reported
                index = base.year * 4 + (base.month - 1) // 3 + offset
                return f"{index // 4:04d}-Q{index % 4 + 1}"
            return _shift(base, unit, offset)
        return None

    def _month_number(self, text: str) -> int:
        for word in regex.findall(r"\p{L}+", text):
            if word.lower() in data.MONTHS and word[:1].isupper():
                return data.MONTHS[word.lower()]
        raise ValueError(text)

    def _ref(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        if match.group("present"):
            value = "PRESENT_REF"
            if match.group().lower() == "now" and match.string[match.end():match.end() + 1] == "-":
                return None
        elif match.group("past"):
            value = "PAST_REF"
        else:
            value = "FUTURE_REF"
        resolved = Resolved(type=TimeType.DATE, value=value, anchors=False)
        return self._one(match, lambda state, start, end: resolved)

    def _duration(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        g = match.groupdict()
        if g["half"]:
            unit = _unit_of(g["hunit"])
            amount: float | None = 0.5
        else:
            unit = _unit_of(g["unit"])
            amount = _number(g["num"]) if g["num"] else None
            if g["num"] and amount is None:
                return None
            if g["andhalf"] and amount is not None:
                amount += 0.5
        if unit is None:
            return None
        if g["num"] and g["num"].lower() in ("a", "an", "one") and unit == "second":
            return None  # "a second statement" is an ordinal
        if g["num"] and g["num"].lower() in ("a", "an") and unit == "day" and regex.match(
                r"\s{1,4}of\b", match.string[match.end():match.end() + 5]):
            return None  # "a day of mourning" names a day, not a length
        if amount is not None and amount > 1 and g["unit"] and not g["unit"].lower().endswith("s") \
                and not g["andhalf"] and g["unit"] not in data.UNIT_ABBREVIATIONS:
            return None  # "20 year" without plural is a compound, not a duration
        value = _duration(amount, unit)
        resolved = Resolved(type=TimeType.DURATION, value=value, anchors=False)
        return self._one(match, lambda state, start, end: resolved)

    _PART = regex.compile(
        r"(?i)(\S+(?:\s{1,4}and\s{1,4}a\s{1,4}half)?)\s{1,4}([a-z]+)(?:\s{0,4},|\s{1,4}and\b|(?=\s{1,4}\d)|$)"
    )
    # Units from the largest down, as a compound duration lists them.
    _UNIT_ORDER = ("century", "decade", "year", "month", "week", "day", "hour", "minute", "second")

    def _duration_compound(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        """``2 hours, 5 minutes and 12 seconds`` → ``PT2H5M12S``: units must go down in size."""
        parts: list[tuple[str, int]] = []
        for part in self._PART.finditer(match.group()):
            unit = _unit_of(part.group(2))
            amount = _number(part.group(1))
            if unit is None or amount is None or amount != int(amount):
                return None
            parts.append((unit, int(amount)))
        ranks = [self._UNIT_ORDER.index(unit) for unit, _ in parts]
        if len(parts) < 2 or any(b <= a for a, b in itertools.pairwise(ranks)):
            return None
        years = sum(n * {"century": 100, "decade": 10, "year": 1}.get(u, 0) for u, n in parts)
        amounts = dict(parts)
        date = "".join(f"{n}{letter}" for n, letter in (
            (years, "Y"), (amounts.get("month", 0), "M"), (amounts.get("week", 0), "W"),
            (amounts.get("day", 0), "D")) if n)
        time = "".join(f"{amounts[u]}{u[0].upper()}" for u in ("hour", "minute", "second") if amounts.get(u))
        value = "P" + date + ("T" + time if time else "")
        resolved = Resolved(type=TimeType.DURATION, value=value, anchors=False)
        return self._one(match, lambda state, start, end: resolved)

    def _duration_the(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        unit = _unit_of(match.group("unit"))
        if unit is None:
            return None
        resolved = Resolved(type=TimeType.DURATION, value=_duration(1, unit), anchors=False)
        return self._one(match, lambda state, start, end: resolved)

    def _duration_adj(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        g = match.groupdict()
        if g["glued"]:
            unit: str | None = g["glued"].lower()[:-4]
            amount: float | None = 1
        elif g["unit2"]:
            unit, amount = _unit_of(g["unit2"]), _number(g["num2"])
        else:
            unit = _unit_of(g["unit"])
            amount = _number(g["num"]) if g["num"] else 1
        if unit is None or amount is None:
            return None
        resolved = Resolved(type=TimeType.DURATION, value=_duration(amount, unit), anchors=False)
        return self._one(match, lambda state, start, end: resolved)

    def _duration_vague(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        unit = _unit_of(match.group("unit") or match.group("unit2"))
        if unit is None:
            return None
        resolved = Resolved(type=TimeType.DURATION, value=_duration(None, unit), anchors=False)
        return self._one(match, lambda state, start, end: resolved)

    def _set(self, match: regex.Match[str]) -> Sequence[Piece] | None:
        g = match.groupdict()
        if g["adverb"]:
            word = " ".join(g["adverb"].lower().split())
            after = match.string[match.end():match.end() + 15]
            common_noun = regex.match(r"\s{1,4}(?:life|lives|routine|bread|newspaper|paper|basis)\b", after)
            title = g["adverb"][0].isupper() and regex.match(r"\s{1,4}\p{Lu}", after)
            if word == "daily" and (common_noun or title):
                return None
            value = data.SET_ADVERBS[word]
        elif g["weekday"] or g["weekdays"]:
            # TimeML: "every Tuesday" is XXXX-WXX-2; "on Mondays" likewise
            name = (g["weekday"] or g["weekdays"]).lower()
            value = f"XXXX-WXX-{data.WEEKDAYS.get(name, data.WEEKDAYS.get(name[:-1], 0))}"
            if value.endswith("-0"):
                value = "P1W"
        elif g["month"]:
            value = f"XXXX-{self._month_number(g['month']):02d}"
        elif g["season"]:
            value = f"XXXX-{data.SEASONS[g['season'].lower()]}"
        elif g["per"]:
            per_unit = _unit_of(g["per"]) or "day"
            value = _duration(1, "day" if g["per"].lower() == "night" else per_unit)
        else:
            unit = _unit_of(g["unit"])
            if unit is None:
                return None
            n = (g["n"] or "").lower()
            amount = 2 if n == "other" else _number(n)
            if amount is None:
                return None
            value = _duration(amount, unit)
        resolved = Resolved(type=TimeType.SET, value=value, anchors=False)
        return self._one(match, lambda state, start, end: resolved)


def _parse_clock(text: str) -> tuple[int, int] | None:
    """``8:00`` → (8, 0); ``4 a.m.`` → (4, 0); ``11.30 p.m.`` → (23, 30); ``noon`` → (12, 0)."""
    text = text.strip()
    lower = text.lower()
    if lower.startswith("12") and lower[2:].strip() in data.CLOCK_WORDS:  # "12 noon", "12 midnight"
        lower = lower[2:].strip()
    if lower in data.CLOCK_WORDS:
        return data.CLOCK_WORDS[lower]
    meridian = _IN_THE.search(lower)
    if meridian is not None:  # "10 in the morning", "7 in the evening", "2 at night"
        spoken = _parse_clock(lower[:meridian.start()])
        if spoken is None or spoken[0] > 12:
            return None
        word, (h, m) = meridian.group(1) or meridian.group(2), spoken
        if word == "morning" or (word == "night" and h < 6):
            return (0 if h == 12 else h), m
        return (12 if word == "afternoon" and h == 12 else (h + 12) % 24), m
    compact = _OCLOCK.sub("", lower)
    compact = _HOURS_SUFFIX.sub("", compact)
    compact = compact.replace(".m.", "m").replace(".m", "m")
    compact = _SECONDS.sub(r"\1", compact)  # seconds are dropped
    match = _CLOCK_PARTS.fullmatch(compact)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "p" and hour < 12:
        hour += 12
    elif match.group(3) == "a" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return hour, minute
