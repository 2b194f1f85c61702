"""Text-fragment links (``#:~:text=…``) that land on the finding, worked out from the page's whole shown text.

A browser scrolls to the first match of a text directive in the page as shown (menus, breadcrumbs and footers
too), matching whole words, ignoring case and collapsing white space. Built from the finding's sentence alone, 97
of 615 links in a municipality's report matched nothing (findings in ``<title>`` and the meta description, which
are not on the page) and 21 matched twice, landing on the breadcrumb before the heading. Here the page's shown
text is read with the standard library's HTML tokenizer, the finding's own place in it is found (by its source
offset), and words around it are added until the directive matches there and nowhere else. A finding not in the
shown text gets no fragment: its link opens the page.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from urllib.parse import quote

from klarlint.readers.html import BLOCK_TAGS
from klarlint.report import Finding

NOT_SHOWN = frozenset({"head", "title", "script", "style", "template", "noscript", "svg", "math", "iframe"})
BREAKS = BLOCK_TAGS | {"br", "nav", "button", "option", "img", "input", "select", "textarea"}
SPACES = re.compile(r"\s+")
MAX_CONTEXT_WORDS = 12  # on each side, at most
FragmentKey = tuple[int, int, str]  # a finding's (start, end, rule): the key of its fragment


def fragment_key(finding: Finding) -> FragmentKey:
    return (finding.start, finding.end, finding.rule)


class _ShownText(HTMLParser):
    """The text a browser shows, in pieces, each with the source offset it starts at."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.pieces: list[tuple[int, str]] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in NOT_SHOWN:
            self.hidden += 1
        if tag in NOT_SHOWN or tag in BREAKS:  # (a piece of no text: what follows is no longer the text before)
            self.pieces.append((self._offset(), ""))

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in NOT_SHOWN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BREAKS:
            self.pieces.append((self._offset(), ""))

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.pieces.append((self._offset(), data))

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column


class ShownText:
    """The page's shown text, white space made single and in lower case, with where each piece came from."""

    def __init__(self, source: str) -> None:
        parser = _ShownText(source)
        parser.feed(source)
        parser.close()
        self.sources: list[int] = []  # source offset of each piece …
        self.starts: list[int] = []  # … and where it starts in the text (-1: a tag, shown as a break, no text)
        self.breaks: list[int] = []  # where a block ends or begins in the text
        parts: list[str] = []
        length = 0
        ends_in_space = True  # (no space at the very start)
        for offset, data in parser.pieces:
            piece = SPACES.sub(" ", data or " ").lower()
            if ends_in_space:
                piece = piece.lstrip(" ")
            self.sources.append(offset)
            self.starts.append(length if data.strip() else -1)
            if not data:
                self.breaks.append(length)
            parts.append(piece)
            length += len(piece)
            ends_in_space = piece.endswith(" ") or (ends_in_space and not piece)
        self.text = "".join(parts)
        self._words = [(m.start(), m.group()) for m in re.finditer(r"\S+", self.text)]
        self._word_starts = [start for start, _ in self._words]
        self._places: dict[tuple[str, bool], list[int]] = {}

    def near(self, offset: int) -> int | None:
        """The text position of a source offset; None where the page does not show it (the <title>, an alt text)."""
        index = bisect.bisect_right(self.sources, offset) - 1
        if index < 0 or self.starts[index] < 0:
            return None
        return self.starts[index] + offset - self.sources[index]

    def places(self, words: str, whole_words: bool = True) -> list[int]:
        """Where ``words`` are in the text (as whole words, or anywhere), found once for each words."""
        key = (words, whole_words)
        if key not in self._places:
            self._places[key] = [match.start() for match in _pattern([], words, [], whole_words).finditer(self.text)]
        return self._places[key]

    def words_around(self, start: int, end: int) -> tuple[list[str], list[str]]:
        """At most MAX_CONTEXT_WORDS words before ``start`` and after ``end``, those before all of one block and
        those after all of one block (from the words split once: split for each finding, a page of 8,000 findings
        took three minutes).

        Chromium finds a directive's prefix, text and suffix each within one block: a prefix of the end of a <p> and
        the next <h2>'s first word, or of two <li>, matched nothing, and the link left the page at its top."""
        first = bisect.bisect_left(self._word_starts, start)
        last = bisect.bisect_left(self._word_starts, end)
        before = self._words[max(0, first - MAX_CONTEXT_WORDS) : first]
        for index in range(len(before) - 1, 0, -1):
            if self._block_between(before[index - 1], before[index]):
                before = before[index:]
                break
        after = self._words[last : last + MAX_CONTEXT_WORDS]
        for index in range(1, len(after)):
            if self._block_between(after[index - 1], after[index]):
                after = after[:index]
                break
        return [word for _, word in before], [word for _, word in after]

    def _block_between(self, word: tuple[int, str], following: tuple[int, str]) -> bool:
        """Whether a block ends or begins between two words next to each other in the text."""
        end = word[0] + len(word[1])
        index = bisect.bisect_left(self.breaks, end)
        return index < len(self.breaks) and self.breaks[index] <= following[0]


