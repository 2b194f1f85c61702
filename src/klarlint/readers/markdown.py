"""Markdown reader built on markdown-it-py.

Code blocks, inline code and inline HTML tags are not prose and are skipped; a block of
HTML (``<div>…</div>`` on lines of its own, as CMS exports have them) is read by the HTML
reader, at its exact place, so the prose in it is linted too. Front matter
(YAML ``---`` or TOML ``+++``) is not prose either, except what an editor writes
there for readers: ``title`` and ``description``, read as blocks of kind TITLE
and DESCRIPTION after the body's blocks, at their exact place. Each block knows
its link texts (``Block.links``). Inline text pieces are located in the source one after another, so
every character of a block maps back to its source offset even when markup
(``**``, links) sits in between. Entities (``&amp;``) and backslash escapes
stay separate pieces (markdown-it's ``text_join`` is off): their text differs
from the source, so each maps as a whole to its markup.

A static site generator's markup that markdown-it reads as text is not prose either: template tags (Hugo's
``{{< … >}}``, Liquid's ``{% … %}``), with the body of those whose body is code or unpublished (``highlight``,
``code``, ``comment``, ``raw``), kramdown's abbreviation definitions (``*[t.ex.]: till exempel``) and a GitHub
alert's marker (``> [!NOTE]``; the alert itself is the site's own text, not a quotation).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from array import array
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline import link as _markdown_it_link
from markdown_it.token import Token

from klarlint.document import META_KINDS, Block, BlockKind, Document, Segment
from klarlint.front_matter import FRONT_MATTER, LANG_LINE
from klarlint.limits import MAX_MARKDOWN_LINES, Notice, too_many_lines_notice
from klarlint.prose import schedule_break
from klarlint.readers.directives import directives_in, html_comments
from klarlint.readers.html import bold_lead_in
from klarlint.readers.html import read as read_html
from klarlint.readers.plaintext import spaced

# markdown-it's CommonMark preset stops at 20 levels of lists and block quotes and silently drops
# what lies deeper. 100 levels is deeper than any real text and well within Python's recursion.
MAX_NESTING = 100
_PARSER = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table").disable("text_join")


def _soft_break_in_text(state: StateInline, silent: bool) -> bool:
    """markdown-it's ``newline`` rule, except that a soft line break stays in the text as "\\n".

    The original pushes a text token and a ``softbreak`` token per line: a paragraph of tens of
    thousands of one-character lines cost ~270 bytes of tokens per input byte (issue 14). Here
    the lines of a paragraph run on in one text token; :func:`_inline_block` splits them again,
    so blocks and offsets are what they were. Hard breaks (two trailing spaces) are unchanged.
    """
    pos = state.pos
    if state.src[pos] != "\n":
        return False
    if not silent:
        # Reading ``state.pending`` joins the whole pending text: once per line, that is quadratic in a
        # paragraph of many lines. The source says whether this can be a hard break; the one space
        # before a soft break is dropped by _inline_block instead.
        pending = state.pending if state.src[max(pos - 2, 0) : pos] == "  " else ""
        if pending.endswith("  "):
            state.pending = pending.rstrip(" ")
            state.push("hardbreak", "br", 0)
        else:
            state.append_pending("\n")
    pos += 1
    while pos < state.posMax and state.src[pos] in " \t":  # the next line's indent is not text
        pos += 1
    state.pos = pos
    return True


_PARSER.inline.ruler.at("newline", _soft_break_in_text)


def _link_noting_reference(state: StateInline, silent: bool) -> bool:
    """markdown-it's ``link`` rule, which also notes on the link's token a shortcut (``[text]``) or collapsed
    (``[text][]``) reference: its text is the label that finds its definition, so ``--fix`` must not change it
    (:func:`_inline_block`). markdown-it does not say which kind a link is; the source after the label does."""
    start, count = state.pos, len(state.tokens)
    if not _markdown_it_link(state, silent):
        return False
    if not silent and len(state.tokens) > count:
        end = state.pos
        label_end = state.md.helpers.parseLinkLabel(state, start, True)  # as the rule found it (state is restored)
        if label_end >= 0 and state.src[label_end + 1 : end] in ("", "[]"):
            opening = next(token for token in state.tokens[count:] if token.type == "link_open")  # after pending text
            opening.meta["reference"] = True
    return True


_PARSER.inline.ruler.at("link", _link_noting_reference)
TEMPLATE_CLOSERS = {"{{": "}}", "{%": "%}"}


def _template(state: StateInline, silent: bool) -> bool:
    """A template's code in the text: Hugo's ``{{< ref "a.md" >}}``, ``{{% note %}}`` and ``{{ .Title }}``, Liquid's
    ``{% include t.ex.html %}`` (Jekyll, Eleventy). Not prose: a token of its own, left out of the text as inline
    code is (its quotation marks and file names had been "fixed", which breaks the page)."""
    src, pos = state.src, state.pos
    closer = TEMPLATE_CLOSERS.get(src[pos : pos + 2])
    if closer is None:
        return False
    # A text of many "{{" and no "}}" must not cost a search to its end from each: a failed search is remembered.
    unclosed = state.env.setdefault("klarlint_unclosed_templates", {})
    known = unclosed.get(closer)
    if known is not None and known[0] is src and known[1] == state.posMax and pos >= known[2]:
        return False
    end = src.find(closer, pos + 2, state.posMax)
    if end < 0:
        unclosed[closer] = (src, state.posMax, pos)
        return False
    if not silent:
        state.push("template", "", 0).content = src[pos : end + 2]
    state.pos = end + 2
    return True


_PARSER.inline.ruler.before("text", "template", _template)
LINE_BREAK = re.compile(r"\r\n?|\n")  # markdown-it's own definition
META_KIND = {"title": BlockKind.TITLE, "description": BlockKind.DESCRIPTION}
# ``title: …`` / ``description = "…"`` in front matter (in YAML, the value may go on in indented lines).
META_KEY = re.compile(r"^(title|description)[ \t]*[:=][ \t]*(.*?)[ \t]*\r?$", re.MULTILINE)
BLOCK_SCALAR = re.compile(r"[|>][+-]?[0-9]?[+-]?(?:[ \t]+#.*)?")  # YAML's block scalar header: the value follows
INDENTED_LINE = re.compile(r"^([ \t]*)(.*?)\r?$", re.MULTILINE)
LINE_TEXT = re.compile(r"[^\r\n]+")
YAML_STRUCTURE = re.compile(r"-(?:\s|$)|[\w-]+:(?:\s|$)")  # a list item or a key: not a line of a text
# markdown-it looks for the end of every open "[" and "(" anew, so thousands of unclosed brackets
# in one paragraph cost quadratic time. No prose has brackets this deep; such a paragraph is skipped.
MAX_BRACKET_DEPTH = 32
PARAGRAPH_BREAK = re.compile(r"(?:\r\n?|\n)[ \t>]*(?:\r\n?|\n)")
BRACKETS = re.compile(r"[\[\]()]")
RAW_TEXT_TAG = re.compile(r"<(/?)(script|style)\b", re.IGNORECASE)
# kramdown's abbreviation definition (``*[t.ex.]: till exempel``, Jekyll's default Markdown): the site's tooltips, not
# prose; a "fixed" abbreviation is no longer found in the text.
ABBREVIATION_DEFINITION = re.compile(r"^ {0,3}\*\[[^\]\n]+\]:[^\n]*", re.MULTILINE)
# Template tags whose body is code or is not published (see _template_spans): Hugo's highlight and code shortcodes,
# Liquid's highlight, comment and raw; and a Hugo shortcode over several lines, up to a blank line or a brace.
TEMPLATE_OPENER = re.compile(
    r"\{\{[<%]\s*(?P<paired>highlight|code)(?=[\s>%])[^\n]*?[>%]\}\}"
    r"|\{%-?\s*(?P<liquid>highlight|comment|raw)(?=[\s%-])[^\n]*?%\}"
    r"|\{\{[<%](?!\s*/?\*)(?=[^{}\n]*\n)(?:[^{}\n]|\n(?![ \t>]*\r?\n))*?[>%]\}\}"
)
HUGO_CLOSER = {name: re.compile(rf"\{{\{{[<%]\s*/\s*{name}\s*[>%]\}}\}}") for name in ("highlight", "code")}
LIQUID_CLOSER = {name: re.compile(rf"\{{%-?\s*end{name}\s*-?%\}}") for name in ("highlight", "comment", "raw")}
# A fence line (in a block quote too); a backtick fence's info string has no backtick (CommonMark).
FENCE_LINE = re.compile(r"^(?:[ \t]*>)*[ \t]*(`{3,}(?=[^`\n]*$)|~{3,})([^\n]*)", re.MULTILINE)
# A GitHub alert's first line (``> [!NOTE]``, the block quote's marker gone), and the marker in the block's text.
CALLOUT_LINE = re.compile(r"\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\r?\n|\Z)", re.IGNORECASE)
CALLOUT = re.compile(r"\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*", re.IGNORECASE)
# CommonMark's first kind of HTML block: it ends at the line with its end tag, or runs to the end of the file.
RAW_BLOCK = re.compile(r" {0,3}<(script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE)


def read(source: str, path: str | None = None) -> Document:
    notices: list[Notice] = []
    parsed = _within_lines(_blank_deep_brackets(_without_markup_lines(source), notices), notices)
    line_starts = _line_starts(parsed)
    blocks: list[Block] = []
    context: list[str] = []
    pending_heading = 0
    row, row_cursor = (-1, -1), 0  # the table row whose cells are being read, and where its last cell's text ended
    comments: list[tuple[int, int, str]] = []  # the HTML comments (start, end, text): where directives may be
    tokens = _PARSER.parse(parsed)
    _notice_deep_nesting(parsed, tokens, line_starts, notices)
    for index, token in enumerate(tokens):
        if token.type.endswith("_open"):
            context.append("callout_open" if _callout(tokens, index) else token.type)
            if token.type == "heading_open":
                pending_heading = int(token.tag[1:])
        elif token.type.endswith("_close"):
            if context:
                context.pop()
        elif token.type == "html_block" and token.map:
            blocks.extend(_html_blocks(source, token, line_starts, bool(context), notices))
            comments.extend(
                html_comments(source, line_starts[token.map[0]], line_starts[min(token.map[1], len(line_starts) - 1)])
            )
        elif token.type == "inline" and token.map:
            region_start = line_starts[token.map[0]]
            kind = _kind(context)
            if kind is BlockKind.TABLE_CELL and row == (token.map[0], region_start):
                region_start = row_cursor  # a row's cells share its line: each is looked for after the one before
            block = _inline_block(parsed, token, region_start, kind, pending_heading, comments)
            if token.meta.get("callout") and (marker := CALLOUT.match(block.text)):
                block = block.slice(marker.end(), len(block.text))  # the alert's marker is markup
            if kind is BlockKind.TABLE_CELL:
                row = (token.map[0], line_starts[token.map[0]])
                row_cursor = max(
                    [region_start, *(s.source_start + (s.source_length or s.length) for s in block.segments)]
                )
            if "blockquote_open" in context:
                block.quote_all()
            blocks.extend(spaced(b) for b in _split_run_in_heading(_trimmed(block), token) if b.text)
            pending_heading = 0
    blocks.extend(spaced(block) for block in _front_matter_blocks(source))
    declared = _front_matter_language(source)
    for block in blocks if declared else ():
        block.declared_language = block.declared_language or declared  # an HTML block's own lang stays
    directives = directives_in(source, comments, notices)
    return Document(source, blocks, path, "markdown", directives, notices=notices)


def _trimmed(block: Block) -> Block:
    """The block without the spaces that code or a template's tag at its start or end left (``{{< note >}}`` on
    the line above the text: its line break had become the text's first character)."""
    text = block.text
    start, end = len(text) - len(text.lstrip(" ")), len(text.rstrip(" "))
    return block if (start, end) == (0, len(text)) or start >= end else block.slice(start, end)


