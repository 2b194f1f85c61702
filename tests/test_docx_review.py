""".docx: what is read, what is linted and where the reviewed copy may change or comment, beyond the plain body.

Content controls around paragraphs, tables of contents, LibreOffice's quote style, styles that hide text,
headers that never print, damaged parts, fields around a comment's words, --suggest's findings outside the
body. Every document is built here from WordprocessingML fragments (python-docx cannot write most of these).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from klarlint.cli import main
from klarlint.docx_output import default_output
from klarlint.linter import lint_document
from klarlint.readers import read_path

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def run(*args: str) -> int:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code


def P(*parts: str, style: str | None = None) -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{properties}{''.join(parts)}</w:p>"


def R(text: str, properties: str = "") -> str:
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def FIELD(instruction: str) -> str:
    """A complex field's begin, instruction and separator (its result follows, then END)."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def build(path: Path, *fragments: str, styles: tuple[str, ...] = (), setup=None) -> Path:
    """A document whose body is ``fragments`` (WordprocessingML) and whose styles part gains ``styles``."""
    word = docx.Document()
    body = word.element.body
    section = body[-1]
    for element in list(body):
        if element is not section:
            body.remove(element)
    for fragment in fragments:
        for child in parse_xml(f"<w:wrap {NS}>{fragment}</w:wrap>"):
            section.addprevious(child)
    for style in styles:
        word.styles.element.append(parse_xml(style.replace("<w:style ", f"<w:style {NS} ", 1)))
    if setup is not None:
        setup(word)
    word.save(str(path))
    return path


def suggested(source: Path, *modes: str) -> docx.document.Document:
    out = source.with_name(source.stem + ".ut.docx")
    run(str(source), *(modes or ("--annotate", "--suggest")), "-o", str(out), "--force")
    return docx.Document(str(out))


def our_insertions(word) -> list[str]:
    return [
        "".join(t.text for t in element.iter(qn("w:t")))
        for element in word.element.body.iter(qn("w:ins"))
        if element.get(qn("w:author")) == "klarlint"
    ]


def findings(path: Path, rule: str | None = None):
    report = lint_document(read_path(path))
    return [f for f in report.findings if rule is None or f.rule == rule], report


# --- content controls around paragraphs and table rows ------------------------------------------


def test_text_in_a_block_content_control_is_commented_never_changed(tmp_path: Path) -> None:
    locked = '<w:sdtPr><w:alias w:val="Motivering"/><w:lock w:val="sdtContentLocked"/></w:sdtPr>'
    source = build(
        tmp_path / "mall.docx",
        P(R("Beslut")),  # where the comment's mark goes (a control's only paragraph holds none: see test_docx_s42)
        f"<w:sdt>{locked}<w:sdtContent>{P(R('Ansökan skall lämnas in.'))}</w:sdtContent></w:sdt>",
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:sdt>'
        f"{locked}<w:sdtContent><w:tc>{P(R('Raden skall vara låst'))}</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>",
        "<w:customXml w:element='beslut'>" + P(R("Vi skall svara.")) + "</w:customXml>",
        P(R("Du skall svara.")),
    )
    word = suggested(source)
    assert our_insertions(word) == ["ska"]  # only the last paragraph, outside every control
    skall = [c for c in word.comments if c.text.startswith("Skriv ”ska”")]
    assert len(skall) == 4  # the controls' words are commented instead (and the change)


# --- tables of contents -------------------------------------------------------------------------

TOC_STYLE = '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>'
HEADINGS = ("Ansökan skall lämnas", "Erforderliga handlingar skall bifogas", "Beslut skall fattas")


def _body_after_toc() -> list[str]:
    parts = []
    for heading in HEADINGS:
        parts += [P(R(heading), style="Heading1"), P(R("Du kan skicka in den till oss."))]
    return parts


