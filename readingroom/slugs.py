"""Unique, URL-safe slugs for any file name, in any script (python-slugify transliterates)."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from slugify import slugify

from .model import Slug

# Long enough to stay readable, short enough for any file system with the `articles/` prefix.
MAX_SLUG_LENGTH = 80


@lru_cache(maxsize=1 << 16)  # a build slugs every id and topic (twice for a topic's letter): 0.2 s at 2,225
def make_slug(text: str, fallback: str = "item") -> Slug:
    slug = slugify(text, max_length=MAX_SLUG_LENGTH, word_boundary=True, save_order=True)
    return Slug(slug or fallback)


def unique_slugs(ids: Iterable[str]) -> dict[str, Slug]:
    """One slug per id, stable under sorting: ids that slugify alike get -2, -3 in id order."""
    taken: set[str] = set()
    out: dict[str, Slug] = {}
    for article_id in sorted(ids):
        base = make_slug(article_id.replace("/", "-"), fallback="article")
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = Slug(f"{base}-{n}")
        taken.add(slug)
        out[article_id] = slug
    return out
