"""The extractor contract: what a plugin hands to the pipeline.

An extractor is any object with a ``name``, a ``stage``, optional ``before``
and ``after`` name lists, and an ``extract(document, found)`` method that
returns the mentions (or incidents) it found. :func:`extractor` turns a plain
function into one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from .errors import PluginError
from .models import (
    Attribution,
    Document,
    Findings,
    Incident,
    LocationMention,
    QuantityMention,
    TimeInterval,
    TimeMention,
)
from .vocab import Stage

__all__ = [
    "STAGE_OUTPUTS",
    "Extractor",
    "ExtractorSpec",
    "FunctionExtractor",
    "Output",
    "PluginContext",
    "Register",
    "extractor",
]

#: One item an extractor may return.
Output = TimeMention | TimeInterval | LocationMention | QuantityMention | Attribution | Incident

#: The output types each stage accepts; anything else is an extractor error.
STAGE_OUTPUTS: Mapping[Stage, tuple[type, ...]] = {
    Stage.TIMES: (TimeMention, TimeInterval),
    Stage.LOCATIONS: (LocationMention,),
    Stage.QUANTITIES: (QuantityMention,),
    Stage.ATTRIBUTION: (Attribution,),
    Stage.INCIDENTS: (Incident,),
}


@runtime_checkable
class Extractor(Protocol):
    """What the pipeline calls. ``before``/``after`` are optional (default: no constraint).

    ``extract`` must not mutate ``found``; it returns new objects. It may be
    called from several threads or processes at once, so it keeps no
    per-document state between calls.
    """

    @property
    def name(self) -> str:
        """Unique name of the extractor (used for ordering, blocking and evidence)."""
        ...

    @property
    def stage(self) -> Stage:
        """The stage the extractor runs in."""
        ...

    def extract(self, document: Document, found: Findings) -> Iterable[Output]:
        """Return what this extractor finds in ``document``, given what earlier ones found."""
        ...


@attrs.frozen(kw_only=True)
class ExtractorSpec:
    """A registered extractor with its ordering constraints, as the pipeline keeps it."""

    extractor: Extractor
    name: str
    stage: Stage
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    plugin: str = ""

    @classmethod
    def of(cls, obj: object, plugin: str = "") -> ExtractorSpec:
        """Check that ``obj`` fulfils the contract and describe it.

        :raises PluginError: naming the plugin and what is missing.
        """
        where = f" from plugin {plugin!r}" if plugin else ""
        name = getattr(obj, "name", None)
        if not isinstance(name, str) or not name:
            raise PluginError(f"extractor {obj!r}{where} has no name (a non-empty str)")
        try:
            stage = Stage(getattr(obj, "stage", None))
        except ValueError:
            raise PluginError(
                f"extractor {name!r}{where} has stage {getattr(obj, 'stage', None)!r}; "
                f"use one of {[s.value for s in Stage]}"
            ) from None
        if not callable(getattr(obj, "extract", None)):
            raise PluginError(f"extractor {name!r}{where} has no extract(document, found) method")
        before = _names(getattr(obj, "before", ()), name, "before")
        after = _names(getattr(obj, "after", ()), name, "after")
        return cls(extractor=obj, name=name, stage=stage, before=before, after=after,  # type: ignore[arg-type]
                   plugin=plugin)


def _names(value: object, name: str, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, Iterable) or not all(isinstance(v, str) for v in value):
        raise PluginError(f"extractor {name!r}: {what} must be a sequence of extractor names")
    return tuple(value)


#: The callable a plugin's ``incidentkit_register_extractors`` receives.
Register = Callable[[Extractor], None]


@attrs.frozen(kw_only=True)
class PluginContext:
    """What a plugin may use when it builds its extractors.

    ``options`` are the pipeline's user options (``Pipeline(options=...)``),
    conventionally keyed by plugin or extractor name; ``hook`` calls other
    plugins' hooks, including hook specifications a plugin added itself.
    """

    options: Mapping[str, Any] = attrs.field(factory=dict)
    hook: Any = None

    def options_for(self, name: str) -> Mapping[str, Any]:
        """The options under ``name`` (an empty mapping when there are none)."""
        value = self.options.get(name, {})
        if not isinstance(value, Mapping):
            raise PluginError(f"options[{name!r}] must be a mapping, got {type(value).__name__}")
        return value


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class FunctionExtractor:
    """An extractor made from a function ``(document, found) -> iterable``, see :func:`extractor`."""

    name: str
    stage: Stage = attrs.field(converter=Stage)
    function: Callable[[Document, Findings], Iterable[Output]] = attrs.field(repr=False)
    before: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    after: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)

    def extract(self, document: Document, found: Findings) -> Iterable[Output]:
        """Call the wrapped function."""
        return self.function(document, found)

    def __reduce__(self) -> tuple[Any, ...]:
        # A decorated module-level function is reachable by its own name: pickle by reference,
        # so pipelines holding it can be sent to worker processes.
        module = getattr(self.function, "__module__", None)
        qualname = getattr(self.function, "__qualname__", "")
        if module and "<" not in qualname and _resolve(module, qualname) is self:
            return (_resolve, (module, qualname))
        raise TypeError(f"extractor {self.name!r} wraps a function that cannot be pickled by name "
                        "(define it at module level to use it in worker processes)")


def _resolve(module: str, qualname: str) -> object:
    target: object = importlib.import_module(module)
    for part in qualname.split("."):
        target = getattr(target, part, None)
    return target


def extractor(
    *, name: str, stage: Stage | str, before: Sequence[str] = (), after: Sequence[str] = ()
) -> Callable[[Callable[[Document, Findings], Iterable[Output]]], FunctionExtractor]:
    """Decorate a function ``(document, found) -> iterable of mentions`` to make it an extractor.

    >>> from incidentkit import extractor, Stage
    >>> @extractor(name="nothing", stage=Stage.TIMES)
    ... def find_nothing(document, found):
    ...     return []
    >>> find_nothing.name, find_nothing.stage.value
    ('nothing', 'times')
    """

    def wrap(function: Callable[[Document, Findings], Iterable[Output]]) -> FunctionExtractor:
        return FunctionExtractor(name=name, stage=Stage(stage), function=function,
                                 before=tuple(before), after=tuple(after))

    return wrap
