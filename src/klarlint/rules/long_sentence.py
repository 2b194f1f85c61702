"""``long-sentence``: sentences with too many words to take in at one reading."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity


class LongSentence:
    info = RuleInfo(
        id="long-sentence",
        title="Lång mening",
        severity=Severity.WARNING,
        block_local=True,
        summary="sentences over 25 words (error over 35); punctuation is not counted",
        other_severities=(Severity.ERROR,),
        reference=references.SENTENCES,
        explanation=(
            "Långa meningar tvingar läsaren att hålla många led i minnet samtidigt. "
            "En mening med fler än 25 ord är svår att läsa för många, och över 35 ord "
            "blir den svår för nästan alla. Dela upp meningen, gärna så att varje mening "
            "säger en sak. Punktlistor kan hjälpa när du räknar upp flera saker."
        ),
        example_before=(
            "Om du vill ansöka om bidrag ska ansökan, som ska vara undertecknad av "
            "sökanden eller dennes ombud, ha kommit in till förvaltningen senast den "
            "1 mars, annars kan den inte behandlas förrän vid nästa ansökningsomgång i höst."
        ),
        example_after=(
            "Vill du ansöka om bidrag? Skicka din ansökan till oss senast den 1 mars. "
            "Du eller ditt ombud ska skriva under den. Kommer ansökan senare behandlar vi "
            "den i höst."
        ),
        options={"max_words": 25, "error_words": 35},
        option_docs={"max_words": "fler ord än så ger en varning", "error_words": "fler ord än så ger ett fel"},
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        max_words = int(options["max_words"])
        error_words = int(options["error_words"])
        for index, _block, block_analysis in analysis.indexed_blocks():
            for sentence in block_analysis.sentences:
                tokens = block_analysis.sentence_tokens(sentence)
                words = sum(1 for t in tokens if t.is_word)
                if words <= max_words:
                    continue
                visible = [t for t in tokens if not t.text.isspace()]
                severity = Severity.ERROR if words > error_words else None
                yield RuleFinding(
                    index,
                    visible[0].start,
                    visible[-1].end,
                    f"Meningen har {words} ord. Dela upp den i kortare meningar (högst {max_words} ord).",
                    severity=severity,
                )
