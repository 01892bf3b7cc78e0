from __future__ import annotations

import incidentkit
from incidentkit import Findings, LocationMention, QuantityMention, Span, Stage, extractor
from incidentkit.testing import plugin_registered, run_extractor

from .conftest import TEXT, drones


def test_plugin_registered_applies_to_extract_only_inside_the_block() -> None:
    with plugin_registered(drones, builtins=False) as pipeline:
        assert [q.value for q in incidentkit.extract(TEXT).quantities] == [16]
        assert [s.name for s in pipeline.extractors] == ["drones"]
    assert incidentkit._pipeline_override is None


@extractor(name="near-place", stage=Stage.QUANTITIES)
def near_place(document, found):  # type: ignore[no-untyped-def]
    for _loc in found.locations:
        yield QuantityMention(span=Span(0, 2), text=document.text[:2], value=int(document.text[:2]),
                              approx="exact", item="uav", role="destroyed")


def test_run_extractor_with_hand_made_earlier_findings() -> None:
    text = "16 drones were shot down over the Kaluga region."
    start = text.index("Kaluga region")
    place = LocationMention(span=Span(start, start + 13), text="Kaluga region", type="admin1",
                            name="Kaluga Oblast")
    report = run_extractor(near_place, text, found=Findings(locations=(place,)))
    assert report.locations == (place,)
    assert [q.value for q in report.quantities] == [16]
