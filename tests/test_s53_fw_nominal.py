"""Light verbs of session 53's re-tests (agri, customs): *ske* whose subject's phrase is long and whose adverb the
parse hung on the auxiliary, and the reader's own step hidden in *signeringen genomförs*."""

from __future__ import annotations

import pytest

from conftest import lint_text


def light_verbs(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text).findings if f.rule == "nominalization"]


@pytest.mark.parametrize(
    ("text", "found", "suggestion"),
    [
        (
            "Förflyttning av grisar från gården till annan plats än slakteri får endast ske efter tillstånd.",
            "Förflyttning av grisar från gården till annan plats än slakteri får endast ske",
            "Skriv med verbet ”flytta”",
        ),
        (
            "Det är därför av största vikt att signeringen genomförs före sista ansökningsdag.",
            "signeringen genomförs",
            "Skriv med verbet ”signera”",
        ),
    ],
)
def test_hidden_actions_are_found(text: str, found: str, suggestion: str) -> None:
    assert light_verbs(text) == [(found, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Fördelningen i klubben får endast ske i maj.",  # a phrase that is the verb's adverbial, not the noun's own
        "Invigningen av skolan får endast ske i maj.",  # an event, no hidden doer
        "Signeringen av avtalet var en fin stund.",
    ],
)
def test_events_and_adverbials_are_left_alone(text: str) -> None:
    assert light_verbs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet har fattats av enhetschef Erik Nyström.",
        "Beslutet har fattats med stöd av 27 kap. 1 § rättegångsbalken.",
    ],
)
def test_a_decisions_closing_line_is_left_to_the_passive_note(text: str) -> None:
    """The decision's closing formula: one note (passive-voice's, *X har beslutat*), not two (re-tests s53)."""
    assert light_verbs(text) == []
    assert [f.rule for f in lint_text(text).findings if f.text == "fattats"] == ["passive-voice"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Beslutet fattades mot bakgrund av en utvärdering.", "Beslutet fattades"),  # no decider named: hidden
        ("Beslut har fattats av nämnden.", "Beslut har fattats"),  # not the document itself
        ("Nämnden har fattat ett beslut om bidraget.", "fattat ett beslut"),
    ],
)
def test_other_decisions_keep_besluta(text: str, found: str) -> None:
    assert light_verbs(text) == [(found, "Skriv med verbet ”besluta / bestämma”")]
