"""Code actions: replace a flagged word with the suggestion, or silence the rule on that line.

A quick fix must leave correct Swedish behind, so it is offered only when the
suggestion is a literal replacement:

* every alternative (``"ge / erbjuda"`` gives two fixes; ``/`` and ``, `` separate
  alternatives) is a short run of words, numbers and hyphens – not advice such
  as *Skriv aktivt, t.ex. ”Nämnden har behandlat …”*;
* for a word-list rule that matches by lemma, the flagged text is the listed
  form itself. The list says *erhålla → få*; for *erhåller* the right fix is
  *får*, and replacing it with *få* would make the sentence wrong, so no fix is
  offered then (the diagnostic still names the suggestion).

"Ignorera regeln här" inserts the documented ``<!-- klarlint-disable-next-line
RULE -->`` comment. It is offered for Markdown and HTML only: in a plain-text
letter the comment would be part of the text the reader gets. The comment goes
on the line above the finding when that line is blank or not text; when the
finding's line continues a paragraph, the comment is appended to the previous
line instead (an HTML comment on a line of its own would split the paragraph
in two). Table cells get no ignore action: either placement would change the
table.
"""

from __future__ import annotations

import re

from lsprotocol import types

from klarlint.document import BlockKind
from klarlint.lsp.diagnostics import SOURCE
from klarlint.lsp.engine import LintResult
from klarlint.lsp.positions import LineIndex
from klarlint.report import Finding
from klarlint.rules.base import Rule
from klarlint.rules.declarative import DeclarativeRule

COMMENT_FORMATS = frozenset({"markdown", "html"})
IGNORE_TITLE = "Ignorera regeln här ({rule})"
REPLACE_TITLE = "Ersätt med ”{text}”"
MAX_REPLACEMENT_WORDS = 5
_ALTERNATIVES = re.compile(r"\s*/\s*|,\s+")
# Words (letters, digits, inner hyphens, dashes and apostrophes), a decimal or time point
# between digits, a percent or section sign: nothing that makes it a sentence of advice.
_WORD = r"[^\W_]+(?:(?:[-–'’]|(?<=\d)[.:](?=\d))[^\W_]+)*[%§]?"
_PLAIN = re.compile(rf"{_WORD}(?: {_WORD})*")


def replacements(finding: Finding, rule: Rule | None) -> list[str]:
    """Literal replacements for the flagged text, in the suggestion's order; [] when there are none."""
    if finding.replacements:
        return list(finding.replacements)
    suggestion = (finding.suggestion or "").strip()
    if not suggestion or "\n" in finding.text:
        return []
    if isinstance(rule, DeclarativeRule) and (rule.kind != "substitution" or not _is_listed_form(rule, finding.text)):
        return []
    result: list[str] = []
    for alternative in _ALTERNATIVES.split(suggestion):
        alternative = " ".join(alternative.split())
        if not _is_plain(alternative, finding.text):
            return []  # one part is advice, so the suggestion as a whole is advice
        fitted = _match_case(alternative, finding.text)
        if fitted.lower() != finding.text.lower() and fitted not in result:
            result.append(fitted)
    return result


def _is_plain(alternative: str, flagged: str) -> bool:
    if not alternative or len(alternative.split()) > MAX_REPLACEMENT_WORDS or not _PLAIN.fullmatch(alternative):
        return False
    # A capitalised suggestion for a lower-case word is a sentence ("Skriv aktivt"), not a word.
    return not (alternative[0].isupper() and flagged[:1].islower())


def _is_listed_form(rule: DeclarativeRule, text: str) -> bool:
    words = tuple(text.lower().split())
    return any(term.words == words for term in rule.terms.by_first.get(words[0], ())) if words else False


def _match_case(replacement: str, flagged: str) -> str:
    if len(flagged) > 1 and flagged.isupper():
        return replacement.upper()
    if flagged[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def code_actions(
    result: LintResult,
    index: LineIndex,
    uri: str,
    version: int | None,
    selection: types.Range,
    diagnostics: list[types.Diagnostic],
    versioned: bool = True,
) -> list[types.CodeAction]:
    """Actions for the findings that touch ``selection`` (quick fixes first, then ignore actions).

    ``versioned``: the client takes ``documentChanges``, so each edit names the document version it fits.
    """
    if result.report is None:
        return []
    start, end = index.offset(selection.start), index.offset(selection.end)
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version if versioned else None)
    fixes: list[types.CodeAction] = []
    ignores: dict[str, types.CodeAction] = {}  # one per rule and line is enough
    for finding in result.report.findings:
        if not (finding.start <= end and start <= finding.end):
            continue
        if result.source[finding.start : finding.end] != finding.text:
            continue  # the text changed since this lint: an edit now would land in the wrong place
        diagnostic = _diagnostic_for(finding, index, diagnostics)
        choices = replacements(finding, result.rules.get(finding.rule))
        for choice in choices:
            edit = types.TextEdit(range=index.range(finding.start, finding.end), new_text=choice)
            fixes.append(
                types.CodeAction(
                    title=REPLACE_TITLE.format(text=choice),
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=diagnostic,
                    is_preferred=len(choices) == 1,
                    edit=_edit(document, [edit]),
                )
            )
        ignore = ignore_edit(result, index, finding)
        key = f"{finding.rule}:{index.line_of(finding.start)}"
        if ignore is not None and key not in ignores:
            ignores[key] = types.CodeAction(
                title=IGNORE_TITLE.format(rule=finding.rule),
                kind=types.CodeActionKind.QuickFix,
                diagnostics=diagnostic,
                edit=_edit(document, [ignore]),
            )
    return fixes + list(ignores.values())


def ignore_edit(result: LintResult, index: LineIndex, finding: Finding) -> types.TextEdit | None:
    """The edit inserting a disable-next-line comment for ``finding``, or None where none would work."""
    source = result.source
    if result.format not in COMMENT_FORMATS or re.search(r"\r(?!\n)", source):
        return None  # directives count lines by "\n"; a lone "\r" line break would put the comment on the wrong line
    if result.block_kind_at(finding.start) is BlockKind.TABLE_CELL:
        return None
    comment = f"<!-- klarlint-disable-next-line {finding.rule} -->"
    line = index.line_of(finding.start)
    if line > 0 and (line - 1) in result.prose_lines:
        _, previous_end = index.line_span(line - 1)
        return types.TextEdit(range=index.range(previous_end, previous_end), new_text=" " + comment)
    line_start, line_end = index.line_span(line)
    text = source[line_start:line_end]
    indent = text[: len(text) - len(text.lstrip(" \t"))]
    newline = "\r\n" if "\r\n" in source else "\n"
    return types.TextEdit(range=index.range(line_start, line_start), new_text=f"{indent}{comment}{newline}")


def _diagnostic_for(finding: Finding, index: LineIndex, diagnostics: list[types.Diagnostic]) -> list[types.Diagnostic]:
    """The client's diagnostic for this finding, so the editor links the fix to it."""
    wanted = index.range(finding.start, finding.end)
    return [d for d in diagnostics if d.source == SOURCE and d.code == finding.rule and d.range == wanted][:1]


def _edit(document: types.OptionalVersionedTextDocumentIdentifier, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    """A versioned edit where the client supports it: it is then applied only to the version it was made for."""
    if document.version is None:
        return types.WorkspaceEdit(changes={document.uri: edits})
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)])
