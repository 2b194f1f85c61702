"""A compound of common words that opens two sentences of a paragraph is lowered in a passive's example; a place's
name that does keeps its capital (verification s50: *Vi lämnar Omställningspension …*)."""

from __future__ import annotations

import pytest

from klarlint import lint_text


def examples(text: str) -> list[str]:
    return [f.suggestion for f in lint_text(text).findings if f.rule == "passive-voice"]


def test_a_common_compound_opening_two_sentences_is_lowered() -> None:
    text = (
        "Omställningspension lämnas till efterlevande make som inte har fyllt 65 år. Av utredningen framgår att ni "
        "var gifta. Omställningspension beviljas därför enligt 78 kap. 2 § socialförsäkringsbalken."
    )
    found = examples(text)
    assert found and all("omställningspension …" in s and "Omställningspension" not in s for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ekobacken rivs i vår. Ekobacken byggdes 1962.",  # a place's name opening both sentences
        "Ekobacken rivs i vår. Barnen på Ekobacken flyttar till en ny skola.",  # and with its capital inside one
    ],
)
def test_a_name_keeps_its_capital(text: str) -> None:
    found = examples(text)
    assert found and all("Ekobacken" in s for s in found)
