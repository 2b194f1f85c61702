"""Sentences: an abbreviation that never ends a sentence (*kap.*, *t.ex.*) followed by a number, a § or a lower-case
word goes on, even where the parse gives the rest a root of its own (session 46, writer re-test: the finding's
context had ended "… 27 kap.")."""

from __future__ import annotations

import pytest

from klarlint.linter import analyze
from klarlint.readers import read_text


def _sentences(text: str) -> list[str]:
    block = analyze(read_text(text)).blocks[0]
    return [text[s.char_start : s.char_end] for s in block.sentences]


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet har fattats med stöd av 27 kap. 46 § socialförsäkringsbalken.",
        "Beslutet har fattats med stöd av 27 kap. 46 § lagen.",
        "Enligt 4 kap. 1 § socialtjänstlagen har du rätt till bistånd.",
    ],
)
def test_a_chapter_reference_is_one_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a capital after an abbreviation may open a sentence: the parse decides, as before
        ("Det kostar 5 mkr. Nästa år blir det mer.", "Det kostar 5 mkr."),
        ("Se sidan 4. Där står det.", "Se sidan 4."),
    ],
)
def test_a_sentence_after_an_abbreviation_or_a_number_still_begins(text: str, first: str) -> None:
    found = _sentences(text)
    assert len(found) == 2
    assert found[0] == first
