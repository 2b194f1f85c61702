"""``--annotate``/``--suggest`` on many files and long documents: where the copies go, which findings become
comments (--comment-level, --max-comments), comment ids, and the refusals said before the lint.

From the session 41 tester's report (/tmp/s41/word): a folder with ``-o`` had written every copy to one name (an
annotated copy lost with --force); LibreOffice did not open the copy of a 300-page report with 5,551 comments in
ten minutes; python-docx looked for the next comment id among all comments for each new one; the run never said
where its copy went.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from klarlint.docx_output import default_output
from test_docx_output import R_NS, W_NS, anchored_texts, convert, reviewed, run, soffice  # noqa: F401 (a fixture)

SUMMARY = "klarlint: sammanfattning"


def _document(path: Path, *paragraphs: str) -> Path:
    word = docx.Document()
    for text in paragraphs:
        word.add_paragraph(text)
    word.save(str(path))
    return path


def _comments(path: Path) -> list:
    return [c for c in reviewed(path).comments if not c.text.startswith(SUMMARY)]


def _summary(path: Path) -> str:
    return next(c.text for c in reviewed(path).comments if c.text.startswith(SUMMARY))


# --- -o with a folder ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_o_with_a_folder_of_two_documents_is_refused_before_the_lint(tmp_path: Path, capsys, force) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    _document(folder / "a.docx", "Du skall svara i dag.")
    _document(folder / "b.docx", "Vi erhöll din ansökan.")
    out = tmp_path / "granskad.docx"
    assert run(str(folder), "--annotate", "-o", str(out), *force) == 2
    assert "-o/--output går bara med --annotate eller --suggest och en enda .docx-fil" in capsys.readouterr().err
    assert not out.exists()  # with --force, b's copy had been written over a's
    assert sorted(p.name for p in folder.iterdir()) == ["a.docx", "b.docx"]


def test_o_with_a_folder_of_one_document_writes_its_copy(tmp_path: Path) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    _document(folder / "a.docx", "Du skall svara i dag.")
    (folder / "notes.md").write_text("Du skall svara.\n", encoding="utf-8")  # skipped: no Word copy of it
    out = tmp_path / "granskad.docx"
    assert run(str(folder), "--annotate", "-o", str(out)) == 1
    assert out.is_file() and not default_output(folder / "a.docx").exists()


def test_o_in_a_missing_folder_is_refused_in_words_before_the_lint(tmp_path: Path, capsys, monkeypatch) -> None:
    source = _document(tmp_path / "a.docx", "Du skall svara i dag.")
    monkeypatch.setattr("klarlint.docx_output.lint_document", lambda *a, **k: pytest.fail("linted first"))
    assert run(str(source), "--annotate", "-o", str(tmp_path / "saknas" / "x.docx")) == 2
    assert f"mappen {tmp_path / 'saknas'} finns inte" in capsys.readouterr().err


# --- which findings become comments -----------------------------------------------------------------------------

QUOTED = "Hon skrev ”vi erhöll pengarna” i sitt brev. Vi erhöll svaret."  # info (a quotation), then a warning


def test_info_findings_are_counted_in_the_summary_not_commented(tmp_path: Path) -> None:
    source = _document(tmp_path / "citat.docx", QUOTED)
    assert run(str(source), "--annotate") == 1
    out = default_output(source)
    comments = _comments(out)
    assert [anchored_texts(reviewed(out))[str(c.comment_id)] for c in comments] == ["erhöll"]
    assert "står i ett citat" not in comments[0].text  # the writer's own word, not the speaker's
    summary = _summary(out)
    assert "jargon: 2" in summary  # both are counted
    assert "1 anmärkning på nivån info har ingen egen kommentar" in summary
    assert "--comment-level info" in summary


def test_comment_level_info_comments_every_finding(tmp_path: Path) -> None:
    source = _document(tmp_path / "citat.docx", QUOTED)
    assert run(str(source), "--annotate", "--comment-level", "info") == 1
    out = default_output(source)
    assert len(_comments(out)) == 2
    assert "har ingen egen kommentar" not in _summary(out)


def test_comment_level_error_leaves_warnings_to_the_summary(tmp_path: Path) -> None:
    source = _document(tmp_path / "citat.docx", QUOTED)
    assert run(str(source), "--annotate", "--comment-level", "error") == 1
    out = default_output(source)
    assert _comments(out) == []
    assert "2 anmärkningar på nivån info och warning har ingen egen kommentar" in _summary(out)


LONG = (  # 40 words in one sentence: a long-sentence error
    "Kommunen har beslutat att ge dig bidrag för att bygga om ditt hus så att du kan bo kvar hemma med "
    "hjälp av hemtjänsten och dina anhöriga som kommer på besök varje vecka och hjälper dig med det som "
    "du inte klarar själv i vardagen."
)


def test_max_comments_keeps_errors_first_and_says_what_was_left_out(tmp_path: Path, capsys) -> None:
    source = _document(tmp_path / "brev.docx", "Du skall svara. Du skall ringa. Du skall skriva.", LONG)
    assert run(str(source), "--annotate", "--max-comments", "2") == 1
    out = default_output(source)
    anchored = anchored_texts(reviewed(out))
    texts = [anchored[str(c.comment_id)] for c in _comments(out)]
    assert texts == ["skall", LONG]  # the error (paragraph 2) before the later warnings of paragraph 1
    summary = _summary(out)
    assert "skall: 3" in summary
    assert "Högst 2 kommentarer (--max-comments): 2 anmärkningar till har ingen egen kommentar" in summary
    assert "över taket på 2 (--max-comments)" in capsys.readouterr().err


def test_max_comments_zero_writes_the_summary_only(tmp_path: Path) -> None:
    source = _document(tmp_path / "brev.docx", "Du skall svara.")
    assert run(str(source), "--annotate", "--max-comments", "0") == 1
    out = default_output(source)
    assert _comments(out) == [] and "skall: 1" in _summary(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--max-comments", "40000"], "--max-comments ska vara mellan 0 och 32767"),  # Word opens no more
        (["--comment-level", "varning"], "okänt värde för --comment-level"),
        (["--comment-level", "info"], "går bara med --annotate eller --suggest"),
    ],
)
def test_comment_options_are_checked(tmp_path: Path, capsys, args: list[str], message: str) -> None:
    source = _document(tmp_path / "brev.docx", "Du skall svara.")
    more = ["--annotate"] if args[0] == "--max-comments" or args[1] == "varning" else []
    assert run(str(source), *more, *args) == 2
    assert message in capsys.readouterr().err


# --- ids -------------------------------------------------------------------------------------------------------


def test_comment_ids_come_from_klarlints_counter(tmp_path: Path, monkeypatch) -> None:
    # python-docx's add_comment scanned every comment for the next id: 5,551 comments took most of a minute.
    from docx.oxml.comments import CT_Comments

    def scan(self):
        raise AssertionError("python-docx searched for the next comment id")

    source = tmp_path / "brev.docx"
    word = docx.Document()
    word.add_paragraph("Du skall svara. Vi erhöll din ansökan.")
    word.comments.add_comment(text="Anna tycker till.", author="Anna")  # someone's comment, id 0
    word.save(str(source))
    monkeypatch.setattr(CT_Comments, "_next_available_comment_id", scan)
    assert run(str(source), "--annotate", "--suggest") == 1
    copy = reviewed(default_output(source))
    comments = list(copy.comments)
    assert [c.author for c in comments].count("klarlint") == 3  # two findings and the summary
    assert next(c for c in comments if c.author == "Anna").text == "Anna tycker till."
    ids = [c.comment_id for c in comments]
    changes = [int(e.get(qn("w:id"))) for e in copy.element.body.iter(qn("w:ins"), qn("w:del"))]
    assert changes and len(set(ids + changes)) == len(ids) + len(changes)  # unique across kinds
    assert set(anchored_texts(copy)) == {str(i) for i in ids} - {"0"}  # every klarlint comment is anchored
    klarlint = next(c for c in comments if c.text.startswith("Skriv ”ska”"))
    assert klarlint.initials == "KL" and klarlint.timestamp is not None
    assert klarlint.paragraphs[-1].text == "(skall)"  # one paragraph a line, as python-docx writes them


# --- where the copy went ---------------------------------------------------------------------------------------


def test_each_copy_written_is_one_line_on_stderr_and_json_stays_clean(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    _document(folder / "a.docx", "Du skall svara i dag.")
    _document(folder / "b.docx", "Vi har inga anmärkningar här.")
    assert run(str(folder), "--annotate", "--suggest", "-f", "json") == 1
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["files"]) == 2
    assert f"klarlint: skrev {folder / 'a.klarlint.docx'} (1 kommentar, 1 spårad ändring)" in captured.err
    assert f"klarlint: skrev {folder / 'b.klarlint.docx'} (0 kommentarer)" in captured.err
    # a copy refused is said too (its own error line), and no line says it was written
    assert run(str(folder), "--annotate") == 2
    err = capsys.readouterr().err
    assert err.count("filen finns redan") == 2 and "skrev" not in err


# --- old Word files ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("more", [[], ["--annotate"]])
def test_an_old_word_file_is_named_as_one(tmp_path: Path, capsys, more: list[str]) -> None:
    source = tmp_path / "gammal.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # a Compound File, as Word 97–2003 wrote
    assert run(str(source), *more) == 2
    assert "filen är ett äldre Word-dokument (.doc); spara den som .docx" in capsys.readouterr().err


# --- a colleague's tracked insertion and the summary's notices ----------------------------------------------------

BO = 'w:author="Bo" w:date="2024-05-03T10:00:00Z"'


def _with_insertion(path: Path) -> Path:
    word = docx.Document()
    word.add_paragraph("Beslut om bidrag")
    body = word.element.body
    body.insert(
        len(body) - 1,
        parse_xml(
            f'<w:p {W_NS} {R_NS}><w:r><w:t xml:space="preserve">Vi har beslutat. </w:t></w:r>'
            f'<w:ins w:id="90" {BO}><w:r><w:t xml:space="preserve">Du skall svara</w:t></w:r></w:ins>'
            '<w:r><w:t xml:space="preserve"> senast i morgon.</w:t></w:r></w:p>'
        ),
    )
    word.save(str(path))
    return path


def test_the_comment_mark_goes_after_a_colleagues_insertion(tmp_path: Path) -> None:
    # Inside Bo's w:ins, Word showed klarlint's mark as Bo's insertion, and rejecting it deleted klarlint's comment.
    source = _with_insertion(tmp_path / "bo.docx")
    assert run(str(source), "--annotate", "--suggest") == 1
    copy = reviewed(default_output(source))
    skall = next(c for c in copy.comments if c.text.startswith("Skriv ”ska”"))
    assert anchored_texts(copy)[str(skall.comment_id)] == "skall"  # the range still ends on the word
    reference = next(
        e for e in copy.element.body.iter(qn("w:commentReference")) if e.get(qn("w:id")) == str(skall.comment_id)
    )
    run_element = reference.getparent()
    assert run_element.getparent().tag == qn("w:p")
    assert run_element.getprevious().tag == qn("w:ins") and run_element.getprevious().get(qn("w:author")) == "Bo"
    assert not [e for e in copy.element.body.iter(qn("w:ins")) if e.get(qn("w:author")) == "klarlint"]


def test_libreoffice_keeps_the_comment_after_a_colleagues_insertion(soffice: str, tmp_path: Path) -> None:  # noqa: F811
    source = _with_insertion(tmp_path / "bo.docx")
    out = tmp_path / "granskad.docx"
    assert run(str(source), "--annotate", "-o", str(out)) == 1
    again = reviewed(convert(soffice, out, "docx:MS Word 2007 XML", tmp_path / "rundtur"))
    texts = {c.text.split("\n")[0] for c in again.comments}
    assert {c.text.split("\n")[0] for c in reviewed(out).comments} <= texts
    assert {e.get(qn("w:author")) for e in again.element.body.iter(qn("w:ins"))} == {"Bo"}


def test_a_notice_in_the_summary_names_its_paragraph(tmp_path: Path) -> None:
    # t1.docx: "Tabellen med uppgifter om dokumentet granskades inte (inte löptext)." had named no place
    source = _document(
        tmp_path / "beslut.docx", "Du skall svara senast den 1 mars.", "Beslutsdatum: 5 maj 2025", "Vi har beslutat."
    )
    assert run(str(source), "--annotate") == 1
    lines = _summary(default_output(source)).splitlines()
    assert "Stycke 2: Raden med uppgifter om dokumentet granskades inte (inte löptext)." in lines  # a line, no table


def test_a_notice_that_names_its_paragraph_is_not_given_a_second_place(tmp_path: Path) -> None:
    source = _document(
        tmp_path / "mall.docx",
        "Du skall svara senast den 1 mars.",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
    )
    assert run(str(source), "--annotate") == 1
    notices = [line for line in _summary(default_output(source)).splitlines() if "stycke 2" in line.lower()]
    assert len(notices) == 1 and not notices[0].startswith("Stycke 2:"), notices


def test_suggest_alone_counts_only_what_would_have_been_commented(tmp_path: Path, capsys) -> None:
    # The quoted word (info, advice only) would get no comment from --suggest at any level: the line does not
    # call it left out. The writer's own one is changed.
    source = _document(tmp_path / "citat.docx", QUOTED)
    assert run(str(source), "--suggest") == 1
    out = default_output(source)
    assert _comments(out) == []
    assert capsys.readouterr().err == f"klarlint: skrev {out} (1 spårad ändring)\n"
