"""``link-text``: a link whose whole text says nothing on its own ("klicka här", "läs mer").

Screen reader users jump from link to link and hear only the link texts;
everyone scans links for where to go next. Only the whole link text is judged:
"Läs mer om bygglov" is a good link text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis
from klarlint.link_words import DOWNLOAD, says_nothing
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

LINKS_REFERENCE = (
    "WCAG 2.1, framgångskriterium 2.4.4 (Länkens syfte i sitt sammanhang) och Myndigheternas skrivregler, "
    "kapitel 2 (Att skriva för webben): länktexter som säger vart länken leder"
)


class LinkText:
    info = RuleInfo(
        id="link-text",
        title="Länktext som inte säger vart länken leder",
        severity=Severity.WARNING,
        block_local=False,
        summary=(
            "a link whose whole text says nothing on its own (*klicka här, här, läs mer, läsa mer här, mer "
            "information, länk*, a download label alone: *Ladda ner (PDF, 2 MB)*, *PDF*, also alone on its line or in "
            "a list item); "
            "not *Läs mer om bygglov*, not prose that is not a link (HTML `<a href>`, Markdown links)"
        ),
        reference=LINKS_REFERENCE,
        explanation=(
            "En länktext ska säga vart länken leder, även läst för sig. Den som använder skärmläsare "
            "hoppar ofta mellan länkarna och hör bara länktexterna, och alla läsare skummar länkarna för "
            "att hitta vidare. ”Klicka här” och ”Läs mer” säger ingenting utan texten runt omkring. "
            "Skriv i stället vad läsaren hittar: ”Läs mer om bygglov”, ”Ansök om bygglov”."
        ),
        example_before="Vill du söka bygglov? [Klicka här](/bygglov).",
        example_after="[Ansök om bygglov](/bygglov) i vår e-tjänst.",
        example_format="markdown",
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        for index, block in enumerate(analysis.document.blocks):
            for start, end in block.links:
                text = block.text[start:end]
                if says_nothing(text):
                    yield RuleFinding(
                        index,
                        start,
                        end,
                        f"Länktexten ”{text.strip()}” säger inte vart länken leder. Skriv vad läsaren hittar "
                        "där, så att länken går att förstå även läst för sig.",
                        _advice(text),
                    )


def _advice(text: str) -> str:
    """What to write instead: a download link names its file, a link to a page the page's topic (the page's own, not a
    fixed one: *Läs mer om bygglov* had been said on a page about a UN meeting, session 42, the explain tester). A
    download label had been told *Läs mer om …* too (verification re-test s47)."""
    if DOWNLOAD.fullmatch(" ".join(text.split())) is not None:
        return "Skriv vad filen innehåller, till exempel ”Ladda ner taxan för 2026 (PDF, 2 MB)”"
    return "Skriv vad länken leder till, till exempel ”Läs mer om” och det sidan handlar om"
