"""Precision per rule on real text, and recall for passive voice and jargon, from labels the project keeps.

The labels are judgements made by reading each finding in its sentence on ../shared/corpus (municipal
policies and regeringen.se pages): ``precision_labels.tsv`` has one finding a line (path under
../shared/corpus, source offsets start and end, rule, verdict ``correct``/``debatable``/``false``, a
one-line reason). ``recall_labels.tsv`` lists every passive verb and every jargon word a reader marked
in a few whole documents (path, start, end, rule, the text); recall is the share of them a finding of that
rule covers. No text is stored, only offsets: the corpus stays in ../shared.

Labels are keyed by path + offsets + rule, so they survive code changes: a finding that a change removes
no longer counts (reported as "gone"), a new finding is reported as not yet labelled.

    flock /tmp/klarlint-heavy.lock python benchmarks/precision.py
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = Path(__file__).with_name("precision_labels.tsv")
RECALL = Path(__file__).with_name("recall_labels.tsv")
VERDICTS = ("correct", "debatable", "false")
GOALS = {"overall": 0.95, "rule": 0.90, "recall": 0.95}

Key = tuple[str, int, int, str]


@dataclass(frozen=True)
class Label:
    key: Key
    verdict: str
    reason: str


def read_labels(path: Path) -> list[Label]:
    labels = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "path":
                continue
            file, start, end, rule, verdict, reason = row[:6]
            if verdict not in VERDICTS and path == LABELS:
                raise SystemExit(f"{path}: unknown verdict {verdict!r} for {file}:{start}")
            labels.append(Label((file, int(start), int(end), rule), verdict, reason))
    return labels


def lint_corpus(paths: list[Path]) -> tuple[dict[str, list[tuple[int, int, str]]], dict[Key, str]]:
    """The findings per document, and each finding's severity (a label does not store it: a rule may turn a
    warning into information, and the label, keyed by place, stays)."""
    from klarlint.linter import lint

    found: dict[str, list[tuple[int, int, str]]] = {}
    severities: dict[Key, str] = {}
    for path in paths:
        report = lint(path).files[0]
        name = str(path.relative_to(CORPUS))
        found[name] = [(f.start, f.end, f.rule) for f in report.findings]
        severities.update(((name, f.start, f.end, f.rule), str(f.severity)) for f in report.findings)
    return found, severities


def by_severity(labels: list[Label], severities: dict[Key, str]) -> list[str]:
    """Precision of warnings (and errors) apart from information findings: what a writer sees first, and what
    a profile that hides information leaves."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for label in labels:
        severity = severities.get(label.key)
        if severity is not None:
            counts[(label.key[3], severity)][label.verdict] += 1
            counts[("**all**", severity)][label.verdict] += 1
    lines = [
        "| rule, severity | findings | labelled | correct | debatable | false | precision (strict) "
        "| counting debatable |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = Counter((key[3], severity) for key, severity in severities.items())
    total.update(("**all**", severity) for severity in severities.values())
    for rule, severity in sorted(counts, key=lambda k: (k[0] == "**all**", k)):
        if len({s for r, s in counts if r == rule}) > 1 or rule == "**all**":
            lines.append(_row(f"{rule}, {severity}", total[(rule, severity)], counts[(rule, severity)]))
    return lines


def precision(labels: list[Label], found: dict[str, list[tuple[int, int, str]]]) -> list[str]:
    present = {(path, start, end, rule) for path, items in found.items() for start, end, rule in items}
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    gone: Counter[str] = Counter()
    for label in labels:
        if label.key in present:
            by_rule[label.key[3]][label.verdict] += 1
        else:
            gone[label.key[3]] += 1
    labelled = {label.key for label in labels}
    unlabelled = Counter(key[3] for key in present - labelled)
    total = Counter(key[3] for key in present)
    lines = [
        "| rule | findings | labelled | correct | debatable | false | precision (strict) | counting debatable |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    overall: Counter[str] = Counter()
    for rule in sorted(total):
        counts = by_rule.get(rule, Counter())
        overall.update(counts)
        lines.append(_row(rule, total[rule], counts))
    lines.append(_row("**all**", sum(total.values()), overall))
    lines.append("")
    lines.append(f"Not yet labelled: {sum(unlabelled.values())} findings ({_counts(unlabelled)}).")
    if gone:
        lines.append(f"Labels whose finding is gone after code changes: {sum(gone.values())} ({_counts(gone)}).")
    return lines


def _row(rule: str, findings: int, counts: Counter[str]) -> str:
    n = sum(counts[v] for v in VERDICTS)
    strict = f"{counts['correct'] / n:.1%}" if n else "–"
    lenient = f"{(counts['correct'] + counts['debatable']) / n:.1%}" if n else "–"
    return (
        f"| {rule} | {findings} | {n} | {counts['correct']} | {counts['debatable']} | {counts['false']} "
        f"| {strict} | {lenient} |"
    )


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{rule} {n}" for rule, n in counter.most_common())


def recall(labels: list[Label], found: dict[str, list[tuple[int, int, str]]]) -> list[str]:
    lines = ["| rule | marked by a reader | found | recall |", "|---|---:|---:|---:|"]
    for rule in sorted({label.key[3] for label in labels}):
        marked = [label for label in labels if label.key[3] == rule]
        hits = sum(1 for label in marked if _covered(label.key, found.get(label.key[0], [])))
        lines.append(f"| {rule} | {len(marked)} | {hits} | {hits / len(marked):.1%} |")
    files = sorted({label.key[0] for label in labels})
    lines.append("")
    lines.append(f"Recall documents (read in full): {', '.join(files)}.")
    return lines


def _covered(key: Key, findings: list[tuple[int, int, str]]) -> bool:
    _, start, end, rule = key
    return any(r == rule and s < end and start < e for s, e, r in findings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is missing")
        return 0
    labels, recall_labels = read_labels(LABELS), read_labels(RECALL)
    paths = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    found, severities = lint_corpus(paths)
    print(f"Corpus: {len(paths)} documents under {CORPUS}, {sum(len(v) for v in found.values())} findings.\n")
    print("\n".join(precision(labels, found)))
    print("\nBy severity (rules whose labelled findings have more than one):\n")
    print("\n".join(by_severity(labels, severities)))
    print()
    print("\n".join(recall(recall_labels, found)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
