"""A :class:`FileReport` as plain JSON data and back, for the crawl cache.

JSON, not pickle: the cache is a folder on disk that anyone with access to it can
change, and loading it must never run code.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from klarlint.limits import Notice
from klarlint.location import Location
from klarlint.report import FileReport, Finding, ParagraphStats, Stats
from klarlint.rules.base import Severity


def report_to_data(report: FileReport) -> dict[str, Any]:
    """All of the report: a page answered with 304 is reported as it was linted, with its language, its kind of text
    and the notices of what was not checked (they had been left out, so a cached English page came back Swedish
    with nothing said about it)."""
    return {
        "path": report.path,
        "findings": [_finding_to_data(f) for f in report.findings],
        "stats": asdict(report.stats),
        "error": report.error,
        "rule_errors": list(report.rule_errors),
        "notices": [asdict(notice) for notice in report.notices],
        "language": report.language,
        "genre": report.genre,
        "title": report.title,
        "fail_on": report.fail_on.value if report.fail_on else None,
        "skipped": report.skipped,
        "fragments": [[*key, directive] for key, directive in getattr(report, "fragments", {}).items()],
    }


def report_from_data(data: dict[str, Any], path: str) -> FileReport:
    """The cached report, under the page's current address; raises ValueError/KeyError/TypeError when malformed."""
    stats_data = dict(data["stats"])
    paragraphs = tuple(_paragraph_from_data(p) for p in stats_data.pop("paragraphs", ()))
    stats = Stats(**stats_data, paragraphs=paragraphs)
    return FileReport(
        path,
        findings=[_finding_from_data(f) for f in data["findings"]],
        stats=stats,
        error=data.get("error"),
        rule_errors=list(data.get("rule_errors", [])),
        notices=[_notice_from_data(notice) for notice in data["notices"]],
        language=str(data["language"]),
        genre=data["genre"],
        title=data.get("title"),  # entries cached before titles were kept have none
        fail_on=Severity(data["fail_on"]) if data["fail_on"] else None,
        skipped=bool(data["skipped"]),
    )


def fragments_from_data(data: dict[str, Any]) -> dict[tuple[int, int, str], str]:
    """A web page's text directives (see klarlint.crawl.fragments), as report_to_data stored them."""
    return {(int(start), int(end), str(rule)): str(text) for start, end, rule, text in data.get("fragments", ())}


def _finding_to_data(finding: Finding) -> dict[str, Any]:
    data = {field.name: getattr(finding, field.name) for field in fields(Finding)}
    data["severity"] = finding.severity.value
    data["location"] = asdict(finding.location) if finding.location else None
    data["replacements"] = list(finding.replacements)
    return data


def _finding_from_data(data: dict[str, Any]) -> Finding:
    data = dict(data)
    data["severity"] = Severity(data["severity"])
    data["location"] = _location(data)
    data["replacements"] = tuple(data.get("replacements", ()))
    return Finding(**data)


def _notice_from_data(data: dict[str, Any]) -> Notice:
    return Notice(**{**data, "location": _location(data)})


def _paragraph_from_data(data: dict[str, Any]) -> ParagraphStats:
    return ParagraphStats(**{**data, "location": _location(data)})


def _location(data: dict[str, Any]) -> Location | None:
    """The Location a finding, a notice or a paragraph's statistics carried (asdict made it a dict), if any."""
    return Location(**data["location"]) if data.get("location") else None
