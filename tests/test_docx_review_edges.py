"""Reviewed Word copies, continued: many findings in one paragraph, text boxes' headings, templates and
macro-enabled documents, Strict Open XML, what --annotate/--suggest refuse, and the formatting of an insertion.

Documents are built from WordprocessingML fragments with the helpers of test_docx_review.
"""

from __future__ import annotations

import copy
import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

from klarlint import docx_output
from klarlint.readers import docx as reader
from test_docx_review import END, FIELD, P, R, build, findings, our_insertions, run

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
