"""One build: read sources, run the pipeline, render pages, write `docs/`.

The only module besides `files.py` and the CLI that knows about the disk; it reads at the
start and writes at the end, with pure stages in between. Returns a `BuildResult` that the
CLI prints.
"""
from __future__ import annotations

import atexit
import gc
import hashlib
import json
import time
from array import array
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache as cache_result, partial
from operator import attrgetter

from . import entities, entity_pages, files, relate, topics
from .catalog import Catalog, CatalogEntry, parse_catalog
from .helper import HELPER, Token, store_kept, token_of
from .export import LINK_FIELDS, LINK_SOURCES, export_article, export_corpus, export_own
from .indexes import Entry, Topic, entries_of, plan_topics, render_indexes, topic_targets
from .ingest import too_large
from .memo import Changes, Memo
from .model import Article, Rejected, SourceError
from .pipeline import (ArticleContext, CorpusContext, Job, LineKeys, context_for, line_keys, new_article, repeated_lines, run_articles,
                       run_corpus)
from .render import paragraph_number, render_article
from .settings import Settings

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildResult:
    articles: list[Article]
    rejected: list[Rejected]
    errors: list[str]
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    cached: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _key(article: Article, entry: CatalogEntry, ctx_repeated: frozenset[str], settings: Settings, code: str) -> str:
    digest = hashlib.sha256()
    for part in (article.sha256, article.path, settings.cache_key(), code,
                 json.dumps([entry.values, entry.lines, entry.overrides.keep, entry.overrides.drop], sort_keys=True, default=str),
                 "\n".join(sorted(ctx_repeated))):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def read_articles(settings: Settings) -> tuple[list[Article], list[Rejected]]:
    articles, rejected = [], []
    held = _held(settings)
    decoded: dict[tuple[str, str], Article] = {}
    unreadable: list[tuple[str, str]] = []
    for relative in files.find_sources(settings.sources, unreadable):
        try:
            raw = files.read_source(settings.sources, relative, settings.max_bytes)
            key = (relative, hashlib.sha256(raw).hexdigest())
            article = held.decoded.get(key) or new_article(relative, raw, settings)
            decoded[key] = article
            articles.append(article)
        except SourceError as error:
            rejected.append(Rejected(error.file, error.reason))
        except files.TooLarge as error:
            rejected.append(Rejected(relative, too_large(error.size, settings.max_bytes)))
        except OSError as error:
            rejected.append(Rejected(relative, f"cannot be read: {error.strerror or error}"))
    rejected += [Rejected(folder, reason) for folder, reason in unreadable]
    if settings.use_cache:
        held.decoded = decoded
    return articles, rejected


