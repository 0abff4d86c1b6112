"""Related pieces and passage links on tiny corpora, determinism, and the seeds."""
from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from readingroom import relate
from readingroom.memo import Memo
from readingroom.model import evolve
from readingroom.settings import Settings
from corpora import make_article, run, seeds

CATALOG = """
people:
  - name: Vladimir Putin
    aliases: [Putin]
  - name: Donald Trump
    aliases: [Trump]
  - name: Henry Kissinger
    aliases: [Kissinger]
places:
  - Ukraine
"""

ELECTION = ("Putin and Trump discussed a grand bargain over Ukraine, a plan Henry Kissinger once favoured. "
            "The grand bargain would divide spheres of influence between Moscow and Washington.")
FOOTBALL = ("The striker scored twice as the home side won the league match. The goalkeeper saved a penalty "
            "and the manager praised the defence after the league match.")


def corpus():
    return [
        make_article("e1", [ELECTION, "Negotiations on the grand bargain continued in November."], date="2016-11-06", publisher="Pub"),
        make_article("e2", ["Kissinger argued that Putin and Trump could agree a grand bargain on spheres of influence in Ukraine.",
                            "Critics said the grand bargain would betray Ukraine."], date="2016-11-20", publisher="Pub"),
        make_article("f1", [FOOTBALL], date="2016-11-07"),
        make_article("f2", ["The manager said the striker scored the winner in the league match, "
                            "and the goalkeeper kept a clean sheet in the league match."], date="2017-01-02"),
    ]


def by_id(articles):
    return {a.id: a for a in articles}


def test_related_ranks_by_content_and_says_why() -> None:
    done = by_id(run(corpus(), CATALOG))
    first = done["e1"].related[0]
    assert first.id == "e2"
    assert first.because[0] == "shares 3 people: Vladimir Putin, Donald Trump, Henry Kissinger"
    assert any(r.startswith("shared themes: ") and "grand bargain" in r for r in first.because)
    assert "both mention: Ukraine" in first.because
    assert "same period: November 2016" in first.because
    assert first.because[-1] == "same publisher: Pub"
    assert done["f1"].related[0].id == "f2"
    assert all(0 < r.score <= 1 and round(r.score, 4) == r.score for a in done.values() for r in a.related)


def test_shared_topic_tags_lead_the_themes() -> None:
    articles = [make_article(a.id, [p.text for p in a.paragraphs], catalog_topics=("Diplomacy",) if a.id.startswith("e") else ())
                for a in corpus()]
    done = by_id(run(articles, CATALOG))
    themes = next(r for r in done["e1"].related[0].because if r.startswith("shared themes: "))
    assert themes.startswith("shared themes: Diplomacy, ")


def test_related_respects_count_and_minimum_score() -> None:
    done = by_id(run(corpus(), CATALOG, Settings(related_count=1, related_min_score=0.2)))
    assert [len(a.related) for a in done.values()] == [1, 1, 1, 1]
    strict = by_id(run(corpus(), CATALOG, Settings(related_min_score=0.5)))
    assert all(r.id in ("e1", "e2") if a.id.startswith("e") else r.id in ("f1", "f2") for a in strict.values() for r in a.related)
    assert all(r.score >= 0.5 for a in strict.values() for r in a.related)


def test_a_piece_without_a_reason_in_words_is_not_listed(monkeypatch) -> None:
    """Every related piece says why; one the build cannot explain (no shared person, theme,
    name, period or publisher: seen between a Portuguese and an English page) is left out."""
    explain = relate.Reasons._explain
    monkeypatch.setattr(relate.Reasons, "_explain", lambda self, a, b, *rest: () if {a.id, b.id} == {"e1", "f1"}
                        else explain(self, a, b, *rest))
    done = by_id(run(corpus(), CATALOG, Settings(related_min_score=0.0)))
    assert "f1" not in {r.id for r in done["e1"].related} and "e1" not in {r.id for r in done["f1"].related}
    assert done["e1"].related and all(r.because for a in done.values() for r in a.related)


