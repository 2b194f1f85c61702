"""``link-text`` and ``meta-length``: what editors write around the body of a web page.

``link-text``: a link whose whole text says nothing on its own ("klicka här",
"läs mer"). Screen reader users jump from link to link and hear only the link
texts; everyone scans links for where to go next. Only the whole link text is
judged: "Läs mer om bygglov" is a good link text.

``meta-length``: a page title or meta description longer than search engines
and browser tabs show.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis
from klarlint.document import BlockKind
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

LINKS_REFERENCE = (
    "WCAG 2.1, framgångskriterium 2.4.4 (Länkens syfte i sitt sammanhang) och Myndigheternas skrivregler, "
    "avsnitt 1.5 (Gör texten överskådlig): länktexter som säger vart länken leder"
)
META_REFERENCE = (
    "Myndigheternas skrivregler, avsnitt 1.2 (Låt mottagaren och syftet styra) och webbriktlinjer.se "
    "(sidtitlar och beskrivningar som går att läsa i sökträffar)"
)
# Whole link texts that say nothing about where the link leads (compared lower-case, punctuation trimmed).
VAGUE = frozenset(
    {
        "här",
        "hit",
        "klicka",
        "klicka här",
        "klicka här för mer information",
        "klicka här för att läsa mer",
        "klicka på länken",
        "tryck här",
        "se här",
        "läs här",
        "läs mer",
        "läs mer här",
        "läs vidare",
        "fortsätt läsa",
        "mer",
        "mer här",
        "mer info",
        "mer information",
        "information",
        "länk",
        "länken",
        "denna länk",
        "den här länken",
        "gå hit",
        "till sidan",
    }
)
TRIM = " \t\n.,:;!?»›→>…-–()[]\"'”“"


def normalized(text: str) -> str:
    return " ".join(text.lower().split()).strip(TRIM)


class LinkText:
    info = RuleInfo(
        id="link-text",
        title="Länktext som inte säger vart länken leder",
        severity=Severity.WARNING,
        reference=LINKS_REFERENCE,
        explanation=(
            "En länktext ska säga vart länken leder, även läst för sig. Den som använder skärmläsare "
            "hoppar ofta mellan länkarna och hör bara länktexterna, och alla läsare skummar länkarna för "
            "att hitta vidare. ”Klicka här” och ”Läs mer” säger ingenting utan texten runt omkring. "
            "Skriv i stället vad läsaren hittar: ”Läs mer om bygglov”, ”Ansök om bygglov”."
        ),
        example_before="Vill du söka bygglov? [Klicka här](/bygglov).",
        example_after="[Ansök om bygglov](/bygglov) i vår e-tjänst.",
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        for index, block in enumerate(analysis.document.blocks):
            for start, end in block.links:
                text = block.text[start:end]
                if normalized(text) in VAGUE:
                    yield RuleFinding(
                        index,
                        start,
                        end,
                        f"Länktexten ”{text.strip()}” säger inte vart länken leder. Skriv vad läsaren hittar "
                        "där, så att länken går att förstå även läst för sig.",
                        "Skriv vad länken leder till, t.ex. ”Läs mer om bygglov”",
                    )


class MetaLength:
    info = RuleInfo(
        id="meta-length",
        title="För lång sidtitel eller beskrivning",
        severity=Severity.INFO,
        reference=META_REFERENCE,
        explanation=(
            "Sidans titel och beskrivning är det första många läser: i sökträffen och på fliken. "
            "Sökmotorer visar ungefär de första 60 tecknen av titeln och 155 tecknen av beskrivningen; "
            "sedan klipper de bort resten. Sätt det viktigaste först och håll dem korta."
        ),
        example_before=(
            "title: Information om hur du som privatperson ansöker om bygglov för nybyggnad, tillbyggnad "
            "eller ändring av ditt hus i kommunen"
        ),
        example_after="title: Ansök om bygglov – Norrby kommun",
        options={"max_title": 70, "max_description": 160},
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        limits = {BlockKind.TITLE: int(options["max_title"]), BlockKind.DESCRIPTION: int(options["max_description"])}
        names = {BlockKind.TITLE: "Sidtiteln", BlockKind.DESCRIPTION: "Beskrivningen"}
        for index, block in enumerate(analysis.document.blocks):
            limit = limits.get(block.kind)
            if limit is not None and len(block.text) > limit:
                end = len(block.text)
                yield RuleFinding(
                    index,
                    limit,
                    end,
                    f"{names[block.kind]} har {end} tecken; sökmotorer visar ungefär de första {limit}. "
                    "Sätt det viktigaste först och korta texten.",
                )
