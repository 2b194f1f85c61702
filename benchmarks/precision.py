"""Precision per rule on real text, and recall for passive voice and jargon, from labels the project keeps.

The labels are judgements made by reading each finding in its sentence. Two sources of text, each used when
it is there: ../shared/corpus (municipal policies and regeringen.se pages) and the UD treebanks in
../shared/data/ud (Talbanken's brochures from public bodies, textbooks and newspapers that address their
reader, and PUD's translated news and Wikipedia; CC BY-SA 4.0), rebuilt as plain text (see
:func:`rebuild`). ``precision_labels.tsv`` has one finding a line (path under ../shared/corpus, or
``ud/<file>#<newdoc id>`` for a rebuilt UD document; source offsets start and end, rule, verdict
``correct``/``debatable``/``false``, a one-line reason, the severity the finding had when judged). A verdict is
about the finding as a writer sees it, its severity included: a passive judged right as information may be
wrong as a warning. So a label whose finding now has another severity is not counted but reported, to be
judged again (``--rejudge`` prints them with their sentence). ``recall_labels.tsv`` lists every passive verb and
every jargon word a reader marked in a few whole corpus documents (path, start, end, rule, the text); recall
is the share of them a finding of that rule covers. No text is stored, only offsets: the texts stay in ../shared.

Labels are keyed by path + offsets + rule, so they survive code changes: a finding that a change removes
no longer counts (reported as "gone"), a new finding is reported as not yet labelled.

    flock /tmp/klarlint-heavy.lock python benchmarks/precision.py [--source corpus|ud]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
UD = ROOT.parent / "shared" / "data" / "ud"
UD_PREFIX = "ud/"
FOLDERS = {"corpus": CORPUS, "ud": UD}
TITLES = {
    "corpus": "Corpus (public-sector text: municipal policies, regeringen.se; the goals are about this)",
    "ud": "UD treebanks (mixed: public brochures, textbooks, essays, news, Wikipedia)",
}
LABELS = Path(__file__).with_name("precision_labels.tsv")
RECALL = Path(__file__).with_name("recall_labels.tsv")
# A second blind reader's verdicts on findings the labels already judge (same columns): how far two strict readers
# agree, which says how much a precision figure's last points can mean.
AGREEMENT = Path(__file__).with_name("agreement_labels.tsv")
VERDICTS = ("correct", "debatable", "false")
GOALS = {"overall": 0.95, "rule": 0.90, "recall": 0.95}

Key = tuple[str, int, int, str]
Found = dict[str, list[tuple[int, int, str]]]
# What ends a sentence for the plain-text reader (its CLOSING_PUNCTUATION, and an ellipsis), and what may
# close after it: "(Se vidare sid 8 ff.)" ends a sentence, "Pensionsförmåner" (a heading) does not.
SENTENCE_END = ".!?:;,…"
CLOSERS = ")]\"'»”’"


@dataclass(frozen=True)
class Label:
    key: Key
    verdict: str
    reason: str
    severity: str = ""  # when judged; empty: not recorded (the finding was gone when severities were filled in)


def read_labels(path: Path) -> list[Label]:
    labels = []
    seen: set[Key] = set()
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "path":
                continue
            file, start, end, rule, verdict, reason = row[:6]
            if verdict not in VERDICTS and path == LABELS:
                raise SystemExit(f"{path}: unknown verdict {verdict!r} for {file}:{start}")
            key = (file, int(start), int(end), rule)
            if key in seen:  # it would count twice: a finding judged again replaces its label
                raise SystemExit(f"{path}: {file}:{start}–{end} {rule} is labelled twice")
            seen.add(key)
            severity = row[6] if len(row) > 6 else ""
            labels.append(Label(key, verdict, reason, severity))
    return labels


def corpus_documents(folder: Path) -> dict[str, Path]:
    """The corpus's files, keyed by their path under ``folder``."""
    return {str(p.relative_to(folder)): p for p in sorted(folder.rglob("*")) if p.is_file()}


def ud_documents(folder: Path) -> dict[str, str]:
    """Each document of each ``*.conllu`` file in ``folder`` as plain text, keyed ``ud/<file>#<newdoc id>``."""
    documents = {}
    for path in sorted(folder.glob("*.conllu")):
        for doc_id, paragraphs in read_conllu(path):
            documents[f"{UD_PREFIX}{path.name}#{doc_id}"] = rebuild(paragraphs)
    return documents


