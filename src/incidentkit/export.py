"""Flat exports of incidents: CSV (one row per incident) and GeoJSON (for maps).

The CSV columns follow the event tables analysts know from ACLED: one event a
row, where and when, what and how many, who says so. Multi-valued fields are
joined with ``"; "``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from .models import Incident, Report
from .vocab import Outcome

__all__ = ["CSV_COLUMNS", "incident_row", "reports_to_geojson", "write_csv"]

#: Column order of :func:`write_csv`.
CSV_COLUMNS: tuple[str, ...] = (
    "incident_id", "document_id", "published", "weapon",
    *(outcome.value for outcome in Outcome),
    "start", "end", "country", "admin1", "admin2", "settlements",
    "latitude", "longitude", "killed", "injured", "sources", "parent", "url",
)

_JOIN = "; "


def incident_row(report: Report, incident: Incident) -> dict[str, Any]:
    """One incident as a flat row (``None`` for unknown values)."""
    doc = report.document
    row: dict[str, Any] = {
        "incident_id": incident.id,
        "document_id": doc.id,
        "published": doc.published.isoformat() if doc.published else None,
        "weapon": incident.weapon.value,
    }
    for outcome in Outcome:
        row[outcome.value] = incident.counts.get(outcome)
    row.update(
        start=incident.start,
        end=incident.end,
        country=incident.country,
        admin1=_JOIN.join(incident.admin1),
        admin2=_JOIN.join(incident.admin2),
        settlements=_JOIN.join(incident.settlements),
        latitude=incident.point.lat if incident.point else None,
        longitude=incident.point.lon if incident.point else None,
        killed=incident.killed,
        injured=incident.injured,
        sources=_JOIN.join(incident.sources),
        parent=incident.parent,
        url=doc.url,
    )
    return row


def write_csv(reports: Iterable[Report], stream: TextIO) -> int:
    """Write one CSV row per incident of every report (with a header); returns the row count."""
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    rows = 0
    for report in reports:
        for incident in report.incidents:
            writer.writerow({k: ("" if v is None else v) for k, v in incident_row(report, incident).items()})
            rows += 1
    return rows


def reports_to_geojson(reports: Iterable[Report]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection with one Point feature per incident.

    An incident without coordinates keeps its feature with ``geometry: null``
    (valid GeoJSON), so nothing is silently dropped; map tools skip it.
    """
    features = []
    for report in reports:
        for incident in report.incidents:
            row = incident_row(report, incident)
            point = incident.point
            geometry = {"type": "Point", "coordinates": [point.lon, point.lat]} if point else None
            properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
            properties["admin1"] = list(incident.admin1)
            properties["admin2"] = list(incident.admin2)
            properties["settlements"] = list(incident.settlements)
            properties["sources"] = list(incident.sources)
            features.append({"type": "Feature", "id": incident.id, "geometry": geometry,
                             "properties": properties})
    return {"type": "FeatureCollection", "features": features}
