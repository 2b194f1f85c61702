"""Language of short Danish, Finnish and minority-language text, an empty ``<html lang="">`` and front matter's
``lang: sv`` on English text (session 44, issue 13 item 6; session 43's *Language:* left-overs)."""

from __future__ import annotations

import pytest

from klarlint.language import document_languages
from klarlint.linter import lint_text
from klarlint.readers import read_text

PAGE_BODY = (
    "<head><title>Bygglov – Exempelby kommun</title></head><body><main><h1>Bygglov</h1><p>Du kan söka bygglov i "
    "vår e-tjänst. Vi svarar inom tre veckor och skickar beslutet till dig.</p></main></body></html>"
)


def _languages(source: str, fmt: str) -> tuple[str, dict[str, str]]:
    document = read_text(source, fmt)
    found = document_languages(document)
    return found.language, {block.text: lang for block, lang in zip(document.blocks, found.blocks, strict=True)}


def _missing_lang(page: str) -> str:
    [finding] = [f for f in lint_text(page, fmt="html").files[0].findings if f.rule == "lang-attribute"]
    assert finding.subcheck == "lang-missing"
    return finding.message


@pytest.mark.parametrize("html", ['<!DOCTYPE html><html lang="">', "<html LANG = ' ' class='no-js'>"])
def test_an_empty_lang_is_said_to_be_empty(html: str) -> None:
    # it had been told *<html> saknar attributet lang*, which it has
    message = _missing_lang(html + PAGE_BODY)
    assert 'attributet lang på elementet <html> är tomt (lang="")' in message and "saknar" not in message


@pytest.mark.parametrize("html", ["<!DOCTYPE html><html>", '<!-- <html lang="sv"> --><html>', '<html data-lang="sv">'])
def test_a_missing_lang_is_still_said_to_be_missing(html: str) -> None:
    assert "elementet <html> saknar attributet lang" in _missing_lang(html + PAGE_BODY)


ENGLISH = (
    "# Welcome to Storvik\n\nStorvik is a small municipality in the north of Sweden. Here you can read about our "
    "schools, housing and jobs.\n\nIf you have questions, please contact the customer service centre.\n"
)
MARK = 'med lang="en" i sidans kod'


def _language_notices(source: str) -> list[str]:
    report = lint_text(source, fmt="markdown").files[0]
    return [n.message for n in report.notices if n.code == "other-language"]


def test_front_matter_lang_sv_on_english_text_gets_the_advice_html_gets() -> None:
    # HTML lang="sv" on English text is told *Märk sidan med lang="en" …*; front matter's lang: sv had been told nothing
    [message] = _language_notices(f"---\ntitle: Welcome\nlang: sv\n---\n\n{ENGLISH}")
    assert "Texten är på engelska" in message and f"Märk sidan {MARK}" in message


def test_an_english_section_of_a_markdown_page_marked_sv_gets_the_advice() -> None:
    source = (
        "---\nlang: sv\n---\n\n# Bygglov\n\nDu behöver bygglov om du vill bygga ett nytt hus eller bygga till ditt "
        "hus.\n\n## In English\n\nYou need a building permit if you want to build a new house or extend your house. "
        "Please apply through our e-service and we will answer within four weeks.\n"
    )
    [message] = _language_notices(source)
    assert f"Märk den {MARK}" in message


@pytest.mark.parametrize(
    "source", [ENGLISH, f"---\nlang: en\n---\n\n{ENGLISH}", f"+++\nlanguage = 'en-GB'\n+++\n\n{ENGLISH}"]
)
def test_english_markdown_without_a_wrong_declaration_gets_no_advice(source: str) -> None:
    # a Markdown file without front matter need not be a web page; one marked lang: en is marked right
    [message] = _language_notices(source)
    assert "Texten är på engelska" in message and "Märk" not in message
