"""The hook the attribution plugin adds: other plugins contribute known sources.

Added through ``incidentkit_add_hookspecs`` when the attribution plugin is
loaded, so plugins may implement it without a "unknown hook" error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from incidentkit.hookspecs import hookspec

__all__ = ["incidentkit_attribution_sources"]


@hookspec
def incidentkit_attribution_sources() -> Iterable[Mapping[str, Any]] | None:
    """Return source entries to add to the attribution source table.

    Each entry is a mapping shaped like an item of the built-in
    ``data/sources.json`` (``name``, ``type``, ``aliases``, optional
    ``generic``, ``role``, ``country``, ``office``, ``place``, ``from``,
    ``until``) or a :class:`~incidentkit.builtin.attribution.SourceEntry`.
    An entry with the ``name`` of a built-in one replaces it.
    """
