"""Findings and reports: what the linter returns and the reporters print."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from klarlint.language import SWEDISH
from klarlint.limits import Notice
from klarlint.location import Location
from klarlint.rules.base import RuleInfo, Severity

# The notice of a file named on the command line that its config's ``exclude`` leaves out (klarlint.runner)
EXCLUDED_NOTICE = "excluded"


# Not frozen (a frozen dataclass sets each field through object.__setattr__: building the 16,000 findings an edit
# moves in a long document took 23 ms instead of 4), but never changed once made, and hashed by value as before.
@dataclass(slots=True, unsafe_hash=True)
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
    replacements: tuple[str, ...] = ()  # exact new texts for source[start:end] (see RuleFinding.replacements)
    subcheck: str | None = None  # the rule's sub-check that found it (RuleInfo.subchecks), if it has any
    # The replacements may be applied to the source as they are: the span is verbatim prose of one block, outside
    # quotations, front matter and a Markdown file's HTML (klarlint.linter.fixable). --fix, --suggest, quick fixes,
    # SARIF fixes, the LanguageTool API and the web page's one-click fixes all ask this, nothing else.
    fixable: bool = False

    def moved(self, chars: int, lines: int) -> Finding:
        """This finding as many characters and lines on (an edit before it moved its text, not its columns)."""
        return Finding(
            self.rule,
            self.severity,
            self.line + lines,
            self.column,
            self.end_line + lines,
            self.end_column,
            self.start + chars,
            self.end + chars,
            self.text,
            self.message,
            self.suggestion,
            self.reference,
            self.context,
            self.location,
            self.replacements,
            self.subcheck,
            self.fixable,
        )

    def suggestion_to_show(self) -> str | None:
        """The suggestion where the message does not already say it: a phrase it holds, or a word it quotes
        (*Skriv ”dig”*). A bare word it mentions is shown: *ni* after *med du (eller ni)* is the finding's own choice,
        which Word's comments had dropped (streets re-test s52)."""
        suggestion = self.suggestion
        if not suggestion or f"”{suggestion}”" in self.message:
            return None
        return None if " " in suggestion.strip() and suggestion in self.message else suggestion

    def message_with_suggestion(self) -> str:
        """The message, with the suggestion when the message does not already carry it (SARIF, the language
        server)."""
        suggestion = self.suggestion_to_show()
        return f"{self.message} Förslag: {suggestion}" if suggestion else self.message

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "reference": self.reference,
            "replacements": list(self.replacements),
            "fixable": self.fixable,
            "context": self.context,  # the sentence: what baselines and --compare-with match on
        }
        if self.location is not None:
            data["location"] = self.location.to_json()
        if self.subcheck is not None:
            data["subcheck"] = self.subcheck
        return data


def per_1000_words(count: int, words: int) -> float:
    return 1000 * count / words if words else 0.0


