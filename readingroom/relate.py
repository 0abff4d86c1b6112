"""Corpus stages: related pieces for each article, and passage-level "see also" links.

`link_related` ranks other articles by content similarity (TF-IDF as scikit-learn computes it,
assembled from per-text term counts the memo keeps between builds, blended with LSA on larger
collections) and says why in words: shared people, shared themes (the terms that
contribute most to the similarity), other shared names, same period, same publisher.
`link_passages` links a paragraph to the most similar paragraphs of other articles, with the
shared terms, and puts the matching back-link on the target; a link's `context` is the opening
sentence of the *other* paragraph (the target's for a "see also", the linking one's for a
back-link). Both skip duplicates (`duplicate_of`), never build a dense n x n matrix
(similarities are computed in row chunks and cut to the top k at once), round scores to 4
decimals and break ties by id, so two builds give the same output. Needs
`entities.link_entities` and `topics.assign_topics` to have run first, for the "shares N
people" reason and shared tags among the themes.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import LinearOperator, eigsh
from threadpoolctl import threadpool_limits

from .duplicates import DUPLICATES
from .entities import split_sentences
from .helper import HELPER, Pending, Token, kept, token_of
from .memo import Memo, count_matrix, l2_rows, tfidf
from .model import UNSPACED_RUN, Article, ArticleId, PassageLink, Related, evolve, word_count
from .stopwords import ENGLISH_STOP_WORDS, marked, stop_words_of, unmarked

T = TypeVar("T")

# Reporting verbs and fillers of news copy: frequent in every article, so they only add noise
# to "shared themes" (measured on BBC: P@5 unchanged, reasons read better without them).
NEWS_STOP_WORDS = frozenset("said says say told mr mrs ms also would could just like year years new "
                            "one two three week last first make made way going get got".split())
# Reporting verbs and vague words: they make two texts look alike but say nothing as a "theme"
# (seen in the seed corpus: "argues", "believe", "able", "held", "view" topped shared terms).
REPORTING_WORDS = frozenset("argue argues argued believe believes believed think thinks thought suggest suggests "
                            "suggested continue continues continued add adds added claim claims claimed note notes "
                            "noted able held hand view current change ready hope growing known want wants wanted "
                            "need needs needed time times long good great big way ways thing things did having according "
                            "means mean knows know true let lot".split())
# What is left of contractions once `_CLITIC` has cut "n't", "'s" and "'re" off ("doesn't" -> "doesn").
CONTRACTION_STEMS = frozenset("don doesn didn isn aren wasn weren won wouldn can couldn shouldn haven hasn hadn".split())
_CLITIC = re.compile(r"['’](?:s|t|re|ve|ll|d|m)\b")
STOP_WORDS = sorted(ENGLISH_STOP_WORDS | NEWS_STOP_WORDS | REPORTING_WORDS | CONTRACTION_STEMS)
# A term in more than half the articles says nothing about relatedness; only applied from this
# many articles up (in 5 articles, "half" would drop Putin and Trump, which are the point).
MAX_DF = 0.5
MAX_DF_MIN_DOCS = 50
# Terms in one text only cannot make two texts alike; dropping them halves the vocabulary and
# keeps scores readable on small collections (seeds: 0.32-0.56 instead of 0.05-0.10, right at
# `related_min_score`). The price: in a tiny collection two texts that share only terms in the
# same proportions score 1.0.
MIN_DF = 2
MIN_DF_MIN_DOCS = 3
# LSA (truncated SVD of TF-IDF) groups articles by topic where words differ; blended with plain
# TF-IDF, which keeps near-identical stories first. On BBC (2,071 distinct texts), P@5 is
# 0.932 for TF-IDF alone, 0.960 for this blend with 50 components (exact SVD; a randomised
# one gave 0.957); 20 components scored 0.965 with the randomised SVD but suit BBC's 5 broad
# categories too well. Split-half check: 0.962 / 0.958.
LSA_COMPONENTS = 50
LSA_MIN_DOCS = 200
LSA_TOLERANCE = 1e-6
"""ARPACK's relative accuracy for the LSA eigenvalues: on 2,071 BBC texts, similarities move by 1e-11 from
machine precision (none at the 4 decimals kept) for 13% fewer products."""
TFIDF_WEIGHT = 0.35
# Dense similarity rows are built this many cells at a time (32 MB of float64).
CHUNK_CELLS = 4_000_000
SCORE_DECIMALS = 4
THEMES_SHOWN = 3
BIGRAM_BOOST = 1.5
PEOPLE_SHOWN = 3
# Paragraphs shorter than this are too short for a meaningful "see also" (bylines, captions).
PASSAGE_MIN_WORDS = 12
PASSAGE_KINDS = ("p", "quote", "list-item")
# One shared rare word ("consequently") can lift two short paragraphs over the threshold; a
# passage link needs this many shared terms (seeds at score 0.2: 48 links, 10 of them one-word).
PASSAGE_MIN_SHARED_TERMS = 2
SHARED_TERMS_SHOWN = 4
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


@dataclass(frozen=True)
class Vectors:
    tfidf: sparse.csr_matrix
    lsa: np.ndarray | None
    terms: np.ndarray
    idf: np.ndarray
    phrase: np.ndarray
    """True for bigram terms."""
    ids: np.ndarray | None = None
    """Each column's term id in the memo's vocabulary: the same term has the same id from
    one build to the next in one process (columns move as terms join or leave)."""
    gram: np.ndarray | None = None
    """The TF-IDF cosines of every pair of rows, when `with_gram` made them (dense, n x n)."""
    vocabulary: dict[str, int] | None = field(default=None, compare=False, repr=False)
    """The memo vocabulary `ids` refer to."""
    split: dict[int, tuple[str, list[str]]] = field(default_factory=dict, compare=False, repr=False)
    """Column -> (term, its words), filled as `shared_terms` asks (a few thousand of 100,000 columns)."""
    _rows: list = field(default_factory=list, compare=False, repr=False)
    """(the TF-IDF matrix, its `Rows`) once `rows_of` made them; copies made by `evolve` share it."""

    def term(self, col: int) -> tuple[str, list[str]]:
        found = self.split.get(col)
        if found is None:
            term = str(self.terms[col])
            found = self.split[col] = (term, term.split())
        return found


def content_vectors(texts: Sequence[str], lsa: bool = True, memo: Memo | None = None) -> Vectors | None:
    """TF-IDF (sublinear tf, unigrams and bigrams) and, for large collections, LSA vectors.

    The same vectors as scikit-learn's `TfidfVectorizer`, assembled from per-text term counts
    that `memo` keeps between builds (tokenising was most of the cost of a rebuild)."""
    memo = memo or Memo()
    n = len(texts)
    rows = [memo.counts(TERMS, text, _analyse) for text in texts]
    try:
        counts, terms, ids = count_matrix(memo, TERMS, rows, min_df=MIN_DF if n >= MIN_DF_MIN_DOCS else 1,
                                     max_df=MAX_DF if n >= MAX_DF_MIN_DOCS else 1.0)
    except ValueError:  # no term occurs in two texts: nothing is related
        return None
    tfidf_rows, idf = tfidf(counts)
    vectors = Vectors(tfidf_rows, None, terms, idf, np.char.find(terms, " ") >= 0, ids, vocabulary=memo.vocabularies.get(TERMS))
    return with_lsa(vectors) if lsa else vectors


def with_lsa(vectors: Vectors) -> Vectors:
    """The vectors with LSA document vectors added, for collections large enough to have them."""
    x = vectors.tfidf
    if x.shape[0] < LSA_MIN_DOCS or x.shape[1] <= LSA_COMPONENTS:
        return vectors
    return evolve(vectors, lsa=lsa_vectors(x))


def lsa_vectors(x: sparse.csr_matrix) -> np.ndarray:
    """Row-normalised document vectors of the rank-`LSA_COMPONENTS` SVD of x (LSA).

    x = U S Vt gives documents U S; U and S are the top eigenvectors and the square roots of
    the eigenvalues of the n x n matrix x xT, which ARPACK finds from products with x and xT
    alone. Exact, unlike a randomised SVD, and a third of its time on 2,071 BBC texts; the
    fixed start vector makes it reproducible (an eigenvector's sign depends on it, and no
    similarity does)."""
    n = x.shape[0]
    xt = x.T.tocsr()
    gram = LinearOperator((n, n), matvec=lambda v: x @ (xt @ v), dtype=np.float64)
    start = np.random.default_rng(0).random(n) + 0.5
    values, vectors = eigsh(gram, k=LSA_COMPONENTS, v0=start, tol=LSA_TOLERANCE)
    return l2_rows(vectors * np.sqrt(np.maximum(values, 0.0)))


def _preprocess(text: str) -> str:
    return _CLITIC.sub("", text.lower())


TERMS = "relate.terms"
"""The memo's name for a text's unigrams and bigrams, stop words removed."""
_WORD = re.compile(r"(?u)\b\w\w+\b")
"""scikit-learn's default token: two or more word characters."""
_STOP = frozenset(STOP_WORDS)