def build(settings: Settings, progress: Progress = lambda message: None, defer_writes: bool = False) -> BuildResult:
    """Read sources, run the pipeline, write docs/.

    Python's cycle collector is paused meanwhile: a build allocates millions of objects,
    which set off full collections that walk everything the process holds (the cache of a
    long-lived `mkdocs serve`: up to 0.4 s of a rebuild on 2,225 articles), while what a
    build throws away is nearly all freed by reference counting as it goes; the rest is
    collected after the build.

    `defer_writes`, for a long-lived process (`mkdocs serve`): the whole-collection cache
    files (corpus-stage results and rendered pages, 0.3 s of a rebuild after one edit on
    2,225 articles) are written when the process exits (or by `flush_cache`), not after every
    build; until then the process holds them. docs/ and each article's cache entry are
    written at once either way. A process killed before it exits leaves the previous files,
    so the next one recomputes the corpus stages once."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        if not defer_writes:
            flush_cache()
        return _build(settings, progress, defer_writes)
    finally:
        if collecting:
            gc.enable()


def flush_cache() -> None:
    """Write the cache files that builds with `defer_writes` left to write (runs at exit)."""
    pending, _HELD.pending = _HELD.pending, {}
    for write in pending.values():
        write()


atexit.register(flush_cache)


def _persist(settings: Settings, name: str, write: Callable[[], None], defer: bool) -> None:
    """Run `write` now, or at exit when deferred (a later build's write of `name` replaces it)."""
    if defer:
        _held(settings).pending[name] = write
    else:
        write()


def _build(settings: Settings, progress: Progress, defer: bool = False) -> BuildResult:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    catalog_file = settings.sources / "catalog.yml"
    catalog_text, unreadable = files.read_settings_text(catalog_file)
    held = _held(settings)
    if held.catalog is None or held.catalog[0] != catalog_text:
        held.catalog = (catalog_text, parse_catalog(catalog_text, str(catalog_file)))
    catalog = held.catalog[1]
    entities_file = settings.sources / "entities.yml"
    entities_text, unreadable_entities = files.read_settings_text(entities_file)
    entity_catalog = entities.parse_entities(entities_text, str(entities_file))
    errors = [f"{path}:1: {why}" for path, why in ((catalog_file, unreadable), (entities_file, unreadable_entities)) if why]
    errors += [str(e) for e in catalog.errors] + [f"{e.file}:{e.line}: {e.reason}" for e in entity_catalog.errors]
    decoded, rejected = read_articles(settings)
    progress(f"read {len(decoded)} sources ({len(rejected)} rejected)")
    timings["read"] = time.perf_counter() - started

    started = time.perf_counter()
    if settings.workers > 1 and len(decoded) >= settings.parallel_threshold:
        # Started before anything shows whether the corpus stages will run: its imports (a
        # second) overlap loading the caches and the per-article stages, where after an edit
        # they held up the first call it answers (0.8 s of 6.7 on 2,225 articles). A build that
        # finds nothing changed leaves it idle, and a new process stops it at exit.
        HELPER.start()
    code = files.code_fingerprint()
    memo = _load_memo(settings, code) if settings.use_cache else Memo()
    prepared = _prepare(decoded, catalog, settings, code, memo)
    keys = {p.article.id: p.key for p in prepared}
    corpus_key = _digest([code, settings.output_key(), entities_text] + [f"{aid}={key}" for aid, key in sorted(keys.items())])
    hit = (held.corpus if held.corpus_key == corpus_key else files.load_pickle(settings.cache_dir, corpus_key, "corpus")
           ) if settings.use_cache else None
    if isinstance(hit, tuple) and len(hit) == 3:
        corpus, stage_rejected, finished = hit
        held.finished = finished  # the next edit reads no per-article file back
        computed, ran_corpus_stages, early = 0, False, []
        if defer:
            _warm_helper(corpus, settings, entity_catalog, memo)
        progress(f"reused the last build's {len(corpus)} articles (no source, setting or code changed)")
        timings["articles"] = time.perf_counter() - started
    else:
        done, stage_rejected, computed = _run_article_stages(prepared, settings)
        ran_corpus_stages = True
        progress(f"processed {computed} articles ({len(prepared) - computed} from cache)")
        timings["articles"] = time.perf_counter() - started
        started = time.perf_counter()
        early: list[Future] = []

        def meanwhile(articles: list[Article]) -> None:
            early.append(_THREAD.submit(_early_pages, articles, rejected + stage_rejected, errors, entity_catalog, settings, memo))
        corpus = run_corpus(done, CorpusContext(settings=settings, entities=entity_catalog, memo=memo, meanwhile=meanwhile))
        # Stored with the per-article results they came from: they share most of their parts,
        # so this costs little, and a process that starts from this entry has both.
        hit = (corpus, stage_rejected, dict(held.finished))
        if settings.use_cache:
            _persist(settings, "corpus", partial(files.store_pickle, settings.cache_dir, corpus_key, hit, "corpus", keep_one=True), defer)
        timings["corpus"] = time.perf_counter() - started
    held.corpus_key, held.corpus = corpus_key, hit
    rejected += stage_rejected

    started = time.perf_counter()
    cache = (held.pages or PageCache.load(settings)) if settings.use_cache else PageCache()
    pages = render_pages(corpus, rejected, errors, entity_catalog, settings, cache=cache, keys=keys, corpus_key=corpus_key,
                         memo=memo, early=early[0] if early else None)
    for pending in early:  # used or not, done before the next build may fork (a fork copies no thread, only its locks)
        pending.result()
    if settings.use_cache:
        held.pages = PageCache(cache.used)
        if cache.used.keys() != cache.entries.keys():
            _persist(settings, "pages", partial(files.store_pickle, settings.cache_dir, PageCache.KEY, cache.used, PageCache.KEY), defer)
        _store_memo(settings, code, memo, complete=ran_corpus_stages)
        if ran_corpus_stages and HELPER.running():
            _persist(settings, "helper", partial(_store_helper, token_of(held.memo, settings), defer), defer)
    timings["render"] = time.perf_counter() - started
    started = time.perf_counter()
    last = _held(settings).written.setdefault(str(settings.docs.resolve()), {}) if settings.use_cache else None
    written, unchanged, removed = files.write_docs(settings.docs, pages, last)
    timings["write"] = time.perf_counter() - started
    return BuildResult(corpus, sorted(rejected, key=lambda r: r.file), errors, written, unchanged, removed,
                       len(decoded) - computed, timings)


def _warm_helper(corpus: list[Article], settings: Settings, entity_catalog, memo: Memo) -> None:
    """In a long-lived process whose first build found nothing changed (`mkdocs serve` on an
    up-to-date site), start what the helper runs ahead for the next build (`topics.start_topics`,
    `relate.start_searches`), once, and drop the results: the helper keeps each text's phrases
    and the cosines, which a new helper has to work out for every text (7 s instead of 2 for
    the first edit on 2,225 articles), while the reader has not edited anything yet."""
    if memo.carried.get(WARMED) or settings.workers < 2 or len(corpus) < settings.parallel_threshold:
        return
    memo.carried[WARMED] = True
    ctx = CorpusContext(settings=settings, entities=entity_catalog, memo=memo)
    topics.start_topics(corpus, ctx)
    relate.start_searches(corpus, ctx)


def _store_helper(token: Token, wait: bool) -> None:
    """Have the helper store what it keeps for the next build (`helper.store_kept`): the
    phrases of every text, the cosines and ranked terms, which a new helper worked out afresh
    (3.5 s of the 11 s a second `readingroom build` took after editing one of 2,225 articles).
    Without `wait` the helper does it while this process renders pages; stopping the helper at
    exit waits for it."""
    if wait:
        HELPER.run(store_kept, token)
    else:
        HELPER.call(store_kept, token)


WARMED = "build.helper-warmed"
"""The memo's name (`Memo.carried`) for "the helper was given this memo's collection"."""


@dataclass
class Held:
    """What a long-lived process (`mkdocs serve`) keeps from its last build, so that a rebuild
    does not read back from disk what it already has: decoded sources by content, finished
    articles by cache key, and the memo. Only for the same cache folder, and only with the
    cache on; each build keeps what it used, so memory stays at one build's worth."""

    cache_dir: str = ""
    decoded: dict[tuple[str, str], Article] = field(default_factory=dict)
    finished: dict[str, Article] = field(default_factory=dict)
    memo: Memo | None = None
    code: str = ""
    corpus_key: str = ""
    journal_ok: bool = False
    """The memo on disk (base and journal) holds what `memo` holds, give or take stale entries."""
    disk_stale: int = 0
    corpus: tuple[list[Article], list[Rejected], dict[str, Article]] | None = None
    pages: PageCache | None = None
    """The last build's rendered pages (what the pages file on disk holds, or will once flushed)."""
    pending: dict[str, Callable[[], None]] = field(default_factory=dict)
    """Cache writes deferred until exit (`build(defer_writes=True)`), by what they write."""
    written: dict[str, files.WrittenPages] = field(default_factory=dict)
    """By docs folder, what the last build wrote or found there (see `files.write_docs`)."""
    catalog: tuple[str, Catalog] | None = None
    """The last catalog.yml read, and what it parsed to."""
    prepared: tuple[tuple, dict[str, Prepared]] = ((), {})
    """What the last `_prepare` depended on besides each source, and its `Prepared` by source file."""


_HELD = Held()
MEMO_KIND = "memo"


def _held(settings: Settings) -> Held:
    global _HELD
    if not settings.use_cache:
        return Held()
    if _HELD.cache_dir != str(settings.cache_dir):
        flush_cache()
        _HELD = Held(str(settings.cache_dir))
    return _HELD


def _load_memo(settings: Settings, code: str) -> Memo:
    """The per-text analyses of the last build with this code (see memo.py), or an empty memo.

    On disk a memo is a base file plus a journal of what later builds added; a damaged journal
    or one that does not fit the base discards both (everything is recomputed once)."""
    held = _held(settings)
    if held.code == code and held.memo is not None:
        return held.memo
    held.disk_stale, held.journal_ok = 0, False
    memo = files.load_pickle(settings.cache_dir, code, MEMO_KIND)
    if not isinstance(memo, Memo):
        return Memo()
    journal = files.load_journal(settings.cache_dir, code, MEMO_KIND)
    if journal is None:
        return Memo()
    for changes in journal:
        if not isinstance(changes, Changes) or not memo.apply(changes):
            return Memo()
    # What this build adds is appended to the journal (`_store_memo`), in a new process too:
    # rewriting the whole memo took 0.5 s of a rebuild after one edit on 2,225 articles.
    held.journal_ok, held.code = True, code
    return memo


# The memo's file is rewritten (dropping analyses of texts that are gone) once this share of
# it is stale; until then a build appends what it added (a few kB instead of 50 MB on BBC).
MEMO_REWRITE_STALE_SHARE = 0.2


def _store_memo(settings: Settings, code: str, memo: Memo, complete: bool) -> None:
    """Keep what this build used; all of it when the corpus stages were skipped (`complete` False)."""
    kept = memo.for_next_build() if complete else memo.with_everything()
    held = _held(settings)
    on_disk = held.code == code and held.journal_ok
    held.memo, held.code = kept, code
    stale = memo.stale() if complete else 0
    if not memo.misses and not stale:
        return  # nothing new to write
    kept.generation = memo.generation + 1
    if on_disk and held.disk_stale + stale <= MEMO_REWRITE_STALE_SHARE * len(kept.entries):
        files.append_pickle(settings.cache_dir, code, memo.changes(kept.generation), MEMO_KIND)
        held.disk_stale += stale
    else:
        files.store_pickle(settings.cache_dir, code, kept, MEMO_KIND, keep_one=True)
        held.disk_stale, held.journal_ok = 0, True


@dataclass(frozen=True)
class Prepared:
    """A decoded source with its stage context and its cache key."""

    article: Article
    ctx: ArticleContext
    key: str


def _prepare(decoded: list[Article], catalog, settings: Settings, code: str, memo: Memo) -> list[Prepared]:
    """Each source with its context and key (its bytes, catalog entry, shared lines, settings, code)."""
    def keys_of(article: Article) -> LineKeys:
        return memo.get("pipeline.line_keys", f"{article.sha256}|{settings.max_bytes}", lambda: line_keys(article))
    repeated = repeated_lines(decoded, keys_of)
    held = _held(settings)
    # In a long-lived process, a source read back as the same object under the same catalog,
    # shared lines, settings and code has the same context and key (50 ms on 2,225 articles).
    depends = (catalog, repeated, settings, code)
    last = held.prepared[1] if held.prepared[0] == depends else {}  # a tuple compares items by identity first
    prepared = []
    for article in decoded:
        found = last.get(article.path)
        if found is None or found.article is not article:
            ctx = context_for(article, catalog, settings, repeated, keys_of)
            found = Prepared(article, ctx, _key(article, ctx.entry, ctx.repeated, settings, code))
        prepared.append(found)
    held.prepared = (depends, {p.article.path: p for p in prepared})
    return prepared


def _run_article_stages(prepared: list[Prepared], settings: Settings) -> tuple[list[Article], list[Rejected], int]:
    """Per-article stages for sources whose key is not cached; returns (articles, rejected, computed)."""
    held = _held(settings)
    finished: dict[str, Article] = {}
    jobs: list[Job] = []
    for item in prepared:
        cached = (held.finished.get(item.key) or files.load_cached(settings.cache_dir, item.key)) if settings.use_cache else None
        if cached is not None:
            finished[item.key] = cached
        else:
            jobs.append(Job(item.article, item.ctx, item.key))
    rejected: list[Rejected] = []
    store = partial(files.store_cached, settings.cache_dir) if settings.use_cache else None
    for job, result in zip(jobs, run_articles(jobs, settings, then=store)):
        if isinstance(result, Rejected):
            rejected.append(result)
            continue
        finished[job.key] = result
    held.finished = finished
    return list(finished.values()), rejected, len(jobs)


def _digest(parts: list[str]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass
class PageCache:
    """Rendered text from the last build, keyed by everything that text depends on.

    Entries used by this build are kept; the rest are dropped when it is stored, so the
    cache holds one build's pages. Whole-corpus pages (indexes, entities, report) are keyed
    by the corpus key, article pages by the article's cache key plus what it links to.
    """

    entries: dict[str, object] = field(default_factory=dict)
    used: dict[str, object] = field(default_factory=dict)
    KEY = "pages"

    @classmethod
    def load(cls, settings: Settings) -> "PageCache":
        entries = files.load_pickle(settings.cache_dir, cls.KEY, cls.KEY)
        return cls(entries if isinstance(entries, dict) else {})

    def get(self, key: str, make: Callable[[], object]) -> object:
        value = self.entries[key] if key in self.entries else make()
        self.used[key] = value
        return value


def _summary(article: Article) -> tuple:
    """What a page shows of an article it links to."""
    return (article.id, article.slug, article.path, article.title.value, article.date.value, article.publisher.value)


_RELATED_SHOWN = attrgetter("id", "because")
_SCORE = attrgetter("score")


def _page_key(article: Article, keys: dict[str, str], by_id: dict, titles: dict[str, str], people: dict[str, str],
              topics: dict[str, str], output_key: str, summaries: dict[str, tuple]) -> tuple[str, str]:
    """(page key, corpus.json entry key): what each shows besides the article's own text.

    Pages do not show similarity scores, which move a little on every page whenever an edit
    changes an idf; the corpus.json entry does, so only its key includes them."""
    links = (article.passage_links, article.backlinks)
    last = _PAGE_KEYS.get(article.id)
    if last is not None and last[4][0] is links[0] and last[4][1] is links[1]:
        passages, linked = last[5]  # the same links (`relate._with_links` keeps them when equal)
    else:
        passages = [[(l.paragraph, l.target, l.target_paragraph, l.shared_terms, l.context) for l in found] for found in links]
        linked = {l.target for found in links for l in found}
    related = list(map(_RELATED_SHOWN, article.related))
    targets = sorted(linked.union([r[0] for r in related], article.duplicates, [v for v, _ in article.versions]))
    shown = [summaries.get(t, (t,)) for t in targets]
    # A "see also" link shows the number of the paragraph it goes to (not every target's paragraph ids: 0.1 s).
    numbers = [paragraph_number(by_id[l.target], l.target_paragraph) for l in article.passage_links if l.target in by_id]
    inputs = (keys.get(article.id, article.sha256), output_key, article.slug, article.duplicate_of or "",
              ([(t, topics.get(t)) for t in article.topics], related, article.mentions, passages, article.duplicates,
               article.versions, shown, numbers,
               sorted((m.entity, titles.get(m.entity), people.get(m.entity)) for m in article.mentions)))
    scores = [*map(_SCORE, article.related), *map(_SCORE, links[0]), *map(_SCORE, links[1])]
    if last is not None and last[0] == inputs:  # comparing is cheaper than repr and hashing (0.1 s a build)
        page, json_key = last[1], last[3] if last[2] == scores else _scores_key(last[1], scores)
    else:
        page = _digest([*inputs[:4], repr(inputs[4])])
        json_key = _scores_key(page, scores)
    _PAGE_KEYS[article.id] = (inputs, page, scores, json_key, links, (passages, linked))
    return page, json_key


def _scores_key(page: str, scores: list[float]) -> str:
    """A page key with the scores the corpus.json entry adds (their bits: 1,700 a rebuild on BBC)."""
    return hashlib.blake2b(page.encode("ascii") + array("d", scores).tobytes(), digest_size=16).hexdigest()


_PAGE_KEYS: dict[str, tuple] = {}
"""By article id, the last `_page_key` worked out in this process: what it read and its keys."""


def render_pages(corpus: list[Article], rejected: list[Rejected], errors: list[str], entity_catalog, settings: Settings,
                 cache: PageCache | None = None, keys: dict[str, str] | None = None, corpus_key: str = "",
                 memo: Memo | None = None, early: Future | None = None) -> dict[str, str | bytes]:
    """Every generated page; with a cache, unchanged article pages and corpus.json entries are
    reused. `early`: `_early_pages` of this corpus, started while the last stage waited."""
    cache = cache or PageCache()
    keys = keys or {}
    by_id = {a.id: a for a in corpus}
    titles = entities.entity_titles(entity_catalog, corpus)
    people = {e.id: e.name for e in entity_catalog.entities if e.kind == "person"}
    listed = cache_result(lambda: early.result()[0] if early else entries_of(corpus))
    plan = cache_result(lambda: early.result()[1] if early else plan_topics(corpus, settings, listed()))  # only when needed
    topics = cache_result(lambda: topic_targets(plan()))
    pages: dict[str, str | bytes] = {}
    fragments: list[str] = []
    whole_key = _digest([corpus_key, repr(rejected), repr(errors)]) if corpus_key else ""
    output_key = settings.output_key()
    # Computing every page key costs 0.5 s on 2,225 articles; when the corpus did not change, reuse them.
    summaries = {a.id: _summary(a) for a in corpus}  # an article is the target of ten links on average
    page_keys = cache.get("keys:" + whole_key, lambda: {a.id: _page_key(a, keys, by_id, titles, people, topics(), output_key, summaries)
                                                        for a in corpus}) if whole_key and keys else {}
    for held in (_PAGE_KEYS, _LINK_DUMPS):
        if len(held) > 2 * len(corpus):  # articles removed since, or another collection
            for gone in held.keys() - by_id.keys():
                del held[gone]
    for article in sorted(corpus, key=lambda a: a.id):
        page_key, json_key = page_keys.get(article.id, ("", ""))
        if article.duplicate_of is None:
            make_page = lambda: render_article(article, by_id, titles, settings, people, topics())  # noqa: E731
            pages[f"articles/{article.slug}/index.md"] = cache.get("page:" + page_key, make_page) if page_key else make_page()
        if json_key:
            own_key = _digest([keys.get(article.id, article.sha256), output_key, article.slug, article.duplicate_of or ""])
            own = cache.get("own:" + own_key, lambda: _json_fragment(export_own(article)))  # noqa: B023
            fragments.append(cache.get("json:" + json_key, lambda: _joined(own, _links_json(article))))  # noqa: B023
        else:
            fragments.append(_json_fragment(export_article(article)))
    make_rest = (lambda: early.result()[2]) if early else (  # noqa: E731
        lambda: _corpus_pages(corpus, rejected, errors, entity_catalog, settings, memo or Memo(), plan(), listed()))
    rest = cache.get("rest:" + whole_key, make_rest) if whole_key else make_rest()
    pages.update(rest["pages"])
    head, tail = rest["json"]
    pages["corpus.json"] = b"".join([head, b",\n".join(fragments), tail]) if fragments else head + tail
    return pages


# corpus.json is written with indent=1, each article on a line of its own: dumping an article
# indented takes Python's pure-Python encoder, one line its C encoder, three times faster, and
# an edit that moves one common word's idf changes the scores of over a thousand articles
# (0.3 s of a rebuild on 2,225 articles). Splicing cached per-article dumps, encoded as UTF-8,
# into the document avoids dumping and encoding 12 MB again; tests/test_cache.py checks the
# result against a dump of the whole.
ARTICLES_SLOT = '"readingroom-articles-slot"'


def _json_fragment(document: dict) -> bytes:
    return ("  " + json.dumps(document, ensure_ascii=False)).encode("utf-8")


def _joined(own: bytes, links: bytes) -> bytes:
    """An article's line of corpus.json from its own fields, dumped once (`export_own`), and
    the links the corpus stages gave it (`_links_json`), dumped in every build that changes
    them: a common word's idf moves the scores of over a thousand articles (0.15 s of a
    rebuild on 2,225 articles for whole entries). The same text as dumping the whole entry."""
    return b"".join([own[:-1], b", ", links[1:]])


_LINK_DUMPS: dict[str, tuple[tuple, dict[str, bytes]]] = {}
"""By article id, the objects `LINK_SOURCES` names and the fields dumped from them, as `_links_json` last saw them."""


def _links_json(article: Article) -> bytes:
    """`export_links` dumped as JSON (UTF-8), field by field: a field made of one attribute
    that is the same object as when this process last dumped it is not dumped again (the
    corpus stages keep such objects when nothing in them changed), while the related pieces'
    scores, which an edit moves on most articles, are. The same bytes as dumping the whole."""
    sources = tuple(getattr(article, name) for name in LINK_SOURCES.values())
    last = _LINK_DUMPS.get(article.id)
    kept = last[1] if last is not None and all(a is b for a, b in zip(last[0], sources)) else {}
    pieces: list[bytes] = []
    fresh: dict[str, object] = {}  # fields in a row dumped together (one call: 8,000 calls a rebuild otherwise)
    for name, export in LINK_FIELDS.items():
        if name not in LINK_SOURCES:
            fresh[name] = export(article)
            continue
        if fresh:
            pieces.append(_ENCODER.encode(fresh)[1:-1].encode("utf-8"))
            fresh = {}
        text = kept.get(name)
        if text is None:
            text = kept[name] = b'"%s": %s' % (name.encode("ascii"), _ENCODER.encode(export(article)).encode("utf-8"))
        pieces.append(text)
    if fresh:
        pieces.append(_ENCODER.encode(fresh)[1:-1].encode("utf-8"))
    _LINK_DUMPS[article.id] = (sources, kept)
    return b"{" + b", ".join(pieces) + b"}"


_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""`json.dumps(..., ensure_ascii=False)` without making an encoder per call."""


_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="readingroom-pages")


def _early_pages(corpus: list[Article], rejected: list[Rejected], errors: list[str], entity_catalog, settings: Settings,
                 memo: Memo) -> tuple[dict[str, Entry], list[Topic], dict]:
    """(listed entries, topic plan, `_corpus_pages`) of a corpus that lacks only related pieces,
    which none of them shows: computed in a thread while `link_related` waits for the search
    running ahead (0.2-0.4 s of a rebuild on 2,225 articles in which this process sat idle). The
    thread reads the articles and the memo's per-text analyses, which a lookup never changes,
    so the pages are those the build would make afterwards (tests/test_memo.py compares builds
    with and without searches run ahead, byte for byte)."""
    listed = entries_of(corpus)
    plan = plan_topics(corpus, settings, listed)
    return listed, plan, _corpus_pages(corpus, rejected, errors, entity_catalog, settings, memo, plan, listed)


def _corpus_pages(corpus: list[Article], rejected: list[Rejected], errors: list[str], entity_catalog, settings: Settings,
                  memo: Memo, topics: list[Topic] | None = None, listed: dict[str, Entry] | None = None) -> dict:
    """Pages that depend on the whole corpus (indexes, entities) and corpus.json with a slot for articles."""
    pages: dict[str, str | bytes] = {}
    pages.update(render_indexes(corpus, rejected, settings, errors, topics, listed))
    candidates = entities.discover_candidates(corpus, entity_catalog, settings, memo)
    pages.update(entity_pages.render_entity_pages(corpus, entity_catalog, candidates, settings))
    document = export_corpus([], entities.export_entities(entity_catalog, corpus), rejected, errors)
    document["articles"] = ["readingroom-articles-slot"]
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    slot = '[\n  ' + ARTICLES_SLOT + '\n ]'
    head, tail = text.split(slot, 1)
    # (before the articles' lines, after them): with articles "[" and "]" go on lines of their own
    parts = (head + "[\n", "\n ]" + tail) if corpus else (head + "[]" + tail, "")
    return {"pages": pages, "json": tuple(part.encode("utf-8") for part in parts)}
