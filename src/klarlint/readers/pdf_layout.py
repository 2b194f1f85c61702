"""The lines of a PDF's pages, from pypdf's runs of text, and the blocks a reader sees in them (see readers.pdf).

Everything here works on positions pypdf reports (``extract_text(visitor_text=…)``): no PDF is parsed here.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from klarlint.document import Block, BlockKind, Document, Segment
from klarlint.limits import Notice

SENTENCE_END = re.compile(r"[.!?:]\s*$")
HYPHENATED = re.compile(r"[a-zåäöé]-$")
# A hyphen before one of these is a compound's shared part, not hyphenation: *plan- och bygglagen*, *för- eller
# efterskola*; the line break stays a space and the hyphen stays.
SHARED_PART = re.compile(r"(?:och|eller|samt|resp\.|respektive|till)\b")
# One letter before the hyphen is a word written with it (*e-post*, *t-tröja*): joined, the hyphen kept.
ONE_LETTER = re.compile(r"(?:^|[^\w-])\w-$")
# Capitals or a name before a hyphen at a line end: a word written with it (*EU-minister*, *AI-utvecklingen*,
# *Carl-Oskar*); joined with the hyphen kept (it had become *EU- minister*).
CAPITALS_HYPHEN = re.compile(r"(?:^|[^\w-])(?:[A-ZÅÄÖ0-9]{2,}|[A-ZÅÄÖ][a-zåäöé]+)-$")
# Chromium writes U+2010 where it hyphenated a word at a line end (*hem‐* / *försäkring*): always dropped.
SOFT_BREAK = "\u2010"
BROKEN_LINE = 0.5  # a line without a sentence's end shorter than this share of the body's lines was broken on purpose
SHORT_LINE = 0.75  # a line ending a sentence and shorter than this share of its paragraph's longest line ends it
# A list item's bullet or number, as the plain-text reader knows them.
BULLET = re.compile(r"\s*(?:[-–•·*▪◦●■]|\d{1,3}(?:\.\d{1,3})*[.)])\s+(?=\S)")
# A table of contents' line: dot leaders (or spaced dots, or an ellipsis run) before a page number.
TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|…{2,}\s*\d+\s*$|(?:\.\s?){8,}")
TOC_NOTICE = "Innehållsförteckningen granskades inte (inte löptext)."  # as the .docx reader words it
# A running header's or footer's page number alone (*3*, *Sida 3 av 12*, *- 3 -*, *3/12*): the template.
PAGE_NUMBER = re.compile(r"\W*(?:sida|s\.|page)?\s*#(?:\s*(?:av|/|of)\s*#)?\W*", re.IGNORECASE)
LIGATURES = re.compile("[\ufb00-\ufb06]")
# Word's bullets in the Symbol and Wingdings fonts come out as private-use characters (U+F0B7 is Symbol's bullet,
# the default in every municipal template; U+F0A7 ▪, U+F076 ❖, U+F0D8 ➢, U+F0FC ✓, U+F06E ■, U+F071 ❑ are
# Wingdings'): read as •, a list's bullet. As ``\uf0b7`` the bullet had been a table cell of its own and each
# wrapped line of the item another cell (lista.pdf: one sentence in three blocks).
PRIVATE_BULLETS = re.compile("[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf071\uf0a8\uf0e0\uf0f0]")
HEADING_MAX_WORDS = 15
TEMPLATE_ZONE = 0.12  # the top and bottom share of the page where a running header and footer stand
TEMPLATE_LINES = 3  # lines from the top and the bottom of a page looked at for the template
BIGGER = 1.12  # a heading's font is at least this much larger than the body's
# A gap this many ems wide between two runs on one line separates a table's cells (a word space is a quarter em;
# justified text stretches its spaces inside a run)
CELL_GAP = 0.8


@dataclass(slots=True)
class Run:
    text: str
    x: float
    y: float
    size: float
    bold: bool
    width: float
    positioned: bool
    split: bool = False  # pypdf saw a gap after it (and put a space) or ended its line there
    origin: int = 0  # which of pypdf's lines it came in


@dataclass(slots=True)
class Line:
    page: int
    pieces: list[Run]
    y: float
    size: float
    text: str = ""
    x: float = 0.0
    end: float = 0.0
    bold: bool = False
    cells: list[str] = field(default_factory=list)
    cell_x: list[float] = field(default_factory=list)
    cell_end: list[float] = field(default_factory=list)
    number: int = 0  # the line on its page, counted from the top
    kind: str = "body"  # body, heading, item, row, toc, note, template
    marks: int = 0  # footnote reference marks (raised digits) left out
    lead: int = 0  # a numbered heading's number and gap (*1 ⇥*), not part of its text
    block_right: float = 0.0  # an indented line's block's right edge, where it reaches the body's (else 0)


def _normalised(text: str) -> str:
    # Ligatures (U+FB00–FB06, *eﬀektueras*) as their letters, NFKC for those only: jargon was missed and a
    # message quoted *eﬀektueras*, which no search finds
    text = LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = PRIVATE_BULLETS.sub("•", text)
    # Justified text's double spaces (*och  medarbetare*) are one space as a reader sees them
    return re.sub(r"[ \t\u00a0]{2,}", " ", text).strip()


def _page_lines(number: int, runs: list[Run]) -> list[Line]:
    lines: list[Line] = []
    current: list[Run] = []
    marks = 0

    def flush() -> None:
        nonlocal marks
        pieces = [run for run in current if run.text.strip()]
        if pieces:
            pieces[-1].split = True
            main = max(pieces, key=lambda run: len(run.text))
            lines.append(Line(number, list(current), main.y, main.size, marks=marks))
        current.clear()
        marks = 0

    origin = 0
    for run in runs:
        if run.text == "\n":
            flush()
            origin += 1
            continue
        run.origin = origin
        if not run.positioned:  # a space pypdf put in a gap
            if current:
                current[-1] = Run(current[-1].text + run.text, *_rest(current[-1]), split=True)
            continue
        if current:
            line_y = next((r.y for r in current if r.text.strip()), run.y)
            line_size = max(r.size for r in current) or run.size
            # A raised small digit is a footnote's mark (*äger.¹ Kommunfullmäktige*): left out, it had glued two
            # sentences into one long one
            raised = run.y - line_y > 0.2 * line_size and run.size < 0.8 * line_size
            if raised and re.fullmatch(r"\s*[\d*†]{1,3}\s*", run.text):
                marks += 1
                continue
            if abs(run.y - line_y) > 0.4 * max(line_size, run.size, 1.0):
                flush()
        current.append(run)
    flush()
    lines = _merge_same_height(lines)
    for line in lines:
        _compose(line)
    for line in lines:
        if len(line.cells) > 1 and _justified(line, lines):
            _compose(line, stretched=True)
    lines = [line for line in lines if line.text]
    _number(lines)
    return lines


def _rest(run: Run) -> tuple:
    return run.x, run.y, run.size, run.bold, run.width, run.positioned


def _merge_same_height(lines: list[Line]) -> list[Line]:
    """A table's row comes from pypdf a cell at a time, a wrapped cell's second line between (*Kommunikationsch*,
    *efen*, *Fyra gånger per år*): pieces at the height of one of the last lines join that line."""
    merged: list[Line] = []
    for line in lines:
        for earlier in reversed(merged[-3:]):
            if abs(earlier.y - line.y) < 0.3 * max(line.size, 1.0) and abs(earlier.size - line.size) < 1.0:
                earlier.pieces.extend(line.pieces)
                earlier.marks += line.marks
                break
        else:
            merged.append(line)
    return merged


def _justified(line: Line, lines: list[Line]) -> bool:
    """A justified paragraph's line: it starts and ends where the line above or below it does, and no other line
    has a cell where its gaps end. Its stretched word spaces are missing from the runs' widths (LibreOffice's
    05-avstavning.pdf: a 41-point "gap" before *lovs-* made *… ringa vår bygg* / *lovs-* a table row, cutting a
    sentence and the word *bygglovshandläggare*)."""
    em = max(line.size, 1.0)
    beside = any(
        other is not line
        and len(other.cells) == 1
        and 0 < abs(other.y - line.y) <= 1.6 * em
        and abs(other.x - line.x) < 2
        and abs(other.end - line.end) < em
        for other in lines
    )
    shared = any(
        abs(x - known) < 2
        for other in lines
        if other is not line
        for known in other.cell_x[1:]
        for x in line.cell_x[1:]
    )
    return beside and not shared


NOTE_NUMBER = re.compile(r"\d{1,3}")
NOTE_START = re.compile(r"[A-ZÅÄÖ][a-zåäöé]")


def _note_number(previous: Run, pieces: list[Run], run: Run) -> bool:
    """A footnote's number, a run of its own at the line's start, before the note's first word (LibreOffice sets it
    in the note's font without a space, Word raised): kept apart, as the marks in the text are left out. Glued, it
    had read *1Kommunfullmäktige*, *2Svaren* (04-rapport.pdf)."""
    return (
        previous is pieces[0] and NOTE_NUMBER.fullmatch(previous.text) is not None and bool(NOTE_START.match(run.text))
    )


def _compose(line: Line, stretched: bool = False) -> None:
    """The line's text and its cells; ``stretched``: a justified line, where a gap its word spaces could have
    made (an em a space) is no cell's end."""
    pieces = sorted((run for run in line.pieces if run.text.strip() or run.text), key=lambda run: run.x)
    pieces = [run for run in pieces if run.positioned]
    cells: list[str] = []
    starts = [pieces[0].x] if pieces else []
    ends: list[float] = []
    cell = ""
    text = ""
    previous: Run | None = None
    for run in pieces:
        if previous is not None:
            gap = run.x - (previous.x + previous.width)
            # A cell ends where pypdf saw a gap too: a justified line's runs (split at a soft hyphen) stand
            # further apart than their natural widths say
            if (
                gap > CELL_GAP * max(line.size, 1.0)
                and cell.strip()
                and (previous.split or gap > 3 * line.size)
                and run.text.strip() not in ("-", SOFT_BREAK)  # a hyphen set apart at a justified line's end
                and not (stretched and gap <= len(previous.text.split()) * max(line.size, 1.0))
            ):
                cells.append(cell)
                starts.append(run.x)
                ends.append(previous.x + previous.width)
                cell = ""
                if not (text.endswith(" ") or run.text.startswith(" ")):
                    text += " "
            elif not (text.endswith(" ") or run.text.startswith(" ")) and (
                run.origin != previous.origin or _note_number(previous, pieces, run)
            ):
                # Within one of pypdf's lines its spaces are kept (it measures the gaps; a justified LibreOffice
                # line is cut into runs at its soft hyphens, *med|arbetare*, wider apart than their widths say);
                # runs from two of its lines (a table's cells) are two words
                text += " "
                cell += " "
        text += run.text
        cell += run.text
        previous = run
    cells.append(cell)
    if previous is not None:
        ends.append(previous.x + previous.width)
    line.text = _normalised(text)
    kept = [(c, x, e) for c, x, e in zip((_normalised(c) for c in cells), starts, ends, strict=False) if c]
    line.cells = [c for c, _, _ in kept]
    line.cell_x = [x for _, x, _ in kept]
    line.cell_end = [e for _, _, e in kept]
    if len(line.cells) > 1 and re.fullmatch(
        r"[-–•·*▪◦●■]|\d{1,3}(?:\.\d{1,3})*[.)]", line.cells[0]
    ):  # a list item's bullet and its text
        line.cells[:2] = [line.cells[0] + " " + line.cells[1]]
        del line.cell_x[1], line.cell_end[0]
    if pieces:
        line.x = pieces[0].x
        line.end = pieces[-1].x + pieces[-1].width
        visible = [run for run in pieces if run.text.strip()]
        line.bold = bool(visible) and all(run.bold for run in visible)


