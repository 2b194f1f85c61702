"""Readability statistics for a document and for each of its paragraphs.

The measures themselves live in :mod:`klarlint.readability`; this module counts
once per block and builds the :class:`~klarlint.report.Stats` the reporters show.
Per-paragraph numbers cover blocks of kind paragraph: headings, list items and
table cells are too short for LIX or OVIX to mean anything on their own (they
still count in the document's numbers).
"""

from __future__ import annotations

from klarlint.analysis import Analysis, BlockAnalysis
from klarlint.document import Block, BlockKind, Document
from klarlint.readability import LONG_WORD_LETTERS, Counts, block_counts, combine
from klarlint.report import MEASURES, ParagraphStats, Stats

__all__ = ["LONG_WORD_LETTERS", "document_stats"]


def document_stats(analysis: Analysis) -> Stats:
    counts = [block_counts(block) for block in analysis.blocks]
    total = combine(counts)
    if not total.words:
        return Stats()
    document = analysis.document
    paragraphs = tuple(
        _paragraph(document, index, block, analysed)
        for index, (block, analysed, part) in enumerate(zip(document.blocks, analysis.blocks, counts, strict=True))
        if block.kind is BlockKind.PARAGRAPH and part.words
    )
    return Stats(**_measures(total), paragraphs=paragraphs)


def _paragraph(document: Document, index: int, block: Block, analysed: BlockAnalysis) -> ParagraphStats:
    start, end = block.source_span(0, len(block.text))
    return ParagraphStats(
        block=index,
        line=document.position(start)[0],
        end_line=document.position(max(start, end - 1))[0],
        start=start,
        end=end,
        # Once per analysis, as the counts: the language server keeps the analyses of unchanged paragraphs.
        **analysed.memo("stats.measures", lambda a: _measures(block_counts(a))),
    )


def _measures(counts: Counts) -> dict[str, float | None]:
    """The measures a document and a paragraph both report, by their field names in Stats and ParagraphStats."""
    return {name: getattr(counts, name) for name in MEASURES}
