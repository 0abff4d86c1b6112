"""Small corpora for the cross-reference tests: hand-made articles, and the seeds run through the pipeline."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from readingroom import entities
from readingroom.model import Article, ArticleId, Field, Origin, Paragraph, ParagraphId
from readingroom.pipeline import CORPUS_STAGES, ArticleContext, CorpusContext, new_article, run_article
from readingroom.settings import Settings
from readingroom.slugs import unique_slugs

ROOT = Path(__file__).resolve().parent.parent
def make_article(article_id: str, paragraphs: list[str], title: str = "", date: str | None = None,
                 publisher: str | None = None, duplicate_of: str | None = None, catalog_topics: tuple[str, ...] = ()) -> Article:
    paras = tuple(Paragraph(ParagraphId(f"p-{hashlib.sha1(f'{article_id}{n}{t}'.encode()).hexdigest()[:8]}"), "p", t, n + 1)
                  for n, t in enumerate(paragraphs))
    source = Origin("source", 1)
    return Article(id=ArticleId(article_id), path=f"{article_id}.txt", sha256="0" * 64, encoding="utf-8", lines=(),
                   slug=article_id, title=Field(title or article_id, source), date=Field(date, source if date else Origin("unknown")),
                   publisher=Field(publisher, source if publisher else Origin("unknown")), paragraphs=paras,
                   duplicate_of=ArticleId(duplicate_of) if duplicate_of else None, topics=catalog_topics)


def run(articles: list[Article], catalog_yaml: str = "", settings: Settings | None = None, stages=CORPUS_STAGES) -> list[Article]:
    ctx = CorpusContext(settings=settings or Settings(), entities=entities.parse_entities(catalog_yaml))
    articles = sorted(articles, key=lambda a: a.id)
    for stage in stages:
        articles = stage(articles, ctx)
    return articles


@lru_cache(maxsize=1)
def seeds() -> tuple[tuple[Article, ...], entities.EntityCatalog, dict[str, str]]:
    """The five seeds through the real per-article stages and the cross-reference stages."""
    settings = Settings()
    raw = {p.name: p.read_bytes() for p in sorted((ROOT / "sources").glob("*.txt"))}
    articles = [run_article(new_article(name, data, settings), ArticleContext(settings=settings)) for name, data in raw.items()]
    slugs = unique_slugs(a.id for a in articles)
    articles = [replace(a, slug=slugs[a.id]) for a in articles]
    catalog_yaml = (ROOT / "sources" / "entities.yml").read_text(encoding="utf-8")
    built = run(articles, catalog_yaml, settings)
    texts = {name[:-4]: data.decode("utf-8") for name, data in raw.items()}
    return tuple(built), entities.parse_entities(catalog_yaml), texts
