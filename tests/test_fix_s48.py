"""--diff of a file named by an absolute path: a patch git apply takes (tester s48: ``a//work/…`` was refused)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from klarlint.cli import main
from klarlint.fix import patch_path

TEXT = "Du skall skicka in ansökan.\n"


def run(*args: str) -> int:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code


def test_an_absolute_path_in_the_working_folder_is_named_relative_and_git_apply_takes_the_patch(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sidor").mkdir()
    page = tmp_path / "sidor" / "s.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert run(str(page), "--diff") == 1
    patch = capsys.readouterr().out
    assert patch.startswith("--- a/sidor/s.txt\n+++ b/sidor/s.txt\n")
    Path("s.diff").write_text(patch, encoding="utf-8")
    checked = subprocess.run(["git", "apply", "s.diff"], capture_output=True, text=True, timeout=60, check=False)
    assert checked.returncode == 0, checked.stderr
    assert page.read_text(encoding="utf-8") == "Du ska skicka in ansökan.\n"


def test_an_absolute_path_elsewhere_loses_only_its_leading_slash_as_git_diff_writes_it(tmp_path: Path, monkeypatch):
    elsewhere = tmp_path / "a"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert patch_path(str(tmp_path / "b" / "s.txt")) == (tmp_path / "b" / "s.txt").as_posix().lstrip("/")
    assert "//" not in patch_path(str(tmp_path / "b" / "s.txt"))
    assert patch_path("sidor/s.txt") == "sidor/s.txt"  # a relative path as it was given
