"""MkDocs hooks for `mkdocs serve`: regenerate docs/ from sources/ when a source changes.

A convenience for maintainers only: the CLI (`readingroom build`) remains the way to
generate, and the site builds without this hook (Zensical ignores hooks). The build is
incremental (cached per article), so an edit regenerates only what changed.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readingroom.build import build  # noqa: E402
from readingroom.settings import Settings  # noqa: E402

log = logging.getLogger("mkdocs.readingroom")


def _settings(config) -> Settings:
    return Settings(sources=ROOT / "sources", docs=Path(config["docs_dir"]), cache_dir=ROOT / ".cache" / "readingroom")


def on_startup(command, dirty, **kwargs):
    global _COMMAND
    _COMMAND = command


_COMMAND = "build"


def on_pre_build(config, **kwargs):
    if _COMMAND != "serve":
        return  # `make site` runs the CLI first; a plain build does not rewrite docs/
    result = build(_settings(config), defer_writes=True)  # cache files are written when serve exits
    for rejected in result.rejected:
        log.warning("rejected: %s: %s", rejected.file, rejected.reason)
    log.info("readingroom: %d files written, %d unchanged", result.written, result.unchanged)


def on_serve(server, config, builder, **kwargs):
    server.watch(str(ROOT / "sources"))
    return server
