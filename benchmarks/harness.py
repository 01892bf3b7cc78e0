"""Which built-ins to measure, and a per-extractor timer around a pipeline.

The built-in plugins land one by one: a plugin listed in
``incidentkit.plugins.BUILTIN_PLUGINS`` is loaded by its short name, a
package under ``incidentkit.builtin`` that is not listed yet but implements
the hook is loaded by its import path, and anything else is reported as
missing. The timer wraps each extractor object (``name``, ``stage``,
``before``, ``after``, ``extract``) and builds a new pipeline from the
wrappers through the public ``Pipeline(plugins=[...])`` API, so the core is
measured as it is.
"""

from __future__ import annotations

import importlib
import importlib.util
import time
from collections.abc import Iterable
from typing import Any

import attrs

from incidentkit import Document, Findings, Pipeline, Stage
from incidentkit.plugins import BUILTIN_PLUGINS

__all__ = ["STAGE_NAMES", "BuiltinSelection", "StageTimer", "loaded_pipeline", "select_builtins",
           "timed_pipeline"]

#: The built-in plugins in stage order.
STAGE_NAMES = ("times", "locations", "quantities", "attribution", "incidents")


@attrs.frozen
class BuiltinSelection:
    """The built-ins a pipeline can load now: listed ones by short name, others by module."""

    listed: tuple[str, ...]
    unlisted: tuple[str, ...]  # import paths of packages not yet in BUILTIN_PLUGINS
    missing: dict[str, str]  # short name -> why it is not loaded

    @property
    def names(self) -> tuple[str, ...]:
        """Short names of every built-in that will be loaded, in stage order."""
        loaded = set(self.listed) | {m.rsplit(".", 1)[-1] for m in self.unlisted}
        return tuple(n for n in (*STAGE_NAMES, *sorted(loaded - set(STAGE_NAMES))) if n in loaded)

    def pipeline_args(self) -> dict[str, Any]:
        """Keyword arguments for :class:`~incidentkit.Pipeline` that load exactly this selection."""
        return {"plugins": list(self.unlisted), "builtins": list(self.listed), "autoload": False}


def select_builtins(*, validate: bool = True) -> BuiltinSelection:
    """Find the built-ins that are usable in this installation.

    With ``validate``, an unlisted package is kept only if a pipeline can be built with it.
    """
    listed = tuple(BUILTIN_PLUGINS)
    unlisted: list[str] = []
    missing: dict[str, str] = {}
    for name in STAGE_NAMES:
        if name in BUILTIN_PLUGINS:
            continue
        module_name = f"incidentkit.builtin.{name}"
        try:
            found = importlib.util.find_spec(module_name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing[name] = "no package"
            continue
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # a plugin being written may not import yet
            missing[name] = f"does not import: {type(exc).__name__}: {exc}"
            continue
        if not callable(getattr(module, "incidentkit_register_extractors", None)):
            missing[name] = "package has no incidentkit_register_extractors hook yet"
            continue
        unlisted.append(module_name)
    selection = BuiltinSelection(listed, tuple(unlisted), missing)
    if not validate:
        return selection
    # A package that imports but fails to register is dropped, so one broken plugin
    # does not stop the others from being measured.
    usable: list[str] = []
    for module_name in selection.unlisted:
        try:
            Pipeline(plugins=[module_name], builtins=False, autoload=False)
        except Exception as exc:
            missing[module_name.rsplit(".", 1)[-1]] = f"does not register: {type(exc).__name__}: {exc}"
            continue
        usable.append(module_name)
    return BuiltinSelection(listed, tuple(usable), missing)


def loaded_pipeline(**kwargs: Any) -> Pipeline:
    """A pipeline with every usable built-in (no entry points), plus ``kwargs`` for Pipeline."""
    args = select_builtins().pipeline_args()
    args.update(kwargs)
    return Pipeline(**args)


class _Timed:
    """Stands in for one extractor; adds the time of each call (output consumed) to a timer."""

    def __init__(self, inner: Any, timer: StageTimer) -> None:
        self.inner = inner
        self.name: str = inner.name
        self.stage: Stage = Stage(inner.stage)
        self.before = tuple(getattr(inner, "before", ()) or ())
        self.after = tuple(getattr(inner, "after", ()) or ())
        self._timer = timer

    def extract(self, document: Document, found: Findings) -> list[Any]:
        start = time.perf_counter()
        try:
            result = self.inner.extract(document, found)
            return list(result) if result is not None else []
        finally:
            self._timer.add(self.name, time.perf_counter() - start)


class StageTimer:
    """Seconds spent in each extractor (by extractor name) since the last :meth:`reset`."""

    def __init__(self, names: Iterable[str], stages: dict[str, str]) -> None:
        self.names = tuple(names)
        self.stage_of = dict(stages)
        self.seconds: dict[str, float] = dict.fromkeys(self.names, 0.0)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def reset(self) -> None:
        self.seconds = dict.fromkeys(self.names, 0.0)

    def by_stage(self) -> dict[str, float]:
        """Seconds per stage, in stage order (stages with no extractor left out)."""
        out: dict[str, float] = {}
        for stage in Stage:
            names = [n for n in self.names if self.stage_of[n] == stage.value]
            if names:
                out[stage.value] = sum(self.seconds[n] for n in names)
        return out

    def total(self) -> float:
        return sum(self.seconds.values())


def timed_pipeline(pipeline: Pipeline) -> tuple[Pipeline, StageTimer]:
    """A pipeline running the same extractors in the same order, each behind a timer."""
    specs = pipeline.extractors
    timer = StageTimer((s.name for s in specs), {s.name: s.stage.value for s in specs})
    wrapped = [_Timed(spec.extractor, timer) for spec in specs]
    timed = Pipeline(plugins=wrapped, builtins=False, autoload=False, strict=pipeline.strict,
                     max_chars=pipeline.max_chars)
    order = [s.name for s in timed.extractors]
    if order != [s.name for s in specs]:  # pragma: no cover - the core keeps ties in registration order
        raise RuntimeError(f"timed pipeline runs {order}, the original {[s.name for s in specs]}")
    return timed, timer