def read_conllu(path: Path) -> list[tuple[str, list[list[str]]]]:
    """The documents of a CoNLL-U file (a ``# newdoc id`` starts one) as paragraphs (a ``# newpar`` starts
    one; a file without them has one paragraph a document) of sentences (the ``# text`` lines)."""
    documents: list[tuple[str, list[list[str]]]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newdoc id"):
                documents.append((_value(line), [[]]))
            elif not documents and line.startswith(("# newpar", "# text")):
                documents.append(("", [[]]))  # a sentence before any newdoc: a document without an id
            if line.startswith("# newpar") and documents[-1][1][-1]:
                documents[-1][1].append([])
            elif line.startswith("# text ="):
                documents[-1][1][-1].append(_value(line))
    return documents


def _value(comment: str) -> str:
    return comment.split("=", 1)[1].strip() if "=" in comment else ""


def rebuild(paragraphs: list[list[str]]) -> str:
    """A document as plain text, the same way every time so that labels keep their offsets: the sentences of
    a paragraph joined by one space, a blank line between paragraphs, and a sentence that does not end in
    sentence punctuation ends its paragraph (Talbanken keeps a heading as the first sentence of the paragraph
    under it; joined to the next sentence it would make one long sentence of two)."""
    blocks: list[str] = []
    for sentences in paragraphs:
        block: list[str] = []
        for sentence in sentences:
            block.append(sentence)
            if not sentence.rstrip(CLOSERS).endswith(tuple(SENTENCE_END)):
                blocks.append(" ".join(block))
                block = []
        if block:
            blocks.append(" ".join(block))
    return "\n\n".join(blocks) + "\n"


def picky_rules() -> frozenset[str]:
    """The rules for careful review (off by default, LanguageTool's level=picky): linted too, and reported apart
    from the default rules, whose figures are what a writer sees without asking for more."""
    from klarlint.rules.registry import all_rules

    return frozenset(picky_id for rule in all_rules() for picky_id in rule.info.picky_ids())


def picky_subchecks() -> frozenset[str]:
    """The careful-review sub-checks of rules on by default (nominalization's nominal-ratio): their findings are
    reported, and labelled, under the sub-check's id, apart from the rule's default findings."""
    from klarlint.rules.registry import all_rules

    return frozenset(subcheck for rule in all_rules() for subcheck in rule.info.picky_subchecks)


def lint_documents(documents: dict[str, Path | str]) -> tuple[Found, dict[Key, Shown]]:
    """The findings per document (a file is linted with ``lint(path)``, a rebuilt text with ``lint_text``, what
    ``lint`` does with a .txt file's text), and how each is shown: its severity and message (a label is keyed by
    place, and a rule may turn a warning into information at the same place). The rules for careful review are
    on (their findings are only added: no rule reads another's)."""
    from klarlint.config import Config
    from klarlint.linter import lint, lint_text

    config = Config(enable=picky_rules())
    apart = picky_subchecks()
    found: Found = {}
    shown: dict[Key, Shown] = {}
    for name, document in documents.items():
        report = (lint(document, config) if isinstance(document, Path) else lint_text(document, config)).files[0]
        found[name] = [(f.start, f.end, f.subcheck if f.subcheck in apart else f.rule) for f in report.findings]
        shown.update(
            ((name, start, end, rule), Shown(str(f.severity), f.message, f.suggestion or ""))
            for (start, end, rule), f in zip(found[name], report.findings, strict=True)
        )
    return found, shown


class Shown(NamedTuple):
    severity: str
    message: str
    suggestion: str = ""


def judged_as_shown(labels: list[Label], shown: dict[Key, Shown]) -> tuple[list[Label], list[Label]]:
    """The labels whose verdict is about the finding as it is now shown, and those judged at another severity
    (to be judged again: a verdict on a warning says nothing about the same passive as information)."""
    current: list[Label] = []
    stale: list[Label] = []
    for label in labels:
        now = shown.get(label.key)
        (stale if now is not None and label.severity and label.severity != now.severity else current).append(label)
    return current, stale


def rejudge(stale: list[Label], shown: dict[Key, Shown], documents: dict[str, Path | str]) -> list[str]:
    """Each label judged at another severity, with its sentence and the finding as it is now shown."""
    lines = []
    for label in sorted(stale, key=lambda label: label.key):
        path, start, end, rule = label.key
        document = documents[path]
        text = document.read_text(encoding="utf-8") if isinstance(document, Path) else document
        before = text.rfind("\n", 0, max(0, start - 300)) + 1
        after = text.find("\n", min(len(text), end + 300))
        context = " ".join(text[before : after if after >= 0 else len(text)].split())
        now = shown[label.key]
        lines += [
            f"{path}\t{start}\t{end}\t{rule}: judged {label.verdict} as {label.severity} ({label.reason}); "
            f"now {now.severity}: {now.message} {now.suggestion}",
            f"    {context}",
        ]
    return lines


def by_severity(labels: list[Label], shown: dict[Key, Shown]) -> list[str]:
    """Precision of warnings (and errors) apart from information findings: what a writer sees first, and what
    a profile that hides information leaves."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    severities = {key: now.severity for key, now in shown.items()}
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


def precision(
    labels: list[Label], found: Found, stale: list[Label] = (), picky: frozenset[str] = frozenset()
) -> list[str]:
    """The table per rule; the rules in ``picky`` (off by default) in rows of their own after the overall row,
    which is about the default rules only."""
    present = {(path, start, end, rule) for path, items in found.items() for start, end, rule in items}
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    gone: Counter[str] = Counter()
    for label in labels:
        if label.key in present:
            by_rule[label.key[3]][label.verdict] += 1
        else:
            gone[label.key[3]] += 1
    labelled = {label.key for label in labels} | {label.key for label in stale}
    unlabelled = Counter(key[3] for key in present - labelled)
    total = Counter(key[3] for key in present)
    lines = [
        "| rule | findings | labelled | correct | debatable | false | precision (strict) | counting debatable |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    overall: Counter[str] = Counter()
    for rule in sorted(set(total) - picky):
        counts = by_rule.get(rule, Counter())
        overall.update(counts)
        lines.append(_row(rule, total[rule], counts))
    lines.append(_row("**all**", sum(n for rule, n in total.items() if rule not in picky), overall))
    for rule in sorted(set(total) & picky):
        lines.append(_row(f"{rule} (off by default: careful review)", total[rule], by_rule.get(rule, Counter())))
    lines.append("")
    if unlabelled:
        lines.append(f"Not yet labelled: {sum(unlabelled.values())} findings ({_counts(unlabelled)}).")
    else:
        lines.append("Not yet labelled: none (every finding is labelled).")
    if gone:
        lines.append(f"Labels whose finding is gone after code changes: {sum(gone.values())} ({_counts(gone)}).")
    if stale:
        again = Counter(f"{label.key[3]} {label.severity}" for label in stale)
        lines.append(
            f"Labels judged at another severity than the finding now has (not counted; --rejudge lists them): "
            f"{len(stale)} ({_counts(again)})."
        )
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


def recall(labels: list[Label], found: Found, picky: frozenset[str] = frozenset()) -> list[str]:
    """Recall per rule with the default rules, and with the rules for careful review too (``picky``)."""
    lines = [
        "| rule | marked by a reader | found | recall | found with careful review | recall with careful review |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    default = {path: [f for f in items if f[2] not in picky] for path, items in found.items()}
    for rule in sorted({label.key[3] for label in labels}):
        marked = [label for label in labels if label.key[3] == rule]
        hits = sum(1 for label in marked if _covered(label.key, default.get(label.key[0], [])))
        more = sum(1 for label in marked if _covered(label.key, found.get(label.key[0], []), picky))
        lines.append(
            f"| {rule} | {len(marked)} | {hits} | {hits / len(marked):.1%} | {more} | {more / len(marked):.1%} |"
        )
    files = sorted({label.key[0] for label in labels})
    lines.append("")
    lines.append(f"Recall documents (read in full): {', '.join(files)}.")
    return lines


# A bureaucratic phrase a reader marks may be a light verb + action noun (*vidtar åtgärder*), which klarlint's lists
# give to nominalization rather than jargon: either rule's finding on the words covers the mark.
COVERED_BY = {"jargon": frozenset({"jargon", "nominalization"})}


def _covered(key: Key, findings: list[tuple[int, int, str]], picky: frozenset[str] = frozenset()) -> bool:
    """Whether a finding of the marked rule (or one COVERED_BY names) overlaps the mark; with ``picky``, a
    careful-review rule's finding covers a jargon mark too (formal-word is the jargon rule's picky list), and a
    careful-review sub-check's finding a mark of its own rule."""
    _, start, end, rule = key
    rules = COVERED_BY.get(rule, frozenset({rule}))
    if rule == "jargon":
        rules |= picky - picky_subchecks()  # word rules: a paragraph's nominal-ratio note covers no word
    rules |= picky & subchecks_of(rule)  # passive-voice's needed-quoted finds a passive mark with careful review
    return any(r in rules and s < end and start < e for s, e, r in findings)


