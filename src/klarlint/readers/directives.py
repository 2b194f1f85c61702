"""Inline control comments: ``<!-- klarlint-disable RULE[,RULE] -->`` and friends."""

from __future__ import annotations

import re

from klarlint.document import Directive, DirectiveKind

DIRECTIVE = re.compile(r"<!--\s*klarlint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->", re.IGNORECASE)


def find_directives(source: str) -> list[Directive]:
    directives = []
    for match in DIRECTIVE.finditer(source):
        kind = DirectiveKind(match.group(1).lower())
        rules = frozenset(r.strip() for r in re.split(r"[,\s]+", match.group(2)) if r.strip())
        line = source.count("\n", 0, match.start()) + 1
        end_line = source.count("\n", 0, match.end()) + 1
        directives.append(Directive(kind, rules, end_line if kind is DirectiveKind.DISABLE_NEXT_LINE else line))
    return directives
