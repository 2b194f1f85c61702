"""The plain-text reader's head lines (session 49, county re-test of an inspection report in .txt): a short title over
*Label: value* lines is the title, each head line is a line of its own, and a *Label: value* line over a sentence
ends at its line break."""

from __future__ import annotations

import pytest

from klarlint.document import BlockKind
from klarlint.linter import analyze, document_title
from klarlint.readers import read_text

HEAD = (
    "Kontrollrapport – djurskyddskontroll\n"
    "Länsstyrelsen i Jönköpings län\n"
    "Diarienummer: 6041-2026-0847\n"
    "Kontrolldatum: 12 november 2026\n"
    "Kontrollant: Sara Lindqvist, djurskyddshandläggare\n\n"
)
BODY = "Sammanfattning\nVi har gjort en djurskyddskontroll hos dig. Vi hittade två brister som du måste åtgärda.\n"


def _sentences(text: str) -> list[str]:
    found = []
    for block in analyze(read_text(text)).blocks:
        found += [block.text[s.char_start : s.char_end] for s in block.sentences]
    return found


def test_a_short_line_over_label_lines_is_the_title() -> None:
    document = read_text(HEAD + BODY)
    assert document.blocks[0].kind is BlockKind.HEADING
    assert document_title(document) == "Kontrollrapport – djurskyddskontroll"
    assert document.blocks[1].text.split("\n") == [line for line in HEAD.strip().split("\n")[1:]]


def test_each_head_line_is_a_sentence_of_its_own() -> None:
    assert read_text(HEAD).blocks[-1].text.count("\n") == 3
    found = _sentences(HEAD + BODY)
    assert "Kontrolldatum: 12 november 2026" in found
    assert "Kontrollant: Sara Lindqvist, djurskyddshandläggare" in found


@pytest.mark.parametrize(
    "head",
    [
        # a letter's sender block opens with a name, no title
        "Anna Svensson\nStorgatan 1\n123 45 Stockholm\nTelefon: 070-123 45 67\nE-post: anna@example.se\n\n",
        # one label line only
        "Kontrollrapport – djurskyddskontroll\nLänsstyrelsen i Jönköpings län\nStorgatan 1\nDiarienummer: 6041\n\n",
        # a line that is a sentence among them
        "Kontrollrapport – djurskyddskontroll\nDiarienummer: 6041\nDatum: 12 maj\nVi har gjort en kontroll.\n\n",
    ],
)
def test_other_first_groups_are_no_title(head: str) -> None:
    document = read_text(head + BODY)
    assert document.blocks[0].kind is not BlockKind.HEADING
    assert document_title(document) == "Sammanfattning"


def test_label_lines_after_the_first_group_are_no_head() -> None:
    text = "Inledning\n\nVi skriver till dig.\n\n" + HEAD + BODY
    document = read_text(text)
    assert [block.kind for block in document.blocks].count(BlockKind.HEADING) == 2  # Inledning, Sammanfattning
    assert document.blocks[2].text.startswith("Kontrollrapport – djurskyddskontroll Länsstyrelsen")
    assert document_title(document) == "Inledning"


def test_a_label_line_over_a_sentence_ends_at_its_line_break() -> None:
    text = "Verksamhetsutövare: Per Johansson, Norra Ryd 4, 571 92 Nässjö\nKontrollen var anmäld i förväg.\n"
    assert read_text(text).blocks[0].text.endswith("Nässjö\nKontrollen var anmäld i förväg.")
    found = _sentences(text)
    assert found[-1] == "Kontrollen var anmäld i förväg."
    assert found[-2].strip().endswith("571 92 Nässjö")


@pytest.mark.parametrize(
    "text",
    [
        # the label line leads on: a wrapped sentence
        "Obs: ansökan ska vara inne senast i maj och skickas till\nKommunen tar emot den i e-tjänsten.\n",
        # what follows is no sentence of its own (a wrapped address)
        "Adress: Storgatan 5, 123 45 Stockholm och Uppsala,\nSverige och Norge.\n",
        "Adress: Per Johansson, Norra Ryd 4, 571 92\nNässjö\n",
        # a line that is no label line (no colon after its first words)
        "Vi har gjort en kontroll hos Per Johansson på Norra Ryd 4 i\nNässjö kommun den 12 november.\n",
    ],
)
def test_other_lines_still_run_on(text: str) -> None:
    assert "\n" not in read_text(text).blocks[0].text
