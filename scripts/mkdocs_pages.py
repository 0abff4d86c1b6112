"""MkDocs hook: `mkdocs build` keeps the pages that did not change and renders the rest on every core.

MkDocs builds page after page in one process, every page every time: on 2,225 articles that is
over a minute of one core, while the other idles, and again after an edit to one article. This
hook changes how pages outside the nav (articles and list pages; the nav lists only sections)
get built, never what they become:

- **kept pages**: each page's HTML, search-index entries, anchors, the anchors it links to and
  the warnings it raised are kept in `.cache/mkdocs-pages/` beside mkdocs.yml, under a key made
  of the page's Markdown file and of everything else a page is made from (the configuration,
  the theme's version and override files, these hooks, the list of files, the nav pages); a
  later build whose key is the same writes the kept HTML and repeats the warnings instead of
  converting and rendering the page (`mkdocs serve` keeps them in memory too);
- **every core**: the pages left to render are split among one process per core (at most
  `MAX_PROCESSES`, `PAGES_PER_PROCESS` pages each at least): after the nav is made and before
  any page is read, the hook forks, and process k renders every N-th page, writes its HTML and
  hands back what the first process needs of it. In `mkdocs serve` only for the first build,
  before the server starts the threads that a fork must not copy;
- **compiled templates kept**: Jinja's bytecode cache, in the same folder;
- **search sections read only as far as they count**: Material's search plugin parses each
  page's HTML into sections and drops those under a heading marked `data-search-exclude` (an
  article's related pieces, citations and removed lines: over half of its HTML, and 3.4 of its
  5.8 ms). When every heading from one such heading on is marked too, and the parser reaches it
  outside any element, nothing after it can reach a section that is kept: the parser stops there
  (`_SearchSections`; the same index, `tests/test_mkdocs_pages.py` compares it with Material's
  parser and with a build without this hook); and it reads the tags of a page whose every `<`
  is a plain tag or comment with one regular expression each instead of `HTMLParser`'s
  tokenizer, calling Material's handlers with what `HTMLParser` would (indexing 346 BBC article
  pages: 0.22 s instead of 0.30 s, against 0.61 s for Material's parser alone);
- **one Markdown converter**: MkDocs makes a new `markdown.Markdown`, with every extension, for
  each page (0.8 ms); the hook hands it the one it made for the last page, `reset()` as
  Python-Markdown documents for converting another text (MkDocs registers its per-page
  processors on it again, replacing the last page's);
- **tags read once**: MkDocs parses each page's Markdown with `HTMLParser` for the anchors
  links may point to, and Python-Markdown again for its raw HTML blocks; when every `<` in a
  page is a plain tag or comment, one scan of its tags (`_scan`) gives both the anchors and the
  blocks Python-Markdown keeps as written, which go to the page's stash, as the parser would
  put them, before the parser reads the rest (an article's facts card and citations: over four
  fifths of its tags). Converting 346 BBC article pages with the site's extensions took 1.12 s
  instead of 1.50 s (best of five), and whole one-process builds of 2,225 articles, run side by
  side, 19.7–19.9 s instead of 21.8–22.4 s;
- **only changed files written**: MkDocs empties the site folder and writes every file again,
  which on this machine's disk took 5 of the 8 s of a build that kept all 2,211 article pages
  (deleting and truncating files is slow where the disk discards freed blocks). The hook
  leaves the folder as it is, writes a file only when its bytes differ from those already
  there, and after the build removes what the build did not make, as emptying it first would
  have: a file is left over when it was there before the build, was neither written nor found
  up to date through MkDocs' `write_file` or `copy_file`, and has the size, time and inode it
  had before (so a file any plugin wrote its own way stays). Hidden entries at the top of the
  folder stay, as MkDocs keeps them.

The search index keeps its page order and MkDocs checks links across all pages as before, so
the site is the same byte for byte (`tests/test_mkdocs_pages.py` compares every file with
MkDocs' own one-process build, with kept pages and without). Nothing a reader sees comes from
here: Zensical ignores hooks, and without this one the same pages are built one by one. It
stands aside, and MkDocs builds as it does, for `--dirty` builds, on a site where a plugin or
another hook acts on single pages (a page event other than Material's search indexing, whose
entries are carried), and as told by two environment variables: `READINGROOM_MKDOCS_JOBS=N`
(N processes whatever the number of pages; 1: one) and `READINGROOM_MKDOCS_CACHE=0` (no kept
pages, and the site folder emptied and every file written, as MkDocs does). If another process fails or dies, the first builds its pages itself (the error, if
any, is then MkDocs' own) and the build goes on.
"""
from __future__ import annotations

import gc
import hashlib
import html.parser
import importlib.metadata
import json
import logging
import os
import pickle
import re
import shutil
import stat
import sys
import time
import traceback
import types
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import markdown
import markdown.preprocessors
import mkdocs.commands.build as mkdocs_build
import mkdocs.structure.pages as mkdocs_pages
from jinja2 import FileSystemBytecodeCache
from markdown.extensions import md_in_html
from mkdocs import utils
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

try:
    import material.plugins.search.plugin as material_search
except ImportError:  # another theme: nothing of Material's to speed up
    material_search = None

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # as scripts/mkdocs_hooks.py does
from readingroom.files import load_pickle, store_pickle  # noqa: E402 - the project's cache files, written whole or not at all

log = logging.getLogger("mkdocs.readingroom.pages")

