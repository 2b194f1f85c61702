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

import bisect
import itertools
import json
import operator
from typing import Any

from lsprotocol import types

from klarlint.language import NOTICE_CODE as LANGUAGE_NOTICE
from klarlint.limits import Notice
from klarlint.lsp.engine import LintResult
from klarlint.lsp.positions import LineIndex
from klarlint.lsp.settings import Settings
from klarlint.readers.plaintext import common_prefix, common_suffix
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
    return finding.message_with_suggestion()


def to_diagnostic(finding: Finding, index: LineIndex, settings: Settings) -> dict[str, Any]:
    diagnostic: dict[str, Any] = {
        "range": {"start": _position(index, finding.start), "end": _position(index, finding.end)},
        "severity": SEVERITY[finding.severity],
        "code": finding.rule,
    }
    link = settings.docs_link(finding.rule)
    if link:  # only where the settings name the documentation's address
        diagnostic["codeDescription"] = {"href": link}
    diagnostic["source"] = SOURCE
    diagnostic["message"] = message_text(finding)
    return diagnostic


def _position(index: LineIndex, offset: int) -> dict[str, int]:
    line, character = index.line_character(offset)
    return {"line": line, "character": character}


def diagnostics(result: LintResult, index: LineIndex, settings: Settings, previous: Any = None) -> list[dict[str, Any]]:
    """Every finding of ``result``; a configuration error becomes one diagnostic on the first line.

    ``previous`` (the server's last :class:`~klarlint.lsp.server.Linted` of the same document: its
    ``result``, ``index``, ``diagnostics`` and ``settings``) lends its diagnostics to the findings that
    an edit did not touch (see :func:`_lent`): a long document has tens of thousands.
    """
    if result.error is not None:
        start = {"line": 0, "character": 0}
        return [
            {
                "range": {"start": start, "end": start},
                "severity": types.DiagnosticSeverity.Error.value,
                "code": result.error_code or CONFIG_ERROR_CODE,
                "source": SOURCE,
                "message": f"klarlint kan inte granska texten: {result.error}",
            }
        ]
    if result.report is None:
        return []
    findings = result.report.findings
    found = _lent(result, index, settings, previous) if previous is not None else None
    if found is None:
        found = [to_diagnostic(finding, index, settings) for finding in findings]
    return found + [notice_diagnostic(notice, index) for notice in result.report.notices]


def timeout_diagnostic(reason: str, code: str, partial: bool) -> dict[str, Any]:
    """The one diagnostic of a lint that ran out of time (twice): a warning at the first line, with its own code,
    not the configuration error it had been shown as (which sent the writer looking at klarlint.toml)."""
    shown = (
        "De markeringar som syns kommer från en snabbare första granskning och kan vara ofullständiga. "
        if partial
        else ""
    )
    start = {"line": 0, "character": 0}
    return {
        "range": {"start": start, "end": start},
        "severity": types.DiagnosticSeverity.Warning.value,
        "code": code,
        "source": SOURCE,
        "message": f"klarlint hann inte granska hela texten ({reason}). {shown}"
        "Granska filen med klarlint check, eller dela upp den.",
    }


def refusal_diagnostic(reason: str) -> dict[str, Any]:
    """A document klarlint does not check in the editor, with the reason (a .docx opened as text)."""
    start = {"line": 0, "character": 0}
    return {
        "range": {"start": start, "end": start},
        "severity": types.DiagnosticSeverity.Information.value,
        "code": "format",
        "source": SOURCE,
        "message": reason,
    }


MANY_MISSES = 500  # more findings than this without a lent diagnostic: look them up by what they say


