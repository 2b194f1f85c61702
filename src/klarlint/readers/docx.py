"""Word (.docx) reader built on python-docx.

A .docx has no lines, so the reader writes a synthetic source: every paragraph
mark in reading order (body, table cells, text boxes after the paragraph that
anchors them, then headers and footers) becomes one line. Line and column then
mean paragraph and position in it, and every offset the linter computes still
maps back with :meth:`Document.position`. Each line also gets its heading path,
so a finding can say "stycke 12 under Ansvar › Kommunstyrelsen".

Headers and footers come last, as their own blocks: a letter's sender and
contact details often sit in the footer, and the missing-sender rule must see
them, while the summary rules must not take them for the opening of the text.

What the reader leaves out: tracked deletions (``w:del``, ``w:moveFrom``),
comments (they live in their own part), hidden text (``w:vanish``), field codes
and the fallback copy of text boxes that Word writes for old readers. Tracked
insertions are read, since they are what the document now says.

A .docx is a zip file, so before python-docx unpacks anything the reader checks
the sizes the zip declares: a small file that unpacks to gigabytes (a zip bomb)
is refused. Python's zip module never inflates an entry beyond its declared
size, so the check holds even when the declaration lies.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from klarlint.document import HEADING_PATH_SEPARATOR, Block, BlockKind, Document
from klarlint.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # everything in the package, images included
MAX_XML_BYTES = 64 * 1024 * 1024  # the parts that are parsed into a tree
MAX_ENTRIES = 10_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: encrypted .docx or old .doc
log = logging.getLogger("klarlint")

HEADER_HEADING = "Sidhuvud"
FOOTER_HEADING = "Sidfot"

# Word stores built-in style names in English ("heading 1") whatever the UI language;
# documents from other tools may carry the Swedish names Word shows ("Rubrik 1").
HEADING_STYLE = re.compile(r"(?:heading|rubrik)\s*([1-9])", re.IGNORECASE)
TITLE_STYLE = re.compile(r"title|rubrik", re.IGNORECASE)
LIST_STYLE = re.compile(r"(?:list|lista|liststycke|punktlista|numrerad\s+lista)\b", re.IGNORECASE)
QUOTE_STYLE = re.compile(r"(?:intense\s+)?quote|(?:starkt\s+)?citat|block\s*text|blockcitat", re.IGNORECASE)
# Every character that would end a line: a paragraph must stay on exactly one line.
LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# Block-level elements whose children are walked for paragraphs.
_CONTAINERS = frozenset(
    {
        f"{W}tbl",
        f"{W}tr",
        f"{W}tc",
        f"{W}sdt",
        f"{W}sdtContent",
        f"{W}customXml",
        f"{W}txbxContent",
        f"{W}ins",
        f"{W}moveTo",
    }
)
# Inline elements whose subtree holds no text the document shows.
_SKIPPED_INLINE = frozenset(
    {
        f"{W}pPr",
        f"{W}rPr",
        f"{W}del",
        f"{W}moveFrom",
        f"{W}delText",
        f"{W}instrText",
        f"{W}delInstrText",
        f"{MC}Fallback",
    }
)
_FALSE = frozenset({"0", "false", "off"})


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    outline_level: int | None  # 0-based as in the XML; 9 means body text
    numbered: bool


@dataclass(frozen=True, slots=True)
class _Paragraph:
    text: str
    kind: BlockKind
    level: int
    heading: str | None  # the heading path this paragraph sits under (a heading includes itself)
    quoted: bool = False  # in a quote style (Citat, Starkt citat, Quote, Intense Quote, Block Text)


def read(data: bytes, path: str | None = None) -> Document:
    """Read a .docx from its bytes; raises :class:`InputError` with a one-line reason."""
    name = path or "<docx>"
    check_package(data, name)
    try:
        import docx

        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many kinds of error on a broken package
        if "Excessive depth" in str(exc):  # lxml's guard against nesting meant to exhaust the parser
            raise InputError(f"{name}: dokumentet är för djupt nästlat för att läsas (tabeller i tabeller)") from None
        log.debug("python-docx could not open %s", name, exc_info=True)
        raise InputError(f"{name}: filen är skadad eller inget Word-dokument (.docx)") from None
    styles = _styles(word.styles.element)
    paragraphs = list(_body_paragraphs(word.element.body, styles))
    for element, heading in _header_footer_roots(word):
        paragraphs.extend(
            _Paragraph(p.text, p.kind, p.level, heading, p.quoted) for p in _paragraphs(element, styles, False)
        )
    return _document(paragraphs, path)


def check_package(data: bytes, name: str) -> None:
    """Refuse what is not a sound .docx before anything is unpacked."""
    if not data.strip():
        raise InputError(f"{name}: filen är tom")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise InputError(f"{name}: dokumentet är lösenordsskyddat (krypterat); spara en kopia utan lösenord")
        raise InputError(f"{name}: filen är ett äldre Word-dokument (.doc); spara den som .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except Exception:  # zipfile raises BadZipFile, but also NotImplementedError, EOFError, struct.error …
        raise InputError(f"{name}: filen är skadad eller inget Word-dokument (.docx)") from None
    if len(entries) > MAX_ENTRIES:
        raise InputError(f"{name}: dokumentet innehåller för många delar ({len(entries)}; gränsen är {MAX_ENTRIES})")
    unpacked = sum(entry.file_size for entry in entries)
    xml = sum(entry.file_size for entry in entries if entry.filename.lower().endswith((".xml", ".rels")))
    for size, limit, what in ((unpacked, MAX_UNPACKED_BYTES, ""), (xml, MAX_XML_BYTES, " XML")):
        if size > limit:
            raise InputError(
                f"{name}: dokumentet packas upp till {_megabytes(size)} MB{what} (gränsen är "
                f"{_megabytes(limit)} MB); filen kan vara en zip-bomb"
            )


def _megabytes(size: int) -> int:
    return -(-size // (1024 * 1024))


# --- styles -------------------------------------------------------------------------------------


def _styles(styles_element) -> dict[str | None, _Style]:
    """Paragraph styles by id; the key None is the default paragraph style."""
    styles: dict[str | None, _Style] = {}
    for element in styles_element.iterfind(f"{W}style"):
        if element.get(f"{W}type", "paragraph") != "paragraph":
            continue
        style_id = element.get(f"{W}styleId")
        style = _Style(
            name=_val(element.find(f"{W}name")) or style_id or "",
            based_on=_val(element.find(f"{W}basedOn")),
            outline_level=_int(_val(element.find(f"{W}pPr/{W}outlineLvl"))),
            numbered=_numbered(element.find(f"{W}pPr/{W}numPr")),
        )
        styles[style_id] = style
        if element.get(f"{W}default") in ("1", "true", "on"):
            styles[None] = style
    return styles


def _style_chain(styles: dict[str | None, _Style], style_id: str | None) -> Iterator[_Style]:
    """The style and the styles it is based on, nearest first (cycles are cut)."""
    seen: set[str | None] = set()
    while style_id not in seen and style_id in styles:
        seen.add(style_id)
        style = styles[style_id]
        yield style
        style_id = style.based_on


def _heading_level(ppr, chain: list[_Style]) -> int:
    """1–9 for a heading (style name, title style or outline level), 0 otherwise."""
    direct = _int(_val(ppr.find(f"{W}outlineLvl"))) if ppr is not None else None
    if direct is not None:
        return direct + 1 if direct < 9 else 0
    for style in chain:
        match = HEADING_STYLE.fullmatch(style.name.strip())
        if match:
            return int(match.group(1))
        if TITLE_STYLE.fullmatch(style.name.strip()):
            return 1
        if style.outline_level is not None:
            return style.outline_level + 1 if style.outline_level < 9 else 0
    return 0


def _is_quote(paragraph, styles: dict[str | None, _Style]) -> bool:
    """A paragraph in one of Word's quote styles (or a style based on one)."""
    ppr = paragraph.find(f"{W}pPr")
    style_id = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
    return style_id is not None and any(QUOTE_STYLE.fullmatch(s.name.strip()) for s in _style_chain(styles, style_id))


