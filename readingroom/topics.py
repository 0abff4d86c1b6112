"""Corpus stage: topic tags derived from content, added after the catalog's own topics.

Candidate tags are phrases of two or three words inside one clause ("grand bargain", "spheres
of influence", "world order") that no stop word begins or ends; a phrase is a candidate only
when several articles use it, and an article gets the few candidates most distinctive for it
(sublinear tf x idf). A tag that ends up on one article only is dropped: tags exist to group
pages. People's names are not tags (they have entity pages), nor are pieces of longer names
("Minister Ariel", "Berlin Film"). Tags are shown as the texts most often write them.
Deterministic: ties break alphabetically. Does not render the tags pages.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from . import duplicates
from .entities import tokens
from .helper import HELPER, Pending, Token, keep, kept, token_of
from .memo import Counts, Memo, count_matrix
from .model import Article, evolve
from .relate import REPORTING_WORDS, live_articles
from .stopwords import ENGLISH_STOP_WORDS, marked, stop_words_of, unmarked

TOPICS_PER_ARTICLE = 4
"""Derived tags per article, on top of catalog topics (a handful reads as a summary, more as noise)."""
TOPIC_MIN_ARTICLES = 2
"""A derived tag must end up on at least this many articles."""
SUBSUMED_SHARE = 0.8
"""A two-word phrase used this share of its times inside one three-word phrase is not a tag of its own."""
MIN_COHERENCE = 0.06
"""The texts that picked a derived tag must have this much in common (`_incoherent`), from
MAX_DF_MIN_DOCS texts up."""
TOPIC_PHRASE_MIN_COUNT = 2
TOPIC_SHARED_MIN_ARTICLES = 5
"""A phrase is a text's topic when the text uses it at least TOPIC_PHRASE_MIN_COUNT times, or
when at least TOPIC_SHARED_MIN_ARTICLES texts use it: a phrase two texts use once each is more
often a turn of phrase ("taking action", "make sure") than a subject."""
# Phrases in more than this share of articles are the collection's subject, not a topic
# (applied from MAX_DF_MIN_DOCS articles up; in a handful of articles every share is large).
MAX_DF = 0.2
MAX_DF_MIN_DOCS = 20
# Stop words for phrase edges: English plus words that make phrases about the text, not the topic.
# scikit-learn's list also holds content words that begin real topics ("interest rates",
# "computer games", "fire service"); they are taken back out.
CONTENT_WORDS = frozenset("interest computer fire system bill call side front back top bottom move full part "
                          "mill detail thick thin".split())
# Adverbs that scikit-learn's list lacks: a phrase they begin or end is a piece of a clause
# ("instead turn", "back slightly", "club early", "blown away": all seen among BBC tags).
EDGE_ADVERBS = frozenset("instead slightly early away really soon later likely despite including recently currently "
                         "probably possibly actually simply finally eventually apparently quickly".split())
EDGE_STOP_WORDS = (ENGLISH_STOP_WORDS - CONTENT_WORDS) | REPORTING_WORDS | EDGE_ADVERBS | frozenset(
    "said says told according just like year years new cent mr mrs ms did does".split())
# Verbs that pair with a noun into a phrase that is an event, not a topic ("move came",
# "division saw", "named best"; all seen among BBC tags before this list).
TOPIC_VERBS = frozenset("saw see sees came come comes coming went go goes going took take takes taken made makes "
                        "gave give gives given giving named got gets put puts set sets keep keeps kept saying".split())
# A phrasal verb's particle, or "ago", ends a clause ("hit back", "move forward", "fled weeks ago"), not a topic.
END_PARTICLES = frozenset("back forward ahead ago".split())
# Spans of time and amounts are how a text measures, not what it is about: a phrase of time
# words with a unit of time ("recent days", "weeks ago", "couple of months", "seven days"), or
# one that counts ("million people", "millions of people", "number seven", "world number"),
# is no topic (all seen among BBC tags). Names stay ("Million Dollar Baby", "Seven Days").
TIME_UNITS = frozenset("day days week weeks weekend weekends month months hour hours minute minutes decade decades".split())
TIME_WORDS = TIME_UNITS | frozenset("ago past recent coming previous earlier later following entire couple "
                                    "seven".split())  # (the other small numbers are stop words)
COUNTING_WORDS = frozenset("million millions billion billions thousand thousands hundreds tens dozen dozens couple number".split())
# ...and so does a phrase that ends in an amount or a superlative, the rest of its noun phrase
# cut off ("little bit", "nearly half", "vast majority", "wide variety", "second largest").
AMOUNT_WORDS = frozenset("number bit half majority amounts variety handful fraction proportion lot lots".split())
SUPERLATIVES = frozenset("largest biggest highest lowest greatest smallest latest oldest newest fastest strongest worst".split())
# Allowed inside a three-word phrase ("spheres of influence", "rule of law").
INNER_WORDS = frozenset({"of"})
# Clause boundaries: a phrase never spans punctuation.
_CLAUSE = re.compile(r"[.,;:!?()\[\]“”\"«»…]|\s[-–—]\s|—|–")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+[^\W\d_]\w*|[A-Z]\d+")


# Languages written without spaces between words: a run of letters there is a clause, not a word.
UNSPACED_LANGUAGES = frozenset("zh ja th lo km my".split())


def topic_text(article: Article) -> str:
    """The text `derive_topics` reads for an article: its body, marked with its language (`stopwords.marked`)."""
    return marked(article.body_text, article.language.value)


@functools.lru_cache(maxsize=64)
def edge_stop_words(code: str) -> frozenset[str]:
    """Words no phrase begins or ends with in a text of this language: the English ones (a text
    in any language quotes English names and terms) and the language's own ("für die", "über
    die", "каждый раз" are no topics)."""
    return EDGE_STOP_WORDS | stop_words_of(code)


