"""The offline gazetteer: places, their spellings, and a key index for one-pass matching.

The packaged index (``gazetteer.json.gz``, built by ``scripts/build_gazetteer.py``
from GeoNames and Ukraine's KATOTTG register) and the hand-curated table
(``curated.json``) are read once, lazily, by :func:`default_gazetteer`. Users
add places with :meth:`Gazetteer.extended` (or the plugin's ``places`` option
and ``incidentkit_locations_places`` hook) or replace the index with their
own file of the same format (the plugin's ``gazetteer`` option).

>>> gaz = default_gazetteer()
>>> [(p.name, p.admin1) for p in gaz.lookup("Kaluga region") if p.type == "admin1"]
[('Kaluga Oblast', 'RU-KLU')]
"""

from __future__ import annotations

import functools
import gzip
import json
import threading
from array import array
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from incidentkit.errors import PluginError
from incidentkit.models import Place, Point
from incidentkit.vocab import LocationType

from ._fold import FOLD_VERSION, fold, russian_key

__all__ = ["Entry", "Gazetteer", "default_gazetteer", "load_places_file", "place_from_mapping"]

#: Types of place in their JSON spelling.
_TYPES = frozenset(t.value for t in LocationType)


class Entry(NamedTuple):
    """One gazetteer place, kept light (a :class:`~incidentkit.Place` is made on output).

    ``population`` is 0 when unknown; ``curated`` marks hand-made, user and
    "notable" entries, which match anywhere like large towns do (other small
    places match only inside a region the report names).
    """

    name: str
    type: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    curated: bool = False

    def place(self) -> Place:
        """The entry as a :class:`~incidentkit.Place`."""
        point = Point(self.lat, self.lon) if self.lat is not None and self.lon is not None else None
        return Place(name=self.name, type=self.type, country=self.country, admin1=self.admin1,
                     admin2=self.admin2, point=point)


class FuzzyChoices(NamedTuple):
    """The fuzzy look-up choices of one key length (see :meth:`Gazetteer._fuzzy_table`)."""

    keys: list[str]
    positions: array[int]  # the place of each in :meth:`Gazetteer.fuzzy_choices` order
    numbers: array[int]  # the entry number of each


