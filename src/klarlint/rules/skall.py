"""``skall``: the old form *skall* where today's Swedish, and the law, write *ska*."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Token
from klarlint.nlp.inflect import match_case
from klarlint.rules import references
from klarlint.rules.base import FixAvailability, RuleFinding, RuleInfo, Severity, at_block, check_by_parts

NEUTER_DETERMINERS = frozenset(
    {"ett", "sitt", "ditt", "mitt", "vårt", "ert", "något", "inget", "varje", "detta", "vilket"}
)


class Skall:
    info = RuleInfo(
        id="skall",
        title="”Skall” i stället för ”ska”",
        severity=Severity.WARNING,
        block_local=False,  # quotations are the block's quotes, which a block-local memo does not key on
        block_parts=True,
        summary=(
            "*skall* → *ska*; not inside quotation marks or a quotation the reader marks (Markdown and e-mail `>`, "
            "HTML `<blockquote>` and `<q>`, Word's quote styles), where older law text is quoted; not the noun "
            "(*ett skall*)"
        ),
        reference=references.SKA_SKALL,
        explanation=(
            "”Skall” är en ålderdomlig form av ”ska”. Riksdagen och regeringen skriver ”ska” i "
            "nya lagar sedan 2000-talets början, och Myndigheternas skrivregler rekommenderar "
            "”ska” i alla texter. ”Skall” låter stelt och kan få läsaren att tro att det betyder "
            "något annat eller starkare än ”ska”. Regeln markerar inte ”skall” i citat, till exempel "
            "när du återger en äldre lagtext inom citattecken eller som blockcitat. Blockcitat är "
            "rader som börjar med > i Markdown, citat på webbsidor och stycken i citatformat i Word."
        ),
        example_before="Du skall lämna ansökan senast den 1 mars.",
        example_after="Du ska lämna ansökan senast den 1 mars.",
        fix=FixAvailability.ALWAYS,
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        return iter(check_by_parts(self, analysis, options))

    def block_part(self, analysis: Analysis, index: int, options: Mapping[str, Any]) -> tuple[RuleFinding, ...]:
        """The block's findings at block 0: the block's tokens and its quotations decide, nothing else (kept per
        block by the language server, so an edit does not walk every token of a long document again)."""
        block_analysis = analysis.blocks[index]
        found = []
        for token in block_analysis.tokens:
            if token.lower != "skall" or _is_noun(block_analysis, token):
                continue
            if analysis.in_quotation(index, token.start, token.end):
                continue  # older law text quoted as it stands
            suggestion = match_case("ska", token.text)  # SKALL → SKA in a line written in capitals, Skall → Ska
            found.append(
                RuleFinding(
                    0,
                    token.start,
                    token.end,
                    f"Skriv ”{suggestion}” i stället för ”{token.text}”.",
                    suggestion,
                    replacements=(suggestion,),
                )
            )
        return tuple(found)

    def combine(
        self, analysis: Analysis, parts: Sequence[tuple[RuleFinding, ...]], options: Mapping[str, Any]
    ) -> list[RuleFinding]:
        return [at_block(analysis, finding, index) for index, part in enumerate(parts) if part for finding in part]


def _is_noun(block: BlockAnalysis, token: Token) -> bool:
    """*Ett (högt) skall* (a bark, a cry) is a noun; only the verb is the old form of *ska*.

    Told by the determiner, not the tag: the model takes every *skall* for the verb.
    """
    before = block.tokens[max(token.i - 2, 0) : token.i]
    if before and before[-1].lower in NEUTER_DETERMINERS:
        # *detta, vilket, något, inget* are pronouns too: *Detta skall också granskas* is the verb, its infinitive after
        return before[-1].lower not in PRONOUN_DETERMINERS or not _infinitive_follows(block, token)
    if len(before) == 2 and before[1].pos == "ADJ" and before[0].lower in NEUTER_DETERMINERS:
        # an action noun the tagger calls an adjective is the subject: *Ett bestridande skall ha inkommit* (streets
        # re-test s52), not *Ett högt skall hördes*
        return not _infinitive_follows(block, token)
    return False


PRONOUN_DETERMINERS = frozenset({"detta", "vilket", "något", "inget"})


def _infinitive_follows(block: BlockAnalysis, token: Token) -> bool:
    """An infinitive right after ``token``, adverbs between (*skall inte heller göras*)."""
    for following in block.tokens[token.i + 1 : token.i + 5]:
        if following.pos == "ADV":
            continue
        return following.pos in ("VERB", "AUX") and following.feature("VerbForm") == "Inf"
    return False