def phrases(text: str) -> Iterator[tuple[str, str]]:
    """(key, surface) of each two- and three-word candidate phrase in the text (as `topic_text` gives it)."""
    language, text = unmarked(text)
    if language in UNSPACED_LANGUAGES:
        return
    stop = edge_stop_words(language)
    for clause in _CLAUSE.split(text):
        words = _WORD.findall(clause)
        keys = [w.casefold().replace("’", "'") for w in words]
        # Words that continue a run of capitalised words: a capitalised phrase next to one is a
        # piece of a longer name ("Minister Ariel" of "Prime Minister Ariel Sharon", "Berlin
        # Film" of "Berlin Film Festival"), not a topic. A capitalised stop word ("The", "Mr")
        # does not continue a name.
        named = [w[:1].isupper() and k not in stop for w, k in zip(words, keys)]
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                gram = keys[i:i + n]
                if gram[0] in stop or gram[-1] in stop:
                    continue
                if named[i] and named[i + n - 1] and ((i > 0 and named[i - 1]) or (i + n < len(words) and named[i + n])):
                    continue
                # A past tense at the end makes a clause ("ministers agreed"), not a topic.
                if any(k in TOPIC_VERBS for k in gram) or (gram[-1].endswith("ed") and words[i + n - 1].islower()):
                    continue
                if gram[-1] in END_PARTICLES or _measures(gram, words[i:i + n]):
                    continue
                if n == 3 and gram[1] in stop and gram[1] not in INNER_WORDS:
                    continue
                # One-letter words and contractions ("don't care") are never part of a topic.
                if any(len(k) < 2 or "'" in k for k in gram):
                    continue
                yield " ".join(gram), " ".join(words[i:i + n])


