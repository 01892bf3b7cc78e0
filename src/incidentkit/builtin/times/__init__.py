"""Built-in times plugin: TimeML TIMEX3 expressions, resolved against the publication date.

Finds dates, clock times, parts of day, durations and sets, with intervals
linking the endpoints of ``between 8:00 and 12:30``. Options (under
``"times"`` in ``Pipeline(options=...)``) add zones and holidays or switch the
night convention; see :class:`TimesConfig` and ``docs/times.md``.
"""

from __future__ import annotations

from ...extractor import PluginContext, Register
from ...hookspecs import hookimpl
from .extractor import TimesConfig, TimesExtractor
from .values import bounds, granularity

__all__ = ["TimesConfig", "TimesExtractor", "bounds", "granularity", "incidentkit_register_extractors"]


@hookimpl
def incidentkit_register_extractors(register: Register, context: PluginContext) -> None:
    """Register the times extractor, configured from ``context.options["times"]``."""
    register(TimesExtractor(TimesConfig.from_options(context.options_for("times"))))
