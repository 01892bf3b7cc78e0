"""Hook specifications: the whole contract between incidentkit and its plugins.

A plugin is a module or object with functions named like these hooks and
marked with :data:`incidentkit.hookspecs.hookimpl`. Extractors are not hooks
themselves: plugins *register* them, and the pipeline calls them one by one,
so one failing extractor never hides the others (pluggy stops at the first
hook implementation that raises).
"""

from __future__ import annotations

import pluggy

from .extractor import PluginContext, Register

__all__ = [
    "PROJECT",
    "hookimpl",
    "hookspec",
    "incidentkit_add_hookspecs",
    "incidentkit_register_extractors",
]

#: The pluggy project name, also the entry-point group of third-party plugins.
PROJECT = "incidentkit"

#: Marks a hook specification (for plugins that add hooks of their own).
hookspec = pluggy.HookspecMarker(PROJECT)
#: Marks a plugin's hook implementation.
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def incidentkit_add_hookspecs(pluginmanager: pluggy.PluginManager) -> None:
    """Add hook specifications of your own, for other plugins to implement.

    Called once after all plugins are registered and before hook names are
    checked, so implementations of the added hooks are not "unknown".
    A built-in extractor uses this to let other plugins extend its data
    (e.g. places for the gazetteer).

    :param pluginmanager: call ``pluginmanager.add_hookspecs(module)``.
    """


@hookspec
def incidentkit_register_extractors(register: Register, context: PluginContext) -> None:
    """Hand extractors to the pipeline.

    Called once when a :class:`~incidentkit.Pipeline` is built. Call
    ``register(extractor)`` for each extractor the plugin provides; an
    extractor has ``name``, ``stage``, optional ``before``/``after`` (names of
    extractors of the same stage it must run before or after) and
    ``extract(document, found)``.

    :param register: adds one extractor; raises :class:`~incidentkit.PluginError` if it is invalid.
    :param context: the user's options and access to other plugins' hooks.
    """


