"""Blocks that are not prose: a table of contents, the metadata table of a converted document, and lines of links.

A policy converted from Word often opens with a table of document facts (*Dokumentägare*,
*Beslutad av*, *Gäller till*) and a table of contents (titles, dot leaders, page numbers).
Neither is text anyone reads as sentences, so no rule should judge them: a title in a
table of contents is not a long paragraph, a heavy nominal paragraph or a slash pair to
rewrite, and *Beslutad av: Kommunfullmäktige* is no passive. ``prose_part`` leaves them
out of the document the rules see (the same source, so positions stay exact) and says
what was left out, as the language filter does (``klarlint.language.swedish_part``).

A line that is nothing but links with long texts (*[Pressmeddelande: Skolverket ska beakta riskerna med
digitalisering](…)*, a web page's related links) lists other pages by their titles, as a table of contents does:
*beakta* there is another text's title (issue 13, blind: false alarms on such titles), not the writer's word.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable
from dataclasses import replace

from klarlint.document import Block, BlockKind, Document
from klarlint.limits import Notice
from klarlint.link_words import says_nothing

# A letter's closing (*Med vänliga hälsningar*): genre's sign of a letter, and the plain-text reader's of a line that is
# no heading. Here, below both: genre → readers (its metadata opening) → plain-text reader → genre was a cycle. The
# Government Offices close their letters *Enligt uppdrag* above the official's name and title (session 47, the agency
# re-tester: a ministry's remiss to its consultees was judged a document): as a line of its own only, for *Enligt
# uppdrag av regeringen har myndigheten …* opens a report's sentence.
LETTER_CLOSING = re.compile(
    r"^(?:med vänlig(?:a)? hälsning(?:ar)?|vänliga hälsningar|hälsningar)\b|^enligt\s+uppdrag[ \t]*,?[ \t]*(?=\n|$)",
    re.I,
)

NOTICE_CODE = "not-prose"
# An entry of a table of contents: a title, dot leaders (or a tab), a page number.
TOC_ENTRY = re.compile(r"(?:\.{3,}|…+|\t)[ \t]*\d{1,3}(?![\d,.:/])")
TOC_LEADER_LINE = re.compile(r"(?:\.{4,}|…{2,})[ \t]*\d{1,3}\s*$")
MIN_TOC_ENTRIES = 3
MAX_TITLE_WORDS = 15
TOC_HEADINGS = frozenset({"innehåll", "innehållsförteckning", "innehållsförteckning:", "innehåll:"})
# Labels of the document facts a converted policy or decision opens with.
METADATA_LABELS = frozenset(
    {
        "dokumentägare", "dokumentansvarig", "dokumentnamn", "dokumenttyp", "dokumentid", "beslutad av",
        "beslutat av", "beslutande", "fastställd av", "fastställt av", "fastställd", "fastställt", "beslutsdatum",
        "beslutsinstans", "datum för beslut", "gäller till", "gäller från", "gäller fr.o.m.", "gäller t.o.m.",
        "giltig till", "giltig från", "giltighetstid", "diarienummer", "dnr", "reviderad", "senast reviderad",
        "revideras", "versionsnummer", "version", "ersätter", "handläggare", "ansvarig förvaltning",
        "ansvarig nämnd", "målgrupp för dokumentet", "dokumentet gäller för", "för revidering ansvarar",
        "för uppföljning ansvarar", "revideras senast", "ska revideras", "nästa revidering",
        # a protocol's distribution line (session 45: *Expedieras till: Förvaltningschef, rektorer* had a passive-voice
        # finding); not its *Sammanträdesdatum* or *Justerare* lines, which genre reads as a protocol's signs
        "expedieras till", "expedieras", "beslutet expedieras till", "protokollet expedieras till", "kopia till",
    }
)  # fmt: skip
MAX_METADATA_VALUE_WORDS = 10
# A table cell of this many words or fewer is a label or a value (*Beviljas*, *Avslås*, *Belopp*), not a sentence: a
# decision table's *Beviljas* had a passive-voice finding its *Avslås* did not (session 45, a writer's re-tester).
# Still prose for the word rules (*Du skall* in a cell is *skall*): the sentence rules ask is_label_cell.
MAX_LABEL_CELL_WORDS = 2
SENTENCE_END = (".", "!", "?")
# A link text of this many words or more is a page's title; shorter ones (*Läs mer*, *Kontakt*) stay prose, for
# the link-text rule among others. A download label stays prose too (*Ladda ner (PDF, 310 kB)*, five words with its
# note): it names no page; a lone download link had been left out as a title line, and link-text never saw it
# (session 47, two re-testers).
MIN_TITLE_WORDS = 4
LINK_LINE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
_PARENTHESES = re.compile(r"\([^()]*\)")  # *(riksdagen.se)* after a link says where it leads
# What opens an item of a programme or of opening hours: a weekday (*Måndag–fredag 8–17*, *Tisdag 30 januari*), a
# clock time with *kl.* (*Kl. 16.00 Invigning*) or a range of times (*10.00–11.30 Seminarium*); not a lone number
# (*2.10 Ansvar* is a section). A heading that opens so starts a programme (long-paragraph); lines that open so,
# one after another, are items, not one sentence (long-sentence; session 42, webrev 1.1).
SCHEDULE_ITEM = (
    r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b"
    r"|kl(?:ockan|\.)?\s*\d{1,2}[.:][0-5]\d\b|\d{1,2}[.:][0-5]\d\s*[–-]\s*\d{1,2}[.:][0-5]\d\b"
)
SCHEDULE_LINE = re.compile(rf"^\W*(?:{SCHEDULE_ITEM})", re.IGNORECASE)


def schedule_break(before: str, after: str) -> bool:
    """Whether a soft line break between the lines ``before`` and ``after`` (as written in the source) is a hard
    one: both open with a weekday or a clock time, items of a programme or of opening hours written a line each
    (*Kl. 16.00 Invigning …* / *Kl. 17.30 Författarsamtal …*, *Måndag 10.00–19.00* / *Tisdag …*). A reader of the
    source sees a list, and the writer broke the lines on purpose; read as spaces, the programme had been one
    "sentence" of 35 words, a long-sentence error (session 42, webrev 1.1). Wrapped prose does not open two lines
    running so."""
    return SCHEDULE_LINE.match(after) is not None and SCHEDULE_LINE.match(before) is not None


def joined_lines(text: str) -> str:
    """A paragraph's lines as one text of the same length: each line break a space, but "\\n" where
    :func:`schedule_break` says it is a hard one (klarlint.nlp.components.SentenceHints ends a unit there)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    return "".join(
        line + ("" if index == len(lines) - 1 else "\n" if schedule_break(line, lines[index + 1]) else " ")
        for index, line in enumerate(lines)
    )


