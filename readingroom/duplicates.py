"""Corpus stage: find articles that appear twice (exactly or nearly) and keep one page.

Takes every finished article and returns them with `duplicate_of` (on the copies) and
`duplicates` (on the canonical copy) filled in; it removes nothing, and it does not decide
what a page shows. Near-duplicates are found with MinHash signatures and locality-sensitive
hashing (bands of rows), so candidate pairs come from hash buckets instead of comparing every
pair; each candidate pair is then confirmed by the exact Jaccard similarity of word 5-gram
shingles. The canonical copy is the one whose id sorts first; the others get `duplicate_of`.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

import numpy as np

from .helper import HELPER, Pending
from .memo import Memo
from .model import Article, ArticleId, evolve

SHINGLE_WORDS = 5
# Two texts sharing at least this share of their word 5-grams (Jaccard), and less than the
# duplicate threshold, are versions of one story (an update, a rewrite): both pages stay, each
# names the other, and their paragraphs do not "see also" each other. 0.6: the bands below find
# such a pair with probability 0.89 (0.99 from 0.7); on BBC, 0.76-0.89 for updated stories.
VERSION_MIN = 0.6
# 64 hash functions in 16 bands of 4 rows: pairs with Jaccard >= 0.8 collide in some band with
# probability > 0.999; pairs below 0.3 rarely do, which keeps the confirm step near linear
# (2,000 distinct synthetic articles give no candidate pair, see tests/test_duplicates.py).
NUM_HASHES = 64
BANDS = 16
ROWS = NUM_HASHES // BANDS
_PRIME = np.uint64((1 << 61) - 1)
_RNG = np.random.default_rng(20241122)  # fixed seed: builds must be reproducible
_A = _RNG.integers(1, int(_PRIME), NUM_HASHES, dtype=np.uint64)
_B = _RNG.integers(0, int(_PRIME), NUM_HASHES, dtype=np.uint64)
# Odd multipliers that fold the word hashes of a shingle into one 64-bit value (wrapping).
_FOLD = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                  0xFF51AFD7ED558CCD][:SHINGLE_WORDS], dtype=np.uint64)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DuplicateReport:
    """What `find_duplicates` did, for the benchmark and the tests."""

    mapping: dict[ArticleId, ArticleId]
    """Each duplicate id -> its canonical id (the smallest id of its group)."""
    candidate_pairs: int
    """Pairs that shared an LSH bucket and had their Jaccard similarity computed."""
    versions: tuple[tuple[ArticleId, ArticleId, float], ...] = ()
    """Pairs of canonical ids (a < b) whose similarity is at least VERSION_MIN but under the
    duplicate threshold: versions of one story, with their similarity rounded to two places."""


class _WordHashes:
    """Stable 64-bit word hashes (blake2b), memoised: a corpus has far fewer words than tokens.

    Python's `hash()` would be faster but is salted per process, and the shingles must not
    depend on which process computed them.
    """

    def __init__(self) -> None:
        self._known: dict[str, int] = {}

    def __call__(self, words: list[str]) -> np.ndarray:
        known = self._known
        for word in words:
            if word not in known:
                known[word] = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        return np.fromiter((known[w] for w in words), dtype=np.uint64, count=len(words))


def shingles(text: str, word_hashes: _WordHashes | None = None) -> np.ndarray:
    """Sorted unique 64-bit hashes of the text's word 5-grams (case-folded)."""
    words = _WORD.findall(text.casefold())
    hashes = (word_hashes or _WordHashes())(words)
    if len(hashes) < SHINGLE_WORDS:
        return np.unique(hashes[:1] if len(hashes) == 0 else np.array([np.bitwise_xor.reduce(hashes * _FOLD[:len(hashes)])]))
    windows = np.lib.stride_tricks.sliding_window_view(hashes, SHINGLE_WORDS)
    with np.errstate(over="ignore"):
        folded = np.bitwise_xor.reduce(windows * _FOLD, axis=1)
    return np.unique(folded)