def _analyse(text: str) -> list[str]:
    """A text's terms as `TfidfVectorizer(preprocessor=_preprocess, ngram_range=(1, 2),
    stop_words=STOP_WORDS).build_analyzer()` makes them: its words minus stop words, then each
    pair of neighbours among those (`tests/test_memo.py` compares the two). A text `marked`
    with another language loses that language's stop words too."""
    language, text = unmarked(text)
    found = _WORD.findall(_preprocess(text))
    if not text.isascii() and UNSPACED_RUN.search(text):
        found = [term for word in found for term in _unspaced_terms(word)]
    own = stop_words_of(language)
    words = [word for word in found if word not in _STOP and word not in own] if own else [word for word in found if word not in _STOP]
    return words + [f"{first} {second}" for first, second in zip(words, words[1:])]


_UNSPACED_SPLIT = re.compile(f"({UNSPACED_RUN.pattern})")
_HIRAGANA_PAIR = re.compile(r"[\u3041-\u309f]{2}")


def _unspaced_terms(word: str) -> list[str]:
    """A word as the tokenizer found it, with its Chinese and Japanese stretches (a whole clause,
    with no spaces to split it) as pairs of neighbouring characters: "公园开放" -> 公园 园开 开放;
    pairs of two hiragana are left out."""
    out = []
    for part in _UNSPACED_SPLIT.split(word):
        if UNSPACED_RUN.fullmatch(part):
            # a pair of hiragana is mostly grammar (particles, endings: "った", "による"), not a theme
            out += [pair for pair in (part[i:i + 2] for i in range(len(part) - 1)) if not _HIRAGANA_PAIR.fullmatch(pair)] or [part]
        elif len(part) >= 2:
            out.append(part)
    return out


def similarity_rows(vectors: Vectors) -> Callable[[int, int], np.ndarray | sparse.csr_matrix]:
    """Cosine similarities of rows lo..hi with every row: dense with LSA (blended), else sparse."""
    if vectors.gram is not None and vectors.lsa is not None:
        return lambda lo, hi: TFIDF_WEIGHT * vectors.gram[lo:hi] + (1 - TFIDF_WEIGHT) * (vectors.lsa[lo:hi] @ vectors.lsa.T)
    transposed = vectors.tfidf.T.tocsr()

    def rows(lo: int, hi: int) -> np.ndarray | sparse.csr_matrix:
        block = vectors.tfidf[lo:hi] @ transposed
        if vectors.lsa is None:
            return block
        return TFIDF_WEIGHT * block.toarray() + (1 - TFIDF_WEIGHT) * (vectors.lsa[lo:hi] @ vectors.lsa.T)
    return rows


GRAM = "relate.gram"
"""The memo's name for the last build's TF-IDF cosines of related pieces (`Memo.carried`)."""
GRAM_MAX_ROWS = 4_000
"""`with_gram` keeps the cosines of at most this many texts (n x n doubles: 128 MB)."""


