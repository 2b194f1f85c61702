"""passive-voice's active examples, session 51 (the health, social, leisure, debt and building re-tests): *när som
helst* opens no clause, a reflexive doer cannot open the active clause, a place phrase is not the doer's, a particle
stays with its verb (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. *när som helst* is an adverb, not a relative clause -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # the parse made *som* the subject: the example had been *som du återkallar …* in a main clause
        (
            "Samtycket kan när som helst återkallas av Dig, varvid fortsatt uppgiftslämnande ej får ske.",
            "återkallas",
            "”Du kan återkalla samtycket …”",
        ),
        ("Ansökan kan när som helst granskas av kommunen.", "granskas", "”Kommunen kan granska ansökan …”"),
    ],
)
def test_som_helst_opens_no_clause(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # a real relative clause stays one
        ("Det är ett samtycke som kan återkallas av dig.", "återkallas", "”som du kan återkalla …”"),
        ("Vi har ett register som granskas av kommunen.", "granskas", "”som kommunen granskar …”"),
    ],
)
def test_a_relative_clause_stays_one(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion
