"""Reviewed Word copies, continued: many findings in one paragraph, text boxes' headings, templates and
macro-enabled documents, Strict Open XML, what --annotate/--suggest refuse, and the formatting of an insertion.

Documents are built from WordprocessingML fragments with the helpers of test_docx_review.
"""

from __future__ import annotations

import copy
import json
import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

from klarlint import docx_output
from klarlint.docx_output import default_output
from klarlint.readers import docx as reader
from test_docx_review import END, FIELD, P, R, _repack, build, findings, our_insertions, run, suggested

# --- many findings in one paragraph --------------------------------------------------------------


def _split_per_edge(paragraph, offsets, context=None) -> None:
    """The splitting as it was before it became one pass: the paragraph walked again for every edge, from the
    right, each split copying the whole run. The reference the one-pass splitting must equal."""
    for offset in sorted(offsets, reverse=True):
        pieces = reader.paragraph_pieces(paragraph, context or reader.Context())
        for index, piece in enumerate(pieces):
            if piece.start < offset < piece.end and piece.element.tag == qn("w:t"):
                _copy_split(piece.element.getparent(), piece.element, offset - piece.start)
                break
            if piece.start == offset and index > 0:
                run_ = piece.element.getparent()
                if pieces[index - 1].element.getparent() is run_ and run_ is not None and run_.tag == qn("w:r"):
                    _copy_split(run_, piece.element, 0)
                break


def _copy_split(run_, element, at: int) -> None:
    left = copy.deepcopy(run_)
    for child in list(left):
        if child.tag != qn("w:rPr"):
            left.remove(child)
    for child in list(run_):
        if child is element:
            break
        if child.tag != qn("w:rPr"):
            left.append(child)
    if at:
        text = element.text or ""
        left.append(docx_output._text_element(text[:at]))
        element.text = text[at:]
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run_.addprevious(left)


def _parts_without_dates(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {
            name: re.sub(r'w:date="[^"]*"', "", package.read(name).decode())
            for name in ("word/document.xml", "word/comments.xml")
        }


def test_one_pass_splitting_writes_the_copy_the_per_edge_splitting_wrote(tmp_path: Path, monkeypatch) -> None:
    pasted = "".join(
        f'<w:t xml:space="preserve">{line}</w:t><w:br/>'
        for line in ["Du skall svara.", "Vi erhöll beslutet t.ex. i dag.", "", "Ansökan skall skickas."] * 40
    )
    source = build(
        tmp_path / "many.docx",
        P(
            R("Du sk", "<w:b/>"),
            R("all svara och vi erhöll ", '<w:i/><w:sz w:val="28"/>'),
            '<w:r><w:t>Ni skall</w:t><w:tab/><w:t>t.ex. ringa</w:t><w:sym w:font="Wingdings" w:char="F0FC"/>'
            '<w:t xml:space="preserve"> och/eller skriva. </w:t></w:r>',
            FIELD("DOCPROPERTY Titel"),
            R("Du skall svara"),
            END,
            R(" därefter. Du skall svara 25% av 10.000 kr. "),
            f"<w:r>{pasted}</w:r>",
        ),
        P(R("Ni skall svara. " * 200)),
    )
    fast, slow = tmp_path / "fast.docx", tmp_path / "slow.docx"
    run(str(source), "--annotate", "--suggest", "-o", str(fast))
    monkeypatch.setattr(docx_output, "split_at_all", _split_per_edge)
    run(str(source), "--annotate", "--suggest", "-o", str(slow))
    assert len(our_insertions(docx.Document(str(fast)))) > 200
    assert _parts_without_dates(fast) == _parts_without_dates(slow)


# --- a heading in a text box ----------------------------------------------------------------------

MC_WPS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def BOX(*paragraphs: str) -> str:
    content = f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"
    return (
        f'<w:r><mc:AlternateContent {MC_WPS}><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{content}'
        "</wps:txbx></wps:wsp></w:drawing></mc:Choice></mc:AlternateContent></w:r>"
    )


def test_a_heading_in_a_text_box_heads_the_box_not_the_body_after_it(tmp_path: Path) -> None:
    source = build(
        tmp_path / "ruta.docx",
        P(R("Beslut om bygglov"), style="Heading1"),
        P(
            R("Nämnden har prövat ärendet."),
            BOX(P(R("Kontakt"), style="Heading2"), P(R("Ni skall ringa oss."))),
            BOX(P(R("Du skall ringa före klockan tolv."))),
        ),
        P(R("Du skall lämna in ritningar.")),
        P(R("Överklagande"), style="Heading1"),
        P(R("Du skall överklaga skriftligt.")),
    )
    headings = {f.line: f.location.heading for f in findings(source, "skall")[0]}
    assert headings == {
        4: "Beslut om bygglov › Kontakt",  # in the box, under its heading
        5: "Beslut om bygglov",  # another box: not under the first box's heading
        6: "Beslut om bygglov",  # the body after the box
        8: "Överklagande",
    }


# --- templates, macro-enabled documents, Strict Open XML -----------------------------------------

DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_MAIN = b"application/vnd.ms-word.document.macroEnabled.main+xml"
VBA_REL = b"http://schemas.microsoft.com/office/2006/relationships/vbaProject"


def _letter(path: Path) -> Path:
    return build(path, P(R("Beslut"), style="Heading1"), P(R("Du skall svara senast den 1 maj.")))


def _as_template(parts: dict[str, bytes]) -> None:
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(DOCUMENT_MAIN, TEMPLATE_MAIN)


def _with_macros(parts: dict[str, bytes]) -> None:
    parts["[Content_Types].xml"] = (
        parts["[Content_Types].xml"]
        .replace(DOCUMENT_MAIN, MACRO_MAIN)
        .replace(
            b"</Types>",
            b'<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        )
    )
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId90" Type="' + VBA_REL + b'" Target="vbaProject.bin"/></Relationships>',
    )
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 macros klarlint must never write"


def test_a_template_is_read_and_its_reviewed_copy_is_a_template(tmp_path: Path) -> None:
    template = _repack(_letter(tmp_path / "mall.dotx"), _as_template)
    assert [f.text for f in findings(template, "skall")[0]] == ["skall"]
    assert run(str(template), "--annotate", "--suggest") == 1
    copy_ = tmp_path / "mall.klarlint.dotx"
    assert default_output(template) == copy_
    with zipfile.ZipFile(copy_) as package:
        assert TEMPLATE_MAIN in package.read("[Content_Types].xml")
    assert our_insertions(reader.open_word(copy_.read_bytes(), str(copy_))) == ["ska"]


def test_a_macro_enabled_document_is_read_and_no_copy_of_it_is_written(tmp_path: Path, capsys) -> None:
    macros = _repack(_letter(tmp_path / "makro.docm"), _with_macros)
    assert [f.text for f in findings(macros, "skall")[0]] == ["skall"]
    assert run(str(macros), "--suggest") == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith(
        "makro.docm: dokumentet har makron (.docm); --annotate och --suggest skriver ingen kopia av "
        "det (spara det som .docx utan makron och granska den filen)"
    ), err
    assert "\n" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["makro.docm"]
    # renamed .docx, still macro-enabled: refused by what it is
    renamed = macros.rename(tmp_path / "makro.docx")
    assert run(str(renamed), "--annotate") == 2
    assert "dokumentet har makron" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["makro.docx"]


def _strict(parts: dict[str, bytes]) -> None:
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")):
            parts[name] = data.replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            ).replace(
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                b"http://purl.oclc.org/ooxml/officeDocument/relationships",
            )


