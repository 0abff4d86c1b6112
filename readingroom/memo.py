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
import itertools
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
from scipy import sparse

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
    fresh: dict[tuple[str, bytes], object] = field(default_factory=dict)
    """Analyses computed by this build (what `changes` reports)."""
    sizes: dict[str, int] = field(default_factory=dict)
    """Each vocabulary's size when this build started."""
    _terms: dict[str, tuple[np.ndarray, int]] = field(default_factory=dict, repr=False)
    """Per kind, a buffer of terms by id and how much of it is filled (see `terms`)."""
    _digests: dict[str, bytes] = field(default_factory=dict, repr=False)
    """Each text's hash, by the text (see `digest`); `_known` holds the last build's."""
    _known: dict[str, bytes] = field(default_factory=dict, repr=False)
    carried: dict[str, object] = field(default_factory=dict, repr=False)
    """Whole-collection results of the last build that the next one may patch where its
    inputs changed instead of recomputing them (`relate.pairs_above_since`, `relate.with_gram`), by name. Held by
    the process, not stored with the memo (the helper stores its own: `helper.store_kept`)."""
    lineage: str = field(default_factory=lambda: uuid.uuid4().hex)
    """Names this memo and the memos later builds make from it (`for_next_build`, stored and
    read back): their vocabularies only grow, so a term id means the same term in all of them."""
    generation: int = 0
    """How many times this lineage was written to disk (`_store_memo` in build.py): a memo read
    back has the generation of the last write that reached the disk, so work stored with a
    lineage and generation (`helper.store_kept`) is known to use this very vocabulary."""

    def __post_init__(self) -> None:
        self.sizes = {kind: len(v) for kind, v in self.vocabularies.items()}

    def __getstate__(self) -> dict:
        return {"entries": {**self.entries, **self.used}, "vocabularies": self.vocabularies, "lineage": self.lineage,
                "generation": self.generation}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["entries"], state["vocabularies"], lineage=state["lineage"], generation=state["generation"])  # type: ignore[misc]

    def get(self, kind: str, text: str, make: Callable[[], T]) -> T:
        """`make()` for this text, or the value it gave when this text was analysed before."""
        return self.get_by_digest(kind, self.digest(text), make)

    def get_by_digest(self, kind: str, digest: bytes, make: Callable[[], T]) -> T:
        """`get` for a caller that has a digest of everything the value depends on already
        (`relate.Reasons`: two articles' signatures, 10,000 pairs a build)."""
        key = (kind, digest)
        if key in self.used:
            self.hits += 1
            return self.used[key]  # type: ignore[return-value]
        if key in self.entries:
            self.hits += 1
            value = self.entries[key]
        else:
            self.misses += 1
            value = self.fresh[key] = make()
        self.used[key] = value
        return value  # type: ignore[return-value]

    def peek(self, kind: str, digest: bytes) -> object | None:
        """The value kept for this digest by this build or the last one, without using it."""
        key = (kind, digest)
        return self.used.get(key, self.entries.get(key))

    def digest(self, text: str) -> bytes:
        """The text's hash (what analyses of it are kept by), worked out once per text: a build
        looks up 36,000 texts on 2,225 BBC articles, most of them several times and again in the
        next build of a long-lived process, and hashing them each time took 0.2 s. A dict finds a text by Python's own
        string hash, which a string object keeps once computed."""
        digest = self._digests.get(text)
        if digest is None:
            digest = self._known.get(text)
            if digest is None:
                digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
            self._digests[text] = digest
        return digest

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
        """Every interned term of `kind`, indexed by id.

        A view of a buffer with room to spare: an edit adds a few terms to a vocabulary of
        300,000, and copying the whole array for them took 0.05 s of a rebuild on BBC."""
        vocabulary = self.vocabularies.get(kind, {})
        known, size = self._terms.get(kind, (np.array([], dtype=str), 0))
        if size < len(vocabulary):
            added = np.array(list(itertools.islice(vocabulary, size, None)), dtype=str)
            if len(known) < len(vocabulary) or added.dtype.itemsize > known.dtype.itemsize:
                wider = np.empty(len(vocabulary) + len(vocabulary) // 4, dtype=max(known.dtype, added.dtype, key=lambda d: d.itemsize))
                wider[:size] = known[:size]
                known = wider
            known[size:len(vocabulary)] = added
            size = len(vocabulary)
            self._terms[kind] = (known, size)
        return known[:size]

    def for_next_build(self) -> "Memo":
        """What this build used (analyses of texts that are gone are dropped)."""
        kept = Memo(dict(self.used), self.vocabularies, lineage=self.lineage, generation=self.generation)
        kept._terms = self._terms
        kept._known = self._digests  # the hashes of this build's texts, not of every text seen
        kept.carried = self.carried
        return kept

    def with_everything(self) -> "Memo":
        """What this build used and what the last one kept (a build that skipped the corpus stages)."""
        kept = Memo({**self.entries, **self.used}, self.vocabularies, lineage=self.lineage, generation=self.generation)
        kept._terms, kept.carried = self._terms, self.carried
        return kept

    def stale(self) -> int:
        """Analyses the last build kept that this one did not use."""
        return len(self.entries) - (len(self.used) - len(self.fresh))

    def changes(self, generation: int) -> "Changes":
        """What this build added: its fresh analyses and the terms they interned, written as `generation`."""
        grown = {kind: (self.sizes.get(kind, 0), list(itertools.islice(v, self.sizes.get(kind, 0), None)))
                 for kind, v in self.vocabularies.items() if len(v) > self.sizes.get(kind, 0)}
        return Changes(dict(self.fresh), grown, generation)

    def apply(self, changes: "Changes") -> bool:
        """Add a later build's changes (read back from the journal); False if they do not fit."""
        for kind, (start, terms) in changes.terms.items():
            vocabulary = self.vocabularies.setdefault(kind, {})
            if len(vocabulary) != start:
                return False
            vocabulary.update(zip(terms, range(start, start + len(terms))))
        self.entries.update(changes.entries)
        self.sizes = {kind: len(v) for kind, v in self.vocabularies.items()}
        self.generation = changes.generation
        return True


@dataclass(frozen=True)
class Changes:
    """One build's additions to a memo, appended to its file instead of rewriting it."""

    entries: dict[tuple[str, bytes], object]
    terms: dict[str, tuple[int, list[str]]]
    generation: int


def count_matrix(memo: Memo, kind: str, rows: Sequence[Counts], min_df: int = 1, max_df: float = 1.0,
                 ) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """(counts, terms, their ids in the memo's vocabulary) as scikit-learn's
    `CountVectorizer.fit_transform` gives the first two.

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
    kept = _alphabetical(memo, kind, terms, kept)
    column = np.full(len(terms), -1, dtype=np.int64)
    column[kept] = np.arange(len(kept))
    cols = column[ids]
    take = cols >= 0
    # CSR from its parts: each text's ids are unique, so no entry needs summing (as from COO).
    indptr = np.concatenate([[0], np.cumsum(np.bincount(np.repeat(np.arange(n), lengths)[take], minlength=n))])
    matrix = sparse.csr_matrix((counts[take].astype(np.int64, copy=False), cols[take], indptr), shape=(n, len(kept)))
    matrix.has_sorted_indices = False
    matrix.sort_indices()
    return matrix, terms[kept], kept


def _alphabetical(memo: Memo, kind: str, terms: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Term ids in the alphabetical order of their terms.

    Sorting 50,000 strings took a third of `count_matrix`; from one build to the next the
    kept terms are nearly always the same (a term leaves or joins only when its document
    frequency crosses a limit), so the last order is reused, with the terms that left
    removed and those that joined put in place by binary search. Terms are distinct, so the
    order is the same as sorting."""
    orders: list[tuple[np.ndarray, np.ndarray]] = memo.carried.setdefault(f"memo.order.{kind}", [])  # (ids, their order)
    for at, (known, order) in enumerate(orders):
        if np.array_equal(known, ids):
            orders.insert(0, orders.pop(at))
            return order
    changed, order = min(((len(np.setxor1d(known, ids, assume_unique=True)), order) for known, order in orders),
                         key=lambda found: found[0], default=(len(ids), None))
    if order is None or 4 * changed > len(ids):
        order = ids[np.argsort(terms[ids], kind="stable")]
    else:
        stay = order[np.isin(order, ids, assume_unique=True)]
        joined = np.setdiff1d(ids, stay, assume_unique=True)
        joined = joined[np.argsort(terms[joined], kind="stable")]
        order = np.insert(stay, np.searchsorted(terms[stay], terms[joined]), joined)
    orders.insert(0, (ids, order))
    del orders[ORDERS_KEPT:]
    return order


ORDERS_KEPT = 4
"""Orders `_alphabetical` keeps per kind of term: one per matrix a build makes of that kind."""


def tfidf(counts: sparse.csr_matrix) -> tuple[sparse.csr_matrix, np.ndarray]:
    """(rows, idf) as `TfidfVectorizer(sublinear_tf=True)` gives them: 1 + log tf, smooth idf, l2 rows."""
    n = counts.shape[0]
    x = counts.astype(np.float64)
    x.data = np.log(x.data) + 1.0
    df = np.bincount(x.indices, minlength=x.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    x.data *= idf[x.indices]
    return l2_rows(x), idf


def l2_rows(x: sparse.csr_matrix | np.ndarray) -> sparse.csr_matrix | np.ndarray:
    """Rows scaled to unit length, as scikit-learn's `normalize` does, to the last bit: a sparse
    matrix in place (squares summed row by row in order, an all-zero row left alone), a dense
    array as a new array (squares summed by `einsum`, a norm below 10 eps taken as 1).

    `tests/test_memo.py` compares both with scikit-learn's; not importing it saves a second of
    every build's start-up (see `stopwords`)."""
    if sparse.issparse(x):
        counts = np.diff(x.indptr)
        squares = np.bincount(np.repeat(np.arange(x.shape[0]), counts), weights=x.data * x.data,
                              minlength=x.shape[0])  # adds each row's squares in order, as sklearn's loop
        norms = np.repeat(np.sqrt(squares), counts)
        nonzero = norms != 0.0
        x.data[nonzero] /= norms[nonzero]
        return x
    norms = np.sqrt(np.einsum("ij,ij->i", x, x))
    norms[norms < 10 * np.finfo(norms.dtype).eps] = 1.0
    return x / norms[:, None]

