"""A long fuzz run: ``python -m benchmarks.fuzz --examples 20000 [--seed N] [--out fuzz.json]``.

Hypothesis generates inputs of four kinds — arbitrary Unicode text,
report-like token soup, generated reports, and mutated reports (generated
ones, and the gold corpus's texts when ``../shared/corpus`` or ``--corpus``
has them) — and every one is run through the pipeline with every loaded
built-in. Each example is checked like the property tests check theirs: no
exception (whitespace-only text may be rejected with ``InputError``), no
extractor failure recorded as a problem, offsets inside the text and equal
to the mention's text, exact JSON round trip, the same output on a second
run. Unlike a test, the run does not stop at the first failure: failures are
grouped by signature (kind, stage, message) with the shortest input kept for
each, then shrunk by deleting chunks while the failure persists; slow inputs
(under ``--min-rate`` characters per second) are listed. A summary is
printed and, with ``--out``, written as JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Any

import regex
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from incidentkit import InputError, Pipeline, Report

from .generate import ReportGenerator
from .harness import loaded_pipeline

_ROOT = Path(__file__).resolve().parent.parent

TOKENS = (
    "16", "1,200", "3.5", "0", "007", "12345678901234567890", "twenty-five", "a dozen", "dozens", "about",
    "at least", "more than", "up to", "drones", "UAVs", "missiles", "Kh-101", "Shahed-136", "S-400",
    "killed", "injured", "shot down", "destroyed", "intercepted", "hit", "over", "in", "the",
    "Kursk region", "Kaluga", "Bryansk Oblast", "Kyiv", "Crimea", "Black Sea", "District", "Governor",
    "said", "wrote", "according to", "reportedly", "Telegram", "Ministry of Defence", "Air Force",
    "overnight", "yesterday", "tomorrow", "July 20", "20 July 2025", "2025-07-20", "8:00", "23:59",
    "12:30", "Moscow time", "MSK", "between", "and", "from", "to", "the past 24 hours", "Monday",
    "night", "no casualties", "no one was hurt", "hours", "P1D", "XXXX", ".", ",", ";", ":", "—", "-",
    "–", "(", ")", "[", "]", "{", "}", "\"", "'", "«", "»", "“", "”", "…", "!", "?", "/", "\\", "\n",
    "\n\n", "\r\n", "\r", "\t", "  ", "\x00", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029",
    "\u200b", "\u200d", "\ufeff", "\u202e", "\u0301", "שלום", "عربي", "١٦", "Курск", "беспилотники",
    "🚀", "🇺🇦", "👍🏽", "𝟏𝟔", "Ⅻ", "½", "²",
)

#: Counts and years at and beyond what a calendar, a float or a C int can hold.
EXTREME_NUMBERS = ("0", "00", "9999", "10000", "99999", "900000", "5000000", "2147483648", "9" * 19,
                   "1" * 20, "1" * 310, "1" * 400, "1,000,000,000,000", "0.0000001", "1" * 310 + ".5")

ADVERSARIAL_UNITS = ("1", "12 ", " ", "\n", ".", "(", ")", "drones ", "8:00 ", "\"said", "a.", "-", "\t",
                     "July ", "1,000,", "Kursk ")


_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")


def _mutate(text: str, rng: random.Random, donors: list[str]) -> str:
    for _ in range(rng.randint(1, 4)):
        if not text:
            break
        kind = rng.randrange(10)
        a = rng.randrange(len(text))
        if kind == 0:
            text = text[:a] + text[a + rng.randint(1, 300):]
        elif kind == 1:
            text = text[:a] + text[a:a + rng.randint(1, 300)] * rng.randint(2, 6) + text[a:]
        elif kind == 2:
            text = text[:a] + rng.choice(TOKENS) + text[a:]
        elif kind == 3:
            text = "".join(rng.choice("0123456789") if c.isdigit() else c for c in text)
        elif kind == 4:
            text = text.replace("\n", rng.choice(("\r\n", "\r", "\u2028", " ", "\n\n\n")))
        elif kind == 5:
            text = rng.choice((text.upper(), text.lower(), text.swapcase()))
        elif kind == 6:
            text = text[:a] + rng.choice(ADVERSARIAL_UNITS) * rng.randint(50, 3000) + text[a:]
        elif kind == 8:  # some numbers of the text made extreme: "5000000 days ago", "1e400 drones"
            text = _NUMBER.sub(lambda m: rng.choice(EXTREME_NUMBERS) if rng.random() < 0.3 else m[0], text)
        elif kind == 7 and donors:
            other = rng.choice(donors)
            text = text[:a] + other[rng.randrange(len(other)):]
        else:
            text = text[:a]
    return text


class _Stats:
    def __init__(self) -> None:
        self.tried = 0
        self.chars = 0
        self.by_kind: dict[str, int] = {}


def _corpus_texts(path: Path | None) -> list[str]:
    folder = path or _ROOT.parent / "shared" / "corpus"
    texts: list[str] = []
    if folder.is_dir():
        for file in sorted(folder.glob("*.jsonl")):
            for line in file.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return texts


def _problems(pipeline: Pipeline, text: str, published: str | None) -> list[tuple[str, str]]:
    """(signature, detail) of each broken invariant for one input; empty when all hold."""
    try:
        report = pipeline.extract(text, published=published)
    except InputError as exc:
        return [] if not text.strip() else [(f"InputError: {exc}", "")]
    except Exception as exc:
        return [(f"raised {type(exc).__name__}: {str(exc)[:120]}", traceback.format_exc(limit=-3))]
    found: list[tuple[str, str]] = []
    for problem in report.problems:
        found.append((f"problem in {problem.extractor} ({problem.stage}): {problem.kind}: "
                      f"{problem.message[:120]}", ""))
    doc = report.document.text
    for field in ("times", "intervals", "locations", "quantities", "attributions"):
        for mention in getattr(report, field):
            span = mention.span
            if not (0 <= span.start < span.end <= len(doc)) or doc[span.start:span.end] != mention.text:
                found.append((f"bad offsets in {field}", repr(mention)[:300]))
    try:
        if Report.from_json(report.to_json()) != report:
            found.append(("JSON round trip differs", ""))
    except Exception as exc:
        found.append((f"JSON round trip raised {type(exc).__name__}: {str(exc)[:120]}", ""))
    if pipeline.extract(text, published=published) != report:
        found.append(("second run differs", ""))
    return found


def _shrink(pipeline: Pipeline, text: str, published: str | None, signature: str,
            budget_s: float = 20.0) -> str:
    """A shorter input that still breaks ``signature``: deletes ever smaller chunks while it does."""
    deadline = time.perf_counter() + budget_s

    def still_fails(candidate: str) -> bool:
        return bool(candidate.strip()) and any(
            sig == signature for sig, _ in _problems(pipeline, candidate, published))

    chunk = max(1, len(text) // 2)
    while chunk >= 1 and time.perf_counter() < deadline:
        index, changed = 0, False
        while index < len(text) and time.perf_counter() < deadline:
            candidate = text[:index] + text[index + chunk:]
            if still_fails(candidate):
                text, changed = candidate, True
            else:
                index += chunk
        if not changed:
            chunk //= 2
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz",
                                     description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--examples", type=int, default=2000, help="inputs to try (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="hypothesis seed (default 0)")
    parser.add_argument("--max-size", type=int, default=3000, help="longest arbitrary text, in characters")
    parser.add_argument("--time-limit", type=float, default=0.0, help="stop trying inputs after this many s")
    parser.add_argument("--min-rate", type=float, default=20_000.0,
                        help="chars/s under which an input over 2,000 chars is listed as slow")
    parser.add_argument("--corpus", type=Path,
                        help="folder of *.jsonl reports to mutate (default ../shared/corpus)")
    parser.add_argument("--out", type=Path, help="write the summary as JSON here")
    args = parser.parse_args(argv)

    pipeline = loaded_pipeline()
    donors = _corpus_texts(args.corpus)
    generated = [r["text"] for r in ReportGenerator(seed=args.seed).reports(200, 3000)]
    seeds = generated + donors
    failures: dict[str, dict[str, Any]] = {}
    slow: list[dict[str, Any]] = []
    stats = _Stats()
    start_all = time.perf_counter()

    texts = st.one_of(
        st.tuples(st.just("unicode"), st.text(max_size=args.max_size)),
        st.tuples(st.just("tokens"), st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)),
                                              max_size=200).map(" ".join)),
        st.tuples(st.just("generated"), st.sampled_from(generated)),
        st.tuples(st.just("mutated"), st.tuples(st.sampled_from(seeds), st.integers(0, 2**32 - 1)).map(
            lambda pair: _mutate(pair[0], random.Random(pair[1]), donors or generated))),
    )
    published = st.one_of(st.just("2025-07-20"), st.none(), st.sampled_from(
        ("1900-01-01", "2200-12-31", "2024-02-29", "2025-07-20T23:59:59+14:00", "2025-01-01T00:00:00-12:00")))

    @hypothesis_seed(args.seed)
    @settings(max_examples=args.examples, phases=[Phase.generate], deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=texts, date=published)
    def run(case: tuple[str, str], date: str | None) -> None:
        if args.time_limit and time.perf_counter() - start_all > args.time_limit:
            return
        kind, text = case
        start = time.perf_counter()
        broken = _problems(pipeline, text, date)
        spent = time.perf_counter() - start
        stats.tried += 1
        stats.chars += len(text)
        stats.by_kind[kind] = stats.by_kind.get(kind, 0) + 1
        # three runs for a valid input (extract, round trip, repeat): rate per run
        if len(text) > 2000 and spent > 0 and 3 * len(text) / spent < args.min_rate:
            slow.append({"kind": kind, "chars": len(text), "seconds": round(spent / 3, 3),
                         "head": text[:120]})
        for signature, detail in broken:
            entry = failures.setdefault(signature, {"count": 0, "input": text, "published": date,
                                                    "kind": kind, "detail": detail})
            entry["count"] += 1
            if len(text) < len(entry["input"]):
                entry.update(input=text, published=date, kind=kind, detail=detail)
        if stats.tried % 500 == 0:
            print(f"  {stats.tried} inputs, {len(failures)} distinct failures, {len(slow)} slow",
                  flush=True)

    print(f"fuzzing with {', '.join(s.name for s in pipeline.extractors) or 'no extractors'}: "
          f"{args.examples} examples, seed {args.seed}, {len(donors)} corpus texts to mutate", flush=True)
    run()
    elapsed = time.perf_counter() - start_all
    slow.sort(key=lambda s: s["chars"] / max(s["seconds"], 1e-9))
    for signature, entry in failures.items():
        entry["shrunk"] = _shrink(pipeline, entry["input"], entry["published"], signature)
    summary = {
        "examples_requested": args.examples, "tried": stats.tried, "by_kind": stats.by_kind,
        "chars": stats.chars, "seconds": round(elapsed, 1), "seed": args.seed,
        "extractors": [s.name for s in pipeline.extractors],
        "distinct_failures": len(failures),
        "failures": [{"signature": sig, **e}
                     for sig, e in sorted(failures.items(), key=lambda kv: -kv[1]["count"])],
        "slow": slow[:20],
    }
    print(f"tried {stats.tried} inputs ({stats.chars / 1e6:.1f} M chars) in {elapsed:.0f} s; "
          f"{len(failures)} distinct failures; {len(slow)} slow inputs")
    for item in summary["failures"]:
        print(f"  [{item['count']}x] {item['signature']}")
        print(f"        shortest input ({item['kind']}, {len(item['input'])} chars), shrunk to "
              f"{len(item['shrunk'])}: {item['shrunk'][:300]!r} (published={item['published']!r})")
    for item in slow[:5]:
        print(f"  slow: {item['chars']} chars in {item['seconds']} s ({item['kind']}): {item['head'][:80]!r}")
    if args.out:
        args.out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
