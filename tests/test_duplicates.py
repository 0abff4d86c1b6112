"""Duplicate detection (readingroom.duplicates): exact and near copies, one canonical page.

MinHash LSH must find copies without comparing every pair: 2,000 distinct documents must
produce (almost) no candidate pairs. Texts are built from real article prose (the seeds)
and shuffled words, so that they look like articles rather than random tokens.
"""
from __future__ import annotations

import random

import numpy as np

from sitebuild import copy_seeds, generate_docs

from readingroom import duplicates
from readingroom.model import ArticleId

THRESHOLD = 0.9


def _text(seed: int, words: int = 400) -> str:
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(5000)]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def test_exact_and_near_copies_map_to_the_smallest_id() -> None:
    base = _text(1)
    near = base.replace(base.split()[100], "changed", 1)  # one word in 400 differs
    texts = {ArticleId("b"): base, ArticleId("a"): near, ArticleId("c"): base, ArticleId("d"): _text(2)}
    assert duplicates.find_duplicates(texts, THRESHOLD) == {"b": "a", "c": "a"}


def test_distinct_documents_give_few_candidate_pairs() -> None:
    texts = {ArticleId(f"doc-{n:04d}"): _text(n) for n in range(2000)}
    report = duplicates.duplicate_report(texts, THRESHOLD)
    assert report.mapping == {}
    assert report.candidate_pairs <= 20  # all-pairs comparison would be ~2 million


def test_text_below_the_threshold_is_not_a_duplicate() -> None:
    base = _text(3).split()
    half = " ".join(base[:200] + _text(4).split()[:200])
    assert duplicates.find_duplicates({ArticleId("a"): " ".join(base), ArticleId("b"): half}, THRESHOLD) == {}


def test_short_and_empty_texts() -> None:
    texts = {ArticleId("a"): "", ArticleId("b"): "two words", ArticleId("c"): "two words"}
    assert duplicates.find_duplicates(texts, THRESHOLD) == {"c": "b"}


def test_site_publishes_one_page_and_notes_the_copy(tmp_path) -> None:
    sources = copy_seeds(tmp_path / "sources")
    original = sorted(sources.glob("*.txt"))[0]
    (sources / "zz-copy.txt").write_bytes(original.read_bytes())
    generated = generate_docs(sources, tmp_path / "docs")
    articles = sorted((tmp_path / "docs" / "articles").glob("*/index.md"))
    assert len(articles) == len(list(sources.glob("*.txt"))) - 1
    assert not any("zz-copy" in a.parent.name for a in articles)
    canonical = next(a for a in articles if a.parent.name.startswith(original.stem.replace("_", "-")))
    page = canonical.read_text(encoding="utf-8")
    assert "appears more than once" in page and "copy.txt" in page  # the file name, however escaped
    assert "1 duplicates noted" in generated.stderr or "1 duplicate" in generated.stderr


def test_no_generated_page_links_to_a_duplicate() -> None:
    """A copy has no page of its own: every list that names it (here the report's truncated
    sources, which a near copy can be on without its original) must not link to one."""
    import re
    from dataclasses import replace

    from corpora import make_article

    from readingroom.build import render_pages
    from readingroom.entities import EntityCatalog
    from readingroom.model import Field, Origin
    from readingroom.settings import Settings

    body = ["The talks in Geneva ended without an agreement on Tuesday night, officials said.",
            "Both delegations promised to meet again before the end of the month"]
    cut = Field(True, Origin("source", 3))
    original = replace(make_article("a", body, title="Talks end"), duplicates=(ArticleId("b"),), truncated=cut)
    copy = replace(make_article("b", body, title="Talks end", duplicate_of="a"), truncated=cut)
    pages = render_pages([original, copy], [], [], EntityCatalog(), Settings())
    have = {path.split("/")[1] for path in pages if path.startswith("articles/")}
    linked = {slug for text in pages.values() if isinstance(text, str)
              for slug in re.findall(r"articles/([^/)\s\"]+)/index\.md", text)}
    assert have == {"a"} and linked <= have


