"""Sphinx configuration: MyST Markdown pages, autodoc API reference, furo theme."""

from __future__ import annotations

import importlib.metadata

project = "incidentkit"
author = "incidentkit developers"
copyright = "2026, incidentkit developers"
release = importlib.metadata.version("incidentkit")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "examples/**/README.md", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}

# No network at build time, so no intersphinx: references to other projects' and the
# standard library's types cannot resolve and are not errors.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*",
     r"(attrs|cattrs|pluggy|regex|datetime|dt|collections|typing|types|enum|zoneinfo|pathlib|argparse)\..*"),
    (r"py:.*", r"(Any|TextIO|Iterable|Iterator|Mapping|Sequence|Callable|Pattern|Literal|Union|Path)"),
    (r"py:.*", r"(str|int|float|bool|bytes|object|type|tuple|list|dict|set|None|NoneType)"),
    (r"py:.*", r"(JSONDict|Output|Register|EvidenceKind|Mention|_.*|T|F)"),
    (r"py:.*", r"incidentkit\..*\._.*"),
    # internal data modules and helper types of the built-in plugins (not public API)
    (r"py:.*", r"(incidentkit\.builtin\.\w+\.)?(data|hookspecs)(\..*)?"),
    (r"py:.*", r"(incidentkit\.builtin\.\w+\.\w+\.)?(Entry|AliasHit)"),
]

html_theme = "furo"
html_title = "incidentkit"