PAGES_PER_PROCESS = 100
"""Each process beyond the first needs this many pages to render: forking, its own template
environment, the nav pages and the hand-back cost about 0.3 s, what 15-30 article pages take."""
MAX_PROCESSES = 8
"""Beyond this, the first process's own work (copying assets, checking anchors, writing the
search index) and the hand-backs are most of what is left."""
JOBS_VARIABLE = "READINGROOM_MKDOCS_JOBS"
"""Environment variable: the number of processes (`1`: MkDocs' own one-process build)."""
CACHE_VARIABLE = "READINGROOM_MKDOCS_CACHE"
"""Environment variable: `0` renders every page and writes every file (nothing kept from the last build)."""
CACHE_FOLDER = Path(".cache") / "mkdocs-pages"
"""Kept pages, beside the configuration file (`make clean` removes .cache/)."""
UNUSED_SECONDS = 24 * 3600
"""A kept page that a build did not use is removed once it is this old: `make site` and
`mkdocs serve` (whose pages differ: another site_url) each keep theirs meanwhile."""
KEPT_FORMAT = "readingroom-kept-page-1"
"""First item of a kept page's file; another one (an older format) is rendered again."""
PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content", "page_context", "post_page")
"""MkDocs events that see single pages: whatever acts on them must be carried, or be absent."""
UNSEEN_SETTINGS = frozenset({"docs_dir", "site_dir", "config_file_path", "dev_addr", "strict", "watch", "hooks"})
"""Settings that no page shows (hooks count by their files' contents, pages by their own): `-d` elsewhere keeps pages."""
PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "markupsafe", "pygments")
"""Whose versions are part of every page's key: they turn Markdown into the page."""


@dataclass(frozen=True)
class _Kept:
    """What MkDocs needs of a built page, besides its HTML file."""

    html: bytes
    entries: list
    """The page's search-index entries."""
    anchors: frozenset[str] | None
    links: dict
    """src_uri of each page it links to -> {anchor: link as written}."""
    records: tuple
    """(logger name, level, message) of what it logged at INFO and above, in order."""

    def plain(self) -> tuple:
        # Pickled as a plain tuple: MkDocs loads this module by its path, which pickle cannot import.
        return (KEPT_FORMAT, *self.__dict__.values())

    @classmethod
    def of(cls, page, entries: list, records: list) -> "_Kept":
        """What MkDocs made of `page`, just rendered, but its HTML (on disk; `_keep` reads it)."""
        links = {target.src_uri: dict(anchors) for target, anchors in (page.links_to_anchors or {}).items()}
        anchors = frozenset(page.present_anchor_ids) if page.present_anchor_ids is not None else None
        return cls(b"", list(entries), anchors, links, tuple(records))

    def restore(self, page, files) -> None:
        """Give `page` the anchors MkDocs checks links with, as if it had just rendered it."""
        page.present_anchor_ids = set(self.anchors) if self.anchors is not None else None
        page.links_to_anchors = {files.get_file_from_path(uri): dict(anchors) for uri, anchors in self.links.items()}

    @classmethod
    def from_plain(cls, fields: object) -> "_Kept | None":
        """The page `plain` gave; None for anything else (an older format, nothing kept)."""
        return cls(*fields[1:]) if isinstance(fields, tuple) and fields[:1] == (KEPT_FORMAT,) else None


@dataclass
class _Build:
    """One build's pages outside the nav: their keys, those kept, those rendered elsewhere."""

    search: object | None
    files: object
    folder: Path | None
    keys: dict[str, str]
    kept: dict[str, _Kept]
    workers: list[tuple[int, int]] = field(default_factory=list)
    """(process id, read end of its pipe) of each other process."""
    owner: dict[str, int] = field(default_factory=dict)
    """src_uri of each page rendered elsewhere -> index of its process in `workers`."""
    places: list = field(default_factory=list)
    """(number of search entries before it, page, excluded) of each page rendered elsewhere."""
    collected: bool = False
    started: float = field(default_factory=time.time)


_COMMAND = "build"
_DIRTY = False
_SERVING = False
"""Set once `mkdocs serve` has started its server (after its first build)."""
_BUILD: _Build | None = None
_MEMORY: dict[str, _Kept] = {}
"""Kept pages by key, in this process (`mkdocs serve` builds again and again)."""
# MkDocs' own functions, kept on its module so that a second load of this hook (a config loaded
# again) never takes the replacements below for them.
_ORIGINAL = mkdocs_build.__dict__.setdefault(
    "_readingroom_original", (mkdocs_build._populate_page, mkdocs_build._build_page))
_ORIGINAL_FILES = utils.__dict__.setdefault(
    "_readingroom_original", (utils.clean_directory, utils.write_file, utils.copy_file))
_ORIGINAL_MARKDOWN = mkdocs_pages.__dict__.setdefault("_readingroom_original", mkdocs_pages.markdown)
_ORIGINAL_PARSER = material_search.__dict__.setdefault("_readingroom_original", material_search.Parser) \
    if material_search is not None else None
_ORIGINAL_ANCHORS = mkdocs_pages.__dict__.setdefault("_readingroom_original_anchors", mkdocs_pages._RawHTMLPreprocessor.run)
_HTML_BLOCKS = (markdown.preprocessors.HtmlBlockPreprocessor, md_in_html.HtmlBlockPreprocessor)
"""Python-Markdown's HTML block preprocessors: its own, and md_in_html's."""
_ORIGINAL_HTML_BLOCKS = markdown.preprocessors.__dict__.setdefault(
    "_readingroom_original_html_blocks", tuple(kind.run for kind in _HTML_BLOCKS))


