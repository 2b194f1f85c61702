"""Not prose: a table of contents and the metadata table of a converted document get no rules (issue 13)."""

from __future__ import annotations

import pytest

from conftest import lint_text as lint_default
from klarlint.document import BlockKind
from klarlint.prose import not_prose
from klarlint.readers import read_text

LONG = "kommunikationsinsatsplaneringen"  # a long word the long-word rule flags in prose (not a department's name)


def lint_text(text: str, fmt: str = "text"):
    """With long-word (careful review, off by default) on: its finding shows that the prose is linted."""
    return lint_default(text, fmt, enable=["long-word"])


TOC = (
    "Innehåll\n\n"
    "Inledning.....\t2 Syfte och mål.....\t3 Marknadsföring/annonsering\t4 Ansvar för kommunikationsavdelningen\t5\n\n"
)
METADATA = (
    f"| Dokumentägare | Chef för {LONG} |\n|---|---|\n| Beslutad av | Kommunfullmäktige |\n"
    "| Gäller till | 2027-12-31 |\n\n"
)


def _findings_in(text: str, fmt: str, part: str) -> list[str]:
    start, end = text.index(part), text.index(part) + len(part)
    return [f.rule for f in lint_text(text, fmt).findings if start <= f.start < end]


def test_table_of_contents_gets_no_rules_and_a_notice() -> None:
    text = TOC + f"Syfte och mål\n\nVi skriver för invånarna. Ansvaret ligger på {LONG}.\n"
    report = lint_text(text)
    assert _findings_in(text, "text", TOC) == []
    assert [n.code for n in report.notices] == ["not-prose"]
    assert "Innehållsförteckningen" in report.notices[0].message
    assert "long-word" in [f.rule for f in report.findings]  # the prose after it is linted


def test_metadata_table_gets_no_rules() -> None:
    prose = f"Policyn gäller alla anställda. Frågor besvaras av {LONG}.\n"
    text = "# Kommunikationspolicy\n\n" + METADATA + prose
    assert _findings_in(text, "markdown", METADATA) == []
    assert "long-word" in _findings_in(text, "markdown", prose)


@pytest.mark.parametrize("line", ["Beslutad av: Kommunfullmäktige", "Gäller till: 31 december 2027", "Dnr: KS 2024/12"])
def test_metadata_lines_are_not_prose(line: str) -> None:
    document = read_text(f"Kommunikationspolicy\n\n{line}\n\nPolicyn gäller alla anställda i kommunen.\n", "text")
    skipped = [document.blocks[i].text for i, _ in not_prose(document)]
    assert skipped == [line]


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet gäller till och med den 31 december 2027.",  # the words of a label, in a sentence
        "Reglerna beslutades av fullmäktige i maj. Version två kommer i höst.",
        "Vi svarar inom 3 dagar. Ring 08-123 45 67 eller skriv till oss.",
        "Läs kapitel 2, 3 och 4 innan mötet.",
    ],
)
def test_prose_is_kept(text: str) -> None:
    assert not_prose(read_text(text, "text")) == []


def test_a_data_table_is_kept() -> None:
    document = read_text("| Ort | Antal |\n|---|---|\n| Borlänge | 12 |\n| Falun | 8 |\n", "markdown")
    assert [b.kind for b in document.blocks][:2] == [BlockKind.TABLE_CELL, BlockKind.TABLE_CELL]
    assert not_prose(document) == []


def test_a_line_of_links_to_other_pages_gets_no_rules_and_a_notice() -> None:
    """A related link is another page's title (*Skolverket ska beakta riskerna*): issue 13, blind, false as jargon."""
    links = (
        "- [Pressmeddelande: Skolverket ska beakta riskerna med digitalisering](/pm/1/)\n"
        "- [Utrikespolitisk debatt med anledning av Natomedlemskapet](https://riksdagen.se/x) (riksdagen.se)\n"
    )
    prose = "Vi har ändrat reglerna, och ansökan ska beaktas av nämnden med anledning av beslutet.\n\n"
    report = lint_text(prose + links, "markdown")
    assert _findings_in(prose + links, "markdown", links) == []
    assert {"jargon", "passive-voice"} <= set(_findings_in(prose + links, "markdown", prose))
    assert [n.code for n in report.notices] == ["not-prose"] and "länkar" in report.notices[0].message


@pytest.mark.parametrize(
    "text",
    [
        "- [Läs mer](/a/)\n",  # short: the link-text rule judges it
        "Läs [Skolverket ska beakta riskerna med digitalisering](/pm/1/) innan mötet.\n",  # a link in a sentence
        "- Se [pressmeddelandet om nya regler för bidrag](/pm/2/)\n",  # words of the writer's own around it
    ],
)
def test_links_in_prose_and_short_links_are_prose(text: str) -> None:
    assert not_prose(read_text(text, "markdown")) == []
