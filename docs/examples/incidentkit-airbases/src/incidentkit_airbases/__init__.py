"""An incidentkit plugin: military air bases as `feature` locations.

The built-in gazetteer knows regions, districts and settlements; this plugin
adds a table of air bases, which reports name as "Engels air base" or
"the Morozovsk airfield". Users can add bases through pipeline options:

    Pipeline(options={"airbases": {"extra": {"Khalino": ["Khalino air base", "RU-KRS", 51.75, 36.30]}}})
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import regex

from incidentkit import Document, Findings, LocationMention, Point, Span, Stage, hookimpl

#: Name in the text → (canonical name, ISO 3166-2 region, latitude, longitude).
AIR_BASES: Mapping[str, tuple[str, str, float, float]] = {
    "Engels": ("Engels air base", "RU-SAR", 51.48, 46.20),
    "Morozovsk": ("Morozovsk air base", "RU-ROS", 48.31, 41.79),
    "Shaykovka": ("Shaykovka air base", "RU-KLU", 54.23, 34.37),
    "Belbek": ("Belbek air base", "UA-40", 44.69, 33.57),
    "Saky": ("Saky air base", "UA-43", 45.09, 33.60),
}

_TYPE_WORDS = r"(?:air\s+base|airbase|air\s+field|airfield|aerodrome)"


class AirBaseExtractor:
    """Finds "<name> air base" / "<name> airfield" for the names in its table."""

    name = "airbases"
    stage = Stage.LOCATIONS
    before = ("locations",)  # our more specific match wins over the built-in's "Engels" the town

    def __init__(self, bases: Mapping[str, tuple[str, str, float, float]]) -> None:
        self.bases = dict(bases)
        names = "|".join(regex.escape(n) for n in sorted(self.bases, key=len, reverse=True))
        # "Engels air base", "the Morozovsk airfield"  (compiled once, when the pipeline is built)
        self.pattern = regex.compile(rf"\b({names})\s+{_TYPE_WORDS}\b")

    def extract(self, document: Document, found: Findings) -> Iterator[LocationMention]:
        """Yield one feature mention per air base named with its type word."""
        for match in self.pattern.finditer(document.text):
            canonical, admin1, lat, lon = self.bases[match.group(1)]
            yield LocationMention(
                span=Span(match.start(), match.end()), text=match.group(), type="feature",
                name=canonical, country=admin1[:2], admin1=admin1, point=Point(lat, lon),
            )


def _extra(options: Mapping[str, Any]) -> Iterable[tuple[str, tuple[str, str, float, float]]]:
    for name, (canonical, admin1, lat, lon) in dict(options.get("extra", {})).items():
        yield name, (str(canonical), str(admin1), float(lat), float(lon))


@hookimpl
def incidentkit_register_extractors(register: Any, context: Any) -> None:
    """Register the air-base extractor, with any extra bases from the pipeline options."""
    bases = {**AIR_BASES, **dict(_extra(context.options_for("airbases")))}
    register(AirBaseExtractor(bases))
