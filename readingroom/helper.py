"""A long-lived helper process that runs corpus work beside the build, on the other core.

The duplicate search (`duplicates.report_in_helper`: the texts in, the copies back), topics
(`topics.derive_topics`: the texts in, each text's tags back) and the search for related
pieces (`relate.search_in_helper`: LSA, nearest neighbours, the terms each pair shares; the
TF-IDF matrix in, the pairs back) need little of what the build holds, and the build has
terms to count and passages to link meanwhile. Run in a thread of the build's own process, the
related search and the stages took turns at the GIL and neither got faster: on 2,225 BBC
articles a rebuild after one edit took as long with the thread as without it; a forked
process per build copied on write the pages of a 600 MB process. This helper is started once
(`python -m readingroom.helper`), keeps what its calls leave for the next build (`kept`: the
phrases of each text, the cosines, the ranked terms, by a token of the build's memo), stores
it in the cache folder when a build asks (`store_kept`), so that the helper of the next
process starts from it, and exchanges pickles with the build over its standard input and output.

`call(function, *args)` returns a `Future`. When the helper cannot be started or dies, the
function runs in the waiting thread instead, with the same result; an exception raised by the
function in the helper is raised again here, with the helper's traceback.
"""
from __future__ import annotations

import atexit
import importlib
import os
import pickle
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import files
from .memo import Memo

if TYPE_CHECKING:
    from .settings import Settings

PROTOCOL = pickle.HIGHEST_PROTOCOL


class HelperError(RuntimeError):
    """A function raised in the helper process; the message holds its traceback there."""


class Helper:
    """One helper process and the thread that talks to it (one call at a time, in order)."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._waiter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="readingroom-helper")
        self.failures = 0
        """Times the helper could not be started or died; its calls ran in this process instead."""

    def start(self) -> None:
        """Start the process now (its imports take a second), if it is not running. Never
        waits: the lock held means a call is running there (or starting it), so it runs."""
        if self._lock.acquire(blocking=False):
            try:
                self._started()
            finally:
                self._lock.release()

    def call(self, function: Callable[..., Any], *args: Any) -> Future:
        """`function(*args)` in the helper; `function` must be importable by its module and name."""
        return self._waiter.submit(self._call, function, args)

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """`call` waited for in this thread (also at exit, when the waiting thread has ended)."""
        return self._call(function, args)

    def running(self) -> bool:
        """Whether the helper process was started and has not ended."""
        process = self._process
        return process is not None and process.poll() is None

    def _call(self, function: Callable[..., Any], args: tuple) -> Any:
        with self._lock:
            process = self._started()
            if process is not None:
                try:
                    send(process.stdin, (function.__module__, function.__qualname__, args))
                    ok, value = receive(process.stdout)
                except (OSError, EOFError, pickle.UnpicklingError):
                    self._stop()  # it died or was killed: this call runs here, the next one starts another
                    self.failures += 1
                else:
                    if not ok:
                        raise HelperError(value)
                    return value
        return function(*args)

    def _started(self) -> subprocess.Popen | None:
        if self.failures >= GIVE_UP_AFTER:
            return None
        if self._process is None or self._process.poll() is not None:
            # The helper imports this package from where this process found it (a checkout
            # run as `python scripts/build.py` is not on the child's path otherwise).
            where = str(Path(__file__).resolve().parent.parent)
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [where, os.environ.get("PYTHONPATH")]))}
            try:
                self._process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                                 stdout=subprocess.PIPE, env=env)
            except OSError:
                self._process = None
                self.failures += 1
            else:
                for pipe in (self._process.stdin, self._process.stdout):
                    _widen(pipe)
        return self._process

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.kill()  # it holds nothing to save, and may still be importing
        process.wait()
        for pipe in (process.stdin, process.stdout):
            try:
                pipe.close()
            except OSError:  # a message the dead helper never read is still in the buffer: closing flushes it
                pass

    def stop(self) -> None:
        """End the process once the calls made so far are answered (at exit; a later call
        starts another). Calls run in order in the waiting thread, so the stop goes there too:
        stopping from here could end the process between two calls, and the second would start
        another helper that nothing stops."""
        try:
            self._waiter.submit(self._stop_locked).result()
        except RuntimeError:  # at interpreter exit: the waiting thread has ended, after answering every call
            self._stop_locked()

    def _stop_locked(self) -> None:
        with self._lock:
            self._stop()


@dataclass(frozen=True)
class Pending:
    """A call running in the helper (`Helper.call`) whose result a later stage takes."""

    future: Future

    def result(self) -> Any:
        return self.future.result()

    def cancel(self) -> None:
        """Drop the result; a call already running is waited for, so that no thread is left
        running when a later build forks its worker processes."""
        if not self.future.cancel():
            self.future.exception()


@dataclass(frozen=True)
class Token:
    """Names the build memo whose work a call does: its lineage and generation (`Memo.lineage`,
    `Memo.generation`), and the cache folder where the helper stores its work between
    processes (None: not stored)."""

    lineage: str
    generation: int
    cache_dir: str | None = None


_KEPT: dict[str, Memo] = {}


def kept(token: Token) -> Memo:
    """In the helper process, what the calls for one build's memo keep for the next build's
    (analyses and `Memo.carried`), by the memo's lineage: the cosines and ranked terms hold
    term ids, which mean something only within one lineage's vocabulary. Only the last
    lineage's is kept. A helper that has nothing for the lineage reads what a helper stored
    for it (`store_kept`), if that was stored for this very generation of the memo; else it
    starts from nothing, and the calls work everything out (the same results, slower)."""
    memo = _KEPT.get(token.lineage)
    if memo is None:
        _KEPT.clear()
        memo = _KEPT[token.lineage] = _stored(token) or Memo()
    return memo


def keep(token: Token, memo: Memo) -> None:
    """Keep `memo` for `token` instead of what `kept` gave (a memo for the next build)."""
    _KEPT.clear()
    _KEPT[token.lineage] = memo


def store_kept(token: Token) -> None:
    """Store what the helper keeps for `token`'s lineage, as of `token`'s generation of the
    build's memo (the one the build just wrote), for the helper of a later process."""
    memo = _KEPT.get(token.lineage)
    if memo is None or token.cache_dir is None:
        return
    try:
        files.store_pickle(Path(token.cache_dir), files.code_fingerprint(),
                           (token.lineage, token.generation, memo, dict(memo.carried)), STORED_KIND, keep_one=True)
    except OSError:
        pass  # not stored: the next helper works it out again


