"""Plug-in rules (entry-point group ``klarlint.rules``) that break: one Swedish line, the rule named, nothing more
lost than the broken rule's findings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PLUGIN = """
from klarlint.rules.base import RuleFinding, RuleInfo, Severity


def _info(rule_id):
    return RuleInfo(
        id=rule_id, title=rule_id, severity=Severity.WARNING, reference="x", explanation="x",
        example_before="x", example_after="y",
    )


class Kraschar:
    info = _info("kraschar")

    def check(self, analysis, options):
        raise ValueError("oj")


class FelPlats:
    info = _info("fel-plats")

    def check(self, analysis, options):
        yield RuleFinding(block=0, start=0, end=2, message="rätt plats")
        yield RuleFinding(block=99, start=0, end=1, message="stycket finns inte")
        yield RuleFinding(block=0, start=5, end=100000, message="för lång")
"""


def _installed(tmp_path: Path) -> dict[str, str]:
    """A plug-in package on PYTHONPATH, with the metadata importlib finds entry points in."""
    site = tmp_path / "site"
    (site / "plugregler").mkdir(parents=True, exist_ok=True)
    (site / "plugregler" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    meta = site / "plugregler-0.1.dist-info"
    meta.mkdir(exist_ok=True)
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: plugregler\nVersion: 0.1\n", encoding="utf-8")
    (meta / "entry_points.txt").write_text(
        "[klarlint.rules]\nkraschar = plugregler:Kraschar\nfel-plats = plugregler:FelPlats\n", encoding="utf-8"
    )
    return {**os.environ, "PYTHONPATH": str(site)}


def _klarlint(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from klarlint.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_installed(tmp_path),
        timeout=300,
    )


def test_a_crashing_plug_in_is_one_line_and_in_the_json(tmp_path: Path) -> None:
    """It had printed "rule kraschar failed on t.txt" and a Python traceback (the README: never a traceback)."""
    (tmp_path / "t.txt").write_text("Du skall svara.\n", encoding="utf-8")
    result = _klarlint(tmp_path, "t.txt", "--disable", "fel-plats", "--format", "json")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["klarlint: regeln kraschar kraschade: oj"], result.stderr
    [file] = json.loads(result.stdout)["files"]
    assert file["rule_errors"] == ["regeln kraschar kraschade: oj"]  # which rule was skipped on which file
    assert [f["rule"] for f in file["findings"]] == ["skall"]  # the other rules' findings stay
    sarif = json.loads(_klarlint(tmp_path, "t.txt", "--disable", "fel-plats", "--format", "sarif").stdout)
    notes = [n["message"]["text"] for n in sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    assert any("regeln kraschar kraschade" in note for note in notes), notes


def test_a_plug_in_finding_outside_the_text_drops_only_that_finding(tmp_path: Path) -> None:
    """A finding at block 99 had dropped every finding of the file with "internt fel", naming no rule."""
    (tmp_path / "t.txt").write_text("Du skall svara.\n", encoding="utf-8")
    result = _klarlint(tmp_path, "t.txt", "--disable", "kraschar", "--format", "json")
    assert result.returncode == 2
    [file] = json.loads(result.stdout)["files"]
    assert "error" not in file
    assert sorted(f["rule"] for f in file["findings"]) == ["fel-plats", "skall"]
    said = "regeln fel-plats gav 2 anmärkningar på en plats som inte finns i texten; de visas inte"
    assert file["rule_errors"] == [said]
    assert result.stderr.strip().splitlines() == [f"klarlint: {said}"]
