"""Reading gold corpora in the format of FORMAT.md, and turning gold annotations into models.

Gold mentions carry ``text`` (and sometimes ``offset``) rather than spans: the
k-th annotation with a given text is its k-th whole-word occurrence in the
report. :func:`locate` applies that rule, so gold and predictions without
spans can be scored, and :func:`gold_report` builds a :class:`~incidentkit.Report`
from the gold (useful to develop a later stage on perfect input).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import regex

from .errors import CorpusError
from .models import (
    Attribution,
    Document,
    Incident,
    LocationMention,
    QuantityMention,
    Report,
    Span,
    TimeMention,
)

__all__ = ["MENTION_KINDS", "gold_report", "locate", "read_corpus", "whole_word_occurrences"]

#: Mention lists of a corpus record and the key holding each mention's text.
MENTION_KINDS: Mapping[str, str] = {
    "times": "text",
    "locations": "text",
    "quantities": "text",
    "attributions": "cue",
}


def read_corpus(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the records of a JSON Lines corpus, skipping blank lines.

    :raises CorpusError: for a missing or undecodable file or a malformed line,
        naming the file and line number.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise CorpusError(f"{path}: cannot open: {exc.strerror or exc}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                yield parse_record(line, where=f"{path}:{number}")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{path}: not UTF-8 (byte {exc.start} of a line)") from None


def parse_record(line: str, *, where: str = "<line>") -> dict[str, Any]:
    """Parse one corpus line: a JSON object with a non-empty ``text``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: not JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(record, dict):
        raise CorpusError(f"{where}: a record must be a JSON object, got {type(record).__name__}")
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        raise CorpusError(f"{where}: the record has no 'text'")
    return record


_WORD_CACHE: dict[str, regex.Pattern[str]] = {}


def whole_word_occurrences(text: str, value: str) -> list[int]:
    """Start offsets of ``value`` in ``text`` as a whole word (``now`` is not in ``unknown``)."""
    pattern = regex.escape(value)
    if value[:1].isalnum():
        pattern = r"(?<![^\W_])" + pattern
    if value[-1:].isalnum():
        pattern += r"(?![^\W_])"
    return [m.start() for m in regex.finditer(pattern, text)]


def locate(text: str, items: Sequence[Mapping[str, Any]], key: str) -> list[Span | None]:
    """The span of each annotation: its ``span``, its ``offset``, or its k-th occurrence.

    ``None`` where the text cannot be found (the scorer counts such a mention
    as unmatched rather than guessing).
    """
    used: dict[str, int] = {}
    spans: list[Span | None] = []
    occurrences: dict[str, list[int]] = {}
    for item in items:
        value = item.get(key)
        span = item.get("span")
        if isinstance(span, Sequence) and len(span) == 2 and all(isinstance(x, int) for x in span):
            spans.append(Span(span[0], span[1]) if span[1] > span[0] >= 0 else None)
            continue
        if not isinstance(value, str) or not value:
            spans.append(None)
            continue
        offset = item.get("offset")
        if isinstance(offset, int):
            spans.append(Span(offset, offset + len(value)))
            continue
        if value not in occurrences:
            occurrences[value] = whole_word_occurrences(text, value)
        k = used.get(value, 0)
        used[value] = k + 1
        found = occurrences[value]
        spans.append(Span(found[k], found[k] + len(value)) if k < len(found) else None)
    return spans


def _first_occurrence(text: str, value: str | None, near: int) -> Span | None:
    if not value:
        return None
    starts = whole_word_occurrences(text, value) or list(_find_all(text, value))
    if not starts:
        return None
    best = min(starts, key=lambda s: abs(s - near))
    return Span(best, best + len(value))


def _find_all(text: str, value: str) -> Iterable[int]:
    start = text.find(value)
    while start >= 0:
        yield start
        start = text.find(value, start + 1)


def gold_report(record: Mapping[str, Any], *, extractor: str = "gold") -> Report:
    """A :class:`~incidentkit.Report` holding a corpus record's gold annotations as models.

    Incidents get ids ``<doc id>/<index>``; mentions whose text cannot be
    located are left out.

    :raises CorpusError: when an annotation is not valid for the models.
    """
    text = record["text"]
    document = Document(text=text, published=record.get("published"), id=record.get("id"))
    try:
        parts: dict[str, list[Any]] = {}
        for kind, key in MENTION_KINDS.items():
            items = record.get(kind) or []
            built: list[Any] = []
            for item, span in zip(items, locate(text, items, key), strict=False):
                if span is None:
                    continue
                built.append(_gold_mention(kind, item, span, text, extractor))
            parts[kind] = built
        incidents = [
            Incident(
                id=f"{record.get('id', 'doc')}/{index}",
                weapon=inc["weapon"],
                counts=inc.get("counts") or {},
                start=inc.get("start"),
                end=inc.get("end"),
                country=inc.get("country"),
                admin1=inc.get("admin1") or (),
                admin2=inc.get("admin2") or (),
                settlements=inc.get("settlements") or (),
                sources=inc.get("sources") or (),
                killed=inc.get("killed"),
                injured=inc.get("injured"),
                extractor=extractor,
            )
            for index, inc in enumerate(record.get("incidents") or [])
        ]
        return Report(document=document, incidents=tuple(incidents),
                      **{k: tuple(v) for k, v in parts.items()})
    except (KeyError, TypeError, ValueError) as exc:
        raise CorpusError(f"{record.get('id', '?')}: invalid gold annotation: {exc}") from exc


def _gold_mention(kind: str, item: Mapping[str, Any], span: Span, text: str, extractor: str) -> Any:
    surface = text[span.start:span.end]
    if kind == "times":
        return TimeMention(span=span, text=surface, type=item["type"], value=item["value"],
                           extractor=extractor)
    if kind == "locations":
        return LocationMention(span=span, text=surface, type=item["type"], name=item["name"],
                               country=item.get("country"), admin1=item.get("admin1"),
                               extractor=extractor)
    if kind == "quantities":
        return QuantityMention(span=span, text=surface, value=item["value"], approx=item["approx"],
                               item=item["item"], role=item["role"], extractor=extractor)
    return Attribution(span=span, cue=surface, source_type=item["source_type"], stance=item["stance"],
                       source=item.get("source"), source_text=item.get("source_text"),
                       source_span=_first_occurrence(text, item.get("source_text"), span.start),
                       role=item.get("role"), channel=item.get("channel"), extractor=extractor)
