"""Helpers for testing plugins: register one for a single test, run one extractor alone.

>>> import incidentkit
>>> from incidentkit import Stage, TimeMention, Span, extractor
>>> from incidentkit.testing import plugin_registered
>>> @extractor(name="noon", stage=Stage.TIMES)
... def noon(document, found):
...     start = document.text.find("noon")
...     if start >= 0:
...         yield TimeMention(span=Span(start, start + 4), text="noon", type="TIME",
...                           value="XXXX-XX-XXT12:00")
>>> with plugin_registered(noon, builtins=False):
...     [t.value for t in incidentkit.extract("They struck at noon.").times]
['XXXX-XX-XXT12:00']
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence

import incidentkit

from .models import Findings, Report
from .pipeline import Pipeline

__all__ = ["plugin_registered", "run_extractor"]


@contextlib.contextmanager
def plugin_registered(*plugins: object, builtins: bool | Sequence[str] = True) -> Iterator[Pipeline]:
    """Make :func:`incidentkit.extract` use ``plugins`` (besides the built-ins) inside the block.

    Yields the pipeline it uses. Entry-point plugins are not autoloaded, so the
    test sees only ``builtins`` and ``plugins``. The previous state is restored
    afterwards, even if the block raises.
    """
    pipeline = Pipeline(plugins=list(plugins), builtins=builtins, autoload=False)
    saved = incidentkit._pipeline_override
    incidentkit._pipeline_override = pipeline
    try:
        yield pipeline
    finally:
        incidentkit._pipeline_override = saved


def run_extractor(
    extractor: object,
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    found: Findings | None = None,
) -> Report:
    """Run one extractor (or plugin) alone on ``text``, with the pipeline's checks, in strict mode.

    With ``found``, the extractor sees those findings as what earlier stages
    produced (e.g. hand-made locations for a quantity extractor); they are
    part of the returned report. Failures raise, so tests see them.
    """
    pipeline = Pipeline(plugins=[extractor], builtins=False, autoload=False, strict=True)
    return pipeline.run(incidentkit.Document(text=text, published=published), found=found)
