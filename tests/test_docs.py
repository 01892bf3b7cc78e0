"""Meta-tests: the docs stay true to the code.

Every public name has a docstring, every docstring example runs, every hook is
documented and exercised by a test, every docs page is reachable.
"""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import incidentkit
from incidentkit import hookspecs

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"


def modules() -> list[ModuleType]:
    found = [incidentkit]
    for info in pkgutil.walk_packages(incidentkit.__path__, "incidentkit."):
        if info.name.endswith("__main__"):
            continue
        found.append(importlib.import_module(info.name))
    return found


@pytest.mark.parametrize("module", modules(), ids=lambda m: m.__name__)
def test_docstring_examples_run(module: ModuleType) -> None:
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module, module.__name__, globs=dict(vars(module))):
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.failed == 0, f"{results.failed} doctest failures in {module.__name__}"


def public_objects() -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    for module in modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if inspect.isclass(obj) or inspect.isfunction(obj) or inspect.ismodule(obj):
                seen.append((f"{module.__name__}.{name}", obj))
            if inspect.isclass(obj) and obj.__module__.startswith("incidentkit"):
                for attr, member in vars(obj).items():
                    documentable = inspect.isfunction(member) or isinstance(member, property)
                    if attr.startswith("_") or not documentable:
                        continue
                    seen.append((f"{module.__name__}.{name}.{attr}", member))
    return seen


def test_every_public_name_has_a_docstring() -> None:
    missing = sorted({name for name, obj in public_objects() if not inspect.getdoc(obj)})
    assert missing == []


def test_every_module_has_a_docstring() -> None:
    assert [m.__name__ for m in modules() if not (m.__doc__ or "").strip()] == []


def hook_names() -> list[str]:
    return [name for name in dir(hookspecs) if name.startswith("incidentkit_")]


def test_every_hook_is_documented_and_tested() -> None:
    reference = (DOCS / "plugins" / "hooks.md").read_text()
    tests = "\n".join(p.read_text() for p in (REPO / "tests").rglob("*.py"))
    for name in hook_names():
        assert name in reference, f"{name} missing from docs/plugins/hooks.md"
        assert re.search(rf"\b{name}\b", tests.replace("def test_every_hook", "")), f"{name} untested"


def test_every_docs_page_is_in_a_toctree() -> None:
    pages = {str(p.relative_to(DOCS).with_suffix("")) for p in DOCS.rglob("*.md")
             if "_build" not in p.parts and "examples" not in p.parts}
    listed = set()
    for page in DOCS.rglob("*.md"):
        for block in re.findall(r"```\{toctree\}(.*?)```", page.read_text(), re.S):
            base = page.parent.relative_to(DOCS)
            listed.update(str(base / line.strip()) if str(base) != "." else line.strip()
                          for line in block.splitlines() if line.strip() and not line.startswith(":"))
    assert pages - listed - {"index"} == set()


def test_changelog_keeps_an_unreleased_section() -> None:
    text = (REPO / "CHANGELOG.md").read_text()
    assert "## [Unreleased]" in text and "keepachangelog.com" in text
