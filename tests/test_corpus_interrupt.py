"""Ctrl-C on ``klarlint corpus`` with a local cluster: klarlint's own exit, not a traceback per worker.

The terminal sends SIGINT to the whole foreground process group. The Dask worker processes had been in
klarlint's group, so each got it and printed a KeyboardInterrupt traceback (four workers, 67 lines).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

if not os.environ.get("KLARLINT_REQUIRE_CORPUS"):  # CI sets it: there a missing extra fails, never skips
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
psutil = pytest.importorskip("psutil")

PAGE = "Ansökan skall lämnas in av den sökande. Beslutet fattades av nämnden efter att ärendet hade beretts."


def _workers(pid: int) -> list:
    """The Dask worker processes under ``pid`` (spawned by multiprocessing)."""
    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    found = []
    for child in children:
        try:
            if "--multiprocessing-fork" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            continue
    return found


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_ctrl_c_stops_the_run_without_worker_tracebacks(tmp_path: Path) -> None:
    pages = tmp_path / "sidor.jsonl"
    with pages.open("w", encoding="utf-8") as out:
        for number in range(400):
            out.write(json.dumps({"url": f"https://example.se/{number}", "text": PAGE * 20}) + "\n")
    command = [sys.executable, "-c", "from klarlint.cli import main; main()", "corpus", str(pages)]
    process = subprocess.Popen(
        [*command, "-o", str(tmp_path / "ut"), "--workers", "2", "--batch-size", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a group of its own, as a shell gives a foreground job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 120
        while len(_workers(process.pid)) < 2 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        workers = _workers(process.pid)
        assert len(workers) >= 2, "the local cluster's workers did not start"
        time.sleep(3)  # the workers are running Python now (imports done), as after a user's wait
        os.killpg(process.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
        _, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    # how far it got, and how to go on (it had said nothing)
    assert re.search(
        r"Avbrutet: \d+ batch(ar)? \(\d+ sid(a|or)\) skrivna i .*ut; fortsätt med samma kommando och --resume", stderr
    )
    time.sleep(1)
    assert not [worker for worker in workers if worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE]


def test_the_local_cluster_listens_on_127_0_0_1_only_and_not_on_port_8787() -> None:
    """Its scheduler's HTTP endpoint had taken port 8787, a fixed port on a shared server."""
    from klarlint.corpus.cluster import local_cluster_address

    with local_cluster_address(1) as address:
        assert address.startswith("tcp://127.0.0.1:")
        launcher = [p for p in psutil.Process().children() if "serve_local_cluster" in " ".join(p.cmdline())]
        assert len(launcher) == 1
        listening = [
            c.laddr
            for process in [launcher[0], *launcher[0].children(recursive=True)]
            for c in process.net_connections(kind="inet")
            if c.status == psutil.CONN_LISTEN
        ]
    assert len(listening) >= 3  # the scheduler, its HTTP endpoint, the worker (and its nanny)
    assert all(addr.ip == "127.0.0.1" for addr in listening), listening
    assert 8787 not in {addr.port for addr in listening}, listening
