"""missing-summary: summaries that readers of decisions, reports and plans write (session 41's reviewer)."""

from __future__ import annotations

import pytest

from conftest import lint_text

BODY = " ".join(["Kommunen arbetar med många frågor som rör invånarnas vardag och framtid."] * 30)  # 330 words
DECISION = "Miljö- och byggnämnden ger dispens från strandskyddet för en gäststuga på fastigheten Aspö 1:44."


def flagged(text: str, fmt: str = "text", **settings) -> bool:
    return any(f.rule == "missing-summary" for f in lint_text(text, fmt, **settings).findings)


def test_a_numbered_summary_heading_in_plain_text_is_a_summary() -> None:
    # a revision report's first section, *1. Sammanfattning* right above its text, had been read as a list item
    text = (
        f"Granskning av intern kontroll\n\n1. Sammanfattning\nVi bedömer att kontrollen delvis är tillräcklig.\n\n"
        f"2. Bakgrund\n{BODY}\n"
    )
    assert not flagged(text)
    assert not flagged(text.replace("1. Sammanfattning", "1.1 Sammanfattning"))


def test_a_numbered_heading_that_is_no_summary_is_still_flagged() -> None:
    assert flagged(f"Granskning av intern kontroll\n\n1. Bakgrund\n{BODY}\n")


@pytest.mark.parametrize("heading", ["Beslut", "Beslutet", "Nämndens beslut", "Miljö- och byggnämndens beslut"])
def test_a_decision_that_opens_with_its_decision_section_has_its_summary(heading: str) -> None:
    # a strandskydd decision: title, then *Beslut* and the decision in one sentence, as Myndigheternas skrivregler
    # ask; it had been told its first paragraph was the start of the body
    text = f"Beslut om strandskyddsdispens\n\n{heading}\n\n{DECISION}\n\nSkäl för beslutet\n\n{BODY}\n"
    assert not flagged(text)
    assert not flagged(text, genre="beslut")
    # without a title, and with a letterhead's lines before it
    assert not flagged(f"{heading}\n\n{DECISION}\n\nSkäl för beslutet\n\n{BODY}\n", genre="beslut")
    letterhead = "Miljö- och byggnämnden\n\nBESLUT 2025-04-02, Dnr MBN 2025-000219\n\n"
    assert not flagged(f"{letterhead}Beslut om strandskyddsdispens\n\n{heading}\n\n{DECISION}\n\nSkäl\n\n{BODY}\n")


@pytest.mark.parametrize(
    "text",
    [
        # the decision after a section of its own
        f"Bakgrund\n\nDu sökte dispens i mars.\n\nBeslut\n\n{DECISION}\n\nSkäl\n\n{BODY}\n",
        # a decision section as long as the body
        f"Beslut om strandskyddsdispens\n\nBeslut\n\n{BODY}\n",
        # a heading that only begins with the word (a title, not the decision's section)
        f"Beslut om strandskyddsdispens\n\nBeslut om villkor\n\n{DECISION}\n\nSkäl\n\n{BODY}\n",
    ],
)
def test_a_decision_section_that_is_not_first_or_not_short_is_no_summary(text: str) -> None:
    assert flagged(text)


def test_a_planbeskrivnings_purpose_and_main_features_is_its_summary() -> None:
    text = (
        "# Detaljplan för Kvarnbacken\n\n## Planbeskrivning\n\n### Planens syfte och huvuddrag\n\n"
        f"Planen gör det möjligt att bygga 120 bostäder.\n\n### Plandata\n\n{BODY}\n"
    )
    assert not flagged(text, "markdown", genre="dokument")
    assert flagged(text.replace("Planens syfte och huvuddrag", "Planens läge"), "markdown", genre="dokument")


def test_a_letters_greeting_is_not_its_first_paragraph() -> None:
    # a färdtjänst decision under lättläst: *Hej Gunnel Åkesson!* had been the paragraph that should name the topic
    opening = "Du har ansökt om färdtjänst. Du får färdtjänst i två år."
    text = f"Beslut om färdtjänst\n\nHej Gunnel Åkesson!\n\n{opening}\n\nSå har vi prövat kommunens ansökan\n\n{BODY}\n"
    assert not flagged(text)
    # a greeting over the body's long first paragraph is no summary either
    assert flagged(f"Beslut om färdtjänst\n\nHej Gunnel Åkesson!\n\n{BODY}\n")


def _message(text: str, **settings) -> str:
    [finding] = [f for f in lint_text(text, "markdown", **settings).findings if f.rule == "missing-summary"]
    return finding.message


def test_a_web_page_is_told_to_write_a_lead_not_a_summary_heading() -> None:
    """Session 42, webrev: *Lediga jobb* (a web page) had been told *Skriv en rubrik som ”Sammanfattning”*, which no
    web page has; its summary is the lead paragraph (the ingress)."""
    text = f"# Lediga jobb\n\n## Bakgrund\n\n{BODY}\n"
    web = _message(text, genre="webbsida")
    assert "ingress" in web and "vad sidan handlar om" in web and "Sammanfattning" not in web
    press = _message(text, genre="pressmeddelande")
    assert "ingress" in press and "Sammanfattning" not in press
    # a report keeps the summary heading as one way to do it
    assert "”Sammanfattning”" in _message(text, genre="dokument")


KEY_POINTS = (
    "- Kommunen ska arbeta mer med invånarnas vardag och framtid.\n\n"
    "- Alla frågor om vardag och framtid ska få svar inom en vecka.\n\n"
)


def test_a_short_list_of_key_points_before_the_first_subheading_is_a_summary() -> None:
    """Round 154 (false): a press release whose quoted key points stood before its first subheading had been told
    there was no text before the first subheading."""
    text = f"# Kommunen satsar på vardagen\n\n{KEY_POINTS}## Bakgrund\n\n{BODY}\n"
    assert not flagged(text, "markdown")
    assert not flagged(text, "markdown", genre="pressmeddelande")


def test_an_opening_list_that_is_long_or_off_topic_is_named_as_such() -> None:
    long_list = "".join(f"- Punkt {n} om invånarnas vardag och framtid i kommunen och allt annat.\n" for n in range(12))
    long_message = _message(f"# Kommunen satsar\n\n{long_list}\n## Bakgrund\n\n{BODY}\n")
    assert "punktlistan i början har 132 ord, för många" in long_message
    off_topic = "- Glass.\n- Sol.\n"
    off_message = _message(f"# Kommunen satsar\n\n{off_topic}\n## Bakgrund\n\n{BODY}\n")
    assert "punktlistan nämner inte det texten handlar om" in off_message
    # no list and no paragraph before the first subheading: the message says so, as before
    assert "inget inledande stycke" in _message(f"# Kommunen satsar\n\n## Bakgrund\n\n{BODY}\n")
