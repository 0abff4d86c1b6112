"""Corpus stages: related pieces for each article, and passage-level "see also" links.

`link_related` ranks other articles by content similarity (scikit-learn TF-IDF, blended with
LSA on larger collections) and says why in words: shared people, shared themes (the terms that
contribute most to the similarity), same period, same publisher. `link_passages` links a
paragraph to the most similar paragraphs of other articles, with the shared terms, and puts the
matching back-link on the target. Both skip duplicates (`duplicate_of`), never build a dense
n x n matrix (similarities are computed in row chunks and cut to the top k at once), round
scores to 4 decimals and break ties by id, so two builds give the same output.
Needs `entities.link_entities` to have run first for the "shares N people" reason.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.preprocessing import normalize

from .entities import first_sentence
from .model import Article, ArticleId, PassageLink, Related

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
# LSA (TruncatedSVD of TF-IDF) groups articles by topic where words differ; blended with plain
# TF-IDF, which keeps near-identical stories first. On BBC (2,127 distinct texts), P@5 is
# 0.936 for TF-IDF alone, 0.960 for this blend with 50 components; 20 components scored 0.965
# but suits BBC's 5 broad categories too well. Split-half check: both halves within 0.003.
LSA_COMPONENTS = 50
LSA_MIN_DOCS = 200
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


def content_vectors(texts: Sequence[str], lsa: bool = True) -> Vectors | None:
    """TF-IDF (sublinear tf, unigrams and bigrams) and, for large collections, LSA vectors."""
    n = len(texts)
    vectorizer = TfidfVectorizer(sublinear_tf=True, preprocessor=_preprocess, ngram_range=(1, 2), min_df=2 if n > 2 else 1,
                                 max_df=MAX_DF if n >= MAX_DF_MIN_DOCS else 1.0, stop_words=STOP_WORDS, dtype=np.float64)
    try:
        tfidf = vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # no term occurs in two texts: nothing is related
        return None
    dense = None
    if lsa and n >= LSA_MIN_DOCS and tfidf.shape[1] > LSA_COMPONENTS:
        svd = TruncatedSVD(LSA_COMPONENTS, random_state=0, n_iter=7)
        dense = normalize(svd.fit_transform(tfidf))
    terms = vectorizer.get_feature_names_out()
    return Vectors(tfidf, dense, terms, vectorizer.idf_, np.array([" " in t for t in terms], dtype=bool))


def _preprocess(text: str) -> str:
    return _CLITIC.sub("", text.lower())


def similarity_rows(vectors: Vectors) -> Callable[[int, int], np.ndarray]:
    def rows(lo: int, hi: int) -> np.ndarray:
        block = (vectors.tfidf[lo:hi] @ vectors.tfidf.T).toarray()
        if vectors.lsa is not None:
            block = TFIDF_WEIGHT * block + (1 - TFIDF_WEIGHT) * (vectors.lsa[lo:hi] @ vectors.lsa.T)
        return block
    return rows


def nearest(n: int, k: int, min_score: float, rows: Callable[[int, int], np.ndarray],
            groups: np.ndarray | None = None) -> list[list[tuple[int, float]]]:
    """Top k (index, score) per row, score >= min_score, never the row itself or its group."""
    groups = np.arange(n) if groups is None else groups
    out: list[list[tuple[int, float]]] = []
    step = max(1, CHUNK_CELLS // max(n, 1))
    for lo in range(0, n, step):
        hi = min(n, lo + step)
        block = np.round(rows(lo, hi), SCORE_DECIMALS)
        block[groups[lo:hi, None] == groups[None, :]] = -np.inf
        take = min(n, 2 * k + 2)
        part = np.argpartition(-block, take - 1, axis=1)[:, :take] if take < n else np.tile(np.arange(n), (hi - lo, 1))
        for r in range(hi - lo):
            cols = part[r]
            scores = block[r, cols]
            order = np.lexsort((cols, -scores))
            out.append([(int(cols[j]), float(scores[j])) for j in order if scores[j] >= min_score][:k])
    return out


# --- related pieces -------------------------------------------------------------------------

def document_text(article: Article) -> str:
    return "\n\n".join(p for p in (article.title.value or "", article.body_text) if p)


def link_related(articles: list[Article], ctx) -> list[Article]:
    live = [a for a in articles if a.duplicate_of is None]
    vectors = content_vectors([document_text(a) for a in live])
    if vectors is None or len(live) < 2:
        return articles
    settings = ctx.settings
    found = nearest(len(live), settings.related_count, settings.related_min_score, similarity_rows(vectors))
    names = {e.id: e.name for e in ctx.entities.entities}
    kinds = {e.id: e.kind for e in ctx.entities.entities}
    words = {e.id: _name_words(e.surfaces) for e in ctx.entities.entities}
    related = {}
    for i, article in enumerate(live):
        related[article.id] = tuple(
            Related(live[j].id, score, reasons(article, live[j], vectors, i, j, names, kinds, words)) for j, score in found[i])
    return [replace(a, related=related[a.id]) if a.id in related else a for a in articles]


def reasons(a: Article, b: Article, vectors: Vectors, i: int, j: int, names: dict[str, str], kinds: dict[str, str],
            words: dict[str, frozenset[str]]) -> tuple[str, ...]:
    out = []
    shared = _shared_entities(a, b)
    people = [e for e in shared if kinds.get(e) == "person"]
    if people:
        out.append(_listing(f"shares {len(people)} {'person' if len(people) == 1 else 'people'}", [names[e] for e in people], PEOPLE_SHOWN))
    skip = frozenset().union(*(words.get(e, frozenset()) for e in shared))
    themes = shared_terms(vectors, i, j, THEMES_SHOWN, skip, (document_text(a), document_text(b)))
    if themes:
        out.append("shared themes: " + ", ".join(themes))
    others = [names[e] for e in shared if kinds.get(e) in ("organisation", "place")]
    if others:
        out.append(_listing("both mention", others, PEOPLE_SHOWN))
    period = same_period(a.date.value, b.date.value)
    if period:
        out.append(period)
    if a.publisher.known and a.publisher.value == b.publisher.value:
        out.append(f"same publisher: {a.publisher.value}")
    return tuple(out)


def _name_words(surfaces: Sequence[str]) -> frozenset[str]:
    """Words of an entity's names, which "shared themes" leaves to the people/mentions reasons."""
    return frozenset(w for s in surfaces for w in re.findall(r"\w+", _preprocess(s)) if len(w) > 2)


