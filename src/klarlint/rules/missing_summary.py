"""``missing-summary``: a long text that does not start with the most important part."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis
from klarlint.document import META_KINDS, Block, BlockKind
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

SUMMARY_HEADING = re.compile(
    r"^(sammanfattning|kort sammanfattning|sammandrag|summering|kort om|i korthet|"
    r"kortfattat|det viktigaste|det här gäller|det viktigaste i korthet|beslut i korthet)\b",
    re.IGNORECASE,
)
TOC_HEADING = re.compile(r"^(innehåll|innehållsförteckning)\s*$", re.IGNORECASE)
TOC_LINE = re.compile(r"(\.{3,}|…|\s)\s*\d{1,3}\s*$")


class MissingSummary:
    info = RuleInfo(
        id="missing-summary",
        title="Ingen sammanfattning först",
        severity=Severity.WARNING,
        reference=references.STRUCTURE,
        explanation=(
            "Börja med det viktigaste. En läsare som bara läser början ska förstå vad "
            "texten handlar om och vad hen behöver göra. En längre text behöver därför en "
            "sammanfattning först: en rubrik som ”Sammanfattning” eller ”Kort om …”, eller "
            "ett kort inledande stycke som säger det viktigaste. En innehållsförteckning "
            "är ingen sammanfattning."
        ),
        example_before=("Bakgrund\nKommunen har sedan 2019 arbetat med …\n(det viktigaste kommer först på sidan 3)"),
        example_after=(
            "Kort om beslutet\nDu får bygglov för ditt garage. Du kan börja bygga när du har "
            "fått startbesked.\n\nSå har kommunen arbetat sedan 2019\nKommunen har sedan 2019 arbetat med …"
        ),
        options={"min_words": 300, "opening_max_words": 60, "search_blocks": 6},
        option_docs={
            "min_words": "kortare texter behöver ingen sammanfattning",
            "opening_max_words": "högsta antal ord i ett inledande stycke som regeln godtar som sammanfattning",
            "search_blocks": "hur många block från början regeln letar i",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        words = analysis.word_count
        if words <= int(options["min_words"]) or not analysis.blocks:
            return
        if _has_summary(analysis, int(options["opening_max_words"]), int(options["search_blocks"])):
            return
        first = analysis.blocks[0]
        yield RuleFinding(
            0,
            0,
            _first_line_end(first),
            f"Texten har {words} ord men börjar inte med en sammanfattning. Börja med det "
            "viktigaste: en rubrik som ”Sammanfattning” eller ”Kort om …”, eller ett kort "
            "inledande stycke.",
        )


def _has_summary(analysis: Analysis, opening_max_words: int, search_blocks: int) -> bool:
    body = _body(analysis)
    pairs = body[:search_blocks]
    if any(b.kind is BlockKind.HEADING and SUMMARY_HEADING.match(b.text) for _, b, _ in pairs):
        return True
    found = _opening_paragraph(pairs)
    if found is None:
        return False
    index, opening = found
    if not 0 < opening.word_count <= opening_max_words:
        return False
    return _stands_apart(body[index + 1 : index + 4], opening.word_count)


def _body(analysis: Analysis) -> list[tuple[int, Block, BlockAnalysis]]:
    """The blocks of the text itself: a page's title and description are not where a summary goes."""
    return [pair for pair in analysis.pairs() if pair[1].kind not in META_KINDS]


def _stands_apart(following: list[tuple[int, Block, BlockAnalysis]], words: int) -> bool:
    """A lead is set off from the body: a heading follows it, or it is much shorter than the body's paragraphs.

    Without this, the first paragraph of any text that happens to be short would count as a summary,
    even when it is simply the start of the body.
    """
    if not following or following[0][1].kind is BlockKind.HEADING:
        return True
    body = [b.word_count for _, block, b in following if block.kind is not BlockKind.HEADING]
    return words * 2 <= sum(body) / len(body)


def _opening_paragraph(pairs: list[tuple[int, Block, BlockAnalysis]]) -> tuple[int, BlockAnalysis] | None:
    """The first paragraph, after a title, that comes before the body's first subheading."""
    in_toc = False
    headings_seen = 0
    for position, (_, block, block_analysis) in enumerate(pairs):
        if block.kind is BlockKind.HEADING:
            in_toc = bool(TOC_HEADING.match(block.text))
            headings_seen += 1
            if headings_seen > 1 and not in_toc:
                return None
            continue
        if in_toc or TOC_LINE.search(block.text):
            continue
        return (position, block_analysis) if block.kind is BlockKind.PARAGRAPH else None
    return None


def _first_line_end(block: BlockAnalysis) -> int:
    if not block.tokens:
        return len(block.text)
    return block.sentences[0].char_end if block.sentences else block.tokens[-1].end
