"""--fix and --diff where the file system or another writer gets in the way (surface re-test 2, session 45)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from klarlint import atomic, rewrite
from klarlint.atomic import ChangedMeanwhile, write_atomically
from klarlint.cli import main


def run(*args: str) -> int:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code


def _fail_in(folder: Path, error: int, monkeypatch, where: str) -> None:
    """Writes into ``folder`` fail with ``error``: a read-only mount or a full disk (root writes through any mode)."""
    real = atomic.tempfile.mkstemp if where == "mkstemp" else atomic.os.fsync

    def mkstemp(*args, **kwargs):
        if Path(kwargs["dir"]) == folder:
            raise OSError(error, os.strerror(error), str(folder / ".a.txt.x.tmp"))
        return real(*args, **kwargs)

    def fsync(fd: int) -> None:
        if Path(os.readlink(f"/proc/self/fd/{fd}")).parent == folder:
            raise OSError(error, os.strerror(error))
        real(fd)

    if where == "mkstemp":
        monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    else:
        monkeypatch.setattr(atomic.os, "fsync", fsync)


@pytest.mark.parametrize(
    ("error", "where", "reason"),
    [(errno.EROFS, "mkstemp", "filsystemet är skrivskyddat"), (errno.ENOSPC, "fsync", "disken är full")],
)
def test_a_file_that_cannot_be_written_is_one_line_and_the_others_are_fixed(
    tmp_path: Path, monkeypatch, capsys, error: int, where: str, reason: str
) -> None:
    # the OSError had stopped the run as *internt fel: [Errno 30] Read-only file system*, with no JSON and the
    # other file not fixed
    locked = tmp_path / "ro"
    locked.mkdir()
    (locked / "a.txt").write_text("Du skall gå.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Vi skall gå.\n", encoding="utf-8")
    _fail_in(locked, error, monkeypatch, where)
    code = run(str(locked / "a.txt"), str(tmp_path / "b.txt"), "--fix", "--format", "json")
    captured = capsys.readouterr()
    assert code == 2
    assert f"{locked / 'a.txt'}: kan inte skriva den rättade filen ({reason}); filen är oförändrad" in captured.err
    assert "internt fel" not in captured.err and "Errno" not in captured.err
    assert [f["path"] for f in json.loads(captured.out)["files"]] == [str(locked / "a.txt"), str(tmp_path / "b.txt")]
    assert (locked / "a.txt").read_text(encoding="utf-8") == "Du skall gå.\n"
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "Vi ska gå.\n"
    assert sorted(p.name for p in locked.iterdir()) == ["a.txt"]  # no temporary file left


@pytest.mark.parametrize(
    "text",
    [
        "Rad ett.\nSista raden skall",  # the last lines had run together: *-Sista raden skall+Sista raden ska*
        "Du skall gå.\nMvh",  # the last line unchanged, as context without a line break
        "Du skall gå.\u2028Du skall komma.\fVi skall se.\n",  # splitlines had split at U+2028 and form feed
        "Du skall gå.\r\nMvh Anna\r\n",
    ],
)
def test_the_diff_applies_with_git_and_patch_and_gives_the_fixed_file(
    tmp_path: Path, monkeypatch, capsys, text: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("s.txt").write_bytes(text.encode("utf-8"))
    assert run("s.txt", "--diff") == 1
    patch = capsys.readouterr().out
    Path("s.diff").write_text(patch, encoding="utf-8", newline="")
    assert ("\\ No newline at end of file" in patch) == (not text.endswith("\n"))
    shutil.copy("s.txt", "fixed.txt")
    assert run("fixed.txt", "--fix") in (0, 1)
    for command in (["git", "apply", "--check", "s.diff"], ["patch", "-p1", "--dry-run", "-i", "s.diff"]):
        checked = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        assert checked.returncode == 0, (command, checked.stdout, checked.stderr)
    subprocess.run(["patch", "-s", "-p1", "-i", "s.diff"], check=True, timeout=60)
    assert Path("s.txt").read_bytes() == Path("fixed.txt").read_bytes()


def test_an_edit_made_while_the_file_was_linted_is_kept(tmp_path: Path, monkeypatch, capsys) -> None:
    # --fix read, linted for seconds and replaced the file: a line the writer saved meanwhile was lost
    path = tmp_path / "brev.txt"
    path.write_text("Du skall gå.\n", encoding="utf-8")
    real = rewrite.lint_document

    def lint_while_writer_saves(document, config, rules=None):
        with path.open("a", encoding="utf-8") as handle:
            handle.write("RAD SOM SKRIVAREN LADE TILL\n")
        return real(document, config, rules=rules)

    monkeypatch.setattr(rewrite, "lint_document", lint_while_writer_saves)
    assert run(str(path), "--fix") == 2
    assert f"{path}: filen ändrades under granskningen och rättades inte; kör igen" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8").startswith("Du skall gå.\nRAD SOM SKRIVAREN LADE TILL\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brev.txt"]


def test_the_writer_replaces_a_file_that_still_holds_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "brev.txt"
    path.write_bytes(b"gammal")
    write_atomically(path, b"ny", expected=b"gammal")
    assert path.read_bytes() == b"ny"
    with pytest.raises(ChangedMeanwhile):
        write_atomically(path, b"nyare", expected=b"gammal")
    assert path.read_bytes() == b"ny" and [p.name for p in tmp_path.iterdir()] == ["brev.txt"]


def test_a_file_with_several_hard_links_is_not_fixed_and_says_why(tmp_path: Path, capsys) -> None:
    # the rename had fixed one name and left the other with the old text, the link broken
    path = tmp_path / "hl.txt"
    path.write_text("Du skall gå.\n", encoding="utf-8")
    os.link(path, tmp_path / "hl2.txt")
    other = tmp_path / "c.txt"
    other.write_text("Vi skall gå.\n", encoding="utf-8")
    assert run(str(path), str(other), "--fix") == 2
    assert f"{path}: rättades inte, eftersom filen har flera hårda länkar" in capsys.readouterr().err
    assert path.stat().st_nlink == 2 and (tmp_path / "hl2.txt").read_text(encoding="utf-8") == "Du skall gå.\n"
    assert other.read_text(encoding="utf-8") == "Vi ska gå.\n"
    (tmp_path / "hl2.txt").unlink()
    assert run(str(path), "--fix") == 0  # one name again: fixed
    assert path.read_text(encoding="utf-8") == "Du ska gå.\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root gives a file away")
def test_the_fixed_file_keeps_its_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "brev.txt"
    path.write_text("Du skall gå.\n", encoding="utf-8")
    os.chown(path, 1000, 1000)
    path.chmod(0o640)
    assert run(str(path), "--fix") == 0
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o7777) == (1000, 1000, 0o640)
    assert path.read_text(encoding="utf-8") == "Du ska gå.\n"


def test_a_file_is_still_written_where_its_owner_cannot_be_kept(tmp_path: Path, monkeypatch) -> None:
    def refuse(*args) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "chown", refuse)
    path = tmp_path / "brev.txt"
    path.write_text("Du skall gå.\n", encoding="utf-8")
    path.chmod(0o604)
    assert run(str(path), "--fix") == 0
    assert path.read_text(encoding="utf-8") == "Du ska gå.\n" and path.stat().st_mode & 0o7777 == 0o604
