"""The pipeline: runs the registered extractors stage by stage over documents."""

from __future__ import annotations

import bisect
import collections
import concurrent.futures
import datetime as dt
import gc
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType, ModuleType
from typing import Any

import attrs

from .errors import ExtractorError, IncidentkitError, InputError, TextTooLongError
from .extractor import STAGE_OUTPUTS, ExtractorSpec, Output, PluginContext
from .models import (
    Attribution,
    Document,
    Findings,
    Incident,
    LocationMention,
    Problem,
    QuantityMention,
    Report,
    TimeInterval,
    TimeMention,
)
from .plugins import LoadedPlugin, build_plugin_manager, collect_extractors

__all__ = ["DEFAULT_MAX_CHARS", "Failure", "Pipeline", "as_document"]

#: Longest text accepted by default (characters); larger inputs raise TextTooLongError.
DEFAULT_MAX_CHARS = 5_000_000

#: Which Findings field each output type goes to.
_FIELD_OF: Mapping[type, str] = {
    TimeMention: "times",
    TimeInterval: "intervals",
    LocationMention: "locations",
    QuantityMention: "quantities",
    Attribution: "attributions",
    Incident: "incidents",
}


@attrs.frozen(kw_only=True)
class Failure:
    """A document of a stream that could not be processed; the stream goes on.

    ``index`` is its position in the input, ``id`` its id when it had one.
    """

    index: int
    id: str | None
    kind: str
    message: str


