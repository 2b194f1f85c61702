"""Sub-checks (issue 15 point 2): a part of a rule a user may turn off on its own, by its own id, while the
rule's id still names the whole rule in config, on the command line and in inline comments."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import lint_text
from klarlint.errors import ConfigError
from klarlint.rules.registry import all_rules
from test_cli import klarlint

TEXT = "Kommunen har 12000 invånare och 15% är unga, c:a hälften.\n"


def subchecks(report) -> list[str | None]:
    return [f.subcheck for f in report.findings if f.rule == "numbers-and-dates"]


def test_findings_say_which_subcheck_found_them() -> None:
    assert subchecks(lint_text(TEXT)) == ["thousands-separator", "percent-sign", "cirka"]
    report = lint_text(TEXT)
    assert report.findings[0].to_json()["subcheck"] == "thousands-separator"
    assert "subcheck" not in lint_text("Du skall svara.\n").findings[0].to_json()  # a rule without sub-checks


def test_a_subcheck_is_turned_off_alone_and_the_rule_id_turns_off_all() -> None:
    assert subchecks(lint_text(TEXT, disable=["percent-sign"])) == ["thousands-separator", "cirka"]
    assert subchecks(lint_text(TEXT, disable=["numbers-and-dates"])) == []


def test_inline_comments_take_a_subcheck_or_the_rule() -> None:
    one = "<!-- klarlint-disable-next-line cirka -->\n" + TEXT
    assert subchecks(lint_text(one, "markdown")) == ["thousands-separator", "percent-sign"]
    whole = "<!-- klarlint-disable-next-line numbers-and-dates -->\n" + TEXT
    assert subchecks(lint_text(whole, "markdown")) == []


def test_the_command_line_takes_a_subcheck_and_still_refuses_unknown_ids(tmp_path: Path) -> None:
    letter = tmp_path / "brev.txt"
    letter.write_text(TEXT, encoding="utf-8")
    result = klarlint(str(letter), "--disable", "percent-sign", "--format", "json", cwd=tmp_path)
    assert "percent-sign" not in result.stdout and "thousands-separator" in result.stdout
    wrong = klarlint(str(letter), "--disable", "procent", cwd=tmp_path)
    assert wrong.returncode == 2 and "okänd regel 'procent'" in wrong.stderr


def test_a_removed_check_says_so_when_enabled_and_is_no_error_when_turned_off(tmp_path: Path) -> None:
    """passive-voice's needed-clause is gone (a need in a relative clause gets no finding): enabling it says what
    became of it, with exit 2; an old configuration or command line that turns it off still works."""
    letter = tmp_path / "brev.txt"
    letter.write_text("Vi gör de ändringar som behövs.\n", encoding="utf-8")
    wrong = klarlint(str(letter), "--enable", "needed-clause", cwd=tmp_path)
    assert wrong.returncode == 2 and "regeln 'needed-clause' finns inte längre: ett behov i en bisats" in wrong.stderr
    assert "Traceback" not in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1
    assert klarlint("explain", "needed-clause", cwd=tmp_path).returncode == 2
    assert klarlint(str(letter), "--disable", "needed-clause", cwd=tmp_path).returncode == 1  # the light verb phrase
    (tmp_path / "klarlint.toml").write_text('disable = ["needed-clause"]\n', encoding="utf-8")
    assert klarlint(str(letter), cwd=tmp_path).returncode == 1
    (tmp_path / "klarlint.toml").write_text('enable = ["needed-clause"]\n', encoding="utf-8")
    assert "finns inte längre" in klarlint(str(letter), cwd=tmp_path).stderr
    with pytest.raises(ConfigError, match="finns inte längre"):
        lint_text("Text.", enable=["needed-clause"])
    assert [f.rule for f in lint_text("Vi gör de ändringar som behövs.", disable=["needed-clause"]).findings] == [
        "nominalization"
    ]


def test_options_belong_to_the_rule_not_to_a_subcheck() -> None:
    with pytest.raises(ConfigError, match="okänd regel 'percent-sign'"):
        lint_text(TEXT, rules={"percent-sign": {"severity": "info"}})


def test_a_subcheck_id_may_not_be_taken_by_another_rule(tmp_path: Path) -> None:
    (tmp_path / "egen.toml").write_text(
        'id = "cirka"\ntype = "existence"\nterms = ["cirka"]\nmessage = "Undvik ”{text}”."\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="regel-id 'cirka' finns två gånger"):
        all_rules([tmp_path])


def test_rules_lists_and_explain_explains_the_subchecks(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "from klarlint.cli import main; main()", "rules"]
    config = _config(tmp_path, 'disable = ["mkr"]')
    wide = {**os.environ, "COLUMNS": "250"}  # one table row a line
    listed = subprocess.run([*command, "--config", str(config)], capture_output=True, text=True, env=wide, timeout=300)
    rows = {line.split()[1]: line for line in listed.stdout.splitlines() if "del av numbers-and-dates" in line}
    assert set(rows) == {"thousands-separator", "date-format", "clock-time", "percent-sign", "cirka", "mkr"}
    assert rows["mkr"].rstrip(" │|").endswith("nej") and rows["cirka"].rstrip(" │|").endswith("ja")
    explained = klarlint("explain", "percent-sign", cwd=tmp_path)
    assert explained.returncode == 0 and "numbers-and-dates" in explained.stdout and "Delkontroller" in explained.stdout


def _config(folder: Path, text: str) -> Path:
    path = folder / "klarlint.toml"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_heading_keeps_its_other_checks_without_the_generic_heading_one() -> None:
    text = "# Information\n\n## Så söker du:\n\nText.\n"
    report = lint_text(text, "markdown", disable=["generic-heading"])
    kept = [f.subcheck for f in report.findings if f.rule == "heading"]
    assert kept == ["heading-punctuation"]
    every = [f.subcheck for f in lint_text(text, "markdown").findings if f.rule == "heading"]
    assert every == ["generic-heading", "heading-punctuation"]


def test_a_careful_review_subcheck_is_off_until_enabled_and_listed_so(tmp_path: Path) -> None:
    """nominalization's nominal-ratio is for careful review (RuleInfo.picky_subchecks): off by default, on by id;
    `klarlint rules` lists it as off and `explain` says how to turn it on."""
    info = next(rule.info for rule in all_rules() if rule.info.id == "nominalization")
    assert not info.subcheck_on_by_default("nominal-ratio") and info.subcheck_on_by_default("light-verb")
    command = [sys.executable, "-c", "from klarlint.cli import main; main()", "rules"]
    wide = {**os.environ, "COLUMNS": "250"}
    for setting, expected in (("", "nej"), ('enable = ["nominal-ratio"]', "ja")):
        config = _config(tmp_path, setting)
        listed = subprocess.run(
            [*command, "--config", str(config)], capture_output=True, text=True, env=wide, timeout=300
        )
        [row] = [line for line in listed.stdout.splitlines() if "nominal-ratio" in line]
        assert row.rstrip(" │|").endswith(expected), setting
    explained = klarlint("explain", "nominalization", cwd=tmp_path)
    assert (
        "nominal-ratio – Textens nominalkvot (noggrann granskning, av från början: "
        'slå på med enable = ["nominal-ratio"])' in " ".join(explained.stdout.split())
    )
