"""passive-voice's doer and active examples, session 49 (the HR, utility and legal re-tests): a court named by its
town is the doer whole, a present shaped like a supine takes no other clause's *har*, and a verb that opened the
sentence is lower case inside the example (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding


def _passives(text: str, genre: str = "brev") -> list:
    return [f for f in lint_text(text, genre=genre).findings if f.rule == "passive-voice"]


# --- 1. a court named by its town is the doer whole -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Gärningsmannen dömdes av Umeå tingsrätt den 3 juni 2026 att betala skadestånd.", "dömdes", "Umeå tingsrätt"),
        ("Domen meddelades av Svea hovrätt den 2 maj.", "meddelades", "Svea hovrätt"),
    ],
)
def test_a_court_named_by_its_town_is_the_doer_whole(text: str, word: str, doer: str) -> None:
    # the doer had been *Umeå*, the example *Umeå dömde gärningsmannen …*
    found = finding(text, word, genre="brev")
    assert f"(”{doer}”)" in found.message
    assert f"”{doer} " in found.suggestion


def test_a_court_after_a_preposition_is_no_part_of_the_doer() -> None:
    found = finding("Frågan avgjordes av Anna Berg i tingsrätt.", "avgjordes", genre="brev")
    assert "(”Anna Berg”)" in found.message
