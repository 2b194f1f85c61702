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

MAX_PLACES_KEPT = 8  # a paragraph's entries kept with its analysis (a text repeated in a document has one each)


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
    line = document.position(start)[0]
    end_line = document.position(max(start, end - 1))[0]
    # The language server keeps the analyses of unchanged paragraphs between edits: a paragraph's entry
    # is kept with its analysis, by where it is (its measures are the analysis's own).
    placed: dict[tuple[int, int, int, int, int], ParagraphStats] = analysed.memo("stats.placed", _no_places)
    key = (index, line, end_line, start, end)
    found = placed.get(key)
    if found is None:
        if len(placed) >= MAX_PLACES_KEPT:
            placed.clear()
        found = placed[key] = ParagraphStats(
            block=index,
            line=line,
            end_line=end_line,
            start=start,
            end=end,
            **analysed.memo("stats.measures", lambda a: _measures(block_counts(a))),
        )
    return found


def _no_places(_: BlockAnalysis) -> dict:
    return {}


def _measures(counts: Counts) -> dict[str, float | None]:
    """The measures a document and a paragraph both report, by their field names in Stats and ParagraphStats."""
    return {name: getattr(counts, name) for name in MEASURES}
