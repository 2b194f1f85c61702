"""Hover: the explanation of the rule behind a flagged span.

The text is exactly what ``klarlint explain RULE`` prints (rendered from the
same :func:`klarlint.explain.explain_info`, without terminal styling), so the
editor and the command line never explain a rule in two ways.
"""

from __future__ import annotations

from dataclasses import replace

from lsprotocol import types
from rich.text import Text

from klarlint.explain import explain_info
from klarlint.lsp.engine import LintResult
from klarlint.lsp.positions import LineIndex
from klarlint.rules.base import Severity

SEPARATOR = "\n\n――――――――\n\n"


def explanation_text(result: LintResult, rule_id: str, severity: Severity | None = None) -> str | None:
    """``klarlint explain``'s text; with ``severity``, the severity the finding has here (a profile or
    klarlint.toml may have changed the rule's default), as the diagnostic shows it."""
    rule = result.rules.get(rule_id)
    if rule is None:
        return None
    info = rule.info if severity is None else replace(rule.info, severity=severity)
    return Text.from_markup(explain_info(info)).plain


def hover(result: LintResult, index: LineIndex, position: types.Position) -> types.Hover | None:
    """The explanation of every rule flagging the text under ``position``; None elsewhere."""
    if result.report is None:
        return None
    offset = index.offset(position)
    found = [f for f in result.report.findings if f.start <= offset <= f.end]
    if not found:
        return None
    texts: list[str] = []
    for rule_id, severity in dict.fromkeys((f.rule, f.severity) for f in found):
        text = explanation_text(result, rule_id, severity)
        if text:
            texts.append(text)
    if not texts:
        return None
    start = min(f.start for f in found)
    end = max(f.end for f in found)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.PlainText, value=SEPARATOR.join(texts)),
        range=index.range(start, end),
    )
