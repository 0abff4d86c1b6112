"""Corpus stages: related pieces for each article, and passage-level "see also" links.

`link_related` ranks other articles by content similarity (scikit-learn TF-IDF, blended with
LSA on larger collections) and says why in words: shared people, shared themes (the terms that
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
# Terms in one text only cannot make two texts alike; dropping them halves the vocabulary and
# keeps scores readable on small collections (seeds: 0.32-0.56 instead of 0.05-0.10, right at
# `related_min_score`). The price: in a tiny collection two texts that share only terms in the
# same proportions score 1.0.
MIN_DF = 2
MIN_DF_MIN_DOCS = 3
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


def content_vectors(texts: Sequence[str], lsa: bool = True) -> Vectors | None:
    """TF-IDF (sublinear tf, unigrams and bigrams) and, for large collections, LSA vectors."""
    n = len(texts)
    vectorizer = TfidfVectorizer(sublinear_tf=True, preprocessor=_preprocess, ngram_range=(1, 2), min_df=MIN_DF if n >= MIN_DF_MIN_DOCS else 1,
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
    live = sorted((a for a in articles if a.duplicate_of is None), key=lambda a: a.id)  # ties break by id
    texts = [document_text(a) for a in live]
    vectors = content_vectors(texts)
    if vectors is None or len(live) < 2:
        return articles
    settings = ctx.settings
    found = nearest(len(live), settings.related_count, settings.related_min_score, similarity_rows(vectors))
    explain = Reasons(vectors, texts, ctx.entities)
    related = {a.id: tuple(Related(live[j].id, score, explain(a, live[j], i, j)) for j, score in found[i]) for i, a in enumerate(live)}
    return [replace(a, related=related[a.id]) if a.id in related else a for a in articles]


class Reasons:
    """Why two articles are related, in words: people, themes, other names, period, publisher."""

    def __init__(self, vectors: Vectors, texts: Sequence[str], catalog):
        self.vectors, self.texts, self.written = vectors, texts, Written()
        self.names = {e.id: e.name for e in catalog.entities}
        self.kinds = {e.id: e.kind for e in catalog.entities}
        self.words = {e.id: _name_words(e.surfaces) for e in catalog.entities}

    def __call__(self, a: Article, b: Article, i: int, j: int) -> tuple[str, ...]:
        out = []
        shared = _shared_entities(a, b)
        people = [self.names[e] for e in shared if self.kinds.get(e) == "person"]
        if people:
            out.append(_listing(f"shares {len(people)} {'person' if len(people) == 1 else 'people'}", people, PEOPLE_SHOWN))
        skip = frozenset().union(*(self.words.get(e, frozenset()) for e in shared))
        # Topic tags both carry read best (they are phrases chosen to be shown); terms fill up.
        tags = [t for t in a.topics if t in b.topics and not skip.intersection(re.findall(r"\w+", _preprocess(t)))][:THEMES_SHOWN]
        skip |= {w for t in tags for w in re.findall(r"\w+", _preprocess(t))}
        themes = tags + list(shared_terms(self.vectors, i, j, THEMES_SHOWN - len(tags), skip, (self.texts[i], self.texts[j]), self.written))
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


def _name_words(surfaces: Sequence[str]) -> frozenset[str]:
    """Words of an entity's names, which "shared themes" leaves to the people/mentions reasons."""
    return frozenset(w for s in surfaces for w in re.findall(r"\w+", _preprocess(s)) if len(w) > 2)


def _shared_entities(a: Article, b: Article) -> list[str]:
    """Entities mentioned in both, most mentioned first, then in the order `a` names them."""
    ca, cb = Counter(m.entity for m in a.mentions), Counter(m.entity for m in b.mentions)
    first = {e: n for n, e in reversed(list(enumerate(m.entity for m in a.mentions)))}
    return sorted(set(ca) & set(cb), key=lambda e: (-(ca[e] + cb[e]), first[e]))


def _listing(label: str, items: list[str], shown: int) -> str:
    more = f" and {len(items) - shown} more" if len(items) > shown else ""
    return f"{label}: {', '.join(items[:shown])}{more}"


def same_period(a: str | None, b: str | None) -> str | None:
    if not a or not b or len(a) < 7 or len(b) < 7 or a[:7] != b[:7]:
        return None
    return f"same period: {MONTH_NAMES[int(a[5:7]) - 1]} {a[:4]}"


