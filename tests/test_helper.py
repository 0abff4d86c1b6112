"""The helper process (`readingroom/helper.py`): results, errors, state kept between calls, and
what happens when it dies."""
from __future__ import annotations

import os

import numpy as np
import pytest

from readingroom import helper, relate
from readingroom.settings import Settings

from test_memo import BBC


_pid = os.getpid  # a called function must be importable in the helper by its module and name


@pytest.fixture
def one() -> helper.Helper:
    started = helper.Helper()
    yield started
    started.stop()


def test_a_call_runs_in_another_process_which_stays_for_the_next_call(one: helper.Helper) -> None:
    first = one.call(_pid).result(timeout=60)
    assert first != os.getpid()
    assert one.call(_pid).result(timeout=60) == first
    assert one.call(sorted, [3, 1, 2]).result(timeout=60) == [1, 2, 3] and one.failures == 0


def test_an_exception_in_the_helper_is_raised_here_with_its_traceback(one: helper.Helper) -> None:
    with pytest.raises(helper.HelperError, match="ValueError: invalid literal .*'no such thing'") as raised:
        one.call(int, "no such thing").result(timeout=60)
    assert "Traceback" in str(raised.value)
    assert one.call(_pid).result(timeout=60) != os.getpid()  # the helper survives it


def test_a_helper_that_died_costs_a_call_in_this_process_and_is_started_again(one: helper.Helper) -> None:
    first = one.call(_pid).result(timeout=60)
    os.kill(first, 9)
    assert one.call(_pid).result(timeout=60) == os.getpid()  # ran here
    assert one.failures == 1
    assert one.call(_pid).result(timeout=60) not in (first, os.getpid())  # a new helper


def test_stop_ends_the_process(one: helper.Helper) -> None:
    pid = one.call(_pid).result(timeout=60)
    one.stop()
    with pytest.raises(ProcessLookupError):
        for _ in range(100):  # reaped by stop(): gone at once
            os.kill(pid, 0)
    assert one.call(_pid).result(timeout=60) not in (pid, os.getpid())


def test_the_search_in_the_helper_patches_its_cosines_and_finds_what_a_fresh_search_finds(one: helper.Helper) -> None:
    """Two searches under one token: the second patches the cosines the helper kept from the
    first (a reworded text), and both equal a search in this process from nothing."""
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not found at {BBC} (set READINGROOM_EVAL)")
    from readingroom.memo import Memo
    files = sorted(BBC.glob("*/*.txt"))[::8][:260]
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in files]
    memo, settings = Memo(), Settings()
    for round_ in range(2):
        if round_:
            texts[5] = texts[5].replace(" the ", " the government ", 3)
        vectors = relate.content_vectors(texts, lsa=False, memo=memo)
        args = (vectors.tfidf, vectors.ids, vectors.idf, vectors.phrase, settings)
        found, ranked, bounds = one.call(relate.search_in_helper, "token", *args).result(timeout=120)
        fresh, fresh_ranked = relate._related_search(relate.content_vectors(texts, lsa=False), settings)
        assert found == fresh
        assert np.array_equal(ranked, np.concatenate(fresh_ranked)) and np.diff(bounds).tolist() == [len(r) for r in fresh_ranked]
    assert one.failures == 0


def test_a_helper_that_cannot_start_is_given_up_and_calls_run_here(one: helper.Helper, monkeypatch) -> None:
    monkeypatch.setattr(helper.sys, "executable", "/nonexistent/python")
    for _ in range(helper.GIVE_UP_AFTER + 2):
        assert one.call(_pid).result(timeout=60) == os.getpid()
    assert one.failures == helper.GIVE_UP_AFTER
