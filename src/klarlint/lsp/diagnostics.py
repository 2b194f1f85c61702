"""Findings → LSP diagnostics, as the JSON the client receives.

Ranges come from the findings' source offsets (not their 1-based line and
column), converted in the position encoding agreed with the client, so a
diagnostic after an emoji still covers the right word.

Diagnostics are built as plain JSON objects rather than lsprotocol classes: a
10,000-word document can have several hundred findings, and building and
unstructuring that many attrs objects took about 50 ms per keystroke, half the
latency budget. ``tests/test_lsp.py`` reads them back through lsprotocol on
the client side.
"""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from klarlint.language import NOTICE_CODE as LANGUAGE_NOTICE
from klarlint.limits import Notice
from klarlint.lsp.engine import LintResult
from klarlint.lsp.positions import LineIndex
from klarlint.lsp.settings import Settings
from klarlint.report import Finding
from klarlint.rules.base import Severity

SOURCE = "klarlint"
CONFIG_ERROR_CODE = "konfiguration"
SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error.value,
    Severity.WARNING: types.DiagnosticSeverity.Warning.value,
    Severity.INFO: types.DiagnosticSeverity.Information.value,
}


def message_text(finding: Finding) -> str:
    """The Swedish message, with the suggestion when the message does not already carry it."""
    if finding.suggestion and finding.suggestion not in finding.message:
        return f"{finding.message} Förslag: {finding.suggestion}"
    return finding.message


def to_diagnostic(finding: Finding, index: LineIndex, settings: Settings) -> dict[str, Any]:
    return {
        "range": {"start": _position(index, finding.start), "end": _position(index, finding.end)},
        "severity": SEVERITY[finding.severity],
        "code": finding.rule,
        "codeDescription": {"href": settings.docs_link(finding.rule)},
        "source": SOURCE,
        "message": message_text(finding),
    }


def _position(index: LineIndex, offset: int) -> dict[str, int]:
    line, character = index.line_character(offset)
    return {"line": line, "character": character}


def diagnostics(result: LintResult, index: LineIndex, settings: Settings) -> list[dict[str, Any]]:
    """Every finding of ``result``; a configuration error becomes one diagnostic on the first line."""
    if result.error is not None:
        start = {"line": 0, "character": 0}
        return [
            {
                "range": {"start": start, "end": start},
                "severity": types.DiagnosticSeverity.Error.value,
                "code": CONFIG_ERROR_CODE,
                "source": SOURCE,
                "message": f"klarlint kan inte granska texten: {result.error}",
            }
        ]
    if result.report is None:
        return []
    found = [to_diagnostic(finding, index, settings) for finding in result.report.findings]
    return found + [notice_diagnostic(notice, index) for notice in result.report.notices]


def notice_diagnostic(notice: Notice, index: LineIndex) -> dict[str, Any]:
    """Text klarlint did not lint (klarlint.limits.Notice): an information diagnostic where it is."""
    return {
        "range": {"start": _position(index, notice.start), "end": _position(index, max(notice.end, notice.start))},
        "severity": types.DiagnosticSeverity.Information.value,
        "code": notice.code,
        "source": SOURCE,
        # The language notice says itself that the text was not checked, and why.
        "message": notice.message if notice.code == LANGUAGE_NOTICE else f"granskades inte: {notice.message}",
    }
