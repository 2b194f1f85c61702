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

The rule judges what a reader sees as a wall of prose (issue 13, read on
regeringen.se). Not paragraphs under a programme or schedule heading (*Program*,
*Dagordning*, *Tisdag 30 januari*, *Kl. 10.00*): each describes one item of the
programme. Sentences that give an instruction (*Skicka …*, *Observera …*) are
steps of a list written as a paragraph, not prose, and are not counted. And a
paragraph of many short sentences reads easily: the sentence limit applies only
when the paragraph also has two thirds of ``max_words``.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Sentence
from klarlint.document import BlockKind
from klarlint.prose import SCHEDULE_ITEM
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity, at_block, check_by_parts
from klarlint.rules.quoted import QUOTED_OPTION, quoted_findings
from klarlint.swedish_numbers import grouped

VERBAL_POS = frozenset({"VERB", "AUX"})
TOC_LEADERS = re.compile(r"(\.{4,}|…{2,})\s*\d")
# A heading that opens a programme or a schedule: the word alone, a weekday, a clock time.
PROGRAMME_HEADING = re.compile(
    r"^\W*(?:(?:program(?:met)?|schema|schemat|dagordning(?:en)?|agenda|tidsplan(?:en)?)\W*$"
    rf"|{SCHEDULE_ITEM})",
    re.IGNORECASE,
)  # a clock time with "kl." or as a range (10.00–11.30), not a section number (2.10 Ansvar)
SHORT_SENTENCES_SHARE = 2 / 3  # the sentence limit needs this share of max_words too


class LongParagraph:
    info = RuleInfo(
        id="long-paragraph",
        title="Långt stycke",
        severity=Severity.INFO,
        block_local=False,
        block_parts=True,
        summary=(
            "paragraphs over `max_sentences` (default 7, counted only when the paragraph also has two thirds of "
            "`max_words`; instructions such as *Skicka …* are list steps, not counted) or `max_words` (default "
            "120); not list items, table cells, a pasted table of contents or paragraphs under a programme or "
            "schedule heading (*Program*, *Tisdag 30 januari*, *Kl. 10.00*); a quoted paragraph (a reply that opens "
            "with a dash, a block quote) is information with a note (option `quoted`: info, warning, off)"
        ),
        reference=references.PARAGRAPHS,
        explanation=(
            "Ett stycke ska handla om en sak. Långa stycken är tunga att ta sig igenom och gör det "
            "svårt att skumma texten, eftersom många bara läser styckets första mening. Dela upp "
            "stycket där det byter ämne, och börja varje stycke med det viktigaste. På webben och "
            "i lättläst text bör styckena vara ännu kortare: tre till fem meningar är ett vanligt råd. Ett stycke "
            "i ett citat är talarens: det blir en upplysning."
        ),
        example_before=(
            "Nämnden beviljade ditt bidrag till föreningens sommarläger den 3 maj. Du får 20 000 kronor, och "
            "pengarna kommer till föreningens konto i juni. Senast den 1 december ska du redovisa vad föreningen har "
            "använt pengarna till. Redovisningen skickar du till oss med e-post eller brev. Redovisar du inte i tid "
            "kan föreningen behöva betala tillbaka bidraget. Du kan överklaga beslutet om du tycker att det är fel. "
            "Det ska du göra inom tre veckor från den dag du fick beslutet. Vi svarar gärna om du har frågor."
        ),
        example_after=(
            "Nämnden beviljade ditt bidrag till föreningens sommarläger den 3 maj. Du får 20 000 kronor, och "
            "pengarna kommer till föreningens konto i juni.\n\nSenast den 1 december ska du redovisa vad föreningen "
            "har använt pengarna till. Redovisningen skickar du till oss med e-post eller brev. Redovisar du inte i "
            "tid kan föreningen behöva betala tillbaka bidraget.\n\nDu kan överklaga beslutet om du tycker att det "
            "är fel. Det ska du göra inom tre veckor från den dag du fick beslutet. Vi svarar gärna om du har frågor."
        ),
        # A minister's reply (*– Alla människor i Sverige …, säger ministern.*) is the minister's to shorten: a web
        # editor may not split it (session 42, webrev §2: three of regeringen.se's sixteen warnings under webb).
        options={"max_words": 120, "max_sentences": 7, "quoted": "info"},
        option_docs={
            "max_words": "högsta antal ord i ett stycke",
            "max_sentences": "högsta antal meningar i ett stycke",
            "quoted": QUOTED_OPTION,
        },
    )

    # Not block-local: a paragraph under a programme heading is an item of the programme (the headings above it
    # decide); each block's part is its finding, or None (klarlint.lsp.rule_cache keeps the parts).
    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        return iter(check_by_parts(self, analysis, options))

    def block_part(self, analysis: Analysis, index: int, options: Mapping[str, Any]) -> RuleFinding | None:
        """The paragraph's finding at block 0, or None."""
        block, block_analysis = analysis.document.blocks[index], analysis.blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or TOC_LEADERS.search(block.text):
            return None
        max_words = int(options["max_words"])
        max_sentences = int(options["max_sentences"])
        words = block_analysis.word_count
        sentences = sum(1 for sentence in block_analysis.sentences if _is_prose(block_analysis, sentence))
        too_many = sentences > max_sentences and words >= max_words * SHORT_SENTENCES_SHARE
        if words <= max_words and not too_many:
            return None
        over = []
        if too_many:
            over.append(f"högst {max_sentences} meningar")
        if words > max_words:
            over.append(f"högst {max_words} ord")
        # A paragraph of one 211-word sentence had been told "1 meningar", and a 1 MB line that is no prose sentence
        # "0 meningar" beside "250000 ord" (retest-surface s45).
        counted = f"{_counted(sentences, 'mening', 'meningar')} och " if sentences else ""
        return RuleFinding(
            0,
            0,
            len(block.text),
            f"Stycket har {counted}{_counted(words, 'ord', 'ord')} (vi rekommenderar {' och '.join(over)}). "
            "Dela upp det där det byter ämne, så att varje stycke handlar om en sak.",
        )

    def combine(
        self, analysis: Analysis, parts: Sequence[RuleFinding | None], options: Mapping[str, Any]
    ) -> list[RuleFinding]:
        programme = _in_programme(analysis)
        found = [
            at_block(analysis, part, index)
            for index, part in enumerate(parts)
            if part is not None and not programme[index]
        ]
        return quoted_findings(analysis, found, options)


