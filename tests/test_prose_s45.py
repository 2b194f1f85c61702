"""Not prose, session 45 (a writer's re-tester): the metadata row *Revideras senast*, a protocol's *Expedieras till:*,
and table cells of one or two words, which are labels and values, not sentences (is_label_cell)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.document import Block, BlockKind
from klarlint.prose import is_label_cell, not_prose
from klarlint.readers import read_text

POLICY = (
    "| Dokumenttyp | Policy |\n|---|---|\n| Beslutad av | Kommunfullmäktige |\n| Revideras senast | 2030-12-31 |\n\n"
    "# Policy för sociala medier\n\nKommunen använder sociala medier för att informera invånarna.\n"
)
PROTOCOL = (
    "Protokoll\n\nNämnden beslutar att elevhälsan organiseras i en enhet.\n\n"
    "Expedieras till: Förvaltningschef, rektorer, elevhälsochef\n\n§ 14 Delegationsbeslut\n"
)


def _rules_on(text: str, fmt: str, part: str) -> list[str]:
    start = text.index(part)
    return [f.rule for f in lint_text(text, fmt).findings if start <= f.start < start + len(part)]


def test_revideras_senast_is_a_row_of_the_metadata_table() -> None:
    document = read_text(POLICY, "markdown")
    cells = [i for i, b in enumerate(document.blocks) if b.text in ("Revideras senast", "2030-12-31")]
    assert {i for i, _ in not_prose(document)} >= set(cells)
    assert _rules_on(POLICY, "markdown", "Revideras senast") == []


def test_a_protocols_distribution_line_is_no_sentence() -> None:
    assert _rules_on(PROTOCOL, "text", "Expedieras till") == []
    report = lint_text(PROTOCOL)
    assert [n.code for n in report.notices] == ["not-prose"]


def test_a_sentence_with_a_colon_is_still_prose() -> None:
    text = "Protokollet expedieras till nämnden i morgon: ordföranden skickar det.\n"
    assert "passive-voice" in _rules_on(text, "text", "expedieras")


def _cell(text: str, kind: BlockKind = BlockKind.TABLE_CELL) -> Block:
    return Block.verbatim(kind, text, 0)


@pytest.mark.parametrize("text", ["Beviljas", "Avslås", "Revideras senast", " Beviljas "])
def test_a_short_cell_is_a_label(text: str) -> None:
    assert is_label_cell(_cell(text))


@pytest.mark.parametrize("text", ["Beviljas.", "Ansökan beviljas delvis", "Du får bidrag."])
def test_a_cell_with_a_sentence_is_no_label(text: str) -> None:
    assert not is_label_cell(_cell(text))


def test_only_a_table_cell_is_a_label() -> None:
    assert not is_label_cell(_cell("Beviljas", BlockKind.PARAGRAPH))
