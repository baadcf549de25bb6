"""The command line: ``python -m assistant {index,fetch-links,inspect,ask,overview,eval}``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger("assistant")


def _settings():
    from .config import Settings

    return Settings.load()


def cmd_index(args: argparse.Namespace) -> int:
    from .store import IndexBuildError, open_index

    settings = _settings()
    try:
        index, report = open_index(settings, rebuild=args.rebuild, progress=sys.stderr.isatty() or args.progress)
    except (IndexBuildError, ValueError, ImportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if report is None:
        m = index.manifest
        print(f"index is up to date: {m.get('documents')} documents, {index.count} chunks -> collection {index.name}")
        for path, problem in (m.get("skipped") or {}).items():
            print(f"skipped: {path}: {problem}")
    else:
        print(report.summary())
    return 0


def cmd_fetch_links(args: argparse.Namespace) -> int:
    from .links import fetch_links
    from .parse import CorpusError, corpus_files, parse_file

    settings = _settings()
    corpus = settings.corpus_dir
    notes = []
    for path in corpus_files(corpus):
        if path.relative_to(corpus).parts[0] == "linked":
            continue
        try:
            doc = parse_file(path, corpus, max_bytes=settings.max_file_bytes)
        except CorpusError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            continue
        notes.extend((doc.source_id, f) for f in doc.footnotes if f.url)
    if not notes:
        print("no links found in the footnotes of the corpus documents")
        return 0
    report = fetch_links(notes, corpus, timeout=settings.link_timeout, max_bytes=settings.link_max_bytes)
    for r in report.results:
        where = f"footnote {r.footnote}" + (f", vraag {r.question}" if r.question is not None else "")
        if r.status == "ok":
            print(f"ok      {r.url} ({where}) -> {r.file}")
        else:
            print(f"failed  {r.url} ({where}): {r.status}: {r.detail}")
    print(f"{len(report.ok)} of {len(report.results)} links fetched; manifest: {corpus / 'links.json'}")
    stored = [r for r in report.results if r.file]
    return 0 if report.ok or stored else 1


def cmd_inspect(args: argparse.Namespace) -> int:
    from .parse import CorpusError, corpus_files, describe, parse_file

    settings = _settings()
    paths = [Path(args.file)] if args.file else corpus_files(settings.corpus_dir)
    if not paths:
        print(f"no documents in {settings.corpus_dir}", file=sys.stderr)
        return 1
    status = 0
    for i, path in enumerate(paths):
        root = settings.corpus_dir if path.resolve().is_relative_to(settings.corpus_dir.resolve()) else path.parent
        try:
            doc = parse_file(path.resolve(), root.resolve(), max_bytes=settings.max_file_bytes)
        except CorpusError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        if i:
            print("\n" + "=" * 80 + "\n")
        print(describe(doc))
    return status


def cmd_ask(args: argparse.Namespace) -> int:
    import json

    from .bot import Assistant, QuestionError, answer_json

    bot = Assistant.load()
    try:
        answer = bot.ask(args.question)
    except QuestionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(answer_json(answer), ensure_ascii=False, indent=2))
    else:
        print(answer.text)
    return 0


def cmd_overview(args: argparse.Namespace) -> int:
    import json

    from .bot import Assistant
    from .overview import COMMITMENT_COLUMNS, FIGURE_COLUMNS, describe_overview, overview_json, to_csv

    bot = Assistant.load()
    overviews = list(bot.overviews.values())
    if args.source:
        overviews = [ov for ov in overviews if ov.source == args.source]
        if not overviews:
            print(f"error: no letter {args.source!r}; letters: {', '.join(bot.overviews) or 'none'}", file=sys.stderr)
            return 2
    if not overviews:
        print("no letters with committee questions in the corpus", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"letters": [overview_json(ov) for ov in overviews]}, ensure_ascii=False, indent=2))
    elif args.csv:
        rows = [row for ov in overviews for row in overview_json(ov)[args.csv]]
        sys.stdout.write(to_csv(rows, COMMITMENT_COLUMNS if args.csv == "commitments" else FIGURE_COLUMNS))
    else:
        print("\n\n".join(describe_overview(ov) for ov in overviews))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from .bot import Assistant
    from .evaluate import evaluate, load_cases

    try:
        cases = load_cases(Path(args.file))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    bot = Assistant.load()
    report = evaluate(bot, cases)
    print(report.summary())
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"metrics": report.metrics, "cases": [r.__dict__ for r in report.results]}, ensure_ascii=False, indent=2
            ),
            "utf-8",
        )
    return 0 if report.passes_bar or args.no_bar else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Kamerbrief-assistent")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("index", help="build or update the index (only when the corpus or embedder changed)")
    p.add_argument("--rebuild", action="store_true", help="rebuild even when the index is up to date")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
    p.set_defaults(func=cmd_index)
    p = sub.add_parser("fetch-links", help="download the documents the footnotes link to into corpus/linked/")
    p.set_defaults(func=cmd_fetch_links)
    p = sub.add_parser("inspect", help="print the parsed structure of a document (default: every corpus file)")
    p.add_argument("file", nargs="?", help="a file to parse (default: all files in the corpus folder)")
    p.set_defaults(func=cmd_inspect)
    p = sub.add_parser("ask", help="answer one question")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print {text, citations, refused} as JSON")
    p.set_defaults(func=cmd_ask)
    p = sub.add_parser("overview", help="the letter at a glance: commitments, figures, sub-questions, references")
    p.add_argument("--source", help="one letter (its file name in the corpus)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the overview as JSON (as GET /api/overview)")
    out.add_argument("--csv", choices=["commitments", "figures"], help="print one table as CSV")
    p.set_defaults(func=cmd_overview)
    p = sub.add_parser("eval", help="evaluate a JSONL question file against the bar (exit 1 below it)")
    p.add_argument("file")
    p.add_argument("--json", metavar="OUT", help="also write every case's result to this JSON file")
    p.add_argument("--no-bar", action="store_true", help="exit 0 even below the bar")
    p.set_defaults(func=cmd_eval)
    args = parser.parse_args(argv)
    settings_level = "DEBUG" if args.verbose else None
    try:
        level = settings_level or _settings().log_level.upper()
    except Exception as exc:  # invalid settings: say which
        print(f"error: invalid settings: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs full URLs, query strings included
    from .store import IndexBuildError

    try:
        return int(args.func(args))
    except (IndexBuildError, TimeoutError) as exc:  # no index to serve, or another builder held it: say what
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
