"""Session 43: a protocol's heading right above a shorter sentence (no blank line) is a heading in plain text."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.document import BlockKind
from klarlint.readers import read_text

HEADING, PARAGRAPH = BlockKind.HEADING, BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the reviewer's repro (r-heading-merge.txt)
        (
            "Kommunstyrelsens förslag till beslut\nMotionen avslås.\n",
            [(HEADING, "Kommunstyrelsens förslag till beslut"), (PARAGRAPH, "Motionen avslås.")],
        ),
        # in a pasted protocol, after a paragraph and with no blank lines at all
        (
            "Ärendebeskrivning\nLena Axelsson (V) har i en motion föreslagit avgiftsfri kollektivtrafik.\n"
            "Kommunfullmäktiges beslut\nMotionen avslås.\nReservation\n"
            "Vänsterpartiets ledamöter reserverar sig mot beslutet.\n",
            [
                (HEADING, "Ärendebeskrivning"),
                (PARAGRAPH, "Lena Axelsson (V) har i en motion föreslagit avgiftsfri kollektivtrafik."),
                (HEADING, "Kommunfullmäktiges beslut"),
                (PARAGRAPH, "Motionen avslås."),
                (HEADING, "Reservation"),
                (PARAGRAPH, "Vänsterpartiets ledamöter reserverar sig mot beslutet."),
            ],
        ),
        (
            "Arbetsutskottets förslag\nÄrendet bordläggs.\n",
            [(HEADING, "Arbetsutskottets förslag"), (PARAGRAPH, "Ärendet bordläggs.")],
        ),
    ],
)
def test_a_heading_over_a_shorter_sentence_is_a_heading(source: str, expected: list) -> None:
    blocks = read_text(source, "text").blocks
    assert [(b.kind, b.text) for b in blocks] == expected
    for block in blocks:
        assert source[slice(*block.source_span(0, len(block.text)))] == block.text


@pytest.mark.parametrize(
    "source",
    [
        # hard-wrapped paragraphs whose line goes on over a name or a phrase (corpus sentences wrapped at 40–60)
        "Till särskild utredare utses kammarrättslagmannen\nPeder Liljeqvist.\n",
        "Weiss hedrades med litteraturprisen från städerna\nKöln och Bremen.\n",
        "Statssekreterare Daniel Liljeberg representerar\nSverige under mötet.\n",
        "Vinteruniversiaden 2019 kommer ha\nKrasnoyarsk som värd.\n",
        "Pressträffen med statsminister Ulf\nKristersson börjar.\n",
        "Kl.16.20: Underskrift av LOI samt pressträff\nInpassering senast: kl.15.40.\n",
        # a line that ends in a word that needs one after it
        "Ansökan skickas till\nLjusnedals kommun.\n",
        "Beslutet skickas till nämnden och\nMotionären får en kopia.\n",
    ],
)
def test_a_wrapped_paragraph_stays_one_paragraph(source: str) -> None:
    assert [b.kind for b in read_text(source, "text").blocks] == [PARAGRAPH]


def test_a_numbered_item_over_a_short_sentence_stays_an_item() -> None:
    blocks = read_text("Ta med:\n1. Giltig legitimation\nDen visas i kassan.\n", "text").blocks
    assert HEADING not in [b.kind for b in blocks]


def test_the_heading_is_not_merged_into_the_passive_rewrite() -> None:
    findings = lint_text("Kommunstyrelsens förslag till beslut\nMotionen avslås.\n").findings
    assert not [f for f in findings if "förslag till beslut Motionen" in f.suggestion]
    assert not [f for f in findings if "beslut Motionen" in f.message]
