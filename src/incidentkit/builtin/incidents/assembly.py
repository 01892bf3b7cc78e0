"""Assembling mentions into incidents: observations, drafts, breakdowns, windows, places, sources.

The assembler reads what the earlier stages found and works in passes:

1. **Observations.** Each weapon count (``16 UAVs destroyed``) is an observation;
   so is a clause naming a weapon with an attack word but no count (``drones
   attacked Pskov airport``), and a clause with an event word and places but
   no weapon (``air defence operated in Kyiv, Sumy ...``). Each carries its
   own places (the place names of its clause segment, launch sites and
   officials' titles set apart), its own time window and its sources.
2. **Drafts.** Counts and attack observations are taken in text order. One
   joins the draft of an earlier one when the weapon family, window and
   places agree and its count does not contradict (a repeat, a part, a
   revised figure); otherwise it starts a new draft. Same-role counts listed
   in one sentence are resolved together: their sum may be a total given
   before (``33 drones ... 18 over Bryansk, six over Kaluga ...``).
3. **Breakdowns.** A total fully broken down by region or weapon type is
   dropped in favour of its parts; a partial one is kept without places;
   per-type figures under a pooled total stay evidence of the total.
4. **Attachments.** Weaponless event clauses add places to the engagement
   they describe; casualty counts go to the engagement of their sentence (or
   the nearest one before it), the largest figure winning.
5. **Records.** Each draft becomes an :class:`~incidentkit.Incident` with its
   window (own, else inherited from earlier sentences of its paragraph or the
   lead), places, sources, casualties, point, evidence and a content hash id.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypeVar

import attrs
import regex

from incidentkit.models import (
    Attribution,
    Document,
    Evidence,
    EvidenceKind,
    Findings,
    Incident,
    LocationMention,
    Point,
    QuantityMention,
    Span,
    TimeInterval,
    TimeMention,
)
from incidentkit.text import lowered, paragraphs, scan_timeout, sentences
from incidentkit.vocab import Approx, Item, LocationType, Outcome, Role, SourceType, Stance, TimeType

from . import data

__all__ = ["Vocabulary", "assemble"]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(f"(?:{w})" for w in words)


#: The built-in weapon words: each of their matches starts with a letter.
_LETTER_FIRST = frozenset(data.WEAPON_WORDS) | frozenset(data.VAGUE_WEAPON_WORDS)


_WORD_CHAR = regex.compile(r"\w", regex.VERSION1)


@attrs.frozen(kw_only=True, slots=False, eq=False)
class Vocabulary:
    """The word tables the assembler matches, compiled once; extend it with :meth:`extended`.

    Each table maps regular-expression fragments (matched case-insensitively,
    on word boundaries) to what they mean; see :mod:`.data` for the defaults.
    """

    weapon_words: Mapping[str, Item] = attrs.field(factory=lambda: dict(data.WEAPON_WORDS))
    vague_words: Mapping[str, Item] = attrs.field(factory=lambda: dict(data.VAGUE_WEAPON_WORDS))
    attack_words: tuple[str, ...] = data.ATTACK_WORDS
    event_words: tuple[str, ...] = data.EVENT_WORDS
    superseded: tuple[str, ...] = data.SUPERSEDED
    revised: tuple[str, ...] = data.REVISED
    all_cases: tuple[str, ...] = data.ALL_CASES
    origin: tuple[str, ...] = data.ORIGIN
    title_words: tuple[str, ...] = data.TITLE_WORDS
    partial_place: tuple[str, ...] = data.PARTIAL_PLACE
    total_words: tuple[str, ...] = data.TOTAL_WORDS
    fresh_after: tuple[str, ...] = data.FRESH_AFTER
    fresh_before: tuple[str, ...] = data.FRESH_BEFORE
    habitual: tuple[str, ...] = data.HABITUAL
    ground_words: tuple[str, ...] = data.GROUND_WORDS
    person_words: tuple[str, ...] = data.PERSON_WORDS
    separate: tuple[str, ...] = data.SEPARATE
    flashback: tuple[str, ...] = data.FLASHBACK
    again: tuple[str, ...] = data.AGAIN
    additive: tuple[str, ...] = data.ADDITIVE
    country_adjectives: Mapping[str, str] = attrs.field(factory=lambda: dict(data.COUNTRY_ADJECTIVES))

    # The patterns with IGNORECASE (for a text without a lower-cased twin), compiled when first
    # needed if there is a twin below (see ``_ignorecase``); their sources by name.
    _patterns: dict[str, regex.Pattern[str]] = attrs.field(init=False, factory=dict, repr=False)
    _sources: dict[str, str] = attrs.field(init=False, factory=dict, repr=False)
    _weapon_items: list[Item] = attrs.field(init=False, factory=list, repr=False)
    # Patterns without IGNORECASE for the lower-cased text (built-in words only).
    _lower_patterns: dict[str, regex.Pattern[str]] = attrs.field(init=False, factory=dict, repr=False)
    # The cue words of the twins that have some (``data.CUES``): a window without any has no match.
    _cues: dict[str, tuple[str, ...]] = attrs.field(init=False, factory=dict, repr=False)

    def __attrs_post_init__(self) -> None:
        flags = regex.IGNORECASE | regex.VERSION1

        sources = self._sources

        def words(name: str, table: Iterable[str], before: str = r"\b", after: str = r"\b") -> None:
            sources[name] = rf"{before}(?:{_alternation(table)}){after}"

        weapons = list(self.weapon_words.items()) + list(self.vague_words.items())
        self._weapon_items.extend(item for _, item in weapons)
        words("vague", self.vague_words, before=r"^", after=r"$")
        alternatives = "|".join(rf"\b(?P<w{i}>{pattern})\b" for i, (pattern, _) in enumerate(weapons))
        if all(pattern in _LETTER_FIRST for pattern, _ in weapons):
            # Every match starts a word: saying so up front lets the engine skip the other
            # positions quickly (~40% faster); a user's pattern might start otherwise.
            alternatives = rf"\b(?=\w)(?:{alternatives})"
            # The built-in words are lower-case ASCII: on a lower-cased text they match without
            # IGNORECASE (full case folding makes ``regex`` slow), and without the lookahead.
            self._lower_patterns["weapon"] = regex.compile(
                "|".join(rf"\b(?P<w{i}>{pattern})\b" for i, (pattern, _) in enumerate(weapons)),
                regex.VERSION1)
        sources["weapon"] = alternatives
        words("attack", self.attack_words)
        words("event", self.event_words)
        words("superseded", self.superseded)
        words("revised", self.revised)
        words("all_cases", self.all_cases)
        words("total", self.total_words)
        words("habitual", self.habitual)
        words("ground", self.ground_words)
        words("separate", self.separate)
        words("again", self.again)
        words("additive", self.additive, before=r"\W*\b")
        # "Earlier on Friday, Russia launched ...": the first words of a sentence.
        words("flashback", self.flashback, before=r"\W*\b")
        # "one more drone": the word right after the number.
        words("fresh_after", self.fresh_after, before=r"^\S+\s+")
        # "an additional 93 drones": a word just before the count.
        words("fresh_before", self.fresh_before, after=r"\s+(?:\w+\s+)?$")
        origin = _alternation(self.origin)
        # "launched from the Bryansk region and from ", "fired from a MiG-31K over the ": a launch site.
        sources["origin"] = (
            # (not "from the Russian attack on Kyiv": a target's preposition between)
            rf"\b(?:{origin})\s+(?:(?!(?:on|at|against|near|towards?|into)\s)[\w'’-]+\s+){{0,4}}$|"
            rf"\b(?:{origin})\s+(?:the\s+)?(?:directions?\s+of\s+)?(?:[^.;:]*?(?:,|\band\b)\s*)?$")
        titles = _alternation(self.title_words)
        # "Kaluga region governor", "Oryol region's acting governor": a jurisdiction (text after it).
        sources["title_after"] = (
            rf"^\s*(?:(?:region|oblast|city|krai|territory|republic)(?:'s|’s)?\s+)?(?:regional\s+)?"
            rf"(?:acting\s+)?(?:{titles})\b")
        # "governor of the Kaluga region": a jurisdiction (text before it).
        sources["title_before"] = rf"\b(?:{titles})\s+of\s+(?:the\s+)?$"
        # "most of them over Kyiv and ": only part of where it happened.
        sources["partial"] = (
            rf"\b(?:{_alternation(self.partial_place)})\s+(?:\w+\s+){{0,2}}(?:over|in)\s+(?:the\s+)?"
            rf"(?:[^.;,]*?\band\s+)?$")
        single = data.SINGLE_HIT.replace("{weapon}", _alternation(p for p, _ in weapons))
        sources["single_hit"] = single
        sources["single_down"] = data.SINGLE_DOWN.format(weapon=_alternation(p for p, _ in weapons))
        sources["single_reach"] = data.SINGLE_REACH.format(weapon=_alternation(p for p, _ in weapons))
        adjectives = _alternation(regex.escape(a) for a in self.country_adjectives)
        scope = data.COUNTRY_SCOPE.format(adjective=adjectives)
        sources["country_scope"] = scope
        sources["defender_scope"] = data.DEFENDER_SCOPE.format(adjective=adjectives)
        sources["defender_scope_cue"] = data.DEFENDER_SCOPE_CUE
        casualty = data.SINGLE_CASUALTY.format(person=_alternation(self.person_words))
        sources["single_casualty"] = casualty
        sources["single_casualty_cue"] = data.SINGLE_CASUALTY_CUE
        sources["country_scope_cue"] = data.COUNTRY_SCOPE_CUE
        for name, fields in _TABLES_OF.items():
            if name in _AS_WRITTEN:
                continue
            if all(getattr(self, field) == _BUILTIN_TABLES[field] for field in fields):
                # Built-in words only (lower-case): the same pattern matches a lower-cased text
                # without IGNORECASE, whose full case folding makes ``regex`` slow.
                self._lower_patterns[name] = regex.compile(sources[name], regex.VERSION1)
                if name in data.CUES:
                    self._cues[name] = data.CUES[name]
        for name, source in sources.items():
            if name not in self._lower_patterns:
                # (a user's pattern that does not compile fails here, when the vocabulary is made)
                self._patterns[name] = regex.compile(source, flags)

    def _ignorecase(self, name: str) -> regex.Pattern[str]:
        """The IGNORECASE pattern ``name`` (for a text without a lower-cased twin, or with no twin pattern).

        A pattern with a lower-cased twin is compiled here, when first asked for: only a text whose
        characters do not all lower-case exactly (``ß``, ``İ``...) needs it, none of the 816 reports of
        the regression corpus does, and compiling them all made up half of the vocabulary's start-up.
        Two threads may both compile it; they get equal patterns.
        """
        pattern = self._patterns.get(name)
        if pattern is None:
            pattern = self._patterns[name] = regex.compile(self._sources[name],
                                                           regex.IGNORECASE | regex.VERSION1)
        return pattern

    def extended(self, options: Mapping[str, object]) -> Vocabulary:
        """A copy with the user's additions to the tables and word lists.

        ``weapon_words`` maps patterns to items, ``country_adjectives`` adjectives to
        country codes; every other option adds patterns to the list of its name.

        :raises ValueError: for an unknown option name, an unknown item or a bad pattern.
        """
        changes: dict[str, object] = {}
        for key, value in options.items():
            if key == "weapon_words":
                if not isinstance(value, Mapping):
                    raise ValueError("options['incidents']['weapon_words'] must map patterns to item names")
                extra = {str(k): Item(v) for k, v in value.items()}
                changes[key] = {**extra, **self.weapon_words}
            elif key == "country_adjectives":
                if not isinstance(value, Mapping):
                    raise ValueError("options['incidents']['country_adjectives'] must map adjectives to "
                                     "ISO 3166-1 alpha-2 codes")
                extra_codes = {str(k).casefold(): str(v) for k, v in value.items()}
                changes[key] = {**self.country_adjectives, **extra_codes}
            elif key in _LIST_OPTIONS:
                if isinstance(value, str) or not isinstance(value, Iterable):
                    raise ValueError(f"options['incidents'][{key!r}] must be a list of patterns")
                changes[key] = tuple(getattr(self, key)) + tuple(str(v) for v in value)
            else:
                raise ValueError(
                    f"unknown option {key!r} for the incidents plugin; use one of "
                    f"{sorted(('weapon_words', 'country_adjectives', *_LIST_OPTIONS))}"
                )
        try:
            return attrs.evolve(self, **changes)  # type: ignore[arg-type]
        except regex.error as exc:
            raise ValueError(f"a pattern in options['incidents'] does not compile: {exc}") from None

    # typed accessors for the compiled patterns
    def weapon_matches(self, text: str, start: int, end: int,
                       lowered: str | None = None) -> list[tuple[int, int, Item]]:
        """``(start, end, item)`` of each weapon word in ``text[start:end]``.

        ``lowered`` is :func:`~incidentkit.text.lowered` of ``text``, if it has one: scanned there without
        IGNORECASE (same matches, ~20% faster).
        """
        found: list[tuple[int, int, Item]] = []
        fast = self._lower_patterns.get("weapon")
        if lowered is not None and fast is not None:
            pattern, text = fast, lowered
        else:
            pattern = self._ignorecase("weapon")
        for match in pattern.finditer(text, start, end, timeout=scan_timeout(len(text))):
            if _defender(text, match.start(), match.end()):
                continue  # "anti-aircraft missile units", "interceptor drones": the defence
            index = int((match.lastgroup or "w0")[1:])
            found.append((match.start(), match.end(), self._weapon_items[index]))
        return found

    @property
    def lowered_weapons(self) -> bool:
        """Whether the weapon words are the built-in ones, matched on a lower-cased text."""
        return "weapon" in self._lower_patterns

    def single_casualties(self, text: str, start: int, end: int,
                          lowered: str | None = None) -> list[tuple[int, int, Role]]:
        """``(start, end, role)`` of each person killed or hurt without a numeral (``a man was killed``)."""
        found: list[tuple[int, int, Role]] = []
        timeout = scan_timeout(len(text))
        if not self._may_match("single_casualty", text, lowered, start, end):
            return found
        pattern, text = self._pattern("single_casualty", text, lowered)
        for match in pattern.finditer(text, start, end, timeout=timeout):
            if any(match.group(name) for name in ("killed", "died", "killing", "killed2")):
                role = Role.KILLED
            elif match.group("hurt") or match.group("hurt2"):
                role = Role.CASUALTY
            else:
                role = Role.INJURED
            found.append((match.start(), match.end(), role))
        return found

    def _may_match(self, name: str, text: str, lowered: str | None, start: int = 0,
                   end: int | None = None) -> bool:
        """Whether pattern ``name`` may match in ``text[start:end]``: a quick test before its scan.

        A substring test of its cue words (``data.CUES``) on the lower-cased text when it has them,
        else a scan of its cue pattern (``name + "_cue"``).
        """
        end = len(text) if end is None else end
        cues = self._cues.get(name)
        if lowered is not None and cues is not None:
            return _has_cue(cues, lowered[start:end])
        cue, cue_text = self._pattern(name + "_cue", text, lowered)
        return cue.search(cue_text, start, end, timeout=scan_timeout(len(text))) is not None

    def scope_country(self, text: str, lowered: str | None = None) -> str | None:
        """The country code of the first scope phrase (``over Russian regions``) in ``text``, if any."""
        if not self._may_match("country_scope", text, lowered):
            return None
        timeout = scan_timeout(len(text))
        pattern, text = self._pattern("country_scope", text, lowered)
        match = pattern.search(text, timeout=timeout)
        if match is None:
            return None
        return self.country_adjectives.get(match.group("adjective").casefold())

    def defender_countries(self, text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, country code)`` of every phrase naming the defenders' country, by start.

        ``Russian air defences destroyed``, ``Poland's armed forces shot down``: one scan of the
        whole text.
        """
        if not self._may_match("defender_scope", text, lowered):
            return []
        timeout = scan_timeout(len(text))
        pattern, scanned = self._pattern("defender_scope", text, lowered)
        found = []
        for match in pattern.finditer(scanned, timeout=timeout):
            code = self.country_adjectives.get(match.group("adjective").casefold())
            if code is not None:
                found.append((match.start(), match.end(), code))
        return found

    def is_vague(self, word: str) -> bool:
        """Whether a weapon word names the kind of attack only (``shelling``)."""
        return self._ignorecase("vague").match(word) is not None

    def _pattern(self, name: str, text: str, lowered: str | None) -> tuple[regex.Pattern[str], str]:
        """The pattern to run and the text to run it on: the lower-cased twin if there is one."""
        if lowered is not None:
            fast = self._lower_patterns.get(name)
            if fast is not None:
                return fast, lowered
        return self._ignorecase(name), text

    # ``lowered`` below is ``incidentkit.text.lowered(text)`` (or None): the same matches, faster.
    def match(self, name: str, text: str, start: int, end: int,
              lowered: str | None = None) -> regex.Match[str] | None:
        """A word of one compiled table (``flashback``) at the very start of ``text[start:end]``."""
        pattern, text = self._pattern(name, text, lowered)
        return pattern.match(text, start, end, timeout=_timeout(text, start, end))

    def finditer(self, name: str, text: str, start: int, end: int,
                 lowered: str | None = None) -> Iterator[regex.Match[str]]:
        """Every match of one compiled table in ``text[start:end]``."""
        pattern, text = self._pattern(name, text, lowered)
        return pattern.finditer(text, start, end, timeout=_timeout(text, start, end))

    def search(self, name: str, text: str, start: int = 0, end: int | None = None,
               lowered: str | None = None) -> regex.Match[str] | None:
        """Search one compiled table (``attack``, ``event``, ``superseded``...) in a slice."""
        end = len(text) if end is None else end
        if lowered is not None:
            fast = self._lower_patterns.get(name)
            if fast is not None:
                cues = self._cues.get(name)
                if cues is not None and not _has_cue(cues, lowered[start:end]):
                    # (most windows hold none of the table's cue words: a substring test says so
                    # several times faster than the scan)
                    return None
                return fast.search(lowered, start, end, timeout=_timeout(lowered, start, end))
        pattern = self._ignorecase(name)
        return pattern.search(text, start, end, timeout=_timeout(text, start, end))


# Scans of at most this many characters (a window around a mention) go without a timeout: their
# cost does not grow with the text, and the guard costs more than such a scan.
_WINDOW = 200


def _defender(text: str, start: int, end: int) -> bool:
    """Whether the weapon word at ``text[start:end]`` names the defence's weapons (``_DEFENDER_*``)."""
    before = _DEFENDER_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and before.group("interceptor"):
        return True
    after = _DEFENDER_AFTER.match(text, end)
    return after is not None and (after.group("unit") is not None or before is not None)


def _has_cue(cues: tuple[str, ...], window: str) -> bool:
    """Whether the (lower-cased) ``window`` contains one of ``cues`` (see ``data.CUES``)."""
    return any(map(window.__contains__, cues))  # (no generator: this runs some 200 times a report)


def _timeout(text: str, start: int, end: int) -> float | None:
    """The ``timeout=`` for a scan of ``text[start:end]``: none for a short window."""
    return scan_timeout(len(text)) if end - start > _WINDOW else None


# The tables each word pattern is made of (patterns of built-in tables only get a lower-case twin).
_TABLES_OF: Mapping[str, tuple[str, ...]] = {
    "attack": ("attack_words",), "event": ("event_words",), "superseded": ("superseded",),
    "revised": ("revised",), "all_cases": ("all_cases",), "total": ("total_words",),
    "habitual": ("habitual",), "ground": ("ground_words",), "separate": ("separate",), "again": ("again",),
    "additive": ("additive",),
    "flashback": ("flashback",), "fresh_after": ("fresh_after",), "fresh_before": ("fresh_before",),
    "origin": ("origin",), "title_after": ("title_words",), "title_before": ("title_words",),
    "partial": ("partial_place",), "single_hit": ("weapon_words", "vague_words"),
    "single_down": ("weapon_words", "vague_words"), "single_reach": ("weapon_words", "vague_words"),
    "country_scope": ("country_adjectives",), "country_scope_cue": (), "single_casualty": ("person_words",),
    "defender_scope": ("country_adjectives",), "defender_scope_cue": (),
    "single_casualty_cue": (),
}

# Patterns only ever run on a text as it is written (a quantity's own text): no lower-cased twin.
_AS_WRITTEN = frozenset({"fresh_after"})

_LIST_OPTIONS = ("attack_words", "event_words", "superseded", "revised", "all_cases", "origin",
                 "title_words", "partial_place", "total_words", "fresh_after", "fresh_before",
                 "habitual", "ground_words", "person_words", "separate", "flashback", "again", "additive")

#: The built-in word tables, by field name.
_BUILTIN_TABLES: Mapping[str, object] = {
    "weapon_words": dict(data.WEAPON_WORDS), "vague_words": dict(data.VAGUE_WEAPON_WORDS),
    **{field: getattr(data, constant) for field, constant in (
        ("attack_words", "ATTACK_WORDS"), ("event_words", "EVENT_WORDS"), ("superseded", "SUPERSEDED"),
        ("revised", "REVISED"), ("all_cases", "ALL_CASES"), ("total_words", "TOTAL_WORDS"),
        ("habitual", "HABITUAL"), ("ground_words", "GROUND_WORDS"), ("separate", "SEPARATE"),
        ("again", "AGAIN"), ("additive", "ADDITIVE"),
        ("flashback", "FLASHBACK"), ("fresh_after", "FRESH_AFTER"), ("fresh_before", "FRESH_BEFORE"),
        ("origin", "ORIGIN"), ("title_words", "TITLE_WORDS"), ("partial_place", "PARTIAL_PLACE"),
        ("person_words", "PERSON_WORDS"), ("country_adjectives", "COUNTRY_ADJECTIVES"))},
}

#: The default vocabulary (compiled at import).
DEFAULT_VOCABULARY = Vocabulary()

# ------------------------------------------------------------------ document layout

# A liveblog entry's time stamp: "07:45 — " at the start of a paragraph.
_TIMESTAMP = regex.compile(r"\d{1,2}[:.]\d{2}\s*[—–-]\s")
# "one each over ...": the distributive word inside a count's text, or right after it
_DISTRIBUTIVE_IN = regex.compile(rf"\b{data.DISTRIBUTIVE}\b")
_DISTRIBUTIVE_AFTER = regex.compile(rf"\s+{data.DISTRIBUTIVE}\b")
# A dateline: "MOSCOW, May 3 — ", "KYIV — ", "SEVASTOPOL, Sept 13 -- ", with an agency's name and a
# country after the city: "KYIV, March 4 (Reuters) - ", "KHARKIV, Ukraine, Jan. 3 (AP) — ".
# A city in title case needs the agency: "Kyiv (AFP) - ".
_DATELINE = regex.compile(
    r"(?:[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][a-z]{2,9}\.?(?:\s+\d{1,2})?)?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Z][\w.&' -]{0,30}\)\s*)?"
    r"|[A-Z][\w'-]{1,30}(?:[ -][A-Z][\w'-]{1,30}){0,2}(?:,\s*[A-Z][a-z]{2,9}\.?(?:\s+\d{1,2})?)?"
    r"\s*\([A-Z][\w.&' -]{0,30}\)\s*)"
    r"(?:[—–]|--?)\s")
