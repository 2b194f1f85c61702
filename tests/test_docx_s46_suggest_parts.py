"""``--suggest`` in headers, footers and footnotes (session 46, re-test bug 6).

JSON called *skall* in a header, a footer or a footnote fixable and the summary listed it, but the copy had no
tracked change there. Word and LibreOffice take w:del/w:ins in those parts as in the body: klarlint makes them
there too, except where it makes none in the body either (a field, a text box), and the summary says which.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

from klarlint.readers import read_path
from test_docx_output import convert, digest, pandoc_document, reviewed, soffice  # noqa: F401 (fixtures)
from test_docx_review import END, FIELD, NS, P, R, run
from test_docx_review_edges import BOX

HEADER = "Exempelby kommun: du skall läsa detta. "
BOX_TEXT = "I rutan skall du läsa."
FIELD_TEXT = "Ni skall betala"
FOOTER = "Vi skall svara i telefon."


def _letter(tmp_path: Path) -> Path:
    """A letter with *skall* in its body, its header (plain, in a field's result, in a text box) and its footer."""
    word = docx.Document()
    word.add_paragraph("Vi skall svara inom en vecka.")
    section = word.sections[0]
    header = section.header.paragraphs[0]._p
    fragments = R(HEADER) + FIELD("DOCPROPERTY Subject") + R(FIELD_TEXT) + END + BOX(P(R(BOX_TEXT)))
    for child in parse_xml(f"<w:wrap {NS}>{fragments}</w:wrap>"):
        header.append(child)
    section.footer.paragraphs[0].text = FOOTER
    path = tmp_path / "brev.docx"
    word.save(str(path))
    return path


def _part(path: Path, name: str):
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def _ours(root, tag: str) -> list[str]:
    inner = qn("w:delText") if tag == "w:del" else qn("w:t")
    return [
        "".join(t.text or "" for t in e.iter(inner)) for e in root.iter(qn(tag)) if e.get(qn("w:author")) == "klarlint"
    ]


def _view(root, *, accept: bool) -> list[str]:
    """Each paragraph's text with klarlint's changes accepted or rejected (text boxes are paragraphs of their own)."""
    texts = []
    for paragraph in root.iter(qn("w:p")):
        text = ""
        for element in paragraph.iter(qn("w:t"), qn("w:delText")):
            if next(element.iterancestors(qn("w:p"))) is not paragraph:
                continue
            ours = {
                a.tag for a in element.iterancestors(qn("w:ins"), qn("w:del")) if a.get(qn("w:author")) == "klarlint"
            }
            if (qn("w:ins") in ours and not accept) or (qn("w:del") in ours and accept):
                continue
            text += element.text or ""
        texts.append(text)
    return texts


def test_suggest_makes_tracked_changes_in_the_header_and_the_footer(tmp_path: Path, capsys) -> None:
    source = _letter(tmp_path)
    before = digest(source)
    out = tmp_path / "brev.ut.docx"
    run(str(source), "--suggest", "-o", str(out))
    assert digest(source) == before
    assert "3 spårade ändringar" in capsys.readouterr().err  # the body's, the header's and the footer's
    header, footer = _part(out, "word/header1.xml"), _part(out, "word/footer1.xml")
    assert (_ours(header, "w:del"), _ours(header, "w:ins")) == (["skall"], ["ska"])
    assert (_ours(footer, "w:del"), _ours(footer, "w:ins")) == (["skall"], ["ska"])
    original = _part(source, "word/header1.xml")
    assert _view(header, accept=False) == _view(original, accept=False)
    assert _view(footer, accept=False) == [FOOTER]
    accepted = _view(header, accept=True)
    assert accepted[0] == HEADER.replace("skall", "ska") + FIELD_TEXT  # the field's result is Word's to rebuild
    assert BOX_TEXT in accepted  # the box's text is kept twice by Word (mc:Choice, mc:Fallback): not changed
    assert _view(footer, accept=True) == ["Vi ska svara i telefon."]
    # those left as they were are named, with why, in the one comment --suggest writes
    (comment,) = [c.text for c in reviewed(out).comments]
    assert comment.startswith("klarlint: förslag utan spårad ändring utanför brödtexten")
    assert "Ingen spårad ändring: ordet står i ett fält." in comment
    assert "Ingen spårad ändring: ordet står i en textruta." in comment
    assert comment.count("Sidhuvud: ”skall”") == 2 and "Sidfot" not in comment  # the changed ones are not listed


def test_annotate_alone_changes_no_header_or_footer(tmp_path: Path) -> None:
    source = _letter(tmp_path)
    out = tmp_path / "brev.ut.docx"
    run(str(source), "--annotate", "-o", str(out))
    for name in ("word/header1.xml", "word/footer1.xml"):  # not a run split: the same XML
        assert etree.tostring(_part(out, name)) == etree.tostring(_part(source, name))
    summary = next(c.text for c in reviewed(out).comments if c.text.startswith("klarlint: sammanfattning"))
    assert "Sidfot: ”skall” – Skriv ”ska” i stället för ”skall”.\n" in summary + "\n"  # no word of a change


def test_the_summary_says_which_findings_outside_the_body_were_changed(tmp_path: Path) -> None:
    out = tmp_path / "brev.ut.docx"
    run(str(_letter(tmp_path)), "--annotate", "--suggest", "-o", str(out))
    summary = next(c.text for c in reviewed(out).comments if c.text.startswith("klarlint: sammanfattning"))
    assert "Sidfot: ”skall” – Skriv ”ska” i stället för ”skall”. Spårad ändring: ska." in summary
    assert "Förslag: ska. Ingen spårad ändring: ordet står i en textruta." in summary


def test_suggest_makes_a_tracked_change_in_a_footnote(pandoc_document: Path, tmp_path: Path) -> None:  # noqa: F811
    before = digest(pandoc_document)
    out = tmp_path / "pandoc.ut.docx"
    run(str(pandoc_document), "--annotate", "--suggest", "-o", str(out))
    assert digest(pandoc_document) == before
    notes, original = _part(out, "word/footnotes.xml"), _part(pandoc_document, "word/footnotes.xml")
    assert (_ours(notes, "w:del"), _ours(notes, "w:ins")) == (["skall"], ["ska"])
    assert _view(notes, accept=False) == _view(original, accept=False)
    assert [t for t in _view(notes, accept=True) if "ska" in t] == [
        t.replace("skall", "ska") for t in _view(original, accept=False) if "skall" in t
    ]
    summary = next(c.text for c in reviewed(out).comments if c.text.startswith("klarlint: sammanfattning"))
    assert "Fotnot 1: ”skall” – Skriv ”ska” i stället för ”skall”. Spårad ändring: ska." in summary
    assert "ska" in read_path(out).source.split("\n")[-1]  # klarlint reads its copy's note with the insertion


def test_libreoffice_keeps_the_changes_in_a_header_a_footer_and_a_footnote(
    soffice: str,  # noqa: F811
    pandoc_document: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    for source, parts in ((_letter(tmp_path), ("header1.xml", "footer1.xml")), (pandoc_document, ("footnotes.xml",))):
        out = tmp_path / f"{source.stem}.ut.docx"
        run(str(source), "--suggest", "-o", str(out))
        assert convert(soffice, out, "pdf", tmp_path / f"{source.stem}-pdf").read_bytes().startswith(b"%PDF")
        again = convert(soffice, out, "docx:MS Word 2007 XML", tmp_path / f"{source.stem}-rundtur")
        with zipfile.ZipFile(again) as package:
            names = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        for part in parts:  # LibreOffice names the parts its own way: the one that holds the words
            found = [
                (_ours(root, "w:del"), _ours(root, "w:ins"))
                for root in (_part(again, n) for n in names if n != "word/document.xml")
                if _ours(root, "w:del")
            ]
            assert (["skall"], ["ska"]) in found, (part, found)