def test_strict_open_xml_is_named_not_called_damaged(tmp_path: Path, capsys) -> None:
    strict = _repack(_letter(tmp_path / "strikt.docx"), _strict)
    assert run(str(strict)) == 2
    err = capsys.readouterr().err
    assert "strikt.docx: Strict Open XML stöds inte; spara som vanligt Word-dokument (.docx)" in err, err
    assert "skadad" not in err


# --- what --annotate, --suggest and --diff refuse -------------------------------------------------


def test_an_output_name_that_is_not_the_inputs_word_suffix_is_refused(tmp_path: Path, capsys) -> None:
    letter = _letter(tmp_path / "brev.docx")
    assert run(str(letter), "--suggest", "-o", str(tmp_path / "brev.pdf")) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("brev.pdf: kopian är ett Word-dokument och måste sluta på .docx som originalet"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brev.docx"]
    assert run(str(letter), "--suggest", "-o", str(tmp_path / "FÖRSLAG.DOCX")) == 1  # the suffix in capitals is one


def test_diff_on_a_word_document_names_diff(tmp_path: Path, capsys) -> None:
    assert run(str(_letter(tmp_path / "brev.docx")), "--diff") == 2
    err = capsys.readouterr().err
    assert "brev.docx: --diff visar inga ändringar i Word-dokument; använd --suggest" in err, err
    assert "--fix" not in err


def test_in_a_folder_files_suggest_cannot_review_are_skipped_named_they_are_errors(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    _letter(folder / "brev.docx")
    (folder / "sida.md").write_text("Du skall svara.\n", encoding="utf-8")
    _repack(_letter(folder / "makro.docm"), _with_macros)
    assert run(str(folder), "--suggest", "--format", "json") == 1  # the findings' code, not an error's
    report = json.loads(capsys.readouterr().out)
    entries = {Path(f["path"]).name: f for f in report["files"]}
    for name in ("sida.md", "makro.docm"):
        assert entries[name].get("skipped") is True and not entries[name].get("error"), entries[name]
        assert entries[name]["notices"][0]["message"].startswith("hoppades över: ")
    assert (folder / "brev.klarlint.docx").exists() and not (folder / "makro.klarlint.docx").exists()
    assert run(str(folder / "sida.md"), "--suggest") == 2
    assert "sida.md: --annotate och --suggest gäller bara Word-dokument" in capsys.readouterr().err


# --- the formatting of an insertion ----------------------------------------------------------------


def _inserted_properties(word) -> list[list[str]]:
    """For each of klarlint's insertions: the local names of its run's properties."""
    return [
        sorted(child.tag.split("}")[1] for run in element.iter(qn("w:r")) for child in run.iter() if child is not run)
        for element in word.element.body.iter(qn("w:ins"))
        if element.get(qn("w:author")) == "klarlint"
    ]


def test_an_insertion_takes_the_formatting_most_of_the_replaced_letters_have(tmp_path: Path) -> None:
    source = build(
        tmp_path / "blandat.docx",
        P(R("Du "), R("sk", "<w:b/>"), R("all svara.")),  # bold bled over onto two letters
        P(R("Ni "), R("s"), R("kall", '<w:i/><w:sz w:val="28"/>'), R(" svara.")),  # most of it italic, 14 pt
        P(R("De "), R("sk", "<w:b/>"), R("al", "<w:i/>"), R("l svara.")),  # a tie between two formats: the first
    )
    word = suggested(source, "--suggest")
    assert our_insertions(word) == ["ska", "ska", "ska"]
    properties = [[name for name in names if name not in ("rPr", "t")] for names in _inserted_properties(word)]
    assert properties == [[], ["i", "sz"], ["b"]]
