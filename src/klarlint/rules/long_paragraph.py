"""``long-paragraph``: paragraphs too long to take in as one unit.

A paragraph should carry one idea (Myndigheternas skrivregler on structure,
Språkrådet's klarspråk advice); a reader who skims reads its first sentence and
moves on. The defaults, 120 words or 7 sentences, are where a printed paragraph
reaches some ten lines: past that it almost always holds more than one idea,
while the municipal policies in the test corpus (median 29 words, 2 sentences
a paragraph) never get there. Web writing advice (Språkrådet, Funka) is much
stricter – 3 to 5 sentences, because a screen shows less – which is what the
``webb`` profile sets; ``lättläst`` is stricter still.

Only paragraphs are checked: list items and table cells have their own shape.
A table of contents pasted as text (dot leaders and page numbers) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Sentence
from klarlint.document import BlockKind
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

VERBAL_POS = frozenset({"VERB", "AUX"})
TOC_LEADERS = re.compile(r"(\.{4,}|…{2,})\s*\d")


class LongParagraph:
    info = RuleInfo(
        id="long-paragraph",
        title="Långt stycke",
        severity=Severity.INFO,
        block_local=True,
        summary=(
            "paragraphs over `max_sentences` (default 7) or `max_words` (default 120); not list items, table cells "
            "or a pasted table of contents"
        ),
        reference=references.PARAGRAPHS,
        explanation=(
            "Ett stycke ska handla om en sak. Långa stycken är tunga att ta sig igenom och gör det "
            "svårt att skumma texten, eftersom många bara läser styckets första mening. Dela upp "
            "stycket där det byter ämne, och börja varje stycke med det viktigaste. På webben och "
            "i lättläst text bör styckena vara ännu kortare: tre till fem meningar är ett vanligt råd."
        ),
        example_before=(
            "Nämnden beviljade ditt bidrag den 3 maj. Du får 20 000 kronor. Pengarna kommer i juni. Senast "
            "den 1 december ska du redovisa vad du har använt pengarna till. Redovisningen skickar du till oss. "
            "Redovisar du inte kan du behöva betala tillbaka bidraget. Du kan överklaga beslutet. Det ska du "
            "göra inom tre veckor."
        ),
        example_after=(
            "Nämnden beviljade ditt bidrag den 3 maj. Du får 20 000 kronor i juni.\n\nSenast den 1 december "
            "ska du redovisa vad du har använt pengarna till. Redovisar du inte kan du behöva betala tillbaka "
            "bidraget.\n\nDu kan överklaga beslutet inom tre veckor."
        ),
        options={"max_words": 120, "max_sentences": 7},
        option_docs={
            "max_words": "högsta antal ord i ett stycke",
            "max_sentences": "högsta antal meningar i ett stycke",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        max_words = int(options["max_words"])
        max_sentences = int(options["max_sentences"])
        for index, block, block_analysis in analysis.indexed_blocks():
            if block.kind is not BlockKind.PARAGRAPH or TOC_LEADERS.search(block.text):
                continue
            words = block_analysis.word_count
            sentences = sum(1 for sentence in block_analysis.sentences if _has_verb(block_analysis, sentence))
            if words <= max_words and sentences <= max_sentences:
                continue
            over = []
            if sentences > max_sentences:
                over.append(f"högst {max_sentences} meningar")
            if words > max_words:
                over.append(f"högst {max_words} ord")
            yield RuleFinding(
                index,
                0,
                len(block.text),
                f"Stycket har {sentences} meningar och {words} ord (vi rekommenderar {' och '.join(over)}). "
                "Dela upp det där det byter ämne, så att varje stycke handlar om en sak.",
            )


def _has_verb(block: BlockAnalysis, sentence: Sentence) -> bool:
    """A sentence with a verb: verbless fragments (*Om makt. Om pengar.*, *Plats: Rosenbad.*) read as one."""
    return any(t.pos in VERBAL_POS for t in block.sentence_tokens(sentence))
