"""Plain-text reader.

Blank lines separate blocks. A line that starts with a bullet (``-``, ``•``, ``·``, ``*``, ``–``, an emoji or a
symbol: ``✅``, ``▶``, ``💧``) or a number (``1.``, ``2)``) starts a list item. A short line without closing
punctuation that stands alone is taken as a heading, the way people write headings in plain text; so is a short line
printed right above its text, numbered or not (``1. Ansökan`` over ``Ansökan om plats görs via e-tjänsten.``), and a
line marked as a Markdown heading (``## Ansökan``), as text copied from a
Markdown editor or a chat has them. A text that opens with a short title over *Label: value* lines (*Diarienummer:
…*, *Kontrollant: …*) has that title, and its head's lines are lines of their own.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from klarlint.document import Block, BlockKind, Document, Segment, line_feed_starts
from klarlint.limits import Notice
from klarlint.prose import LETTER_CLOSING, joined_lines
from klarlint.readers.compose import composed, composed_block
from klarlint.readers.directives import TEXT_COMMENT, text_directives

# A Markdown (ATX) heading's marker: up to three spaces, one to six #, then space (so #hashtag is no heading).
ATX_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
# Its optional closing sequence (*## Ansökan ##*), as CommonMark reads it: #s after a space at the end of the line;
# *## C#* keeps its #, and a heading of #s alone (*## ##*) is empty.
ATX_CLOSING = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
# A numbered item's number may have levels (*3.2 Datorn ska låsas …*: the requirement's number, not its first word,
# which a passive's rewrite had kept capitalised mid-sentence, *(Vem?) ska låsa Datorn*).
# An emoji or a symbol that opens a line is its bullet (*💧 Drick mycket vatten* / *🏠 Håll dig i skuggan* …, *✅ Du
# kan duscha*, *▶ Anmäl dig*, *➤*, *✔*, *1️⃣*), as social-media posts and texts pasted from them make lists (session 48,
# crisis re-test: an Instagram post's four emoji lines had been one 34-word sentence, a long-sentence error). A space
# after it may be left out (*✅Klart*); emoji alone on a line are no item. Ornamental quotation marks and brackets
# (❝ ❞ ❨) open a quotation, not an item, and the mathematical minus (−) is a Markdown text's speech dash.
EMOJI_CHAR = (
    "[\u2023\u2043\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u275a\u2761-\u2767\u2776-\u27bf"
    "\u2b00-\u2bff\U0001f000-\U0001faff]"
)
EMOJI = (
    f"(?:{EMOJI_CHAR}|[0-9#*]\ufe0f?\u20e3)[\ufe0e\ufe0f\u20e3\U000e0020-\U000e007f]*"
    f"(?:\u200d{EMOJI_CHAR}[\ufe0e\ufe0f]*)*"  # (a family or a profession: emoji joined by a zero-width joiner)
)
SYMBOL_BULLET = f"(?:{EMOJI})++[ \t]*+(?=\\S)(?!{EMOJI_CHAR})"
BULLET = re.compile(
    r"[ \t]*(?:(?:[-–•·*▪◦]|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+)[ \t]+(?=\S)|" + SYMBOL_BULLET + ")"
)
HEADING_MAX_WORDS = 10
HEADING_MAX_LINES = 3
CLOSING_PUNCTUATION = ".!?:;,"
# A heading printed right above its text, with no blank line between (*Utbetalning* over *Beviljat belopp utbetalas
# till ert konto.*), as most letters and decisions are laid out: a line of this many words at most, without closing
# punctuation or a hyphen that breaks a word, that opens the text or follows a sentence's end, over a longer line
# that opens with a capital. Read as one block, the heading had become the first words of the sentence: *(Vem?)
# utbetalar Utbetalning Beviljat belopp*, and a sentence over the length limit. A wrapped paragraph's line is about
# as long as the next, and a letter's closing (*Med vänlig hälsning*) is over the signature, not a heading.
HEADING_ABOVE_TEXT_MAX_WORDS = 6
SENTENCE_END = ".!?:"
# A numbered heading printed right above its text (*1. Ansökan* over *Ansökan om plats görs via e-tjänsten.*), as
# inspection reports, rules and revision reports number their sections (*1. Temperaturer*, *2.2 Revisionsfrågor*).
# Read as a one-line list item with its text, the heading had become the sentence's first words: *(Vem?) gör Ansökan
# Ansökan om plats*, and *1. Sammanfattning* was no summary heading. A section number ends in a full stop or has
# levels; *1)* numbers list items, and *13.30 Anmälan* is a programme's time.
SECTION_NUMBER = re.compile(r"[ \t]*(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]+(?=\S)")
CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# What may stand before a numbered heading: the end of a sentence, not a colon that leads in a list.
NUMBERED_HEADING_AFTER = ".!?"
# Lines written one unit a line, as a browser's plain text of a web page has them (session 43, workbench §2: Chromium
# copies a <ul>'s items and a contact paragraph's <br> lines as bare lines, with no bullet and no blank line after the
# list: *Till ansökan ska du bifoga:* over *en situationsplan som visar var altanen ska byggas* / *ritningar över
# altanen …* / … / *Kontakta oss* / *Bygglovsavdelningen* / *Telefon …* had been one 48-word "sentence", a
# long-sentence error under profile webb). A line break is the writer's when the next line's first word would have
# fitted on the line: a hard-wrapped paragraph breaks a line only where the next word does not fit, so its lines never
# pass this test, at any width; FIT leaves room for a wrap by a proportional font (a PDF's text). The line must also
# end open, in no punctuation and no word that needs one after it (*… utses av* over *Regeringen*). After a line
# that ends in a colon (or a blank line after one), lower-case lines that so break are list items; capitalised lines
# in such a run are kept in their block with a hard break ("\n": SentenceHints starts a sentence there), as an HTML
# <br> is.
FIT = 0.8
LINE_CLOSING = ".!?:;,-–"
ITEMS, LINES = "items", "lines"
SOFT, HARD, ITEM, PARAGRAPH_AFTER = 0, 1, 2, 3


@dataclass(slots=True)
class _Line:
    start: int  # source offset of the first character
    text: str  # without the line break


# An HTML tag left in a text file (copied from a web page or a CMS): markup, not prose. A letter right
# after "<" and no "<" or ">" inside, so "<anna@example.se>", "<https://…>" and "a < b" are not tags.
LEFTOVER_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# pandoc's plain text of a Word bookmark, left on a heading by a table of contents: *[bookmark: _Toc322932184]Svar
# på frågor*. Markup, not words; the line it opens is a heading (round 82, blind: a heading and its paragraph were
# read as one 30-word sentence).
BOOKMARK = re.compile(r"\[bookmark: [^\]\n]*\]")
# What str.splitlines() splits at, as a pattern: lines are read one by one, never all at once.
LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])?")


def read(source: str, path: str | None = None) -> Document:
    """Blocks as the module says. Memory grows with blocks, not lines: a 20 MB file of one-letter lines
    (ten million lines) held 1.7 GB of line objects when every line of a group was kept (issue 14)."""
    notices: list[Notice] = []
    blocks = _blocks_between(source, 0, len(source), notices)
    return Document(source, blocks, path, "text", text_directives(source, notices), notices=notices)


# Line breaks other than \n (str.splitlines breaks at each): a text with any is read whole by reread().
_OTHER_BREAKS = re.compile("[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
PARAGRAPH_BREAK = "\n\n"


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(source: str) -> str:
    """A lone UTF-16 surrogate (``\\ud800``: a JSON escape from an editor or a web form can make one) is no
    character and cannot be encoded, so spaCy's tokenizer raised on it. It becomes U+FFFD, one code unit for
    one, so every position and UTF-16 column stays where it was. The search runs in C: no copy of a clean text."""
    return LONE_SURROGATE.sub("\ufffd", source) if LONE_SURROGATE.search(source) else source


def reread(previous: Document, source: str, path: str | None = None) -> Document:
    """``read(source, path)``, reusing the blocks of ``previous`` (a read of an earlier version of the text)
    where the text did not change: an editor's keystroke in a long document re-reads one paragraph or so.

    Blocks end at blank lines, so the text is cut at an empty line before the first changed character
    and one after the last: the blocks before the first cut are the previous ones, those after the last
    are the previous ones moved by the change in length, and only the text between is read. A text with
    notices (leftover HTML tags) is read whole: its notices belong to the whole text. Lone surrogates become
    U+FFFD, as :func:`klarlint.readers.read_text` makes them (``previous`` is a read of text made so).
    """
    old = previous.source
    if previous.format != "text" or previous.notices:
        return composed(read(without_lone_surrogates(source), path))
    same_start = common_prefix(old, source)
    same_end = common_suffix(old, source, min(len(old), len(source)) - same_start)
    # A lone surrogate becomes U+FFFD, as read_text makes it; only the changed part can have one (the rest is
    # the previous text's, made clean so), and searching 2 MB for one on every edit took 4 ms.
    if LONE_SURROGATE.search(source, same_start, len(source) - same_end):
        source = without_lone_surrogates(source)
    if not _only_line_feeds(path, old, source, same_start, len(source) - same_end):
        return composed(read(source, path))
    before = source.rfind(PARAGRAPH_BREAK, 0, max(same_start - 1, 0))  # an empty line in the unchanged start
    cut = before + len(PARAGRAPH_BREAK) if before >= 0 else 0
    after = source.find(PARAGRAPH_BREAK, len(source) - same_end)  # ... and one in the unchanged end
    delta = len(source) - len(old)
    if after >= 0 and (_colon_before(source, after) or _colon_before(old, after - delta)):
        # the group after it is read by the colon it follows, or followed (see _after_colon): read it too
        following = after
        while following < len(source) and source[following].isspace():
            following += 1
        after = source.find(PARAGRAPH_BREAK, following)
    new_end = after + len(PARAGRAPH_BREAK) if after >= 0 else len(source)
    old_end = new_end - delta
    notices: list[Notice] = []
    between = [composed_block(block) for block in _blocks_between(source, cut, new_end, notices)]
    if notices:
        return composed(read(source, path))
    blocks = previous.blocks
    # (by bisection on the blocks themselves: a list of every block's start cost 7 ms an edit at 300,000 words)
    kept = blocks[: bisect.bisect_left(blocks, cut, key=_source_start)]
    moved = blocks[bisect.bisect_left(blocks, old_end, key=_source_start) :] if after >= 0 else []
    if delta:
        moved = [_moved(block, delta) for block in moved]
    directives = text_directives(source, notices)  # a notice of its own makes the next edit read the text whole
    document = Document(source, [*kept, *between, *moved], path, "text", directives, notices=notices)
    starts = previous.__dict__.get("_line_starts")  # (a cached property: there once asked for)
    if starts is not None:
        document.__dict__["_line_starts"] = _line_starts_after(starts, source, cut, new_end, old_end, after >= 0)
    return document


def _source_start(block: Block) -> int:
    return block.segments[0].source_start


def _line_starts_after(old: array, source: str, cut: int, new_end: int, old_end: int, tail: bool) -> array:
    """The line starts of ``source`` (which has only \\n breaks), from ``old``, those of the text it was
    made from by changing ``[cut, old_end)`` into ``source[cut:new_end]`` (both begin at a line start, and
    so does ``new_end`` when ``tail``): finding them in 2 MB of text again took 7 ms per edit."""
    starts = old[: bisect.bisect_left(old, cut)]
    middle = line_feed_starts(source[cut:new_end], cut)
    if tail:
        middle.pop()  # new_end: the first of the tail's
    starts.extend(middle)
    delta = new_end - old_end
    starts.extend(map(delta.__add__, old[bisect.bisect_left(old, old_end) :]) if tail else ())
    return starts


# The last text of each file found without other line breaks (the one a reader of its next version re-reads).
_CLEAN: OrderedDict[str | None, str] = OrderedDict()
MAX_CLEAN_KEPT = 8


def _only_line_feeds(path: str | None, old: str, source: str, start: int, end: int) -> bool:
    """Whether neither ``old`` nor ``source`` (``old`` with ``source[start:end]`` in place of its middle) has a
    line break other than \\n. The last clean text of each file is remembered, so an edit's check looks at the
    changed part alone, not twice at 2 MB."""
    if _CLEAN.get(path) is not old and _OTHER_BREAKS.search(old):
        return False
    if _OTHER_BREAKS.search(source, start, end):
        _CLEAN.pop(path, None)
        return False
    _CLEAN[path] = source
    _CLEAN.move_to_end(path)
    while len(_CLEAN) > MAX_CLEAN_KEPT:
        _CLEAN.popitem(last=False)
    return True


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
    if len(block.segments) == 1:  # a plain-text block is one run of the source: the common case
        s = block.segments[0]
        segments: tuple[Segment, ...] = (Segment(s.text_start, s.source_start + delta, s.length, s.source_length),)
    else:
        segments = tuple(
            Segment(s.text_start, s.source_start + delta, s.length, s.source_length) for s in block.segments
        )
    return Block(block.kind, block.text, segments, block.level, block.quotes, block.links)


def _blocks_between(source: str, start: int, end: int, notices: list[Notice]) -> list[Block]:
    """The blocks of ``source[start:end]``, which begins and ends at a block boundary (or the text's ends),
    without leftover HTML tags (noticed in ``notices``)."""
    blocks: list[Block] = []
    group: list[_Line] = []  # the group's first lines, while they may still all be headings (or be the head)
    splitter: _Splitter | None = None  # the group's blocks, once they cannot
    head = False  # whether the group is the text's first
    for line in _lines(source, start, end):
        if not line.text.strip():
            blocks.extend(splitter.end() if splitter else _blocks_of_group(source, group, head))
            group, splitter = [], None
        elif splitter:
            splitter.add(line)
        else:
            if not group:
                head = not blocks and LEADING_BLANKS.match(source).end() >= line.start
            group.append(line)
            if len(group) > HEADING_MAX_LINES and not (head and _head_lines(group)):  # stream the rest
                splitter = _Splitter(source, _group_width(source, group[0].start, end), _after_colon(source, group))
                for kept in group:
                    splitter.add(kept)
                group = []
    blocks.extend(splitter.end() if splitter else _blocks_of_group(source, group, head))
    return [spaced(_without_tags(block.without(BOOKMARK).without(DIRECTIVE), notices)) for block in blocks]


# An inline-control comment (``<!-- klarlint-disable-next-line skall -->``) is markup, not words: its own *skall*
# had been flagged, and its words counted in the next line's sentence. It is cut out of its block with the blanks
# after it, and the lines are read as if it were blank (_lines), so a line of one is a blank line between blocks,
# as in Markdown, and a line with one after its text is judged by its text (*Du skall gå. <!-- … -->* is no heading).
DIRECTIVE = re.compile(
    rf"{TEXT_COMMENT.pattern}[ \t]*|[ \t]+(?={TEXT_COMMENT.pattern}[ \t]*$)", TEXT_COMMENT.flags | re.MULTILINE
)


def _blanked(match: re.Match[str]) -> str:
    return " " * len(match.group())


# A space that does not break the line (U+00A0: ``&nbsp;``, a word processor's Ctrl+Shift+Space) and the typographic
# ones. spaCy reads each as a token of its own, so a phrase written with them (*i&nbsp;enlighet&nbsp;med*) matched no
# phrase rule and the words around it were misread, while the HTML reader, which reads them as spaces, found it.
HARD_SPACE = re.compile("[\xa0\u2002-\u200a\u202f\u205f\u3000]")


def spaced(block: Block) -> Block:
    """The block with its hard spaces read as spaces (the same object where it has none). Each is a segment of its
    own that maps as a whole to its character: positions stay exact, and a replacement over one is not ``fixable``,
    so ``--fix`` never turns a space the writer chose not to break into one that may."""
    if not HARD_SPACE.search(block.text):
        return block
    segments: list[Segment] = []
    for segment in block.segments:
        end = segment.text_start + segment.length
        if segment.source_length is not None or not segment.length:  # decoded markup (``&nbsp;``) maps whole already
            segments.append(segment)
            continue
        position = segment.text_start
        shift = segment.source_start - segment.text_start
        for match in HARD_SPACE.finditer(block.text, position, end):
            if match.start() > position:
                segments.append(Segment(position, position + shift, match.start() - position))
            segments.append(Segment(match.start(), match.start() + shift, 1, 1))
            position = match.end()
        if position < end:
            segments.append(Segment(position, position + shift, end - position))
    return dataclasses.replace(block, text=HARD_SPACE.sub(" ", block.text), segments=tuple(segments))


def _without_tags(block: Block, notices: list[Notice]) -> Block:
    """The block without leftover HTML tags (its other text keeps its offsets), and a notice where they are."""
    tags = list(LEFTOVER_TAG.finditer(block.text))
    if not tags:
        return block
    start, end = block.source_span(tags[0].start(), tags[-1].end())
    count = f"{len(tags)} HTML-taggar" if len(tags) > 1 else "en HTML-tagg"
    notices.append(Notice("not-prose", f"{count} i stycket granskades inte (kvar från en webbsida?)", start, end))
    return block.without(LEFTOVER_TAG)


def _lines(source: str, start: int = 0, end: int | None = None) -> Iterator[_Line]:
    """The lines of ``source[start:end]`` as ``str.splitlines`` cuts them, without their line breaks, one at a
    time (offsets in ``source``)."""
    for match in LINE.finditer(source, start, len(source) if end is None else end):
        if match.end() > match.start():
            text = match.group().rstrip("\r\n")
            yield _Line(match.start(), TEXT_COMMENT.sub(_blanked, text) if "<!--" in text else text)


def _blocks_of_group(source: str, lines: list[_Line], head: bool = False) -> list[Block]:
    if not lines:
        return []
    if not any(BULLET.match(line.text) for line in lines) and _all_heading_like(lines):
        return [_verbatim(source, BlockKind.HEADING, line, line, 0) for line in lines]
    if head and _head_lines(lines):
        # the title, then the head's lines, each a line of its own (a hard break: each is its own sentence)
        title, rest = lines[0], lines[1:]
        hard = [line.start - 1 for line in rest[1:]]
        return [
            _verbatim(source, BlockKind.HEADING, title, title, 0),
            _verbatim(source, BlockKind.PARAGRAPH, rest[0], rest[-1], 0, hard=hard),
        ]
    splitter = _Splitter(source, _width(line.text for line in lines), _after_colon(source, lines))
    for line in lines:
        splitter.add(line)
    return splitter.end()


# A text's head (session 49, county re-test: an inspection report's *Kontrollrapport – djurskyddskontroll* over
# *Länsstyrelsen i Jönköpings län* / *Diarienummer: 6041-2026-0847* / *Kontrolldatum: …* / *Kontrollant: …*): a short
# title, then short lines of which at least two are *Label: value* lines, as reports, decisions and minutes open.
# Read as one paragraph, the title was lost (the report was named by its first heading, *Sammanfattning*) and the
# lines ran into one sentence. The title must have a word in lower case or be one word: a letter's sender block
# (*Anna Svensson* over her address, *Telefon: …*, *E-post: …*) opens with a name, which is no title.
LABEL_LINE = re.compile(r"[ \t]*[A-ZÅÄÖ][^\W\d_]*(?:[ -][^\W\d_]+){0,2}:[ \t]+\S")
HEAD_MAX_LINES = 12
HEAD_MIN_LABELS = 2
LEADING_BLANKS = re.compile(r"\s*")


def _head_lines(lines: list[_Line]) -> bool:
    """Whether ``lines`` (a text's first group) are a title over its head's lines (see LABEL_LINE)."""
    if len(lines) > HEAD_MAX_LINES or len(lines) < 1 + HEAD_MIN_LABELS or not _heading_above_text(lines[0]):
        return False
    words = lines[0].text.split()
    if len(words) > 1 and not any(word[0].islower() for word in words[1:]):
        return False
    labels = 0
    for line in lines[1:]:
        text = line.text.strip()
        if LABEL_LINE.match(line.text) and text[-1] not in SENTENCE_END and len(text.split()) <= HEADING_MAX_WORDS:
            labels += 1
        elif not (_heading_like(text) and len(text.split()) <= HEADING_ABOVE_TEXT_MAX_WORDS) or BULLET.match(text):
            return False
    return labels >= HEAD_MIN_LABELS


# A blank line, found in C: the end of a group of lines (one a line of a klarlint comment ends is missed, and a wider
# group's width only makes fewer lines fit).
BLANK_LINE = re.compile(r"^\s*$", re.MULTILINE)


def _group_width(source: str, start: int, end: int) -> int:
    """The width of the group of lines that starts at ``start`` (up to a blank line): see _width."""
    blank = BLANK_LINE.search(source, start, end)
    return _width(source[start : blank.start() if blank else end].splitlines())


def _width(lines: Iterable[str]) -> int:
    """The width ``lines`` were written or wrapped to (see FIT): the length of the longest line of two words or more.
    A word longer than the width has a line of its own in a wrapped paragraph (a link's address: *… läroböcker](/
    pressmeddelanden/2023/03/regeringen-gor-det-…)*), and had made every other line fit as if written one a line."""
    width = longest = 0
    for line in lines:
        text = line.strip()
        longest = max(longest, len(text))
        if " " in text or "\t" in text:
            width = max(width, len(text))
    return width or longest


def _after_colon(source: str, lines: list[_Line]) -> bool:
    """Whether the last text before the group of ``lines`` (over blank lines) ends in a colon: a list's lead-in that a
    browser's plain text puts a blank line after (*Till ansökan ska du bifoga:*, then its items)."""
    return _colon_before(source, lines[0].start)


def _colon_before(source: str, position: int) -> bool:
    """Whether the last character before ``position`` that is no space is a colon."""
    position -= 1
    while position >= 0 and source[position].isspace():
        position -= 1
    return position >= 0 and source[position] == ":"


class _Splitter:
    """A group's lines, one at a time, into paragraphs and list items (a bullet starts an item; the lines
    after it continue it). Keeps only the current block's first and last line."""

    def __init__(self, source: str, width: int = 0, after_colon: bool = False) -> None:
        self.source = source
        self.fits = FIT * width  # how long a line and the next one's first word may be to fit (see FIT)
        # a run of lines written one unit a line (see FIT): ITEMS after a colon, LINES capitalised; None: prose
        self.mode: str | None = ITEMS if after_colon else None
        self.pending_item = after_colon  # whether the block is the first line after a colon ended the group before
        self.bulleted = False  # whether the current block is a list item with a bullet or a number of its own
        self.hard = array("q")  # the current block's hard line breaks (source offsets; a block may have a million)
        self.blocks: list[Block] = []
        self.first: _Line | None = None
        self.last: _Line | None = None
        self.kind = BlockKind.PARAGRAPH
        self.skip = 0
        self.numbered = False  # whether the current list item has a number (*2. Skicka in intyget.*)
        # lines that are headings if the next one is their text: one, or a numbered section's chain (*2. Inledning*
        # over *2.1 Bakgrund* over the text)
        self.headings: list[_Line] = []

    def add(self, line: _Line) -> None:
        if self.headings:
            headings, self.headings = self.headings, []
            if _numbered_below(headings[-1], line) and _numbered_heading(line):
                self.headings = [*headings, line]  # *2. Inledning* over *2.1 Bakgrund*: wait for the text under both
                return
            if _text_under(headings[-1], line) or _numbered_below(headings[-1], line):
                # (a numbered line under it, *3. Krav* over *3.1 Arbete på distans ska ske via VPN.*, is its item)
                self._close()
                for heading in headings:
                    self.blocks.append(_verbatim(self.source, BlockKind.HEADING, heading, heading, 0))
                # the text under it opens a paragraph, not the list item before (whose bullet's width had cut its
                # first letters: *all betala* of *Ni skall betala*, and that *skall* went unreported)
                self.kind, self.skip, self.numbered = BlockKind.PARAGRAPH, 0, False
                self.mode, self.pending_item = None, False  # (a heading ends a run of lines)
            else:
                for heading in headings:
                    self._add(heading)
        end = self.last.text.rstrip()[-1:] if self.last is not None else ""
        if (
            _heading_above_text(line)
            and (self.last is None or end in SENTENCE_END)
            or _numbered_heading(line)
            # not the last of a numbered list's items (*2. Vänta på besked* over *Vi hör av oss.*), nor a list's
            # first item under its lead-in (*Ta med:* over *1. Pass*)
            and (self.last is None or end in NUMBERED_HEADING_AFTER and not self.numbered)
        ):
            self.headings = [line]
            return
        self._add(line)

    def _add(self, line: _Line) -> None:
        bullet = BULLET.match(line.text)
        if not bullet and (marker := ATX_HEADING.match(line.text)):
            self._close()  # *## Ansökan* then its paragraph on the next line: two blocks, as Markdown reads them
            self.mode, self.pending_item = None, False
            level = marker.group().count("#")
            heading = _verbatim(self.source, BlockKind.HEADING, line, line, marker.end(), level).without(ATX_CLOSING)
            if heading.text:
                self.blocks.append(heading)
            return
        if BOOKMARK.match(line.text, bullet.end() if bullet else 0):
            self._close()
            self.mode, self.pending_item = None, False
            heading = _verbatim(self.source, BlockKind.HEADING, line, line, 0).without(BOOKMARK)
            if heading.text.strip():
                self.blocks.append(heading)
            return
        if bullet:
            self._close()
            self.first, self.kind, self.skip = line, BlockKind.LIST_ITEM, bullet.end()
            self.numbered = bullet.group().strip()[:1].isdigit()
            self.bulleted, self.mode, self.pending_item = True, None, False
        elif self.first is None:
            self.first = line
        elif self.last is not None and not self.bulleted:
            found = self._break(self.last, line)
            if found == ITEM:
                if self.pending_item:
                    self.kind = BlockKind.LIST_ITEM  # (the line after the colon was the first item)
                self._close()
                self.first, self.kind, self.skip, self.numbered = line, BlockKind.LIST_ITEM, 0, False
            elif found == PARAGRAPH_AFTER:
                self._close()
                self.first, self.kind, self.skip, self.numbered = line, BlockKind.PARAGRAPH, 0, False
            elif found == HARD:
                self.hard.append(line.start - 1)
            self.pending_item = False
        self.last = line

    def _break(self, above: _Line, line: _Line) -> int:
        """What the line break between ``above`` and ``line`` (both in the current block) is (see FIT)."""
        if (not self.hard and above is self.first or self.hard and self.hard[-1] == above.start - 1) and (
            _label_over_sentence(above, line)
        ):
            return HARD
        if self.mode is None and len(above.text) + 2 > self.fits:
            return SOFT  # (no word fits after it: the common case, a wrapped paragraph's line, decided at once)
        text, below = above.text.strip(), line.text.strip()
        end, opens = text[-1], below[0]
        fits = len(text) + 1 + len(below.split(None, 1)[0]) <= self.fits
        is_open = end not in LINE_CLOSING and text.rsplit(None, 1)[-1].lower() not in LEADS_ON
        capital = opens.isupper() or opens.isdigit()
        if end == ":" and fits and (opens.islower() or capital):
            self.mode = ITEMS if opens.islower() else LINES
            return ITEM if opens.islower() else HARD
        if self.mode == ITEMS and opens.islower() and fits and (is_open or end in ",;"):
            return ITEM
        if capital and is_open and (fits or self.mode is not None):
            # (in a run, a long line's next one need not fit: *… tomtgränsen* over *Kontakta oss*, which ends the
            # list and opens a paragraph, as the page's <p> after its <ul>)
            items, self.mode = self.mode == ITEMS and self.kind is BlockKind.LIST_ITEM, LINES
            return PARAGRAPH_AFTER if items else HARD
        self.mode = None
        return SOFT

    def end(self) -> list[Block]:
        for heading in self.headings:
            self._add(heading)
        self.headings = []
        self._close()
        return self.blocks

    def _close(self) -> None:
        if self.first is not None and self.last is not None:
            block = _verbatim(self.source, self.kind, self.first, self.last, self.skip, hard=self.hard)
            if block.text:
                self.blocks.append(block)
        self.first = self.last = None
        self.hard = array("q")
        self.bulleted = False


def _label_over_sentence(above: _Line, line: _Line) -> bool:
    """Whether ``above`` is a *Label: value* line (see LABEL_LINE) with a sentence of its own under it: *Verksamhets-
    utövare: Per Johansson, Norra Ryd 4, 571 92 Nässjö* over *Kontrollen var anmäld i förväg.* (session 49, county
    re-test: read as one sentence, *… 571 92 Nässjö Kontrollen var anmäld i förväg.*). The label line ends open, in no
    word that leads on (a wrapped sentence's first line, *Obs: ansökan ska lämnas till*, is no label line), and the
    line under it is a whole sentence: a capital, a lower-case second word and a full stop at its end."""
    if not _label_line(above.text):
        return False
    text = line.text.strip()
    words = text.split()
    return (
        text[-1] in SHORT_SENTENCE_END
        and len(words) >= 2
        and text[0].isupper()
        and words[1][0].islower()
        and not BULLET.match(line.text)
    )


def _label_line(text: str) -> bool:
    """Whether ``text`` is a *Label: value* line that ends open (see LABEL_LINE)."""
    words = text.split()
    return (
        LABEL_LINE.match(text) is not None
        and len(words) <= HEADING_MAX_WORDS
        and text.rstrip()[-1] not in LINE_CLOSING
        and words[-1].lower() not in LEADS_ON
    )


def _all_heading_like(lines: list[_Line]) -> bool:
    if len(lines) > HEADING_MAX_LINES:
        return False
    return all(_heading_like(line.text) for line in lines)


def _heading_above_text(line: _Line) -> bool:
    """Whether ``line`` may be a heading printed right above its text (see HEADING_ABOVE_TEXT_MAX_WORDS)."""
    text = line.text.strip()
    return (
        bool(text)
        and text[-1] != "-"
        and len(text.split()) <= HEADING_ABOVE_TEXT_MAX_WORDS
        and _heading_like(text)  # (no closing punctuation, a capital first)
        and not BULLET.match(line.text)
        and not ATX_HEADING.match(line.text)
        and not LETTER_CLOSING.match(text)
    )


def _numbered_heading(line: _Line) -> bool:
    """Whether ``line`` may be a numbered heading printed right above its text (see SECTION_NUMBER)."""
    number = SECTION_NUMBER.match(line.text)
    if number is None or not BULLET.match(line.text) or CLOCK_TIME.fullmatch(number.group(1)):
        return False
    text = line.text[number.end() :].strip()
    return (
        text[-1] != "-"
        and len(text.split()) <= HEADING_ABOVE_TEXT_MAX_WORDS
        and _heading_like(text)
        and not BOOKMARK.match(text)  # (a bookmark's line is a heading already)
    )


def _numbered_below(heading: _Line, line: _Line) -> bool:
    """Whether ``line``'s number is of a part of ``heading``'s section (*2.1* under *2.*, *3.1.2* under *3.1*)."""
    above = SECTION_NUMBER.match(heading.text)
    below = SECTION_NUMBER.match(line.text)
    return above is not None and below is not None and below.group(1).startswith(above.group(1) + ".")


def _text_under(heading: _Line, line: _Line) -> bool:
    """Whether ``line`` is the text under ``heading``: longer, or a short sentence of its own (see SHORT_SENTENCE_END),
    and opening with a capital (not a list item). Under a numbered heading, not indented further: an indented line
    goes on with a list item (*1. Ansök om plats* over *   Du ansöker i e-tjänsten.*)."""
    text = line.text.strip()
    if not (text[0].isupper() and not BULLET.match(line.text)):
        return False
    if len(text) <= len(heading.text.strip()) and not _short_sentence_under(heading, text):
        return False
    return not BULLET.match(heading.text) or _indent(line.text) <= _indent(heading.text)


# A protocol's heading over a decision shorter than itself (*Kommunstyrelsens förslag till beslut* over *Motionen
# avslås.*, no blank line between, as pasted protocols have them): a whole sentence whose second word is a lower-case
# word that may be its verb, under a heading that ends in a lower-case word that needs none after it. Read as one
# block, the heading had become the sentence's first words, and a passive's rewrite reversed the decision: *(Vem?)
# avslår kommunstyrelsens förslag till beslut Motionen* (session 43, a reviewer). A wrapped paragraph's line goes on
# over a name or a phrase (*… utses kammarrättslagmannen* over *Peder Liljeqvist.*, *… från städerna* over *Köln och
# Bremen.*, *… kommer ha* over *Krasnoyarsk som värd.*, *… minister Romina* over *Pourmokhtaris …*), and a numbered
# list's item (*1. Pass* over *Ta med det.*) is no heading.
SHORT_SENTENCE_END = ".!?"
LEADS_ON = frozenset(
    {"och", "eller", "samt", "men", "utan", "att", "som", "om", "när", "då", "där", "eftersom", "i", "på", "till"}
    | {"för", "av", "med", "från", "vid", "under", "över", "efter", "enligt", "inom", "mot", "hos", "genom"}
    | {"kring", "bland", "mellan", "en", "ett", "den", "det", "de", "denna", "detta", "dessa", "din", "ditt"}
    | {"dina", "er", "ert", "era", "vår", "vårt", "våra", "sin", "sitt", "sina", "hans", "hennes", "deras", "dess"}
    | {"ska", "skall", "kan", "får", "måste", "bör", "vill", "har", "är", "var", "blir", "ha", "vara", "bli"}
)


def _short_sentence_under(heading: _Line, text: str) -> bool:
    """Whether ``text``, no longer than ``heading``, is a sentence of its own under it (see SHORT_SENTENCE_END)."""
    last = heading.text.split()[-1]
    words = text.split()
    return (
        text[-1] in SHORT_SENTENCE_END
        and len(words) >= 2
        and words[1][0].islower()
        and words[1].rstrip(SHORT_SENTENCE_END).isalpha()  # (not a programme's *Inpassering senast: kl.15.40.*)
        and words[1].rstrip(SHORT_SENTENCE_END).lower() not in LEADS_ON
        and last[0].islower()
        and last.lower() not in LEADS_ON
        and not BULLET.match(heading.text)
    )


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def _heading_like(text: str) -> bool:
    stripped = text.strip()
    # The cheap tests first: most lines end in a full stop.
    return (
        stripped[-1] not in CLOSING_PUNCTUATION and stripped[0].isupper() and len(stripped.split()) <= HEADING_MAX_WORDS
    )


def _verbatim(
    source: str, kind: BlockKind, first: _Line, last: _Line, skip: int, level: int = 0, hard: Sequence[int] = ()
) -> Block:
    """A block from ``first`` to ``last`` line; line breaks become spaces so offsets stay identical, but a
    programme's lines stay lines (klarlint.prose) and so do the breaks at ``hard`` (source offsets: see FIT)."""
    start = first.start + skip
    end = last.start + len(last.text)
    raw = source[start:end]
    leading = len(raw) - len(raw.lstrip())
    text = joined_lines(raw.strip().replace("\r", " "))
    if hard:  # (pieces, not a list of characters: a long block's copy per character had taken 8 bytes a character)
        pieces, position = [], 0
        for offset in hard:
            pieces += (text[position : offset - start - leading], "\n")
            position = offset - start - leading + 1
        text = "".join([*pieces, text[position:]])
    block = Block.verbatim(kind, text, start + leading, level)
    return block.quote_all() if first.text.lstrip(" \t").startswith(">") else block  # e-mail style quote
