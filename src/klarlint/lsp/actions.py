"""Code actions: replace a flagged word with the finding's replacement, or silence the rule on that line.

A quick fix is offered only for the finding's ``replacements``: the rule gives
them where the change is safe, inflected to fit (*erhöll* → *fick*). A
suggestion that is advice (*Skriv aktivt …*) gives no quick fix; nothing here
guesses a replacement from its text.

"Ignorera regeln här" inserts the documented ``<!-- klarlint-disable-next-line
RULE -->`` comment. It is offered for Markdown and HTML only: in a plain-text
letter the comment would be part of the text the reader gets. The comment goes
on the line above the finding when that line is blank or not text; when the
finding's line continues a paragraph, the comment is appended to the previous
line instead (an HTML comment on a line of its own would split the paragraph
in two). Table cells get no ignore action: either placement would change the
table. Nor does Markdown front matter (its title and description): a comment
there would be a line of YAML or TOML, and the site generator would no longer
read the block.

Beyond the finding at hand: "Rätta alla säkra ersättningar" applies every
finding's replacement where the rule gives exactly one (also as the
``source.fixAll`` action editors run on save); "Stäng av regeln …" and
"Godkänn ”…”" are commands the server carries out in ``klarlint.toml``
(:mod:`klarlint.lsp.workspace_config`), so ``klarlint check`` agrees with the
editor afterwards.
"""

from __future__ import annotations

import re

from lsprotocol import types

from klarlint.config import visible
from klarlint.document import META_KINDS, BlockKind
from klarlint.lsp.diagnostics import SOURCE
from klarlint.lsp.engine import LintResult
from klarlint.lsp.positions import LineIndex
from klarlint.report import Finding

COMMENT_FORMATS = frozenset({"markdown", "html"})
IGNORE_TITLE = "Ignorera regeln här ({rule})"
REPLACE_TITLE = "Ersätt ”{old}” med ”{new}”"
FIX_ALL_TITLE = "Rätta alla säkra ersättningar i dokumentet ({count} st)"
DISABLE_TITLE = "Stäng av regeln {rule} i klarlint.toml"
ACCEPT_TITLE = "Godkänn ”{text}” i arbetsytan (klarlint.toml)"
DISABLE_COMMAND = "klarlint.disableRule"
ACCEPT_COMMAND = "klarlint.acceptWord"
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.klarlint"
MAX_ACCEPT_WORDS = 4  # "accept" is for words and short phrases, not sentences a rule flags as too long
MAX_ACCEPT_CHARS = 60


def replacements(finding: Finding) -> list[str]:
    """The finding's replacements that change its text, in the rule's order of preference; none where the
    span may not be replaced as it is (``Finding.fixable``: a quotation, front matter …), as for --fix."""
    if not finding.fixable:
        return []
    return [r for r in dict.fromkeys(finding.replacements) if r != finding.text]


