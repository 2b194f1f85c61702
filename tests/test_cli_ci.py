"""klarlint in CI and pre-commit: what the README's workflow installs, files named on the command line, git refs."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from test_cli import klarlint

SENTENCE = "Ansökan skall lämnas in senast den 1 mars."
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    return README[start : README.index("\n## ", start + 1)]


# --- the README's CI section --------------------------------------------------------------------------------------


def test_the_workflow_installs_no_package_of_that_name_from_pypi() -> None:
    """klarlint is not on PyPI: a copied *pip install klarlint* failed, and would install a stranger's package if
    anyone registered the name (dependency confusion)."""
    section = _section("CI and pre-commit")
    installs = re.findall(r"^\s*- run: pip install (.+)", section, re.MULTILINE)
    assert installs, "the workflow installs klarlint"
    for line in installs:
        assert "git+" in line and "@<commit>" in line, line
    assert "not on PyPI" in section


def test_the_readme_lists_the_suffixes_the_hook_takes() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    group = re.search(r"\\\.\(([^)]*)\)", hook["files"]).group(1)
    in_hook = {f".{suffix}" for suffix in group.split("|")}
    in_hook = {s for suffix in in_hook for s in (suffix.replace("l?", "l"), suffix.replace("l?", ""))}
    said = re.search(r"The hook takes (.*?) files", _section("CI and pre-commit"), re.DOTALL).group(1)
    assert set(re.findall(r"`(\.\w+)`", said)) == in_hook
    # no commit so old that its hook lacks formats the README promises (the pin had been 1,100 commits old)
    assert not re.search(r"^\s*rev:\s*[0-9a-f]{7,40}\b", README, re.MULTILINE)


# --- exclude applies to files named on the command line ---------------------------------------------------------


def test_exclude_applies_to_named_files(tmp_path: Path) -> None:
    """pre-commit names every staged file, never a folder: docs/arkiv/old.md had been linted and the commit refused
    though klarlint.toml excluded docs/arkiv/."""
    (tmp_path / "docs" / "arkiv").mkdir(parents=True)
    (tmp_path / "klarlint.toml").write_text('exclude = ["docs/arkiv/", "gammal.txt"]\n', encoding="utf-8")
    for name in ("docs/arkiv/old.md", "gammal.txt", "docs/ny.md"):
        (tmp_path / name).write_text(SENTENCE + "\n", encoding="utf-8")
    result = klarlint("--jobs=1", "docs/arkiv/old.md", "gammal.txt", "docs/ny.md", "--format", "json", cwd=tmp_path)
    files = json.loads(result.stdout)["files"]
    assert [f["path"] for f in files if not f.get("skipped")] == ["docs/ny.md"]  # the excluded ones: skipped (s43)
    only_excluded = klarlint("docs/arkiv/old.md", "gammal.txt", cwd=tmp_path)
    assert only_excluded.returncode == 0, only_excluded.stdout
    # a file outside the config's folder is not matched by its patterns
    (tmp_path / "docs" / "klarlint.toml").write_text('exclude = ["/arkiv/"]\n', encoding="utf-8")
    assert klarlint("docs/arkiv/old.md", cwd=tmp_path).returncode == 0
    assert klarlint("docs/ny.md", cwd=tmp_path).returncode == 1


# --- --changed-since ----------------------------------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _repository(folder: Path) -> Path:
    folder.mkdir()
    _git(folder, "init", "-q")
    _git(folder, "config", "user.email", "t@example.se")
    _git(folder, "config", "user.name", "Test")
    (folder / "docs").mkdir()
    (folder / "docs" / "a.md").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    _git(folder, "add", ".")
    _git(folder, "commit", "-qm", "start")
    (folder / "docs" / "a.md").write_text(SENTENCE + "\n", encoding="utf-8")
    return folder


def test_changed_since_refuses_a_ref_git_would_take_for_an_option(tmp_path: Path) -> None:
    """*--changed-since=-p* had linted nothing and passed; *--output=FILE* made git write the file."""
    repo = _repository(tmp_path / "repo")
    target = tmp_path / "skrivs.txt"
    for ref, said in (
        ("-p", "okänd git-referens '-p' (en referens börjar inte med -)"),
        (f"--output={target}", f"okänd git-referens '--output={target}'"),
        ("", "git-referensen är tom"),
    ):
        result = klarlint("docs", f"--changed-since={ref}", cwd=repo)
        assert result.returncode == 2, (ref, result.stdout)
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"klarlint: --changed-since: {said}"), line
    assert not target.exists()
    assert klarlint("docs", "--changed-since", "HEAD", cwd=repo).returncode == 1  # a real ref still works


def test_changed_since_asks_the_repository_of_the_linted_path(tmp_path: Path) -> None:
    """From outside the repository, *klarlint repo/docs --changed-since HEAD* had said "not a git repository"."""
    _repository(tmp_path / "repo")
    result = klarlint("repo/docs", "--changed-since", "HEAD", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == ["repo/docs/a.md"]


# --- one rule turned on and off at once ---------------------------------------------------------------------------


def test_a_rule_both_enabled_and_disabled_in_one_place_is_refused(tmp_path: Path) -> None:
    """The command line had let --enable win and the configuration disable: the same contradiction, opposite
    results, and neither said a word."""
    (tmp_path / "w.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    for order in (("--enable", "skall", "--disable", "skall"), ("--disable", "skall", "--enable", "skall")):
        result = klarlint("w.txt", *order, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.strip() == "klarlint: --enable och --disable nämner båda 'skall': välj det ena"
    (tmp_path / "klarlint.toml").write_text('enable = ["skall"]\ndisable = ["skall"]\n', encoding="utf-8")
    result = klarlint("w.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("klarlint.toml: 'skall' står både i enable och disable: välj det ena")
    # across the two places the command line wins, as documented: --disable over the file's enable
    (tmp_path / "klarlint.toml").write_text('enable = ["skall"]\n', encoding="utf-8")
    assert "varning  skall" not in klarlint("w.txt", "--disable", "skall", cwd=tmp_path).stdout
    (tmp_path / "klarlint.toml").write_text('disable = ["skall"]\n', encoding="utf-8")
    assert "varning  skall" in klarlint("w.txt", "--enable", "skall", cwd=tmp_path).stdout


# --- messages: the key, the level's English word, TOML's spelling, a likely flag ------------------------------------


@pytest.mark.parametrize(
    ("config", "args", "said"),
    [
        ("fail_on = 3\n", [], "klarlint.toml: fail_on: okänd allvarlighetsgrad 3 (error, warning eller info)"),
        (
            '[rules.long-sentence]\nseverity = "fel"\n',
            [],
            "klarlint.toml: [rules.long-sentence] severity: okänd allvarlighetsgrad 'fel' (error, warning eller info; "
            "skriv error)",
        ),
        ("[rules.long-sentence]\nmax_words = true\n", [], "(fick true)"),
        (
            "",
            ["--fail-on", "varning"],
            "okänt värde för --fail-on: 'varning' (error, warning eller info; skriv warning)",
        ),
        ("", ["--bogus"], "klarlint: okänd flagga --bogus (se klarlint --help)"),  # click had offered --jobs
        ("", ["--fial-on", "error"], "klarlint: okänd flagga --fial-on (menade du --fail-on?)"),
    ],
)
def test_messages_name_the_key_and_the_word_to_write(tmp_path: Path, config: str, args: list[str], said: str) -> None:
    (tmp_path / "klarlint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Hej.\n", encoding="utf-8")
    result = klarlint("a.txt", *args, cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.endswith(said), line


def test_a_missing_argument_is_named_in_words() -> None:
    result = klarlint("explain")
    assert result.returncode == 2
    assert result.stderr.strip() == "klarlint: ange regelns id (till exempel klarlint explain passive-voice)"
