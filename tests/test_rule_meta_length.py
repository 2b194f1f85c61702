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
    # note43: the mark had started mid-word (*r.* of *kontaktar.*); the word the cut falls in is marked whole, and
    # the quote ends before it, as a search result cuts between words
    assert finding.text == "kontaktar."
    assert "Beskrivningen har 162 tecken" in finding.message
    assert "sökträffen slutar vid ”…SFI, vilka rättigheter du har och vem du”" in finding.message


def test_a_short_limit_quotes_all_that_shows_and_a_short_text_nothing() -> None:
    page = "---\ntitle: Ansök om bygglov för ditt hus\n---\n\nText.\n"
    options = {"meta-length": {"max_title": 12}}
    [finding] = [f for f in lint_text(page, "markdown", rules=options).findings if f.rule == "meta-length"]
    assert "slutar vid ”Ansök om”" in finding.message and finding.text == "bygglov för ditt hus"
    assert not [f for f in lint_text(page, "markdown").findings if f.rule == "meta-length"]


def test_the_mark_starts_at_a_word_never_inside_one() -> None:
    """note43: the mark started mid-word. A limit in a word marks that word whole; a limit at a space marks from the
    next word; every word shown in full stays unmarked."""
    page = "---\ntitle: Ansök om bygglov för ditt hus\n---\n\nText.\n"
    for limit, marked, quoted in [
        (8, "bygglov för ditt hus", "Ansök om"),  # the cut right after *om*
        (9, "bygglov för ditt hus", "Ansök om"),  # the cut at *bygglov*'s first letter
        (7, "om bygglov för ditt hus", "Ansök"),  # *o* of *om* shows
    ]:
        options = {"meta-length": {"max_title": limit}}
        [finding] = [f for f in lint_text(page, "markdown", rules=options).findings if f.rule == "meta-length"]
        assert (finding.text, f"slutar vid ”{quoted}”" in finding.message) == (marked, True), limit
