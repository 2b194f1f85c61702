"""Session 49's re-tests (HR, utility, legal): a court's case number is no range, *kr.* ends a sentence before one
that opens, *from.* is an abbreviation, nominal style with *ske* and *möjliggöra*, relative *vilken* and dates."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


# --- 1. quotes-and-dashes: a court's case number (*Mål nr T 5521-26*) is no range ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Domen i mål nr T 5521-26 meddelades i dag.",
        "Se mål B 5510-26 och Ö 12-25 i Högsta domstolen.",
        "Tingsrätten avgjorde målet, målnummer 12-25, i går.",
    ],
)
def test_a_court_case_number_is_no_range(text: str) -> None:
    assert _found(text, "quotes-and-dashes") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vi har öppet 10-12 på lördagar.", "10-12"),
        ("I 10-12 veckor gäller beslutet.", "10-12"),  # *I* is a word, not a court's letter
        ("Läs sidorna 5521-5526 i rapporten.", "5521-5526"),
    ],
)
def test_a_range_after_other_words_keeps_its_dash(text: str, span: str) -> None:
    assert [found for found, _ in _found(text, "quotes-and-dashes")] == [span]
