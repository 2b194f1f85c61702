"""Linting many files in worker processes (--jobs): same output as a serial run, crashes isolated."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import jobs_helpers
from klarlint import runner
from klarlint.errors import KlarlintError
from klarlint.runner import RunOptions, map_in_workers, run, worker_count
from test_cli import klarlint

PAGES = {
    "a-ansokan.txt": "Din ansökan har behandlats.\n\nBeslutet fattades av nämnden i går.\n",
    "b-bra.md": "# Bygglov\n\nVi har fått din ansökan. Vi svarar inom två veckor.\n",
    "sub/c-blankett.txt": "Blanketten ska skickas in senast den 1 maj. Vi tillhandahåller hjälp.\n",
    "sub/d-kort.txt": "Hej!\n",
    "sub/deeper/e-lang.md": "Ansökan prövas av nämnden. " * 6 + "\n",
}


def _site(root: Path) -> Path:
    for name, text in PAGES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "sub" / "trasig.txt").write_bytes(b"\x00\x01\x02 binary")
    return root


def test_jobs_2_prints_the_same_json_as_jobs_1(tmp_path: Path) -> None:
    site = _site(tmp_path / "site")
    serial = klarlint("site", "--format", "json", "--jobs", "1", cwd=tmp_path)
    parallel = klarlint("site", "--format", "json", "--jobs", "2", cwd=tmp_path)
    assert serial.returncode == parallel.returncode == 2  # the binary file is an input error
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr
    files = json.loads(parallel.stdout)["files"]
    paths = [f["path"] for f in files]
    assert paths == sorted(paths) and len(paths) == len(PAGES) + 1
    assert [f["path"] for f in files if "error" in f] == [str(Path("site/sub/trasig.txt"))]
    by_name = {Path(f["path"]).name: f for f in files}
    assert [f["text"] for f in by_name["a-ansokan.txt"]["findings"] if f["rule"] == "passive-voice"] == [
        "behandlats",
        "fattades",
    ]
    assert by_name["b-bra.md"]["findings"] == []
    assert site.is_dir()


def test_workers_keep_input_order_and_blame_only_the_file_that_crashes() -> None:
    items = ["a", "b", "krasch", "c", "d", "e"]
    results = map_in_workers(jobs_helpers.shout, items, 2, on_crash=jobs_helpers.crashed)
    assert results == ["A", "B", "kraschade: krasch", "C", "D", "E"]


def test_workers_that_always_crash_give_up_without_a_pool_per_item(monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[int] = []
    real_run_pool = runner._run_pool

    def counting_run_pool(*args, **kwargs):
        pools.append(1)
        return real_run_pool(*args, **kwargs)

    monkeypatch.setattr(runner, "_run_pool", counting_run_pool)
    items = [f"krasch-{i}" for i in range(8)]
    results = map_in_workers(jobs_helpers.shout, items, 2, on_crash=jobs_helpers.crashed)
    assert results == [f"kraschade: {item}" for item in items]
    assert len(pools) < len(items)


def test_an_error_raised_in_a_worker_reaches_the_caller() -> None:
    with pytest.raises(KlarlintError, match="konfigurationen är trasig"):
        map_in_workers(jobs_helpers.shout, ["a", "fel", "b"], 2, on_crash=jobs_helpers.crashed)


def test_a_bug_on_one_file_becomes_that_files_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _site(tmp_path)
    real_lint_document = runner.lint_document

    def flaky(document, *args, **kwargs):
        if document.path and document.path.endswith("b-bra.md"):
            raise ValueError("oväntat värde")
        return real_lint_document(document, *args, **kwargs)

    monkeypatch.setattr(runner, "lint_document", flaky)
    monkeypatch.delenv("KLARLINT_DEBUG", raising=False)
    report, _ = run([str(tmp_path)], RunOptions(jobs=1))
    errors = {Path(r.path).name: r.error for r in report.files if r.error}
    assert errors.keys() == {"b-bra.md", "trasig.txt"}
    assert "internt fel" in errors["b-bra.md"] and "oväntat värde" in errors["b-bra.md"]
    assert any(r.findings for r in report.files)


def test_worker_count(tmp_path: Path) -> None:
    small = [tmp_path / f"{i}.txt" for i in range(3)]
    for path in small:
        path.write_text("Hej.\n", encoding="utf-8")
    assert worker_count(None, small[:1]) == 1
    assert worker_count(8, small[:1]) == 1  # one file never starts a pool
    assert worker_count(1, small) == 1
    assert worker_count(8, small) == 3  # never more workers than files
    assert worker_count(None, small) == 1  # too little text to pay for starting workers
    with (tmp_path / "0.txt").open("r+b") as handle:
        handle.truncate(runner.MIN_BYTES_FOR_WORKERS)
    assert worker_count(None, small) == min(3, runner.available_cores())


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    result = klarlint("-", "--jobs", "0", cwd=tmp_path, stdin="Hej.\n")
    assert result.returncode == 2
    assert result.stderr.strip() == "klarlint: --jobs ska vara minst 1 (fick 0)"


@pytest.mark.skipif(runner.worker_start_method() != "fork", reason="workers are spawned on this platform")
def test_forked_workers_use_the_model_the_main_process_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from klarlint import linter

    site = _site(tmp_path)
    main_process, real_backend = os.getpid(), linter.SpacyBackend

    def backend_in_main_process_only(*args, **kwargs):
        if os.getpid() != main_process:
            raise KlarlintError("modellen laddades en gång till i arbetsprocessen")
        return real_backend(*args, **kwargs)

    monkeypatch.setattr(linter, "_backends", {})
    monkeypatch.setattr(linter, "SpacyBackend", backend_in_main_process_only)
    files = sorted(site.rglob("*.txt"))
    reports = runner.lint_in_workers(files, RunOptions(jobs=2), 2)
    assert [Path(r.path).name for r in reports] == [p.name for p in files]
    assert [r.path for r in reports if r.error] == [str(site / "sub" / "trasig.txt")]
    assert any(f.rule == "passive-voice" for r in reports for f in r.findings)


def _children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (from /proc: no ps on a slim CI image)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie (a dead orphan waits in /proc until whoever adopted it reaps it)."""
    try:
        return (Path(f"/proc/{pid}") / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _workers_started(process) -> set[int]:
    """The child processes of ``process`` once at least two (its workers) are there, within two minutes."""
    deadline = time.monotonic() + 120
    while len(children := _children(process.pid)) < 2 and process.poll() is None:
        assert time.monotonic() < deadline, "the workers never started"
        time.sleep(0.2)
    return children


def _no_worker_left(children: set[int]) -> None:
    """Every one of ``children`` has ended within 20 seconds (none lives on as an orphan)."""
    deadline = time.monotonic() + 20
    while any(map(_running, children)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [child for child in children if _running(child)]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_sigterm_stops_the_worker_processes_too(tmp_path: Path) -> None:
    """``docker stop`` or a CI timeout sends SIGTERM to the main process only: its workers had lived on as orphans,
    each finishing its file."""
    import signal
    import subprocess
    import sys

    sentence = "Ansökan skall behandlas av nämnden innan beslut fattas i enlighet med gällande regler. "
    for number in range(40):
        (tmp_path / f"sida{number}.txt").write_text(f"Sida {number}.\n\n" + sentence * 400, encoding="utf-8")
    command = [sys.executable, "-c", "from klarlint.cli import main; main()", ".", "--jobs", "2", "-f", "json"]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        children = _workers_started(process)
        time.sleep(1)  # the workers are linting
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 128 + signal.SIGTERM
        _no_worker_left(children)
        assert b"Traceback" not in process.stderr.read()
    finally:
        process.kill()
        process.wait()


STUCK_AFTER_SIGTERM = """
import multiprocessing, threading, time
from klarlint import cli

cli.EXIT_GRACE = 1.0


def work():
    time.sleep(600)


if __name__ == "__main__":
    worker = multiprocessing.get_context("fork").Process(target=work)
    worker.start()
    print(worker.pid, flush=True)
    cli._exit_on_sigterm()
    stuck = threading.Event()
    try:
        stuck.wait()  # the run
    except SystemExit:
        stuck.wait()  # a shutdown that never ends: the pool's rare race (the clean-clone CI, session 53)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_stop_that_hangs_after_sigterm_still_ends_with_its_workers() -> None:
    """SIGTERM must end the run: an orderly stop that hangs is cut short after EXIT_GRACE, workers and all."""
    import signal
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", STUCK_AFTER_SIGTERM], stdout=subprocess.PIPE)
    try:
        worker = int(process.stdout.readline())
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 128 + signal.SIGTERM
        _no_worker_left({worker})
    finally:
        process.kill()
        process.wait()
