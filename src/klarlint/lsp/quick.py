"""The first, quick answer to an edit of a long document: the changed paragraphs' fresh findings at once.

Linting a 300,000-word document again takes seconds even when the analysis of
every unchanged paragraph comes from the caches: the document-level rules,
the statistics, the reader and the diagnostics all walk the whole text. So an
edit is answered twice. First (this module) with

- the findings of the block-local rules in the changed paragraphs, linted on
  their own (a paragraph's block-local findings depend on that paragraph alone,
  see :mod:`klarlint.lsp.rule_cache`), and of the rules that read the paragraphs
  before theirs (``RuleInfo.reads_before_only``: passive-voice), linted with the
  paragraph before them (a heading further up they may read waits for the whole
  lint), and
- every other diagnostic shown before, moved to its new line (those in the
  changed paragraphs are dropped: their text is gone or different),

then with the whole lint, which replaces it and is exactly what ``klarlint
check`` finds. Until then, findings of document-level rules are those of the
text before the edit.

The changed part is known from the edits themselves (where each began, how
much of the end it left alone), widened to whole paragraphs (blank-line
separated). Texts where that cut is not safe get no first answer, only the
whole lint: HTML, text with ``\\r`` line breaks, inline directives (which act
across paragraphs), a text the last lint did not find Swedish, or an edit that
touches too much. Markdown with fenced code (whose blank lines do not end
it) neither.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from klarlint.language import SWEDISH
from klarlint.limits import MAX_ANALYSED_CHARS, Budget
from klarlint.lsp import diagnostics
from klarlint.lsp.engine import Engine, LintResult
from klarlint.lsp.positions import LineIndex
from klarlint.lsp.settings import Settings
from klarlint.report import FileReport

PHASED_CHARS = 100_000  # shorter documents are linted whole fast enough: one answer per edit
PHASED_FORMATS = frozenset({"text", "markdown"})
MAX_REGION_CHARS = 50_000  # an edit over more than this (a paste, a replace-all) waits for the whole lint
PARAGRAPH_BREAK = "\n\n"
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


@dataclass
class Shown:
    """The diagnostics last published for a document, with the text and offsets they belong to."""

    version: int
    text: str
    diagnostics: list[dict[str, Any]]
    spans: list[tuple[int, int]]  # source offsets of each diagnostic, in the same order
    movable: bool  # the text allows a first answer (see the module's docstring)
    genre: str | None = None  # the kind of text the whole lint judged it (a cut of it is linted as that)


def shown_from_lint(version: int, result: LintResult, found: list[dict[str, Any]]) -> Shown:
    report = result.report
    if result.error is not None or report is None:
        return Shown(version, result.source, found, [], False)
    findings = report.findings
    spans = list(zip(map(_START, findings), map(_END, findings), strict=True))  # (C speed: there may be 15,000)
    spans += [(n.start, max(n.end, n.start)) for n in report.notices]
    document = result.document
    movable = (
        len(spans) == len(found)
        and report.language == SWEDISH
        and "\r" not in result.source
        and (document is None or not document.directives)
    )
    return Shown(version, result.source, found, spans, movable, report.genre)


def changed_span(changes: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
    """(start, tail) of a run of edits: none of them touched the first ``start`` or the last ``tail``
    characters. ``changes`` holds each edit's own (start, tail); None when there were none."""
    result = None
    for start, tail in changes:
        result = (start, tail) if result is None else (min(result[0], start), min(result[1], tail))
    return result


def region(old_len: int, text: str, start: int, tail: int) -> tuple[int, int, int] | None:
    """The whole paragraphs around a change: (start, end in the new text, end in the old text), cut at
    blank lines that lie in the unchanged part; None when the change spans too much to be quick."""
    new_end = len(text) - tail
    if new_end < start:
        return None
    before = text.rfind(PARAGRAPH_BREAK, 0, start)
    cut_start = 0 if before < 0 else before + len(PARAGRAPH_BREAK)
    after = text.find(PARAGRAPH_BREAK, new_end)
    cut_end = len(text) if after < 0 else after
    if cut_end - cut_start > MAX_REGION_CHARS:
        return None
    return cut_start, cut_end, cut_end + old_len - len(text)


