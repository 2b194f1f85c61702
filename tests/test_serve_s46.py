"""``klarlint serve``: the surface re-tester's findings of session 46 (/work/coord/s46/retest-surface3/REPORT.md).

1. Under steady load the queue always took the shortest text waiting, so a one-page letter (2,600 characters,
   far below the short limit) kept losing to shorter texts that came after it: waits of up to 31 s, and 21 of
   6,601 requests got 503. Now a text's place counts its wait too (ageing).
"""

from __future__ import annotations

import threading

from klarlint.serve.worker import AGE_SECONDS, SHORT_CHARS, LintQueue


def test_a_letter_that_has_waited_goes_before_shorter_texts_that_came_after_it() -> None:
    """Scheduler level, on a clock the test moves: a short text that came just after the letter still goes first
    (short texts stay fast), but once the letter has waited AGE_SECONDS every later text waits for it, however
    short; a long text still waits for all the short ones."""
    now = 0.0
    queue = LintQueue(clock=lambda: now)
    gate, ran = threading.Event(), []
    try:
        jobs = [queue.submit(0, gate.wait)]  # holds the lint thread while the others queue

        def submit(size: int, name: str) -> None:
            jobs.append(queue.submit(size, ran.append, name))

        submit(SHORT_CHARS + 8_000, "long")
        submit(2_600, "letter")
        now = 0.1
        submit(100, "early line")
        now = AGE_SECONDS + 0.1
        for n in range(5):
            submit(10 + n, f"later line {n}")
        gate.set()
        for job in jobs:
            job.result(timeout=30)
    finally:
        gate.set()
        queue.shutdown()
    assert ran == ["early line", "letter", *(f"later line {n}" for n in range(5)), "long"]


def test_without_a_wait_the_shortest_text_still_goes_first() -> None:
    queue = LintQueue(clock=lambda: 0.0)
    gate, ran = threading.Event(), []
    try:
        jobs = [queue.submit(0, gate.wait)]
        jobs += [queue.submit(size, ran.append, size) for size in (2_600, 30, 900, SHORT_CHARS + 1, 5)]
        gate.set()
        for job in jobs:
            job.result(timeout=30)
    finally:
        gate.set()
        queue.shutdown()
    assert ran == [5, 30, 900, 2_600, SHORT_CHARS + 1]
