"""Export stage: finished articles -> the `corpus.json` document (a dict; `files.py` writes it).

The shape is documented in the README. `paragraphs[].text` is what the reader reads, without
Markdown syntax; every non-empty source line is accounted for exactly once, in `paragraphs`,
`stripped`, `footnotes` or `metadata_lines`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .model import Article, Field, Rejected

SCHEMA_VERSION = 1


def _field(field: Field) -> dict:
    value = field.value
    return {"value": list(value) if isinstance(value, tuple) else value, "origin": field.origin.describe(),
            "origin_kind": field.origin.kind, "line": field.origin.line}


def export_article(article: Article) -> dict:
    return {**export_own(article), **export_links(article)}


def export_own(article: Article) -> dict:
    """The fields of an article's entry that the per-article stages decide (and its slug):
    those before `topics`, which an edit to another article does not change."""
    return {
        "id": article.id,
        "slug": article.slug,
        "url": article.url if article.duplicate_of is None else None,
        "source_file": article.path,
        "sha256": article.sha256,
        "encoding": article.encoding,
        "title": article.title.value,
        "subtitle": article.subtitle.value,
        "authors": list(article.authors.value or ()),
        "date": article.date.value,
        "updated": article.updated.value,
        "publisher": article.publisher.value,
        "source_url": article.source_url.value,
        "language": article.language.value,
        "rights": article.rights.value,
        "note": article.note.value,
        "original": article.original.value,
        "provenance": {name: _field(getattr(article, name)) for name in (
            "title", "subtitle", "authors", "date", "updated", "publisher", "source_url", "language", "rights", "note", "original",
            "truncated")},
        "truncated": bool(article.truncated.value),
        "paragraphs": [{"id": p.id, "kind": p.kind, "text": p.text, "line": p.line, "last_line": p.lines[-1], "footnotes": list(p.footnote_refs)} for p in article.paragraphs],
        "inner_headers": [{"title": h.title, "line": h.line, "authors": list(h.authors), "byline_line": h.byline_line,
                           "before_paragraph": article.paragraphs[h.before].id if h.before < len(article.paragraphs) else None}
                          for h in article.inner_headers],
        "footnotes": [{"id": n.id, "marker": n.marker, "text": n.text, "line": n.line} for n in article.footnotes],
        "stripped": [{"line": s.line, "text": s.text, "reason": s.reason, "cue": s.cue} for s in article.stripped],
        "metadata_lines": [{"line": line, "field": name} for line, name in article.metadata_lines],
        "notices": [{"kind": n.kind, "text": n.text, "line": n.line} for n in article.notices],
    }


def export_links(article: Article) -> dict:
    """The fields of an article's entry that the corpus stages decide, from `topics` on."""
    return {name: export(article) for name, export in LINK_FIELDS.items()}


LINK_FIELDS: dict[str, Callable[[Article], object]] = {
    "topics": lambda a: list(a.topics),
    "related": lambda a: [{"id": r.id, "score": r.score, "because": list(r.because)} for r in a.related],
    "entities": lambda a: _entities(a),
    "passage_links": lambda a: [{"paragraph": l.paragraph, "target": l.target, "target_paragraph": l.target_paragraph,
                                 "score": l.score, "shared_terms": list(l.shared_terms)} for l in a.passage_links],
    "backlinks": lambda a: [{"paragraph": l.paragraph, "source": l.target, "source_paragraph": l.target_paragraph,
                             "score": l.score, "context": l.context} for l in a.backlinks],
    "duplicate_of": lambda a: a.duplicate_of,
    "duplicates": lambda a: list(a.duplicates),
    "versions": lambda a: [{"id": v, "shared": share} for v, share in a.versions],
    "warnings": lambda a: list(a.warnings),
}
"""`export_links`, field by field, in the entry's order."""
LINK_SOURCES = {"entities": "mentions", "passage_links": "passage_links", "backlinks": "backlinks"}
"""The fields of `LINK_FIELDS` made of one attribute of the article alone, and that attribute."""


def _entities(article: Article) -> list[dict]:
    by_entity: dict[str, list] = {}
    for m in article.mentions:
        by_entity.setdefault(m.entity, []).append(
            {"paragraph": m.paragraph, "surface": m.surface, "sentence": m.sentence, "quoted": m.quoted})
    return [{"id": eid, "mentions": mentions} for eid, mentions in sorted(by_entity.items())]


def export_corpus(articles: Sequence[Article], entities: Sequence[dict], rejected: Sequence[Rejected], errors: Sequence[str]) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [export_article(a) for a in sorted(articles, key=lambda a: a.id)],
        "entities": list(entities),
        "rejected": [{"file": r.file, "reason": r.reason} for r in sorted(rejected, key=lambda r: r.file)],
        "errors": list(errors),
    }