class Gazetteer:
    """Places indexed by folded spelling.

    ``lookup`` answers in one dictionary access per candidate word sequence,
    so matching a text costs the same however many places there are.
    Keys marked *typed* (e.g. ``Odintsovo`` for Odintsovsky District) only
    count when the text adds a type word (``Odintsovo district``).
    """

    def __init__(self, entries: Sequence[Entry], keys: Sequence[Iterable[str]],
                 meta: Mapping[str, Any] | None = None) -> None:
        if len(entries) != len(keys):
            raise ValueError("entries and keys differ in length")
        flat: list[str] = []
        offsets = array("i", [0])
        for entry_keys in keys:
            flat.extend(entry_keys)
            offsets.append(len(flat))
        self._build(entries, flat, offsets, meta)

    def _build(self, entries: Sequence[Entry], flat_keys: list[str], offsets: array[int],
               meta: Mapping[str, Any] | None) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.meta: Mapping[str, Any] = dict(meta or {})
        # Kept compact (the packaged index holds 35,000 places): one int object per entry
        # number, shared by every table; the keys of all entries in one flat list with the
        # offsets of each entry's (see :meth:`keys_of`); a key's entry numbers as a tuple shared
        # by the keys with the same numbers, the index built in place (an int, a list, the tuple).
        numbers = list(range(len(self.entries)))
        index: dict[str, Any] = {}
        typed: dict[str, Any] = {}
        for number in numbers:
            for key in flat_keys[offsets[number]:offsets[number + 1]]:
                if key[:1] == "~":
                    table, word = typed, key[1:]
                elif key:
                    table, word = index, key
                else:
                    continue
                got = table.get(word)
                if got is None:
                    table[word] = number
                elif got.__class__ is int:
                    table[word] = [got, number]
                else:
                    got.append(number)
        # tuples, so a look-up hands out the stored value instead of a copy
        tuples: dict[tuple[int, ...], tuple[int, ...]] = {}
        for table in (index, typed):
            for word, got in table.items():
                value = (got,) if got.__class__ is int else tuple(got)
                table[word] = tuples.setdefault(value, value)
        del tuples
        self._index: dict[str, tuple[int, ...]] = index
        self._typed: dict[str, tuple[int, ...]] = typed
        self._flat_keys = flat_keys
        self._key_offsets = offsets
        #: The most words any key has: the matcher tries no longer sequences.
        self.max_words = min(8, max((k.count(" ") + 1 for k in index), default=1))
        #: The first words (one or more, not all) of the keys of several words, typed or not:
        #: the matcher stops lengthening a run of words that no key continues.
        self.key_starts: frozenset[str] = frozenset(
            " ".join(parts[:size]) for key in (*index, *typed) if " " in key
            for parts in (key.split(" "),) for size in range(1, len(parts)))
        by_region: dict[tuple[str, str], list[int]] = {}
        by_type: dict[str, list[int]] = {}
        for number, entry in zip(numbers, self.entries, strict=True):
            by_type.setdefault(entry.type, []).append(number)
            if entry.admin1:
                by_region.setdefault((entry.type, entry.admin1), []).append(number)
        self._by_region = by_region
        self._by_type = by_type
        #: (type, admin1 or None) -> fuzzy look-up choices, filled on first use (derived, read-only data).
        self._fuzzy_choices: dict[tuple[str, str | None], dict[tuple[int, str], str]] = {}
        #: The same, split by key length (see :meth:`fuzzy_choices_by_length`).
        self._fuzzy_by_length: dict[tuple[str, str | None], dict[int, dict[tuple[int, int, str], str]]] = {}
        #: The same, compact (see :meth:`_fuzzy_table`).
        self._fuzzy_tables: dict[tuple[str, str | None], dict[int, FuzzyChoices]] = {}
        #: entry numbers -> those abroad (see :meth:`spelled_abroad`), filled as names are met
        self.abroad_of: dict[tuple[int, ...], tuple[int, ...]] = {}
        #: (type, admin1) -> russian_key -> entry numbers (see :meth:`russian_spellings`)
        self._russian: dict[tuple[str, str], dict[str, tuple[int, ...]]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def ids(self, key: str, *, typed: bool = False) -> tuple[int, ...]:
        """Entry numbers whose spelling folds to ``key`` (``typed``: the typed-only keys)."""
        return (self._typed if typed else self._index).get(key, ())

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Places that ``name`` may mean (any spelling variant; a type word may follow)."""
        key = fold(name)
        hits = list(self.ids(key))
        words = key.split(" ")
        if not hits and len(words) > 1 and words[-1] in _TYPE_SUFFIXES:
            hits = list(self.ids(" ".join(words[:-1]))) + list(self.ids(" ".join(words[:-1]), typed=True))
            wanted = _TYPE_SUFFIXES[words[-1]]
            hits = [h for h in hits if self.entries[h].type == wanted]
        return tuple(self.entries[h].place() for h in hits)

    def in_region(self, type_: str, admin1: str) -> list[int]:
        """Entry numbers of the given type inside first-level division ``admin1``."""
        return self._by_region.get((type_, admin1), [])

    def of_type(self, type_: str) -> list[int]:
        """Entry numbers of the given type."""
        return self._by_type.get(type_, [])

    def keys_of(self, number: int) -> Sequence[str]:
        """The folded spellings of entry ``number``."""
        if number < 0:
            number += len(self.entries)
            if number < 0:
                raise IndexError("no entry of that number")
        offsets = self._key_offsets
        return self._flat_keys[offsets[number]:offsets[number + 1]]

    def fuzzy_choices(self, type_: str, admin1: str | None = None) -> dict[tuple[int, str], str]:
        """``{(number, key): key}`` for the untyped keys of the entries of ``type_``.

        With ``admin1``, only the entries inside that first-level division
        (:meth:`in_region`); without, all of the type (:meth:`of_type`). Built
        once and kept: the caller must not change the mapping.
        """
        cached = self._fuzzy_choices.get((type_, admin1))
        if cached is None:
            cached = {(number, key): key for number, key in self._untyped_keys(type_, admin1)}
            self._fuzzy_choices[(type_, admin1)] = cached
        return cached

    def _untyped_keys(self, type_: str, admin1: str | None) -> list[tuple[int, str]]:
        """``(number, key)`` for the untyped keys of the entries of ``type_`` (in ``admin1``), once each.

        The order of :meth:`fuzzy_choices`, which the other fuzzy tables keep.
        """
        numbers = self.of_type(type_) if admin1 is None else self.in_region(type_, admin1)
        return list(dict.fromkeys((number, key) for number in numbers for key in self.keys_of(number)
                                  if not key.startswith("~")))

    def fuzzy_choices_by_length(self, type_: str,
                                admin1: str | None = None) -> dict[int, dict[tuple[int, int, str], str]]:
        """:meth:`fuzzy_choices` split by the length of the key: ``{length: {(position, number, key): key}}``.

        ``position`` is the choice's place in :meth:`fuzzy_choices` order, so a look-up in the
        lengths that can score high enough can still prefer the first of equal choices. Built
        once and kept: the caller must not change the mapping.
        """
        cached = self._fuzzy_by_length.get((type_, admin1))
        if cached is None:
            cached = {}
            for position, (number, key) in enumerate(self._untyped_keys(type_, admin1)):
                cached.setdefault(len(key), {})[(position, number, key)] = key
            self._fuzzy_by_length[(type_, admin1)] = cached
        return cached

    def _fuzzy_table(self, type_: str, admin1: str | None = None) -> dict[int, FuzzyChoices]:
        """:meth:`fuzzy_choices_by_length` in compact form: ``{length: (keys, positions, numbers)}``.

        The look-up scans ``keys`` (a list, for ``rapidfuzz.process.extractOne``); the choice
        at index ``i`` is ``(positions[i], numbers[i], keys[i])`` of the other form. Some 16 bytes
        a choice instead of some 130 (a dict item and a 3-tuple with its ints). Built once and
        kept: the caller must not change it.
        """
        cached = self._fuzzy_tables.get((type_, admin1))
        if cached is None:
            cached = {}
            for position, (number, key) in enumerate(self._untyped_keys(type_, admin1)):
                table = cached.get(len(key))
                if table is None:
                    table = cached[len(key)] = FuzzyChoices([], array("i"), array("i"))
                table.keys.append(key)
                table.positions.append(position)
                table.numbers.append(number)
            self._fuzzy_tables[(type_, admin1)] = cached
        return cached

    def spelled_abroad(self, ids: tuple[int, ...], transliterated: frozenset[str | None]) -> tuple[int, ...]:
        """Those of ``ids`` outside the ``transliterated`` countries, neither curated nor countries.

        Kept per ``ids`` (the index's own tuples, a few thousand at most).
        """
        found = self.abroad_of.get(ids)
        if found is None:
            entries = self.entries
            found = self.abroad_of[ids] = tuple(
                e for e in ids for entry in (entries[e],)
                if not (entry.country in transliterated or entry.curated or entry.type == "country"))
        return found

    def russian_spellings(self, type_: str, admin1: str) -> dict[str, tuple[int, ...]]:
        """``{russian_key: entry numbers}`` of the places of ``type_`` in ``admin1`` (typed keys too).

        Built on first use for a region and kept: the caller must not change the mapping.
        """
        cached = self._russian.get((type_, admin1))
        if cached is None:
            found: dict[str, list[int]] = {}
            for number in self.in_region(type_, admin1):
                for key in dict.fromkeys(russian_key(key.lstrip("~")) for key in self.keys_of(number)):
                    found.setdefault(key, []).append(number)
            cached = self._russian[(type_, admin1)] = {key: tuple(numbers) for key, numbers in found.items()}
        return cached

    def extended(self, places: Iterable[Mapping[str, Any] | Place]) -> Gazetteer:
        """A new gazetteer with ``places`` added (mappings as in ``curated.json``, or Place objects)."""
        entries = list(self.entries)
        keys: list[Sequence[str]] = [self.keys_of(n) for n in range(len(entries))]
        for item in places:
            entry, aliases = _entry_of(item, curated=True)
            entries.append(entry)
            keys.append(_keys_for(entry, aliases))
        return Gazetteer(entries, keys, self.meta)

    @classmethod
    def from_file(cls, path: str | Path, *, curated: bool = True) -> Gazetteer:
        """Read a gazetteer file in the packaged format (gzipped or plain JSON).

        With ``curated``, the packaged hand-made table is added to it.

        :raises PluginError: when the file is missing or not in the format.
        """
        try:
            raw = Path(path).read_bytes()
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
            text = raw.decode(json.detect_encoding(raw), "surrogatepass")  # as json.loads does
            del raw
            made = cls._from_text(text, curated=curated)
            if made is not None:
                return made
            data = json.JSONDecoder().decode(text)  # as json.loads decodes bytes
        except (OSError, ValueError) as exc:
            raise PluginError(f"gazetteer file {str(path)!r} cannot be read: {exc}") from exc
        return cls._from_data(data, curated=curated)

    @classmethod
    def _from_data(cls, data: Any, *, curated: bool) -> Gazetteer:
        if not isinstance(data, dict) or not isinstance(data.get("places"), list):
            raise PluginError("a gazetteer file is a JSON object with a 'places' list "
                              "(see docs/gazetteer.md)")
        meta = data.get("meta", {})
        rows = _Rows(meta)
        for row in data["places"]:
            rows.add(row)
        return rows.gazetteer(cls, meta, curated=curated)

    @classmethod
    def _from_text(cls, text: str, *, curated: bool) -> Gazetteer | None:
        """The gazetteer of a file's text laid out as the packaged one, decoded row by row.

        Decoding the whole file first would hold every row's objects at once, twice what the
        gazetteer keeps, and leave the allocator holding the freed memory. None when the text
        is laid out otherwise or is not valid (the caller then decodes it whole, which gives
        the same gazetteer or the same error).
        """
        try:
            decoder: Any = json.JSONDecoder()
            scan = decoder.scan_once  # the scanner json.loads uses, one value at a time
            at = _expect(text, 0, "{", '"meta"', ":")
            meta, at = scan(text, _after_space(text, at))
            at = _expect(text, at, ",", '"places"', ":", "[")
            rows = _Rows(meta)
            at = _after_space(text, at)
            if text[at] == "]":
                at += 1
            else:
                while True:
                    row, at = scan(text, at)
                    rows.add(row)
                    at = _after_space(text, at)
                    if text[at] == ",":
                        at = _after_space(text, at + 1)
                    elif text[at] == "]":
                        at += 1
                        break
                    else:
                        return None
            at = _after_space(text, at)
            if text[at] != "}" or _after_space(text, at + 1) != len(text):
                return None
            return rows.gazetteer(cls, meta, curated=curated)
        except Exception:  # decoded whole by the caller, which reports it
            return None

    @classmethod
    def _made(cls, entries: list[Entry], flat_keys: list[str], offsets: array[int],
              meta: Mapping[str, Any]) -> Gazetteer:
        gazetteer = cls.__new__(cls)
        gazetteer._build(entries, flat_keys, offsets, meta)
        return gazetteer


class _Rows:
    """The entries and keys of a gazetteer file, added row by row (see :meth:`Gazetteer._from_data`)."""

    def __init__(self, meta: Any) -> None:
        self.refold = meta.get("fold_version") != FOLD_VERSION
        self.entries: list[Entry] = []
        self.flat_keys: list[str] = []
        self.offsets = array("i", [0])
        # JSON gives every row its own copy of "settlement", "RU", "RU-KLU", and of names and
        # keys many places share: one object per distinct value instead
        self.shared: dict[str, str] = {}

    def add(self, row: Any) -> None:
        flat = self.flat_keys
        if isinstance(row, dict):
            entry, aliases = _entry_of(row, curated=False)
            self.entries.append(entry)
            flat.extend(_keys_for(entry, aliases))
            self.offsets.append(len(flat))
            return
        share = self.shared.setdefault
        row_keys = row[8]
        name, type_, country, admin1, admin2, lat, lon, population = row[:8]
        self.entries.append(Entry(share(name, name) if name.__class__ is str else name,
                                  share(type_, type_),
                                  None if country is None else share(country, country),
                                  None if admin1 is None else share(admin1, admin1),
                                  None if admin2 is None else share(admin2, admin2),
                                  lat, lon, population))
        if self.refold:
            row_keys = [("~" if k.startswith("~") else "") + fold(k.lstrip("~")) for k in row_keys]
        for key in row_keys:
            flat.append(share(key, key) if key.__class__ is str else key)
        self.offsets.append(len(flat))

    def gazetteer(self, cls: type[Gazetteer], meta: Mapping[str, Any], *, curated: bool) -> Gazetteer:
        if curated:
            for item in _curated_places():
                entry, aliases = _entry_of(item, curated=True)
                self.entries.append(entry)
                self.flat_keys.extend(_keys_for(entry, aliases))
                self.offsets.append(len(self.flat_keys))
        self.shared.clear()
        return cls._made(self.entries, self.flat_keys, self.offsets, meta)


def _expect(text: str, at: int, *tokens: str) -> int:
    """The position after ``tokens``, found in order from ``at`` with JSON white space around them.

    :raises ValueError: the text has something else there (another layout).
    """
    for token in tokens:
        at = _after_space(text, at)
        if not text.startswith(token, at):
            raise ValueError(f"expected {token} at {at}")
        at += len(token)
    return at


def _after_space(text: str, at: int) -> int:
    """The position of the first character at or after ``at`` that is not JSON white space."""
    while text[at:at + 1] in _JSON_SPACE:
        at += 1
    return at


_JSON_SPACE = frozenset(" \t\n\r")


#: Type words that may end a looked-up name, and the type they ask for.
_TYPE_SUFFIXES = {
    "region": "admin1", "oblast": "admin1", "krai": "admin1", "kray": "admin1", "territory": "admin1",
    "province": "admin1", "republic": "admin1", "district": "admin2", "raion": "admin2", "rayon": "admin2",
}


def _entry_of(item: Mapping[str, Any] | Place, *, curated: bool) -> tuple[Entry, list[str]]:
    if isinstance(item, Place):
        point = item.point
        return Entry(item.name, item.type.value, item.country, item.admin1, item.admin2,
                     point.lat if point else None, point.lon if point else None, 0, curated), []
    if not isinstance(item, Mapping):
        raise PluginError(f"a place is a mapping or a Place, got {type(item).__name__}")
    place = place_from_mapping(item)
    aliases = item.get("aliases") or []
    if isinstance(aliases, str) or not all(isinstance(a, str) for a in aliases):
        raise PluginError(f"place {place.name!r}: 'aliases' must be a list of strings")
    point = place.point
    population = item.get("population") or 0
    if not isinstance(population, int) or isinstance(population, bool) or population < 0:
        raise PluginError(f"place {place.name!r}: 'population' must be a non-negative int")
    # a place matches anywhere when it is curated or "notable"; by default, when no population says
    notable = bool(item.get("notable", curated or "population" not in item))
    return Entry(place.name, place.type.value, place.country, place.admin1, place.admin2,
                 point.lat if point else None, point.lon if point else None, population,
                 notable), list(aliases)


def place_from_mapping(item: Mapping[str, Any]) -> Place:
    """Make a :class:`~incidentkit.Place` from a mapping with ``name``, ``type`` and optional fields.

    :raises PluginError: naming the place and what is wrong.
    """
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise PluginError(f"a place needs a non-empty 'name': {dict(item)!r}")
    if item.get("type") not in _TYPES:
        raise PluginError(f"place {name!r}: 'type' must be one of {sorted(_TYPES)}")
    lat, lon = item.get("lat"), item.get("lon")
    try:
        point = Point(lat, lon) if lat is not None and lon is not None else None
    except (TypeError, ValueError) as exc:
        raise PluginError(f"place {name!r}: bad coordinates: {exc}") from exc
    return Place(name=name, type=item["type"], country=item.get("country"), admin1=item.get("admin1"),
                 admin2=item.get("admin2"), point=point)


def _keys_for(entry: Entry, aliases: Iterable[str]) -> list[str]:
    keys: list[str] = []
    spellings = [entry.name, *aliases]
    if entry.type == "feature":
        # "Vnukovo International Airport" is also "Vnukovo airport"; air bases also "airfield"
        for spelling in list(spellings):
            for long, shorts in _FEATURE_VARIANTS:
                if spelling.endswith(long):
                    stem = spelling[: -len(long)]
                    spellings.extend(stem + short for short in shorts)
    for spelling in spellings:
        key = fold(spelling)
        if key and key not in keys:
            keys.append(key)
    return keys


_FEATURE_VARIANTS = (
    (" International Airport", (" airport", " Airport")),
    (" Airport", (" airport",)),
    (" air base", (" airbase", " airfield", " air field", " military airfield")),
    # "Saratov Oil Refinery" is also "the Saratov refinery"
    (" Oil Refinery", (" refinery", " oil refinery")),
)


def load_places_file(path: str | Path) -> list[dict[str, Any]]:
    """Read a user's places file: a JSON list of places, or an object with a ``places`` list.

    :raises PluginError: when the file is missing or not in the format.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PluginError(f"places file {str(path)!r} cannot be read: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("places")
    if not isinstance(data, list) or not all(isinstance(p, dict) for p in data):
        raise PluginError(f"places file {str(path)!r} must hold a list of place objects")
    for item in data:
        place_from_mapping(item)  # validate early, with the place's name in the message
    return data


@functools.lru_cache(maxsize=1)
def _curated_places() -> tuple[dict[str, Any], ...]:
    text = resources.files(__package__).joinpath("curated.json").read_text(encoding="utf-8")
    return tuple(json.loads(text)["places"])


_LOCK = threading.Lock()
_DEFAULT: list[Gazetteer] = []


def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read on first use and then shared (it is never mutated)."""
    if not _DEFAULT:
        with _LOCK:
            if not _DEFAULT:
                raw = gzip.decompress(resources.files(__package__).joinpath("gazetteer.json.gz").read_bytes())
                text = raw.decode(json.detect_encoding(raw), "surrogatepass")  # as json.loads does
                del raw
                made = Gazetteer._from_text(text, curated=True)
                if made is None:
                    made = Gazetteer._from_data(json.JSONDecoder().decode(text), curated=True)
                _DEFAULT.append(made)
    return _DEFAULT[0]