def _html_blocks(source: str, token: Token, line_starts: array, nested: bool, notices: list[Notice]) -> list[Block]:
    """The prose in a block of HTML, read by the HTML reader (scripts, hidden elements and the like left out as on
    a web page), its blocks at their place in the Markdown source. One inside a list or a block quote has the
    container's markers on its lines, which HTML would read as text: a notice says it was not checked."""
    start, end = line_starts[token.map[0]], line_starts[min(token.map[1], len(line_starts) - 1)]
    _notice_unclosed(token, start, end, notices)
    if nested:  # the HTML as markdown-it gives it, without the container's markers: a comment alone has no text
        if any(block.kind not in META_KINDS for block in read_html(token.content).blocks):
            notices.append(Notice("not-prose", "HTML-kod i en lista eller ett citat har inte granskats", start, start))
        return []
    found = [block for block in read_html(source[start:end]).blocks if block.kind not in META_KINDS]
    return [_in_markdown(block, start) for block in found]


def _notice_unclosed(token: Token, start: int, end: int, notices: list[Notice]) -> None:
    """A <script>, <pre>, <style> or <textarea> never closed makes the rest of the file one block of code
    (CommonMark); where text follows its first line, a notice says it was not checked."""
    first, _, rest = token.content.partition("\n")
    if not rest.strip():
        return
    tag = RAW_BLOCK.match(token.content)
    if tag is not None and not re.search(rf"</{tag.group(1)}\s*>", token.content, re.IGNORECASE):
        message = f"<{tag.group(1).lower()}> stängs aldrig, så resten av filen läses som kod och har inte granskats"
        notices.append(Notice("not-prose", message, start + len(first) + 1, end))
    elif token.content.lstrip(" ").startswith("<!--") and "-->" not in token.content:  # CommonMark's second kind
        message = "en kommentar (<!--) stängs aldrig, så resten av filen läses som kommentar och har inte granskats"
        notices.append(Notice("not-prose", message, start + len(first) + 1, end))


