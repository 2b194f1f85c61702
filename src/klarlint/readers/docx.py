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
is refused. A declaration can lie (1 GB declared as 2,000 bytes), and Python's
zip module, asked for a whole entry, inflates all of its compressed data before
it cuts it to the declared size; so every entry is first inflated here as a
stream, 64 KB at a time, counting what really comes out, and a package whose
entries inflate to more than they declare is refused as soon as that shows.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import struct
import weakref
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from klarlint.document import HEADING_PATH_SEPARATOR, SOFT_HYPHEN, Block, BlockKind, Document
from klarlint.errors import InputError
from klarlint.limits import Notice
from klarlint.readers.html import bold_lead_in
from klarlint.swedish_numbers import grouped

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # everything in the package, images included
# The parts parsed into a tree. The expansion counts, not the file size: 190 KB of .docx can hold
# 54 MB of XML (1.5 million paragraphs), which costs what 54 MB of text would, so the XML has the
# text files' limit.
MAX_XML_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 10_000
# More paragraphs than any real document has (a 1,000-page report has some 30,000). 3.1 million empty ones fit in
# 19 MB of XML and 28 KB of .docx, and each costs time and memory to read; past this many, the rest is not read.
MAX_PARAGRAPHS = 250_000
# The parts' elements: lxml's tree costs some 140 bytes each, and 20 MB of <w:p/> are 3.4 million of them (450 MB).
# Word's XML has 15 bytes or more per element (a document of one-letter runs with bold), so 20 MB of it stays under.
MAX_XML_ELEMENTS = 2_000_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: encrypted .docx or old .doc
log = logging.getLogger("klarlint")

HEADER_HEADING = "Sidhuvud"
FOOTER_HEADING = "Sidfot"

# Word stores built-in style names in English ("heading 1") whatever the UI language;
# documents from other tools may carry the Swedish names Word shows ("Rubrik 1").
HEADING_STYLE = re.compile(r"(?:heading|rubrik)\s*([1-9])", re.IGNORECASE)
TITLE_STYLE = re.compile(r"title|rubrik", re.IGNORECASE)
LIST_STYLE = re.compile(r"(?:list|lista|liststycke|punktlista|numrerad\s+lista)\b", re.IGNORECASE)
# LibreOffice's block quote is "Quotations" ("Citat" in its Swedish UI); Word's are "Quote" and "Intense Quote"
# ("Citat", "Starkt citat").
QUOTE_STYLE = re.compile(r"(?:intense\s+)?quote|quotations?|(?:starkt\s+)?citat|block\s*text|blockcitat", re.IGNORECASE)
# A table of contents' entries and heading: Word's "toc 1" … "toc 9" and "TOC Heading", LibreOffice's "Contents 1" …
# "Contents 10" and "Contents Heading", and the names the Swedish UIs show.
TOC_STYLE = re.compile(
    r"(?:toc|contents|innehållsförteckning)\s*(?:[1-9]\d?|heading|rubrik)|innehållsförteckningsrubrik",
    re.IGNORECASE,
)
TOC_NOTICE = "Innehållsförteckningen granskades inte (inte löptext)."  # as klarlint.prose words it for other formats
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
    vanish: bool | None = None  # the style's own run property w:vanish (hidden text), None when it says nothing


@dataclass(frozen=True, slots=True)
class Context:
    """What a paragraph's text depends on beyond its own XML, so that the writer of reviewed copies walks it as
    the reader did: the complex fields still open where it starts (their instructions: a table of contents'
    field spans many paragraphs) and the styles that hide text (``w:vanish`` in a style, *Dold text*)."""

    fields: tuple[str, ...] = ()
    hidden_styles: frozenset[str] = frozenset()  # character styles that hide their runs
    shown_styles: frozenset[str] = frozenset()  # character styles that say w:vanish off
    style_hidden: bool = False  # the paragraph's style hides its runs


@dataclass(frozen=True, slots=True)
class Piece:
    """Characters ``[start, end)`` of a paragraph's text come from ``element`` (a ``w:t``, ``w:tab`` …).

    ``plain``: the element sits in a run directly in the paragraph, outside any field, hyperlink,
    content control or earlier tracked change, so the text may be changed there (``--suggest``).
    """

    start: int
    end: int
    element: object
    plain: bool


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    kind: BlockKind
    level: int
    heading: str | None  # the heading path this paragraph sits under (a heading includes itself)
    element: object = None  # the w:p
    pieces: tuple[Piece, ...] = ()
    story: str = "body"  # body, box (a text box), header, footer, footnote, endnote
    quoted: bool = False  # in a quote style (Citat, Starkt citat, Quote, Intense Quote, Block Text)
    run_in: int = 0  # the length of a run-in heading: a bold lead a line break or a capital ends (0: none)
    # Empty lines made with line breaks (Shift+Enter twice): (start, end) of the breaks. A reader sees paragraphs
    # there, so each part is a block of its own (not one long sentence).
    empty_lines: tuple[tuple[int, int], ...] = ()
    context: Context = Context()
    # In a table of contents (a TOC field or a toc style): it repeats the headings, so it is not linted, and a
    # field update would throw away any comment or change in it.
    toc: bool = False
    # Link texts: (start, end) spans of ``text`` in a w:hyperlink or a HYPERLINK field's result, for the rules that
    # judge a link by its text (link-text: *klicka här* in a Word letter had given no finding, session 42)
    links: tuple[tuple[int, int], ...] = ()


