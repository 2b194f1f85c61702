"""Markdown reader built on markdown-it-py.

Code blocks, inline code, HTML and YAML front matter are not prose and are
skipped. Inline text pieces are located in the source one after another, so
every character of a block maps back to its source offset even when markup
(``**``, links, escapes) sits in between.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from klarlint.document import Block, BlockKind, Document, Segment
from klarlint.readers.directives import find_directives

FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_PARSER = MarkdownIt("commonmark").enable("table")


def read(source: str, path: str | None = None) -> Document:
    parsed = _blank_front_matter(source)
    line_starts = _line_starts(parsed)
    blocks: list[Block] = []
    context: list[str] = []
    pending_heading = 0
    for token in _PARSER.parse(parsed):
        if token.type.endswith("_open"):
            context.append(token.type)
            if token.type == "heading_open":
                pending_heading = int(token.tag[1:])
        elif token.type.endswith("_close"):
            if context:
                context.pop()
        elif token.type == "inline" and token.map:
            region_start = line_starts[token.map[0]]
            block = _inline_block(parsed, token, region_start, _kind(context), pending_heading)
            if block.text:
                blocks.append(block)
            pending_heading = 0
    return Document(source, blocks, path, "markdown", find_directives(source))


def _blank_front_matter(source: str) -> str:
    """Replace front matter by spaces, keeping every offset and line break in place."""
    match = FRONT_MATTER.match(source)
    if not match:
        return source
    blanked = re.sub(r"[^\n]", " ", match.group(0))
    return blanked + source[match.end() :]


def _line_starts(source: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", source))
    starts.append(len(source))
    return starts


def _kind(context: list[str]) -> BlockKind:
    if "heading_open" in context:
        return BlockKind.HEADING
    if "th_open" in context or "td_open" in context:
        return BlockKind.TABLE_CELL
    if "list_item_open" in context:
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _inline_block(source: str, token: Token, cursor: int, kind: BlockKind, level: int) -> Block:
    parts: list[str] = []
    segments: list[Segment] = []
    length = 0
    for child in token.children or []:
        if child.type == "text" and child.content:
            found = source.find(child.content, cursor)
            position = found if found >= 0 else cursor
            size = len(child.content) if found >= 0 else 0
            segments.append(Segment(length, position, size))
            parts.append(child.content)
            length += len(child.content)
            cursor = position + size
        elif child.type in ("softbreak", "hardbreak"):
            newline = source.find("\n", cursor)
            position = newline if newline >= 0 else cursor
            segments.append(Segment(length, position, 1))
            parts.append(" ")
            length += 1
            cursor = position + 1
        elif child.type in ("code_inline", "html_inline"):
            needle = child.markup + child.content if child.type == "code_inline" else child.content
            found = source.find(needle, cursor)
            if found >= 0:
                cursor = found + len(needle)
    # markdown-it trims inline content, so the text needs no stripping here.
    return Block(kind, "".join(parts), tuple(segments), level)
