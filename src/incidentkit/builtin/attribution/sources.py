"""The source table: frequent sources, their aliases and roles, and how to extend it.

The built-in table lives in ``data/sources.json``. A user adds entries with
the plugin options (``{"attribution": {"sources": [...], "source_files": [...]}}``)
or a plugin implements the ``incidentkit_attribution_sources`` hook. Entries
added later win over earlier ones with the same ``name``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import regex

from incidentkit.errors import PluginError
from incidentkit.text import scan_timeout
from incidentkit.vocab import SourceType

from . import _prefilter

__all__ = ["SourceEntry", "SourceTable", "builtin_table", "entries_from"]

_TYPES = (SourceType.PERSON, SourceType.ORGANIZATION, SourceType.MEDIA)


def _aliases(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("aliases must be a list of strings, not one string")
    out = tuple(str(v).strip() for v in value)
    if not all(out):
        raise ValueError("aliases must not be empty strings")
    return out


def _source_type(value: object) -> SourceType:
    kind = SourceType(value)
    if kind not in _TYPES:
        raise ValueError(f"a table entry's type is person, organization or media, not {kind.value!r}")
    return kind


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@attrs.frozen(kw_only=True)
class SourceEntry:
    """One known source: canonical ``name``, ``type``, the ways reports name it.

    ``aliases`` always mean this source; ``generic`` aliases name a body
    without its country (``Defence Ministry``) and resolve to the entry of the
    report's country (or the entry marked ``default``). ``office`` and
    ``place`` (``governor``, ``Belgorod``) let ``the governor`` or ``Belgorod
    governor`` find a person; ``start``/``until`` bound when they held it.
    """

    name: str
    type: SourceType = attrs.field(converter=_source_type)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)
    generic: tuple[str, ...] = attrs.field(default=(), converter=_aliases)
    role: str | None = None
    country: str | None = None
    office: str | None = None
    place: str | None = None
    kind: str | None = None
    default: bool = False
    start: dt.date | None = attrs.field(default=None, converter=_date)
    until: dt.date | None = attrs.field(default=None, converter=_date)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourceEntry:
        """Build an entry from its JSON form (``from`` is the start date); unknown keys are errors."""
        fields = dict(data)
        if "from" in fields:
            fields["start"] = fields.pop("from")
        known = {a.name for a in attrs.fields(cls)}
        unknown = sorted(set(fields) - known)
        if unknown:
            raise PluginError(f"source entry {fields.get('name')!r} has unknown keys {unknown}; "
                              f"use {sorted(known | {'from'})}")
        if not fields.get("name"):
            raise PluginError(f"source entry {data!r} has no name")
        try:
            entry = cls(**fields)
        except (TypeError, ValueError) as exc:
            raise PluginError(f"source entry {fields.get('name')!r} is invalid: {exc}") from None
        return entry

    def holds_office_on(self, day: dt.date | None) -> bool:
        """Whether the entry's role was held on ``day`` (always, when either is unknown)."""
        if day is None:
            return True
        if self.start is not None and day < self.start:
            return False
        return not (self.until is not None and day >= self.until)

    @property
    def surname(self) -> str | None:
        """A person's last name (the last word of ``name``), for short mentions."""
        if self.type is not SourceType.PERSON:
            return None
        return self.name.split()[-1]


def entries_from(items: object, where: str = "source table") -> list[SourceEntry]:
    """Entries from a table mapping (``{"sources": [...]}``), a list, or ready entries."""
    if isinstance(items, Mapping):
        items = items.get("sources", [])
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise PluginError(f"{where}: expected a list of source entries, got {type(items).__name__}")
    out: list[SourceEntry] = []
    for item in items:
        if isinstance(item, SourceEntry):
            out.append(item)
        elif isinstance(item, Mapping):
            out.append(SourceEntry.from_dict(item))
        else:
            raise PluginError(f"{where}: a source entry must be a mapping, got {type(item).__name__}")
    return out


def _load_file(path: str | Path) -> list[SourceEntry]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise PluginError(f"cannot read source file {str(path)!r}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise PluginError(f"source file {str(path)!r} is not valid JSON: {exc}") from None
    return entries_from(data, where=str(path))


@functools.lru_cache(maxsize=1)
def _builtin_entries() -> tuple[SourceEntry, ...]:
    text = resources.files("incidentkit.builtin.attribution").joinpath("data/sources.json").read_text(
        encoding="utf-8")
    return tuple(entries_from(json.loads(text), where="built-in sources.json"))


def _alias_pattern(aliases: Iterable[str], *, ignore_case: bool) -> regex.Pattern[str] | None:
    # Longest first, so "Russian Defence Ministry" wins over "Defence Ministry".
    unique = sorted(set(aliases), key=lambda a: (-len(a), a))
    if not unique:
        return None
    if ignore_case:
        body = "|".join(regex.escape(a).replace(r"\ ", r"\s+") for a in unique)
    else:
        # As a trie: the same matches where case counts (see _prefilter.literal_trie), much faster.
        body = _prefilter.literal_trie(unique, space=r"\s+")
    flags = regex.IGNORECASE if ignore_case else 0
    # Whole words only: "Kim" must not match inside "Kimberly"; "'s" may follow.
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}\-])(?:{body})(?![\p{{L}}\p{{N}}\-])", flags)