def read(data: bytes, path: str | None = None) -> Document:
    """Read a .docx from its bytes; raises :class:`InputError` with a one-line reason."""
    name = path or "<docx>"
    check_package(data, name)
    word = open_word(data, name)
    try:
        paragraphs = paragraph_map(word)
    except DamagedPart as exc:
        raise InputError(f"{name}: filen är skadad: {exc}") from None
    document = _document(paragraphs, path)
    if paragraphs.cut:
        end = len(document.source)
        document.notices.append(Notice("too-long", TOO_MANY_PARAGRAPHS, end, end))
    notice = _entity_notice(paragraphs)
    if notice is not None:
        document.notices.append(notice)
    chunks = sum(1 for _ in word.element.body.iter(f"{W}altChunk"))
    if chunks:  # another file kept whole inside the document (HTML, RTF): Word shows it, python-docx has no text of it
        what = "En inbäddad del" if chunks == 1 else f"{chunks} inbäddade delar"
        document.notices.append(Notice("not-prose", f"{what} (altChunk, till exempel HTML) har inte granskats"))
    return document


# The main part of a template (.dotx) and of a macro-enabled document or template (.docm, .dotm). python-docx reads
# them as it reads a .docx, whose main part has the same XML; its Document() only refuses their content types.
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_MAIN = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
VBA_PROJECT = "application/vnd.ms-office.vbaProject"
# ISO 29500 Strict: other namespaces for the same XML (purl.oclc.org), which python-docx does not know; Word and
# LibreOffice open it, so "skadad" would be false.
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/"


TOO_MANY_PARAGRAPHS = (
    f"dokumentet har för många stycken för en granskning: de första {grouped(MAX_PARAGRAPHS)} styckena lästes, "
    "resten inte; dela upp filen"
)
ENTITY_BOMB = (
    "dokumentets XML har entiteter (<!DOCTYPE>) som växer till för mycket text; filen kan vara gjord för att göra "
    "läsningen långsam, och Word skriver aldrig sådana"
)
TOO_DEEP = (
    "dokumentet är för djupt nästlat för att läsas (hundratals nivåer av tabeller, länkar, innehållskontroller "
    "eller annat i varandra)"
)


def open_word(data: bytes, name: str):
    """python-docx's document for a package's bytes (.docx, .dotx, .docm, .dotm); raises :class:`InputError`.

    A macro-enabled document's macros are a part python-docx keeps as bytes: never run, and never read here.
    """
    try:
        from docx.opc.part import PartFactory
        from docx.package import Package
        from docx.parts.document import DocumentPart

        for content_type in (TEMPLATE_MAIN, *MACRO_MAIN):
            PartFactory.part_type_for.setdefault(content_type, DocumentPart)
        part = Package.open(io.BytesIO(data)).main_document_part
        if not isinstance(part, DocumentPart):  # another Office file (a workbook) renamed .docx
            raise ValueError(f"main part is {part.content_type}")
        return part.document
    except Exception as exc:  # python-docx and lxml raise many kinds of error on a broken package
        if "Excessive depth" in str(exc):  # lxml's guard against nesting meant to exhaust the parser
            # Not only tables: 5,000 hyperlinks or 2,000 content controls in each other end here too, and a line
            # that named "tabeller i tabeller" for them named what is not there. lxml does not say which element.
            raise InputError(f"{name}: {TOO_DEEP}") from None
        if "entity amplification" in str(exc).lower():  # lxml's guard against a billion laughs: entities in a
            # <!DOCTYPE> that grow to gigabytes; it had been "skadad eller inget Word-dokument" (hostile re-test s48)
            raise InputError(f"{name}: {ENTITY_BOMB}") from None
        if _strict(data):
            raise InputError(f"{name}: Strict Open XML stöds inte; spara som vanligt Word-dokument (.docx)") from None
        log.debug("python-docx could not open %s", name, exc_info=True)
        raise InputError(f"{name}: filen är skadad eller inget Word-dokument (.docx)") from None


def _strict(data: bytes) -> bool:
    """The package's relationships name its main part in Strict Open XML's namespace."""
    try:
        # a few hundred bytes (check_package checked the sizes)
        with zipfile.ZipFile(io.BytesIO(data)) as package, package.open("_rels/.rels") as rels:
            return STRICT_NAMESPACE in rels.read(MAX_XML_BYTES)
    except Exception:  # no such part, a broken zip: not Strict, just damaged
        return False


def macro_enabled(word) -> bool:
    """A macro-enabled document or template, or any package that carries a VBA project."""
    package = word.part.package
    return word.part.content_type in MACRO_MAIN or any(
        part.content_type == VBA_PROJECT for part in package.iter_parts()
    )


