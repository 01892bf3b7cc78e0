"""The locations plugin's start-up: rapidfuzz is imported only for a fuzzy look-up."""

from __future__ import annotations

import subprocess
import sys

_CODE = """
import sys
from collections import Counter
import incidentkit
incidentkit.default_pipeline()
print('rapidfuzz' in sys.modules)
from incidentkit.builtin.locations import default_gazetteer
from incidentkit.builtin.locations.extractor import _Run
found = _Run(default_gazetteer(), '')._fuzzy_lookup('dumnichsky', 'admin2', Counter({'RU-KLU': 1}))
print('rapidfuzz' in sys.modules, [entry.name for _, entry in found])
"""


def test_building_the_pipeline_leaves_rapidfuzz_unimported() -> None:
    out = subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["False", "True ['Duminichsky District']"]