def _phrases(aliases: Iterable[str]) -> _prefilter.Phrases | _prefilter.PatternPhrases | None:
    """What ``_alias_pattern(aliases, ignore_case=False)`` matches, without compiling it where it can.

    :class:`_prefilter.Phrases` finds the same matches for aliases of non-blank
    words with one space between two (all the built-in ones); any other takes the pattern.
    """
    unique = sorted(set(aliases), key=lambda a: (-len(a), a))
    if not unique:
        return None
    phrases = _prefilter.Phrases.of(unique)
    if phrases is not None:
        return phrases
    pattern = _alias_pattern(unique, ignore_case=False)
    return _prefilter.PatternPhrases(pattern) if pattern is not None else None


def _lowered_patterns(
    aliases: Iterable[str],
) -> tuple[_prefilter.Openings, _prefilter.Phrases | _prefilter.PatternPhrases] | None:
    """Case-sensitive twins of ``_alias_pattern(aliases, ignore_case=True)`` for ASCII-lowered text.

    The second finds the same alternatives, lowered (as the trie would, which
    matches what the longest-first alternation does), so on a text without :data:`_FOLDS_TO_ASCII` characters,
    matching it against the text with ASCII capitals lowered finds exactly the
    same spans. The first tells every place where an alias's first words
    start: the only places a match can start, and much faster to find than the
    long alternation (see :meth:`SourceTable.find`). None when an alias is not ASCII.
    """
    unique = sorted(set(aliases), key=lambda a: (-len(a), a))
    if not unique or not all(a.isascii() for a in unique):
        return None
    lowered = list(dict.fromkeys(a.lower() for a in unique))
    full = _phrases(lowered)  # matched with case: see literal_trie
    openings = _openings(lowered)
    return (openings, full) if openings is not None and full is not None else None


def _openings(aliases: Iterable[str]) -> _prefilter.Openings | None:
    """The opening words of ``aliases``, or None if one opens with something else than a letter or digit.

    The alias patterns open with their words, literally (case aside), after no
    letter, digit or hyphen: see :class:`_prefilter.Openings`.
    """
    try:
        return _prefilter.Openings(aliases)
    except ValueError:
        return None


# The non-ASCII characters that the regex module's IGNORECASE matches to an
# ASCII character (found by trying every code point): a text holding one of
# them takes the slow, case-insensitive path.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")



@attrs.frozen(kw_only=True)
class AliasHit:
    """Where an alias of the table occurs in a text."""

    start: int
    end: int
    text: str
    entries: tuple[SourceEntry, ...]
    generic: bool