def signature(items: np.ndarray) -> np.ndarray:
    """MinHash signature: for each of NUM_HASHES hash functions, the smallest hashed item."""
    values = items % _PRIME
    with np.errstate(over="ignore"):
        hashed = (values[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return hashed.min(axis=0)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique arrays."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def band_keys(sig: np.ndarray) -> tuple[bytes, ...]:
    """One bucket key per band: the band's number and its rows of the signature."""
    return tuple(bytes([band]) + sig[band * ROWS:(band + 1) * ROWS].tobytes() for band in range(BANDS))


def candidate_pairs(bands: dict[ArticleId, tuple[bytes, ...]]) -> set[tuple[ArticleId, ArticleId]]:
    """Pairs of ids whose signatures agree on every row of at least one band."""
    buckets: dict[bytes, list[ArticleId]] = defaultdict(list)
    for aid in sorted(bands):
        for key in bands[aid]:
            buckets[key].append(aid)
    return {(a, b) for members in buckets.values() if len(members) > 1
            for i, a in enumerate(members) for b in members[i + 1:]}


def find_duplicates(texts: dict[ArticleId, str], threshold: float, memo: Memo | None = None) -> dict[ArticleId, ArticleId]:
    """Map each duplicate id to its canonical id (the smallest id of its group)."""
    return duplicate_report(texts, threshold, memo).mapping


def duplicate_report(texts: dict[ArticleId, str], threshold: float, memo: Memo | None = None) -> DuplicateReport:
    memo = memo or Memo()
    word_hashes = _WordHashes()

    def analyse(text: str) -> tuple[np.ndarray, tuple[bytes, ...]]:
        items = shingles(text, word_hashes)
        return items, band_keys(signature(items)) if len(items) else ()
    analysed = {aid: memo.get(SHINGLES, text, partial(analyse, text)) for aid, text in texts.items()}
    sets = {aid: items for aid, (items, _) in analysed.items()}
    pairs = candidate_pairs({aid: bands for aid, (_, bands) in analysed.items()})
    parent: dict[ArticleId, ArticleId] = {}

    def root(aid: ArticleId) -> ArticleId:
        while parent.get(aid, aid) != aid:
            aid = parent[aid]
        return aid

    similar: list[tuple[ArticleId, ArticleId, float]] = []
    for a, b in sorted(pairs):
        share = jaccard(sets[a], sets[b])
        if share >= threshold:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        elif share >= VERSION_MIN:
            similar.append((a, b, share))
    versions: dict[tuple[ArticleId, ArticleId], float] = {}
    for a, b, share in similar:  # between the pages that stay: a copy's versions are its canonical's
        ra, rb = sorted((root(a), root(b)))
        if ra != rb:
            versions[ra, rb] = max(versions.get((ra, rb), 0.0), round(share, 2))
    return DuplicateReport({aid: root(aid) for aid in sets if root(aid) != aid}, len(pairs),
                           tuple((a, b, share) for (a, b), share in sorted(versions.items())))


SHINGLES = "duplicates.shingles"
"""The memo's name for a text's shingles and band keys."""
DUPLICATES = "duplicates"
"""The name of the search `start_duplicates` runs ahead, in `CorpusContext.searches`."""


@dataclass(frozen=True)
class DuplicatesAhead(Pending):
    """`duplicate_report` running in the helper, and the articles (ids, in order) it was given."""

    ids: tuple[ArticleId, ...] = ()


def start_duplicates(articles: list[Article], ctx) -> list[Article]:
    """Start `mark_duplicates`' search in the helper process (`helper.py`) when most texts are
    new to the memo (a first build), on large collections with two workers, so that the next
    stage counts every text's terms for the related-pieces vectors (`relate.count_terms_ahead`)
    on this core meanwhile: in a first build of 2,225 BBC articles this core shingled every text
    (0.7 s) while the helper had nothing to do yet. The helper sends each text's shingles back
    with its report, for the memo here: a later build finds them and searches here, at once."""
    settings = ctx.settings
    if settings.workers < 2 or len(articles) < settings.parallel_threshold:
        return articles
    memo = ctx.memo
    texts = {a.id: a.body_text for a in articles}
    new = sum(memo.peek(SHINGLES, memo.digest(text)) is None for text in texts.values())
    if new * 2 < len(texts):
        return articles
    ctx.searches[DUPLICATES] = DuplicatesAhead(HELPER.call(report_in_helper, texts, settings.duplicate_threshold), tuple(texts))
    return articles


def report_in_helper(texts: dict[ArticleId, str], threshold: float) -> tuple[DuplicateReport, list[object]]:
    """`duplicate_report` of these texts, and each text's shingles and band keys (what the memo keeps of it)."""
    memo = Memo()
    report = duplicate_report(texts, threshold, memo)
    return report, [memo.peek(SHINGLES, memo.digest(text)) for text in texts.values()]


LAST = "duplicates.last"
"""The memo's name (`Memo.carried`) for the ids this build found to be duplicates, which the
next build of the process takes as its guess before it finds them (`topics.start_topics_early`)."""


def mark_duplicates(articles: list[Article], ctx) -> list[Article]:
    texts = {a.id: a.body_text for a in articles}
    ahead = ctx.searches.pop(DUPLICATES, None)
    if isinstance(ahead, DuplicatesAhead) and ahead.ids == tuple(texts):
        report, analysed = ahead.result()
        for text, value in zip(texts.values(), analysed):
            ctx.memo.get(SHINGLES, text, lambda value=value: value)  # kept for the next build, as if made here
    else:
        if ahead is not None:
            ahead.cancel()
        report = duplicate_report(texts, ctx.settings.duplicate_threshold, ctx.memo)
    mapping = report.mapping
    ctx.memo.carried[LAST] = frozenset(mapping)
    copies: dict[ArticleId, list[ArticleId]] = defaultdict(list)
    for dup, canonical in sorted(mapping.items()):
        copies[canonical].append(dup)
    versions: dict[ArticleId, list[tuple[ArticleId, float]]] = defaultdict(list)
    for a, b, share in report.versions:
        versions[a].append((b, share))
        versions[b].append((a, share))
    return [
        evolve(a, duplicate_of=mapping.get(a.id), duplicates=tuple(copies.get(a.id, ())),
               versions=tuple(sorted(versions.get(a.id, ()), key=lambda v: (-v[1], v[0]))))
        for a in articles
    ]


def group_sizes(mapping: dict[ArticleId, ArticleId]) -> Iterable[int]:
    """Sizes of duplicate groups (canonical plus copies), for reports."""
    sizes: dict[ArticleId, int] = defaultdict(lambda: 1)
    for canonical in mapping.values():
        sizes[canonical] += 1
    return sizes.values()
