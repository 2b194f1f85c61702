"""A plain letter's title is its own heading under the letterhead, not the letterhead's first line (social re-test
s51: the JSON report named three letters *Norrby kommun*)."""

from __future__ import annotations

from klarlint import lint_text
from klarlint.linter import document_title
from klarlint.readers import read_text

LETTER = """Norrby kommun
Socialförvaltningen

2026-12-01

Beslut om försörjningsstöd

Hej Anna!

Du får försörjningsstöd för december. Pengarna kommer till ditt konto den 20 december.

Med vänliga hälsningar
Karin Berg, socialsekreterare, 0123-456 78
"""


def test_a_letters_title_is_its_heading_under_the_letterhead() -> None:
    assert document_title(read_text(LETTER, "text")) == "Beslut om försörjningsstöd"


def test_a_page_without_a_letterhead_keeps_its_first_heading() -> None:
    page = "Sekretess i socialtjänsten\n\nDet du berättar för oss stannar hos oss. Vi lämnar bara ut det du vill.\n"
    assert document_title(read_text(page, "text")) == "Sekretess i socialtjänsten"


def test_the_report_names_the_letter_by_its_title() -> None:
    assert lint_text(LETTER).files[0].title == "Beslut om försörjningsstöd"


def test_a_version_label_is_not_the_title() -> None:
    # easy-to-read re-test s51: *Lättläst* over the title had been the JSON report's title
    text = "Lättläst\n\nVad gör kommunen?\n\nKommunen tar hand om skolor och äldreomsorg. Kommunen ger dig vatten.\n"
    assert document_title(read_text(text, "text")) == "Vad gör kommunen?"
