"""``klarlint beslut.docx --annotate/--suggest``: comments and tracked changes in a copy, checked in LibreOffice.

Inputs are made by python-docx, by pandoc (headings, lists, a table, a footnote) and by hand-written
WordprocessingML for what python-docx cannot write (fields, hyperlinks, content controls, tracked changes,
text boxes). LibreOffice (a client nobody here wrote) must open the copies, convert them to PDF, and keep
the comments and tracked changes through a round trip to .docx. CI installs it (.ci/run) and sets
KLARLINT_REQUIRE_LIBREOFFICE=1, so these tests run there instead of skipping.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from klarlint.cli import main
from klarlint.docx_output import default_output
from klarlint.linter import lint_document
from klarlint.readers import read_path

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS_NS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
CHANGE = 'w:author="Anna" w:date="2024-05-03T10:00:00Z"'
REQUIRE_LIBREOFFICE = os.environ.get("KLARLINT_REQUIRE_LIBREOFFICE") == "1"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def run(*args: str) -> int:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def formatted_letter(tmp_path: Path) -> Path:
    """A letter whose flagged words are split over runs with different formatting."""
    word = docx.Document()
    word.add_heading("Beslut om bidrag", 1)
    paragraph = word.add_paragraph()
    paragraph.add_run("Du sk")
    bold = paragraph.add_run("all erh")
    bold.bold = True
    bold.font.size = Pt(14)
    paragraph.add_run("ålla svar inom 25.000 dagar.")
    word.add_paragraph("Vi erhöll din ansökan och ")
    word.paragraphs[-1].add_run("behandlade").italic = True
    word.paragraphs[-1].add_run(" den i går.")
    path = tmp_path / "beslut.docx"
    word.save(str(path))
    return path


def reviewed(path: Path) -> docx.document.Document:
    return docx.Document(str(path))


def anchored_texts(word) -> dict[str, str]:
    """Comment id → the text (as it now reads) between its range start and end."""
    texts: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    for element in word.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            texts.setdefault(element.get(qn("w:id")), [])
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:t") and element.getparent().getparent().tag != qn("w:del"):
            for comment_id in open_ids:
                texts[comment_id].append(element.text or "")
    return {key: "".join(value) for key, value in texts.items()}


def revisions(word, tag: str) -> list[str]:
    inner = "w:delText" if tag == "w:del" else "w:t"
    return ["".join(t.text or "" for t in e.iter(qn(inner))) for e in word.element.body.iter(qn(tag))]


def test_the_summary_comment_says_what_was_not_checked(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Beslut om bidrag", 1)
    word.add_paragraph("Du skall skicka in ansökan senast den 1 mars.")
    word.add_paragraph(
        "The municipality has decided to grant your application, and you will receive the money within three "
        "weeks of this decision."
    )
    source = tmp_path / "beslut.docx"
    word.save(str(source))
    assert run(str(source), "--annotate") == 1
    comments = list(reviewed(default_output(source)).comments)
    summary = next(c for c in comments if c.text.startswith("klarlint: sammanfattning"))
    assert "Text på engelska har inte granskats" in summary.text
    assert not [c for c in comments if "municipality" in c.text]


def test_annotate_anchors_a_comment_on_each_findings_words(tmp_path: Path) -> None:
    source = formatted_letter(tmp_path)
    before = digest(source)
    assert run(str(source), "--annotate") == 1
    assert digest(source) == before  # the input is never changed
    out = default_output(source)
    assert out.name == "beslut.klarlint.docx"
    word = reviewed(out)
    comments = list(word.comments)
    assert {c.author for c in comments} == {"klarlint"} and {c.initials for c in comments} == {"KL"}
    report = lint_document(read_path(source))
    assert len(comments) == len(report.findings) + 1  # one per finding and the summary
    anchored = anchored_texts(word)
    by_text = {c.text.split("\n")[0]: anchored[str(c.comment_id)] for c in comments}
    for finding in report.findings:
        assert by_text[finding.message] == finding.text
    summary = next(c for c in comments if c.text.startswith("klarlint: sammanfattning"))
    assert "LIX:" in summary.text and "skall: 1" in summary.text and "jargon: 2" in summary.text
    assert anchored[str(summary.comment_id)] == "Beslut om bidrag"
    skall = next(c for c in comments if c.text.startswith("Skriv ”ska”"))
    assert "skrivregler" in skall.text  # the reference
    # Nothing but comments was added: the copy reads as the original did.
    assert read_path(out).source == read_path(source).source
    assert not revisions(word, "w:ins")


def test_suggest_makes_tracked_changes_that_keep_the_formatting(tmp_path: Path) -> None:
    source = formatted_letter(tmp_path)
    output = tmp_path / "förslag.docx"
    run(str(source), "--suggest", "-o", str(output))
    word = reviewed(output)
    assert revisions(word, "w:del") == ["skall", "erhålla", "25.000", "erhöll"]
    assert revisions(word, "w:ins") == ["ska", "få", "25 000", "fick"]
    changes = list(word.element.body.iter(qn("w:ins"), qn("w:del")))
    assert {e.get(qn("w:author")) for e in changes} == {"klarlint"}
    assert all(e.get(qn("w:date")) for e in changes)
    assert len({e.get(qn("w:id")) for e in changes}) == len(changes)
    # A replacement takes the formatting most of the replaced letters have: "skall" is "sk" plain and "all" bold
    # 14 pt, so "ska" is bold 14 pt; "erhålla" is "erh" bold and "ålla" plain, so "få" is plain.
    skall, erhalla = [e.find(qn("w:r")) for e in word.element.body.iter(qn("w:ins"))][:2]
    properties = skall.find(qn("w:rPr"))
    assert properties.find(qn("w:b")) is not None and properties.find(qn("w:sz")).get(qn("w:val")) == "28"
    assert erhalla.find(qn("w:rPr")) is None
    first = word.paragraphs[1]._p
    kept = [r for r in first.iterchildren(qn("w:r")) if r.find(qn("w:t")) is not None]
    assert kept[0].find(qn("w:t")).text == "Du " and kept[0].find(qn("w:rPr")) is None
    # Accepting every change (reading insertions, not deletions) gives the fixed text.
    assert read_path(output).source.split("\n")[1:3] == [
        "Du ska få svar inom 25 000 dagar.",
        "Vi fick din ansökan och behandlade den i går.",
    ]
    # --suggest alone adds no comments for what it changed.
    assert not list(word.comments)


def test_existing_output_needs_force_and_the_input_is_never_the_output(tmp_path: Path, capsys) -> None:
    source = formatted_letter(tmp_path)
    out = default_output(source)
    out.write_bytes(b"tidigare kopia")
    assert run(str(source), "--annotate") == 2
    assert "finns redan" in capsys.readouterr().err
    assert out.read_bytes() == b"tidigare kopia"
    run(str(source), "--annotate", "--force")
    assert out.read_bytes() != b"tidigare kopia" and len(list(reviewed(out).comments)) > 1
    before = digest(source)
    assert run(str(source), "--annotate", "--force", "-o", str(source)) == 2
    assert "originalet" in capsys.readouterr().err
    assert digest(source) == before
    assert run(str(tmp_path / "brev.txt"), "--annotate") == 2  # not a Word file (and not there)


def special_document(tmp_path: Path) -> Path:
    """Findings in a field, a hyperlink, a content control, an earlier tracked change and a text box."""
    word = docx.Document()
    word.add_paragraph("Här skall ändras.")  # 1: plain, changed
    field = word.add_paragraph("Fält: ")  # 2
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY Titel </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>skall</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        field._p.append(parse_xml(xml.replace("<w:r>", f"<w:r {W_NS}>", 1)))
    simple = word.add_paragraph("Enkelt fält: ")  # 3
    simple._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" TITLE "><w:r><w:t>skall</w:t></w:r></w:fldSimple>'))
    link = word.add_paragraph("Länk: ")  # 4
    rel = word.part.relate_to("https://example.org/skall", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, True)
    link._p.append(parse_xml(f'<w:hyperlink {W_NS} {R_NS} r:id="{rel}"><w:r><w:t>skall</w:t></w:r></w:hyperlink>'))
    control = word.add_paragraph("Kontroll: ")  # 5
    control._p.append(parse_xml(f"<w:sdt {W_NS}><w:sdtContent><w:r><w:t>skall</w:t></w:r></w:sdtContent></w:sdt>"))
    tracked = word.add_paragraph("Ändrat: ")  # 6
    tracked._p.append(parse_xml(f'<w:ins {W_NS} w:id="901" {CHANGE}><w:r><w:t>skall</w:t></w:r></w:ins>'))
    tracked._p.append(parse_xml(f'<w:del {W_NS} w:id="902" {CHANGE}><w:r><w:delText> skall</w:delText></w:r></w:del>'))
    anchor = word.add_paragraph("Se rutan.")  # 7, the box is 8
    box = "<w:txbxContent><w:p><w:r><w:t>Rutan skall stå kvar.</w:t></w:r></w:p></w:txbxContent>"
    anchor._p.append(
        parse_xml(
            f'<w:r {W_NS} {MC_NS} {WPS_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp>'
            f"<wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice></mc:AlternateContent></w:r>"
        )
    )
    path = tmp_path / "special.docx"
    word.save(str(path))
    return path


def test_fields_links_controls_changes_and_boxes_are_commented_not_changed(tmp_path: Path) -> None:
    source = special_document(tmp_path)
    document = read_path(source)
    skalls = [f for f in lint_document(document).findings if f.rule == "skall"]
    assert [f.location.paragraph for f in skalls] == [1, 2, 3, 4, 5, 6, 8]
    out = tmp_path / "ut.docx"
    run(str(source), "--annotate", "--suggest", "-o", str(out))
    word = reviewed(out)
    ours = [e for e in word.element.body.iter(qn("w:ins")) if e.get(qn("w:author")) == "klarlint"]
    assert ["".join(t.text for t in e.iter(qn("w:t"))) for e in ours] == ["ska"]  # only the plain paragraph
    anchored = anchored_texts(word)
    comments = [c for c in word.comments if c.text.startswith("Skriv ”ska”")]
    assert len(comments) == 7
    assert sorted(anchored[str(c.comment_id)] for c in comments) == sorted(["skall"] * 6 + ["ska"])
    # The hyperlink's target, the field code and the earlier changes are as they were.
    assert "https://example.org/skall" in {r.target_ref for r in word.part.rels.values()}
    assert "DOCPROPERTY Titel" in "".join(t.text for t in word.element.body.iter(qn("w:instrText")))
    assert [e.get(qn("w:author")) for e in word.element.body.iter(qn("w:del"))].count("Anna") == 1
    text = read_path(out).source.split("\n")
    assert text[0] == "Här ska ändras." and text[1:7] == document.source.split("\n")[1:7]


PANDOC_SOURCE = """# Beslut