def subchecks_of(rule: str) -> frozenset[str]:
    """The rule's sub-checks (their findings are reported under the sub-check's id when it is for careful review)."""
    from klarlint.rules.registry import all_rules

    return frozenset(subcheck for r in all_rules() if r.info.id == rule for subcheck in r.info.subchecks)


def read_agreement(path: Path) -> tuple[list[Label], list[Label]]:
    """The first and the second reader's labels of the agreement file: its verdict is the second reader's, its
    column first_verdict the first reader's (kept there: a later round may judge the label again)."""
    second = read_labels(path)
    with path.open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]
    verdicts = {(r[0], int(r[1]), int(r[2]), r[3]): r[7] for r in rows[1:] if len(r) > 7}
    first = [Label(label.key, verdicts[label.key], "", label.severity) for label in second if label.key in verdicts]
    return first, second


def agreement(labels: list[Label], second: list[Label]) -> list[str]:
    """How often a second reader gives the first reader's verdict, exactly and as clearly right or not (with
    Cohen's kappa, which discounts the agreement two readers would reach by chance at their own rates)."""
    first = {label.key: label for label in labels}
    pairs = [(first[label.key].verdict, label.verdict) for label in second if label.key in first]
    if not pairs:
        return []
    total = len(pairs)
    exact = sum(1 for a, b in pairs if a == b)
    right = [(a == "correct", b == "correct") for a, b in pairs]
    same = sum(1 for a, b in right if a == b)
    first_rate = sum(1 for a, _ in right if a) / total
    second_rate = sum(1 for _, b in right if b) / total
    chance = first_rate * second_rate + (1 - first_rate) * (1 - second_rate)
    kappa = (same / total - chance) / (1 - chance) if chance < 1 else 1.0
    alarms = sum(1 for a, b in pairs if (a == "false") == (b == "false"))
    return [
        f"Agreement: a second blind reader judged {total} labelled findings again ({AGREEMENT.name}). The same "
        f"verdict: {exact} of {total} ({exact / total:.1%}); clearly right or not: {same} of {total} "
        f"({same / total:.1%}, Cohen's kappa {kappa:.2f}); a false alarm or not: {alarms} of {total} "
        f"({alarms / total:.1%}). Clearly right by the first reader {first_rate:.1%}, by the second "
        f"{second_rate:.1%}."
    ]


