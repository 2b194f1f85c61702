"""``lang-attribute``: Swedish text that the page's markup says is in another language (``lang="en"``).

A template's wrong ``<html lang="en">`` or a ``lang`` left on a section after a translation makes a screen reader
read Swedish with English pronunciation, and search engines and translation tools take the text for English
(WCAG 3.1.1 and 3.1.2). klarlint trusts a declared language (klarlint.language skips such text and says so) unless
the words are plainly Swedish; those blocks are linted, and this rule says what is wrong with their markup.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis
from klarlint.document import META_KINDS
from klarlint.language import SWEDISH, declared_code, language_name
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

LANG_REFERENCE = (
    "WCAG 2.1, framgångskriterierna 3.1.1 (Sidans språk) och 3.1.2 (Språk för delar), som lagen (2018:1937) om "
    "tillgänglighet till digital offentlig service gör bindande för myndigheter"
)


class LangAttribute:
    info = RuleInfo(
        id="lang-attribute",
        title="Svensk text märkt som ett annat språk",
        severity=Severity.WARNING,
        block_local=False,  # one finding for a stretch of such paragraphs
        summary=(
            'Swedish text that the page\'s markup declares to be in another language (HTML `lang="en"` on the '
            "page or a part of it, a Markdown page's front matter `lang: en`; a template's mistake): a screen "
            "reader reads it with that language's "
            "pronunciation; one finding per stretch of such paragraphs, on the first one's first sentence. Text "
            "whose words do not plainly say Swedish is taken to be in the declared language and skipped, with a "
            "notice"
        ),
        reference=LANG_REFERENCE,
        explanation=(
            "Webbsidans kod säger vilket språk texten är på, med attributet lang. En skärmläsare läser texten "
            "med det språkets uttal, och sökmotorer och översättningsverktyg utgår från det. Om koden säger "
            'engelska (lang="en") om en svensk text, läser skärmläsaren svenskan med engelskt uttal, och då '
            "blir den svår att förstå. Det händer när sidmallen har fel språk eller när koden blev kvar efter en "
            "översättning. Ändra lang till sv, eller ta bort attributet där sidan redan säger svenska."
        ),
        example_before=(
            '<main><p lang="en">Du kan söka bygglov i vår e-tjänst. Vi svarar inom tre veckor och skickar '
            "beslutet till dig.</p></main>"
        ),
        example_after=(
            "<main><p>Du kan söka bygglov i vår e-tjänst. Vi svarar inom tre veckor och skickar beslutet till "
            "dig.</p></main>"
        ),
        example_format="html",
        issue_type="locale-violation",
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        # The rules see the Swedish blocks only (klarlint.language.swedish_part): a block here whose markup
        # declares another language is Swedish text marked wrong.
        blocks = analysis.document.blocks
        index = 0
        while index < len(blocks):
            declared = blocks[index].declared_language
            if not declared or declared_code(declared) == SWEDISH:
                index += 1
                continue
            end = index + 1
            while end < len(blocks) and blocks[end].declared_language == declared:
                end += 1
            # the page's title and description (after the body's blocks) are in the stretch, not counted as paragraphs
            more = sum(1 for block in blocks[index + 1 : end] if block.kind not in META_KINDS)
            yield self._finding(analysis, index, more, declared)
            index = end

    @staticmethod
    def _finding(analysis: Analysis, index: int, more: int, declared: str) -> RuleFinding:
        name = language_name(declared_code(declared))
        sentences = analysis.blocks[index].sentences
        block = analysis.document.blocks[index]
        start, end = (sentences[0].char_start, sentences[0].char_end) if sentences else (0, len(block.text))
        if more > 1:
            also = f" Det gäller {more} stycken till efter det här."
        else:
            also = " Det gäller stycket efter också." if more == 1 else ""
        return RuleFinding(
            index,
            start,
            end,
            f'Sidans kod säger att texten är på {name} (lang="{declared}"), men den är på svenska. En skärmläsare '
            f"läser den då med fel uttal.{also} Ändra lang till sv, eller ta bort attributet där sidan redan säger "
            "svenska.",
            'Ändra till lang="sv"',
        )
