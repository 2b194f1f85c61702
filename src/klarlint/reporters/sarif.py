"""SARIF 2.1.0 output, for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers).

One run; the driver lists the rules that ran, with the Swedish title, explanation
and reference, so a viewer can show the "why" next to each result. Columns count
Unicode code points, as klarlint's do (``columnKind``), and the artifact paths
are relative to the working directory (``%SRCROOT%``), which is what code
scanning expects when klarlint runs at the repository root. A suggestion is
advice for a person, so it goes in the message and in ``properties.suggestion``;
a finding's replacements (exact new text for its span, safe to apply) become
SARIF ``fixes``, one per replacement. A .docx has no text lines to patch, so
its findings get no ``fixes`` (``--suggest`` makes tracked changes instead).
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from klarlint import __version__
from klarlint.report import FileReport, Finding, Report
from klarlint.reporters import absolute, is_file_path, relative_to_root
from klarlint.rules.base import RuleInfo

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def write(report: Report, out: TextIO, root: Path | None = None) -> None:
    json.dump(to_sarif(report, root), out, ensure_ascii=False, indent=2)
    out.write("\n")


def to_sarif(report: Report, root: Path | None = None) -> dict[str, Any]:
    """The SARIF log for ``report``; paths are made relative to ``root`` (default: the working directory)."""
    root = (root or Path.cwd()).resolve()
    rules = _rules(report)
    index = {info.id: i for i, info in enumerate(rules)}
    results = [
        _result(finding, index[finding.rule], _artifact(file_report.path, root))
        for file_report in report.files
        for finding in file_report.findings
    ]
    run: dict[str, Any] = {
        "tool": {"driver": _driver(rules)},
        "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [_invocation(report, root)],
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def message_text(finding: Finding) -> str:
    return finding.message_with_suggestion()


def _rules(report: Report) -> list[RuleInfo]:
    """The rules that ran, plus a bare entry for any rule that reported without being listed."""
    rules = list(report.rules)
    known = {info.id for info in rules}
    for finding in report.findings:
        if finding.rule not in known:
            known.add(finding.rule)
            rules.append(RuleInfo(finding.rule, finding.rule, finding.severity, finding.reference or "", "", "", ""))
    return rules


def _driver(rules: list[RuleInfo]) -> dict[str, Any]:
    driver: dict[str, Any] = {
        "name": "klarlint",
        "version": __version__,
        "semanticVersion": __version__,
        "language": "sv-SE",
        "rules": [_rule(info) for info in rules],
    }
    homepage = _homepage()
    if homepage:
        driver["informationUri"] = homepage
    return driver


def _rule(info: RuleInfo) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": info.id,
        "shortDescription": {"text": info.title},
        "fullDescription": {"text": info.explanation or info.title},
        "help": {"text": _help(info)},
        "defaultConfiguration": {"level": LEVEL[info.severity.value]},
        "properties": {"tags": ["klarspråk"], "source": info.source},
    }
    if info.reference:
        rule["properties"]["reference"] = info.reference
    return rule


def _help(info: RuleInfo) -> str:
    parts = [info.explanation or info.title]
    if info.reference:
        parts.append(f"Referens: {info.reference}")
    if info.example_before and info.example_after:
        parts.append(f"Före: {info.example_before}\nEfter: {info.example_after}")
    return "\n\n".join(parts)


def page_place(finding: Finding) -> tuple[int, int, int, int] | None:
    """A PDF finding's page, line on the page, first column and end column (exclusive), as JSON and the terminal give
    them; None for other files. SARIF and GitHub had given the line in the extracted text (brev.sarif: startLine 16
    for *sida 1, rad 17*), which no reader of the PDF can find."""
    location = finding.location
    if location is None or location.page is None:
        return None
    column = location.offset + 1
    width = finding.end_column - finding.column if finding.end_line == finding.line else len(finding.text or "")
    return location.page, location.paragraph, column, column + max(width, 1)


def _result(finding: Finding, rule_index: int, artifact: dict[str, str]) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,  # exclusive in both klarlint and SARIF
    }
    text = message_text(finding)
    place = page_place(finding)
    if place is not None:
        page, line, column, end = place
        region = {"startLine": line, "startColumn": column, "endLine": line, "endColumn": end}
        if finding.end_line > finding.line:
            # Over two of the page's lines (a title that wraps): each source line is one of the page's lines, so
            # the end is as many lines on, at its own column; endLine had been startLine (02-riktlinje.sarif)
            region.update(endLine=line + finding.end_line - finding.line, endColumn=finding.end_column)
        text = f"Sida {page}, rad {line}: {text}"  # a line number alone does not say on which page
    if finding.text:
        region["snippet"] = {"text": finding.text}
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity.value],
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
    }
    if finding.fixable and finding.location is None:
        deleted = {k: region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")}
        result["fixes"] = [
            {
                "description": {"text": f"Ersätt ”{finding.text}” med ”{new}”"},
                "artifactChanges": [
                    {
                        "artifactLocation": artifact,
                        "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": new}}],
                    }
                ],
            }
            for new in finding.replacements
        ]
    properties: dict[str, Any] = {}
    if finding.suggestion:
        properties["suggestion"] = finding.suggestion
    location = finding.to_json().get("location")  # .docx: paragraph, offset and heading path
    if location:
        properties["location"] = location
    if properties:
        result["properties"] = properties
    return result


def _invocation(report: Report, root: Path) -> dict[str, Any]:
    notifications = []
    for file_report in report.files:
        for text, level in _problems(file_report):
            notifications.append(
                {
                    "level": level,
                    "message": {"text": text},
                    "locations": [{"physicalLocation": {"artifactLocation": _artifact(file_report.path, root)}}],
                }
            )
        for notice in file_report.notices:  # text not linted: a note with its place
            location: dict[str, Any] = {"artifactLocation": _artifact(file_report.path, root)}
            if notice.line:
                location["region"] = {"startLine": notice.line, "startColumn": notice.column}
            notifications.append(
                {
                    "level": "note",
                    "descriptor": {"id": f"klarlint/{notice.code}"},
                    "message": {"text": notice.message},
                    "locations": [{"physicalLocation": location}],
                }
            )
    return {
        "executionSuccessful": not report.has_errors(),
        "toolExecutionNotifications": notifications,
    }


def _problems(file_report: FileReport) -> list[tuple[str, str]]:
    problems = [(file_report.error, "error")] if file_report.error else []
    return problems + [(message, "warning") for message in file_report.rule_errors]


def _artifact(path: str, root: Path) -> dict[str, str]:
    """A relative URI under %SRCROOT% when the file lies under ``root``, else an absolute file URI."""
    if path.startswith(("http://", "https://")):  # a crawled page: its address is its URI
        return {"uri": path}
    if not is_file_path(path):  # <stdin>, <text>: not a file
        return {"uri": quote(path)}
    relative = relative_to_root(path, root)  # the path as linted: a link's target is not where the finding is
    if relative is None:
        return {"uri": absolute(path).as_uri()}
    return {"uri": quote(relative), "uriBaseId": SRCROOT}


def _homepage() -> str | None:
    """The project's home page from the installed package's metadata, if it declares one."""
    try:
        urls = metadata.metadata("klarlint").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "documentation", "source", "repository"}:
            return url.strip()
    return None
