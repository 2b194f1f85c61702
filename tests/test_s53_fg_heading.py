"""Session 53, heading: a letter's head set in columns, and the label of its kind."""

from __future__ import annotations

import pytest

from conftest import lint_text

LETTER_REST = "Dnr: 2025-BB-001292\n\nMehmet Yilmaz\nBackavägen 8\n417 05 Göteborg\n\nBeslut om beslag\n\nBeslut\n" + (
    "Tullverket beslutar att ta varorna i beslag. Du kan överklaga beslutet.\n"
)


def headings(text: str) -> list[tuple[str, str, str]]:
    found = lint_text(text).findings
    return [(f.text, f.subcheck or "", str(f.severity)) for f in found if f.rule == "heading"]


def test_a_letterheads_line_set_in_columns_is_no_heading() -> None:
    # customs re-test s53 03: *TULLVERKET <spaces> BESLUT*, the sender's name and the kind in two columns
    text = f"TULLVERKET                                             BESLUT\n{LETTER_REST}"
    assert [h for h in headings(text) if h[1] == "heading-capitals"] == []


def test_the_label_of_a_documents_kind_in_its_head_is_a_note() -> None:
    # four re-testers of session 53: *BESLUT* over the date's line is the template's label, a warning was harsh
    text = f"Norrviks kommun\nUtbildningsförvaltningen\n\nBESLUT\n{LETTER_REST}"
    assert ("BESLUT", "heading-capitals", "info") in headings(text)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # a heading in capitals in the head that is no kind's label
        (f"Norrviks kommun\n\nVIKTIG INFORMATION\n{LETTER_REST}", "VIKTIG INFORMATION"),
        # the kind's word as a section's heading after the text's prose
        ("Norrviks kommun\n\nDu har ansökt om skolskjuts för ditt barn.\n\nBESLUT\nDu får skolskjuts.\n", "BESLUT"),
        # one space between the words: a heading, not columns
        (f"TULLVERKET BESLUT\n{LETTER_REST}", "TULLVERKET BESLUT"),
    ],
)
def test_capitals_outside_a_heads_label_are_still_a_warning(text: str, heading: str) -> None:
    assert (heading, "heading-capitals", "warning") in headings(text)
