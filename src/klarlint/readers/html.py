"""HTML reader: the main content of a web page, with exact line and column in the source.

The parser is the standard library's :class:`html.parser.HTMLParser`, a
tokenizer that says where in the source every tag, text run and entity starts.
Tree parsers such as selectolax and lxml build a better tree but forget where
text came from, and a finding must point at the exact characters in the HTML
file. On top of the tokenizer sits a small tree builder with the implied end
tags real pages rely on (``<p>`` closed by the next block, ``<li>`` by the next
``<li>``, table cells and rows); it keeps an explicit stack, so deeply nested
markup cannot exhaust recursion.

What is linted: the page's main content (``<main>`` or ``role="main"``, else
``<article>``, else the whole body), minus what a reader of the page does not
read as text: scripts, styles, navigation, site header and footer, cookie
banners, hidden elements (not a closed panel the reader opens: CONTROLS), code and forms' buttons. Every block
keeps the language its markup declares (``lang``, inherited: ``Block.declared_language``): the
language filter skips a block declared another language and says so, unless its
words are plainly Swedish (a template's wrong ``lang``, which the
``lang-attribute`` rule reports). Words in another language inside a Swedish
paragraph (``<span lang="en">``) are left out of it. ``alt`` texts are read when
asked for.

What editors write outside the body is read too, as blocks of its own after the
body's: the page's ``<title>`` (kind TITLE) and its meta description (kind
DESCRIPTION), with exact positions. Every block knows its link texts
(``Block.links``), so rules can judge a link by its text alone.

What is read on the page but not linted is kept as its context (``Document.context``), which document-level rules
such as ``missing-sender`` consult: the site's header and footer, and on a page with ``<main>`` the text beside it
(a contact box in an ``<aside>`` or a ``div.kontakt``, an ``<address>``, a *Senast uppdaterad* line). Navigation,
hidden text and cookie banners are neither.

Every character of a block keeps its source offset. Whitespace collapses as in
a browser, soft hyphens and zero-width characters are dropped, and an entity
(``&amp;``, ``&nbsp;``) becomes one character that maps to the whole entity.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from klarlint.document import IN_WORD_INVISIBLE, Block, BlockKind, Document, Segment
from klarlint.language import SWEDISH, declared_code
from klarlint.limits import Notice
from klarlint.readers.directives import find_directives
from klarlint.swedish_numbers import grouped

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
# Never prose a reader reads on the page (or not text at all).
SKIPPED_TAGS = frozenset(
    {
        "head",
        "title",
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "audio",
        "video",
        "pre",
        "code",
        "kbd",
        "samp",
        "select",
        "textarea",
        "button",
        "dialog",
    }
)
SKIPPED_ROLES = frozenset({"navigation", "search", "banner", "contentinfo", "menu", "menubar", "toolbar"})
SECTIONING = frozenset({"article", "section", "main", "aside"})  # their header and footer are content
# A cookie banner's id or class: the English names, and the Swedish ones CMSs use (kakor, kakruta, kak-banner …)
COOKIE_BANNER = re.compile(
    r"cookie|consent|gdpr|onetrust|cookiebot|cmplz|\bcc[-_](?:banner|window)"
    r"|\bkak(?:a|or)\b|\bkak(?:or)?[-_]?(?:ruta|rutan|banner|notis|info|meddelande|popup|dialog)",
    re.IGNORECASE,
)
# An alert before the main content: a crisis page's red banner (*Akut: Boende på Hagavägen ska lämna sina bostäder
# …*), marked role="alert", aria-live or a CMS's alert class, is the page's most-read text, and had been left out
# unsaid as being outside <main> (session 48, crisis re-test). It is read as the page's content, before main's text;
# on a crawled site a banner on every page is the template's (klarlint.crawl.template). A cookie banner stays skipped.
ALERT_CLASS = re.compile(
    r"(?<![a-z])(?:alert|emergency|crisis|kris(?:meddelande|info|information|banner)?|driftst(?:ö|o)rn?ing(?:ar)?"
    r"|viktigt[-_]meddelande|important[-_](?:message|notice))(?![a-z])",
    re.IGNORECASE,
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A hidden panel the reader opens (session 46, the web editor's re-test: a CMS's accordion ships closed, its panels
# `hidden` or `display: none`, and their text had been left out unsaid). It is named by a control's aria-controls,
# data-bs-target or a same-page link (CONTROLS), has a disclosure's class, or follows a heading's aria-expanded button.
CONTROLS = re.compile(
    r"""\s(aria-controls|data-(?:bs-)?target|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE
)
DISCLOSURE_CLASS = re.compile(r"accordion|collaps|expand|disclosure|panel", re.IGNORECASE)
# A modal stays skipped though a button opens it: a dialog over the page, not part of its text.
MODAL = re.compile(r"modal|dialog|popup|lightbox", re.IGNORECASE)
HIDDEN_PROSE_WORDS = 6  # hidden text of this many words with a sentence's end is prose whose skipping is told
SENTENCE_END = re.compile(r"[.!?]")

