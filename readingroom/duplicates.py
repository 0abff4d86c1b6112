"""Corpus stage: find articles that appear twice (exactly or nearly) and keep one page.

Near-duplicates are found with MinHash signatures and locality-sensitive hashing (bands of
rows), so candidate pairs come from hash buckets instead of comparing every pair; each
candidate pair is then confirmed by the exact Jaccard similarity of word 5-gram shingles.
The canonical copy is the one whose id sorts first; the others get `duplicate_of`.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import replace

import numpy as np

from .model import Article, ArticleId

SHINGLE_WORDS = 5
# 64 hash functions in 16 bands of 4 rows: pairs with Jaccard >= 0.8 collide in some band with
# probability > 0.999; pairs below 0.3 rarely do, which keeps the confirm step near linear.
NUM_HASHES = 64
BANDS = 16
_PRIME = (1 << 61) - 1
_RNG = np.random.default_rng(20241122)  # fixed seed: builds must be reproducible
_A = _RNG.integers(1, _PRIME, NUM_HASHES, dtype=np.uint64)
_B = _RNG.integers(0, _PRIME, NUM_HASHES, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {_hash(" ".join(words))} if words else set()
    return {_hash(" ".join(words[i:i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)}


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=7).digest(), "little")


def signature(items: set[int]) -> np.ndarray:
    values = np.fromiter(items, dtype=np.uint64, count=len(items))
    with np.errstate(over="ignore"):
        hashed = (values[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)
    return hashed.min(axis=0)


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def find_duplicates(texts: dict[ArticleId, str], threshold: float) -> dict[ArticleId, ArticleId]:
    """Map each duplicate id to its canonical id (the smallest id of its group)."""
    sets = {aid: shingles(text) for aid, text in texts.items()}
    buckets: dict[tuple[int, bytes], list[ArticleId]] = defaultdict(list)
    rows = NUM_HASHES // BANDS
    for aid in sorted(sets):
        if not sets[aid]:
            continue
        sig = signature(sets[aid])
        for band in range(BANDS):
            buckets[(band, sig[band * rows:(band + 1) * rows].tobytes())].append(aid)
    parent: dict[ArticleId, ArticleId] = {}

    def root(aid: ArticleId) -> ArticleId:
        while parent.get(aid, aid) != aid:
            aid = parent[aid]
        return aid

    checked: set[tuple[ArticleId, ArticleId]] = set()
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if (a, b) in checked:
                    continue
                checked.add((a, b))
                if jaccard(sets[a], sets[b]) >= threshold:
                    ra, rb = root(a), root(b)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    return {aid: root(aid) for aid in sets if root(aid) != aid}


def mark_duplicates(articles: list[Article], ctx) -> list[Article]:
    mapping = find_duplicates({a.id: a.body_text for a in articles}, ctx.settings.duplicate_threshold)
    copies: dict[ArticleId, list[ArticleId]] = defaultdict(list)
    for dup, canonical in sorted(mapping.items()):
        copies[canonical].append(dup)
    return [
        replace(a, duplicate_of=mapping.get(a.id), duplicates=tuple(copies.get(a.id, ())))
        for a in articles
    ]
