"""MkDocs hooks for `mkdocs serve`: regenerate docs/ from sources/ when a source changes.

A convenience for maintainers only: the CLI (`readingroom build`) remains the way to
generate, and the site builds without this hook (Zensical ignores hooks). The build is
incremental (cached per article), so an edit regenerates only what changed.

How: the first build of `mkdocs serve` regenerates docs/ (sources may have changed while
nothing was serving). After that, this hook watches sources/ itself, and a change runs the
pipeline in the watcher's thread, once the files have been quiet for `QUIET_SECONDS`; MkDocs,
which watches docs/, then rebuilds once for the pages that were written. (Run inside MkDocs'
build, the pipeline's own writes to docs/ set off a second, redundant build after every edit:
2 s with `--dirty` on 2,225 articles, a whole site without it.)
"""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readingroom.build import build  # noqa: E402
from readingroom.settings import Settings  # noqa: E402

log = logging.getLogger("mkdocs.readingroom")
# Rejected sources and catalog errors are the reader's input, not the site's: reported as MkDocs
# reports a warning, but outside MkDocs' loggers, whose warnings abort a strict build (`make
# serve` would not start while one file in sources/ is unreadable; `make site` builds the rest).
problems = logging.getLogger("readingroom.serve")
if not problems.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    problems.addHandler(_handler)
    problems.propagate = False
QUIET_SECONDS = 0.3
"""An editor's save is several file events; the pipeline runs once they stop."""
CHANGES = frozenset({"created", "modified", "moved", "deleted", "closed"})
"""watchdog event types that change a file ("closed" is a close after writing)."""


def _settings(config) -> Settings:
    return Settings(sources=ROOT / "sources", docs=Path(config["docs_dir"]), cache_dir=ROOT / ".cache" / "readingroom")


def _regenerate(config) -> None:
    result = build(_settings(config), defer_writes=True)  # cache files are written when serve exits
    for rejected in result.rejected:
        problems.warning("readingroom: rejected: %s: %s", rejected.file, rejected.reason)
    for error in result.errors:
        problems.warning("readingroom: error: %s", error)
    log.info("readingroom: %d files written, %d unchanged", result.written, result.unchanged)


def on_startup(command, dirty, **kwargs):
    global _COMMAND
    _COMMAND = command


_COMMAND = "build"
_GENERATED = False


def on_pre_build(config, **kwargs):
    global _GENERATED
    if _COMMAND != "serve" or _GENERATED:
        return  # `make site` runs the CLI first; a plain build does not rewrite docs/
    _regenerate(config)
    _GENERATED = True


class _SourceWatcher(FileSystemEventHandler):
    """Runs the pipeline after changes under sources/, one run at a time."""

    def __init__(self, config) -> None:
        self.config = config
        self.timer: threading.Timer | None = None
        self.timing = threading.Lock()
        self.running = threading.Lock()

    def on_any_event(self, event) -> None:
        if event.is_directory or event.event_type not in CHANGES:
            return  # reading a file ("opened", "closed_no_write"), as the pipeline does, is no change
        with self.timing:
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(QUIET_SECONDS, self.run)
            self.timer.daemon = True
            self.timer.start()

    def run(self) -> None:
        with self.running:  # a change during a run starts another run after it
            log.info("readingroom: sources changed, regenerating docs/")
            try:
                _regenerate(self.config)
            except Exception:  # the server keeps serving; the next edit tries again
                log.exception("readingroom: regenerating docs/ failed")


def on_serve(server, config, builder, **kwargs):
    observer = Observer()
    observer.schedule(_SourceWatcher(config), str(ROOT / "sources"), recursive=True)
    observer.daemon = True
    observer.start()
    return server
