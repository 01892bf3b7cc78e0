"""Third-party plugins installed through a real entry point (a dist-info on sys.path)."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from incidentkit import Pipeline, PluginLoadWarning

GOOD = '''
from incidentkit import QuantityMention, Span, Stage, extractor, hookimpl

@extractor(name="nine-drones", stage=Stage.QUANTITIES)
def nine(document, found):
    start = document.text.find("nine drones")
    if start >= 0:
        yield QuantityMention(span=Span(start, start + 11), text="nine drones", value=9,
                              approx="exact", item="uav", role="launched")

@hookimpl
def incidentkit_register_extractors(register, context):
    register(nine)
'''

BROKEN_IMPORT = "raise ImportError('missing dependency: shapely')\n"

BROKEN_REGISTER = '''
def incidentkit_register_extractors(register, context):
    raise RuntimeError("bad config")
'''

MISSPELT = '''
def incidentkit_register_extractor(register, context):
    pass
'''


def install(root: Path, dist: str, module: str, source: str) -> None:
    """Write a module and a dist-info declaring it under the incidentkit entry-point group."""
    (root / f"{module}.py").write_text(textwrap.dedent(source))
    info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[incidentkit]\n{dist} = {module}\n")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.delenv("INCIDENTKIT_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [m for m in sys.modules if m.startswith("ik_test_")]:
        del sys.modules[name]


def test_an_installed_plugin_is_autoloaded(site: Path) -> None:
    install(site, "incidentkit-nine", "ik_test_nine", GOOD)
    pipeline = Pipeline(builtins=False)
    assert [(p.name, p.origin) for p in pipeline.plugins] == [("incidentkit-nine", "entry point")]
    report = pipeline.extract("They launched nine drones.")
    assert [(q.value, q.extractor) for q in report.quantities] == [(9, "nine-drones")]


def test_autoload_can_be_disabled_by_environment(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install(site, "incidentkit-nine", "ik_test_nine", GOOD)
    monkeypatch.setenv("INCIDENTKIT_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert Pipeline(builtins=False).plugins == ()
    assert Pipeline(builtins=False, autoload=True).plugins != ()


def test_an_installed_plugin_can_be_blocked(site: Path) -> None:
    install(site, "incidentkit-nine", "ik_test_nine", GOOD)
    assert Pipeline(builtins=False, block=["incidentkit-nine"]).plugins == ()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (BROKEN_IMPORT, "was not loaded: ImportError: missing dependency: shapely"),
        (BROKEN_REGISTER, "registered no extractors: RuntimeError: bad config"),
        (MISSPELT, "unknown hook 'incidentkit_register_extractor'"),
    ],
)
def test_a_broken_plugin_warns_by_name_and_the_others_load(site: Path, source: str, message: str) -> None:
    install(site, "incidentkit-nine", "ik_test_nine", GOOD)
    install(site, "incidentkit-broken", "ik_test_broken", source)
    with pytest.warns(PluginLoadWarning, match=f"'incidentkit-broken'.*{message}|{message}"):
        pipeline = Pipeline(builtins=False)
    assert [s.name for s in pipeline.extractors] == ["nine-drones"]
    assert pipeline.extract("nine drones").quantities[0].value == 9
