"""Scaling: 200 files linted with ``--jobs 1`` against ``--jobs 2`` (and more, if asked).

    python benchmarks/scaling.py [--files 200] [--words-per-file 500] [--jobs 1 2]

The files are shuffled paragraphs of real Swedish text (see _common.py), about
``--words-per-file`` words each, in a temporary folder. Each run is the real
command line, ``klarlint FOLDER --jobs N --format json``, from a cold start, so
the figure includes starting the workers and loading the model in each. The
JSON reports of all runs must be identical. Goal (issue 7): ≥ 1.7× with two
workers on a two-core machine (which needs both cores free).
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from _common import Row, build_documents, emit, klarlint_command, parser, run_measured, word_count

GOAL_SPEEDUP = 1.7


def main() -> None:
    args = _arguments()
    documents = build_documents(args.files * args.words_per_file, words_per_document=args.words_per_file)
    documents = (documents * 2)[: args.files]
    words = sum(word_count(d) for d in documents)
    rows = [Row("scaling", "corpus", f"{len(documents)} files, {words:,} words")]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        texts = root / "texter"
        texts.mkdir()
        for number, document in enumerate(documents):
            (texts / f"sida-{number:03d}.txt").write_text(document, encoding="utf-8")
        seconds: dict[int, float] = {}
        digests = set()
        for jobs in args.jobs:
            output = root / f"jobs-{jobs}.json"
            with output.open("wb") as handle:
                wall, rss, code = run_measured(
                    [*klarlint_command(), str(texts), "--jobs", str(jobs), "--format", "json"], stdout=handle
                )
            if code not in (0, 1):
                raise SystemExit(f"klarlint --jobs {jobs} exited with {code}")
            digests.add(hashlib.sha256(output.read_bytes()).hexdigest())
            seconds[jobs] = wall
            rows.append(
                Row(
                    "scaling",
                    f"--jobs {jobs}",
                    f"{wall:.1f} s, {words / wall:,.0f} words/s, peak RSS {rss:.0f} MiB (largest process)",
                )
            )
    base = seconds[args.jobs[0]]
    for jobs in args.jobs[1:]:
        speedup = base / seconds[jobs]
        goal = f"≥ {GOAL_SPEEDUP}×" if jobs == 2 else ""
        rows.append(
            Row(
                "scaling", f"speed-up --jobs {jobs}", f"{speedup:.2f}×", goal, speedup >= GOAL_SPEEDUP if goal else None
            )
        )
    rows.append(
        Row(
            "scaling",
            "same JSON report for every --jobs",
            "yes" if len(digests) == 1 else "NO",
            "yes",
            len(digests) == 1,
        )
    )
    emit(rows, args.json)


def _arguments():
    result = parser(__doc__.splitlines()[0])
    result.add_argument("--files", type=int, default=200)
    result.add_argument("--words-per-file", type=int, default=500)
    result.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts; the first is the base")
    return result.parse_args()


if __name__ == "__main__":
    main()
