"""The gazetteer's compact loading gives the same gazetteer as decoding the whole file."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from incidentkit.builtin.locations import Gazetteer, default_gazetteer
from incidentkit.errors import PluginError


def _contents(gaz: Gazetteer) -> tuple[Any, ...]:
    return (gaz.entries, list(gaz._index.items()), list(gaz._typed.items()),
            [gaz.keys_of(n) for n in range(len(gaz))], gaz.key_starts, gaz.max_words, dict(gaz.meta),
            list(gaz._by_region.items()), list(gaz._by_type.items()))


def test_the_packaged_index_read_row_by_row_is_the_whole_decoded_one() -> None:
    raw = resources.files("incidentkit.builtin.locations").joinpath("gazetteer.json.gz").read_bytes()
    whole = Gazetteer._from_data(json.loads(gzip.decompress(raw)), curated=True)
    assert _contents(default_gazetteer()) == _contents(whole)
    assert all(type(default_gazetteer().keys_of(n)) is list for n in (0, 1, -1))
    assert default_gazetteer().keys_of(-1) == whole.keys_of(len(whole) - 1)


_ROWS: list[Any] = [
    ["Kyiv", "settlement", "UA", "UA-30", None, 50.45, 30.52, 2900000, ["kyiv", "kiev", "~kyivska"]],
    ["Ivanivka", "settlement", "UA", "UA-63", None, None, None, 0, ["ivanivka"]],
    ["Ivanivka", "settlement", "UA", "UA-14", None, 1.5, 2.5, 0, ["ivanivka", "ivanivka"]],
    {"name": "Zastava", "type": "settlement", "country": "UA", "admin1": "UA-59", "aliases": ["Zastavka"]},
]


@pytest.mark.parametrize("text", [
    json.dumps({"meta": {"fold_version": 5}, "places": _ROWS}),
    json.dumps({"meta": {"fold_version": 5}, "places": _ROWS}, indent=2) + "\n",
    json.dumps({"meta": {"fold_version": 1}, "places": _ROWS}, separators=(",", ":")),
    json.dumps({"places": _ROWS, "meta": {}}),
    json.dumps({"meta": {}, "places": _ROWS})[:-1] + ', "places": []}',
    json.dumps({"meta": {}, "places": []}),
])
def test_a_file_read_row_by_row_or_whole_gives_one_gazetteer(tmp_path: Path, text: str) -> None:
    path = tmp_path / "gaz.json"
    path.write_text(text, encoding="utf-8")
    whole = Gazetteer._from_data(json.loads(text), curated=False)
    assert _contents(Gazetteer.from_file(path, curated=False)) == _contents(whole)


@pytest.mark.parametrize("text", [
    gzip.decompress(resources.files("incidentkit.builtin.locations").joinpath("gazetteer.json.gz")
                    .read_bytes()).decode("utf-8"),
    json.dumps({"meta": {"fold_version": 5}, "places": _ROWS}),
    json.dumps({"meta": {"fold_version": 5}, "places": _ROWS}, indent=2) + "\n",
    json.dumps({"meta": {}, "places": []}),
])
def test_the_packaged_layout_is_read_row_by_row_not_decoded_whole(text: str) -> None:
    # The whole-file decode gives the same gazetteer, so only this tells that the memory-light
    # reader did the work (it answers None for a layout it does not read).
    assert Gazetteer._from_text(text, curated=False) is not None


@pytest.mark.parametrize("text", [
    json.dumps({"meta": {}, "places": _ROWS})[:-3],
    json.dumps({"meta": {}, "places": _ROWS}) + " x",
    json.dumps({"meta": {}, "places": {}}),
    json.dumps(_ROWS),
])
def test_a_broken_file_is_reported(tmp_path: Path, text: str) -> None:
    path = tmp_path / "gaz.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PluginError):
        Gazetteer.from_file(path)


def test_the_compact_fuzzy_tables_hold_the_choices_by_length() -> None:
    gaz = default_gazetteer()
    for type_, code in (("admin1", None), ("settlement", "RU-KLU"), ("settlement", "UA-63"),
                        ("admin2", "UA-14")):
        by_length = gaz.fuzzy_choices_by_length(type_, code)
        table = gaz._fuzzy_table(type_, code)
        assert list(table) == list(by_length)
        for length, choices in table.items():
            assert list(zip(choices.positions, choices.numbers, choices.keys, strict=True)) == \
                list(by_length[length])
            assert choices.keys == list(by_length[length].values())
        assert gaz._fuzzy_table(type_, code) is table
