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


# --- 2. a present shaped like a supine takes no other clause's *har* -----------------------------------------------


def test_a_present_of_a_tt_stem_is_present_in_the_active() -> None:
    # the example had been *Vi har ersätt …*, not a Swedish form, with the *har* of *Om du har periodbiljett*
    found = finding("Om du har periodbiljett ersätts du med 50 kr per försenad resa.", "ersätts", genre="brev")
    assert "har ersätt" not in found.suggestion
    assert "”Vi ersätter " in found.suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        ("Kostnaden har ersatts av försäkringsbolaget.", "ersatts", "”Försäkringsbolaget har ersatt kostnaden"),
        ("Avgiften har satts ned av nämnden.", "satts", "”Nämnden har satt ned avgiften"),
    ],
)
def test_a_supine_keeps_its_auxiliary(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion
