"""One build: read sources, run the pipeline, render pages, write `docs/`.

The only module besides `files.py` and the CLI that knows about the disk; it reads at the
start and writes at the end, with pure stages in between. Returns a `BuildResult` that the
CLI prints.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from . import entities, entity_pages, files
from .catalog import CatalogEntry, parse_catalog
from .export import export_corpus
from .indexes import render_indexes
from .model import Article, Rejected, SourceError
from .pipeline import CorpusContext, Job, context_for, new_article, repeated_lines, run_articles, run_corpus
from .render import render_article
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
    for relative in files.find_sources(settings.sources):
        try:
            raw = files.read_source(settings.sources, relative, settings.max_bytes)
            articles.append(new_article(relative, raw, settings))
        except SourceError as error:
            rejected.append(Rejected(error.file, error.reason))
        except OSError as error:
            rejected.append(Rejected(relative, f"cannot be read: {error.strerror or error}"))
    return articles, rejected


def build(settings: Settings, progress: Progress = lambda message: None) -> BuildResult:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    catalog_file = settings.sources / "catalog.yml"
    catalog = parse_catalog(files.read_optional_text(catalog_file) or "", str(catalog_file))
    entities_file = settings.sources / "entities.yml"
    entity_catalog = entities.parse_entities(files.read_optional_text(entities_file) or "", str(entities_file))
    errors = [str(e) for e in catalog.errors] + [f"{e.file}:{e.line}: {e.reason}" for e in entity_catalog.errors]
    decoded, rejected = read_articles(settings)
    progress(f"read {len(decoded)} sources ({len(rejected)} rejected)")
    timings["read"] = time.perf_counter() - started

    started = time.perf_counter()
    repeated = repeated_lines(decoded)
    code = files.code_fingerprint()
    done: list[Article] = []
    jobs: list[tuple[str, Job]] = []
    for article in decoded:
        ctx = context_for(article, catalog, settings, repeated)
        key = _key(article, ctx.entry, ctx.repeated, settings, code)
        cached = files.load_cached(settings.cache_dir, key) if settings.use_cache else None
        if cached is not None:
            done.append(cached)
        else:
            jobs.append((key, Job(article, ctx)))
    results = run_articles([job for _, job in jobs], settings)
    for (key, _), result in zip(jobs, results):
        if isinstance(result, Rejected):
            rejected.append(result)
            continue
        if settings.use_cache:
            files.store_cached(settings.cache_dir, key, result)
        done.append(result)
    progress(f"processed {len(jobs)} articles ({len(decoded) - len(jobs)} from cache)")
    timings["articles"] = time.perf_counter() - started

    started = time.perf_counter()
    corpus = run_corpus(done, CorpusContext(settings=settings, entities=entity_catalog))
    timings["corpus"] = time.perf_counter() - started

    started = time.perf_counter()
    pages = render_pages(corpus, rejected, errors, entity_catalog, settings)
    timings["render"] = time.perf_counter() - started
    started = time.perf_counter()
    written, unchanged, removed = files.write_docs(settings.docs, pages)
    timings["write"] = time.perf_counter() - started
    return BuildResult(corpus, sorted(rejected, key=lambda r: r.file), errors, written, unchanged, removed,
                       len(decoded) - len(jobs), timings)


def render_pages(corpus: list[Article], rejected: list[Rejected], errors: list[str], entity_catalog, settings: Settings) -> dict[str, str | bytes]:
    by_id = {a.id: a for a in corpus}
    titles = entities.entity_titles(entity_catalog, corpus)
    pages: dict[str, str | bytes] = {}
    for article in corpus:
        if article.duplicate_of is None:
            pages[f"articles/{article.slug}/index.md"] = render_article(article, by_id, titles, settings)
    pages.update(render_indexes(corpus, rejected, settings, errors))
    candidates = entities.discover_candidates(corpus, entity_catalog, settings)
    pages.update(entity_pages.render_entity_pages(corpus, entity_catalog, candidates, settings))
    document = export_corpus(corpus, entities.export_entities(entity_catalog, corpus), rejected, errors)
    pages["corpus.json"] = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    return pages