def paragraph_map(word) -> list[Paragraph]:
    """Every paragraph the reader reads, in the order of the synthetic source's lines, with its pieces.

    The writer of annotated copies (:mod:`klarlint.docx_output`) walks a document with this same
    function, so a finding's paragraph and offset name the same characters there.
    """
    paragraphs = Paragraphs(itertools.islice(_all_paragraphs(word), MAX_PARAGRAPHS + 1))
    if len(paragraphs) > MAX_PARAGRAPHS:
        paragraphs.pop()
        paragraphs.cut = True
    return paragraphs


class Paragraphs(list):
    """The paragraphs read; ``cut``: there were more than MAX_PARAGRAPHS, and the rest were not read."""

    cut = False


def _all_paragraphs(word) -> Iterator[Paragraph]:
    styles = _styles(word.styles.element)
    yield from _body_paragraphs(word.element.body, styles)
    for element, heading in _header_footer_roots(word):
        story = "header" if heading == HEADER_HEADING else "footer"
        yield from (_relabel(p, heading, story) for p in _paragraphs(element, styles, False))
    for element, heading, story in _note_roots(word):
        yield from (_relabel(p, heading, story) for p in _paragraphs(element, styles, False))


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
    named = [entry.filename.lower().endswith((".xml", ".rels")) for entry in entries]
    xml = sum(entry.file_size for entry, is_xml in zip(entries, named, strict=True) if is_xml)
    _check_unpacked(unpacked, xml, name)  # the names alone: refused before anything is inflated
    elements = 0
    for entry, is_xml in zip(entries, named, strict=True):
        head, tags = _check_inflated_size(data, entry, name)
        # Any part may be parsed as XML, whatever its name: [Content_Types].xml can make word/document.dat the main
        # part (60 MB of XML in 88 KB of .docx had passed the XML limit, and took 2.6 GB and minutes). What does not
        # start as XML does (lxml refuses it), so only that is left out: images, fonts, embedded objects.
        if is_xml or _may_be_xml(head):
            if not is_xml:
                xml += entry.file_size
                _check_unpacked(unpacked, xml, name)
            elements += tags
    if elements > MAX_XML_ELEMENTS:
        raise InputError(
            f"{name}: dokumentets XML har {grouped(elements)} element (gränsen är {grouped(MAX_XML_ELEMENTS)}); "
            "filen kan vara gjord för att göra läsningen långsam"
        )


def _check_unpacked(unpacked: int, xml: int, name: str) -> None:
    for size, limit, what in ((unpacked, MAX_UNPACKED_BYTES, ""), (xml, MAX_XML_BYTES, " XML")):
        if size > limit:
            raise InputError(
                f"{name}: dokumentet packas upp till {_megabytes(size)} MB{what} (gränsen är "
                f"{_megabytes(limit)} MB); filen kan vara en zip-bomb"
            )


# What may come before an XML document's first "<": white space, a byte order mark, and the NUL bytes of UTF-16 or
# UTF-32. EBCDIC's "<?xm" is the one other start libxml2 recognises.
_XML_LEAD = b" \t\r\n\x00\xef\xbb\xbf\xfe\xff"
_EBCDIC_DECLARATION = b"\x4c\x6f\xa7\x94"


def _may_be_xml(head: bytes) -> bool:
    """Whether a part that starts with ``head`` could be parsed as XML (an empty or all-blank start: it could)."""
    rest = head.lstrip(_XML_LEAD)
    return not rest or rest.startswith(b"<") or head.startswith(_EBCDIC_DECLARATION)


STREAM_CHUNK = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