@pytest.mark.parametrize("how", ["field", "style"])
def test_a_table_of_contents_is_not_linted_and_not_changed(tmp_path: Path, how: str) -> None:
    # a TOC field spans its entries' paragraphs; a pasted one keeps Word's toc styles
    style = "TOC1" if how == "style" else None
    entries = [P(R(f"{text}\t{n}"), style=style) for n, text in enumerate(HEADINGS, 1)]
    if how == "field":
        entries[0] = P(FIELD('TOC \\o "1-3"'), R(f"{HEADINGS[0]}\t1"))
        entries[-1] = P(R(f"{HEADINGS[-1]}\t3"), END)
    source = build(tmp_path / "toc.docx", *entries, *_body_after_toc(), styles=(TOC_STYLE,))
    skall, report = findings(source, "skall")
    assert [f.location.paragraph for f in skall] == [4, 6, 8]  # once per heading, not again in the entries
    assert [(n.line, n.message) for n in report.notices] == [
        (1, "Innehållsförteckningen (stycke 1–3) granskades inte (inte löptext).")  # its paragraphs (session 42)
    ]
    word = suggested(source)
    assert our_insertions(word) == ["ska", "Nödvändiga", "ska", "ska"]
    entries_xml = [p._p.xml for p in word.paragraphs[:3]]
    assert not any("klarlint" in xml or "commentRangeStart" in xml for xml in entries_xml)
    assert read_path(source).source.split("\n")[:3] == [f"{text}\t{n}" for n, text in enumerate(HEADINGS, 1)]


def test_a_table_of_contents_in_its_content_control_with_hyperlinks(tmp_path: Path) -> None:
    # as Word writes one: a content control, a TOC heading, hyperlinks and PAGEREF fields in each entry
    def entry(text: str, first: bool = False, last: bool = False) -> str:
        pageref = FIELD("PAGEREF _Toc1 \\h")
        link = f'<w:hyperlink w:anchor="_Toc1">{R(text)}<w:r><w:tab/></w:r>{pageref}'
        link += f"{R('1')}{END}</w:hyperlink>"
        return P((FIELD('TOC \\o "1-3" \\h \\z \\u') if first else "") + link + (END if last else ""))

    toc = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        f"<w:sdtContent>{entry(HEADINGS[0], first=True)}{entry(HEADINGS[1])}{entry(HEADINGS[2], last=True)}"
        "</w:sdtContent></w:sdt>"
    )
    source = build(tmp_path / "toc.docx", toc, *_body_after_toc())
    skall, _ = findings(source, "skall")
    assert [f.location.paragraph for f in skall] == [4, 6, 8]
    assert [f.location.heading for f in skall] == list(HEADINGS)


# --- LibreOffice's quote style ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Quotations", "Intense Quote", "Starkt citat", "Citat"])
def test_libreoffice_and_word_quote_styles_are_quotations(tmp_path: Path, name: str) -> None:
    style = f'<w:style w:type="paragraph" w:styleId="Q"><w:name w:val="{name}"/></w:style>'
    source = build(
        tmp_path / "citat.docx",
        P(R("Nämnden har prövat din ansökan.")),
        P(R("Av lagen framgår att ansökan skall lämnas in."), style="Q"),
        P(R("Du skall svara.")),
        styles=(style,),
    )
    assert our_insertions(suggested(source)) == ["ska"]  # the writer's words, not the law's


# --- damaged parts ------------------------------------------------------------------------------

FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _repack(path: Path, change) -> Path:
    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    change(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def _broken_footnotes(parts: dict[str, bytes]) -> None:
    parts["word/footnotes.xml"] = b'<?xml version="1.0"?><w:footnotes xmlns:w="x"><w:footnote w:id=\'1></w:footn'
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_TYPE}"/></Types>'.encode()
    )
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rId99" Type="{FOOTNOTES_REL}" Target="footnotes.xml"/></Relationships>'.encode(),
    )


def _comments_without_content_type(parts: dict[str, bytes]) -> None:
    parts["[Content_Types].xml"] = re.sub(
        rb'<Override PartName="/word/comments.xml"[^>]*/>', b"", parts["[Content_Types].xml"]
    )


def _commented(path: Path) -> Path:
    word = docx.Document()
    paragraph = word.add_paragraph("Du ")
    run_ = paragraph.add_run("skall")
    paragraph.add_run(" svara.")
    word.add_comment([run_], text="Ordval?", author="Eva", initials="E")
    word.save(str(path))
    return path


