"""The PDF reader's layout faults the session-48 PDF re-test found: line numbers in two columns, a justified line read
as a table row, a running footer of several lines, a footnote's number glued to its note, and SARIF's end line. The
PDFs are made here with fpdf2, each line placed where a word processor places it."""

from __future__ import annotations

from fpdf import FPDF

from klarlint.document import BlockKind
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


def _laid(lines: list[tuple[float, list[tuple[float, float, str]]]], size: float = 11.0):
    """A page from pypdf's runs as LibreOffice gives them: lines of (y, [(x, width, text)]), each line one of pypdf's
    lines. A justified line's runs are measured without its stretched word spaces, as the reader measures them."""
    from klarlint.readers.pdf_layout import Run, build_document

    runs = []
    for y, pieces in lines:
        for x, width, text in pieces:
            runs.append(Run(text, x, y, size, False, width, True))
        runs.append(Run("\n", 0.0, 0.0, 0.0, False, 0.0, False))
    return build_document([(792.0, runs)], "avstavning.pdf")


JUSTIFIED = [
    (700.0, [(100.0, 300.0, "Vi handlägger din ansökan inom tio veckor. Om du")]),
    (685.3, [(100.0, 200.0, "har  frågor  kan  du  ringa  vår  bygg"), (370.0, 22.0, "lovs"), (392.0, 8.0, "-")]),
    (670.6, [(100.0, 240.0, "handläggare  eller  skicka  e-post  till")]),
    (655.9, [(100.0, 300.0, "bygglov@bengtsby.se. Reglerna finns i plan- och")]),
    (641.2, [(100.0, 120.0, "bygglagen gäller.")]),
]


def test_a_justified_line_s_stretched_spaces_are_no_table_gap() -> None:
    # 05-avstavning.pdf: *… ringa vår bygg* and *lovs-* 41 points apart were two table cells, the sentence cut in
    # two and *bygglovshandläggare* read *bygg … lovs-*
    document = _laid(JUSTIFIED)
    assert [(block.kind, block.text) for block in document.blocks] == [
        (
            BlockKind.PARAGRAPH,
            "Vi handlägger din ansökan inom tio veckor. Om du har frågor kan du ringa vår bygglovshandläggare eller "
            "skicka e-post till bygglov@bengtsby.se. Reglerna finns i plan- och bygglagen gäller.",
        )
    ]


def test_a_table_row_under_a_paragraph_keeps_its_cells() -> None:
    # A row whose gap no word spaces explain, and rows whose cells share a column, stay a table
    one_row = JUSTIFIED[:1] + [(685.3, [(100.0, 90.0, "Avgift för bygglov"), (340.0, 60.0, "12 000 kronor")])]
    cells = [block.text for block in _laid(one_row).blocks if block.kind is BlockKind.TABLE_CELL]
    assert cells == ["Avgift för bygglov", "12 000 kronor"]
    rows = JUSTIFIED[:1] + [
        (685.3, [(100.0, 200.0, "Bygglov  för  en  ny  villa  eller  ett"), (370.0, 30.0, "10 000")]),
        (670.6, [(100.0, 200.0, "Bygglov  för  en  tillbyggnad  av  ett"), (370.0, 30.0, "20 000")]),
    ]
    cells = [block.text for block in _laid(rows).blocks if block.kind is BlockKind.TABLE_CELL]
    assert cells == ["Bygglov för en ny villa eller ett", "10 000", "Bygglov för en tillbyggnad av ett", "20 000"]


FOOTER = (
    "Riktlinje för hantering av allmänna handlingar. Antagen av kommunfullmäktige 2026-03-12, § 45. Riktlinjen "
    "skall revideras varje mandatperiod."
)


class Policy(FPDF):
    """A policy with a two-line letterhead and a footer of several lines on every page."""

    def header(self) -> None:
        _place(self, 20, 10, "Bengtsby kommun", 9)
        _place(self, 20, 14, "Kommunstyrelsens förvaltning", 9)
        self.set_xy(20, 30)

    def footer(self) -> None:
        self.set_xy(20, -25)
        self.set_font("Helvetica", size=9)
        self.multi_cell(150, 4, FOOTER)
        _place(self, 20, self.get_y() + 1, f"Sida {self.page_no()} av 3", 9)


def _policy() -> bytes:
    document = Policy()
    document.set_auto_page_break(False)
    for text in ("Kommunen diarieför handlingar som kommer in.", "Du kan be att få läsa en handling.", "Slut."):
        document.add_page()
        document.set_font("Helvetica", size=11)
        document.multi_cell(0, 6, text)
    return bytes(document.output())


