"""The benchmark suite: ``python -m benchmarks [--quick] [--json PATH] [--only SECTION ...]``.

Sections (all on generated reports, never the gold corpus):

``startup``
    import + pipeline build + first report, in fresh interpreters (median of 3), with
    the bytecode cached as an installed package has it, and without.
``throughput``
    reports/s and kB/s for ~3 kB reports, end to end and per stage (one process).
``scaling``
    time against text length: one report of 1 kB, 10 kB, 100 kB and 1 MB, each
    made of 1 kB pieces, against the same pieces as separate reports; the ratio
    (1.0 = perfectly linear) end to end and per stage.
``memory``
    peak resident memory of a fresh process streaming 3 kB reports, and of one
    extracting a 1 MB report.
``processes``
    ``Pipeline.extract_many`` throughput with 1 and 2 processes (best of three
    alternating runs each), checking that order is kept and a bad item becomes a
    ``Failure`` without stopping the stream.

Targets (issue 8) are checked and printed beside each figure.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from incidentkit import Failure, Pipeline, Report

from .generate import load_names, long_report, reports
from .harness import loaded_pipeline, select_builtins, timed_pipeline

SECTIONS = ("startup", "throughput", "scaling", "memory", "processes")

TARGETS = {
    "throughput_reports_per_s": 500.0,  # >= for ~3 kB reports, one process
    "linearity_ratio": 1.3,  # <= time(1 MB report) / time(1000 reports of 1 kB)
    "startup_s": 0.5,  # < import + default pipeline
    "peak_memory_mb": 150.0,  # <
    "process_speedup": 1.7,  # >= throughput(2 processes) / throughput(1)
}

_ROOT = Path(__file__).resolve().parent.parent


def _out(line: str = "") -> None:
    print(line, flush=True)


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> None:
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for n, row in enumerate(cells):
        padded = (c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        _out("  " + "  ".join(padded))
        if n == 0:
            _out("  " + "  ".join("-" * w for w in widths))


def _child(*args: str, env_changes: dict[str, str | None] | None = None) -> dict[str, Any]:
    path = os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path)
    for name, value in (env_changes or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    done = subprocess.run([sys.executable, "-m", "benchmarks._child", *args], capture_output=True,
                          text=True, env=env, cwd=_ROOT, check=False, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child {args} failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------- sections

def bench_startup(quick: bool) -> dict[str, Any]:
    # An installed package has its modules' bytecode cached (pip writes it), so Python does not
    # compile the source at each start; from a source checkout, or with PYTHONDONTWRITEBYTECODE
    # set, every start compiles it. Measured both ways: the installed way against the target.
    with tempfile.TemporaryDirectory(prefix="incidentkit-bytecode-") as cache:
        cached = {"PYTHONDONTWRITEBYTECODE": None, "PYTHONPYCACHEPREFIX": cache}
        _child("startup", env_changes=cached)  # writes the bytecode
        runs = [_child("startup", env_changes=cached) for _ in range(1 if quick else 3)]
    cold = [_child("startup", env_changes={"PYTHONDONTWRITEBYTECODE": "1"}) for _ in range(1 if quick else 3)]
    result = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    result["startup_s"] = result["import_s"] + result["pipeline_s"]
    result["startup_no_bytecode_s"] = statistics.median(r["import_s"] + r["pipeline_s"] for r in cold)
    _out(f"Start-up (fresh interpreter, median of {len(runs)}; bytecode cached, as installed by pip)")
    ok = result["startup_s"] < TARGETS["startup_s"]
    _table([["import incidentkit", f"{result['import_s'] * 1000:.0f} ms", ""],
            ["build the pipeline", f"{result['pipeline_s'] * 1000:.0f} ms", ""],
            ["import + pipeline", f"{result['startup_s'] * 1000:.0f} ms",
             f"< {TARGETS['startup_s'] * 1000:.0f} ms {_verdict(ok)}"],
            ["first report (lazy data)", f"{result['first_report_s'] * 1000:.0f} ms", ""],
            ["import + pipeline, no bytecode cache", f"{result['startup_no_bytecode_s'] * 1000:.0f} ms",
             "(source compiled at each start)"]],
           ["step", "time", "target"])
    return result


def _run_timed(pipeline: Pipeline, items: Sequence[dict[str, Any]]) -> tuple[float, dict[str, float], int]:
    timed, timer = timed_pipeline(pipeline)
    timed.extract(items[0]["text"], published=items[0]["published"])  # warm caches and lazy loads
    timer.reset()
    problems = 0
    start = time.perf_counter()
    for item in items:
        report = timed.extract(item["text"], published=item["published"])
        problems += len(report.problems)
    elapsed = time.perf_counter() - start
    return elapsed, timer.by_stage(), problems


def bench_throughput(pipeline: Pipeline, quick: bool) -> dict[str, Any]:
    items = reports(60 if quick else 2000, 3000, seed=1)
    chars = sum(len(r["text"]) for r in items)
    kb = chars / 1000
    elapsed, stages, problems = _run_timed(pipeline, items)
    rate = len(items) / elapsed
    result: dict[str, Any] = {"reports": len(items), "mean_chars": chars / len(items), "seconds": elapsed,
                              "reports_per_s": rate, "kb_per_s": kb / elapsed, "problems": problems,
                              "stages": {}}
    _out(f"Throughput: {len(items)} generated reports of ~{chars / len(items) / 1000:.1f} kB, one process")
    rows = []
    for stage, seconds in stages.items():
        per_s = len(items) / seconds if seconds else float("inf")
        result["stages"][stage] = {"seconds": seconds, "reports_per_s": per_s, "kb_per_s": kb / seconds
                                   if seconds else float("inf"), "share": seconds / elapsed}
        rows.append([stage, f"{per_s:,.0f}", f"{kb / seconds if seconds else float('inf'):,.0f}",
                     f"{seconds / elapsed:.0%}", ""])
    overhead = elapsed - sum(stages.values())
    rows.append(["(pipeline core)", "", "", f"{overhead / elapsed:.0%}", ""])
    ok = rate >= TARGETS["throughput_reports_per_s"]
    rows.append(["end to end", f"{rate:,.0f}", f"{kb / elapsed:,.0f}", "100%",
                 f">= {TARGETS['throughput_reports_per_s']:.0f}/s {_verdict(ok)}"])
    _table(rows, ["stage", "reports/s", "kB/s", "share", "target"])
    if problems:
        _out(f"  !! {problems} problems recorded by extractors on generated reports")
    return result


def bench_scaling(pipeline: Pipeline, quick: bool) -> dict[str, Any]:
    sizes = (1_000, 10_000, 50_000) if quick else (1_000, 10_000, 100_000, 1_000_000)
    timed, timer = timed_pipeline(pipeline)
    timed.extract("Warm-up: 3 drones were shot down over Kursk region.", published="2025-07-20")
    result: dict[str, Any] = {}
    rows = []
    for size in sizes:
        text, pieces = long_report(size, 1000, seed=size)
        timer.reset()
        start = time.perf_counter()
        for piece in pieces:
            timed.extract(piece, published="2025-07-20")
        pieces_s = time.perf_counter() - start
        pieces_stages = timer.by_stage()
        timer.reset()
        start = time.perf_counter()
        report = timed.extract(text, published="2025-07-20")
        whole_s = time.perf_counter() - start
        whole_stages = timer.by_stage()
        ratio = whole_s / pieces_s
        stage_ratio = {s: whole_stages[s] / pieces_stages[s] if pieces_stages[s] else float("nan")
                       for s in whole_stages}
        result[str(size)] = {"chars": len(text), "pieces": len(pieces), "seconds": whole_s,
                             "pieces_seconds": pieces_s, "ratio": ratio, "stage_ratio": stage_ratio,
                             "stage_seconds": whole_stages, "problems": len(report.problems)}
        worst = max(stage_ratio, key=lambda s: stage_ratio[s]) if stage_ratio else "-"
        rows.append([f"{len(text) / 1000:,.0f} kB", len(pieces), f"{whole_s * 1000:,.1f} ms",
                     f"{len(text) / 1000 / whole_s:,.0f}", f"{ratio:.2f}",
                     f"{worst} {stage_ratio.get(worst, float('nan')):.2f}" if stage_ratio else "-"])
    # the largest report with no line break at all, against the same text as separate reports
    # (every stage is linear within a paragraph: tests/test_hardening.py checks 1 MB on one line)
    line_size = sizes[-1]
    text, pieces = long_report(line_size, 1000, seed=line_size)
    one_line = " ".join(text.split())
    timer.reset()
    start = time.perf_counter()
    report = timed.extract(one_line, published="2025-07-20")
    line_s = time.perf_counter() - start
    line_stages = timer.by_stage()
    pieces_s = result[str(line_size)]["pieces_seconds"]
    line_ratio = line_s / pieces_s
    result["one_line"] = {"chars": len(one_line), "seconds": line_s, "ratio": line_ratio,
                          "stage_seconds": line_stages, "problems": len(report.problems)}
    rows.append([f"{len(one_line) / 1000:,.0f} kB, 1 line", len(pieces), f"{line_s * 1000:,.1f} ms",
                 f"{len(one_line) / 1000 / line_s:,.0f}", f"{line_ratio:.2f}",
                 max(line_stages, key=lambda s: line_stages[s]) + " (slowest)" if line_stages else "-"])
    _out("Time against text length (one report of N kB vs the same N pieces of 1 kB as separate reports)")
    _table(rows, ["report", "pieces", "time", "kB/s", "ratio", "worst stage ratio"])
    largest = result[str(sizes[-1])]
    ok = largest["ratio"] <= TARGETS["linearity_ratio"]
    _out(f"  linearity ratio at {sizes[-1] / 1000:,.0f} kB: {largest['ratio']:.2f} "
         f"(target <= {TARGETS['linearity_ratio']}) {_verdict(ok)}")
    for stage, value in largest["stage_ratio"].items():
        _out(f"    {stage:<12} {value:6.2f}  ({largest['stage_seconds'][stage] * 1000:,.1f} ms)")
    result["linearity_ratio"] = largest["ratio"]
    return result


def bench_memory(quick: bool) -> dict[str, Any]:
    stream = _child("memory", "stream", "60" if quick else "300")
    big = _child("memory", "50000" if quick else "1000000")
    peak = max(stream["rss_peak_mb"], big["rss_peak_mb"])
    _out("Peak memory (resident set of a fresh process)")
    _table([["pipeline built", f"{stream['rss_after_build_mb']:.0f} MB", ""],
            [f"{stream['reports']} reports of ~3 kB streamed", f"{stream['rss_peak_mb']:.0f} MB", ""],
            [f"one report of {big['chars'] / 1000:,.0f} kB", f"{big['rss_peak_mb']:.0f} MB", ""],
            ["peak", f"{peak:.0f} MB", f"< {TARGETS['peak_memory_mb']:.0f} MB "
             f"{_verdict(peak < TARGETS['peak_memory_mb'])}"]],
           ["case", "peak RSS", "target"])
    return {"stream": stream, "long_report": big, "peak_mb": peak}


def _digest(result: Report | Failure) -> str:
    """A short fingerprint of one result, to compare runs without keeping their objects."""
    data = repr(result) if isinstance(result, Failure) else json.dumps(result.to_dict(), sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def bench_processes(pipeline: Pipeline, quick: bool) -> dict[str, Any]:
    items: list[object] = list(reports(60 if quick else 1000, 3000, seed=2))
    bad_at = len(items) // 2
    items.insert(bad_at, {"id": "bad", "text": "   "})  # must become a Failure in place
    rounds = 1 if quick else 3
    seconds: dict[int, list[float]] = {1: [], 2: []}
    digests: dict[int, list[str]] = {}
    order_ok = failure_ok = True
    expected_ids = [item["id"] if isinstance(item, dict) else None for item in items]
    # Rounds of one run each way, alternating, and the best of each: a 2-CPU virtual machine
    # lends its cores to others now and then, which slows one run by 5-10% at random.
    for _ in range(rounds):
        for processes in (1, 2):
            gc.collect()
            start = time.perf_counter()
            out = list(pipeline.extract_many(items, processes=processes, chunksize=32))
            seconds[processes].append(time.perf_counter() - start)
            order_ok &= [o.id if isinstance(o, Failure) else o.document.id for o in out] == expected_ids
            failure_ok &= isinstance(out[bad_at], Failure) and len(out) == len(items)
            # Each run starts from the same state: the parent does not hold another run's
            # reports (millions of objects its garbage collector would walk while workers run).
            digests[processes] = [_digest(o) for o in out]
            del out
    same = digests[1] == digests[2]
    results = {processes: min(times) for processes, times in seconds.items()}
    speedup = results[1] / results[2]
    cpus = os.cpu_count() or 1
    _out(f"extract_many over processes ({len(items)} reports of ~3 kB, chunksize 32, {cpus} CPUs, "
         f"best of {rounds} alternating runs)")
    _table([["1 (the caller)", f"{results[1]:.2f} s", f"{len(items) / results[1]:,.0f}",
             "runs: " + ", ".join(f"{t:.2f}" for t in seconds[1])],
            ["2 (+1 worker)", f"{results[2]:.2f} s", f"{len(items) / results[2]:,.0f}",
             "runs: " + ", ".join(f"{t:.2f}" for t in seconds[2])]],
           ["processes", "time", "reports/s", ""])
    _out(f"  speed-up {speedup:.2f}x (target >= {TARGETS['process_speedup']}) "
         f"{_verdict(speedup >= TARGETS['process_speedup'])}; "
         f"each round's: {', '.join(f'{a / b:.2f}x' for a, b in zip(seconds[1], seconds[2], strict=True))}")
    _out(f"  order kept: {order_ok}; bad item became a Failure, stream went on: {failure_ok}; "
         f"same results with 1 and 2 processes: {same}")
    return {"reports": len(items), "seconds_1": results[1], "seconds_2": results[2], "speedup": speedup,
            "runs_1": seconds[1], "runs_2": seconds[2],
            "order_kept": order_ok, "failure_isolated": failure_ok, "same_results": same, "cpus": cpus}


def _profile(pipeline: Pipeline, quick: bool, top: int) -> None:
    """Where the time of the throughput run goes, by function (own time), to find hot spots."""
    import cProfile
    import io
    import pstats

    items = reports(30 if quick else 300, 3000, seed=1)
    pipeline.extract(items[0]["text"], published=items[0]["published"])
    profiler = cProfile.Profile()
    profiler.enable()
    for item in items:
        pipeline.extract(item["text"], published=item["published"])
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(top)
    _out(f"Profile of {len(items)} reports (own time per function, slowed by the profiler)")
    lines = stream.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    for line in lines[start:]:
        if line.strip():
            _out("  " + line.replace(str(_ROOT) + "/", "").replace("/src/incidentkit/", ""))


# ---------------------------------------------------------------- main

def _load() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # not on every platform
        return 0.0


def _summary(results: dict[str, Any]) -> list[tuple[str, str, bool]]:
    checks: list[tuple[str, str, bool]] = []
    if "throughput" in results:
        rate = results["throughput"]["reports_per_s"]
        checks.append(("reports/s (3 kB, 1 core)", f"{rate:,.0f}",
                       rate >= TARGETS["throughput_reports_per_s"]))
    if "scaling" in results:
        ratio = results["scaling"]["linearity_ratio"]
        checks.append(("linearity ratio", f"{ratio:.2f}", ratio <= TARGETS["linearity_ratio"]))
    if "startup" in results:
        s = results["startup"]["startup_s"]
        checks.append(("start-up", f"{s * 1000:.0f} ms", s < TARGETS["startup_s"]))
    if "memory" in results:
        m = results["memory"]["peak_mb"]
        checks.append(("peak memory", f"{m:.0f} MB", m < TARGETS["peak_memory_mb"]))
    if "processes" in results:
        p = results["processes"]
        met = p["speedup"] >= TARGETS["process_speedup"] and p["order_kept"] and p["failure_isolated"]
        checks.append(("2-process speed-up", f"{p['speedup']:.2f}x", met))
    return checks


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="small sizes: a fast sanity run (figures are rougher than a full run's)")
    parser.add_argument("--json", metavar="PATH",
                        help="also write the figures as JSON to PATH ('-' for stdout)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, metavar="SECTION",
                        help=f"run only these sections: {', '.join(SECTIONS)}")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--profile", type=int, nargs="?", const=25, metavar="N",
                        help="profile the throughput run and print its N costliest functions (default 25)")
    args = parser.parse_args(argv)
    sections = args.only or list(SECTIONS)

    selection = select_builtins()
    pipeline = loaded_pipeline()
    env = {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
           "builtins": list(selection.names), "missing": selection.missing,
           "extractors": [f"{s.stage.value}:{s.name}" for s in pipeline.extractors],
           "names": load_names().origin, "quick": args.quick, "load_average": _load()}
    _out(f"incidentkit benchmarks — Python {env['python']}, {env['cpus']} CPUs, "
         f"{'quick' if args.quick else 'full'} run")
    if env["load_average"] > 0.5:
        _out(f"!! load average {env['load_average']:.1f} before the run: other work shares the CPUs, "
             "figures will be low")
    _out(f"built-ins loaded: {', '.join(selection.names) or 'none'}")
    for name, why in selection.missing.items():
        _out(f"  not loaded: {name} ({why})")
    _out(f"extractors: {', '.join(env['extractors']) or 'none'}; generator names from {env['names']}")
    results: dict[str, Any] = {"environment": env}
    for section in sections:
        _out()
        load = _load()
        if load > 1.0:
            _out(f"(load average {load:.1f}: other processes compete for the CPUs)")
        if section == "startup":
            results[section] = bench_startup(args.quick)
        elif section == "throughput":
            results[section] = bench_throughput(pipeline, args.quick)
            if args.profile:
                _profile(pipeline, args.quick, args.profile)
        elif section == "scaling":
            results[section] = bench_scaling(pipeline, args.quick)
        elif section == "memory":
            results[section] = bench_memory(args.quick)
        elif section == "processes":
            results[section] = bench_processes(pipeline, args.quick)
        results[section]["load_average_before"] = load
    checks = _summary(results)
    _out()
    _out("Summary")
    _table([[name, value, _verdict(ok)] for name, value, ok in checks], ["target", "measured", ""])
    results["targets"] = TARGETS
    results["checks"] = {name: {"measured": value, "met": ok} for name, value, ok in checks}
    if args.json:
        data = json.dumps(results, indent=2, default=str)
        if args.json == "-":
            print(data)
        else:
            Path(args.json).write_text(data + "\n", encoding="utf-8")
    return 1 if args.strict and not all(ok for _, _, ok in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
