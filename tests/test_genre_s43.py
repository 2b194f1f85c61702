"""Session 43: a *Beslut* heading below other sections of a guideline that never says du or ni is no decision."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre
from klarlint.readers import read_text

# The reviewer's repro (r-genre-riktlinje.txt): guidelines for case officers with a section *Beslut*. Taken for a
# decision, *den enskilde* and *man* were told to become *du*, as if the officers wrote to the client.
GUIDELINE = (
    "Riktlinjer för handläggning av hemtjänst\n\n"
    "Fastställd av vård- och omsorgsnämnden 2026-10-15.\n\n"
    "Syfte\n\n"
    "Riktlinjerna är ett stöd för biståndshandläggarna vid bedömningen av den enskildes behov.\n\n"
    "Beslut\n\n"
    "Beslutet ska vara skriftligt. Om ansökan avslås ska den enskilde få veta hur man överklagar.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        GUIDELINE,
        GUIDELINE.replace("Beslut\n\nBeslutet", "Beslut:\n\nBeslutet"),
        # a Word document's headings, as the reviewer's 08-riktlinjer-hemtjanst.docx has them
        "# Riktlinjer för hemtjänst\n\n## Syfte\n\nRiktlinjerna är ett stöd.\n\n## Ansökan\n\nEn ansökan kan göras "
        "muntligen.\n\n## Beslut\n\nBeslut ska fattas snarast efter att utredningen avslutats.",
    ],
)
def test_a_late_decision_section_in_a_text_that_never_says_du_is_no_decision(text: str) -> None:
    fmt = "markdown" if text.startswith("#") else "text"
    assert detect_genre(read_text(text, fmt)) != "beslut"


@pytest.mark.parametrize(
    "text",
    [
        # *Beslut* under the title and the case's heading lines: a decision (02-forelaggande-miljo.txt)
        "Miljö- och byggnämnden\nFÖRELÄGGANDE OM ÅTGÄRDER\nFastighet: Sjöberga 4:12\n\nBeslut\n\n"
        "Nämnden förelägger fastighetsägaren att åtgärda avloppet.\n\nMotivering\n\nAvloppet renar inte vattnet.",
        # *Beslut* right under the title (03-bygglovsbeslut.docx)
        "Beslut om bygglov\n\nBeslut\n\nNämnden beviljar bygglov.\n\nVillkor\n\nArbetet får inte påbörjas.",
        # a late *Beslut* in a text that speaks to its reader
        GUIDELINE.replace("den enskilde få veta", "du få veta"),
        GUIDELINE.replace("Beslutet ska vara skriftligt.", "Vi skickar beslutet till er."),
        # an appeal heading is a decision's anywhere
        GUIDELINE + "\nSå här överklagar du\n\nSkriv till förvaltningsrätten.\n",
    ],
)
def test_a_decision_keeps_its_kind(text: str) -> None:
    assert detect_genre(read_text(text)) == "beslut"


def test_the_guideline_is_not_told_to_address_the_client() -> None:
    report = lint_text(GUIDELINE)
    assert report.genre == "dokument"
    assert [f.rule for f in report.findings if f.rule == "impersonal-man"] == []