def _shared_entities(a: Article, b: Article) -> list[str]:
    """Entities mentioned in both, most mentioned first."""
    ca, cb = Counter(m.entity for m in a.mentions), Counter(m.entity for m in b.mentions)
    return sorted(set(ca) & set(cb), key=lambda e: (-(ca[e] + cb[e]), e))


def _listing(label: str, items: list[str], shown: int) -> str:
    more = f" and {len(items) - shown} more" if len(items) > shown else ""
    return f"{label}: {', '.join(items[:shown])}{more}"


def same_period(a: str | None, b: str | None) -> str | None:
    if not a or not b or len(a) < 7 or len(b) < 7 or a[:7] != b[:7]:
        return None
    return f"same period: {MONTH_NAMES[int(a[5:7]) - 1]} {a[:4]}"


def shared_terms(vectors: Vectors, i: int, j: int, shown: int,
                 skip: set[str] = frozenset(), texts: Sequence[str] = ()) -> tuple[str, ...]:
    """The terms contributing most to the similarity of rows i and j, as written in the texts."""
    terms = vectors.terms
    product = vectors.tfidf[i].multiply(vectors.tfidf[j]).tocoo()
    # Weighted once more by idf, so that rarer shared terms ("grand bargain") beat words every
    # text uses ("world"), and bigrams by their length: they read better as themes.
    weight = product.data * vectors.idf[product.col] * np.where(vectors.phrase[product.col], BIGRAM_BOOST, 1.0)
    ranked = sorted(zip(weight, product.col), key=lambda dc: (-round(float(dc[0]), 6), str(terms[dc[1]])))
    chosen: list[str] = []
    for _, col in ranked:
        words = str(terms[col]).split()
        if any(w in skip or any(w.startswith(s) for s in skip) for w in words) or any(set(words) & set(c.split()) for c in chosen):
            continue
        chosen.append(str(terms[col]))
        if len(chosen) == shown:
            break
    return tuple(as_written(term, texts) for term in chosen)


def as_written(term: str, texts: Sequence[str]) -> str:
    """'spheres influence' -> 'spheres of influence', in the case the text uses."""
    words = term.split()
    pattern = r"\b" + r"\W+(?:\w+\W+){0,2}?".join(re.escape(w) for w in words) + r"\b"
    for text in texts:
        m = re.search(pattern, text, re.I)
        if m and len(m.group()) <= len(term) + 24:
            return " ".join(m.group().split())
    return term


# --- passage links --------------------------------------------------------------------------

@dataclass(frozen=True)
class Passage:
    article: int
    """Index into the list of live articles."""
    paragraph: str
    text: str


def passages(live: Sequence[Article]) -> list[Passage]:
    return [Passage(i, p.id, p.text) for i, a in enumerate(live) for p in a.paragraphs
            if p.kind in PASSAGE_KINDS and len(p.text.split()) >= PASSAGE_MIN_WORDS]


def link_passages(articles: list[Article], ctx) -> list[Article]:
    live = [a for a in articles if a.duplicate_of is None]
    found_passages = passages(live)
    vectors = content_vectors([p.text for p in found_passages], lsa=False)
    if vectors is None or len({p.article for p in found_passages}) < 2:
        return articles
    settings = ctx.settings
    groups = np.array([p.article for p in found_passages])
    k = settings.passage_links_per_paragraph
    # Ask for more than k so that several paragraphs of one target article count once.
    found = nearest(len(found_passages), 3 * k, settings.passage_min_score, similarity_rows(vectors), groups)
    forward: dict[ArticleId, list[PassageLink]] = defaultdict(list)
    back: dict[ArticleId, list[PassageLink]] = defaultdict(list)
    for i, hits in enumerate(found):
        source = found_passages[i]
        targets: set[int] = set()
        for j, score in hits:
            target = found_passages[j]
            if target.article in targets or len(targets) == k:
                continue
            targets.add(target.article)
            terms = shared_terms(vectors, i, j, SHARED_TERMS_SHOWN, texts=(source.text, target.text))
            a, b = live[source.article], live[target.article]
            forward[a.id].append(PassageLink(source.paragraph, b.id, target.paragraph, score, terms, first_sentence(target.text)))
            back[b.id].append(PassageLink(target.paragraph, a.id, source.paragraph, score, terms, first_sentence(source.text)))
    return [_with_links(a, forward.get(a.id, []), back.get(a.id, [])) for a in articles]


def _with_links(article: Article, forward: list[PassageLink], back: list[PassageLink]) -> Article:
    if article.duplicate_of is not None:
        return article
    order = {p.id: n for n, p in enumerate(article.paragraphs)}

    def key(link: PassageLink):
        return (order.get(link.paragraph, 0), -link.score, link.target, link.target_paragraph)
    return replace(article, passage_links=tuple(sorted(forward, key=key)), backlinks=tuple(sorted(back, key=key)))