def _measures(gram: list[str], words: list[str]) -> bool:
    """A lower-case phrase that counts ("million people", "world number", "little bit",
    "second largest") or spans time ("weeks ago", "couple of months"); a name of such words
    stays ("Million Dollar Baby")."""
    if (gram[0] in COUNTING_WORDS and words[0].islower()) or (words[-1].islower() and (gram[-1] in AMOUNT_WORDS or gram[-1] in SUPERLATIVES)):
        return True
    return (not TIME_UNITS.isdisjoint(gram) and all(w.islower() for w in words)
            and all(k in TIME_WORDS or k in INNER_WORDS or k in ENGLISH_STOP_WORDS for k in gram))


PHRASES = "topics.phrases"
"""The memo's name for a text's candidate phrases (keys) and how it writes them."""


def analyse(text: str, memo: Memo) -> tuple[Counts, dict[str, dict[str, int]]]:
    """Phrase counts, and per phrase how often it is written other than as its key."""
    found = list(phrases(text))
    forms: dict[str, dict[str, int]] = {}
    for key, surface in found:
        if surface != key:
            written = forms.setdefault(key, {})
            written[surface] = written.get(surface, 0) + 1
    return memo.intern(PHRASES, (key for key, _ in found)), forms


TOPICS = "topics"
"""The name of the work `start_topics` runs ahead, in `CorpusContext.searches`."""


@dataclass(frozen=True)
class TopicsAhead(Pending):
    """`derive_topics` running in the helper, and the articles (ids, in order) it was given."""

    ids: tuple[str, ...] = ()


def start_topics_early(articles: list[Article], ctx) -> list[Article]:
    """`start_topics` before duplicates are marked, taking the articles that were duplicates in
    the last build of this process as duplicates again (`duplicates.LAST`): an edit seldom
    makes or unmakes a copy, and the helper starts 0.1 s sooner (on 2,225 articles). When the
    guess is wrong, `start_topics` starts it again with the right articles."""
    last = ctx.memo.carried.get(duplicates.LAST)
    if last is not None:
        _start(live_articles([a for a in articles if a.id not in last]), ctx)
    return articles


def start_topics(articles: list[Article], ctx) -> list[Article]:
    """Start `derive_topics` in the helper process (`helper.py`), on large collections with
    two workers, so that it runs on the second core while this one links passages;
    `assign_topics` then takes its result (the same as deriving them here). The helper keeps
    each text's phrases between builds, as the memo does here. Nothing starts when
    `start_topics_early` started it for the same articles."""
    _start(live_articles(articles), ctx)
    return articles


def _start(live: list[Article], ctx) -> None:
    settings = ctx.settings
    if settings.workers < 2 or len(live) < max(settings.parallel_threshold, TOPIC_MIN_ARTICLES):
        return
    ids = tuple(a.id for a in live)
    ahead = ctx.searches.get(TOPICS)
    if isinstance(ahead, TopicsAhead) and ahead.ids == ids:
        return
    ctx.searches[TOPICS] = TopicsAhead(HELPER.call(derive_topics_in_helper, token_of(ctx.memo, settings), [topic_text(a) for a in live],
                                                   _person_words(ctx)), ids)


def assign_topics(articles: list[Article], ctx) -> list[Article]:
    live = live_articles(articles)
    if len(live) < TOPIC_MIN_ARTICLES:
        return articles
    ahead = ctx.searches.pop(TOPICS, None)
    if isinstance(ahead, TopicsAhead) and ahead.ids == tuple(a.id for a in live):
        derived = ahead.result()
    else:
        derived = derive_topics([topic_text(a) for a in live], _person_words(ctx), ctx.memo)
    if derived is None:  # no phrase shared by two articles
        return articles
    by_id = {a.id: found for a, found in zip(live, derived)}
    return [evolve(a, topics=_merge(a.topics, by_id[a.id])) if a.id in by_id else a for a in articles]


