"""The command line says everything as one Swedish line, and shows a user's text as written."""

from __future__ import annotations

from pathlib import Path

from test_cli import klarlint


def _rule_folder(tmp_path: Path, title: str) -> None:
    rules = tmp_path / "regler"
    rules.mkdir()
    (rules / "egna.toml").write_text(
        f'id = "egen-regel"\ntype = "existence"\nterms = ["hej"]\nseverity = "warning"\ntitle = "{title}"\n'
        'message = "Undvik ”{text}”."\n',
        encoding="utf-8",
    )
    (tmp_path / "klarlint.toml").write_text('rules_path = ["regler"]\n', encoding="utf-8")


def test_rules_shows_a_title_with_brackets_as_written(tmp_path: Path) -> None:
    """Rich had read the title as markup: "[/hakparentes]" was an internal error, "[intern lista]" vanished."""
    _rule_folder(tmp_path, "Ord i [/hakparentes] och [intern lista]")
    result = klarlint("rules", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [row] = [line for line in result.stdout.splitlines() if "egen-regel" in line]
    assert "Ord i [/hakparentes] och [intern lista]" in row


def test_rules_shows_severities_in_swedish(tmp_path: Path) -> None:
    _rule_folder(tmp_path, "Egen")
    result = klarlint("rules", cwd=tmp_path)
    [row] = [line for line in result.stdout.splitlines() if "egen-regel" in line]
    assert "│ varning " in row
    assert not any(f"│ {word} " in result.stdout for word in ("warning", "error"))
