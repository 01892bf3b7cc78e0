"""The ``incidentkit`` command: extract, list plugins, evaluate against a gold corpus.

Bad input gives one clear line on stderr and a non-zero exit status, never a
traceback, and never loses the other inputs: every readable input is still
processed and written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .corpus import parse_record, read_corpus
from .errors import IncidentkitError
from .export import reports_to_geojson, write_csv
from .models import Document, Report
from .pipeline import Failure, Pipeline
from .serialize import report_to_dict, report_to_json

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_USAGE = 2


class _Errors:
    """Collects input errors: printed as they happen, counted for the exit status."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        print(f"incidentkit: error: {message}", file=self.stream)


def _pipeline(args: argparse.Namespace) -> Pipeline:
    builtins: bool | list[str] = True
    if getattr(args, "builtins", None) is not None:
        builtins = [b for b in args.builtins.split(",") if b] if args.builtins else False
    return Pipeline(plugins=list(args.plugin or ()), builtins=builtins, block=list(args.block or ()),
                    strict=getattr(args, "strict", False))


def _add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--plugin", action="append", metavar="MODULE",
                        help="import path of an extra plugin module (repeatable)")
    parser.add_argument("--block", action="append", metavar="NAME",
                        help="plugin or extractor name to leave out (repeatable)")
    parser.add_argument("--builtins", metavar="NAMES",
                        help="comma-separated built-in plugins to load (default: all; '' for none)")


