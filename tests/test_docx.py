""".docx reader: blocks in reading order, kinds, paragraph positions, heading paths, footers.

Every document is built here with python-docx; tracked changes and text boxes,
which python-docx cannot write, are added as WordprocessingML.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from klarlint.document import BlockKind
from klarlint.linter import lint_document
from klarlint.location import Location
from klarlint.readers import read_path
from test_cli import klarlint

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS_NS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'
CHANGE = 'w:author="Anna" w:date="2024-05-03T10:00:00Z"'
CONTACT = "Norrby kommun, Socialförvaltningen, Box 12, 123 45 Norrby. Telefon 0123-456 78."
# About 130 words without a sender or a way to reach one.
BODY = (
    "Du som har barn i förskolan kan nu välja tider för hösten. Välj tider senast den 15 maj. "
    "Om du inte väljer tider får ditt barn samma tider som i våras. Tiderna gäller från augusti. "
    "Du kan ändra tiderna en gång per månad. Barnet ska ha lunch på förskolan om det är där mitt på dagen. "
    "Under lov är förskolan öppen för de barn som behöver det. Säg till personalen i god tid om ditt "
    "barn ska vara ledigt. Om ditt barn är sjukt ska det stanna hemma tills det har varit friskt en dag. "
    "Hämta barnet senast när förskolan stänger. Om du blir sen ringer du till förskolan. Personalen "
    "hjälper gärna till om du har frågor om tiderna, maten eller lov. Vi ses i höst när den nya "
    "terminen börjar och barnen kommer tillbaka."
)


def _save(document, path: Path) -> Path:
    document.save(str(path))
    return path


def _report_document(tmp_path: Path) -> Path:
    """Title, two heading levels, a tracked change, lists, a table and a footer."""
    word = docx.Document()
    word.add_heading("Rapport om ansvar", 0)  # 1
    word.add_heading("Ansvar", 1)  # 2
    word.add_paragraph("Nämnden ansvarar för verksamheten.")  # 3
    word.add_heading("Kommunstyrelsen", 2)  # 4
    changed = word.add_paragraph("Styrelsen har ")  # 5
    changed._p.append(parse_xml(f'<w:del {W_NS} w:id="1" {CHANGE}><w:r><w:delText>aldrig </w:delText></w:r></w:del>'))
    changed._p.append(parse_xml(f'<w:ins {W_NS} w:id="2" {CHANGE}><w:r><w:t>alltid </w:t></w:r></w:ins>'))
    changed.add_run("det yttersta ansvaret.")
    word.add_paragraph("Första punkten", style="List Bullet")  # 6
    word.add_paragraph("Andra punkten", style="List Number")  # 7
    word.add_paragraph("")  # 8: empty, still a paragraph
    table = word.add_table(rows=1, cols=2)  # 9, 10
    table.cell(0, 0).text = "Ärende"
    table.cell(0, 1).text = "Beslut fattades av nämnden."
    word.add_heading("Ekonomi", 1)  # 11
    word.add_paragraph("Budgeten räcker.")  # 12
    word.sections[0].header.paragraphs[0].text = "Norrby kommun"  # 13
    word.sections[0].footer.paragraphs[0].text = CONTACT  # 14
    return _save(word, tmp_path / "rapport.docx")


def test_blocks_kinds_and_reading_order(tmp_path: Path) -> None:
    document = read_path(_report_document(tmp_path))
    assert [(b.kind, b.level, b.text) for b in document.blocks] == [
        (BlockKind.HEADING, 1, "Rapport om ansvar"),
        (BlockKind.HEADING, 1, "Ansvar"),
        (BlockKind.PARAGRAPH, 0, "Nämnden ansvarar för verksamheten."),
        (BlockKind.HEADING, 2, "Kommunstyrelsen"),
        (BlockKind.PARAGRAPH, 0, "Styrelsen har alltid det yttersta ansvaret."),
        (BlockKind.LIST_ITEM, 0, "Första punkten"),
        (BlockKind.LIST_ITEM, 0, "Andra punkten"),
        (BlockKind.TABLE_CELL, 0, "Ärende"),
        (BlockKind.TABLE_CELL, 0, "Beslut fattades av nämnden."),
        (BlockKind.HEADING, 1, "Ekonomi"),
        (BlockKind.PARAGRAPH, 0, "Budgeten räcker."),
        (BlockKind.PARAGRAPH, 0, "Norrby kommun"),
        (BlockKind.PARAGRAPH, 0, CONTACT),
    ]
    assert "aldrig" not in document.source  # the tracked deletion is gone


def test_paragraph_positions_and_heading_paths(tmp_path: Path) -> None:
    document = read_path(_report_document(tmp_path))
    expected = {
        "alltid": (5, "Ansvar › Kommunstyrelsen"),
        "Andra": (7, "Ansvar › Kommunstyrelsen"),
        "fattades": (10, "Ansvar › Kommunstyrelsen"),
        "Budgeten": (12, "Ekonomi"),
        "Ekonomi": (11, "Ekonomi"),
        "Norrby kommun": (13, "Sidhuvud"),
        "Telefon": (14, "Sidfot"),
        "Rapport": (1, "Rapport om ansvar"),
    }
    lines = document.source.split("\n")
    for needle, (paragraph, heading) in expected.items():
        offset = document.source.index(needle)
        location = document.location(offset)
        column = lines[paragraph - 1].index(needle)
        assert location == Location(paragraph, column, heading), needle
        assert document.position(offset) == (paragraph, column + 1)


def test_every_block_maps_back_to_its_paragraph(tmp_path: Path) -> None:
    document = read_path(_report_document(tmp_path))
    lines = document.source.split("\n")
    for block in document.blocks:
        start, end = block.source_span(0, len(block.text))
        line, column = document.position(start)
        assert lines[line - 1][column - 1 : column - 1 + len(block.text)] == block.text
        assert document.source[start:end] == block.text


def test_swedish_styles_derived_styles_and_outline_level(tmp_path: Path) -> None:
    word = docx.Document()
    swedish = word.styles.add_style("Rubrik 2", WD_STYLE_TYPE.PARAGRAPH)
    derived = word.styles.add_style("Min rubrik", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = word.styles["Heading 1"]
    word.add_paragraph("Egen rubrik", style="Min rubrik")
    word.add_paragraph("Svensk rubrik", style=swedish)
    outlined = word.add_paragraph("Rubrik via dispositionsnivå")
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W_NS} w:val="2"/>'))
    word.add_paragraph("Vanlig text.", style="Body Text")
    word.add_paragraph("Citat.", style="Quote")
    document = read_path(_save(word, tmp_path / "stilar.docx"))
    assert [(b.kind, b.level) for b in document.blocks] == [
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 2),
        (BlockKind.HEADING, 3),
        (BlockKind.PARAGRAPH, 0),
        (BlockKind.PARAGRAPH, 0),
    ]
    assert document.location(document.source.index("Vanlig")).heading == (
        "Egen rubrik › Svensk rubrik › Rubrik via dispositionsnivå"
    )


def test_numbering_makes_a_list_item_and_numid_zero_removes_it(tmp_path: Path) -> None:
    word = docx.Document()
    numbered = word.add_paragraph("Numrerad punkt")
    numbered._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    removed = word.add_paragraph("Ingen punkt längre", style="List Bullet")
    removed._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:numId w:val="0"/></w:numPr>'))
    document = read_path(_save(word, tmp_path / "listor.docx"))
    assert [b.kind for b in document.blocks] == [BlockKind.LIST_ITEM, BlockKind.PARAGRAPH]


def test_comments_hidden_text_and_text_boxes(tmp_path: Path) -> None:
    word = docx.Document()
    commented = word.add_paragraph("Texten ")
    run = commented.add_run("granskas")
    word.add_comment(run, text="Kommentar som inte ska lintas", author="Anna")
    hidden = commented.add_run(" dold")
    hidden.font.hidden = True
    commented.add_run(" nu.")
    anchor = word.add_paragraph("Se rutan.")
    # Word writes a text box twice: as a DrawingML shape and as a VML fallback for old readers.
    box = "<w:txbxContent><w:p><w:r><w:t>Text i rutan.</w:t></w:r></w:p></w:txbxContent>"
    anchor._p.append(
        parse_xml(
            f"<w:r {W_NS} {MC_NS} {WPS_NS} {VML_NS}><mc:AlternateContent>"
            f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing>'
            "</mc:Choice>"
            f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )
    word.add_paragraph("Efter rutan.")
    document = read_path(_save(word, tmp_path / "rutor.docx"))
    assert [b.text for b in document.blocks] == ["Texten granskas nu.", "Se rutan.", "Text i rutan.", "Efter rutan."]
    assert "Kommentar" not in document.source and "dold" not in document.source
    assert document.location(document.source.index("Efter")).paragraph == 4


def test_line_breaks_stay_in_their_paragraph(tmp_path: Path) -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("Anna Berg")
    paragraph.add_run().add_break()
    paragraph.add_run("handläggare\tNorrby kommun")
    word.add_paragraph("Nästa stycke.")
    document = read_path(_save(word, tmp_path / "brytning.docx"))
    assert document.source.split("\n") == ["Anna Berg handläggare\tNorrby kommun", "Nästa stycke."]


def test_a_run_in_bold_heading_is_a_block_of_its_own(tmp_path: Path) -> None:
    """A paragraph that opens with a bold line ended by a line break: the heading and its text are two blocks, as
    in the Markdown and HTML readers (round 73, blind: a programme point read as part of the next sentence). Bold
    text on the same line as the text, a partly bold lead and a heading with nothing after it stay whole."""
    word = docx.Document()
    lead = word.add_paragraph()
    lead.add_run("Kl. 15.30 – Besök Ålidhems centrum").bold = True
    lead.add_run().add_break()
    lead.add_run("Statsministern träffar lokalpolisen.")
    label = word.add_paragraph()
    label.add_run("Plats:").bold = True
    label.add_run(" Slottet, ingång från bron.")
    mixed = word.add_paragraph()
    mixed.add_run("Tid").bold = True
    mixed.add_run(" måndag")
    mixed.add_run().add_break()
    mixed.add_run("Hela dagen.")
    alone = word.add_paragraph()
    alone.add_run("Bara fet").bold = True
    alone.add_run().add_break()
    document = read_path(_save(word, tmp_path / "program.docx"))
    assert [b.text for b in document.blocks] == [
        "Kl. 15.30 – Besök Ålidhems centrum",
        "Statsministern träffar lokalpolisen.",
        "Plats: Slottet, ingång från bron.",
        "Tid måndag\nHela dagen.",  # Shift+Enter: a hard line break
        "Bara fet",
    ]
    assert {b.kind for b in document.blocks} == {BlockKind.PARAGRAPH}
    for block in document.blocks:  # each block's words are where the source has them, on the paragraph's line
        # (a line break is a space in the document's text, whose lines are paragraphs)
        assert document.source[block.source_span(0, len(block.text))[0] :].startswith(block.text.replace("\n", " "))
    heading, text = document.blocks[:2]  # paragraph 1, the text after the heading and its break
    assert document.position(text.source_span(0, 1)[0]) == (1, len(heading.text) + 2)


@pytest.mark.parametrize("with_footer", [True, False])
def test_missing_sender_sees_the_footer(tmp_path: Path, with_footer: bool) -> None:
    word = docx.Document()
    word.add_heading("Tider i förskolan", 1)
    word.add_paragraph(BODY)
    if with_footer:
        word.sections[0].footer.paragraphs[0].text = CONTACT
    report = lint_document(read_path(_save(word, tmp_path / "brev.docx")))
    senders = [f for f in report.findings if f.rule == "missing-sender"]
    assert len(senders) == (0 if with_footer else 1)


def test_json_location_and_terminal_paragraph(tmp_path: Path) -> None:
    path = _report_document(tmp_path)
    result = klarlint(str(path), "--format", "json", "--disable", "missing-summary", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["files"][0]["findings"]
    [passive] = [f for f in findings if f["rule"] == "passive-voice" and f["text"] == "fattades"]
    column = "Beslut fattades av nämnden.".index("fattades")
    assert passive["location"] == {"paragraph": 10, "offset": column, "heading": "Ansvar › Kommunstyrelsen"}
    assert (passive["line"], passive["column"]) == (10, column + 1)
    assert all(set(f["location"]) == {"paragraph", "offset", "heading"} for f in findings)

    result = klarlint(str(path), "--disable", "missing-summary", cwd=tmp_path)
    assert f"stycke 10, tecken {column + 1} (Ansvar › Kommunstyrelsen)" in result.stdout


def test_text_formats_have_no_location_key(tmp_path: Path) -> None:
    path = tmp_path / "brev.txt"
    path.write_text("Beslut fattades av nämnden.\n", encoding="utf-8")
    result = klarlint(str(path), "--format", "json", cwd=tmp_path)
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert "passive-voice" in {f["rule"] for f in findings}
    assert not any("location" in f for f in findings)


def test_text_in_another_language_is_named_by_its_paragraphs(tmp_path: Path) -> None:
    """Word has no line numbers: a Finnish summary in a Word document is *stycke 3–4*, in the notice, in the terminal,
    in JSON (with the paragraph's location, as a finding has) and in the Word copy's summary comment (all had said
    *rad 3–4*, and the terminal *mix.docx:3:1*)."""
    word = docx.Document()
    word.add_heading("Kommunen informerar", 1)  # 1
    word.add_paragraph("Ansökan skall skickas in senast den 1 maj.")  # 2
    word.add_heading("Suomeksi", 2)  # 3
    word.add_paragraph("Hakemus on lähetettävä viimeistään 1. toukokuuta. Päätöksen tekee lautakunta.")  # 4
    path = _save(word, tmp_path / "blandat.docx")
    message = "Text på finska har inte granskats (stycke 3–4): klarlint granskar svensk text."
    data = json.loads(klarlint(str(path), "--format", "json", cwd=tmp_path).stdout)["files"][0]
    assert data["notices"] == [
        {
            "code": "other-language",
            "message": message,
            "line": 3,
            "column": 1,
            "location": {"paragraph": 3, "offset": 0, "heading": "Kommunen informerar › Suomeksi"},
        }
    ]
    assert "blandat.docx: stycke 3, tecken 1 (Kommunen informerar › Suomeksi)  granskades inte" in (
        klarlint(str(path), cwd=tmp_path).stdout
    )
    klarlint(str(path), "--annotate", cwd=tmp_path)
    copy = docx.Document(str(tmp_path / "blandat.klarlint.docx"))
    comments = "\n".join(c.text for c in copy.comments)
    assert message in comments


def test_text_in_another_language_in_a_pdf_is_named_by_page_and_line(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Ansökan skall skickas in senast den 1 maj. Beslut fattas av nämnden i juni varje år.")
    pdf.add_page()
    english = "Thank you for inviting me to speak here today about the areas where our investments matter most."
    pdf.multi_cell(0, 6, english + " And about what we will do next.")
    path = tmp_path / "blandat.pdf"
    pdf.output(str(path))
    [notice] = json.loads(klarlint(str(path), "--format", "json", cwd=tmp_path).stdout)["files"][0]["notices"]
    assert notice["message"] == "Text på engelska har inte granskats (sida 2, rad 1–2): klarlint granskar svensk text."
    assert notice["location"] == {"page": 2, "line": 1, "offset": 0}


def test_the_hardest_paragraph_is_named_by_its_paragraph(tmp_path: Path) -> None:
    """The terminal summary's hardest paragraph in a Word document is *stycke 3 (Ansvar)*: it had said *rad 3*, and
    JSON's paragraph statistics carry the location a finding has."""
    word = docx.Document()
    word.add_heading("Ansvar", 1)  # 1
    easy = "Du kan ringa oss. Vi svarar snabbt på dina frågor om skolan och maten. " * 3
    hard = (
        "Kommunstyrelsen har det övergripande ansvaret för att informationsförsörjningen fungerar "
        "tillfredsställande och ändamålsenligt i organisationens samtliga verksamhetsområden. "
    ) * 3
    for text in (easy, hard, easy):  # 2, 3, 4
        word.add_paragraph(text)
    path = _save(word, tmp_path / "svar.docx")
    assert "Svåraste stycket                   stycke 3 (Ansvar), LIX" in klarlint(str(path), cwd=tmp_path).stdout
    stats = json.loads(klarlint(str(path), "--format", "json", cwd=tmp_path).stdout)["files"][0]["stats"]
    assert [p["location"] for p in stats["paragraphs"]] == [
        {"paragraph": n, "offset": 0, "heading": "Ansvar"} for n in (2, 3, 4)
    ]


def test_an_empty_line_of_line_breaks_ends_a_block(tmp_path: Path) -> None:
    # Shift+Enter twice: a reader sees a new paragraph, not one long sentence
    word = docx.Document()
    paragraph = word.add_paragraph()
    first = paragraph.add_run("Du kan kontakta oss på flera sätt")
    first.add_break()
    first.add_break()
    paragraph.add_run("Ring vårt kundcenter på vardagar mellan klockan åtta och fem")
    paragraph.add_run().add_break()
    paragraph.add_run(" ")
    paragraph.add_run().add_break()
    paragraph.add_run("Skicka e-post till vår funktionsbrevlåda när du vill.")
    paragraph.add_run().add_break()
    paragraph.add_run("Välkommen!")
    word.save(str(tmp_path / "kontakt.docx"))
    document = read_path(tmp_path / "kontakt.docx")
    assert [(b.text, document.location(b.source_span(0, 1)[0]).offset) for b in document.blocks] == [
        ("Du kan kontakta oss på flera sätt", 0),
        ("Ring vårt kundcenter på vardagar mellan klockan åtta och fem", 35),
        ("Skicka e-post till vår funktionsbrevlåda när du vill.\nVälkommen!", 98),  # one break: a line break
    ]


def test_an_embedded_part_is_named_not_dropped_unsaid(tmp_path: Path) -> None:
    # w:altChunk: another file (HTML, RTF) kept whole inside the document; it has no text python-docx can read
    word = docx.Document()
    word.add_paragraph("Vi erhöll din ansökan i går.")
    chunk = parse_xml('<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" />')
    word.element.body.insert(0, chunk)
    word.save(str(tmp_path / "inbäddad.docx"))
    document = read_path(tmp_path / "inbäddad.docx")
    assert [(n.code, n.message) for n in document.notices] == [
        ("not-prose", "En inbäddad del (altChunk, till exempel HTML) har inte granskats")
    ]
    assert [b.text for b in document.blocks] == ["Vi erhöll din ansökan i går."]
