"""Corpus throughput on a local Dask cluster: one worker process against two, and the national estimate.

    python benchmarks/corpus.py [--rounds 2] [--batch-size 20] [--pages N]

The pages are the real regeringen.se pages in ../shared/corpus/regeringen/ (Markdown),
written to a JSON Lines file; without that folder the benchmark says so and exits 0.
Both clusters (1 and 2 single-threaded worker processes on 127.0.0.1) are started and
warmed up first (each worker loads the model and lints a page), so the timed runs are
linting only; the runs alternate 1, 2, 1, 2, … so that load from other work on the
machine falls on both alike. Each run goes through ``run_corpus`` as the command does
and writes its Parquet parts; every run's output must be the same. The best run per
configuration counts (the least disturbed by other work). Goal (issue 18): ≥ 1.8× with
two workers. The per-core rate gives the estimate for ten million pages of 500 words.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, Row, emit, parser

REGERINGEN = ROOT.parent / "shared" / "corpus" / "regeringen"
GOAL_SPEEDUP = 1.8
NATIONAL_PAGES = 10_000_000
NATIONAL_WORDS_PER_PAGE = 500
MACHINE_CORES = 16  # a common cloud machine for the estimate
TARGET_HOURS = 8  # a night's run


def main() -> None:
    args = _arguments()
    if not REGERINGEN.is_dir():
        print(f"corpus benchmark skipped: {REGERINGEN} is not present", file=sys.stderr)
        return
    from distributed import Client

    from klarlint.config import Config
    from klarlint.corpus.cluster import local_cluster
    from klarlint.corpus.pages import Batch, Page
    from klarlint.corpus.run import CorpusOptions, read_output, run_corpus
    from klarlint.corpus.worker import lint_batch

    files = sorted(REGERINGEN.rglob("*.md"))[: args.pages]
    load_before = os.getloadavg()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pages = root / "regeringen.jsonl"
        with pages.open("w", encoding="utf-8") as handle:
            for path in files:
                site = "regeringen.se/" + path.relative_to(REGERINGEN).parts[0]
                url = "https://www.regeringen.se/" + path.relative_to(REGERINGEN).with_suffix("").as_posix()
                text = path.read_text(encoding="utf-8")
                handle.write(json.dumps({"url": url, "site": site, "text": text, "format": "markdown"}) + "\n")
        warm = Batch(-1, (Page(0, "https://a.se/", "a.se", "Ansökan ska lämnas in. Den prövas av nämnden."),))
        clusters = {n: local_cluster(n) for n in args.workers}
        clients = {n: Client(cluster) for n, cluster in clusters.items()}
        try:
            for client in clients.values():
                client.run(lint_batch, warm, Config())  # every worker loads the model before the clock starts
            seconds: dict[int, list[float]] = {n: [] for n in args.workers}
            words = findings = 0
            outputs = set()
            for round_number in range(args.rounds):
                for n in args.workers:
                    output = root / f"ut-{n}-{round_number}"
                    started = time.perf_counter()
                    summary = run_corpus(
                        [pages], output, clients[n], Config(), CorpusOptions(batch_size=args.batch_size)
                    )
                    seconds[n].append(time.perf_counter() - started)
                    words, findings = summary.words, summary.findings
                    stats, found = read_output(output)
                    output_bytes = sum(p.stat().st_size for p in output.rglob("*.parquet"))
                    outputs.add((stats.drop_columns(["batch"]).to_pylist().__repr__(), found.num_rows))
                    print(f"… {n} worker(s), round {round_number + 1}: {seconds[n][-1]:.1f} s", file=sys.stderr)
        finally:
            for n in clients:
                clients[n].close()
                clusters[n].close()
    load_after = os.getloadavg()
    rows.append(Row("corpus", "pages", f"{len(files)} regeringen.se pages, {words:,} words, {findings:,} findings"))
    rows.append(Row("corpus", "load average before / after", f"{_load(load_before)} / {_load(load_after)}"))
    rate = {n: words / min(times) for n, times in seconds.items()}
    for n, times in seconds.items():
        runs = ", ".join(f"{t:.1f}" for t in times)
        rows.append(
            Row(
                "corpus",
                f"{n} worker(s), best of {len(times)} (runs: {runs} s)",
                f"{min(times):.1f} s, {rate[n]:,.0f} words/s (median {words / statistics.median(times):,.0f})",
            )
        )
    base = args.workers[0]
    for n in args.workers[1:]:
        pairs = [one / other for one, other in zip(seconds[base], seconds[n], strict=True)]
        rows.append(
            Row(
                "corpus",
                f"speed-up {n} workers / {base}, per round (runs side by side)",
                ", ".join(f"{p:.2f}×" for p in pairs) + f"; median {statistics.median(pairs):.2f}×",
            )
        )
        speedup = rate[n] / rate[base]
        goal = f"≥ {GOAL_SPEEDUP}×" if n == 2 and base == 1 else ""
        ok = speedup >= GOAL_SPEEDUP if goal else None
        rows.append(Row("corpus", f"speed-up {n} workers / {base}, best runs", f"{speedup:.2f}×", goal, ok))
    rows.append(
        Row("corpus", "same output in every run", "yes" if len(outputs) == 1 else "NO", "yes", len(outputs) == 1)
    )
    rows.append(Row("corpus", "Parquet output", f"{output_bytes / len(files) / 1024:.1f} KiB per page (both tables)"))
    rows += _estimate(rate[base] / base, words / len(files), output_bytes / len(files))
    emit(rows, args.json)


def _estimate(per_core: float, words_per_page: float, bytes_per_page: float) -> list[Row]:
    total = NATIONAL_PAGES * NATIONAL_WORDS_PER_PAGE
    core_hours = total / per_core / 3600
    machines = math.ceil(core_hours / (MACHINE_CORES * TARGET_HOURS))
    output = NATIONAL_PAGES * bytes_per_page * NATIONAL_WORDS_PER_PAGE / words_per_page / 1024**3
    return [
        Row("corpus", "per-core rate (from 1 worker)", f"{per_core:,.0f} words/s"),
        Row(
            "corpus",
            f"estimate: {NATIONAL_PAGES:,} pages × {NATIONAL_WORDS_PER_PAGE} words",
            f"{core_hours:,.0f} core-hours; {machines} machines of {MACHINE_CORES} cores for ≤ {TARGET_HOURS} h "
            f"({core_hours / (machines * MACHINE_CORES):.1f} h), or {core_hours / MACHINE_CORES:,.0f} h on one; "
            f"about {output:,.0f} GiB of Parquet (scaled by words per page)",
        ),
    ]


def _load(values: tuple[float, float, float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def _arguments():
    result = parser(__doc__.splitlines()[0])
    result.add_argument("--rounds", type=int, default=2, help="runs per configuration, alternating")
    result.add_argument("--batch-size", type=int, default=20, help="pages per task (718 pages: 36 tasks)")
    result.add_argument("--pages", type=int, default=None, help="only the first N pages")
    result.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts; the first is the base")
    return result.parse_args()


if __name__ == "__main__":
    main()