def _counted(number: int, one: str, many: str) -> str:
    return f"{grouped(number)} {one if number == 1 else many}"


_KIND = operator.attrgetter("kind")
_TEXT = operator.attrgetter("text")


@lru_cache(maxsize=1 << 14)
def _programme_heading(text: str) -> bool:
    """Whether a heading names a programme or schedule (remembered: a long plain text has thousands of
    short lines read as headings, asked about on every edit in an editor)."""
    return bool(PROGRAMME_HEADING.search(text.strip()))


def _in_programme(analysis: Analysis) -> list[bool]:
    """For each block, whether it stands under a programme or schedule heading (at any level above it)."""
    blocks = analysis.document.blocks
    headings = itertools.compress(blocks, map(operator.is_, map(_KIND, blocks), itertools.repeat(BlockKind.HEADING)))
    if not any(map(_programme_heading, map(_TEXT, headings))):  # the usual case, without a walk of every block
        return [False] * len(blocks)
    found, level = [], None  # level: the programme heading's level while its section lasts
    for block in analysis.document.blocks:
        if block.kind is BlockKind.HEADING:
            if _programme_heading(block.text):
                level = block.level if level is None or block.level <= level else level
            elif level is not None and block.level <= level:
                level = None
        found.append(level is not None)
    return found


def _is_prose(block: BlockAnalysis, sentence: Sentence) -> bool:
    """A sentence a reader reads as prose: it has a verb (*Om makt. Om pengar.* and *Plats: Rosenbad.* read as
    one) and is not an instruction (*Skicka också med ett foto.*: a step of a list written as a paragraph)."""
    tokens = block.sentence_words(sentence)
    if not any(t.pos in VERBAL_POS for t in tokens):
        return False
    return not (tokens[0].pos in VERBAL_POS and tokens[0].feature("Mood") == "Imp")
