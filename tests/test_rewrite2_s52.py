"""passive-voice's doers, session 52's second wave (the procurement, housing, streets and claims re-tests): an *av*
phrase opened by a question word, one before a participle, and one that belongs to a participle inside a noun phrase
name no doer of the passive, or name it without the participle (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. *av hur X* opens a question clause: no doer -----------------------------------------------------------------

EVALUATION = (
    "Tilldelning sker på grundval av bästa förhållandet mellan pris och kvalitet. Kvalitet utvärderas utifrån "
    "anbudsgivarens beskrivning av hur larm hanteras när brukaren inte svarar, hur personalen säkerställer att den "
    "kan kommunicera med brukare som inte talar svenska samt hur leverantören arbetar med avvikelser."
)


@pytest.mark.parametrize("word", ["hanteras", "utvärderas"])
def test_a_question_clause_after_av_names_no_doer(word: str) -> None:
    # the note had named *hur larm* the doer and the example been *Hur larm hanterar …* (procurement re-test s52)
    found = finding(EVALUATION, word, genre="dokument")
    assert "hur larm" not in found.message.lower()
    assert "Hur larm" not in (found.suggestion or "")


def test_a_doer_after_av_is_still_named() -> None:
    found = finding("Kvalitet utvärderas av en bedömningsgrupp.", "utvärderas", genre="dokument")
    assert "”En bedömningsgrupp utvärderar kvalitet" in found.suggestion
