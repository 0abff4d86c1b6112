"""The order of stages, in one place.

Per-article stages map `Article -> Article` and may run in parallel; corpus stages see every
finished article and run after all of them (related pieces, entities, passages, duplicates).
Reordering or removing a stage is a one-line change to `ARTICLE_STAGES` or `CORPUS_STAGES`.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial

from . import boilerplate, duplicates, entities, relate, topics
from .catalog import Catalog, CatalogEntry, Overrides
from .helper import Pending
from .ingest import decode_source, split_lines
from .memo import Memo
from .model import Article, ArticleId, Rejected, SourceError, evolve, word_count
from .provenance import apply_provenance
from .settings import Settings
from .slugs import unique_slugs
from .structure import recover_structure
from .unwrap import unwrap_lines

# Lines shorter than this never count as cross-file template text: "Share", "Read more" are
# handled by vocabularies, and short lines repeat across real articles by chance ("Reuters").
REPEATED_MIN_CHARS = 12
# A line is template text when it appears in at least this many different files...
REPEATED_MIN_FILES = 3
# ...and in at least this share of them (in a small collection, 3 of 5 files is not chance).
REPEATED_MIN_SHARE = 0.02


@dataclass(frozen=True)
class ArticleContext:
    """What a per-article stage may read besides the article itself."""

    settings: Settings
    entry: CatalogEntry = CatalogEntry()
    overrides: Overrides = Overrides()
    repeated: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CorpusContext:
    settings: Settings
    entities: entities.EntityCatalog = field(default_factory=entities.EntityCatalog)
    memo: Memo = field(default_factory=Memo)
    """Per-text analyses from the last build (see memo.py); a fresh one computes everything."""
    searches: dict[str, Pending] = field(default_factory=dict)
    """Work running ahead in the helper process, by the name of the stage that takes its result."""
    meanwhile: Callable[[list[Article]], None] = lambda articles: None
    """Called by the last stage before it waits for such a search, with the articles as the
    stages before it left them: the build renders meanwhile the pages that need nothing that
    stage adds (index and entity pages; see `build._early_pages`)."""


def unwrap_stage(article: Article, ctx: ArticleContext) -> Article:
    return unwrap_lines(article)


def classify_boilerplate(article: Article, ctx: ArticleContext) -> Article:
    texts = [line.text for line in article.lines]
    verdicts = boilerplate.classify_lines(texts, repeated=ctx.repeated)
    if ctx.overrides.keep or ctx.overrides.drop:
        verdicts = boilerplate.apply_overrides(texts, verdicts, ctx.overrides.keep, ctx.overrides.drop)
    return replace(article, verdicts=tuple(verdicts))


def structure_stage(article: Article, ctx: ArticleContext) -> Article:
    return recover_structure(article)


def provenance_stage(article: Article, ctx: ArticleContext) -> Article:
    return apply_provenance(article, ctx.entry)


def check_body(article: Article, ctx: ArticleContext) -> Article:
    words = word_count(article.body_text)
    if words < ctx.settings.min_body_words:
        reasons = Counter(s.reason for s in article.stripped).most_common(3)
        what = ", ".join(f"{n} {reason}" for reason, n in reasons) or "nothing"
        raise SourceError(article.path, f"no article body after stripping ({words} words kept; removed: {what})")
    return article


ArticleStage = Callable[[Article, ArticleContext], Article]
ARTICLE_STAGES: tuple[ArticleStage, ...] = (unwrap_stage, classify_boilerplate, structure_stage, provenance_stage, check_body)

CorpusStage = Callable[[list[Article], CorpusContext], list[Article]]
# Entities and topics come before related pieces: "shares 3 people" and shared tags are reasons.
# On large collections topics and the related search run ahead in the helper process while
# this one links passages (`helper.py`); passages, then topics, so that topics are ready.
CORPUS_STAGES: tuple[CorpusStage, ...] = (
    duplicates.start_duplicates,  # finds duplicates in the helper process, first of its calls...
    topics.start_topics_early,  # derives topics ahead, in the helper process, if the last build's duplicates hold
    relate.count_terms_ahead,  # ... while this one counts the terms of every text for the vectors
    duplicates.mark_duplicates,
    topics.start_topics,  # ... or now
    relate.start_searches,  # runs the search of link_related ahead, in the helper process
    entities.link_entities,
    relate.link_passages,
    topics.assign_topics,
    relate.link_related,
)


def new_article(path: str, raw: bytes, settings: Settings) -> Article:
    """Decode one source (raises SourceError) into an article with numbered lines."""
    decoded = decode_source(raw, path, settings.max_bytes)
    article_id = ArticleId(path[:-4] if path.lower().endswith(".txt") else path)
    warnings = tuple(f"decoding: {r}" for r in decoded.repairs)
    return Article(
        id=article_id,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=decoded.encoding,
        lines=split_lines(decoded.text),
        warnings=warnings,
    )


def run_article(article: Article, ctx: ArticleContext) -> Article:
    for stage in ARTICLE_STAGES:
        article = stage(article, ctx)
    return article


def process_text(text: str, article_id: str = "article", settings: Settings | None = None) -> Article:
    """One text through the per-article stages (used by benchmarks and tests)."""
    settings = settings or Settings()
    article = new_article(f"{article_id}.txt", text.encode("utf-8"), settings)
    ctx = ArticleContext(settings=settings)
    for stage in ARTICLE_STAGES[:-1]:
        article = stage(article, ctx)
    return article


@dataclass(frozen=True)
class LineKeys:
    """An article's lines normalised for cross-file comparison."""

    long: frozenset[str]
    """Of lines long enough to count as template text (`REPEATED_MIN_CHARS`)."""
    every: frozenset[str]