def _number(lines: list[Line]) -> None:
    """Each line's number on its page as a reader counts from the top (pypdf gave Chromium's footer first, so every
    line had been one off; a table's cells on one line share its number). In columns a reader counts down the
    column: the lines across the page above it, then the column's own. Counted over the whole page, the two
    columns' baselines (a few points apart) had been counted twice: *rad 15* for a column's 13th line."""
    gutters = _gutters(lines)
    counts = [0] * (len(gutters) + 1)  # each column's last number
    last: list[float | None] = [None] * (len(gutters) + 1)  # and its last line's height
    for line in sorted(lines, key=lambda line: -line.y):
        column = _column(line, gutters)
        columns = range(len(counts)) if column is None else [column]
        near = [last[c] for c in columns if last[c] is not None]
        if not near or min(near) - line.y > 0.3 * max(line.size, 1.0):
            number = max(counts[c] for c in columns) + 1
        else:
            number = max(counts[c] for c in columns)
        for c in columns:
            counts[c], last[c] = number, line.y
        line.number = number


def _gutters(lines: list[Line]) -> list[float]:
    """Where the page's later columns begin: the x at which, on at least three heights, a line stands beside
    another (a line's own cells are one line: a table's rows are no columns)."""
    starts: Counter[int] = Counter()
    ordered = sorted(lines, key=lambda line: -line.y)
    for index, line in enumerate(ordered):
        for other in ordered[index + 1 :]:
            if line.y - other.y > 0.8 * max(line.size, other.size, 1.0):
                break
            left, right = (line, other) if line.x < other.x else (other, line)
            if left.end < right.x - max(left.size, 1.0):
                starts[round(right.x)] += 1
    return sorted(float(x) for x, count in starts.items() if count >= 3)


