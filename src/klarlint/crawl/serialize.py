"""A :class:`FileReport` as plain JSON data and back, for the crawl cache.

JSON, not pickle: the cache is a folder on disk that anyone with access to it can
change, and loading it must never run code.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from klarlint.document import Location
from klarlint.report import FileReport, Finding, ParagraphStats, Stats
from klarlint.rules.base import Severity


def report_to_data(report: FileReport) -> dict[str, Any]:
    return {
        "path": report.path,
        "findings": [_finding_to_data(f) for f in report.findings],
        "stats": asdict(report.stats),
        "error": report.error,
        "rule_errors": list(report.rule_errors),
    }


def report_from_data(data: dict[str, Any], path: str) -> FileReport:
    """The cached report, under the page's current address; raises ValueError/KeyError/TypeError when malformed."""
    stats_data = dict(data["stats"])
    paragraphs = tuple(ParagraphStats(**p) for p in stats_data.pop("paragraphs", ()))
    stats = Stats(**stats_data, paragraphs=paragraphs)
    return FileReport(
        path,
        findings=[_finding_from_data(f) for f in data["findings"]],
        stats=stats,
        error=data.get("error"),
        rule_errors=list(data.get("rule_errors", [])),
    )


def _finding_to_data(finding: Finding) -> dict[str, Any]:
    data = {field.name: getattr(finding, field.name) for field in fields(Finding)}
    data["severity"] = finding.severity.value
    data["location"] = asdict(finding.location) if finding.location else None
    data["replacements"] = list(finding.replacements)
    return data


def _finding_from_data(data: dict[str, Any]) -> Finding:
    data = dict(data)
    data["severity"] = Severity(data["severity"])
    data["location"] = Location(**data["location"]) if data.get("location") else None
    data["replacements"] = tuple(data.get("replacements", ()))
    return Finding(**data)
