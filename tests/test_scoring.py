from __future__ import annotations

from incidentkit.models import Span
from incidentkit.scoring import evaluate, match_incidents, match_spans, normalise_name, score_document

TEXT = "Drones hit Kursk. Drones hit Kursk again."


def test_spans_pair_one_to_one_by_largest_overlap() -> None:
    gold = [Span(0, 10), Span(12, 20)]
    pred = [Span(5, 14), Span(0, 8), Span(30, 31)]
    assert sorted(match_spans(gold, pred)) == [(0, 1), (1, 0)]


def test_kth_occurrence_locates_repeated_gold_text() -> None:
    gold = {"id": "d", "text": TEXT, "locations": [
        {"text": "Kursk", "type": "admin1", "name": "Kursk Oblast", "admin1": "RU-KRS"},
        {"text": "Kursk", "type": "admin1", "name": "Kursk Oblast", "admin1": "RU-KRS"}]}
    pred = {"locations": [{"span": [29, 34], "type": "admin1", "name": "Kursk region", "admin1": "RU-KRS"}]}
    score = score_document(gold, pred, kinds=["locations"])
    span, resolved = score.fields["locations.span"], score.fields["locations.resolved"]
    assert (span.tp, span.pred, span.gold) == (1, 1, 2)
    assert resolved.tp == 1  # "Kursk region" and "Kursk Oblast" are the same name


def test_name_normalisation_ignores_type_words_and_transliteration() -> None:
    assert normalise_name("Republic of Tatarstan") == normalise_name("Tatarstan")
    assert normalise_name("Duminichskiy District") == normalise_name("Duminichsky")
    assert normalise_name("Kursk Oblast") != normalise_name("Kaluga Oblast")


def test_incidents_pair_by_shared_counts_and_fields_are_scored() -> None:
    gold = [{"weapon": "uav", "counts": {"destroyed": 16}, "admin1": ["RU-KLU"], "sources": ["A", "B"],
             "killed": 0, "injured": 0},
            {"weapon": "uav", "counts": {}, "admin1": ["RU-BEL"], "sources": []}]
    pred = [{"weapon": "uav", "counts": {}, "admin1": ["RU-BEL"]},
            {"weapon": "uav", "counts": {"destroyed": 16, "launched": 20}, "admin1": ["RU-KLU"],
             "sources": ["B", "A", "C"], "killed": 0, "injured": 0}]
    assert sorted(match_incidents(gold, pred)) == [(0, 1), (1, 0)]
    result = evaluate([{"id": "d", "text": TEXT, "incidents": gold}], {"d": {"incidents": pred}})
    acc = result.total.incident_fields
    assert acc["counts"].right == 1 and acc["sources"].right == 2 and acc["admin1"].right == 2
    assert result.total.fields["incidents.found"].f1 == 1.0


def test_missing_predictions_count_as_empty() -> None:
    result = evaluate([{"id": "d", "text": TEXT, "times": [{"text": "again", "type": "DATE",
                                                              "value": "PRESENT_REF"}]}], {})
    assert result.missing == ["d"]
    assert result.total.fields["times.span"].recall == 0.0
