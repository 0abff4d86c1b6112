"""Command line: `readingroom build [--sources DIR] [--docs DIR]` and friends.

Parses options, loads settings, runs the build, prints progress, rejected files (one line
each, naming the file and the reason) and a summary. Exit status 0 when every source became
a page, 1 when any was rejected or the catalog had errors, 2 for bad usage.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import NoReturn

from . import __version__
from .build import build, flush_cache
from .helper import HELPER
from .settings import Settings, documentation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="readingroom", description="Turn saved news articles into an annotated MkDocs site.")
    parser.add_argument("--version", action="version", version=f"readingroom {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("build", help="generate docs/ (pages and corpus.json) from sources/")
    run.add_argument("--sources", type=Path, help="folder of *.txt articles, catalog.yml, entities.yml (default: sources)")
    run.add_argument("--docs", type=Path, help="MkDocs docs folder to write into (default: docs)")
    run.add_argument("--no-cache", action="store_true", help="recompute every article instead of reusing cached results")
    run.add_argument("--workers", type=int, help="processes for per-article stages and the related-pieces search (default: 2; 1 runs everything in one process)")
    run.add_argument("--max-bytes", type=int, help="largest source file accepted (default: 5000000)")
    run.add_argument("--site-url", help="base URL of the published site, for canonical links and citations")
    run.add_argument("--quiet", "-q", action="store_true", help="print only rejected files and errors")
    commands.add_parser("settings", help="list every setting with its default and meaning")
    args = parser.parse_args(argv)
    if args.command == "settings":
        return _print_settings()
    settings = Settings().with_overrides(
        sources=args.sources, docs=args.docs, workers=args.workers, max_bytes=args.max_bytes, site_url=args.site_url,
        use_cache=False if args.no_cache else None,
    )
    if not settings.sources.is_dir():
        print(f"readingroom: error: sources folder {settings.sources} does not exist", file=sys.stderr)
        return 2
    say = (lambda message: None) if args.quiet else (lambda message: print(f"readingroom: {message}", file=sys.stderr))
    result = build(settings, progress=say)
    for rejected in result.rejected:
        print(f"rejected: {rejected.file}: {rejected.reason}", file=sys.stderr)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    pages = sum(1 for a in result.articles if a.duplicate_of is None)
    duplicates = len(result.articles) - pages
    timing = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in result.seconds.items())
    if not args.quiet:
        print(
            f"readingroom: {pages} article pages, {duplicates} duplicates noted, {len(result.rejected)} rejected; "
            f"{result.written} files written, {result.unchanged} unchanged, {result.removed} removed ({timing})",
            file=sys.stderr,
        )
    return 1 if result.rejected or result.errors else 0


def run(argv: list[str] | None = None) -> NoReturn:
    """`main`, then exit at once (the console script and `python -m readingroom`).

    A build of thousands of articles leaves millions of objects (articles, the memo, the
    pages), which a normal exit frees one by one: 1.5 s of an 11 s rebuild on 2,225 articles.
    Nothing in them is left to save once the cache writes that builds defer are done and the
    helper has stored its work and stopped, so those run here and the process ends without
    freeing anything."""
    code = main(argv)
    flush_cache()
    HELPER.stop()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed early (`readingroom build | head`): nothing more to say
            pass
    os._exit(code)


def _print_settings() -> int:
    docs = documentation()
    defaults = Settings()
    for name, text in docs.items():
        print(f"{name} = {getattr(defaults, name)!r}\n    {text}")
    return 0


if __name__ == "__main__":
    run()