def _in_markdown(block: Block, offset: int) -> Block:
    """A block read from the HTML that starts at ``offset`` in the Markdown source: its source offsets that much
    further on, and marked as HTML (``--fix`` leaves it alone)."""
    segments = tuple(dataclasses.replace(s, source_start=s.source_start + offset) for s in block.segments)
    return dataclasses.replace(block, segments=segments, html=True)


def _front_matter_language(source: str) -> str | None:
    """The language the front matter declares for the page (``lang: en``), as written; None without one."""
    match = FRONT_MATTER.match(source)
    found = LANG_LINE.search(source, 0, match.end()) if match else None
    return found.group(1).replace("_", "-") if found else None


def _blank_deep_brackets(source: str, notices: list[Notice]) -> str:
    """Paragraphs with brackets nested (or left open) deeper than MAX_BRACKET_DEPTH, blanked and noticed.

    One linear pass per paragraph; offsets and line breaks stay where they were.
    """
    if source.count("[") + source.count("(") <= MAX_BRACKET_DEPTH:
        return source
    parts: list[str] = []
    start = 0
    for end in [*(m.start() for m in PARAGRAPH_BREAK.finditer(source)), len(source)]:
        chunk = source[start:end]
        if _bracket_depth(chunk) > MAX_BRACKET_DEPTH:
            chunk = re.sub(r"[^\r\n]", " ", chunk)
            notices.append(
                Notice(
                    "not-prose",
                    f"stycket har hakparenteser eller parenteser nästlade mer än {MAX_BRACKET_DEPTH} nivåer "
                    "och granskades inte (inte löptext)",
                    start,
                    end,
                )
            )
        parts.append(chunk)
        start = end
    parts.append(source[start:])
    return "".join(parts)