# A paragraph header naming the place it is about: "Belgorod region: ", "Republic of Crimea — ",
# or a sentence of its own: "Shebekino district. The town was shelled ...".
_HEADER_END = regex.compile(r"\s*(?::|[—–]|--?)\s|\.\s")
# Clause boundaries inside a sentence.
_CLAUSE_BREAK = regex.compile(r";|,\s+(?:and|while|but|whereas)\s|\swhile\s|,\s+as\s+well\s+as\s|"
                              r",\s+(?:comparing|adding|saying|noting|calling|describing)\b")
# Headlines are lists of facts: "42 drones over Crimea, S-200 missile downed over Kaluga region".
_HEADLINE_BREAK = regex.compile(
    r"[,;:]\s|\s[—–-]{1,2}\s|\sand\s+(?=\d|one|two|three|four|five|six|seven|eight|nine|ten)")
# Words between two time mentions that make them an interval's ends.
_INTERVAL_OPEN = regex.compile(r"\b(?:between|from)\s+(?:the\s+)?(?:about\s+|around\s+)?$", regex.IGNORECASE)
_INTERVAL_JOIN = regex.compile(
    r"^\s*(?:and|to|until|till|through|-|–|—)\s+(?:on\s+|into\s+|about\s+|around\s+)?(?:the\s+)?$",
    regex.IGNORECASE)
_NIGHT_TO_MORNING = regex.compile(r"^\s*and\s+(?:on\s+|into\s+)?(?:the\s+)?$", regex.IGNORECASE)
# Text between a reporting cue and a time that makes the time the report's, not the event's.
_REPORT_GAP = regex.compile(r"^[\s,]*(?:(?:on|in|at|via|to|earlier|later|late|his|her|its|their|the|a|an|"
                            r"telegram|channel|statement|post|x|facebook|reporters|television|briefing|"
                            r"daily|weekly|evening|morning|regular|latest|news|press|conference|update|"
                            r"summary|report|video|address|interview|message|online)\b[\s,]*){0,7}$",
                            regex.IGNORECASE)
# "As of 09:00, 38 drones were shot down", "By Saturday, the toll had risen to 72": the time of a
# tally, not of the engagement.
# "from 23:00 on 10 May", "since 03:00": a window opened at a clock time.
_OPEN_START = regex.compile(r"\b(?:from|since|starting\s+(?:at|from))\s+$", regex.IGNORECASE)
_STATUS_TIME = regex.compile(r"\b(?:as\s+(?:of|at)|by)\s+$", regex.IGNORECASE)
_OPENING = regex.compile(r"^\W*(?:(?:on|earlier|later|late|by|in|at)\s+)*(?:the\s+)?$", regex.IGNORECASE)
_SOURCE_GAP = regex.compile(r"^[\s,]*(?:the\s+)?$", regex.IGNORECASE)
# "the past 24 hours", "over the last day": a day's window ending at publication.
_PAST = regex.compile(r"\b(?:past|last|previous)\b", regex.IGNORECASE)
# "over the city", "in the region": a place named before, the one the report is about.
_ANAPHOR = regex.compile(
    r"\b(?:the|this|that)\s+(region|oblast|city|town|village|capital|republic|peninsula|port)\b",
    regex.IGNORECASE)
# (one of them is in every match, lower-cased: a quick test)
_ANAPHOR_CUES = ("region", "oblast", "city", "town", "village", "capital", "republic", "peninsula", "port")
_ANAPHOR_TYPES: Mapping[str, tuple[LocationType, ...]] = {
    "region": (LocationType.ADMIN1,), "oblast": (LocationType.ADMIN1,), "republic": (LocationType.ADMIN1,),
    "peninsula": (LocationType.ADMIN1,), "city": (LocationType.SETTLEMENT, LocationType.ADMIN1),
    "town": (LocationType.SETTLEMENT,), "village": (LocationType.SETTLEMENT,),
    "port": (LocationType.SETTLEMENT,),
    "capital": (LocationType.ADMIN1, LocationType.SETTLEMENT),
}
# Nothing but "and" between two counts: "78 missiles and 106 drones".
# "the city's Slobidskyi district", "the capital's Pecherskyi district": a district of the city told before.
_CITY_DISTRICT = regex.compile(r"\b(?:the|this)\s+(?:city|capital|town)(?:'s|’s)\s+$", regex.IGNORECASE)
_COORDINATED = regex.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus)\s*$", regex.IGNORECASE)
# "drones flying towards Moscow", "heading for the capital": where they were going.
_HEADING = regex.compile(
    r"\b(?:heading|headed|flying|flew|approaching|approach|en\s+route|on\s+their\s+way)\s+"
    r"(?:(?:for|to|towards?|at)\s+)?(?:the\s+)?(?:[\w-]+\s+)?$", regex.IGNORECASE)
# "anti-aircraft missile units", "interceptor drones", "631 anti-aircraft missile systems":
# weapons of the defence, not the attack (but "Iskander missile systems" are launchers, and "one
# S-200 anti-aircraft missile, converted into a strike weapon" is a weapon).
_DEFENDER_AFTER = regex.compile(
    r"\s+(?:(?P<unit>units?|crews?|batter(?:y|ies)|gunners|troops|defen[cs]es?)|systems?|complex(?:es)?)\b",
    regex.IGNORECASE)
_DEFENDER_BEFORE = regex.compile(
    r"\b(?:(?P<interceptor>interceptors?)|anti-aircraft|surface-to-air|air[\s-]defen[cs]e)\s+$",
    regex.IGNORECASE)
# "south of Moscow", "30 km from Kursk": where a place named before lies, told by a landmark.
_RELATIVE_TO = regex.compile(
    r",\s*(?:(?:about|some|around)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres?|kilometers?|miles?)\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|from|outside)\s+(?:the\s+)?$",
    regex.IGNORECASE)
# (every match has a comma and one of these, lower-cased: a quick test)
_RELATIVE_TO_CUES = ("of", "from", "outside")
# "... and the rest over the Tver region": the remainder of a breakdown, not counted.
_REMAINDER = regex.compile(r"\bthe\s+(?:rest|remainder|remaining(?!\s+\d))\b", regex.IGNORECASE)
_REMAINDER_CUES = ("rest", "remain")  # (one of them is in every match, lower-cased: a quick test)
# "fired at Ukraine", "launched against Ukraine": the country attacked.
# ... also "over the territory of Russia", "in the airspace of Ukraine".
_TARGETED = regex.compile(
    r"\b(?:(?:at|against|on|into|over|across|throughout|towards?|attacked|struck|targeted|hit|pounded)"
    r"|(?:over|across|in|on|into)\s+(?:the\s+)?(?:territory|airspace|skies)\s+of)\s+"
    # "a massive attack on western Ukraine"
    r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?$",
    regex.IGNORECASE)
# "A one-year-old child and a young woman were killed": the second of two people without a numeral.
_SECOND_PERSON = regex.compile(r"\band\s+(?:a|an|one)\s", regex.IGNORECASE)
# "Odesa was attacked at about 03:00": a place told as the target (read right after its name).
_PLACE_ATTACKED = regex.compile(
    r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:again\s+)?(?:attacked|struck|hit|targeted|shelled)"
    r"|came\s+under\s+(?:\w+\s+){0,2}?(?:attack|fire))\b", regex.IGNORECASE)
# "Kyiv said", "Moscow accused Ukrainian forces": a capital (or country) that speaks for its government.
_SPEAKS = regex.compile(r"\s+(?:said|says|claimed|claims|accused|accuses|denied|denies|insisted|insists"
                        r"|regime|junta)\b")  # (and "the Kyiv regime": a government named by its capital)
# The words that may join a count's clause to the places and time closing its sentence.
_WORD = regex.compile(r"\w+")
_PLACE_JOINERS = frozenset({"as", "well", "over", "in", "near", "the", "and", "of", "annexed", "occupied",
                            "temporarily", "region", "regions", "also", "territory", "airspace", "skies",
                            "between", "from", "since", "at", "on", "during"})
_AND = regex.compile(r"\s+and\s+")
# Words of a reaction to an attack, not a report of it ("condemned the attack", "called it terrorism").
_REACTION = regex.compile(
    r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|(?:called|calls)\s+(?:for|on)"
    r"|war\s+crimes?|terror(?:ist|ism)?|cynical|barbaric"
    r"|no\s+interest\s+in|retaliat(?:e|ed|ion)|in\s+response\s+to|responded)\b", regex.IGNORECASE)
_RATE = regex.compile(
    r"\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b|\s+(?:daily|weekly|monthly|annually)\b",
    regex.IGNORECASE)
# "in the second strike": one of the engagements just told, by its place in the telling.
_ORDINAL_STRIKE = regex.compile(r"\b(?:in|by|during|after)\s+the\s+(first|second|third|last|latter|former)\s+"
                                r"(?:strike|attack|hit|explosion|blast|impact)\b", regex.IGNORECASE)
_ORDINALS = {"first": 0, "former": 0, "second": 1, "third": 2, "last": -1, "latter": -1}
# "... shot down 76 drones and all the missiles": every one of the weapon named next.
_ALL_BEFORE = regex.compile(r"\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}$",
                            regex.IGNORECASE)
# "... 146 drones and 6 ATACMS missiles. All were intercepted.": every one the sentence before launched.
_ALL_DOWNED = regex.compile(
    r"\W*(?:all\s+(?:of\s+(?:them|these|those)\s+)?|(?:they|these|those)\s+(?:were\s+)?all\s+)"
    r"(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:shot\s+down|destroyed|intercepted|downed|"
    r"neutrali[sz]ed)\b", regex.IGNORECASE)
_SHOT_DOWN = regex.compile(r"\b(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)\b",
                           regex.IGNORECASE)
# "Later, the governor said ...": a sentence telling what happened after the one before.
_LATER = regex.compile(r"\W*(?:later|afterwards|subsequently|after\s+that)\b", regex.IGNORECASE)
# "struck at least four times", "hit several times": a number of attacks, not one.
_TIMES_OVER = regex.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|"
                            r"numerous|dozens\s+of)\s+times\b", regex.IGNORECASE)
# "Ukraine rejected the claim": a denial of what the sentence before it said.
_THE_CLAIM = regex.compile(
    r"\s*(?:the|this|that|these|those|such)\s+(?:claims?|reports?|allegations?|assertions?)\b"
    r"|\s*(?:it|them|this|that)\b", regex.IGNORECASE)
# "Poland shot down drones": a country told shooting down (read right after its name).
_SHOOTS = regex.compile(r"\s+(?:has\s+|had\s+)?(?:shot\s+down|downed|intercepted|destroyed)\b",
                        regex.IGNORECASE)
# How far back (characters) a mention may join an engagement: keeps long inputs linear.
_REACH = 20_000
# Clock times are approximate ("shortly after midday", "at about 12:15").
_CLOCK_SLACK = dt.timedelta(minutes=30)
# Weapon families an attack named only by its kind ("shelling") may turn out to be.
_ARTILLERY = frozenset({"shell", "rocket"})
# "two of three missiles": a part and its whole.
_PARTITIVE = regex.compile(r"\s+of\s+(?:the\s+)?$", regex.IGNORECASE)
# "8 Kalibr cruise missiles, 6 of which were shot down": the outcome of the count before it.
_OF_WHICH_GAP = regex.compile(r"\s*,\s*")
_OF_WHICH = regex.compile(r"\s+of\s+(?:which|them)\b", regex.IGNORECASE)
_ALL_OF_WHICH = regex.compile(r"\s*,\s*all\s+of\s+(?:which|them)\s+(?:were|was)\s+"
                              r"(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)\b",
                              regex.IGNORECASE)
# "..., including 12 over the Saratov region": a part named after its total, in the same clause.
# (a clock's colon, "between 23:00 and 07:00", is no break)
_OF_THEM_HEADING = regex.compile(
    r"\s+of\s+(?:them|these|those)\s+(?:were|was)\s+(?:flying|heading|headed|approaching|aimed|directed)\b",
    regex.IGNORECASE)
_OF_THEM = regex.compile(r"\s+of\s+(?:them|these|those|which)\b", regex.IGNORECASE)
_SAME_CLAUSE = r"(?:[^.;:]|(?<=\d)[:.](?=\d)){0,120}?"  # (up to 120 characters, no clause break)
_COMMA_BEFORE = regex.compile(_SAME_CLAUSE + r",\s*$")
_INCLUDING = regex.compile(_SAME_CLAUSE + r",\s*including\s+$", regex.IGNORECASE)
# "112 missiles and drones: 48 missiles and 64 drones": a pooled figure and the colon of its parts.
_POOL_COLON = regex.compile(r"[^.;:\d]{0,80}(?::|,?\s+including|,?\s+of\s+which)\s*", regex.IGNORECASE)
_POOL_CUES = (":", "including", "which")  # (one of them is in every match, lower-cased: a quick test)
# "29 over the Bryansk region and 17 ...": the words between two parts of one list.
_LIST_JOIN = regex.compile(
    r"[^.;:\d]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:more\s+than|over|about|around|some|at\s+least|nearly|almost|up\s+to)\s+)?", regex.IGNORECASE)
_PART_OF_DAY = regex.compile(r"T(?:NI|MO|AF|EV|DT)$")
_CLOCK = regex.compile(r"T\d{2}:\d{2}")


@attrs.frozen
class _Window:
    """A time window: TIMEX3 start and end, a precision rank (0 = clock time) and bounds."""

    start: str
    end: str
    rank: int
    lo: dt.datetime | None
    hi: dt.datetime | None
    spans: tuple[Span, ...]
    #: Whether the window is a week, a month or longer: a tally of engagements, not one.
    tally: bool = attrs.field(init=False, eq=False, default=attrs.Factory(
        lambda self: 3 <= self.rank < 9, takes_self=True))

    def compatible(self, other: _Window | None) -> bool:
        """Whether the windows overlap; clock times count as ±30 minutes (``at about 12:15``)."""
        if other is None or self.lo is None or self.hi is None or other.lo is None or other.hi is None:
            return True
        slack = _CLOCK_SLACK if self.rank == 0 or other.rank == 0 else dt.timedelta(0)
        return self.lo - slack < other.hi and other.lo - slack < self.hi

    def contains(self, other: _Window) -> bool:
        if self.lo is None or self.hi is None or other.lo is None or other.hi is None:
            return False
        # (a clock time's minute may end past a part of the day: a night holds "23:00 to 07:00")
        return self.lo <= other.lo and other.hi <= self.hi + _MINUTE


_MINUTE = dt.timedelta(minutes=1)
_DATE = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(?:(\d{2}):(\d{2})|(NI|MO|AF|EV|DT)))?")
_WEEK = regex.compile(r"(\d{4})-W(\d{2})(-WE)?")
_PART_HOURS = {"NI": (-6, 7), "MO": (5, 12), "AF": (12, 18), "EV": (17, 24), "DT": (6, 18)}


@functools.lru_cache(maxsize=4096)
def _bounds(value: str) -> tuple[dt.datetime | None, dt.datetime | None, int]:
    """Bounds and precision rank of a TIMEX3 value; ``(None, None, 9)`` when it has none.

    Cached: a report names the same few dates again and again.
    """
    match = _DATE.fullmatch(value)
    if not match:
        week = _WEEK.fullmatch(value)
        if not week:
            return None, None, 9
        # "over the weekend" (2025-W52-WE), "last week" (2025-W52): the ISO week's days.
        try:
            monday = dt.datetime.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None, None, 9
        if week.group(3):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7), 3
        return monday, monday + dt.timedelta(days=7), 3
    year, month, day, hour, minute, part = match.groups()
    try:
        if day is not None:
            base = dt.datetime(int(year), int(month), int(day))
            if hour is not None:
                lo = base.replace(hour=int(hour), minute=int(minute))
                return lo, lo + dt.timedelta(minutes=1), 0
            if part is not None:
                first, last = _PART_HOURS[part]
                return base + dt.timedelta(hours=first), base + dt.timedelta(hours=last), 1
            return base, base + dt.timedelta(days=1), 2
        if month is not None:
            lo = dt.datetime(int(year), int(month), 1)
            hi = dt.datetime(int(year) + (int(month) == 12), int(month) % 12 + 1, 1)
            return lo, hi, 3
        return dt.datetime(int(year), 1, 1), dt.datetime(int(year) + 1, 1, 1), 4
    except ValueError:
        return None, None, 9


_DAYS = regex.compile(r"P(\d{1,3})([DW])|PT(\d{2,4})H")


def _days_of(value: str) -> int | None:
    """Whole days of a TIMEX3 duration of days, weeks or hours (``P7D``, ``P1W``, ``PT48H``), if it is one."""
    match = _DAYS.fullmatch(value)
    if match is None:
        return None
    if match.group(3) is not None:
        hours = int(match.group(3))
        return hours // 24 if hours % 24 == 0 and hours else None
    days = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    return days if 0 < days <= 366 else None


def _first_inside(windows: Sequence[_Window], starts: Sequence[int], span: Span) -> _Window | None:
    """The first of ``windows`` (sorted, their starts in ``starts``) told inside ``span`` (by bisection)."""
    index = bisect.bisect_left(starts, span.start)
    if index < len(windows) and span.contains(windows[index].spans[0]):
        return windows[index]
    return None


def _window(start: TimeMention, end: TimeMention | None = None) -> _Window:
    lo, hi, rank = _bounds(start.value)
    if end is None or end.value == start.value:
        return _Window(start.value, start.value, rank, lo, hi, (start.span,))
    _, hi2, rank2 = _bounds(end.value)
    return _Window(start.value, end.value, min(rank, rank2), lo, hi2 if hi2 is not None else hi,
                   (start.span, end.span))


# ------------------------------------------------------------------ observations

#: No region (the one empty set every observation and draft without a region shares).
_NO_REGIONS: frozenset[str] = frozenset()


#: No parts (the one empty mapping every draft without parts shares; never written to).
_NO_PARTS: Mapping[Outcome, list[Any]] = MappingProxyType({})

_T = TypeVar("_T")


def _grown(values: Sequence[_T], value: _T) -> list[_T]:
    """``values`` with ``value`` appended: in place if it is a list, else (a shared empty) a new list."""
    if isinstance(values, list):
        values.append(value)
        return values
    return [*values, value]


ObsKind = Literal["count", "attack", "event", "mention"]


@attrs.define(eq=False)
class _Obs:
    """Something a clause says about an engagement."""

    kind: ObsKind
    sent: int
    para: int
    pos: int
    span: Span
    item: Item | None = None
    role: Outcome | None = None
    value: int = 0
    approx: Approx = Approx.EXACT
    quantity: QuantityMention | None = None
    places: list[LocationMention] = attrs.field(factory=list)
    # (titles, sources and seas are most often none: a shared empty tuple until there are some)
    titles: Sequence[LocationMention] = ()
    window: _Window | None = None
    sources: Sequence[Attribution] = ()
    headline: bool = False
    hit_one: bool = False
    reached: bool = False  # ("a drone attacked a car": it got through, though no hit is told)
    down_one: bool = False  # ("the missile was intercepted": one downed)
    total_cue: bool = False
    fresh: bool = False
    separate: bool = False
    flashback: bool = False
    own_window: bool = False
    vague: bool = False
    seas: Sequence[str] = ()
    aimed: str | None = None  # the country a count was aimed at, in its own clause ("96 drones at Ukraine")
    # admin1, and how many places it was worked out from (places are only ever added)
    _known: int = attrs.field(init=False, default=0, repr=False)
    _regions: frozenset[str] = attrs.field(init=False, default=_NO_REGIONS, repr=False)

    @property
    def family(self) -> str | None:
        return data.FAMILY.get(self.item) if self.item is not None else None

    @property
    def admin1(self) -> frozenset[str]:
        return self._regions if self._known == len(self.places) else _admin1_of(self)


@attrs.define(eq=False)
class _Draft:
    """An incident being assembled."""

    index: int
    items: list[Item] = attrs.field(factory=list)
    # (vague items, parts and casualties are most often none: shared empties until there are some)
    vague_items: Sequence[Item] = ()
    counts: dict[Outcome, _Obs] = attrs.field(factory=dict)
    parts: Mapping[Outcome, list[_Obs]] = _NO_PARTS
    obs: list[_Obs] = attrs.field(factory=list)
    places: list[LocationMention] = attrs.field(factory=list)
    window: _Window | None = None
    casualties: Sequence[QuantityMention] = ()
    parent: _Draft | None = None
    dropped: bool = False
    no_places: bool = False
    hit_one: bool = False
    down_one: bool = False  # ("the missile was intercepted": one downed)
    aimed: str | None = None  # the country its first count aimed at says was attacked
    last: int = -1
    created: int = -1
    # the family of the first specific weapon, else of the first vague one (kept by ``add``)
    family: str | None = attrs.field(init=False, default=None)
    _known: int = attrs.field(init=False, default=0, repr=False)
    _regions: frozenset[str] = attrs.field(init=False, default=_NO_REGIONS, repr=False)
    # told the draft's family and last position before ``add`` changed them (keeps an index current)
    moved: Callable[[_Draft, str | None, int], None] | None = attrs.field(default=None, repr=False)
    _first: _Obs | None = attrs.field(init=False, default=None, repr=False)  # kept by ``add``

    @property
    def admin1(self) -> frozenset[str]:
        return self._regions if self._known == len(self.places) else _admin1_of(self)

    @property
    def last_pos(self) -> int:
        return self.last

    @property
    def first(self) -> _Obs:
        """The observation told first (the earliest added of those at the least position)."""
        assert self._first is not None
        return self._first

    def release(self) -> None:
        """Let go of the observations, places and figures (after the draft's record is made)."""
        self.obs, self.items, self.places = [], [], []
        self.vague_items, self.casualties = (), ()
        self.counts, self.parts = {}, _NO_PARTS
        self._first = None

    def part_list(self, role: Outcome) -> list[_Obs]:
        """The parts told of the figure for ``role`` (to add to; made when first asked for)."""
        parts = self.parts
        if not isinstance(parts, dict):
            parts = self.parts = {}
        return parts.setdefault(role, [])

    def add_casualty(self, quantity: QuantityMention) -> None:
        self.casualties = _grown(self.casualties, quantity)

    def add(self, obs: _Obs) -> None:
        family, last = self.family, self.last
        self.obs.append(obs)
        if self._first is None or obs.pos < self._first.pos:
            self._first = obs
        self.last = max(self.last, obs.pos)
        if self.created < 0:
            self.created = obs.pos
        if self.aimed is None:
            self.aimed = obs.aimed
        if obs.item is not None:
            if obs.vague:
                self.vague_items = _grown(self.vague_items, obs.item)
            else:
                self.items.append(obs.item)
            self.family = data.FAMILY.get((self.items or self.vague_items)[0])
        if self.moved is not None and (self.family != family or self.last != last):
            self.moved(self, family, last)
        for place in obs.places:
            if place not in self.places:
                self.places.append(place)
        if obs.window is not None and (self.window is None or (
                obs.window.rank < self.window.rank and self.window.contains(obs.window))):
            self.window = obs.window


