"""Typed value classes: the document, the mentions each stage finds, incidents, the report.

All classes are frozen and keyword-only (``Span`` and ``Point`` also take
positional arguments); collections are tuples. Invariants live in validators,
so an object that exists is valid: a mention's text has its span's length, a
count is never negative, a TIMEX3 value has TIMEX3 syntax. Changing a value
means making a new one with :func:`attrs.evolve`.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import regex

from .errors import InputError
from .vocab import (
    Approx,
    Granularity,
    Item,
    LocationType,
    Outcome,
    Role,
    SourceType,
    Stage,
    Stance,
    TimeType,
)

if TYPE_CHECKING:
    from .serialize import JSONDict

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "TIMEX3_VALUE",
    "Attribution",
    "Counts",
    "Document",
    "Evidence",
    "Findings",
    "Incident",
    "LocationMention",
    "Mention",
    "Place",
    "Point",
    "Problem",
    "QuantityMention",
    "Report",
    "Span",
    "TimeInterval",
    "TimeMention",
]

#: Publication years outside this range are rejected as absurd.
MIN_YEAR = 1900
MAX_YEAR = 2200

#: Syntax of a TIMEX3 ``value`` (dates, times, parts of day, weeks, seasons,
#: quarters, halves, decades, durations, and the ``*_REF`` tokens), e.g.
#: ``2025-07-20``, ``2025-07-20TNI``, ``2025-W29``, ``XXXX-WXX-1``, ``199X``, ``PT4H30M``,
#: ``P1DE``, ``PXY``.
TIMEX3_VALUE = regex.compile(
    r"""
    (?:PRESENT_REF|PAST_REF|FUTURE_REF)
    | (?:\d{4}|\d{3}X|\d{2}XX|XXXX)                     # year, decade, century
      (?:-(?:\d{2}|XX|W\d{2}|WXX|SP|SU|FA|WI|Q[1-4]|H[12]) # month, week, season, quarter
         (?:-(?:\d{2}|XX|WE|[1-7]))?)?                   # day, weekend, day of week (W29-1)
      (?:T(?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?|MO|AF|EV|NI|DT))?
    | P(?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|ML|[YMWDLC]))*  # P3D, PXY, P1DE (decade), P1CE (century)
       (?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?
    """,
    regex.VERBOSE,
)


def _check_timex(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not TIMEX3_VALUE.fullmatch(value) or value == "P":
        raise ValueError(f"{attribute.name}={value!r} is not a TIMEX3 value (e.g. 2025-07-20T08:00)")


def _non_negative(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


def _int_field(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")


@attrs.frozen(order=True)
class Span:
    """Character offsets ``[start, end)`` into a document's text: the evidence of a mention."""

    start: int = attrs.field(validator=_int_field)
    end: int = attrs.field(validator=_int_field)

    def __attrs_post_init__(self) -> None:
        if self.start < 0:
            raise ValueError(f"span start must not be negative, got {self.start}")
        if self.end <= self.start:
            raise ValueError(f"span end ({self.end}) must be after its start ({self.start})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def overlap(self, other: Span) -> int:
        """How many characters the two spans share (0 when disjoint)."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Point:
    """A WGS 84 position in decimal degrees."""

    lat: float = attrs.field(converter=float)
    lon: float = attrs.field(converter=float)

    def __attrs_post_init__(self) -> None:
        if not (-90.0 <= self.lat <= 90.0) or not (-180.0 <= self.lon <= 180.0):
            raise ValueError(f"coordinates out of range: lat={self.lat}, lon={self.lon}")


# ---------------------------------------------------------------- document

def _parse_published(value: object) -> dt.date | dt.datetime | None:
    """Accept a date, a datetime, an ISO 8601 string or None; reject the rest clearly."""
    if value is None or isinstance(value, dt.date):  # datetime is a date
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InputError(
                f"published={value!r} is not an ISO 8601 date or date-time "
                "(e.g. 2025-07-20 or 2025-07-20T15:10:00+03:00)"
            ) from None
    raise InputError(
        f"published must be a date, a datetime or an ISO 8601 string, got {type(value).__name__}"
    )


def _check_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, (bytes, bytearray)):
        raise InputError("text is bytes: decode it first, or use Document.from_bytes(data, encoding=...)")
    if not isinstance(value, str):
        raise InputError(f"text must be a str, got {type(value).__name__}")
    if not value.strip():
        raise InputError("text is empty or only whitespace: there is nothing to extract from")


def _check_published(_: object, attribute: attrs.Attribute[Any], value: dt.date | None) -> None:
    if value is not None and not (MIN_YEAR <= value.year <= MAX_YEAR):
        raise InputError(
            f"published year {value.year} is outside {MIN_YEAR}-{MAX_YEAR}: check the date"
        )


def _check_zone(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise InputError(f"zone must be an IANA zone name such as 'Europe/Moscow', got {value!r}")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"zone {value!r} is not a known IANA zone name (e.g. 'Europe/Kyiv')") from None


def _optional_str(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InputError(f"{attribute.name} must be a str or None, got {type(value).__name__}")


@attrs.frozen(kw_only=True)
class Document:
    """One report to extract from: its text and what is known about its publication.

    ``published`` anchors relative expressions (``yesterday``, ``overnight``);
    without it they keep ``XXXX`` in their values rather than guess. ``zone``
    is the IANA zone of the report's local time when ``published`` carries no
    offset of its own.
    """

    text: str = attrs.field(repr=False, validator=_check_text)
    published: dt.date | dt.datetime | None = attrs.field(
        default=None, converter=_parse_published, validator=_check_published
    )
    zone: str | None = attrs.field(default=None, validator=_check_zone)
    id: str | None = attrs.field(default=None, validator=_optional_str)
    source: str | None = attrs.field(default=None, validator=_optional_str)
    url: str | None = attrs.field(default=None, validator=_optional_str)

    @classmethod
    def from_bytes(cls, data: bytes, *, encoding: str | None = None, **fields: Any) -> Document:
        """Decode ``data`` (UTF-8, with or without BOM, unless ``encoding`` is given) into a document.

        :raises InputError: when the bytes do not decode; the message gives the offset.
        """
        if not isinstance(data, (bytes, bytearray)):
            raise InputError(f"from_bytes needs bytes, got {type(data).__name__}")
        codec = encoding or "utf-8-sig"
        label = encoding or "UTF-8"
        try:
            text = bytes(data).decode(codec)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"the bytes are not valid {label} (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
                "pass encoding= with the right codec"
            ) from None
        return cls(text=text, **fields)

    @property
    def reference_date(self) -> dt.date | None:
        """The local calendar date of publication, or None when unknown."""
        if self.published is None:
            return None
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published

    @property
    def tzinfo(self) -> dt.tzinfo | None:
        """The report's local zone: ``zone`` if given, else the offset of ``published``."""
        if self.zone is not None:
            return ZoneInfo(self.zone)
        if isinstance(self.published, dt.datetime):
            return self.published.tzinfo
        return None


# ---------------------------------------------------------------- mentions

def _text_matches_span(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str")
    if len(value) != len(instance.span):
        raise ValueError(
            f"{attribute.name} {value!r} has {len(value)} characters but its span "
            f"[{instance.span.start}, {instance.span.end}) has {len(instance.span)}"
        )


@attrs.frozen(kw_only=True)
class TimeMention:
    """A temporal expression, normalised to TimeML TIMEX3.

    ``value`` is local time as TIMEX3 requires; ``earliest``/``latest`` are the
    bounds ``[earliest, latest)`` of the period as datetimes (timezone-aware
    when the zone is known), so mentions can be sorted and filtered without
    parsing TIMEX3. Durations and sets have no bounds.
    """

    span: Span
    text: str = attrs.field(validator=_text_matches_span)
    type: TimeType = attrs.field(converter=TimeType)
    value: str = attrs.field(validator=_check_timex)
    extractor: str = ""
    zone: str | None = None
    granularity: Granularity | None = attrs.field(
        default=None, converter=attrs.converters.optional(Granularity)
    )
    earliest: dt.datetime | None = None
    latest: dt.datetime | None = None
    mod: str | None = None


@attrs.frozen(kw_only=True)
class TimeInterval:
    """An interval expression (``between 8:00 and 12:30``) linking its two endpoint mentions.

    The endpoints are ordinary :class:`TimeMention` objects in the report's
    ``times``; ``start_span``/``end_span`` point at them, and ``start``/``end``
    repeat their TIMEX3 values, as an incident's window does.
    """

    span: Span
    text: str = attrs.field(validator=_text_matches_span)
    start: str | None = attrs.field(validator=_check_timex)
    end: str | None = attrs.field(validator=_check_timex)
    start_span: Span | None = None
    end_span: Span | None = None
    extractor: str = ""
    zone: str | None = None


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Place:
    """A gazetteer entry: what a location mention resolves to, or one of its candidates."""

    name: str
    type: LocationType = attrs.field(converter=LocationType)
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    point: Point | None = None
    id: str | None = None


def _places(value: Iterable[Place]) -> tuple[Place, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class LocationMention:
    """A place named in the text, resolved to country, ISO 3166-2 region and district.

    ``admin2`` is the parent district's canonical name when known. When the
    text does not settle which of several places is meant, ``ambiguous`` is
    true, the fields hold the best guess, and ``candidates`` lists them all.
    """

    span: Span
    text: str = attrs.field(validator=_text_matches_span)
    type: LocationType = attrs.field(converter=LocationType)
    name: str
    extractor: str = ""
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    point: Point | None = None
    candidates: tuple[Place, ...] = attrs.field(default=(), converter=_places)
    ambiguous: bool = False


@attrs.frozen(kw_only=True)
class QuantityMention:
    """A count of concrete things or people: value, qualifier, what is counted, what happened to it.

    ``distributive`` marks counts that apply to each of several places
    (``one each over the Tula and Oryol regions``).
    """

    span: Span
    text: str = attrs.field(validator=_text_matches_span)
    value: int = attrs.field(validator=_non_negative)
    approx: Approx = attrs.field(converter=Approx)
    item: Item = attrs.field(converter=Item)
    role: Role = attrs.field(converter=Role)
    extractor: str = ""
    distributive: bool = False


@attrs.frozen(kw_only=True)
class Attribution:
    """Information attributed to a source: the cue, who, in what role, on which channel, how firmly.

    ``span``/``cue`` are the cue words (``confirmed``, ``according to``); the
    source mention has its own ``source_span``. ``content`` is the span of the
    text the attribution covers, used to tell which attribution governs a
    quantity or an incident.
    """

    span: Span
    cue: str = attrs.field(validator=_text_matches_span)
    source_type: SourceType = attrs.field(converter=SourceType)
    stance: Stance = attrs.field(converter=Stance)
    extractor: str = ""
    source: str | None = None
    source_text: str | None = None
    source_span: Span | None = None
    role: str | None = None
    channel: str | None = None
    content: Span | None = None

    @property
    def text(self) -> str:
        """The cue words (all mentions expose ``text``)."""
        return self.cue


#: Anything an extractor can return for the mention stages.
Mention = TimeMention | TimeInterval | LocationMention | QuantityMention | Attribution

EvidenceKind = Literal["time", "interval", "location", "quantity", "attribution"]


@attrs.frozen
class Evidence:
    """A pointer from an incident to a mention it was built from: its kind and span."""

    kind: EvidenceKind
    span: Span


class Counts(Mapping[Outcome, int]):
    """A read-only, hashable, picklable mapping of outcome → count, in :class:`~incidentkit.Outcome` order."""

    __slots__ = ("_data",)

    def __init__(self, items: Mapping[Outcome, int] | None = None) -> None:
        self._data = dict(items or {})

    def __getitem__(self, key: Outcome | str) -> int:
        return self._data[Outcome(key)]

    def __iter__(self) -> Iterator[Outcome]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(tuple(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._data) == {Outcome(k): v for k, v in other.items()}
        return NotImplemented

    def __repr__(self) -> str:
        return "Counts({" + ", ".join(f"{k.value!r}: {v}" for k, v in self._data.items()) + "})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Counts, (self._data,))


def _evidence(value: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(value)


def _freeze_counts(value: Mapping[Any, int]) -> Counts:
    counts = {Outcome(key): count for key, count in dict(value).items()}
    for key, count in counts.items():
        if isinstance(count, bool) or not isinstance(count, int):
            raise TypeError(f"counts[{key.value}] must be an int, got {type(count).__name__}")
        if count < 0:
            raise ValueError(f"counts[{key.value}] must not be negative, got {count}")
    order = list(Outcome)
    return Counts(dict(sorted(counts.items(), key=lambda kv: order.index(kv[0]))))


@attrs.frozen(kw_only=True)
class Incident:
    """One reported engagement: one weapon, one time window, one place, counts by outcome.

    ``id`` is a content hash, stable for the same input. ``evidence`` lists the
    mentions the incident was built from; ``parent`` links a regional part to
    the total it breaks down, when the assembler keeps one.
    """

    id: str
    weapon: Item = attrs.field(converter=Item)
    counts: Counts = attrs.field(factory=Counts, converter=_freeze_counts)
    start: str | None = attrs.field(default=None, validator=_check_timex)
    end: str | None = attrs.field(default=None, validator=_check_timex)
    country: str | None = None
    admin1: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    admin2: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    settlements: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    killed: int | None = attrs.field(default=None, validator=_non_negative)
    injured: int | None = attrs.field(default=None, validator=_non_negative)
    point: Point | None = None
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)
    parent: str | None = None
    extractor: str = ""


# ---------------------------------------------------------------- results

@attrs.frozen(kw_only=True)
class Problem:
    """Something that went wrong while processing one document, kept instead of lost.

    ``kind`` is the exception class name (or a short tag); ``stage`` and
    ``extractor`` say where, when it happened inside an extractor.
    """

    message: str
    kind: str
    stage: Stage | None = attrs.field(default=None, converter=attrs.converters.optional(Stage))
    extractor: str | None = None


@attrs.frozen(kw_only=True)
class Findings:
    """What the stages have found so far; the read-only view each extractor receives."""

    times: tuple[TimeMention, ...] = ()
    intervals: tuple[TimeInterval, ...] = ()
    locations: tuple[LocationMention, ...] = ()
    quantities: tuple[QuantityMention, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    incidents: tuple[Incident, ...] = ()


def _check_report(instance: Report) -> None:
    text = instance.document.text
    size = len(text)
    for name in ("times", "intervals", "locations", "quantities", "attributions"):
        for mention in getattr(instance, name):
            span = mention.span
            if span.end > size:
                raise ValueError(
                    f"{name}: span [{span.start}, {span.end}) ends past the text ({size} characters)"
                )
            if text[span.start:span.end] != mention.text:
                raise ValueError(
                    f"{name}: text {mention.text!r} is not the text at [{span.start}, {span.end}): "
                    f"{text[span.start:span.end]!r}"
                )


@attrs.frozen(kw_only=True)
class Report:
    """Everything extracted from one document, with the problems met on the way."""

    document: Document
    times: tuple[TimeMention, ...] = ()
    intervals: tuple[TimeInterval, ...] = ()
    locations: tuple[LocationMention, ...] = ()
    quantities: tuple[QuantityMention, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    incidents: tuple[Incident, ...] = ()
    problems: tuple[Problem, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_report(self)

    @property
    def findings(self) -> Findings:
        """The mentions and incidents as a :class:`Findings` view."""
        return Findings(
            times=self.times,
            intervals=self.intervals,
            locations=self.locations,
            quantities=self.quantities,
            attributions=self.attributions,
            incidents=self.incidents,
        )

    def to_dict(self) -> JSONDict:
        """The report in the corpus format (FORMAT.md), each mention with its ``span``."""
        from .serialize import report_to_dict

        return report_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The report as one JSON object (see :meth:`to_dict`)."""
        from .serialize import report_to_json

        return report_to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Rebuild a report from :meth:`to_dict` output; the round trip is exact."""
        from .serialize import report_from_dict

        return report_from_dict(data)

    @classmethod
    def from_json(cls, text: str) -> Report:
        """Rebuild a report from :meth:`to_json` output."""
        from .serialize import report_from_json

        return report_from_json(text)


def _pickle_as_tuples(cls: type) -> None:
    """Make ``cls`` (frozen, slotted, attrs) pickle its fields as a tuple, set by slot.

    attrs' own state is a dict of field names, restored by ``object.__setattr__`` one
    field at a time in Python: about 1 ms per report of a 3 kB text, paid again in the
    parent process for every report ``extract_many`` gets back from a worker. A tuple
    read by one ``attrgetter`` and restored through the slots' own descriptors is a third
    smaller and about 35% faster both ways. A state pickled as a dict (by an earlier
    version) is still read.
    """
    names = tuple(field.name for field in attrs.fields(cls))
    read = operator.attrgetter(*names)  # (of one name: the value, not a tuple)
    one = len(names) == 1
    setters: tuple[Callable[[object, object], None], ...] = tuple(
        next(vars(base)[name] for base in cls.__mro__ if name in vars(base)).__set__ for name in names)

    def __getstate__(self: object) -> tuple[object, ...]:
        state = read(self)
        return (state,) if one else state

    def __setstate__(self: object, state: tuple[object, ...] | dict[str, object]) -> None:
        if isinstance(state, dict):
            for name, value in state.items():
                object.__setattr__(self, name, value)
            return
        for set_slot, value in zip(setters, state, strict=True):
            set_slot(self, value)

    cls.__getstate__ = __getstate__  # type: ignore[attr-defined]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]


for _model in (Span, Point, Document, TimeMention, TimeInterval, Place, LocationMention, QuantityMention,
               Attribution, Evidence, Incident, Problem, Findings, Report):
    _pickle_as_tuples(_model)
del _model
