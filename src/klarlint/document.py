"""The Document: what a reader makes of a file, before any language analysis.

A Document is an ordered list of blocks (heading, paragraph, list item, table
cell). Each block carries the plain text the NLP backend sees and a list of
segments that map every character of that text back to its offset in the
source, so a finding can always be reported at its exact line and column.

Formats without lines of their own (.docx) get a synthetic source with one
paragraph per line, so line and column mean paragraph and position in it; such
a document also knows each paragraph's heading path and gives a
:class:`Location` a Word user can find.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache

from klarlint.limits import Notice
from klarlint.location import Location

# Lines end at "\r\n", a lone "\r" or "\n", as editors and the LSP count them.
_NEWLINE = re.compile(r"\r\n?|\n")
_FAST_LINES = 200_000  # line starts of a text with fewer lines are found from the lines' lengths, at C speed
# Characters that change how text looks or is ordered but are no letters: soft hyphen, zero-width
# characters, bidi controls. Rules match words without them (``sk\u200ball`` is *skall*).
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
SOFT_HYPHEN = "\u00ad"
# The soft hyphen and the zero-width characters a writer's word may hold unseen (*sk\u200ball*, *hand\u00adläggare*):
# accepted words, a page's entities and the readers compare words without them.
IN_WORD_INVISIBLE = SOFT_HYPHEN + "\u200b\u200c\u200d\u2060\ufeff"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    # What editors write outside the body, linted as blocks of their own after the body's blocks:
    # an HTML page's <title> and meta description, Markdown front matter's title and description.
    TITLE = "title"
    DESCRIPTION = "description"


META_KINDS = frozenset({BlockKind.TITLE, BlockKind.DESCRIPTION})


# Not frozen, for speed (see klarlint.report.Finding); never changed once made.
@dataclass(slots=True, unsafe_hash=True)
class Segment:
    """``length`` characters at ``text_start`` in the block are at ``source_start`` in the source.

    A segment with a ``source_length`` stands for markup the reader decoded (an HTML
    entity such as ``&amp;``): its text is not a copy of the source, so it maps as a
    whole, to ``source_length`` source characters.
    """

    text_start: int
    source_start: int
    length: int
    source_length: int | None = None


# Quotation marks that open or close a quotation in Swedish text (”…”, »…», and the English and typewriter forms).
QUOTE_MARKS = frozenset('”“„"»«')
# Single quotation marks ('…', ’…’, ‘…’). ' and ’ are also the apostrophe (Anna’s, 70’talet, Didn't), so one
# counts only as half of a pair: it opens after a space or the start and before a word, and the pair closes
# after a word and before a space or punctuation. An apostrophe alone opens nothing.
SINGLE_QUOTE_MARKS = frozenset("'’‘")
# The same marks as patterns: a regular expression finds the few in a text faster than a loop over every character
QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")
SINGLE_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(SINGLE_QUOTE_MARKS))) + "]")
BEFORE_OPENING = frozenset("([{/–—-") | QUOTE_MARKS
AFTER_CLOSING = frozenset(".,;:!?…)]}/–—-") | QUOTE_MARKS


@lru_cache(maxsize=32)
def _quoted_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where ``text``'s quotations are: their opening marks' offsets and their closing marks', in order, the
    spans merged where they nest or overlap. One linear scan per text: scanning it on every call was quadratic
    in a block of one huge sentence (a megabyte: 106 s instead of 23, issue 14)."""
    spans = _double_quoted(text) + _single_quoted(text)
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(s for s, _ in merged), tuple(e for _, e in merged)


def _double_quoted(text: str) -> list[tuple[int, int]]:
    """Swedish uses the same mark to open and close (”…”), so the marks pair in turn; one left over is open."""
    marks = [match.start() for match in QUOTE_MARK.finditer(text)]
    return list(zip(marks[::2], marks[1::2], strict=False))