def as_document(item: object, **defaults: Any) -> Document:
    """Make a :class:`Document` from a document, a str, bytes, or a corpus-line mapping.

    A mapping needs ``text`` and may have ``published``, ``zone``, ``id``,
    ``source``, ``url`` (other keys, such as gold annotations, are ignored).
    ``defaults`` fill what the item does not say.

    :raises InputError: naming what is wrong with the item.
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, (bytes, bytearray)):
        return Document.from_bytes(bytes(item), **defaults)
    if isinstance(item, str):
        return Document(text=item, **defaults)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InputError("the mapping has no 'text' field")
        fields = dict(defaults)
        for key in ("published", "zone", "id", "source", "url"):
            if item.get(key) is not None:
                fields[key] = item[key]
        return Document(text=item["text"], **fields)
    raise InputError(
        f"cannot make a document from {type(item).__name__}; "
        "pass a str, bytes, a Document or a mapping with 'text'"
    )


class Pipeline:
    """Runs extractors stage by stage: times → locations → quantities → attribution → incidents.

    :param plugins: plugin objects or modules (or their import paths) to load besides the others.
    :param builtins: ``True`` loads every built-in plugin, ``False`` none, or a list of short names.
    :param block: plugin or extractor names to leave out.
    :param autoload: load third-party plugins from entry points; ``None`` follows the
        ``INCIDENTKIT_DISABLE_PLUGIN_AUTOLOAD`` environment variable.
    :param strict: raise :class:`~incidentkit.ExtractorError` when an extractor fails,
        instead of recording a problem and going on.
    :param options: per-plugin options, passed to plugins as ``context.options``.
    :param max_chars: longest text accepted.
    """

    def __init__(
        self,
        plugins: Sequence[object | str] = (),
        *,
        builtins: bool | Sequence[str] = True,
        block: Iterable[str] = (),
        autoload: bool | None = None,
        strict: bool = False,
        options: Mapping[str, Any] | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self._args: dict[str, Any] = {
            "plugins": tuple(plugins),
            "builtins": builtins if isinstance(builtins, bool) else tuple(builtins),
            "block": tuple(block),
            "autoload": autoload,
            "strict": strict,
            "options": dict(options or {}),
            "max_chars": max_chars,
        }
        if not isinstance(max_chars, int) or max_chars <= 0:
            raise ValueError(f"max_chars must be a positive int, got {max_chars!r}")
        self.strict = strict
        self.max_chars = max_chars
        pm, loaded = build_plugin_manager(
            self._args["plugins"], builtins=builtins, block=self._args["block"], autoload=autoload
        )
        context = PluginContext(options=MappingProxyType(self._args["options"]), hook=pm.hook)
        self._plugins = loaded
        self._extractors = collect_extractors(pm, loaded, context, block=self._args["block"])
        self.plugin_manager = pm

    # pickling rebuilds the pipeline from its arguments (for worker processes)
    def __getstate__(self) -> dict[str, Any]:
        args = dict(self._args)
        args["plugins"] = tuple(
            p.__name__ if isinstance(p, ModuleType) else p for p in args["plugins"]
        )
        return args

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    @property
    def plugins(self) -> tuple[LoadedPlugin, ...]:
        """The loaded plugins, built-ins first."""
        return self._plugins

    @property
    def extractors(self) -> tuple[ExtractorSpec, ...]:
        """The extractors in the order they run."""
        return self._extractors

    def describe(self) -> list[dict[str, Any]]:
        """One row per extractor: plugin, origin, name, stage, before, after (for listings)."""
        origin = {p.name: p.origin for p in self._plugins}
        return [
            {
                "plugin": spec.plugin,
                "origin": origin.get(spec.plugin, "object"),
                "extractor": spec.name,
                "stage": spec.stage.value,
                "before": list(spec.before),
                "after": list(spec.after),
            }
            for spec in self._extractors
        ]

    # ------------------------------------------------------------ running

    def extract(
        self,
        text: str | bytes | Document,
        *,
        published: dt.date | dt.datetime | str | None = None,
        zone: str | None = None,
        id: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Report:
        """Extract everything from one report.

        :param text: the report text, its bytes (UTF-8), or a ready :class:`Document`.
        :param published: publication date or date-time, for relative expressions.
        :raises InputError: when the input cannot be a document (the message says why).
        """
        fields = {k: v for k, v in (("published", published), ("zone", zone), ("id", id),
                                    ("source", source), ("url", url)) if v is not None}
        if isinstance(text, Document):
            if fields:
                raise InputError("pass either a Document or text with keyword fields, not both")
            document = text
        else:
            document = as_document(text, **fields)
        return self.run(document)

    def run(self, document: Document, found: Findings | None = None) -> Report:
        """Run every stage on a document and return the report.

        :param found: findings to start from, as if earlier extractors had
            produced them (for testing a later stage on hand-made input).
        """
        if not isinstance(document, Document):
            raise InputError(f"run() needs a Document, got {type(document).__name__}")
        if len(document.text) > self.max_chars:
            raise TextTooLongError(
                f"text has {len(document.text)} characters, more than max_chars={self.max_chars}; "
                "split it or raise the limit"
            )
        view = found or Findings()
        found_now: dict[str, list[Any]] = {name: list(getattr(view, name)) for name in
                                           ("times", "intervals", "locations", "quantities",
                                            "attributions", "incidents")}
        problems: list[Problem] = []
        for spec in self._extractors:
            try:
                items = self._call(spec, document, view)
            except ExtractorError as error:
                if self.strict:
                    raise error from error.cause
                problems.append(Problem(message=_describe(error.cause),
                                        kind=type(error.cause).__name__,
                                        stage=spec.stage, extractor=spec.name))
                continue
            if items:
                _merge(found_now, items)
                view = Findings(**{k: tuple(v) for k, v in found_now.items()})
        return Report(document=document, problems=tuple(problems),
                      **{k: tuple(v) for k, v in found_now.items()})

    def _call(self, spec: ExtractorSpec, document: Document, view: Findings) -> list[tuple[str, Output]]:
        """Call one extractor; check and stamp what it returns."""
        try:
            raw = spec.extractor.extract(document, view)
            items = list(raw) if raw is not None else []
            accepted = STAGE_OUTPUTS[spec.stage]
            text = document.text
            checked: list[tuple[str, Output]] = []
            for item in items:
                if not isinstance(item, accepted):
                    raise TypeError(
                        f"returned {type(item).__name__}; stage {spec.stage.value} takes "
                        + " or ".join(t.__name__ for t in accepted)
                    )
                if not isinstance(item, Incident):
                    span = item.span
                    if span.end > len(text) or text[span.start:span.end] != item.text:
                        raise ValueError(
                            f"{type(item).__name__} text {item.text!r} does not match the document "
                            f"at [{span.start}, {span.end})"
                        )
                if item.extractor != spec.name:
                    item = attrs.evolve(item, extractor=spec.name)
                checked.append((_FIELD_OF[type(item)], item))
            return checked
        except Exception as exc:
            raise ExtractorError(spec.stage.value, spec.name, exc) from exc

    def extract_many(
        self,
        items: Iterable[object],
        *,
        processes: int = 1,
        chunksize: int = 16,
        published: dt.date | dt.datetime | str | None = None,
    ) -> Iterator[Report | Failure]:
        """Stream reports for many documents, in input order.

        Items are anything :func:`as_document` accepts. A document that cannot
        be processed yields a :class:`Failure` in its place; the stream goes on.
        With ``processes > 1`` the work is spread over worker processes, each
        building this pipeline once (plugins given as objects must be picklable).
        Items are read as they are needed (a few batches of ``chunksize`` per
        process ahead of the results), so a stream of any length runs in
        constant memory.
        """
        if processes < 1:
            raise ValueError(f"processes must be at least 1, got {processes}")
        defaults = {"published": published} if published is not None else {}
        numbered = zip(itertools.count(), items)
        if processes == 1:
            for index, item in numbered:
                yield _process(self, index, item, defaults)
            return
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=processes, initializer=_init_worker, initargs=(self,)
        ) as pool:
            # A bounded window of batches in flight: the input is read only as far as the
            # workers need, so a stream of millions of items runs in constant memory (the
            # executor's own map() would read, and hold, the whole input at once).
            window: collections.deque[concurrent.futures.Future[list[Report | Failure]]] = (
                collections.deque())
            for batch in _batched(numbered, chunksize):
                window.append(pool.submit(_process_batch, batch, defaults))
                if len(window) >= processes * _BATCHES_AHEAD:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()


def _merge(found: dict[str, list[Any]], items: list[tuple[str, Output]]) -> None:
    """Add one extractor's output, dropping what overlaps another extractor's result.

    Mentions of a kind that overlap a mention of that kind from an earlier
    extractor are duplicates: the earlier extractor (in run order) wins.
    Incidents are duplicates when their ids are equal. An extractor's own
    results may overlap each other (an interval and its endpoints).
    """
    indexes = {field: _SpanIndex(found[field]) for field, _ in items
               if found[field] and field != "incidents"}
    ids = {incident.id for incident in found["incidents"]}
    for field, item in items:
        if isinstance(item, Incident):
            if item.id in ids:
                continue
        elif field in indexes and indexes[field].overlaps(item.span.start, item.span.end):
            continue
        found[field].append(item)


class _SpanIndex:
    """Answers "does any earlier span overlap [start, end)?" in O(log n)."""

    def __init__(self, mentions: Sequence[Any]) -> None:
        spans = sorted((m.span.start, m.span.end) for m in mentions)
        self._starts = [s for s, _ in spans]
        self._max_end = list(itertools.accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        count = bisect.bisect_left(self._starts, end)  # spans starting before `end`
        return count > 0 and self._max_end[count - 1] > start


def _process(pipeline: Pipeline, index: int, item: object, defaults: Mapping[str, Any]) -> Report | Failure:
    ident = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
    try:
        return pipeline.run(as_document(item, **defaults))
    except Exception as exc:
        message = str(exc) if isinstance(exc, IncidentkitError) else f"{type(exc).__name__}: {exc}"
        return Failure(index=index, id=ident if isinstance(ident, str) else None,
                       kind=type(exc).__name__, message=message)


_WORKER: Pipeline | None = None

#: Batches queued per worker process in ``extract_many``: enough to keep every worker busy
#: while the caller consumes results, few enough that memory does not grow with the input.
_BATCHES_AHEAD = 3


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER
    _WORKER = pipeline
    # A forked worker inherits the parent's heap (often large: the items, earlier results).
    # Freezing it keeps the worker's garbage collector from walking those objects again and
    # again (and from copying their pages to update them): the pool owns this process.
    gc.freeze()


def _process_batch(batch: list[tuple[int, object]], defaults: Mapping[str, Any]) -> list[Report | Failure]:
    assert _WORKER is not None
    return [_process(_WORKER, index, item, defaults) for index, item in batch]


def _batched(pairs: Iterable[tuple[int, object]], size: int) -> Iterator[list[tuple[int, object]]]:
    iterator = iter(pairs)
    while batch := list(itertools.islice(iterator, max(1, size))):
        yield batch


def _describe(cause: BaseException) -> str:
    """The message of a problem: the exception's own, or what a bare timeout means."""
    if isinstance(cause, TimeoutError):
        detail = f" ({cause})" if str(cause) else ""
        return ("a pattern scan took longer than incidentkit.text.scan_timeout allows"
                f"{detail}; the extractor's results for this text are lost")
    return str(cause) or type(cause).__name__
