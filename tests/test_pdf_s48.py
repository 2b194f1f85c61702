"""The PDF reader's layout faults the session-48 PDF re-test found: line numbers in two columns, a justified line read
as a table row, a running footer of several lines, a footnote's number glued to its note, and SARIF's end line. The
PDFs are made here with fpdf2, each line placed where a word processor places it."""

from __future__ import annotations

from fpdf import FPDF

from klarlint.linter import lint_document
from klarlint.readers import read_bytes

LEFT = [
    "Vi plogar de stora vägarna först.",
    "Sedan plogar vi gator till skolor och",
    "förskolor. Din gata plogar vi oftast",
    "inom ett dygn efter att det har",
    "slutat snöa. Om din gata inte är",
    "plogad efter två dygn kan du ringa",
    "kommunens kundtjänst. Du kan också",
    "skriva till oss på webbplatsen.",
]
RIGHT = [
    "Föreningar som har verksamhet för",
    "barn och unga kan söka bidrag. Du",
    "söker senast den 31 januari. Du",
    "fyller i blanketten på webbplatsen.",
    "Ansökan skall vara komplett när",
    "den kommer in till kommunen. Har",
    "du frågor kan du ringa oss.",
    "Vi svarar inom en vecka.",
]


def _read(data: bytes, name: str = "blad.pdf"):
    return read_bytes(data, "pdf", name)


def _place(document: FPDF, x: float, y: float, text: str, size: float = 11) -> None:
    document.set_font("Helvetica", size=size)
    document.set_xy(x, y)
    document.cell(document.get_string_width(text), 5, text)


def _columns(offset: float) -> bytes:
    """A title across the page, then two columns whose baselines stand ``offset`` mm apart (LibreOffice's columns
    are 2–5 points apart), the left column written first."""
    document = FPDF()
    document.add_page()
    _place(document, 20, 20, "Bengtsbybladet: nyheter från kommunen i november", 16)
    _place(document, 20, 28, "Här får du veta vad som händer i Bengtsby i vinter och hur du söker bidrag.")
    for index, text in enumerate(LEFT):
        _place(document, 20, 40 + 6 * index, text)
    for index, text in enumerate(RIGHT):
        _place(document, 110, 40 + offset + 6 * index, text)
    return bytes(document.output())


def _finding(data: bytes, rule: str):
    [finding] = [finding for finding in lint_document(_read(data)).findings if finding.rule == rule]
    return finding


def test_a_line_in_the_second_column_is_counted_down_its_column() -> None:
    # 01-nyhetsbrev.pdf: *Ansökan görs* on the column's 13th line was *rad 16*, both columns' lines counted
    for offset in (0.0, 1.2):
        skall = _finding(_columns(offset), "skall")  # *Ansökan skall vara*: title, intro, then the column's 5th
        assert (skall.location.page, skall.location.paragraph) == (1, 7)
        texts = [block.text for block in _read(_columns(offset)).blocks]
        assert " ".join(LEFT) in texts  # the columns' prose is all read, each column in order
        assert any(text.startswith(" ".join(RIGHT[:4])) for text in texts)


def test_a_block_beside_another_on_two_heights_is_no_column() -> None:
    # A letter's sender beside its date: two heights side by side, the lines below counted as before
    document = FPDF()
    document.add_page()
    _place(document, 20, 20, "Bengtsby kommun")
    _place(document, 20, 26, "Socialförvaltningen")
    _place(document, 140, 21.2, "2026-12-07")
    _place(document, 140, 27.2, "Dnr SN 2026/12")
    _place(document, 20, 40, "Här skall du skicka in ansökan om bistånd.")
    skall = _finding(bytes(document.output()), "skall")
    assert skall.location.paragraph == 5