def _single_quoted(text: str) -> list[tuple[int, int]]:
    spans = []
    opened = None
    for match in SINGLE_QUOTE_MARK.finditer(text):
        i, c = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        closes = c != "‘" and not before.isspace() and (after.isspace() or after in AFTER_CLOSING)
        if opened is not None and closes:
            spans.append((opened, i))
            opened = None
        elif (before.isspace() or before in BEFORE_OPENING) and not (after.isspace() or after.isdigit()):
            opened = i  # not ’70-talet; an earlier opening left unclosed was an apostrophe (’tis)
    return spans


@dataclass(slots=True)
class Block:
    kind: BlockKind
    text: str
    segments: tuple[Segment, ...]
    level: int = 0
    # Spans of ``text`` the reader knows are quoted: a block quote (Markdown ``>``, HTML <blockquote>,
    # a Word quote style, e-mail style ``>`` lines) covers the whole block, HTML <q> a part of it.
    quotes: tuple[tuple[int, int], ...] = ()
    # Link texts in this block: (start, end) spans of the block text, one per link (HTML <a>, Markdown links).
    links: tuple[tuple[int, int], ...] = ()
    # The language the markup declares for this block (HTML lang="en-GB", as written, inherited); None where it
    # declares none. klarlint.language trusts it where the words do not plainly say another language.
    declared_language: str | None = None
    # Read from HTML inside another format (a Markdown file's block of HTML): --fix leaves it alone
    # (Block.replaceable), as it leaves an HTML file.
    html: bool = False
    # The page marks it as its lead (ingress): a CMS's class *lead*, *ingress*, *preamble* or *intro*. The editor
    # wrote it as the summary, so missing-summary takes it as one (session 46, web re-test: a lead that said
    # *hämtar* where the page says *hämtning* had been told it named nothing the text is about).
    lead: bool = False
    # In an alert banner before the page's main content (role="alert", aria-live, a CMS's crisis class), read as the
    # page's content before it: the kind of text looks past it to the page's own heading (session 48, crisis re-test).
    alert: bool = False

    def quote_all(self) -> Block:
        """Mark the whole block as a quotation (a block quote); returns the block."""
        self.quotes = ((0, len(self.text)),)
        return self

    def in_quotation(self, start: int, end: int | None = None) -> bool:
        """Whether text ``[start, end)`` lies in a quotation: one the reader marked, or between quotation marks.

        Quotation marks pair as :func:`_quoted_spans` says; text after an opening mark that is never closed
        is not counted as quoted.
        """
        end = start + 1 if end is None else end
        if any(q_start <= start and end <= q_end for q_start, q_end in self.quotes):
            return True
        opens, closes = _quoted_spans(self.text)  # a rule asks this for every finding: one scan per text
        inside = bisect.bisect_left(opens, start) - 1  # the last quotation opened before start
        return inside >= 0 and start <= closes[inside]

    @classmethod
    def verbatim(cls, kind: BlockKind, text: str, source_start: int, level: int = 0) -> Block:
        """A block whose text is a contiguous run of the source."""
        return cls(kind, text, (Segment(0, source_start, len(text)),), level)

    def to_source(self, offset: int) -> int:
        """Map an offset in the block text to an offset in the source."""
        if not self.segments:
            return 0
        segment = self._segment(offset)
        if segment.source_length is not None:  # decoded markup maps as a whole
            inside = offset - segment.text_start < segment.length
            return segment.source_start + (0 if inside else segment.source_length)
        return segment.source_start + min(offset - segment.text_start, segment.length)

    def replaceable(self, start: int, end: int) -> bool:
        """Whether text ``[start, end)`` is prose the reader took over verbatim (no markup or entity inside), outside
        front matter (metadata the writer edits elsewhere) and a Markdown file's HTML: the block's part of what
        ``Finding.fixable`` says (klarlint.linter adds one line, and not someone else's words)."""
        if start >= end or not self.segments or self.kind in META_KINDS or self.html:
            return False
        segment = self._segment(start)
        return segment.source_length is None and end <= segment.text_start + segment.length  # no markup boundary

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of block text ``[start, end)``; end maps from the last character."""
        source_start = self.to_source(start)
        if end <= start:
            return source_start, source_start
        last = self._segment(end - 1) if self.segments else None
        if last is not None and last.source_length is not None:
            return source_start, last.source_start + last.source_length
        return source_start, self.to_source(end - 1) + 1

    def slice(self, start: int, end: int) -> Block:
        """The block of text ``[start, end)`` of this one, every character at its old source offset."""
        segments: list[Segment] = []
        first = max(bisect.bisect_right(self.segments, start, key=_text_start) - 1, 0)
        for segment in self.segments[first:]:
            if segment.text_start >= end:
                break
            seg_start, seg_end = max(segment.text_start, start), min(segment.text_start + segment.length, end)
            if seg_start >= seg_end:
                continue
            if segment.source_length is not None:  # decoded markup maps as a whole
                segments.append(
                    Segment(seg_start - start, segment.source_start, seg_end - seg_start, segment.source_length)
                )
            else:
                source_start = segment.source_start + seg_start - segment.text_start
                segments.append(Segment(seg_start - start, source_start, seg_end - seg_start))
        quotes, links = (_clip(spans, start, end) for spans in (self.quotes, self.links))
        return Block(self.kind, self.text[start:end], tuple(segments), self.level, quotes, links)

    def without(self, pattern: re.Pattern[str]) -> Block:
        """This block with what ``pattern`` matches cut out of its text; the rest keeps its source offsets,
        and its quotations and links keep covering the same words."""
        if not pattern.search(self.text):
            return self
        parts: list[str] = []
        segments: list[Segment] = []
        cuts: list[tuple[int, int]] = []  # removed spans of the old text, in order
        position = 0
        for segment in self.segments:
            text = self.text[segment.text_start : segment.text_start + segment.length]
            matches = [match.span() for match in pattern.finditer(text)]
            cuts.extend((segment.text_start + start, segment.text_start + end) for start, end in matches)
            if segment.source_length is not None:  # decoded markup maps as a whole
                kept = pattern.sub("", text)
                if kept:
                    segments.append(Segment(position, segment.source_start, len(kept), segment.source_length))
                    parts.append(kept)
                    position += len(kept)
                continue
            start = 0
            for end, next_start in [*matches, (len(text), len(text))]:
                if end > start:
                    segments.append(Segment(position, segment.source_start + start, end - start))
                    parts.append(text[start:end])
                    position += end - start
                start = next_start
        quotes, links = (_after_cuts(spans, cuts) for spans in (self.quotes, self.links))
        return Block(self.kind, "".join(parts), tuple(segments), self.level, quotes, links)

    def _segment(self, offset: int) -> Segment:
        segments = self.segments
        if len(segments) == 1:  # most blocks: no bisection (findings and statistics map offsets by the thousand)
            return segments[0]
        return segments[max(bisect.bisect_right(segments, offset, key=_text_start) - 1, 0)]


def _text_start(segment: Segment) -> int:
    return segment.text_start


def _clip(spans: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """``spans`` of a text as spans of its slice ``[start, end)``: cut to it, shifted, empty ones gone."""
    clipped = ((max(a, start) - start, min(b, end) - start) for a, b in spans)
    return tuple((a, b) for a, b in clipped if a < b)


def _after_cuts(spans: tuple[tuple[int, int], ...], cuts: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """``spans`` of a text as spans of the text with ``cuts`` (sorted, disjoint) removed."""
    if not spans:
        return spans
    ends = [end for _, end in cuts]
    removed = list(itertools.accumulate(end - start for start, end in cuts))

    def moved(offset: int) -> int:
        index = bisect.bisect_right(ends, offset)  # cuts wholly before ``offset``
        shift = removed[index - 1] if index else 0
        if index < len(cuts) and cuts[index][0] < offset:  # inside a cut: to where it was
            shift += offset - cuts[index][0]
        return offset - shift

    mapped = ((moved(start), moved(end)) for start, end in spans)
    return tuple((start, end) for start, end in mapped if start < end)


HEADING_PATH_SEPARATOR = " › "


class DirectiveKind(StrEnum):
    DISABLE = "disable"
    ENABLE = "enable"
    DISABLE_NEXT_LINE = "disable-next-line"


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline ``<!-- klarlint-... -->`` comment; empty ``rules`` means all rules."""

    kind: DirectiveKind
    rules: frozenset[str]
    line: int
    # Where a disable or enable takes effect: None from the start of its line; a source offset for one that follows
    # another on the same line (minified HTML: <!-- klarlint-disable --><p>…</p><!-- klarlint-enable --> on one
    # line had covered nothing, the enable undoing the disable for the whole line).
    offset: int | None = None


