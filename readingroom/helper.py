"""A long-lived helper process that runs corpus work beside the build, on the other core.

Topics (`topics.derive_topics`: the texts in, each text's tags back) and the search for
related pieces (`relate.search_in_helper`: LSA, nearest neighbours, the terms each pair
shares; the TF-IDF matrix in, the pairs back) need little of what the build holds, and the
build has passages to link meanwhile. Run in a thread of the build's own process, the
related search and the stages took turns at the GIL and neither got faster: on 2,225 BBC
articles a rebuild after one edit took as long with the thread as without it; a forked
process per build copied on write the pages of a 600 MB process. This helper is started once
(`python -m readingroom.helper`), keeps what its calls leave for the next build (`kept`: the
phrases of each text, the cosines, the ranked terms, by a token of the build's memo), and
exchanges pickles with the build over its standard input and output.

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
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .memo import Memo

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
        """Start the process now (its imports take a second), if it is not running."""
        with self._lock:
            self._started()

    def call(self, function: Callable[..., Any], *args: Any) -> Future:
        """`function(*args)` in the helper; `function` must be importable by its module and name."""
        return self._waiter.submit(self._call, function, args)

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
            pipe.close()

    def stop(self) -> None:
        """End the process (at exit; a later call starts another)."""
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


_KEPT: dict[str, Memo] = {}


def kept(token: str) -> Memo:
    """In the helper process, what the calls for one build's memo keep for the next build's
    (analyses and `Memo.carried`), by a token the build's memo carries: term ids mean
    something only within one memo's vocabulary. Only the last token's is kept."""
    memo = _KEPT.get(token)
    if memo is None:
        _KEPT.clear()
        memo = _KEPT[token] = Memo()
    return memo


def keep(token: str, memo: Memo) -> None:
    """Keep `memo` for `token` instead of what `kept` gave (a memo for the next build)."""
    _KEPT.clear()
    _KEPT[token] = memo


def token_of(memo: Memo) -> str:
    """The token under which the helper keeps what calls for this memo (and the memos of the
    builds after it in this process) leave for the next build."""
    return memo.carried.setdefault(TOKEN, uuid.uuid4().hex)


TOKEN = "helper.token"
"""The memo's name (`Memo.carried`) for its token."""
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