def _bracket_depth(chunk: str) -> int:
    depth = {"[": 0, "(": 0}
    deepest = 0
    for match in BRACKETS.finditer(chunk):
        char = match.group(0)
        if char in depth:
            depth[char] += 1
            deepest = max(deepest, depth[char])
        else:
            opener = "[" if char == "]" else "("
            depth[opener] = max(depth[opener] - 1, 0)
    return deepest


def _notice_deep_nesting(source: str, tokens: list[Token], line_starts: Sequence[int], notices: list[Notice]) -> None:
    """markdown-it drops what lies deeper than MAX_NESTING without a word; say so where it happens.

    A token at the last level means the parser got there, and anything nested further in was
    dropped (at exactly that depth nothing was, which no real text reaches either).
    """
    deepest = max((token for token in tokens if token.map), key=lambda token: token.level, default=None)
    if deepest is None or deepest.level < MAX_NESTING - 1:
        return
    start = line_starts[min(deepest.map[0], len(line_starts) - 1)] if deepest.map else 0
    notices.append(
        Notice(
            "deep-nesting",
            f"listor eller citat är nästlade mer än {MAX_NESTING - 2} nivåer; texten därunder granskades inte",
            start,
            start,
        )
    )


def _front_matter_blocks(source: str) -> list[Block]:
    """The front matter's title and description, unquoted, as blocks at their exact place: a one-line value, and in
    YAML a value on the indented lines after its key (a block scalar, ``description: >``, or a plain value that goes
    on), its lines joined by spaces."""
    match = FRONT_MATTER.match(source)
    if not match:
        return []
    yaml = match.group(1) == "---"
    found: dict[BlockKind, Block] = {}
    for line in META_KEY.finditer(source, 0, match.end()):
        kind, value, start = META_KIND[line.group(1)], line.group(2), line.start(2)
        if value[:3] in ('"""', "'''"):  # TOML's multi-line string
            block = _scalar_block(kind, _triple_quoted(source, value[:3], start + 3, match.end()))
        elif len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            block = Block.verbatim(kind, value[1:-1], start + 1)
        elif value[:1] in ('"', "'") or not yaml and not value:
            continue  # a quoted value over several lines, a TOML one without a value: not read
        else:
            header = BLOCK_SCALAR.fullmatch(value) is not None
            more = _indented_lines(source, line.end(), match.end()) if yaml else []
            if not header and more and any(YAML_STRUCTURE.match(text) for _, text in more):
                more = []  # *title:* then *sv: Bygglov* or *- Bygglov*: a mapping or a list, not a text
            block = _scalar_block(kind, [*([] if header else [(start, value)]), *more])
        if block.text.strip():
            found.setdefault(kind, block)
    return [found[kind] for kind in (BlockKind.TITLE, BlockKind.DESCRIPTION) if kind in found]