def on_startup(command, dirty, **kwargs):
    global _COMMAND, _DIRTY
    _COMMAND, _DIRTY = command, dirty


def on_pre_build(config, **kwargs):
    global _SYNC
    _restore_files()
    if material_search is not None:
        material_search.Parser = _SearchSections
    mkdocs_pages.markdown = _ONE_CONVERTER
    mkdocs_pages._RawHTMLPreprocessor.run = _find_anchors
    for kind, original in zip(_HTML_BLOCKS, _ORIGINAL_HTML_BLOCKS):
        kind.run = _set_aside(original)
    if not _DIRTY and _keeping() and _carried(config, _search_plugin(config)):
        _SYNC = _Sync(os.path.abspath(config.site_dir))
        utils.clean_directory, utils.write_file, utils.copy_file = _clean_directory, _write_file, _copy_file


def on_env(env, config, files, **kwargs):
    """Compiled templates are kept too (Jinja's own bytecode cache, checked against each
    template's source): compiling Material's templates took 0.6 s of every build, in each process."""
    if _DIRTY or not _keeping() or env.bytecode_cache is not None:
        return env
    folder = Path(config.config_file_path or ".").resolve().parent / CACHE_FOLDER / "templates" / _environment_key(env)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only checkout still builds
        return env
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env


def on_nav(nav, config, files, **kwargs):
    global _BUILD
    _restore()
    search = _search_plugin(config)
    if _DIRTY or not _carried(config, search):
        return nav
    in_nav = {page.file.src_uri for page in nav.pages}
    inclusion = InclusionLevel.is_in_serve if _COMMAND == "serve" else InclusionLevel.is_included
    outside = [file for file in files.documentation_pages(inclusion=inclusion) if file.src_uri not in in_nav]
    folder = None if not _keeping() else \
        Path(config.config_file_path or ".").resolve().parent / CACHE_FOLDER
    keys, kept = {}, {}
    if folder is not None:
        common = _common_key(config, files, nav)
        for file in outside:
            key = keys[file.src_uri] = _page_key(common, file)
            found = _MEMORY.get(key) or _load(folder, key)
            if found is not None:
                kept[file.src_uri] = found
    build = _Build(search, files, folder, keys, kept)
    left = [file for file in outside if file.src_uri not in kept]
    processes = _processes(len(left)) if _may_fork() else 1
    if processes > 1:
        gc.freeze()  # what this process holds is left out of the others' collections, so not copied by them
    for k in range(1, processes):
        share = left[k::processes]  # every N-th page: each kind of page is spread evenly
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # another process: render the share, hand back, leave without running MkDocs on
            for _, other in build.workers:
                os.close(other)
            os.close(reader)
            _render_share(share, nav, config, files, build, writer)
        os.close(writer)
        build.owner.update((file.src_uri, len(build.workers)) for file in share)
        build.workers.append((pid, reader))
    if processes > 1:
        gc.unfreeze()
    if not kept and not build.workers and folder is None:
        return nav  # nothing to do differently from MkDocs
    _BUILD = build
    mkdocs_build._populate_page, mkdocs_build._build_page = _populate_page, _build_page
    return nav


@event_priority(-100)  # after every plugin's post_build, which may write files (the search index)
def on_post_build(config, **kwargs):
    build, sync = _BUILD, _SYNC
    _restore()
    _restore_files()
    if build is not None and build.folder is not None:
        _forget_unused(build)
    if sync is not None:
        sync.remove_left_over()


def on_build_error(error, **kwargs):
    _restore()
    _restore_files()


def _carried(config, search) -> bool:
    """Whether every plugin's and hook's work on single pages is carried by this hook."""
    for event in PAGE_EVENTS:
        for method in config.plugins.events.get(event, ()):
            if not (event == "page_context" and search is not None and getattr(method, "__self__", None) is search):
                return False
    return True


def on_serve(server, config, builder, **kwargs):
    global _SERVING
    _SERVING = True
    return server


def _may_fork() -> bool:
    """Whether this build may fork: `mkdocs build`, and the first build of `mkdocs serve`, which
    runs before the server starts its threads (a fork copies none of them, and the locks they
    hold stay held in the copy); not the builds that follow, nor where there is no fork."""
    return hasattr(os, "fork") and (_COMMAND in ("build", "gh-deploy") or (_COMMAND == "serve" and not _SERVING))


def _keeping() -> bool:
    """Whether builds keep anything from the last one (`READINGROOM_MKDOCS_CACHE` is not `0`)."""
    return os.environ.get(CACHE_VARIABLE, "").strip() != "0"


