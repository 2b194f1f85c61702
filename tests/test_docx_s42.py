"""Session 42's Word tester (word2): reviewed copies of a case officer's template as LibreOffice and Word show them.

A comment in a block content control that holds one paragraph (a template's *Rubrik*) made LibreOffice 7.4 drop
the paragraph's text; a second finding's comment on a word klarlint replaced sat inside klarlint's own deletion;
a copy reviewed again got a duplicate comment; a suggestion left as a comment did not say why.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from test_docx_output import convert, soffice  # noqa: F401 (a fixture)
from test_docx_review import NS, P, R, build, run
from test_docx_review_edges import BOX

KLARLINT = "klarlint"


def _control(paragraph: str, alias: str = "Rubrik") -> str:
    properties = f'<w:sdtPr><w:alias w:val="{alias}"/><w:richText/></w:sdtPr>'
    return f"<w:sdt>{properties}<w:sdtContent>{paragraph}</w:sdtContent></w:sdt>"


def _template(tmp_path: Path) -> Path:
    return build(
        tmp_path / "mall.docx",
        _control(P(R("Beslut om bygglov för tillbyggnad av enbostadshus"))),
        P(R("Nämnden beviljar ansökan.")),
        _control(P(R("Ansökan skall skickas till Byggnadsnämnden senast den 1 juni.")), "Kontakt"),
        P(R("Slut.")),
    )


def _lone_control_paragraph(paragraph) -> bool:
    content = paragraph.getparent()
    return content.tag == qn("w:sdtContent") and sum(1 for c in content if c.tag == qn("w:p")) == 1


def test_no_comment_mark_in_a_block_content_controls_only_paragraph(tmp_path: Path) -> None:
    source = _template(tmp_path)
    out = tmp_path / "kopia.docx"
    run(str(source), "--annotate", "--suggest", "-o", str(out))
    word = docx.Document(str(out))
    body = word.element.body
    references = list(body.iter(qn("w:commentReference")))
    assert references
    for reference in references:  # the mark LibreOffice drops the text before
        assert not _lone_control_paragraph(next(reference.iterancestors(qn("w:p"))))
    # The summary is on the first paragraph outside a control, not on the title.
    summary = next(c for c in word.comments if c.text.startswith("klarlint: sammanfattning"))
    start = next(e for e in body.iter(qn("w:commentRangeStart")) if e.get(qn("w:id")) == str(summary.comment_id))
    assert "".join(t.text for t in start.getparent().iter(qn("w:t"))) == "Nämnden beviljar ansökan."
    # The finding in the control keeps its range on its words; its mark starts the next paragraph.
    skall = next(c for c in word.comments if "(skall)" in c.text)
    marks = {e.tag: e for e in body.iter() if e.get(qn("w:id")) == str(skall.comment_id)}
    start = marks[qn("w:commentRangeStart")]
    assert start.getnext().find(qn("w:t")).text == "skall"
    mark_paragraph = next(marks[qn("w:commentReference")].iterancestors(qn("w:p")))
    assert "".join(t.text for t in mark_paragraph.iter(qn("w:t"))) == "Slut."
    # A lone control with a table after it and nothing before: the finding is listed in the summary.
    table = '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>'
    last = build(
        tmp_path / "sist.docx", _control(P(R("Du skall ringa."))), table.format(P(R("Nämnden beviljar ansökan.")))
    )
    run(str(last), "--annotate", "-o", str(tmp_path / "sist.ut.docx"))
    word = docx.Document(str(tmp_path / "sist.ut.docx"))
    assert [c.text.splitlines()[0] for c in word.comments] == ["klarlint: sammanfattning"]
    assert "”skall”" in next(iter(word.comments)).text


def test_libreoffice_keeps_the_words_of_a_lone_paragraph_in_a_content_control(
    soffice: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    source = _template(tmp_path)
    out = tmp_path / "kopia.docx"
    run(str(source), "--annotate", "--suggest", "-o", str(out))
    text = convert(soffice, out, "txt:Text (encoded):UTF8", tmp_path / "lo").read_text("utf-8-sig")
    # LibreOffice 7.4 had read *skickas till …* and no title at all
    assert "Beslut om bygglov för tillbyggnad av enbostadshus" in text
    assert "Ansökan skall skickas till Byggnadsnämnden" in text
    # The mark at the end of the paragraph before, when the control ends the document.
    last = build(tmp_path / "sist.docx", P(R("Nämnden beviljar ansökan.")), _control(P(R("Du skall ringa nu."))))
    run(str(last), "--annotate", "-o", str(tmp_path / "sist.ut.docx"))
    word = docx.Document(str(tmp_path / "sist.ut.docx"))
    assert any("(skall)" in c.text for c in word.comments)
    text = convert(soffice, tmp_path / "sist.ut.docx", "txt:Text (encoded):UTF8", tmp_path / "lo2").read_text(
        "utf-8-sig"
    )
    assert "Du skall ringa nu." in text


def _our_ids(word) -> set[str]:
    return {str(c.comment_id) for c in word.comments if c.author == KLARLINT}


def test_a_second_findings_comment_on_a_replaced_word_covers_the_change(tmp_path: Path) -> None:
    # *när arbetet påbörjas* is information since session 53 (an event that begins): under the comment level
    source = build(tmp_path / "beslut.docx", P(R("Ni ska anmäla innan arbetet påbörjas.")))
    out = tmp_path / "kopia.docx"
    run(str(source), "--annotate", "--suggest", "-o", str(out))
    word = docx.Document(str(out))
    ours = _our_ids(word)
    on_word = [c for c in word.comments if "(jargon)" in c.text or "(passive-voice)" in c.text]
    assert {c.text.rsplit("\n", 1)[-1] for c in on_word} == {"(jargon)", "(passive-voice)"}
    for element in word.element.body.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference")):
        if element.get(qn("w:id")) in ours:  # never in klarlint's own deletion: accepting it deleted the comment
            assert not any(a.tag == qn("w:del") for a in element.iterancestors())
    for comment in on_word:
        start = next(
            e for e in word.element.body.iter(qn("w:commentRangeStart")) if e.get(qn("w:id")) == str(comment.comment_id)
        )
        following = start.getnext()
        while following.tag == qn("w:commentRangeStart"):
            following = following.getnext()
        assert following.tag == qn("w:del") and following.getnext().tag == qn("w:ins")


def test_a_copy_with_pending_changes_reviewed_again_gets_no_duplicate(tmp_path: Path, capsys) -> None:
    # The passive comment quotes its sentence: *25%* in the first copy, *25 %* read from klarlint's insertion.
    source = build(tmp_path / "beslut.docx", P(R("Avgiften är 10.000 kronor, varav 25% betalas i förskott.")))
    first = tmp_path / "beslut.klarlint.docx"
    run(str(source), "--annotate", "--suggest")
    again = tmp_path / "igen.docx"
    capsys.readouterr()
    run(str(first), "--annotate", "--suggest", "-o", str(again))
    before = [c.text for c in docx.Document(str(first)).comments]
    after = [c.text for c in docx.Document(str(again)).comments]
    assert any("(passive-voice)" in text for text in before)
    assert after == before
    assert "(0 kommentarer" in capsys.readouterr().err


def test_a_suggestion_left_as_a_comment_says_why(tmp_path: Path) -> None:
    def setup(word) -> None:
        rel = word.part.relate_to("https://example.se", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, True)
        link = next(p for p in word.element.body.iter(qn("w:p")) if "LÄNK" in "".join(p.itertext()))
        for run_ in list(link):
            link.remove(run_)
        link.append(parse_xml(f'<w:hyperlink {NS} r:id="{rel}"><w:r><w:t>Ni skall läsa här</w:t></w:r></w:hyperlink>'))
        # words of the writer's own beside it: a paragraph that is one long link is another page's title
        link.append(parse_xml(f'<w:r {NS}><w:t xml:space="preserve"> om ni vill veta mer.</w:t></w:r>'))

    source = build(
        tmp_path / "brev.docx",
        P(R("Du skall svara.")),
        P(R("LÄNK")),
        _control(P(R("Ni skall ringa."))),
        P(R("Vi har prövat ärendet."), BOX(P(R("Avgiften skall betalas.")))),
        setup=setup,
    )
    out = tmp_path / "kopia.docx"
    run(str(source), "--annotate", "--suggest", "-o", str(out))
    reasons = [
        next((line for line in c.text.splitlines() if line.startswith("Ingen spårad ändring")), None)
        for c in docx.Document(str(out)).comments
        if "(skall)" in c.text
    ]
    assert sorted(reasons, key=str) == [
        "Ingen spårad ändring: ordet står i en länk.",
        "Ingen spårad ändring: ordet står i en textruta.",
        "Ingen spårad ändring: ordet står i ett fält för innehåll.",
        None,  # the changed one needs no reason
    ]
    # --annotate alone changes nothing, so no comment explains a missing change
    plain = tmp_path / "bara.docx"
    run(str(source), "--annotate", "-o", str(plain))
    assert not any("Ingen spårad ändring" in c.text for c in docx.Document(str(plain)).comments)


# --- --fix with a Word document -------------------------------------------------------------------


def test_fix_on_a_folder_lints_its_word_document_and_leaves_it_with_a_notice(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    letter = build(folder / "beslut.docx", P(R("Du skall svara.")))
    original = letter.read_bytes()
    (folder / "a.md").write_text("Ni skall komma.\n", encoding="utf-8")
    code = run(str(folder), "--fix", "--format", "json")
    out, err = capsys.readouterr()
    assert code == 1  # the Word document's findings, not an error (it had been 2, and the document not linted)
    assert (folder / "a.md").read_text(encoding="utf-8") == "Ni ska komma.\n"
    assert letter.read_bytes() == original
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert not files["beslut.docx"].get("error")
    assert [f["rule"] for f in files["beslut.docx"]["findings"]] == ["skall"]
    assert [n["code"] for n in files["beslut.docx"]["notices"]] == ["not-fixed"]
    assert "använd --suggest" in files["beslut.docx"]["notices"][0]["message"]
    assert "Traceback" not in err


def test_fix_on_one_word_document_is_one_refusal_and_no_report(tmp_path: Path, capsys) -> None:
    letter = build(tmp_path / "beslut.docx", P(R("Du skall svara.")))
    assert run(str(letter), "--fix") == 2
    out, err = capsys.readouterr()
    assert out == ""  # *0 anmärkningar i 0 filer.* had followed the refusal
    assert err.strip().endswith("beslut.docx: --fix ändrar inte Word-dokument; använd --suggest (spårade ändringar)")


# --- what the reader makes of a letter's lines ----------------------------------------------------


def _cell(text: str) -> str:
    return f"<w:tc>{P(R(text))}</w:tc>"


def test_a_line_of_labels_is_a_line_a_table_of_them_a_table(tmp_path: Path) -> None:
    from klarlint.linter import lint_document
    from klarlint.readers import read_path

    rows = "".join(
        f"<w:tr>{_cell(label)}{_cell(value)}</w:tr>"
        for label, value in (("Beslutad av", "Kommunfullmäktige"), ("Gäller till", "2027-12-31"))
    )
    table = f'<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>{rows}</w:tbl>'
    letter = build(
        tmp_path / "brev.docx",
        P(R("Diarienummer: BN 2024/123 Handläggare: Anna Lindqvist")),
        P(R("Vi har beviljat er ansökan om bygglov.")),
        P(R("Handläggare: Anna Lindqvist, telefon 090-16 10 00.")),
    )
    notices = [n.message for n in lint_document(read_path(letter)).notices]
    assert notices == ["Raderna med uppgifter om dokumentet granskades inte (inte löptext)."]
    policy = build(tmp_path / "policy.docx", table, P(R("Policyn gäller alla anställda i kommunen.")))
    notices = [n.message for n in lint_document(read_path(policy)).notices]
    assert notices == ["Tabellen med uppgifter om dokumentet granskades inte (inte löptext)."]


def _link_setup(word) -> None:
    """The paragraph that reads LÄNK gets a w:hyperlink *klicka här* to a page."""
    rel = word.part.relate_to("https://example.se/overklaga", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, True)
    for paragraph in word.element.body.iter(qn("w:p")):
        for text in paragraph.iter(qn("w:t")):
            if "LÄNK" in (text.text or ""):
                text.text = text.text.replace("LÄNK", "")
                link = f'<w:hyperlink {NS} r:id="{rel}"><w:r><w:t>klicka här</w:t></w:r></w:hyperlink>'
                text.getparent().addnext(parse_xml(link))
                tail = parse_xml(f'<w:r {NS}><w:t xml:space="preserve">.</w:t></w:r>')
                text.getparent().getparent().append(tail)


SIMPLE = f"<w:fldSimple {NS} w:instr=' HYPERLINK \"https://example.se\" '>{{}}</w:fldSimple>"


def test_word_links_with_vague_texts_are_flagged(tmp_path: Path) -> None:
    from test_docx_review import END, FIELD, findings

    source = build(
        tmp_path / "brev.docx",
        P(R("Om ni vill överklaga beslutet, LÄNK")),  # a w:hyperlink
        P(R("Vill du veta mer, "), FIELD('HYPERLINK "https://example.se"'), R("klicka här"), END, R(".")),
        P(R("Läs "), SIMPLE.format(R("här")), R(".")),
        P(R("Ni kan klicka här för att se ritningen.")),  # no link: no finding
        P(R("Läs "), FIELD('HYPERLINK "https://example.se"'), R("Läs mer om bygglov"), END, R(".")),  # a good text
        setup=_link_setup,
    )
    found, _ = findings(source, "link-text")
    assert [(f.line, f.text) for f in found] == [(1, "klicka här"), (2, "klicka här"), (3, "här")]
    # a page reference or a merge field is no link
    other = build(tmp_path / "falt.docx", P(R("Se "), FIELD("PAGEREF _Toc1 \\h"), R("här"), END, R(".")))
    assert findings(other, "link-text")[0] == []
