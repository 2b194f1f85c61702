"""``and-or``: *och/eller* and *resp.*, which make the reader work out what the writer meant.

*och/eller* almost always means plain *eller* (in Swedish, *eller* includes
"or both"); when it does not, the text should say "A, B eller båda". *resp.*
(*respektive*) pairs two lists item by item and readers often misread it; a
rewrite that states each pair is clearer.

The full word *respektive* is left alone: in "deras respektive chefer" it is an
ordinary adjective, and telling that use from the pairing use needs more than a
pattern. Only the abbreviation is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis
from klarlint.rules import references
from klarlint.rules.base import FixAvailability, RuleFinding, RuleInfo, Severity

AND_OR = re.compile(r"(?<![\w/])(och|eller)\s?/\s?(eller|och)(?![\w/])", re.IGNORECASE)
RESP = re.compile(r"(?<![\w.])(resp)\.(?!\w)", re.IGNORECASE)


class AndOr:
    info = RuleInfo(
        id="and-or",
        title="”och/eller” och ”resp.”",
        severity=Severity.WARNING,
        block_local=True,
        summary=(
            "*och/eller* (also *och / eller*, *eller/och*; suggests *eller*) and the abbreviation *resp.*; not the "
            "adjective *respektive* (*deras respektive chefer*)"
        ),
        reference=references.SLASH,
        explanation=(
            "”och/eller” tvingar läsaren att stanna och tänka ut vad som gäller. Oftast räcker "
            "”eller”: på svenska kan ”eller” också betyda ”eller båda”. Om det är viktigt att båda "
            "kan gälla, skriv det: ”A, B eller båda”. Förkortningen ”resp.” (respektive) parar ihop "
            "två uppräkningar led för led, och många läser fel. Skriv hellre ut vad som gäller för "
            "vart och ett."
        ),
        example_before=(
            "Du kan betala med kort och/eller faktura. Avgiften är 200 resp. 300 kronor för barn resp. vuxna."
        ),
        example_after="Du kan betala med kort eller faktura. Avgiften är 200 kronor för barn och 300 kronor för vuxna.",
        fix=FixAvailability.SOMETIMES,  # och/eller → eller; resp.: advice
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        for index, _block, block_analysis in analysis.indexed_blocks():
            text = block_analysis.text
            if "/" in text:
                for match in AND_OR.finditer(text):
                    if match.group(1).lower() == match.group(2).lower():
                        continue
                    suggestion = "Eller" if match.group(1)[0].isupper() else "eller"
                    yield RuleFinding(
                        index,
                        match.start(),
                        match.end(),
                        f"Skriv inte ”{match.group(0)}”. Oftast räcker ”eller”; om båda kan gälla, "
                        "skriv ”A, B eller båda”.",
                        suggestion,
                        # "och/eller" and "eller/och" mean the same: "eller" (inclusive in Swedish) says it.
                        replacements=(suggestion,),
                    )
            for match in RESP.finditer(text):
                yield RuleFinding(
                    index,
                    match.start(),
                    match.end(),
                    "”resp.” är lätt att läsa fel. Skriv ut vad som gäller för var och en, "
                    "till exempel ”200 kronor för barn och 300 kronor för vuxna”.",
                )