def _inputs(paths: Sequence[str], published: str | None, zone: str | None,
            errors: _Errors) -> Iterator[object]:
    """Yield documents (or corpus records) from text files, JSON Lines corpora, or stdin."""
    defaults: dict[str, Any] = {}
    if published:
        defaults["published"] = published
    if zone:
        defaults["zone"] = zone
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            try:
                yield Document.from_bytes(data, id="-", **defaults)
            except IncidentkitError as exc:
                errors(f"<stdin>: {exc}")
            continue
        file = Path(path)
        if file.suffix == ".jsonl":
            yield from _corpus_records(file, defaults, errors)
            continue
        try:
            data = file.read_bytes()
        except OSError as exc:
            errors(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        try:
            yield Document.from_bytes(data, id=file.stem, source=str(file), **defaults)
        except IncidentkitError as exc:
            errors(f"{path}: {exc}")


def _corpus_records(file: Path, defaults: dict[str, Any], errors: _Errors) -> Iterator[object]:
    try:
        lines = file.read_bytes().decode("utf-8-sig").splitlines()
    except OSError as exc:
        errors(f"{file}: cannot read: {exc.strerror or exc}")
        return
    except UnicodeDecodeError as exc:
        errors(f"{file}: not UTF-8 (byte {exc.start})")
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = parse_record(line, where=f"{file}:{number}")
        except IncidentkitError as exc:
            errors(str(exc))
            continue
        yield {**defaults, **{k: v for k, v in record.items() if v is not None},
               "id": record.get("id") or f"{file.stem}:{number}"}


def _cmd_extract(args: argparse.Namespace, out: TextIO, errors: _Errors) -> int:
    pipeline = _pipeline(args)
    reports: list[Report] = []
    stream_jsonl = args.format == "jsonl"
    for result in pipeline.extract_many(_inputs(args.files, args.published, args.zone, errors),
                                        processes=args.processes):
        if isinstance(result, Failure):
            errors(f"{result.id or f'input {result.index + 1}'}: {result.message}")
            continue
        if stream_jsonl:
            out.write(report_to_json(result) + "\n")
        else:
            reports.append(result)
    if args.format == "json":
        if len(reports) == 1:
            out.write(report_to_json(reports[0], indent=2) + "\n")
        else:
            json.dump([report_to_dict(r) for r in reports], out, ensure_ascii=False, indent=2)
            out.write("\n")
    elif args.format == "csv":
        write_csv(reports, out)
    elif args.format == "geojson":
        json.dump(reports_to_geojson(reports), out, ensure_ascii=False, indent=2)
        out.write("\n")
    return EXIT_FAILURES if errors.count else EXIT_OK


def _cmd_plugins(args: argparse.Namespace, out: TextIO, errors: _Errors) -> int:
    pipeline = _pipeline(args)
    rows = pipeline.describe()
    if args.json:
        plugins = [{"name": p.name, "origin": p.origin} for p in pipeline.plugins]
        json.dump({"plugins": plugins, "extractors": rows}, out, indent=2)
        out.write("\n")
        return EXIT_OK
    header = ("stage", "extractor", "plugin", "origin", "after", "before")
    table = [header] + [
        (r["stage"], r["extractor"], r["plugin"], r["origin"], ",".join(r["after"]) or "-",
         ",".join(r["before"]) or "-")
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip() + "\n")
    if not rows:
        out.write("(no extractors loaded)\n")
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace, out: TextIO, errors: _Errors) -> int:
    from .scoring import evaluate

    try:
        gold = list(read_corpus(args.gold))
    except IncidentkitError as exc:
        errors(str(exc))
        return EXIT_FAILURES
    predictions: dict[str, dict[str, Any]] = {}
    if args.pred:
        try:
            for record in read_corpus(args.pred):
                predictions[str(record.get("id"))] = record
        except IncidentkitError as exc:
            errors(str(exc))
            return EXIT_FAILURES
    problems: list[str] = []
    if not args.pred:
        pipeline = _pipeline(args)
        for result in pipeline.extract_many(gold, processes=args.processes):
            if isinstance(result, Failure):
                errors(f"{result.id}: {result.message}")
                continue
            predictions[str(result.document.id)] = report_to_dict(result)
            problems.extend(f"{result.document.id}: {p.extractor} ({p.stage}): {p.kind}: {p.message}"
                            for p in result.problems)
    kinds = args.kinds.split(",") if args.kinds else None
    evaluation = evaluate(gold, predictions, kinds=kinds)
    if args.json:
        json.dump({**evaluation.to_dict(by_doc=args.by_doc), "extractor_problems": problems}, out, indent=2)
        out.write("\n")
    else:
        out.write(f"{len(gold)} documents from {args.gold}"
                  f"{f' against {args.pred}' if args.pred else ''}\n\n")
        out.write(evaluation.table() + "\n")
        if args.by_doc:
            from .scoring import format_table

            for doc in evaluation.documents:
                out.write(f"\n== {doc.id}\n{format_table(doc)}\n")
        if problems:
            # an extractor that failed scores as missing output: say so, or figures mislead
            out.write(f"\n{len(problems)} extractor problems (their output is missing from the scores):\n")
            out.writelines(f"  {line}\n" for line in problems[:10])
        if evaluation.missing:
            out.write(f"\nno prediction for {len(evaluation.missing)} documents: "
                      f"{', '.join(evaluation.missing[:10])}\n")
    return EXIT_FAILURES if errors.count else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``incidentkit`` command."""
    parser = argparse.ArgumentParser(
        prog="incidentkit",
        description="Typed, sourced incident records from reports of aerial attacks.",
    )
    parser.add_argument("--version", action="version", version=f"incidentkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = sub.add_parser("extract", help="extract from text files, JSON Lines corpora or stdin",
                             description="Extract from text files (one report each), JSON Lines "
                                         "corpora (.jsonl: one report per line with id, text, "
                                         "published) or '-' for stdin.")
    extract.add_argument("files", nargs="+", metavar="FILE", help="input files, or - for stdin")
    extract.add_argument("--published", help="publication date or date-time (ISO 8601) for inputs "
                                             "that do not give one")
    extract.add_argument("--zone", help="IANA zone of the reports' local time, e.g. Europe/Moscow")
    extract.add_argument("--format", choices=("json", "jsonl", "csv", "geojson"), default="json",
                         help="output: JSON (default), JSON Lines, CSV (one row per incident), GeoJSON")
    extract.add_argument("--processes", type=int, default=1,
                         help="processes, the calling one included (default 1)")
    extract.add_argument("--strict", action="store_true", help="fail on the first extractor error")
    _add_pipeline_options(extract)
    extract.set_defaults(run=_cmd_extract)

    plugins = sub.add_parser("plugins", help="list loaded plugins and their extractors")
    plugins.add_argument("--json", action="store_true", help="JSON instead of a table")
    _add_pipeline_options(plugins)
    plugins.set_defaults(run=_cmd_plugins)

    evaluate = sub.add_parser("evaluate", help="score against a gold corpus (FORMAT.md rules)")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--pred", metavar="PRED.jsonl",
                          help="score this prediction file instead of running the pipeline")
    evaluate.add_argument("--json", action="store_true", help="JSON instead of a table")
    evaluate.add_argument("--by-doc", action="store_true", help="also show each document's scores")
    evaluate.add_argument("--kinds", metavar="KINDS",
                          help="comma-separated: times,locations,quantities,attributions,incidents")
    evaluate.add_argument("--processes", type=int, default=1,
                          help="processes, the calling one included (default 1)")
    _add_pipeline_options(evaluate)
    evaluate.set_defaults(run=_cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some input failed, 2 usage)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    errors = _Errors(err)
    try:
        code: int = args.run(args, out, errors)
    except IncidentkitError as exc:
        errors(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:  # `incidentkit extract ... | head`
        return EXIT_OK
    return code
