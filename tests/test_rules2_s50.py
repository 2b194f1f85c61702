"""Session 50's second wave (tax, integration, care, water re-tests): state passives, nominalizations, numbers."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


def _texts(text: str, rule: str, fmt: str = "text") -> list[str]:
    return [found for found, _ in _found(text, rule, fmt)]


# --- 1. state-passive: a linked compound's neuter form, a tax exemption ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hyreskontraktet är tidsbegränsat till två år.",  # the neuter form of the exempt *tidsbegränsad*
        "Fakturorna avsåg fastighetsskötsel, som inte är undantagen från moms.",  # a tax status: VAT-exempt
        "Tjänsterna är undantagna från skatteplikt.",
    ],
)
def test_a_property_or_a_tax_status_is_no_state_passive(text: str) -> None:
    assert _texts(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hyreskontraktet är tidsbegränsat av hyresvärden.", "är tidsbegränsat"),  # the doer named
        ("Du är undantagen från kravet.", "är undantagen"),  # not a tax: who decided may be hidden
        ("Beslutet är fattat.", "är fattat"),
    ],
)
def test_a_state_passive_is_still_found(text: str, span: str) -> None:
    assert _texts(text, "state-passive") == [span]


# --- 2. nominalization: a particle's *ledning*, new pairs, a risk assessment's object -------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Omledning sker via Järnvägsgatan och är skyltad.", "Omledning sker", "Skriv med ett verb"),
        ("Omprovtagning genomfördes inom 24 timmar.", "Omprovtagning genomfördes", "Skriv med verbet ”ta nya prov”"),
        (
            "Du får hjälp med att göra en folkbokföring hos Skatteverket.",
            "göra en folkbokföring",
            "Skriv med verbet ”folkbokföra dig”",
        ),
        (
            "Sjuksköterskan ska göra en riskbedömning inom 14 dagar.",
            "göra en riskbedömning",
            "Skriv med verbet ”bedöma riskerna”",
        ),
        ("Vi gör en säkerhetsbedömning av lokalen.", "gör en säkerhetsbedömning", "Skriv med verbet ”bedöma”"),
    ],
)
def test_a_hidden_action_is_found_with_its_advice(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "nominalization") == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Vattenledning sker via Järnvägsgatan.",  # not a particle's *ledning*: a pipe
        "Folkbokföringen visar var du bor.",
        "Provtagningen visade inga bakterier.",
    ],
)
def test_a_thing_or_a_plain_subject_is_no_light_verb(text: str) -> None:
    assert _texts(text, "nominalization") == []


# --- 3. numbers-and-dates: an ordinal before a unit of time ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [("Gör om bedömningen minst var 6:e månad.", [("6:e", "sjätte")]), ("Vart 2:a år.", [("2:a", "andra")])],
)
def test_an_ordinal_before_a_period_is_spelled_out(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "numbers-and-dates") == found


@pytest.mark.parametrize("text", ["Betala den 25:e varje månad.", "Vi ses i rum 6:e våningen.", "Var 6 månad."])
def test_other_ordinals_are_left_alone(text: str) -> None:
    assert _texts(text, "numbers-and-dates") == []
