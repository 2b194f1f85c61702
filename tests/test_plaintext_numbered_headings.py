"""Plain text: a numbered heading printed right above its text (session 41's reviewer).

Inspection reports, rules and revision reports number their sections (*1. Temperaturer*, *2.2 Revisionsfrågor*)
and print the heading's line right above its text. Read as a one-line list item with that text, the heading had
become the sentence's first words (*(Vem?) gör Ansökan Ansökan om plats*).
"""

from __future__ import annotations

import pytest

from klarlint.document import BlockKind
from klarlint.readers import read_text

H, P, L = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM


def blocks(source: str) -> list[tuple[BlockKind, str]]:
    document = read_text(source, "text")
    for block in document.blocks:  # positions stay exact
        assert source[slice(*block.source_span(0, len(block.text)))].replace("\n", " ") == block.text
    return [(b.kind, b.text) for b in document.blocks]


def test_a_numbered_heading_over_its_text_is_a_heading() -> None:
    source = (
        "Regler för förskola\n\n1. Ansökan\nAnsökan om plats görs via e-tjänsten.\n\n"
        "2. Uppsägning\nUppsägning av plats görs via e-tjänsten.\n"
    )
    assert blocks(source) == [
        (H, "Regler för förskola"),
        (H, "1. Ansökan"),
        (P, "Ansökan om plats görs via e-tjänsten."),
        (H, "2. Uppsägning"),
        (P, "Uppsägning av plats görs via e-tjänsten."),
    ]


def test_a_section_and_its_first_subsection_are_both_headings() -> None:
    source = (
        "2. Inledning\n2.1 Bakgrund\nEnligt kommunallagen ska nämnderna se till att kontrollen är tillräcklig.\n"
        "2.2 Revisionsfrågor\nFöljande revisionsfrågor har besvarats i granskningen:\n- Finns ett reglemente?\n"
    )
    assert blocks(source) == [
        (H, "2. Inledning"),
        (H, "2.1 Bakgrund"),
        (P, "Enligt kommunallagen ska nämnderna se till att kontrollen är tillräcklig."),
        (H, "2.2 Revisionsfrågor"),
        (P, "Följande revisionsfrågor har besvarats i granskningen:"),
        (L, "Finns ett reglemente?"),
    ]


def test_a_numbered_heading_over_its_numbered_requirements_is_a_heading() -> None:
    source = (
        "Vi vill att informationen är säker.\n3. Krav\n3.1 Arbete på distans ska ske via VPN.\n"
        "3.2 Datorn ska låsas när den lämnas obevakad.\n"
    )
    assert blocks(source) == [
        (P, "Vi vill att informationen är säker."),
        (H, "3. Krav"),
        (L, "Arbete på distans ska ske via VPN."),
        (L, "Datorn ska låsas när den lämnas obevakad."),
    ]
    # a table of contents, and a nested list of short items, stay lists
    toc = "1. Inledning\n1.1 Bakgrund\n1.2 Syfte\n2. Metod\n"
    assert blocks(toc) == [(L, "Inledning"), (L, "Bakgrund"), (L, "Syfte"), (L, "Metod")]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a list's items under its lead-in, the last one over a line of prose
        (
            "Ta med:\n1. Pass\n2. Intyg från läkare\nDu kan också ta med annat.\n",
            [(P, "Ta med:"), (L, "Pass"), (L, "Intyg från läkare Du kan också ta med annat.")],
        ),
        # the last of a numbered list's items, one without a full stop, over a line of prose
        (
            "Gör så här.\n1. Fyll i blanketten.\n2. Skicka den till oss\nVi svarar inom två veckor.\n",
            [(P, "Gör så här."), (L, "Fyll i blanketten."), (L, "Skicka den till oss Vi svarar inom två veckor.")],
        ),
        # a programme's times
        (
            "Välkommen.\n13.30 Anmälan vid vakten\nDu visar legitimation vid grinden.\n",
            [(P, "Välkommen."), (L, "Anmälan vid vakten Du visar legitimation vid grinden.")],
        ),
        # an item's text indented under it
        (
            "1. Ansök om plats\n   Du ansöker i e-tjänsten och får svar.\n",
            [(L, "Ansök om plats    Du ansöker i e-tjänsten och får svar.")],
        ),
        # an item numbered with a parenthesis, and one whose next line goes on in lower case
        ("1) Ansökan\nAnsökan görs i e-tjänsten.\n", [(L, "Ansökan Ansökan görs i e-tjänsten.")]),
        ("1. Ansök om plats\ni god tid före start.\n", [(L, "Ansök om plats i god tid före start.")]),
    ],
)
def test_a_numbered_list_item_stays_a_list_item(source: str, expected: list[tuple[BlockKind, str]]) -> None:
    assert blocks(source) == expected