# Not frozen, for speed (see Finding): an edit near the start of a long document moves thousands.
@dataclass(slots=True, unsafe_hash=True)
class ParagraphStats:
    """Readability of one paragraph; ``start``/``end`` (source offsets) place findings in it."""

    block: int  # index in the document's blocks
    line: int  # 1-based, where the paragraph starts
    end_line: int
    start: int
    end: int
    words: int = 0
    sentences: int = 0
    mean_sentence_length: float = 0.0
    lix: float = 0.0
    ovix: float | None = None  # None when every word occurs once (OVIX is undefined then)
    nominal_ratio: float | None = None  # None without pronouns, adverbs or verbs (undefined)
    long_word_share: float = 0.0
    passive_share: float = 0.0
    location: Location | None = None  # .docx: its paragraph and heading path; PDF: page and line (as a finding's)

    def to_json(self, findings: int = 0) -> dict[str, object]:
        data: dict[str, object] = {
            "block": self.block,
            "line": self.line,
            "end_line": self.end_line,
            **_measures_json(self),
            "findings": findings,
            "findings_per_1000_words": round(per_1000_words(findings, self.words), 1) if self.words else None,
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
    ovix: float | None = None  # ordvariationsindex; None when undefined (every word occurs once)
    nominal_ratio: float | None = None  # nominalkvot; None when there are no verbs, pronouns or adverbs
    long_word_share: float = 0.0  # share of words with more than six letters
    paragraphs: tuple[ParagraphStats, ...] = ()

    def to_json(self, findings: Sequence[Finding] = ()) -> dict[str, object]:
        """The issue-3 keys (words, sentences, mean_sentence_length, lix, passive_share) first, then the rest."""
        return {
            **_measures_json(self),
            "findings_per_1000_words": round(per_1000_words(len(findings), self.words), 1) if self.words else None,
            "paragraphs": [p.to_json(n) for p, n in zip(self.paragraphs, self._per_paragraph(findings), strict=True)],
        }

    def _per_paragraph(self, findings: Sequence[Finding]) -> list[int]:
        counts = [0] * len(self.paragraphs)
        starts = [p.start for p in self.paragraphs]
        for finding in findings:
            index = bisect.bisect_right(starts, finding.start) - 1
            if index >= 0 and finding.start < self.paragraphs[index].end:
                counts[index] += 1
        return counts


# The measures a document (Stats) and a paragraph (ParagraphStats) both have, in JSON order, with the
# decimals JSON keeps (None: a count, kept whole). klarlint.stats fills both from these names.
MEASURES = {
    "words": None,
    "sentences": None,
    "mean_sentence_length": 1,
    "lix": 1,
    "passive_share": 3,
    "ovix": 1,
    "nominal_ratio": 2,
    "long_word_share": 3,
}


def _measures_json(stats: Stats | ParagraphStats) -> dict[str, object]:
    """The measures; with no words, each ratio is null (undefined, as OVIX already was): an empty or English file's
    *lix 0.0* had been averaged into a dashboard's LIX as if it were a very easy text."""
    measures: dict[str, object] = {}
    for name, digits in MEASURES.items():
        value = getattr(stats, name)
        if digits is not None and not stats.words:
            value = None
        measures[name] = value if digits is None or value is None else round(value, digits)
    return measures


def printable(text: str) -> str:
    """``text`` as UTF-8 can carry it: a file name's bytes that are not UTF-8 (*Ans\\xf6kan.txt* from an old zip,
    read by Python as lone surrogates) become U+FFFD each. They had made SARIF, the baseline and the site report
    fail and JSON invalid UTF-8."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class FileReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    error: str | None = None  # set when the file could not be read; no findings then
    rule_errors: list[str] = field(default_factory=list)  # rules that crashed on this file
    notices: list[Notice] = field(default_factory=list)  # text not linted, and why (klarlint.limits)
    skipped: bool = False  # the file itself was not read (a link out of the linted folder, a FIFO …)
    # The severity that makes this file fail (its nearest config's fail_on, or --fail-on); None: the run's.
    fail_on: Severity | None = None
    language: str = SWEDISH  # the document's language (klarlint.language); other-language text is noticed
    # The kind of text the lint judged it to be (klarlint.genre); the language server's first answer to an edit
    # lints a few paragraphs as the whole was judged, not as the cut alone would look.
    genre: str | None = None
    # The page's or document's own name (its first-level heading, else its <title> or front matter title): a web
    # editor knows pages by title, not by address (session 42's site tester: the report listed only URLs)
    title: str | None = None

    def __post_init__(self) -> None:
        self.path = printable(self.path)
        self.error = None if self.error is None else printable(self.error)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "path": self.path,
            "findings": [f.to_json() for f in self.findings],
            "notices": [n.to_json() for n in self.notices],
            # a file that was not read has no measures, not a block of zeros a dashboard would average in
            "stats": None if self.error or self.skipped else self.stats.to_json(self.findings),
            # nor a language: an excluded file or an empty folder had said "sv" though never read (retest s43 C)
            "language": None if self.error or self.skipped else self.language,
        }
        if self.genre is not None:
            # the kind of text decides how passive voice, the sender and the summary are judged: a writer who sees one
            # letter's passives as warnings and a web page's as information can see why (a reviewer could not)
            data["genre"] = self.genre
        if self.title:
            data["title"] = self.title
        if self.error:
            data["error"] = self.error
        if self.rule_errors:
            data["rule_errors"] = list(self.rule_errors)
        if self.skipped:
            data["skipped"] = True
        return data


@dataclass
class Report:
    files: list[FileReport] = field(default_factory=list)
    rules: list[RuleInfo] = field(default_factory=list)  # the rules that ran, for reporters that describe them

    @property
    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    def has_errors(self) -> bool:
        """A file could not be read, or a rule could not finish on it: the check is incomplete (exit code 2)."""
        return any(report.error or report.rule_errors for report in self.files)

    def fails(self, threshold: Severity) -> bool:
        """Whether a finding reaches its file's ``fail_on`` (``threshold`` for files without one).

        A notice (text not linted, klarlint.limits) counts as a finding of severity info; a named file the config's
        ``exclude`` leaves out does not (pre-commit names it, and *klarlint .* would not have read it).
        """
        return any(
            (report.fail_on or threshold).rank <= Severity.INFO.rank
            and any(n.code != EXCLUDED_NOTICE for n in report.notices)
            for report in self.files
        ) or any(
            f.severity.rank >= (report.fail_on or threshold).rank for report in self.files for f in report.findings
        )

    def to_json(self) -> dict[str, object]:
        return {"files": [report.to_json() for report in self.files]}
