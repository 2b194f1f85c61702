"""Session 51's re-tests (health, social services, leisure, debt, building): state passives, nominal style, numbers,
relative *vilken* and abbreviations."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


def _texts(text: str, rule: str, fmt: str = "text") -> list[str]:
    return [found for found, _ in _found(text, rule, fmt)]


# --- abbreviation: e.dyl. and max. written out; FIFA a name every reader knows -------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Om fastigheten ligger i ett område av riksintresse e.dyl. krävs det andra tillstånd.",
            "e.dyl.",
            "eller liknande",
        ),
        ("Skicka bilder på max. 10 tidigare verk.", "max.", "högst"),
        ("Max. 20 personer får vara i lokalen.", "Max.", "Högst"),
    ],
)
def test_e_dyl_and_max_are_written_out(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "abbreviation") == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Max Svensson svarar på frågor om lokalen.",  # a name
        "Värdet är som max. när solen står högst.",  # no number after it
        "Varje fredag ordnar vi en turnering i FIFA eller workshop i dans.",
    ],
)
def test_a_name_and_max_without_a_number_are_left_alone(text: str) -> None:
    assert _found(text, "abbreviation") == []


# --- relative-vilken: without a comma, a nearer noun of the same gender does not stop *som* ---------------------------


def test_vilken_after_two_agreeing_nouns_without_a_comma_is_flagged() -> None:
    text = "Det har framkommit att det finns en tvättstuga i fastigheten vilken den sökande har tillgång till."
    assert _found(text, "relative-vilken") == [("vilken", "som")]


@pytest.mark.parametrize(
    "text",
    [
        "Om mätvärden saknas görs en uppskattning utifrån tidigare förbrukning, vilken korrigeras sedan.",  # s49
        "Vi frågade handläggaren i kommunen vilken hon valde.",  # an indirect question after the object's phrase
    ],
)
def test_vilken_after_a_comma_or_asking_is_still_not_flagged(text: str) -> None:
    assert _found(text, "relative-vilken") == []


# --- numbers-and-dates and quotes-and-dashes: a range of thousands ------------------------------------------------


def test_each_limit_of_a_dotted_range_is_grouped() -> None:
    text = "Ersättningen är 9.000-14.000 kronor per månad före skatt."
    assert _found(text, "numbers-and-dates") == [("9.000", "9 000"), ("14.000", "14 000")]


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Ersättningen är 9 000-14 000 kronor per månad.", "9 000-14 000", "9 000–14 000"),
        ("En energideklaration kostar oftast mellan 5 000-10 000 kronor.", "5 000-10 000", "5 000 och 10 000"),
        ("Det kostar från 1 500-2 000 kronor.", "1 500-2 000", "1 500 till 2 000"),
    ],
)
def test_a_range_of_grouped_thousands_gets_its_dash_or_word(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "quotes-and-dashes") == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Ring 0771-567 567 eller 070-123 45 67 om du har frågor.",  # telephone numbers
        "Se punkt 3.100-3.200 i avtalet.",  # section numbers
        "Summan 14 000-9 000 är 5 000.",  # a subtraction, not a range
    ],
)
def test_telephone_numbers_and_sections_are_no_range_of_thousands(text: str) -> None:
    assert _found(text, "quotes-and-dashes") == []
    assert _found(text, "numbers-and-dates") == []