def _stored(token: Token) -> Memo | None:
    if token.cache_dir is None:
        return None
    value = files.load_pickle(Path(token.cache_dir), files.code_fingerprint(), STORED_KIND)
    if not (isinstance(value, tuple) and len(value) == 4 and value[:2] == (token.lineage, token.generation)
            and isinstance(value[2], Memo) and isinstance(value[3], dict)):
        return None  # none stored, damaged, or for another memo: the term ids may mean other terms
    memo, carried = value[2], value[3]
    memo.carried.update(carried)
    return memo


STORED_KIND = "helper"
"""The cache folder's subfolder for `store_kept`."""


def token_of(memo: Memo, settings: Settings | None = None) -> Token:
    """The token of this memo, for calls that keep work in the helper for the next build
    (stored in the settings' cache folder when a build asks, `store_kept`, if the cache is on)."""
    stored = settings is not None and settings.use_cache
    return Token(memo.lineage, memo.generation, str(settings.cache_dir) if stored else None)


GIVE_UP_AFTER = 3
"""After this many calls the helper could not answer, calls run in this process only."""
HELPER = Helper()
atexit.register(HELPER.stop)


PIPE_BYTES = 1 << 20
"""What the pipes to and from the helper hold (Linux's default is 64 kB; 1 MB is what an unprivileged process may ask)."""


def _widen(pipe) -> None:
    """Let the pipe hold `PIPE_BYTES`: a message (the TF-IDF matrix is 5 MB on 2,225 BBC
    articles) then crosses in a few reads instead of 80, and each read gives up the GIL, which
    the thread waiting for the helper then waits to get back while the build runs (up to 5 ms
    each: 70 ms before the helper had the texts to derive topics from)."""
    try:
        import fcntl
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass  # not Linux, or not allowed: the default size works, a little slower


def send(stream, message: object) -> None:
    """One message: its length, then its pickle, written in one piece (one wait for the GIL)."""
    data = pickle.dumps(message, protocol=PROTOCOL)
    stream.write(len(data).to_bytes(8, "little") + data)
    stream.flush()


def receive(stream) -> Any:
    """The next message `send` wrote; EOFError when the stream ended (or ended inside one)."""
    header = stream.read(8)
    if len(header) < 8:
        raise EOFError
    size = int.from_bytes(header, "little")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def serve(requests, replies) -> None:
    """The helper's loop: (module, name, args) in, (True, result) or (False, traceback) out, until input ends."""
    while True:
        try:
            module, name, args = receive(requests)
        except EOFError:
            return
        try:
            function = importlib.import_module(module)
            for part in name.split("."):
                function = getattr(function, part)
            reply = (True, function(*args))
        except Exception:  # noqa: BLE001 - sent back and raised in the build
            reply = (False, traceback.format_exc())
        send(replies, reply)


if __name__ == "__main__":
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a print in a called function must not corrupt the replies
    serve(sys.stdin.buffer, out)
