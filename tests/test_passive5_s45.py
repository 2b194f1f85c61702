"""passive-voice, session 45, wave 5 (writers' re-tests): *utvecklas* of a state or a trend (*hur ensamheten
utvecklas*) is intransitive 'develops', and a heading *Det här ändras* names what its section tells (real model)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding


def _passives(text: str, **settings: str) -> list[str]:
    return [text[f.start : f.end] for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]


# --- 1. *hur ensamheten utvecklas*: a state develops by itself -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Folkhälsomyndigheten ska följa upp hur ensamheten utvecklas, så att vi vet om åtgärderna gör skillnad.",
        "Vi följer noga hur säkerhetsläget utvecklas i regionen.",
        "Myndigheten bevakar hur priserna utvecklas under året.",
        "Regeringen följer hur situationen utvecklas.",
        "Bostadsmarknaden har utvecklats svagt under året.",
    ],
)
def test_a_state_that_develops_is_no_passive(text: str) -> None:
    assert not [w for w in _passives(text, genre="artikel") if w.startswith("utveckla")]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Metoden utvecklas av forskarna vid universitetet.", "utvecklas"),
        ("Nya tjänster utvecklas för att underlätta för företagen.", "utvecklas"),
        ("Tekniken ska utvecklas vidare av företagen.", "utvecklas"),
        ("Regeringen vill att marknaden ska utvecklas genom nya regler.", "utvecklas"),
    ],
)
def test_something_someone_develops_is_still_a_passive(text: str, verb: str) -> None:
    assert finding(text, verb, genre="webbsida")


# --- 2. *## Det här ändras*: a heading that names what its section tells -----------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("# Nya regler för fyrverkerier\n\n## Det här ändras\n\nKommunen beslutar om tillstånd.", "ändras"),
        ("# Nya regler\n\n## Detta ändras den 1 juli\n\nKommunen beslutar om tillstånd.", "ändras"),
        ("# Nya regler för fyrverkerier\n\n## Varför ändras reglerna?\n\nKommunen beslutar om tillstånd.", "ändras"),
        ("# Nya regler\n\n## Så påverkas du\n\nKommunen beslutar om tillstånd.", "påverkas"),
    ],
)
def test_a_heading_naming_what_changes_gets_the_heading_message(text: str, verb: str) -> None:
    found = finding(text, verb, genre="webbsida")
    assert "i en rubrik som säger vad avsnittet förklarar" in found.message
    assert found.suggestion is None


def test_a_heading_with_a_noun_subject_keeps_the_general_message() -> None:
    text = "# Nya regler\n\n## Avgiften höjs av kommunen\n\nDen blir 500 kronor."
    assert "i en rubrik som säger vad avsnittet förklarar" not in finding(text, "höjs", genre="webbsida").message


def test_detta_galler_is_no_passive() -> None:
    assert not _passives("# Nya regler\n\n## Detta gäller\n\nKommunen beslutar om tillstånd.", genre="webbsida")


def test_a_sentence_det_har_andras_is_no_heading() -> None:
    text = "# Nya regler\n\nDet här ändras av kommunen nästa år, och avgiften blir högre."
    found = finding(text, "ändras", genre="webbsida")
    assert "i en rubrik som säger vad avsnittet förklarar" not in found.message
