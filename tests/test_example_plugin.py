"""The tutorial's example plugin, installed for real with pip and found through its entry point."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from incidentkit import Pipeline

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "incidentkit-airbases"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--target", str(target), str(EXAMPLE)],
        check=True, capture_output=True,
    )
    sys.path.insert(0, str(target))
    yield target
    sys.path.remove(str(target))
    sys.modules.pop("incidentkit_airbases", None)


def test_the_installed_plugin_is_discovered_and_extracts(installed: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INCIDENTKIT_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    pipeline = Pipeline(builtins=False)
    assert ("airbases", "entry point") in [(p.name, p.origin) for p in pipeline.plugins]
    report = pipeline.extract("Drones attacked the Engels air base overnight.")
    (base,) = report.locations
    assert (base.text, base.name, base.admin1, base.type.value) == (
        "Engels air base", "Engels air base", "RU-SAR", "feature")
    assert base.extractor == "airbases"


def test_options_add_bases(installed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INCIDENTKIT_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    options = {"airbases": {"extra": {"Khalino": ["Khalino air base", "RU-KRS", 51.75, 36.30]}}}
    report = Pipeline(builtins=False, options=options).extract("A drone fell near Khalino airfield.")
    assert [loc.name for loc in report.locations] == ["Khalino air base"]
