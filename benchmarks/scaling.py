"""Scaling: 200 files linted with ``--jobs 1`` against ``--jobs 2`` (and more, if asked), and one line of text.

    python benchmarks/scaling.py [--files 200] [--words-per-file 500] [--jobs 1 2] [--one-line 100000 400000]

The files are shuffled paragraphs of real Swedish text (see _common.py), about
``--words-per-file`` words each, in a temporary folder. Each run is the real
command line, ``klarlint FOLDER --jobs N --format json``, from a cold start, so
the figure includes starting the workers and loading the model in each. The
JSON reports of all runs must be identical. Goal (issue 7): ≥ 1.7× with two
workers on a two-core machine (which needs both cores free).

One line: a text with no line break at all (a one-line export, a CMS field) is
one block, and a rule that reads the whole block for each finding makes the
time grow with the square of its size (bigfile tester, session 43). The same
real text (the government's pages in ../shared/corpus when present: speaker
tags, acronyms, cited reports), cut to one line of each ``--one-line`` size in
characters, is linted with ``--jobs 1``; the figure is CPU time (user + system, so the machine's load
hardly moves it) less a start-up run on a one-sentence file, and the growth is
the ratio of the two net times divided by the ratio of the sizes: about 1 when
the time grows in proportion to the text, 4 if it grew with its square for
four times the text. ``--one-line`` with no sizes skips it; ``--jobs`` with
none skips the other.
"""

from __future__ import annotations

import hashlib
import re
import resource
import tempfile
from pathlib import Path

from _common import SHARED_CORPUS, Row, build_documents, emit, klarlint_command, parser, run_measured, word_count

GOAL_SPEEDUP = 1.7
GOAL_ONE_LINE_GROWTH = 1.3  # net CPU time per character of the larger one-line text against the smaller's


def main() -> None:
    args = _arguments()
    rows = _jobs_rows(args) if args.jobs else []
    if args.one_line:
        rows += _one_line_rows(args.one_line)
    emit(rows, args.json)


def _one_line_rows(sizes: list[int]) -> list[Row]:
    """One line of real text at each size (characters), CPU seconds of a ``--jobs 1`` lint net of start-up."""
    line = " ".join(" ".join(paragraph.split()) for paragraph in _one_line_paragraphs(max(sizes)))
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        start_up = root / "start.txt"
        start_up.write_text("Vi svarar inom två veckor.", encoding="utf-8")
        base = _cpu_seconds(start_up)
        rows.append(Row("scaling", "one line: start-up (CPU)", f"{base:.2f} s"))
        net: dict[int, float] = {}
        for size in sizes:
            text = line[:size].rsplit(" ", 1)[0] + "."
            if len(text) < size * 0.99:
                raise SystemExit(f"not enough text for a line of {size:,} characters")
            path = root / f"line-{size}.txt"
            path.write_text(text, encoding="utf-8")  # no line break at all, not even at the end
            seconds = _cpu_seconds(path)
            net[size] = seconds - base
            rows.append(
                Row(
                    "scaling",
                    f"one line of {size:,} characters (CPU, --jobs 1)",
                    f"{seconds:.2f} s, net {net[size]:.2f} s",
                )
            )
    for small, large in zip(sizes, sizes[1:], strict=False):
        growth = (net[large] / net[small]) / (large / small)
        rows.append(
            Row(
                "scaling",
                f"one line: growth per character, {small:,} → {large:,}",
                f"{growth:.2f} (time ×{net[large] / net[small]:.2f} for text ×{large / small:.0f})",
                f"≤ {GOAL_ONE_LINE_GROWTH}",
                growth <= GOAL_ONE_LINE_GROWTH,
            )
        )
    return rows


def _one_line_paragraphs(size: int) -> list[str]:
    """The government's pages (../shared/corpus/regeringen: press releases with speaker tags, acronyms and cited
    reports, what made a long block slow) as plain paragraphs, when there are enough; else the benchmark corpus."""
    files = sorted((SHARED_CORPUS / "regeringen").glob("**/*.md"))
    paragraphs = []
    for path in files:
        for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            paragraph = LINK.sub(r"\1", paragraph).strip().lstrip("#*- ").strip()
            if len(paragraph) > 40:
                paragraphs.append(paragraph)
    if sum(len(paragraph) + 1 for paragraph in paragraphs) >= size:
        return paragraphs
    return build_documents(size // 4, words_per_document=10**9)[0].split("\n\n")


LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # a Markdown link: its text stays


def _cpu_seconds(path: Path) -> float:
    """CPU seconds (user + system) of ``klarlint PATH --jobs 1``, from the usage of waited-for children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    _, _, code = run_measured([*klarlint_command(), str(path), "--jobs", "1", "--format", "json"])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code not in (0, 1):
        raise SystemExit(f"klarlint {path.name} exited with {code}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _jobs_rows(args) -> list[Row]:
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
    return rows


def _arguments():
    result = parser(__doc__.splitlines()[0])
    result.add_argument("--files", type=int, default=200)
    result.add_argument("--words-per-file", type=int, default=500)
    result.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="worker counts; the first is the base")
    result.add_argument(
        "--one-line", type=int, nargs="*", default=[100_000, 400_000], help="sizes in characters of the one-line texts"
    )
    return result.parse_args()


if __name__ == "__main__":
    main()
