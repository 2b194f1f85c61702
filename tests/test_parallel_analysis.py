"""One long document's analysis shared among processes (klarlint.nlp.parallel): same result, real forks."""

from __future__ import annotations

import os

import pytest

from klarlint.linter import analyze, default_backend, lint_document
from klarlint.nlp import parallel
from klarlint.nlp.parallel import analyze_in_parallel, shares
from klarlint.readers import read_text
from klarlint.runner import RunOptions, run

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="analysis forks on Linux only")
PARAGRAPHS = [
    "Ansökan skall behandlas av nämnden innan beslutet fattas.",
    "Du kan överklaga beslutet hos förvaltningsrätten inom tre veckor.",
    "Handläggningen av ärendet har påbörjats och beslut väntas i maj.",
    "Blanketten ska fyllas i och skickas till kommunen.",
]


def test_shares_are_contiguous_cover_every_text_and_are_about_equal():
    texts = ["x" * n for n in (10, 300, 20, 250, 5, 400, 15)]
    for jobs in (1, 2, 3, 8):
        parts = shares(texts, jobs, min_chars=100)
        assert [i for part in parts for i in part] == list(range(len(texts)))
        assert 1 <= len(parts) <= jobs
    assert len(shares(texts, 2, min_chars=100)) == 2
    assert len(shares(texts, 8, min_chars=10_000)) == 1  # too little text to repay a process
    assert shares([], 4) == [range(0, 0)]


class _RecordingBackend:
    """Writes which process analysed how many texts (a forked worker's memory is its own; a file is not)."""

    name = "spacy"

    def __init__(self, inner, log):
        self.inner, self.log = inner, log

    def analyze(self, texts):
        with self.log.open("a") as handle:
            handle.write(f"{os.getpid()} {len(texts)}\n")
        return self.inner.analyze(texts)


@needs_fork
def test_a_document_analysed_in_three_processes_is_analysed_as_in_one(monkeypatch, tmp_path):
    texts = [f"{PARAGRAPHS[i % 4]} Stycke {i}." for i in range(60)]
    serial = default_backend().analyze(texts)
    monkeypatch.setattr(parallel, "MIN_CHARS_PER_SHARE", 100)
    monkeypatch.setattr(parallel, "TASK_CHARS", 100)
    log = tmp_path / "log"
    result = analyze_in_parallel(_RecordingBackend(default_backend(), log), texts, 3)
    assert result == serial  # tokens, lemmas, tags, heads, sentences: every field, in block order
    calls = [line.split() for line in log.read_text().splitlines()]
    assert len({pid for pid, _ in calls}) == 3 and str(os.getpid()) in {pid for pid, _ in calls}
    assert sum(int(count) for _, count in calls) == len(texts)