def source_of(path: str) -> str:
    return "ud" if path.startswith(UD_PREFIX) else "corpus"


def gather(wanted: list[str]) -> tuple[dict[str, dict[str, Path | str]], list[str]]:
    """The documents of each wanted source that is there, and a note for each that is not."""
    readers = {"corpus": corpus_documents, "ud": ud_documents}
    sources: dict[str, dict[str, Path | str]] = {}
    notes = []
    for name in wanted:
        documents = readers[name](FOLDERS[name]) if FOLDERS[name].is_dir() else {}
        if documents:
            sources[name] = dict(documents)
        else:
            notes.append(f"skipped: {FOLDERS[name]} is missing or has no documents")
    return sources, notes


def per_source(
    labels: list[Label],
    found: Found,
    sources: dict[str, dict[str, Path | str]],
    stale: list[Label],
    picky: frozenset[str] = frozenset(),
) -> list[str]:
    """Each source's table of its own when there is more than one."""
    lines: list[str] = []
    for name, documents in sources.items() if len(sources) > 1 else ():
        mine = [label for label in labels if source_of(label.key[0]) == name]
        theirs = [label for label in stale if source_of(label.key[0]) == name]
        lines += ["", f"{TITLES[name]}:", "", *precision(mine, {d: found[d] for d in documents}, theirs, picky)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=("corpus", "ud"), action="append", help="only this source (repeatable)")
    parser.add_argument(
        "--rejudge", action="store_true", help="list the labels judged at another severity, with their sentence"
    )
    args = parser.parse_args(argv)
    sources, notes = gather(args.source or ["corpus", "ud"])
    for note in notes:
        print(note)
    if not sources:
        return 0
    # The labels of a source that is not there are left out, not reported as gone.
    everything = {k: v for documents in sources.values() for k, v in documents.items()}
    found, shown = lint_documents(everything)
    picky = picky_rules()
    labels, stale = judged_as_shown(
        [label for label in read_labels(LABELS) if source_of(label.key[0]) in sources], shown
    )
    if args.rejudge:
        print("\n".join(rejudge(stale, shown, everything)))
        return 0
    for name, documents in sources.items():
        count = sum(len(found[d]) for d in documents)
        print(f"{TITLES[name]}: {len(documents)} documents under {FOLDERS[name]}, {count} findings.")
    print()
    if len(sources) > 1:  # each source first: the corpus is the public-sector text the goals are about
        print("\n".join(per_source(labels, found, sources, stale, picky)[1:]))
        print("\nBoth sources together:\n")
    print("\n".join(precision(labels, found, stale, picky)))
    for name in sources:  # per source: the corpus's split is the one the goals are about
        mine = [label for label in labels if source_of(label.key[0]) == name]
        print(f"\nBy severity, {name} (rules whose labelled findings have more than one):\n")
        theirs = {key: now for key, now in shown.items() if source_of(key[0]) == name and key[3] not in picky}
        print("\n".join(by_severity(mine, theirs)))
    if "corpus" in sources:
        print()
        print("\n".join(recall(read_labels(RECALL), found, picky)))
        if AGREEMENT.exists():
            print()
            print("\n".join(agreement(*read_agreement(AGREEMENT))))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