def test_an_updated_version_is_noted_on_both_pages_and_not_merged(tmp_path) -> None:
    """A story updated in its last paragraphs shares most but not 90% of its text: both pages
    stay, each names the other with the share, and their paragraphs do not 'see also' each other."""
    sources = copy_seeds(tmp_path / "sources")
    original = sources / "003_635f9e50a247f38f.txt"
    lines = original.read_text(encoding="utf-8").split("\n")
    long = [i for i, line in enumerate(lines) if len(line.split()) > 30]
    rewritten = set(long[-len(long) // 4:])
    update = ("Update: officials later said that the talks would resume next month, after both sides agreed to a new "
              "round of meetings in Geneva, and that a first draft of a joint statement was circulating, number {}.")
    (sources / "zz-update.txt").write_text("\n".join(update.format(i) if i in rewritten else line for i, line in enumerate(lines)),
                                           encoding="utf-8")
    generate_docs(sources, tmp_path / "docs")
    pages = {p.parent.name: p.read_text(encoding="utf-8") for p in (tmp_path / "docs" / "articles").glob("*/index.md")}
    first = "003-635f9e50a247f38f"
    assert "zz-update" in pages and "Another version of this story" in pages[first]
    assert "zz-update/index.md" in pages[first] and f"{first}/index.md" in pages["zz-update"]
    assert f"{first}/index.md#" not in pages["zz-update"] and "zz-update/index.md#" not in pages[first]


def test_versions_are_pairs_of_pages_that_stay() -> None:
    base = _text(5).split()
    version = " ".join(base[:320] + _text(6).split()[:80])  # 80 of 400 words rewritten
    report = duplicates.duplicate_report({ArticleId("a"): " ".join(base), ArticleId("b"): version,
                                          ArticleId("c"): " ".join(base)}, THRESHOLD)
    assert report.mapping == {"c": "a"}
    assert [(a, b) for a, b, _ in report.versions] == [("a", "b")] and 0.6 <= report.versions[0][2] < 0.9


def test_the_duplicate_search_run_ahead_finds_what_the_stage_finds_itself() -> None:
    """`start_duplicates` runs the search of a first build in the helper process (collections
    from `parallel_threshold` on, two workers) while `relate.count_terms_ahead` counts terms
    here; `mark_duplicates` takes its report, the same articles marked as when it searches
    itself, and the shingles it sends back go to the memo, so that the next build searches
    here. A search started for other articles is not taken."""
    from corpora import make_article, run
    from readingroom import relate
    from readingroom.memo import Memo
    from readingroom.pipeline import CorpusContext
    from readingroom.settings import Settings

    body = [" ".join(_text(seed, 60).split()[i:i + 30]) + "." for seed in range(3) for i in (0, 30)]
    articles = [make_article("a", body), make_article("b", body), make_article("c", body[:3] + ["A different ending, told otherwise."] * 3),
                make_article("d", [_text(9, 60) + "."])]
    ahead, alone = run(articles, "", Settings(parallel_threshold=2)), run(articles, "", Settings(workers=1))
    assert [(a.id, a.duplicate_of, a.duplicates) for a in ahead] == [(a.id, a.duplicate_of, a.duplicates) for a in alone]
    assert [a.duplicate_of for a in ahead] == [None, "a", None, None]

    ctx = CorpusContext(settings=Settings(parallel_threshold=2), memo=Memo())
    duplicates.start_duplicates(articles, ctx)
    assert isinstance(ctx.searches.get(duplicates.DUPLICATES), duplicates.DuplicatesAhead)
    relate.count_terms_ahead(articles, ctx)
    assert {kind for kind, _ in ctx.memo.fresh} == {relate.TERMS}  # the shingles are made in the helper
    marked = duplicates.mark_duplicates(articles, ctx)
    assert [a.duplicate_of for a in marked] == [None, "a", None, None]
    alone_memo = Memo()
    duplicates.duplicate_report({a.id: a.body_text for a in articles}, THRESHOLD, alone_memo)
    for article in articles:  # the memo holds what it would have made itself
        mine, theirs = (m.peek(duplicates.SHINGLES, m.digest(article.body_text)) for m in (ctx.memo, alone_memo))
        assert mine is not None and all(np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y for x, y in zip(mine, theirs))

    later = CorpusContext(settings=Settings(parallel_threshold=2), memo=ctx.memo.for_next_build())
    duplicates.start_duplicates(articles, later)
    assert duplicates.DUPLICATES not in later.searches  # every text known: searched here, at once
    duplicates.start_duplicates(articles, ctx := CorpusContext(settings=Settings(parallel_threshold=2), memo=Memo()))
    marked = duplicates.mark_duplicates(articles[1:], ctx)  # not the articles the search was started for
    assert duplicates.DUPLICATES not in ctx.searches and [a.duplicate_of for a in marked] == [None, None, None]
