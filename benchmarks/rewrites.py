"""Passive voice's active rewrites on real text, against an audit the project keeps.

Every rewrite passive-voice suggests (the *till exempel ”…”* examples of its suggestions) on ../shared/corpus,
linted as the sender's own kind of text (genre ``document``, where every passive that hides its doer warns
with a rewrite, so the rewrites meet every kind of passive the corpus has). ``rewrite_audit.tsv`` lists the
rewrites blind readers judged wrong (path, offsets and flagged words of the finding, the example, a category:
verb-form, word-order, wrong-words or meaning, the status when recorded, a one-line reason). This script
reports how many rewrites the corpus gives now, and how many of the audited wrong ones the code still
suggests, per category. tests/test_rewrite_audit.py keeps the ones marked fixed from coming back.

    flock /tmp/klarlint-heavy.lock python benchmarks/rewrites.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
AUDIT = Path(__file__).resolve().parent / "rewrite_audit.tsv"
EXAMPLE = re.compile(r"till exempel ”([^”]*)”(?:, eller ”([^”]*)”)?(?: eller ”([^”]*)”)?")


class Audited(NamedTuple):
    path: str
    start: int
    flagged: str
    example: str
    category: str
    status: str


def read_audit(path: Path = AUDIT) -> list[Audited]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
    return [Audited(r[0], int(r[1]), r[3], r[4], r[5], r[6]) for r in rows[1:]]


def examples(suggestion: str | None) -> list[str]:
    """The rewrites a suggestion offers: *(Vem?) ska fylla i blanketten …*, and the reader's alternatives."""
    match = EXAMPLE.search(suggestion or "")
    return [group for group in match.groups() if group] if match else []


def corpus_rewrites(corpus: Path = CORPUS) -> dict[tuple[str, int], list[str]]:
    """Every passive-voice finding's rewrites on the corpus, by (path under the corpus, start)."""
    from klarlint.config import Config
    from klarlint.genre import DOCUMENT
    from klarlint.linter import active_rules, lint_document
    from klarlint.readers import read_path

    config = Config(enable=frozenset({"passive-voice"}), genre=DOCUMENT)
    rules = [r for r in active_rules(config) if r.rule.info.id == "passive-voice"]
    found: dict[tuple[str, int], list[str]] = {}
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        name = path.relative_to(corpus).as_posix()
        for finding in lint_document(read_path(path), config, rules=rules).findings:
            found[(name, finding.start)] = examples(finding.suggestion)
    return found


def still_suggested(audited: Audited, found: dict[tuple[str, int], list[str]]) -> bool:
    return audited.example in found.get((audited.path, audited.start), [])


def main() -> int:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    audit = read_audit()
    found = corpus_rewrites()
    total = sum(len(v) for v in found.values())
    distinct = len({e for v in found.values() for e in v})
    wrong = Counter(a.category for a in audit)
    left = Counter(a.category for a in audit if still_suggested(a, found))
    print(f"Rewrites on the corpus (genre document): {total} in {len(found)} findings, {distinct} distinct.")
    print(f"Audited wrong (rewrite_audit.tsv, {len(audit)} findings): {sum(left.values())} still suggested.\n")
    print("| category | judged wrong | still suggested | fixed |")
    print("|---|---:|---:|---:|")
    for category in sorted(wrong):
        print(f"| {category} | {wrong[category]} | {left[category]} | {wrong[category] - left[category]} |")
    print(f"| **all** | {len(audit)} | {sum(left.values())} | {len(audit) - sum(left.values())} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
