"""JSON (and JSON Lines) in the corpus format of FORMAT.md, through one cattrs converter.

A report becomes one object: the document's ``id``, ``published``, ``text``
(and ``zone``, ``source``, ``url``), then ``times``, ``intervals``,
``locations``, ``quantities``, ``attributions``, ``incidents`` and
``problems``. Each mention has FORMAT.md's fields plus ``span: [start, end]``,
so the output can be scored against a gold corpus as it is. Enums are their
strings, datetimes ISO 8601, coordinates ``{"lat", "lon"}``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from enum import Enum
from typing import Any, TextIO

import cattrs
from cattrs.preconf.json import make_converter

from .errors import CorpusError
from .models import (
    Attribution,
    Counts,
    Document,
    Evidence,
    Incident,
    LocationMention,
    Problem,
    QuantityMention,
    Report,
    Span,
    TimeInterval,
    TimeMention,
)
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

__all__ = [
    "JSONDict",
    "converter",
    "read_jsonl",
    "report_from_dict",
    "report_from_json",
    "report_to_dict",
    "report_to_json",
    "write_jsonl",
]

JSONDict = dict[str, Any]

_MENTION_FIELDS = {
    "times": TimeMention,
    "intervals": TimeInterval,
    "locations": LocationMention,
    "quantities": QuantityMention,
    "attributions": Attribution,
    "incidents": Incident,
    "problems": Problem,
}
_DOCUMENT_FIELDS = ("id", "published", "zone", "source", "url")


def _enum_value(member: Enum) -> Any:
    return member.value


def _make_converter() -> cattrs.Converter:
    conv = make_converter()
    # The JSON preset passes str-based enums through as they are; dicts must hold plain strings.
    for vocabulary in (Approx, Granularity, Item, LocationType, Outcome, Role, SourceType, Stage,
                       Stance, TimeType):
        conv.register_unstructure_hook(vocabulary, _enum_value)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, lambda v, _: Span(*v))
    conv.register_unstructure_hook(Evidence, lambda e: {"kind": e.kind, "span": [e.span.start, e.span.end]})
    conv.register_structure_hook(Evidence, lambda v, _: Evidence(v["kind"], Span(*v["span"])))
    conv.register_unstructure_hook(Counts, lambda m: {k.value: v for k, v in m.items()})
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(
        dt.date | dt.datetime | None,
        lambda v, _: None if v is None else (dt.date.fromisoformat(v) if len(v) == 10
                                             else dt.datetime.fromisoformat(v)),
    )
    return conv


#: The one converter every (de)serialisation goes through.
converter = _make_converter()


def report_to_dict(report: Report) -> JSONDict:
    """A report as a JSON-ready dict in the corpus format."""
    doc = report.document
    out: JSONDict = {key: converter.unstructure(getattr(doc, key)) for key in _DOCUMENT_FIELDS}
    out["text"] = doc.text
    for name in _MENTION_FIELDS:
        out[name] = [converter.unstructure(item) for item in getattr(report, name)]
    return out


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """Rebuild a report from :func:`report_to_dict` output.

    :raises CorpusError: when the dict is not a valid report; the message says which field.
    """
    try:
        document = Document(
            text=data["text"],
            published=data.get("published"),
            **{key: data.get(key) for key in _DOCUMENT_FIELDS if key != "published"},
        )
        parts: dict[str, Any] = {
            name: tuple(converter.structure(item, cls) for item in data.get(name) or ())
            for name, cls in _MENTION_FIELDS.items()
        }
        return Report(document=document, **parts)
    except (KeyError, TypeError, ValueError, cattrs.BaseValidationError) as exc:
        raise CorpusError(f"not a valid report: {_describe(exc)}") from exc


def _describe(exc: BaseException) -> str:
    if isinstance(exc, cattrs.BaseValidationError):
        messages = cattrs.transform_error(exc)
        return "; ".join(messages)
    if isinstance(exc, KeyError):
        return f"missing field {exc}"
    return f"{type(exc).__name__}: {exc}"


def report_to_json(report: Report, *, indent: int | None = None) -> str:
    """A report as one JSON object."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)


def report_from_json(text: str) -> Report:
    """Rebuild a report from :func:`report_to_json` output."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"a report is a JSON object, got {type(data).__name__}")
    return report_from_dict(data)


def write_jsonl(reports: Iterable[Report], stream: TextIO) -> int:
    """Write reports as JSON Lines, one report per line; returns how many were written."""
    count = 0
    for report in reports:
        stream.write(report_to_json(report))
        stream.write("\n")
        count += 1
    return count


def read_jsonl(lines: Iterable[str], *, source: str = "<stream>") -> Iterator[Report]:
    """Read reports written by :func:`write_jsonl`; blank lines are skipped.

    :raises CorpusError: naming the source and line of a malformed report.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield report_from_json(line)
        except CorpusError as exc:
            raise CorpusError(f"{source}:{number}: {exc}") from exc