def with_gram(vectors: Vectors, memo: Memo) -> Vectors:
    """The vectors with the TF-IDF cosines of every pair of rows, patched from the last build's
    where rows did not change, for collections that get LSA (their cosines are dense).

    An edit changes the edited text's row and the rows that share a word whose document
    frequency moved; a cosine between two unchanged rows is the same sum of the same products
    in the same (column) order as before, so only the changed rows are multiplied again
    (`Rows.changed`, as for passages). The same cosines as the sparse products of
    `similarity_rows`, bit for bit: on 2,071 BBC texts a common word ("government") changes
    452 rows, and the product of those is a fifth of the whole."""
    x = vectors.tfidf
    n = x.shape[0]
    if vectors.ids is None or n < LSA_MIN_DOCS or x.shape[1] <= LSA_COMPONENTS or n > GRAM_MAX_ROWS:
        return vectors
    rows = rows_of(vectors)
    last = memo.carried.get(GRAM)
    changed = rows.changed_since(last[0] if last is not None else None)
    transposed = x.T.tocsr()
    if changed is not None:
        gram = last[1].copy()
        again = np.flatnonzero(changed)
        if len(again):
            patch = (x[again] @ transposed).toarray()
            gram[again] = patch
            gram[:, again] = patch.T
    else:
        gram = np.empty((n, n))
        step = max(1, CHUNK_CELLS // n)
        for lo in range(0, n, step):
            gram[lo:lo + step] = (x[lo:lo + step] @ transposed).toarray()
    memo.carried[GRAM] = (rows, gram)
    return evolve(vectors, gram=gram)


def nearest(n: int, k: int, min_score: float, rows: Callable[[int, int], np.ndarray | sparse.csr_matrix],
            groups: np.ndarray | None = None, workers: int = 1) -> list[list[tuple[int, float]]]:
    """Top k (index, score) per row, score >= min_score, never the row itself or its group.

    Scores are rounded to `SCORE_DECIMALS` first and ties go to the smaller index, so the
    choice does not depend on floating-point noise. A sparse block (TF-IDF alone) is cut at
    min_score before anything else: for passages, that leaves a few thousand of 86 million
    pairs on BBC, instead of sorting every row.

    Blocks of rows are independent, and SciPy's sparse products and NumPy's array operations
    release the GIL, so `workers` threads take blocks in turn (the result does not depend on
    how many)."""
    groups = np.arange(n) if groups is None else groups
    step = max(1, CHUNK_CELLS // max(n, 1))

    def block_top(lo: int) -> list[list[tuple[int, float]]]:
        hi = min(n, lo + step)
        block = rows(lo, hi)
        if sparse.issparse(block) and min_score > 0:  # a pair missing from a sparse block scores 0
            found = _sparse_candidates(block.tocsr(), lo, min_score, groups)
        else:
            found = _dense_candidates(block.toarray() if sparse.issparse(block) else block, lo, k, groups)
        return _top(hi - lo, k, min_score, *found)

    return [row for block in _by_blocks(block_top, n, step, workers) for row in block]


def _by_blocks(work: Callable[[int], T], n: int, step: int, workers: int) -> list[T]:
    """work(lo) for each block of `step` rows of n, in order; `workers` threads take blocks in turn."""
    starts = range(0, n, step)
    if workers > 1 and len(starts) > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(work, starts))
    return [work(lo) for lo in starts]


PREFIX_SHARE = 0.6
"""How much of the threshold a row's prefix (its most frequent terms) may reach in
`pairs_above`. Lower: fewer pairs to score exactly, a larger sparse product. On the 9,281
passages of 2,225 BBC articles 0.6 leaves 13,824 pairs to score; 0.4 leaves 4,640 and a
product a quarter larger, 0.8 leaves 65,163 and a product a fifth smaller; from 0.4 to 0.8
the search takes about the same time."""


def pairs_above(x: sparse.csr_matrix, min_score: float, groups: np.ndarray, workers: int = 1,
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, rounded score) of every pair of rows of x, in different groups, whose
    cosine reaches `min_score` once rounded; each pair in both orders."""
    a, b, score = _pairs_once(x, min_score, groups, workers)
    return np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([score, score])


def _pairs_once(x: sparse.csr_matrix, min_score: float, groups: np.ndarray, workers: int = 1,
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`pairs_above`, each pair once (row < column), in order.

    x has non-negative rows of unit length (TF-IDF). The product x xT is most of its cost in
    pairs that share only frequent words ("government", "people") and score far below the
    threshold. Prefix filtering (Bayardo, Ma and Srikant, "Scaling up all pairs similarity
    search", WWW 2007) skips them exactly: each row's entries, taken from its most frequent
    term on, form its prefix as long as a bound on what they can add to any cosine stays
    below `PREFIX_SHARE` x threshold (the smaller of their norm, by Cauchy-Schwarz, and their
    sum against each column's largest entry). A pair reaching the threshold then gets at
    least the rest of it from the other row's suffix, so it is among the nonzeros of
    x (suffixes)T, of which the pairs i <= j (and few others) are computed: on BBC passages a quarter of
    the entries of x xT, and a quarter of the time of searching x xT for the pairs above the
    threshold. Pairs whose partial
    score plus that bound reaches the threshold are scored exactly, from the two rows alone,
    so a score does not depend on the other rows or on how rows are split into blocks."""
    n = x.shape[0]
    empty = np.zeros(0, dtype=np.int64)
    if n < 2 or not x.nnz:
        return empty, empty, np.zeros(0)
    floor = min_score - 10.0 ** -SCORE_DECIMALS  # what rounds up to min_score
    bound, ranked, suffix = _prefix_bounds(x, PREFIX_SHARE * floor)
    suffixes = suffix.T.tocsr()
    step = max(1, CHUNK_CELLS // max(n, 1))
    # A pair i < j is found as (i, j), the other row's suffix giving the rest, so a block leaves
    # out the columns before it (a pair once, not twice: a third less time). Slicing columns
    # costs a pass over the matrix, so the cut falls on one of at most 16 columns, each sliced once.
    grain = max(step, -(-n // 16))

    @functools.lru_cache(maxsize=2)  # blocks come in order; two threads may straddle a cut
    def columns_from(start: int) -> sparse.csr_matrix:
        return suffixes[:, start:]

    def block_pairs(lo: int) -> tuple[np.ndarray, np.ndarray]:
        start = lo - lo % grain
        product = ranked[lo:lo + step] @ columns_from(start)
        at = np.flatnonzero(product.data >= floor - PREFIX_SHARE * floor)  # bound < PREFIX_SHARE x floor
        row = lo + np.searchsorted(product.indptr, at, side="right") - 1
        col = start + product.indices[at]
        keep = (product.data[at] + bound[col] >= floor) & (groups[row] != groups[col])
        return row[keep], col[keep]

    found = _by_blocks(block_pairs, n, step, workers)
    row = np.concatenate([r for r, _ in found])
    col = np.concatenate([c for _, c in found])
    return _scored(x, row, col, min_score)


def _scored(x: sparse.csr_matrix, row: np.ndarray, col: np.ndarray, min_score: float,
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs (row, col) that reach min_score once rounded, each once (a < b), in
    order, with their score: the sum of the products of the two rows' common entries, in
    column order, which depends on nothing but the two rows."""
    n = x.shape[0]
    pair = np.unique(np.minimum(row, col) * n + np.maximum(row, col))  # each pair once, either order found
    a, b = pair // n, pair % n
    score = np.round(np.asarray(x[a].multiply(x[b]).sum(axis=1)).ravel(), SCORE_DECIMALS)
    near = score >= min_score
    return a[near], b[near], score[near]


@dataclass(frozen=True)
class Rows:
    """What a pair search read: each row's entries as (term id, value), and its group."""

    indptr: np.ndarray
    ids: np.ndarray
    data: np.ndarray
    groups: np.ndarray
    _changed: list = field(default_factory=list, compare=False, repr=False)
    """The last `changed` worked out: (the rows compared with, the answer)."""

    def changed(self, last: "Rows") -> np.ndarray:
        """Per row, True unless `last` has the same entries (bit for bit) and group at the same
        place (read-only; asked once per `last`: `with_gram` and `ranked_common_terms_since`
        compare the same rows with the same last search's)."""
        if self._changed and self._changed[0] is last:
            return self._changed[1]
        n = len(self.indptr) - 1
        lengths = np.diff(self.indptr)
        same = (lengths == np.diff(last.indptr)) & (self.groups == last.groups)
        row = np.repeat(np.arange(n), lengths)
        at = np.flatnonzero(same[row])
        row = row[at]
        before = last.indptr[row] + (at - self.indptr[row])
        differ = (self.ids[at] != last.ids[before]) | (self.data[at].view(np.int64) != last.data[before].view(np.int64))
        changed = ~same
        changed[row[differ]] = True
        changed.flags.writeable = False
        last._changed.clear()  # what it was compared with is of no more use: no chain of past builds' rows is kept
        self._changed[:] = [last, changed]
        return changed

    def changed_since(self, last: "Rows | None") -> np.ndarray | None:
        """`changed` against the last build's rows, or None when everything is to be computed
        again: no last build, another number of rows (every idf moved with it), or more than
        `PATCH_SHARE` of them changed."""
        if last is None or len(last.indptr) != len(self.indptr):
            return None
        changed = self.changed(last)
        return changed if changed.sum() <= PATCH_SHARE * (len(self.indptr) - 1) else None


def rows_of(vectors: Vectors) -> Rows:
    """The TF-IDF rows as `Rows` (term ids, one group), made once per matrix."""
    x = vectors.tfidf
    if not vectors._rows or vectors._rows[0] is not x:
        vectors._rows[:] = [x, Rows(x.indptr, vectors.ids[x.indices], x.data, np.zeros(x.shape[0], dtype=np.int64))]
    return vectors._rows[1]


@dataclass(frozen=True)
class FoundPairs:
    """`pairs_above_since`: its pairs (a < b) and what they were found in, for the next build."""

    rows: Rows
    min_score: float
    a: np.ndarray
    b: np.ndarray
    score: np.ndarray

    def both_orders(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return np.concatenate([self.a, self.b]), np.concatenate([self.b, self.a]), np.concatenate([self.score, self.score])


PATCH_SHARE = 0.25
"""`pairs_above_since` and `with_gram` compute everything again when more than this share of rows changed."""


def pairs_above_since(x: sparse.csr_matrix, ids: np.ndarray, min_score: float, groups: np.ndarray,
                      last: FoundPairs | None, workers: int = 1) -> FoundPairs:
    """The pairs of `pairs_above`, from the last build's where the rows did not change.

    `ids` names each column (a term id that stays the same from one build to the next). A
    row whose entries, taken by term, are the same bit for bit, in the same group at the
    same place, is unchanged; a pair of unchanged rows has the same score as before (a score
    depends only on its two rows), so it is kept or left out as before, and only pairs with
    a changed row are searched: that row against all rows. An edit to one article changes
    its own rows and the rows that share a term whose document frequency moved (a word the
    edit added or removed): on 9,281 BBC passages a common word ("government") is in 855.
    When the number of rows changes (every idf moves with it), or more than `PATCH_SHARE` of
    them did, everything is searched again. Either way the pairs are those of a full search."""
    rows = Rows(x.indptr, ids[x.indices], x.data, groups)
    n = x.shape[0]
    changed = rows.changed_since(last.rows if last is not None and last.min_score == min_score else None)
    if changed is None:
        return FoundPairs(rows, min_score, *_pairs_once(x, min_score, groups, workers))
    keep = ~(changed[last.a] | changed[last.b])
    searched = np.flatnonzero(changed)
    a, b, score = (last.a[keep], last.b[keep], last.score[keep])
    if len(searched):
        product = x[searched] @ x.T.tocsr()
        floor = min_score - 10.0 ** -SCORE_DECIMALS  # what may round up to min_score
        at = np.flatnonzero(product.data >= floor)
        row = searched[np.searchsorted(product.indptr, at, side="right") - 1]
        col = product.indices[at]
        other = groups[row] != groups[col]
        found = _scored(x, row[other], col[other], min_score)
        order = np.argsort(np.concatenate([a, found[0]]) * n + np.concatenate([b, found[1]]), kind="stable")
        a, b, score = (np.concatenate([mine, theirs])[order] for mine, theirs in zip((a, b, score), found))
    return FoundPairs(rows, min_score, a, b, score)


def _prefix_bounds(x: sparse.csr_matrix, limit: float) -> tuple[np.ndarray, sparse.csr_matrix, sparse.csr_matrix]:
    """(per row, the bound on what its prefix adds to a cosine; x and x without the prefixes,
    both with columns renumbered from the most frequent term, ties by column: no product changes).

    A row's prefix is its longest run of entries, most frequent term first, whose bound stays
    below `limit`; see `pairs_above`."""
    n, width = x.shape
    rank = np.empty(width, dtype=x.indices.dtype)
    rank[np.argsort(-np.bincount(x.indices, minlength=width), kind="stable")] = np.arange(width)
    ranked = sparse.csr_matrix((x.data.copy(), rank[x.indices], x.indptr.copy()), shape=x.shape)
    ranked.has_sorted_indices = False
    ranked.sort_indices()
    top = np.zeros(width)
    top[rank] = x.max(axis=0).toarray().ravel()
    lengths = np.diff(ranked.indptr)
    before = np.repeat(ranked.indptr[:-1], lengths)

    def running(v: np.ndarray) -> np.ndarray:  # cumulative sum restarting at each row
        total = np.cumsum(v)
        return total - np.concatenate([[0.0], total])[before]
    values = ranked.data
    reach = np.minimum(np.sqrt(running(values * values)), running(values * top[ranked.indices]))
    in_prefix = reach < limit  # reach grows along a row, so these entries open it
    row = np.repeat(np.arange(n), lengths)
    prefix_length = np.bincount(row[in_prefix], minlength=n)
    bound = np.zeros(n)
    opened = prefix_length > 0  # only these rows index `reach` (an empty last row would point past its end)
    bound[opened] = reach[ranked.indptr[:-1][opened] + prefix_length[opened] - 1]
    suffix = sparse.csr_matrix((values[~in_prefix], ranked.indices[~in_prefix],
                                np.concatenate([[0], np.cumsum(lengths - prefix_length)])), shape=x.shape)
    return bound, ranked, suffix


def _sparse_candidates(block: sparse.csr_matrix, lo: int, min_score: float, groups: np.ndarray,
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, rounded score) of the pairs that may reach min_score once rounded."""
    row = np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))
    near = block.data >= min_score - 10.0 ** -SCORE_DECIMALS
    row, col, score = row[near], block.indices[near], np.round(block.data[near], SCORE_DECIMALS)
    other = groups[lo + row] != groups[col]
    return row[other], col[other], score[other]


def _dense_candidates(block: np.ndarray, lo: int, k: int, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, rounded score) of each row's 2k + 2 best columns outside its group."""
    height, n = block.shape
    np.round(block, SCORE_DECIMALS, out=block)
    block[groups[lo:lo + height, None] == groups[None, :]] = -np.inf
    take = min(n, 2 * k + 2)
    cols = np.argpartition(-block, take - 1, axis=1)[:, :take] if take < n else np.tile(np.arange(n), (height, 1))
    row = np.repeat(np.arange(height), take)
    return row, cols.ravel(), block[row, cols.ravel()]


def _top(height: int, k: int, min_score: float, row: np.ndarray, col: np.ndarray, score: np.ndarray,
         ) -> list[list[tuple[int, float]]]:
    """Per row, the k best (column, score) with score >= min_score: highest first, then by column."""
    keep = score >= min_score
    row, col, score = row[keep], col[keep], score[keep]
    order = np.lexsort((col, -score, row))
    row, col, score = row[order], col[order], score[order]
    rank = np.arange(len(row)) - np.searchsorted(row, np.arange(height))[row]
    keep = rank < k
    out: list[list[tuple[int, float]]] = [[] for _ in range(height)]
    for r, c, s in zip(row[keep].tolist(), col[keep].tolist(), score[keep].tolist()):
        out[r].append((c, s))
    return out


# --- related pieces -------------------------------------------------------------------------

def document_text(article: Article) -> str:
    """Headline and body, as the related-pieces search reads them (`stopwords.marked` with the article's language)."""
    return marked("\n\n".join(p for p in (article.title.value or "", article.body_text) if p), article.language.value)


def link_related(articles: list[Article], ctx) -> list[Article]:
    live = live_articles(articles)
    settings = ctx.settings
    search = ctx.searches.pop(RELATED, None)
    texts = search.texts if search is not None else [document_text(a) for a in live]
    if search is not None:  # started by `start_searches`
        ctx.meanwhile(articles)
        vectors, (found, ranked) = search.vectors, search.result()
    else:
        vectors = content_vectors(texts, lsa=False, memo=ctx.memo)
        vectors = with_gram(vectors, ctx.memo) if vectors is not None else None
        found, ranked = _related_search(vectors, settings, settings.workers, ctx.memo) if vectors is not None else (None, [])
    if vectors is None or found is None:
        return articles
    explain = Reasons(vectors, texts, ctx.entities, ctx.memo)
    pairs = iter(zip(ranked, explain.names_of(ranked)))
    related = {a.id: tuple(piece for piece in (Related(live[j].id, score, explain(a, live[j], i, j, *next(pairs))) for j, score in found[i])
                           if piece.because)  # a piece the build cannot say in words why is related is not listed
               for i, a in enumerate(live)}
    versions = {a.id: {v for v, _ in a.versions} for a in live if a.versions}
    return [evolve(a, related=_one_version_each(related[a.id], versions)) if a.id in related else a for a in articles]


def _one_version_each(related: tuple[Related, ...], versions: dict[ArticleId, set[ArticleId]]) -> tuple[Related, ...]:
    """The related pieces without a second version of a story already listed (two pages
    "Housewives lift Channel 4 ratings" side by side): each page names its other versions itself."""
    if not versions:
        return related
    kept: list[Related] = []
    for piece in related:
        if not any(piece.id in versions.get(other.id, ()) for other in kept):
            kept.append(piece)
    return related if len(kept) == len(related) else tuple(kept)


def live_articles(articles: list[Article]) -> list[Article]:
    """The articles that are not duplicates, by id: the rows of every corpus-level matrix."""
    return sorted((a for a in articles if a.duplicate_of is None), key=lambda a: a.id)  # ties break by id


def _related_nearest(vectors: Vectors, settings, workers: int) -> list[list[tuple[int, float]]] | None:
    if vectors.tfidf.shape[0] < 2:
        return None
    return nearest(vectors.tfidf.shape[0], settings.related_count, settings.related_min_score, similarity_rows(vectors),
                   workers=workers)


def _related_search(vectors: Vectors, settings, workers: int = 1, memo: Memo | None = None,
                    ) -> tuple[list[list[tuple[int, float]]] | None, list[np.ndarray]]:
    """(nearest related pieces, the common terms of each pair ranked) for vectors with or
    without LSA yet; with `memo`, the ranked terms of pairs whose rows did not change come from
    the last build (`ranked_common_terms_since`). Run ahead (one worker), BLAS gets one thread
    too: a second one would compete with the build's own thread for the other core."""
    with threadpool_limits(1) if workers == 1 else contextlib.nullcontext():
        vectors = vectors if vectors.lsa is not None else with_lsa(vectors)
        found = _related_nearest(vectors, settings, workers)
        if found is None:
            return None, []
        pairs = [(i, j) for i, hits in enumerate(found) for j, _ in hits]
        return found, ranked_common_terms(vectors, pairs) if memo is None else ranked_common_terms_since(vectors, pairs, memo)


RELATED = "related"
"""The name of the search `start_searches` runs ahead, in `CorpusContext.searches`."""
@dataclass(frozen=True)
class Search(Pending):
    """The search of related pieces running ahead in the helper (`start_searches`), and the
    TF-IDF vectors it searches and their texts, which the stage needs too."""

    vectors: Vectors | None = None
    texts: list[str] = field(default_factory=list)

    def result(self) -> tuple[list[list[tuple[int, float]]] | None, list[np.ndarray]]:
        found, ranked, bounds = self.future.result()
        return found, _pieces(ranked, bounds)


def count_terms_ahead(articles: list[Article], ctx) -> list[Article]:
    """While the helper looks for duplicates (`duplicates.start_duplicates`), count the terms of
    every text for the related-pieces vectors into the memo, where `start_searches` then finds
    those of the articles that are not duplicates: this core would otherwise wait."""
    if DUPLICATES in ctx.searches:
        for article in articles:
            ctx.memo.counts(TERMS, document_text(article), _analyse)
    return articles


def start_searches(articles: list[Article], ctx) -> list[Article]:
    """Start the search of `link_related` (LSA, nearest neighbours, the terms each pair has in
    common) in the helper process (`helper.py`), so that it runs on the second core while this
    one assigns topics and links passages; `link_related` then takes its result.

    It depends only on the texts of the articles that are not duplicates, known once
    duplicates are marked; their TF-IDF vectors are made here, from the memo's term counts,
    and sent. Until 2026-12-02 the search ran in a thread of this process, where it competed
    for the GIL with the stages it was meant to overlap (on 2,225 BBC articles a rebuild after
    one edit took as long with it as without it). (Searching passage pairs in the helper too
    was tried: the related search then started later and finished last.) Small collections
    or one worker: nothing starts, and `link_related` searches itself, with the same result."""
    settings = ctx.settings
    live = live_articles(articles)
    if settings.workers < 2 or len(live) < settings.parallel_threshold:
        return articles
    texts = [document_text(a) for a in live]
    vectors = content_vectors(texts, lsa=False, memo=ctx.memo)
    if vectors is not None and len(live) >= 2:
        ctx.searches[RELATED] = Search(HELPER.call(
            search_in_helper, token_of(ctx.memo, settings), vectors.tfidf, vectors.ids, vectors.idf, vectors.phrase, settings), vectors, texts)
    return articles


def search_in_helper(token: Token, x: sparse.csr_matrix, ids: np.ndarray, idf: np.ndarray, phrase: np.ndarray,
                     settings) -> tuple[list[list[tuple[int, float]]] | None, np.ndarray, np.ndarray]:
    """`_related_search` of these TF-IDF rows, with the cosines patched from the last search
    under the same token; the ranked terms of all pairs joined in one array (with their
    bounds, `_flat`), which pickles in one piece instead of 10,000."""
    memo = kept(token)
    found, ranked = _related_search(with_gram(Vectors(x, None, np.zeros(0, dtype=str), idf, phrase, ids), memo), settings, memo=memo)
    return (found, *_flat(ranked))


class Reasons:
    """Why two articles are related, in words: people, themes, other names, period, publisher."""

    def __init__(self, vectors: Vectors, texts: Sequence[str], catalog, memo: Memo | None = None):
        self.vectors, self.texts, self.memo = vectors, texts, memo or Memo()
        self.written = Written(self.memo)
        self.names = {e.id: e.name for e in catalog.entities}
        self.kinds = {e.id: e.kind for e in catalog.entities}
        self.words = {e.id: _name_words(e.surfaces) for e in catalog.entities}
        self._catalog = hashlib.blake2b(repr(sorted((e, self.names[e], self.kinds[e], sorted(self.words[e])) for e in self.names))
                                        .encode("utf-8", "surrogatepass"), digest_size=16).digest()
        # An article is in up to 2 x related_count pairs and a tag in many: worked out once each.
        self._mentions: dict[str, tuple[Counter[str], dict[str, int]]] = {}
        self._tag_words: dict[str, frozenset[str]] = {}
        self._signatures: dict[int, bytes] = {}
        self._last: dict[str, tuple[tuple, bytes]] = self.memo.carried.setdefault(SIGNATURES, {})
        if len(self._last) > 2 * len(texts):  # articles removed since, or another collection
            self._last.clear()

    def _signature(self, article: Article, row: int) -> bytes:
        """Everything about one article that its reasons read, and the catalog, as a digest.

        The last build's digest when what it was made of compares equal (the mentions are
        the same objects from one build to the next: 30 ms of 40 on 2,225 articles)."""
        found = self._signatures.get(row)
        if found is None:
            inputs = (self._catalog, article.topics, article.mentions, article.date.value, article.publisher.known,
                      article.publisher.value, self.texts[row])
            last = self._last.get(article.id)
            if last is not None and last[0] == inputs:
                found = last[1]
            else:
                digest = hashlib.blake2b(self._catalog, digest_size=16)
                digest.update(repr((article.id, article.topics, [m.entity for m in article.mentions], article.date.value,
                                    article.publisher.known, article.publisher.value)).encode("utf-8", "surrogatepass"))
                digest.update(self.memo.digest(self.texts[row]))  # the memo hashed the text already
                found = digest.digest()
            self._signatures[row] = found
            self._last[article.id] = (inputs, found)
        return found

    def __call__(self, a: Article, b: Article, i: int, j: int, ranked: np.ndarray | None = None,
                 names: np.ndarray | tuple | None = None) -> tuple[str, ...]:
        """The reasons, from the memo when the last build explained the same pair.

        The same pair of articles (texts, topics, mentions, dates, publishers) under the same
        catalog gets the same reasons as long as the terms its shared themes looked at rank
        first again: an edit elsewhere moves idf values a little, which rarely reorders them.
        On 2,225 BBC articles this is most of the 10,000 pairs of a rebuild."""
        ranked = ranked_common_terms(self.vectors, [(i, j)])[0] if ranked is None else ranked
        names = self.names_of([ranked])[0] if names is None else names
        slot = self.memo.get_by_digest(REASONS, self._signature(a, i) + self._signature(b, j), dict)
        for (terms, exhausted), reasons in slot.items():
            n = len(terms) // _ID_BYTES if isinstance(terms, bytes) else len(terms)
            if (len(ranked) == n if exhausted else len(ranked) >= n) and _key(names[:n]) == terms:
                return reasons
        looked: list[str] = []
        reasons = self._explain(a, b, i, j, ranked, looked)
        slot.clear()
        slot[(_key(names[:len(looked)]), len(looked) == len(ranked))] = reasons  # looked: the first ranked terms
        return reasons

    def names_of(self, ranked: Sequence[np.ndarray]) -> list[np.ndarray] | list[tuple[str, ...]]:
        """Each pair's ranked terms as kept in the memo: their ids in its vocabulary when the
        vectors were counted with it (looked up for all pairs at once and compared as bytes,
        instead of a string per term: 40,000 a rebuild), else the terms."""
        if self.vectors.ids is not None and self.vectors.vocabulary is self.memo.vocabularies.get(TERMS):
            flat, bounds = _flat(ranked)
            return _pieces(self.vectors.ids[flat].astype(np.int64, copy=False), bounds)
        return [tuple(self.vectors.term(c)[0] for c in columns.tolist()) for columns in ranked]

    def _mentioned(self, article: Article) -> tuple[Counter[str], dict[str, int]]:
        """(mentions per entity, position of its first mention)."""
        found = self._mentions.get(article.id)
        if found is None:
            entities = [m.entity for m in article.mentions]
            found = self._mentions[article.id] = (Counter(entities), {e: n for n, e in reversed(list(enumerate(entities)))})
        return found

    def _words_of(self, tag: str) -> frozenset[str]:
        found = self._tag_words.get(tag)
        if found is None:
            found = self._tag_words[tag] = frozenset(re.findall(r"\w+", _preprocess(tag)))
        return found

    def _explain(self, a: Article, b: Article, i: int, j: int, ranked: np.ndarray, looked: list[str]) -> tuple[str, ...]:
        out = []
        shared = _shared_entities(self._mentioned(a), self._mentioned(b))
        people = [self.names[e] for e in shared if self.kinds.get(e) == "person"]
        if people:
            out.append(_listing(f"shares {len(people)} {'person' if len(people) == 1 else 'people'}", people, PEOPLE_SHOWN))
        skip = frozenset().union(*(self.words.get(e, frozenset()) for e in shared))
        # Topic tags both carry read best (they are phrases chosen to be shown); terms fill up.
        tags = [t for t in a.topics if t in b.topics and not skip.intersection(self._words_of(t))][:THEMES_SHOWN]
        skip = skip.union(*(self._words_of(t) for t in tags))
        themes = tags + list(shared_terms(_terms_of(self.vectors, ranked), THEMES_SHOWN - len(tags), skip,
                                          (self.texts[i], self.texts[j]), self.written, looked))
        if themes:
            out.append("shared themes: " + ", ".join(themes))
        others = [self.names[e] for e in shared if self.kinds.get(e) in ("organisation", "place")]
        if others:
            out.append(_listing("both mention", others, PEOPLE_SHOWN))
        period = same_period(a.date.value, b.date.value)
        if period:
            out.append(period)
        if a.publisher.known and a.publisher.value == b.publisher.value:
            out.append(f"same publisher: {a.publisher.value}")
        return tuple(out)


_ID_BYTES = 8


def _key(names: np.ndarray | tuple) -> bytes | tuple:
    """How `Reasons` stores the first ranked terms it looked at: term ids as bytes, or the terms."""
    return names.tobytes() if isinstance(names, np.ndarray) else names


def _name_words(surfaces: Sequence[str]) -> frozenset[str]:
    """Words of an entity's names, which "shared themes" leaves to the people/mentions reasons."""
    return frozenset(w for s in surfaces for w in re.findall(r"\w+", _preprocess(s)) if len(w) > 2)


def _shared_entities(a: tuple[Counter[str], dict[str, int]], b: tuple[Counter[str], dict[str, int]]) -> list[str]:
    """Entities two articles both mention (each given as `Reasons._mentioned` gives it), most
    mentioned first, then in the order the first names them."""
    (ca, first), (cb, _) = a, b
    return sorted(ca.keys() & cb.keys(), key=lambda e: (-(ca[e] + cb[e]), first[e]))


def _listing(label: str, items: list[str], shown: int) -> str:
    more = f" and {len(items) - shown} more" if len(items) > shown else ""
    return f"{label}: {', '.join(items[:shown])}{more}"


def same_period(a: str | None, b: str | None) -> str | None:
    if not a or not b or len(a) < 7 or len(b) < 7 or a[:7] != b[:7]:
        return None
    return f"same period: {MONTH_NAMES[int(a[5:7]) - 1]} {a[:4]}"


def ranked_common_terms(vectors: Vectors, pairs: Sequence[tuple[int, int]]) -> list[np.ndarray]:
    """For each pair of rows, the columns both use, most contributing to their similarity first.

    A term's weight is the product of its two TF-IDF values weighted once more by idf, so that
    rarer shared terms ("grand bargain") beat words every text uses ("world"), and bigrams by
    their length: they read better as themes. Columns are in alphabetical order, so ties go to
    the term that sorts first. All pairs at once: one sparse product instead of one per pair."""
    if not pairs:
        return []
    x = vectors.tfidf
    if len(pairs) == 1:  # a passage link: slicing two rows beats a sparse product
        (i, j), = pairs
        a, b = slice(x.indptr[i], x.indptr[i + 1]), slice(x.indptr[j], x.indptr[j + 1])
        cols, ia, ib = _common(x.indices[a], x.indices[b])
        weight = x.data[a][ia] * x.data[b][ib]
        weight *= vectors.idf[cols]
        weight *= np.where(vectors.phrase[cols], BIGRAM_BOOST, 1.0)
        return [cols[np.lexsort((cols, -np.round(weight, 6)))]]
    first, second = (np.fromiter((p[k] for p in pairs), dtype=np.int64, count=len(pairs)) for k in (0, 1))
    both = x[first].multiply(x[second]).tocsr()
    both.data *= vectors.idf[both.indices]
    both.data *= np.where(vectors.phrase[both.indices], BIGRAM_BOOST, 1.0)
    row = np.repeat(np.arange(len(pairs)), np.diff(both.indptr))
    order = np.lexsort((both.indices, -np.round(both.data, 6), row))
    ranked = both.indices[order]
    return _pieces(ranked, both.indptr)


def _flat(pieces: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The pieces end to end, and where each starts and ends (`_pieces` takes them back apart)."""
    flat = np.concatenate(pieces) if len(pieces) else np.zeros(0, dtype=np.int64)
    return flat, _bounds(np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces)))


def _bounds(lengths: np.ndarray) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)


def _pieces(flat: np.ndarray, bounds: np.ndarray) -> list[np.ndarray]:
    """`flat[bounds[k]:bounds[k + 1]]` for each k: what `np.split` gives, five times faster for 10,000 pieces."""
    edges = bounds.tolist()
    return [flat[lo:hi] for lo, hi in zip(edges, edges[1:])]


RANKED = "relate.ranked"
"""The memo's name for the last build's ranked common terms of related pairs (`Memo.carried`)."""


@dataclass(frozen=True)
class RankedPairs:
    """`ranked_common_terms_since`: what the ranked terms of its pairs were found in, and them."""

    rows: Rows
    idf: Rows
    """The same rows with each entry's idf as its value."""
    keys: np.ndarray
    """i * n + j of each pair."""
    terms: np.ndarray
    """The ranked terms of every pair, as term ids, one pair after the other (`bounds`)."""
    bounds: np.ndarray


def ranked_common_terms_since(vectors: Vectors, pairs: Sequence[tuple[int, int]], memo: Memo) -> list[np.ndarray]:
    """`ranked_common_terms`, from the last build's where a pair's two rows did not change.

    A pair's ranking reads its two rows, the idf of their common terms and whether each is a
    phrase (fixed per term), and breaks ties by column, which is alphabetical order; so when
    both rows hold the same term ids with the same values and the same idf values, bit for
    bit, the pair ranks the same terms in the same order (kept as term ids, since columns move
    as terms join or leave). On 2,071 BBC texts an edit naming a common word changes a fifth of
    the rows, and the rest of the 10,000 pairs are looked up instead of multiplied again."""
    x, n = vectors.tfidf, vectors.tfidf.shape[0]
    if vectors.ids is None or not pairs:
        return ranked_common_terms(vectors, pairs)
    rows = rows_of(vectors)
    idf = Rows(x.indptr, rows.ids, vectors.idf[x.indices], rows.groups)
    keys = np.fromiter((i * n + j for i, j in pairs), dtype=np.int64, count=len(pairs))
    last: RankedPairs | None = memo.carried.get(RANKED)
    known, found = np.zeros(len(keys), dtype=bool), np.zeros(len(keys), dtype=np.int64)
    if last is not None and len(last.rows.indptr) == len(x.indptr) and len(last.keys):
        same = ~(rows.changed(last.rows) | idf.changed(last.idf))
        order = np.argsort(last.keys)
        at = np.minimum(np.searchsorted(last.keys, keys, sorter=order), len(order) - 1)
        found = order[at]
        known = (last.keys[found] == keys) & same[keys // n] & same[keys % n]
    again = np.flatnonzero(~known)
    fresh = ranked_common_terms(vectors, [pairs[k] for k in again.tolist()])
    lengths = np.zeros(len(keys), dtype=np.int64)
    lengths[again] = [len(r) for r in fresh]
    if known.any():
        lengths[known] = np.diff(last.bounds)[found[known]]
    bounds = _bounds(lengths)
    flat = np.empty(bounds[-1], dtype=np.int64)
    if known.any():
        column = np.full(int(vectors.ids.max()) + 1, -1, dtype=np.int64)
        column[vectors.ids] = np.arange(len(vectors.ids))
        flat[_spans(bounds[:-1][known], lengths[known])] = column[last.terms[_spans(last.bounds[found[known]], lengths[known])]]
    if len(again):
        flat[_spans(bounds[:-1][again], lengths[again])] = np.concatenate(fresh)
    memo.carried[RANKED] = RankedPairs(rows, idf, keys, vectors.ids[flat], bounds)
    return _pieces(flat, bounds)


def _spans(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions starts[k], starts[k] + 1, ..., starts[k] + lengths[k] - 1 of every k, in order."""
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(starts - offsets, lengths) + np.arange(int(lengths.sum()))


def shared_terms(candidates: Iterable[tuple[str, list[str]]], shown: int, skip: frozenset[str] = frozenset(),
                 texts: Sequence[str] = (), written: Written | None = None, looked: list[str] | None = None) -> tuple[str, ...]:
    """Up to `shown` of the candidate terms (term, its words), as written in the texts.

    Candidates come most contributing first (`ranked_common_terms`); a term is passed over when
    one of its words starts with a `skip` prefix or was shown already, or when the texts never
    write it. `looked`, if given, receives the terms examined: the answer depends on no other."""
    written = written or Written()
    chosen = 0
    shown_as: list[str] = []
    used: set[str] = set()
    prefixes = tuple(skip)
    for term, words in candidates if shown > 0 else ():
        if looked is not None:
            looked.append(term)
        if (prefixes and any(w.startswith(prefixes) for w in words)) or used.intersection(words):
            continue
        if any(w[:1].isdigit() for w in words):  # "8m", "13 victory": amounts say little of a theme
            continue
        as_written = written.find(term, texts)
        if as_written is None:
            continue
        chosen += 1
        used.update(words)
        shown_as.append(as_written)
        if chosen == shown:
            break
    return tuple(shown_as)


def _terms_of(vectors: Vectors, ranked: np.ndarray) -> Iterator[tuple[str, list[str]]]:
    return (vectors.term(col) for col in ranked.tolist())


def _common(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`np.intersect1d(a, b, return_indices=True)` for sorted unique arrays, without sorting both."""
    if not len(a) or not len(b):
        empty = np.zeros(0, dtype=np.int64)
        return a[:0], empty, empty
    at = np.minimum(np.searchsorted(b, a), len(b) - 1)
    hit = b[at] == a
    return a[hit], np.flatnonzero(hit), at[hit]


REASONS = "relate.reasons"
"""The memo's name for a related pair's reasons and the ranked terms they looked at (see `Reasons`)."""
SIGNATURES = "relate.signatures"
"""The memo's name for the last signature `Reasons` made of each article, with what it was made of (`Memo.carried`)."""
WRITTEN = "relate.written"
"""The memo's name for how a text writes the terms asked of it so far (see `Written`)."""


class Written:
    """Finds how a text writes a term ('spheres influence' -> 'spheres of influence').

    A regular expression per term was the slowest part of `link_related` on BBC (compiling
    8,000 patterns); this searches the lower-cased text with `str.find` and follows the words.
    """

    def __init__(self, memo: Memo | None = None):
        self._lower: dict[str, str] = {}
        self._memo = memo or Memo()
        self._found: dict[str, dict[str, tuple[str | None, str | None]]] = {}

    def find(self, term: str, texts: Sequence[str]) -> str | None:
        """The first lower-case occurrence (a capital may only start a sentence), else the first.

        None when the texts never write the term's words next to each other."""
        first = None
        for text in texts:
            # A text's answers are kept in the memo: the next build asks mostly the same terms.
            known = self._found.get(text)
            if known is None:
                known = self._found[text] = self._memo.get(WRITTEN, text, dict)
            found = known.get(term)
            if found is None:
                found = known[term] = self._in(term, text)
            if found[0] is not None:
                return found[0]
            first = first or found[1]
        return first

    def _in(self, term: str, text: str) -> tuple[str | None, str | None]:
        """(first lower-case occurrence, first occurrence) of the term in one text."""
        words = term.split()
        if UNSPACED_RUN.fullmatch(words[0]):  # Chinese or Japanese: no case, no spaces to bound a word
            joined = _joined_characters(words)
            return (joined, joined) if joined and joined in text else (None, None)
        low = self._lower.get(text)
        if low is None:
            low = self._lower[text] = text.lower()
        first = None
        at = low.find(words[0])
        while at >= 0:
            end = _follow(low, at, words)
            if end is not None:
                found = " ".join(text[at:end].split())
                if not found[:1].isupper():
                    return found, first or found
                first = first or found
            at = low.find(words[0], at + 1)
        return None, first


def _joined_characters(words: list[str]) -> str | None:
    """The text a term of character pairs stands for ("公园 园开" -> "公园开"): each pair follows the
    last by one character; None when the pairs do not overlap so (their characters were not
    neighbours) or are not all Chinese or Japanese."""
    joined = words[0]
    for word in words[1:]:
        if not UNSPACED_RUN.fullmatch(word) or joined[-1] != word[0]:
            return None
        joined += word[1:]
    return joined


# The words of a displayed term are separated by spaces or hyphens only (a possessive may end
# a word): scikit-learn's bigrams also span punctuation and dropped stop words ("slogan would
# be "Britain", "banks in the United"), which read as nonsense.
_NEXT_WORD = re.compile(r"(?:['’]s)?[ \t\n\-\u2010\u2011\u2013\u2014]+(\w+)")
# Characters that join two parts of one word: an apostrophe (O'Gara), a digit group's separator.
_INSIDE_A_WORD = "'’,."
# Stop words that may sit inside a displayed term: "spheres of influence", "Bank of England".
INNER_WORDS = frozenset({"of"})


def _follow(low: str, at: int, words: list[str]) -> int | None:
    """End of `words` starting at `at`, with at most one "of" between two of them."""
    if at > 0 and (low[at - 1].isalnum() or (at > 1 and low[at - 1] in _INSIDE_A_WORD and low[at - 2].isalnum())):
        return None  # inside a word: "Gara" of "O'Gara", "000m" of "1,000m"
    end = at + len(words[0])
    if end < len(low) and low[end].isalnum():
        return None
    for word in words[1:]:
        for _ in range(2):
            m = _NEXT_WORD.match(low, end)
            if not m:
                return None
            end = m.end()
            if m.group(1) == word:
                break
            if m.group(1) not in INNER_WORDS:
                return None
        else:
            return None
    return end


# --- passage links --------------------------------------------------------------------------

@dataclass(frozen=True)
class Passage:
    article: int
    """Index into the list of live articles."""
    paragraph: str
    text: str


def passages(live: Sequence[Article]) -> list[Passage]:
    return [Passage(i, p.id, p.text) for i, a in enumerate(live) for p in a.paragraphs
            if p.kind in PASSAGE_KINDS and word_count(p.text) >= PASSAGE_MIN_WORDS]


def link_passages(articles: list[Article], ctx) -> list[Article]:
    live = live_articles(articles)
    found_passages = passages(live)
    settings = ctx.settings
    workers = 1 if RELATED in ctx.searches else settings.workers  # the helper has the other core
    pairs = passage_pairs([marked(p.text, live[p.article].language.value) for p in found_passages], _groups(found_passages, live),
                          settings, ctx.memo, workers)
    written = Written(ctx.memo)

    def opening(text: str, other: str) -> str:
        return _sentence_sharing(text, other, ctx.memo)
    forward: dict[ArticleId, list[PassageLink]] = defaultdict(list)
    back: dict[ArticleId, list[PassageLink]] = defaultdict(list)
    for i, j, score, ranked in pairs:
        source, target = found_passages[i], found_passages[j]
        terms = shared_terms(((t, t.split()) for t in ranked), SHARED_TERMS_SHOWN, texts=(source.text, target.text), written=written)
        a, b = live[source.article], live[target.article]
        forward[a.id].append(PassageLink(source.paragraph, b.id, target.paragraph, score, terms, opening(target.text, source.text)))
        back[b.id].append(PassageLink(target.paragraph, a.id, source.paragraph, score, terms, opening(source.text, target.text)))
    last = ctx.memo.carried.get(PASSAGE_LINKS, {})
    linked = [_with_links(a, forward.get(a.id, []), back.get(a.id, []), last.get(a.id)) for a in articles]
    ctx.memo.carried[PASSAGE_LINKS] = {a.id: (a.passage_links, a.backlinks) for a in linked}
    return linked


_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


def _sentence_sharing(text: str, other: str, memo: Memo) -> str:
    """The sentence of `text` that shares the most words with `other` (the passage it is
    linked to): what the two have in common, quoted where the link is listed; the first on a tie."""
    spans = memo.get("relate.sentences", text, lambda: split_sentences(text))
    if len(spans) < 2:
        return text[spans[0][0]:spans[0][1]] if spans else text
    theirs = set(_CONTENT_WORD.findall(other.casefold())) - _STOP
    best = max(spans, key=lambda span: (len(theirs.intersection(_CONTENT_WORD.findall(text[span[0]:span[1]].casefold()))),
                                        -span[0]))
    return text[best[0]:best[1]]


def _groups(found: Sequence[Passage], articles: Sequence[Article] = ()) -> np.ndarray:
    """Per passage, its group: passages of one group are not linked. An article's own; with the
    articles (in the order of `Passage.article`), versions of one story share the group of the
    first of them: their paragraphs would all see each other."""
    groups = np.array([p.article for p in found], dtype=np.int64)
    if not any(a.versions for a in articles):
        return groups
    index = {a.id: k for k, a in enumerate(articles)}
    first = list(range(len(articles)))

    def root(k: int) -> int:
        while first[k] != k:
            k = first[k]
        return k
    for k, a in enumerate(articles):  # union-find: a story's versions, however many, end in one group
        for other, _ in a.versions:
            if other in index:
                low, high = sorted((root(k), root(index[other])))
                first[high] = low
    return np.array([root(k) for k in range(len(first))], dtype=np.int64)[groups] if len(groups) else groups


PASSAGE_PAIRS = "relate.passage_pairs"
"""The memo's name for the last build's passage pairs (`Memo.carried`)."""


def passage_pairs(texts: Sequence[str], groups: np.ndarray, settings, memo: Memo, workers: int = 1,
                  ) -> list[tuple[int, int, float, list[str]]]:
    """(passage, similar passage, score, their common terms ranked) for each passage link.

    Per passage, the most similar passages of at most `passage_links_per_paragraph` other
    articles (the best passage of each), sharing at least `PASSAGE_MIN_SHARED_TERMS` terms."""
    vectors = content_vectors(texts, lsa=False, memo=memo)
    if vectors is None or len(set(groups.tolist())) < 2:
        return []
    above = pairs_above_since(vectors.tfidf, vectors.ids, settings.passage_min_score, groups, memo.carried.get(PASSAGE_PAIRS), workers)
    memo.carried[PASSAGE_PAIRS] = above
    k = settings.passage_links_per_paragraph
    # Ask for more than k so that several paragraphs of one target article count once.
    found = _top(len(texts), 3 * k, settings.passage_min_score, *above.both_orders())
    owner = groups.tolist()
    chosen: list[tuple[int, int, float]] = []
    few = _few_shared(vectors.tfidf, found)
    for i, hits in enumerate(found):
        targets: set[int] = set()
        for j, score in hits:
            if owner[j] in targets or len(targets) == k or (i, j) in few:
                continue
            targets.add(owner[j])
            chosen.append((i, j, score))
    ranked = ranked_common_terms(vectors, [(i, j) for i, j, _ in chosen])
    flat, bounds = _flat(ranked)
    terms, at = vectors.terms[flat].tolist(), bounds.tolist()  # one lookup for all pairs
    return [(i, j, score, terms[lo:hi]) for (i, j, score), lo, hi in zip(chosen, at, at[1:])]


def _few_shared(x: sparse.csr_matrix, found: list[list[tuple[int, float]]]) -> set[tuple[int, int]]:
    """The pairs (i, j) of `found` whose rows share fewer than `PASSAGE_MIN_SHARED_TERMS` terms
    (counted for all pairs at once: one sparse product of row patterns)."""
    pairs = [(i, j) for i, hits in enumerate(found) for j, _ in hits]
    if not pairs:
        return set()
    a, b = (np.fromiter((p[k] for p in pairs), dtype=np.int64, count=len(pairs)) for k in (0, 1))
    pattern = sparse.csr_matrix((np.ones(x.nnz), x.indices, x.indptr), shape=x.shape)
    shared = np.asarray(pattern[a].multiply(pattern[b]).sum(axis=1)).ravel()
    return {pairs[n] for n in np.flatnonzero(shared < PASSAGE_MIN_SHARED_TERMS).tolist()}


PASSAGE_LINKS = "relate.passage_links"
"""The memo's name for the last build's passage links and backlinks of each article (`Memo.carried`)."""


def _with_links(article: Article, forward: list[PassageLink], back: list[PassageLink],
                last: tuple[tuple[PassageLink, ...], tuple[PassageLink, ...]] | None = None) -> Article:
    """The article with these links, in the order of its paragraphs. `last`: its links in the
    last build, whose tuples it keeps when they are equal, so that what is made of them
    later (page keys, corpus.json entries) sees the same objects and skips comparing them."""
    if article.duplicate_of is not None or not (forward or back or article.passage_links or article.backlinks):
        return article
    order = {p.id: n for n, p in enumerate(article.paragraphs)}

    def key(link: PassageLink):
        return (order.get(link.paragraph, 0), -link.score, link.target, link.target_paragraph)
    links, backlinks = tuple(sorted(forward, key=key)), tuple(sorted(back, key=key))
    if last is not None:
        links = last[0] if last[0] == links else links
        backlinks = last[1] if last[1] == backlinks else backlinks
    return evolve(article, passage_links=links, backlinks=backlinks)
