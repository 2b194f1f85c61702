"""Readability statistics for a document and for each of its paragraphs.

The measures themselves live in :mod:`klarlint.readability`; this module counts
once per block and builds the :class:`~klarlint.report.Stats` the reporters show.
Per-paragraph numbers cover blocks of kind paragraph: headings, list items and
table cells are too short for LIX or OVIX to mean anything on their own (they
still count in the document's numbers).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter

from klarlint import readability
from klarlint.analysis import Analysis, BlockAnalysis
from klarlint.document import Block, BlockKind, Document
from klarlint.readability import LONG_WORD_LETTERS, Counts, combine
from klarlint.report import MEASURES, ParagraphStats, Stats

__all__ = ["LONG_WORD_LETTERS", "StatsMemory", "document_stats", "same_ends"]

MAX_PLACES_KEPT = 8  # a paragraph's entries kept with its analysis (a text repeated in a document has one each)


# The block's readability counts; their passive sentences are those the passive-voice rule counts (one source of
# truth: the share leaves out what the rule does not flag, *Dags att söka*, *i höstas*, *Mötet följs av …*).
block_counts = readability.block_counts


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
            location=document.location(start),
        )
    return found


def _no_places(_: BlockAnalysis) -> dict:
    return {}


def _measures(counts: Counts) -> dict[str, float | None]:
    """The measures a document and a paragraph both report, by their field names in Stats and ParagraphStats."""
    return {name: getattr(counts, name) for name in MEASURES}


_SUMMED = ("words", "sentences", "long_words", "passive_sentences", "nominal", "verbal")


def same_ends(old: list, new: list) -> tuple[int, int]:
    """How many items at the start and at the end of ``new`` are the very objects of ``old`` there (the
    two never overlap). Compared at C speed: a long document's blocks are tens of thousands."""
    shortest = min(len(old), len(new))
    start = next(itertools.compress(itertools.count(), map(operator.is_not, old, new)), shortest)
    end = next(itertools.compress(itertools.count(), map(operator.is_not, reversed(old), reversed(new))), shortest)
    return start, min(end, shortest - start)