def shared_terms(vectors: Vectors, i: int, j: int, shown: int,
                 skip: frozenset[str] = frozenset(), texts: Sequence[str] = (), written: Written | None = None) -> tuple[str, ...]:
    """The terms contributing most to the similarity of rows i and j, as written in the texts."""
    written = written or Written()
    x = vectors.tfidf
    a, b = slice(x.indptr[i], x.indptr[i + 1]), slice(x.indptr[j], x.indptr[j + 1])
    cols, ia, ib = np.intersect1d(x.indices[a], x.indices[b], assume_unique=True, return_indices=True)
    # Weighted once more by idf, so that rarer shared terms ("grand bargain") beat words every
    # text uses ("world"), and bigrams by their length: they read better as themes.
    weight = x.data[a][ia] * x.data[b][ib] * vectors.idf[cols] * np.where(vectors.phrase[cols], BIGRAM_BOOST, 1.0)
    # Feature columns are in alphabetical order, so sorting by column breaks ties by term.
    order = np.lexsort((cols, -np.round(weight, 6)))
    chosen: list[str] = []
    shown_as: list[str] = []
    for col in cols[order] if shown > 0 else ():
        term = str(vectors.terms[col])
        words = term.split()
        if any(w in skip or any(w.startswith(s) for s in skip) for w in words) or any(set(words) & set(c.split()) for c in chosen):
            continue
        as_written = written.find(term, texts)
        if as_written is None:
            continue
        chosen.append(term)
        shown_as.append(as_written)
        if len(chosen) == shown:
            break
    return tuple(shown_as)


class Written:
    """Finds how a text writes a term ('spheres influence' -> 'spheres of influence').

    A regular expression per term was the slowest part of `link_related` on BBC (compiling
    8,000 patterns); this searches the lower-cased text with `str.find` and follows the words.
    """

    def __init__(self):
        self._lower: dict[str, str] = {}

    def find(self, term: str, texts: Sequence[str]) -> str | None:
        """The first lower-case occurrence (a capital may only start a sentence), else the first.

        None when the texts never write the term's words next to each other."""
        words = term.split()
        first = None
        for text in texts:
            low = self._lower.setdefault(text, text.lower())
            at = low.find(words[0])
            while at >= 0:
                end = _follow(low, at, words)
                if end is not None:
                    found = " ".join(text[at:end].split())
                    if not found[:1].isupper():
                        return found
                    first = first or found
                at = low.find(words[0], at + 1)
        return first


# The words of a displayed term are separated by spaces or hyphens only (a possessive may end
# a word): scikit-learn's bigrams also span punctuation and dropped stop words ("slogan would
# be "Britain", "banks in the United"), which read as nonsense.
_NEXT_WORD = re.compile(r"(?:['’]s)?[ \t\n\-\u2010\u2011\u2013\u2014]+(\w+)")
# Stop words that may sit inside a displayed term: "spheres of influence", "Bank of England".
INNER_WORDS = frozenset({"of"})


def _follow(low: str, at: int, words: list[str]) -> int | None:
    """End of `words` starting at `at`, with at most one "of" between two of them."""
    if at > 0 and low[at - 1].isalnum():
        return None
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
            if p.kind in PASSAGE_KINDS and len(p.text.split()) >= PASSAGE_MIN_WORDS]


def link_passages(articles: list[Article], ctx) -> list[Article]:
    live = sorted((a for a in articles if a.duplicate_of is None), key=lambda a: a.id)  # ties break by id
    found_passages = passages(live)
    vectors = content_vectors([p.text for p in found_passages], lsa=False)
    if vectors is None or len({p.article for p in found_passages}) < 2:
        return articles
    settings = ctx.settings
    groups = np.array([p.article for p in found_passages])
    k = settings.passage_links_per_paragraph
    # Ask for more than k so that several paragraphs of one target article count once.
    found = nearest(len(found_passages), 3 * k, settings.passage_min_score, similarity_rows(vectors), groups)
    written = Written()
    forward: dict[ArticleId, list[PassageLink]] = defaultdict(list)
    back: dict[ArticleId, list[PassageLink]] = defaultdict(list)
    for i, hits in enumerate(found):
        source = found_passages[i]
        targets: set[int] = set()
        for j, score in hits:
            target = found_passages[j]
            if target.article in targets or len(targets) == k or _shared_count(vectors.tfidf, i, j) < PASSAGE_MIN_SHARED_TERMS:
                continue
            targets.add(target.article)
            terms = shared_terms(vectors, i, j, SHARED_TERMS_SHOWN, texts=(source.text, target.text), written=written)
            a, b = live[source.article], live[target.article]
            forward[a.id].append(PassageLink(source.paragraph, b.id, target.paragraph, score, terms, first_sentence(target.text)))
            back[b.id].append(PassageLink(target.paragraph, a.id, source.paragraph, score, terms, first_sentence(source.text)))
    return [_with_links(a, forward.get(a.id, []), back.get(a.id, [])) for a in articles]


def _shared_count(x: sparse.csr_matrix, i: int, j: int) -> int:
    return len(np.intersect1d(x.indices[x.indptr[i]:x.indptr[i + 1]], x.indices[x.indptr[j]:x.indptr[j + 1]], assume_unique=True))


def _with_links(article: Article, forward: list[PassageLink], back: list[PassageLink]) -> Article:
    if article.duplicate_of is not None:
        return article
    order = {p.id: n for n, p in enumerate(article.paragraphs)}

    def key(link: PassageLink):
        return (order.get(link.paragraph, 0), -link.score, link.target, link.target_paragraph)
    return replace(article, passage_links=tuple(sorted(forward, key=key)), backlinks=tuple(sorted(back, key=key)))
