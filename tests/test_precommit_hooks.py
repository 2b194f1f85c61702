""".pre-commit-hooks.yaml: the hook pre-commit installs must pick klarlint's files and run as written."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from conftest import ROOT
from klarlint.readers import FORMATS
from test_cli import PASSIVE, klarlint

[HOOK] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_hook_runs_the_installed_command() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert (HOOK["id"], HOOK["entry"], HOOK["language"]) == ("klarlint", "klarlint", "python")
    assert HOOK["entry"] in scripts
    assert HOOK["require_serial"] is False
    assert {"text", "markdown", "html"} <= set(HOOK["types_or"])


def test_hook_files_pattern_matches_every_readable_format_and_nothing_else() -> None:
    pattern = re.compile(HOOK["files"])
    for suffix in FORMATS:
        assert pattern.search(f"docs/sida{suffix}") and pattern.search(f"docs/SIDA{suffix.upper()}"), suffix
    for other in ("setup.py", "pyproject.toml", "bild.png", "data.json", "docs/sida.md.orig"):
        assert not pattern.search(other), other


def test_hook_command_line_lints_the_files_pre_commit_passes(tmp_path: Path) -> None:
    (tmp_path / "brev.txt").write_text(PASSIVE, encoding="utf-8")
    (tmp_path / "bra.md").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    result = klarlint(*HOOK["args"], "bra.md", "brev.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # pre-commit fails the commit on exit code 1
    assert "behandlats" in result.stdout and "brev.txt" in result.stdout