def _processes(pages: int) -> int:
    """How many processes render `pages` pages: `READINGROOM_MKDOCS_JOBS`, else one per core
    (at most `MAX_PROCESSES`) with `PAGES_PER_PROCESS` pages each at least."""
    asked = os.environ.get(JOBS_VARIABLE, "").strip()
    if asked:
        if not asked.isdigit() or int(asked) < 1:
            raise PluginError(f"{JOBS_VARIABLE} must be a whole number of processes, 1 or more, not {asked!r}")
        return min(int(asked), pages)
    return min(os.cpu_count() or 1, MAX_PROCESSES, pages // PAGES_PER_PROCESS)


def _search_plugin(config):
    """Material's search plugin, whose index entries are carried; None without it."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if type(plugin).__module__ == "material.plugins.search.plugin" and hasattr(index, "entries"):
            return plugin
    return None


# ---- keys ------------------------------------------------------------------------------------

def _common_key(config, files, nav) -> str:
    """What every page outside the nav is made from, besides its own Markdown file."""
    digest = hashlib.blake2b(digest_size=20)

    def add(*parts: object) -> None:
        for part in parts:
            digest.update(part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass"))
            digest.update(b"\0")

    add(sys.version, *(f"{name}={_version(name)}" for name in PACKAGES))
    settings = {name: value for name, value in config.items() if name not in UNSEEN_SETTINGS}
    add(json.dumps(_plain(settings), sort_keys=True, ensure_ascii=False))
    theme = config.theme
    add(json.dumps(_plain(dict(theme.items())), sort_keys=True), *theme.dirs)
    if theme.custom_dir:  # the project's template overrides (the theme's own: its version)
        for path in sorted(Path(theme.custom_dir).rglob("*")):
            if path.is_file():
                add(path.relative_to(theme.custom_dir).as_posix(), path.read_bytes())
    for module in (config.get("hooks") or {}).values():  # these hooks, and any others
        path = getattr(module, "__file__", None) or ""
        add(path, Path(path).read_bytes() if path else b"")
    add(*sorted(f"{file.src_uri}|{file.dest_uri}|{file.inclusion.name}" for file in files))  # links resolve against these
    for page in nav.pages:  # every page shows the nav with these pages' titles: given in the nav, or read from them
        given = page.title is not None
        add(page.file.src_uri, page.title if given else page.file.content_bytes)
    add(os.environ.get("SOURCE_DATE_EPOCH", ""))
    return digest.hexdigest()


def _environment_key(env) -> str:
    """What compiled templates depend on besides their sources: the packages' versions and
    how the environment reads and compiles templates."""
    options = {name: getattr(env, name, None) for name in (
        "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
        "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
        "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized", "is_async")}
    parts = [sys.version, *(f"{name}={_version(name)}" for name in PACKAGES), type(env).__qualname__,
             json.dumps(_plain(options), sort_keys=True), *sorted(env.extensions), _plain(env.autoescape), _plain(env.finalize)]
    return hashlib.blake2b("\0".join(map(str, parts)).encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


def _page_key(common: str, file) -> str:
    parts = [common.encode(), file.src_uri.encode("utf-8", "surrogatepass"), file.content_bytes]
    return hashlib.blake2b(b"\0".join(parts), digest_size=20).hexdigest()


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _plain(value: object) -> object:
    """A configuration value as JSON can hold it; an object without a readable state by its type."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    config = getattr(value, "config", None)  # a plugin: its options
    if isinstance(config, Mapping):
        return {"plugin": type(value).__qualname__, "config": _plain(dict(config))}
    text = repr(value)
    return f"{type(value).__module__}.{type(value).__qualname__}" + ("" if " at 0x" in text else text)


# ---- kept pages ------------------------------------------------------------------------------

def _load(folder: Path, key: str) -> _Kept | None:
    kept = _Kept.from_plain(load_pickle(folder, key))  # missing or damaged: rendered again
    if kept is not None:
        _MEMORY[key] = kept
    return kept


def _keep(build: _Build, page, kept: _Kept) -> None:
    """Keep a page MkDocs has just written (in this process or another), with its HTML."""
    key = build.keys.get(page.file.src_uri)
    if build.folder is None or key is None:
        return
    try:
        html = Path(page.file.abs_dest_path).read_bytes()
    except FileNotFoundError:  # MkDocs wrote nothing (an empty page): nothing to keep
        return
    kept = _MEMORY[key] = replace(kept, html=html)
    try:
        store_pickle(build.folder, key, kept.plain())
    except OSError as error:  # a read-only checkout still builds
        log.debug("readingroom: could not keep %s: %s", page.file.src_uri, error)


def _forget_unused(build: _Build) -> None:
    """Remove kept pages that this build did not use and that are older than `UNUSED_SECONDS`."""
    used = set(build.keys.values())
    for key in [k for k in _MEMORY if k not in used]:
        del _MEMORY[key]
    if not build.folder.is_dir():
        return
    for sub in build.folder.iterdir():
        for path in sub.iterdir() if sub.is_dir() else ():
            try:
                if path.stem not in used and build.started - path.stat().st_mtime > UNUSED_SECONDS:
                    path.unlink()
            except OSError:
                continue


class _Records(logging.Handler):
    """What MkDocs logs while one page is read and rendered (INFO and above)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record):
        self.records.append((record.name, record.levelno, record.getMessage()))


def _recording(call, *args):
    """`call(*args)` and what MkDocs logged meanwhile."""
    records = _Records()
    root = logging.getLogger("mkdocs")
    root.addHandler(records)
    try:
        call(*args)
    finally:
        root.removeHandler(records)
    return records.records


def _replay(records) -> None:
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)


# ---- the build -------------------------------------------------------------------------------

def _populate_page(page, config, files, dirty=False):
    build = _BUILD
    if build is not None and (page.file.src_uri in build.owner or page.file.src_uri in build.kept):
        return None  # kept from the last build, or read and converted in another process
    if build is not None and page.file.src_uri in build.keys:
        page._readingroom_records = _recording(_ORIGINAL[0], page, config, files, dirty)
        return None
    return _ORIGINAL[0](page, config, files, dirty)


def _build_page(page, config, doc_files, nav, env, dirty=False, excluded=False):
    build = _BUILD
    uri = page.file.src_uri
    if build is None:
        return _ORIGINAL[1](page, config, doc_files, nav, env, dirty, excluded)
    entries = build.search.search_index.entries if build.search is not None else []
    if uri in build.owner:  # rendered by another process: its place is kept
        build.places.append((len(entries), page, excluded))
    elif uri in build.kept:
        _take(build, page, build.kept[uri], entries)
    elif uri in build.keys:
        start = len(entries)
        records = getattr(page, "_readingroom_records", [])
        records = records + _recording(_ORIGINAL[1], page, config, doc_files, nav, env, dirty, excluded)
        _keep(build, page, _Kept.of(page, entries[start:], records))
    else:
        _ORIGINAL[1](page, config, doc_files, nav, env, dirty, excluded)
    if page.file is doc_files[-1]:  # MkDocs checks anchors next: the other pages must be in by then
        _finish(build, config, doc_files, nav, env)
    return None


def _take(build: _Build, page, kept: _Kept, entries: list) -> None:
    """A kept page, as if MkDocs had just read, rendered and written it."""
    utils.write_file(kept.html, page.file.abs_dest_path)
    _replay(kept.records)
    entries.extend(kept.entries)
    kept.restore(page, build.files)


def _finish(build: _Build, config, doc_files, nav, env) -> None:
    """Take in the other processes' pages, at their places in page order, as one process adds them."""
    results = {}
    for pid, reader in build.workers:
        results.update(_collect(pid, reader))
    build.collected = True
    entries = build.search.search_index.entries if build.search is not None else []
    found = []
    for place, page, excluded in build.places:
        handed = results.get(page.file.src_uri)
        kept = _Kept.from_plain(handed)
        if kept is None:  # its process failed: rendered here, as without this hook
            start = len(entries)
            records = _recording(_ORIGINAL[0], page, config, build.files)
            records += _recording(_ORIGINAL[1], page, config, doc_files, nav, env, False, excluded)
            _keep(build, page, _Kept.of(page, entries[start:], records))
            found.append((place, entries[start:]))
            del entries[start:]
            continue
        _replay(kept.records)
        kept.restore(page, build.files)
        found.append((place, kept.entries))
    for place, page_entries in reversed(found):  # from the end, so that earlier places stay put
        entries[place:place] = page_entries
    kept_count = len(build.kept)
    if kept_count or build.keys:
        log.info("readingroom: %d pages kept from the last build, %d rendered", kept_count, len(build.keys) - kept_count)
    if results:
        log.info("readingroom: %d of %d pages were rendered in %d other processes",
                 len(results), len(doc_files), len(build.workers))
    build.places.clear()


def _render_share(share, nav, config, files, build: _Build, writer: int) -> None:
    """In another process: read, convert and render `share`, keep each page, hand back what the
    first process needs (its HTML is on disk)."""
    status = 0
    try:
        # What this process logs is printed and counted by the first one, once handed back.
        for handler in logging.getLogger("mkdocs").handlers:
            handler.addFilter(lambda record: record.levelno < logging.INFO)
        for page in nav.pages:  # every page shows the nav, with their titles (read by the first process too)
            _ORIGINAL[0](page, config, files)
        records = {}
        for file in share:
            if file.page is None:
                Page(None, file, config)
            records[file.src_uri] = _recording(_ORIGINAL[0], file.page, config, files)
        env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        results = {}
        for file in share:
            entries = build.search.search_index.entries if build.search is not None else []
            start = len(entries)
            page_records = records[file.src_uri] + _recording(
                _ORIGINAL[1], file.page, config, doc_files, nav, env, False, file.inclusion.is_excluded())
            kept = _Kept.of(file.page, entries[start:], page_records)
            _keep(build, file.page, kept)
            results[file.src_uri] = kept.plain()  # without its HTML, which is on disk
        sync = _SYNC or _Sync("")
        message = {"results": results, "unchanged": sync.unchanged, "made": sorted(sync.made)}
    except BaseException:  # noqa: BLE001 - any failure: the first process renders these pages itself
        message = {"failed": traceback.format_exc(limit=3)}
        status = 1
    try:
        with os.fdopen(writer, "wb") as pipe:
            pickle.dump(message, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        os._exit(status)


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
        log.info("readingroom: a build process failed; its pages are rendered here: %s",
                 failure.strip().splitlines()[-1])
        return {}
    if _SYNC is not None:  # what it wrote, or found up to date, is not left over
        _SYNC.unchanged += message["unchanged"]
        _SYNC.made.update(message["made"])
    return message["results"]


# ---- only changed files written ----------------------------------------------------------------

@dataclass
class _Sync:
    """The site folder as the build found it, and what the build made in it."""

    site: str
    before: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """Each file (or link) found, by absolute path: (size, modification time in ns, inode)."""
    folders: set[str] = field(default_factory=set)
    made: set[str] = field(default_factory=set)
    """Files written, or found up to date, through `write_file` and `copy_file`."""
    unchanged: int = 0

    def look(self) -> None:
        """Note what the site folder holds (not its hidden top-level entries, which MkDocs keeps)."""
        stack = [entry.path for entry in _entries(self.site) if not entry.name.startswith(".")]
        while stack:
            path = stack.pop()
            try:
                info = os.stat(path, follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode):  # not a link to one: the status is the entry's own
                self.folders.add(path)
                stack.extend(entry.path for entry in _entries(path))
            else:
                self.before[path] = _seen(info)

    def clear_way(self, path: str) -> None:
        """Make room for a file at `path` where the last build left a folder, or a file where a
        folder of its path goes (what emptying the folder first would have done)."""
        if path in self.folders and os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        parent = os.path.dirname(path)
        while len(parent) > len(self.site):
            if parent in self.before and os.path.lexists(parent) and not os.path.isdir(parent):
                os.unlink(parent)
            parent = os.path.dirname(parent)

    def remove_left_over(self) -> None:
        """Remove what the last build left and this one did not make, then folders left empty."""
        removed = 0
        for path, seen in self.before.items():
            if path in self.made:
                continue
            try:
                info = os.stat(path, follow_symlinks=False)
            except OSError:
                continue
            if _seen(info) == seen:
                os.unlink(path)
                removed += 1
        for folder in sorted(self.folders, key=len, reverse=True):
            try:
                os.rmdir(folder)  # only when empty
            except OSError:
                pass
        if self.before:  # nothing to say of a build into an empty folder
            log.info("readingroom: %d files of the site were up to date, %d left over from the last build removed",
                     self.unchanged, removed)


_SYNC: _Sync | None = None


def _seen(info: os.stat_result) -> tuple[int, int, int]:
    """What tells a file left as it was from one written since: size, modification time, inode."""
    return info.st_size, info.st_mtime_ns, info.st_ino


def _entries(folder: str) -> list:
    try:
        with os.scandir(folder) as found:
            return list(found)
    except OSError:
        return []


def _clean_directory(directory: str) -> None:
    """Instead of emptying the site folder: note what it holds (see `_Sync`)."""
    sync = _SYNC
    if sync is None or os.path.abspath(directory) != sync.site:
        return _ORIGINAL_FILES[0](directory)
    sync.look()
    return None


def _write_file(content: bytes, output_path: str) -> None:
    """MkDocs' `write_file`, unless the file holds these bytes already."""
    sync = _SYNC
    if sync is None:
        return _ORIGINAL_FILES[1](content, output_path)
    path = os.path.abspath(output_path)
    sync.made.add(path)
    if path in sync.before:
        try:
            if os.path.getsize(path) == len(content) and Path(path).read_bytes() == content:
                sync.unchanged += 1
                return None
        except OSError:
            pass
    sync.clear_way(path)
    return _ORIGINAL_FILES[1](content, output_path)


def _copy_file(source_path: str, output_path: str) -> None:
    """MkDocs' `copy_file`, into a folder cleared of what the last build left in the way."""
    sync = _SYNC
    if sync is not None:
        path = os.path.abspath(output_path)
        sync.made.add(path)
        sync.clear_way(path)
    return _ORIGINAL_FILES[2](source_path, output_path)


def _restore_files() -> None:
    global _SYNC
    _SYNC = None
    utils.clean_directory, utils.write_file, utils.copy_file = _ORIGINAL_FILES
    if material_search is not None:
        material_search.Parser = _ORIGINAL_PARSER
    mkdocs_pages.markdown = _ORIGINAL_MARKDOWN
    mkdocs_pages._RawHTMLPreprocessor.run = _ORIGINAL_ANCHORS
    for kind, original in zip(_HTML_BLOCKS, _ORIGINAL_HTML_BLOCKS):
        kind.run = original


def _restore() -> None:
    global _BUILD
    build, _BUILD = _BUILD, None
    if build is not None and not build.collected:
        for pid, reader in build.workers:  # the build stopped early: leave no process behind
            try:
                os.close(reader)
            except OSError:
                pass
            os.waitpid(pid, 0)
    mkdocs_build._populate_page, mkdocs_build._build_page = _ORIGINAL


# ---- one Markdown converter ------------------------------------------------------------------

class _OneConverter(types.ModuleType):
    """The `markdown` module as MkDocs' pages module sees it during a build: `Markdown(...)`
    gives the converter made for the same extensions and settings before, reset."""

    made: tuple | None = None
    """(extensions, their settings, the converter): the objects themselves, compared by identity."""

    def __getattr__(self, name):
        return getattr(markdown, name)

    def Markdown(self, *args, **options):  # noqa: N802 - markdown.Markdown's name
        extensions, settings = options.get("extensions"), options.get("extension_configs")
        made = self.made
        if made is not None and made[0] is extensions and made[1] is settings and not args \
                and options.keys() <= {"extensions", "extension_configs"}:
            made[2].reset()
            return made[2]
        converter = markdown.Markdown(*args, **options)
        self.made = (extensions, settings, converter)
        return converter


_ONE_CONVERTER = _OneConverter("markdown")


# ---- anchors and raw HTML blocks found without parsing the page twice ---------------------------

_MARKUP = re.compile(r"""<(?:
    ([a-zA-Z][a-zA-Z0-9-]*)                                  # start tag: its name,
    ((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*                        # attributes, each after a space,
        (?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*)  # with a value or without
    \s*/?>
  | /[a-zA-Z][a-zA-Z0-9-]*\s*>                               # end tag
  | !--(?:(?!--)[^<>])*-->                                   # comment holding no markup
)""", re.VERBOSE)
_ATTRIBUTE = re.compile(r"""\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'=<>`]+)))?""")
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"})
"""Elements whose content a parser reads as text, or may: a page holding one is parsed."""


@dataclass(frozen=True)
class _Scan:
    """What one scan of a page's tags found (`_scan`)."""

    ids: set[str]
    """The ids (and names of <a> elements), as MkDocs' `_RawHTMLPreprocessor` finds them."""
    blocks: list[tuple[int, int]]
    """(start, end) of the raw HTML blocks Python-Markdown keeps as written (see `_scan`)."""


_BLOCK_LEVEL = list(markdown.Markdown().block_level_elements)
"""Python-Markdown's block-level elements, with which `_scan` reads blocks; a converter told
of others parses its blocks itself."""
_BLOCK_LEVEL_SET = frozenset(_BLOCK_LEVEL)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"})
_BLANK_LINE_AFTER = re.compile(r"([ ]*\n){2}")  # Python-Markdown's `blank_line_re`
_BARE_AMPERSAND = re.compile(r"&(?![a-zA-Z][-.a-zA-Z0-9]*;|#[0-9]+;|#[xX][0-9a-fA-F]+;)")
"""An `&` that Python-Markdown's parser would not give back as written (it adds the `;` of a
reference written without one)."""
_last_scan: tuple[str | None, _Scan | None] = (None, None)
"""The last text scanned and what `_scan` found (one tuple, replaced whole): MkDocs' anchors and
Python-Markdown's HTML blocks are read from the same text, by one preprocessor after the other."""


def _attribute_value(attribute: re.Match) -> str | None:
    """An `_ATTRIBUTE` match's value as `HTMLParser` gives it: unquoted, character references
    resolved; None for an attribute written without one."""
    value = attribute.group(2)
    if value is None:
        value = attribute.group(3)
        if value is None:
            value = attribute.group(4)
    return html.unescape(value) if value else value


def _scan(text: str) -> _Scan | None:
    """One scan of the tags of a page's Markdown (its fenced code already set aside); None
    unless every `<` in the text starts a plain start tag, end tag or comment, where a parser
    could not read anything else.

    Generated pages write source text's `<` as a character reference, so every `<` in them is
    markup; a page where one is not is parsed as before. The scan serves two readers that each
    parsed the whole page with `HTMLParser`: MkDocs, for the anchors links may point to (16% of
    converting an article page), then Python-Markdown, for its raw HTML blocks.

    A block Python-Markdown keeps as written starts at the beginning of the text or after a
    blank line, with a block-level start tag in the first column, and ends where that element's
    end tag ends its line, a blank line following. Its tags nest properly, it has no comment
    and no `markdown` attribute, and each `&` in it starts a whole character reference. Blocks
    that start otherwise (indented, `markdown` ones) are followed to their end only to skip
    what they hold; blocks are no longer looked for from where the text does something the scan
    does not follow (tags that do not nest, text after a block's end tag on its line)."""
    global _last_scan
    last_text, last_found = _last_scan
    if last_text == text:
        return last_found
    ids: set[str] = set()
    blocks: list[tuple[int, int]] = []
    stack: list[str] = []
    following, start, whole = True, 0, False
    found: _Scan | None = None
    at = text.find("<")
    while at >= 0:
        match = _MARKUP.match(text, at)
        if match is None:
            break
        name, end = match.group(1), match.end()
        if name is not None:
            name = name.lower()
            if name in _RAW_TEXT:
                break
            attributes = match.group(2)
            marked = False
            lowered = attributes.lower() if attributes else ""
            if "id" in lowered or "name" in lowered or "markdown" in lowered:  # else nothing to read in them
                for attribute in _ATTRIBUTE.finditer(attributes):
                    key = attribute.group(1).lower()
                    if key == "id" or (key == "name" and name == "a"):
                        ids.add(_attribute_value(attribute))
                    elif key == "markdown":
                        marked = True
            if not following or name in _VOID or match.group(0).endswith("/>"):
                pass
            elif stack:
                stack.append(name)
                whole = whole and not marked
            elif name in _BLOCK_LEVEL_SET:
                line = text.rfind("\n", 0, at) + 1
                if at - line <= 3 and not text[line:at].strip(" "):  # a block starts here
                    stack.append(name)
                    start = at
                    whole = not marked and at == line and (at == 0 or (at >= 2 and text.startswith("\n\n", at - 2)))
        elif following and stack:
            if match.group(0)[1] == "!":  # a comment
                whole = False
            elif stack.pop() != match.group(0)[2:-1].strip().lower():
                following = False
            elif not stack:
                if not _BLANK_LINE_AFTER.match(text, end):
                    following = False
                elif whole and not _BARE_AMPERSAND.search(text, start, end):
                    blocks.append((start, end))
        at = text.find("<", end)
    else:
        found = _Scan(ids, blocks)
    _last_scan = (text, found)
    return found


def _find_anchors(self, lines: list[str]) -> list[str]:
    """MkDocs' `_RawHTMLPreprocessor.run`, with `_scan` first."""
    found = _scan("\n".join(lines))
    if found is None:
        return _ORIGINAL_ANCHORS(self, lines)
    self.present_anchor_ids = found.ids
    return lines


def _set_aside(original):
    """Python-Markdown's HTML block preprocessor (`original`: the `run` of its class), which first
    stores in the page's stash the raw HTML blocks `_scan` finds, as the parser would store
    them, and gives the parser the text with their placeholders instead.

    On an article page the facts card and the citations are over four fifths of the tags. If a
    placeholder does not come back on a line of its own (the block was inside another, which the
    scan did not see), the page is parsed again as it was, without them."""
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        found = _scan(text) if self.md.block_level_elements == _BLOCK_LEVEL else None
        if not found or not found.blocks:
            return original(self, lines)
        stash = self.md.htmlStash
        before = len(stash.rawHtmlBlocks), stash.html_counter
        parts: list[str] = []
        placeholders: list[str] = []
        last = 0
        for start, end in found.blocks:
            placeholder = stash.store(text[start:end] + "\n")  # the block, and the newline of its line
            placeholders.append(placeholder)
            parts += (text[last:start], "\n", placeholder, "\n\n")
            last = end
        parts.append(text[last:])
        result = original(self, "".join(parts).split("\n"))
        out = "\n" + "\n".join(result) + "\n"
        if all(f"\n{p}\n" in out for p in placeholders):
            return result
        del stash.rawHtmlBlocks[before[0]:]
        stash.html_counter = before[1]
        return original(self, lines)
    return run


# ---- search sections read only as far as they count --------------------------------------------

_HEADING_OPEN = re.compile(r"<h[1-6]", re.IGNORECASE)
"""Where a heading may start; `_start_tag` says whether one does, as the parser reads it."""
_EXCLUDED = "data-search-exclude"


class _TagReader(html.parser.HTMLParser):
    """Reads one start tag as `HTMLParser` would: its name and attributes."""

    found: tuple[str, list] | None = None

    def handle_starttag(self, tag, attrs):
        self.found = (tag, attrs)


def _start_tag(text: str, at: int) -> tuple[str, list, int] | None:
    """(name, attributes, end) of the start tag at `at`; None if there is none to read."""
    reader = _TagReader()
    reader.rawdata = text
    try:
        end = reader.parse_starttag(at)
    except Exception:  # noqa: BLE001 - whatever the parser makes of it, this reading stops
        return None
    return (*reader.found, end) if end > at and reader.found is not None else None


def _excluded_run(text: str) -> int | None:
    """The end of the first heading of the last run of headings that are all marked
    `data-search-exclude`; None if the last heading is not marked (or cannot be read)."""
    cut = None
    for match in reversed(list(_HEADING_OPEN.finditer(text))):
        tag = _start_tag(text, match.start())
        if tag is None:
            break
        name, attrs, end = tag
        if name not in ("h1", "h2", "h3", "h4", "h5", "h6"):
            continue  # <h2x>: not a heading
        if not any(key == _EXCLUDED for key, _ in attrs):
            break
        cut = end
    return cut


if material_search is not None:
    class _SearchSections(material_search.Parser):
        """Material's parser, which stops at a heading excluded from search when what follows
        cannot reach a kept section.

        Material starts a section at each heading with an id, and drops the sections whose
        heading is marked. A section started outside any element is never left (one started
        inside an element is left when the element closes, and the text after goes to the
        section before). So once the parser has read the start tag of such a marked heading
        with nothing open but it, everything after belongs to that section or to later ones,
        all dropped if every later heading is marked too. Otherwise it reads on, as Material's."""

        def feed(self, data):
            cut = _excluded_run(data)
            if cut is None:
                return self.read(data)
            self.read(data[:cut])  # the cut follows a whole start tag: nothing is held back
            if not (len(self.context) == 1 and self.section is not None and self.section.el is self.context[0]
                    and self.section.depth == 1 and self.section.is_excluded() and not self.rawdata
                    and self.cdata_elem is None):
                self.read(data[cut:])
            return None

        def read(self, data: str) -> None:
            """`HTMLParser.feed`, with the tags of a text whose every `<` starts a plain tag or
            comment (`_tokens`) read by one regular expression each, handed to the same handlers
            with what `HTMLParser` would hand them: tag names and attribute names in lower case,
            attribute values and text with their character references resolved, text in the
            pieces between tags (Material's parser treats a piece of white space apart). Reading
            the pages' HTML was three quarters of indexing them; any other text is read by
            `HTMLParser`."""
            tokens = None if self.rawdata or self.cdata_elem is not None or not self.convert_charrefs else _tokens(data)
            if tokens is None:
                return super().feed(data)
            for kind, value, attrs in tokens:
                if kind is _TEXT:
                    self.handle_data(value)
                elif kind is _START:
                    self.handle_starttag(value, attrs)
                elif kind is _END:
                    self.handle_endtag(value)
                elif kind is _START_END:
                    self.handle_startendtag(value, attrs)
                else:
                    self.handle_comment(value)
            return None


_TEXT, _START, _END, _START_END, _COMMENT = "text", "start", "end", "start-end", "comment"


def _tokens(data: str) -> list[tuple[str, str, list]] | None:
    """What `HTMLParser` (converting character references) reads in `data`, in order, as
    (kind, text or tag name, attributes); None unless every `<` in it starts a plain start tag,
    end tag or comment outside any element whose content a parser reads as text."""
    tokens: list[tuple[str, str, list]] = []
    unescape = html.unescape
    last = 0
    at = data.find("<")
    while at >= 0:
        match = _MARKUP.match(data, at)
        if match is None:
            return None
        if at > last:
            tokens.append((_TEXT, unescape(data[last:at]), None))
        name = match.group(1)
        tag = match.group(0)
        if name is not None:
            name = name.lower()
            if name in _RAW_TEXT:
                return None
            attrs = [(attribute.group(1).lower(), _attribute_value(attribute)) for attribute in _ATTRIBUTE.finditer(match.group(2))] \
                if match.group(2) else []
            tokens.append((_START_END if tag.endswith("/>") else _START, name, attrs))
        elif tag[1] == "/":
            tokens.append((_END, tag[2:-1].rstrip().lower(), None))
        else:
            tokens.append((_COMMENT, tag[4:-3], None))
        last = match.end()
        at = data.find("<", last)
    if last < len(data):
        tokens.append((_TEXT, unescape(data[last:]), None))
    return tokens