def _triple_quoted(source: str, quotes: str, start: int, end: int) -> list[tuple[int, str]]:
    """The lines of a TOML multi-line string opened with ``quotes`` at ``start - 3``, up to its closing quotes."""
    close = source.find(quotes, start, end)
    if close < 0:
        return []
    lines: list[tuple[int, str]] = []
    for line in LINE_TEXT.finditer(source, start, close):
        text = line.group()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            lines.append((line.start() + lead, text.strip()))
    return lines


def _indented_lines(source: str, start: int, end: int) -> list[tuple[int, str]]:
    """The indented lines from ``start`` (after a key's line) as (offset, text without indentation), up to the first
    line that is not indented (the next key) or the end of the front matter; blank lines between them are left out."""
    lines: list[tuple[int, str]] = []
    for line in INDENTED_LINE.finditer(source, start, end):
        if not line.group(1) and line.group(2).strip():
            break
        if line.group(2).strip():
            lines.append((line.start(2), line.group(2).rstrip()))
    return lines


def _scalar_block(kind: BlockKind, lines: list[tuple[int, str]]) -> Block:
    """One block of ``lines`` (offset, text), each verbatim, a space between them mapped to the line break."""
    parts: list[str] = []
    segments: list[Segment] = []
    length = 0
    for index, (start, text) in enumerate(lines):
        if index:
            previous_start, previous = lines[index - 1]
            segments.append(Segment(length, previous_start + len(previous), 1))
            parts.append(" ")
            length += 1
        segments.append(Segment(length, start, len(text)))
        parts.append(text)
        length += len(text)
    return Block(kind, "".join(parts), tuple(segments))


def _blank_front_matter(source: str) -> str:
    """Replace front matter by spaces, keeping every offset and line break in place."""
    match = FRONT_MATTER.match(source)
    if not match:
        return source
    blanked = re.sub(r"[^\n]", " ", match.group(0))
    return blanked + source[match.end() :]


def _without_markup_lines(source: str) -> str:
    """``source`` with what markdown-it would read as text but the site's generator reads as markup blanked (front
    matter, kramdown's abbreviation definitions) or joined into one template tag; every offset stays in place."""
    blanked = _blank_front_matter(source)
    if "*[" in blanked:
        blanked = ABBREVIATION_DEFINITION.sub(lambda match: " " * len(match.group()), blanked)
    return _join_templates(blanked) if "{{" in blanked or "{%" in blanked else blanked


def _join_templates(source: str) -> str:
    """Each of :func:`_template_spans` as one template tag on one line: its opening ``{{`` or ``{%`` and closing
    ``}}`` or ``%}``, spaces between. The inline rule :func:`_template` then skips it as it skips a one-line tag."""
    parts: list[str] = []
    last = 0
    for start, end in _template_spans(source):
        parts.extend((source[last : start + 2], " " * (end - start - 4)))
        last = end - 2
    return "".join(parts) + source[last:] if parts else source


def _template_spans(source: str) -> list[tuple[int, int]]:
    """A paired tag whose body is code or never published (Hugo's ``{{< highlight bash >}}…{{< /highlight >}}``,
    Liquid's ``{% raw %}…{% endraw %}``), tags and body; a Hugo shortcode over several lines (``>}}`` alone on the
    last line had opened a block quote, and its ``caption="…"`` was read as prose). Not one in a fenced code block
    or a code span (a page that shows the tag). A closing tag looked for in vain is not looked for again."""
    code = _Code(source)
    spans: list[tuple[int, int]] = []
    missing: set[str] = set()
    position = 0
    while (opener := TEMPLATE_OPENER.search(source, position)) is not None:
        end = -1 if code.at(opener.start()) else _template_end(source, opener, missing)
        if end < 0:
            position = opener.start() + 2
            continue
        spans.append((opener.start(), end))
        position = end
    return spans


def _template_end(source: str, opener: re.Match[str], missing: set[str]) -> int:
    """Where the template that ``opener`` opens ends: after its closing tag (-1 without one; its pattern is added to
    ``missing``), or, a shortcode over several lines, after the opener itself."""
    name = opener.group("paired") or opener.group("liquid")
    if not name:
        return opener.end()
    closer = HUGO_CLOSER[name] if opener.group("paired") else LIQUID_CLOSER[name]
    found = None if closer.pattern in missing else closer.search(source, opener.end())
    if found is None:
        missing.add(closer.pattern)
        return -1
    return found.end()


