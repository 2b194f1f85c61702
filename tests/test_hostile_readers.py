"""Session 41's hostile-input report, reader side: one test per row, every input generated here.

A .docx whose main part is not named .xml, floods of empty paragraphs, tags and list items, an unresolved XML
entity, a file of two encodings, nesting that is not tables, and inline control in plain text and minified HTML.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pytest

from conftest import lint_text
from klarlint.document import BlockKind
from klarlint.errors import InputError
from klarlint.linter import lint_document
from klarlint.readers import docx as reader
from klarlint.readers import html as html_reader
from klarlint.readers import read_bytes_as, read_path, read_text
from klarlint.readers.decode import decode_with_notices

SKALL = "Ansökan skall behandlas."
MB = 1024 * 1024
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/{name}" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/{name}"/></Relationships>'
)


def _package(body: str, name: str = "document.xml", prolog: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx whose main part is ``word/{name}`` (declared so in [Content_Types].xml)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES.format(name=name))
        package.writestr("_rels/.rels", RELS.format(name=name))
        package.writestr(
            f"word/{name}", f'<?xml version="1.0"?>\n{prolog}<w:document {W}><w:body>{body}</w:body></w:document>'
        )
        for part, data in (extra or {}).items():
            package.writestr(part, data)
    return buffer.getvalue()


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _read(data: bytes, tmp_path: Path, name: str = "brev.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_path(path)


# --- .docx: what is parsed counts against the XML limit ------------------------------------------------------


def test_a_main_part_not_named_xml_counts_against_the_xml_limit(tmp_path: Path):
    # 60 MB of <w:p/> in word/document.dat (88 KB of .docx) had passed the 20 MB XML limit, and taken minutes and GB.
    flood = "<w:p/>" * (reader.MAX_XML_BYTES // 6 + 1000)
    with pytest.raises(InputError, match=r"packas upp till 21 MB XML \(gränsen är 20 MB\)"):
        _read(_package(_paragraph(SKALL) + flood, name="document.dat"), tmp_path)


def test_a_main_part_not_named_xml_is_still_read():
    document = reader.read(_package(_paragraph(SKALL), name="document.dat"))
    assert [block.text for block in document.blocks] == [SKALL]


def test_a_large_image_does_not_count_as_xml():
    # A report's photos are not parsed: 21 MB of PNG is within the 256 MB of the whole package.
    image = b"\x89PNG\r\n\x1a\n" + bytes(reader.MAX_XML_BYTES + MB)
    document = reader.read(_package(_paragraph(SKALL), extra={"word/media/image1.png": image}))
    assert [block.text for block in document.blocks] == [SKALL]


def test_a_flood_of_elements_within_the_byte_limit_is_refused(monkeypatch):
    # 3.1 million <w:p/> are 19 MB, under the byte limit; parsed, they took 170 s and 1.7 GB.
    monkeypatch.setattr(reader, "MAX_XML_ELEMENTS", 5_000)
    with pytest.raises(InputError, match=r"XML har \d[\d\xa0]* element \(gränsen är 5\xa0000\)"):
        reader.read(_package(_paragraph(SKALL) + "<w:p/>" * 5_000))
    assert reader.read(_package(_paragraph(SKALL) + "<w:p/>" * 4_000)).blocks  # under the limit: read


def test_paragraphs_past_the_limit_are_not_read_and_a_notice_says_so(monkeypatch):
    monkeypatch.setattr(reader, "MAX_PARAGRAPHS", 1_000)
    document = reader.read(_package(_paragraph(SKALL) + "<w:p/>" * 2_000 + _paragraph("Sista stycket.")))
    assert [block.text for block in document.blocks] == [SKALL]
    assert document.source.count("\n") == 999  # one line per paragraph read
    [notice] = document.notices
    assert notice.code == "too-long" and "de första 250\xa0000 styckena lästes" in reader.TOO_MANY_PARAGRAPHS
    assert notice.start == len(document.source)


def test_empty_paragraphs_read_once_keep_their_own_element_kind_and_heading():
    # Empty paragraphs are read once per kind of place and then copied: each copy must still be its own w:p, under
    # the heading above it, and in a table a table cell.
    heading = '<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Ansvar</w:t></w:r></w:p>'
    table = "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    word = reader.open_word(_package("<w:p/>" + heading + "<w:p/><w:p/>" + table + _paragraph(SKALL)), "x")
    paragraphs = reader.paragraph_map(word)
    assert [(p.kind, p.heading, p.text) for p in paragraphs] == [
        (BlockKind.PARAGRAPH, None, ""),
        (BlockKind.HEADING, "Ansvar", "Ansvar"),
        (BlockKind.PARAGRAPH, "Ansvar", ""),
        (BlockKind.PARAGRAPH, "Ansvar", ""),
        (BlockKind.TABLE_CELL, "Ansvar", ""),
        (BlockKind.PARAGRAPH, "Ansvar", SKALL),
    ]
    elements = [p.element for p in paragraphs]
    assert len({id(element) for element in elements}) == len(elements)
    assert elements == list(word.element.body.iter(f"{reader.W}p"))


def test_relabelling_a_paragraph_keeps_every_other_field():
    # _relabel and _with_element copy the fields one by one (dataclasses.replace was a third of the reading time):
    # a field added to Paragraph must be copied there too.
    fields = {field.name: object() for field in dataclasses.fields(reader.Paragraph)}
    paragraph = reader.Paragraph(**fields)
    assert reader._relabel(paragraph, "Rubrik", "footer") == dataclasses.replace(
        paragraph, heading="Rubrik", story="footer"
    )
    assert reader._with_element(paragraph, "w:p") == dataclasses.replace(paragraph, element="w:p")


# --- .docx: an unresolved entity and deep nesting ---------------------------------------------------------------


def test_text_after_an_unresolved_entity_is_read_and_the_entity_noticed():
    # python-docx leaves &x; (a SYSTEM entity: /etc/passwd) unresolved; the text after it had been dropped unsaid.
    prolog = '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    document = reader.read(_package(_paragraph("Rubrik") + _paragraph("Ansökan skall &x; lämnas in."), prolog=prolog))
    assert [block.text for block in document.blocks] == ["Rubrik", "Ansökan skall  lämnas in."]
    [notice] = document.notices
    assert notice.code == "xml-entity" and "(&x;) lästes inte" in notice.message
    assert notice.start == len("Rubrik\n")  # at its paragraph
    assert "root:" not in document.source


def test_a_document_without_entities_has_no_entity_notice():
    assert reader.read(_package(_paragraph("Fakta &amp; fiktion."))).notices == []


@pytest.mark.parametrize(
    "body",
    [
        "<w:p>" + "<w:hyperlink>" * 400 + "<w:r><w:t>skall</w:t></w:r>" + "</w:hyperlink>" * 400 + "</w:p>",
        "<w:sdt><w:sdtContent>" * 200 + _paragraph(SKALL) + "</w:sdtContent></w:sdt>" * 200,
    ],
    ids=["hyperlinks", "content-controls"],
)
def test_deep_nesting_that_is_not_tables_is_not_called_tables(body: str):
    with pytest.raises(InputError) as raised:
        reader.read(_package(body))
    assert "för djupt nästlat" in str(raised.value)
    assert "tabeller i tabeller" not in str(raised.value) and "länkar" in str(raised.value)


# --- HTML: a flood of tags ----------------------------------------------------------------------------------------


def test_tags_past_the_limit_are_not_read_and_a_notice_says_so(monkeypatch):
    # 16 MB of <br> (4 million tags) had taken minutes in the tokenizer.
    monkeypatch.setattr(html_reader, "MAX_TAGS", 1_000)
    source = f"<p>{SKALL}</p><p>" + "<br>" * 2_000 + "</p><p>Du skall inte läsas.</p>"
    document = read_text(source, "html")
    assert [block.text for block in document.blocks] == [SKALL]
    [notice] = document.notices
    assert notice.code == "too-long" and "för många taggar" in notice.message
    assert notice.start == source.index("<br>") + 4 * (1_000 - 3)  # after 1,000 tags: <p>, </p>, <p>, 997 <br>


def test_a_page_under_the_tag_limit_is_read_whole(monkeypatch):
    monkeypatch.setattr(html_reader, "MAX_TAGS", 1_000)
    source = "<p>Före.</p>" + "<br>" * 900 + f"<p>{SKALL}</p>"
    document = read_text(source, "html")
    assert [block.text for block in document.blocks] == ["Före.", SKALL] and not document.notices


# --- decoding: a file of two encodings ------------------------------------------------------------------------


UTF8_LINE = "Ansökan skall lämnas in."
CP1252_LINE = "Åtgärden skall vidtagas och beslutet skall följas av nämnden här."


def test_a_utf8_line_in_a_file_mostly_cp1252_is_read_as_utf8_with_a_notice():
    # More cp1252 bytes than UTF-8 characters: the whole file had been cp1252, line 1 *AnsÃ¶kan*, without a word.
    data = UTF8_LINE.encode() + b"\n\n" + CP1252_LINE.encode("cp1252") + b"\n"
    text, notices = decode_with_notices(data, "blandat.txt")
    assert text == f"{UTF8_LINE}\n\n{CP1252_LINE}\n"
    [notice] = notices
    assert (notice.code, notice.start, notice.end) == ("invalid-utf8", 0, len(UTF8_LINE))
    assert "resten av filen är Windows-1252 (cp1252); den lästes som UTF-8" in notice.message
    report = lint_document(read_bytes_as(data, "text", "blandat.txt"))
    assert [(f.line, f.column) for f in report.findings if f.rule == "skall"] == [(1, 9), (3, 10), (3, 38)]


def test_a_cp1252_line_in_a_file_mostly_utf8_is_read_as_cp1252_with_a_notice_not_as_another_language():
    # The cp1252 line had become U+FFFD in every å, ä, ö and then been skipped as "another language".
    utf8 = f"{UTF8_LINE} Vi behöver få ansökan för att kunna göra vår bedömning så snart det går för dig."
    data = ((utf8 + "\n") * 3).encode() + CP1252_LINE.encode("cp1252") + b"\n" + CP1252_LINE.encode("cp1252")
    text, notices = decode_with_notices(data, "blandat.txt")
    assert text.splitlines()[3:] == [CP1252_LINE, CP1252_LINE] and "\ufffd" not in text
    [notice] = notices  # one for the two lines together
    assert "de 2 raderna är inte UTF-8 som resten av filen; de lästes som Windows-1252" in notice.message
    assert notice.start == text.index(CP1252_LINE) and notice.end == len(text)


def test_a_plain_cp1252_file_and_a_stray_byte_in_utf8_read_as_before():
    text, notices = decode_with_notices(CP1252_LINE.encode("cp1252"), "gammal.txt")
    assert text == CP1252_LINE and notices == []
    text, notices = decode_with_notices(b"Hej p\xc3\xa5 dig \x81 nu.", "brev.txt")
    assert text == "Hej på dig \ufffd nu." and [n.code for n in notices] == ["invalid-utf8"]


# --- inline control in plain text and in minified HTML ------------------------------------------------------------


def test_a_directive_line_in_a_text_file_is_markup_not_words():
    # Its own *skall* had been flagged, and the comment counted in the next line's sentence.
    report = lint_text(f"<!-- klarlint-disable-next-line skall -->\n{SKALL}\n")
    assert [f.rule for f in report.findings if f.rule == "skall"] == []
    assert [block.text for block in read_text(f"<!-- klarlint-disable-next-line skall -->\n{SKALL}\n").blocks] == [
        SKALL
    ]


def test_a_directive_after_text_on_its_line_is_cut_out_and_the_line_is_not_a_heading():
    document = read_text(f"{SKALL} <!-- klarlint-disable-line skall -->\n\nHej <!-- klarlint-disable --> du.\n")
    assert [(block.kind, block.text) for block in document.blocks] == [
        (BlockKind.PARAGRAPH, SKALL),
        (BlockKind.PARAGRAPH, "Hej du."),
    ]
    report = lint_text(f"{SKALL} <!-- klarlint-disable-line skall -->\n\n{SKALL}\n")
    assert [(f.rule, f.line) for f in report.findings if f.rule in ("skall", "heading")] == [("skall", 3)]


def test_other_comments_in_a_text_file_stay_as_they_were():
    assert [block.text for block in read_text("Se <!-- inte klarlint --> här.\n").blocks] == [
        "Se <!-- inte klarlint --> här."
    ]


def test_disable_and_enable_on_one_line_of_minified_html_cover_what_is_between():
    page = (
        '<html lang="sv"><body><!-- klarlint-disable skall --><p>Du skall gå.</p><!-- klarlint-enable -->'
        "<p>Du skall stå.</p></body></html>"
    )
    report = lint_text(page, "html")
    assert [f.text for f in report.findings if f.rule == "skall"] == ["skall"]
    assert [f.start for f in report.findings if f.rule == "skall"] == [page.index("Du skall stå") + 3]


def test_a_disable_at_the_end_of_a_line_still_covers_its_line_and_regions_by_line_are_as_before():
    report = lint_text(f"{SKALL} <!-- klarlint-disable skall -->\n\n{SKALL}\n\n<!-- klarlint-enable -->\n{SKALL}\n")
    assert [f.line for f in report.findings if f.rule == "skall"] == [6]
    markdown = f"<!-- klarlint-disable skall -->\n{SKALL}\n<!-- klarlint-enable -->\n\n{SKALL}\n"
    assert [f.line for f in lint_text(markdown, "markdown").findings if f.rule == "skall"] == [5]