# Elements that start and end a block of text; everything else is inline.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        *(f"h{n}" for n in range(1, 7)),
        "pre",
        "nav",
        "dialog",
        "head",
        "title",
    }
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
QUOTATION_TAGS = frozenset({"blockquote", "q"})
KINDS = {"li": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM}
KINDS.update({"td": BlockKind.TABLE_CELL, "th": BlockKind.TABLE_CELL, "caption": BlockKind.PARAGRAPH})
# Start tags that close an open <p> (HTML's "close a p element"), and the scope it is looked for in.
CLOSES_P = frozenset(
    BLOCK_TAGS - {"body", "html", "head", "title", "td", "th", "tr", "tbody", "thead", "tfoot", "caption"}
    | {"center", "dir", "listing", "menu", "plaintext", "search", "xmp"}
)
SCOPE = frozenset({"html", "table", "td", "th", "caption", "template", "button", "object", "marquee", "applet"})
# Elements a browser reads as text up to their end tag (raw text and RCDATA): never closed, they hide the rest.
RAW_TEXT_TAGS = frozenset({"script", "style", "textarea", "title"})
HEAD_CONTENT = frozenset({"base", "link", "meta", "noscript", "script", "style", "template", "title"})

WHITESPACE = frozenset(" \t\n\r\f\xa0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
INVISIBLE = frozenset(IN_WORD_INVISIBLE)  # soft hyphen and zero-width characters
_SPACES = "".join(sorted(WHITESPACE))
COLLAPSIBLE = re.compile(f"[{_SPACES}]{{2,}}|[{_SPACES.replace(' ', '')}]")  # all but a single space
INVISIBLE_CHAR = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")
INVISIBLE_SPLIT = re.compile("[^" + "".join(sorted(INVISIBLE)) + "]+")
ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});?")
ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)
CONTENT = re.compile(r"""\scontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)


def _concealing(attrs: dict[str, str | None]) -> bool:
    """Hidden by its markup (``hidden``, ``aria-hidden="true"``, an inline ``display: none``): maybe until opened."""
    return _out_of_sight(attrs) or (attrs.get("aria-hidden") or "").strip().lower() == "true"


def _out_of_sight(attrs: dict[str, str | None]) -> bool:
    """Not shown on the screen: ``hidden`` or an inline ``display: none`` (``aria-hidden`` hides from screen readers
    only, and an icon in an accordion's button has it: only a control's aria-controls opens such an element)."""
    return "hidden" in attrs or bool(HIDDEN_STYLE.search(attrs.get("style") or ""))


@dataclass(slots=True, eq=False)
class _Element:
    """An open element, with what it inherits decided once when it opens."""

    tag: str
    skipped: bool  # not read as prose: script, nav, hidden, cookie banner, site chrome …
    swedish: bool  # from the nearest lang attribute; no lang at all counts as Swedish
    main: bool  # inside <main> or role=main
    article: bool  # inside <article>
    sectioning: bool  # inside article, section, main or aside
    kind: BlockKind
    level: int
    chrome: bool = False  # inside the site's own header or footer (not linted, but kept as page context)
    hidden: bool = False  # skipped for a reason other than being site chrome: script, nav, hidden …
    quoted: bool = False  # inside <blockquote> or <q>: a quotation (rules leave quoted wording alone)
    meta: bool = False  # the page's <title> or meta description: linted as a block of its own
    link: int = -1  # the <a href> this text is in (an index per page), -1 outside links
    lang: str = ""  # the nearest lang attribute's value as written ("en-GB"); "" without one
    concealed: bool = False  # skipped as hidden markup (hidden, aria-hidden, display: none), not for what it is
    lead: bool = False  # the page's lead paragraph by its class (LEAD_CLASS): Block.lead
    alert: _Element | None = None  # the alert before the main content this is in (ALERT_CLASS), if any
    wraps_main: bool = False  # an alert's: <main> opened inside it (a wrapper round the page, not a banner)

    @property
    def read(self) -> bool:
        return not self.skipped

    @property
    def alerting(self) -> bool:
        """In an alert before the main content, read as the page's content (see ALERT_CLASS)."""
        return self.alert is not None and not self.alert.wraps_main


# A lead paragraph's class as CMSs write it (Sitevision's *lead*, Optimizely's *preamble*, *ingress*, *intro*): the
# whole class name or a part of it between hyphens or underscores (*article-lead*, *c-ingress*); not *leader*.
LEAD_CLASS = re.compile(
    r"(?<![\w])(?:[\w]+[-_])?(?:lead|ingress|preamble|intro|introduction)(?:[-_][\w]+)?(?![\w])", re.IGNORECASE
)
LEAD_TAGS = frozenset({"p", "div"})

_ROOT = _Element("#root", False, True, False, False, False, BlockKind.PARAGRAPH, 0)


@dataclass(slots=True)
class _Text:
    start: int  # source offsets of a run of raw HTML text (entities still encoded)
    end: int
    element: _Element


# More tags than a real page has (a long report as one page has some 100,000): the tokenizer costs some 7 µs a tag,
# and 16 MB of <br> (4 million) had taken minutes. The text after this many is not read, and a notice says so.
MAX_TAGS = 500_000


def read(source: str, path: str | None = None, alt_text: bool = False) -> Document:
    notices: list[Notice] = []
    read_to = _tag_limit(source, notices)
    parser = _Parser(source, alt_text)
    # The space ends a reference at the very end ("AT&T"), which the tokenizer would otherwise
    # cut short; nothing maps to it (see _Parser._text).
    parser.feed(source[:read_to] + " ")
    parser.close()
    notices[:0] = parser.unclosed()
    keep = parser.region()
    beside = parser.beside_region()
    blocks: list[Block] = []
    meta: dict[BlockKind, Block] = {}
    context: list[str] = []
    hidden_prose: list[Block] = []
    for run in parser.runs():
        concealed = [text for text in run if text.element.concealed and not text.element.chrome and keep(text.element)]
        if concealed:
            hidden_prose.append(_block(source, concealed))
        texts, declared = _in_one_language(source, [text for text in run if text.element.read and keep(text.element)])
        for part in _split_run_in_heading(source, texts):
            block = _block(source, part)
            if block.text:
                block.declared_language = declared
                blocks.append(block)
        around = [text for text in run if text.element.chrome and not text.element.hidden or beside(text.element)]
        if around:
            context.append(_block(source, around).text)
        titled, declared = _in_one_language(source, [text for text in run if text.element.meta])
        if titled:
            block = _block(source, titled)
            if block.text:
                block.declared_language = declared
                meta.setdefault(block.kind, block)  # the first title and description count, as in a browser
    context.extend(parser.chrome_names)
    blocks.extend(meta[kind] for kind in (BlockKind.TITLE, BlockKind.DESCRIPTION) if kind in meta)
    notices.extend(_hidden_prose_notice(hidden_prose))
    return Document(
        source,
        blocks,
        path,
        "html",
        find_directives(source[:read_to], notices),
        context="\n".join(c for c in context if c),
        html_lang=parser.html_lang,
        notices=notices,
    )


def _hidden_prose_notice(hidden: list[Block]) -> list[Notice]:
    """One notice for the hidden text with prose in it that was skipped: a dropped paragraph is told, as every text
    klarlint does not lint (a modal's or a closed panel no control names; a decoration's few words are not)."""
    prose = [b for b in hidden if len(b.text.split()) >= HIDDEN_PROSE_WORDS and SENTENCE_END.search(b.text)]
    if not prose:
        return []
    count = f"{len(prose)} stycke" if len(prose) == 1 else f"{len(prose)} stycken"
    message = (
        f"Dold text (hidden, aria-hidden eller display: none) granskades inte: {count}. En panel som läsaren öppnar "
        "(ett dragspel eller en flik som en knapp styr med aria-controls) granskas."
    )
    start = prose[0].to_source(0)
    return [Notice("not-prose", message, start, prose[-1].to_source(len(prose[-1].text)))]


def _tag_limit(source: str, notices: list[Notice]) -> int:
    """Where reading stops: the end, or the "<" after the first MAX_TAGS (with a notice). Counted in C first: a page
    under the limit is not searched tag by tag."""
    if source.count("<") <= MAX_TAGS:
        return len(source)
    at = -1
    for _ in range(MAX_TAGS + 1):
        at = source.find("<", at + 1)
    first = grouped(MAX_TAGS)
    message = f"sidan har för många taggar för en granskning: texten efter de första {first} granskades inte"
    notices.append(Notice("too-long", message, at, len(source)))
    return at


def _in_one_language(source: str, texts: list[_Text]) -> tuple[list[_Text], str | None]:
    """A block's texts, and the language its markup declares for most of its characters (its ``lang`` as written;
    None where no ``lang`` says). A Swedish block leaves out what is declared another language (``<span
    lang="en">``: no words for a Swedish rule to read); a block in another language keeps all its text, as the
    language filter skips it or, where its words are plainly Swedish, lints it whole."""
    sizes: Counter[str] = Counter()
    swedish: dict[str, bool] = {}
    for text in texts:
        sizes[text.element.lang] += len(source[text.start : text.end].strip())
        swedish[text.element.lang] = text.element.swedish
    if not sizes:
        return texts, None
    language = max(sizes, key=lambda name: (sizes[name], swedish[name]))
    if not swedish[language]:
        return texts, language
    return [text for text in texts if text.element.swedish], language or None


BOLD_TAGS = frozenset({"strong", "b"})


def _split_run_in_heading(source: str, texts: list[_Text]) -> list[list[_Text]]:
    """``<p><strong>Kl. 15.30 – Besök</strong><br>Statsministern träffar …</p>``: a paragraph whose first line
    is all bold is a run-in heading and its text, two blocks (as in the Markdown reader)."""
    if not texts or texts[0].element.kind is not BlockKind.PARAGRAPH:
        return [texts] if texts else []
    for index, text in enumerate(texts):
        if text.start == text.end:  # the <br>
            bold = [t for t in texts[:index] if source[t.start : t.end].strip()]
            rest = [t for t in texts[index + 1 :] if source[t.start : t.end].strip()]
            if bold and rest and all(t.element.tag in BOLD_TAGS for t in bold):
                return [texts[:index], texts[index + 1 :]]
            break
        if source[text.start : text.end].strip() and text.element.tag not in BOLD_TAGS:
            lead = "".join(source[t.start : t.end] for t in texts[:index])
            if bold_lead_in(lead, source[text.start : text.end]):
                return [texts[:index], texts[index:]]  # <strong>1. Liggytan …</strong> Vid kontrollen …
            break
    return [texts]


LEAD_IN_WORDS = 12  # a bold lead-in is a heading's length, not a sentence set in bold


def bold_lead_in(lead: str, rest: str) -> bool:
    """A bold lead run into its paragraph's text without a break (*1. Liggytan för ungdjuren i lösdriften*, a space,
    *Vid kontrollen konstaterades …*): a heading's words with no mark at their end, then white space and a capital,
    which no sentence has inside it. Read as one sentence, the heading became the passive's object in its rewrite
    (the farming re-test s53). A lead with its own mark stays: *Brister.* ends a sentence anyway, and *Plats:*
    labels its value (*Plats: Slottet, ingång från bron.*). The Markdown and Word readers ask this too."""
    words = lead.split()
    if not words or not words[-1][-1].isalnum() or len(words) > LEAD_IN_WORDS:
        return False
    if not (lead[-1:].isspace() or rest[:1].isspace()):
        return False  # *<b>Ok</b>änd*: one word
    return rest.lstrip()[:1].isupper()


class _Parser(HTMLParser):
    def __init__(self, source: str, alt_text: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.alt_text = alt_text
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.stack: list[_Element] = [_ROOT]
        self.open_tags: Counter[str] = Counter()
        self.events: list[_Text | None] = []  # None: a block boundary
        self.has_main = False
        self.has_article = False
        self.links = 0
        self.chrome_names: list[str] = []  # alt texts and labels in the site header and footer (a logo's name)
        self.controlled: set[str] | None = None  # ids a control opens (see CONTROLS); read when first asked
        self.expander: _Element | None = None  # the last aria-expanded control in a heading, until text follows it
        self.html_lang: str | None = None  # the <html> element's lang as written; "" without one; None: no <html>
        self.raw_text: tuple[str, int] = ("", 0)  # the last element read as raw text, and where its text starts
        self.comment_start: int | None = None  # where a comment never closed starts: the rest is a comment
        self.tag_start: int | None = None  # where a start tag never closed starts: the rest is inside it
        self.tag_why = ""  # why it never closes, for the notice

    # --- what was never closed ---

    def unclosed(self) -> list[Notice]:
        """Notices for what hides the rest of the page, as in a browser, without a word: an element read as raw text
        (``<script>``, ``<style>``, ``<textarea>``, ``<title>``) or a comment that is never closed. The comment's
        text is taken out of what was read (older Pythons' tokenizers give it as text)."""
        notices = []
        tag, start = self.raw_text
        if self.cdata_elem is not None and self.source[start:].strip():
            message = f"<{tag}> stängs aldrig, så resten av sidan har inte granskats"
            notices.append(Notice("not-prose", message, start, len(self.source)))
        if self.comment_start is not None:
            cut = self.comment_start
            self._cut(cut)
            message = "en kommentar (<!--) stängs aldrig, så resten av sidan har inte granskats"
            notices.append(Notice("not-prose", message, cut, len(self.source)))
        if self.tag_start is not None and (self.comment_start is None or self.tag_start < self.comment_start):
            cut = self.tag_start
            self._cut(cut)
            name = TAG_NAME.match(self.source, cut + 1)
            tag = name.group() if name else ""
            message = f"taggen <{tag}> stängs aldrig{self.tag_why}, så resten av sidan har inte granskats"
            notices.append(Notice("not-prose", message, cut, len(self.source)))
        return notices

    def _cut(self, cut: int) -> None:
        """Forget the text from ``cut`` on (a run of text that reaches past it ends there)."""
        events: list[_Text | None] = []
        for event in self.events:
            if event is None or event.end <= cut:
                events.append(event)
            elif event.start < cut:
                event.end = cut
                events.append(event)
        self.events = events

    # --- what is kept ---

    def region(self):
        """The main content: <main>, else <article>, else everything; and an alert before it (ALERT_CLASS)."""
        if self.has_main:
            return lambda element: element.main or element.alerting
        if self.has_article:
            return lambda element: element.article or element.alerting
        return lambda element: True

    def beside_region(self):
        """What a reader sees beside the main content (<main>, else <article>): not the page's own text to lint, but
        its context. Municipal pages put the contact box (telephone, e-mail) in an <aside> after </main>, and
        missing-sender had said on 7 of 8 such pages that there was no way to reach the sender (session 45, a writer's
        re-tester); a page whose content is an <article> with the box beside it likewise. Without either nothing
        changes: the whole body is linted, and an <aside> in it is linted as prose."""
        if self.has_main:
            return lambda element: element.read and not element.main and not element.alerting
        if self.has_article:
            return lambda element: element.read and not element.article and not element.alerting
        return lambda element: False

    def runs(self) -> Iterator[list[_Text]]:
        run: list[_Text] = []
        for event in self.events:
            if event is None:
                if run:
                    yield run
                run = []
            else:
                run.append(event)
        if run:
            yield run

    # --- tokenizer events ---

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in RAW_TEXT_TAGS:
            self.raw_text = (tag, self._offset() + len(self.get_starttag_text() or ""))
            if self.cdata_elem is None:  # <textarea> and <title> too, as browsers read them (newer Pythons do)
                self.set_cdata_mode(tag)
        self._implied_end_tags(tag)
        if tag in VOID:
            self._void(tag, dict(attrs))
            return
        element = self._open(tag, dict(attrs))
        if tag == "html" and self.html_lang is None and self.stack[-1] is _ROOT:
            self.html_lang = (dict(attrs).get("lang") or dict(attrs).get("xml:lang") or "").strip()
        self.stack.append(element)
        self.open_tags[tag] += 1
        if tag in BLOCK_TAGS:
            self.events.append(None)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read </br> as <br>
            self._void(tag, {})
        elif self.open_tags[tag]:
            while self._pop().tag != tag:
                pass

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        if self.source.find("-->", start + 2) < 0:  # newer Pythons: a comment never closed runs to the end
            self.comment_start = start if self.comment_start is None else self.comment_start

    def handle_data(self, data: str) -> None:
        start = self._offset()
        if self.cdata_elem is None and self.comment_start is None and self.source.startswith("<!--", start):
            self.comment_start = start  # older Pythons give a comment never closed as text ("<", then the rest)
        if (
            self.cdata_elem is None
            and self.tag_start is None
            and TAG_OPEN.match(self.source, start)
            and (why := _unclosed_tag(self.source, start)) is not None
        ):
            # A start tag with a quoted value that never ends (<p title="a a a …): in a browser the rest of the page
            # is inside it and shows nothing. Python 3.11's tokenizer gives it as text and reads on, so its markup
            # had been linted as 100,000 words of prose.
            self.tag_start, self.tag_why = start, why
        data = data[: max(len(self.source) - start, 0)]  # not the closing space read() adds
        if self.expander is not None and data.strip() and self.expander not in self.stack:
            self.expander = None  # text between a control and the next hidden element: it controls something else
        if data and self.source.startswith(data, start):
            self._text(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._reference(1 + len(name))

    def handle_charref(self, name: str) -> None:
        self._reference(2 + len(name))

    # --- tree building ---

    def _open(self, tag: str, attrs: dict[str, str | None]) -> _Element:
        parent = self.stack[-1]
        role = (attrs.get("role") or "").strip().lower()
        lang = (attrs.get("lang") or attrs.get("xml:lang") or "").strip().lower()
        is_main = tag == "main" or role == "main"
        # an accordion's heading is the text of the button in it (WAI-ARIA's pattern): a form's button is no prose
        other = self._skipped(tag, role, attrs) and not (tag == "button" and parent.kind is BlockKind.HEADING)
        concealing = _concealing(attrs) and not other and not self._opened_by_reader(role, attrs)
        hidden = parent.hidden or other or concealing
        alert = not hidden and (parent.alert is not None or self._alert(role, attrs))
        chrome = (parent.chrome or (tag in ("header", "footer") and not parent.sectioning)) and not alert
        if chrome and not hidden and (attrs.get("aria-label") or "").strip():
            self.chrome_names.append(html.unescape((attrs.get("aria-label") or "").strip()))
        is_title = tag == "title" and parent.tag in ("head", "html", "#root")
        link = parent.link
        if tag == "a" and attrs.get("href") is not None:
            link, self.links = self.links, self.links + 1
        element = _Element(
            tag,
            skipped=hidden or (not alert and (parent.skipped or chrome)),
            swedish=declared_code(lang) == SWEDISH if lang else parent.swedish,
            lang=(attrs.get("lang") or attrs.get("xml:lang") or "").strip() if lang else parent.lang,
            main=parent.main or is_main,
            article=parent.article or tag == "article",
            sectioning=parent.sectioning or tag in SECTIONING or is_main,
            kind=BlockKind.TITLE if is_title else BlockKind.HEADING if tag in HEADINGS else KINDS.get(tag, parent.kind),
            level=HEADINGS.get(tag, 0 if tag in KINDS else parent.level),
            chrome=chrome,
            hidden=hidden,
            quoted=parent.quoted or tag in QUOTATION_TAGS,
            meta=is_title,
            link=link,
            concealed=hidden and not other and (parent.concealed or not parent.hidden),
            lead=parent.lead or (tag in LEAD_TAGS and LEAD_CLASS.search(attrs.get("class") or "") is not None),
        )
        if alert:
            element.alert = parent.alert or element
            if is_main or tag == "article":
                element.alert.wraps_main = True
        if "aria-expanded" in attrs and any(e.tag in HEADINGS for e in self.stack):
            self.expander = element
        if not element.skipped:
            self.has_main = self.has_main or is_main
            self.has_article = self.has_article or tag == "article"
        return element

    def _alert(self, role: str, attrs: dict[str, str | None]) -> bool:
        """Whether an element is an alert before the main content (see ALERT_CLASS); one after it is not the
        banner a reader meets first."""
        if self.has_main or self.has_article:
            return False
        live = (attrs.get("aria-live") or "").strip().lower()
        names = f"{attrs.get('id') or ''} {attrs.get('class') or ''}"
        return role == "alert" or live in ("polite", "assertive") or ALERT_CLASS.search(names) is not None

    @staticmethod
    def _hidden(tag: str, role: str, attrs: dict[str, str | None]) -> bool:
        """Not prose: scripts, navigation, hidden elements, cookie banners.

        The site's own header and footer are not linted either (logo, menus, links), but they
        are not hidden: their text is kept as page context, where the sender's name and contact
        details of a web page usually are.
        """
        return _Parser._skipped(tag, role, attrs) or _concealing(attrs)

    @staticmethod
    def _skipped(tag: str, role: str, attrs: dict[str, str | None]) -> bool:
        """Never prose, whatever opens it: scripts, navigation, cookie banners."""
        if tag in SKIPPED_TAGS or role in SKIPPED_ROLES:
            return True
        return bool(COOKIE_BANNER.search(f"{attrs.get('id') or ''} {attrs.get('class') or ''}"))

    def _opened_by_reader(self, role: str, attrs: dict[str, str | None]) -> bool:
        """Whether a hidden element is a panel the reader opens (see CONTROLS): an accordion's or a tab's."""
        names = f"{attrs.get('id') or ''} {attrs.get('class') or ''}"
        if role in ("dialog", "alertdialog") or "aria-modal" in attrs or MODAL.search(names):
            return False
        if (attrs.get("id") or "").strip() in self._controlled():
            return True
        if not _out_of_sight(attrs):
            return False
        if role == "tabpanel" or DISCLOSURE_CLASS.search(attrs.get("class") or ""):
            return True
        if self.expander is not None and self.expander not in self.stack:
            self.expander = None  # one control, one panel
            return True
        return False

    def _controlled(self) -> set[str]:
        """The ids that controls on the page open: aria-controls (a list of ids), data-bs-target and href ("#id")."""
        if self.controlled is None:
            self.controlled = set()
            for match in CONTROLS.finditer(self.source):
                value = html.unescape(next(v for v in match.groups()[1:] if v is not None))
                if match.group(1).lower() == "aria-controls":
                    self.controlled.update(value.split())
                elif value.startswith("#") and len(value) > 1:
                    self.controlled.add(value[1:])
        return self.controlled

    def _pop(self) -> _Element:
        element = self.stack.pop()
        self.open_tags[element.tag] -= 1
        if element.tag in BLOCK_TAGS:
            self.events.append(None)
        return element

    def _implied_end_tags(self, tag: str) -> None:
        """The end tags HTML lets authors leave out, closed the way browsers close them."""
        top = self.stack[-1].tag
        if top == "head" and tag not in HEAD_CONTENT:
            self._pop()
        if tag in CLOSES_P:
            self._close({"p"}, SCOPE)
        if tag == "li":
            self._close({"li"}, SCOPE | {"ul", "ol"})
        elif tag in ("dt", "dd"):
            self._close({"dt", "dd"}, SCOPE | {"dl"})
        elif tag in HEADINGS and self.stack[-1].tag in HEADINGS:
            self._pop()
        elif tag in ("td", "th"):
            self._close({"td", "th"}, SCOPE - {"td", "th"} | {"tr"})
        elif tag == "tr":
            self._close({"tr", "td", "th"}, SCOPE - {"td", "th"})
        elif tag in ("thead", "tbody", "tfoot"):
            self._close({"thead", "tbody", "tfoot", "tr", "td", "th"}, SCOPE - {"td", "th"})
        elif tag == "body":
            self._close({"head"}, SCOPE)

    def _close(self, names: set[str], boundaries: frozenset[str] | set[str]) -> None:
        """Pop through the nearest open element in ``names``, unless a boundary comes first."""
        if not any(self.open_tags[name] for name in names):
            return
        for index in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[index].tag
            if tag in names:
                while len(self.stack) > index:
                    self._pop()
                return
            if tag in boundaries:
                return

    def _void(self, tag: str, attrs: dict[str, str | None]) -> None:
        parent = self.stack[-1]
        start = self._offset()
        if tag == "br":
            # A line break ends a sentence-like unit (see _line_break); a second one after it (an empty line: a
            # CMS's paragraphs made with <br><br>) ends the block, as a reader sees a new paragraph there.
            self.events.append(None if self._after_line_break() else _Text(start, start, parent))
        elif tag == "hr":
            self.events.append(None)
        elif tag == "meta" and (attrs.get("name") or "").strip().lower() == "description" and attrs.get("content"):
            self._attribute_text(
                start,
                CONTENT,
                # the page's lang, inherited as by any element (session 47: a description under <html lang="en"> had
                # been told to be marked lang="en")
                _Element(
                    "meta",
                    skipped=True,
                    swedish=parent.swedish,
                    main=False,
                    article=False,
                    sectioning=False,
                    kind=BlockKind.DESCRIPTION,
                    level=0,
                    meta=True,
                    lang=parent.lang,
                ),
            )
        elif tag == "img" and parent.chrome and not parent.hidden and (attrs.get("alt") or "").strip():
            self.chrome_names.append(html.unescape((attrs.get("alt") or "").strip()))  # the logo names the sender
        elif tag == "img" and self.alt_text and attrs.get("alt") and not self._hidden(tag, "", attrs):
            raw = self.get_starttag_text() or ""
            match = ALT.search(raw)
            if match:
                group = next(g for g in (1, 2, 3) if match.group(g) is not None)
                self.events.append(_Text(start + match.start(group), start + match.end(group), parent))

    def _after_line_break(self) -> bool:
        """Whether the last thing read, but for white space, was a line break (``<br>``: an empty text event)."""
        for event in reversed(self.events):
            if event is None:
                return False
            if event.start == event.end:
                return True
            if self.source[event.start : event.end].strip(_SPACES):
                return False
        return False

    def _attribute_text(self, start: int, pattern: re.Pattern[str], element: _Element) -> None:
        """An attribute's value as a run of text of its own (between block boundaries), at its exact place."""
        match = pattern.search(self.get_starttag_text() or "")
        if match:
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            self.events.append(None)
            self.events.append(_Text(start + match.start(group), start + match.end(group), element))
            self.events.append(None)

    # --- positions ---

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _reference(self, length: int) -> None:
        start = self._offset()
        end = start + length
        if self.source.startswith(";", end):
            end += 1
        self._text(start, end)

    def _text(self, start: int, end: int) -> None:
        element = self.stack[-1]
        last = self.events[-1] if self.events else None
        if last is not None and last.end == start and last.element is element and last.end > last.start:
            last.end = end  # text and entities next to each other form one run
        else:
            self.events.append(_Text(start, end, element))


TAG_OPEN = re.compile("<[A-Za-z]")
TAG_NAME = re.compile(r"[^\t\n\f\r />]+")
_TAG_STOP = re.compile("[>=]")
_UNQUOTED_END = re.compile("[\t\n\f\r >]")


def _unclosed_tag(source: str, start: int) -> str | None:
    """Whether the start tag at ``start`` runs to the end of the source, as HTML's tokenizer reads it (a ">" in a
    quoted value is the value's): None if it ends, QUOTE_NEVER_CLOSED if a quoted value never does, else ""."""
    position = start + 1
    while True:
        stop = _TAG_STOP.search(source, position)
        if stop is None:
            return ""
        if stop.group() == ">":
            return None
        position = stop.end()
        while position < len(source) and source[position] in " \t\n\f\r":
            position += 1
        if position < len(source) and source[position] in "\"'":
            close = source.find(source[position], position + 1)
            if close < 0:
                return QUOTE_NEVER_CLOSED
            position = close + 1
        else:
            end = _UNQUOTED_END.search(source, position)
            if end is None:
                return ""
            position = end.start()


QUOTE_NEVER_CLOSED = " (ett citattecken i den saknar sitt slut)"


def _block(source: str, texts: list[_Text]) -> Block:
    """A block from runs of raw HTML text: decoded, whitespace collapsed, every character mapped.

    Works on pieces (text between collapsible whitespace, a space, an entity), not characters:
    a page has hundreds of thousands of characters and the reader must not slow linting down.
    """
    pieces: list[_Piece] = []
    for text in texts:
        first = len(pieces)
        if text.start == text.end:  # <br>
            _line_break(pieces, text.start)
        else:
            _decode(source, text.start, text.end, pieces)
        if text.element.quoted:
            for piece in pieces[first:]:
                piece.quoted = True
    while pieces and pieces[-1].text in BREAK_OR_SPACE:
        pieces.pop()
    while pieces and pieces[0].text in BREAK_OR_SPACE:
        pieces.pop(0)
    if pieces and pieces[-1].source_length is None:
        pieces[-1].text = pieces[-1].text.rstrip(" ")
    if pieces and pieces[0].source_length is None and pieces[0].text.startswith(" "):
        pieces[0].source_start += 1
        pieces[0].text = pieces[0].text[1:]
    segments: list[Segment] = []
    quotes: list[tuple[int, int]] = []
    position = 0
    for piece in pieces:
        if piece.quoted and piece.text:
            if quotes and quotes[-1][1] == position:
                quotes[-1] = (quotes[-1][0], position + len(piece.text))
            else:
                quotes.append((position, position + len(piece.text)))
        last = segments[-1] if segments else None
        if (
            piece.source_length is None
            and last is not None
            and last.source_length is None
            and last.source_start + last.length == piece.source_start
        ):
            segments[-1] = Segment(last.text_start, last.source_start, last.length + len(piece.text))
        elif piece.text:
            segments.append(Segment(position, piece.source_start, len(piece.text), piece.source_length))
        position += len(piece.text)
    element = texts[0].element
    text = "".join(piece.text for piece in pieces)
    block = Block(
        element.kind,
        text,
        tuple(segments),
        element.level,
        quotes=tuple(quotes),
        lead=element.lead,
        alert=element.alerting,
    )
    if any(t.element.link >= 0 for t in texts):
        block.links = _link_spans(block, texts)
    return block


def _link_spans(block: Block, texts: list[_Text]) -> tuple[tuple[int, int], ...]:
    """Each link's text as a span of the block text, found through the segments' source offsets."""
    ranges: dict[int, tuple[int, int]] = {}
    for text in texts:
        if text.element.link >= 0:
            start, end = ranges.get(text.element.link, (text.start, text.end))
            ranges[text.element.link] = (min(start, text.start), max(end, text.end))
    ends = [s.source_start + (s.length if s.source_length is None else s.source_length) for s in block.segments]
    spans = []
    for start, end in sorted(ranges.values()):
        first = last = None
        for index in range(bisect.bisect_right(ends, start), len(block.segments)):
            segment = block.segments[index]
            if segment.source_start >= end:
                break
            if segment.source_length is not None:
                low, high = segment.text_start, segment.text_start + segment.length
            else:
                low = segment.text_start + max(0, start - segment.source_start)
                high = segment.text_start + min(segment.length, end - segment.source_start)
            first = low if first is None else min(first, low)
            last = high if last is None else max(last, high)
        while first is not None and last is not None and first < last and block.text[first] == " ":
            first += 1
        while first is not None and last is not None and last > first and block.text[last - 1] == " ":
            last -= 1
        if first is not None and last is not None and last > first:
            spans.append((first, last))
    return tuple(spans)


@dataclass(slots=True)
class _Piece:
    text: str
    source_start: int
    source_length: int | None  # None: the text is a verbatim copy of the source
    quoted: bool = False  # from a <blockquote> or <q>


BREAK_OR_SPACE = frozenset({" ", "\n"})


def _space(pieces: list[_Piece], source_start: int, source_length: int | None) -> None:
    """One space for any run of whitespace, as a browser shows it (none after a line break)."""
    if not pieces or not pieces[-1].text.endswith((" ", "\n")):
        pieces.append(_Piece(" ", source_start, source_length))


def _line_break(pieces: list[_Piece], source_start: int) -> None:
    """A ``<br>``: "\\n" in the text, mapped to no source characters at the tag, where a space had stood. It
    ends a sentence-like unit (klarlint.nlp.components.SentenceHints): a programme or an opening-hours list of
    one line per ``<br>`` had been one "sentence" of 35 words, a long-sentence error (session 42, webrev 1.1).
    The white space before it is not shown by a browser, nor kept here."""
    if pieces and pieces[-1].source_length is None and pieces[-1].text.endswith(" "):
        pieces[-1].text = pieces[-1].text.rstrip(" ")  # verbatim text: shortened at its end, it still maps
    if pieces and (pieces[-1].text == " " or not pieces[-1].text):
        pieces.pop()
    if not pieces or not pieces[-1].text.endswith("\n"):
        pieces.append(_Piece("\n", source_start, 0))


def _decode(source: str, start: int, end: int, pieces: list[_Piece]) -> None:
    """Pieces of raw HTML text ``source[start:end]``: text, collapsed whitespace, decoded entities."""
    position = start
    for match in ENTITY.finditer(source, start, end):
        raw = match.group(0)
        decoded = html.unescape(raw)
        if decoded == raw:  # not an entity after all ("AT&T"): left in the verbatim text
            continue
        _verbatim(source, position, match.start(), pieces)
        if decoded in WHITESPACE:  # &nbsp; and friends
            _space(pieces, match.start(), len(raw))
        elif not all(char in INVISIBLE for char in decoded):  # &shy; disappears
            pieces.append(_Piece(decoded, match.start(), len(raw)))
        position = match.end()
    _verbatim(source, position, end, pieces)


def _verbatim(source: str, start: int, end: int, pieces: list[_Piece]) -> None:
    position = start
    for match in COLLAPSIBLE.finditer(source, start, end):
        _text(source[position : match.start()], position, pieces)
        _space(pieces, match.start(), None)
        position = match.end()
    _text(source[position:end], position, pieces)


def _text(text: str, source_start: int, pieces: list[_Piece]) -> None:
    """Verbatim text whose whitespace is single spaces; invisible characters are cut out."""
    if INVISIBLE_CHAR.search(text):
        for part in INVISIBLE_SPLIT.finditer(text):
            _text(part.group(0), source_start + part.start(), pieces)
        return
    if text.startswith(" ") and pieces and pieces[-1].text.endswith((" ", "\n")):
        text, source_start = text[1:], source_start + 1
    if text:
        pieces.append(_Piece(text, source_start, None))