def _column(line: Line, gutters: list[float]) -> int | None:
    """The column a line stands in, or None for a line across a gutter (a title above the columns)."""
    for gutter in gutters:
        if line.x < gutter - 2 < line.end:
            return None
    return sum(1 for gutter in gutters if line.x >= gutter - 2)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip().lower()


def _mark_template(pages: list[tuple[float, list[Line]]]) -> None:
    """Lines that come back at the top or bottom of most pages (digits aside), or of most odd or most even pages,
    are the running header and footer; a header on one page only is found by where the body begins."""
    zones: list[list[Line]] = []
    counts: Counter[str] = Counter()
    by_parity: list[Counter[str]] = [Counter(), Counter()]
    for number, (height, lines) in enumerate(pages, start=1):
        by_height = sorted(lines, key=lambda line: -line.y)
        top = [line for line in by_height[:TEMPLATE_LINES] if line.y > height * (1 - TEMPLATE_ZONE)]
        bottom = [line for line in by_height[-TEMPLATE_LINES:] if line.y < height * TEMPLATE_ZONE]
        zone = top + [line for line in bottom if line not in top]
        zones.append(zone)
        keys = {_key(line.text) for line in zone}
        counts.update(keys)
        by_parity[number % 2].update(keys)
    with_text = sum(1 for _, lines in pages if lines)
    if with_text < 2:
        return
    needed = max(2, -(-with_text // 2))
    # Word's *different odd and even pages* (a report's default in many templates) puts each header on every other
    # page, half the pages or fewer: rapport2.pdf's headers were body text and glued into a sentence over the page
    # break
    parity_pages = [sum(1 for n, (_, lines) in enumerate(pages, start=1) if lines and n % 2 == r) for r in (0, 1)]
    for number, zone in enumerate(zones, start=1):
        parity = by_parity[number % 2]
        parity_needed = max(2, -(-parity_pages[number % 2] // 2))
        for line in zone:
            key = _key(line.text)
            if counts[key] >= needed or parity[key] >= parity_needed or PAGE_NUMBER.fullmatch(key):
                line.kind = "template"
    _mark_single_headers(pages)


def _mark_single_headers(pages: list[tuple[float, list[Line]]]) -> None:
    """A header on one page only (a letter's *different first page*: page 2's *Tjörns kommun*; a short report's odd
    and even headers) stands above a gap at the top of its page, over the place where the body begins on another
    page, or over a line that goes on in lower case. It had been glued into the sentence over the page break
    (brev2.pdf: *… hjälper dig att Tjörns kommun*)."""
    tops: list[tuple[int, float]] = []  # (page, y) where each page's body begins
    heads: list[tuple[int, list[Line], Line]] = []  # (page, the lines above the gap, the first line below it)
    for number, (height, lines) in enumerate(pages, start=1):
        body = sorted((line for line in lines if line.kind != "template"), key=lambda line: -line.y)
        if not body:
            continue
        known = any(line.kind == "template" and line.y > height * (1 - TEMPLATE_ZONE) for line in lines)
        if known or number == 1:
            tops.append((number, body[0].y))
        if number == 1:
            continue
        above: list[Line] = []
        for line, below in zip(body, body[1:], strict=False):
            if line.y <= height * (1 - TEMPLATE_ZONE) or len(above) >= TEMPLATE_LINES:
                break
            above.append(line)
            if line.y - below.y > 1.6 * max(line.size, 1.0):
                heads.append((number, list(above), below))
                break
        else:
            continue
        if not heads or heads[-1][0] != number:
            tops.append((number, body[0].y))
    for number, above, below in heads:
        if any(SENTENCE_END.search(line.text) for line in above):
            continue  # a paragraph's last line, then the next paragraph (*möjligheter att få stöd.*)
        over_body = any(page != number and abs(y - below.y) < 3 for page, y in tops)
        if over_body or below.text[:1].islower():
            for line in above:
                line.kind = "template"


def _classify(lines: list[Line]) -> tuple[float, bool]:
    sizes: Counter[float] = Counter()
    bold_chars = 0
    chars = 0
    for line in lines:
        if line.kind == "template":
            continue
        sizes[round(line.size * 2) / 2] += len(line.text)
        chars += len(line.text)
        bold_chars += len(line.text) if line.bold else 0
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    body_bold = chars > 0 and bold_chars > chars / 2
    previous: Line | None = None
    for line in lines:
        if line.kind == "template":
            continue
        words = len(line.text.split())
        if TOC_LINE.search(line.text):
            line.kind = "toc"
        elif (
            (line.size >= body * BIGGER or (line.bold and not body_bold))
            and words <= HEADING_MAX_WORDS
            and not re.search(r"[.,;]$", line.text)
            and (len(line.cells) < 2 or _numbered_heading(line))
        ):
            if len(line.cells) == 2:
                # As the .docx reader reads it: the heading's text without Word's number (the capitals finding
                # quoted *1 ÖVRIG INFORMATION*)
                line.lead = max(0, line.text.find(line.cells[1]))
            line.cells = [line.text]
            line.kind = "heading"
        elif len(line.cells) >= 2 or _wrapped_cell(line, previous):
            line.kind = "row"
        elif BULLET.match(line.text):
            line.kind = "item"
        elif body and line.size <= body * 0.85:
            line.kind = "note"
        previous = line
    return body, body_bold


def _numbered_heading(line: Line) -> bool:
    """Word's numbered heading, *1 ⇥ Inledning*: the number, a tab's gap and the title in the heading's font. The
    gap had made it a table row of two cells and the heading's findings were lost (numhead.pdf: capitals ×2)."""
    return (
        len(line.cells) == 2
        and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?", line.cells[0]) is not None
        and line.cell_x[1] - line.cell_x[0] < 5 * max(line.size, 1.0)
        and line.cells[1][:1].isupper()
    )


def _wrapped_cell(line: Line, previous: Line | None) -> bool:
    """A table cell's wrapped second line (*Kommunikationsch* / *efen*): under a row, at one of its later cells."""
    return (
        previous is not None
        and previous.kind == "row"
        and previous.page == line.page
        and 0 < previous.y - line.y < 2 * max(line.size, 1.0)
        and any(abs(line.x - x) < 2 for x in previous.cell_x[1:])
    )


def _spacing(lines: list[Line]) -> float:
    """The body's usual distance between two lines of one paragraph."""
    gaps = [
        round(a.y - b.y, 1)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and a.kind == b.kind == "body" and 0 < a.y - b.y < 3 * max(a.size, 1.0)
    ]
    if not gaps:
        return 0.0
    return statistics.median(gaps)


@dataclass(slots=True)
class _Group:
    kind: str
    lines: list[Line]


def _continues(group: _Group, line: Line, spacing: float) -> bool:
    previous = group.lines[-1]
    text = line.text
    if line.page != previous.page or previous.y - line.y < 0:
        # Over a page break (or from one column to the next): the paragraph goes on when its last line ends no
        # sentence or the next begins in lower case (a sentence cut at the page break had become two)
        if group.kind == "body" and line.kind == "body":
            return not SENTENCE_END.search(previous.text) or text[:1].islower()
        if group.kind == "item" and line.kind == "body":
            return text[:1].islower()
        if group.kind == "heading" and line.kind == "heading" and line.page != previous.page:
            return abs(line.size - previous.size) < 0.5 and not SENTENCE_END.search(previous.text)
        return False
    gap = previous.y - line.y
    usual = spacing or 1.25 * max(line.size, 1.0)
    # More than the usual distance, or more than double spacing, is the space between two paragraphs (a document
    # of one-line paragraphs has no usual line spacing to compare with)
    close = gap <= 1.35 * usual and gap <= 2.1 * max(line.size, previous.size, 1.0)
    if group.kind == "heading":
        # A title's lines are spaced by its own size, not the body's: a 22-point title that wraps (rapport.pdf:
        # *Lägesrapport för* / *kommunikationsarbetet 2026*, 29.7 points apart) had become two headings
        wrapped = gap <= max(1.35 * usual, 1.45 * max(line.size, 1.0)) and gap <= 2.1 * max(line.size, 1.0)
        return line.kind == "heading" and wrapped and abs(line.size - previous.size) < 0.5
    if group.kind == "note":
        return line.kind == "note" and close and not re.match(r"\d{1,3}\s", text)
    if group.kind == "item":
        if line.kind == "body" and close and len(group.lines) == 1 and _dash_led(group.lines[0], line):
            group.kind = "body"  # a paragraph that opens with a dash (a quotation in a press release), no list
            return True
        return line.kind == "body" and close and line.x > group.lines[0].x + 2
    if group.kind == "body" and line.kind == "body" and close:
        if abs(line.size - previous.size) >= 1.0:
            return False
        left = min(entry.x for entry in group.lines)
        right = max(entry.end for entry in group.lines)
        short = previous.end - left < SHORT_LINE * (right - left)
        if SENTENCE_END.search(previous.text) and short and text[:1].isupper():
            return False
        # A line that ends half way across its paragraph's lines and no sentence, over a line that begins with a
        # capital, was broken on purpose: a list without bullets in the text (*… personalreserven i högre
        # utsträckning* / *Pliktrådets självständighet …*, one 38-word sentence in big.pdf). Measured on the
        # paragraph's own lines: the body's usual width is a full line, and a column's lines are half of it.
        if _room_for(previous, line) and previous.x <= line.x + 2:
            return False
        widest = max(max(entry.end - entry.x for entry in group.lines), line.end - line.x)
        broken = previous.end - previous.x < BROKEN_LINE * widest
        return not (broken and (text[:1].isupper() or text[:1].isdigit()) and not re.search(r"[,;–-]$", previous.text))
    return False


def _mark_indented(pages: list[tuple[float, list[Line]]]) -> None:
    """Lines indented past the page's body margin, in a block that reaches the body's right edge, get that edge: a
    list whose bullets Chromium draws (no bullet in the text) stands there, its items ending where the next item's
    first word would have fitted (big.pdf: *kartlägga Samhalls målgrupp …, analysera om …*, 104 words in one
    sentence). A block with a right indent of its own (a quotation) is left alone."""
    body = [line for _, lines in pages for line in lines if line.kind == "body"]
    if len(body) < 10:
        return
    ends = sorted(line.end for line in body)
    right = ends[int(len(ends) * 0.95)]
    for _, lines in pages:
        page_body = [line for line in lines if line.kind == "body"]
        if not page_body:
            continue
        counts = Counter(round(line.x) for line in page_body)
        margin = min((x for x, count in counts.items() if count >= 2), default=min(counts))
        # Runs of lines at one indent, without a paragraph's space between them: a list's items, or a quotation
        runs: list[list[Line]] = []
        for line in page_body:
            size = max(line.size, 1.0)
            if not margin + size <= line.x < margin + 6 * size:
                runs.append([])
                continue
            last = runs[-1][-1] if runs and runs[-1] else None
            if last is None or abs(last.x - line.x) >= 2 or not 0 < last.y - line.y <= 1.6 * size:
                runs.append([])
            runs[-1].append(line)
        for run in runs:
            block = max((line.end for line in run), default=0.0)
            if len(run) > 1 and block >= right - 2 * max(run[0].size, 1.0):
                for line in run:
                    line.block_right = block


def _room_for(previous: Line, line: Line) -> bool:
    """Whether the next line's first word would have fitted at the end of an indented line, with an em to spare: the
    line was broken on purpose (a list item's end), not wrapped."""
    right = line.block_right
    if not right or not line.text:
        return False
    first = line.text.split()[0]
    per_char = (line.end - line.x) / len(line.text)
    return previous.end + per_char * (len(first) + 1) < right - max(line.size, 1.0)


def _dash_led(first: Line, line: Line) -> bool:
    """*– Med mer kunskap går det …* over its next line at the dash's place: a quotation's paragraph (a list item's
    next line stands under its text, not under its bullet). Read as a list item, the quotation's sentence had been
    cut in two at the line break."""
    return first.text[:1] in "–—-" and abs(line.x - first.x) < 2


def build_document(pages: list[tuple[float, list[Run]]], path: str | None) -> Document:
    laid = [(height, _page_lines(number, runs)) for number, (height, runs) in enumerate(pages, start=1)]
    _mark_template(laid)
    every = [line for _, lines in laid for line in lines]
    _classify(every)
    spacing = _spacing(every)
    _mark_indented(laid)

    source_lines: list[str] = []
    page_lines: list[tuple[int, int]] = []
    starts: dict[int, int] = {}  # id(line) -> its offset in the source
    notices: list[Notice] = []
    offset = 0

    def add(text: str, page: int, number: int) -> int:
        nonlocal offset
        start = offset
        source_lines.append(text)
        page_lines.append((page, number))
        offset += len(text) + 1
        return start

    empty: list[tuple[int, int]] = []  # (page, source offset) of pages without text
    toc_seen = False
    for number, (_, lines) in enumerate(laid, start=1):
        body = [line for line in lines if line.kind != "template"]
        if not lines:
            empty.append((number, add("", number, 1)))
            continue
        for line in body:
            starts[id(line)] = add(line.text, line.page, line.number)
            if line.kind == "toc" and not toc_seen:
                # A table of contents repeats the headings, and its dot leaders were long-token notices
                notices.append(Notice("not-prose", TOC_NOTICE, starts[id(line)], starts[id(line)]))
                toc_seen = True
    _empty_notices(empty, len(laid), notices)

    blocks: list[Block] = []
    group: _Group | None = None
    tables: list[tuple[tuple[str, ...], int]] = []  # each table's header row and its last page
    for line in (line for _, lines in laid for line in lines if line.kind not in ("template", "toc")):
        if group is not None and (_in_table(group, line) or _continues(group, line, spacing)):
            group.lines.append(line)
            continue
        if group is not None:
            blocks.extend(_blocks(group, starts, tables))
        group = _Group(line.kind, [line])
    if group is not None:
        blocks.extend(_blocks(group, starts, tables))

    # The running header and footer once, after the body, from the first page that has each line: they were
    # linted on every page (one footer line gave 12 findings in 4 pages) and glued into the body's sentences
    seen: set[str] = set()
    for _, lines in laid:
        template = sorted((line for line in lines if line.kind == "template"), key=lambda line: -line.y)
        for part in _template_parts([line for line in template if not PAGE_NUMBER.fullmatch(_key(line.text))]):
            key = " ".join(_key(line.text) for line in part)
            if key in seen:
                continue
            seen.add(key)
            for line in part:
                starts[id(line)] = add(line.text, line.page, line.number)
            if len(part) > 1:
                blocks.extend(_blocks(_Group("body", part), starts, tables))
            else:
                blocks.extend(_cell_blocks(part[0], starts[id(part[0])], BlockKind.PARAGRAPH))
    return Document("\n".join(source_lines), blocks, path, "pdf", notices=notices, page_lines=tuple(page_lines))


def _template_parts(lines: list[Line]) -> list[list[Line]]:
    """A page's running header and footer lines, top down, in paragraphs: a line goes on in the next when it is
    close above it in the same font and fills the width (a letterhead's *Bengtsby kommun* over
    *Socialförvaltningen* is broken short), or the next begins in lower case. Read a line at a time, the footer's
    last sentence had been cut at each line break (02-riktlinje.pdf: *Riktlinjen skall revideras varje* /
    *mandatperiod.*)."""
    parts: list[list[Line]] = []
    for line in lines:
        previous = parts[-1][-1] if parts else None
        if previous is not None and _template_goes_on(parts[-1], line):
            parts[-1].append(line)
        else:
            parts.append([line])
    return parts


def _template_goes_on(part: list[Line], line: Line) -> bool:
    previous = part[-1]
    if len(previous.cells) > 1 or len(line.cells) > 1 or abs(previous.size - line.size) >= 0.5:
        return False
    if not 0 < previous.y - line.y <= 1.6 * max(line.size, 1.0):
        return False
    if line.text[:1].islower():
        return True
    widest = max(entry.end - entry.x for entry in [*part, line])
    return previous.end - previous.x >= SHORT_LINE * widest  # a wrapped line fills its width


def _empty_notices(empty: list[tuple[int, int]], pages: int, notices: list[Notice]) -> None:
    """Pages without text in a PDF that has text (a scanned signature page or appendix): said, never skipped
    silently."""
    runs: list[list[tuple[int, int]]] = []
    for page, start in empty:
        if runs and runs[-1][-1][0] == page - 1:
            runs[-1].append((page, start))
        else:
            runs.append([(page, start)])
    for run in runs:
        first, last = run[0][0], run[-1][0]
        where = f"sida {first}" if first == last else f"sida {first}–{last}"
        notices.append(Notice("no-text", f"{where}: ingen text (inskannad?) – granskades inte", run[0][1], run[-1][1]))


def _cell_blocks(line: Line, start: int, kind: BlockKind) -> list[Block]:
    """One block a cell: a table's cells read in one sentence had made the header row a 36-word sentence."""
    blocks = []
    at = 0
    for cell in line.cells or [line.text]:
        found = line.text.find(cell, at)
        if found < 0:
            found = at
        blocks.append(Block(kind, cell, (Segment(0, start + found, len(cell)),)))
        at = found + len(cell)
    return blocks


KINDS = {
    "body": BlockKind.PARAGRAPH,
    "note": BlockKind.PARAGRAPH,
    "heading": BlockKind.HEADING,
    "item": BlockKind.LIST_ITEM,
}


def _blocks(group: _Group, starts: dict[int, int], tables: list[tuple[tuple[str, ...], int]]) -> list[Block]:
    if group.kind == "row":
        return _table_blocks(group, starts, tables)
    lines = group.lines
    parts: list[str] = []
    segments: list[Segment] = []
    length = 0
    for position, line in enumerate(lines):
        text = line.text[line.lead :]
        following = lines[position + 1].text if position + 1 < len(lines) else None
        joined = False
        keep = len(text)
        if following is not None:
            joined, keep = _hyphen_join(text, following)
        segments.append(Segment(length, starts[id(line)] + line.lead, keep))
        parts.append(text[:keep])
        length += keep
        if following is not None and not joined:
            segments.append(Segment(length, starts[id(line)] + len(line.text), 1))  # the line break reads as a space
            parts.append(" ")
            length += 1
    kind = KINDS.get(group.kind, BlockKind.PARAGRAPH)
    return [Block(kind, "".join(parts), tuple(segments), 1 if kind is BlockKind.HEADING else 0)]


def _hyphen_join(text: str, following: str) -> tuple[bool, int]:
    """Whether a line joins the next without a space, and how much of it stays (a hyphenation's hyphen goes)."""
    first = following[:1]
    if text.endswith(SOFT_BREAK) and len(text) > 1 and text[-2].isalpha() and first.isalpha():
        return True, len(text) - 1
    if not text.endswith("-") or SHARED_PART.match(following) or not first.isalpha():
        return False, len(text)
    if ONE_LETTER.search(text) and first.islower():
        return True, len(text)
    if CAPITALS_HYPHEN.search(text) and (first.isupper() or text[-3:-1].isupper()):
        return True, len(text)  # *EU-minister*, *Carl-Oskar*: the hyphen is the word's
    if HYPHENATED.search(text) and first.islower():
        return True, len(text) - 1
    return False, len(text)


# Words a table cell's line may begin with after a line that fills its column: the line was wrapped at a space
# (*Kommunikationsavdelningen* / *och IT*), not a word broken for want of room (*en* is not here: *Socialförvaltning*
# / *en*)
_FUNCTION_WORDS = frozenset(
    ("och", "eller", "samt", "på", "av", "för", "med", "till", "från", "vid", "hos", "inom", "som", "att")
)


def _columns(group: _Group) -> list[float]:
    """The x where each of a table's columns begins, from its rows of several cells."""
    xs: list[float] = []
    for line in group.lines:
        if len(line.cells) < 2 and xs:
            continue
        for x in line.cell_x:
            if not any(abs(x - known) < 2 for known in xs):
                xs.append(x)
    return sorted(xs)


def _aligned(line: Line, columns: list[float]) -> list[int] | None:
    """The column of each of the line's cells, or None where a cell starts off the table's columns or runs over the
    next column's start (a paragraph under the table)."""
    found: list[int] = []
    for x, end in zip(line.cell_x, line.cell_end, strict=False):
        column = next((index for index, known in enumerate(columns) if abs(x - known) < 2), None)
        if column is None or (column + 1 < len(columns) and end > columns[column + 1] - 1):
            return None
        found.append(column)
    return found if len(found) == len(line.cells) else None


def _continued_row(line: Line) -> bool:
    """A line that goes on in the row above it: every cell begins in lower case (*verksamhetssystemet*, *nämnden.*)."""
    return all(cell[:1].islower() for cell in line.cells)


def _in_table(group: _Group, line: Line) -> bool:
    """A table's next line: a row, or a wrapped cell's next line, under its columns. A cell's lines had each been a
    block of its own, or a paragraph (tab.pdf: *Beslutet fattas av* / *nämnden.*, the nämnden finding lost)."""
    if group.kind != "row" or line.kind not in ("row", "body"):
        return False
    previous = group.lines[-1]
    columns = _columns(group)
    place = _aligned(line, columns)
    if place is None:
        return False
    if line.page == previous.page + 1:
        # The table goes on at the top of the next page under the same columns (a row broken over the page break,
        # *Miljöförvaltninge* / *n*, after the repeated header row)
        return len(line.cells) > 1 or place != [0] or _continued_row(line)
    if line.page != previous.page or not 0 < previous.y - line.y < 2.2 * max(line.size, previous.size, 1.0):
        return False
    # A line at the first column alone that begins a sentence is the paragraph under the table (*Källa: SCB.*)
    return len(line.cells) > 1 or place != [0] or _continued_row(line)


def _table_blocks(group: _Group, starts: dict[int, int], tables: list[tuple[tuple[str, ...], int]]) -> list[Block]:
    """One block a cell, its wrapped lines joined; a header row repeated on the next page (Word's *repeat as header
    row*) is read once (tab2.pdf: *skall* and *genomföras* in the header cell were found on every page)."""
    columns = _columns(group)
    widest: dict[int, float] = {}
    words: dict[int, list[int]] = {}  # each column's lines: how many are one word, how many there are
    rows: list[dict[int, list[tuple[Line, int]]]] = []
    head: list[Line] = []  # the first row's lines
    skip = 0
    for position, line in enumerate(group.lines):
        if skip:
            skip -= 1
            continue
        if not rows or len(rows) == 1 and _continued_row(line):
            head.append(line)
        if position and line.page != group.lines[position - 1].page and _repeats(group.lines[position:], head):
            skip = len(head) - 1  # the header row again at the top of the next page
            continue
        place = _aligned(line, columns) or list(range(len(line.cells)))
        if not rows or not _continued_row(line):
            rows.append({})
        for index, column in enumerate(place):
            rows[-1].setdefault(column, []).append((line, index))
            widest[column] = max(widest.get(column, 0.0), line.cell_end[index])
            counts = words.setdefault(column, [0, 0])
            counts[0] += " " not in line.cells[index]
            counts[1] += 1
    # Where a column's text must stop: the next column's start less the tightest room any cell left before it (the
    # cells' padding); the last column's widest line. "Sociala" / "medier" stopped far short of it: wrapped at a space.
    tight = min(
        (
            columns[column + 1] - line.cell_end[index]
            for row in rows
            for column, pieces in row.items()
            if column + 1 < len(columns)
            for line, index in pieces
        ),
        default=0.0,
    )
    for column in widest:
        if column + 1 < len(columns):
            widest[column] = columns[column + 1] - tight
    # Only in a column of names, mostly a word a line, is a word broken for want of room; in a column of sentences
    # a line of one long word was wrapped at a space (tab.pdf: *verksamhetssystemet* / *samma dag*)
    for column, (single, lines) in words.items():
        if single * 2 < lines:
            widest[column] = float("inf")
    header = tuple(" ".join(line.cells[index] for line, index in rows[0][column]) for column in sorted(rows[0]))
    first, last = group.lines[0].page, group.lines[-1].page
    repeated = any(header == known and page < first <= page + 1 for known, page in tables)
    tables.append((header, last))
    blocks: list[Block] = []
    for row in rows[1:] if repeated and len(rows) > 1 else rows:
        for column in sorted(row):
            blocks.append(_cell_block(row[column], starts, widest[column]))
    return blocks


def _repeats(lines: list[Line], head: list[Line]) -> bool:
    return len(lines) >= len(head) > 0 and all(a.cells == b.cells for a, b in zip(lines, head, strict=False))


def _cell_offset(line: Line, index: int) -> int:
    at = 0
    for number, cell in enumerate(line.cells):
        found = line.text.find(cell, at)
        found = at if found < 0 else found
        if number == index:
            return found
        at = found + len(cell)
    return 0


def _cell_block(pieces: list[tuple[Line, int]], starts: dict[int, int], widest: float) -> Block:
    parts: list[str] = []
    segments: list[Segment] = []
    length = 0
    for position, (line, index) in enumerate(pieces):
        text = line.cells[index]
        start = starts[id(line)] + _cell_offset(line, index)
        following = pieces[position + 1] if position + 1 < len(pieces) else None
        joined, keep = False, len(text)
        if following is not None:
            after = following[0].cells[following[1]]
            joined, keep = _hyphen_join(text, after)
            # A word too long for its column, broken without a hyphen (*utbildningsförval* / *tningen*): the line
            # is one word that fills the column, the next goes on in lower case
            first_word = after.split()[0] if after.split() else ""
            if (
                not joined
                and " " not in text
                and text[-1:].isalpha()
                and first_word[:1].islower()
                and first_word.strip(".,;:") not in _FUNCTION_WORDS
                and line.cell_end[index] >= widest - 0.6 * max(line.size, 1.0)  # less room than a letter's
            ):
                joined = True
        segments.append(Segment(length, start, keep))
        parts.append(text[:keep])
        length += keep
        if following is not None and not joined:
            segments.append(Segment(length, start + len(text), 1))  # the line break reads as a space
            parts.append(" ")
            length += 1
    return Block(BlockKind.TABLE_CELL, "".join(parts), tuple(segments))