def test_duplicates_are_neither_linked_nor_given_links() -> None:
    articles = corpus() + [make_article("e3", [ELECTION, "Negotiations on the grand bargain continued in November."],
                                        duplicate_of="e1")]
    done = by_id(run(articles, CATALOG, stages=(relate.link_related, relate.link_passages)))
    assert done["e3"].related == () and done["e3"].passage_links == () and done["e3"].backlinks == ()
    assert all(r.id != "e3" for a in done.values() for r in a.related)
    assert all(link.target != "e3" for a in done.values() for link in a.passage_links + a.backlinks)


def test_passage_links_go_both_ways_with_shared_terms_and_context() -> None:
    done = by_id(run(corpus(), CATALOG, Settings(passage_min_score=0.2)))
    link = next(link for link in done["f1"].passage_links if link.target == "f2")
    assert link.paragraph == done["f1"].paragraphs[0].id
    assert link.target_paragraph == done["f2"].paragraphs[0].id
    assert "league match" in link.shared_terms
    back = next(b for b in done["f2"].backlinks if b.target == "f1")
    assert (back.paragraph, back.target_paragraph, back.score) == (link.target_paragraph, link.paragraph, link.score)
    assert back.context == "The striker scored twice as the home side won the league match."
    assert all(link.target != a.id for a in done.values() for link in a.passage_links)


def test_passage_links_respect_the_limit_per_paragraph() -> None:
    done = run(corpus(), CATALOG, Settings(passage_min_score=0.01, passage_links_per_paragraph=1))
    for article in done:
        per_paragraph = [link.paragraph for link in article.passage_links]
        assert len(per_paragraph) == len(set(per_paragraph))


def test_output_is_deterministic_whatever_the_input_order() -> None:
    once = run(corpus(), CATALOG, Settings(passage_min_score=0.1))
    again = run(list(reversed(corpus())), CATALOG, Settings(passage_min_score=0.1))
    assert once == again


def test_chunked_top_k_equals_the_full_matrix(monkeypatch) -> None:
    rng = np.random.default_rng(0)
    matrix = rng.random((23, 23))
    full = relate.nearest(23, 3, 0.2, lambda lo, hi: matrix[lo:hi])
    monkeypatch.setattr(relate, "CHUNK_CELLS", 50)  # two rows per chunk
    assert relate.nearest(23, 3, 0.2, lambda lo, hi: matrix[lo:hi]) == full
    assert all(len(row) == 3 and all(j != i for j, _ in row) for i, row in enumerate(full))


@pytest.mark.parametrize("kind", ["dense", "sparse"])
def test_threads_find_what_one_thread_finds(monkeypatch, kind) -> None:
    rng = np.random.default_rng(1)
    matrix = rng.random((41, 41)) * (rng.random((41, 41)) < 0.3)
    block = (lambda lo, hi: matrix[lo:hi]) if kind == "dense" else (lambda lo, hi: sparse.csr_matrix(matrix[lo:hi]))
    groups = np.arange(41) // 3
    monkeypatch.setattr(relate, "CHUNK_CELLS", 120)  # 2 rows per block: 21 blocks over 2 threads
    one = relate.nearest(41, 4, 0.3, block, groups, workers=1)
    assert any(one) and relate.nearest(41, 4, 0.3, block, groups, workers=2) == one


def _brute_force_pairs(x, min_score: float, groups: np.ndarray) -> set[tuple[int, int, float]]:
    full = np.round((x @ x.T).toarray(), relate.SCORE_DECIMALS)
    return {(i, j, full[i, j]) for i, j in zip(*np.nonzero(full >= min_score)) if groups[i] != groups[j]}


