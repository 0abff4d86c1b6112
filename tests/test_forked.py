"""A computation run ahead in a forked process gives what it gives here, whatever goes wrong."""
from __future__ import annotations

import os
import time

import pytest

from readingroom import forked, relate
from readingroom.memo import Memo
from readingroom.pipeline import CORPUS_STAGES
from readingroom.settings import Settings
from corpora import make_article, run

PARENT = os.getpid()
needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="no safe fork on this platform")


def where() -> int:
    return os.getpid()


def fails_in_a_copy(value: int) -> int:
    if os.getpid() != PARENT:
        raise RuntimeError("only in the copy")
    return value * 2


def dies_in_a_copy(value: int) -> int:
    if os.getpid() != PARENT:
        os._exit(3)
    return value + 1


def sleeps() -> str:
    time.sleep(60)
    return "woke"


@needs_fork
def test_the_result_comes_from_a_forked_copy() -> None:
    ahead = forked.Ahead(where)
    assert ahead.forked
    assert ahead.result() not in (PARENT, None)


def test_without_fork_it_is_computed_here() -> None:
    ahead = forked.Ahead(where, fork=False)
    assert not ahead.forked and ahead.result() == os.getpid()


@needs_fork
def test_an_exception_in_the_copy_is_computed_again_here() -> None:
    assert forked.Ahead(fails_in_a_copy, 21).result() == 42


@needs_fork
def test_a_copy_that_dies_is_computed_again_here() -> None:
    assert forked.Ahead(dies_in_a_copy, 1).result() == 2


@needs_fork
def test_cancel_stops_the_copy() -> None:
    ahead = forked.Ahead(sleeps)
    started = time.monotonic()
    ahead.cancel()
    assert time.monotonic() - started < 10


def articles() -> list:
    topics = ["grand bargain over Ukraine and sanctions on Moscow", "the striker scored in the league match and the cup final",
              "interest rates rose as the central bank fought inflation", "the election campaign and the vote count in Ohio"]
    return [make_article(f"a{n:02d}", [f"Story {n} about {topics[n % 4]}, told again with detail number {n} and more words.",
                                       f"A second paragraph on {topics[(n + 1) % 4]}, with the same length as the first one here."],
                         date=f"2016-{1 + n % 12:02d}-01", publisher="Pub")
            for n in range(24)]


@needs_fork
def test_searches_run_ahead_give_what_the_stages_find_themselves() -> None:
    """`start_searches` forks the search of related pieces once a collection reaches parallel_threshold."""
    ahead = run(articles(), settings=Settings(parallel_threshold=10))
    alone = run(articles(), settings=Settings(workers=1), stages=tuple(s for s in CORPUS_STAGES if s is not relate.start_searches))
    assert any(a.related for a in alone) and any(a.passage_links for a in alone)
    assert ahead == alone


@needs_fork
def test_start_searches_keeps_the_analyses_in_this_process() -> None:
    """A fork's memo lookups are lost, so the texts are analysed before forking."""
    memo = Memo()
    live = articles()

    class Ctx:
        settings = Settings(parallel_threshold=10)
        searches: dict = {}
    Ctx.memo = memo
    relate.start_searches(live, Ctx)
    assert set(Ctx.searches) == {relate.RELATED}
    for search in Ctx.searches.values():
        search.cancel()
    misses = memo.misses
    for article in live:
        memo.counts(relate.TERMS, relate.document_text(article), relate._analyse)
    assert memo.misses == misses
