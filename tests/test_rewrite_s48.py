"""passive-voice's doer, session 48 (the writer's re-test): a name of several capitalised words is the doer whole
(real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding

# --- 1. a name of several capitalised words is the doer whole ------------------------------------------------------


def test_a_name_of_capitalised_words_is_the_doer_whole() -> None:
    # the example had been *som Håll genomförde …*
    text = "Vid den skräpmätning som genomfördes av Håll Sverige Rent hösten 2025 hittades mest fimpar."
    found = finding(text, "genomfördes", genre="rapport")
    assert "(”Håll Sverige Rent”)" in found.message
    assert "”som Håll Sverige Rent genomförde …”" in found.suggestion


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Rapporten granskades av kommunen Under hösten.", "”kommunen”"),  # a lower-case doer takes no capital
        ("Beslutet fattades av Skatteverket.\nNästa steg är ett möte.", "”Skatteverket”"),  # not past a line
    ],
)
def test_a_capitalised_word_after_another_doer_is_not_joined(text: str, doer: str) -> None:
    found = [f for f in lint_text(text, genre="rapport").findings if f.rule == "passive-voice"]
    assert found
    assert f"({doer})" in found[0].message
