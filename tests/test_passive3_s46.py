"""passive-voice, session 46 round 3 (web editor's re-test 8, writer's re-test 7): *fram till* is no particle, a state
after *bli*, a body's change of state, a thing's need, what a document shows, and who the reader is (real model)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding


def _passives(text: str, **settings: str) -> list:
    return [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]


# --- 4. *fram till* (until), *fram och tillbaka*: no particle of the verb ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Översiktsplanen visar hur kommunen vill att mark och vatten ska användas fram till år 2040.",
        "Planen ska följas fram till 2030.",
        "Papperen skickades fram och tillbaka i flera veckor.",
    ],
)
def test_fram_of_time_is_no_particle(text: str) -> None:
    # the span and the message had said *användas fram*
    found = _passives(text, genre="webbsida")
    assert found and all(not f.text.endswith("fram") for f in found)


def test_a_verb_that_takes_fram_keeps_it() -> None:
    assert finding("Rapporten togs fram till mötet i maj.", "togs").text == "togs fram"