def is_table_of_contents(block: Block) -> bool:
    """Titles with page numbers: three entries or more in one block, or one line with dot leaders."""
    text = block.text
    entries = TOC_ENTRY.findall(text)
    if len(entries) >= MIN_TOC_ENTRIES:
        titles = TOC_ENTRY.split(text)
        return all(len(title.split()) <= MAX_TITLE_WORDS for title in titles)  # titles, not sentences, between
    return TOC_LEADER_LINE.search(text) is not None and len(text.split()) <= 15


def is_link_line(block: Block) -> bool:
    """A paragraph or list item that is nothing but links (beside punctuation and a note in parentheses), one of
    them with a text of MIN_TITLE_WORDS words or more: the titles of other pages."""
    if not block.links or block.kind not in LINK_LINE_KINDS:
        return False
    text = block.text
    rest, position = [], 0
    for start, end in sorted(block.links):
        rest.append(text[position:start])
        position = max(position, end)
    rest.append(text[position:])
    if any(c.isalpha() for c in _PARENTHESES.sub("", "".join(rest))):
        return False
    return any(_is_title(text[start:end]) for start, end in block.links)


def _is_title(link_text: str) -> bool:
    return len(link_text.split()) >= MIN_TITLE_WORDS and not says_nothing(link_text)


def vague_links(block: Block) -> list[Block]:
    """The links of a line of titles whose texts say nothing (*Läs mer*, *Ladda ner (PDF, 2 MB)*), each a block of
    its own: the line is no prose, but link-text judges every link text on it."""
    return [block.slice(start, end) for start, end in block.links if says_nothing(block.text[start:end])]


def _label(text: str) -> str:
    return text.strip().rstrip(":").strip().lower()


def _metadata_line(block: Block) -> bool:
    """*Beslutad av: Kommunfullmäktige* as a line of its own."""
    label, colon, value = block.text.partition(":")
    return bool(colon) and _label(label) in METADATA_LABELS and _short(value)


def _short(value: str) -> bool:
    return len(value.split()) <= MAX_METADATA_VALUE_WORDS


def is_label_cell(block: Block) -> bool:
    """A table cell of one or two words that do not end as a sentence does (*Beviljas*, *Revideras senast*; but
    *Beviljas.* may be one): a label or a value, no clause whose doer a rule could ask for."""
    if block.kind is not BlockKind.TABLE_CELL:
        return False
    text = block.text.strip()
    return len(text.split()) <= MAX_LABEL_CELL_WORDS and not text.endswith(SENTENCE_END)


# What not_prose() needs to know of a block text, by the text (an editor's re-check of a long document
# asks again for every unchanged paragraph: 60 ms per keystroke at 300,000 words). Emptied when it holds
# texts of more than this many characters; longer texts than MAX_REMEMBERED_CHARS are not remembered.
_TEXT_FACTS: dict[str, tuple[bool, bool]] = {}
_TEXT_FACTS_CHARS = [0]
MAX_TEXT_FACTS_CHARS = 8_000_000
MAX_REMEMBERED_CHARS = 100_000