class _Code:
    """Whether a place in ``source`` is in a fenced code block or (an odd number of backticks before it on its line)
    in a code span; asked for places in order, so that each character is counted once (a line of thousands of
    template tags had been counted from its start for each)."""

    def __init__(self, source: str) -> None:
        self.source, self.fences = source, _fences(source)
        self.cursor, self.ticks = 0, 0  # backticks on the line up to the cursor

    def at(self, position: int) -> bool:
        inside = bisect.bisect_right(self.fences, (position, len(self.source))) - 1
        if inside >= 0 and position < self.fences[inside][1]:
            return True
        newline = self.source.rfind("\n", self.cursor, position)
        if newline >= 0:
            self.cursor, self.ticks = newline + 1, 0
        self.ticks += self.source.count("`", self.cursor, position)
        self.cursor = max(self.cursor, position)
        return self.ticks % 2 == 1


def _fences(source: str) -> list[tuple[int, int]]:
    """The fenced code blocks (from the opening fence to the end of the closing one, or of the source), in order."""
    if "```" not in source and "~~~" not in source:
        return []
    spans: list[tuple[int, int]] = []
    opening: re.Match[str] | None = None
    for fence in FENCE_LINE.finditer(source):
        if opening is None:
            opening = fence
        elif _closes(fence, opening):
            spans.append((opening.start(), fence.end()))
            opening = None
    if opening is not None:
        spans.append((opening.start(), len(source)))
    return spans


def _closes(fence: re.Match[str], opening: re.Match[str]) -> bool:
    """Whether ``fence`` closes the fenced block ``opening`` opened: the same character, at least as many, and no
    info string."""
    marks, opened = fence.group(1), opening.group(1)
    return marks[0] == opened[0] and len(marks) >= len(opened) and not fence.group(2).strip()


def _callout(tokens: list[Token], index: int) -> bool:
    """Whether the block quote opened at ``tokens[index]`` is a GitHub alert (``> [!NOTE]`` on its first line): the
    site's own text in a box, not a quotation. Its first paragraph's token is marked: the marker is cut from it."""
    if tokens[index].type != "blockquote_open" or index + 2 >= len(tokens):
        return False
    first, inline = tokens[index + 1], tokens[index + 2]
    if first.type != "paragraph_open" or inline.type != "inline" or not CALLOUT_LINE.match(inline.content):
        return False
    inline.meta["callout"] = True
    return True


def _within_lines(source: str, notices: list[Notice]) -> str:
    """``source`` up to its first MAX_MARKDOWN_LINES lines, with a notice where it was cut."""
    if source.count("\n") + source.count("\r") < MAX_MARKDOWN_LINES:  # the common case, without a scan
        return source
    for count, match in enumerate(LINE_BREAK.finditer(source), start=1):
        if count == MAX_MARKDOWN_LINES:
            notices.append(too_many_lines_notice(match.end(), MAX_MARKDOWN_LINES))
            return source[: match.end()]
    return source


def _line_starts(source: str) -> array:
    """Line starts as markdown-it counts lines (its ``token.map``): a lone CR ends a line too.
    An array of machine integers: 8 bytes a line, not 36 for a list of int objects."""
    starts = array("q", [0])
    starts.extend(m.end() for m in LINE_BREAK.finditer(source))
    starts.append(len(source))
    return starts


def _kind(context: list[str]) -> BlockKind:
    if "heading_open" in context:
        return BlockKind.HEADING
    if "th_open" in context or "td_open" in context:
        return BlockKind.TABLE_CELL
    if "list_item_open" in context:
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _split_run_in_heading(block: Block, token: Token) -> tuple[Block, ...]:
    """A paragraph whose first line is all bold (``**Kl. 15.30 – Besök Ålidhems centrum**``, then the text on
    the next line) is a run-in heading and its text: two blocks, or the heading's words start the first
    sentence (round 73, blind: a programme point read as part of a long sentence)."""
    length = _run_in_heading_length(token.children or [])
    if block.kind is not BlockKind.PARAGRAPH or length is None or block.text[length : length + 1] not in (" ", "\n"):
        return (block,)
    return block.slice(0, length), block.slice(length + 1, len(block.text))


def _run_in_heading_length(children: Sequence[Token]) -> int | None:
    """The text length of a leading bold run that a line break ends, or that runs into its line's text before a
    capital (:func:`~klarlint.readers.html.bold_lead_in`), if the block starts with one."""
    index = 0
    while index < len(children) and children[index].type == "text" and not children[index].content:
        index += 1
    if index >= len(children) or children[index].type != "strong_open":
        return None
    lead = ""
    for position in range(index + 1, len(children)):
        child = children[position]
        if child.type == "strong_close":
            after = [c for c in children[position + 1 : position + 3] if c.type != "text" or c.content]
            following = after[0] if after else None
            breaks = following is not None and (
                following.type in ("softbreak", "hardbreak")
                or following.type == "text"
                and following.content.startswith("\n")
            )
            # or a lead run into the text on its line before a capital (*\*\*1. Liggytan …\*\* Vid kontrollen …*)
            runs_in = following is not None and following.type == "text" and bold_lead_in(lead, following.content)
            return len(lead) if (breaks or runs_in) and lead else None
        if child.type not in ("text", "text_special") or "\n" in child.content:
            return None  # a link or code in the bold run, or bold over two lines: leave the paragraph whole
        lead += child.content
    return None


