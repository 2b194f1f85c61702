"""``passive-voice``: s-passive and bli-passive verbs that hide who acts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Token
from klarlint.grammar import Passive, find_passives
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity


class PassiveVoice:
    info = RuleInfo(
        id="passive-voice",
        title="Passiv form",
        severity=Severity.WARNING,
        reference=references.SENTENCES,
        explanation=(
            "Passiv form (”ansökan behandlas”, ”beslutet fattades”, ”du blev beviljad”) "
            "döljer vem som gör något. Läsaren vill veta vem som handlar och vem hen ska "
            "vända sig till. Skriv aktivt och låt den som handlar vara subjekt – ofta ”vi” "
            "om myndigheten och ”du” om läsaren. Passiv är ibland rätt, till exempel när "
            "det är ointressant vem som handlar, men ska inte vara förstahandsvalet. "
            "Verb som ”finns”, ”hoppas”, ”lyckas” och ”trivs” är inte passiva och markeras inte."
        ),
        example_before="Din ansökan har behandlats och beslut fattades av nämnden den 3 maj.",
        example_after="Vi har behandlat din ansökan. Nämnden fattade beslut den 3 maj.",
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        for index, _block, block_analysis in analysis.pairs():
            for sentence in block_analysis.sentences:
                for passive in find_passives(block_analysis, sentence):
                    yield _finding(index, block_analysis, passive)


def _finding(index: int, block: BlockAnalysis, passive: Passive) -> RuleFinding:
    text = block.text[passive.start : passive.end]
    kind = "s-passiv" if passive.kind == "s-passive" else "bli-passiv"
    message = f"”{text}” är passiv form ({kind}). Skriv aktivt och säg vem som gör något."
    return RuleFinding(index, passive.start, passive.end, message, _suggestion(block, passive))


def _suggestion(block: BlockAnalysis, passive: Passive) -> str:
    actor = _capitalised(passive.agent) if passive.agent else "Vi"
    if passive.kind == "bli-passive":
        passive_text = block.text[passive.start : passive.end]
        return f"Skriv om med den som handlar som subjekt, t.ex. ”{actor} …” i stället för ”{passive_text}”."
    verb = passive.verb
    auxiliaries = [t.text for t in block.children(verb) if t.dep == "aux" and t.i < verb.i]
    particles = [t.text for t in block.children(verb) if t.dep == "compound:prt"]
    words = [actor, *auxiliaries, active_form(verb), *particles]
    return f"Skriv aktivt, t.ex. ”{' '.join(words)} …”"


def active_form(verb: Token) -> str:
    """The active form of an s-passive verb: skickas → skickar, fattades → fattade."""
    text = verb.text
    if verb.feature("Tense") == "Pres" and verb.feature("VerbForm") == "Fin":
        lower = text.lower()
        if lower.endswith("as"):
            return text[:-2] + "ar"
        if lower.endswith("es"):
            return text[:-2] + "er"
        if lower.endswith("rs"):
            return text[:-1]
        return text[:-1] + "er"
    return text[:-1]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