def _check_inflated_size(data: bytes, entry: zipfile.ZipInfo, name: str) -> tuple[bytes, int]:
    """Inflate ``entry`` as a stream, never more than STREAM_CHUNK at a time, and refuse it if it is
    larger than it declares (its declared size was checked against the limits already). Its first bytes, and how
    many XML elements it would have (its "<" that are not "</"), counted as it streams by."""
    broken = InputError(f"{name}: filen är skadad eller inget Word-dokument (.docx)")
    if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise broken
    header = data[entry.header_offset : entry.header_offset + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise broken
    fields = _LOCAL_HEADER.unpack(header)
    start = entry.header_offset + _LOCAL_HEADER.size + fields[-2] + fields[-1]
    raw = memoryview(data)[start : start + entry.compress_size]
    if entry.compress_type == zipfile.ZIP_STORED:  # zipfile reads exactly the declared size
        end = start + entry.file_size
        return bytes(raw[: min(STREAM_CHUNK, entry.file_size)]), data.count(b"<", start, end) - data.count(
            b"</", start, end
        )
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    produced = 0
    tags = 0
    head = b""
    try:
        for offset in range(0, len(raw), STREAM_CHUNK):
            pending = bytes(raw[offset : offset + STREAM_CHUNK])
            while pending and not inflater.eof:
                out = inflater.decompress(pending, STREAM_CHUNK)
                if len(head) < STREAM_CHUNK:
                    head += out[: STREAM_CHUNK - len(head)]
                produced += len(out)
                tags += out.count(b"<") - out.count(b"</")
                pending = inflater.unconsumed_tail
                if produced > entry.file_size:
                    raise InputError(
                        f"{name}: en del av dokumentet ({entry.filename}) packas upp till mer än den uppger "
                        f"({entry.file_size} byte); filen kan vara en zip-bomb"
                    )
            if inflater.eof:
                break
    except zlib.error:
        raise broken from None
    return head, tags


def _megabytes(size: int) -> int:
    return -(-size // (1024 * 1024))


# --- styles -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _StyleSheet:
    paragraph: dict[str | None, _Style]  # paragraph styles by id; the key None is the default paragraph style
    hidden: frozenset[str]  # character styles whose runs are hidden (w:vanish in the style or one it is based on)
    shown: frozenset[str]  # character styles that turn w:vanish off


def _styles(styles_element) -> _StyleSheet:
    """The paragraph styles, and the character styles that hide text or show it."""
    styles: dict[str | None, _Style] = {}
    characters: dict[str | None, _Style] = {}
    for element in styles_element.iterfind(f"{W}style"):
        kind = element.get(f"{W}type", "paragraph")
        if kind not in ("paragraph", "character"):
            continue
        style_id = element.get(f"{W}styleId")
        vanish = element.find(f"{W}rPr/{W}vanish")
        style = _Style(
            name=_val(element.find(f"{W}name")) or style_id or "",
            based_on=_val(element.find(f"{W}basedOn")),
            outline_level=_int(_val(element.find(f"{W}pPr/{W}outlineLvl"))),
            numbered=_numbered(element.find(f"{W}pPr/{W}numPr")),
            vanish=None if vanish is None else _on(vanish),
        )
        if kind == "character":
            characters[style_id] = style
            continue
        styles[style_id] = style
        if element.get(f"{W}default") in ("1", "true", "on"):
            styles[None] = style
    resolved = {key: _style_vanish(characters, key) for key in characters if key is not None}
    return _StyleSheet(
        styles,
        frozenset(key for key, value in resolved.items() if value is True),
        frozenset(key for key, value in resolved.items() if value is False),
    )


def _style_vanish(styles: dict[str | None, _Style], style_id: str | None) -> bool | None:
    """Whether a style hides its text: the nearest style in its basedOn chain that says so (None: none does)."""
    return next((style.vanish for style in _style_chain(styles, style_id) if style.vanish is not None), None)


def _on(element) -> bool:
    """A toggle property (w:b, w:vanish …): on unless its w:val says off."""
    return (_val(element) or "true").lower() not in _FALSE


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
    return _has_style(paragraph, styles, QUOTE_STYLE)


def _has_style(paragraph, styles: dict[str | None, _Style], pattern: re.Pattern) -> bool:
    """The paragraph's style, or one it is based on, has a name ``pattern`` matches."""
    style_id = _paragraph_style(paragraph)
    return style_id is not None and any(pattern.fullmatch(s.name.strip()) for s in _style_chain(styles, style_id))


def _paragraph_style(paragraph) -> str | None:
    ppr = paragraph.find(f"{W}pPr")
    return _val(ppr.find(f"{W}pStyle")) if ppr is not None else None


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


def _body_paragraphs(body, styles: _StyleSheet) -> Iterator[Paragraph]:
    """Body paragraphs with the heading path they sit under.

    A heading in a text box (a fact box's *Kontakt*) heads that box only: the box's paragraphs sit under it and
    the body's path, and the body after the box is still under the body's own headings.
    """
    path: list[tuple[int, str]] = []
    box_path: list[tuple[int, str]] = []
    box = None  # the w:txbxContent whose paragraphs box_path belongs to
    joined: tuple[list, int, str | None] = (path, 0, None)  # the last path joined: (path, its length, its text)
    for paragraph in _paragraphs(body, styles, True):
        current = path
        if paragraph.story == "box":
            content = next(paragraph.element.iterancestors(f"{W}txbxContent"), None)
            if content is not box:
                box, box_path = content, list(path)
            current = box_path
        changed = False
        if paragraph.kind is BlockKind.HEADING and paragraph.text.strip() and not paragraph.toc:
            while current and current[-1][0] >= paragraph.level:
                current.pop()
            current.append((paragraph.level, paragraph.text.strip()))
            changed = True
        if changed or joined[0] is not current or joined[1] != len(current):
            joined = (current, len(current), HEADING_PATH_SEPARATOR.join(text for _, text in current) or None)
        yield _relabel(paragraph, joined[2], paragraph.story)


def _paragraphs(root, styles: _StyleSheet, headings: bool) -> Iterator[Paragraph]:
    """Every paragraph under ``root`` in reading order, with its kind.

    An explicit stack instead of recursion: nested tables and text boxes have no depth limit.
    """
    stack: list[tuple[Iterator, bool, bool]] = [(iter(root), False, False)]
    # The complex fields open at this point of the story (their instructions), and of the text boxes': a field
    # may span paragraphs (a table of contents always does), so a paragraph's state starts where the last one's ended.
    open_fields: dict[bool, tuple[str, ...]] = {False: (), True: ()}
    # An empty paragraph (<w:p/>: no style, no runs) reads the same wherever it stands in the same kind of place:
    # read once, each later one is that paragraph with its own element. 3.1 million of them (19 MB of XML, 28 KB of
    # .docx) had taken three minutes, each walked as if it had text.
    empty: dict[tuple[bool, bool, tuple[str, ...]], Paragraph] = {}
    while stack:
        children, in_table, in_box = stack[-1]
        element = next(children, None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if tag == f"{W}p":
            if not len(element):
                key = (in_table, in_box, open_fields[in_box])
                if key not in empty:
                    empty[key] = _paragraph(element, styles, in_table, in_box, headings, open_fields)[0]
                yield _with_element(empty[key], element)
                continue
            paragraph, boxes = _paragraph(element, styles, in_table, in_box, headings, open_fields)
            yield paragraph
            if boxes:  # text boxes anchored in this paragraph come right after it
                stack.append((iter(boxes), in_table, True))
        elif tag in _CONTAINERS and not _deleted_row(element):
            stack.append((iter(element), in_table or tag == f"{W}tbl", in_box or tag == f"{W}txbxContent"))


def _paragraph(
    element, styles: _StyleSheet, in_table: bool, in_box: bool, headings: bool, open_fields: dict
) -> tuple[Paragraph, list]:
    """A w:p read, and the text boxes anchored in it; ``open_fields[in_box]`` becomes the fields open after it."""
    style_hidden = _style_vanish(styles.paragraph, _paragraph_style(element)) is True
    context = Context(open_fields[in_box], styles.hidden, styles.shown, style_hidden)
    walk = _paragraph_text(element, context)
    text, pieces = walk.text, walk.pieces
    open_fields[in_box] = walk.fields
    kind, level = _kind(element, styles.paragraph, in_table, headings)
    run_in = _run_in_length(text, pieces) if kind is BlockKind.PARAGRAPH else 0
    paragraph = Paragraph(
        text,
        kind,
        level,
        None,
        element,
        pieces,
        "box" if in_box else "body",
        _is_quote(element, styles.paragraph),
        run_in,
        _empty_lines(text, pieces),
        context,
        walk.toc or _has_style(element, styles.paragraph, TOC_STYLE),
        walk.links,
    )
    return paragraph, walk.boxes


def _relabel(p: Paragraph, heading: str | None, story: str) -> Paragraph:
    """``replace(p, heading=heading, story=story)``."""
    return _rebuilt(p, heading, p.element, story)


def _with_element(p: Paragraph, element) -> Paragraph:
    """``replace(p, element=element)``."""
    return _rebuilt(p, p.heading, element, p.story)


def _rebuilt(p: Paragraph, heading: str | None, element, story: str) -> Paragraph:
    """``p`` with another heading, element and story, field by field: dataclasses.replace looks the fields up on each
    call, a third of the time 300,000 empty paragraphs took to read."""
    return Paragraph(
        p.text,
        p.kind,
        p.level,
        heading,
        element,
        p.pieces,
        story,
        p.quoted,
        p.run_in,
        p.empty_lines,
        p.context,
        p.toc,
        p.links,
    )


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


# A soft hyphen (w:softHyphen) is a character in Word's count as in a text file's (U+00AD, which the rules read
# through): an offset after it had been one short of Word's (s50 Word re-test).
_CHARACTERS = {
    f"{W}tab": "\t",
    f"{W}ptab": "\t",
    f"{W}br": " ",
    f"{W}cr": " ",
    f"{W}noBreakHyphen": "-",
    f"{W}softHyphen": SOFT_HYPHEN,
}


@dataclass(frozen=True, slots=True)
class _Walk:
    text: str
    boxes: list
    pieces: tuple[Piece, ...]
    fields: tuple[str, ...]  # the complex fields still open at the paragraph's end (their instructions)
    toc: bool  # some of the paragraph is in a table of contents' field
    links: tuple[tuple[int, int], ...] = ()  # see Paragraph.links


def _paragraph_text(paragraph, context: Context = Context()) -> _Walk:
    """The text a reader sees in the paragraph, the text boxes anchored in it, and where each character is."""
    parts: list[str] = []
    pieces: list[Piece] = []
    boxes: list = []
    length = 0
    # The open complex fields (w:fldChar begin … end) with their instructions: a result is read, never changed.
    fields = list(context.fields)
    toc = any(map(_is_toc_field, fields))
    # A content control (w:sdt) or custom XML around the paragraph (a locked template's text, a table row): its
    # words are commented, never changed, as those of an inline control are.
    controlled = any(a.tag in _CONTROLS for a in paragraph.iterancestors())
    stack: list[Iterator] = [iter(paragraph)]
    links: list[tuple[int, int]] = []
    open_links: list[tuple[int, int]] = []  # (the stack's depth inside a w:hyperlink, where its text starts)
    # a HYPERLINK field's result (after its separate mark) counts as a link: where it starts, per open field
    field_links: list[int | None] = [None] * len(fields)
    while stack:
        element = next(stack[-1], None)
        if element is None:
            if open_links and open_links[-1][0] == len(stack):
                links.append((open_links.pop()[1], length))
            stack.pop()
            continue
        tag = element.tag
        if tag == f"{W}instrText":
            if fields:
                fields[-1] += element.text or ""
                toc = toc or _is_toc_field(fields[-1])
            continue
        if not isinstance(tag, str) or tag in _SKIPPED_INLINE:
            continue
        if tag == f"{W}t" and len(element):
            # An entity reference python-docx leaves unresolved (``&x;`` of a DTD, which Word never writes) or a
            # comment is a child node, and the text after it is that node's tail: *Ansökan skall &x; lämnas.* had
            # been read as *Ansökan skall* without a word. Each part is a piece of its own that --suggest and
            # --annotate never change (they edit a w:t's own text).
            for node, text in ((element, element.text), *((child, child.tail) for child in element)):
                if text:
                    pieces.append(Piece(length, length + len(text), node, False))
                    parts.append(text)
                    length += len(text)
            continue
        text = _piece_text(element, tag)
        if text is not None:
            if text:
                plain = not fields and not controlled and _in_plain_run(element, paragraph)
                pieces.append(Piece(length, length + len(text), element, plain))
                parts.append(text)
                length += len(text)
        elif tag == f"{W}fldChar":
            kind = element.get(f"{W}fldCharType")
            if kind == "begin":
                fields.append("")
                field_links.append(None)
            elif kind == "separate" and fields and _is_link_field(fields[-1]):
                field_links[-1] = length
            elif kind == "end" and fields:
                fields.pop()
                start = field_links.pop()
                if start is not None:
                    links.append((start, length))
        elif tag == f"{W}txbxContent":
            boxes.append(element)
        elif tag == f"{W}r" and _hidden(element, context):
            continue
        elif len(element):
            if tag == f"{W}fldSimple" and _is_toc_field(element.get(f"{W}instr") or ""):
                toc = True
            stack.append(iter(element))
            if tag == f"{W}hyperlink" or tag == f"{W}fldSimple" and _is_link_field(element.get(f"{W}instr") or ""):
                open_links.append((len(stack), length))
    links.extend((start, length) for start in field_links if start is not None)  # a result that goes on
    spans = tuple(sorted((start, end) for start, end in links if end > start))
    return _Walk(LINE_BREAKS.sub(" ", "".join(parts)), boxes, tuple(pieces), tuple(fields), toc, spans)


def _is_link_field(instruction: str) -> bool:
    return instruction.lstrip().upper().startswith("HYPERLINK")


_CONTROLS = frozenset({f"{W}sdt", f"{W}sdtContent", f"{W}customXml"})


def _entity_notice(paragraphs: list[Paragraph]) -> Notice | None:
    """A notice of the unresolved entity references (``&x;``), at the first one's paragraph: their text (a SYSTEM
    entity's file) is never read, and the document says so rather than leave a gap unsaid."""
    names: list[str] = []
    first = offset = 0
    for paragraph in paragraphs:
        for piece in paragraph.pieces:
            for node in _entities(piece.element):
                if not names:
                    first = offset + piece.start
                if node.text not in names:
                    names.append(node.text)
        offset += len(paragraph.text) + 1
    if not names:
        return None
    what = "En entitet" if len(names) == 1 else "Entiteter"
    named = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
    return Notice(
        "xml-entity", f"{what} i dokumentets XML ({named}) lästes inte; Word skriver aldrig sådana", first, first
    )


def _entities(element) -> Iterator:
    """The unresolved entity references among the children of a w:t (see _paragraph_text)."""
    from lxml import etree

    if element.tag == f"{W}t":
        yield from (child for child in element if isinstance(child, etree._Entity))


def _is_toc_field(instruction: str) -> bool:
    return instruction.lstrip().upper().startswith("TOC")


def _piece_text(element, tag: str) -> str | None:
    """The characters an element shows in the text (None: it shows none of its own)."""
    if tag == f"{W}t":
        return element.text or ""
    if tag == f"{W}sym":
        # A symbol font's character (Wingdings' check mark): one character in Word's count, so offsets after it
        # stay Word's. Its code is the font's, not Unicode (F0FC is a check mark, not ü), so it is an object here.
        return "\ufffc"
    return _CHARACTERS.get(tag)


_BREAKS = frozenset({f"{W}br", f"{W}cr"})


def _run_in_length(text: str, pieces: tuple[Piece, ...]) -> int:
    """The length of a run-in heading: the paragraph's text before its first line break when all of it is bold
    and there is text on both sides (*Kl. 15.30 – Besök Ålidhems centrum*, a break, the text). As in the Markdown
    and HTML readers, it is a block of its own, or its words start the first sentence (round 73, blind). Without a
    break, a bold lead-in that ends no sentence before a space and a capital (:func:`_lead_in_length`)."""
    for piece in pieces:
        if piece.element.tag in _BREAKS:
            lead, rest = text[: piece.start], text[piece.end :]
            return piece.start if lead.strip() and rest.strip() else 0
        if text[piece.start : piece.end].strip() and not _bold(piece.element.getparent()):
            return _lead_in_length(text, piece.start)
    return 0


def _lead_in_length(text: str, start: int) -> int:
    """The length of a bold lead-in run into its paragraph's text without a break before a capital (*1. Liggytan för
    ungdjuren i lösdriften*, a space, *Vid kontrollen konstaterades …*; :func:`~klarlint.readers.html.bold_lead_in`),
    or 0."""
    lead = text[:start]
    return len(lead.rstrip()) if bold_lead_in(lead, text[start:]) else 0


def _empty_lines(text: str, pieces: tuple[Piece, ...]) -> tuple[tuple[int, int], ...]:
    """Where two or more line breaks with nothing but white space between them leave an empty line."""
    spans: list[tuple[int, int]] = []
    last: Piece | None = None  # the last break, while nothing but white space follows it
    for piece in pieces:
        if piece.element.tag in _BREAKS:
            if last is not None:
                start = spans.pop()[0] if spans and spans[-1][1] == last.end else last.start
                spans.append((start, piece.end))
            last = piece
        elif text[piece.start : piece.end].strip():
            last = None
    return tuple(spans)


def _bold(run) -> bool:
    """A run with direct bold formatting (``w:b``, not turned off)."""
    if run is None or run.tag != f"{W}r":
        return False
    bold = run.find(f"{W}rPr/{W}b")
    return bold is not None and (_val(bold) or "true").lower() not in _FALSE


def paragraph_pieces(paragraph, context: Context = Context()) -> tuple[Piece, ...]:
    """Where each character of a ``w:p``'s text (as :func:`read` reads it) comes from; ``context`` is the
    paragraph's :attr:`Paragraph.context` from :func:`paragraph_map`."""
    return _paragraph_text(paragraph, context).pieces


def _in_plain_run(element, paragraph) -> bool:
    """A text element of a run that is a child of the paragraph itself (no hyperlink, field, control …), or of a
    smart tag in it: a smart tag (*date*, *person*) only labels plain runs, which Word edits as any."""
    run = element.getparent()
    if run is None or run.tag != f"{W}r":
        return False
    holder = run.getparent()
    while holder is not None and holder.tag == f"{W}smartTag":
        holder = holder.getparent()
    return holder is paragraph


def _hidden(run, context: Context) -> bool:
    """Hidden text: w:vanish on the run, else in its character style, else in the paragraph's style."""
    properties = run.find(f"{W}rPr")
    if properties is not None:
        vanish = properties.find(f"{W}vanish")
        if vanish is not None:
            return _on(vanish)
        style = _val(properties.find(f"{W}rStyle"))
        if style in context.hidden_styles:
            return True
        if style in context.shown_styles:
            return False
    return context.style_hidden


def _header_footer_roots(word) -> Iterator[tuple[object, str]]:
    """Each header part, then each footer part, once, in section order; only those that print.

    An even-page header prints only when the settings say *Udda och jämna sidor olika* (w:evenAndOddHeaders) and
    a first-page one only in a section with *Annorlunda första sida* (w:titlePg): a template's leftovers
    (*UTKAST*, an old letterhead) that never print are not the document's text.
    """
    even_pages = _setting_on(word, "evenAndOddHeaders")
    references = [
        element
        for section in word.element.body.iter(f"{W}sectPr")
        for element in section.iterchildren(f"{W}headerReference", f"{W}footerReference")
        if _prints(element, section, even_pages)
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


def _prints(reference, section, even_pages: bool) -> bool:
    kind = reference.get(f"{W}type", "default")
    if kind == "even":
        return even_pages
    if kind == "first":
        title_page = section.find(f"{W}titlePg")
        return title_page is not None and _on(title_page)
    return True


def _setting_on(word, name: str) -> bool:
    """A toggle in the settings part, found without python-docx's ``settings``, which adds the part if it is
    missing (the reviewed copy must not gain one)."""
    for rel in word.part.rels.values():
        if not rel.is_external and rel.reltype.endswith("/settings"):
            element = getattr(rel.target_part, "element", None)
            found = element.find(f"{W}{name}") if element is not None else None
            return found is not None and _on(found)
    return False


class DamagedPart(Exception):
    """A part of the package that cannot be read; the message names it in Swedish."""


FOOTNOTE_HEADING = "Fotnot"
ENDNOTE_HEADING = "Slutnot"
_NOTE_PARTS = (("/footnotes", "footnote", FOOTNOTE_HEADING), ("/endnotes", "endnote", ENDNOTE_HEADING))
_NOTE_NAMES = {"footnote": "fotnoterna", "endnote": "slutnoterna"}


def _note_roots(word) -> Iterator[tuple[object, str, str]]:
    """Each footnote, then each endnote, with its heading ("Fotnot 1") and story; separators left out."""
    for _, element, story, heading in note_parts(word):
        notes = [n for n in element.iterchildren(f"{W}{story}") if n.get(f"{W}type") in (None, "normal")]
        for number, note in enumerate(notes, 1):
            yield note, f"{heading} {number}", story


def note_parts(word) -> Iterator[tuple[object, object, str, str]]:
    """The footnotes part, then the endnotes part: (part, its XML, story, heading).

    python-docx has no footnote API and keeps these parts as bytes: they are found by relationship type and parsed
    here, once a part, so that the writer of reviewed copies changes the same elements the paragraphs hold and
    can put them back (:func:`klarlint.docx_output`'s tracked changes in notes).
    """
    for suffix, story, heading in _NOTE_PARTS:
        for rel in word.part.rels.values():
            if rel.is_external or not rel.reltype.endswith(suffix):
                continue
            yield rel.target_part, _parsed(rel.target_part, story), story, heading
            break


_PARSED_NOTES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # a part kept as bytes → its parsed XML


def _parsed(part, story: str):
    element = getattr(part, "element", None)
    if element is not None:
        return element
    if part not in _PARSED_NOTES:
        from docx.oxml import parse_xml

        try:
            _PARSED_NOTES[part] = parse_xml(part.blob)
        except Exception:  # lxml's XMLSyntaxError (in English); python-docx opened the package without it
            raise DamagedPart(f"{_NOTE_NAMES[story]} ({part.partname.lstrip('/')}) går inte att läsa") from None
    return _PARSED_NOTES[part]


# --- the document -------------------------------------------------------------------------------


def _document(paragraphs: Iterable[Paragraph], path: str | None) -> Document:
    lines: list[str] = []
    headings: list[str | None] = []
    blocks: list[Block] = []
    notices: list[Notice] = []
    offset = 0
    toc: list[int] = []  # the table of contents being passed: its first paragraph's number and offset
    for number, paragraph in enumerate(paragraphs, 1):
        if paragraph.toc:
            # A table of contents repeats the headings: linted, each heading's findings came twice, and a
            # comment or change in it is lost when Word updates the field. Its lines stay, so positions hold.
            if not toc:
                toc = [number, offset]
        else:
            if toc:
                notices.append(_toc_notice(toc, number - 1))
                toc = []
            for start, text in _block_texts(paragraph, offset):
                block = Block.verbatim(paragraph.kind, text, start, paragraph.level)
                block.declared_language = _run_language(paragraph.element)
                if paragraph.links:
                    block.links = _clipped(paragraph.links, start - offset, len(text))
                blocks.append(block.quote_all() if paragraph.quoted else block)
        lines.append(paragraph.text)
        headings.append(paragraph.heading)
        offset += len(paragraph.text) + 1
    if toc:
        notices.append(_toc_notice(toc, len(lines)))
    return Document("\n".join(lines), blocks, path, "docx", paragraph_headings=tuple(headings), notices=notices)


def _run_language(element) -> str | None:
    """The language Word's own marking gives most of a paragraph's text (``w:lang`` in its runs' properties, what
    *Granska → Språk* writes), as HTML's ``lang``: an English summary marked so had been linted as Swedish. Only
    the runs' own marking, not the document's default (a template's *en-US* under Swedish text); None where less
    than half the text is marked with one language."""
    if element is None:
        return None
    lengths: dict[str, int] = {}
    total = 0
    for run in element.iter(f"{W}r"):
        length = sum(len(t.text or "") for t in run.iterfind(f"{W}t"))
        total += length
        lang = run.find(f"{W}rPr/{W}lang")
        value = lang.get(f"{W}val") if lang is not None else None
        if value and length:
            lengths[value] = lengths.get(value, 0) + length
    value, length = max(lengths.items(), key=lambda item: item[1], default=(None, 0))
    return value if 2 * length > total else None


def _toc_notice(toc: list[int], last: int) -> Notice:
    """The notice of a table of contents from paragraph ``toc[0]`` to ``last``, with its paragraphs when they are
    more than one (*stycke 1* had been said of a table of contents in paragraphs 1–3, session 42)."""
    first, offset = toc
    message = (
        TOC_NOTICE
        if last == first
        else f"Innehållsförteckningen (stycke {first}–{last}) granskades inte (inte löptext)."
    )
    return Notice("not-prose", message, offset, offset)


def _clipped(links: tuple[tuple[int, int], ...], begin: int, length: int) -> tuple[tuple[int, int], ...]:
    """A paragraph's link spans as spans of its block that starts at ``begin`` and is ``length`` long."""
    spans = []
    for start, end in links:
        start, end = max(start - begin, 0), min(end - begin, length)
        if end > start:
            spans.append((start, end))
    return tuple(spans)


def _with_line_breaks(paragraph: Paragraph) -> str:
    """The paragraph's text with "\\n" for each manual line break (Shift+Enter: ``w:br`` without a type, or
    ``w:cr``), where the document's text (its lines are paragraphs) has a space: klarlint.nlp.components.
    SentenceHints ends a sentence-like unit there (session 42, webrev 1.1: a programme of one item a line had
    been one "sentence" of 35 words). A page or column break is no line of the text."""
    text = paragraph.text
    breaks = [
        piece.start
        for piece in paragraph.pieces
        if piece.element.tag == f"{W}cr"
        or piece.element.tag == f"{W}br"
        and piece.element.get(f"{W}type", "textWrapping") == "textWrapping"
    ]
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = "\n"
    return "".join(chars)


def _block_texts(paragraph: Paragraph, offset: int) -> list[tuple[int, str]]:
    """The paragraph's blocks as (source offset, text): one, or a run-in heading and the text after its break, and
    the parts between empty lines."""
    gaps = [(paragraph.run_in, paragraph.run_in + 1)] if paragraph.run_in else []
    gaps = sorted({*gaps, *paragraph.empty_lines})
    ends = [start for start, _ in gaps] + [len(paragraph.text)]
    begins = [0] + [end for _, end in gaps]
    texts = []
    shown = _with_line_breaks(paragraph)
    for begin, end in zip(begins, ends, strict=True):
        part = shown[begin:end]
        if part.strip():
            texts.append((offset + begin + len(part) - len(part.lstrip()), part.strip()))
    return texts