_PROSE = (False, False)  # (see _text_facts)
_KIND = operator.attrgetter("kind")
_TEXT = operator.attrgetter("text")
_LINKS = operator.attrgetter("links")


def _text_facts(block: Block) -> tuple[bool, bool]:
    """(a metadata line, a table of contents) for ``block``'s text, which is all either depends on."""
    text = block.text
    found = _TEXT_FACTS.get(text)
    if found is None:
        found = (_metadata_line(block), is_table_of_contents(block))
        if len(text) <= MAX_REMEMBERED_CHARS:
            if _TEXT_FACTS_CHARS[0] + len(text) > MAX_TEXT_FACTS_CHARS:
                _TEXT_FACTS.clear()
                _TEXT_FACTS_CHARS[0] = 0
            _TEXT_FACTS[text] = found
            _TEXT_FACTS_CHARS[0] += len(text)
    return found


def not_prose(document: Document) -> list[tuple[int, str]]:
    """Indexes of the blocks that are not prose, each with what it is (``toc``, ``metadata`` or ``links``)."""
    blocks = document.blocks
    # blocks with links, found at C speed: an editor asks again on every keystroke
    with_links = itertools.compress(itertools.count(), map(_LINKS, blocks))
    found: dict[int, str] = {index: "links" for index in with_links if is_link_line(blocks[index])}
    indexes: Iterable[int] = range(len(blocks))
    if BlockKind.TABLE_CELL not in set(map(_KIND, blocks)):
        # Only blocks whose text is not known to be prose, found at C speed (a long document has 15,000).
        facts = map(_TEXT_FACTS.get, map(_TEXT, blocks))
        indexes = itertools.compress(itertools.count(), map(operator.ne, facts, itertools.repeat(_PROSE)))
    for index in indexes:
        block = blocks[index]
        kind = block.kind
        if kind is not BlockKind.TABLE_CELL:
            metadata, toc = _text_facts(block)
            if not metadata and (not toc or kind is BlockKind.HEADING):
                continue  # prose: the usual case
        if block.kind is BlockKind.TABLE_CELL and _label(block.text) in METADATA_LABELS:
            found[index] = "metadata"
            value = blocks[index + 1] if index + 1 < len(blocks) else None
            if value is not None and value.kind is BlockKind.TABLE_CELL and _short(value.text):
                found[index + 1] = "metadata"  # the label's value, in the next cell of its row
        elif _metadata_line(block):  # a plain-text reader takes the short line for a heading
            found[index] = "metadata"
        elif block.kind is not BlockKind.HEADING and is_table_of_contents(block):
            found[index] = "toc"
            if (
                index > 0
                and blocks[index - 1].kind is BlockKind.HEADING
                and _label(blocks[index - 1].text) in {_label(h) for h in TOC_HEADINGS}
            ):
                found[index - 1] = "toc"  # its heading, *Innehåll*
    return sorted(found.items())


NOT_PROSE_NAMES = {
    "toc": "Innehållsförteckningen",
    "metadata": "Tabellen med uppgifter om dokumentet",
    "links": "Rader med bara länkar till andra sidor (deras rubriker)",
}


def prose_part(document: Document) -> tuple[Document, list[Notice]]:
    """The document without its table of contents and metadata table, and notices that say what was left out."""
    skipped = not_prose(document)
    if not skipped:
        return document, []
    notices: list[Notice] = []
    for what in ("toc", "metadata", "links"):
        indexes = [i for i, kind in skipped if kind == what]
        if not indexes:
            continue
        start = document.blocks[indexes[0]].source_span(0, len(document.blocks[indexes[0]].text))[0]
        name = NOT_PROSE_NAMES[what]
        if what == "metadata" and all(document.blocks[i].kind is not BlockKind.TABLE_CELL for i in indexes):
            # *Handläggare: Anna Lindqvist, telefon 090-16 10 00.* on a line of its own is no table (session 42's
            # Word tester: *Tabellen med uppgifter …* named lines of a letter)
            name = "Raden med uppgifter om dokumentet" if len(indexes) == 1 else "Raderna med uppgifter om dokumentet"
        notices.append(Notice(NOTICE_CODE, f"{name} granskades inte (inte löptext).", start, start))
    left_out = {i for i, _ in skipped}
    links = {i for i, what in skipped if what == "links"}
    kept = [
        part
        for i, block in enumerate(document.blocks)
        for part in (vague_links(block) if i in links else () if i in left_out else (block,))
    ]
    # what is not linted may still be consulted, as a page's site footer is: *Handläggare: Omar Haddad, telefon …*
    # is a metadata line and the letter's contact details (missing-sender had said the letter had none)
    context = "\n".join(filter(None, [document.context, *(document.blocks[i].text for i in sorted(left_out))]))
    return replace(document, blocks=kept, context=context), notices
