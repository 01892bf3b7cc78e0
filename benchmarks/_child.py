"""Measurements that need a fresh interpreter: start-up time and peak memory.

Run by :mod:`benchmarks.run` as ``python -m benchmarks._child MODE [ARG]``;
prints one JSON object. ``incidentkit`` is imported before anything else so
the start-up figure is the library's own.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()
import incidentkit  # noqa: E402 - timed on purpose

_T_IMPORT = time.perf_counter() - _T0

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def _max_rss_mb() -> float:
    # On Linux, getrusage's maximum survives exec: a child started by a big parent would
    # report the parent's size. /proc's VmHWM is this process image's own peak.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    # Elsewhere: Linux reports kilobytes, macOS bytes.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def startup() -> dict[str, float]:
    from benchmarks.harness import select_builtins

    start = time.perf_counter()
    # Finding the built-ins imports their packages, as Pipeline() would: counted as build time.
    selection = select_builtins(validate=False)
    pipeline = incidentkit.Pipeline(**selection.pipeline_args())
    built = time.perf_counter() - start
    start = time.perf_counter()
    pipeline.extract("Air defence destroyed 16 drones over the Kaluga region overnight, the governor said.",
                     published="2025-07-20")
    first = time.perf_counter() - start
    return {"import_s": _T_IMPORT, "pipeline_s": built, "first_report_s": first,
            "rss_mb": _max_rss_mb()}


def memory(kind: str, count: int = 300) -> dict[str, float]:
    from benchmarks.generate import long_report, reports
    from benchmarks.harness import loaded_pipeline

    pipeline = loaded_pipeline()
    baseline = _max_rss_mb()
    if kind == "stream":
        items = reports(count, 3000, seed=7)
        count = sum(1 for _ in pipeline.extract_many(items))
        size = sum(len(r["text"]) for r in items)
    else:
        total = int(kind)
        text, _ = long_report(total, seed=7)
        pipeline.extract(text, published="2025-07-20")
        count, size = 1, len(text)
    return {"reports": count, "chars": size, "rss_after_build_mb": baseline, "rss_peak_mb": _max_rss_mb()}


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "startup"
    if mode == "startup":
        result = startup()
    elif mode == "memory":
        result = memory(argv[1] if len(argv) > 1 else "stream", int(argv[2]) if len(argv) > 2 else 300)
    else:
        print(f"unknown mode {mode!r}; use startup or memory", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
