"""Run every benchmark and print one table; ``--write`` records it in benchmarks/RESULTS.md.

    python benchmarks/run_all.py [--write] [--only throughput cold_start ...]

Each benchmark runs as its own process (``--json``), one after the other, so
none of them measures another's memory or warm caches. ``--write`` replaces
the part of RESULTS.md between its result markers (machine, load, commit,
table) and keeps the notes around it. The whole run takes several minutes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from _common import Row, machine, markdown_table

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
BENCHMARKS = ["throughput", "cold_start", "scaling", "hostile", "lsp_latency"]
START, END = "<!-- results:start -->", "<!-- results:end -->"


def main() -> None:
    write = "--write" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1 :] if "--only" in sys.argv else BENCHMARKS
    before = machine()
    rows: list[Row] = []
    timings = []
    for name in BENCHMARKS:
        script = HERE / f"{name}.py"
        if name not in only or not script.exists():
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(script), "--json"], capture_output=True, text=True, cwd=HERE)
        timings.append(f"{name} {time.perf_counter() - started:.0f} s")
        if done.returncode != 0:
            rows.append(Row(name, "failed", (done.stderr.strip().splitlines() or ["?"])[-1][:200], "", False))
            continue
        rows.extend(Row(**row) for row in json.loads(done.stdout.strip().splitlines()[-1]))
    after = machine()
    table = markdown_table(rows)
    print(table)
    if write:
        _write(before, after, table, timings)


def _write(before: dict[str, str], after: dict[str, str], table: str, timings: list[str]) -> None:
    section = "\n".join(
        [
            START,
            f"Recorded {before['date']} with `python benchmarks/run_all.py --write` at commit {before['commit']}.",
            "",
            f"- Machine: {before['nproc']} CPUs ({before['cpu']}), {before['ram']} RAM, Python {before['python']}",
            f"- Load average (1, 5, 15 min): {before['load']} before, {after['load']} after",
            f"- Run time: {', '.join(timings)}",
            "",
            table,
            END,
        ]
    )
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else f"# Benchmark results\n\n{START}\n{END}\n"
    if START not in text:
        text += f"\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1] if END in rest else ""
    RESULTS.write_text(head + section + tail, encoding="utf-8")
    print(f"written to {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
