"""Per-text analyses that corpus stages reuse from one build to the next.

A corpus stage has to see the whole collection (an idf, nearest neighbours, terms shared by
two articles), but most of its work is per text: tokenising, shingling, finding phrases and
capitalised runs. `Memo` keeps those results keyed by the analysis and a hash of the text,
so a rebuild after editing one article analyses that article's texts again and redoes only
the arithmetic over the collection. The output is the same as a clean build's because an
analysis is a pure function of its text (tests/test_memo.py builds both ways and compares).

Terms are interned: an analysis returns term ids from the memo's vocabulary for its kind,
so a stage can assemble a sparse matrix for 2,225 articles with numpy instead of a dict
lookup per term. Ids depend on the order texts were first seen; `count_matrix` maps them to
columns in alphabetical order, so nothing shown depends on that order.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

T = TypeVar("T")


@dataclass(frozen=True)
class Counts:
    """How often each interned term occurs in one text (ids ascending)."""

    ids: np.ndarray
    counts: np.ndarray

    def __reduce__(self):
        # As bytes: pickling two arrays per text dominated storing the memo (0.8 s on BBC).
        return _counts_from_bytes, (self.ids.astype(np.int64).tobytes(), self.counts.astype(np.int64).tobytes())


def _counts_from_bytes(ids: bytes, counts: bytes) -> Counts:
    return Counts(np.frombuffer(ids, dtype=np.int64), np.frombuffer(counts, dtype=np.int64))


@dataclass
class Memo:
    """Results of per-text analyses; one build's worth is kept (see `for_next_build`)."""

    entries: dict[tuple[str, bytes], object] = field(default_factory=dict)
    vocabularies: dict[str, dict[str, int]] = field(default_factory=dict)
    used: dict[tuple[str, bytes], object] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    def get(self, kind: str, text: str, make: Callable[[], T]) -> T:
        """`make()` for this text, or the value it gave when this text was analysed before."""
        key = (kind, hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())
        if key in self.used:
            self.hits += 1
            return self.used[key]  # type: ignore[return-value]
        if key in self.entries:
            self.hits += 1
            value = self.entries[key]
        else:
            self.misses += 1
            value = make()
        self.used[key] = value
        return value  # type: ignore[return-value]

    def counts(self, kind: str, text: str, analyse: Callable[[str], Iterable[str]]) -> Counts:
        """Interned term counts of `analyse(text)`."""
        return self.get(kind, text, lambda: self.intern(kind, analyse(text)))

    def intern(self, kind: str, terms: Iterable[str]) -> Counts:
        """Counts of `terms` as ids in the vocabulary of `kind` (for analyses that return more)."""
        vocabulary = self.vocabularies.setdefault(kind, {})
        ids = [vocabulary.setdefault(term, len(vocabulary)) for term in terms]
        unique, counts = np.unique(np.asarray(ids, dtype=np.int64), return_counts=True)
        return Counts(unique, counts)

    def terms(self, kind: str) -> np.ndarray:
        """Every interned term of `kind`, indexed by id."""
        vocabulary = self.vocabularies.get(kind, {})
        return np.array(list(vocabulary), dtype=str) if vocabulary else np.array([], dtype=str)

    def for_next_build(self) -> "Memo":
        """What this build used (analyses of texts that are gone are dropped)."""
        return Memo(dict(self.used), self.vocabularies)


def count_matrix(memo: Memo, kind: str, rows: Sequence[Counts], min_df: int = 1, max_df: float = 1.0,
                 ) -> tuple[sparse.csr_matrix, np.ndarray]:
    """(counts, terms) as scikit-learn's `CountVectorizer.fit_transform` gives them.

    Columns are the terms found in at least `min_df` and at most `max_df` (a share) of the
    rows, in alphabetical order. Raises ValueError when no term is left, as scikit-learn does.
    """
    n = len(rows)
    terms = memo.terms(kind)
    if not n or not len(terms):
        raise ValueError("empty vocabulary")
    lengths = np.fromiter((len(r.ids) for r in rows), dtype=np.int64, count=n)
    ids = np.concatenate([r.ids for r in rows]) if lengths.sum() else np.zeros(0, dtype=np.int64)
    counts = np.concatenate([r.counts for r in rows]) if lengths.sum() else np.zeros(0, dtype=np.int64)
    df = np.bincount(ids, minlength=len(terms))
    if max_df * n < min_df:
        raise ValueError("max_df corresponds to fewer documents than min_df")
    kept = np.flatnonzero((df >= max(min_df, 1)) & (df <= max_df * n))
    if not len(kept):
        raise ValueError("no term is left after pruning")
    kept = kept[np.argsort(terms[kept], kind="stable")]
    column = np.full(len(terms), -1, dtype=np.int64)
    column[kept] = np.arange(len(kept))
    cols = column[ids]
    take = cols >= 0
    row_of = np.repeat(np.arange(n), lengths)
    matrix = sparse.csr_matrix((counts[take], (row_of[take], cols[take])), shape=(n, len(kept)), dtype=np.int64)
    matrix.sort_indices()
    return matrix, terms[kept]


def tfidf(counts: sparse.csr_matrix) -> tuple[sparse.csr_matrix, np.ndarray]:
    """(rows, idf) as `TfidfVectorizer(sublinear_tf=True)` gives them: 1 + log tf, smooth idf, l2 rows."""
    n = counts.shape[0]
    x = counts.astype(np.float64)
    x.data = np.log(x.data) + 1.0
    df = np.bincount(x.indices, minlength=x.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    x.data *= idf[x.indices]
    return normalize(x, copy=False), idf

