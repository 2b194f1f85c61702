"""--annotate/--suggest on one file they cannot review: the refusal alone, as --fix's (s50 Word re-test 6: a .docm
had printed *0 anmärkningar i 0 filer.* on stdout beside the refusal)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from test_docx_review import P, R, build, run


@pytest.mark.parametrize("option", ["--annotate", "--suggest"])
def test_one_macro_document_is_one_refusal_and_no_report(tmp_path: Path, capsys, option: str) -> None:
    built = build(tmp_path / "beslut.docx", P(R("Du skall svara.")))
    macros = tmp_path / "beslut.docm"
    shutil.copy(built, macros)
    original = macros.read_bytes()
    assert run(str(macros), option) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == (
        f"klarlint: {macros}: dokumentet har makron (.docm); --annotate och --suggest skriver ingen kopia av det "
        "(spara det som .docx utan makron och granska den filen)"
    )
    assert macros.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["beslut.docm", "beslut.docx"]  # no copy written


def test_one_markdown_file_with_annotate_is_one_refusal(tmp_path: Path, capsys) -> None:
    text = tmp_path / "a.md"
    text.write_text("Du skall svara.\n", encoding="utf-8")
    assert run(str(text), "--annotate") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip().endswith(
        "a.md: --annotate och --suggest gäller bara Word-dokument (.docx) och Word-mallar (.dotx)"
    )


def test_a_folder_still_reviews_its_word_document_and_tells_what_it_skipped(tmp_path: Path, capsys) -> None:
    built = build(tmp_path / "beslut.docx", P(R("Du skall svara.")))
    shutil.copy(built, tmp_path / "gammal.docm")
    assert run(str(tmp_path), "--annotate") == 1  # the document's finding; the .docm a notice, not an error
    out, err = capsys.readouterr()
    assert "gammal.docm" in out and "hoppades över: dokumentet har makron" in out
    assert (tmp_path / "beslut.klarlint.docx").is_file()
    assert not (tmp_path / "gammal.klarlint.docm").exists()
