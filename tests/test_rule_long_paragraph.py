"""long-paragraph: too many sentences or words in one paragraph; lists, headings and tables of contents pass."""

from __future__ import annotations

from conftest import lint_text
from klarlint.rules.base import Severity

RULE = "long-paragraph"
SENTENCE = "Vi har fått din ansökan om bidrag och läser den noga."  # 11 words


def findings(report):
    return [f for f in report.findings if f.rule == RULE]


def test_paragraph_with_too_many_sentences() -> None:
    paragraph = " ".join([SENTENCE] * 8)
    [finding] = findings(lint_text(paragraph))
    assert finding.severity is Severity.INFO
    assert "8 meningar" in finding.message and "88 ord" in finding.message
    assert finding.text == paragraph


def test_paragraph_with_too_many_words() -> None:
    long = "Vi har fått din ansökan om bidrag för föreningens verksamhet under året, " * 9
    paragraph = long.strip().rstrip(",") + "."  # one sentence of 108 words … plus two more
    paragraph = f"{paragraph} {SENTENCE} {SENTENCE}"
    [finding] = findings(lint_text(paragraph))
    assert "högst 120 ord" in finding.message and "högst 7 meningar" not in finding.message


def test_short_paragraphs_pass() -> None:
    text = "\n\n".join([" ".join([SENTENCE] * 5)] * 4)
    assert findings(lint_text(text)) == []


def test_limits_are_options() -> None:
    paragraph = " ".join([SENTENCE] * 4)
    assert findings(lint_text(paragraph)) == []
    assert len(findings(lint_text(paragraph, rules={"long-paragraph": {"max_sentences": 3}}))) == 1


def test_list_items_are_not_paragraphs() -> None:
    items = "\n".join(f"- {' '.join([SENTENCE] * 8)}" for _ in range(2))
    assert findings(lint_text(items)) == []


def test_table_of_contents_is_skipped() -> None:
    toc = " ".join(f"Avsnitt {i}. ........ {i + 2}" for i in range(1, 12))
    assert findings(lint_text(f"Innehåll\n\n{toc}\n")) == []
