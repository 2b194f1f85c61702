"""Plain-text reader.

Blank lines separate blocks. A line that starts with a bullet (``-``, ``•``,
``·``, ``*``, ``–``) or a number (``1.``, ``2)``) starts a list item. A short
line without closing punctuation that stands alone is taken as a heading, the
way people write headings in plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from klarlint.document import Block, BlockKind, Document
from klarlint.readers.directives import find_directives

BULLET = re.compile(r"[ \t]*(?:[-–•·*▪◦]|\d{1,3}[.)])[ \t]+(?=\S)")
HEADING_MAX_WORDS = 10
HEADING_MAX_LINES = 3
CLOSING_PUNCTUATION = ".!?:;,"


@dataclass(slots=True)
class _Line:
    start: int  # source offset of the first character
    text: str  # without the line break


def read(source: str, path: str | None = None) -> Document:
    blocks: list[Block] = []
    for group in _line_groups(source):
        blocks.extend(_blocks_of_group(source, group))
    return Document(source, blocks, path, "text", find_directives(source))


def _line_groups(source: str) -> list[list[_Line]]:
    groups: list[list[_Line]] = [[]]
    offset = 0
    for raw in source.splitlines(keepends=True):
        text = raw.rstrip("\r\n")
        if text.strip():
            groups[-1].append(_Line(offset, text))
        elif groups[-1]:
            groups.append([])
        offset += len(raw)
    return [group for group in groups if group]


def _blocks_of_group(source: str, lines: list[_Line]) -> list[Block]:
    if not any(BULLET.match(line.text) for line in lines) and _all_heading_like(lines):
        return [_verbatim(source, BlockKind.HEADING, [line], 0) for line in lines]
    blocks: list[Block] = []
    current: list[_Line] = []
    current_kind = BlockKind.PARAGRAPH
    skip = 0
    for line in lines:
        bullet = BULLET.match(line.text)
        if bullet:
            if current:
                blocks.append(_verbatim(source, current_kind, current, skip))
            current, current_kind, skip = [line], BlockKind.LIST_ITEM, bullet.end()
        else:
            current.append(line)
    if current:
        blocks.append(_verbatim(source, current_kind, current, skip))
    return [block for block in blocks if block.text]


def _all_heading_like(lines: list[_Line]) -> bool:
    if len(lines) > HEADING_MAX_LINES:
        return False
    return all(_heading_like(line.text) for line in lines)


def _heading_like(text: str) -> bool:
    stripped = text.strip()
    # The cheap tests first: most lines end in a full stop.
    return (
        stripped[-1] not in CLOSING_PUNCTUATION and stripped[0].isupper() and len(stripped.split()) <= HEADING_MAX_WORDS
    )


def _verbatim(source: str, kind: BlockKind, lines: list[_Line], skip: int) -> Block:
    """A block covering ``lines``; line breaks become spaces so offsets stay identical."""
    start = lines[0].start + skip
    end = lines[-1].start + len(lines[-1].text)
    raw = source[start:end]
    leading = len(raw) - len(raw.lstrip())
    text = raw.strip().replace("\r", " ").replace("\n", " ")
    block = Block.verbatim(kind, text, start + leading)
    return block.quote_all() if lines[0].text.lstrip(" \t").startswith(">") else block  # e-mail style quote
