"""incidentkit: typed, sourced incident records from reports of aerial attacks.

>>> import incidentkit
>>> report = incidentkit.extract("Air defence destroyed 16 drones over Kaluga region.",
...                              published="2025-07-20")
>>> report.document.reference_date.isoformat()
'2025-07-20'
"""

from __future__ import annotations

import datetime as dt
import functools

from .errors import (
    CorpusError,
    ExtractorError,
    IncidentkitError,
    InputError,
    PluginError,
    PluginLoadWarning,
    TextTooLongError,
)
from .extractor import Extractor, ExtractorSpec, FunctionExtractor, PluginContext, extractor
from .hookspecs import hookimpl, hookspec
from .models import (
    Attribution,
    Document,
    Evidence,
    Findings,
    Incident,
    LocationMention,
    Place,
    Point,
    Problem,
    QuantityMention,
    Report,
    Span,
    TimeInterval,
    TimeMention,
)
from .pipeline import Failure, Pipeline, as_document
from .vocab import (
    Approx,
    Granularity,
    Item,
    LocationType,
    Outcome,
    Role,
    SourceType,
    Stage,
    Stance,
    TimeType,
)

__all__ = [
    "Approx",
    "Attribution",
    "CorpusError",
    "Document",
    "Evidence",
    "Extractor",
    "ExtractorError",
    "ExtractorSpec",
    "Failure",
    "Findings",
    "FunctionExtractor",
    "Granularity",
    "Incident",
    "IncidentkitError",
    "InputError",
    "Item",
    "LocationMention",
    "LocationType",
    "Outcome",
    "Pipeline",
    "Place",
    "PluginContext",
    "PluginError",
    "PluginLoadWarning",
    "Point",
    "Problem",
    "QuantityMention",
    "Report",
    "Role",
    "SourceType",
    "Span",
    "Stage",
    "Stance",
    "TextTooLongError",
    "TimeInterval",
    "TimeMention",
    "TimeType",
    "__version__",
    "as_document",
    "default_pipeline",
    "extract",
    "extractor",
    "hookimpl",
    "hookspec",
]

__version__ = "0.1.0"


#: A pipeline :func:`extract` uses instead of the default one (set by :mod:`incidentkit.testing`).
_pipeline_override: Pipeline | None = None


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline :func:`extract` uses: every built-in and installed plugin, built once."""
    return Pipeline()


def extract(
    text: str | bytes | Document,
    *,
    published: dt.date | dt.datetime | str | None = None,
    zone: str | None = None,
    id: str | None = None,
) -> Report:
    """Extract times, places, counts, sources and incidents from one report.

    :param text: the report (str, UTF-8 bytes, or a :class:`Document`).
    :param published: publication date or date-time, anchoring ``yesterday``, ``overnight``...
    :param zone: IANA zone of the report's local time, when ``published`` has no offset.
    :raises InputError: when the input cannot be a document.
    """
    pipeline = _pipeline_override or default_pipeline()
    return pipeline.extract(text, published=published, zone=zone, id=id)
