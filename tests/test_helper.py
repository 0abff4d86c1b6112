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


def test_a_helper_that_died_is_started_again(one: helper.Helper) -> None:
    """Killed between two calls: the next call runs here when the pipe breaks under it (a
    failure), or in a new helper when the death shows before it is sent (`kill` returns before
    the process is gone, so either can happen); the call after runs in a new helper either way."""
    first = one.call(_pid).result(timeout=60)
    os.kill(first, 9)
    second = one.call(_pid).result(timeout=60)
    assert second != first and one.failures == (1 if second == os.getpid() else 0)
    assert one.call(_pid).result(timeout=60) not in (first, os.getpid())  # a new helper


def test_a_call_whose_helper_dies_under_it_runs_in_this_process(one: helper.Helper, monkeypatch) -> None:
    first = one.call(_pid).result(timeout=60)

    def broken(stream):
        raise EOFError  # what reading the answer of a helper that died meanwhile raises
    monkeypatch.setattr(helper, "receive", broken)
    assert one.call(_pid).result(timeout=60) == os.getpid() and one.failures == 1  # ran here
    monkeypatch.undo()
    assert one.call(_pid).result(timeout=60) not in (first, os.getpid())  # a new helper


def test_a_helper_that_dies_as_a_call_is_sent_leaves_the_call_to_this_process(one: helper.Helper, monkeypatch) -> None:
    """The pipe breaks under the message: the write stays in the pipe's buffer, and closing the
    pipe flushes it again, which broke again (the call failed instead of running here; seen in a
    fresh clone's `make test`, where the race of the test above went this way)."""
    first = one.call(_pid).result(timeout=60)
    real_send = helper.send

    def dying(stream, message):
        one._process.kill()
        one._process.wait()  # gone before the message is written
        real_send(stream, message)
    monkeypatch.setattr(helper, "send", dying)
    assert one.call(_pid).result(timeout=60) == os.getpid() and one.failures == 1  # ran here
    monkeypatch.undo()
    assert one.call(_pid).result(timeout=60) not in (first, os.getpid())  # a new helper


def test_stop_ends_the_process(one: helper.Helper) -> None:
    pid = one.call(_pid).result(timeout=60)
    one.stop()
    with pytest.raises(ProcessLookupError):
        for _ in range(100):  # reaped by stop(): gone at once
            os.kill(pid, 0)
    assert one.call(_pid).result(timeout=60) not in (pid, os.getpid())


def test_stop_waits_for_the_calls_made_before_it(one: helper.Helper) -> None:
    """A call made before `stop` runs in the helper that `stop` then ends (a build's last call,
    which stores the helper's work, is made just before the process exits); none is left."""
    import time
    slow = one.call(time.sleep, 0.5)
    last = one.call(_pid)
    one.stop()
    assert slow.done() and last.done()
    assert last.result() != os.getpid() and not one.running()
    with pytest.raises(ProcessLookupError):
        os.kill(last.result(), 0)


def test_start_does_not_wait_for_a_call_running_in_the_helper(one: helper.Helper) -> None:
    """`start` at the top of every build returns at once while a call runs (a long-lived
    process's helper still busy with work the last build started ahead)."""
    import time
    pid = one.call(_pid).result(timeout=60)
    slow = one.call(time.sleep, 1.0)
    while not one._lock.locked():  # the call has reached the helper
        time.sleep(0.01)
    one.start()
    assert not slow.done()
    assert slow.result(timeout=60) is None and one.call(_pid).result(timeout=60) == pid


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
        found, ranked, bounds = one.call(relate.search_in_helper, helper.token_of(memo), *args).result(timeout=120)
        fresh, fresh_ranked = relate._related_search(relate.content_vectors(texts, lsa=False), settings)
        assert found == fresh
        assert np.array_equal(ranked, np.concatenate(fresh_ranked)) and np.diff(bounds).tolist() == [len(r) for r in fresh_ranked]
    assert one.failures == 0


def test_a_new_helper_starts_from_what_the_last_one_stored_for_the_same_memo(one: helper.Helper, tmp_path) -> None:
    """What a helper keeps (each text's phrases, the cosines, the ranked terms) is stored when
    the build asks (`store_kept`) and read by the next helper for the same lineage and
    generation of the build's memo, for nothing else; its topics and searches, after an edit,
    equal those worked out from nothing."""
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not found at {BBC} (set READINGROOM_EVAL)")
    from dataclasses import replace

    from readingroom import topics
    from readingroom.memo import Memo
    files = sorted(BBC.glob("*/*.txt"))[::8][:260]
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in files]
    memo, settings = Memo(), Settings(cache_dir=tmp_path / "cache")

    def work(token: helper.Token) -> tuple:
        vectors = relate.content_vectors(texts, lsa=False, memo=memo)
        args = (vectors.tfidf, vectors.ids, vectors.idf, vectors.phrase, settings)
        derived = one.call(topics.derive_topics_in_helper, token, texts, frozenset()).result(timeout=120)
        return derived, one.call(relate.search_in_helper, token, *args).result(timeout=120)

    token = helper.token_of(memo, settings)
    work(token)
    one.call(helper.store_kept, token).result(timeout=120)
    one.stop()
    stored = one.call(helper.kept, token).result(timeout=120)  # a new helper: read from the cache folder
    assert sum(kind == topics.PHRASES for kind, _ in stored.entries) == len(set(texts))
    one.stop()
    assert one.call(helper.kept, replace(token, generation=token.generation + 1)).result(timeout=120).entries == {}
    assert one.call(helper.kept, helper.token_of(Memo(), settings)).result(timeout=120).entries == {}

    one.stop()
    texts[5] = texts[5].replace(" the ", " the government ", 3)
    derived, (found, ranked, bounds) = work(token)
    assert derived == topics.derive_topics(texts, frozenset(), Memo())
    fresh, fresh_ranked = relate._related_search(relate.content_vectors(texts, lsa=False), settings)
    assert found == fresh
    assert np.array_equal(ranked, np.concatenate(fresh_ranked)) and np.diff(bounds).tolist() == [len(r) for r in fresh_ranked]
    assert one.failures == 0


def test_a_helper_that_cannot_start_is_given_up_and_calls_run_here(one: helper.Helper, monkeypatch) -> None:
    monkeypatch.setattr(helper.sys, "executable", "/nonexistent/python")
    for _ in range(helper.GIVE_UP_AFTER + 2):
        assert one.call(_pid).result(timeout=60) == os.getpid()
    assert one.failures == helper.GIVE_UP_AFTER
