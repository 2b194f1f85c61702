"""Where SARIF, GitHub annotations, the site report and the baseline say a finding is: the path as linted.

A link is named by its own path, never by its target (a dangling link had become its target's name,
``pw.md → /etc/passwd`` a ``file:///etc/passwd`` in SARIF), and only standard input itself is "not a
file": a real file whose name starts with ``<`` had lost its SARIF base and its link in the site report.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from klarlint import baseline
from klarlint.report import FileReport, Finding, Report
from klarlint.reporters import github, html_report
from klarlint.reporters.sarif import to_sarif
from klarlint.rules.base import Severity
from test_cli import klarlint


def _finding() -> Finding:
    return Finding(
        rule="skall",
        severity=Severity.WARNING,
        line=1,
        column=5,
        end_line=1,
        end_column=10,
        start=4,
        end=9,
        text="skall",
        message="Skriv ”ska”.",
        suggestion="ska",
        reference=None,
    )


def _uris(report: Report, root: Path) -> list[dict[str, str]]:
    [run] = to_sarif(report, root)["runs"]
    return [result["locations"][0]["physicalLocation"]["artifactLocation"] for result in run["results"]]


def _github_files(report: Report, root: Path) -> list[str]:
    out = io.StringIO()
    github.write(report, out, root)
    return [line.split("file=", 1)[1].split(",", 1)[0] for line in out.getvalue().splitlines()]


def _links(tmp_path: Path) -> Report:
    (tmp_path / "real.txt").write_text("Det skall göras.\n", encoding="utf-8")
    os.symlink("nowhere", tmp_path / "dangling.txt")
    os.symlink("/etc/passwd", tmp_path / "pw.md")
    os.symlink("real.txt", tmp_path / "alias.txt")
    names = ("dangling.txt", "pw.md", "alias.txt")
    return Report([FileReport(str(tmp_path / name), findings=[_finding()]) for name in names])


def test_sarif_names_a_link_not_its_target(tmp_path: Path) -> None:
    assert _uris(_links(tmp_path), tmp_path) == [
        {"uri": name, "uriBaseId": "%SRCROOT%"} for name in ("dangling.txt", "pw.md", "alias.txt")
    ]


def test_github_names_a_link_not_its_target(tmp_path: Path) -> None:
    assert _github_files(_links(tmp_path), tmp_path) == ["dangling.txt", "pw.md", "alias.txt"]


def test_baseline_and_site_report_name_a_link_not_its_target(tmp_path: Path, monkeypatch) -> None:
    report = _links(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert [baseline.portable_path(r.path) for r in report.files] == ["dangling.txt", "pw.md", "alias.txt"]
    assert html_report._href(str(tmp_path / "pw.md"), tmp_path / "r.html") == "pw.md"


def test_a_file_named_like_a_tag_is_a_file(tmp_path: Path, monkeypatch) -> None:
    name = "<script>alert(1)<\\script>.txt"
    report = Report([FileReport(str(tmp_path / name), findings=[_finding()])])
    [artifact] = _uris(report, tmp_path)
    assert artifact["uriBaseId"] == "%SRCROOT%"
    assert artifact["uri"].startswith("%3Cscript%3E")
    monkeypatch.chdir(tmp_path)
    relative = Report([FileReport(name, findings=[_finding()])])
    assert _uris(relative, tmp_path)[0]["uriBaseId"] == "%SRCROOT%"
    assert _github_files(relative, tmp_path) == [name]
    assert baseline.portable_path(name) == name
    assert html_report._href(name, tmp_path / "r.html").startswith("%3Cscript%3E")


def test_standard_input_is_still_no_file(tmp_path: Path) -> None:
    report = Report([FileReport("<stdin>", findings=[_finding()])])
    assert _uris(report, tmp_path) == [{"uri": "%3Cstdin%3E"}]
    assert html_report._href("<stdin>", tmp_path / "r.html") == ""


def test_cli_site_report_links_a_file_named_like_a_tag(tmp_path: Path) -> None:
    (tmp_path / "<b>brev.txt").write_text("Det skall göras.\n", encoding="utf-8")
    result = klarlint(".", "--report", "r.html", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert '<a href="%3Cb%3Ebrev.txt">&lt;b&gt;brev.txt</a>' in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_a_real_file_named_stdin_is_not_standard_input(tmp_path: Path) -> None:
    """The runner spells it ./<stdin>, so the reporters' exact test for standard input cannot take it."""
    (tmp_path / "<stdin>").write_text("Det skall göras.\n", encoding="utf-8")
    result = klarlint("<stdin>", "--format", "json", cwd=tmp_path)
    assert '"path": "./<stdin>"' in result.stdout
