"""MkDocs hook: `mkdocs build` converts and renders the pages outside the nav on every core.

MkDocs builds page after page in one process; on 2,225 articles that is over a minute of one
core while the others idle (Markdown conversion, the search plugin's HTML parser, Jinja). This
hook forks, after the nav is made and before any page is read: with N processes, process k
(k = 1 ... N-1) reads, converts and renders every N-th page that is not in the nav (articles
and list pages; the nav lists only sections), writes their HTML, and hands back what the first
process needs of them: their search-index entries, put in page order, and their anchors and the
anchors they link to, so that MkDocs checks links across all of them as before. The site is the
same byte for byte (`tests/test_mkdocs_parallel.py` compares every file with a one-process
build). On this 2-core machine, 2,225 BBC articles: see benchmarks/README.md, "Scale".

Nothing a reader sees comes from here: without this hook (Zensical ignores hooks; `mkdocs serve`
and `--dirty` builds never fork) the same pages are built one after the other. It stands aside,
and the build runs as MkDocs runs it, when:
- fewer than `PAGES_PER_PROCESS` x 2 pages are outside the nav, or the machine has one core or
  no `fork` (Windows);
- `READINGROOM_MKDOCS_JOBS=1` is set (a maintainer comparing, or a machine without spare
  memory); `=N` uses N processes whatever the number of pages, as the tests do on small sites;
- a plugin or another hook acts on pages (a page event other than Material's search indexing,
  whose entries are carried back), since its state would stay in the other process.
If another process fails or dies, the first builds its pages itself (the error, if any, is then
MkDocs' own) and the build goes on.
"""
from __future__ import annotations

import logging
import os
import pickle
import traceback
from dataclasses import dataclass, field

import mkdocs.commands.build as mkdocs_build
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.readingroom.parallel")

PAGES_PER_PROCESS = 100
"""Each process beyond the first needs this many pages to build: forking, its own template
environment, the nav pages and the hand-back cost about 0.3 s, what 15-30 article pages take."""
MAX_PROCESSES = 8
"""Beyond this, the first process's own work (copying assets, checking anchors, writing the
search index) and the hand-backs are most of what is left."""
JOBS_VARIABLE = "READINGROOM_MKDOCS_JOBS"
"""Environment variable: the number of processes (`1`: MkDocs' own one-process build)."""
PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content", "page_context", "post_page")
"""MkDocs events that see single pages: whatever acts on them must be carried back, or be absent."""


@dataclass
class _Split:
    """The other processes, the pages each builds, and where their search entries go."""

    workers: list[tuple[int, int]]
    """(process id, read end of its pipe) of each other process."""
    owner: dict[str, int]
    """src_uri of each page built elsewhere -> index of its process in `workers`."""
    search: object | None
    files: object
    places: list = field(default_factory=list)
    """(number of search entries before it, page, excluded) of each page built elsewhere, in page order."""
    collected: bool = False


_COMMAND = "build"
_DIRTY = False
_SPLIT: _Split | None = None
# MkDocs' own functions, kept on its module so that a second load of this hook (a config loaded
# again) never takes the replacements below for them.
_ORIGINAL = mkdocs_build.__dict__.setdefault(
    "_readingroom_original", (mkdocs_build._populate_page, mkdocs_build._build_page))


def on_startup(command, dirty, **kwargs):
    global _COMMAND, _DIRTY
    _COMMAND, _DIRTY = command, dirty


def on_nav(nav, config, files, **kwargs):
    global _SPLIT
    _restore()
    search = _search_plugin(config)
    if not _allowed(config, search):
        return nav
    in_nav = {page.file.src_uri for page in nav.pages}
    outside = [file for file in files.documentation_pages(inclusion=InclusionLevel.is_included)
               if file.src_uri not in in_nav]
    processes = _processes(len(outside))
    if processes < 2:
        return nav
    workers, owner = [], {}
    for k in range(1, processes):
        share = outside[k::processes]  # every N-th page: each kind of page is spread evenly
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # another process: build the share, hand back, leave without running MkDocs on
            for _, other in workers:
                os.close(other)
            os.close(reader)
            _build_share(share, nav, config, files, search, writer)
        os.close(writer)
        owner.update((file.src_uri, len(workers)) for file in share)
        workers.append((pid, reader))
    _SPLIT = _Split(workers, owner, search, files)
    mkdocs_build._populate_page, mkdocs_build._build_page = _populate_page, _build_page
    return nav


def on_post_build(config, **kwargs):
    _restore()


def on_build_error(error, **kwargs):
    _restore()


def _allowed(config, search) -> bool:
    if _COMMAND not in ("build", "gh-deploy") or _DIRTY or not hasattr(os, "fork"):
        return False
    for event in PAGE_EVENTS:
        for method in config.plugins.events.get(event, ()):
            if not (event == "page_context" and search is not None and getattr(method, "__self__", None) is search):
                return False
    return True


