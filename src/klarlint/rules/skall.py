"""``skall``: the old form *skall* where today's Swedish, and the law, write *ska*."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Token
from klarlint.document import Block, Document
from klarlint.rules import references
from klarlint.rules.base import FixAvailability, RuleFinding, RuleInfo, Severity

# Quotation marks that open or close a quotation in Swedish text (”…”, »…», and the English and typewriter forms).
QUOTE_MARKS = frozenset('”“„"»«')
NEUTER_DETERMINERS = frozenset(
    {"ett", "sitt", "ditt", "mitt", "vårt", "ert", "något", "inget", "varje", "detta", "vilket"}
)


class Skall:
    info = RuleInfo(
        id="skall",
        title="Skall i stället för ska",
        severity=Severity.WARNING,
        reference=references.SKA_SKALL,
        explanation=(
            "Skall är en ålderdomlig form av ska. Riksdagen och regeringen skriver ska i nya "
            "lagar sedan 2000-talets början, och Myndigheternas skrivregler rekommenderar ska "
            "i alla texter. Skall låter stelt och kan få läsaren att tro att det betyder något "
            "annat eller starkare än ska. Regeln markerar inte skall i citat, till exempel när "
            "du återger en äldre lagtext inom citattecken eller som blockcitat (rader som börjar "
            "med > i Markdown)."
        ),
        example_before="Ansökan skall lämnas senast den 1 mars.",
        example_after="Ansökan ska lämnas senast den 1 mars.",
        fix=FixAvailability.ALWAYS,
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        for index, block, block_analysis in analysis.pairs():
            for token in block_analysis.tokens:
                if token.lower != "skall" or _is_noun(block_analysis, token):
                    continue
                if in_quotation(block_analysis.text, token.start) or in_block_quote(
                    analysis.document, block, token.start
                ):
                    continue
                suggestion = "Ska" if token.text[0].isupper() else "ska"
                yield RuleFinding(
                    index,
                    token.start,
                    token.end,
                    f"Skriv ”{suggestion}” i stället för ”{token.text}”.",
                    suggestion,
                    replacements=(suggestion,),
                )


def _is_noun(block: BlockAnalysis, token: Token) -> bool:
    """*Ett (högt) skall* (a bark, a cry) is a noun; only the verb is the old form of *ska*.

    Told by the determiner, not the tag: the model takes every *skall* for the verb.
    """
    before = block.tokens[max(token.i - 2, 0) : token.i]
    if before and before[-1].lower in NEUTER_DETERMINERS:
        return True
    return len(before) == 2 and before[1].pos == "ADJ" and before[0].lower in NEUTER_DETERMINERS


def in_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` lies between quotation marks in ``text``.

    Swedish uses the same mark to open and close (”…”), so this counts marks:
    an odd number before the offset and at least one after means a quotation is open.
    """
    before = sum(1 for c in text[:offset] if c in QUOTE_MARKS)
    return before % 2 == 1 and any(c in QUOTE_MARKS for c in text[offset:])


def in_block_quote(document: Document, block: Block, offset: int) -> bool:
    """Whether ``offset`` is in a block quote (``> …`` lines, Markdown or e-mail style).

    The readers do not mark block quotes, so the source tells: the line where the
    block starts (a lazy continuation line in Markdown has no ``>`` of its own) or
    the line holding ``offset``.
    """
    return any(_line_is_quote(document.source, block.to_source(at)) for at in (0, offset))


def _line_is_quote(source: str, source_offset: int) -> bool:
    line_start = source.rfind("\n", 0, source_offset) + 1
    return source[line_start:source_offset].lstrip(" \t").startswith(">")