def _is_list_item(ppr, chain: list[_Style]) -> bool:
    direct = ppr.find(f"{W}numPr") if ppr is not None else None
    if direct is not None:
        return _numbered(direct)
    return any(style.numbered or LIST_STYLE.match(style.name.strip()) for style in chain)


def _numbered(num_pr) -> bool:
    """A numPr with numId 0 explicitly removes the numbering."""
    if num_pr is None:
        return False
    return _val(num_pr.find(f"{W}numId")) not in (None, "0")


def _val(element) -> str | None:
    return None if element is None else element.get(f"{W}val")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# --- paragraphs ---------------------------------------------------------------------------------


def _body_paragraphs(body, styles: dict[str | None, _Style]) -> Iterator[_Paragraph]:
    """Body paragraphs with the heading path they sit under."""
    path: list[tuple[int, str]] = []
    for paragraph in _paragraphs(body, styles, True):
        if paragraph.kind is BlockKind.HEADING and paragraph.text.strip():
            while path and path[-1][0] >= paragraph.level:
                path.pop()
            path.append((paragraph.level, paragraph.text.strip()))
        heading = HEADING_PATH_SEPARATOR.join(text for _, text in path) or None
        yield _Paragraph(paragraph.text, paragraph.kind, paragraph.level, heading, paragraph.quoted)


