"""The line --annotate/--suggest print about the copy they wrote (health re-test s51: --suggest alone with nothing
to change had said *(0 kommentarer)*)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from klarlint.cli import main
from klarlint.docx_output import Copy
from klarlint.rewrite import copy_line


def _copy(comments: int, changes: int, annotated: bool) -> str:
    return copy_line(Copy(Path("a.klarlint.docx"), comments, changes, 0, 0, annotated=annotated))


def test_suggest_alone_counts_its_changes_even_when_none() -> None:
    assert _copy(0, 0, annotated=False) == "klarlint: skrev a.klarlint.docx (0 spårade ändringar)"
    assert _copy(0, 2, annotated=False) == "klarlint: skrev a.klarlint.docx (2 spårade ändringar)"


def test_annotate_counts_its_comments_and_any_changes() -> None:
    assert _copy(0, 0, annotated=True) == "klarlint: skrev a.klarlint.docx (0 kommentarer)"
    assert _copy(3, 1, annotated=True) == "klarlint: skrev a.klarlint.docx (3 kommentarer, 1 spårad ändring)"


def test_suggest_on_a_clean_document_says_no_changes(tmp_path: Path, capsys) -> None:
    document = docx.Document()
    document.add_paragraph("Vi har fått din ansökan. Du får svar inom två veckor.")
    path = tmp_path / "svar.docx"
    document.save(str(path))
    with pytest.raises(SystemExit) as stopped:
        main([str(path), "--suggest"])
    assert stopped.value.code == 0
    said = capsys.readouterr()
    assert "(0 spårade ändringar)" in said.out + said.err
    assert "kommentar" not in (said.out + said.err).split("skrev", 1)[1]