def line_feed_starts(text: str, first: int = 0) -> array:
    """Where each of ``text``'s ``\\n``-separated lines starts, counted from ``first`` (``text`` read at that
    offset of a longer one), found from the lines' lengths at C speed."""
    starts = array("q", itertools.accumulate(map((1).__add__, map(len, text.split("\n"))), initial=first))
    starts.pop()  # (the end of the last line)
    return starts


@dataclass
class Document:
    source: str
    blocks: list[Block]
    path: str | None = None
    format: str = "text"
    directives: list[Directive] = field(default_factory=list)
    # Set by readers of paragraph formats (.docx): the heading path of each source line,
    # where every line is one paragraph. None for formats whose lines are real lines.
    paragraph_headings: tuple[str | None, ...] | None = None
    # Text around the linted content that document-level rules may consult but that is not
    # linted itself: a web page's site header and footer (sender, contact details), and on a page with <main> the
    # visible text beside it (a contact box).
    context: str = ""
    # The kind of text (klarlint.genre: brev, beslut, webbsida, pressmeddelande, tal, protokoll, dokument), set by the
    # linter from the config, the front matter or the structure; None before that.
    genre: str | None = None
    # The kinds within that kind which change what rules ask (klarlint.genre.FORMS: a regulation, an inspection's
    # report), set by the linter with genre, decided once a lint; None before that (rules ask genre.forms_of).
    forms: frozenset[str] | None = None
    # Text the reader skipped or could not read as written (see klarlint.limits.Notice).
    notices: list[Notice] = field(default_factory=list)
    # Set by the PDF reader: (page, line on the page) of each source line.
    page_lines: tuple[tuple[int, int], ...] | None = None
    # Set by the HTML reader: the <html> element's lang as written ("" when a whole page's <html> declares no
    # language, WCAG 3.1.1); None where there is no <html> element (a fragment, a CMS's body text, other formats).
    html_lang: str | None = None
    # Set by klarlint.language.swedish_part: the language most of the text is in (ISO 639 code; "sv", "und" …), so a
    # rule that sees only the Swedish part knows a page in another language (lang-attribute: a Finnish page without
    # lang had been told *Skriv <html lang="sv">*, session 48). None before that step.
    language: str | None = None

    @cached_property
    def _line_starts(self) -> array:
        # Machine integers, 8 bytes a line: a list of int objects held 400 MB for a 20 MB file of
        # one-letter lines (issue 14).
        if "\r" not in self.source and self.source.count("\n") <= _FAST_LINES:  # see lsp.positions.line_starts
            return line_feed_starts(self.source)
        starts = array("q", [0])
        starts.extend(match.end() for match in _NEWLINE.finditer(self.source))
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset; columns count characters."""
        line_index = bisect.bisect_right(self._line_starts, offset) - 1
        return line_index + 1, offset - self._line_starts[line_index] + 1

    def location(self, offset: int) -> Location | None:
        """The paragraph location of a source offset, for paragraph formats (and PDF pages); None otherwise."""
        if self.page_lines is not None:
            line, column = self.position(offset)
            page, page_line = self.page_lines[min(line, len(self.page_lines)) - 1] if self.page_lines else (1, line)
            return Location(page_line, column - 1, None, page)
        if self.paragraph_headings is None:
            return None
        line, column = self.position(offset)
        heading = self.paragraph_headings[line - 1] if line <= len(self.paragraph_headings) else None
        return Location(line, column - 1, heading)