def code_actions(
    result: LintResult,
    index: LineIndex,
    uri: str,
    version: int | None,
    selection: types.Range,
    diagnostics: list[types.Diagnostic],
    versioned: bool = True,
    configurable: bool = True,
) -> list[types.CodeAction]:
    """Actions for the findings that touch ``selection``: quick fixes first, the fix-all action, ignore
    actions, then the rule-off and accept-word commands.

    ``versioned``: the client takes ``documentChanges``, so each edit names the document version it fits.
    ``configurable``: there is a klarlint.toml to write to (the document has a path or a workspace).
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
        choices = replacements(finding)
        for choice in choices:
            edit = types.TextEdit(range=index.range(finding.start, finding.end), new_text=choice)
            fixes.append(
                types.CodeAction(
                    title=REPLACE_TITLE.format(old=finding.text, new=choice),
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
    everything = fix_all(result, index, document) if fixes else None
    if everything is not None:
        fixes.append(everything)
    return fixes + list(ignores.values()) + workspace_actions(result, start, end, uri, configurable)


def safe_edits(result: LintResult, index: LineIndex) -> list[types.TextEdit]:
    """One edit per finding whose rule gives exactly one replacement; overlapping findings: the first."""
    if result.report is None:
        return []
    edits: list[types.TextEdit] = []
    reached = -1
    for finding in sorted(result.report.findings, key=lambda f: (f.start, f.end)):
        choices = replacements(finding)
        if len(choices) != 1 or finding.start < reached:
            continue
        if result.source[finding.start : finding.end] != finding.text:
            continue
        edits.append(types.TextEdit(range=index.range(finding.start, finding.end), new_text=choices[0]))
        reached = finding.end
    return edits


def fix_all(
    result: LintResult,
    index: LineIndex,
    document: types.OptionalVersionedTextDocumentIdentifier,
    kind: str = types.CodeActionKind.QuickFix.value,
    minimum: int = 2,
) -> types.CodeAction | None:
    """The action applying :func:`safe_edits`; None when there are fewer than ``minimum`` (next to a
    single finding's own fix, a fix-all of one is noise; asked for on its own, one is worth doing)."""
    edits = safe_edits(result, index)
    if len(edits) < minimum:
        return None
    return types.CodeAction(title=FIX_ALL_TITLE.format(count=len(edits)), kind=kind, edit=_edit(document, edits))


def workspace_actions(result: LintResult, start: int, end: int, uri: str, configurable: bool) -> list[types.CodeAction]:
    """Per rule touching the selection: turn it off in klarlint.toml; per short flagged text: accept it."""
    if result.report is None or not configurable:
        return []
    rules: dict[str, types.CodeAction] = {}
    words: dict[str, types.CodeAction] = {}
    for finding in result.report.findings:
        if not (finding.start <= end and start <= finding.end):
            continue
        if finding.rule not in rules:
            rules[finding.rule] = types.CodeAction(
                title=DISABLE_TITLE.format(rule=finding.rule),
                kind=types.CodeActionKind.QuickFix,
                command=types.Command(
                    title=DISABLE_TITLE.format(rule=finding.rule),
                    command=DISABLE_COMMAND,
                    arguments=[uri, finding.rule],
                ),
            )
        text = " ".join(_as_read(result, finding).split())
        if acceptable(text) and text.casefold() not in words:
            words[text.casefold()] = types.CodeAction(
                title=ACCEPT_TITLE.format(text=text),
                kind=types.CodeActionKind.QuickFix,
                command=types.Command(
                    title=ACCEPT_TITLE.format(text=text), command=ACCEPT_COMMAND, arguments=[uri, text]
                ),
            )
    return list(words.values()) + list(rules.values())


def _as_read(result: LintResult, finding: Finding) -> str:
    """The finding's words as the reader reads them (the block's text over its source span): the title and the
    ``accept`` entry had been *erh&aring;lla*, *er<wbr>hålla*, *fatta **beslut*, with an invisible soft hyphen too."""
    document = result.document
    for block in document.blocks if document is not None else ():
        first, last = block.source_span(0, len(block.text))
        if first <= finding.start and finding.end <= last:
            kept = (
                char for index, char in enumerate(block.text) if finding.start <= block.to_source(index) < finding.end
            )
            return visible("".join(kept)) or finding.text
    return finding.text


def acceptable(text: str) -> bool:
    """A word or short phrase: something a writer can mean to accept everywhere, unlike a long sentence."""
    return bool(text) and len(text) <= MAX_ACCEPT_CHARS and len(text.split()) <= MAX_ACCEPT_WORDS


def ignore_edit(result: LintResult, index: LineIndex, finding: Finding) -> types.TextEdit | None:
    """The edit inserting a disable-next-line comment for ``finding``, or None where none would work."""
    source = result.source
    if result.format not in COMMENT_FORMATS or re.search(r"\r(?!\n)", source):
        return None  # directives count lines by "\n"; a lone "\r" line break would put the comment on the wrong line
    kind = result.block_kind_at(finding.start)
    if kind is BlockKind.TABLE_CELL or (result.format == "markdown" and kind in META_KINDS):
        return None  # a comment would break the table, or the front matter's YAML/TOML
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
