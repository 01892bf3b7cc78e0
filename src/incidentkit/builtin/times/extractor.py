"""The times extractor: finds every time expression, resolves it in text order, links intervals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import regex

from ...errors import PluginError
from ...models import Document, Findings, Span, TimeInterval, TimeMention
from ...text import lowered, scan_timeout, unreadable_digits
from ...vocab import Stage, TimeType
from . import data
from .grammar import Grammar, Night, Piece, Resolved, Rule, State
from .values import bounds, day_value, granularity

__all__ = ["TimesConfig", "TimesExtractor"]

#: ``Match.start`` as a function of the match (mapped over a scan without a Python frame per hit).
_START = regex.Match.start

#: An explicit clock time from this hour on opens a night up to this hour of the next day, for
#: the bare clock times after it.
_EVENING, _MORNING = 18, 6

#: Old names of zones renamed in the tz database, for systems with older data.
_ZONE_ALIASES = {"Europe/Kyiv": "Europe/Kiev"}


def _zone_name(name: str) -> str:
    """``name`` if this system's zone database knows it, else its older alias."""
    for candidate in (name, _ZONE_ALIASES.get(name)):
        if candidate is None:
            continue
        try:
            ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return candidate
    raise PluginError(f"times: zone {name!r} is not a known IANA zone name (e.g. 'Europe/Kyiv')")


@attrs.frozen(kw_only=True)
class TimesConfig:
    """Settings of the times extractor; build one from pipeline options with :meth:`from_options`.

    ``zones`` maps a zone phrase as written (``"Moscow time"``, ``"MSK"``) to an IANA
    zone, ``""`` meaning the report's own zone; ``holidays`` maps a holiday name to a
    rule (see :data:`~incidentkit.builtin.times.data.HOLIDAYS`). ``night`` chooses
    how ``Friday night`` is valued: ``"format"`` (the corpus convention: the night
    that ends on Saturday morning, ``SaturdayTNI``), ``"timeml"`` (``FridayTNI``), or
    ``"auto"`` (the default: ``format`` for a text with attack words such as drones,
    missiles or shelling, ``timeml`` for other news).
    """

    zones: Mapping[str, str] = attrs.field(factory=lambda: dict(data.ZONES))
    holidays: Mapping[str, str | Mapping[str, str]] = attrs.field(factory=lambda: dict(data.HOLIDAYS))
    night: Night = "auto"

    @classmethod
    def from_options(
        cls, options: Mapping[str, Any], additions: Iterable[Mapping[str, Any]] = ()
    ) -> TimesConfig:
        """Defaults, then ``additions`` (from other plugins), then the user's options on top.

        Options are ``{"zones": {...}, "holidays": {...}, "night": ...}``; an
        addition may have ``zones`` and ``holidays``.

        :raises PluginError: on an unknown option, zone or night convention.
        """
        unknown = set(options) - {"zones", "holidays", "night"}
        if unknown:
            raise PluginError(f"times: unknown option(s) {sorted(unknown)}; use zones, holidays, night")
        zones = dict(data.ZONES)
        holidays = dict(data.HOLIDAYS)
        for layer in (*additions, options):
            extra = set(layer) - {"zones", "holidays", "night"}
            if extra:
                raise PluginError(f"times: unknown vocabulary key(s) {sorted(extra)}; use zones, holidays")
            for key, table in (("zones", zones), ("holidays", holidays)):
                given = layer.get(key, {})
                if not isinstance(given, Mapping):
                    raise PluginError(f"times: {key} must be a mapping, got {type(given).__name__}")
                table.update(given)
        night = options.get("night", "auto")
        if night not in ("format", "timeml", "auto"):
            raise PluginError(f"times: night must be 'auto', 'format' or 'timeml', got {night!r}")
        checked = {phrase: (_zone_name(zone) if zone else "") for phrase, zone in zones.items()}
        return cls(zones=checked, holidays=holidays, night=night)


@attrs.frozen
class _Found:
    """One resolved expression before it becomes a mention."""

    start: int
    end: int
    resolved: Resolved
    group: int


