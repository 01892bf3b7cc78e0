"""Built-in times plugin: TimeML TIMEX3 expressions, resolved against the publication date.

Finds dates, clock times, parts of day, durations and sets, with intervals
linking the endpoints of ``between 8:00 and 12:30``. Options (under
``"times"`` in ``Pipeline(options=...)``) add zones and holidays or switch the
night convention; other plugins add zones and holidays through the
``incidentkit_times_vocabulary`` hook (:mod:`.hookspecs`). See
:class:`TimesConfig` and ``docs/times.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pluggy

from ...errors import PluginError
from ...extractor import PluginContext, Register
from ...hookspecs import hookimpl
from . import hookspecs
from .extractor import TimesConfig, TimesExtractor
from .values import bounds, granularity

__all__ = [
    "TimesConfig",
    "TimesExtractor",
    "bounds",
    "granularity",
    "incidentkit_add_hookspecs",
    "incidentkit_register_extractors",
]


@hookimpl
def incidentkit_add_hookspecs(pluginmanager: pluggy.PluginManager) -> None:
    """Add ``incidentkit_times_vocabulary`` for other plugins to implement."""
    pluginmanager.add_hookspecs(hookspecs)


@hookimpl
def incidentkit_register_extractors(register: Register, context: PluginContext) -> None:
    """Register the times extractor: hook vocabulary, then the user's ``times`` options on top."""
    additions: list[Mapping[str, Any]] = []
    hook = getattr(context.hook, "incidentkit_times_vocabulary", None) if context.hook else None
    if hook is not None:
        for result in hook():
            if result is None:
                continue
            if not isinstance(result, Mapping):
                raise PluginError(
                    f"incidentkit_times_vocabulary must return a mapping, got {type(result).__name__}"
                )
            additions.append(result)
    register(TimesExtractor(TimesConfig.from_options(context.options_for("times"), additions)))