class SourceTable:
    """Known sources indexed by alias, surname and office; built once, read-only after.

    >>> table = SourceTable.builtin()
    >>> table.resolve("Russian Defence Ministry").name
    'Russian Ministry of Defence'
    >>> table.resolve("Defence Ministry", country="UA").name
    'Ministry of Defence of Ukraine'
    """

    def __init__(self, entries: Iterable[SourceEntry]) -> None:
        by_name: dict[str, SourceEntry] = {}
        for entry in entries:
            by_name[entry.name] = entry  # later entries replace earlier ones
        self.entries: tuple[SourceEntry, ...] = tuple(by_name.values())
        self._exact: dict[str, list[SourceEntry]] = {}
        self._generic: dict[str, list[SourceEntry]] = {}
        for entry in self.entries:
            names = {entry.name, *entry.aliases}
            if entry.surname:
                names.add(entry.surname)
            # Once per key: aliases that differ only in case or article ("TASS", "Tass") are one
            # alias, else the entry would be listed twice under it and look ambiguous.
            for key in {_key(alias) for alias in names}:
                self._exact.setdefault(key, []).append(entry)
            for key in {_key(alias) for alias in entry.generic}:
                self._generic.setdefault(key, []).append(entry)
        exact = [a for e in self.entries for a in (e.name, *e.aliases, *([e.surname] if e.surname else []))]
        # One-word aliases are matched with their case ("Kim", "TASS"); longer ones in any case.
        self._cased = _phrases([a for a in exact if " " not in a])
        self._uncased_aliases = [a for a in exact if " " in a]
        self._uncased_lower = _lowered_patterns(self._uncased_aliases)
        # The case-insensitive pattern, only where there is no lowered twin; else compiled when
        # first needed (see _uncased_pattern).
        self._uncased: regex.Pattern[str] | None = (
            _alias_pattern(self._uncased_aliases, ignore_case=True) if self._uncased_lower is None else None)
        one_word = [a for a in exact if " " not in a]
        self._cased_at = _openings(one_word) if one_word else None
        generic = [a for e in self.entries for a in e.generic]
        self._generic_re = _alias_pattern(generic, ignore_case=True)
        # Where a generic alias can start in the ASCII-lowered text (all of them ASCII): see find().
        self._generic_at = _openings(generic) if generic and all(a.isascii() for a in generic) else None
        self._places = frozenset(e.place.split()[0] for e in self.entries if e.place)
        self._answers: dict[tuple[object, ...], SourceEntry | None] = {}  # see _remembered

    @classmethod
    def builtin(cls) -> SourceTable:
        """The table shipped with incidentkit (``data/sources.json``)."""
        return _builtin_table()

    @classmethod
    def build(
        cls,
        *,
        builtin: bool = True,
        extra: Sequence[object] = (),
        files: Sequence[str | Path] = (),
    ) -> SourceTable:
        """The built-in table (unless ``builtin=False``) extended by entries and JSON files.

        :param extra: entries or entry mappings, e.g. from plugin options or hooks.
        :param files: JSON files shaped like ``data/sources.json``.
        :raises PluginError: an entry or file is invalid; the message names it.
        """
        entries: list[SourceEntry] = list(_builtin_entries()) if builtin else []
        entries.extend(entries_from(list(extra), where="attribution sources"))
        for path in files:
            entries.extend(_load_file(path))
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<SourceTable: {len(self.entries)} sources>"

    def _remembered(self, key: tuple[object, ...],
                    find: Callable[[], SourceEntry | None]) -> SourceEntry | None:
        """``find()``, remembered under ``key``: the table never changes, so neither do its answers."""
        try:
            return self._answers[key]
        except KeyError:  # (a lookup, not a test then a lookup: another thread may clear the memo)
            pass
        if len(self._answers) >= _ANSWERS_KEPT:
            self._answers.clear()
        found = self._answers[key] = find()
        return found

    def resolve(
        self, alias: str, *, country: str | None = None, day: dt.date | None = None
    ) -> SourceEntry | None:
        """The entry an alias names, preferring ``country`` and whoever held the role on ``day``."""
        return self._remembered(("resolve", alias, country, day), lambda: self._resolve(alias, country, day))

    def _resolve(self, alias: str, country: str | None, day: dt.date | None) -> SourceEntry | None:
        key = _key(alias)
        candidates = self._exact.get(key) or self._generic.get(key) or []
        return _pick(candidates, country, day)

    def find(self, text: str) -> list[AliasHit]:
        """Every alias occurrence in ``text``, longest first where they overlap, in text order."""
        hits: list[AliasHit] = []
        timeout = scan_timeout(len(text))
        # Patterns are tried only where an alias's opening words are (see _prefilter), and a text
        # without the few non-ASCII characters that fold to ASCII letters is matched lowered.
        words = _prefilter.ascii_words(text)
        foldable = not any(c in text for c in _FOLDS_TO_ASCII)
        if self._uncased_lower is not None and foldable:
            # Same matches as self._uncased_pattern().finditer(text).
            openings, full = self._uncased_lower
            for start, end in full.spans(words.lowered, openings.positions(words), timeout):
                self._hit(hits, text, start, end, generic=False)
        else:
            uncased = self._uncased_pattern()
            if uncased is not None:
                for match in uncased.finditer(text, timeout=timeout):
                    self._hit(hits, text, match.start(), match.end(), generic=False)
        if self._cased is not None:
            starts = self._cased_at.positions(words) if self._cased_at is not None else None
            for start, end in self._cased.spans(text, starts, timeout):
                self._hit(hits, text, start, end, generic=False)
        if self._generic_re is not None:
            if self._generic_at is not None and foldable:
                matches = _prefilter.finditer(self._generic_re, self._generic_at.positions(words), text)
            else:
                matches = self._generic_re.finditer(text, timeout=timeout)
            for match in matches:
                self._hit(hits, text, match.start(), match.end(), generic=True)
        hits.sort(key=lambda h: (h.start, -(h.end - h.start), h.generic))
        kept: list[AliasHit] = []
        last_end = -1
        for hit in hits:
            if hit.start >= last_end:
                kept.append(hit)
                last_end = hit.end
        return kept

    def _uncased_pattern(self) -> regex.Pattern[str] | None:
        """The multi-word aliases in any case, as one pattern: for texts the lowered twin cannot match.

        That is a text holding one of the :data:`_FOLDS_TO_ASCII` characters: a
        rare path (none of the 816 reports of the regression corpus takes it), so
        the pattern (some 17 ms to compile for the built-in table) is compiled on
        first use; two threads may both compile it, and either result serves.
        """
        pattern = self._uncased
        if pattern is None and self._uncased_aliases:
            pattern = self._uncased = _alias_pattern(self._uncased_aliases, ignore_case=True)
        return pattern

    def _hit(self, hits: list[AliasHit], text: str, start: int, end: int, *, generic: bool) -> None:
        matched = text[start:end]
        found = (self._generic if generic else self._exact).get(_key(matched))
        if found:
            hits.append(AliasHit(start=start, end=end, text=matched, entries=tuple(found), generic=generic))

    def by_office(
        self, office: str, place: str | None = None, *, country: str | None = None, day: dt.date | None = None
    ) -> SourceEntry | None:
        """The person holding ``office`` (``governor``) of ``place`` (``Kursk``) on ``day``, if known."""
        return self._remembered(("by_office", office, place, country, day),
                                lambda: self._by_office(office, place, country, day))

    def _by_office(self, office: str, place: str | None, country: str | None,
                   day: dt.date | None) -> SourceEntry | None:
        office = office.lower()
        wanted = _place_key(place) if place else None
        candidates = [
            e for e in self.entries
            if e.type is SourceType.PERSON and e.office is not None and e.office.lower() == office
            and (wanted is None or (e.place is not None and _place_key(e.place) == wanted))
        ]
        if wanted is None and len({e.place for e in candidates}) > 1:
            return None
        return _pick(candidates, country, day)

    def by_role(
        self, office: str, words: Sequence[str], *, country: str | None = None, day: dt.date | None = None,
        foreign: bool = False,
    ) -> SourceEntry | None:
        """A person in a national office with ``office`` and all ``words`` in the role: `Kremlin spokesman`.

        Only someone of ``country`` unless ``foreign`` (the words name one body of
        the table, not a generic one every country has).
        """
        words = tuple(words)
        return self._remembered(("by_role", office, words, country, day, foreign),
                                lambda: self._by_role(office, words, country, day, foreign))

    def _by_role(self, office: str, words: Sequence[str], country: str | None, day: dt.date | None,
                 foreign: bool) -> SourceEntry | None:
        office = _OFFICES.get(office.lower(), office.lower())
        wanted = {w.lower() for w in words}
        if not wanted:
            return None
        candidates = [
            e for e in self.entries
            if e.type is SourceType.PERSON and e.office is not None and e.role is not None and e.place is None
            and _OFFICES.get(e.office.lower(), e.office.lower()) == office
            and wanted <= set(_ROLE_WORD.findall(e.role.lower()))
        ]
        if country is not None and not foreign:
            candidates = [e for e in candidates if e.country == country]
        return _pick(candidates, country, day)

    def places(self) -> frozenset[str]:
        """Place words the table's offices mention (``Kursk``, ``Kyiv``), for context."""
        return self._places


