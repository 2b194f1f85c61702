"""meta-length: a page title or description longer than search results show, and where the result is cut."""

from __future__ import annotations

from conftest import lint_text

DESCRIPTION = (
    "Information om hur Strängnäs kommun behandlar personuppgifter för dig som söker eller studerar inom komvux och "
    "SFI, vilka rättigheter du har och vem du kontaktar."
)


def test_the_message_quotes_the_last_words_a_search_result_shows() -> None:
    """Session 41: a description two characters too long had quoted only the cut-off *r.*, which tells nothing."""
    page = f"---\ndescription: {DESCRIPTION}\n---\n\nText om personuppgifter.\n"
    [finding] = [f for f in lint_text(page, "markdown").findings if f.rule == "meta-length"]
    assert finding.text == "r."  # the part cut off is still what is marked
    assert "Beskrivningen har 162 tecken" in finding.message
    assert "sökträffen slutar vid ”…rättigheter du har och vem du kontakta”" in finding.message


def test_a_short_limit_quotes_all_that_shows_and_a_short_text_nothing() -> None:
    page = "---\ntitle: Ansök om bygglov för ditt hus\n---\n\nText.\n"
    options = {"meta-length": {"max_title": 12}}
    [finding] = [f for f in lint_text(page, "markdown", rules=options).findings if f.rule == "meta-length"]
    assert "slutar vid ”Ansök om byg”" in finding.message
    assert not [f for f in lint_text(page, "markdown").findings if f.rule == "meta-length"]