def _admin1_of(holder: _Obs | _Draft) -> frozenset[str]:
    """The regions of an observation's or draft's places (cached until a place is added).

    Asked for every candidate draft of every count, so worked out again only when the
    places list has grown (it is only ever appended to).
    """
    if holder._known != len(holder.places):
        codes = {p.admin1 for p in holder.places if p.admin1}
        holder._regions = _region(codes.pop()) if len(codes) == 1 else frozenset(codes) or _NO_REGIONS
        holder._known = len(holder.places)
    return holder._regions


def _surrounding_region(doc: _Doc, obs: _Obs) -> None:
    """Drones downed ``flying towards Moscow`` were over the region around the city.

    A city that is a region of its own (Moscow, Saint Petersburg, Kyiv, Sevastopol) named as
    where drones were heading is their target, not where they were shot down: the count is
    also placed in the surrounding region, when the report names it in another sentence, so that
    it joins that region's figure (``91 over the Moscow region``) instead of making an engagement
    of its own.
    """
    for place in list(obs.places):
        region = data.SURROUNDING_REGION.get(place.admin1 or "")
        if region is None or not _HEADING.search(doc.text, max(0, place.span.start - 40), place.span.start):
            continue
        if any(loc.admin1 == region for loc in doc.within("locations", doc.sents[obs.sent])):
            continue  # "11 over the Moscow region, including 8 flying towards Moscow": told as its part
        around = doc.first_region_mention(region)
        if around is not None:
            obs.places.append(around)