def derive_topics(texts: Sequence[str], person_words: frozenset[str], memo: Memo) -> list[list[str]] | None:
    """The derived tags of each text (in order), or None when no phrase is shared by two texts.
    `person_words`: words of people's names in the entity catalog (`_names_of_people`)."""
    analysed = [memo.get(PHRASES, text, lambda: analyse(text, memo)) for text in texts]  # noqa: B023
    n = len(texts)
    try:
        counts, terms, _ = count_matrix(memo, PHRASES, [found for found, _ in analysed], min_df=TOPIC_MIN_ARTICLES,
                                     max_df=MAX_DF if n >= MAX_DF_MIN_DOCS else 1.0)
    except ValueError:
        return None
    shown = _shown(memo, texts, analysed, terms, counts)
    banned = (_names_of_people(terms, person_words) | {t for t in terms if not _one_shape(shown[t])}
              | _inside_longer(counts, terms))
    df = np.bincount(counts.indices, minlength=counts.shape[1])  # texts per phrase
    eligible = _eligible(counts, df)
    chosen = _picks(counts, df, terms, banned, eligible)
    if n >= MAX_DF_MIN_DOCS:  # (a handful of texts on one subject: every pair coheres)
        loose = _incoherent(counts, df, chosen)
        if loose:  # the texts that had them take their next phrases (not checked again: a tag's
            chosen = _picks(counts, df, terms, banned | loose, eligible)  # texts would change again)
    one = _plural_forms(Counter(t for picks in chosen for t in picks))
    chosen = [list(dict.fromkeys(one.get(t, t) for t in picks)) for picks in chosen]
    used = Counter(t for picks in chosen for t in picks)
    return [[shown[t] for t in picks if used[t] >= TOPIC_MIN_ARTICLES] for picks in chosen]


def _plural_forms(used: Counter[str]) -> dict[str, str]:
    """Tags that differ only in the number of their last word ("Academy Award" and "Academy
    Awards", "energy company" and "energy companies"): each to the one more texts picked (the
    singular on a tie), so that a reader finds the subject on one list. Only when both forms
    were picked, and a word alone only from five letters: a word that merely ends in s
    ("news", "series") is left alone."""
    one: dict[str, str] = {}
    for plural in used:
        head, _, last = plural.rpartition(" ")
        if len(last) <= (3 if head else 4) or not last.endswith("s") or last.endswith("ss"):
            continue
        stem = last[:-3] + "y" if last.endswith("ies") else last[:-1]
        singular = f"{head} {stem}" if head else stem
        if singular in used:
            kept = plural if used[plural] > used[singular] else singular
            one[plural if kept == singular else singular] = kept
    return one


def _inside_longer(counts, terms: np.ndarray) -> set[str]:
    """Two-word phrases that are nearly always part of one three-word phrase ("sports utility"
    and "utility vehicles" of "sports utility vehicles"): the longer one is the tag."""
    totals = dict(zip(terms.tolist(), np.asarray(counts.sum(axis=0)).ravel().tolist()))
    inside: set[str] = set()
    for term, total in totals.items():
        words = term.split()
        if len(words) == 3:
            for part in (" ".join(words[:2]), " ".join(words[1:])):
                if totals.get(part, 0) and total >= SUBSUMED_SHARE * totals[part]:
                    inside.add(part)
    return inside


