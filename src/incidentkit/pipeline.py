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
        With ``processes > 1`` the work is spread over ``processes - 1`` worker
        processes, each building this pipeline once (plugins given as objects
        must be picklable), and the calling process, which extracts documents
        itself while it waits for theirs. Items are read as they are needed (a
        few batches of ``chunksize`` per process ahead of the results), so a
        stream of any length runs in constant memory.
        """
        if processes < 1:
            raise ValueError(f"processes must be at least 1, got {processes}")
        defaults = {"published": published} if published is not None else {}
        numbered = zip(itertools.count(), items)
        if processes == 1:
            for index, item in numbered:
                yield _process(self, index, item, defaults)
            return
        yield from self._extract_spread(numbered, processes, chunksize, defaults)

    def _extract_spread(
        self,
        numbered: Iterator[tuple[int, object]],
        processes: int,
        chunksize: int,
        defaults: Mapping[str, Any],
    ) -> Iterator[Report | Failure]:
        """``extract_many`` over ``processes - 1`` worker processes and this one.

        The calling process is one of the ``processes``: whenever no result is ready to
        yield, it extracts documents itself, one at a time, and keeps every worker fed
        between them (a batch running and one queued). Its own results need no copying
        between processes, and its CPU is neither idle nor taken from the workers while
        it waits. The last batch of the input stays here, so the workers do not finish
        long after the caller. Results are yielded in input order, and the input is read
        only a bounded window ahead of them, so a stream of any length runs in constant
        memory (the executor's own ``map()`` would read, and hold, it all).
        """
        workers = processes - 1
        ahead = workers * _BATCHES_AHEAD
        batches = _batched(numbered, chunksize)
        upcoming = next(batches, None)  # one batch of look-ahead, to know which is the last
        pending: collections.deque[_Sent | _Here] = collections.deque()  # in input order
        sent = 0  # of the entries in `pending`, how many are _Sent
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(self,)
        ) as pool:
            while pending or upcoming is not None:
                while sent < ahead and upcoming is not None:
                    following = next(batches, None)
                    if following is None:
                        break  # `upcoming` is the input's last batch: it is done here
                    pending.append(_Sent(pool.submit(_process_batch, upcoming, defaults)))
                    sent += 1
                    upcoming = following
                head = pending[0] if pending else None
                if isinstance(head, _Sent) and head.future.done():
                    pending.popleft()
                    sent -= 1
                    yield from head.future.result()
                    continue
                if isinstance(head, _Here) and head.done:
                    pending.popleft()
                    yield from head.results
                    continue
                here = next((entry for entry in pending if isinstance(entry, _Here) and not entry.done), None)
                if here is None and upcoming is not None and len(pending) - sent < ahead:
                    here = _Here(upcoming)
                    pending.append(here)
                    upcoming = next(batches, None)
                if here is not None:
                    here.step(self, defaults)
                elif isinstance(head, _Sent):
                    pending.popleft()  # nothing to do here: wait for the worker
                    sent -= 1
                    yield from head.future.result()


@attrs.define
class _Sent:
    """A batch of ``extract_many`` sent to a worker process: its future results."""

    future: concurrent.futures.Future[list[Report | Failure]]


@attrs.define
class _Here:
    """A batch of ``extract_many`` done in the calling process, one document per step."""

    batch: list[tuple[int, object]]
    results: list[Report | Failure] = attrs.field(factory=list)

    @property
    def done(self) -> bool:
        """Whether every document of the batch has its result."""
        return len(self.results) == len(self.batch)

    def step(self, pipeline: Pipeline, defaults: Mapping[str, Any]) -> None:
        """Extract the next document of the batch."""
        index, item = self.batch[len(self.results)]
        self.results.append(_process(pipeline, index, item, defaults))


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

#: Batches in flight per worker process in ``extract_many``: one running and one queued, so
#: a worker never waits for the caller (which refills it between documents); more would only
#: leave the workers busy after the caller has run out of input.
_BATCHES_AHEAD = 2


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
