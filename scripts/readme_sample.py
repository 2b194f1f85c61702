"""Regenerate the README's sample output from a real run: ``python scripts/readme_sample.py``.

The block between ``<!-- sample-output:start -->`` and ``<!-- sample-output:end -->`` is the
output of ``klarlint examples/brev-fore.txt`` run from the repository root: its first findings,
then the summary. ``tests/test_readme_truth.py`` fails when the README and a run differ; after a
deliberate change (a rule, the model, a message), run this script and commit the README.
``--check`` only reports whether the README is up to date (exit code 1 if not).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COMMAND = ["klarlint", "examples/brev-fore.txt"]
START = "<!-- sample-output:start -->"
END = "<!-- sample-output:end -->"
FINDINGS_SHOWN = 3


def run_sample() -> str:
    """The command's real output, shortened: its first findings, "...", then the summary."""
    result = subprocess.run(
        [sys.executable, "-c", "from klarlint.cli import main; main()", *COMMAND[1:]],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )
    if result.returncode not in (0, 1) or result.stderr.strip():
        raise RuntimeError(f"{' '.join(COMMAND)} failed ({result.returncode}): {result.stderr.strip()}")
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    summary = next(i for i, line in enumerate(lines) if line.startswith("Sammanfattning:"))
    findings = "\n".join(lines[:summary]).strip().split("\n\n")
    shown = "\n\n".join(findings[:FINDINGS_SHOWN])
    rest = "\n".join(lines[summary:]).strip()
    return f"$ {' '.join(COMMAND)}\n{shown}\n\n...\n\n{rest}"


def sample_block(sample: str) -> str:
    return f"{START}\n```text\n{sample}\n```\n{END}"


def current_block(readme: str) -> str:
    start, end = readme.index(START), readme.index(END) + len(END)
    return readme[start:end]


def main(argv: list[str]) -> int:
    # Any other argument (--help, a typo) is refused before anything is written: helpers running ``--help`` had
    # rewritten the README from a working tree others were editing (session 46).
    if unknown := [arg for arg in argv if arg != "--check"]:
        name, listed = Path(__file__).name, " ".join(unknown)
        print(f"usage: python {name} [--check]  (regenerates the README's sample output; unknown: {listed})")
        return 2
    readme = README.read_text(encoding="utf-8")
    fresh = sample_block(run_sample())
    if "--check" in argv:
        up_to_date = current_block(readme) == fresh
        print("README sample output is up to date" if up_to_date else "README sample output is stale")
        return 0 if up_to_date else 1
    README.write_text(readme.replace(current_block(readme), fresh), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
