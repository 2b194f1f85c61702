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