@pytest.mark.parametrize("share", [0.0, 0.3, 0.6, 0.95])
def test_prefix_filtering_finds_every_pair_above_the_threshold(monkeypatch, share) -> None:
    """Zipf-like columns, as in text: a few terms in most rows, most in a few. Whatever the
    prefix share, block size or threads, the pairs are those of the full product."""
    rng = np.random.default_rng(7)
    n, width = 300, 400
    weights = 1.0 / np.arange(1, width + 1)
    rows = [rng.choice(width, size=rng.integers(1, 25), replace=False, p=weights / weights.sum()) for _ in range(n)]
    counts = sparse.csr_matrix((rng.integers(1, 4, sum(map(len, rows))).astype(float),
                                (np.repeat(np.arange(n), [len(r) for r in rows]), np.concatenate(rows))), shape=(n, width))
    from readingroom.memo import tfidf
    x, _ = tfidf(counts)
    groups = np.arange(n) // 4
    monkeypatch.setattr(relate, "PREFIX_SHARE", share)
    for min_score, cells, workers in ((0.35, 4_000_000, 1), (0.2, 3_000, 2), (0.6, 1_000, 1)):
        monkeypatch.setattr(relate, "CHUNK_CELLS", cells)
        row, col, score = relate.pairs_above(x, min_score, groups, workers)
        found = {(i, j, s) for i, j, s in zip(row.tolist(), col.tolist(), score.tolist()) if s >= min_score}
        expected = _brute_force_pairs(x, min_score, groups)
        assert found == expected and len(expected) > 20


