"""Shared pieces of the benchmark scripts: the test corpus, machine facts, result tables.

The benchmarks are scripts, not tests: their figures depend on the machine and
its load, so they print a table (and JSON with ``--json``, for ``run_all.py``)
instead of asserting.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLES = ROOT / "examples"
FALLBACK = Path(__file__).resolve().parent / "corpus_fallback.txt"
SEED = 20240501


@dataclass
class Row:
    """One measured figure, with the goal it is held against (``ok`` is None when there is no goal)."""

    benchmark: str
    measure: str
    value: str
    goal: str = ""
    ok: bool | None = None


def parser(description: str) -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(description=description)
    result.add_argument("--json", action="store_true", help="print the rows as JSON (for run_all.py)")
    return result


def emit(rows: list[Row], as_json: bool) -> None:
    if as_json:
        print(json.dumps([asdict(row) for row in rows], ensure_ascii=False))
    else:
        print_table(rows)


def print_table(rows: list[Row]) -> None:
    print(markdown_table(rows))


def markdown_table(rows: list[Row]) -> str:
    header = ("benchmark", "measure", "value", "goal", "met")
    cells = [(r.benchmark, r.measure, r.value, r.goal, {True: "yes", False: "NO", None: ""}[r.ok]) for r in rows]
    widths = [max(len(str(c[i])) for c in [header, *cells]) for i in range(len(header))]

    def line(values: tuple[str, ...]) -> str:
        return "| " + " | ".join(str(v).ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, cells)])


# --- corpus -----------------------------------------------------------------


def source_paragraphs() -> tuple[list[str], list[str]]:
    """Paragraphs of real Swedish text: ../shared/corpus when present, the examples, else our own text.

    Returns (paragraphs, names of the files they came from).
    """
    files = sorted(SHARED_CORPUS.glob("*.txt")) if SHARED_CORPUS.is_dir() else []
    if not files:
        files.append(FALLBACK)
    files.extend(sorted(EXAMPLES.glob("*.txt")))
    paragraphs: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        paragraphs.extend(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    return paragraphs, [p.name for p in files]


def build_documents(min_words: int, words_per_document: int = 1000, seed: int = SEED) -> list[str]:
    """Documents of about ``words_per_document`` words, shuffled paragraphs, ``min_words`` in all.

    Paragraphs repeat once the sources are used up; each pass is shuffled anew
    (fixed seed) so documents differ.
    """
    paragraphs, _ = source_paragraphs()
    rng = random.Random(seed)
    pool: list[str] = []
    documents: list[str] = []
    current: list[str] = []
    total = current_words = 0
    while total < min_words:
        if not pool:
            pool = paragraphs[:]
            rng.shuffle(pool)
        paragraph = pool.pop()
        words = len(paragraph.split())
        current.append(paragraph)
        current_words += words
        total += words
        if current_words >= words_per_document:
            documents.append("\n\n".join(current) + "\n")
            current, current_words = [], 0
    if current:
        documents.append("\n\n".join(current) + "\n")
    return documents


def word_count(text: str) -> int:
    """White-space separated words: the same yardstick for every measurement."""
    return len(text.split())


# --- machine ----------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
        "load": " ".join(f"{load:.2f}" for load in os.getloadavg()),
        "commit": _git("rev-parse", "--short", "HEAD") + (" + local changes" if _git("diff", "--stat", "src") else ""),
    }


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def klarlint_command() -> list[str]:
    """The installed ``klarlint`` script next to this Python, as a user runs it."""
    script = Path(sys.executable).with_name("klarlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "klarlint.cli"]


# Runs the measured command as the child of a small process, which reports the child's peak RSS. Linux
# carries a process's peak RSS over fork and exec, so a command started straight from this script would
# report at least this script's own peak (which holds the generated inputs: hundreds of MB); the
# launcher's fresh fork only inherits the launcher's few MB.
LAUNCHER = """
import os, sys
report, argv = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as out:
    out.write(f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def run_measured_tree(command: list[str], **kwargs) -> tuple[float, float, float, int]:
    """Like :func:`run_measured`, and also the peak of the memory the command's processes use together.

    Returns (wall seconds, peak RSS in MiB of the largest process, peak of the summed PSS in MiB of the
    command and every process it starts, exit code). Forked workers share the model's pages with their
    parent; PSS counts a shared page once in all (each process a share of it), so the sum is what the
    command costs the machine. It is sampled every SAMPLE_SECONDS, so a peak shorter than that can be missed.
    """
    kwargs.setdefault("stdout", subprocess.DEVNULL)
    kwargs.setdefault("stderr", subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "usage"
        start = time.perf_counter()
        launcher = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(report), *command], **kwargs)
        peak = 0
        while launcher.poll() is None:
            peak = max(peak, sum(_pss_kib(pid) for pid in _descendants(launcher.pid)))
            time.sleep(SAMPLE_SECONDS)
        wall = time.perf_counter() - start
        maxrss, code = report.read_text().split()
    return wall, int(maxrss) / 1024, peak / 1024, int(code)


SAMPLE_SECONDS = 0.05


def _descendants(root: int) -> list[int]:
    """The processes below ``root`` (not ``root`` itself), from the parent ids in /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        parent = int(stat[stat.rindex(")") + 2 :].split()[1])  # the name in (…) may hold spaces
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], list(children.get(root, ()))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_measured(command: list[str], **kwargs) -> tuple[float, float, int]:
    """Run ``command``; returns (wall seconds, peak RSS in MiB of that process, exit code).

    The peak is the command's alone (see LAUNCHER); the wall time includes the launcher's start
    (about 20 ms).
    """
    kwargs.setdefault("stdout", subprocess.DEVNULL)
    kwargs.setdefault("stderr", subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "usage"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", LAUNCHER, str(report), *command], check=False, **kwargs)
        wall = time.perf_counter() - start
        maxrss, code = report.read_text().split()
    return wall, int(maxrss) / 1024, int(code)
