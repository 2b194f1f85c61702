"""A letter addressed to a group may say *ni* to all and *du* to each: the address switch is told as advice, with no
word put in (fix check s52: *Vi renoverar era badrum* in a letter *Till hyresgästerna på Lärkvägen 20–24* had become
*dina badrum*)."""

from __future__ import annotations

import pytest

from conftest import lint_text

BODY = (
    "Norrby den 7 december 2026\n\nVi renoverar era badrum 2027\n\nUnder 2027 byter vi rören i ert hus. Rören är "
    "gamla och behöver bytas.\n\nDen nya hyran gäller från månaden efter att arbetet i din lägenhet är klart.\n\n"
    "Du kan bo kvar i din lägenhet under arbetet. Du får ett brev med tider i god tid.\n\nHar du frågor kan du ringa "
    "oss på 0123-456 00.\n\nMed vänliga hälsningar\nNorrbyhem AB\n"
)


def switches(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    found = lint_text(text, genre="brev").findings
    return [(f.text, f.replacements, f.message) for f in found if f.subcheck == "address-switch"]


@pytest.mark.parametrize("to", ["Till hyresgästerna på Lärkvägen 20–24", "Till boende i kvarteret Lärkan"])
def test_a_letter_to_a_group_is_told_the_switch_as_advice(to: str) -> None:
    found = switches(f"{to}\n\n{BODY}")
    assert [(text, fix) for text, fix, _ in found] == [("era", ()), ("ert", ())]
    assert all("Brevet går till en grupp" in message for _, _, message in found)


def test_a_letter_to_one_reader_still_gets_the_word() -> None:
    found = switches(f"Till Anna Berg\n\n{BODY}")
    assert [(text, fix) for text, fix, _ in found] == [("era", ("dina",)), ("ert", ("ditt",))]
