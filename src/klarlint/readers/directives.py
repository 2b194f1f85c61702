"""Inline control comments: ``<!-- klarlint-disable RULE[,RULE] -->`` and friends.

Only a real comment counts, as the format's own parser finds it: in HTML a comment node of the tokenizer (not
text in a ``<script>``, an attribute's value or a ``<textarea>``: a page that shows the syntax must not switch
rules off for itself), in Markdown an HTML block or inline HTML that is a comment (the Markdown reader passes
them in; not one in code), in plain text, which has no markup, any such comment.

``klarlint-disable-line`` (markdownlint's word) applies to the line the comment is on. A comment whose word is
none of these (``klarlint-disable-lines``) disables nothing and gets a notice, as it is a writer's mistake that
would otherwise leave every finding standing unsaid.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from html.parser import HTMLParser

from klarlint.document import Directive, DirectiveKind
from klarlint.limits import Notice

# A comment in plain text: bounded by the first ">", so a text of many "<!--" is still read in linear time.
TEXT_COMMENT = re.compile(r"<!--(\s*klarlint-[^>]*?)-->", re.IGNORECASE)
BODY = re.compile(r"\s*klarlint-(\S*)(.*)", re.IGNORECASE | re.DOTALL)  # a comment's text: the word, its rules
LINE_BREAK = re.compile(r"\r\n?|\n")  # lines as Document.position counts them
DISABLE_LINE = "disable-line"
KINDS = {kind.value: kind for kind in DirectiveKind}
KNOWN = ", ".join(f"klarlint-{name}" for name in [*KINDS, DISABLE_LINE])
MARKER = re.compile("klarlint-", re.IGNORECASE)
# What a browser reads as text, not markup, up to its end tag: a comment-like string in it is no comment.
RAW_TEXT = ("textarea", "title")


def find_directives(source: str, notices: list[Notice] | None = None) -> list[Directive]:
    """The directives in an HTML page's comments (the tokenizer's comment nodes)."""
    if not MARKER.search(source):  # the common case: no page is parsed twice for nothing
        return []
    parser = _Comments(source)
    parser.feed(source)
    parser.close()
    return directives_in(source, parser.comments, notices)


def text_directives(source: str, notices: list[Notice] | None = None) -> list[Directive]:
    """The directives in a plain text, which has no markup to hide a comment in."""
    comments = [(match.start(), match.end(), match.group(1)) for match in TEXT_COMMENT.finditer(source)]
    return directives_in(source, comments, notices)


def html_comments(source: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The comments of the HTML ``source[start:end]`` (a Markdown file's HTML block) as (start, end, text) at their
    offsets in ``source``."""
    part = source[start:end]
    if not MARKER.search(part):
        return []
    parser = _Comments(part)
    parser.feed(part)
    parser.close()
    return [(first + start, last + start, text) for first, last, text in parser.comments]


def directives_in(
    source: str, comments: Iterable[tuple[int, int, str]], notices: list[Notice] | None = None
) -> list[Directive]:
    """The directives of ``comments`` (start, end, the comment's text between ``<!--`` and ``-->``) in ``source``,
    in the order of the source; a notice for each one with an unknown word."""
    directives: list[Directive] = []
    starts = None
    region_lines: set[int] = set()  # the lines with a disable or enable already
    for start, end, text in sorted(comments):
        match = BODY.match(text)
        if match is None:
            continue
        if starts is None:  # counted once, and only for a text that has a directive
            starts = [0, *(m.end() for m in LINE_BREAK.finditer(source))]
        name = match.group(1).lower()
        rules = frozenset(r for r in re.split(r"[,\s]+", match.group(2)) if r)
        line = bisect.bisect_right(starts, start)
        end_line = bisect.bisect_right(starts, max(end - 1, start))
        if name == DISABLE_LINE:
            # "The next line with text after the line before": the comment's own line, which has text (the comment)
            directives.append(Directive(DirectiveKind.DISABLE_NEXT_LINE, rules, line - 1))
        elif name in KINDS:
            kind = KINDS[name]
            if kind is DirectiveKind.DISABLE_NEXT_LINE:
                directives.append(Directive(kind, rules, end_line))
            else:
                # The first on its line covers the whole line, as it always has; one after it on the same line (a
                # minified page's disable … enable) takes effect where it stands.
                offset = start if line in region_lines else None
                region_lines.add(line)
                directives.append(Directive(kind, rules, line, offset))
        elif notices is not None:
            message = f"kommentaren ”klarlint-{match.group(1)}” är okänd och stänger inte av något (kända: {KNOWN})"
            notices.append(Notice("unknown-directive", message, start, end))
    return directives


class _Comments(HTMLParser):
    """The comment nodes of an HTML text, as (start, end, text) offsets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.comments: list[tuple[int, int, str]] = []
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", source))]  # as the tokenizer counts lines

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in RAW_TEXT and self.cdata_elem is None:  # newer Pythons read these as text themselves
            self.set_cdata_mode(tag)

    def handle_comment(self, data: str) -> None:
        line, column = self.getpos()
        start = self.line_starts[line - 1] + column
        end = self.source.find("-->", start + 4)
        if end >= 0 and self.source.startswith(data, start + 4):  # a comment never closed is no directive
            self.comments.append((start, end + 3, data))
