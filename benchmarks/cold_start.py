"""Cold start: wall time and peak memory of ``klarlint`` on a one-page letter, in a fresh process.

    python benchmarks/cold_start.py [--runs 5]

Each figure is the median of ``--runs`` fresh processes (peak RSS: the largest).
Also measured, to show where the time goes: ``klarlint --version`` (the
Python + CLI floor), ``klarlint explain`` (no model), and inside one process
the time to import spaCy and to load the shipped model. Goal (issue 7): the
lint run under 2 s.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from _common import EXAMPLES, ROOT, Row, emit, klarlint_command, parser, run_measured

GOAL_SECONDS = 2.0
TEXT = EXAMPLES / "brev-fore.txt"
MODEL_TIMING = """
import json, time
started = time.perf_counter()
from klarlint.nlp.lazy_spacy import import_spacy
import_spacy()  # as klarlint imports it: without spaCy's own command line
imported = time.perf_counter()
from klarlint.nlp.model import load_model
load_model()
print(json.dumps({"import": imported - started, "load": time.perf_counter() - imported}))
"""


def main() -> None:
    args = _arguments()
    klarlint = klarlint_command()
    lint_wall, lint_rss, codes = _median_runs([*klarlint, str(TEXT)], args.runs)
    version_wall, version_rss, _ = _median_runs([*klarlint, "--version"], args.runs)
    explain_wall, explain_rss, _ = _median_runs([*klarlint, "explain", "passive-voice"], args.runs)
    timings = [_model_timing() for _ in range(args.runs)]
    spacy_import = statistics.median(t["import"] for t in timings)
    model_load = statistics.median(t["load"] for t in timings)
    emit(
        [
            Row(
                "cold start",
                f"klarlint {TEXT.relative_to(ROOT)} (wall, median of {args.runs})",
                f"{lint_wall:.2f} s",
                f"< {GOAL_SECONDS:.0f} s",
                lint_wall < GOAL_SECONDS,
            ),
            Row("cold start", "  peak RSS", f"{lint_rss:.0f} MiB"),
            Row("cold start", "  exit codes", ", ".join(sorted(set(codes)))),
            Row("cold start", "klarlint --version (wall / peak RSS)", f"{version_wall:.2f} s / {version_rss:.0f} MiB"),
            Row("cold start", "klarlint explain (no model)", f"{explain_wall:.2f} s / {explain_rss:.0f} MiB"),
            Row("cold start", "  of the lint run: import spaCy (as klarlint does)", f"{spacy_import:.2f} s"),
            Row("cold start", "  of the lint run: load the model", f"{model_load:.2f} s"),
        ],
        args.json,
    )


def _arguments():
    result = parser(__doc__.splitlines()[0])
    result.add_argument("--runs", type=int, default=5, help="fresh processes per measurement (median)")
    return result.parse_args()


def _median_runs(command: list[str], runs: int) -> tuple[float, float, list[str]]:
    results = [run_measured(command, cwd=ROOT) for _ in range(runs)]
    return (
        statistics.median(wall for wall, _, _ in results),
        max(rss for _, rss, _ in results),
        [str(code) for _, _, code in results],
    )


def _model_timing() -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", MODEL_TIMING], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


if __name__ == "__main__":
    main()
