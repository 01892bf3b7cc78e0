"""The vocabulary the quantities extractor matches against, and how users extend it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from incidentkit.errors import PluginError
from incidentkit.vocab import Approx, Item

from . import data

__all__ = ["CUE_KINDS", "EXTENSION_TABLES", "Vocabulary"]

#: The kinds of cue a cue word may have (the values of :data:`data.CUES`).
CUE_KINDS: frozenset[str] = frozenset(data.CUES.values())

#: Table names accepted in extensions, and what each maps to.
EXTENSION_TABLES: Mapping[str, str] = MappingProxyType({
    "heads": "head noun → item, or 'item:role' (e.g. {'sea babies': 'vessel'})",
    "designations": "model name or designation → item (e.g. {'Lyutyi': 'uav'})",
    "cues": f"cue word or phrase → cue kind, one of {sorted(CUE_KINDS)}",
    "approx": f"qualifier → approx, one of {[a.value for a in Approx]}",
})

_ITEMS = frozenset(i.value for i in Item)
_APPROX = frozenset(a.value for a in Approx)
_ROLES_OF_HEADS = frozenset({"killed", "injured", "casualty", "hit", "destroyed", "launched",
                             "damaged", "lost", "other"})


def _freeze(table: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(table))


@attrs.frozen(kw_only=True)
class Vocabulary:
    """The data tables one extractor uses: built-in defaults plus user additions.

    Tables are read-only mappings, so an extractor built from a vocabulary can
    be shared across threads. Make a new vocabulary with :meth:`extended`.
    """

    heads: Mapping[str, str] = attrs.field(default=data.HEADS)
    designations: Mapping[str, str] = attrs.field(default=data.DESIGNATIONS)
    cues: Mapping[str, str] = attrs.field(default=data.CUES)
    approx: Mapping[str, str] = attrs.field(default=data.APPROX)

    @classmethod
    def default(cls) -> Vocabulary:
        """The built-in tables (``incidentkit.builtin.quantities.data``)."""
        return cls()

    def extended(self, *additions: Mapping[str, Any] | None) -> Vocabulary:
        """A new vocabulary with each addition's tables merged in (later ones win).

        Each addition maps a table name (``heads``, ``designations``, ``cues``,
        ``approx``) to a mapping of lower- or mixed-case keys to values.

        :raises PluginError: for an unknown table or a value outside the format's vocabulary.
        """
        tables: dict[str, dict[str, str]] = {
            "heads": dict(self.heads), "designations": dict(self.designations),
            "cues": dict(self.cues), "approx": dict(self.approx),
        }
        for addition in additions:
            if not addition:
                continue
            if not isinstance(addition, Mapping):
                raise PluginError(f"a quantities vocabulary addition must be a mapping, got {addition!r}")
            for table, entries in addition.items():
                if table not in tables:
                    raise PluginError(
                        f"unknown quantities vocabulary table {table!r}; use one of {sorted(tables)}"
                    )
                if not isinstance(entries, Mapping):
                    raise PluginError(f"quantities vocabulary table {table!r} must be a mapping")
                for key, value in entries.items():
                    _check_entry(table, key, value)
                    tables[table][" ".join(str(key).lower().split())] = str(value)
        return Vocabulary(**{name: _freeze(table) for name, table in tables.items()})

    def head_words(self) -> Iterable[str]:
        """Every head noun and designation key (for documentation and tests)."""
        yield from self.heads
        yield from self.designations


def _check_entry(table: str, key: object, value: object) -> None:
    if not isinstance(key, str) or not key.strip():
        raise PluginError(f"quantities vocabulary {table}: keys must be non-empty strings, got {key!r}")
    if not isinstance(value, str):
        raise PluginError(f"quantities vocabulary {table}[{key!r}] must be a string, got {value!r}")
    if table == "heads":
        item, _, role = value.partition(":")
        if item not in _ITEMS or (role and role not in _ROLES_OF_HEADS):
            raise PluginError(
                f"quantities vocabulary heads[{key!r}] = {value!r}: use an item "
                f"({sorted(_ITEMS)}) or 'item:role'"
            )
    elif table == "designations":
        if value not in _ITEMS and value != "system":
            raise PluginError(
                f"quantities vocabulary designations[{key!r}] = {value!r}: use an item "
                f"({sorted(_ITEMS)}) or 'system' for air-defence systems"
            )
    elif table == "cues":
        if value not in CUE_KINDS:
            raise PluginError(
                f"quantities vocabulary cues[{key!r}] = {value!r}: use one of {sorted(CUE_KINDS)}"
            )
    elif table == "approx" and value not in _APPROX:
        raise PluginError(
            f"quantities vocabulary approx[{key!r}] = {value!r}: use one of {sorted(_APPROX)}"
        )
