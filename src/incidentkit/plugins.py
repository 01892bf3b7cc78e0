"""Plugin discovery and loading: built-ins by short name, objects, entry points.

The plugin manager is built by :func:`build_plugin_manager`, never at import
time. Built-in extractors are ordinary plugin modules listed in
:data:`BUILTIN_PLUGINS` and loaded exactly like third-party ones, so any of
them can be blocked or replaced.
"""

from __future__ import annotations

import difflib
import importlib
import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .errors import PluginError, PluginLoadWarning
from .extractor import Extractor, ExtractorSpec, PluginContext
from .vocab import Stage

__all__ = [
    "AUTOLOAD_ENV",
    "BUILTIN_PLUGINS",
    "ENTRY_POINT_GROUP",
    "ExtractorPlugin",
    "LoadedPlugin",
    "PluginManager",
    "build_plugin_manager",
    "collect_extractors",
    "order_extractors",
]

#: Short name → module of each built-in plugin, loaded in this order.
BUILTIN_PLUGINS: Mapping[str, str] = {
    "times": "incidentkit.builtin.times",
    "locations": "incidentkit.builtin.locations",
    "quantities": "incidentkit.builtin.quantities",
    "attribution": "incidentkit.builtin.attribution",
    "incidents": "incidentkit.builtin.incidents",
}

#: Entry-point group third-party packages declare their plugins under.
ENTRY_POINT_GROUP = hookspecs.PROJECT

#: Set this environment variable (to anything but empty or ``0``) to skip entry points.
AUTOLOAD_ENV = "INCIDENTKIT_DISABLE_PLUGIN_AUTOLOAD"

_HOOK_PREFIX = "incidentkit_"


class PluginManager(pluggy.PluginManager):
    """A pluggy manager that treats every ``incidentkit_*`` function as a hook implementation.

    So a hook implemented without the ``@hookimpl`` marker still runs, and a
    misspelt hook name is caught by :func:`build_plugin_manager` instead of
    being silently ignored.
    """

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)

    def parse_hookimpl_opts(self, plugin: object, name: str) -> Any:
        """Accept unmarked ``incidentkit_*`` callables as hook implementations."""
        opts = super().parse_hookimpl_opts(plugin, name)
        if opts is None and name.startswith(_HOOK_PREFIX):
            method = getattr(plugin, name, None)
            if callable(method) and not isinstance(method, type):
                return {}
        return opts


@attrs.frozen(kw_only=True)
class LoadedPlugin:
    """A plugin the manager holds, and where it came from."""

    name: str
    origin: str  # "builtin", "entry point" or "object"
    plugin: object = attrs.field(repr=False, eq=False)


