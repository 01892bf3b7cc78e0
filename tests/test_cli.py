from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from incidentkit.cli import main

from .conftest import SHARED_CORPUS, TEXT

TOY = ["--builtins", "", "--plugin", "tests.toy_plugin"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_extract_a_text_file_to_json(report_file: Path) -> None:
    code, out, err = run("extract", str(report_file), "--published", "2025-07-20", *TOY)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["id"] == "report" and data["published"] == "2025-07-20"
    assert data["quantities"][0]["span"] == [22, 31]
    assert data["incidents"][0]["counts"] == {"destroyed": 16}


def test_extract_a_corpus_keeps_ids_and_streams_jsonl(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"d{i}", "text": TEXT, "published": "2025-07-20",
                                            "times": ["gold is ignored"]}) for i in range(3)) + "\n")
    code, out, _ = run("extract", str(corpus), "--format", "jsonl", *TOY)
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["d0", "d1", "d2"]


def test_csv_has_one_row_per_incident(report_file: Path) -> None:
    code, out, _ = run("extract", str(report_file), str(report_file), "--format", "csv", *TOY)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 2
    assert rows[0]["weapon"] == "uav" and rows[0]["destroyed"] == "16" and rows[0]["admin1"] == "RU-KLU"
    assert rows[0]["sources"] == "Vladislav Shapsha"


def test_geojson_places_incidents(report_file: Path) -> None:
    code, out, _ = run("extract", str(report_file), "--format", "geojson", *TOY)
    feature = json.loads(out)["features"][0]
    assert code == 0 and feature["geometry"] == {"type": "Point", "coordinates": [36.0, 54.4]}


def test_bad_inputs_are_reported_and_the_good_ones_kept(tmp_path: Path, report_file: Path) -> None:
    bad_bytes = tmp_path / "latin1.txt"
    bad_bytes.write_bytes("Zaporizhzhia \xe9".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "ok", "text": "16 drones"}\n{not json}\n["a list"]\n')
    code, out, err = run("extract", str(tmp_path / "missing.txt"), str(bad_bytes), str(empty),
                         str(corpus), str(report_file), "--format", "jsonl", *TOY)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok", "report"]
    lines = err.splitlines()
    assert len(lines) == 5 and all(line.startswith("incidentkit: error: ") for line in lines)
    assert "missing.txt: cannot read" in err and "not valid UTF-8" in err and "empty" in err
    assert "c.jsonl:2: not JSON" in err and "c.jsonl:3: a record must be a JSON object" in err
    assert "Traceback" not in err


def test_bad_date_is_one_clear_message(report_file: Path) -> None:
    code, _out, err = run("extract", str(report_file), "--published", "2025-02-30", *TOY)
    assert code == 1 and "published='2025-02-30' is not an ISO 8601 date" in err


def test_plugins_lists_extractors(tmp_path: Path) -> None:
    code, out, _ = run("plugins", *TOY)
    assert code == 0
    assert out.splitlines()[0].split() == ["stage", "extractor", "plugin", "origin", "after", "before"]
    assert any(line.split()[:2] == ["quantities", "drones"] for line in out.splitlines())
    code, out, _ = run("plugins", "--json", *TOY)
    assert [e["extractor"] for e in json.loads(out)["extractors"]] == [
        "clock", "kaluga", "drones", "said", "assemble"]


def test_unknown_plugin_is_a_usage_error() -> None:
    code, _, err = run("plugins", "--plugin", "no.such.module")
    assert code == 2 and "cannot be imported" in err


def test_evaluate_scores_predictions(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "text": TEXT, "published": "2025-07-20", "times": [],
        "locations": [{"text": "Kaluga region", "type": "admin1", "name": "Kaluga Oblast",
                       "country": "RU", "admin1": "RU-KLU"}],
        "quantities": [{"text": "16 drones", "value": 16, "approx": "exact", "item": "uav",
                        "role": "destroyed"}],
        "attributions": [], "incidents": []}) + "\n")
    code, out, _ = run("evaluate", str(gold), "--json", *TOY)
    fields = json.loads(out)["fields"]
    assert code == 0
    assert fields["quantities.typed"]["f1"] == 1.0
    assert fields["locations.resolved"]["f1"] == 1.0
    assert fields["times.span"]["precision"] == 0.0  # the toy finds 8:00, the gold has no times


@pytest.mark.skipif(not (SHARED_CORPUS / "dev.jsonl").exists(), reason="shared corpus not present")
def test_evaluate_prints_the_table_for_the_shared_corpus() -> None:
    code, out, _ = run("evaluate", str(SHARED_CORPUS / "dev.jsonl"), "--builtins", "")
    assert code == 0
    assert "times.span" in out and "incidents.found" in out and "incidents.casualties" in out


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "incidentkit", "--version"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("incidentkit ")


def test_evaluate_reports_extractor_problems(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": TEXT, "times": [], "locations": [], "quantities": [],
                                "attributions": [], "incidents": []}) + "\n")
    code, out, _ = run("evaluate", str(gold), *TOY, "--plugin", "tests.broken_plugin")
    assert code == 0
    assert "1 extractor problems" in out
    assert "g1: broken (quantities): RuntimeError: regex exploded" in out