def _processes(pages: int) -> int:
    """How many processes build `pages` pages: `READINGROOM_MKDOCS_JOBS`, else one per core
    (at most `MAX_PROCESSES`) with `PAGES_PER_PROCESS` pages each at least."""
    asked = os.environ.get(JOBS_VARIABLE, "").strip()
    if asked:
        if not asked.isdigit() or int(asked) < 1:
            raise PluginError(f"{JOBS_VARIABLE} must be a whole number of processes, 1 or more, not {asked!r}")
        return min(int(asked), pages)
    return min(os.cpu_count() or 1, MAX_PROCESSES, pages // PAGES_PER_PROCESS)


def _search_plugin(config):
    """Material's search plugin, whose index entries the other processes hand back; None without it."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if type(plugin).__module__ == "material.plugins.search.plugin" and hasattr(index, "entries"):
            return plugin
    return None


def _build_share(share, nav, config, files, search, writer: int) -> None:
    """In another process: populate and render `share`, then write back what the first needs."""
    status = 0
    captured: list[logging.LogRecord] = []
    try:
        # Warnings are printed and counted by the first process, once handed back. Pages in the
        # nav are read here too (every page shows the nav, with their titles); their warnings are
        # the first process's own, as it reads them as well.
        for handler in logging.getLogger("mkdocs").handlers:
            handler.addFilter(lambda record: record.levelno < logging.WARNING)
        for page in nav.pages:
            _ORIGINAL[0](page, config, files)
        logging.getLogger("mkdocs").addHandler(_Keep(captured))
        for file in share:
            if file.page is None:
                Page(None, file, config)
            _ORIGINAL[0](file.page, config, files)
        env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        results = {}
        for file in share:
            entries = search.search_index.entries if search is not None else []
            start = len(entries)
            _ORIGINAL[1](file.page, config, doc_files, nav, env, excluded=file.inclusion.is_excluded())
            links = {target.src_uri: anchors for target, anchors in (file.page.links_to_anchors or {}).items()}
            results[file.src_uri] = (entries[start:], file.page.present_anchor_ids, links)
        message = {"results": results, "records": [_plain(record) for record in captured]}
    except BaseException:  # noqa: BLE001 - any failure: the first process builds these pages itself
        message = {"failed": traceback.format_exc(limit=3)}
        status = 1
    try:
        with os.fdopen(writer, "wb") as pipe:
            pickle.dump(message, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        os._exit(status)


class _Keep(logging.Handler):
    """Keeps another process's warnings, handed back so that MkDocs counts them (strict mode)."""

    def __init__(self, captured: list) -> None:
        super().__init__(logging.WARNING)
        self.captured = captured

    def emit(self, record):
        self.captured.append(record)


def _plain(record: logging.LogRecord) -> dict:
    return {"name": record.name, "levelno": record.levelno, "msg": record.getMessage()}


def _populate_page(page, config, files, dirty=False):
    if _SPLIT is not None and page.file.src_uri in _SPLIT.owner:
        return None  # read and converted in another process
    return _ORIGINAL[0](page, config, files, dirty)


def _build_page(page, config, doc_files, nav, env, dirty=False, excluded=False):
    split = _SPLIT
    if split is None:
        return _ORIGINAL[1](page, config, doc_files, nav, env, dirty, excluded)
    if page.file.src_uri in split.owner:  # rendered by another process: its place is kept
        entries = split.search.search_index.entries if split.search is not None else ()
        split.places.append((len(entries), page, excluded))
    else:
        _ORIGINAL[1](page, config, doc_files, nav, env, dirty, excluded)
    if page.file is doc_files[-1]:  # MkDocs checks anchors next: the other pages must be in by then
        _finish(split, config, doc_files, nav, env)
    return None


def _finish(split: _Split, config, doc_files, nav, env) -> None:
    """Take in the other processes' pages, at their places in page order, as one process adds them."""
    results = {}
    for pid, reader in split.workers:
        results.update(_collect(pid, reader))
    split.collected = True
    entries = split.search.search_index.entries if split.search is not None else []
    found = []
    for place, page, excluded in split.places:
        if page.file.src_uri not in results:  # its process failed: built here, as without this hook
            start = len(entries)
            _ORIGINAL[0](page, config, split.files)
            _ORIGINAL[1](page, config, doc_files, nav, env, False, excluded)
            found.append((place, entries[start:]))
            del entries[start:]
            continue
        page_entries, page.present_anchor_ids, links = results[page.file.src_uri]
        page.links_to_anchors = {split.files.get_file_from_path(uri): anchors for uri, anchors in links.items()}
        found.append((place, page_entries))
    for place, page_entries in reversed(found):  # from the end, so that earlier places stay put
        entries[place:place] = page_entries
    if results:
        log.info("readingroom: %d of %d pages were rendered in %d other processes",
                 len(results), len(doc_files), len(split.workers))
    split.places.clear()


def _collect(pid: int, reader: int) -> dict:
    """Wait for another process and take what it handed back; nothing when it failed."""
    try:
        with os.fdopen(reader, "rb") as pipe:
            message = pickle.load(pipe)
    except Exception as error:  # noqa: BLE001 - it died before handing back
        message = {"failed": f"no result ({type(error).__name__})"}
    _, status = os.waitpid(pid, 0)
    if "failed" in message or status != 0:
        failure = message.get("failed", f"exit status {status}")
        log.info("readingroom: a build process failed; its pages are built here: %s",
                 failure.strip().splitlines()[-1])
        return {}
    for record in message["records"]:
        logging.getLogger(record["name"]).log(record["levelno"], "%s", record["msg"])
    return message["results"]


def _restore() -> None:
    global _SPLIT
    split, _SPLIT = _SPLIT, None
    if split is not None and not split.collected:
        for pid, reader in split.workers:  # the build stopped early: leave no process behind
            try:
                os.close(reader)
            except OSError:
                pass
            os.waitpid(pid, 0)
    mkdocs_build._populate_page, mkdocs_build._build_page = _ORIGINAL
