"""The hook the times plugin adds, so other plugins can extend its vocabulary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from incidentkit.hookspecs import hookspec

__all__ = ["incidentkit_times_vocabulary"]


@hookspec
def incidentkit_times_vocabulary() -> Mapping[str, Any]:
    """Return zones and holidays to add to the times plugin's vocabulary.

    A mapping with ``zones`` (zone phrase as written → IANA zone, ``""`` for the
    report's own zone, e.g. ``{"Tbilisi time": "Asia/Tbilisi"}``) and/or
    ``holidays`` (name → rule such as ``"04-09"``, ``"easter+1"``, ``"4:4:11"``
    or a country → rule mapping, see ``incidentkit.builtin.times.data.HOLIDAYS``).
    The user's ``times`` options win over what plugins add.
    """
    raise NotImplementedError  # a specification has no body