def _inline_block(
    source: str, token: Token, cursor: int, kind: BlockKind, level: int, comments: list[tuple[int, int, str]]
) -> Block:
    """The block of an inline token, each piece of text found in ``source`` after ``cursor``; its HTML comments
    are added to ``comments``."""
    parts: list[str] = []
    segments: list[Segment] = []
    links: list[tuple[int, int]] = []
    labels: list[tuple[int, int]] = []  # link texts that are their reference's label
    link_start: int | None = None
    label = False
    length = 0
    raw_text = False  # inside an inline <script> or <style>: code, not prose
    for child in token.children or []:
        if child.type == "html_inline":
            tag = RAW_TEXT_TAG.match(child.content)
            if tag:
                raw_text = not tag.group(1)
        elif raw_text and child.type in ("text", "text_special", "softbreak", "hardbreak"):
            needle = child.markup if child.type == "text_special" else child.content
            found = source.find(needle, cursor) if needle and child.type != "softbreak" else -1
            if found >= 0:
                cursor = found + len(needle)
            continue
        if child.type == "link_open":
            link_start, label = length, bool(child.meta.get("reference"))
        elif child.type == "link_close" and link_start is not None:
            if length > link_start:
                links.append((link_start, length))
                if label:
                    labels.append((link_start, length))
            link_start = None
        elif child.type == "text" and child.content:
            lines = child.content.split("\n")  # soft breaks stay in the text: see _soft_break_in_text
            for index, line in enumerate(lines):
                if index:
                    length, cursor = _soft_break(source, cursor, length, parts, segments)
                # markdown-it drops the one space before a soft break
                text = line[:-1] if index < len(lines) - 1 and line.endswith(" ") else line
                if text:
                    length, cursor = _text(source, text, cursor, length, parts, segments)
        elif child.type == "text_special" and child.content:  # an entity or escape: maps as a whole
            found = source.find(child.markup, cursor) if child.markup else -1
            if found < 0:
                segments.append(Segment(length, cursor, 0))
            elif child.content == child.markup:  # "\b" is no escape: the text is the source
                segments.append(Segment(length, found, len(child.content)))
                cursor = found + len(child.markup)
            else:
                segments.append(Segment(length, found, len(child.content), len(child.markup)))
                cursor = found + len(child.markup)
            parts.append(child.content)
            length += len(child.content)
        elif child.type == "hardbreak":  # two spaces or a backslash at the line's end
            length, cursor = _soft_break(source, cursor, length, parts, segments, HARD_BREAK)
        elif child.type == "softbreak":
            length, cursor = _soft_break(source, cursor, length, parts, segments)
        elif child.type in ("code_inline", "html_inline", "template"):
            needle = child.markup + child.content if child.type == "code_inline" else child.content
            found = source.find(needle, cursor)
            if found >= 0:
                cursor = found + len(needle)
                if child.type == "html_inline" and needle.startswith("<!--"):
                    comments.append((found, cursor, needle[4:-3]))
                elif child.type == "html_inline" and BR_TAG.match(needle) and length and parts[-1] != HARD_BREAK:
                    # *… kulturskola<br>*: a line break, mapped as a whole to its tag (it had been nothing, and
                    # *b<br>c* in a table cell read as one word *bc*)
                    segments.append(Segment(length, found, 1, len(needle)))
                    parts.append(HARD_BREAK)
                    length += 1
    # markdown-it trims inline content, so the text needs no stripping here; but for a <br> at the end
    if parts and parts[-1] == HARD_BREAK and segments[-1].source_length is not None:
        parts.pop()
        segments.pop()
    return Block(kind, "".join(parts), _label_characters(segments, labels), level, links=tuple(links))


