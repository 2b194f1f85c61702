"""``meta-length``: a page title or meta description longer than search engines and browser tabs show."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis
from klarlint.document import BlockKind
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

META_REFERENCE = (
    "Myndigheternas skrivregler, kapitel 2 (Att skriva för webben) och webbriktlinjer.se "
    "(sidtitlar och beskrivningar som går att läsa i sökträffar)"
)


class MetaLength:
    info = RuleInfo(
        id="meta-length",
        title="För lång sidtitel eller beskrivning",
        severity=Severity.INFO,
        block_local=False,
        summary=(
            "a page title over `max_title` (70) or a meta/front matter description over `max_description` (160) "
            "characters; flags the part search results cut off"
        ),
        reference=META_REFERENCE,
        explanation=(
            "Sidans titel och beskrivning är det första många läser: i sökträffen och på fliken. "
            "Sökmotorer visar ungefär de första 70 tecknen av titeln och 160 tecknen av beskrivningen; "
            "sedan klipper de bort resten. Sätt det viktigaste först och håll dem korta."
        ),
        example_before=(
            "---\ntitle: Information om hur du som privatperson ansöker om bygglov för nybyggnad, tillbyggnad "
            "eller ändring av ditt hus i kommunen\n---"
        ),
        example_after="---\ntitle: Ansök om bygglov – Norrby kommun\n---",
        example_format="markdown",
        options={"max_title": 70, "max_description": 160},
        option_docs={
            "max_title": "högsta antal tecken i sidans titel",
            "max_description": "högsta antal tecken i sidans beskrivning",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        limits = {BlockKind.TITLE: int(options["max_title"]), BlockKind.DESCRIPTION: int(options["max_description"])}
        names = {BlockKind.TITLE: "Sidtiteln", BlockKind.DESCRIPTION: "Beskrivningen"}
        for index, block in enumerate(analysis.document.blocks):
            limit = limits.get(block.kind)
            if limit is not None and len(block.text) > limit:
                end = len(block.text)
                cut = _cut(block.text, limit)
                yield RuleFinding(
                    index,
                    cut,
                    end,
                    f"{names[block.kind]} har {end} tecken; sökmotorer visar ungefär de första {limit}, så "
                    f"sökträffen slutar vid ”{_shown_end(block.text[:cut])}”. "
                    "Sätt det viktigaste först och korta texten.",
                )


def _cut(text: str, limit: int) -> int:
    """Where the part a search result cuts off starts: at the start of the word the limit falls in, so that whole
    words are marked and quoted (note43: the finding marked *r.* of *kontaktar.*, from the middle of a word; a
    search engine cuts between words). A text whose first word alone is over the limit is cut at the limit."""
    start = limit
    if not text[limit].isspace():  # in a word (or at its start)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start == 0:
            return limit
    while start < len(text) and text[start].isspace():
        start += 1  # the cut at a space: the next word's start
    return start if start < len(text) else limit


SHOWN_END = 40  # characters of what still shows that the message quotes


def _shown_end(shown: str) -> str:
    """The last words a search result still shows, from a word's start (*… och vem du kontakta*): the cut-off part
    alone may be two characters (session 41: the finding quoted *r.*, which told the editor nothing)."""
    words = " ".join(shown.split())
    if len(words) <= SHOWN_END:
        return words
    start = len(words) - SHOWN_END
    space = words.find(" ", start, len(words) - 1)
    if words[start - 1] != " " and space >= 0:
        start = space + 1  # from the next word's start, not inside a word
    return "…" + words[start:]
