"""Session 49's county re-test: a hyphen between two dates of a day and a month (*1 april-31 maj*) is a range."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    report = lint_text(text)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


# --- 1. quotes-and-dashes: a range of dates with the month's name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Gädda är fredad under tiden 1 april-31 maj.", "1 april-31 maj", "1 april–31 maj"),
        ("Du får ha hunden lös under tiden 1 mars-20 augusti.", "1 mars-20 augusti", "1 mars–20 augusti"),
        ("Samrådet pågick 10 mars-30 april 2026.", "10 mars-30 april", "10 mars–30 april"),
        ("Fredningstid: 1 sep-31 okt", "1 sep-31 okt", "1 sep–31 okt"),  # a table cell's abbreviations
        # the year after the first date is part of it: not the number range *2026–30*
        ("Samrådet pågick 10 mars 2026-30 april 2026.", "10 mars 2026-30 april", "10 mars 2026–30 april"),
        ("Fisket är öppet från 1 april-31 maj.", "1 april-31 maj", "1 april till 31 maj"),
    ],
)
def test_a_hyphen_between_two_dates_is_flagged(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "quotes-and-dashes") == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Första maj-tåget går den 1 maj.",  # a compound with a month
        "Firandet planeras av 1 maj-kommittén.",  # a date inside a name
        "Perioden 2026-04-01 till 2026-05-31 gäller.",  # ISO dates
        "Fisket är öppet 1 april–31 maj.",  # already an en dash
        "Anmälan senast 1 april - vi hör av oss.",  # a spaced dash is another sub-check's
    ],
)
def test_a_compound_name_or_iso_date_is_no_date_range(text: str) -> None:
    assert [span for span, _ in _found(text, "quotes-and-dashes") if "april-" in span or "maj-" in span] == []


# --- 2. relative-vilken: the indefinite article gives the noun its gender (*en tolk*, tagged neuter) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Vi anlitar en tolk, vilken ni betalar.",
        "I annat fall erfordras en tolk, vilken ni själva bekostar.",
        "Vi anlitar en tolk, vilken hjälper er.",
    ],
)
def test_vilken_after_en_and_a_noun_the_tagger_calls_neuter_is_flagged(text: str) -> None:
    assert _found(text, "relative-vilken") == [("vilken", "som")]


@pytest.mark.parametrize(
    "text",
    [
        "Vi anlitar ett företag, vilken ni betalar.",  # *ett*: neuter, *vilken* does not agree
        "Vi anlitar en tolk, vilket innebär en kostnad.",  # *vilket* sums up the clause
        "Vi frågade en tolk vilken ni valde.",  # an indirect question
    ],
)
def test_vilken_that_does_not_agree_with_the_article_or_asks_is_not_flagged(text: str) -> None:
    assert _found(text, "relative-vilken") == []
