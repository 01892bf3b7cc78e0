"""Hardening: adversarial and malformed inputs through the public API, with every loaded built-in.

Time is checked against the input's own size-scaled baseline (the same kind
of input ten times smaller), never against an absolute budget, so the tests
hold on a slow CI machine: a linear stage costs about 10x for 10x the text, a
quadratic one about 100x. A run that takes far too long is interrupted by an
alarm and reported as a hang naming the input, instead of blocking the suite.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import signal
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import regex

import incidentkit
import incidentkit.text
from incidentkit import (
    Document,
    ExtractorError,
    Failure,
    Findings,
    InputError,
    Pipeline,
    Report,
    Stage,
    TextTooLongError,
    extractor,
)
from incidentkit.pipeline import DEFAULT_MAX_CHARS
from incidentkit.plugins import BUILTIN_PLUGINS
from incidentkit.text import scan_timeout

STAGES = ("times", "locations", "quantities", "attribution", "incidents")


def builtin_pipeline(**kwargs: Any) -> Pipeline:
    """Every built-in plugin, no entry points: what the hardening covers."""
    return Pipeline(builtins=True, autoload=False, **kwargs)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return builtin_pipeline()


# ---------------------------------------------------------------- checks

def assert_valid(report: Report) -> None:
    """Every offset lies inside the text and points at the mention's text; no extractor failed."""
    text = report.document.text
    assert not report.problems, f"extractors failed: {report.problems}"

    def inside(span: Any, what: str) -> None:
        if span is not None:
            assert 0 <= span.start < span.end <= len(text), f"{what} span {span} outside the text"

    for field in ("times", "intervals", "locations", "quantities", "attributions"):
        for mention in getattr(report, field):
            inside(mention.span, field)
            if hasattr(mention, "text"):
                assert text[mention.span.start:mention.span.end] == mention.text, (field, mention)
    for interval in report.intervals:
        inside(interval.start_span, "interval start")
        inside(interval.end_span, "interval end")
    for attribution in report.attributions:
        inside(attribution.source_span, "attribution source")
        inside(attribution.content, "attribution content")
        if attribution.source_span is not None and attribution.source_text is not None:
            span = attribution.source_span
            assert text[span.start:span.end] == attribution.source_text
    for incident in report.incidents:
        for evidence in incident.evidence:
            inside(evidence.span, "incident evidence")


class Hang(BaseException):
    """Raised by the alarm; a BaseException so the pipeline does not record it as a Problem."""


