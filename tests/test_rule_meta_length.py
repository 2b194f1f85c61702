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


LONG_SENTENCE = (
    "Här kan du som privatperson eller företagare läsa om hur du ansöker om bygglov, marklov eller rivningslov "
    "hos kommunen och vilka handlingar du behöver skicka in till byggnadsnämnden innan vi kan börja handlägga ärendet"
)


def test_a_long_meta_description_is_measured_by_meta_length_not_long_sentence() -> None:
    """note43: a long meta description got a long-sentence finding beside meta-length's: it is search-result text,
    measured in the characters a result shows, and a sentence over 25 words is over its 160 characters."""
    assert len(LONG_SENTENCE.split()) > 30 and len(LONG_SENTENCE) > 160
    html = (
        f"<html lang=sv><head><title>Bygglov</title><meta name=description content='{LONG_SENTENCE}.'></head>"
        "<body><main><p>Du söker bygglov i vår e-tjänst.</p></main></body></html>"
    )
    markdown = f"---\ndescription: {LONG_SENTENCE}.\n---\n\nDu söker bygglov i vår e-tjänst.\n"
    for page, fmt in ((html, "html"), (markdown, "markdown")):
        rules = [f.rule for f in lint_text(page, fmt).findings]
        assert "meta-length" in rules and "long-sentence" not in rules, fmt
    # the same sentence in the page's text is a long sentence
    body = f"<html lang=sv><head><title>Bygglov</title></head><body><main><p>{LONG_SENTENCE}.</p></main></body></html>"
    assert [f.text for f in lint_text(body, "html").findings if f.rule == "long-sentence"] == [f"{LONG_SENTENCE}."]
