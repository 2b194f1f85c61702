"""The site's template: text that recurs across the crawled pages (cookie banner, header, footer, sidebar).

A CMS puts the same blocks on every page. Linted with each page, their findings
came once per page (on a div-based site, 70 of 154 findings were seven copies
each), lifted near-empty pages to a hundred words and up the ranking, and gave
``missing-summary`` the cookie banner as every page's first paragraph. As
Siteimprove does, text that recurs on a clear share of the pages is the template:
it is left out of each page (kept as the page's context, where ``missing-sender``
still finds the footer's name) and linted once, as a report of its own.

A block is template when the same text (white space made single) is on at least
half of the HTML pages and on at least :data:`MIN_PAGES` of them. Half: the
header, footer, cookie banner and menus are on (nearly) every page, a section's
sidebar on many, while a sentence editors repeat (*Sidan har flyttats.*, a
standard sentence about processing times) is on a few. At least three: on a
two-page site every shared sentence would otherwise be "template".

A page title's site-name suffix (*Omsorg - Flens kommun*) is template too when the
same suffix ends the titles of as many pages: its findings (the spaced hyphen)
are reported once. The title itself is still linted whole, since a search
result shows it whole (``meta-length`` judges its length with the suffix).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from klarlint.document import Block, BlockKind, Document
from klarlint.report import Finding

MIN_SHARE = 0.5  # of the HTML pages a text must be on to be template
MIN_PAGES = 3
# A title's site-name suffix starts at its last separator: "Omsorg - Flens kommun", "Omsorg | Flens kommun"
TITLE_SEPARATOR = re.compile(r"\s+[-–—|·:]\s+(?=[^-–—|·:]+$)")
SUFFIX_RULES_KEPT = frozenset({"meta-length"})  # judge the whole title, suffix and all, as a search result shows it


@dataclass(frozen=True)
class PageText:
    """What template detection needs of a page: its blocks' keys and its title's suffix."""

    blocks: tuple[str, ...]  # block_key of every block but the title, in page order
    title_suffix: str = ""  # from the last separator on (" - Flens kommun"); "" without one

    def to_data(self) -> dict[str, object]:
        return {"blocks": list(self.blocks), "title_suffix": self.title_suffix}

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> PageText:
        return cls(tuple(str(key) for key in data["blocks"]), str(data.get("title_suffix") or ""))  # type: ignore[union-attr]


@dataclass(frozen=True)
class Template:
    blocks: frozenset[str] = frozenset()  # block keys
    title_suffix: str = ""
    pages: int = 0  # HTML pages it is on

    def on(self, page: PageText) -> Template:
        """The part of the template this page has (what is left out of it)."""
        suffix = self.title_suffix if self.title_suffix and page.title_suffix == self.title_suffix else ""
        return Template(self.blocks & frozenset(page.blocks), suffix, self.pages)

    def __bool__(self) -> bool:
        return bool(self.blocks or self.title_suffix)

    def key(self) -> str:
        """One string for what was left out, for the cache: a page linted without other blocks is linted again."""
        text = "\n".join(sorted(self.blocks)) + "\n\x00" + self.title_suffix
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def block_key(block: Block) -> str:
    return hashlib.sha256(" ".join(block.text.split()).encode("utf-8")).hexdigest()[:32]


def page_text(document: Document) -> PageText:
    keys = tuple(block_key(block) for block in document.blocks if block.kind != BlockKind.TITLE)
    title = next((block for block in document.blocks if block.kind == BlockKind.TITLE), None)
    return PageText(keys, _suffix(title)[1] if title else "")


def _suffix(title: Block) -> tuple[int, str]:
    """Where the title's suffix starts in its text, and the suffix (white space made single); (len, "") if none."""
    found = TITLE_SEPARATOR.search(title.text)
    if found is None:
        return len(title.text), ""
    return found.start(), " ".join(title.text[found.start() :].split())


def find_template(pages: Iterable[PageText]) -> Template:
    pages = list(pages)
    needed = max(MIN_PAGES, math.ceil(MIN_SHARE * len(pages)))
    blocks = Counter(key for page in pages for key in set(page.blocks))
    suffixes = Counter(page.title_suffix for page in pages if page.title_suffix)
    suffix, count = suffixes.most_common(1)[0] if suffixes else ("", 0)
    template = Template(
        frozenset(key for key, n in blocks.items() if n >= needed), suffix if count >= needed else "", 0
    )
    return replace(template, pages=sum(1 for page in pages if template.on(page)))


def without_template(document: Document, template: Template) -> Document:
    """The page without its template blocks; their text stays the page's context (the footer's sender)."""
    if not template.blocks:
        return document
    left_out = [b for b in document.blocks if b.kind != BlockKind.TITLE and block_key(b) in template.blocks]
    out = {id(block) for block in left_out}
    kept = [block for block in document.blocks if id(block) not in out]
    context = "\n".join(filter(None, [document.context, *(block.text for block in left_out)]))
    return replace(document, blocks=kept, context=context)


def only_template(document: Document, template: Template) -> Document:
    """The page's template blocks alone (and its title, whose suffix's findings are kept: see split_suffix_findings)."""
    blocks = [
        block
        for block in document.blocks
        if block_key(block) in template.blocks or (block.kind == BlockKind.TITLE and template.title_suffix)
    ]
    return replace(document, blocks=blocks)


def suffix_span(document: Document) -> tuple[int, int] | None:
    """Where the title's suffix is in the source; None without a title or a suffix."""
    title = next((block for block in document.blocks if block.kind == BlockKind.TITLE), None)
    if title is None or not title.text:
        return None
    start, suffix = _suffix(title)
    if not suffix:
        return None
    return _source_offset(title, start), _source_offset(title, len(title.text) - 1) + 1


def _source_offset(block: Block, index: int) -> int:
    for segment in block.segments:
        if segment.text_start <= index < segment.text_start + segment.length:
            return segment.source_start + (index - segment.text_start if segment.source_length is None else 0)
    return block.segments[-1].source_start if block.segments else 0


def split_suffix_findings(findings: list[Finding], span: tuple[int, int] | None) -> tuple[list[Finding], list[Finding]]:
    """The page's findings, and those in its title's suffix (the template's); ``meta-length`` stays the page's."""
    if span is None:
        return list(findings), []
    start, end = span
    in_suffix = [f for f in findings if start <= f.start < end and f.rule not in SUFFIX_RULES_KEPT]
    return [f for f in findings if f not in in_suffix], in_suffix


def template_findings(findings: list[Finding], document: Document, span: tuple[int, int] | None) -> list[Finding]:
    """The findings of a page's template blocks and of its title's suffix; the rest of its title is the page's."""
    title = next((block for block in document.blocks if block.kind == BlockKind.TITLE), None)
    if title is None or not title.segments:
        return list(findings)
    start, end = title.segments[0].source_start, _source_offset(title, len(title.text) - 1) + 1
    in_title = [f for f in findings if start <= f.start < end]
    return [f for f in findings if f not in in_title] + split_suffix_findings(in_title, span)[1]