@contextlib.contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (main thread, Unix); elsewhere a no-op."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"{what} did not finish within {seconds:.1f} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class StageClock:
    """Wraps a pipeline's extractors to time each stage (through the public Pipeline API)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.seconds: dict[str, float] = {}
        wrapped = [self._wrap(spec.extractor) for spec in pipeline.extractors]
        self.pipeline = Pipeline(plugins=wrapped, builtins=False, autoload=False)

    def _wrap(self, inner: Any) -> Any:
        clock = self

        class Timed:
            name = inner.name
            stage = Stage(inner.stage)
            before = tuple(getattr(inner, "before", ()) or ())
            after = tuple(getattr(inner, "after", ()) or ())

            def extract(self, document: Document, found: Findings) -> list[Any]:
                start = time.perf_counter()
                try:
                    return list(inner.extract(document, found) or ())
                finally:
                    stage = Stage(inner.stage).value
                    clock.seconds[stage] = clock.seconds.get(stage, 0.0) + time.perf_counter() - start

        return Timed()

    def run(self, text: str, limit: float, what: str) -> tuple[float, dict[str, float], Report]:
        self.seconds = {}
        start = time.perf_counter()
        try:
            with deadline(limit, what):
                report = self.pipeline.extract(text, published="2025-07-20")
        except Hang as hang:
            spent = {stage: round(seconds, 2) for stage, seconds in self.seconds.items()}
            raise Hang(f"{hang}; seconds per stage when stopped: {spent}") from None
        return time.perf_counter() - start, dict(self.seconds), report


@pytest.fixture(scope="module")
def clock(pipeline: Pipeline) -> StageClock:
    return StageClock(pipeline)


# ---------------------------------------------------------------- adversarial inputs

SENTENCE = ("Air defence destroyed 16 drones over the Kaluga region at 8:00 on July 20, "
            "Governor Shapsha said. ")


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


#: Inputs made to trip patterns: long runs a greedy or nested quantifier may backtrack over.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": _repeat("1234567890"),
    "spaced digits": _repeat("12 "),
    "digit groups": _repeat("1,000,000."),
    "repeated word": _repeat("drones "),
    "repeated sentence": _repeat(SENTENCE),
    "number words": _repeat("twenty-five hundred thousand "),
    "clock times": _repeat("8:00 "),
    "dates": _repeat("July 20 2025 "),
    "capitalised names": _repeat("Kaluga Bryansk Kursk Governor Region Oblast "),
    "punctuation": _repeat(".,;:!?-—…"),
    "dots": _repeat("a."),
    "spaces": lambda n: "a" + " " * (n - 2) + "b",
    "tabs and spaces": lambda n: "a" + _repeat(" \t ")(n - 2) + "b",
    "blank lines": _repeat("x\n\n"),
    "line breaks": lambda n: "a" + "\n" * (n - 2) + "b",
    "nested brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "mixed brackets": lambda n: "([{«\"" * (n // 10) + "\"»}])" * (n // 10),
    "quotes": _repeat("\"said"),
    "hyphens": _repeat("Shahed-136-"),
    "control characters": _repeat("\x00\x01\x1b\x7f drone\r\n"),
    "mixed scripts": _repeat("שלום عربي drones 16 над Курском "),
    "emoji": _repeat("🚀💥 16 drones 🛩️ "),
}

SMALL, BIG = 2_000, 20_000  # chars; the big input is 10x the small one
RATIO_BOUND = 30.0  # linear: ~10; quadratic: ~100. Wide on purpose: CI timers are noisy.
NOISE_FLOOR = 0.05  # seconds: a big run faster than this passes whatever the ratio
HANG_SECONDS = 10.0  # a big run is stopped after min(this, 2 x the bound x the small run's time)


def _check_linear(clock: StageClock, name: str, make: Callable[[int], str], small: int, big: int,
                  hang: float = HANG_SECONDS) -> None:
    small_text, big_text = make(small), make(big)
    # best of three for the small run, whose timing is the noisier
    small_runs = [clock.run(small_text, hang, f"{name} ({small} chars)") for _ in range(3)]
    t_small, stages_small, report_small = min(small_runs, key=lambda r: r[0])
    assert_valid(report_small)
    bound = RATIO_BOUND * big / small / 10
    limit = min(hang, max(1.0, 2 * bound * t_small))
    t_big, stages_big, report_big = clock.run(big_text, limit, f"{name} ({big} chars)")
    assert_valid(report_big)
    if t_big >= NOISE_FLOOR and t_big / max(t_small, 1e-6) > bound:
        # one retry absorbs a load spike on a shared machine; a quadratic stage fails both runs
        t_big, stages_big, report_big = min(
            (t_big, stages_big, report_big),
            clock.run(big_text, limit, f"{name} ({big} chars, retry)"),
            key=lambda r: r[0],
        )
    ratio = t_big / max(t_small, 1e-6)
    per_stage = {s: f"{stages_big.get(s, 0) * 1000:.1f} ms / {stages_small.get(s, 0) * 1000:.1f} ms"
                 for s in stages_big}
    assert t_big < NOISE_FLOOR or ratio <= bound, (
        f"{name}: {big} chars took {t_big:.3f} s, {ratio:.0f}x the {small}-char time "
        f"({t_small:.4f} s); per stage (big / small): {per_stage}"
    )


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_is_linear_and_valid(clock: StageClock, name: str) -> None:
    _check_linear(clock, name, ADVERSARIAL[name], SMALL, BIG)


#: Varied report prose: counts, places, times, sources, casualties, hearsay.
PROSE = (
    SENTENCE,
    "Between 23:00 and 05:00 Moscow time, 12 UAVs were shot down over Bryansk region, 8 over Kursk "
    "region and 3 over the Oryol region, according to the Russian Ministry of Defence. ",
    "Debris fell in Borovsky District and damaged a residential building; two people were injured, "
    "the governor wrote. ",
    "Explosions were heard in Kharkiv overnight, local media reported. The reports could not be "
    "independently verified. ",
    "Overnight the enemy attacked with 120 drones and 7 missiles; 101 were shot down or suppressed and "
    "9 hit targets in 4 locations, the Ukrainian Air Force said. ",
)


def test_long_text_without_newline_is_linear(clock: StageClock) -> None:
    # report prose on one line, one paragraph
    _check_linear(clock, "one-line prose", _repeat("".join(PROSE)), 5_000, 50_000)


def test_a_megabyte_without_a_newline_is_linear(clock: StageClock) -> None:
    # the longest paragraph worth testing: 1 MB of prose in one line (about 10 s on this machine)
    _check_linear(clock, "one-line prose", _repeat("".join(PROSE)), 100_000, 1_000_000, hang=300.0)


def test_alarm_interrupts_a_runaway_pattern() -> None:
    # the guard the tests above rely on really stops a catastrophic backtracking pattern
    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timer on this platform")
    with pytest.raises(Hang, match="runaway"), deadline(0.2, "runaway"):
        regex.search(r"(a|aa)+$", "a" * 60 + "b")  # exponential in the number of a's


@extractor(name="runaway", stage=Stage.QUANTITIES)
def _runaway(document: Document, found: Findings) -> list[Any]:
    # an extractor with a catastrophic pattern that follows the contract: its scan has a timeout
    regex.search(r"(a|aa)+$", "a" * 60 + "b", timeout=scan_timeout(len(document.text)))
    return []


def test_a_runaway_scan_is_a_problem_of_its_extractor_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incidentkit.text, "SCAN_TIMEOUT_BASE", 0.05)
    pipeline = builtin_pipeline(plugins=[_runaway])
    with deadline(30, "runaway extractor"):
        report = pipeline.extract("Air defence destroyed 16 drones over Kaluga region overnight.",
                                  published="2025-07-20")
    assert [(p.extractor, p.kind) for p in report.problems] == [("runaway", "TimeoutError")]
    assert "scan_timeout" in report.problems[0].message
    assert report.quantities and report.locations and report.times  # the others' results are kept


def test_every_builtin_scan_is_guarded_by_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # with no time allowed, each built-in that scans the text stops with a timeout problem
    # instead of running unguarded
    monkeypatch.setattr(incidentkit.text, "SCAN_TIMEOUT_BASE", 0.0)
    monkeypatch.setattr(incidentkit.text, "SCAN_TIMEOUT_PER_CHAR", 0.0)
    report = builtin_pipeline().extract(
        "Air defence destroyed 16 drones over Kaluga region overnight, Governor Vladislav Shapsha "
        "wrote on Telegram.", published="2025-07-20")
    timed_out = {p.extractor for p in report.problems if p.kind == "TimeoutError"}
    assert timed_out >= {"times", "locations", "quantities", "attribution"}
    with pytest.raises(ExtractorError, match="times"):
        builtin_pipeline(strict=True).extract("Drones were shot down overnight.", published="2025-07-20")


# ---------------------------------------------------------------- malformed inputs: typed errors

@pytest.mark.parametrize("value", [None, 42, 3.5, ["text"], {"body": "x"}, object()])
def test_non_text_input_is_an_input_error(pipeline: Pipeline, value: object) -> None:
    with pytest.raises(InputError):
        pipeline.extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\t\r\n", "\u3000\u2003", "\ufeff"])
def test_empty_or_whitespace_text_is_rejected(pipeline: Pipeline, text: str) -> None:
    if text == "\ufeff":  # a lone byte-order mark is not whitespace to Python: it is text
        assert_valid(pipeline.extract(text))
        return
    with pytest.raises(InputError, match="empty or only whitespace"):
        pipeline.extract(text)


def test_bytes_are_read_as_utf8_with_or_without_bom(pipeline: Pipeline) -> None:
    plain = pipeline.extract(SENTENCE.encode("utf-8"), published="2025-07-20")
    with_bom = pipeline.extract(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), published="2025-07-20")
    assert plain.document.text == with_bom.document.text == SENTENCE
    assert plain.to_dict() == with_bom.to_dict()
    assert_valid(plain)


def test_bytes_in_another_encoding_are_rejected_with_a_hint(pipeline: Pipeline) -> None:
    data = "Над Курском сбиты 16 беспилотников.".encode("cp1251")
    with pytest.raises(InputError, match="encoding="):
        pipeline.extract(data)
    document = Document.from_bytes(data, encoding="cp1251", published="2025-07-20")
    assert document.text.startswith("Над Курском")
    assert_valid(pipeline.run(document))
    with pytest.raises(InputError, match="unknown encoding"):
        Document.from_bytes(data, encoding="no-such-codec")


def test_utf16_bytes_without_encoding_are_rejected(pipeline: Pipeline) -> None:
    with pytest.raises(InputError):
        pipeline.extract(SENTENCE.encode("utf-16"))


def test_text_with_a_bom_character_keeps_offsets(pipeline: Pipeline) -> None:
    assert_valid(pipeline.extract("\ufeff" + SENTENCE, published="2025-07-20"))


def _summary(report: Report) -> list[tuple[str, str]]:
    """What was found, by kind and normalised value, ignoring offsets."""
    out = [("time", f"{t.text.strip()}={t.value}") for t in report.times]
    out += [("location", f"{loc.text}={loc.name}") for loc in report.locations]
    out += [("quantity", f"{q.text}={q.value}") for q in report.quantities]
    out += [("attribution", f"{a.cue}={a.source}") for a in report.attributions]
    return sorted(out)


def test_crlf_line_breaks_give_the_same_findings_as_lf(pipeline: Pipeline) -> None:
    lf = ("Drones attacked the Bryansk region overnight.\n\nAir defence destroyed 12 drones, "
          "Governor Alexander Bogomaz said.\nNo one was hurt.")
    crlf = lf.replace("\n", "\r\n")
    a = pipeline.extract(lf, published="2025-07-20")
    b = pipeline.extract(crlf, published="2025-07-20")
    assert_valid(a)
    assert_valid(b)
    assert _summary(a) == _summary(b)
    assert len(a.incidents) == len(b.incidents)


@pytest.mark.parametrize("noise", ["\x00", "\x07", "\x1b[31m", "\u200b", "\u200f", "\u202e", "\ufffd",
                                   "\u0301", "\U0001f680", "\U0001f1fa\U0001f1e6", "\u2028", "\x85"])
def test_control_format_and_astral_characters_keep_offsets(pipeline: Pipeline, noise: str) -> None:
    # the noise goes between words, inside numbers and names, and at both ends
    text = noise + SENTENCE.replace(" ", f" {noise}", 3).replace("16", f"1{noise}6") + noise
    assert_valid(pipeline.extract(text, published="2025-07-20"))


@pytest.mark.parametrize("text", [
    "Над Курской областью сбиты 16 беспилотников, сообщил губернатор.",
    "ПВО знищила 16 дронів над Київщиною. Air defence destroyed 16 drones over Kyiv region.",
    "مسيرات 16 أسقطت فوق كورسك. Sixteen drones were shot down over Kursk, the ministry said.",
    "בקורסק יורטו 16 כטב\"מים. 16 drones were downed over Kursk, Israeli media said.",
    "Kyiv 🇺🇦: 16 drones 🛩️ shot down 💥 at 8:00 on July 20 — the air force said. 👍",
    "16 ড্রোন ধ্বংস। ١٦ طائرة مسيرة. 16 drones destroyed over Kharkiv. ௧௬ drones.",
])
def test_rtl_and_mixed_scripts(pipeline: Pipeline, text: str) -> None:
    assert_valid(pipeline.extract(text, published="2025-07-20"))


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01",
                                       dt.date(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59)])
def test_absurd_publication_dates_are_rejected(pipeline: Pipeline, published: object) -> None:
    with pytest.raises(InputError, match="outside"):
        pipeline.extract(SENTENCE, published=published)  # type: ignore[arg-type]


@pytest.mark.parametrize("published", ["2025-13-45", "yesterday", "20/07/2025", "2025-07-20T25:00", 20250720])
def test_malformed_publication_dates_are_rejected(pipeline: Pipeline, published: object) -> None:
    with pytest.raises(InputError, match="published"):
        pipeline.extract(SENTENCE, published=published)  # type: ignore[arg-type]


RELATIVE = ("Yesterday and tomorrow, last week and next year, on Monday night, the day before "
            "yesterday, in December, on 31 December and on January 1, drones attacked; 16 were "
            "destroyed over the Kursk region overnight, the governor said.")


@pytest.mark.parametrize("published", ["1900-01-01", "2200-12-31", "2200-12-31T23:59:59+14:00",
                                       "1900-01-01T00:00:00-12:00", "2024-02-29"])
def test_relative_dates_at_the_edges_of_the_calendar(pipeline: Pipeline, published: str) -> None:
    # the earliest and latest accepted dates: resolving "yesterday" or "next year" must not overflow
    report = pipeline.extract(RELATIVE, published=published)
    assert_valid(report)
    assert report.to_json()


def test_unknown_zone_is_rejected(pipeline: Pipeline) -> None:
    with pytest.raises(InputError, match="zone"):
        pipeline.extract(SENTENCE, published="2025-07-20", zone="Mars/Olympus_Mons")


def test_max_chars_is_enforced_before_any_work() -> None:
    small = builtin_pipeline(max_chars=200)
    assert_valid(small.extract(SENTENCE, published="2025-07-20"))
    with pytest.raises(TextTooLongError, match="max_chars=200") as caught:
        small.extract(SENTENCE * 3)
    assert isinstance(caught.value, InputError)  # callers catching InputError see it too
    exactly = ("x " * 100)[:200]
    assert_valid(small.extract(exactly))


def test_default_limit_rejects_oversized_text_quickly(pipeline: Pipeline) -> None:
    text = "a" * (DEFAULT_MAX_CHARS + 1)
    start = time.perf_counter()
    with pytest.raises(TextTooLongError, match="split it or raise the limit"):
        pipeline.extract(text)
    assert time.perf_counter() - start < 5  # rejected up front, not after extraction


@pytest.mark.parametrize("value", [0, -1, 1.5, "100", None])
def test_max_chars_must_be_a_positive_int(value: object) -> None:
    with pytest.raises(ValueError, match="max_chars"):
        Pipeline(builtins=False, autoload=False, max_chars=value)  # type: ignore[arg-type]


def test_module_level_extract_handles_bad_input_with_typed_errors() -> None:
    with pytest.raises(InputError):
        incidentkit.extract(b"\xff\xfe\xfa not utf-8")
    with pytest.raises(InputError):
        incidentkit.extract("   ")


# ---------------------------------------------------------------- streams

def test_extract_many_keeps_order_and_isolates_failures(pipeline: Pipeline) -> None:
    items: list[object] = [
        {"id": "a", "text": SENTENCE, "published": "2025-07-20"},
        {"id": "empty", "text": "  \n "},
        b"\xff\xfe bad bytes",
        {"id": "no-text"},
        {"id": "bad-date", "text": SENTENCE, "published": "0001-01-01"},
        42,
        {"id": "b", "text": "Twelve drones were shot down over the Oryol region, the ministry said."},
        "x" * 100,
    ]
    out = list(pipeline.extract_many(items, published="2025-07-20"))
    assert len(out) == len(items)
    kinds = [type(o).__name__ for o in out]
    assert kinds == ["Report", "Failure", "Failure", "Failure", "Failure", "Failure", "Report", "Report"]
    failures = [o for o in out if isinstance(o, Failure)]
    assert [f.index for f in failures] == [1, 2, 3, 4, 5]
    assert [f.id for f in failures] == ["empty", None, "no-text", "bad-date", None]
    assert all(f.kind == "InputError" and f.message for f in failures)
    for o in out:
        if isinstance(o, Report):
            assert_valid(o)
    assert out[6].document.id == "b" and out[6].document.published == dt.date(2025, 7, 20)


def test_extract_many_over_two_processes_matches_one(pipeline: Pipeline) -> None:
    items: list[object] = [f"{n} drones were shot down over the Kursk region on July {n}, the governor said."
                           for n in range(1, 21)]
    items.insert(7, "   ")
    one = list(pipeline.extract_many(items, published="2025-07-20"))
    two = list(pipeline.extract_many(items, published="2025-07-20", processes=2, chunksize=3))
    assert one == two
    assert isinstance(two[7], Failure) and two[7].index == 7
    assert [o.document.text for o in two if isinstance(o, Report)] == [i for i in items if i != "   "]


def test_extract_many_over_processes_reads_its_input_only_as_far_as_needed(pipeline: Pipeline) -> None:
    # A stream of millions of items must not be read (and held) whole before the first result.
    pulled = 0

    def long_stream() -> Iterator[str]:
        nonlocal pulled
        for n in range(1, 2001):
            pulled += 1
            yield f"{n} drones were shot down over the Kursk region."

    with deadline(120, "extract_many over 2 processes"):
        stream = pipeline.extract_many(long_stream(), published="2025-07-20", processes=2, chunksize=4)
        first = list(itertools.islice(stream, 10))
        stream.close()
    numbers = [o.document.text.split()[0] for o in first if isinstance(o, Report)]
    assert numbers == [str(n) for n in range(1, 11)]  # in order
    assert pulled <= 2 * 3 * 4 + 4 * 4  # the window of batches in flight, not the whole input


def test_too_long_text_in_a_stream_is_a_failure_not_a_stop() -> None:
    small = builtin_pipeline(max_chars=100)
    out = list(small.extract_many(["short text about 3 drones", "y" * 101, "another short one"]))
    assert [type(o).__name__ for o in out] == ["Report", "Failure", "Report"]
    assert isinstance(out[1], Failure) and out[1].kind == "TextTooLongError"


# ---------------------------------------------------------------- the benchmark harness

def test_benchmark_generator_and_timer_measure_the_real_pipeline(pipeline: Pipeline) -> None:
    benchmarks = pytest.importorskip("benchmarks.harness", reason="benchmarks/ is beside the tests only")
    from benchmarks.generate import ReportGenerator, long_report, reports

    first, again = reports(3, 3000, seed=5), reports(3, 3000, seed=5)
    assert first == again  # the same seed gives the same reports
    assert all(2000 <= len(r["text"]) <= 4000 for r in first)
    assert reports(3, 3000, seed=6) != first
    text, pieces = long_report(10_000, 1000, seed=1)
    assert text == "\n\n".join(pieces) and len(pieces) == 10
    assert ReportGenerator(seed=1).names.regions

    timed, timer = benchmarks.timed_pipeline(pipeline)
    assert [s.name for s in timed.extractors] == [s.name for s in pipeline.extractors]
    for item in first:
        assert timed.extract(item["text"], published=item["published"]) == \
            pipeline.extract(item["text"], published=item["published"])
    assert set(timer.by_stage()) == {s.stage.value for s in pipeline.extractors}
    assert all(seconds > 0 for seconds in timer.seconds.values())


# ---------------------------------------------------------------- found by python -m benchmarks.fuzz

@pytest.mark.parametrize(("text", "published"), [
    ("over 0", "2025-07-20"),
    ("at least 5 ; that over 0", "2025-07-20"),
    ("From the evening of Nov 4 to the morning strike UAV", None),
    ("over 8", "2025-07-20T23:59:59+14:00"),
    pytest.param("1" * 400, "2025-07-20", id="400 digits"),
    pytest.param("1" * 400 + " drones were shot down", "2025-07-20", id="400-digit count"),
    # digits of scripts newer than this Python's Unicode, which regex's \d knows (Kirat Rai, Garay)
    pytest.param("\U00016d71\U00016d76 drones were shot down at \U00010d41\U00010d42:\U00010d40\U00010d40 "
                 "on July \U00016d72, \U00016d72\U00016d70\U00016d72\U00016d75.", "2025-07-20",
                 id="newer digits"),
    pytest.param("0.0000001 month", "2025-01-01T00:00:00-12:00", id="tiny duration"),
])
def test_inputs_found_by_fuzzing(pipeline: Pipeline, text: str, published: str | None) -> None:
    assert_valid(pipeline.extract(text, published=published))


@pytest.mark.parametrize("number", ["12345678901234567890", "99999999999999999999999", "9007199254740993"])
def test_long_numbers_keep_their_exact_value(pipeline: Pipeline, number: str) -> None:
    # a count is an int: a detour through float would change its last digits
    text = f"{number} drones were shot down over the Kursk region."
    report = pipeline.extract(text, published="2025-07-20")
    assert_valid(report)
    for quantity in report.quantities:
        if quantity.text.startswith(number):
            assert quantity.value == int(number)


# ---------------------------------------------------------------- each built-in alone

NASTY = (
    SENTENCE, "over 0", "16", "drones", "\x00" * 50 + SENTENCE, SENTENCE.replace(" ", "\r\n"),
    "«" + SENTENCE * 3 + "»", "(" * 200 + SENTENCE + ")" * 200, SENTENCE.upper(), SENTENCE.lower(),
    "16 16 16 16 drones drones over over the the Kursk Kursk region region said said",
    "Between and from to until overnight yesterday 8: :00 24:00 99:99 July 32 Feb 30",
    "שלום 🚀 12 drones над Курском\u200b\u202e, reportedly.",
)


def test_every_stage_has_a_builtin(pipeline: Pipeline) -> None:
    # so the adversarial tests above exercise every stage
    assert {spec.stage.value for spec in pipeline.extractors} == set(STAGES)


@pytest.mark.parametrize("name", list(BUILTIN_PLUGINS))
def test_each_builtin_alone_survives_nasty_input(name: str) -> None:
    # a stage must stay correct without the stages before it (they may be blocked or replaced)
    alone = Pipeline(builtins=[name], autoload=False, strict=True)
    for text in NASTY:
        with deadline(HANG_SECONDS, f"{name} alone"):
            assert_valid(alone.extract(text, published="2025-07-20"))


def test_patterns_use_the_interruptible_regex_module() -> None:
    # The regex module checks for signals while it matches, so the alarm above (and its own
    # timeout=) can stop a runaway pattern; the standard library's re cannot be interrupted.
    import ast
    from pathlib import Path

    package = Path(incidentkit.__file__).parent
    offenders = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            if "re" in names:
                offenders.append(f"{path.relative_to(package)}:{node.lineno}")
    assert not offenders, f"use the regex module instead of re in: {offenders}"
