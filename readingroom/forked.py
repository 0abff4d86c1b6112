"""Run a pure computation in a forked copy of this process while this one goes on.

The corpus stages spend much of a rebuild in numeric searches over the whole collection
(related pieces: LSA and nearest neighbours) that depend only on texts known early, while
the same process assigns topics and links passages. A fork inherits every input (the
vectors, the memo) without pickling them, runs on the second core, and sends back only its
result.

A fork is a copy: it never writes a file and its memo lookups are lost, so a caller hands
it only analyses already in the memo. Whatever goes wrong in the copy (no `fork` on this
platform, a crash, an exception) the result is computed here instead: the same function of
the same inputs, so the output never depends on whether a fork ran.
"""
from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger("readingroom.forked")


def can_fork() -> bool:
    """Only on Linux: macOS offers fork, but its system libraries are not safe after one."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


class Ahead(Generic[T]):
    """`fn(*args)`, started now in a forked process when `fork` is true; `result()` waits for it."""

    def __init__(self, fn: Callable[..., T], *args: object, fork: bool = True):
        self._fn, self._args = fn, args
        self._process = self._conn = None
        if not (fork and can_fork()):
            return
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        try:
            process = context.Process(target=_run, args=(send, fn, args), name=f"readingroom-{getattr(fn, '__name__', 'ahead')}")
            process.start()
        except OSError as error:  # no memory or process slot for a copy: compute here
            log.debug("no fork for %s: %s", fn, error)
            receive.close()
        else:
            self._process, self._conn = process, receive
        finally:
            send.close()

    @property
    def forked(self) -> bool:
        return self._process is not None

    def cancel(self) -> None:
        """Stop the copy, if any, without waiting for its result."""
        if self._conn is not None:
            self._process.terminate()
            self._process.join()
            self._conn.close()
            self._conn = None

    def result(self) -> T:
        if self._conn is not None:
            try:
                ok, value = self._conn.recv()
            except (EOFError, OSError) as error:  # the copy died (killed, out of memory)
                ok, value = False, repr(error)
            finally:
                self._conn.close()
                self._process.join()
                self._conn = None
            if ok:
                return value
            log.debug("forked %s failed (%s); computing it here", self._fn, value)
        return self._fn(*self._args)


def _run(send, fn: Callable[..., object], args: tuple) -> None:
    try:
        send.send((True, fn(*args)))
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which computes it again
        send.send((False, f"{type(error).__name__}: {error}"))
    finally:
        send.close()
