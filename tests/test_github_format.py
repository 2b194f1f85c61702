"""--format github: GitHub Actions workflow commands, escaped by the workflow-command rules."""

from __future__ import annotations

import io
import re
from pathlib import Path

from klarlint.limits import Notice
from klarlint.report import FileReport, Finding, Report
from klarlint.reporters import github
from klarlint.reporters.github import baseline_line, summary_markdown
from klarlint.rules.base import Severity
from test_cli import PASSIVE, klarlint

COMMAND = re.compile(r"^::(?P<name>\w+) (?P<properties>[^:]*)::(?P<message>.*)$")


def _finding(severity: Severity = Severity.WARNING, **changes) -> Finding:
    values = dict(
        rule="jargon",
        severity=severity,
        line=4,
        column=10,
        end_line=4,
        end_column=25,
        start=0,
        end=15,
        text="tillhandahåller",
        message="”tillhandahåller” är byråkratiskt.",
        suggestion="ge",
        reference=None,
    )
    values.update(changes)
    return Finding(**values)


def _unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    """Split a workflow command the way the runner does: properties at unescaped commas, then unescape."""
    match = COMMAND.match(line)
    assert match, line
    properties = dict(item.split("=", 1) for item in match["properties"].split(","))
    return match["name"], {k: _unescape(v) for k, v in properties.items()}, _unescape(match["message"])


def _lines(report: Report, root: Path) -> list[str]:
    out = io.StringIO()
    github.write(report, out, root)
    return out.getvalue().splitlines()


def test_one_line_finding(tmp_path: Path) -> None:
    report = Report([FileReport(str(tmp_path / "docs" / "brev.txt"), findings=[_finding()])])
    [line] = _lines(report, tmp_path)
    assert line == (
        "::warning file=docs/brev.txt,line=4,col=10,endLine=4,endColumn=24,title=klarlint jargon"
        "::”tillhandahåller” är byråkratiskt. Förslag: ge"
    )


def test_severities_map_to_error_warning_notice(tmp_path: Path) -> None:
    findings = [_finding(Severity.ERROR), _finding(Severity.WARNING), _finding(Severity.INFO)]
    lines = _lines(Report([FileReport("a.txt", findings=findings)]), tmp_path)
    assert [_parse(line)[0] for line in lines] == ["error", "warning", "notice"]


def test_multi_line_finding_has_no_columns(tmp_path: Path) -> None:
    finding = _finding(rule="long-sentence", end_line=6, end_column=3, suggestion=None, message="Lång mening.")
    [line] = _lines(Report([FileReport("a.txt", findings=[finding])]), tmp_path)
    name, properties, message = _parse(line)
    assert properties == {"file": "a.txt", "line": "4", "endLine": "6", "title": "klarlint long-sentence"}
    assert message == "Lång mening."


def test_special_characters_are_escaped_and_round_trip(tmp_path: Path) -> None:
    message = "100% säkert,\r\nmen: inte alltid"
    path = "rapport, del 1: bilagor/100%.md"
    report = Report([FileReport(path, findings=[_finding(message=message, suggestion=None)])])
    [line] = _lines(report, tmp_path)
    assert "\n" not in line and "\r" not in line
    assert "::100%25 säkert,%0D%0Amen: inte alltid" in line
    assert "file=rapport%2C del 1%3A bilagor/100%25.md," in line
    name, properties, parsed_message = _parse(line)
    assert (name, properties["file"], parsed_message) == ("warning", path, message)


def test_unreadable_file_is_an_error_annotation(tmp_path: Path) -> None:
    report = Report([FileReport("trasig.txt", error="trasig.txt: filen ser ut att vara binär, inte text")])
    [line] = _lines(report, tmp_path)
    # titled as what it is (note43: a bare *klarlint* did not say the file's check is missing)
    assert line == (
        "::error file=trasig.txt,title=klarlint kunde inte granska filen::trasig.txt: filen ser ut att vara binär, "
        "inte text"
    )
    [page] = _lines(Report([FileReport("https://example.se/borta", error="https://example.se/borta: 404")]), tmp_path)
    assert page.startswith("::error file=https%3A//example.se/borta,title=klarlint kunde inte granska sidan::")


def test_the_job_summary_says_an_unreadable_file_is_an_error_under_its_own_heading(tmp_path: Path) -> None:
    """note43: *1 kunde inte granskas.* ran on after the count as a plain sentence, and the file's reason came after
    the per-page table with no heading."""
    report = Report(
        [
            FileReport("a.txt", findings=[_finding()]),
            FileReport("trasig.txt", error="trasig.txt: filen ser ut att vara binär, inte text"),
        ]
    )
    text = summary_markdown(report, tmp_path)
    assert "\n\n**Fel:** 1 fil eller sida kunde inte granskas; se *Kunde inte granskas* nedan.\n\n" in text
    assert text.endswith("\n\n### Kunde inte granskas\n\n- trasig.txt: filen ser ut att vara binär, inte text\n\n")
    clean = summary_markdown(Report([FileReport("a.txt", findings=[_finding()])]), tmp_path)
    assert "**Fel:**" not in clean and "Kunde inte granskas" not in clean and "baslinjen" not in clean


def test_the_job_summary_counts_the_baseline_s_fixed_findings() -> None:
    """note43: a baseline's findings no longer found (fixed) were counted nowhere."""
    report = Report([FileReport("a.txt", findings=[_finding()])])
    assert "\n\n2 anmärkningar finns i baslinjen och visas inte; 1 anmärkning i baslinjen finns inte längre " in (
        summary_markdown(report, baseline=(2, 1))
    )
    assert "(åtgärdade): skriv om baslinjen med --write-baseline." in summary_markdown(report, baseline=(2, 1))
    assert "1 anmärkning finns i baslinjen och visas inte.\n" in summary_markdown(report, baseline=(1, 0))
    assert baseline_line(0, 3).startswith("3 anmärkningar i baslinjen finns inte längre (åtgärdade)")


def test_cli_github_format(tmp_path: Path) -> None:
    (tmp_path / "brev.txt").write_text("Hej!\n\n" + PASSIVE, encoding="utf-8")
    (tmp_path / "bra.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    result = klarlint("brev.txt", "bra.txt", "--format", "github", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    [line] = result.stdout.splitlines()
    name, properties, message = _parse(line)
    assert name == "warning"
    assert properties == {
        "file": "brev.txt",
        "line": "3",
        "col": "17",
        "endLine": "3",
        "endColumn": "26",
        "title": "klarlint passive-voice",
    }
    assert "behandlats" in message and "Förslag:" in message


def test_a_notice_says_whether_text_was_left_unread_or_a_comment_did_nothing(tmp_path: Path) -> None:
    # an unknown inline comment had been titled *klarlint granskade inte*: the text was linted, the comment did nothing
    notices = [Notice("unknown-directive", "Okänd kommentar.", line=2, column=1), Notice("not-prose", "Kod.", line=5)]
    report = Report([FileReport(str(tmp_path / "sida.md"), notices=notices)])
    titles = [_parse(line)[1]["title"] for line in _lines(report, tmp_path)]
    assert titles == ["klarlint okänd kommentar (unknown-directive)", "klarlint granskade inte (not-prose)"]
