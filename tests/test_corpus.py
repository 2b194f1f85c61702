"""Real municipal policy texts from ../shared/corpus (skipped when absent)."""

from __future__ import annotations

import re

import pytest

from conftest import SHARED, needs_shared
from klarlint.linter import analyze, lint
from klarlint.nlp.abbreviations import ALL
from klarlint.readers import read_path

CORPUS = SHARED / "corpus"
ABBREVIATION = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in ALL if "." in a) + r")")

pytestmark = needs_shared


@pytest.fixture(scope="module")
def reports():
    return {path.name: lint(path).files[0] for path in sorted(CORPUS.glob("*.txt"))}


def test_borlange_has_long_sentences_and_passives(reports) -> None:
    report = reports["borlange-informationspolicy.txt"]
    rules = [f.rule for f in report.findings]
    assert rules.count("long-sentence") >= 5
    assert rules.count("passive-voice") >= 5
    assert "missing-summary" in rules
    assert report.stats.words > 1500 and 0 < report.stats.passive_share < 1


def test_no_finding_starts_or_ends_inside_an_abbreviation(reports) -> None:
    for name, report in reports.items():
        source = (CORPUS / name).read_text(encoding="utf-8")
        spans = [(m.start(), m.end()) for m in ABBREVIATION.finditer(source)]
        for finding in report.findings:
            for start, end in spans:
                assert not start < finding.start < end, (name, finding)
                assert not start < finding.end < end, (name, finding)


def test_findings_point_at_their_text(reports) -> None:
    for name, report in reports.items():
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines(keepends=True)
        for finding in report.findings:
            if finding.line == finding.end_line:
                line = lines[finding.line - 1]
                assert line[finding.column - 1 : finding.end_column - 1] == finding.text


def test_sentences_do_not_break_at_abbreviations_or_bullets() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        analysis = analyze(read_path(path))
        for block in analysis.blocks:
            for sentence in block.sentences[1:]:
                before = block.text[: sentence.char_start].rstrip()
                previous_word = before.split()[-1] if before.split() else ""
                assert previous_word.lower() not in {
                    "t.ex.",
                    "bl.a.",
                    "s.k.",
                    "kl.",
                    "ca",
                    "fr.o.m.",
                    "t.o.m.",
                    "p.g.a.",
                    "enl.",
                    "resp.",
                    "jfr",
                }, (path.name, block.text[sentence.char_start - 40 : sentence.char_start + 20])
                assert previous_word not in {"-", "•", "·", "*"}, (path.name, previous_word)
