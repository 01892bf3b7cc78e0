"""Built-in quantities plugin: counts of weapons, people and damage, typed by item and role.

Register it by short name (``quantities``) or import path
(``incidentkit.builtin.quantities``). Its vocabulary is extended through the
``quantities`` options of the pipeline or the
:func:`~incidentkit.builtin.quantities.hooks.incidentkit_quantities_vocabulary`
hook it adds; see ``docs/quantities.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pluggy

from incidentkit.extractor import PluginContext, Register
from incidentkit.hookspecs import hookimpl

from . import hooks
from .extractor import QuantityExtractor
from .vocabulary import EXTENSION_TABLES, Vocabulary

__all__ = [
    "EXTENSION_TABLES",
    "QuantityExtractor",
    "Vocabulary",
    "incidentkit_add_hookspecs",
    "incidentkit_register_extractors",
]


@hookimpl
def incidentkit_add_hookspecs(pluginmanager: pluggy.PluginManager) -> None:
    """Add ``incidentkit_quantities_vocabulary`` so other plugins can extend the tables."""
    caller = getattr(pluginmanager.hook, "incidentkit_quantities_vocabulary", None)
    if caller is None or caller.spec is None:
        pluginmanager.add_hookspecs(hooks)


@hookimpl
def incidentkit_register_extractors(register: Register, context: PluginContext) -> None:
    """Register the quantities extractor, its vocabulary extended by plugins and options."""
    additions: list[Mapping[str, Any] | None] = []
    caller = getattr(context.hook, "incidentkit_quantities_vocabulary", None) \
        if context.hook is not None else None
    if caller is not None and caller.spec is not None:
        additions.extend(caller())
    additions.append(context.options_for("quantities"))
    register(QuantityExtractor(Vocabulary.default().extended(*additions)))
