"""Source offsets ↔ LSP positions, in the position encoding agreed with the client.

klarlint counts in Unicode code points (Python string offsets). LSP positions
are (line, character), 0-based, where ``character`` counts UTF-16 code units
unless client and server agreed on ``utf-8`` or ``utf-32`` at initialisation.
An emoji or other character outside the Basic Multilingual Plane is one code
point but two UTF-16 units (four UTF-8 bytes), so every column after it would
be off by one if the two were mixed up.

Lines end at ``\\n``, ``\\r\\n`` or ``\\r`` and nowhere else, as the LSP
specification says. (Python's ``str.splitlines`` also breaks at form feeds and
U+2028, which turn up in text pasted from PDFs and Word; counting those as line
breaks would put every later edit and diagnostic on the wrong line.)
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from lsprotocol import types

UTF8 = types.PositionEncodingKind.Utf8.value
UTF16 = types.PositionEncodingKind.Utf16.value
UTF32 = types.PositionEncodingKind.Utf32.value
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
FAST_LINES = 200_000  # more lines are found by search: splitting them all at once would hold a copy of each


def code_units(text: str, encoding: str) -> int:
    """Length of ``text`` in the code units of ``encoding``."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def line_starts(source: str) -> list[int]:
    """Where each line of ``source`` starts. Without ``\r``, from the lengths of the ``\n``-separated lines
    (at C speed: three times faster than the search, and an editor's long document needs it on every edit)."""
    if "\r" in source or source.count("\n") > FAST_LINES:
        return [0, *(match.end() for match in _LINE_BREAK.finditer(source))]
    return list(itertools.accumulate(map((1).__add__, map(len, source.split("\n"))), initial=0))[:-1]


class LineIndex:
    """Line starts of one source text, for converting in both directions."""

    def __init__(self, source: str, encoding: str = UTF16, starts: Sequence[int] | None = None) -> None:
        """``starts``: the line starts of ``source`` where they are known already (a lint's document has them, which
        the plain-text reader takes over from the last version around an edit: finding them all again cost 10 ms
        an edit at 300,000 words)."""
        self.source = source
        self.encoding = encoding
        self._starts = line_starts(source) if starts is None else starts

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_span(self, line: int) -> tuple[int, int]:
        """Source offsets of line ``line`` (0-based), without its line break."""
        start = self._starts[line]
        if line + 1 < len(self._starts):
            end = self._starts[line + 1]
            end -= 2 if self.source.startswith("\r\n", end - 2) else 1
        else:
            end = len(self.source)
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.source[start:end]

    def line_start(self, offset: int) -> int:
        """Where the line holding ``offset`` starts."""
        return self._starts[self.line_of(offset)]

    def next_line_start(self, offset: int) -> int | None:
        """The first line start after ``offset``; None when ``offset`` is on the last line."""
        index = bisect.bisect_right(self._starts, offset)
        return self._starts[index] if index < len(self._starts) else None

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def position(self, offset: int) -> types.Position:
        line, character = self.line_character(offset)
        return types.Position(line=line, character=character)

    def line_character(self, offset: int) -> tuple[int, int]:
        """:meth:`position` as a plain pair (a long document's diagnostics need tens of thousands)."""
        offset = max(0, min(offset, len(self.source)))
        line = self.line_of(offset)
        start, end = self.line_span(line)
        before = self.source[start : min(offset, end)]
        return line, len(before) if self.encoding == UTF32 or before.isascii() else code_units(before, self.encoding)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """Source offset of ``position``; past the end of a line means the line's end, as the spec says."""
        if position.line < 0:
            return 0
        if position.line >= len(self._starts):
            return len(self.source)
        start, end = self.line_span(position.line)
        text = self.source[start:end]
        wanted = max(position.character, 0)
        if self.encoding == UTF32 or text.isascii() or code_units(text, self.encoding) == len(text):
            return start + min(wanted, len(text))  # one unit per character: no walk needed
        units = 0
        for index, char in enumerate(text):
            if units >= wanted:
                return start + index
            units += code_units(char, self.encoding)
        return end


def apply_change(source: str, change: types.TextDocumentContentChangeEvent, encoding: str) -> str:
    """The text after one ``didChange`` content change (a ranged edit or the whole new text)."""
    return apply_change_span(source, change, encoding)[0]


def apply_change_span(
    source: str, change: types.TextDocumentContentChangeEvent, encoding: str, index: LineIndex | None = None
) -> tuple[str, int, int]:
    """The text after one content change, where the change begins, and how many characters at the
    end it left alone (the same in the old and the new text). A whole new text changes everything.
    ``index``: a line index of ``source`` in ``encoding`` already made, if there is one."""
    if isinstance(change, types.TextDocumentContentChangePartial):
        if index is None or index.source is not source or index.encoding != encoding:
            index = LineIndex(source, encoding)
        start = index.offset(change.range.start)
        end = max(start, index.offset(change.range.end))
        return source[:start] + change.text + source[end:], start, len(source) - end
    return change.text, 0, 0