def _paragraphs(root, styles: dict[str | None, _Style], headings: bool) -> Iterator[_Paragraph]:
    """Every paragraph under ``root`` in reading order, with its kind.

    An explicit stack instead of recursion: nested tables and text boxes have no depth limit.
    """
    stack: list[tuple[Iterator, bool]] = [(iter(root), False)]
    while stack:
        children, in_table = stack[-1]
        element = next(children, None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if tag == f"{W}p":
            text, boxes = _paragraph_text(element)
            yield _Paragraph(text, *_kind(element, styles, in_table, headings), None, _is_quote(element, styles))
            if boxes:  # text boxes anchored in this paragraph come right after it
                stack.append((iter(boxes), in_table))
        elif tag in _CONTAINERS and not _deleted_row(element):
            stack.append((iter(element), in_table or tag == f"{W}tbl"))


def _kind(paragraph, styles: dict[str | None, _Style], in_table: bool, headings: bool) -> tuple[BlockKind, int]:
    if in_table:
        return BlockKind.TABLE_CELL, 0
    ppr = paragraph.find(f"{W}pPr")
    chain = list(_style_chain(styles, _val(ppr.find(f"{W}pStyle")) if ppr is not None else None))
    level = _heading_level(ppr, chain) if headings else 0
    if level:
        return BlockKind.HEADING, level
    if _is_list_item(ppr, chain):
        return BlockKind.LIST_ITEM, 0
    return BlockKind.PARAGRAPH, 0


def _deleted_row(element) -> bool:
    return element.tag == f"{W}tr" and element.find(f"{W}trPr/{W}del") is not None


def _paragraph_text(paragraph) -> tuple[str, list]:
    """The text a reader sees in the paragraph, and the text boxes anchored in it."""
    parts: list[str] = []
    boxes: list = []
    stack: list[Iterator] = [iter(paragraph)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED_INLINE:
            continue
        if tag == f"{W}t":
            parts.append(element.text or "")
        elif tag == f"{W}tab" or tag == f"{W}ptab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append(" ")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}txbxContent":
            boxes.append(element)
        elif tag == f"{W}r" and _hidden(element):
            continue
        elif len(element):
            stack.append(iter(element))
    return LINE_BREAKS.sub(" ", "".join(parts)), boxes


def _hidden(run) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and (_val(vanish) or "true").lower() not in _FALSE


def _header_footer_roots(word) -> Iterator[tuple[object, str]]:
    """Each header part, then each footer part, once, in section order."""
    references = [
        element
        for section in word.element.body.iter(f"{W}sectPr")
        for element in section.iterchildren(f"{W}headerReference", f"{W}footerReference")
    ]
    seen: set[int] = set()
    for tag, heading in ((f"{W}headerReference", HEADER_HEADING), (f"{W}footerReference", FOOTER_HEADING)):
        for reference in references:
            if reference.tag != tag:
                continue
            part = word.part.related_parts.get(reference.get(f"{R}id"))
            element = getattr(part, "element", None)
            if element is not None and id(part) not in seen:
                seen.add(id(part))
                yield element, heading


# --- the document -------------------------------------------------------------------------------


def _document(paragraphs: Iterable[_Paragraph], path: str | None) -> Document:
    lines: list[str] = []
    headings: list[str | None] = []
    blocks: list[Block] = []
    offset = 0
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if text:
            start = offset + len(paragraph.text) - len(paragraph.text.lstrip())
            block = Block.verbatim(paragraph.kind, text, start, paragraph.level)
            blocks.append(block.quote_all() if paragraph.quoted else block)
        lines.append(paragraph.text)
        headings.append(paragraph.heading)
        offset += len(paragraph.text) + 1
    return Document("\n".join(lines), blocks, path, "docx", paragraph_headings=tuple(headings))
