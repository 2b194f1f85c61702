"""long-sentence: counts words (not punctuation) and survives abbreviations."""

from __future__ import annotations

from conftest import lint_text
from klarlint.rules.base import Severity

WORDS_26 = " ".join(["ord"] * 25)
LONG = (
    "Om du vill ansöka om bidrag ska ansökan, som ska vara undertecknad av sökanden eller "
    "dennes ombud, ha kommit in till förvaltningen senast den första mars, annars kan den "
    "inte behandlas förrän vid nästa ansökningsomgång i höst."
)


def findings(report, rule="long-sentence"):
    return [f for f in report.findings if f.rule == rule]


def test_flags_sentence_over_limit_with_error_over_35_words() -> None:
    report = lint_text(LONG)
    [finding] = findings(report)
    assert finding.severity is Severity.ERROR
    assert "37 ord" in finding.message
    assert finding.text == LONG


def test_short_sentences_pass() -> None:
    assert findings(lint_text("Vi har fått din ansökan. Vi svarar inom två veckor.")) == []


def test_punctuation_is_not_counted() -> None:
    text = (
        "Vi, du, ni, de, han, hon, den, det, man, en, ett, två, tre, fyra, fem, sex, sju, "
        "åtta, nio, tio, elva, tolv, tretton och fjorton."
    )
    assert findings(lint_text(text)) == []  # 25 words, 24 commas


def test_threshold_is_configurable() -> None:
    text = "Vi har fått din ansökan och vi svarar dig så snart vi har läst den noga."
    assert findings(lint_text(text)) == []
    report = lint_text(text, rules={"long-sentence": {"max_words": 10}})
    [finding] = findings(report)
    assert finding.severity is Severity.WARNING


def test_abbreviations_do_not_split_sentences() -> None:
    text = (
        "Du kan t.ex. ringa oss kl. 13.00 eller skicka e-post, bl.a. om du har frågor om "
        "avgifter fr.o.m. den 1 juli, ca 20 dagar efter beslutet, s.k. förhandsbesked m.m. "
        "som vi behandlar t.o.m. augusti enl. gällande regler."
    )
    report = lint_text(text)
    assert report.stats.sentences == 1
    [finding] = findings(report)
    assert finding.text == text