class ExtractorPlugin:
    """Wraps one extractor object as a plugin, so ``Pipeline(plugins=[my_extractor])`` works."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self.name = extractor.name

    def incidentkit_register_extractors(self, register: Any, context: PluginContext) -> None:
        """Register the wrapped extractor."""
        register(self.extractor)


def _is_extractor(obj: object) -> bool:
    return isinstance(getattr(obj, "name", None), str) and callable(getattr(obj, "extract", None)) \
        and getattr(obj, "stage", None) is not None


def _autoload_disabled(autoload: bool | None) -> bool:
    if autoload is not None:
        return not autoload
    return os.environ.get(AUTOLOAD_ENV, "") not in ("", "0")


def _plugin_name(plugin: object) -> str:
    if isinstance(plugin, ModuleType):
        return plugin.__name__
    return str(getattr(plugin, "name", None) or getattr(plugin, "__name__", None)
               or type(plugin).__qualname__)


def _import(path: str) -> ModuleType:
    try:
        return importlib.import_module(path)
    except ImportError as exc:
        raise PluginError(f"plugin module {path!r} cannot be imported: {exc}") from exc


def build_plugin_manager(
    plugins: Sequence[object | str] = (),
    *,
    builtins: bool | Iterable[str] = True,
    block: Iterable[str] = (),
    autoload: bool | None = None,
) -> tuple[PluginManager, tuple[LoadedPlugin, ...]]:
    """Load the built-ins, the entry points and the given plugins; check their hook names.

    :param plugins: plugin objects or modules, or import paths of modules.
    :param builtins: ``True`` for all built-ins, ``False`` for none, or their short names.
    :param block: plugin names (built-in short names, entry-point names) not to load.
    :param autoload: load entry points; ``None`` follows :data:`AUTOLOAD_ENV`.
    :raises PluginError: a built-in or given plugin is unknown or implements a misspelt hook.
    """
    pm = PluginManager()
    blocked = set(block)
    for name in blocked:
        pm.set_blocked(name)
    loaded: list[LoadedPlugin] = []

    if builtins is True:
        wanted: list[str] = list(BUILTIN_PLUGINS)
    elif builtins is False:
        wanted = []
    else:
        wanted = list(builtins)
    for short in wanted:
        if short not in BUILTIN_PLUGINS:
            raise PluginError(
                f"no built-in plugin {short!r}; the built-ins are {sorted(BUILTIN_PLUGINS)}"
            )
        if short in blocked:
            continue
        module = _import(BUILTIN_PLUGINS[short])
        pm.register(module, name=short)
        loaded.append(LoadedPlugin(name=short, origin="builtin", plugin=module))

    if not _autoload_disabled(autoload):
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if ep.name in blocked or pm.get_plugin(ep.name) is not None:
                continue
            try:
                plugin = ep.load()
                pm.register(plugin, name=ep.name)
            except Exception as exc:  # a broken third-party plugin must not stop the others
                warnings.warn(
                    f"incidentkit plugin {ep.name!r} ({ep.value}) was not loaded: "
                    f"{type(exc).__name__}: {exc}",
                    PluginLoadWarning,
                    stacklevel=2,
                )
                continue
            loaded.append(LoadedPlugin(name=ep.name, origin="entry point", plugin=plugin))

    for item in plugins:
        plugin = _import(item) if isinstance(item, str) else item
        if not _hook_names(plugin):
            if _is_extractor(plugin):
                plugin = ExtractorPlugin(plugin)  # type: ignore[arg-type]
            else:
                raise PluginError(
                    f"{plugin!r} is neither a plugin (it implements no incidentkit_* hook) "
                    "nor an extractor (name, stage, extract)"
                )
        name = _plugin_name(plugin)
        if name in blocked:
            continue
        if pm.is_registered(plugin):
            continue
        try:
            pm.register(plugin, name=name)
        except ValueError as exc:
            raise PluginError(f"plugin {name!r} cannot be registered: {exc}") from exc
        loaded.append(LoadedPlugin(name=name, origin="object", plugin=plugin))

    pm.hook.incidentkit_add_hookspecs(pluginmanager=pm)
    _check_hook_names(pm, loaded)
    return pm, tuple(p for p in loaded if pm.is_registered(p.plugin))


def _check_hook_names(pm: PluginManager, loaded: list[LoadedPlugin]) -> None:
    """Fail on hook implementations that match no specification (misspelt hook names)."""
    known = [name for name in dir(pm.hook) if name.startswith(_HOOK_PREFIX)
             and getattr(pm.hook, name).spec is not None]
    for entry in loaded:
        for impl_name in _hook_names(entry.plugin):
            caller = getattr(pm.hook, impl_name, None)
            if caller is not None and caller.spec is not None:
                continue
            close = difflib.get_close_matches(impl_name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            message = f"plugin {entry.name!r} implements unknown hook {impl_name!r}{hint}"
            if entry.origin == "entry point":
                pm.unregister(entry.plugin)
                warnings.warn(f"incidentkit plugin not loaded: {message}", PluginLoadWarning,
                              stacklevel=3)
                break
            raise PluginError(message)


def _hook_names(plugin: object) -> list[str]:
    return sorted(name for name in dir(plugin) if name.startswith(_HOOK_PREFIX)
                  and callable(getattr(plugin, name, None)))


def collect_extractors(
    pm: PluginManager,
    loaded: Sequence[LoadedPlugin],
    context: PluginContext,
    *,
    block: Iterable[str] = (),
) -> tuple[ExtractorSpec, ...]:
    """Ask every plugin for its extractors, one plugin at a time.

    A built-in or given plugin that fails raises :class:`~incidentkit.PluginError`; an
    entry-point plugin that fails is skipped with a :class:`~incidentkit.PluginLoadWarning`.
    """
    blocked = set(block)
    origins = {p.name: p.origin for p in loaded}
    specs: list[ExtractorSpec] = []
    seen: dict[str, str] = {}
    hook = pm.hook.incidentkit_register_extractors
    for impl in hook.get_hookimpls():
        plugin_name = impl.plugin_name
        mine: list[ExtractorSpec] = []

        def register(obj: Extractor, _plugin: str = plugin_name, _mine: list[ExtractorSpec] = mine) -> None:
            _mine.append(ExtractorSpec.of(obj, plugin=_plugin))

        try:
            impl.function(register=register, context=context)
            for spec in mine:
                if spec.name in seen and spec.name not in blocked:
                    raise PluginError(
                        f"extractor name {spec.name!r} of plugin {plugin_name!r} is already "
                        f"used by plugin {seen[spec.name]!r}; block one of them"
                    )
        except Exception as exc:
            if origins.get(plugin_name) == "entry point":
                warnings.warn(
                    f"incidentkit plugin {plugin_name!r} registered no extractors: "
                    f"{type(exc).__name__}: {exc}",
                    PluginLoadWarning,
                    stacklevel=2,
                )
                continue
            if isinstance(exc, PluginError):
                raise
            raise PluginError(f"plugin {plugin_name!r} failed to register its extractors: "
                              f"{type(exc).__name__}: {exc}") from exc
        for spec in mine:
            if spec.name in blocked:
                continue
            seen[spec.name] = plugin_name
            specs.append(spec)
    return order_extractors(specs)


def order_extractors(specs: Sequence[ExtractorSpec]) -> tuple[ExtractorSpec, ...]:
    """Sort by stage, then by declared before/after; ties keep registration order.

    Names in ``before``/``after`` that are not loaded (e.g. blocked) are ignored.

    :raises PluginError: when the constraints of one stage form a cycle.
    """
    result: list[ExtractorSpec] = []
    for stage in Stage:
        group = [s for s in specs if s.stage is stage]
        names = {s.name for s in group}
        preds: dict[str, set[str]] = {s.name: set() for s in group}
        for s in group:
            for other in s.after:
                if other in names and other != s.name:
                    preds[s.name].add(other)
            for other in s.before:
                if other in names and other != s.name:
                    preds[other].add(s.name)
        done: set[str] = set()
        while len(done) < len(group):
            ready = [s for s in group if s.name not in done and preds[s.name] <= done]
            if not ready:
                cycle = sorted(n for n in names if n not in done)
                raise PluginError(
                    f"extractors of stage {stage.value} have cyclic before/after constraints: {cycle}"
                )
            first = ready[0]
            result.append(first)
            done.add(first.name)
    return tuple(result)