class StatsMemory:
    """:func:`document_stats` of one document again and again (the language server lints it on each edit),
    with work in proportion to what changed: the document's sums are the last lint's, less the blocks that
    are gone and plus the new ones (their counts add up; the set of word forms is kept as a multiset), and
    paragraphs entries are the last lint's where the paragraph is where it was or moved as a whole with the
    text after an edit. Exactly what :func:`document_stats` gives (``tests/test_lsp_incremental.py``).
    Not thread-safe: one per document."""

    def __init__(self) -> None:
        self._source = ""
        self._document_blocks: list[Block] = []
        self._blocks: list[BlockAnalysis] = []
        self._counts: list[Counts] = []
        self._sums = dict.fromkeys(_SUMMED, 0)
        self._forms: Counter[str] = Counter()
        self._entries: list[ParagraphStats | None] = []  # per block: its paragraph entry, or None
        self._reach: list[int] = [0]  # the furthest source offset of the entries of the first n blocks, by n

    def stats(self, analysis: Analysis) -> Stats:
        document = analysis.document
        old_blocks, new_blocks = self._blocks, analysis.blocks
        same_start, same_end = same_ends(old_blocks, new_blocks)
        old_middle = self._counts[same_start : len(old_blocks) - same_end]
        new_middle = [block_counts(block) for block in new_blocks[same_start : len(new_blocks) - same_end]]
        sums = self._sums
        for name in _SUMMED:
            sums[name] += sum(map(operator.attrgetter(name), new_middle)) - sum(
                map(operator.attrgetter(name), old_middle)
            )
        forms = self._forms
        for part in new_middle:
            forms.update(part.word_forms)
        gone: set[str] = set()
        for part in old_middle:
            forms.subtract(part.word_forms)
            gone.update(part.word_forms)
        for form in gone:
            if forms[form] <= 0:
                del forms[form]
        counts = [*self._counts[:same_start], *new_middle, *self._counts[len(old_blocks) - same_end :]]
        entries = self._paragraph_entries(document, analysis, same_start, same_end)
        self._source, self._document_blocks, self._blocks = document.source, list(document.blocks), list(new_blocks)
        self._counts, self._entries = counts, entries
        self._reach = list(itertools.accumulate((entry.end if entry else 0 for entry in entries), max, initial=0))
        if not sums["words"]:
            return Stats()
        total = Counts(**sums, word_forms=frozenset(forms))
        return Stats(**_measures(total), paragraphs=tuple(filter(None, entries)))

    def _paragraph_entries(
        self, document: Document, analysis: Analysis, same_start: int, same_end: int
    ) -> list[ParagraphStats | None]:
        """Each block's paragraph entry, taken over from the last lint where nothing it says can differ."""
        from klarlint.readers.plaintext import common_prefix, common_suffix

        old_source, source = self._source, document.source
        blocks, old_blocks = document.blocks, self._document_blocks
        if len(blocks) != len(analysis.blocks) or len(old_blocks) != len(self._entries):
            same_start = same_end = 0
        # The start: the same block objects, at the same index, with the same analysis, wholly in the
        # unchanged start of the source (so on the same lines).
        text_start = common_prefix(old_source, source)
        kept = max(
            0, min(same_start, same_ends(old_blocks, blocks)[0], bisect.bisect_right(self._reach, text_start) - 1)
        )
        entries: list[ParagraphStats | None] = self._entries[:kept]
        # The end: the same analysis at as many blocks from the end, a block of the same kind and of one run
        # of the source that lies in the unchanged end of the source, as many characters from its end as before.
        limit = min(len(old_source), len(source)) - text_start
        text_end = common_suffix(old_source, source, limit) if same_end else 0
        moved_chars = len(source) - len(old_source)
        moved_lines = source.count("\n", text_start, len(source) - text_end) - old_source.count(
            "\n", text_start, len(old_source) - text_end
        )
        first_moved = len(blocks) - same_end
        moved_blocks = first_moved - (len(old_blocks) - same_end)
        unchanged_from = len(old_source) - text_end  # the old source's unchanged end starts here
        kind = operator.attrgetter("kind")
        if list(map(kind, blocks[first_moved:])) != list(map(kind, old_blocks[first_moved - moved_blocks :])):
            first_moved = len(blocks)  # (a block can change kind without changing its text)
        for index in range(kept, first_moved):
            entries.append(_entry(document, analysis, index))
        moved: list[ParagraphStats | None] = [None] * (len(blocks) - first_moved)
        old_entries = self._entries[first_moved - moved_blocks :]
        for offset in itertools.compress(itertools.count(), old_entries):  # paragraphs; the rest stay None
            old, index = old_entries[offset], first_moved + offset
            segment = blocks[index].segments[0] if len(blocks[index].segments) == 1 else None
            if (
                segment is not None
                and old.start >= unchanged_from
                and segment.source_length is None
                and segment.text_start == 0
                and segment.source_start == old.start + moved_chars
                and segment.length == old.end - old.start == len(blocks[index].text)
            ):
                moved[offset] = _moved_entry(old, index, moved_lines, moved_chars)
            else:
                moved[offset] = _entry(document, analysis, index)
        entries.extend(moved)
        return entries


def _entry(document: Document, analysis: Analysis, index: int) -> ParagraphStats | None:
    block, analysed = document.blocks[index], analysis.blocks[index]
    if block.kind is BlockKind.PARAGRAPH and block_counts(analysed).words:
        return _paragraph(document, index, block, analysed)
    return None


def _moved_entry(old: ParagraphStats, index: int, lines: int, chars: int) -> ParagraphStats:
    if index == old.block and not lines and not chars:
        return old
    return ParagraphStats(
        index,
        old.line + lines,
        old.end_line + lines,
        old.start + chars,
        old.end + chars,
        old.words,
        old.sentences,
        old.mean_sentence_length,
        old.lix,
        old.ovix,
        old.nominal_ratio,
        old.long_word_share,
        old.passive_share,
    )
