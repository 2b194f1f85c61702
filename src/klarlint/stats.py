"""Readability statistics for a document (LIX, sentence length, passive share)."""

from __future__ import annotations

from klarlint.analysis import Analysis
from klarlint.grammar import find_passives
from klarlint.report import Stats

LONG_WORD_LETTERS = 6  # LIX counts words with more than six letters as long


def document_stats(analysis: Analysis) -> Stats:
    words = sentences = long_words = passive_sentences = 0
    for block in analysis.blocks:
        for sentence in block.sentences:
            sentence_words = [t for t in block.sentence_tokens(sentence) if t.is_word]
            if not sentence_words:
                continue
            sentences += 1
            words += len(sentence_words)
            long_words += sum(1 for t in sentence_words if len(t.text) > LONG_WORD_LETTERS)
            if next(find_passives(block, sentence), None) is not None:
                passive_sentences += 1
    if not words:
        return Stats()
    return Stats(
        words=words,
        sentences=sentences,
        mean_sentence_length=words / sentences,
        lix=words / sentences + 100 * long_words / words,
        passive_share=passive_sentences / sentences,
    )