def line_keys(article: Article) -> LineKeys:
    keys = [(boilerplate.normalise_line(line.text), len(line.text.strip()) >= REPEATED_MIN_CHARS) for line in article.lines]
    return LineKeys(frozenset(k for k, long in keys if long), frozenset(k for k, _ in keys))


KeysOf = Callable[[Article], LineKeys]


def repeated_lines(articles: Iterable[Article], keys_of: KeysOf = line_keys) -> frozenset[str]:
    """Normalised lines found in several files: template text shared by a publisher's pages."""
    counts: Counter[str] = Counter()
    total = 0
    for article in articles:
        total += 1
        counts.update(keys_of(article).long)
    floor = max(REPEATED_MIN_FILES, REPEATED_MIN_SHARE * total)
    return frozenset(text for text, n in counts.items() if n >= floor and text)


def repeated_subset(article: Article, repeated: frozenset[str], keys_of: KeysOf = line_keys) -> frozenset[str]:
    if not repeated:
        return frozenset()  # most collections share no template line; skip normalising every line again
    return keys_of(article).every & repeated


@dataclass(frozen=True)
class Job:
    article: Article
    ctx: ArticleContext
    key: str = ""
    """The caller's name for the result (its cache key), handed to `run_articles`' `then`."""


Then = Callable[[str, Article], None]


def _run_job(job: Job, then: Then | None = None) -> Article | Rejected:
    try:
        result = run_article(job.article, job.ctx)
    except SourceError as error:
        return Rejected(error.file, error.reason)
    if then is not None:
        then(job.key, result)
    return result


def run_articles(jobs: Sequence[Job], settings: Settings, then: Then | None = None) -> list[Article | Rejected]:
    """Per-article stages over all jobs, in two processes when the collection is large.
    `then(job.key, article)` runs for each article where it was made: in its worker process when
    there are two (the caller's cache write, on both cores: in the main process it took 2.3 s of
    a first build of 2,225 articles)."""
    if settings.workers > 1 and len(jobs) >= settings.parallel_threshold:
        with ProcessPoolExecutor(max_workers=settings.workers) as pool:
            return list(pool.map(partial(_run_job, then=then), jobs, chunksize=64))
    return [_run_job(job, then) for job in jobs]


def run_corpus(articles: list[Article], ctx: CorpusContext) -> list[Article]:
    slugs = unique_slugs(a.id for a in articles)
    articles = sorted((evolve(a, slug=slugs[a.id]) for a in articles), key=lambda a: a.id)
    try:
        for stage in CORPUS_STAGES:
            articles = stage(articles, ctx)
    finally:
        for search in ctx.searches.values():  # left by a stage that raised or was left out
            search.cancel()
        ctx.searches.clear()
    return articles


def context_for(article: Article, catalog: Catalog, settings: Settings, repeated: frozenset[str],
                keys_of: KeysOf = line_keys) -> ArticleContext:
    return ArticleContext(
        settings=settings,
        entry=catalog.entry(article.id),
        overrides=catalog.overrides_for(article.id),
        repeated=repeated_subset(article, repeated, keys_of),
    )