def test_a_running_footer_of_several_lines_is_one_paragraph_read_once() -> None:
    # 02-riktlinje.pdf: the footer's three lines were three blocks, *Riktlinjen skall revideras varje* cut from
    # *mandatperiod.*; the letterhead's two lines, a name over a unit, stay two
    document = _read(_policy())
    texts = [block.text for block in document.blocks]
    assert texts.count(FOOTER) == 1
    assert "Bengtsby kommun" in texts and "Kommunstyrelsens förvaltning" in texts
    [skall] = [finding for finding in lint_document(document).findings if finding.rule == "skall"]
    assert "mandatperiod" in skall.context and skall.location.page == 1


def _notes() -> bytes:
    document = FPDF()
    document.set_auto_page_break(False)
    document.add_page()
    _place(document, 20, 20, "Kommunfullmäktige beslutade 2025 att servicen ska mätas vartannat år.")
    _place(document, 20, 26, "Vi köper en ny")
    _place(document, 20 + document.get_string_width("Vi köper en ny") + 1, 26, "3")
    _place(document, document.get_x(), 26, "D-skrivare till biblioteket.")
    # LibreOffice: the number in the note's font, its note right after it (no space); Word: the number raised
    _place(document, 20, 270, "1", 9)
    _place(document, document.get_x(), 270, "Kommunfullmäktige 2025-04-10, § 38.", 9)
    _place(document, 20, 276, "2", 6)
    _place(document, document.get_x(), 276.8, "Svaren är avrundade till hela procent.", 9)
    return bytes(document.output())


def test_a_footnote_s_number_is_kept_apart_from_its_note() -> None:
    # 04-rapport.pdf: *1Kommunfullmäktige 2025-04-10, § 38.*, *2Svaren är avrundade …*
    texts = [block.text for block in _read(_notes()).blocks]
    assert "1 Kommunfullmäktige 2025-04-10, § 38." in texts
    assert "2 Svaren är avrundade till hela procent." in texts
    # a number run glued to a word in the text is the word's (*3D-skrivare*)
    assert any("Vi köper en ny 3D-skrivare till biblioteket." in text for text in texts)


def _regions(data: bytes, rule: str) -> list[tuple[int, int, int, int]]:
    from klarlint.report import Report
    from klarlint.reporters import sarif

    report = Report([lint_document(_read(data))])
    regions = [
        result["locations"][0]["physicalLocation"]["region"]
        for result in sarif.to_sarif(report)["runs"][0]["results"]
        if result["ruleId"] == rule
    ]
    return [(r["startLine"], r["startColumn"], r["endLine"], r["endColumn"]) for r in regions]


LONG = [
    "Kommunen behandlar din ansökan om bygglov för en ny villa eller ett nytt fritidshus så snart",
    "den är komplett och alla handlingar som behövs för prövningen har kommit in till oss.",
]


def test_sarif_gives_a_finding_over_two_lines_its_end_line() -> None:
    # 02-riktlinje.sarif: a finding over the title's two lines said endLine 2 though it ends on line 3
    document = FPDF()
    document.add_page()
    _place(document, 20, 20, "Bygglov")
    _place(document, 20, 28, LONG[0])
    _place(document, 20, 34, LONG[1])
    _place(document, 20, 40, "Du kan ringa oss.")
    assert _regions(bytes(document.output()), "long-sentence") == [(2, 1, 3, len(LONG[1]) + 1)]
    # one line: as before
    assert _regions(_columns(1.2), "skall") == [(7, 9, 7, 14)]  # *Ansökan skall* in the second column


def test_a_password_protected_pdf_says_what_to_do() -> None:
    # As the Word reader says it: the re-tester's 09-losenord.pdf only said the file could not be read
    import io

    import pytest
    from pypdf import PdfReader, PdfWriter

    from klarlint.errors import InputError

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_columns(0.0))))
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(InputError, match="lösenordsskyddad och kan inte läsas; spara en kopia utan lösenord$"):
        _read(out.getvalue(), "låst.pdf")


def test_github_gives_a_finding_over_two_lines_its_end_line_without_columns() -> None:
    # as SARIF (above): a PDF finding over two of the page's lines had been endLine = line; GitHub takes columns on
    # one-line annotations only
    from klarlint.reporters.github import annotation

    document = FPDF()
    document.add_page()
    _place(document, 20, 20, "Bygglov")
    _place(document, 20, 28, LONG[0])
    _place(document, 20, 34, LONG[1])
    _place(document, 20, 40, "Du kan ringa oss.")
    report = lint_document(_read(bytes(document.output())))
    [finding] = [f for f in report.findings if f.rule == "long-sentence"]
    line = annotation(finding, "rapport.pdf")
    assert "line=2,endLine=3,title=klarlint long-sentence::Sida 1, rad 2:" in line and ",col=" not in line