def _eligible(counts, df: np.ndarray):
    """Which (text, phrase) entries may make a tag: the text uses the phrase at least
    TOPIC_PHRASE_MIN_COUNT times, or at least TOPIC_SHARED_MIN_ARTICLES texts use it (a
    quarter of them in a small collection); a bool per stored entry of `counts`."""
    shared = min(TOPIC_SHARED_MIN_ARTICLES, max(counts.shape[0] // 4, TOPIC_MIN_ARTICLES))
    return (counts.data >= TOPIC_PHRASE_MIN_COUNT) | (df[counts.indices] >= shared)


def _incoherent(counts, df: np.ndarray, chosen: list[list[str]]) -> set[str]:
    """Picked phrases whose texts have little else in common: "make sure", "vast majority"
    join texts that share nothing more, "interest rates" texts about rates.

    A tag's coherence is the mean cosine between the texts that picked it, each a vector of
    the candidate phrases it uses (sublinear tf x idf): with S the sum of the k unit vectors,
    (|S|^2 - k) / (k (k - 1)). On the BBC texts generic phrases score 0.02-0.06, subjects
    0.06-0.3."""
    n = counts.shape[0]
    weights = counts.astype(np.float64)
    weights.data = (1 + np.log(weights.data)) * np.log((1 + n) / (1 + df[weights.indices])) + 1
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    unit = sparse.diags(1 / np.where(norms > 0, norms, 1)) @ weights
    members: dict[str, list[int]] = {}
    for row, picks in enumerate(chosen):
        for term in picks:
            members.setdefault(term, []).append(row)
    names = [t for t, rows in members.items() if len(rows) >= TOPIC_MIN_ARTICLES]
    if not names:
        return set()
    k = np.array([len(members[t]) for t in names], dtype=np.float64)
    membership = sparse.csr_matrix((np.ones(int(k.sum())), (np.repeat(np.arange(len(names)), k.astype(int)),
                                                           np.concatenate([members[t] for t in names]))), shape=(len(names), n))
    sums = membership @ unit
    coherence = (np.asarray(sums.multiply(sums).sum(axis=1)).ravel() - k) / (k * (k - 1))
    return {t for t, c in zip(names, coherence.tolist()) if c < MIN_COHERENCE}


SHOWN = "topics.shown"
"""The memo's name (`Memo.carried`) for the last build's `Shown`."""


@dataclass
class Shown:
    """How the counted texts write each phrase, and the form each is shown in (`_display`)."""

    texts: Counter[bytes]
    """The counted texts, by digest."""
    variants: dict[str, dict[str, int]]
    """Per phrase, each way of writing it other than its key, and how often, summed over the texts."""
    forms: dict[str, str]
    """Per phrase worked out so far, its shown form; dropped when a text that uses it comes or goes."""


def _shown(memo: Memo, texts: Sequence[str], analysed: Sequence[tuple[Counts, dict]], terms: np.ndarray, counts,
           ) -> dict[str, str]:
    """Each kept phrase's shown form (`_display` of how the texts write it), patched from the last build's.

    A phrase's form depends only on how each text writes it, so when texts come and go (an
    edit: one goes, its new version comes) their variants are taken out of or added to the
    sums, and only the phrases those texts use are worked out again: on 2,071 BBC texts, a
    few hundred of 14,000 (0.15 s of the 0.27 s topics took after an edit). Everything is
    summed afresh when more than a quarter of the texts changed, or when a text that went is
    no longer in the memo."""
    digests = Counter(memo.digest(t) for t in texts)
    last: Shown | None = memo.carried.pop(SHOWN, None)  # taken: a failure below leaves nothing half patched
    state = last if last is not None and _patch(memo, last, digests, len(texts)) else None
    if state is None:
        variants: dict[str, dict[str, int]] = {}
        for _, found in analysed:
            _add(variants, found, 1)
        state = Shown(digests, variants, {})
    state.texts = digests
    totals = np.asarray(counts.sum(axis=0)).ravel().tolist()
    for term, total in zip(terms.tolist(), totals):
        if term not in state.forms:
            written = dict(state.variants.get(term, {}))
            rest = int(total) - sum(written.values())
            if rest > 0:
                written[term] = rest  # variants differ from the key
            state.forms[term] = _display(written)
    memo.carried[SHOWN] = state
    return state.forms


def _patch(memo: Memo, state: Shown, digests: Counter[bytes], n: int) -> bool:
    """Bring `state` to the texts `digests`; False when it is cheaper (or only possible) to start afresh."""
    gone, came = state.texts - digests, digests - state.texts
    if sum(gone.values()) + sum(came.values()) > n // 4:
        return False
    changes = [(memo.peek(PHRASES, digest), -times) for digest, times in gone.items()]
    changes += [(memo.peek(PHRASES, digest), times) for digest, times in came.items()]
    if any(found is None for found, _ in changes):
        return False
    names = memo.terms(PHRASES)
    for (found, forms), sign in changes:  # type: ignore[misc]
        _add(state.variants, forms, sign)
        for term in names[found.ids].tolist():
            state.forms.pop(term, None)
    return True


def _add(variants: dict[str, dict[str, int]], forms: dict[str, dict[str, int]], times: int) -> None:
    for key, written in forms.items():
        summed = variants.setdefault(key, {})
        for surface, count in written.items():
            total = summed.get(surface, 0) + times * count
            if total:
                summed[surface] = total
            else:
                del summed[surface]
        if not summed:
            del variants[key]


def derive_topics_in_helper(key: Token, texts: list[str], person_words: frozenset[str]) -> list[list[str]] | None:
    """`derive_topics` with the phrases the helper kept for the memo of this key (`helper.kept`)."""
    memo = kept(key)
    derived = derive_topics(texts, person_words, memo)
    keep(key, memo.for_next_build())  # the phrases of texts gone since are dropped
    return derived


def _person_words(ctx) -> frozenset[str]:
    catalog = getattr(ctx, "entities", None)
    return frozenset(t.key for e in (catalog.entities if catalog else ()) if e.kind == "person" for s in e.surfaces for t in tokens(s))


def _names_of_people(terms: Sequence[str], words: frozenset[str]) -> set[str]:
    """Phrases with a word of a person's name ("President Donald"): people have entity pages."""
    return {t for t in terms if words.intersection(t.split())} if words else set()


@functools.lru_cache(maxsize=1 << 17)  # asked of every phrase shared by two texts (14,000 on BBC) in every build
def _one_shape(phrase: str) -> bool:
    """All lower case ("interest rates") or all capitalised ("House of Lords"); a mix is a name
    caught with a verb ("accused Tony", "Alan Milburn denied"), not a topic."""
    words = [w for w in phrase.split() if w not in INNER_WORDS]
    return all(w[:1].islower() for w in words) or all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _picks(counts, df: np.ndarray, terms: np.ndarray, banned: set[str], eligible: np.ndarray) -> list[list[str]]:
    """Each row's most distinctive phrases (sublinear tf x idf, ties alphabetically), at most
    `TOPICS_PER_ARTICLE`, none inside another. Scored and ordered for all rows at once: columns
    are in alphabetical order (`count_matrix`), so a tie goes to the lower column."""
    n = counts.shape[0]
    allowed = ~np.isin(terms, np.array(sorted(banned), dtype=terms.dtype)) if banned else np.ones(len(terms), dtype=bool)
    row = np.repeat(np.arange(n), np.diff(counts.indptr))
    keep = allowed[counts.indices] & eligible
    row, col, tf = row[keep], counts.indices[keep], counts.data[keep]
    score = np.round(-(1 + np.log(tf)) * np.log((1 + n) / (1 + df[col])), 9)
    order = np.lexsort((col, score, row))
    row, col = row[order], col[order]
    starts = np.searchsorted(row, np.arange(n + 1))
    names = terms.tolist()
    picks: list[list[str]] = []
    for r in range(n):
        chosen: list[str] = []
        for c in col[starts[r]:starts[r + 1]].tolist():
            term = names[c]
            if any(term in p or p in term for p in chosen):
                continue
            chosen.append(term)
            if len(chosen) == TOPICS_PER_ARTICLE:
                break
        picks.append(chosen)
    return picks


def _display(written: dict[str, int]) -> str:
    """The form the texts use most, but not one in capitals when another is used ("LEGEND OF
    ZELDA" in a headline); on a tie the lower-case form (a capital may only start a sentence)."""
    if len(written) == 1:  # most phrases: no choice to make
        return next(iter(written))
    return min(written.items(), key=lambda kv: (kv[0].isupper(), -kv[1], kv[0].islower() is False, kv[0]))[0]


def _merge(existing: Sequence[str], derived: Sequence[str]) -> tuple[str, ...]:
    seen = {t.casefold() for t in existing}
    out = list(existing)
    for tag in derived:
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)
