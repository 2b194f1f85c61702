"""Session 45, wave 4 (a third writer's re-tester): two negations in two clauses, a thing fitted with something
lasting, and *man* in what a third party wished for."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

ADDRESSED = "Du kan ringa oss. "  # the text speaks to its reader, so a generic *man* would be flagged


@pytest.mark.parametrize(
    "text",
    [
        "Om ni inte är överens kan vi inte registrera valet.",  # the om-clause hangs on *överens*, not on a verb
        "Om ni inte är nöjda kan ni inte klaga.",
        "Om du inte svarar kan vi inte behandla ärendet.",
    ],
)
def test_negations_in_a_conditional_clause_and_the_main_clause_are_no_double_negation(text: str) -> None:
    assert rule_texts(lint_text(text), "double-negation") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det är inte ovanligt att det tar tid.", "inte ovanligt"),
        ("Ingen får inte komma in.", "Ingen får inte"),
        ("Ingen är inte nöjd.", "Ingen är inte"),
        ("Det finns inga regler som inte kan ändras.", "inga regler som inte"),
        ("Det finns inga regler som inte är tydliga.", "inga regler som inte"),  # a predicative relative clause
        ("Det finns ingen som inte är nöjd.", "ingen som inte"),
    ],
)
def test_real_double_negations_are_still_flagged(text: str, expected: str) -> None:
    assert rule_texts(lint_text(text), "double-negation") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Med bil: Kör via Järnvägsgatan. Omledningen är skyltad.",
        "Om ditt hus är anslutet till kommunens vatten och avlopp betalar du en avgift för det.",
        "Skolan är belägen i centrum.",
        "Bilen är utrustad med vinterdäck.",
        "Rummet är försett med larm.",
        "Alla varor är märkta.",
        "Området är inhägnat.",
    ],
)
def test_a_thing_fitted_with_something_lasting_is_no_state_passive(text: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Din ansökan är avslagen.", "är avslagen"),
        ("Beslutet är fattat.", "är fattat"),
        ("Ärendet är avslutat.", "är avslutat"),
        ("Frågan är utredd.", "är utredd"),
    ],
)
def test_an_act_is_still_a_state_passive(text: str, expected: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Många ville ha en hög klätterställning och en plats där man kan plaska med vatten.",
        "Barnen önskade sig en plats där man kan plaska.",
        "Eleverna berättade att de ville ha en plats där man kan gömma sig.",
        "Föreningen har i sin ansökan angett att man har fått sponsring.",
    ],
)
def test_man_in_what_a_third_party_wished_or_reported_is_not_the_reader(text: str) -> None:
    assert rule_texts(lint_text(ADDRESSED + text), "impersonal-man") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunen vill att man sorterar sitt avfall.", ["man"]),  # a wish's att clause asks the reader
        ("Vi vill ha en skola där man känner sig trygg.", ["man"]),  # the writer's wish
        ("Du har angett att man har fått sponsring.", ["man"]),
        ("Här finns en plats där man kan plaska.", ["man"]),
    ],
)
def test_man_is_still_the_reader_outside_a_third_party_wish(text: str, expected: list[str]) -> None:
    assert rule_texts(lint_text(ADDRESSED + text), "impersonal-man") == expected