# How many answers a table remembers before it starts afresh (bounds its memory).
_ANSWERS_KEPT = 20_000


def _pick(candidates: Sequence[SourceEntry], country: str | None, day: dt.date | None) -> SourceEntry | None:
    if not candidates:
        return None
    current = [e for e in candidates if e.holds_office_on(day)] or list(candidates)
    if country is not None:
        local = [e for e in current if e.country == country]
        if local:
            current = local
    defaults = [e for e in current if e.default]
    return (defaults or current)[0]


_SPACES = regex.compile(r"\s+")
_ROLE_WORD = regex.compile(r"[\p{L}\-]+")
# Offices that are one office whoever holds them.
_OFFICES = {"spokeswoman": "spokesman", "spokesperson": "spokesman"}
_PLACE_SUFFIX = regex.compile(r"(?i)\s+(?:region|oblast|krai|territory|city|republic)$")


@functools.lru_cache(maxsize=4096)
def _key(alias: str) -> str:
    text = _SPACES.sub(" ", alias.strip()).replace("’", "'").lower()
    return text[4:] if text.startswith("the ") else text


def _place_key(place: str) -> str:
    return _PLACE_SUFFIX.sub("", _key(place))


@functools.lru_cache(maxsize=1)
def _builtin_table() -> SourceTable:
    return SourceTable(_builtin_entries())


def builtin_table() -> SourceTable:
    """The built-in source table (cached)."""
    return _builtin_table()
