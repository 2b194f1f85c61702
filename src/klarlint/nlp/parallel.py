"""One long document's blocks analysed on several cores.

The model's own speed sets the pace of a long document (about 6,000 words a second per core:
a megabyte of prose takes over 20 s on one). Blocks are analysed independently, so the blocks
of one document can be split into contiguous shares: forked processes analyse all shares but
the first, which this process analyses meanwhile, and the analyses come back pickled, in block
order. The result is the same as one process's.

Forked workers inherit the loaded model and the texts, so nothing but the analyses is copied.
Only where fork is safe and cheap (Linux, as the file runner decides; not for a backend that says
it is not ``fork_safe``, such as Stanza, whose PyTorch thread pool deadlocks in a forked child), only without a lint
budget (the language server and the web API analyse within a budget in their own process), and
only for documents long enough to repay starting a process.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections.abc import Callable, Sequence

from klarlint.analysis import BlockAnalysis
from klarlint.nlp.backend import Backend, SpacyBackend, join_pieces, pieces_of

# Below this much text a second process costs more than it saves: forking and pickling take
# about 0.1 s, and 100,000 characters take about 2.5 s to analyse on one core.
MIN_CHARS_PER_SHARE = 100_000
# The workers' shares travel back in tasks of about this much text (see _in_processes).
TASK_CHARS = 20_000
# What forked workers inherit: set just before the pool forks, cleared after.
_work: tuple[Callable[[Sequence[str]], list[BlockAnalysis]], Sequence[str]] | None = None


def shares(texts: Sequence[str], jobs: int, min_chars: int | None = None) -> list[range]:
    """Contiguous ranges of ``texts`` with about equal characters, at most ``jobs`` of them and each
    with at least ``min_chars`` (one range when the text is short)."""
    min_chars = MIN_CHARS_PER_SHARE if min_chars is None else min_chars
    total = sum(len(text) for text in texts)
    count = max(1, min(jobs, total // max(min_chars, 1)))
    ranges: list[range] = []
    start = chars = 0
    for index, text in enumerate(texts):
        chars += len(text)
        if len(ranges) < count - 1 and chars >= total * (len(ranges) + 1) / count:
            ranges.append(range(start, index + 1))
            start = index + 1
    ranges.append(range(start, len(texts)))
    return [share for share in ranges if len(share)] or [range(0, len(texts))]


def analyze_in_parallel(backend: Backend, texts: Sequence[str], jobs: int) -> list[BlockAnalysis]:
    """``backend.analyze(texts)``, on up to ``jobs`` cores when the texts are long enough.

    A backend that can analyse the pieces of long texts alone (the spaCy backend) is given pieces, so one
    huge paragraph is shared too; any other backend is given whole texts."""
    if not can_fork() or not getattr(backend, "fork_safe", True):
        return backend.analyze(texts)
    if isinstance(backend, SpacyBackend):
        pieces, owners = pieces_of(texts)
        parts = _in_processes(backend.analyze_pieces, pieces, jobs)
        return join_pieces(texts, owners, pieces, parts) if parts is not None else backend.analyze(texts)
    analyses = _in_processes(backend.analyze, texts, jobs)
    return analyses if analyses is not None else backend.analyze(texts)


def can_fork() -> bool:
    """Fork only on Linux, as the file runner does: macOS lists fork too, but forking there is unsafe once
    system frameworks have started threads (why Python made spawn its default there)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _in_processes(
    analyze: Callable[[Sequence[str]], list[BlockAnalysis]], texts: Sequence[str], jobs: int
) -> list[BlockAnalysis] | None:
    """``analyze(texts)`` in shares, this process taking the first; None when one share is all there is.

    The other shares go to the workers in tasks of about TASK_CHARS, and their analyses come back task by
    task: one pickled share of a 20 MB text held 84 MB more at its peak than one process's lint.
    """
    parts = shares(texts, jobs)
    if len(parts) == 1:
        return None
    rest = parts[0].stop
    tasks = [(rest + r.start, rest + r.stop) for r in shares(texts[rest:], len(texts), min_chars=TASK_CHARS)]
    global _work
    _work = (analyze, texts)
    sys.stdout.flush()  # a forked worker flushes its copy of these buffers when it exits
    sys.stderr.flush()
    try:
        # A Pool forks its workers before it starts its own threads (forking a threaded process is unsafe).
        with multiprocessing.get_context("fork").Pool(len(parts) - 1, initializer=_init_worker) as pool:
            results = pool.imap(_analyze_task, tasks)
            analyses = analyze([texts[i] for i in parts[0]])  # this process's share, meanwhile
            for part in results:
                analyses.extend(part)
    finally:
        _work = None
    return analyses


def _init_worker() -> None:
    """In a forked worker: the signals' default actions, not the handlers inherited from the parent.

    The CLI turns SIGTERM into ``sys.exit`` (a Python handler), and a forked worker inherits it. A Python
    handler runs only when the process gets back to Python, so a worker stuck in C (PyTorch's OpenMP pool
    deadlocked after fork, session 41) ignored the SIGTERM of ``Pool.terminate`` and the parent waited for it
    for good: ``timeout`` could not end the run. Ctrl-C is the parent's business (it stops the pool)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _analyze_task(bounds: tuple[int, int]) -> list[BlockAnalysis]:
    """In a forked worker: analyse texts[start:stop] of the inherited work."""
    assert _work is not None, "a worker without inherited work: not forked from analyze_in_parallel"
    analyze, texts = _work
    start, stop = bounds
    return analyze(texts[start:stop])