class TimesExtractor:
    """Finds TIMEX3 expressions (DATE, TIME, DURATION, SET) and interval expressions.

    Relative expressions are resolved against ``Document.published``; values stay
    in local time, while ``earliest``/``latest`` are aware datetimes in the named
    zone or the report's zone. Patterns are compiled once, in the constructor;
    ``extract`` keeps nothing between calls.
    """

    name = "times"
    stage = Stage.TIMES
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    def __init__(self, config: TimesConfig | None = None) -> None:
        self.config = config or TimesConfig.from_options({})
        zones = {phrase: (_zone_name(zone) if zone else "") for phrase, zone in self.config.zones.items()}
        self.grammar = Grammar(zones=zones, holidays=self.config.holidays, night=self.config.night)

    def extract(self, document: Document, found: Findings) -> Iterable[TimeMention | TimeInterval]:
        """Every time expression of ``document`` as mentions, then the intervals linking them."""
        text = document.text
        chosen = self._select(text)
        # A first pass finds the first night named explicitly, which a headline's "overnight"
        # may refer forward to; the second pass resolves for real.
        first = State(text, document.published, self.grammar)
        resolved = self._resolve(chosen, first)
        first_night = next((f.resolved.day for f in resolved
                            if f.resolved.pod == "NI" and f.resolved.explicit), None)
        if first_night is not None:
            state = first.fresh()
            state.first_night = first_night
            resolved = self._resolve(chosen, state)
        # else the second pass would start from the same state as the first: same result
        intervals = self._intervals(text, resolved)
        results: list[TimeMention | TimeInterval] = [self._mention(text, f, document) for f in resolved]
        results.extend(intervals)
        return results

    # ------------------------------------------------------------------ steps

    def _select(self, text: str) -> list[tuple[int, int, list[Piece]]]:
        """All rule matches, then the longest non-overlapping ones (earlier rules win ties)."""
        candidates: list[tuple[int, int, int, regex.Match[str]]] = []
        timeout = scan_timeout(len(text))
        lower = lowered(text)
        found: dict[str, list[int]] = {}  # where the anchors shared by rules were found
        by_rule: dict[str, list[regex.Match[str]]] = {}  # the matches of rules others follow
        followed = self.grammar.followed
        for priority, rule in enumerate(self.grammar.rules):
            if rule.after is not None:
                # tried only right after the matches of an earlier rule
                for before in by_rule.get(rule.after, ()):
                    position = before.end()
                    while position < len(text) and position - before.end() < 4 and text[position].isspace():
                        position += 1
                    match = rule.pattern.match(text, position)
                    if match is not None and match.end() > match.start():
                        candidates.append((match.start(), match.end(), priority, match))
                continue
            # no match possible: skip the slower scan (a rule with a reach scans its gate anyway)
            if rule.reach is None and rule.fast_gates:
                if all(gate.search(text, timeout=timeout) is None
                       for gate in self._fast_gates(rule, lower)):
                    continue
            elif rule.reach is None and rule.gate is not None and \
                    rule.gate.search(text, timeout=timeout) is None:
                continue
            keep = rule.name in followed
            for match in self._matches(rule, text, timeout, lower, found):
                if match.end() > match.start():
                    candidates.append((match.start(), match.end(), priority, match))
                    if keep:
                        by_rule.setdefault(rule.name, []).append(match)
        candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
        taken = bytearray(len(text))
        chosen: list[tuple[int, int, list[Piece]]] = []
        for start, end, priority, match in candidates:
            if any(taken[start:end]) or unreadable_digits(match.group()):
                continue  # (a digit Python cannot read: no value to give)
            pieces = self.grammar.rules[priority].parse(match)
            if not pieces:
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, list(pieces)))
        chosen.sort(key=lambda c: c[0])
        return chosen

    @staticmethod
    def _matches(rule: Rule, text: str, timeout: float, lower: str | None = None,
                 found: dict[str, list[int]] | None = None) -> Iterator[regex.Match[str]]:
        """The matches of ``rule.pattern`` in ``text``, as its ``finditer`` gives them.

        ``lower`` is ``lowered(text)``, if known; ``found`` keeps where the anchors and bases
        were found in ``text`` for the other rules, by pattern.
        """
        # (not a generator itself: one layer less for every match)
        if rule.reach is not None and rule.gate_source is not None:
            return TimesExtractor._matches_near_gate(rule, rule.reach, text, timeout, lower)
        if rule.anchors:
            return TimesExtractor._matches_near_anchors(rule, text, timeout, lower,
                                                        {} if found is None else found)
        return rule.pattern.finditer(text, timeout=timeout)

    @staticmethod
    def _fast_gates(rule: Rule, lower: str | None) -> list[regex.Pattern[str]]:
        """The fast gates of ``rule`` that may be found in the text (``lower`` is ``lowered(text)``)."""
        return [gate for gate, word in zip(rule.fast_gates, rule.fast_gate_words, strict=True)
                if word is None or lower is None or word in lower]

    @staticmethod
    def _matches_near_gate(rule: Rule, reach: int, text: str, timeout: float,
                           lower: str | None = None) -> Iterator[regex.Match[str]]:
        """The matches of ``rule.pattern``, as its ``finditer`` gives them, found near its gate's.

        No match can start elsewhere than ``reach`` characters (or a number in digits) before
        a match of the gate, so the pattern is searched for from there only. With
        ``rule.fast_gates``, their matches are where the gate's are (and maybe elsewhere: a
        search from there finds the next match all the same).
        """
        if rule.fast_gates:
            hits = sorted({hit.start() for fast in TimesExtractor._fast_gates(rule, lower)
                           for hit in fast.finditer(text, timeout=timeout)})
        else:
            assert rule.gate is not None
            hits = [hit.start() for hit in rule.gate.finditer(text, timeout=timeout)]
        end = 0
        for hit in hits:
            if hit < end:
                continue  # inside the last match
            start = max(end, hit - reach)
            while start > end and (text[start - 1].isdecimal() or text[start - 1] in ".,"):
                start -= 1  # a number in digits has no length limit
            match = rule.pattern.search(text, start, timeout=timeout)
            if match is None:
                return
            yield match
            end = match.end()

    @staticmethod
    def _matches_near_anchors(rule: Rule, text: str, timeout: float, lower: str | None,
                              found: dict[str, list[int]]) -> Iterator[regex.Match[str]]:
        r"""The matches of ``rule.pattern``, as its ``finditer`` gives them, tried near its anchors.

        Every match starts at most ``rule.lead`` characters before a match of an anchor, and
        not right after a word character (every rule starts with ``(?<![\w])``): only those
        positions are tried, in order, each after the end of the last match. An anchor whose
        word is not in ``lower`` (the lower-cased text) has no match: it is not searched for.
        An anchor with a base is tested only where the base is found; where an anchor or base
        is found is kept in ``found`` (by pattern) for the other rules.
        """
        near: set[int] = set()
        for anchor, word, twin, base, literal in zip(rule.anchors, rule.anchor_words, rule.lower_anchors,
                                                     rule.base_patterns, rule.literal_anchors, strict=True):
            first = -1
            if lower is not None and word is not None:
                first = lower.find(word)
                if first < 0:
                    continue
            positions = found.get(anchor.pattern)
            if positions is None:
                if literal and first >= 0 and lower is not None and word is not None:
                    # the anchor is the word alone: its matches are where str.find finds it
                    positions = []
                    while first >= 0:
                        positions.append(first)
                        first = lower.find(word, first + len(word))
                elif base is not None:
                    within = found.get(base.pattern)
                    if within is None:
                        within = found[base.pattern] = list(map(_START, base.finditer(text, timeout=timeout)))
                    test = anchor.match  # (an anchor's match at one position is bounded: no timeout)
                    positions = [p for p in within if test(text, p) is not None]
                elif twin is not None and lower is not None:
                    # a case-sensitive twin on the lower-cased text finds the same positions, faster
                    positions = list(map(_START, twin.finditer(lower, timeout=timeout)))
                else:
                    positions = list(map(_START, anchor.finditer(text, timeout=timeout)))
                found[anchor.pattern] = positions
            near.update(positions)
        hits = sorted(near)
        pattern = rule.pattern
        # (a match at one position that reads a bounded number of characters needs no timeout,
        # which costs more than many such matches)
        bounded = rule.bounded
        end = 0  # where the next match may start
        tried = 0  # positions before this one were tried already
        for hit in hits:
            for position in range(max(tried, hit - rule.lead), hit + 1):
                if position < end:
                    continue  # inside the last match
                before = text[position - 1] if position else " "
                if before.isalpha() or before.isdecimal() or before == "_":
                    continue  # after a word character, where (?<![\w]) fails
                match = pattern.match(text, position) if bounded else \
                    pattern.match(text, position, timeout=timeout)
                if match is not None:
                    yield match
                    end = match.end()
            tried = max(tried, hit + 1)

    def _resolve(self, chosen: list[tuple[int, int, list[Piece]]], state: State) -> list[_Found]:
        """Interpret the chosen expressions in text order, so anaphora see what came before."""
        result: list[_Found] = []
        for group, (_, _, pieces) in enumerate(chosen):
            done: list[_Found] = []
            for piece in pieces:
                resolved = piece.interpret(state, piece.start, piece.end)
                if resolved is None:
                    break
                done.append(_Found(piece.start, piece.end, resolved, group))
            else:
                if result and done:
                    self._apposition(state.text, result, done[0])
                for item in done:
                    state.update(item.resolved, item.start, item.end)
                result.extend(done)
                last = done[-1].resolved
                if last.clock and last.day is not None and last.clock[0] >= _EVENING \
                        and state.window is None and (last.explicit or not last.anchors):
                    # (not a status time, "As of 23:30", nor a live blog's entry stamp)
                    # "began at 23:40 on Sunday ... at 1:00": the night after an evening time
                    state.window = (last.day, last.clock, last.day + dt.timedelta(days=1), (_MORNING, 0),
                                    False)
                elif last.type is TimeType.DATE and last.day is not None and last.anchors \
                        and self._LATE_ON.search(state.text, max(0, done[-1].start - 10), done[-1].start):
                    # "late on Saturday ... after 1:40 a.m.": the night after that evening
                    state.window = (last.day, (_EVENING, 0), last.day + dt.timedelta(days=1), (_MORNING, 0),
                                    False)
                if len(result) > 1 and last.clock:
                    self._window(state.text, result, state)
        return result

    # "Yesterday, 14 May,", "The day before, on July 3,", "on Sunday (12 May)": the date in
    # apposition says which day the relative expression means
    _APPOSITION = regex.compile(r"\s{0,2}(?:,|\(|–|—)\s{0,3}(?:(?i:on)\s{1,3})?")
    _FULL_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")

    def _apposition(self, text: str, result: list[_Found], item: _Found) -> None:
        """Give the relative day right before ``item`` the day of ``item``, a date in apposition to it."""
        last = result[-1]
        first, second = last.resolved, item.resolved
        if (first.type is not TimeType.DATE or second.type is not TimeType.DATE or first.day is None
                or second.day is None or first.day == second.day or first.pod or second.pod
                or last.group == item.group
                or not self._FULL_DAY.fullmatch(first.value) or not self._FULL_DAY.fullmatch(second.value)
                or any(c.isdecimal() for c in text[last.start:last.end])
                or not any(c.isdecimal() for c in text[item.start:item.end])
                or not self._APPOSITION.fullmatch(text, last.end, item.start)):
            return
        result[-1] = attrs.evolve(last, resolved=attrs.evolve(first, day=second.day, value=second.value))

    _LATE_ON = regex.compile(r"(?i)\blate\s{1,4}(?:on\s{1,4})?$")
    _BETWEEN = regex.compile(r"(?i)\bbetween\s{1,4}(?:about\s{1,4}|around\s{1,4})?$")
    _FROM = regex.compile(r"(?i)\bfrom\s{1,4}(?:about\s{1,4}|around\s{1,4})?$")
    _AND = regex.compile(
        r"(?i)\s{0,4}(?:and|to)\s{1,4}(?:(?:about|around|almost|nearly|roughly|approximately)\s{1,4})?")
    _TO = regex.compile(
        r"(?i)\s{0,4}(?:to|until|till|through|thru|into|-|–|—)\s{0,4}"
        r"(?:(?:about|around|almost|nearly|roughly|approximately|(?:just|shortly)\s{1,4}(?:before|after))\s{1,4})?"
    )
    _DASH = regex.compile(r"\s{0,4}[-–—]\s{0,4}")

    def _intervals(self, text: str, found: list[_Found]) -> list[TimeInterval]:
        """Link endpoint pairs (``between A and B``, ``from A to B``, ``A-B``) into intervals.

        Endpoints share what only one of them says: the zone (``from 20:00 to 23:30
        Moscow time``) and the day (``between 23:00 and 02:00`` crosses midnight).
        """
        intervals: list[TimeInterval] = []
        index = 0
        while index + 1 < len(found):
            first, second = found[index], found[index + 1]
            start = self._pair(text, first, second)
            if start is None:
                index += 1
                continue
            a, b = self._share(first.resolved, second.resolved)
            found[index] = attrs.evolve(first, resolved=a)
            found[index + 1] = attrs.evolve(second, resolved=b)
            zone = a.zone or b.zone
            intervals.append(TimeInterval(
                span=Span(start, second.end), text=text[start:second.end], start=a.value, end=b.value,
                start_span=Span(first.start, first.end), end_span=Span(second.start, second.end),
                zone=zone or None, extractor=self.name,
            ))
            index += 2
        return intervals

    def _pair(self, text: str, first: _Found, second: _Found) -> int | None:
        """Where the interval ``first`` ... ``second`` starts, if they are its two ends, else None."""
        if first.group == second.group:
            return first.start
        if first.resolved.type not in (TimeType.DATE, TimeType.TIME) or \
                second.resolved.type not in (TimeType.DATE, TimeType.TIME):
            return None
        gap = text[first.end:second.start]
        before = text[max(0, first.start - 20):first.start]
        between = self._BETWEEN.search(before)
        if between and self._AND.fullmatch(gap):
            return first.start - (len(before) - between.start())
        origin = self._FROM.search(before)
        if origin and self._TO.fullmatch(gap):
            return first.start - (len(before) - origin.start())
        if self._DASH.fullmatch(gap) and first.resolved.clock and second.resolved.clock:
            return first.start
        return None

    def _window(self, text: str, result: list[_Found], state: State) -> None:
        """Remember a range of clock times across midnight just told, for the clock times after it."""
        first, second = result[-2], result[-1]
        if not (first.resolved.clock and second.resolved.clock and first.resolved.day is not None
                and second.resolved.day is not None) or self._pair(text, first, second) is None:
            return
        a, b = self._share(first.resolved, second.resolved)
        state.window = None  # another range ends the last one
        if a.day is not None and b.day is not None and a.clock and b.clock \
                and b.day - a.day == dt.timedelta(days=1) and a.clock > b.clock:
            state.window = (a.day, a.clock, b.day, b.clock, True)
        elif b.day is not None and b.clock and b.clock[0] >= _EVENING and (b.explicit or not b.anchors):
            # "between 20:00 and 23:30 on Tuesday, and 18 more after midnight": a range that ends
            # in the evening leads into the night after it, as an evening time does
            state.window = (b.day, b.clock, b.day + dt.timedelta(days=1), (_MORNING, 0), True)

    @staticmethod
    def _share(a: Resolved, b: Resolved) -> tuple[Resolved, Resolved]:
        if a.clock and b.clock and not b.explicit and a.value.startswith("XXXX-XX-XXT"):
            # "daily from 9 a.m. to 5 p.m.": both ends are times of a recurring day
            b = attrs.evolve(b, day=None, value=f"XXXX-XX-XXT{b.clock[0]:02d}:{b.clock[1]:02d}")
        elif a.clock and b.clock and not a.explicit and b.value.startswith("XXXX-XX-XXT"):
            # "from 23:00 to 05:00 daily"
            a = attrs.evolve(a, day=None, value=f"XXXX-XX-XXT{a.clock[0]:02d}:{a.clock[1]:02d}")
        if a.clock and b.clock:
            if a.zone is None and b.zone is not None:
                a = attrs.evolve(a, zone=b.zone)
            elif b.zone is None and a.zone is not None:
                b = attrs.evolve(b, zone=a.zone)
        if a.clock and not a.explicit and b.explicit and b.day is not None:
            day = b.day - dt.timedelta(days=1) if b.clock and a.clock > b.clock else b.day
            a = attrs.evolve(a, day=day, value=f"{day_value(day)}T{a.clock[0]:02d}:{a.clock[1]:02d}")
        elif b.clock and not b.explicit and a.day is not None:
            day = a.day + dt.timedelta(days=1) if a.clock and b.clock < a.clock else a.day
            b = attrs.evolve(b, day=day, value=f"{day_value(day)}T{b.clock[0]:02d}:{b.clock[1]:02d}")
        return a, b

    def _mention(self, text: str, item: _Found, document: Document) -> TimeMention:
        resolved = item.resolved
        zone = resolved.zone
        if zone == "":  # "local time": the report's own zone
            zone = document.zone
        tz: dt.tzinfo | None = ZoneInfo(zone) if zone else document.tzinfo
        period = bounds(resolved.value, tz) if resolved.type in (TimeType.DATE, TimeType.TIME) else None
        return TimeMention(
            span=Span(item.start, item.end),
            text=text[item.start:item.end],
            type=resolved.type,
            value=resolved.value,
            zone=zone,
            granularity=granularity(resolved.value) if period else None,
            earliest=period[0] if period else None,
            latest=period[1] if period else None,
            mod=resolved.mod,
            extractor=self.name,
        )