@needs_fork
def test_a_lint_with_jobs_gives_the_same_report_as_without(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHARS_PER_SHARE", 100)
    monkeypatch.setattr(parallel, "TASK_CHARS", 100)
    document = read_text("\n\n".join(f"{PARAGRAPHS[i % 4]} Stycke {i}." for i in range(40)))
    one = lint_document(document)
    two = lint_document(document, jobs=2)
    assert [(f.rule, f.start, f.end, f.message) for f in two.findings] == [
        (f.rule, f.start, f.end, f.message) for f in one.findings
    ]
    assert two.findings and two.stats == one.stats


def test_a_budgeted_lint_never_forks(monkeypatch):
    """The language server and the web API lint within a budget in their own process."""
    from klarlint.limits import Budget

    monkeypatch.setattr(parallel, "analyze_in_parallel", lambda *a: pytest.fail("forked under a budget"))
    analysis = analyze(read_text(PARAGRAPHS[0]), budget=Budget(60), jobs=4)
    assert analysis.blocks[0].tokens


def test_the_command_line_gives_one_file_the_cores_it_may_use(tmp_path, monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(parallel, "analyze_in_parallel", lambda backend, texts, jobs: seen.append(jobs) or [])
    monkeypatch.setattr("klarlint.runner.available_cores", lambda: 6)
    path = tmp_path / "brev.txt"
    path.write_text(PARAGRAPHS[0], encoding="utf-8")
    run([str(path)], RunOptions())
    run([str(path)], RunOptions(jobs=3))
    run([str(path)], RunOptions(jobs=1))
    assert seen == [6, 3]  # --jobs 1: one process, as asked


@needs_fork
def test_one_huge_paragraph_is_shared_by_its_pieces_and_joined_as_one_process_does(monkeypatch):
    """A block longer than a piece (MAX_CHARS_PER_PIECE) is cut, often mid-sentence; the pieces go to different
    processes and are joined again: tokens renumbered, offsets moved, the cut sentence one sentence."""
    from klarlint.nlp.backend import MAX_CHARS_PER_PIECE

    words = [
        "ansökan",
        "har",
        "behandlats",
        "av",
        "nämnden",
        "och",
        "beslut",
        "väntas",
        "i",
        "maj",
        "men",
        "ingen",
        "vet",
        "när",
    ]
    long_block = " ".join(words[i % len(words)] for i in range(3 * MAX_CHARS_PER_PIECE // 5))  # no full stop
    texts = [PARAGRAPHS[0], long_block, PARAGRAPHS[1] + " " + PARAGRAPHS[2] * 80]
    backend = default_backend()
    serial = backend.analyze(texts)
    monkeypatch.setattr(parallel, "MIN_CHARS_PER_SHARE", 1000)
    monkeypatch.setattr(parallel, "TASK_CHARS", 1000)
    shared = analyze_in_parallel(backend, texts, 3)
    assert shared == serial
    assert len(shared[1].sentences) == len(serial[1].sentences) and len(shared[1].tokens) > 500


def test_where_fork_is_unsafe_the_analysis_stays_in_this_process(monkeypatch):
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    monkeypatch.setattr(parallel, "_in_processes", lambda *a: pytest.fail("forked on macOS"))
    texts = [PARAGRAPHS[0]] * 3
    assert analyze_in_parallel(default_backend(), texts, 4) == default_backend().analyze(texts)


class _SignalBackend:
    """Reports, from the process that analyses, whether SIGTERM has its default action there (in the text)."""

    name = "signals"

    def analyze(self, texts):
        import signal

        from klarlint.analysis import BlockAnalysis

        default = signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
        return [BlockAnalysis(f"{os.getpid()} {default}", [], []) for _ in texts]


@needs_fork
def test_a_forked_worker_dies_of_sigterm_whatever_handler_the_parent_has(monkeypatch):
    """The CLI turns SIGTERM into sys.exit, a Python handler a worker stuck in C never runs: the pool's terminate()
    then waited for good, and `timeout` could not end `--backend stanza` (session 41)."""
    import signal

    monkeypatch.setattr(parallel, "MIN_CHARS_PER_SHARE", 10)
    monkeypatch.setattr(parallel, "TASK_CHARS", 10)
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        analyses = analyze_in_parallel(_SignalBackend(), ["x" * 20] * 4, 2)
    finally:
        signal.signal(signal.SIGTERM, previous)
    workers = [a.text for a in analyses if not a.text.startswith(f"{os.getpid()} ")]
    assert workers and all(text.endswith(" True") for text in workers)


def test_a_backend_that_is_not_fork_safe_stays_in_this_process(monkeypatch):
    """Stanza: PyTorch's thread pool deadlocks in a child forked after it ran (see test_stanza_backend.py)."""

    class NotForkSafe(_SignalBackend):
        fork_safe = False

    monkeypatch.setattr(parallel, "MIN_CHARS_PER_SHARE", 10)
    monkeypatch.setattr(parallel, "_in_processes", lambda *a: pytest.fail("forked a backend that is not fork-safe"))
    analyses = analyze_in_parallel(NotForkSafe(), ["x" * 20] * 4, 2)
    assert [a.text.split()[0] for a in analyses] == [str(os.getpid())] * 4