def first_answer(
    engine: Engine,
    shown: Shown,
    text: str,
    fmt: str,
    changes: list[tuple[int, int]],
    path: Path | None,
    settings: Settings,
    encoding: str,
    version: int,
    budget: Budget | None = None,
) -> Shown | None:
    """Runs on the lint thread: the quick diagnostics of ``text`` after ``changes`` to ``shown.text``,
    or None when there is no safe quick answer (the whole lint follows in any case)."""
    span = changed_span(changes)
    if span is None or not shown.movable or not _cuttable(text, fmt):
        return None
    cut = region(len(shown.text), text, *span)
    if cut is None:
        return None
    start, end, old_end = cut
    # The paragraph before the changed ones as context: some rules read it (passive-voice: who acts there).
    before = text.rfind(PARAGRAPH_BREAK, 0, max(0, start - len(PARAGRAPH_BREAK)))
    context_start = 0 if before < 0 or start == 0 else before + len(PARAGRAPH_BREAK)
    if start - context_start > MAX_REGION_CHARS:
        context_start = start  # a paragraph this long is no quick read: no context
    report = engine.lint_block_local(text[context_start:end], fmt, path, budget, start - context_start, shown.genre)
    if report is None or report.language != SWEDISH:
        return None
    fresh = _fresh(report, text, context_start, settings, encoding)
    (before, before_spans), (after, after_spans) = _moved(shown, text, start, end, old_end)
    return Shown(
        version,
        text,
        [*before, *map(_FIRST, fresh), *after],
        [*before_spans, *map(_SECOND, fresh), *after_spans],
        True,
        shown.genre,
    )


def _cuttable(text: str, fmt: str) -> bool:
    """Whether the text's paragraphs can be read one by one as the reader reads them in the whole:
    plain text always (blank lines end its blocks); Markdown without fenced code, whose blank lines
    do not end it. Past the analysed amount nothing is linted, so nothing is answered early either."""
    if fmt not in PHASED_FORMATS or not PHASED_CHARS <= len(text) <= MAX_ANALYSED_CHARS or "\r" in text:
        return False
    return fmt == "text" or ("```" not in text and "~~~" not in text)


Placed = list[tuple[dict[str, Any], tuple[int, int]]]  # diagnostics with their source offsets


def _fresh(report: FileReport, text: str, start: int, settings: Settings, encoding: str) -> Placed:
    """The region's findings as diagnostics of the whole text: lines counted from the region's first."""
    first_line = text.count("\n", 0, start)
    index = LineIndex(text[start : start + max((f.end for f in report.findings), default=0) + 1], encoding)
    found = []
    for finding in report.findings:
        diagnostic = diagnostics.to_diagnostic(finding, index, settings)
        for end in ("start", "end"):
            diagnostic["range"][end]["line"] += first_line
        found.append((diagnostic, (finding.start + start, finding.end + start)))
    return found


def _moved(shown: Shown, text: str, start: int, end: int, old_end: int) -> tuple[Parts, Parts]:
    """The diagnostics shown before the changed paragraphs and after them, at their places in ``text``,
    each as diagnostics and their source offsets.

    Before the region nothing moved; after it (past the blank line that ends it, whose line starts
    are the same in both texts) every line moved by the same number of lines, and columns not at all.
    (Picked at C speed: a long document has 15,000 diagnostics, and this is an edit's quick answer.)
    """
    delta_chars = len(text) - len(shown.text)
    delta_lines = text.count("\n", start, end) - shown.text.count("\n", start, old_end)
    boundary = old_end + len(PARAGRAPH_BREAK)  # at or past it, a line start the edit did not touch
    spans = shown.spans
    firsts, lasts = list(map(_FIRST, spans)), list(map(_SECOND, spans))
    is_before = list(
        map(
            operator.and_,
            map(operator.lt, firsts, itertools.repeat(start)),
            map(operator.le, lasts, itertools.repeat(start)),
        )
    )
    before = (
        list(itertools.compress(shown.diagnostics, is_before)),
        list(itertools.compress(spans, is_before)),
    )
    is_after = list(map(operator.ge, firsts, itertools.repeat(boundary)))
    after = list(itertools.compress(shown.diagnostics, is_after))
    if delta_lines:
        after = [diagnostics.shifted(diagnostic, delta_lines) for diagnostic in after]
    moved_spans = list(
        zip(
            map(delta_chars.__add__, itertools.compress(firsts, is_after)),
            map(delta_chars.__add__, itertools.compress(lasts, is_after)),
            strict=True,
        )
    )
    return before, (after, moved_spans)


Parts = tuple[list[dict[str, Any]], list[tuple[int, int]]]  # diagnostics and their source offsets
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
