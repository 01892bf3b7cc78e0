#!/usr/bin/env python3
"""Throughput of the locations stage alone on corpus texts.

usage: python scripts/bench_locations.py [CORPUS.jsonl ...] [--repeat N]

Prints the gazetteer's load time and the stage's documents and characters per
second (best of N rounds; each round uses fresh text objects, so no cache of
an earlier round helps).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    from incidentkit.builtin.locations import LocationExtractor, default_gazetteer
    from incidentkit.models import Document, Findings

    gazetteer = default_gazetteer()
    load = time.perf_counter() - start
    texts = [json.loads(line)["text"] for path in args.corpus for line in path.open(encoding="utf-8")
             if line.strip()]
    if not texts:
        parser.error("no texts: give corpus files")
    extractor = LocationExtractor()
    extractor.extract(Document(text=texts[0]), Findings())
    best = float("inf")
    for round_ in range(args.repeat):
        documents = [Document(text=text + " " * (round_ + 1)) for text in texts]
        began = time.perf_counter()
        for document in documents:
            extractor.extract(document, Findings())
        best = min(best, time.perf_counter() - began)
    characters = sum(len(t) for t in texts)
    print(f"gazetteer: {len(gazetteer)} places, loaded in {load:.3f} s (with imports)")
    print(f"locations stage: {len(texts)} documents, {characters} characters: "
          f"{len(texts) / best:.0f} docs/s, {characters / best / 1e6:.2f} M characters/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
