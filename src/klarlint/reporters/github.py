"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=klarlint RULE::message``.
Errors become ``::error``, warnings ``::warning`` and info ``::notice``; a file
that could not be read becomes an ``::error`` on that file. GitHub only places
columns on single-line annotations, and its end column is the last column of
the span (klarlint's is the one after it), so both are adjusted here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from klarlint.limits import Notice
from klarlint.report import Finding, Report
from klarlint.reporters import resolved, safe
from klarlint.reporters.sarif import message_text

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def write(report: Report, out: TextIO, root: Path | None = None) -> None:
    root = (root or Path.cwd()).resolve()
    for file_report in report.files:
        path = display_path(file_report.path, root)
        if file_report.error:
            out.write(command("error", {"file": path, "title": "klarlint"}, file_report.error) + "\n")
            continue
        for finding in file_report.findings:
            out.write(annotation(finding, path) + "\n")
        for notice in file_report.notices:
            out.write(notice_annotation(notice, path) + "\n")


def notice_annotation(notice: Notice, path: str) -> str:
    """Text klarlint did not lint: a ``::notice`` on its line, so no text is skipped without a word."""
    properties: dict[str, object] = {"file": path}
    if notice.line:
        properties.update(line=notice.line, col=notice.column)
    properties["title"] = f"klarlint granskade inte ({notice.code})"
    return command("notice", properties, notice.message)


def annotation(finding: Finding, path: str) -> str:
    properties: dict[str, object] = {"file": path, "line": finding.line}
    if finding.end_line == finding.line:
        last_column = max(finding.column, finding.end_column - 1)
        properties.update(col=finding.column, endLine=finding.line, endColumn=last_column)
    else:
        properties["endLine"] = finding.end_line
    properties["title"] = f"klarlint {finding.rule}"
    return command(COMMAND[finding.severity.value], properties, message_text(finding))


def command(name: str, properties: dict[str, object], message: str) -> str:
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {fields}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, carriage return and line feed; other controls shown escaped.

    The log shows what follows ``::`` raw, ANSI sequences included, so an ESC from a linted
    file is written as ``\x1b``.
    """
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return safe(text)


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus ``:`` and ``,``, which end a value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def display_path(path: str, root: Path) -> str:
    """The path relative to ``root`` (GitHub resolves annotation paths from the repository root)."""
    if path.startswith("<"):
        return path
    try:
        return resolved(path).relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()