@pytest.mark.parametrize(
    ("damage", "part"),
    [(_broken_footnotes, "fotnoterna (word/footnotes.xml)"), (_comments_without_content_type, "kommentarerna")],
)
def test_a_damaged_part_refuses_that_file_in_swedish_and_the_others_get_their_copies(
    tmp_path: Path, capsys, damage, part: str
) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    _repack(_commented(folder / "a.docx"), damage)
    _commented(folder / "b.docx")
    assert run(str(folder), "--annotate") == 2
    err = capsys.readouterr().err
    assert f"a.docx: filen är skadad: {part}" in err, err
    assert "internt fel" not in err and "AttValue" not in err
    assert (folder / "b.klarlint.docx").exists() and not (folder / "a.klarlint.docx").exists()
    if damage is _broken_footnotes:
        assert run(str(folder / "a.docx")) == 2
        assert "filen är skadad: fotnoterna" in capsys.readouterr().err


# --- a comment on a field's result --------------------------------------------------------------


def _field_marks_around_references(word) -> list[bool]:
    """For each comment reference: whether it sits inside a complex field's result."""
    depth, inside = 0, []
    for element in word.element.body.iter(qn("w:fldChar"), qn("w:commentReference")):
        if element.tag == qn("w:commentReference"):
            inside.append(depth > 0)
        else:
            kind = element.get(qn("w:fldCharType"))
            depth += 1 if kind == "begin" else -1 if kind == "end" else 0
    return inside


def test_a_comment_on_a_field_result_ends_after_the_field(tmp_path: Path) -> None:
    # LibreOffice showed the comment's text in the body where its reference sat in the field's result
    result = R("Ansökan om bistånd i enlighet med socialtjänstlagen")
    source = build(
        tmp_path / "falt.docx",
        P(R("Ärende: "), FIELD("DOCPROPERTY Arendemening"), result, END),  # the summary's paragraph ends in it
        P(R("Ärende: "), FIELD("MERGEFIELD Arende"), result, END, R(".")),
        P(R("Du kan överklaga beslutet hos förvaltningsrätten.")),
    )
    word = suggested(source, "--annotate")
    assert len(word.comments) == 3  # two on "i enlighet med", the summary
    assert _field_marks_around_references(word) == [False, False, False]
    assert our_insertions(word) == []
    assert "DOCPROPERTY Arendemening" in "".join(t.text for t in word.element.body.iter(qn("w:instrText")))


# --- text hidden by a style ---------------------------------------------------------------------


def test_text_hidden_by_a_style_is_not_read(tmp_path: Path) -> None:
    styles = (
        '<w:style w:type="character" w:styleId="Dold"><w:name w:val="Dold text"/><w:rPr><w:vanish/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="Dold2"><w:name w:val="Dold anteckning"/><w:basedOn w:val="Dold"/>'
        "</w:style>",
        '<w:style w:type="character" w:styleId="Synlig"><w:name w:val="Synlig"/><w:rPr><w:vanish w:val="0"/></w:rPr>'
        "</w:style>",
        '<w:style w:type="paragraph" w:styleId="Intern"><w:name w:val="Intern"/><w:rPr><w:vanish/></w:rPr></w:style>',
    )
    source = build(
        tmp_path / "dold.docx",
        P(R("Du ska svara."), R(" Handläggaren skall erhålla papper.", '<w:rStyle w:val="Dold"/>')),
        P(R("Synlig text."), R(" Anteckning skall.", '<w:rStyle w:val="Dold2"/>')),
        P(R("Internt: vi skall erhålla svar."), style="Intern"),
        P(R("Dolt stycke, "), R("men detta syns", '<w:rStyle w:val="Synlig"/>'), style="Intern"),
        styles=styles,
    )
    assert read_path(source).source.split("\n") == ["Du ska svara.", "Synlig text.", "", "men detta syns"]
    assert our_insertions(suggested(source)) == []


# --- headers that never print -------------------------------------------------------------------


