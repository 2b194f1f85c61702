"""Inline control comments: ``<!-- klarlint-disable RULE[,RULE] -->`` and friends."""

from __future__ import annotations

import re

from klarlint.document import Directive, DirectiveKind

DIRECTIVE = re.compile(r"<!--\s*klarlint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->", re.IGNORECASE)


def find_directives(source: str) -> list[Directive]:
    directives = []
    line, counted = 1, 0  # lines are counted on from the last match: a page may hold hundreds of comments
    for match in DIRECTIVE.finditer(source):
        kind = DirectiveKind(match.group(1).lower())
        rules = frozenset(r.strip() for r in re.split(r"[,\s]+", match.group(2)) if r.strip())
        line += _breaks(source, counted, match.start())
        end_line = line + _breaks(source, match.start(), match.end())
        counted = match.start()
        directives.append(Directive(kind, rules, end_line if kind is DirectiveKind.DISABLE_NEXT_LINE else line))
    return directives


def _breaks(source: str, start: int, end: int) -> int:
    """Line breaks in ``source[start:end]``: CRLF, a lone CR and LF each end a line, as in Document.position."""
    return source.count("\n", start, end) + source.count("\r", start, end) - source.count("\r\n", start, end)