# A finding whose words are on the page more often than this gets the longest context without the search for the
# shortest unique one (a page of one word repeated had made each finding's search read the page hundreds of times)
MAX_PLACES = 50


def fragments(source: str, findings: Iterable[Finding]) -> dict[FragmentKey, str]:
    """Each finding's text directive, where the page shows its words (title and meta description: none)."""
    shown = None
    found: dict[FragmentKey, str] = {}
    for finding in findings:
        words = " ".join(finding.text.split()).lower()
        if not words or "\n" in finding.text:
            continue
        shown = shown or ShownText(source)
        directive = _directive(shown, words, finding.start)
        if directive is not None:
            found[fragment_key(finding)] = directive
    return found


def _directive(shown: ShownText, words: str, offset: int) -> str | None:
    near = shown.near(offset)
    places = shown.places(words)
    if near is None or not places:
        return None
    own = nearest(places, near)
    before, after = shown.words_around(own, own + len(words))
    anywhere = shown.places(words, whole_words=False)
    if len(anywhere) > MAX_PLACES:
        return _written(before, words, after)
    for prefix, suffix in _contexts():
        pre, suf = before[len(before) - prefix :] if prefix else [], after[:suffix]
        matches = [place for place in anywhere if _fits(shown.text, place, pre, words, suf)]
        if matches == [own]:
            return _written(pre, words, suf)
    return _written(before, words, after)


def nearest(places: list[int], position: int) -> int:
    """The place (of ``places``, in order) nearest ``position``, the earlier of two as near. By bisection: looking
    through every place for each finding took 6.6 minutes on a page with *skall* 30,000 times (retest-surface s45)."""
    index = bisect.bisect_left(places, position)
    return min(places[max(0, index - 1) : index + 1], key=lambda place: abs(place - position))


def _fits(text: str, place: int, prefix: list[str], words: str, suffix: list[str]) -> bool:
    """Whether ``prefix words suffix`` is in the text with ``words`` at ``place`` (the words before and after it are
    only those compared: unique also within words, as a reader's search finds them)."""
    if prefix:
        before = " ".join(prefix) + " "
        if place < len(before) or text[place - len(before) : place] != before:
            return False
    if suffix:
        after = " " + " ".join(suffix)
        end = place + len(words)
        if text[end : end + len(after)] != after:
            return False
    return True


def _contexts() -> Iterator[tuple[int, int]]:
    """(words before, words after), fewest first, words before first: a heading repeated by the breadcrumb just
    above it differs from it in what comes before."""
    for total in range(2 * MAX_CONTEXT_WORDS + 1):
        for prefix in range(min(total, MAX_CONTEXT_WORDS), max(-1, total - MAX_CONTEXT_WORDS - 1), -1):
            yield prefix, total - prefix


def _pattern(prefix: list[str], words: str, suffix: list[str], whole_words: bool = True) -> re.Pattern[str]:
    """The words as a browser finds them (whole words); unique also within words (*tas* in *antas*, where browsers
    do not look, but a reader's search does), so the link is plainly the one place."""
    parts = " ".join(re.escape(" ".join(part)) for part in (prefix, [words.lower()], suffix) if part)
    return re.compile(r"(?<!\w)" + parts + r"(?!\w)" if whole_words else parts)


def _written(prefix: list[str], words: str, suffix: list[str]) -> str:
    """``prefix-,text,-suffix``, each part escaped (``-``, ``,`` and ``&`` are the directive's own)."""
    parts = [f"{_part(' '.join(prefix))}-"] if prefix else []
    parts.append(_part(words))
    if suffix:
        parts.append(f"-{_part(' '.join(suffix))}")
    return ",".join(parts)


def _part(words: str) -> str:
    return quote(words, safe="").replace("-", "%2D")