@pytest.mark.parametrize("printed", [False, True])
def test_even_and_first_page_headers_are_read_only_where_they_print(tmp_path: Path, printed: bool) -> None:
    def setup(word) -> None:
        section = word.sections[0]
        section.header.paragraphs[0].text = "Exempelby kommun"
        section.even_page_header.paragraphs[0].text = "UTKAST – skall ej spridas"
        section.first_page_header.paragraphs[0].text = "Gammal mall: erforderliga uppgifter"
        section.different_first_page_header_footer = printed
        if printed:
            word.settings.odd_and_even_pages_header_footer = True
        elif (toggle := word.settings.element.find(qn("w:evenAndOddHeaders"))) is not None:
            word.settings.element.remove(toggle)

    source = build(tmp_path / "sidhuvud.docx", P(R("Du kan överklaga beslutet.")), setup=setup)
    text = read_path(source).source
    assert "Exempelby kommun" in text
    assert ("UTKAST" in text) is printed and ("Gammal mall" in text) is printed


# --- --suggest alone and findings outside the body ----------------------------------------------


def test_suggest_alone_changes_a_footer_too_and_lists_nothing(tmp_path: Path) -> None:
    # the footer's *skall* had been listed in a comment with no change; it is now a tracked change in footer1.xml
    # (tests/test_docx_s46_suggest_parts.py reads that part), so no replacement is left to list
    def setup(word) -> None:
        word.sections[0].footer.paragraphs[0].text = "Kommunen skall svara inom en vecka."

    source = build(tmp_path / "sidfot.docx", P(R("Du skall svara.")), setup=setup)
    word = suggested(source, "--suggest")
    assert our_insertions(word) == ["ska"]  # the body's
    assert list(word.comments) == []
    assert default_output(source).name == "sidfot.klarlint.docx"


# --- symbols ------------------------------------------------------------------------------------


def test_a_symbol_counts_as_one_character(tmp_path: Path) -> None:
    symbol = '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
    source = build(tmp_path / "symbol.docx", P(R("Klart "), symbol, R(" Du skall svara.")))
    (skall,), _ = findings(source, "skall")
    assert skall.location.offset == len("Klart ✓ Du ")  # Word's count: the symbol is one character
    assert our_insertions(suggested(source)) == ["ska"]


# --- a copy reviewed again, and annotation ids ---------------------------------------------------


def test_a_reviewed_copy_reviewed_again_gets_no_second_comments(tmp_path: Path) -> None:
    source = build(tmp_path / "brev.docx", P(R("Vi erhöll din ansökan.")), P(R("Du skall svara i enlighet med lagen.")))
    first = tmp_path / "brev.klarlint.docx"
    run(str(source), "--annotate")
    again = tmp_path / "igen.docx"
    run(str(first), "--annotate", "-o", str(again))
    before, after = (
        [c.text for c in docx.Document(str(first)).comments],
        [c.text for c in docx.Document(str(again)).comments],
    )
    assert len(before) >= 4 and after == before


CHANGE = 'w:author="Anna" w:date="2025-01-01T00:00:00Z"'


def test_revision_ids_are_unique_across_parts_and_a_colleagues_change_is_not_copied(tmp_path: Path) -> None:
    def setup(word) -> None:
        header = word.sections[0].header.paragraphs[0]._p
        for number in range(40):  # ids a body-only count would give klarlint's changes
            header.append(parse_xml(f'<w:ins {NS} w:id="{number}" {CHANGE}><w:r><w:t>x</w:t></w:r></w:ins>'))

    formatted = f'<w:b/><w:rPrChange w:id="77" {CHANGE}><w:rPr/></w:rPrChange>'
    source = build(tmp_path / "ids.docx", P(R("Du "), R("skall", formatted), R(" svara.")), setup=setup)
    word = suggested(source)
    ours = [e for e in word.element.body.iter(qn("w:ins"), qn("w:del")) if e.get(qn("w:author")) == "klarlint"]
    assert ours and all(int(e.get(qn("w:id"))) >= 40 for e in ours)
    marks = [e.get(qn("w:id")) for e in word.element.body.iter(qn("w:rPrChange"))]
    assert marks == ["77"]  # the colleague's change stays on the deleted run; the insertion has none
    revision_ids = [e.get(qn("w:id")) for e in word.element.body.iter(qn("w:ins"), qn("w:del"), qn("w:rPrChange"))]
    assert len(revision_ids) == len(set(revision_ids))
