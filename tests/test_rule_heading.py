"""heading: a period or capitals in a heading, and generic one-word headings (info) – in both readers."""

from __future__ import annotations

import pytest

from conftest import SHARED, lint_text, needs_shared
from klarlint.rules.base import Severity
from klarlint.rules.heading import _in_capitals, sentence_case

RULE = "heading"
BODY = "Här står det vad avsnittet handlar om. Vi skriver om Borlänge kommun."


def found(text: str, fmt: str = "markdown") -> list[tuple[str, str | None, Severity]]:
    return [(f.text, f.suggestion, f.severity) for f in lint_text(text, fmt).findings if f.rule == RULE]


@pytest.mark.parametrize(
    ("heading", "suggestion"),
    [("Så ansöker du.", "Så ansöker du"), ("Det här behöver du:", "Det här behöver du")],
)
def test_heading_ending_with_period_or_colon(heading: str, suggestion: str) -> None:
    assert found(f"# {heading}\n\n{BODY}\n") == [(heading, suggestion, Severity.WARNING)]


def test_heading_in_capitals_gets_a_sentence_case_suggestion() -> None:
    text = f"## SÅ ANSÖKER DU OM LSS I BORLÄNGE\n\n{BODY}\n"
    assert found(text) == [("SÅ ANSÖKER DU OM LSS I BORLÄNGE", "Så ansöker du om LSS i Borlänge", Severity.WARNING)]


def test_capitals_in_a_plain_text_heading() -> None:
    text = f"INFORMATIONSPOLICY\n\n{BODY}\n"
    assert found(text, "text") == [("INFORMATIONSPOLICY", "Informationspolicy", Severity.WARNING)]


@pytest.mark.parametrize("heading", ["Information", "Övrigt", "Allmänt"])
def test_generic_heading_is_info(heading: str) -> None:
    [(text, suggestion, severity)] = found(f"## {heading}\n\n{BODY}\n")
    assert (text, suggestion, severity) == (heading, None, Severity.INFO)


@pytest.mark.parametrize("heading", ["1.2 Bakgrund", "Inledning", "Övriga frågor"])
def test_outline_heading_is_generic_in_a_text_to_the_reader(heading: str) -> None:
    text = f"## {heading}\n\nDu kan söka bidrag hos oss. Vi svarar inom en vecka.\n"
    [(found_text, suggestion, severity)] = found(text)
    assert (found_text, suggestion, severity) == (heading, None, Severity.INFO)


@pytest.mark.parametrize("heading", ["Bakgrund", "Inledning", "Övriga frågor"])
def test_outline_heading_passes_in_a_report_or_news_item(heading: str) -> None:
    # A news item or a report that never addresses its reader follows a fixed outline (issue 13: *Bakgrund* in
    # a regeringen.se article, *Övriga frågor* of a council meeting).
    text = f"# Ministern deltog i rådsmötet\n\n{BODY}\n\n## {heading}\n\nRådet diskuterade avfall.\n"
    assert found(text) == []


@pytest.mark.parametrize(
    "heading",
    [
        "Så ansöker du",
        "Vad kostar det?",
        "Avgifter, bidrag m.m.",  # abbreviation, not a sentence period
        "Mer om detta ...",
        "LSS",  # an acronym alone is not shouting
        "EU och FN",
        "Sammanfattning",  # generic-looking, but the heading missing-summary asks for
        "Information om avgifter",  # a generic word with more after it says something
    ],
)
def test_informative_headings_pass(heading: str) -> None:
    assert found(f"## {heading}\n\n{BODY}\n") == []


def test_paragraph_text_is_not_checked() -> None:
    assert found("Det här är ett stycke i VERSALER SOM SKRIKER.\n\nInformation.\n") == []


def test_signature_lines_taken_as_headings_pass() -> None:
    text = f"{BODY}\n\nPeter Hultqvist\n\nKommunstyrelsens ordförande\n"
    assert found(text, "text") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ÖVRIG INFORMATION", "Övrig information"), ("KONTAKTA KSL", "Kontakta KSL"), ("1. BAKGRUND", "1. Bakgrund")]
    + [("REKOMMENDERAT BREV", "Rekommenderat brev"), ("TAXA FÖR LSS", "Taxa för LSS")],
)
def test_sentence_case(text: str, expected: str) -> None:
    assert sentence_case(text) == expected


@needs_shared
def test_no_heading_findings_in_the_corpus() -> None:
    """The plain-text reader's headings in the municipal texts are real headings or signature lines: all fine."""
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        report = lint_text(path.read_text(encoding="utf-8"))
        assert [f.text for f in report.findings if f.rule == RULE] == [], path.name


@pytest.mark.parametrize("heading", ["العربية", "ትግርኛ", "中文服务"])
def test_a_script_without_capitals_is_not_in_capitals(heading: str) -> None:
    # every letter "not lower case" is no shouting where the script has no case (a language menu's heading)
    assert not _in_capitals(heading)
    assert _in_capitals("INFORMATION OM LSS")


def test_the_explain_example_shows_every_check_the_explanation_names() -> None:
    """*Ansökan.* as plain text was a paragraph, so the period the explanation warns about was never flagged (session
    42, the explain tester): the example is Markdown, and its headings get each sub-check."""
    from klarlint.rules.heading import Heading

    info = Heading.info
    before = lint_text(info.example_before, info.example_format).findings
    assert {f.subcheck for f in before if f.rule == "heading"} == {
        "heading-capitals",
        "heading-punctuation",
        "generic-heading",
    }
    assert [f for f in lint_text(info.example_after, info.example_format).findings if f.rule == "heading"] == []


def test_the_generic_heading_message_brings_no_topic_of_its_own() -> None:
    """*till exempel ”Så ansöker du”* over a press release's section on a UN meeting (session 42, the explain tester)"""
    [finding] = [f for f in lint_text("# Övrigt\n\nDu kan ringa oss.\n", "markdown").findings if f.rule == "heading"]
    assert "ansöker" not in finding.message and "gärna med ett verb" in finding.message