def _label_characters(segments: list[Segment], labels: list[tuple[int, int]]) -> tuple[Segment, ...]:
    """``segments`` with each character of a reference's label (``[vad du skall göra][]``) a segment of its own that
    maps as a whole to its character: positions stay exact, and no replacement is ``fixable`` there, since a changed
    label no longer finds its definition and the link is gone. Both lists are in text order: one pass over each."""
    if not labels:
        return tuple(segments)
    result: list[Segment] = []
    index = 0  # the first label that does not end before the segment
    for segment in segments:
        start, end = segment.text_start, segment.text_start + segment.length
        while index < len(labels) and labels[index][1] <= start:
            index += 1
        if segment.source_length is not None or index == len(labels) or labels[index][0] >= end:
            result.append(segment)
            continue
        position, shift = start, segment.source_start - start
        for label in range(index, len(labels)):
            first, last = labels[label]
            if first >= end:
                break
            first, last = max(first, start), min(last, end)
            if first > position:
                result.append(Segment(position, position + shift, first - position))
            result.extend(Segment(offset, offset + shift, 1, 1) for offset in range(first, last))
            position = last
        if position < end:
            result.append(Segment(position, position + shift, end - position))
    return tuple(result)


def _text(
    source: str, text: str, cursor: int, length: int, parts: list[str], segments: list[Segment]
) -> tuple[int, int]:
    """Add ``text`` found in ``source`` from ``cursor``; returns the new block length and cursor."""
    found = source.find(text, cursor)
    if found < 0 and "\ufffd" in text:  # markdown-it replaces NUL by U+FFFD
        found = source.find(text.replace("\ufffd", "\x00"), cursor)
    if found < 0 and "|" in text:
        escaped = _escaped_pipes(source, text, cursor, length, parts, segments)
        if escaped is not None:
            return escaped
    position = found if found >= 0 else min(cursor, len(source) - 1)
    _add_segment(segments, length, position, len(text) if found >= 0 else 0)
    parts.append(text)
    return length + len(text), position + (len(text) if found >= 0 else 0)


def _escaped_pipes(
    source: str, text: str, cursor: int, length: int, parts: list[str], segments: list[Segment]
) -> tuple[int, int] | None:
    """A table cell's text where the source escapes its pipes (``a \\| b``: markdown-it gives ``a | b``): each
    ``\\|`` maps as a whole to its ``|``, the rest verbatim. None where the text is not there so either."""
    pieces = text.split("|")
    match = re.compile(r"\\?\|".join(re.escape(piece) for piece in pieces)).search(source, cursor)
    if match is None:
        return None
    position = match.start()
    for index, piece in enumerate(pieces):
        if index:
            escape = source.startswith("\\|", position)
            if escape:
                segments.append(Segment(length, position, 1, 2))
            else:
                _add_segment(segments, length, position, 1)
            parts.append("|")
            length, position = length + 1, position + (2 if escape else 1)
        if piece:
            _add_segment(segments, length, position, len(piece))
            parts.append(piece)
            length, position = length + len(piece), position + len(piece)
    return length, position


# A hard line break in a block's text: klarlint.nlp.components.SentenceHints ends a sentence-like unit there
# (a programme, opening hours, an address: one item a line). A soft one reads as a space.
HARD_BREAK = "\n"
BR_TAG = re.compile(r"<br\s*/?>\Z", re.IGNORECASE)


def _soft_break(
    source: str, cursor: int, length: int, parts: list[str], segments: list[Segment], text: str = " "
) -> tuple[int, int]:
    """A line break inside a block: one space in the text (``text``: "\\n" for a hard break), mapped to the
    source's line break; nothing more right after an inline ``<br>``, which is the line's break."""
    newline = LINE_BREAK.search(source, cursor)
    position = newline.start() if newline else min(cursor, len(source) - 1)
    if parts and parts[-1] == HARD_BREAK and segments[-1].source_length is not None:  # <br> then the newline
        return length, position + 1
    if text == " " and newline and _schedule_lines(source, position):
        text = HARD_BREAK
    _add_segment(segments, length, position, 1)
    parts.append(text)
    return length + 1, position + 1


def _schedule_lines(source: str, newline: int) -> bool:
    """Whether the soft line break at ``newline`` is a hard one: the lines either side are a programme's items
    (klarlint.prose.schedule_break; *Kl. 16.00 Invigning …* / *Kl. 17.30 Författarsamtal …*)."""
    end = source.find("\n", newline + 1)
    after = source[newline + 1 : end if end >= 0 else len(source)]
    return schedule_break(source[source.rfind("\n", 0, newline) + 1 : newline], after)


def _add_segment(segments: list[Segment], text_start: int, source_start: int, size: int) -> None:
    """Append a segment, or extend the last one when this one continues it in both the text and the
    source: a paragraph of many short lines is then a few segments, not two per line."""
    last = segments[-1] if segments else None
    if (
        last is not None
        and last.source_length is None
        and last.length
        and last.text_start + last.length == text_start
        and last.source_start + last.length == source_start
    ):
        segments[-1] = Segment(last.text_start, last.source_start, last.length + size)
        return
    segments.append(Segment(text_start, source_start, size))
