"""Patterns in declarative rules (``match = "pattern"``): what they flag, bad patterns, and patterns that hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import lint_text, rule_texts
from klarlint.errors import ConfigError
from klarlint.rules.declarative import PATTERN_TIMEOUT, load_rule_file

KLOCKAN = """
id = "klockan"
type = "substitution"
match = "pattern"
severity = "warning"
message = "Skriv klockslag som ”kl. 13.00”, inte ”{text}”."
terms = { 'kl ?\\d{1,2}(?:[:.]\\d{2})?' = "kl. 13.00" }
"""
# (a|aa)+$ backtracks exponentially on a run of a's that does not reach the end of the text.
CATASTROPHIC = """
id = "katastrof"
type = "existence"
match = "pattern"
message = "Mönstret träffade ”{text}”."
terms = ['(a|aa)+$']
"""
PRODUCT = """
id = "produktnamn"
type = "existence"
match = "pattern"
message = "Skriv produktnamnet som ”Microsoft Teams”, inte ”{text}”."
terms = ['(?i:\\bmicrosoft teams\\b)(?<!Microsoft Teams)']
"""


def write_rule(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_pattern_flags_what_a_word_list_cannot_say(tmp_path: Path) -> None:
    write_rule(tmp_path / "regler", "klockan", KLOCKAN)
    report = lint_text("Mötet börjar kl 9 och slutar kl. 10.00. Ring kl13.", rules_path=[str(tmp_path / "regler")])
    assert rule_texts(report, "klockan") == ["kl 9", "kl13"]
    [first, _] = [f for f in report.findings if f.rule == "klockan"]
    assert first.message == "Skriv klockslag som ”kl. 13.00”, inte ”kl 9”."
    assert first.replacements == ()  # a pattern says what is wrong, not what the text should be


def test_pattern_is_case_sensitive_unless_it_says_otherwise(tmp_path: Path) -> None:
    write_rule(tmp_path / "regler", "produktnamn", PRODUCT)
    report = lint_text(
        "Vi möts i microsoft teams. Microsoft Teams fungerar. MICROSOFT TEAMS också.",
        rules_path=[str(tmp_path / "regler")],
    )
    assert rule_texts(report, "produktnamn") == ["microsoft teams", "MICROSOFT TEAMS"]


@pytest.mark.parametrize("pattern", ["(unclosed", "a{2,1}", "\\"])
def test_invalid_pattern_is_a_config_error_naming_file_and_pattern(tmp_path: Path, pattern: str) -> None:
    path = write_rule(tmp_path, "trasig", CATASTROPHIC.replace("(a|aa)+$", pattern))
    with pytest.raises(ConfigError) as caught:
        load_rule_file(path)
    message = str(caught.value)
    assert str(path) in message and repr(pattern) in message and "\n" not in message


def test_pattern_with_occurrence_is_refused(tmp_path: Path) -> None:
    path = write_rule(tmp_path, "antal", CATASTROPHIC.replace('"existence"', '"occurrence"'))
    with pytest.raises(ConfigError, match="pattern"):
        load_rule_file(path)


def test_catastrophic_pattern_stops_and_the_other_rules_still_report(tmp_path: Path) -> None:
    write_rule(tmp_path / "regler", "katastrof", CATASTROPHIC)
    text = "Ansökan skall lämnas in. " + "a" * 60 + "!"
    report = lint_text(text, rules_path=[str(tmp_path / "regler")])
    assert rule_texts(report, "skall") == ["skall"]
    assert rule_texts(report, "katastrof") == []
    [error] = report.rule_errors
    assert "katastrof.toml" in error and "'(a|aa)+$'" in error and f"{PATTERN_TIMEOUT:g} s" in error


def test_cli_reports_the_hanging_pattern_in_one_line_and_exits_2(tmp_path: Path) -> None:
    write_rule(tmp_path / "regler", "katastrof", CATASTROPHIC)
    (tmp_path / "klarlint.toml").write_text('rules_path = ["regler"]\n', encoding="utf-8")
    path = tmp_path / "brev.txt"
    path.write_text("Ansökan skall lämnas in. " + "a" * 60 + "!\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", "from klarlint.cli import main; main()", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=os.environ,
        timeout=120,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "katastrof.toml" in lines[0] and "(a|aa)+$" in lines[0], result.stderr
    [file_report] = json.loads(result.stdout)["files"]
    rules = [f["rule"] for f in file_report["findings"]]
    assert "skall" in rules and "katastrof" not in rules
    assert file_report["rule_errors"] == [lines[0].removeprefix("klarlint: ")]


def test_language_server_keeps_serving_when_a_pattern_hangs(tmp_path: Path) -> None:
    from klarlint.lsp.engine import Engine

    write_rule(tmp_path / "regler", "katastrof", CATASTROPHIC)
    (tmp_path / "klarlint.toml").write_text('rules_path = ["regler"]\n', encoding="utf-8")
    engine = Engine()
    result = engine.lint("Ansökan skall lämnas in. " + "a" * 60 + "!\n", "text", tmp_path / "brev.txt")
    assert "skall" in {f.rule for f in result.report.findings}
    assert any("katastrof.toml" in e for e in result.report.rule_errors)
    again = engine.lint("Ansökan skall lämnas in.\n", "text", tmp_path / "brev.txt")
    assert "skall" in {f.rule for f in again.report.findings} and not again.report.rule_errors
