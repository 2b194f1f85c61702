"""passive-voice's named doers and active examples, session 50 (the university, transport, pensions, business and
defence re-tests): an *av* phrase after a count, *på nytt*, a mistagged adverb or an inverted *du* names the doer, and
the example puts that doer first (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding


def _passives(text: str, genre: str = "brev") -> list:
    return [f for f in lint_text(text, genre=genre).findings if f.rule == "passive-voice"]


# --- 1. a doer the sentence names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "doer", "active"),
    [
        (
            "Skyddsrummen kontrolleras regelbundet av MCF:s skyddsrumssakkunniga.",
            "kontrolleras",
            "MCF:s skyddsrumssakkunniga",
            "”MCF:s skyddsrumssakkunniga kontrollerar ",
        ),
        (
            "Student som har underkänts två gånger av en och samma examinator har rätt till en annan examinator.",
            "underkänts",
            "en och samma examinator",
            "”som en och samma examinator har underkänt ",
        ),
        (
            "Uppgiften kommer att bedömas på nytt av examinator.",
            "bedömas",
            "examinator",
            "”Examinator kommer att bedöma uppgiften ",
        ),
        (
            "Den 14 november 2026 klockan 23.40 kontrollerades du av polisen på E4 vid Sundsvall.",
            "kontrollerades",
            "polisen",
            "”Polisen kontrollerade dig …”",
        ),
    ],
)
def test_a_doer_the_sentence_names_is_named(text: str, word: str, doer: str, active: str) -> None:
    # each had been a warning that the doer is hidden, with *(Vem?)*, *Vi* or *Vi kontrollerade dig av polisen*
    found = finding(text, word, genre="brev")
    assert found.severity == "info"
    assert f"(”{doer}”)" in found.message
    assert active in found.suggestion


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun's own *av* stays the noun's: what is tested, not who tests
        ("Nu granskas ämnet av kursen på nytt.", "granskas"),
        ("Rapporten har lämnats två gånger.", "lämnats"),
        # an adjective's *av* is no doer
        ("Sökande bedöms som behöriga av hänsyn till tidigare studier.", "bedöms"),
    ],
)
def test_no_doer_where_none_is_named(text: str, word: str) -> None:
    found = finding(text, word, genre="brev")
    assert "texten säger vem som gör det" not in found.message
