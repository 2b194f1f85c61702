"""PDF reader built on pypdf: the text layer, page by page, with page and line locations.

pypdf is pure Python (no C library to install), actively maintained and reads
the text layer of the PDFs public bodies publish; pdfminer.six lays out text
more carefully but is several times slower on long reports.

The document's source is the extracted text, one line of the PDF per line, so a
finding's line and column are exact in that text, and its :class:`Location`
gives the page and the line on that page, which a reader of the PDF can find.
Lines are joined into paragraphs: a blank line, or a short line that ends a
sentence, ends a paragraph; a word hyphenated at a line end is joined again.

A PDF without a text layer (a scan) has nothing to lint: that is a one-line error,
never an empty, "perfect" result.
"""

from __future__ import annotations

import io
import logging
import re

from klarlint.document import Block, BlockKind, Document, Segment
from klarlint.errors import InputError

SENTENCE_END = re.compile(r"[.!?:]\s*$")
HYPHENATED = re.compile(r"[a-zåäöé]-$")
# A hyphen before one of these is a compound's shared part, not hyphenation: *plan- och bygglagen*, *för- eller
# efterskola*; the line break stays a space and the hyphen stays.
SHARED_PART = re.compile(r"(?:och|eller|samt|resp\.|respektive|till)\b")
# One letter before the hyphen is a word written with it (*e-post*, *t-tröja*): joined, the hyphen kept.
ONE_LETTER = re.compile(r"(?:^|[^\w-])\w-$")
SHORT_LINE = 0.75  # a line ending a sentence and shorter than this share of the page's longest line ends a paragraph


def read(data: bytes, path: str | None = None) -> Document:
    name = path or "<pdf>"
    pages = _page_texts(data, name)
    if not any(text.strip() for text in pages):
        raise InputError(
            f"{name}: PDF-filen har inget textlager (den är troligen inskannad) – gör den sökbar med OCR först"
        )
    lines: list[str] = []
    page_lines: list[tuple[int, int]] = []
    blocks: list[Block] = []
    offset = 0
    for number, text in enumerate(pages, start=1):
        page = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        starts = []
        for index, line in enumerate(page):
            starts.append(offset)
            lines.append(line)
            page_lines.append((number, index + 1))
            offset += len(line) + 1
        blocks.extend(_paragraphs(page, starts))
    return Document("\n".join(lines), blocks, path, "pdf", page_lines=tuple(page_lines))


def _page_texts(data: bytes, name: str) -> list[str]:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd fonts are not the user's business
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: PDF-filen är lösenordsskyddad och kan inte läsas")
        return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf on a damaged file can fail in many ways; each is a broken PDF to the user
        # pypdf's reason is English and technical (*Stream has ended unexpectedly*): the log has it, the user a
        # Swedish line
        logging.getLogger(__name__).info("%s: pypdf: %s: %s", name, type(exc).__name__, exc)
        raise InputError(f"{name}: inte en läsbar PDF-fil (trasig, avkortad eller inte en PDF)") from None


def _paragraphs(page: list[str], starts: list[int]) -> list[Block]:
    longest = max((len(line.strip()) for line in page), default=0)
    blocks: list[Block] = []
    current: list[int] = []
    for index, line in enumerate(page):
        if not line.strip():
            _flush(page, starts, current, blocks)
            continue
        current.append(index)
        if SENTENCE_END.search(line) and len(line.strip()) < SHORT_LINE * longest:
            _flush(page, starts, current, blocks)
    _flush(page, starts, current, blocks)
    return blocks


def _flush(page: list[str], starts: list[int], indexes: list[int], blocks: list[Block]) -> None:
    """One paragraph from lines ``indexes``: joined by spaces (mapped to the line breaks), hyphenation undone."""
    if not indexes:
        return
    parts: list[str] = []
    segments: list[Segment] = []
    length = 0
    for position, index in enumerate(indexes):
        line = page[index]
        lead = len(line) - len(line.lstrip())
        text = line.strip()
        following = page[indexes[position + 1]].strip() if position + 1 < len(indexes) else ""
        joined = bool(HYPHENATED.search(text) and following[:1].islower() and not SHARED_PART.match(following))
        if joined and not ONE_LETTER.search(text):
            text = text[:-1]
        segments.append(Segment(length, starts[index] + lead, len(text)))
        parts.append(text)
        length += len(text)
        if position + 1 < len(indexes) and not joined:
            segments.append(Segment(length, starts[index] + len(line), 1))  # the line break reads as a space
            parts.append(" ")
            length += 1
    indexes.clear()
    blocks.append(Block(BlockKind.PARAGRAPH, "".join(parts), tuple(segments)))
