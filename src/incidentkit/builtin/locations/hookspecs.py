"""The hook the locations plugin adds, so other plugins can extend its gazetteer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from incidentkit.hookspecs import hookspec
from incidentkit.models import Place

__all__ = ["incidentkit_locations_places"]


@hookspec
def incidentkit_locations_places() -> Iterable[Place | Mapping[str, Any]]:
    """Return places to add to the locations plugin's gazetteer.

    Each place is a :class:`~incidentkit.Place` or a mapping with ``name``,
    ``type`` (``country``, ``admin1``, ``admin2``, ``settlement``, ``feature``)
    and optionally ``country``, ``admin1``, ``admin2``, ``lat``, ``lon``,
    ``population`` and ``aliases`` (other spellings). Added places match
    anywhere, like large towns, and win over packaged places of the same
    spelling when the report's regions do not decide.
    """
    raise NotImplementedError  # a specification has no body
