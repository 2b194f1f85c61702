"""``passive-voice``: s-passive and bli-passive verbs that hide who acts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Token
from klarlint.grammar import Passive, find_passives
from klarlint.nlp.morphology import VOWELS, passive_infinitive
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

CHAIN_WORDS = frozenset({"att", "inte", "ej", "aldrig"})
AUXILIARY_LEMMAS = frozenset({"ska", "skola", "kunna", "måste", "böra", "få", "komma", "vilja", "behöva", "ha"})
CLAUSE_BOUNDARY_POS = frozenset({"PUNCT", "CCONJ", "SCONJ"})
CLAUSE_OPENERS = frozenset({"som", "då", "när", "där", "vilket", "vilka"})
CLAUSE_WINDOW = 8
WEAK_PAST_ENDINGS = ("ades", "ddes", "des", "tes")  # no present s-passive ends like this
PARTICLES = frozenset(
    {"i", "in", "ut", "upp", "ner", "ned", "fram", "bort", "av", "på", "till", "tillbaka", "om", "undan"}
)


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
            "Verb som ”finns”, ”hoppas”, ”lyckas” och ”trivs” är inte passiva, och regeln markerar dem inte."
        ),
        example_before="Din ansökan har behandlats och beslut fattades av nämnden den 3 maj.",
        example_after="Nämnden har behandlat din ansökan och beslutade den 3 maj.",
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
    helpers = _verb_chain(block, verb)
    particles = _particles(block, verb)
    auxiliaries = [t for t in helpers if t.lower not in CHAIN_WORDS]
    words = [actor, *(t.text for t in helpers), active_form(verb, auxiliaries), *particles]
    return f"Skriv aktivt, t.ex. ”{' '.join(words)} …”"


def _particles(block: BlockAnalysis, verb: Token) -> list[str]:
    """Verb particles (*fyllas i, skickas in*): the parse's ``compound:prt``, or a bare particle right after the verb.

    The parser often attaches a stranded *i* or *in* as a preposition; without
    children of its own it cannot be one.
    """
    particles = [t.text for t in block.children(verb) if t.dep == "compound:prt"]
    following = block.tokens[verb.i + 1] if verb.i + 1 < len(block.tokens) else None
    if (
        not particles
        and following is not None
        and following.lower in PARTICLES
        and not block.children(following)
        and (following.head == verb.i or _ends_phrase(block, following.i + 1))
    ):
        particles.append(following.text)
    return particles


def _ends_phrase(block: BlockAnalysis, index: int) -> bool:
    return index >= len(block.tokens) or block.tokens[index].pos in {"ADP", "PUNCT", "CCONJ"}


def _verb_chain(block: BlockAnalysis, verb: Token) -> list[Token]:
    """Auxiliaries before the verb, with *att* and a negation between them (*kommer att*, *kan inte*).

    The parse's ``aux`` children are used when there are any. In long sentences
    the parser often loses them, so otherwise the nearest auxiliary earlier in
    the same clause is taken (*ska blanketten … fyllas i*).
    """
    auxiliaries = [t for t in block.children(verb) if t.dep == "aux" and t.i < verb.i]
    if auxiliaries:
        between = block.tokens[auxiliaries[0].i : verb.i]
        return [t for t in between if t.dep == "aux" or t.lower in CHAIN_WORDS and t.head in (verb.i, *auxiliaries)]
    return _nearest_auxiliaries(block, verb)


def _nearest_auxiliaries(block: BlockAnalysis, verb: Token) -> list[Token]:
    chain: list[Token] = []
    for token in reversed(block.tokens[max(0, verb.i - CLAUSE_WINDOW) : verb.i]):
        if token.pos in CLAUSE_BOUNDARY_POS or token.lower in CLAUSE_OPENERS:
            break
        if _is_auxiliary(token) or token.lower in CHAIN_WORDS:
            chain.insert(0, token)
        elif any(_is_auxiliary(t) for t in chain):
            break
        else:
            chain = []  # words between the auxiliary and the verb (an inverted subject) are skipped
    while chain and not _is_auxiliary(chain[0]):
        chain.pop(0)
    return chain


def _is_auxiliary(token: Token) -> bool:
    return token.lemma.lower() in AUXILIARY_LEMMAS and token.pos in {"AUX", "VERB"}


def active_form(verb: Token, auxiliaries: Sequence[Token] = ()) -> str:
    """The active form of an s-passive verb in its verb chain.

    The form follows from the auxiliary when there is one (*har behandlats → har
    behandlat*, *kan överklagas → kan överklaga*). Otherwise a form built on the
    infinitive's stem is present (*skickas → skickar, anges → anger, begärs →
    begär, förläggs → förlägger*) and any other form is past or supine and drops
    the -s (*fattades → fattade, erhölls → erhöll, gjorts → gjort*). The tagger's
    tense is the fallback when the lemma is not a usable infinitive; its VerbForm
    is not trusted (it often calls a finite *debiteras* an infinitive).
    """
    text, lower, lemma = verb.text, verb.lower, verb.lemma.lower()
    if auxiliaries:
        return text[:-1] if auxiliaries[-1].lemma.lower() == "ha" else _infinitive(verb)
    if lower.endswith("ts") and verb.feature("VerbForm") == "Sup" or lower.endswith(WEAK_PAST_ENDINGS):
        return text[:-1]
    if lemma[-1:] in VOWELS and lemma != lower:
        present = lower in {lemma + "s", lemma[:-1] + "s", lemma[:-1] + "es"}
    else:
        present = verb.feature("Tense") != "Past"
    return _present(text) if present else text[:-1]


def _present(text: str) -> str:
    lower = text.lower()
    if lower.endswith("as"):
        return text[:-2] + "ar"
    if lower[-2:-1] in VOWELS:
        return text[:-1] + "r"
    if lower.endswith("rs"):
        return text[:-1]
    return text[:-1] + "er"


def _infinitive(verb: Token) -> str:
    lemma = verb.lemma.lower()
    if lemma[-1:] in VOWELS and lemma != verb.lower:
        return lemma
    return passive_infinitive(verb.lower, [], [])


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
