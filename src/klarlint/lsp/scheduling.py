"""The lint thread's order of work: short documents first, and budgets that count work, not waiting.

All lints run on one thread (the engine's caches and the model are not shared between threads). A long
document's first lint takes tens of seconds, and with a plain queue a letter typed beside it got no
diagnostics until it was done (20–60 s in the session 41 tests). So a short document's lint goes into an
urgent lane (:class:`UrgentLane`) that the lint thread runs first, and a long lint running meanwhile lets it
through at its next budget check between groups of paragraphs or between rules (:class:`LintBudget`):
the short lint runs on the same thread, nested, and the long one goes on where it was. No second copy of
the model or of the caches, so memory stays what it was.

The budget counts the processor time of the lint thread (less the nested lints), not wall time: under
load a 1.1 MB report had been cut off after 20 s of work while ``klarlint check`` finished it.
"""

from __future__ import annotations

import collections
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from klarlint.limits import Budget, LintCancelled, LintTimeout, check_active

_CHECK_ACTIVE = check_active.__code__


class UrgentLane:
    """Work for the lint thread that goes before the queue: lints of short documents."""

    def __init__(self, pool: ThreadPoolExecutor) -> None:
        self.pool = pool
        self._work: collections.deque[tuple[Future, Callable[..., Any], tuple]] = collections.deque()
        self._running = threading.local()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()
        self._work.append((future, fn, args))
        try:
            self.pool.submit(self.run)  # when the thread is idle (or after the work queued before)
        except RuntimeError:  # shut down
            self._work.clear()
            future.cancel()
        return future

    def waiting(self) -> bool:
        return bool(self._work)

    def run(self) -> float:
        """On the lint thread: run the urgent work queued; returns the processor time it took."""
        if getattr(self._running, "on", False):  # no lint inside a lint inside a lint
            return 0.0
        self._running.on = True
        began = time.thread_time()
        try:
            while self._work:
                try:
                    future, fn, args = self._work.popleft()
                except IndexError:
                    break
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(fn(*args))
                except BaseException as exc:  # handed to whoever waits, as the pool would
                    future.set_exception(exc)
        finally:
            self._running.on = False
        return time.thread_time() - began


class LintBudget(Budget):
    """A :class:`klarlint.limits.Budget` of processor seconds of the thread that checks it.

    With a ``lane``, each check made by the linter between groups of paragraphs or between rules first runs
    the urgent lints waiting (not the checks the NLP backend makes between its batches: the backend is in the
    middle of its work there), and their time does not count against this lint.
    """

    def __init__(self, seconds: float, lane: UrgentLane | None = None) -> None:
        super().__init__(None)
        self.seconds = seconds
        self.lane = lane
        self._began: dict[int, float] = {}
        self._lent = 0.0
        self.timed_out = False

    def spent(self) -> float:
        began = self._began.setdefault(threading.get_ident(), time.thread_time())
        return time.thread_time() - began - self._lent

    def check(self) -> None:
        if self.cancelled:
            raise LintCancelled()
        if self.lane is not None and self.lane.waiting() and sys._getframe(1).f_code is not _CHECK_ACTIVE:
            self._lent += self.lane.run()
            if self.cancelled:
                raise LintCancelled()
        if self.spent() > self.seconds:
            self.timed_out = True
            raise LintTimeout(f"granskningen avbröts efter {self.seconds:g} s processortid")