def _lent(result: LintResult, index: LineIndex, settings: Settings, previous: Any) -> list[dict[str, Any]] | None:
    """The diagnostics of ``result``'s findings, the previous lint's where the finding is the same.

    A finding that ends before the first changed character has the diagnostic it had: the very finding of
    the previous lint (the engine takes findings over, :class:`klarlint.linter.PlacedFindings`) or, failing
    that, one with the same rule, span, severity and message. One on a line that starts after the last
    changed character has it too, moved by as many lines as the edit added: its line starts after the
    change, so its column is what it was (the finding it was moved from is the engine's ``origins``). None
    when the previous lint cannot lend (other settings, another encoding, no findings).

    The findings are sorted by start, so those before the change and those after it are two runs found by
    bisection, and each run is looked up at C speed (a loop per finding cost 25 ms at 15,000 findings).
    """
    old = previous.result
    old_index = previous.index
    if (
        previous.settings != settings
        or old_index.encoding != index.encoding
        or old.report is None
        or old.error is not None
        or len(previous.diagnostics) != len(old.report.findings) + len(old.report.notices)
    ):
        return None
    old_text, text = old.source, result.source
    same_start = common_prefix(old_text, text)
    changed_end = len(text) - common_suffix(old_text, text, min(len(old_text), len(text)) - same_start)
    delta = len(text) - len(old_text)
    delta_lines = index.line_count - old_index.line_count
    lent = dict(zip(map(id, old.report.findings), previous.diagnostics, strict=False))  # by the very finding
    origins = getattr(result, "origins", {})
    findings = result.report.findings
    starts = list(map(_START, findings))
    if not all(map(operator.le, starts, itertools.islice(starts, 1, None))):
        return None  # (a report lists its findings by start: bisection needs that)
    # Before the change: findings that end before it (a finding there starts before it too).
    limit = same_start - 1
    head = findings[: bisect.bisect_left(starts, limit)]
    found: list[dict[str, Any] | None] = list(map(lent.get, map(id, head)))
    for position in itertools.compress(itertools.count(), map(limit.__le__, map(_END, head))):
        found[position] = None
    # After it: findings on a line that starts after the last changed character.
    after = index.next_line_start(changed_end)
    tail_from = len(findings) if after is None else bisect.bisect_left(starts, after)
    found.extend(itertools.repeat(None, tail_from - len(head)))
    tail = findings[tail_from:]
    moved_from = list(map(origins.get, map(id, tail), tail))
    moved = list(map(lent.get, map(id, moved_from)))
    same = map(
        operator.and_,
        map(operator.eq, map(_FACTS, moved_from), map(_FACTS, tail)),
        map(
            operator.and_,
            map(operator.eq, map(delta.__add__, map(_START, moved_from)), map(_START, tail)),
            map(operator.eq, map(delta.__add__, map(_END, moved_from)), map(_END, tail)),
        ),
    )
    for position in itertools.compress(itertools.count(), map(operator.not_, same)):
        moved[position] = None
    if delta_lines:
        moved = [None if diagnostic is None else shifted(diagnostic, delta_lines) for diagnostic in moved]
    found.extend(moved)
    misses = list(itertools.compress(itertools.count(), map(operator.is_, found, itertools.repeat(None))))
    if len(misses) > MANY_MISSES:  # findings made anew (not taken over): lend by what they say
        by_key = _by_key(old.report.findings, previous.diagnostics, same_start, changed_end, delta)
    else:
        by_key = None
    for position in misses:
        finding = findings[position]
        diagnostic = None
        if by_key is not None:
            if finding.end < same_start - 1:
                diagnostic = by_key[0].get(_key(finding, 0))
            elif finding.start > changed_end and index.line_start(finding.start) > changed_end:
                diagnostic = by_key[1].get(_key(finding, 0))
                if diagnostic is not None and delta_lines:
                    diagnostic = shifted(diagnostic, delta_lines)
        found[position] = diagnostic if diagnostic is not None else to_diagnostic(finding, index, settings)
    return found  # type: ignore[return-value]


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_FACTS = operator.attrgetter("rule", "message", "suggestion", "severity")


def _by_key(findings: list[Finding], lent: list[dict[str, Any]], same_start: int, changed_end: int, delta: int):
    """The previous diagnostics before the change and after it (moved to the new offsets), by :func:`_key`."""
    kept: dict[tuple, dict[str, Any]] = {}
    moved: dict[tuple, dict[str, Any]] = {}
    for finding, diagnostic in zip(findings, lent, strict=False):
        if finding.end < same_start - 1:
            kept[_key(finding, 0)] = diagnostic
        elif finding.start > changed_end - delta:
            moved[_key(finding, delta)] = diagnostic
    return kept, moved


def _key(finding: Finding, delta: int) -> tuple:
    return (
        finding.start + delta,
        finding.end + delta,
        finding.rule,
        finding.severity,
        finding.message,
        finding.suggestion,
    )


def shifted(diagnostic: dict[str, Any], lines: int) -> dict[str, Any]:
    """``diagnostic`` moved down by ``lines`` (an edit added lines before it); the rest as it was."""
    start, end = diagnostic["range"]["start"], diagnostic["range"]["end"]
    return {
        **diagnostic,
        "range": {
            "start": {"line": start["line"] + lines, "character": start["character"]},
            "end": {"line": end["line"] + lines, "character": end["character"]},
        },
    }


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


_RANGE_KEYS = ("start", "end")
_POSITION_KEYS = ("line", "character")


def encoded(diagnostic: dict[str, Any], tails: dict[tuple, str]) -> str:
    """``json.dumps(diagnostic)``, built from the diagnostic's range and the JSON text of the rest, which
    ``tails`` keeps by what it is made of: a diagnostic moved by an edit (a new dict with new line numbers,
    see :func:`shifted`) has the same message and code as before, and encoding 15,000 of them anew cost
    120 ms per publish after an edit that added a line. Any other shape is encoded whole."""
    items = list(diagnostic.items())
    if len(items) < 2 or items[0][0] != "range":
        return json.dumps(diagnostic)
    rest = items[1:]
    # The rest's names and values, with their types (True and 1 are equal keys of a dict, not the same JSON);
    # a value that cannot be a key (a codeDescription) as its JSON.
    try:
        key = (tuple(rest), tuple(map(type, diagnostic.values())))
        tail = tails.get(key)
    except TypeError:
        key = tuple(
            (name, value) if type(value) is str or type(value) is int else (name, ("json", json.dumps(value)))
            for name, value in rest
        )
        tail = tails.get(key)
    if tail is None:
        tail = tails[key] = json.dumps(dict(rest))[1:]
    where = items[0][1]
    if type(where) is not dict or tuple(where) != _RANGE_KEYS:
        return json.dumps(diagnostic)
    start, end = where["start"], where["end"]
    if (
        type(start) is not dict
        or type(end) is not dict
        or tuple(start) != _POSITION_KEYS
        or tuple(end) != _POSITION_KEYS
    ):
        return json.dumps(diagnostic)
    numbers = (start["line"], start["character"], end["line"], end["character"])
    if any(type(number) is not int for number in numbers):
        return json.dumps(diagnostic)
    line, character, end_line, end_character = numbers
    return (
        f'{{"range": {{"start": {{"line": {line}, "character": {character}}}, '
        f'"end": {{"line": {end_line}, "character": {end_character}}}}}, {tail}'
    )