def test_rows_without_terms_at_the_end_do_not_break_the_search() -> None:
    """A passage with no term (a Chinese one among Arabic ones before character pairs counted)
    is an empty last row: its prefix bound is 0, not an index past the matrix's entries."""
    x = sparse.csr_matrix(np.array([[0.6, 0.8, 0.0], [0.6, 0.8, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]))
    row, col, score = relate.pairs_above(x, 0.35, np.arange(4))
    assert sorted(zip(row.tolist(), col.tolist())) == [(0, 1), (1, 0)]


def test_prefix_filtering_on_real_passages() -> None:
    articles, _, _ = seeds()
    passages = relate.passages(articles)
    vectors = relate.content_vectors([p.text for p in passages], lsa=False)
    groups = relate._groups(passages)
    for min_score in (0.1, 0.25):  # the seeds share no passage at the default 0.35
        row, col, score = relate.pairs_above(vectors.tfidf, min_score, groups)
        found = {(i, j, s) for i, j, s in zip(row.tolist(), col.tolist(), score.tolist()) if s >= min_score}
        assert found == _brute_force_pairs(vectors.tfidf, min_score, groups) and found


def _seed_passage_texts() -> tuple[list[str], np.ndarray]:
    articles, _, _ = seeds()
    passages = relate.passages(articles)
    return [p.text for p in passages], relate._groups(passages)


def _patch_only(monkeypatch) -> None:
    def full_search(*args, **kwargs):
        raise AssertionError("searched everything again")
    monkeypatch.setattr(relate, "_pairs_once", full_search)


@pytest.mark.parametrize("min_score", [0.1, 0.25])
def test_pairs_carried_from_the_last_build_are_those_of_a_full_search(monkeypatch, min_score) -> None:
    """Edits of the kinds an author makes (punctuation, a word that is rare or common in the
    collection, a paragraph moved to another article's group), each searched from the last
    build's pairs, give the pairs of a search from scratch, bit for bit."""
    from readingroom.memo import Memo
    texts, groups = _seed_passage_texts()
    memo = Memo()

    def search(texts: list[str], groups: np.ndarray, last):
        vectors = relate.content_vectors(texts, lsa=False, memo=memo)
        return vectors, relate.pairs_above_since(vectors.tfidf, vectors.ids, min_score, groups, last)
    vectors, last = search(texts, groups, None)
    df = np.bincount(vectors.tfidf.indices, minlength=len(vectors.terms))
    unigrams = [c for c in np.argsort(df, kind="stable").tolist() if " " not in vectors.terms[c]]
    rare = next(vectors.terms[c] for c in unigrams if c not in vectors.tfidf[5].indices)  # in two passages, not the sixth
    common = next(vectors.terms[c] for c in reversed(unigrams) if c not in vectors.tfidf[7].indices and df[c] < len(texts) / 8)
    edits = [  # (edit, rows it changes: none, one, several)
        (lambda t, g: (t[:3] + [t[3].replace(".", "!", 1)] + t[4:], g), range(0, 1)),
        (lambda t, g: (t[:5] + [t[5] + " A zeppelin."] + t[6:], g), range(0, 1)),  # a word in no other passage
        (lambda t, g: (t[:5] + [t[5] + f" Then {rare}."] + t[6:], g), range(3, 4)),
        (lambda t, g: (t[:7] + [t[7] + f" The {common} again."] + t[8:], g), range(2, len(texts) // 4)),
        (lambda t, g: (t, np.where(np.arange(len(g)) == 9, g[0] if g[9] != g[0] else g[-1], g)), range(1, 2)),
    ]
    for edit, changes in edits:
        texts, groups = edit(texts, groups)
        expected = relate._pairs_once(relate.content_vectors(texts, lsa=False).tfidf, min_score, groups)
        with monkeypatch.context() as patched:
            _patch_only(patched)
            vectors, found = search(texts, groups, last)
        assert found.rows.changed(last.rows).sum() in changes
        for got, want in zip((found.a, found.b, found.score), expected):
            assert got.tolist() == want.tolist()
        assert len(found.a) > 3
        last = found


def test_pairs_are_searched_again_when_rows_are_added_or_many_changed() -> None:
    from readingroom.memo import Memo
    texts, groups = _seed_passage_texts()
    memo = Memo()
    vectors = relate.content_vectors(texts, lsa=False, memo=memo)
    last = relate.pairs_above_since(vectors.tfidf, vectors.ids, 0.1, groups, None)
    for texts, groups in ((texts + ["A new paragraph about Putin and Trump and Ukraine talks."], np.append(groups, groups[-1])),
                          ([t + " Also Ukraine." for t in texts], groups)):
        vectors = relate.content_vectors(texts, lsa=False, memo=memo)
        found = relate.pairs_above_since(vectors.tfidf, vectors.ids, 0.1, groups, last)
        expected = relate._pairs_once(vectors.tfidf, 0.1, groups)
        assert [v.tolist() for v in (found.a, found.b, found.score)] == [v.tolist() for v in expected]


def test_cosines_patched_from_the_last_build_equal_the_products(monkeypatch) -> None:
    """`with_gram` (kept and patched where rows changed) gives the blended similarities that
    sparse products give, bit for bit, after edits that change one row, several, or none."""
    from readingroom.memo import Memo
    monkeypatch.setattr(relate, "LSA_MIN_DOCS", 20)
    texts, _ = _seed_passage_texts()
    memo = Memo()
    edits = [lambda t: t, lambda t: t[:4] + [t[4] + " Sanctions again."] + t[5:],
             lambda t: t[:9] + [t[9].replace(" the ", " the Kremlin ", 1)] + t[10:]]
    for edit in edits:
        texts = edit(texts)
        vectors = relate.content_vectors(texts, lsa=False, memo=memo)
        patched = relate.with_lsa(relate.with_gram(vectors, memo))
        assert patched.gram is not None
        fresh = relate.with_lsa(relate.content_vectors(texts, lsa=False))
        n = len(texts)
        assert np.array_equal(relate.similarity_rows(patched)(0, n), relate.similarity_rows(fresh)(0, n))
        assert relate._related_nearest(patched, Settings(), 1) == relate._related_nearest(fresh, Settings(), 1)


def test_the_search_run_ahead_gives_what_the_stage_finds_itself_and_is_not_left_running(monkeypatch) -> None:
    """`start_searches` runs the related search in the helper process (collections from
    `parallel_threshold` on, two workers); `link_related` takes the same result it would
    compute. A stage that fails after the start leaves no search running."""
    from readingroom.pipeline import CorpusContext, run_corpus
    articles = list(corpus())
    ahead = run(articles, CATALOG, Settings(parallel_threshold=2))
    alone = run(articles, CATALOG, Settings(workers=1))
    assert ahead == alone and any(a.related for a in ahead)
    started = []
    real_start = relate.start_searches

    def start(articles, ctx):
        out = real_start(articles, ctx)
        started.extend(ctx.searches.values())
        return out

    def fails(articles, ctx):
        raise RuntimeError("a stage failed")
    from readingroom import pipeline
    replaced = {real_start: start, relate.link_passages: fails}
    monkeypatch.setattr(pipeline, "CORPUS_STAGES", tuple(replaced.get(s, s) for s in pipeline.CORPUS_STAGES))
    with pytest.raises(RuntimeError):
        run_corpus(articles, CorpusContext(settings=Settings(parallel_threshold=2)))
    assert started and all(search.future.done() for search in started)


def test_terms_are_shown_as_written() -> None:
    written = relate.Written()
    assert written.find("spheres influence", ["Talk of Spheres. The spheres of influence."]) == "spheres of influence"
    assert written.find("grand bargain", ["Grand bargain at first, then a grand bargain."]) == "grand bargain"
    assert written.find("g8", ["back to the G8 again"]) == "G8"


def test_every_seed_has_a_first_related_piece_with_reasons() -> None:
    built, _, _ = seeds()
    assert len(built) == 5
    for article in built:
        assert article.related, article.id
        first = article.related[0]
        assert first.because and all(first.because), article.id
        assert first.because[0].startswith("shares ")


def _first_pair():
    """(the related corpus's articles by id, their texts, TF-IDF vectors, the catalog, the
    first two articles' common terms ranked)."""
    from readingroom.entities import parse_entities
    done = run(corpus(), CATALOG, stages=(relate.link_related,))
    live = sorted(done, key=lambda a: a.id)
    texts = [relate.document_text(a) for a in live]
    vectors = relate.content_vectors(texts, lsa=False)
    return live, texts, vectors, parse_entities(CATALOG), relate.ranked_common_terms(vectors, [(0, 1)])[0]


def test_reasons_from_the_memo_hold_only_while_the_terms_they_looked_at_rank_the_same() -> None:
    """Reasons are kept per pair with the ranked terms their themes examined; a rebuild reuses
    them only when those terms come first again, so they are what a fresh explanation gives."""
    live, texts, vectors, catalog, ranked = _first_pair()
    memo = Memo()
    assert len(ranked) > 3

    def fresh(order):
        return relate.Reasons(vectors, texts, catalog)(live[0], live[1], 0, 1, order)
    first = relate.Reasons(vectors, texts, catalog, memo)(live[0], live[1], 0, 1, ranked)
    assert first == fresh(ranked)
    again = Memo(memo.used, memo.vocabularies)  # the next build's memo
    explain = relate.Reasons(vectors, texts, catalog, again)
    assert explain(live[0], live[1], 0, 1, ranked) == first and again.hits == 1
    for order in (ranked[::-1], ranked[1:], ranked[:1]):
        assert explain(live[0], live[1], 0, 1, order) == fresh(order)


def test_reasons_follow_what_changed_in_the_articles_between_builds() -> None:
    """A long-lived process keeps each article's signature with what it was made of
    (`relate.SIGNATURES`); when two articles gain a topic both carry, the next build's reasons
    name it, as a fresh explanation does."""
    live, texts, vectors, catalog, ranked = _first_pair()
    memo = Memo()
    first = relate.Reasons(vectors, texts, catalog, memo)(live[0], live[1], 0, 1, ranked)
    assert not any("zeppelin races" in reason for reason in first)
    tagged = [evolve(a, topics=("zeppelin races", *a.topics)) for a in live[:2]]
    later = relate.Reasons(vectors, texts, catalog, memo.for_next_build())(tagged[0], tagged[1], 0, 1, ranked)
    assert later == relate.Reasons(vectors, texts, catalog)(tagged[0], tagged[1], 0, 1, ranked)
    assert any("zeppelin races" in reason for reason in later)


def test_ranked_terms_from_the_last_build_are_those_a_fresh_ranking_gives() -> None:
    """`ranked_common_terms_since` reuses a pair's ranked terms only while both its rows and
    their terms' idf stay the same; after edits that move a common word's idf, add a rare word,
    or add a text, every pair ranks as `ranked_common_terms` ranks it."""
    from readingroom.memo import Memo
    texts = [relate.document_text(a) for a in sorted(corpus(), key=lambda a: a.id)]
    memo = Memo()
    first = relate.content_vectors(texts, lsa=False)
    last_shared = first.term(relate.ranked_common_terms(first, [(2, 3)])[0][-1])[0]  # pair (2, 3)'s last term ranked

    def promote(t: list[str]) -> list[str]:  # ... made its first by repeating it in text 2
        return t[:2] + [t[2] + (" " + last_shared + ".") * 30] + t[3:]
    edits = [lambda t: t, promote, lambda t: t[:1] + [t[1] + " A zeppelin."] + t[2:],
             lambda t: t + ["The Kremlin and sanctions, a new text."]]
    reused = 0
    for edit in edits:
        texts = edit(texts)
        vectors = relate.content_vectors(texts, lsa=False, memo=memo)
        n = len(texts)
        pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
        last = memo.carried.get(relate.RANKED)
        got = relate.ranked_common_terms_since(vectors, pairs, memo)
        expected = relate.ranked_common_terms(vectors, pairs)
        assert len(got) == len(expected) and all(np.array_equal(g, e) for g, e in zip(got, expected))
        if last is not None and len(last.keys) == len(pairs):
            changed = relate.Rows(*[getattr(memo.carried[relate.RANKED].rows, f) for f in ("indptr", "ids", "data", "groups")]
                                  ).changed(last.rows)
            reused += sum(1 for i, j in pairs if not changed[i] and not changed[j])
    assert reused  # the rare word changed one row only: pairs of the others were looked up


def test_passage_links_equal_to_the_last_builds_are_the_same_objects() -> None:
    """`_with_links` keeps the last build's tuples when the links are equal, so that page keys
    and corpus.json entries see the same objects; different links replace them."""
    a, b = run([make_article("a", ["Shared words about the treaty and the summit in Helsinki were spoken."]),
                make_article("b", ["Other words."])])
    link = relate.PassageLink(a.paragraphs[0].id, "b", b.paragraphs[0].id, 0.5, ("treaty",), "Other words.")
    last = relate._with_links(a, [link], [])
    again = relate._with_links(a, [relate.PassageLink(*[getattr(link, f) for f in link.__dataclass_fields__])], [],
                               (last.passage_links, last.backlinks))
    assert again.passage_links is last.passage_links and again.backlinks is last.backlinks
    moved = relate._with_links(a, [evolve(link, score=0.6)], [], (last.passage_links, last.backlinks))
    assert moved.passage_links is not last.passage_links and moved.passage_links[0].score == 0.6


def test_chinese_articles_are_related_by_what_they_say() -> None:
    """Chinese has no spaces between words: a clause is one token to a word pattern, and two
    articles on one subject share none. Its terms are pairs of neighbouring characters."""
    parks = ["市园林局宣布，城区公园将在周末延长开放时间，方便市民夜间散步。", "公园夜间开放期间将增加照明设施和安保人员。"]
    parks_again = ["多座城区公园试行夜间开放，市民可以在周末晚上散步。", "园林局表示将根据试行效果决定是否推广夜间开放。"]
    trains = ["铁路部门宣布，新的高速列车线路下月通车，两地之间的旅行时间将缩短一半。", "列车票价将在通车前公布。"]
    trains_again = ["高速列车新线路通车后，铁路部门将增加周末班次。", "旅客可以提前一个月购买列车车票。"]
    done = by_id(run([make_article("p1", parks), make_article("p2", parks_again),
                      make_article("t1", trains), make_article("t2", trains_again)]))
    assert done["p1"].related[0].id == "p2" and done["t1"].related[0].id == "t2"
    assert any("公园" in r or "夜间" in r or "开放" in r for r in done["p1"].related[0].because)


def test_a_theme_is_never_part_of_a_word() -> None:
    """'Gara' of "O'Gara" and '000m' of '£1,000m' are not shown as shared themes."""
    written = relate.Written()
    assert written.find("gara", ["Ronan O'Gara kicked the winner for Ireland."]) is None
    assert written.find("000m", ["The deal is worth £1,000m over ten years."]) is None
    assert written.find("gara", ["The Gara family ran the club."]) == "Gara"


def test_a_back_link_quotes_the_sentence_the_passages_share() -> None:
    """Not the linking paragraph's first sentence: the one that says what the two share."""
    from readingroom.memo import Memo
    text = ("Mr Clarke said the UK would welcome genuine economic migrants for key jobs. Lib Dem leader Charles "
            "Kennedy visits Manchester, Liverpool and Leicester this week to prepare for the election.")
    other = "Charles Kennedy will tour Manchester, Liverpool and Leicester as the Lib Dems prepare for the election."
    assert relate._sentence_sharing(text, other, Memo()).startswith("Lib Dem leader Charles Kennedy visits")
    assert relate._sentence_sharing("One sentence only here.", other, Memo()) == "One sentence only here."


def test_three_versions_of_a_story_share_one_group() -> None:
    """a~c and b~c: all three are one story, whatever the order of their ids."""
    from corpora import make_article
    from readingroom.model import evolve
    a, b, c, d = (make_article(x, ["Text."]) for x in "abcd")
    arts = [evolve(a, versions=(("c", 0.7),)), evolve(b, versions=(("c", 0.8),)),
            evolve(c, versions=(("a", 0.7), ("b", 0.8))), d]
    found = [relate.Passage(k, "p", "text") for k in range(4)]
    assert relate._groups(found, arts).tolist() == [0, 0, 0, 3]


def test_a_second_version_of_a_listed_story_is_not_listed_again() -> None:
    from readingroom.model import Related
    related = (Related("b", 0.9, ()), Related("b2", 0.8, ()), Related("c", 0.5, ()))
    assert [r.id for r in relate._one_version_each(related, {"b": {"b2"}, "b2": {"b"}})] == ["b", "c"]
    assert relate._one_version_each(related, {}) is related


def test_a_text_in_another_language_loses_that_languages_stop_words() -> None:
    """Texts in one language were alike by their function words ("shared themes: und, über, die")."""
    from readingroom.model import Field, Origin
    from readingroom.stopwords import marked
    assert relate._analyse(marked("Die Pläne und die Kassen", "de")) == ["pläne", "kassen", "pläne kassen"]
    assert relate._analyse(marked("Die Pläne und die Kassen", "en")) == relate._analyse("Die Pläne und die Kassen")
    assert "und" in relate._analyse("Die Pläne und die Kassen")  # read as English, "und" is a word
    assert relate._analyse(marked("каждый раз зимняя олимпиада", "ru")) == ["зимняя", "олимпиада", "зимняя олимпиада"]
    assert relate._analyse(marked("grand bargain", "xx")) == relate._analyse("grand bargain")  # no list: English only
    german = evolve(make_article("de", ["Die Pläne und die Kassen"], title="Die Akte"),
                    language=Field("de-DE", Origin("catalog", None, "test")))
    assert relate.document_text(german) == marked("Die Akte\n\nDie Pläne und die Kassen", "de")
