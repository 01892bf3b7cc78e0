"""Property tests (hypothesis) of the pipeline with every loaded built-in.

Over arbitrary Unicode text, report-like token soup, and mutated corpus
reports: no exception and no extractor failure outside strict mode, offsets
valid, JSON round trip exact, output deterministic (same input, same output
and incident ids, from the same or a fresh pipeline), and the same results
from four threads at once. Example counts are kept modest so the suite stays
fast; ``python -m benchmarks.fuzz`` runs the same properties much longer.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import random
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidentkit import InputError, Pipeline, Report
from incidentkit.models import MAX_YEAR, MIN_YEAR

from .conftest import SHARED_CORPUS
from .test_hardening import assert_valid, builtin_pipeline

PUBLISHED = "2025-07-20"

PROPERTY_SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@functools.lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    return builtin_pipeline()


@functools.lru_cache(maxsize=1)
def fresh_pipeline() -> Pipeline:
    """A second, independently built pipeline: results must not depend on which one ran."""
    return builtin_pipeline()


@functools.lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    texts: list[str] = []
    for name in ("dev.jsonl", "dev-a.jsonl", "dev-b.jsonl"):
        path = SHARED_CORPUS / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return tuple(texts)


needs_corpus = pytest.mark.skipif(not corpus_texts(), reason=f"no gold corpus at {SHARED_CORPUS}")


def check(text: str, published: str | None = PUBLISHED) -> Report | None:
    """Run the pipeline; check every invariant; None when the text is rightly rejected."""
    try:
        report = pipeline().extract(text, published=published)
    except InputError:
        assert not text.strip(), "only whitespace-only text may be rejected"
        return None
    assert_valid(report)
    # JSON round trip: exact, both as objects and as text
    data = report.to_json()
    back = Report.from_json(data)
    assert back == report
    assert back.to_json() == data
    # deterministic: same pipeline again, and a pipeline built separately
    again = pipeline().extract(text, published=published)
    assert again == report
    assert fresh_pipeline().extract(text, published=published) == report
    assert [i.id for i in again.incidents] == [i.id for i in report.incidents]
    return report


# ---------------------------------------------------------------- strategies

# Pieces of reports, so generated text reaches the patterns arbitrary text rarely does.
TOKENS = (
    "16", "1,200", "3.5", "0", "twenty-five", "a dozen", "about", "at least", "more than", "up to",
    "drones", "UAVs", "missiles", "Kh-101", "Shahed-136", "S-400", "killed", "injured", "shot down",
    "destroyed", "intercepted", "hit", "over", "in", "the", "Kursk region", "Kaluga", "Bryansk Oblast",
    "Kyiv", "Crimea", "Black Sea", "District", "Governor", "Vladislav Shapsha", "said", "wrote",
    "according to", "reportedly", "Telegram", "the Russian Ministry of Defence", "Ukrainian Air Force",
    "overnight", "yesterday", "July 20", "20 July 2025", "8:00", "12:30", "Moscow time", "between", "and",
    "from", "to", "the past 24 hours", "Monday", "night", "no casualties", "no one was hurt",
    ".", ",", ";", ":", "—", "-", "(", ")", "[", "]", "\"", "'", "«", "»", "…", "!", "?",
    "\n", "\n\n", "\r\n", "\t", "  ", "\x00", "\u200b", "\ufeff", "\u202e", "שלום", "عربي", "Курск",
    "🚀", "🇺🇦", "é", "e\u0301",
)

report_like = st.lists(
    st.tuples(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)),
              st.sampled_from((" ", "", "\n", ", "))),
    min_size=1, max_size=60,
).map(lambda pairs: "".join(token + sep for token, sep in pairs))

# any accepted publication date, as ISO text, or none at all
published_values = st.one_of(
    st.just(PUBLISHED), st.none(),
    st.dates(min_value=dt.date(MIN_YEAR, 1, 1), max_value=dt.date(MAX_YEAR, 12, 31)).map(str),
)


def _mutations() -> list[Callable[[str, random.Random], str]]:
    def delete(text: str, r: random.Random) -> str:
        a = r.randrange(len(text))
        return text[:a] + text[a + r.randint(1, 200):]

    def duplicate(text: str, r: random.Random) -> str:
        a = r.randrange(len(text))
        return text[:a] + text[a:a + r.randint(1, 300)] * r.randint(2, 5) + text[a:]

    def insert(text: str, r: random.Random) -> str:
        a = r.randrange(len(text) + 1)
        return text[:a] + r.choice(TOKENS) + text[a:]

    def swap_digits(text: str, r: random.Random) -> str:
        return "".join(r.choice("0123456789") if c.isdigit() and r.random() < 0.5 else c for c in text)

    def crlf(text: str, r: random.Random) -> str:
        return text.replace("\n", r.choice(("\r\n", "\r", "\n\n\n", " ", "\u2028")))

    def case(text: str, r: random.Random) -> str:
        return r.choice((text.upper(), text.lower(), text.swapcase()))

    def strip_punctuation(text: str, r: random.Random) -> str:
        return "".join(c for c in text if c not in ".,;:" or r.random() < 0.5)

    def truncate(text: str, r: random.Random) -> str:
        return text[:r.randrange(1, len(text) + 1)]

    def splice(text: str, r: random.Random) -> str:
        other = r.choice(corpus_texts())
        a, b = r.randrange(len(text)), r.randrange(len(other))
        return text[:a] + other[b:]

    def noise(text: str, r: random.Random) -> str:
        chars = list(text)
        for _ in range(r.randint(1, 20)):
            chars.insert(r.randrange(len(chars) + 1), chr(r.choice((0, 7, 0x1B, 0x7F, 0x85, 0x200B, 0x202E,
                                                                    0xFEFF, 0x1F680, 0x0301, 0x05D0))))
        return "".join(chars)

    return [delete, duplicate, insert, swap_digits, crlf, case, strip_punctuation, truncate, splice, noise]


MUTATIONS = _mutations()


@st.composite
def mutated_report(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(corpus_texts()))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3)):
        if text:
            text = mutation(text, rng)
    return text or "."


# ---------------------------------------------------------------- properties

@PROPERTY_SETTINGS
@given(text=st.text(max_size=400))
def test_arbitrary_unicode_text(text: str) -> None:
    check(text)


@PROPERTY_SETTINGS
@given(text=report_like, published=published_values)
def test_report_like_token_soup(text: str, published: str | None) -> None:
    check(text, published)


@needs_corpus
@settings(PROPERTY_SETTINGS, max_examples=20)
@given(text=mutated_report())
def test_mutated_corpus_reports(text: str) -> None:
    check(text)


@needs_corpus
def test_corpus_reports_unchanged_are_valid_and_stable() -> None:
    for text in corpus_texts()[::4]:
        assert check(text) is not None


def _thread_inputs() -> list[str]:
    rng = random.Random(8)
    texts = list(corpus_texts()[:3])
    texts += [MUTATIONS[i % len(MUTATIONS)](t, rng) for i, t in enumerate(corpus_texts()[3:7])]
    texts += ["Air defence destroyed 16 drones over the Kaluga region between 8:00 and 12:30, "
              "Governor Vladislav Shapsha said on Telegram.",
              "Overnight, 3 missiles hit Kyiv; two people were killed and 5 injured, the mayor wrote.",
              "שלום 🚀 12 drones над Курском\r\n\r\nNo casualties, reportedly."]
    return [t for t in texts if t.strip()]


def test_same_results_from_four_threads() -> None:
    texts = _thread_inputs()
    expected = [pipeline().extract(t, published=PUBLISHED) for t in texts]
    barrier = threading.Barrier(4)

    def work(seed: int) -> list[tuple[int, Report]]:
        order = list(range(len(texts)))
        random.Random(seed).shuffle(order)  # each thread in its own order, all at once
        barrier.wait()
        return [(i, pipeline().extract(texts[i], published=PUBLISHED)) for i in order]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(work, range(4)))
    for outputs in results:
        for index, report in outputs:
            assert report == expected[index], f"thread result differs for input {index}"


def test_strict_mode_raises_nothing_on_well_formed_reports() -> None:
    strict = builtin_pipeline(strict=True)
    for text in _thread_inputs():
        report: Any = strict.extract(text, published=PUBLISHED)
        assert_valid(report)


_CHILD = """
import json, sys
from tests.test_hardening import builtin_pipeline
pipeline = builtin_pipeline()
texts = json.loads(sys.stdin.read())
print(json.dumps([pipeline.extract(t, published="2025-07-20").to_json() for t in texts]))
"""


def test_same_output_and_ids_in_another_process_with_another_hash_seed() -> None:
    # string hashing is salted per process: output built from set or dict-of-hash order would differ
    texts = _thread_inputs()
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONHASHSEED="12345")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(texts), capture_output=True,
                          text=True, env=env, cwd=root, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    theirs = json.loads(done.stdout)
    ours = [pipeline().extract(t, published=PUBLISHED).to_json() for t in texts]
    for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        assert a == b, f"input {index} gives different output in a process with another hash seed"
