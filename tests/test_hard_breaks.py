"""A line break the writer made on purpose ends a sentence-like unit; a soft wrap does not (session 42, webrev 1.1).

A programme, opening hours or a contact block written one item a line had been one "sentence" of 30–35 words, a
long-sentence error under ``--profile webb``. Hard breaks: Markdown's two trailing spaces, a backslash at the line's
end and an inline ``<br>``, HTML's ``<br>``, Word's manual line break (Shift+Enter). The readers write "\\n" there
(a space stood there before: the text keeps its length and every offset its source position), and the sentence hints
start a sentence at it. A soft newline inside a paragraph stays a space, but for lines that each open with a clock
time or a weekday (a programme's items, which the source shows a line each).
"""

from __future__ import annotations

import io

import pytest

from conftest import lint_text
from klarlint.document import Document
from klarlint.readers import read_bytes, read_text
from klarlint.rules.base import Severity

PROGRAMME = [
    "Kl. 16.00 Invigning på Stora torget med kommunens kulturskola",
    "Kl. 17.30 Författarsamtal på stadsbiblioteket: Lena Holm om sin nya roman",
    "Kl. 19.00 Konsert med Exempelstads symfoniorkester i kyrkan",
    "Kl. 21.00 Eldshow i stadsparken",
    "Kl. 23.00 Avslutning med fyrverkeri över ån",
]
OPENING_HOURS = [
    "Måndag klockan 10.00–19.00 med bemannad disk",
    "Tisdag klockan 10.00–19.00 med bemannad disk",
    "Onsdag klockan 10.00–19.00 med bemannad disk",
    "Torsdag klockan 10.00–17.00 med bemannad disk",
    "Fredag klockan 10.00–17.00 med bemannad disk",
    "Lördag och söndag meröppet klockan 7.00–22.00",
]
# Lines of a contact block: no clock time, no weekday; only a hard break makes them lines.
CONTACT = [
    "Kultur- och fritidsförvaltningen i Exempelstads kommun",
    "Besöksadress Stadshuset på Storgatan 12 i Exempelstad",
    "Telefon 0123-456 78 och e-post kultur@exempelkommun.se",
    "Postadress Box 123 i Exempelstad",
]
# A real sentence of 35 words over lines: hard-wrapped as a .txt file or a Markdown paragraph is (72 columns).
WRAPPED = (
    "Om du vill ansöka om bidrag ska ansökan, som ska vara undertecknad av sökanden\n"
    "eller dennes ombud, ha kommit in till förvaltningen senast den första mars,\n"
    "annars kan den inte behandlas förrän vid nästa ansökningsomgång i höst."
)


def long_sentences(report):
    return [f for f in report.findings if f.rule == "long-sentence"]


def _exact(document: Document) -> None:
    """Every character of every block but a break is the source's character at its position."""
    for block in document.blocks:
        for offset, char in enumerate(block.text):
            if char not in " \n":
                assert document.source[block.to_source(offset)] == char, (block.text, offset)


# --- the readers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("end", ["  ", "\\", "<br>", "<br/>", "<BR />"])
def test_a_markdown_hard_break_is_a_line_break_in_the_text(end: str) -> None:
    source = "Första raden" + end + "\nAndra raden\n"
    document = read_text(source, "markdown")
    [block] = document.blocks
    assert block.text == "Första raden\nAndra raden"
    _exact(document)


def test_an_inline_br_between_words_and_at_the_end() -> None:
    document = read_text("| a | Ett<br>Två<br> |\n|---|---|\n\nSlut<br>\n", "markdown")
    assert [b.text for b in document.blocks] == ["a", "Ett\nTvå", "Slut"]  # *Ett<br>Två* had read *EttTvå*
    cell = document.blocks[1]
    assert document.source[slice(*cell.source_span(3, 4))] == "<br>"  # the break maps to its tag
    _exact(document)


def test_a_markdown_soft_newline_stays_a_space() -> None:
    document = read_text("Vi ses på torget\nklockan tre.\n\nKl. 16.00 Invigning\noch sedan fika.\n", "markdown")
    assert [b.text for b in document.blocks] == ["Vi ses på torget klockan tre.", "Kl. 16.00 Invigning och sedan fika."]


def test_markdown_lines_that_each_open_with_a_time_or_weekday_are_lines() -> None:
    document = read_text("\n".join(PROGRAMME) + "\n\n" + "\n".join(OPENING_HOURS) + "\n", "markdown")
    assert [b.text for b in document.blocks] == ["\n".join(PROGRAMME), "\n".join(OPENING_HOURS)]
    _exact(document)


def test_a_run_in_heading_before_a_hard_break_is_still_a_block_of_its_own() -> None:
    document = read_text("**Kl. 15.30 Besök**  \nStatsministern träffar polisen.\n", "markdown")
    assert [b.text for b in document.blocks] == ["Kl. 15.30 Besök", "Statsministern träffar polisen."]


