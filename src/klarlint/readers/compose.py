"""Decomposed letters composed: *o* + U+0308 (COMBINING DIAERESIS) read as *ö*, at the same place in the source.

Text copied from a PDF or from a Mac's file names, and some editors' output, writes å, ä and ö as a letter and a
combining mark (Unicode NFD). Word lists, lemmas and the model know *erhöll*, not *erho\u0308ll*: such text had no
jargon findings at all. A block whose text is not in NFC gets each changed letter as a segment of its own that maps
as a whole to the letter and its marks in the source (as an HTML entity does), so positions stay exact and the file
itself is never changed.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from bisect import bisect_right

from klarlint.document import Block, Document, Segment


def composed(document: Document) -> Document:
    """The document with every block's text in NFC (the same object when all of it already is)."""
    if all(unicodedata.is_normalized("NFC", block.text) for block in document.blocks):
        return document
    blocks = [composed_block(block) for block in document.blocks]
    return dataclasses.replace(document, blocks=blocks)


def composed_block(block: Block) -> Block:
    """The block with its text in NFC (the same object when it already is)."""
    if unicodedata.is_normalized("NFC", block.text):
        return block
    parts: list[str] = []
    segments: list[Segment] = []
    old_starts: list[int] = []  # where each new piece starts in the old text, and in the new
    new_starts: list[int] = []
    for segment in block.segments:
        old = block.text[segment.text_start : segment.text_start + segment.length]
        if segment.source_length is not None or unicodedata.is_normalized("NFC", old):
            _piece(segments, parts, old_starts, new_starts, segment.text_start, old, segment)
            continue
        for start, end, new in _clusters(old):
            kept = new == old[start:end]
            source_start = segment.source_start + start
            piece = Segment(0, source_start, len(new), None if kept else end - start)
            _piece(segments, parts, old_starts, new_starts, segment.text_start + start, new, piece)
    remap = _remapper(old_starts, new_starts, len(block.text), sum(map(len, parts)))
    return dataclasses.replace(
        block,
        text="".join(parts),
        segments=tuple(segments),
        quotes=tuple((remap(start), remap(end)) for start, end in block.quotes),
        links=tuple((remap(start), remap(end)) for start, end in block.links),
    )


def _piece(
    segments: list[Segment], parts: list[str], old_starts: list[int], new_starts: list[int], old: int, text: str, like
) -> None:
    """Append ``text`` (at ``old`` in the old block text) as a segment shaped like ``like`` at the new text's end."""
    new = new_starts[-1] + len(parts[-1]) if parts else 0
    old_starts.append(old)
    new_starts.append(new)
    parts.append(text)
    segments.append(Segment(new, like.source_start, len(text), like.source_length))


def _clusters(text: str) -> list[tuple[int, int, str]]:
    """``text`` as (start, end, NFC text) pieces: runs it leaves as they are, and each letter with its marks."""
    pieces: list[tuple[int, int, str]] = []
    run = 0
    index = 0
    while index < len(text):
        end = index + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        if end - index > 1 or not unicodedata.is_normalized("NFC", text[index]):
            new = unicodedata.normalize("NFC", text[index:end])
            if new != text[index:end]:
                if run < index:
                    pieces.append((run, index, text[run:index]))
                pieces.append((index, end, new))
                run = end
        index = end
    if run < len(text):
        pieces.append((run, len(text), text[run:]))
    return pieces


def _remapper(old_starts: list[int], new_starts: list[int], old_length: int, new_length: int):
    """Old text offset → new text offset (an offset inside a composed letter goes no further than the letter's end;
    the spans remapped, quotations and links, start and end between letters)."""

    def remap(offset: int) -> int:
        if offset >= old_length:
            return new_length
        index = bisect_right(old_starts, offset) - 1
        if index < 0:
            return offset
        piece_length = (new_starts[index + 1] if index + 1 < len(new_starts) else new_length) - new_starts[index]
        return new_starts[index] + min(offset - old_starts[index], piece_length)

    return remap
