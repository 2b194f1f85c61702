"""The benchmarks' memory measure counts every process a command starts (benchmarks/_common.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _common import run_measured_tree  # noqa: E402

# The parent holds 60 MB and forks two workers that hold 150 MB each of their own. A worker's RSS counts
# the parent's pages it shares (about 210 MB); all three together use about 360 MB.
FORKING = """
import os, time
parent = bytearray(60 * 2**20)
pids = []
for _ in range(2):
    pid = os.fork()
    if pid == 0:
        worker = bytearray(150 * 2**20)
        time.sleep(0.8)
        os._exit(0)
    pids.append(pid)
for pid in pids:
    os.waitpid(pid, 0)
"""


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux /proc")
def test_the_tree_measure_adds_a_forked_workers_memory_to_its_parents() -> None:
    wall, largest, tree, code = run_measured_tree([sys.executable, "-c", FORKING])
    assert code == 0
    assert 190 < largest < 260
    assert tree > largest + 100