def test_an_html_br_is_a_line_break_in_the_text() -> None:
    source = "<p>Första raden <br>\n  Andra raden<br/>Tredje&nbsp;<br>Fjärde<br></p><p>Mjuk\nrad</p>"
    document = read_text(source, "html")
    assert [b.text for b in document.blocks] == ["Första raden\nAndra raden\nTredje\nFjärde", "Mjuk rad"]
    _exact(document)


def _docx(*paragraphs: list[str], page_break: bool = False) -> Document:
    from docx import Document as Word
    from docx.enum.text import WD_BREAK

    word = Word()
    for lines in paragraphs:
        paragraph = word.add_paragraph()
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break(WD_BREAK.PAGE if page_break else WD_BREAK.LINE)
    data = io.BytesIO()
    word.save(data)
    return read_bytes(data.getvalue(), "docx", "program.docx")


def test_a_word_manual_line_break_is_a_line_break_in_the_text() -> None:
    document = _docx(PROGRAMME, ["Efter programmet."])
    assert [b.text for b in document.blocks] == ["\n".join(PROGRAMME), "Efter programmet."]
    assert document.source.split("\n")[0] == " ".join(PROGRAMME)  # the document's lines are still its paragraphs
    assert document.position(document.blocks[1].to_source(0)) == (2, 1)


def test_a_word_page_break_is_no_line_of_the_text() -> None:
    [block] = _docx(["Sidan ett", "sidan två"], page_break=True).blocks
    assert block.text == "Sidan ett sidan två"


def test_a_hard_wrapped_text_file_stays_one_paragraph_of_spaces() -> None:
    [block] = read_text(WRAPPED, "text").blocks
    assert "\n" not in block.text


# --- sentences and long-sentence ----------------------------------------------------------------------------------


def _markdown(lines: list[str], end: str) -> str:
    return "# Kulturnatten\n\n## Program\n\n" + "".join(line + end + "\n" for line in lines[:-1]) + lines[-1] + "\n"


@pytest.mark.parametrize("end", ["  ", "\\", "<br>", ""])
@pytest.mark.parametrize("lines", [PROGRAMME, OPENING_HOURS], ids=["programme", "opening-hours"])
def test_a_programme_or_opening_hours_in_markdown_is_no_long_sentence(lines: list[str], end: str) -> None:
    report = lint_text(_markdown(lines, end), "markdown", profile="webb")
    assert long_sentences(report) == []
    assert report.stats.sentences == 2 + len(lines)  # the two headings and a sentence a line


@pytest.mark.parametrize("end", ["  ", "<br>"])
def test_a_contact_block_with_hard_breaks_is_no_long_sentence(end: str) -> None:
    assert long_sentences(lint_text(_markdown(CONTACT, end), "markdown", profile="webb")) == []


def test_an_html_programme_with_br_is_no_long_sentence() -> None:
    source = "<main><h1>Kulturnatten</h1><h2>Program</h2><p>" + "<br>".join(PROGRAMME) + "</p></main>"
    assert long_sentences(lint_text(source, "html", profile="webb")) == []


def test_a_word_programme_with_shift_enter_is_no_long_sentence() -> None:
    from klarlint.config import config_from_mapping
    from klarlint.linter import lint_document

    report = lint_document(_docx(PROGRAMME), config_from_mapping({"profile": "webb"}))
    assert long_sentences(report) == []
    assert report.stats.sentences == len(PROGRAMME)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_hard_wrapped_sentence_is_still_one_long_sentence(fmt: str) -> None:
    [finding] = long_sentences(lint_text(WRAPPED, fmt))
    assert "37 ord" in finding.message
    assert finding.severity is Severity.ERROR


def test_a_sentence_that_goes_on_after_a_hard_break_in_lower_case_stays_one() -> None:
    source = (
        "Om du vill ansöka om bidrag ska ansökan, som ska vara undertecknad av sökanden<br>\n"
        "eller dennes ombud, ha kommit in till förvaltningen senast den första mars,<br>\n"
        "annars kan den inte behandlas förrän vid nästa ansökningsomgång i höst.\n"
    )
    [finding] = long_sentences(lint_text(source, "markdown"))
    assert "37 ord" in finding.message


def test_a_long_line_of_a_programme_is_still_a_long_sentence() -> None:
    line = (
        "Kl. 19.00 Konsert med Exempelstads symfoniorkester i kyrkan där orkestern spelar verk av Stenhammar och "
        "Alfvén och efter pausen ett nytt verk som kommunens kulturskola har beställt för kvällen"
    )
    report = lint_text(_markdown([PROGRAMME[0], line, PROGRAMME[2]], "  "), "markdown", profile="webb")
    [finding] = long_sentences(report)
    assert finding.text == line
    assert "28 ord" in finding.message


def test_a_real_35_word_sentence_is_still_an_error_under_webb() -> None:
    sentence = (
        "Om du vill ansöka om bidrag till föreningens verksamhet ska ansökan, som ska vara undertecknad av "
        "föreningens ordförande, ha kommit in till förvaltningen senast den första mars, annars kan den inte "
        "behandlas förrän i höst."
    )
    [finding] = long_sentences(lint_text(sentence, "markdown", profile="webb"))
    assert finding.severity is Severity.ERROR
