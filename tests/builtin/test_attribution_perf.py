"""The attribution plugin's speed-ups find exactly what the plain code paths find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from incidentkit.builtin.attribution import SourceTable

TABLE = SourceTable.builtin()
ALIASES = sorted({a for e in TABLE.entries for a in (e.name, *e.aliases, *e.generic)})
# Characters the regex module's IGNORECASE matches to ASCII letters, and separators.
ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "-", "'", "’", ".", ",", " ", "  ", "\n", "\t", "(", "x"]


def _slow_find(table: SourceTable, text: str) -> list[object]:
    """find() through the single case-insensitive alternation (the path without the shortcut)."""
    saved = table._uncased_lower
    table._uncased_lower = None
    try:
        return list(table.find(text))
    finally:
        table._uncased_lower = saved


def _recase(text: str, flips: list[bool]) -> str:
    return "".join(c.swapcase() if flips[i % len(flips)] else c for i, c in enumerate(text))


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.one_of(st.sampled_from(ALIASES), st.sampled_from(ODD),
                                st.text(alphabet="abcdefKkSsIi -", max_size=8)), max_size=12),
       flips=st.lists(st.booleans(), min_size=1, max_size=7))
def test_find_fast_path_matches_case_insensitive_alternation(parts: list[str], flips: list[bool]) -> None:
    text = _recase(" ".join(parts), flips)
    table = SourceTable(TABLE.entries)
    assert table.find(text) == _slow_find(table, text)


def test_find_fast_path_on_known_phrases() -> None:
    table = SourceTable(TABLE.entries)
    for text in (
        "Two drones were shot down, the RUSSIAN defence   ministry said.",
        "the russian\ndefence ministry said; Russian Defence Ministry-backed channels",
        "The Ru\u017fsian Defence Ministry said (with a long s).",
        "\u212aremlin spokesman Dmitry Peskov said",
        "ukraine's general staff and Ukraine's General Staff",
    ):
        assert table.find(text) == _slow_find(table, text)
