"""Findings and reports: what the linter returns and the reporters print."""

from __future__ import annotations

from dataclasses import dataclass, field

from klarlint.document import Location
from klarlint.rules.base import RuleInfo, Severity


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    line: int  # 1-based
    column: int  # 1-based, in characters
    end_line: int
    end_column: int  # exclusive
    start: int  # source offsets
    end: int
    text: str
    message: str
    suggestion: str | None
    reference: str | None
    context: str = ""  # the sentence or line the finding sits in, for display
    location: Location | None = None  # .docx: paragraph, offset and heading path (line/column = paragraph/offset)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "reference": self.reference,
        }
        if self.location is not None:
            data["location"] = self.location.to_json()
        return data


@dataclass(frozen=True)
class Stats:
    words: int = 0
    sentences: int = 0
    mean_sentence_length: float = 0.0
    lix: float = 0.0
    passive_share: float = 0.0  # share of sentences with at least one passive verb

    def to_json(self) -> dict[str, object]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "mean_sentence_length": round(self.mean_sentence_length, 1),
            "lix": round(self.lix, 1),
            "passive_share": round(self.passive_share, 3),
        }


@dataclass
class FileReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    error: str | None = None  # set when the file could not be read; no findings then
    rule_errors: list[str] = field(default_factory=list)  # rules that crashed on this file

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "path": self.path,
            "findings": [f.to_json() for f in self.findings],
            "stats": self.stats.to_json(),
        }
        if self.error:
            data["error"] = self.error
        return data


@dataclass
class Report:
    files: list[FileReport] = field(default_factory=list)
    rules: list[RuleInfo] = field(default_factory=list)  # the rules that ran, for reporters that describe them

    @property
    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    def has_errors(self) -> bool:
        return any(report.error for report in self.files)

    def fails(self, threshold: Severity) -> bool:
        return any(f.severity.rank >= threshold.rank for f in self.findings)

    def to_json(self) -> dict[str, object]:
        return {"files": [report.to_json() for report in self.files]}
