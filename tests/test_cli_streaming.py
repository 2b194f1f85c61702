"""A folder run prints each file as it is done, and a run stopped midway says how far it got (scale tester,
session 42: 5,000 files had printed nothing for minutes, and Ctrl-C or a CI job's time limit left an empty log)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import jobs_helpers
from klarlint.output import Live, OutputOptions, finish
from klarlint.report import FileReport, Finding, Report
from klarlint.rules.base import Severity
from klarlint.runner import iter_in_workers
from test_jobs import _children, _no_worker_left, _workers_started

SENTENCE = "Ansökan skall behandlas av nämnden innan beslut fattas i enlighet med gällande regler. "
NEEDS_PROC = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def _folder(root: Path, files: int = 200) -> Path:
    root.mkdir()
    for number in range(files):
        (root / f"sida{number:03d}.txt").write_text(f"Sida {number}.\n\n" + SENTENCE * 20, encoding="utf-8")
    return root


def _start(args: list[str], cwd: Path) -> subprocess.Popen:
    command = [sys.executable, "-c", "from klarlint.cli import main; main()", *args]
    # Ctrl-C's default action in the run, as a shell gives a foreground job: a test suite started in the background (a
    # CI script run with `&`) has SIGINT ignored, the run inherited that, finished all 200 files and exited 1 with
    # nothing on stderr (two clean-clone CI runs of session 44; test_corpus_interrupt does the same)
    return subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _stopped_line(stderr: str) -> re.Match[str]:
    # (a stop before the first file is done says *innan någon fil granskades*: done 0)
    found = re.search(r"klarlint: granskningen avbröts(?:: (\d+) av 200 filer| innan någon fil) granskades(.*)", stderr)
    assert found is not None, stderr
    return found


@NEEDS_PROC
def test_ctrl_c_keeps_the_files_printed_and_says_how_far_the_run_got(tmp_path: Path) -> None:
    _folder(tmp_path / "docs")
    process = _start(["docs", "--jobs", "2"], tmp_path)
    try:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()  # the first file's first finding, long before the 200th file
        assert first.startswith("docs/sida000.txt:"), first
        children = _children(process.pid)
        assert len(children) >= 2, children  # the workers
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 130, err
        done = int(_stopped_line(err).group(1) or 0)
        assert 1 <= done < 200
        assert "Traceback" not in err
        printed = first + out
        # every file counted as done was printed whole, in order, and none after it
        for number in range(done):
            assert f"Sammanfattning: docs/sida{number:03d}.txt" in printed
        assert f"docs/sida{done:03d}.txt" not in printed
        assert "anmärkningar i" not in printed  # the run's total is for a whole run
        _no_worker_left(children)
    finally:
        process.kill()
        process.wait()


@NEEDS_PROC
def test_sigterm_writes_no_half_json_report_or_baseline_and_says_so(tmp_path: Path) -> None:
    _folder(tmp_path / "docs")
    args = ["docs", "--jobs", "2", "-f", "json", "--report", "r.html", "--write-baseline", "b.json"]
    process = _start(args, tmp_path)
    try:
        children = _workers_started(process)
        time.sleep(1)  # the workers are linting
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 143
        stopped = _stopped_line(err)
        assert stopped.group(2) == "; ingen JSON, ingen rapport (--report) och ingen baslinje (--write-baseline) skrevs"
        assert out == ""
        assert not (tmp_path / "r.html").exists() and not (tmp_path / "b.json").exists()
        _no_worker_left(children)
    finally:
        process.kill()
        process.wait()


def test_an_unreadable_file_is_said_on_stderr_when_it_is_reached(tmp_path: Path) -> None:
    process = _start(["a.txt", "trasig.txt", "c.txt"], _two_files_and_a_binary(tmp_path))
    out, err = process.communicate(timeout=300)
    assert process.returncode == 2
    assert err.count("trasig.txt: filen ser ut att vara binär") == 1  # said once, not again at the end
    assert out.index("Sammanfattning: a.txt") < out.index("Sammanfattning: c.txt")


def _two_files_and_a_binary(root: Path) -> Path:
    (root / "a.txt").write_text("Din ansökan har behandlats.\n", encoding="utf-8")
    (root / "trasig.txt").write_bytes(b"\x00\x01\x02 binary")
    (root / "c.txt").write_text("Beslutet fattades i går.\n", encoding="utf-8")
    return root


def test_workers_hand_over_a_result_while_later_items_still_run(tmp_path: Path) -> None:
    flag = tmp_path / "flag"
    results = iter_in_workers(
        jobs_helpers.wait_for_flag, [str(tmp_path / "finns"), str(flag)], 2, on_crash=jobs_helpers.crashed
    )
    (tmp_path / "finns").touch()
    try:
        assert next(results) == "flagged"  # the first item, while the second waits for this test
        flag.touch()
        assert list(results) == ["flagged"]
    finally:
        results.close()


def test_a_stopped_run_leaves_no_pool_thread_behind(tmp_path: Path) -> None:
    """Closing the generator while an item still runs stops the pool's workers and its manager thread: left running,
    the manager thread raced Python's exit hook for its wake-up pipe, and a Ctrl-C run now and then ended with a
    "Bad file descriptor" traceback (the clean-clone CI, session 42)."""
    results = iter_in_workers(
        jobs_helpers.wait_for_flag,
        [str(tmp_path / "finns"), str(tmp_path / "aldrig")],
        2,
        on_crash=jobs_helpers.crashed,
        start_method="fork",
    )
    (tmp_path / "finns").touch()
    assert next(results) == "flagged"  # the second item waits for a flag that never comes
    results.close()
    assert not [thread for thread in threading.enumerate() if type(thread).__name__ == "_ExecutorManagerThread"]


@pytest.mark.parametrize("initializer", ["runner", "crawl"])
def test_a_worker_dies_at_once_on_sigterm(initializer: str) -> None:
    """A forked worker had inherited the CLI's SIGTERM handler (sys.exit): raised inside a ``__del__`` its
    SystemExit was only printed, the worker lived on, and a stopped run's exit waited for it for ever (the CI
    tester, session 43). The parent here has such a handler, as the CLI has."""
    from klarlint import crawl, runner
    from klarlint.runner import RunOptions

    init = runner._init_worker if initializer == "runner" else crawl._init_worker
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        results = iter_in_workers(
            jobs_helpers.sigterm_handler,
            ["a"],
            1,
            on_crash=jobs_helpers.crashed,
            initializer=init,
            initargs=(RunOptions(),),
            start_method="fork",
        )
        assert list(results) == ["default"]
    finally:
        signal.signal(signal.SIGTERM, previous)


def _finding(line: int, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(
        rule="passive-voice",
        severity=severity,
        message="Skriv aktivt.",
        line=line,
        column=1,
        end_line=line,
        end_column=5,
        start=0,
        end=4,
        text="gjort",
        suggestion=None,
        reference=None,
    )


def test_the_terminal_format_prints_a_file_when_it_is_done(capsys: pytest.CaptureFixture[str]) -> None:
    live = Live(OutputOptions())
    first = FileReport("a.txt", findings=[_finding(3)])
    live.file_done(first)
    assert "a.txt:3:1" in capsys.readouterr().out  # before the run ends
    second = FileReport("b.txt", error="b.txt: kan inte läsas (åtkomst nekad)")
    live.file_done(second)
    assert capsys.readouterr().err == "klarlint: b.txt: kan inte läsas (åtkomst nekad)\n"
    assert finish(Report([first, second]), Severity.WARNING, OutputOptions(), live=live) == 2
    out, err = capsys.readouterr()
    assert "a.txt:3:1" not in out and "1 anmärkning i 1 fil." in out  # only the total is left
    assert err == ""  # the error line is not said twice


def test_github_prints_half_the_cap_as_files_are_done_and_keeps_the_most_severe_for_the_rest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    options = OutputOptions(format="github", max_annotations=4)
    live = Live(options)
    files = [
        FileReport("a.txt", findings=[_finding(1, Severity.INFO)]),
        FileReport("b.txt", findings=[_finding(n, Severity.INFO) for n in (1, 2, 3)]),
        FileReport("c.txt", findings=[_finding(n) for n in (1, 2)]),
        FileReport("d.txt", error="d.txt: kan inte läsas (åtkomst nekad)"),
    ]
    live.file_done(files[0])
    live.file_done(files[1])
    streamed = capsys.readouterr().out.splitlines()
    assert [line.split(",")[0] for line in streamed] == ["::notice file=a.txt", "::notice file=b.txt"]
    for report in files[2:]:
        live.file_done(report)
    assert capsys.readouterr().out == ""  # half the cap (2) is printed: the rest waits for the most severe
    finish(Report(files), Severity.WARNING, options, live=live)
    rest = capsys.readouterr().out.splitlines()
    assert [line.split(",")[0] for line in rest[:2]] == ["::warning file=c.txt", "::error file=d.txt"]
    assert rest[2].startswith("::notice title=klarlint::3 av 7 annoteringar visas inte")
    assert len(streamed) + len(rest) - 1 == 4


def test_a_stopped_github_run_annotates_the_most_severe_of_the_files_done(capsys: pytest.CaptureFixture[str]) -> None:
    options = OutputOptions(format="github", max_annotations=2)
    live = Live(options)
    live.start(3)
    with pytest.raises(KeyboardInterrupt), live:
        live.file_done(FileReport("a.txt", findings=[_finding(1, Severity.INFO), _finding(2, Severity.INFO)]))
        live.file_done(FileReport("b.txt", findings=[_finding(1, Severity.ERROR)]))
        raise KeyboardInterrupt
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("::notice file=a.txt,line=1") and lines[1].startswith("::error file=b.txt")
    assert len(lines) == 3 and "1 av 3 annoteringar visas inte" in lines[2]
    assert err == "klarlint: granskningen avbröts: 2 av 3 filer granskades\n"


def test_a_reader_that_leaves_early_is_no_interruption(tmp_path: Path) -> None:
    """`klarlint docs/ | head`: rich ends the run when the pipe closes; that is not *granskningen avbröts*."""
    _folder(tmp_path / "docs", files=20)
    process = _start(["docs", "--jobs", "1"], tmp_path)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith("docs/sida000.txt:")
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=300) in (0, 1)
    assert "avbröts" not in err and "Traceback" not in err
