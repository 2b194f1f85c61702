"""Plain-text reader.

Blank lines separate blocks. A line that starts with a bullet (``-``, ``•``,
``·``, ``*``, ``–``) or a number (``1.``, ``2)``) starts a list item. A short
line without closing punctuation that stands alone is taken as a heading, the
way people write headings in plain text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from klarlint.document import Block, BlockKind, Document, Segment
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
    return Document(source, _blocks_between(source, 0, len(source)), path, "text", find_directives(source))


# Line breaks other than \n (str.splitlines breaks at each): a text with any is read whole by reread().
_OTHER_BREAKS = re.compile("[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
PARAGRAPH_BREAK = "\n\n"


def reread(previous: Document, source: str, path: str | None = None) -> Document:
    """``read(source, path)``, reusing the blocks of ``previous`` (a read of an earlier version of the text)
    where the text did not change: an editor's keystroke in a long document re-reads one paragraph or so.

    Blocks end at blank lines, so the text is cut at an empty line before the first changed character
    and one after the last: the blocks before the first cut are the previous ones, those after the last
    are the previous ones moved by the change in length, and only the text between is read.
    """
    old = previous.source
    if previous.format != "text" or _OTHER_BREAKS.search(source) or _OTHER_BREAKS.search(old):
        return read(source, path)
    same_start = common_prefix(old, source)
    same_end = common_suffix(old, source, min(len(old), len(source)) - same_start)
    before = source.rfind(PARAGRAPH_BREAK, 0, max(same_start - 1, 0))  # an empty line in the unchanged start
    cut = before + len(PARAGRAPH_BREAK) if before >= 0 else 0
    after = source.find(PARAGRAPH_BREAK, len(source) - same_end)  # ... and one in the unchanged end
    new_end = after + len(PARAGRAPH_BREAK) if after >= 0 else len(source)
    delta = len(source) - len(old)
    old_end = new_end - delta
    blocks = previous.blocks
    starts = [block.segments[0].source_start for block in blocks]
    kept = blocks[: bisect.bisect_left(starts, cut)]
    moved = blocks[bisect.bisect_left(starts, old_end) :] if after >= 0 else []
    if delta:
        moved = [_moved(block, delta) for block in moved]
    return Document(
        source, [*kept, *_blocks_between(source, cut, new_end), *moved], path, "text", find_directives(source)
    )


def common_prefix(a: str, b: str) -> int:
    """The length of the longest common start of ``a`` and ``b`` (compared in large pieces, then halved)."""
    low, high = 0, min(len(a), len(b))
    step = 1 << 16
    while low + step <= high and a[low : low + step] == b[low : low + step]:
        low += step
    while step > 1:
        step //= 2
        if low + step <= high and a[low : low + step] == b[low : low + step]:
            low += step
    return low + 1 if low < high and a[low] == b[low] else low


def common_suffix(a: str, b: str, limit: int) -> int:
    """The length of the longest common end of ``a`` and ``b``, at most ``limit``."""
    low, step = 0, 1 << 16
    while low + step <= limit and a[len(a) - low - step : len(a) - low] == b[len(b) - low - step : len(b) - low]:
        low += step
    while step > 1:
        step //= 2
        if low + step <= limit and a[len(a) - low - step : len(a) - low] == b[len(b) - low - step : len(b) - low]:
            low += step
    return low + 1 if low < limit and a[len(a) - low - 1] == b[len(b) - low - 1] else low


def _moved(block: Block, delta: int) -> Block:
    segments = tuple(Segment(s.text_start, s.source_start + delta, s.length, s.source_length) for s in block.segments)
    return Block(block.kind, block.text, segments, block.level, block.quotes, block.links)


def _blocks_between(source: str, start: int, end: int) -> list[Block]:
    """The blocks of ``source[start:end]``, which begins and ends at a block boundary (or the text's ends)."""
    blocks: list[Block] = []
    for group in _line_groups(source, start, end):
        blocks.extend(_blocks_of_group(source, group))
    return blocks


def _line_groups(source: str, start: int = 0, end: int | None = None) -> list[list[_Line]]:
    groups: list[list[_Line]] = [[]]
    offset = start
    for raw in source[start:end].splitlines(keepends=True):
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