Ansökan skall lämnas senast 31/3-25.[^1] Vi erhöll den.

## Villkor

- Bidraget är 25.000 kr.
- Du skall redovisa t.ex. kvitton.

| Vad | Belopp |
|-----|--------|
| Hyra | c:a 5 000 kr |

[^1]: Enligt beslutet skall ansökan vara komplett.
"""


@pytest.fixture
def pandoc_document(tmp_path: Path) -> Path:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        if os.environ.get("KLARLINT_REQUIRE_PANDOC") == "1":
            pytest.fail("pandoc is required here (installed by .ci/run)")
        pytest.skip("pandoc is not installed")
    source = tmp_path / "beslut.md"
    source.write_text(PANDOC_SOURCE, encoding="utf-8")
    target = tmp_path / "pandoc.docx"
    subprocess.run([pandoc, str(source), "-o", str(target)], check=True, timeout=60)
    return target


def test_pandoc_document_footnote_is_linted_with_its_own_location(pandoc_document: Path) -> None:
    report = lint_document(read_path(pandoc_document))
    in_note = [f for f in report.findings if f.location and f.location.heading == "Fotnot 1"]
    assert [f.rule for f in in_note] == ["skall"]
    body = [f for f in report.findings if f.rule == "skall" and f.location.heading != "Fotnot 1"]
    assert [f.location.heading for f in body] == ["Beslut", "Beslut › Villkor"]
    assert in_note[0].location.paragraph > max(f.location.paragraph for f in body)


def test_pandoc_document_annotated_and_suggested(pandoc_document: Path, tmp_path: Path) -> None:
    out = tmp_path / "pandoc.klarlint.docx"
    run(str(pandoc_document), "--annotate", "--suggest", "-o", str(out))
    word = reviewed(out)
    assert "ska" in revisions(word, "w:ins") and "25 000" in revisions(word, "w:ins")
    summary = next(c for c in word.comments if c.text.startswith("klarlint: sammanfattning"))
    assert "Fotnot 1: ”skall”" in summary.text  # footnotes cannot carry a comment; the summary names it
    fixed = read_path(out).source
    assert "Vi fick den." in fixed and "c:a" not in fixed.split("Fotnot")[0]


# --- LibreOffice ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def soffice() -> str:
    if SOFFICE is None:
        if REQUIRE_LIBREOFFICE:
            pytest.fail("LibreOffice is required here (installed by .ci/run)")
        pytest.skip("LibreOffice (soffice) is not installed")
    return SOFFICE


def convert(soffice: str, source: Path, target_format: str, out_dir: Path) -> Path:
    out_dir.mkdir(exist_ok=True)
    profile = out_dir / "profile"  # a fresh profile: no first-start dialogs, no lock shared with others
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        timeout=180,
        capture_output=True,
    )
    suffix = "." + target_format.split(":")[0]
    result = out_dir / (source.stem + suffix)
    assert result.is_file() and result.stat().st_size > 0
    return result


def test_libreoffice_opens_the_copies_and_keeps_comments_and_changes(soffice: str, tmp_path: Path) -> None:
    source = formatted_letter(tmp_path)
    out = tmp_path / "granskad.docx"
    run(str(source), "--annotate", "--suggest", "-o", str(out))
    pdf = convert(soffice, out, "pdf", tmp_path / "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    again = convert(soffice, out, "docx:MS Word 2007 XML", tmp_path / "rundtur")
    word = reviewed(again)
    comments = list(word.comments)
    assert len(comments) == len(list(reviewed(out).comments))
    assert {c.author for c in comments} == {"klarlint"}
    assert any(c.text.startswith("klarlint: sammanfattning") for c in comments)
    assert revisions(word, "w:ins") == ["ska", "få", "25 000", "fick"]
    # LibreOffice writes a deletion over differently formatted runs as one w:del per run.
    assert "".join(revisions(word, "w:del")) == "skallerhålla25.000erhöll"
    assert {e.get(qn("w:author")) for e in word.element.body.iter(qn("w:ins"), qn("w:del"))} == {"klarlint"}


def test_reader_pieces_tile_every_paragraph_exactly(tmp_path: Path, pandoc_document: Path) -> None:
    """Every character the reader reads comes from one recorded element, in order, with no gap."""
    from klarlint.readers import docx as reader

    for path in (formatted_letter(tmp_path), special_document(tmp_path), pandoc_document):
        word = docx.Document(str(path))
        paragraphs = reader.paragraph_map(word)
        assert "\n".join(p.text for p in paragraphs) == read_path(path).source
        for paragraph in paragraphs:
            cursor = 0
            for piece in paragraph.pieces:
                assert piece.start == cursor
                if piece.element.tag == qn("w:t"):
                    assert paragraph.text[piece.start : piece.end] == piece.element.text
                cursor = piece.end
            assert cursor == len(paragraph.text)


@pytest.mark.parametrize("mode", ["--annotate", "--suggest"])
def test_libreoffice_converts_each_kind_of_copy_of_a_pandoc_document(
    soffice: str, pandoc_document: Path, tmp_path: Path, mode: str
) -> None:
    out = tmp_path / "kopia.docx"
    run(str(pandoc_document), mode, "-o", str(out))
    pdf = convert(soffice, out, "pdf", tmp_path / "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    again = reviewed(convert(soffice, out, "docx:MS Word 2007 XML", tmp_path / "rundtur"))
    if mode == "--annotate":
        assert len(list(again.comments)) == len(list(reviewed(out).comments)) > 1
    else:
        assert "".join(revisions(again, "w:ins")) == "".join(revisions(reviewed(out), "w:ins")) != ""


def _reviewed_copy(tmp_path: Path, paragraph: str, mode: str, *more: str) -> Path:
    """A one-paragraph Word file, and its copy reviewed with ``mode`` (--suggest or --annotate) and ``more``."""
    source = tmp_path / "citat.docx"
    word = docx.Document()
    word.add_paragraph(paragraph)
    word.save(str(source))
    out = tmp_path / f"citat{mode}.docx"
    run(str(source), mode, "-o", str(out), *more)
    return out


def test_suggest_leaves_quotations_alone(tmp_path: Path) -> None:
    out = _reviewed_copy(tmp_path, "Hon skrev ”vi ses kl 13 i dag” i sitt brev. Vi ses kl 14.", "--suggest")
    copy = reviewed(out)
    assert revisions(copy, "w:ins") == ["kl."]
    assert read_path(out).source == "Hon skrev ”vi ses kl 13 i dag” i sitt brev. Vi ses kl. 14."
    # The quoted one is not changed; --suggest comments it instead, so nothing is dropped silently.
    assert [anchored_texts(copy)[str(c.comment_id)] for c in copy.comments] == ["kl"]


def test_a_jargon_word_in_a_quotation_is_advice_in_word_too(tmp_path: Path) -> None:
    paragraph = "Hon skrev ”vi erhöll pengarna” i sitt brev. Vi erhöll svaret."
    suggested = _reviewed_copy(tmp_path, paragraph, "--suggest")
    assert revisions(reviewed(suggested), "w:ins") == ["fick"]  # the writer's own words only
    # the quoted one is information: a comment of its own only with --comment-level info
    annotated = reviewed(_reviewed_copy(tmp_path, paragraph, "--annotate", "--comment-level", "info"))
    comments = [c.text for c in annotated.comments if c.text.startswith("”erhöll”")]  # not the summary
    assert ["står i ett citat" in c for c in comments] == [True, False]  # the speaker's words, then the writer's


def test_annotating_a_folder_twice_leaves_its_reviewed_copies_alone(tmp_path: Path) -> None:
    # the second run had linted one.klarlint.docx, refused to overwrite its copy's copy and failed with exit 2
    folder = tmp_path / "mapp"
    folder.mkdir()
    word = docx.Document()
    word.add_paragraph("Vi erhöll din ansökan i går.")
    word.save(str(folder / "ett.docx"))
    assert run(str(folder), "--annotate") == 1
    assert run(str(folder), "--annotate", "--force") == 1
    assert sorted(p.name for p in folder.iterdir()) == ["ett.docx", "ett.klarlint.docx"]
    assert run(str(folder / "ett.klarlint.docx")) == 1  # named, it is linted like any document