def _only_places_between(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only places and the words that join them.

    ``, as well as over annexed Crimea,``, not another statement (``, comparing it with the attack
    of``).
    """
    if end - start > 80:
        return False
    places = doc.between("locations", start, end)
    for word in _WORD.finditer(doc.text, start, end):
        if word.group().casefold() not in _PLACE_JOINERS \
                and not any(p.span.start <= word.start() < p.span.end for p in places):
            return False
    return True


def _at_sea(holder: _Obs | _Draft) -> bool:
    """Whether the holder is placed at a sea (``in the Red Sea``) and in no region."""
    if holder.admin1:
        return False
    if isinstance(holder, _Obs):
        return bool(holder.seas)
    return any(o.seas for o in holder.obs)


@functools.lru_cache(maxsize=512)
def _region(code: str) -> frozenset[str]:
    """The set of one region, shared: most observations and drafts are in one of a few regions."""
    return frozenset((code,))


@functools.lru_cache(maxsize=4096)
def _whole_word(name: str) -> regex.Pattern[str]:
    """``name`` as a whole word (compiled once per name, not once per document)."""
    return regex.compile(rf"\b{regex.escape(name)}\b")


#: The named sources of a paragraph that have a content span, the spans, their order by start, the
#: starts in that order, and the longest span's length (see :meth:`_Doc._by_content`).
_Contents = tuple[Sequence[Attribution], Sequence[Span], Sequence[int], Sequence[int], int]
_NO_CONTENTS: _Contents = ((), (), (), (), 0)


class _Doc:
    """The document's layout and the earlier stages' mentions, indexed by sentence."""

    def __init__(self, document: Document, found: Findings, vocab: Vocabulary) -> None:
        self.text = document.text
        # The text lower-cased, for the fast scans of the built-in words (None if not exact).
        self.lowered = lowered(self.text)
        self.vocab = vocab
        self.found = found
        self.sents = list(sentences(self.text))
        self.sent_starts = [s.start for s in self.sents]
        self.paras = list(paragraphs(self.text))
        self.para_starts = [p.start for p in self.paras]
        self.digest = hashlib.sha1(self.text.encode("utf-8")).hexdigest()
        self.sent_para = [self._para_of(s.start) for s in self.sents]
        first = self.paras[0] if self.paras else None
        # A headline: a first paragraph of one line without a final full stop, with more to follow.
        self.headline_para = 0 if (
            first is not None and len(self.paras) > 1 and "\n" not in self.text[first.start:first.end]
            and not self.text[first.start:first.end].rstrip().endswith((".", "!", "?"))
        ) else -1
        self.lead_para = self.headline_para + 1
        self.dateline: Span | None = None
        if 0 <= self.lead_para < len(self.paras):
            lead = self.paras[self.lead_para]
            match = _DATELINE.match(self.text, lead.start, lead.end, timeout=scan_timeout(len(self.text)))
            if match:
                self.dateline = Span(match.start(), match.end())
        self.timestamps = {p.start: Span(m.start(), m.end()) for p in self.paras
                           if (m := _TIMESTAMP.match(self.text, p.start, p.end))}
        self.clauses = self._clauses()
        self._attack: dict[int, bool] = {}
        self._says: dict[str, dict[int, bool]] = {}  # by table name, then sentence
        self._weapons: dict[int, list[tuple[int, int, Item]]] = {}
        self._weapon_slices: dict[tuple[int, int], list[tuple[int, int, Item]]] = {}
        self._separate: dict[int, int | None] = {}
        self._flashback: dict[int, bool] = {}
        # (the counts are filled in text order, so the last clause asked is all the cache needs)
        self._clause_counts: tuple[tuple[int, int], tuple[dict[int, Span], list[int]]] | None = None
        self._places_lead: tuple[tuple[int, int], bool] | None = None  # (the last clause's)
        self._earlier: dict[int, list[Attribution] | None] = {}
        self._sources: dict[int, list[Attribution]] = {}
        self._fallbacks: dict[tuple[int, str | None, int], _Window | None] = {}
        self._para_countries: dict[int, set[str]] | None = None
        self._said_by: dict[int, dt.datetime | None] = {}
        self._region_mentions: dict[str, LocationMention] | None = None
        self._revision_cues: dict[int, str | None] = {}
        self._disputed: dict[int, bool] = {}
        self._weak: dict[int, bool] = {}  # by id of a quantity the findings hold (alive as long as this)
        day = document.reference_date
        self._tomorrow = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()) if day else None
        self._windows: dict[tuple[int, int], _Window | None] = {}
        self._contents: dict[int, _Contents] = {}
        self._in_order: dict[str, tuple[list[Any], list[int]]] = {}
        self._index("locations", found.locations)
        self._index("attributions", found.attributions)
        self._index("quantities", found.quantities)
        self._index("times", found.times)
        self._index("intervals", found.intervals)
        self.times = sorted((t for t in found.times
                             if t.type in (TimeType.DATE, TimeType.TIME) and _bounds(t.value)[2] < 9),
                            key=lambda t: t.span.start)
        self.reporting_times = {id(t) for t in self.times if self._is_reporting(t)}
        self.past_day, self._past_days = self._past_windows(document)
        # (for membership and search by position: a report with many such tallies stays linear)
        self.past_day_set = frozenset(self.past_day)
        self._past_day_starts = [w.spans[0].start for w in self.past_day]
        self._past_days_starts = [w.spans[0].start for w in self._past_days]
        self.named_attributions = [a for a in found.attributions
                                   if a.source and a.source_type != SourceType.UNNAMED
                                   and a.stance != Stance.DENIED]
        self._index("named", self.named_attributions)
        self._index("event_times", [t for t in self.times if id(t) not in self.reporting_times])
        self.kinds = {id(loc): self._place_kind(loc, self.clause_of(loc.span.start).start)
                      for loc in found.locations}
        self.header_places = self._header_places()
        self._jurisdictions: dict[str, frozenset[str]] = {}
        # Names of regions and cities the report mentions (for officials' titles), and the
        # earliest usable place of each type (for "the region", "the city").
        self.place_names = {loc.name.casefold(): loc.admin1 for loc in found.locations if loc.admin1
                            and loc.type in (LocationType.ADMIN1, LocationType.SETTLEMENT)}
        self.first_of_type: dict[LocationType, LocationMention] = {}
        for loc in sorted(found.locations, key=lambda m: m.span.start):
            if self.place_kind(loc) != "skip":
                self.first_of_type.setdefault(loc.type, loc)
        self.target_country = self._target_country()

    # -- positions
    def _para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _index(self, kind: str, mentions: Iterable[Any]) -> None:
        """Keep the mentions of ``kind`` in text order (a stable sort by start), with their starts."""
        ordered = sorted(mentions, key=lambda m: m.span.start) if self.sents else []
        self._in_order[kind] = (ordered, [m.span.start for m in ordered])

    @functools.cached_property
    def by_sent(self) -> dict[str, list[list[Any]]]:
        """The mentions of each kind by the sentence they start in (the plain table the index replaces)."""
        tables: dict[str, list[list[Any]]] = {}
        for kind, (mentions, _) in self._in_order.items():
            rows: list[list[Any]] = [[] for _ in self.sents]
            for mention in mentions:
                rows[self.sent_of(mention.span.start)].append(mention)
            tables[kind] = rows
        return tables

    def within(self, kind: str, span: Span) -> list[Any]:
        """The mentions of ``kind`` (``locations``, ``named``...) that start inside ``span``."""
        mentions, starts = self._in_order[kind]
        return mentions[bisect.bisect_left(starts, span.start):bisect.bisect_left(starts, span.end)]

    def between(self, kind: str, start: int, end: int) -> list[Any]:
        """The mentions of ``kind`` that start in ``[start, end)``.

        Found by bisection in the list of them all in text order, so a span costs its own
        mentions, not its sentence's or paragraph's (keeps long inputs linear).
        """
        mentions, starts = self._in_order[kind]
        return mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def clause_counts(self, clause: Span) -> tuple[dict[int, Span], list[int]]:
        """The weapon counts of a clause by start, and their starts in order (the last clause's kept)."""
        key = (clause.start, clause.end)
        last = self._clause_counts
        if last is None or last[0] != key:
            spans = {q.span.start: q.span for q in self.within("quantities", clause)
                     if q.item in data.WEAPON_ITEMS and q.role in _OUTCOME_ROLES}
            last = self._clause_counts = (key, (spans, sorted(spans)))
        return last[1]

    def places_lead(self, clause: Span, spans: Mapping[int, Span], starts: Sequence[int]) -> bool:
        """Whether each weapon count of a list clause follows its place (``in X 24, in Y 19``).

        A place before the first count, one between each two counts and none after the last.
        Decided once per clause (each of its counts asks), so a long list stays linear.
        """
        if len(starts) < 2:
            return False
        key = (clause.start, clause.end)
        if self._places_lead is not None and self._places_lead[0] == key:
            return self._places_lead[1]
        lead = self._places_lead_in(clause, spans, starts)
        self._places_lead = (key, lead)
        return lead

    def _places_lead_in(self, clause: Span, spans: Mapping[int, Span], starts: Sequence[int]) -> bool:
        # (a total may come first, without a place: "68 UAVs over Russian regions (Bryansk - 23,
        # Kursk - 17, Belgorod - 12)")
        edges = [clause.start, *(spans[start].end for start in starts)]
        for index, end in enumerate([*starts, clause.end]):
            located = self.between("locations", edges[index], end)
            named = any(self.place_kind(loc) == "place" for loc in located)
            if named != (index < len(starts)) and not (index == 0 and len(starts) >= 3):
                return False
        return True

    def sent_of(self, pos: int) -> int:
        # the last sentence starting at or before ``pos`` (the first one if none does)
        index = bisect.bisect_right(self.sent_starts, pos) - 1
        return index if index > 0 else 0

    def _clauses(self) -> list[list[Span]]:
        result: list[list[Span]] = []
        timeout = scan_timeout(len(self.text))
        for index, sent in enumerate(self.sents):
            spans: list[Span] = []
            start = sent.start
            breaks = _HEADLINE_BREAK if self.sent_para[index] == self.headline_para else _CLAUSE_BREAK
            for match in breaks.finditer(self.text, sent.start, sent.end, timeout=timeout):
                if match.start() > start:
                    spans.append(Span(start, match.start()))
                start = match.end()
            if sent.end > start:
                spans.append(sent if start == sent.start else Span(start, sent.end))
            result.append(spans or [sent])
        return result

    def clause_of(self, pos: int) -> Span:
        for clause in self.clauses[self.sent_of(pos)]:
            if clause.start <= pos < clause.end:
                return clause
        return self.sents[self.sent_of(pos)]

    def in_headline(self, pos: int) -> bool:
        return self.headline_para >= 0 and self.sent_para[self.sent_of(pos)] == self.headline_para

    # -- times
    def _is_reporting(self, time: TimeMention) -> bool:
        """A dateline date, a liveblog stamp, or the day a source spoke (``said on Sunday``)."""
        span = time.span
        if self.dateline is not None and self.dateline.contains(span):
            return True
        stamp = self.timestamps.get(self.paras[self._para_of(span.start)].start) if self.paras else None
        if stamp is not None and stamp.start <= span.start < stamp.end:
            return True
        if _STATUS_TIME.search(self.text, max(0, span.start - 8), span.start):
            return True
        for attribution in self.within("attributions", self.sents[self.sent_of(span.start)]):
            gap_start = attribution.span.end
            if gap_start <= span.start <= gap_start + 60 \
                    and _REPORT_GAP.match(self.text[gap_start:span.start]):
                return True
            # "On Friday morning the Defence Ministry said ...": the time of the statement; but a
            # night ("On the night of October 18, the ministry reported 45 drones") is when the
            # engagement was: nobody issues a statement "on the night of".
            source = attribution.source_span
            if source is not None and not time.value.endswith("TNI") \
                    and span.end <= source.start <= span.end + 8 \
                    and source.end <= attribution.span.start \
                    and _SOURCE_GAP.match(self.text[span.end:source.start]) \
                    and _OPENING.match(self.text[self.sents[self.sent_of(span.start)].start:span.start]):
                return True
        return False

    def first_region_mention(self, code: str) -> LocationMention | None:
        """The first mention of the first-level division ``code`` as such (``the Moscow region``)."""
        if self._region_mentions is None:
            self._region_mentions = {}
            for loc in self.found.locations:
                if loc.type == LocationType.ADMIN1 and loc.admin1:
                    self._region_mentions.setdefault(loc.admin1, loc)
        return self._region_mentions.get(code)

    def clause_country(self, pos: int) -> str | None:
        """The country whose forces did the shooting down, named in the clause at ``pos``, if any."""
        clause = self.clause_of(pos)
        found, starts = self._scopes
        index = bisect.bisect_left(starts, clause.start)
        if index < len(found) and found[index][1] <= clause.end:
            return found[index][2]
        return None

    @functools.cached_property
    def _scopes(self) -> tuple[list[tuple[int, int, str]], list[int]]:
        """Every defenders' country phrase of the text and their starts (one scan for the report)."""
        found = self.vocab.defender_countries(self.text, self.lowered)
        return found, [start for start, _, _ in found]

    def paragraph_countries(self, neighbours: Mapping[int, str]) -> dict[int, set[str]]:
        """The countries of the engagements of each paragraph, from those of each sentence (made once)."""
        if self._para_countries is None:
            self._para_countries = {}
            for sent, code in neighbours.items():
                self._para_countries.setdefault(self.sent_para[sent], set()).add(code)
        return self._para_countries

    def weak_figure(self, quantity: QuantityMention) -> bool:
        """Whether a casualty figure is disputed or superseded (worked out once per figure)."""
        weak = self._weak.get(id(quantity))
        if weak is None:
            pos = quantity.span.start
            weak = self._weak[id(quantity)] = self.disputed(pos) or self.revision_cue(pos) == "superseded"
        return weak

    def revision_cue(self, pos: int) -> str | None:
        """``superseded`` or ``revised``: the nearer of the two cues just before ``pos``, if any.

        Cached by position: a casualty figure is asked about by every engagement that holds it.
        """
        if pos in self._revision_cues:
            return self._revision_cues[pos]
        sentence = self.sents[self.sent_of(pos)]
        start = max(sentence.start, pos - 120)
        found = [(match.start(), name) for name in ("superseded", "revised")
                 for match in self.vocab.finditer(name, self.text, start, pos, self.lowered)]
        cue = self._revision_cues[pos] = max(found)[1] if found else None
        return cue

    def disputed(self, pos: int) -> bool:
        """Whether the sentence at ``pos`` tells a claim (``claimed``) or a denial (``denied``).

        Cached by sentence: a casualty figure is asked about by every engagement that holds it.
        """
        sent = self.sent_of(pos)
        found = self._disputed.get(sent)
        if found is None:
            found = any(a.stance in (Stance.CLAIMED, Stance.DENIED)
                        for a in self.within("attributions", self.sents[sent]))
            after = sent + 1
            if not found and after < len(self.sents) and self.sent_para[after] == self.sent_para[sent]:
                # "..., killing up to 85 servicemen. Ukraine rejected the claim.": denied in the next
                # sentence, which speaks of that claim.
                found = any(a.stance == Stance.DENIED and a.content is not None
                            and _THE_CLAIM.match(self.text, a.content.start, a.content.end)
                            for a in self.within("attributions", self.sents[after]))
            self._disputed[sent] = found
        return found

    def event_times(self, span: Span) -> list[TimeMention]:
        return [t for t in self.within("event_times", span) if span.contains(t.span)]

    def _past_windows(self, document: Document) -> tuple[list[_Window], list[_Window]]:
        """Windows that end on the report's day D: of one day, and of several.

        ``the past 24 hours`` / ``the past day``: D-1 to D (FORMAT.md); ``the past week``, ``the
        last 3 days``: D-7 or D-3 to D, in the same way (a week or more is a tally).
        """
        day = document.reference_date
        if day is None:
            return [], []
        one: list[_Window] = []
        several: list[_Window] = []
        for time in self.found.times:
            if time.type != TimeType.DURATION:
                continue
            days = _days_of(time.value)  # (P1D and PT24H are one)
            if days is None:
                continue
            before = self.text[max(0, time.span.start - 12):time.span.end]
            if _PAST.search(before):
                first = day - dt.timedelta(days=days)
                lo = dt.datetime.combine(first, dt.time())
                window = _Window(first.isoformat(), day.isoformat(), 2 if days < 7 else 3, lo,
                                 lo + dt.timedelta(days=days + 1), (time.span,))
                (one if days == 1 else several).append(window)
        return sorted(one, key=lambda w: w.spans[0].start), sorted(several, key=lambda w: w.spans[0].start)

    def past_day_in(self, span: Span) -> _Window | None:
        """The first past-day window told inside ``span``, if any (found by bisection)."""
        return _first_inside(self.past_day, self._past_day_starts, span)

    def window_in(self, span: Span) -> _Window | None:
        """The best window the times inside ``span`` give: an interval, else the most precise time."""
        key = (span.start, span.end)
        if key not in self._windows:
            self._windows[key] = self._window_in(span)
        return self._windows[key]

    def _window_in(self, span: Span) -> _Window | None:
        times = self.event_times(span)
        for interval in self.within("intervals", span):
            if span.contains(interval.span) and interval.start and interval.end:
                return self._interval_window(interval)
        if not times:
            return self.past_day_in(span) or _first_inside(self._past_days, self._past_days_starts, span)
        for a, b in itertools.pairwise(times):
            between = self.text[a.span.end:b.span.start]
            before = self.text[max(span.start, a.span.start - 25):a.span.start]
            if _INTERVAL_OPEN.search(before) and _INTERVAL_JOIN.match(between):
                return _window(a, b)
            if a.value.endswith("TNI") and _PART_OF_DAY.search(b.value) and _NIGHT_TO_MORNING.match(between):
                return _window(a, b)
        clocks = [t for t in times if _CLOCK.search(t.value)]
        if len(clocks) >= 2:
            ordered = sorted(clocks, key=lambda t: t.value)
            return _window(ordered[0], ordered[-1])
        best = min(times, key=lambda t: (_bounds(t.value)[2], t.span.start))
        return _window(best)

    def window_near(self, span: Span, pos: int) -> _Window | None:
        """The window of the time nearest ``pos`` in ``span``, or of an interval around it."""
        window = self.window_in(span)
        if window is None or (window.start == window.end and len(window.spans) == 1):
            times = self.event_times(span)
            if not times:
                return window
            nearest = min(times, key=lambda t: min(abs(t.span.start - pos), abs(t.span.end - pos)))
            return _window(nearest)
        # An interval, unless a time outside it is nearer the weapon ("... by a missile yesterday evening").
        times = self.event_times(span)
        if not times:
            return window  # an interval whose ends are not event times of their own
        nearest = min(times, key=lambda t: min(abs(t.span.start - pos), abs(t.span.end - pos)))
        if nearest.span.start < window.spans[0].start or nearest.span.start > window.spans[-1].start:
            return _window(nearest)
        return window

    def closed_window(self, window: _Window, sents: Sequence[int]) -> _Window:
        """A window opened at a clock time and closed by a status time of its counts.

        ``Russia had attacked with 108 drones from 23:00 on 10 May. As of 08:30, 55 drones had
        been shot down``: from 23:00 to 08:30, not the point 23:00. ``sents``: the sentences of
        the counts (the status time is looked for there and in the sentence after the opening).
        """
        span = window.spans[0]
        if not _OPEN_START.search(self.text, max(0, span.start - 12), span.start):
            return window
        start = next((t for t in self.within("times", span) if t.span == span), None)
        if start is None:
            return window
        opening = self.sent_of(span.start)
        for sent in sorted({s for s in sents if s >= opening} | {opening + 1}):
            if sent >= len(self.sents):
                continue
            for time in self.within("times", self.sents[sent]):
                if time.span.start > span.end and _CLOCK.search(time.value) and time.value > start.value \
                        and _STATUS_TIME.search(self.text, max(0, time.span.start - 8), time.span.start):
                    return _window(start, time)
        return window

    def _interval_window(self, interval: TimeInterval) -> _Window:
        assert interval.start is not None
        assert interval.end is not None
        lo, _, rank = _bounds(interval.start)
        _, hi, rank2 = _bounds(interval.end)
        ends = (interval.start_span, interval.end_span)
        spans = tuple(s for s in ends if s is not None) or (interval.span,)
        return _Window(interval.start, interval.end, min(rank, rank2), lo, hi, spans)

    def fallback_window(self, sent: int, family: str | None = None,
                        admin1: frozenset[str] = frozenset()) -> _Window | None:
        """The window of the nearest earlier sentence of the paragraph, else of the lead.

        ``admin1``: the regions of the count asking; the clock time of another region's or
        another paragraph's count of the same weapons is that count's, not context (a night or a
        day is).
        """
        window = self._fallback_window(sent, family, admin1)
        if window is not None and window.lo is not None:
            # "On Thursday, the Houthis said they had launched two drones": what a source told
            # on a day happened by its end, so a later window of another sentence is not this
            # count's.
            said = self.said_by(sent)
            if said is not None and window.lo >= said:
                return None
        if window is not None and _LATER.match(self.text, self.sents[sent].start, self.sents[sent].end):
            # "Later, the governor said another drone had been shot down": after the 09:15 strike
            # told before, that day, at a time the text does not give.
            return _day_of(window)
        return window

    def said_by(self, sent: int) -> dt.datetime | None:
        """The end of the latest day a source of the sentence spoke on (``said on Thursday``), if told.

        Cached per sentence: every draft a count may join asks.
        """
        if sent not in self._said_by:
            ends = [hi for t in self.within("times", self.sents[sent]) if id(t) in self.reporting_times
                    for _, hi, rank in (_bounds(t.value),) if hi is not None and rank <= 2]
            self._said_by[sent] = max(ends) if ends else None
        return self._said_by[sent]

    def _fallback_window(self, sent: int, family: str | None,
                         admin1: frozenset[str]) -> _Window | None:
        para = self.sent_para[sent]
        if self.adds_to_previous(sent):
            # "In addition, the Black Sea Fleet destroyed 3 boats": the window of the sentence it
            # adds to, whatever weapon that one was about.
            window = self.window_in(self.sents[sent - 1])
            if window is not None:
                return window
        window = self._earlier_window(sent - 1, family, para - 1)
        if window is not None and not (
                window.rank == 0 and self._elsewhere_count(window, family, admin1, para)):
            return window
        if 0 <= self.lead_para < len(self.paras) and para != self.lead_para:
            window = self.window_in(self.paras[self.lead_para])
            if window is not None and not self.ahead(window):
                return window
        # "Over the past day, the Russian army shelled Kherson ... In Antonivka, a drone dropped
        # explosives": a day's tally opening the report scopes all it tells.
        first = bisect.bisect_left(self.sent_para, self.lead_para)
        if not self.past_day or first >= len(self.sents) or self.sent_para[first] != self.lead_para:
            return None
        opening = self.sents[first]
        return self.past_day_in(opening)

    def _elsewhere_count(self, window: _Window, family: str | None, admin1: frozenset[str],
                         para: int) -> bool:
        """Whether the window's sentence counts weapons of ``family`` elsewhere.

        Elsewhere: in regions other than ``admin1``, or in another paragraph than ``para``.

        ``Sobyanin said 19 drones ... had been destroyed since 03:00. In the Voronezh region, ...
        14 drones were downed``: the Moscow figure's own window is not the Voronezh figure's; nor
        is the ministry's ``between 00:00 and 08:00`` the air force's in the next paragraph.
        """
        sent = self.sent_of(window.spans[0].start)
        sentence = self.sents[sent]
        if not any(q.item is not None and data.FAMILY.get(q.item) == family
                   for q in self.within("quantities", sentence)):
            return False
        if self.sent_para[sent] != para:
            return True
        regions = {loc.admin1 for loc in self.within("locations", sentence) if loc.admin1}
        return bool(admin1) and bool(regions) and not regions & admin1

    def ahead(self, window: _Window) -> bool:
        """Whether the window starts after the day of publication (``due to meet next week``)."""
        return self._tomorrow is not None and window.lo is not None and window.lo >= self._tomorrow

    def _earlier_window(self, start: int, family: str | None, first_para: int) -> _Window | None:
        """The window of the nearest sentence at or before ``start`` not about another weapon.

        The walk stops before paragraph ``first_para`` and at the headline. Memoised by where
        the walk starts, so a long paragraph is walked once, not once per count.
        """
        visited: list[int] = []
        result: _Window | None = None
        index = start
        while index >= 0:
            key = (index, family, first_para)
            if key in self._fallbacks:
                result = self._fallbacks[key]
                break
            if self.sent_para[index] < first_para or self.sent_para[index] == self.headline_para:
                break
            visited.append(index)
            if not self.reports_engagement(index, family):
                result = self.window_in(self.sents[index])
                if result is not None and self.ahead(result):
                    result = None  # "... are due to meet next week": no window for a later count
                if result is not None:
                    break
            index -= 1
        for seen in visited:
            self._fallbacks[(seen, family, first_para)] = result
        return result

    def has_attack(self, sent: int) -> bool:
        """Whether the sentence has an attack word (cached: asked once per clause)."""
        if sent not in self._attack:
            span = self.sents[sent]
            self._attack[sent] = self.vocab.search("attack", self.text, span.start, span.end,
                                                   self.lowered) is not None
        return self._attack[sent]

    def says(self, name: str, sent: int) -> bool:
        """Whether sentence ``sent`` has a word of table ``name`` (``superseded``...), cached per sentence."""
        said = self._says.get(name)
        if said is None:
            said = self._says[name] = {}
        found = said.get(sent)
        if found is None:
            span = self.sents[sent]
            found = said[sent] = self.vocab.search(name, self.text, span.start, span.end,
                                                   self.lowered) is not None
        return found

    def separate_cue(self, sent: int) -> int | None:
        """Where the sentence first says ``separately`` / ``a separate attack`` (cached), if it does."""
        if sent not in self._separate:
            span = self.sents[sent]
            match = self.vocab.search("separate", self.text, span.start, span.end, self.lowered)
            self._separate[sent] = match.start() if match is not None else None
        return self._separate[sent]

    def flashback(self, sent: int) -> bool:
        """Whether the sentence opens by going back to an earlier engagement (``Earlier on Friday, ...``).

        ``Earlier on Friday, Russia launched 68 drones`` goes back to another engagement;
        ``Earlier on Friday, the Defence Ministry said ...`` only tells when a source spoke
        (the time is a statement time, or a source is the sentence's subject), so it does not.
        """
        if sent not in self._flashback:
            self._flashback[sent] = self._goes_back(sent)
        return self._flashback[sent]

    def _goes_back(self, sent: int) -> bool:
        span = self.sents[sent]
        match = self.vocab.match("flashback", self.text, span.start, span.end, self.lowered)
        if match is None:
            return False
        opening = Span(span.start, min(span.end, match.end() + 30))
        if any(id(t) in self.reporting_times for t in self.within("times", opening)):
            return False  # "Earlier on Friday, the ministry said": when it was said
        return not any(a.source_span is not None and a.source_span.start < opening.end
                       for a in self.within("attributions", span))

    def adds_to_previous(self, sent: int) -> bool:
        """Whether the sentence opens by adding to the one before it (``In addition, ...``)."""
        if sent < 1 or self.sent_para[sent - 1] != self.sent_para[sent]:
            return False
        span = self.sents[sent]
        return self.vocab.match("additive", self.text, span.start, span.end, self.lowered) is not None

    def weapons_in(self, sent: int) -> list[tuple[int, int, Item]]:
        """The weapon words of a sentence (cached)."""
        if sent not in self._weapons:
            span = self.sents[sent]
            self._weapons[sent] = self.weapon_matches(span.start, span.end)
        return self._weapons[sent]

    def weapon_matches(self, start: int, end: int) -> list[tuple[int, int, Item]]:
        """The weapon words of ``text[start:end]``.

        Taken from the scan of the whole text when that is exact (two bisections: not worth a
        cache entry per clause); a slice scan is cached per slice (a clause is often its sentence).
        """
        found = self._weapons_from_whole(start, end)
        if found is None:
            key = (start, end)
            found = self._weapon_slices.get(key)
            if found is None:
                found = self._weapon_slices[key] = self.vocab.weapon_matches(self.text, start, end,
                                                                             self.lowered)
        return found

    @functools.cached_property
    def _whole_weapons(self) -> tuple[list[tuple[int, int, Item]], list[int]] | None:
        """The weapon words of the whole text, and their starts (only for the built-in words)."""
        if self.lowered is None or not self.vocab.lowered_weapons:
            return None
        found = self.vocab.weapon_matches(self.text, 0, len(self.text), self.lowered)
        return found, [start for start, _, _ in found]

    def _weapons_from_whole(self, start: int, end: int) -> list[tuple[int, int, Item]] | None:
        """The weapon words of ``text[start:end]`` taken from one scan of the whole text, if exact.

        A slice scan finds the same words when no word of the whole scan crosses either end and
        the slice does not end just before a word character (a word boundary there for the slice,
        maybe not for the whole text); else None. One scan instead of one per sentence and clause.
        """
        whole = self._whole_weapons
        if whole is None:
            return None
        found, starts = whole
        before = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        if before > 0 and found[before - 1][1] > start:
            return None  # a word crossing the start
        if last > 0 and found[last - 1][1] > end:
            return None  # a word crossing the end
        if end < len(self.text) and _WORD_CHAR.match(self.text, end):
            return None  # ends before a word character: the slice sees a word end there
        return found[before:last]

    def reports_engagement(self, sent: int, family: str | None = None) -> bool:
        """Whether a sentence reports an engagement of its own (a weapon count or attack).

        With ``family``, only engagements of other weapon families count: a sentence about
        the same weapons is context (``a drone hit a block ... On that occasion, eight drones``).
        """
        span = self.sents[sent]
        items = [q.item for q in self.within("quantities", span)
                 if q.item in data.WEAPON_ITEMS and q.role in _OUTCOME_ROLES]
        if self.has_attack(sent):
            items += [item for _, _, item in self.weapons_in(sent)]
        if not items:
            return False
        return family is None or all(data.FAMILY.get(item) != family for item in items)

    def targeted(self, loc: LocationMention) -> str | None:
        """The country ``loc`` names as attacked (``at Ukraine``, ``on western Ukraine``), if it does."""
        if loc.type == LocationType.COUNTRY and loc.country \
                and _TARGETED.search(self.text, max(0, loc.span.start - 40), loc.span.start):
            return loc.country
        return None

    def aimed_in(self, sent: int) -> str | None:
        """The country a sentence says was attacked (``Russia attacked Ukraine with 112 drones``), if any."""
        return next(filter(None, map(self.targeted, self.within("locations", self.sents[sent]))), None)

    def earlier_places(self, sent: int, reach: int = 1) -> list[LocationMention]:
        """Places of the nearest of the ``reach`` sentences before ``sent`` in its paragraph."""
        para = self.sent_para[sent]
        for index in range(sent - 1, max(-1, sent - 1 - reach), -1):
            if self.sent_para[index] != para:
                break
            span = self.sents[index]
            if self.reports_engagement(index):
                return []
            places = [loc for loc in self.within("locations", span) if self.place_kind(loc) == "place"]
            if places:
                return places
        return []

    def jurisdictions(self, sources: Iterable[Attribution]) -> frozenset[str]:
        """Regions named in the sources' roles (``Mayor of Moscow`` → RU-MOW), by the document's places."""
        codes: set[str] = set()
        for attribution in sources:
            role = (attribution.role or "").casefold()
            if role and role not in self._jurisdictions:
                # (the substring test first: most names are not in the role, and then no pattern is needed)
                self._jurisdictions[role] = frozenset(
                    code for name, code in self.place_names.items()
                    if name in role and _whole_word(name).search(role))
            codes.update(self._jurisdictions.get(role, ()))
        return frozenset(codes)

    def anaphoric_places(self, start: int, end: int) -> list[LocationMention]:
        """The place ``the region``, ``the city`` or ``the capital`` in ``text[start:end]`` means."""
        if self.lowered is not None and not _has_cue(_ANAPHOR_CUES, self.lowered[start:end]):
            return []  # (no "region", "city"...: a substring test says so faster than the scan)
        match = _ANAPHOR.search(self.text, start, end, timeout=scan_timeout(len(self.text)))
        if match is None:
            return []
        word = match.group(1).casefold()
        wanted = _ANAPHOR_TYPES.get(word, ())
        # "Sevastopol governor Mikhail Razvozhayev said two drones were downed over the city's
        # Belbek district": the city named before it in its own sentence (even in a title), else
        # the one the report is about.
        sentence = self.sents[self.sent_of(match.start())]
        named = [loc for loc in self.between("locations", sentence.start, match.start())
                 if loc.type in wanted and self.place_kind(loc) != "skip"
                 and (word != "city" or loc.type != LocationType.ADMIN1
                      or loc.admin1 in data.SURROUNDING_REGION)]  # (a city that is a region)
        if named:
            return [named[-1]]
        earliest = [self.first_of_type[kind] for kind in wanted if kind in self.first_of_type]
        for loc in self.lead_places() + sorted(earliest, key=lambda m: m.span.start):
            if loc.type in wanted and loc.span.start < start:
                return [loc]
        return []

    def _target_country(self) -> str | None:
        """The country the report says was attacked (``fired at Ukraine``, ``over Russian regions``).

        None when another country is told shooting down (``Poland shot down drones ... during a
        Russian attack on western Ukraine``): an unplaced figure may be that country's.
        """
        countries = [loc for loc in self.found.locations if loc.type == LocationType.COUNTRY and loc.country]
        for loc in countries:
            if self.targeted(loc):
                if any(other.country != loc.country and _SHOOTS.match(self.text, other.span.end)
                       for other in countries):
                    return None
                return loc.country
        return self.vocab.scope_country(self.text, self.lowered)

    def lead_places(self) -> list[LocationMention]:
        """The places the lead paragraph names (not titles, launch sites or the dateline)."""
        if not 0 <= self.lead_para < len(self.paras):
            return []
        lead = self.paras[self.lead_para]
        return [loc for loc in self.within("locations", lead) if self.place_kind(loc) == "place"]

    def stamp_window(self, para: int) -> _Window | None:
        """The time stamp of a liveblog entry (``07:45 — ...``), when the paragraph has one."""
        if not 0 <= para < len(self.paras):
            return None
        stamp = self.timestamps.get(self.paras[para].start)
        if stamp is not None:
            for time in self.within("times", stamp):
                if stamp.contains(time.span) and time in self.times:
                    return _window(time)
        return None

    def headline_window(self) -> _Window | None:
        """The window of the headline, if the report has one and it names a time."""
        if self.headline_para < 0 or self.headline_para >= len(self.paras):
            return None
        window = self.window_in(self.paras[self.headline_para])
        return None if window is None or window.tally or self.ahead(window) else window

    def dateline_window(self) -> _Window | None:
        """The date of the dateline (``MOSCOW, May 3 —``): the last resort for a window."""
        if self.dateline is None:
            return None
        for time in self.within("times", self.dateline):
            if self.dateline.contains(time.span) and time in self.times:
                return _window(time)
        return None

    # -- places
    def _header_places(self) -> dict[int, list[LocationMention]]:
        headers: dict[int, list[LocationMention]] = {}
        for index, para in enumerate(self.paras):
            for loc in self.between("locations", para.start, min(para.end, para.start + 40)):
                at_start = para.start <= loc.span.start < para.start + 40 \
                    and not self.text[para.start:loc.span.start].strip(" -")
                if at_start and _HEADER_END.match(self.text, loc.span.end) and self._usable(loc):
                    headers.setdefault(index, []).append(loc)
        return headers

    def _usable(self, loc: LocationMention) -> bool:
        return loc.type != LocationType.COUNTRY and bool(loc.admin1)

    def place_kind(self, loc: LocationMention) -> str:
        """``place``, ``title`` (an official's jurisdiction), or ``skip`` (launch site, dateline...)."""
        return self.kinds.get(id(loc)) or self._place_kind(loc, self.clause_of(loc.span.start).start)

    def _place_kind(self, loc: LocationMention, clause_start: int) -> str:
        if not self._usable(loc):
            return "skip"
        if self.dateline is not None and self.dateline.contains(loc.span):
            return "skip"
        start = max(clause_start, loc.span.start - 80)
        before, low_before = self.text[start:loc.span.start], self.lower_slice(start, loc.span.start)
        after, low_after = self.text[loc.span.end:loc.span.end + 60], self.lower_slice(loc.span.end,
                                                                                       loc.span.end + 60)
        if self.vocab.search("origin", before, lowered=low_before):
            return "skip"
        if (low_before is None or ("," in low_before and _has_cue(_RELATIVE_TO_CUES, low_before))) \
                and _RELATIVE_TO.search(before) and any(
                self._usable(other) for other in self.between("locations", start, loc.span.start)):
            return "skip"  # "in Kashira, south of Moscow": a landmark for the place named before
        partial = self.vocab.search("partial", before, lowered=low_before)
        if partial is not None and not self._counted_between(loc.span.start - len(before) + partial.start(),
                                                              loc.span.start):
            return "skip"  # "35 drones, most of them over Kyiv": not where all of them were
        if self.vocab.search("title_after", after, lowered=low_after) \
                or self.vocab.search("title_before", before, lowered=low_before):
            return "title"
        if loc.type in (LocationType.COUNTRY, LocationType.ADMIN1, LocationType.SETTLEMENT) \
                and _SPEAKS.match(after):
            return "skip"  # "..., Kyiv said", "the Kyiv regime": the government, not a place
        return "place"

    def lower_slice(self, start: int, end: int) -> str | None:
        """``text[start:end]`` of the lower-cased twin, if there is one."""
        return self.lowered[start:end] if self.lowered is not None else None

    def _counted_between(self, start: int, end: int) -> bool:
        """Whether a weapon count starts in ``[start, end)``: ``including 36 over Bryansk`` places the 36."""
        return any(start <= q.span.start < end and q.item in data.WEAPON_ITEMS
                   for q in self.between("quantities", start, max(start + 1, end)))

    def sources_for(self, pos: int) -> list[Attribution]:
        """Named sources governing the text at ``pos``: by content span, clause, sentence, or earlier.

        Cached by position: an engagement asks again for each casualty figure it holds.
        """
        found = self._sources.get(pos)
        if found is None:
            found = self._sources[pos] = self._sources_for(pos)
        return found

    def _sources_for(self, pos: int) -> list[Attribution]:
        by_content = self._by_content(self._para_of(pos), pos)
        if by_content:
            return by_content
        sent = self.sent_of(pos)
        clause = self.clause_of(pos)
        in_clause = self.within("named", clause)
        if in_clause:
            return in_clause
        sentence = self.sents[sent]
        in_sent = self.within("named", sentence)
        if in_sent:
            return in_sent
        if self.within("attributions", sentence):
            return []
        earlier = self._earlier_named(sent)
        if earlier is None:
            return self.lead_sources(sent)
        return [] if self._elsewhere_ruled(earlier, sent) else earlier

    def _by_content(self, para: int, pos: int) -> list[Attribution]:
        """The named sources of paragraph ``para`` whose content spans ``pos``, in text order.

        Their contents are indexed by start once per paragraph; with the longest content's
        length that bounds the starts to look at, a long paragraph stays linear.
        """
        index = self._contents.get(para)
        if index is None:
            holders = [a for a in self.within("named", self.paras[para]) if a.content is not None]
            if not holders:
                index = self._contents[para] = _NO_CONTENTS  # (most paragraphs: one shared index)
            else:
                contents = [a.content for a in holders if a.content is not None]
                ranks = sorted(range(len(contents)), key=lambda i: contents[i].start)
                widest = max((span.end - span.start for span in contents), default=0)
                index = self._contents[para] = (holders, contents, ranks, [contents[i].start for i in ranks],
                                                widest)
        named, spans, order, starts, longest = index
        if not named:
            return []
        first, last = bisect.bisect_left(starts, pos - longest + 1), bisect.bisect_right(starts, pos)
        return [named[i] for i in sorted(i for i in order[first:last] if pos < spans[i].end)]

    def _earlier_named(self, sent: int) -> list[Attribution] | None:
        """The named sources of the nearest earlier sentence of the paragraph, or of those it continues.

        Memoised, so that asking for every sentence of a long paragraph stays linear.
        """
        visited: list[int] = []
        result: list[Attribution] | None = None
        current = sent
        while True:
            if current in self._earlier:
                result = self._earlier[current]
                break
            visited.append(current)
            index = current - 1
            para = self.sent_para[current]
            if index < 0 or (self.sent_para[index] != para and not self._continues(para)):
                break
            found = self.within("named", self.sents[index])
            if found:
                result = found
                break
            current = index
        for index in visited:
            self._earlier[index] = result
        return result

    def lead_sources(self, sent: int) -> list[Attribution]:
        """The lead's first named source, which governs later sentences that name none.

        Not an official of one region for a sentence placed in others only (``regional governor
        Oleh Syniehubov said`` in a Kharkiv lead, then ``In Zaporizhzhia, a missile strike killed
        three people``): his word is on his region.
        """
        if 0 <= self.lead_para < len(self.paras) and self.sent_para[sent] > self.lead_para:
            lead = self.within("named", self.paras[self.lead_para])[:1]
            return [] if lead and self._elsewhere_ruled(lead, sent) else lead
        return []

    def _elsewhere_ruled(self, sources: list[Attribution], sent: int) -> bool:
        """Whether the sources are officials of regions, and sentence ``sent`` is placed in others only.

        ``Three people were injured in Kharkiv, Mayor Ihor Terekhov said. In the Odesa region, a
        drone attack sparked a fire``: the mayor's word is on his city, not on the next sentence.
        """
        ruled = self.jurisdictions(sources)
        if not ruled:
            return False
        here = {loc.admin1 for loc in self.within("locations", self.sents[sent])
                if loc.admin1 and self.place_kind(loc) == "place"}
        return bool(here) and not here & ruled

    def _continues(self, para: int) -> bool:
        """A paragraph that continues the previous one (a list item, a header line)."""
        span = self.paras[para]
        head = self.text[span.start:span.start + 2]
        return head[:1] in "-•*" or para in self.header_places


# ------------------------------------------------------------------ building observations

_OUTCOME_ROLES = {Role.LAUNCHED: Outcome.LAUNCHED, Role.DESTROYED: Outcome.DESTROYED,
                  Role.LOST: Outcome.LOST, Role.HIT: Outcome.HIT}
_CASUALTY_ROLES = (Role.KILLED, Role.INJURED, Role.CASUALTY)


def _observations(doc: _Doc) -> tuple[list[_Obs], list[QuantityMention]]:
    text, lowered = doc.text, doc.lowered
    counts: list[QuantityMention] = []
    casualties: list[QuantityMention] = []
    for q in sorted(doc.found.quantities, key=lambda q: q.span.start):
        if q.item in data.WEAPON_ITEMS and q.role in _OUTCOME_ROLES:
            if _RATE.match(text, q.span.end):
                continue  # "2,700 Shahed-type drones a month": a rate (of production), no engagement
            counts.append(q)
        elif q.item == Item.PERSON and q.role in _CASUALTY_ROLES:
            casualties.append(q)
    casualties.extend(_single_casualties(doc))
    casualties.sort(key=lambda q: q.span.start)
    observations: list[_Obs] = []
    previous: QuantityMention | None = None
    for q in counts:
        role = _OUTCOME_ROLES[q.role]
        if role == Outcome.LAUNCHED and previous is not None and previous.value > q.value \
                and previous.item is not None and q.item is not None \
                and data.FAMILY[previous.item] == data.FAMILY[q.item] \
                and _OF_THEM_HEADING.match(text, q.span.end):
            # "95 drones were shot down ... Twelve of them were flying towards Moscow": a part of the
            # figure before, which says where they were headed, not that they were launched.
            role = _OUTCOME_ROLES[previous.role] if previous.role is not None else role
        previous = q
        observations.append(_Obs(
            kind="count", sent=doc.sent_of(q.span.start), para=doc.sent_para[doc.sent_of(q.span.start)],
            pos=q.span.start, span=q.span, item=q.item, role=role, value=q.value,
            approx=q.approx, quantity=q, headline=doc.in_headline(q.span.start),
            total_cue=bool(doc.vocab.search("total", text, max(doc.clause_of(q.span.start).start,
                                                                q.span.start - 25), q.span.start, lowered)),
            # ("two more drones"; "Eight more were shot down", the count's text a bare number)
            fresh=bool(doc.vocab.search("fresh_after", q.text if " " in q.text.strip()
                                        else q.text + text[q.span.end:q.span.end + 8]) or doc.vocab.search(
                "fresh_before", text, max(0, q.span.start - 25), q.span.start, lowered)),
            separate=_separate(doc, q.span.start), flashback=doc.flashback(doc.sent_of(q.span.start)),
        ))
    counted = {id(q) for q in counts}
    for index, clause_list in enumerate(doc.clauses):
        for clause in clause_list:
            weapons = doc.weapon_matches(clause.start, clause.end)
            counted_here = [q.span for q in doc.within("quantities", clause) if id(q) in counted]
            count_starts = [c.start for c in counted_here]
            weapons = [w for w in weapons if not _inside(w[0], counted_here, count_starts)]
            in_headline = doc.sent_para[index] == doc.headline_para
            sentence = doc.sents[index]
            if weapons and doc.has_attack(index):
                families = {data.FAMILY[q.item] for q in doc.within("quantities", clause) if id(q) in counted}
                seen: set[str] = set()
                # "drones are attacking Kharkiv again": a new engagement, not the one told before
                again = doc.vocab.search("again", text, clause.start, clause.end, lowered) is not None
                for start, end, item in weapons:
                    family = data.FAMILY[item]
                    if family in families or family in seen:
                        continue
                    seen.add(family)
                    hit = doc.vocab.search("single_hit", text, max(clause.start, start - 90),
                                           min(clause.end, end + 60), lowered)
                    reach = None if hit is not None else doc.vocab.search(
                        "single_reach", text, max(clause.start, start - 90), min(clause.end, end + 60),
                        lowered)
                    observations.append(_Obs(
                        kind="attack", sent=index, para=doc.sent_para[index], pos=start,
                        span=Span(start, end), vague=doc.vocab.is_vague(text[start:end]),
                        item=_most_specific(item, weapons, family), headline=in_headline,
                        hit_one=bool(hit and hit.start() <= start < hit.end()),
                        reached=bool(reach and reach.start() <= start < reach.end()),
                        down_one=_down_one(doc, clause, start, end),
                        separate=_separate(doc, start) or again,
                        flashback=doc.flashback(index),
                    ))
            elif weapons and not in_headline:
                start, end, item = weapons[0]
                observations.append(_Obs(kind="mention", sent=index, para=doc.sent_para[index], pos=start,
                                         span=Span(start, end), item=item))
        sentence = doc.sents[index]
        quiet = not any(id(q) in counted for q in doc.within("quantities", sentence)) \
            and not doc.weapons_in(index)
        if doc.sent_para[index] != doc.headline_para and quiet \
                and doc.vocab.search("event", text, sentence.start, sentence.end, lowered) \
                and not doc.says("ground", index):
            # (not "defenders repelled 45 attacks", "210 combat clashes took place": ground combat)
            observations.append(_Obs(kind="event", sent=index, para=doc.sent_para[index], pos=sentence.start,
                                     span=sentence, flashback=doc.flashback(index),
                                     separate=doc.separate_cue(index) is not None))
    for obs in observations:
        _fill(doc, obs, observations)
    observations.sort(key=lambda o: o.pos)
    # (only the observations ask for these: their memory is free for the drafts)
    doc._separate, doc._flashback = {}, {}
    return observations, casualties


def _pooled(text: str, items: list[_Obs], lowered: str | None) -> list[_Obs]:
    """Resolve a pooled figure broken down by weapon after a colon or ``including``.

    ``Air defences destroyed 112 missiles and drones: 48 missiles and 64 drones``: the pooled
    112 is the sum of its parts, which take its outcome; it is not an engagement of its own.
    """
    result: list[_Obs] = []
    index = 0
    while index < len(items):
        whole = items[index]
        parts: list[_Obs] = []
        gap = items[index + 1].span.start if index + 1 < len(items) else whole.span.end
        if (lowered is None or _has_cue(_POOL_CUES, lowered[whole.span.end:gap])) \
                and _POOL_COLON.fullmatch(text, whole.span.end, gap):
            total = 0
            for part in items[index + 1:index + 6]:
                gap_end = part.span.start
                if parts and not _LIST_JOIN.fullmatch(text, parts[-1].span.end, gap_end):
                    break
                parts.append(part)
                total += part.value
                if total >= whole.value:
                    break
            # ("more than 300 drones and missiles, including 170 drones, more than 30 cruise
            # missiles and more than 120 ballistic missiles": an approximate pool, parts past it)
            fits = total == whole.value or (whole.approx != Approx.EXACT and total >= whole.value)
            if not fits or len({p.family for p in parts}) < 2:
                parts = []
        if parts:
            result.extend(attrs.evolve(p, role=whole.role) for p in parts)
            index += 1 + len(parts)
        else:
            result.append(whole)
            index += 1
    return result


def _inside(pos: int, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted by start, not overlapping)."""
    index = bisect.bisect_right(starts, pos) - 1
    return index >= 0 and spans[index].start <= pos < spans[index].end


def _single_casualties(doc: _Doc) -> list[QuantityMention]:
    """One person killed or injured without a numeral (``a woman was killed``): a figure of 1.

    FORMAT.md leaves ``a woman`` out of the quantities, but an incident counts her; a phrase
    that overlaps a quantity mention (``one person was killed``) is that mention's.
    """
    found: list[QuantityMention] = []
    for sent in doc.sents:
        matches = doc.vocab.single_casualties(doc.text, sent.start, sent.end, doc.lowered)
        if not matches:
            continue
        people = [q for q in doc.within("quantities", sent) if q.item == Item.PERSON]
        for start, end, role in matches:
            if any(q.span.start < end and start < q.span.end for q in people):
                continue
            # ("a child and a young woman were killed": two people, each without a numeral)
            value = 2 if _SECOND_PERSON.search(doc.text, start, end) else 1
            joined = _AND.match(doc.text, end)
            if joined is not None:
                # "wounding the driver and three passengers": four wounded, the sum the list gives
                more = next((q for q in people if q.span.start == joined.end() and q.role == role), None)
                if more is not None:
                    value, end = value + more.value, more.span.end
            found.append(QuantityMention(span=Span(start, end), text=doc.text[start:end], value=value,
                                         approx=Approx.EXACT, item=Item.PERSON, role=role,
                                         extractor="incidents"))
    return found


def _separate(doc: _Doc, pos: int) -> bool:
    """Whether the text says the engagement at ``pos`` is another one (``Separately, ...``)."""
    cue = doc.separate_cue(doc.sent_of(pos))
    return cue is not None and cue < pos


def _most_specific(item: Item, weapons: Sequence[tuple[int, int, Item]], family: str) -> Item:
    if item != Item.MISSILE:
        return item
    for _, _, other in weapons:
        if data.FAMILY[other] == family and other != Item.MISSILE:
            return other
    return item


def _launch_site(doc: _Doc, clause: Span, loc: LocationMention) -> bool:
    """Whether the words of the clause just before a place make it a launch site (``launched from the ``)."""
    start = max(clause.start, loc.span.start - 80)
    before = doc.text[start:loc.span.start]
    return doc.vocab.search("origin", before, lowered=doc.lower_slice(start, loc.span.start)) is not None


def _fill(doc: _Doc, obs: _Obs, everything: Sequence[_Obs]) -> None:
    """Give an observation its places (its clause segment), window and sources."""
    clause = doc.clause_of(obs.pos) if obs.kind != "event" else obs.span
    # The segment: from this count to the next count of the clause; the first count also
    # takes what precedes it.
    if obs.kind == "count":
        spans, peers = doc.clause_counts(clause)
        index = bisect.bisect_left(peers, obs.pos)
        first = index
        # "attacked Odesa with 15 drones and two Iskander-M missiles": coordinated counts also
        # share what precedes the first of them.
        while first > 0 and _COORDINATED.match(doc.text, spans[peers[first - 1]].end, peers[first]):
            first -= 1
        seg_start = clause.start if first == 0 else peers[first]
        seg_end = peers[index + 1] if index + 1 < len(peers) else clause.end
        if doc.places_lead(clause, spans, peers):
            # "In the Kyiv region 24 drones were shot down, in the Odesa region 19": each place
            # comes before its count, so the segment runs from the count before to this one.
            seg_start = clause.start if index == 0 else spans[peers[index - 1]].end
            seg_end = obs.pos
        # "40 missiles and 70 drones ... in the Lviv region": coordinated counts share what follows.
        while index + 1 < len(peers) \
                and _COORDINATED.match(doc.text, spans[peers[index]].end, peers[index + 1]):
            index += 1
            seg_end = peers[index + 1] if index + 1 < len(peers) else clause.end
        # "21 over the Belgorod region and the rest over the Tver and Pskov regions": the places
        # after "the rest" are where the uncounted remainder was, not this count.
        rest = _REMAINDER.search(doc.text, obs.pos, seg_end) if doc.lowered is None \
            or _has_cue(_REMAINDER_CUES, doc.lowered[obs.pos:seg_end]) else None
        if rest is not None:
            seg_end = rest.start()
    else:
        seg_start, seg_end = clause.start, clause.end
    in_segment = doc.between("locations", seg_start, max(seg_start + 1, seg_end))
    titles: list[LocationMention] = []
    for loc in in_segment:
        if seg_start <= loc.span.start < seg_end:
            kind = doc.place_kind(loc)
            if kind == "place":
                obs.places.append(loc)
            elif kind == "title":
                titles.append(loc)
    if titles:
        obs.titles = titles
    if obs.kind == "count":
        obs.aimed = next(filter(None, (doc.targeted(loc) for loc in in_segment
                                       if seg_start <= loc.span.start < seg_end)), None)
    if obs.kind == "count" and obs.places:
        _surrounding_region(doc, obs)
        sentence = doc.sents[obs.sent]
        if clause.end < sentence.end and not doc.between("quantities", clause.end, sentence.end) \
                and doc._weapons_from_whole(clause.end, sentence.end) == []:
            # "Two drones were shot down over the Tver region; a fire broke out at a fuel depot in
            # the Toropetsky district after debris fell": a clause that counts nothing refines where.
            held = {p.admin1 for p in obs.places if p.admin1}
            obs.places.extend(loc for loc in doc.between("locations", clause.end, sentence.end)
                              if loc.admin1 in held and loc.type != LocationType.ADMIN1
                              and loc not in obs.places and doc.place_kind(loc) == "place")
    if obs.kind in ("count", "attack"):
        # "12 over the Black Sea": a sea has no region, but it is where that part was.
        seas = [loc.name for loc in in_segment
                if seg_start <= loc.span.start < seg_end and loc.type == LocationType.FEATURE
                and not loc.admin1 and not loc.country
                and not _launch_site(doc, clause, loc)]
        if seas:
            obs.seas = seas
    header = doc.header_places.get(obs.para, []) if not obs.headline else []
    if not obs.places:
        obs.places.extend(header)
    elif not any(p.type == LocationType.ADMIN2 for p in obs.places):
        # "Shebekino district. The town of Shebekino was shelled": the header's district holds the town.
        regions = {p.admin1 for p in obs.places}
        obs.places.extend(h for h in header if h.type == LocationType.ADMIN2 and h.admin1 in regions)
    if not obs.places and obs.kind == "attack" and not obs.headline \
            and clause.start > doc.sents[obs.sent].start:
        # "Odesa was attacked at about 03:00; a drone hit a port facility": the place of the
        # clause before, which counts nothing of its own.
        opening = doc.sents[obs.sent].start
        if not doc.between("quantities", opening, clause.start):
            obs.places.extend(loc for loc in doc.between("locations", opening, clause.start)
                              if _PLACE_ATTACKED.match(doc.text, loc.span.end)
                              and doc.place_kind(loc) == "place")
    if not obs.places and not obs.titles and obs.kind in ("count", "attack") and not obs.headline \
            and not any(doc.place_kind(loc) == "place"
                        for loc in doc.within("locations", doc.sents[obs.sent])):
        # "... dealt with as follows: 14 were ...", "Over the past day, Russian troops struck 44
        # settlements in the Kherson region. Artillery shelling and drone attacks killed one person"
        # (not another country's: "The talks in Istanbul ended. Hours later, Russia attacked Ukraine")
        aimed = obs.aimed or doc.aimed_in(obs.sent)
        obs.places.extend(p for p in doc.earlier_places(obs.sent) if aimed is None or p.country == aimed)
    if not obs.places and obs.kind in ("count", "attack"):
        obs.places.extend(obs.titles)  # an official's region, when nothing more specific is said
    for place in [p for p in obs.places if p.type == LocationType.ADMIN2]:
        opening = max(0, place.span.start - 20)
        if _CITY_DISTRICT.search(doc.text, opening, place.span.start):
            # "drones attacked the city's Slobidskyi district": the district of the city told before.
            city = doc.anaphoric_places(opening, place.span.start)
            obs.places.extend(c for c in city if c not in obs.places)
    if not obs.places and obs.kind in ("count", "attack") and not obs.headline:
        obs.places.extend(doc.anaphoric_places(seg_start, seg_end))  # "over the city"
    if obs.kind == "attack":
        obs.window = doc.window_near(clause, obs.pos) or doc.window_near(doc.sents[obs.sent], obs.pos)
    else:
        sentence = doc.sents[obs.sent]
        obs.window = doc.window_in(clause) or (
            doc.window_in(Span(sentence.start, clause.start)) if clause.start > sentence.start else None)
        if obs.window is None and clause.end < sentence.end \
                and not doc.between("quantities", clause.end, sentence.end) \
                and doc._weapons_from_whole(clause.end, sentence.end) == [] \
                and not doc.between("attributions", clause.end, sentence.end):
            # "... shot down 48 drones over the Bryansk and Kursk regions, as well as over Crimea,
            # between 00:00 and 08:00": the sentence's closing time right after the clause, when
            # nothing else is told there (not "..., Oleshchuk said, comparing it with the attack
            # of December 29").
            closing = doc.window_in(Span(clause.end, sentence.end))
            if closing is not None and _only_places_between(doc, clause.end, closing.spans[0].start):
                obs.window = closing
    obs.own_window = obs.window is not None
    if obs.kind == "count" and obs.window is None and not obs.headline:
        obs.window = doc.fallback_window(obs.sent, obs.family, obs.admin1)
        if obs.flashback and obs.window is not None:
            obs.window = _day_of(obs.window)  # "Hours earlier, ...": that day, not that evening
    if obs.kind in ("event", "mention"):
        if obs.window is not None and obs.window.rank > 2:
            obs.window = None
        sentence = doc.sents[obs.sent]
        obs.sources = doc.within("named", sentence)
    else:
        obs.sources = doc.sources_for(obs.pos)


# ------------------------------------------------------------------ drafts

class _Builder:
    """Turns observations into drafts (one per engagement)."""

    def __init__(self, doc: _Doc) -> None:
        self.doc = doc
        self.drafts: list[_Draft] = []
        self.counted_sentences: set[int] = set()
        self.reach = _ReachIndex()
        self._move = self.reach.move  # (one bound method for all the drafts, not one each)
        # the earliest first mention of the drafts from each index on (non-decreasing, for bisection)
        self._earliest_after: list[int] = []

    def new(self, obs: _Obs) -> _Draft:
        draft = _Draft(index=len(self.drafts), moved=self._move)
        self.drafts.append(draft)
        self._put(draft, obs)
        earliest = self._earliest_after
        earliest.append(draft.created)
        index = len(earliest) - 2
        while index >= 0 and earliest[index] > draft.created:  # rarely more than one step
            earliest[index] = draft.created
            index -= 1
        return draft

    def _put(self, draft: _Draft, obs: _Obs) -> None:
        draft.add(obs)
        if obs.kind == "count":
            self.counted_sentences.add(obs.sent)
        if obs.kind == "count" and obs.role is not None:
            draft.counts[obs.role] = obs

    @staticmethod
    def _family_ok(draft: _Draft, obs: _Obs, family: str | None) -> bool:
        """Whether the weapons agree (``family`` is the observation's, worked out once).

        One family, and for a specific type no count of the draft of another specific type.
        (:meth:`candidates` has these tests written out, for speed.)
        """
        if draft.family != family:
            # "shelling" and "Grad rockets" in one report are one attack with rockets.
            vague = obs.vague or (not draft.items and bool(draft.vague_items))
            return vague and {draft.family, family} <= _ARTILLERY
        item = obs.item
        return item is None or item == Item.MISSILE or _Builder._item_ok(draft, item)

    @staticmethod
    def _item_ok(draft: _Draft, item: Item) -> bool:
        """Whether a specific weapon type (not ``missile``) agrees with a draft of its family.

        It does when it is one of the draft's specific types, or the draft counts none.
        """
        specific = False
        for count in draft.counts.values():
            if count.item == item:
                return True
            specific = specific or (count.item is not None and count.item != Item.MISSILE)
        return not specific

    def candidates(self, obs: _Obs, *, same_admin1: bool = False, live_only: bool = True) -> list[_Draft]:
        """The drafts the observation may join, in the order they were made.

        A headline looks at every draft. Otherwise a report's engagements are told within a few
        pages of each other: the drafts after the last one first told more than ``4 * _REACH``
        characters before, whose last mention is within ``_REACH`` (found by index, so that a
        long report costs no more per count than a short one).
        """
        found = []
        pos, headline, window = obs.pos, obs.headline, obs.window
        family = obs.family
        a: frozenset[str] | None = None  # the observation's regions, worked out once
        if headline or len(self.doc.text) <= _REACH:
            drafts: Iterable[_Draft] = self.drafts  # (in a short report, every draft is within reach)
        else:
            first = bisect.bisect_left(self._earliest_after, pos - 4 * _REACH)
            families = tuple(_ARTILLERY) if family in _ARTILLERY else (family,)  # see below
            drafts = sorted((d for d in self.reach.near(pos, families) if d.index >= first),
                            key=lambda d: d.index)
        specific = obs.item if obs.item != Item.MISSILE else None  # (without one, one family is enough)
        vague, artillery = obs.vague, family in _ARTILLERY
        # ("Poland said on Wednesday it had shot down drones": not Saturday's engagement)
        said = self.doc.said_by(obs.sent) if window is None else None
        # (the checks of ``_family_ok`` are written out here: this loop runs for every draft a count
        # may join, some 500 times a report)
        for draft in drafts:
            if live_only and draft.dropped:
                continue
            # The weapons agree: one family, and for a specific type no count of the draft of
            # another specific type.
            if draft.family != family:
                # "shelling" and "Grad rockets" in one report are one attack with rockets.
                if not (artillery and draft.family in _ARTILLERY
                        and (vague or (not draft.items and draft.vague_items))):
                    continue
            elif specific is not None and not self._item_ok(draft, specific):
                continue
            if window is not None:
                other = draft.window
                if not window.compatible(other):
                    continue
                if other is not None and window.tally != other.tally:
                    continue  # "519 drones over the weekend" is a tally of nights, not one of them
            elif said is not None and draft.window is not None and draft.window.lo is not None \
                    and draft.window.lo >= said:
                continue
            if a is None:
                a = obs.admin1
            b = draft.admin1
            if same_admin1:
                if not a or not (a & b):
                    continue
            elif a and b and not (a & b):
                continue
            elif a and not b and _at_sea(draft):
                # a ship attacked in the Red Sea, then a drone fired at an airport in Israel (but
                # drones downed over the Gulf of Finland after an attack on a port join that attack)
                continue
            elif not a and b and obs.seas and draft.parent is not None:
                continue  # "• 17 – Oryol region; • 15 – Black Sea": a sea is no part of a region's part
            elif (obs.aimed is not None and not a and b and all(c[:2] != obs.aimed for c in b)) or (
                    draft.aimed is not None and a and not b and all(c[:2] != draft.aimed for c in a)):
                continue  # "Russia launched 96 drones at Ukraine" is not the 48 over the Bryansk region
            found.append(draft)
        return found

    # -- counts
    def sentence(self, obs_list: list[_Obs]) -> None:
        """Assign the counts of one sentence, resolving same-role lists together."""
        items = _pooled(self.doc.text, list(itertools.chain.from_iterable(self._expand(o) for o in obs_list)),
                        self.doc.lowered)
        handled: set[int] = set()
        # "two of three missiles" with one role for both: the part is evidence of the whole.
        for part, whole in itertools.pairwise(items):
            if id(part) in handled or part.family != whole.family or part.value >= whole.value \
                    or not _PARTITIVE.match(self.doc.text, part.span.end, whole.span.start):
                continue
            if part.role == whole.role:
                handled.add(id(part))
                self.single(whole).add(attrs.evolve(part, places=[]))
                handled.add(id(whole))
            elif whole.role == Outcome.LAUNCHED:
                # "it had shot down 24 of 30 drones": the outcome of the launched whole, in its draft
                # (not of another engagement told before that has no such outcome yet).
                draft = self.single(whole)
                if part.role in draft.counts:
                    self.single(part)
                else:
                    self._put(draft, part)
                handled.update((id(part), id(whole)))
        handled.update(self._missile_types(items))
        # "149 drones over Russian regions and the Black Sea, including 12 over the Saratov
        # region": a total without a place of its own and its regional part.
        for position, (whole, part) in enumerate(itertools.pairwise(items), start=1):
            if id(whole) in handled or id(part) in handled:
                continue
            if part.role == whole.role and part.family == whole.family and part.value < whole.value \
                    and part.admin1 and not (whole.admin1 - part.admin1) \
                    and (_INCLUDING.match(self.doc.text, whole.span.end, part.span.start) or (
                        # "121 drones were destroyed over 13 Russian regions, 30 of them over ..."
                        _OF_THEM.match(self.doc.text, part.span.end)
                        and _COMMA_BEFORE.match(self.doc.text, whole.span.end, part.span.start))):
                total = self.single(attrs.evolve(whole, places=[]), placeless=True)
                total.no_places = True
                first_part = self.single(part, same_admin1=True, exclude=total, within=True)
                first_part.parent = total
                part_drafts = [first_part]
                handled.update((id(whole), id(part)))
                # "..., including 29 over the Bryansk region and 17 over the Kursk region": every
                # part of the list that follows.
                summed = part.value
                for index in range(position + 1, len(items)):
                    more = items[index]
                    joined = _LIST_JOIN.fullmatch(self.doc.text, items[index - 1].span.end, more.span.start)
                    if id(more) in handled or more.role != whole.role or more.family != whole.family \
                            or not (more.admin1 or more.seas) or summed + more.value > whole.value \
                            or not joined:
                        break
                    summed += more.value
                    # (a sea is a part of its own, in no region: "... and eight over the Black Sea")
                    more_draft = self.single(more, same_admin1=True, exclude=total, within=True) \
                        if more.admin1 else self.new(more)
                    more_draft.parent = total
                    part_drafts.append(more_draft)
                    handled.add(id(more))
                if summed == whole.value and len(total.obs) == 1:
                    # "57 drones, including 24 over the Bryansk region, 15 ... and eight over the
                    # Black Sea": the parts make up the whole, a full breakdown (FORMAT.md: one
                    # incident per part and no total)
                    total.dropped = True
                    self._drop_summaries(total, part_drafts)
        items = [i for i in items if id(i) not in handled]
        handled.update(self._per_type(items))
        items = [i for i in items if id(i) not in handled]
        groups: dict[tuple[str | None, Outcome | None], list[_Obs]] = {}
        for item in items:
            groups.setdefault((item.family, item.role), []).append(item)
        # "It initially said 38 had been downed, but later raised the figure to 41": one figure and
        # its revision, not a list.
        revision = bool(obs_list) and self.doc.says("superseded", obs_list[0].sent) \
            and self.doc.says("revised", obs_list[0].sent)
        # "another three had been shot down, bringing the total for the day to 17": a figure
        # and the revised total it makes, not a list.
        # ... nor is "58 drones ..., correcting an earlier statement that put the number at 52".
        revision = revision or (bool(obs_list) and (
            self.doc.says("revised", obs_list[0].sent) or self.doc.says("superseded", obs_list[0].sent))
            and any(self._revision_cue(o) is not None for o in obs_list[1:]))
        for group in groups.values():
            if len(group) >= 2 and not revision and self._list(group):
                handled.update(id(g) for g in group)
        for item in items:
            if id(item) not in handled:
                self.single(item)

    def _missile_types(self, items: Sequence[_Obs]) -> set[int]:
        """The types listed in part of a missile figure, when the report gives outcomes for all of them.

        ``52 missiles, including 2 Kinzhal aeroballistic missiles and 30 Kh-101 cruise missiles
        ... 27 missiles were shot down``: the types' figures stay quantities (FORMAT.md: pooled
        missile outcomes give one ``missile`` incident), evidence of the pooled engagement. When
        a later figure gives a type an outcome of its own (``25 of the Kh-101 were downed``), the
        types are engagements of their own (left to ``_per_type`` and ``single``). Returns the
        ids of the observations it placed.
        """
        placed: set[int] = set()
        for index, whole in enumerate(items[:-1]):
            if whole.item is not Item.MISSILE or id(whole) in placed:
                continue
            parts: list[_Obs] = []
            total, end = 0, whole.span.end
            for part in items[index + 1:index + 6]:
                join = _LIST_JOIN if parts else _POOL_COLON
                if part.item in (None, Item.MISSILE) or part.family != whole.family \
                        or part.role != whole.role or total + part.value > whole.value \
                        or not join.fullmatch(self.doc.text, end, part.span.start):
                    break
                parts.append(part)
                total += part.value
                end = part.span.end
            if not parts or total >= whole.value or self._typed_outcome({p.item for p in parts}, end):
                # (parts that make up the whole are a breakdown, each type its own engagement)
                continue
            draft = self.single(whole)
            for part in parts:
                draft.add(attrs.evolve(part, places=[]))
            placed.update(id(o) for o in (whole, *parts))
        return placed

    def _typed_outcome(self, types: set[Item | None], start: int) -> bool:
        """Whether a count of one of ``types`` after ``start`` has an outcome other than launched."""
        # (within reach: a long report costs no more per missile figure than a short one)
        return any(q.item in types and q.role is not None and q.role not in (Role.LAUNCHED, Role.OTHER)
                   for q in self.doc.between("quantities", start, start + _REACH))

    def _per_type(self, items: Sequence[_Obs]) -> set[int]:
        """A list of weapon types with an outcome each: one engagement per type.

        ``8 Kalibr cruise missiles, 6 of which were shot down; 2 Kinzhal missiles; and 22
        Iskander-M missiles, 4 of which were shot down``: each type is its own engagement and each
        ``N of which`` figure the outcome of the type just before it (FORMAT.md: outcomes per
        type give an incident per type). Returns the ids of the observations it placed.
        """
        text = self.doc.text
        outcome_of: dict[int, _Obs] = {}
        for whole, part in itertools.pairwise(items):
            if part.role != whole.role and part.family == whole.family and part.value <= whole.value \
                    and _OF_WHICH_GAP.fullmatch(text, whole.span.end, part.span.start) \
                    and _OF_WHICH.match(text, part.span.end):
                outcome_of[id(part)] = whole
        if not outcome_of:
            return set()
        placed: set[int] = set()
        for whole in {id(w): w for w in outcome_of.values()}.values():
            types = [i for i in items if i.family == whole.family and i.role == whole.role]
            specific = {i.item for i in types if i.item != Item.MISSILE}
            if len(types) < 2 or len(specific) < 2 or any(id(t) in placed for t in types):
                continue
            drafts = {id(t): self.new(t) for t in types}
            placed.update(drafts)
            for t in types:
                if _ALL_OF_WHICH.match(text, t.span.end):
                    # "35 Kh-101 cruise missiles, all of which were shot down"
                    drafts[id(t)].counts[Outcome.DESTROYED] = attrs.evolve(t, role=Outcome.DESTROYED)
            for part_id, of in outcome_of.items():
                if id(of) in drafts:
                    part = next(i for i in items if id(i) == part_id)
                    self._put(drafts[id(of)], part)
                    placed.add(part_id)
        return placed

    def _expand(self, obs: _Obs) -> list[_Obs]:
        """Split a distributive count (``one each over the Tula and Oryol regions``) by place."""
        quantity = obs.quantity
        distributive = quantity is not None and (
            quantity.distributive
            or (data.DISTRIBUTIVE in quantity.text and _DISTRIBUTIVE_IN.search(quantity.text))
            or (data.DISTRIBUTIVE in (after := self.doc.text[obs.span.end:obs.span.end + 8])
                and _DISTRIBUTIVE_AFTER.match(after)))
        regions: dict[str, list[LocationMention]] = {}
        for place in obs.places:
            if place.admin1:
                regions.setdefault(place.admin1, []).append(place)
        if not distributive or len(regions) < 2:
            return [obs]
        return [attrs.evolve(obs, places=places) for places in regions.values()]

    def _list(self, group: list[_Obs]) -> bool:
        fresh = [g for g in group if not self._repeat(g)]
        if len(fresh) < len(group):
            for g in group:
                self.single(g)
            return True
        values = [g.value for g in group]
        total_obs: _Obs | None = None
        parts = group
        if len(group) >= 3 and values[0] == sum(values[1:]) and _may_hold(group[0], group[1:]):
            total_obs, parts = group[0], group[1:]
        total = sum(p.value for p in parts)
        # "22 over the Republic of Crimea, 12 over the Black Sea, 11 over the Bryansk region": a sea
        # is a part of its own, without a region.
        regional = all(_area(p) for p in parts) and all(
            not (_area(a) & _area(b)) for a, b in itertools.combinations(parts, 2))
        target: _Draft | None = None
        text = self.doc.text
        if total_obs is not None and not regional and len({p.item for p in parts}) == len(parts) \
                and Item.MISSILE not in {p.item for p in parts} \
                and any(_ALL_OF_WHICH.match(text, p.span.end) for p in parts):
            # "52 missiles: 50 Kh-101 cruise missiles, all of which were shot down, and 2 Kinzhal
            # missiles": outcomes per type, so one engagement per type and no total (FORMAT.md).
            for part in parts:
                draft = self.new(part)
                if _ALL_OF_WHICH.match(text, part.span.end):
                    draft.counts[Outcome.DESTROYED] = attrs.evolve(part, role=Outcome.DESTROYED)
            return True
        if total_obs is not None:
            # A total over several regions never joins the engagement of one place.
            target = self.single(total_obs, placeless=regional)
        else:
            union = frozenset().union(*(p.admin1 for p in parts))
            for draft in reversed(self.candidates(attrs.evolve(parts[0], places=[]))):
                if regional and draft.admin1 and not (draft.admin1 & union):
                    continue
                role = parts[0].role
                assert role is not None
                same = draft.counts.get(role)
                launched = draft.counts.get(Outcome.LAUNCHED)
                if (same is not None and same.value == total) or (
                        regional and same is None and launched is not None and launched.value == total):
                    target = draft
                    break
            if target is None and regional:
                # A larger total without places of its own, broken down in part.
                for draft in reversed(self.candidates(attrs.evolve(parts[0], places=[]))):
                    same = draft.counts.get(parts[0].role) if parts[0].role is not None else None
                    if same is not None and same.value > total and not draft.admin1 \
                            and abs(draft.last_pos - parts[0].pos) < 600:
                        target = draft
                        break
        if target is not None:
            role = parts[0].role
            assert role is not None
            if regional:
                for part in parts:
                    draft = self.single(part, same_admin1=True, exclude=target)
                    draft.parent = target
                covered = target.counts.get(role) or target.counts.get(Outcome.LAUNCHED)
                if covered is not None and covered.value == total:
                    target.dropped = True
                else:
                    target.no_places = True
            else:
                for part in parts:
                    target.part_list(role).append(part)
                    target.add(part)
            return True
        # No total: figures repeating the sum of engagements already found (a recap), else new ones.
        if all(self._recap(part) for part in parts):
            return True
        if regional:
            for part in parts:
                self.single(part, same_admin1=True)
            return True
        self.single(parts[0])
        for part in parts[1:]:
            self.new(part)
        return True

    def _revision_cue(self, obs: _Obs) -> str | None:
        return self.doc.revision_cue(obs.pos)

    def _superseded(self, obs: _Obs) -> bool:
        """Whether the figure is told as superseded (``initially``, ``an earlier version ... said``)."""
        cue = self._revision_cue(obs)
        return cue == "superseded" or (cue is None and self.doc.says("superseded", obs.sent))

    def _repeat(self, obs: _Obs) -> bool:
        """Whether the count repeats a figure of a compatible engagement found before."""
        if obs.fresh or obs.separate:
            return False
        role = obs.role
        assert role is not None
        for draft in self.candidates(obs, live_only=False):
            current = draft.counts.get(role)
            if (current is not None and current.value == obs.value) or any(
                    p.value == obs.value for p in draft.parts.get(role, ())):
                return True
        return False

    def _own_sources(self, obs: _Obs) -> _Obs:
        """The observation without the lead's source when that is all it has (it only inherited it)."""
        lead = self.doc.lead_sources(obs.sent)
        if lead and obs.sources == lead and not any(self.doc.sents[obs.sent].start <= a.span.start
                                                    < self.doc.sents[obs.sent].end for a in lead):
            return attrs.evolve(obs, sources=[])
        return obs

    def _recap(self, obs: _Obs) -> bool:
        role = obs.role
        assert role is not None
        if not obs.admin1:
            return False
        matches = [d for d in self.candidates(obs)
                   if d.admin1 and d.admin1 <= obs.admin1 and role in d.counts]
        if matches and sum(d.counts[role].value for d in matches) == obs.value:
            for draft in matches:
                draft.add(attrs.evolve(obs, places=[]))
            return True
        return False

    def _drop_summaries(self, total: _Draft, parts: Sequence[_Draft]) -> None:
        """Drop an attack on the regions a full breakdown covers, told before it with nothing more.

        ``attacked the Lipetsk, Kursk and Voronezh regions with drones. ... destroyed 22 drones,
        including 10 over the Lipetsk region, seven over the Kursk region and five over the
        Voronezh region``: the attack is the engagement the parts give, one per region.
        """
        covered = frozenset().union(*(d.admin1 for d in parts)) if parts else frozenset()
        para = total.first.para
        # (drafts are made in the order they are told: walk back to the paragraph before only, so
        # that a long report with many breakdowns stays linear)
        for draft in reversed(self.drafts):
            if draft.first.para < para - 1:
                break
            if not draft.dropped and draft is not total and draft.family == total.family \
                    and draft.first.pos < total.first.pos and draft.admin1 <= covered \
                    and _bare_region_attack(draft):
                draft.dropped = True

    def single(self, obs: _Obs, *, same_admin1: bool = False, exclude: _Draft | None = None,
               placeless: bool = False, within: bool = False) -> _Draft:
        """The draft the count joins, or a new one.

        ``within``: only a draft in no region beyond the count's (a region's part of a total does
        not join an attack told on several regions: ``attacked the Lipetsk, Kursk and Voronezh
        regions`` ... ``22 drones, including 10 over the Lipetsk region, seven over ...``).
        """
        role = obs.role
        assert role is not None
        candidates = [d for d in self.candidates(obs, same_admin1=same_admin1, live_only=False)
                      if d is not exclude and not (placeless and d.admin1)
                      and not (within and not d.admin1 <= obs.admin1)]
        if obs.separate:
            # "Separately, the ministry said 21 drones had been destroyed": another engagement than
            # those told before, though the statement's own figures go together ("launched 10
            # drones ..., of which 6 were shot down").
            # But a region's summary told before with no figure ("attacked the Sumy region with
            # drones and guided bombs ... Separately, in the Velyka Pysarivka community, two KABs
            # were dropped") is the attack this one is part of.
            candidates = [d for d in candidates if d.first.sent == obs.sent or _region_summary(d, obs)]
            if not candidates:
                return self.new(obs)
        # A repeat of a figure already known (a headline, a recap) joins its engagement; a
        # recap's source is its own, never one inherited from the lead.
        for draft in reversed(candidates if not obs.fresh else []):
            current = draft.counts.get(role)
            if (current is not None and current.value == obs.value) or any(
                    p.value == obs.value for p in draft.parts.get(role, ())):
                draft.add(self._own_sources(obs))
                return draft
        if obs.flashback:
            # "Earlier on Friday, Russia launched 68 drones": not the hit told before (but the
            # outcomes later in its sentence are its own: "..., of which 430 were destroyed").
            candidates = [d for d in candidates if d.first.sent >= obs.sent]
        # An attack reported elsewhere ("drones attacked Nikopol") is not where this count was
        # ("6 drones over the Synelnykove district").
        tally = obs.window is not None and obs.window in self.doc.past_day_set
        live = [d for d in candidates if not d.dropped and (d.counts or not _conflict(obs, d))
                and not _got_through(obs, d, tally=tally)]
        if not live:
            return self.new(obs)
        if not obs.admin1 and len(live) >= 2 and all(not d.counts and d.admin1 for d in live) \
                and len(frozenset().union(*(d.admin1 for d in live))) >= 2:
            # "A drone attack on Odesa ... In the Mykolaiv region, a drone hit a car ... Russia
            # launched 160 drones overnight": the country-wide figures cover every attack told.
            first = min(live, key=lambda d: d.first.pos)
            for other in live:
                if other is not first:
                    _absorb(first, other)
            self._put(first, obs)
            return first
        if obs.total_cue:
            # "2 drones ... 3 more drones ... In total, 6 drones were shot down overnight": a running
            # tally's increments are parts of the total.
            # An increment may be told as an attack repelled ("an attack by two drones", launched)
            # and, in one place, one earlier step is enough ("two drones flying towards Moscow ...
            # In total, 11 drones flying towards Moscow were destroyed").
            steps = [d for d in live if d.counts and set(d.counts) <= {role, Outcome.LAUNCHED}
                     and all(o.value < obs.value for o in d.counts.values())
                     and (not d.admin1 or not obs.admin1 or d.admin1 <= obs.admin1)]
            told = sum(max(o.value for o in d.counts.values()) for d in steps)
            local = len(steps) == 1 and bool(obs.admin1) and steps[0].admin1 == obs.admin1 \
                and _same_sources(obs, steps[0].first)
            if (len(steps) >= 2 or local) and told <= obs.value:
                first = min(steps, key=lambda d: d.first.pos)
                increments = [o for d in steps for o in d.counts.values()]
                for other in steps:
                    if other is not first:
                        _absorb(first, other)
                first.counts.clear()
                first.part_list(role).extend(increments)
                self._put(first, obs)
                return first
            draft = max(live, key=lambda d: (max((o.value for o in d.counts.values()), default=0),
                                             d.last_pos))
        else:
            draft = max(live, key=lambda d: d.last_pos)
        current = draft.counts.get(role)
        if current is None and obs.fresh and (not draft.counts or _elsewhere(obs, draft)):
            return self.new(obs)  # "two more drones ... this time in the Azov district"
        cue = self._revision_cue(obs)
        superseded = self._superseded(obs)
        if current is None:
            if superseded and draft.counts:
                draft.add(obs)  # (of another outcome: "An earlier version of this report said 59 drones")
            else:
                self._put(draft, obs)
            return draft
        if cue == "revised":
            self._put(draft, obs)  # "... but later raised the figure to 41"
            return draft
        if superseded:
            draft.add(obs)
            return draft
        if current.sent != obs.sent and self._superseded(current):
            # "An earlier version of this report said 45 drones had been shot down over the Kursk
            # region. The Defence Ministry said 35 drones were shot down": the figure that stands.
            self._put(draft, obs)
            return draft
        launched = draft.counts.get(Outcome.LAUNCHED)
        if obs.fresh and role != Outcome.LAUNCHED and launched is not None \
                and current.value + obs.value == launched.value and not obs.own_window:
            # "17 drones ... 14 were suppressed by electronic warfare; three more were destroyed":
            # the launched figure gives their sum.
            self._put(draft, attrs.evolve(obs, value=launched.value))
            return draft
        if obs.fresh and obs.own_window and obs.window != draft.window:
            # "During the day, ... 41 drones ... Between 18:00 and 21:00, another 16 drones were
            # destroyed": another engagement, in a window of its own.
            return self.new(obs)
        if not obs.fresh and self.doc.says("revised", obs.sent):
            self._put(draft, obs)
            return draft
        if obs.window is not None and draft.window is not None and obs.window != draft.window \
                and obs.value < current.value and (obs.window in self.doc.past_day_set
                                                   or draft.window in self.doc.past_day_set):
            # "152 drones over the past day" and "19 drones overnight": counts for different
            # windows are different engagements (FORMAT.md), even when one window holds the other.
            return self.new(obs)
        shared = bool(obs.admin1 & draft.admin1)
        if current.approx != Approx.EXACT and obs.approx == Approx.EXACT and shared:
            self._put(draft, obs)
            return draft
        if obs.approx != Approx.EXACT and current.approx == Approx.EXACT and shared:
            draft.add(obs)
            return draft
        if role == Outcome.LAUNCHED or obs.headline:
            return self.new(obs) if not obs.headline else draft
        if obs.value < current.value:
            if (obs.admin1 or (obs.seas and not _at_sea(draft))) and not draft.admin1 \
                    and obs.sent > current.sent and obs.window == draft.window:
                # "35 drones were destroyed over Russia. Of these, 18 over the Moscow region": a
                # total without a region of its own, broken down in part (FORMAT.md: the total
                # and one incident per named part). A sea is a part of its own ("• 15 – Black Sea").
                part = self.new(obs)
                part.parent = draft
                draft.no_places = True
                return part
            if shared or obs.para == current.para or _same_sources(obs, current):
                draft.part_list(role).append(obs)
                draft.add(obs)
                return draft
            return self.new(obs)
        parts = draft.parts.get(role, [])
        if any(current.value + p.value == obs.value for p in parts) or (
                parts and sum(p.value for p in parts) == obs.value):
            draft.part_list(role).append(current)
            self._put(draft, obs)
            return draft
        return self.new(obs)

    # -- attacks without counts
    def _country_wide(self, draft: _Draft) -> bool:
        """Whether a draft's figures were told for a whole country (``over Russian regions``)."""
        doc = self.doc
        for obs in draft.counts.values():
            clause = doc.clause_of(obs.pos)
            if doc.vocab.search("country_scope", doc.text, clause.start, clause.end, doc.lowered):
                return True
        return False

    def attack(self, obs: _Obs) -> None:
        candidates = self.candidates(obs)
        if obs.separate:
            candidates = [d for d in candidates if _region_summary(d, obs)]
        if obs.flashback:
            candidates = [d for d in candidates if d.first.sent >= obs.sent]
        if obs.admin1:
            exact = [d for d in candidates if d.admin1 & obs.admin1]
            if exact:
                candidates = exact
            elif candidates and any(d.admin1 for d in candidates):
                candidates = [d for d in candidates if not d.admin1]
            if _names_of(obs.places, LocationType.SETTLEMENT):
                # "44 drones were destroyed over Russian regions ... In Voronezh, debris from a downed
                # drone damaged several cars": a town's news is not a country-wide figure's
                candidates = [d for d in candidates if d.admin1 or not self._country_wide(d)]
        # "In the town of Lgov, a drone struck a school" after an attack on Kulbaki: another engagement.
        candidates = [d for d in candidates if not _conflict(obs, d, (LocationType.SETTLEMENT,))]
        if obs.hit_one:
            # "11 UAVs were destroyed over the Klintsovsky and Starodubsky districts ... in the
            # Suzemsky district, an FPV drone struck a tractor": that one got through elsewhere.
            downed = {Outcome.DESTROYED, Outcome.LOST}
            candidates = [d for d in candidates if not (d.counts and set(d.counts) <= downed
                                                        and (_conflict(obs, d, (LocationType.ADMIN2,))
                                                             or _got_in(obs, d)))]
        if obs.hit_one and _names_of(obs.places, LocationType.SETTLEMENT):
            # "Over the past day, the enemy attacked the region with 48 drones ... In Rylsk, a drone
            # hit a house": a day's tally sums many attacks; the hit in a town is one of its own.
            candidates = [d for d in candidates if not (d.counts and d.window in self.doc.past_day_set)]
        if not candidates:
            if self.doc.says("habitual", obs.sent):
                return  # "drones have repeatedly targeted the region", "missiles can reach": no engagement
            if obs.window is not None and obs.window.rank > 2 and not obs.places:
                return  # "drone attacks this year": too vague to be an engagement
            # "The enemy launched 6 guided bombs ... 159 artillery strikes hit settlements": one more
            # weapon in a list of counted engagements.
            counted = obs.sent in self.counted_sentences or (
                obs.sent - 1 in self.counted_sentences
                and self.doc.sent_para[obs.sent - 1] == self.doc.sent_para[obs.sent])
            if obs.places or obs.window is not None or obs.hit_one or counted:
                draft = self.new(obs)
                if obs.hit_one:
                    draft.hit_one = True
                draft.down_one = obs.down_one
            return
        homes = {d.index for d in candidates if d.admin1 & obs.admin1}
        if len(candidates) > 1 and obs.admin1 and len(homes) > 1 and obs.window is None:
            # Equally good homes for a place-only report: leave it unattached rather than guess.
            return
        draft = min(candidates, key=lambda d: (abs(d.first.pos - obs.pos) if d.first.pos > obs.pos
                                               else obs.pos - d.last_pos))
        if obs.hit_one and not draft.counts:
            draft.hit_one = True
        if obs.down_one:
            draft.down_one = True  # "Ukraine fired one S-200 missile ... The missile was intercepted"
        if draft.counts and draft.window is not None:
            # A detail of a counted engagement ("in Kharkiv, drones struck ... around 2 a.m.")
            # does not narrow the window its counts were given for.
            obs = attrs.evolve(obs, window=None)
        draft.add(self._own_sources(obs))

    # -- breakdowns across sentences
    def type_breakdowns(self) -> None:
        """A generic missile total whose figures are the sums of per-type engagements."""
        for total in self.drafts:
            if total.dropped or total.family != "missile" or any(i != Item.MISSILE for i in total.items):
                continue
            if not total.counts:
                continue
            parts = [d for d in self.drafts[total.index + 1:]  # the drafts made after it
                     if d.family == "missile" and not d.dropped and d.counts
                     and (total.window is None or d.window is None or total.window.compatible(d.window))]
            if not parts:
                continue
            covered = []
            for role, obs in total.counts.items():
                inner = sum(p.value for p in total.parts.get(role, []))
                summed = sum(d.counts[role].value for d in parts if role in d.counts) + inner
                covered.append(summed == obs.value)
            if all(covered) and any(any(i != Item.MISSILE for i in d.items) for d in parts):
                total.dropped = True
                for draft in parts:
                    draft.parent = total
                for inner_parts in total.parts.values():
                    for part in inner_parts:
                        self.new(part).parent = total
            done = {r for r, c in zip(total.counts, covered, strict=True) if c}
            if not total.dropped and done and all(set(d.counts) <= done for d in parts):
                for draft in parts:
                    draft.dropped = True
                    for obs in draft.obs:
                        total.add(attrs.evolve(obs, places=[]))


class _ReachIndex:
    """The drafts by weapon family and by where they were last mentioned, kept current by ``moved``.

    Finds the drafts of some families last mentioned within ``_REACH`` of a position without
    going through every draft of the last few pages (which made long reports quadratic).
    """

    _BLOCK = _REACH // 8

    def __init__(self) -> None:
        self._blocks: dict[tuple[str | None, int], dict[_Draft, None]] = {}
        self._top = 0  # the highest block in use

    def move(self, draft: _Draft, family: str | None, last: int) -> None:
        """File ``draft`` again: it was under ``family`` and ``last`` (``-1``: not filed yet)."""
        if last >= 0:
            del self._blocks[(family, last // self._BLOCK)][draft]
        block = draft.last // self._BLOCK
        self._blocks.setdefault((draft.family, block), {})[draft] = None
        self._top = max(self._top, block)

    def near(self, pos: int, families: Iterable[str | None]) -> Iterator[_Draft]:
        """The drafts of ``families`` last mentioned at ``pos - _REACH`` or later (in no set order)."""
        since = pos - _REACH
        for block in range(max(0, since // self._BLOCK), self._top + 1):
            for family in families:
                for draft in self._blocks.get((family, block), ()):
                    if draft.last >= since:
                        yield draft


def _day_of(window: _Window) -> _Window:
    """The day of a part-of-day or clock window (``2025-12-09TEV`` → ``2025-12-09``).

    What happened ``hours earlier`` than an evening's strike happened that day, at a time the
    text does not give. A night, or a window over several days, is kept as it is.
    """
    day = window.start[:10]
    if window.end[:10] != day or len(window.start) == 10 or window.start.endswith("TNI"):
        return window
    lo, hi, rank = _bounds(day)
    return _Window(day, day, rank, lo, hi, window.spans)


def _area(obs: _Obs) -> frozenset[str]:
    """Where a part of a breakdown is: its regions, else the seas and other features it names."""
    return obs.admin1 or frozenset(obs.seas)


def _may_hold(total: _Obs, parts: Sequence[_Obs]) -> bool:
    """Whether the first figure of a list can be the sum of the others by where it is.

    ``21 over the Bryansk region, nine over Kursk, six over Belgorod, three over Oryol and
    three over Tula``: 21 equals the rest by chance, but a figure for one region is not the
    total of other regions. A figure without a region of its own may be.
    """
    area = _area(total)
    return not area or all(_area(part) <= area for part in parts)


def _elsewhere(obs: _Obs, draft: _Draft) -> bool:
    """Whether the observation names a district or settlement the draft does not."""
    fine = (LocationType.ADMIN2, LocationType.SETTLEMENT)
    names = {p.name for p in obs.places if p.type in fine}
    return bool(names) and not names & {p.name for p in draft.places if p.type in fine}


def _absorb(target: _Draft, other: _Draft) -> None:
    """Fold an attack reported without figures into the engagement whose figures cover it."""
    for obs in other.obs:
        target.add(obs)
    target.hit_one = target.hit_one or other.hit_one
    target.down_one = target.down_one or other.down_one
    for quantity in other.casualties:
        target.add_casualty(quantity)
    other.dropped = True


def _down_one(doc: _Doc, clause: Span, start: int, end: int) -> bool:
    """Whether the weapon word at ``start`` is one weapon that was shot down.

    ``The missile was intercepted`` after one missile fired, ``a drone was shot down``.
    """
    down = doc.vocab.search("single_down", doc.text, max(clause.start, start - 40),
                            min(clause.end, end + 50), doc.lowered)
    return bool(down and down.start() <= start < down.end())


def _got_through(obs: _Obs, draft: _Draft, *, tally: bool = False) -> bool:
    """Whether a region's downed drones would join the one that hit a town.

    ``In Valuyki, a drone struck a plant`` ... ``air defence shot down 12 drones over the
    region``: that one got through, so the 12 are another engagement. So is a day's tally of
    any outcome (``In Kherson, a drone hit a bus stop`` ... ``57 drones were launched at the
    region over the past day``): a tally sums many attacks, the hit in a town is one of its own.
    """
    if draft.counts or not (draft.hit_one or any(o.reached for o in draft.obs)):
        return False
    if obs.role not in (Outcome.DESTROYED, Outcome.LOST) and not tally:
        return False
    # "In the Shostka district, a drone hit a farm ... 7 drones were shot down over the region".
    fine = (LocationType.SETTLEMENT, LocationType.ADMIN2)
    return any(_names_of(draft.places, kind) for kind in fine) \
        and not any(_names_of(obs.places, kind) for kind in fine)


def _got_in(obs: _Obs, draft: _Draft) -> bool:
    """Whether a single hit in a town got through the drones downed over its region.

    ``Five drones were shot down over the Belgorod region ... In Belgorod, a drone hit a
    substation``, ``12 drones were destroyed over the Klintsovsky and Pogarsky districts. In the
    village of Lomakovka, an FPV drone struck a car``: the figure is of drones downed, with no
    town of its own; the one that hit the town is another engagement (the mirror of
    :func:`_got_through`).
    """
    return bool(_names_of(obs.places, LocationType.SETTLEMENT)) \
        and not _names_of(draft.places, LocationType.SETTLEMENT)


def _conflict(obs: _Obs, draft: _Draft,
              kinds: tuple[LocationType, ...] = (LocationType.SETTLEMENT, LocationType.ADMIN2)) -> bool:
    """Whether the observation and the draft name different places of one of ``kinds``.

    Attack reports compare settlements only: a city's districts (``Pecherskyi``,
    ``Holosiivskyi``) are parts of one attack on it.
    """
    for kind in kinds:
        mine, theirs = _names_of(obs.places, kind), _names_of(draft.places, kind)
        if mine and theirs and not mine & theirs:
            return True
    return False


def _names_of(places: Iterable[LocationMention], kind: LocationType) -> set[str]:
    """The names of ``kind`` the places give; districts include the known districts of settlements."""
    names = {p.name for p in places if p.type == kind}
    if kind == LocationType.ADMIN2:
        names.update(p.admin2 for p in places if p.type == LocationType.SETTLEMENT and p.admin2)
    return names


def _bare_region_attack(draft: _Draft) -> bool:
    """Whether the draft is an attack on regions told with no figure, casualty or smaller place."""
    return not draft.counts and not draft.casualties and bool(draft.admin1) \
        and all(p.type == LocationType.ADMIN1 for p in draft.places)


def _region_summary(draft: _Draft, obs: _Obs) -> bool:
    """Whether the draft is a bare attack on the count's region (:func:`_bare_region_attack`)."""
    return bool(obs.admin1) and obs.admin1 <= draft.admin1 and _bare_region_attack(draft)


def _same_sources(a: _Obs, b: _Obs) -> bool:
    return bool({s.source for s in a.sources} & {s.source for s in b.sources})


# ------------------------------------------------------------------ attachments

def _attach_events(doc: _Doc, builder: _Builder, events: list[_Obs]) -> None:
    """Add what weaponless event clauses and weapon identifications say to their engagements."""
    everything = [d for d in builder.drafts if not d.dropped]
    by_sent = _anchors(everything)
    nearby = _Nearby(everything)
    report = _ReportWeapons.of(everything)
    for event in events:
        live = nearby(event.pos)
        if event.kind == "mention":
            # "Kostin said they were Iskander ballistic missiles": a source of that engagement.
            near = [d for d in live if d.family == event.family
                    and any(abs(o.para - event.para) <= 1 for o in d.obs)]
            if event.sources and near:
                target = min(near, key=lambda d: min(abs(o.pos - event.pos) for o in d.obs))
                target.add(attrs.evolve(event, places=[], window=None, item=None))
            continue
        if not event.places and event.window is None and not event.sources:
            continue
        if not event.places and event.window is None \
                and _REACTION.search(doc.text, event.span.start, event.span.end):
            # "Sybiha said the attack showed Russia had no interest in peace", "Peskov has called the
            # attacks terrorism": a reaction, whose speaker is no source of the engagement (FORMAT.md).
            continue
        groups: dict[str, list[LocationMention]] = {}
        for place in event.places:
            groups.setdefault(place.admin1 or "", []).append(place)
        homes = {admin1: [d for d in live if admin1 in d.admin1 and not d.no_places] for admin1 in groups}
        if len(groups) >= 2 and all(homes.values()):
            for admin1, places in groups.items():
                target = min(homes[admin1], key=lambda d: min(abs(o.pos - event.pos) for o in d.obs))
                _add_event(target, attrs.evolve(event, places=places))
            continue
        targets = _nearest_anchored(doc, by_sent, event.sent)
        if event.flashback or event.separate:
            # "Hours earlier, the US struck three Iranian nuclear sites", "Separately, the UKMTO said
            # a merchant vessel reported an explosion": not the engagement told before it.
            targets = [d for d in targets if d.first.sent >= event.sent]
        if targets and all(_conflict(event, d, (LocationType.SETTLEMENT,)) for d in targets):
            # "Two houses were damaged in Shebekino" after an attack on Kozinka: the engagement
            # told in Shebekino, when there is one.
            towns = _names_of(event.places, LocationType.SETTLEMENT)
            named = [d for d in live
                     if towns & _names_of(d.places, LocationType.SETTLEMENT) and not d.no_places]
            targets = named if len(named) == 1 else targets
        if not targets and event.para == doc.lead_para and not (event.flashback or event.separate):
            # The lead sums up the main engagement: the first one its time and places fit.
            fits = [d for d in sorted(live, key=lambda d: d.first.pos)
                    if (event.window is None or event.window.compatible(d.window))
                    and (not d.admin1 or not event.admin1 or d.admin1 & event.admin1)]
            targets = fits[:1]
        if len(targets) > 1 and not event.places and event.titles:
            # "Bryansk governor Alexander Bogomaz calls the attack massive" after a breakdown by
            # region: what he says is about his region's part.
            ruled = {t.admin1 for t in event.titles if t.admin1}
            targets = [d for d in targets if d.admin1 & ruled] or targets
        if len(targets) > 1 and event.admin1:
            # "In Taganrog, two people were injured" after "48 over the Rostov region, 17 over
            # the Sea of Azov": the news of a place goes to the part in its region only, not to
            # a part at sea or a total without a region beside it.
            targets = [d for d in targets if d.admin1 & event.admin1
                       or not (d.admin1 or d.no_places or _at_sea(d))] or targets
        taken = False
        for draft in targets:
            taken = _add_event(draft, event if not draft.no_places else attrs.evolve(event, places=[])) \
                or taken
        if not taken and event.admin1 and not (event.flashback or event.separate):
            _untold_weapon(doc, builder, event, report, live)


@attrs.define
class _ReportWeapons:
    """What :func:`_untold_weapon` asks of all the report's engagements, worked out once."""

    families: set[str | None]
    regions: set[str]  # (grows as engagements are added)
    countries: set[str]

    @classmethod
    def of(cls, drafts: Sequence[_Draft]) -> _ReportWeapons:
        regions = {code for d in drafts for code in d.admin1}
        return cls({d.family for d in drafts}, regions, {code[:2] for code in regions})


def _untold_weapon(doc: _Doc, builder: _Builder, event: _Obs, report: _ReportWeapons,
                   live: Sequence[_Draft]) -> None:
    """An attack told in a region no engagement is in, with no weapon word: one of the report's weapon.

    ``The Novorossiysk port was also targeted, with a tanker damaged`` in a report of drones is an
    attack by drones there (FORMAT.md: an attack reported with facts but no count is an incident),
    when every engagement of the report is of one family of weapons.
    """
    if len(report.families) != 1 or not live or not doc.has_attack(event.sent) \
            or report.regions & event.admin1 \
            or _REACTION.search(doc.text, event.span.start, event.span.end):
        return
    # (in a country the report's engagements are in: not "Zelensky, attending a summit in Granada")
    if not {code[:2] for code in event.admin1} <= report.countries:
        return
    window = event.window or doc.fallback_window(event.sent, next(iter(report.families)), event.admin1)
    if window is None or window.tally:
        return  # (a time it happened: not an analysis of where drones have reached)
    # (not "has been struck at least four times", "report drone strikes almost daily": many attacks)
    if doc.says("habitual", event.sent) or _TIMES_OVER.search(doc.text, event.span.start, event.span.end) \
            or any(t.type == TimeType.SET for t in doc.within("times", event.span)):
        return
    ruled = doc.jurisdictions(event.sources)
    if ruled and not event.admin1 <= ruled:
        return  # (Tver's governor tells of Tver: a village he names elsewhere is misread)
    model = min(live, key=lambda d: abs(d.first.pos - event.pos)).first
    builder.new(attrs.evolve(event, kind="attack", item=model.item, vague=model.vague))
    report.regions.update(event.admin1)


def _placed_by_news(draft: _Draft) -> bool:
    """Whether the draft's counts and attack reports are placed nowhere: its places come from news.

    ``Ukraine had attacked Russia with 146 drones ... In the Saratov region, two enterprises were
    damaged ... In the Tula region, debris hit a chemical plant``: a country-wide figure, whose
    news from one region does not make the next region's another engagement.
    """
    told = [o for o in draft.obs if o.kind in ("count", "attack")]
    return any(o.kind == "count" for o in told) and not any(o.places for o in told)


def _add_event(draft: _Draft, event: _Obs) -> bool:
    """Add the event's news to the draft, unless it is of another place; whether it was added."""
    if not draft.admin1 and event.admin1 and _at_sea(draft):
        # "It also claimed to have destroyed four Neptune-MD missiles over the Black Sea. Ukraine's
        # General Staff said its forces had hit an S-400 launcher in the Kursk region": news on
        # land is not of the engagement at sea.
        return False
    if draft.admin1 and len(event.admin1) == 1 and not draft.admin1 & event.admin1 \
            and not _placed_by_news(draft):
        # "In Kharkiv, explosions were heard around 2 a.m." after a missile hit in the Odesa
        # region: another place's news, which lends that engagement no place, time or source
        # (a list of regions, "air defence operated in ...", sums up the attack's area instead).
        return False
    if event.window is not None and draft.window is not None and not draft.window.compatible(event.window):
        event = attrs.evolve(event, window=None)
    draft.add(event)
    return True


class _Nearby:
    """The drafts told within reach of a position, found by bisection (keeps long inputs linear)."""

    def __init__(self, drafts: Sequence[_Draft]) -> None:
        self.drafts = sorted(drafts, key=lambda d: d.created)
        self.starts = [d.created for d in self.drafts]

    def __call__(self, pos: int) -> list[_Draft]:
        lo = bisect.bisect_left(self.starts, pos - 4 * _REACH)
        hi = bisect.bisect_right(self.starts, pos + _REACH)
        return [d for d in self.drafts[lo:hi] if d.last >= pos - _REACH]


def _anchors(live: Sequence[_Draft]) -> dict[int, list[_Draft]]:
    """The engagements each sentence reports (by a count or an attack report)."""
    by_sent: dict[int, list[_Draft]] = {}
    for draft in live:
        for obs in sorted(draft.obs, key=lambda o: o.pos):
            if obs.kind in ("count", "attack"):
                by_sent.setdefault(obs.sent, [])
                if draft not in by_sent[obs.sent]:
                    by_sent[obs.sent].append(draft)
    return by_sent


def _nearest_anchored(doc: _Doc, by_sent: Mapping[int, list[_Draft]], sent: int) -> list[_Draft]:
    """The engagements of the nearest sentence that reports one (before it, else after it)."""
    index = _nearest_anchor(doc, by_sent, sent)
    return by_sent[index] if index is not None else []


def _nearest_anchor(doc: _Doc, by_sent: Mapping[int, list[_Draft]], sent: int) -> int | None:
    para = doc.sent_para[sent]
    if sent in by_sent:
        return sent
    for index in range(sent - 1, -1, -1):
        if doc.sent_para[index] < para - 1:
            break
        if index in by_sent:
            return index
    for index in range(sent + 1, len(doc.sents)):
        if doc.sent_para[index] > para + 1:
            break
        if index in by_sent:
            return index
    return None


def _attach_casualties(doc: _Doc, builder: _Builder, casualties: list[QuantityMention]) -> None:
    everything = [d for d in builder.drafts if not d.dropped]
    if not everything:
        return
    by_sent = _anchors(everything)
    # the same, by paragraph (in the same order), for a figure that sums up a paragraph
    by_para: dict[int, list[list[_Draft]]] = {}
    for index, drafts in by_sent.items():
        by_para.setdefault(doc.sent_para[index], []).append(drafts)
    nearby = _Nearby(everything)
    last: dict[int, _Draft] = {}
    for quantity in casualties:
        live = nearby(quantity.span.start)
        sent = doc.sent_of(quantity.span.start)
        if doc.sent_para[sent] == doc.headline_para:
            continue
        sentence = doc.sents[sent]
        if doc.vocab.search("all_cases", doc.text, sentence.start, sentence.end, doc.lowered):
            para = doc.sent_para[sent]
            targets = [d for d in live if any(doc.sent_para[o.sent] == para for o in d.obs)]
            for draft in targets:
                draft.add_casualty(quantity)
            if targets:
                continue
        if doc.revision_cue(quantity.span.start) == "revised":
            # "The number of injured later rose to 51": the engagement whose figure it revises (the
            # first of a combined attack holds it), not the one told just before.
            revised = [d for d in live if any(c.role == quantity.role and c.value < quantity.value
                                              and c.span.start < quantity.span.start for c in d.casualties)]
            if revised:
                max(revised, key=lambda d: max(c.span.start for c in d.casualties
                                               if c.role == quantity.role)).add_casualty(quantity)
                continue
        clause = doc.clause_of(quantity.span.start)
        before = max(clause.start, quantity.span.start - 25)
        if doc.vocab.search("total", doc.text, before, quantity.span.start, doc.lowered):
            # "In total, three people were injured over the day" after each attack's own figures:
            # their sum, not a toll of its own.
            figures = [c for d in live for c in d.casualties if c.role == quantity.role]
            holders = [d for d in live if any(c.role == quantity.role for c in d.casualties)]
            if holders and sum(c.value for c in figures) == quantity.value:
                continue
        here = doc.within("locations", sentence)
        places = {loc.admin1 for loc in here if loc.admin1 and doc.place_kind(loc) == "place"}
        settlements = {loc.name for loc in here if loc.type == LocationType.SETTLEMENT}
        if settlements:
            named = [d for d in live if settlements & {p.name for p in d.places}]
            if len(named) == 1:
                named[0].add_casualty(quantity)
                continue
        anchor = _nearest_anchor(doc, by_sent, sent)
        targets = by_sent[anchor] if anchor is not None else []
        if len(targets) > 1:
            ordinal = _ORDINAL_STRIKE.search(doc.text, sentence.start, sentence.end)
            if ordinal is not None:
                # "At 00:40, a drone hit a house ...; at 03:15, a guided bomb struck ... Three people
                # were injured in the second strike": the engagement that ordinal names.
                ordered = sorted(targets, key=lambda d: d.first.pos)
                index = _ORDINALS[ordinal.group(1).casefold()]
                targets = [ordered[index]] if index < len(ordered) else targets
        families = {data.FAMILY[item] for _, _, item in doc.weapons_in(sent)}
        if families and anchor != sent and not any(d.family in families for d in targets):
            # "two men were wounded by shell fragments" after a drone hit: the shelling's toll.
            armed = [d for d in live if d.family in families and d.created <= quantity.span.start]
            if armed:
                targets = [max(armed, key=lambda d: d.last_pos)]
        # Figures for another window ("in the past 24 hours" after a night's attack) are not its own.
        window = doc.window_in(clause) or doc.window_in(sentence)
        if window is not None and window.rank < 2:
            window = None  # a toll given "by the evening" still counts the morning's attack
        if window is not None:
            # ... and a tally "in the past 24 hours" is not the toll of one night's attack.
            tally = window in doc.past_day_set
            kept = [d for d in targets if window.compatible(d.window)
                    and not (tally and d.window is not None and d.window.rank < window.rank)]
            if targets and not kept:
                continue
            targets = kept
        if places:
            placed = [d for d in targets if d.admin1 & places]
            targets = placed or targets
        ruled_by = doc.jurisdictions(doc.sources_for(quantity.span.start)) | {
            loc.admin1 for loc in here if loc.admin1 and doc.place_kind(loc) == "title"}
        if quantity.value == 0 and anchor is not None and anchor != sent and not places and not ruled_by:
            # "No one was killed or injured": every engagement of the paragraph it sums up.
            group = [d for drafts in by_para[doc.sent_para[anchor]]
                     for d in drafts if window is None or window.compatible(d.window)]
            for draft in dict.fromkeys(group):
                draft.add_casualty(quantity)
            if group:
                continue
        home = places or ruled_by
        if quantity.value == 0 and home and targets and not any(d.admin1 & home for d in targets):
            # "Bryansk governor Alexander Bogomaz said there were no casualties": his region's
            # engagement, even when another one was told in between.
            told = [d for d in live if not d.no_places and d.created <= quantity.span.start]
            mine = [d for d in told if d.admin1 & home]
            targets = mine[:1] if mine else targets
        if not targets and places:
            # "In the Bryansk region, ... no casualties", paragraphs after the engagement was told.
            placed = [d for d in live if d.admin1 & places and not d.no_places
                      and d.created <= quantity.span.start]
            targets = placed[:1]
        if len(targets) > 1:
            # Several engagements in view: the one in the jurisdiction of who gave the figure,
            # else the one the previous figure of the paragraph went to.
            ruled = [d for d in targets if d.admin1 & ruled_by]
            previous = last.get(doc.sent_para[sent])
            if len(ruled) == 1:
                targets = ruled
            elif previous is not None and previous in targets:
                targets = [previous]
        if not targets:
            following = [d for d in live if d.created > quantity.span.start]
            targets = following[:1]
        if targets:
            first = min(targets, key=lambda d: d.first.pos)
            first.add_casualty(quantity)
            last[doc.sent_para[sent]] = first
            if not first.no_places:
                first.places.extend(loc for loc in here
                                    if loc not in first.places and doc.place_kind(loc) == "place")
                regions = {loc.admin1 for loc in here if loc.type == LocationType.SETTLEMENT}
                if regions and not any(loc.type == LocationType.ADMIN2 for loc in here):
                    # "Graivoronsky district. In the village of Dronovka, a man was wounded": the
                    # header's district holds the village.
                    header = doc.header_places.get(doc.sent_para[sent], [])
                    first.places.extend(h for h in header if h.type == LocationType.ADMIN2
                                        and h.admin1 in regions and h not in first.places)


def _casualty_figures(doc: _Doc, quantities: Sequence[QuantityMention]) -> tuple[int | None, int | None]:
    """The killed and injured figures of an engagement: the largest (latest) of each.

    A figure only a disputed claim gives (``the ministry claimed ... killing up to 85 servicemen,
    a claim Kyiv denied``), or one told as superseded (``an earlier version of this report said
    15 people were injured``), counts only when no other figure of its kind is told.
    """
    weak = {id(q) for q in quantities if doc.weak_figure(q)}
    if not weak:
        return _tolls(quantities)
    killed, injured = _tolls([q for q in quantities if id(q) not in weak])
    if killed is None or injured is None:
        claimed_killed, claimed_injured = _tolls(quantities)
        killed = claimed_killed if killed is None else killed
        injured = claimed_injured if injured is None else injured
    return killed, injured


def _tolls(quantities: Sequence[QuantityMention]) -> tuple[int | None, int | None]:
    killed: int | None = None
    injured: int | None = None
    for q in quantities:
        if q.role == Role.KILLED:
            killed = q.value if killed is None else max(killed, q.value)
        elif q.role == Role.INJURED:
            injured = q.value if injured is None else max(injured, q.value)
    for q in quantities:
        if q.role != Role.CASUALTY:
            continue
        if q.value == 0:
            killed = 0 if killed is None else killed
            injured = 0 if injured is None else injured
        elif killed is None and injured is None:
            injured = q.value
        elif (killed or 0) + (injured or 0) < q.value and injured is None:
            injured = q.value - (killed or 0)
    return killed, injured


# ------------------------------------------------------------------ records

def _incident(doc: _Doc, draft: _Draft, extractor: str, neighbours: Mapping[int, str],
              regions: Mapping[int, list[tuple[str | None, list[LocationMention]]]]) -> dict[str, Any]:
    """The fields of a draft's :class:`~incidentkit.Incident`, all but ``parent`` (the id of another)."""
    counts = {role: obs.value for role, obs in draft.counts.items()}
    if draft.hit_one and Outcome.HIT not in counts:
        counts[Outcome.HIT] = 1
    if draft.down_one and Outcome.DESTROYED not in counts and (
            not counts or (set(counts) == {Outcome.LAUNCHED} and counts[Outcome.LAUNCHED] == 1)):
        counts[Outcome.DESTROYED] = 1
    weapon = _weapon(draft)
    body = [o for o in draft.obs if not o.headline]
    first = min(body, key=lambda o: o.pos) if body else draft.first
    window = draft.window
    if window is None and first.separate and first.para != doc.lead_para:
        window = doc.stamp_window(first.para)  # "15:20 - Russian drones are attacking Kharkiv again"
    if window is None:
        window = doc.fallback_window(first.sent, draft.family)
        if window is not None and first.flashback:
            window = _day_of(window)  # "Hours earlier, ...": that day, not that evening
        if window is None and draft.parent is not None:
            window = draft.parent.window
        if window is None and doc.timestamps:
            # "Live: Russia's overnight attack on Kyiv ... 09:00 - The Air Force says Russia
            # launched 426 drones": the night the headline names, not when the summary was posted
            # (an entry posted within that night keeps its own time, the nearest to the event)
            headline, stamp = doc.headline_window(), doc.stamp_window(first.para)
            if headline is not None and (stamp is None or not headline.contains(stamp)):
                window = headline
        if window is None:
            window = doc.stamp_window(first.para)  # a liveblog entry's time
        if window is None:
            window = doc.dateline_window()
    if window is not None and window.rank == 0 and window.start == window.end:
        window = doc.closed_window(window, [o.sent for o in draft.counts.values()])
    places = [] if draft.no_places else list(draft.places)
    if not places and not draft.no_places and draft.parent is None:
        # "the enemy attacked the Kursk region with 48 drones and fired 17 artillery shells at
        # border areas": one subject, one region, for every weapon of its sentence (figures of one
        # weapon there are a total and its parts: "80 drones over Russia, 3 of them over ...").
        others = [named for family, named in regions.get(first.sent, ()) if family != draft.family]
        places = list(others[0]) if len(others) == 1 else []
    if not places and not draft.no_places:
        for obs in draft.obs:
            for title in obs.titles:
                if title not in places:
                    places.append(title)
    if not places and not draft.no_places and draft.window is None and first.para > doc.lead_para \
            and doc.lead_para not in doc.header_places:
        # Neither place nor time of its own: the engagement the lead is about (unless the lead
        # is the first entry of a list by district, "Belgorod district. In the village of ...").
        places = doc.lead_places()
    admin1 = _unique(p.admin1 for p in places if p.admin1)
    admin2 = _unique(p.name for p in places if p.type == LocationType.ADMIN2)
    settlements = _unique(p.name for p in places if p.type == LocationType.SETTLEMENT)
    # An engagement told only at sea ("12 over the Black Sea", "attacked a bulk carrier in the Red
    # Sea with drones") is in no country.
    at_sea = not places and _at_sea(draft)
    country = None if at_sea else _country(doc, draft, places, neighbours)
    sources: list[str] = []
    for obs in sorted(draft.obs, key=lambda o: o.pos):
        for attribution in obs.sources:
            if attribution.source and attribution.source not in sources:
                sources.append(attribution.source)
    if draft.parent is not None:
        for obs in draft.parent.obs:
            for attribution in obs.sources:
                if attribution.source and attribution.source not in sources:
                    sources.append(attribution.source)
    if not sources:
        # "... 2 Kinzhal missiles. In total, 623 drones were neutralised. Hits were recorded in 20
        # locations, the Air Force said.": a summary whose one named source speaks at its end.
        para = doc.sent_para[first.sent]
        later = [a for index in range(first.sent + 1, min(len(doc.sents), first.sent + 4))
                 if doc.sent_para[index] == para for a in doc.within("named", doc.sents[index])]
        earlier = doc.between("named", doc.paras[para].start, doc.sents[first.sent].end)
        if later and not earlier and len({a.source for a in later}) == 1:
            sources.append(str(later[0].source))
    after = first.sent + 1
    if not sources and after < len(doc.sents) and doc.adds_to_previous(after):
        # "... destroyed 28 drones over ... In addition, the Black Sea Fleet destroyed 3 boats,
        # the ministry reported": the source of the addition speaks for the sentence before it.
        for attribution in doc.within("named", doc.sents[after]):
            if attribution.source and attribution.source not in sources:
                sources.append(attribution.source)
    for quantity in draft.casualties:
        for attribution in doc.sources_for(quantity.span.start):
            if attribution.source and attribution.source not in sources:
                sources.append(attribution.source)
    killed, injured = _casualty_figures(doc, draft.casualties)
    point = _point(places)
    evidence = _evidence(draft, window)
    content = "|".join([
        weapon.value, repr(sorted((k.value, v) for k, v in counts.items())),
        window.start if window else "", window.end if window else "", ",".join(admin1),
        ",".join(f"{e.kind}:{e.span.start}-{e.span.end}" for e in evidence),
    ])
    ident = hashlib.sha1((doc.digest + "\x00" + content).encode("utf-8")).hexdigest()[:16]
    # (the tuple fields go through a dict: the models' ``converter=tuple`` confuses mypy's attrs plugin)
    return {"id": ident, "weapon": weapon, "counts": counts, "start": window.start if window else None,
            "end": window.end if window else None, "country": country, "killed": killed,
            "injured": injured, "point": point, "extractor": extractor, "admin1": tuple(admin1),
            "admin2": tuple(admin2), "settlements": tuple(settlements), "sources": tuple(sources),
            "evidence": tuple(evidence)}


def _weapon(draft: _Draft) -> Item:
    launched = draft.counts.get(Outcome.LAUNCHED)
    if launched is not None and launched.item is not None \
            and (launched.item != Item.MISSILE or len(draft.counts) > 1):
        # "476 drones and 48 missiles ... two Kh-101 missiles hit": the weapon of the whole
        # salvo, not of the part that hit.
        return launched.item
    counted = [o.item for o in draft.counts.values() if o.item is not None]
    pool = counted or draft.items or draft.vague_items
    if not pool:
        return Item.OTHER
    tally: dict[Item, int] = {}
    for item in pool:
        tally[item] = tally.get(item, 0) + 1
    return max(tally, key=lambda i: (tally[i], i != Item.MISSILE))


def _unique(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for value in values:
        if value and value not in out:
            out.append(value)
    return out


def _country(doc: _Doc, draft: _Draft, places: Sequence[LocationMention],
             neighbours: Mapping[int, str]) -> str | None:
    for place in places:
        if place.country:
            return place.country
        if place.admin1 and len(place.admin1) > 2 and place.admin1[2] == "-":
            return place.admin1[:2]
    # No place of its own: the country whose forces shot it down, told in its own clause ("Poland's
    # armed forces shot down drones ... during a Russian attack on Ukraine"), else the country the
    # report says was attacked ("fired at Ukraine").
    own = doc.clause_country(draft.first.pos)
    if own is not None:
        return own
    if doc.target_country is not None:
        return doc.target_country
    if any(place.type == LocationType.FEATURE and not place.country for place in draft.places):
        return None  # at sea
    # The country of the engagements reported in the same sentences (a combined attack), else of
    # those of its paragraph, when they all share one ("A missile hit Sumy ... Later, a drone
    # struck a dormitory").
    country = neighbours.get(draft.first.sent)
    if country is None:
        around = doc.paragraph_countries(neighbours).get(doc.sent_para[draft.first.sent], set())
        country = next(iter(around)) if len(around) == 1 else None
    return country


def _point(places: Sequence[LocationMention]) -> Point | None:
    order = {LocationType.FEATURE: 0, LocationType.SETTLEMENT: 1, LocationType.ADMIN2: 2,
             LocationType.ADMIN1: 3}
    with_points = [p for p in places if p.point is not None]
    if not with_points:
        return None
    return min(with_points, key=lambda p: order.get(p.type, 9)).point


def _evidence(draft: _Draft, window: _Window | None) -> list[Evidence]:
    seen: set[tuple[str, int, int]] = set()
    out: list[Evidence] = []

    def put(kind: EvidenceKind, span: Span) -> None:
        key = (kind, span.start, span.end)
        if key not in seen:
            seen.add(key)
            out.append(Evidence(kind, span))

    for obs in sorted(draft.obs, key=lambda o: o.pos):
        if obs.quantity is not None:
            put("quantity", obs.quantity.span)
        for place in obs.places:
            put("location", place.span)
        for attribution in obs.sources:
            put("attribution", attribution.span)
    for quantity in draft.casualties:
        put("quantity", quantity.span)
    if window is not None:
        for span in window.spans:
            put("time", span)
    return sorted(out, key=lambda e: (e.span.start, e.kind))


# ------------------------------------------------------------------ entry point

def assemble(document: Document, found: Findings, *, vocabulary: Vocabulary = DEFAULT_VOCABULARY,
             extractor: str = "incidents") -> list[Incident]:
    """The incidents that ``found``'s mentions describe, in order of their first mention."""
    doc = _Doc(document, found, vocabulary)
    drafts = _drafts(doc)
    neighbours, regions = _neighbours(doc, drafts)
    # The drafts another one names as its parent (kept or dropped): read again by their parts' records.
    parents = {id(d.parent) for d in drafts if d.parent is not None}
    ids: dict[int, str] = {}  # kept drafts only
    result: list[Incident | None] = []
    waiting: list[tuple[int, _Draft, dict[str, Any]]] = []  # parts whose parent may come later
    every = [(draft, _incident(doc, draft, extractor, neighbours, regions)) for draft in drafts]
    _total_countries(every)
    _shared_windows(every)
    for draft, fields in every:
        ids[id(draft)] = fields["id"]
        if draft.parent is not None:
            waiting.append((len(result), draft, fields))
            result.append(None)  # (made below)
        else:
            result.append(Incident(**fields, parent=None))
        if id(draft) not in parents:
            draft.release()  # its record is made: what it holds is freed as the walk goes
    # Each incident is made once, with its parent's id (not copied with attrs.evolve to add it).
    for index, draft, fields in waiting:
        assert draft.parent is not None
        result[index] = Incident(**fields, parent=ids.get(id(draft.parent)))
    return [incident for incident in result if incident is not None]


def _total_countries(every: Sequence[tuple[_Draft, dict[str, Any]]]) -> None:
    """A total told without a place takes the country all its parts share.

    ``221 drones were destroyed overnight. 46 of them over the Bryansk region, 37 over the Kursk
    region ...``: the total names no place, but every part of it is in Russia, so it is too.
    """
    countries: dict[int, set[str | None]] = {}
    for draft, fields in every:
        if draft.parent is not None:
            countries.setdefault(id(draft.parent), set()).add(fields["country"])
    for draft, fields in every:
        shared = countries.get(id(draft))
        if fields["country"] is None and shared is not None and len(shared) == 1 and None not in shared:
            fields["country"] = next(iter(shared))


def _shared_windows(every: Sequence[tuple[_Draft, dict[str, Any]]]) -> None:
    """An engagement with no time takes the window of another counted in the same sentence.

    ``Kyiv came under the largest drone attack of the war overnight ... Russia launched 539
    drones and 11 missiles``: the night the drones' record has from the sentence before (about
    drones) is the missiles' too, one combined attack. Else the window of the engagement told
    before it in its paragraph.
    """
    windows: dict[int, tuple[str, str]] = {}
    by_para: dict[int, list[tuple[int, tuple[str, str]]]] = {}  # (position, window) in text order
    for draft, fields in every:
        if fields["start"] is not None:
            for obs in draft.counts.values():
                windows.setdefault(obs.sent, (fields["start"], fields["end"]))
            first = draft.first  # (the records come in order of first mention: each list is sorted)
            by_para.setdefault(first.para, []).append((first.pos, (fields["start"], fields["end"])))
    if not windows and not by_para:
        return
    for draft, fields in every:
        if fields["start"] is None and fields["end"] is None:
            shared = next((windows[o.sent] for o in sorted(draft.counts.values(), key=lambda o: o.pos)
                           if o.sent in windows), None)
            if shared is None:
                # "In the Shebekino district, the village was shelled 12 times ... In the Graivoron
                # district, a village came under attack by two FPV drones": the day its paragraph
                # told for the engagement before it.
                told = by_para.get(draft.first.para, [])
                index = bisect.bisect_left(told, draft.first.pos, key=lambda t: t[0])
                shared = told[index - 1][1] if index else None
            if shared is not None:
                fields["start"], fields["end"] = shared


def _runs_by_window(counts: list[_Obs]) -> list[list[_Obs]]:
    """A sentence's counts, cut where a count opens a time window of its own.

    ``On Saturday night, 125 drones were launched, of which 97 were shot down; on Sunday night,
    180 drones were launched and 152 were shot down``: two nights, each resolved on its own (its
    figures are not one list). A count without a window of its own goes with the one before it.
    """
    runs: list[list[_Obs]] = []
    window: _Window | None = None
    for obs in counts:
        opens = obs.own_window and obs.window != window
        if not runs or (opens and window is not None):
            runs.append([])
        if opens:
            window = obs.window
        runs[-1].append(obs)
    return runs


def _drafts(doc: _Doc) -> list[_Draft]:
    """The engagements the document reports (drafts kept, in order of first mention)."""
    observations, casualties = _observations(doc)
    builder = _Builder(doc)
    body = [o for o in observations if not o.headline]
    headline = [o for o in observations if o.headline and o.kind == "count"]
    for _, group in itertools.groupby(body, key=lambda o: o.sent):
        batch = list(group)
        counts = [o for o in batch if o.kind == "count"]
        for run in _runs_by_window(counts):
            builder.sentence(run)
        for obs in batch:
            if obs.kind == "attack":
                builder.attack(obs)
    for obs in headline:
        if builder.candidates(obs, live_only=False):
            builder.single(obs)
    for obs in observations:
        if obs.headline and obs.kind == "attack":
            candidates = builder.candidates(obs)
            if len(candidates) == 1:
                candidates[0].add(obs)
    builder.type_breakdowns()
    _full_breakdowns(builder)
    _all_downed(doc, builder)
    _attach_events(doc, builder, [o for o in observations if o.kind in ("event", "mention")])
    _attach_casualties(doc, builder, casualties)
    for draft in builder.drafts:
        # The only reference cycle (draft -> index -> draft): broken here, the dropped drafts and
        # all they hold are freed on return instead of at the garbage collector's next full pass.
        draft.moved = None
    return sorted((d for d in builder.drafts if not d.dropped), key=lambda d: d.first.pos)


def _full_breakdowns(builder: _Builder) -> None:
    """A total whose parts, told in sentences of their own, make it up is no engagement of its own.

    ``Air defence forces destroyed 112 UAVs overnight. By region: • 41 – Bryansk region; ...
    • 13 – Crimea.``: FORMAT.md gives a full breakdown one incident per part and no total (the
    parts keep their ``parent`` for the record of where they came from).
    """
    children: dict[int, list[_Draft]] = {}
    for draft in builder.drafts:
        if draft.parent is not None and not draft.dropped:
            children.setdefault(id(draft.parent), []).append(draft)
    for draft in builder.drafts:
        parts = children.get(id(draft))
        if not parts or draft.dropped or len(draft.counts) != 1 or len(parts) < 2:
            continue
        (role, total), = draft.counts.items()
        if all(set(p.counts) == {role} for p in parts) \
                and sum(p.counts[role].value for p in parts) == total.value:
            draft.dropped = True


def _all_downed(doc: _Doc, builder: _Builder) -> None:
    """``Air defence shot down 76 drones and all the missiles``: every launched one was destroyed.

    So with ``... launched 146 drones and 6 missiles. All were intercepted.`` for the counts of the
    sentence before. The launched figure of the weapon's engagement told before (in that paragraph or the one
    before it) becomes its destroyed figure, when it has none yet.
    """
    if doc.lowered is not None and "all " not in doc.lowered:
        return  # (most reports: a substring test instead of a walk over the sentences)
    text = doc.text
    by_para: dict[int, list[_Draft]] = {}  # (looked up by paragraph: a long report stays linear)
    for draft in builder.drafts:
        if not draft.dropped and Outcome.LAUNCHED in draft.counts:
            by_para.setdefault(draft.first.para, []).append(draft)
    for index, sentence in enumerate(doc.sents):
        if doc.lowered is not None and "all " not in doc.lowered[sentence.start:sentence.end]:
            continue
        if index and doc.sent_para[index - 1] == doc.sent_para[index] and not doc.weapons_in(index) \
                and _ALL_DOWNED.match(text, sentence.start, sentence.end):
            for draft in by_para.get(doc.sent_para[index], ()):
                if Outcome.DESTROYED not in draft.counts \
                        and any(o.sent == index - 1 and o.role == Outcome.LAUNCHED for o in draft.obs):
                    _every_one_downed(draft)
            continue
        for start, _, item in doc.weapons_in(index):
            every = _ALL_BEFORE.search(text, max(sentence.start, start - 30), start)
            if every is None or doc.between("quantities", every.start(), start + 1):
                continue  # ("all three Kalibrs", "all 8 cruise missiles": a count of their own)
            clause = doc.clause_of(start)
            if not _SHOT_DOWN.search(text, clause.start, clause.end):
                continue
            family = data.FAMILY[item]
            para = doc.sent_para[index]
            told = [d for d in (*by_para.get(para - 1, ()), *by_para.get(para, ())) if d.family == family
                    and (item == Item.MISSILE or item in d.items)
                    and Outcome.DESTROYED not in d.counts and d.first.sent <= index]
            if told:
                _every_one_downed(max(told, key=lambda d: d.first.pos))


def _every_one_downed(draft: _Draft) -> None:
    """The draft's launched figure is its destroyed one too (``all were intercepted``)."""
    draft.counts[Outcome.DESTROYED] = attrs.evolve(draft.counts[Outcome.LAUNCHED], role=Outcome.DESTROYED)


def _neighbours(doc: _Doc, drafts: Sequence[_Draft]) -> tuple[
        dict[int, str], dict[int, list[tuple[str | None, list[LocationMention]]]]]:
    """The country of the engagements of each sentence, and the regions each sentence gives a family."""
    neighbours: dict[int, str] = {}
    regions: dict[int, list[tuple[str | None, list[LocationMention]]]] = {}
    for draft in drafts:
        codes = [p.admin1[:2] for p in draft.places if p.admin1 and len(p.admin1) > 2 and not draft.no_places]
        if codes:
            neighbours.setdefault(draft.first.sent, codes[0])
        if codes and draft.parent is not None:
            # "121 drones ... over 13 regions overnight, including 6 over the Ryazan region": the
            # country of a part told in a later sentence of its own engagement.
            for obs in draft.obs:
                if obs.kind == "count":
                    neighbours.setdefault(obs.sent, codes[0])
        if not draft.no_places:
            # The regions each of its counts is given in its sentence, named there or meant by
            # `the region` ("fired 412 shells at the region").
            for sent in dict.fromkeys(o.sent for o in draft.obs if o.kind == "count"):
                sentence = doc.sents[sent]
                own = {id(p) for o in draft.obs if o.sent == sent and o.kind == "count" for p in o.places}
                named = [p for p in draft.places if p.type == LocationType.ADMIN1
                         and (sentence.start <= p.span.start < sentence.end or id(p) in own)]
                if named:
                    regions.setdefault(sent, []).append((draft.family, named))
    return neighbours, regions
