"""The hook the quantities plugin adds, so other plugins can extend its vocabulary."""

from __future__ import annotations

from collections.abc import Mapping

from incidentkit.hookspecs import hookspec

__all__ = ["incidentkit_quantities_vocabulary"]


@hookspec
def incidentkit_quantities_vocabulary() -> Mapping[str, Mapping[str, str]] | None:
    """Add words to the built-in quantities extractor's tables.

    Return a mapping of table name to entries, for instance
    ``{"designations": {"Lyutyi": "uav"}, "heads": {"sea babies": "vessel"}}``.
    Tables: ``heads`` (noun → item, or ``item:role``), ``designations`` (model
    name → item, or ``system`` for air-defence systems, which are never counted),
    ``cues`` (word or phrase → cue kind) and ``approx`` (qualifier → approx).
    User options (``Pipeline(options={"quantities": {...}})``) are applied after
    every plugin's additions.

    :return: the additions, or None for none.
    """
