"""Chains of action nouns (*utvärderingen av genomförandet av satsningen*): the ``noun-chain`` sub-check
of ``nominalization``; and verbal nouns in -ande with their object after *av* (*ett beviljande av bygglov*), its
``verbal-noun`` sub-check (at the end of this module).

Myndigheternas skrivregler call a string of nouns joined by *av* and *för* the clearest sign of nominal
style: each noun hides a verb, and the reader must unpack who does what to whom. One action noun with
its object (*handläggningen av ansökan*) is ordinary Swedish, so a chain counts only from three nouns,
the first two of them action nouns (-ning, -ering, -ande; not qualities in -het or -else, whose chains,
*verksamhet av betydelse för*, read well), linked by *av* or *för* (the second link may also be *om*),
with only articles, adjectives and numbers between.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from klarlint.analysis import BlockAnalysis, Token
from klarlint.titles import in_cited_title

ACTION_ENDINGS = ("ning", "ering", "ande")
# Nouns with those endings that name a thing, a body or a person, not an action (also as the last part of a
# compound: "bostadsrättsförening"). Read on ../shared/corpus: "ordförande för beredningen för
# socialpolitik", "anläggningar för återvinning av avloppsvatten", "revideringen av förordningen om".
NOT_ACTIONS = (
    "förordning", "anläggning", "ledning", "regering", "förvaltning", "avdelning", "förening", "tidning",
    "ordning", "byggning", "ordförande", "sökande", "studerande", "boende", "resande", "gående",
)  # fmt: skip
# … but a particle + *ledning* is leading something elsewhere, an act (*Omledning sker via Järnvägsgatan*: the water
# re-test s50, missed), not a pipe or a board.
PARTICLE_ACTIONS = ("omledning", "avledning")
FIRST_LINKS = frozenset({"av", "för"})
LATER_LINKS = frozenset({"av", "för", "om"})
BETWEEN_POS = frozenset({"DET", "ADJ", "NUM"})
MIN_ACTION_NOUN_CHARS = 7  # "ting", "ande", "ring" are no action nouns
MIN_NOUNS = 3


def noun_chains(block: BlockAnalysis) -> Iterator[list[Token]]:
    """The chains in ``block``, each as its nouns in order; chains do not overlap."""
    tokens = block.tokens
    index = 0
    while index < len(tokens):
        chain = _chain_from(tokens, index)
        if len(chain) >= MIN_NOUNS:
            yield chain
            index = chain[-1].i + 1
        else:
            index += 1


def _chain_from(tokens: list[Token], index: int) -> list[Token]:
    first = tokens[index]
    if not is_action_noun(first):
        return []
    chain = [first]
    while True:
        links = FIRST_LINKS if len(chain) == 1 else LATER_LINKS
        following = _next_noun(tokens, chain[-1].i + 1, links)
        if following is None:
            return chain
        chain.append(following)
        if not is_action_noun(following):  # an ordinary noun ends the chain: nothing hangs on it
            return chain


def _next_noun(tokens: list[Token], index: int, links: frozenset[str]) -> Token | None:
    """The noun after a link word at ``index``, with only modifiers between; None if there is none."""
    if index >= len(tokens) or tokens[index].lower not in links:
        return None
    for token in tokens[index + 1 : index + 5]:
        if token.pos in ("NOUN", "PROPN"):
            return token
        if token.pos not in BETWEEN_POS:
            return None
    return None


def is_action_noun(token: Token) -> bool:
    """An action noun by its ending (*utvärdering*, *genomförande*), not a thing or a body (*förordning*, *ledning*)."""
    if token.pos != "NOUN":
        return False  # first: asked of every word of every paragraph
    lemma = token.lemma.lower()
    if len(lemma) < MIN_ACTION_NOUN_CHARS or not lemma.endswith(ACTION_ENDINGS):
        return False
    return not lemma.endswith(NOT_ACTIONS) or lemma.endswith(PARTICLE_ACTIONS)


def verb_for(noun: Token) -> str | None:
    """The verb an action noun comes from, where its ending says it for certain (*utvärdering* → *utvärdera*,
    *genomförande* → *genomföra*); None where it does not (*samordning* is *samordna*, *handläggning*
    *handlägga*: the ending alone cannot tell)."""
    lemma = noun.lemma.lower()
    if lemma.endswith("ering"):
        return lemma[: -len("ing")] + "a"
    if lemma.endswith("ande"):
        return lemma[: -len("nde")]
    return None


# --- verbal nouns in -ande with an object after *av*: the ``verbal-noun`` sub-check ------------------------------
#
# *förutsättningar för ett beviljande av bygglov*, *Beslut om borttagande av inlägg*: the verb's -ande form as a
# noun, with its object after *av*, where *att bevilja bygglov* says it with the verb (issue 13; a writer's
# re-tester, session 45). Narrow on purpose, read on ../shared/corpus: the definite form is an established noun
# (*genomförandet av strategin*, 25 times on regeringen.se, ordinary prose there); an adjective on it (*ett effektivare
# genomförande av*) would be lost by the verb; after *och*, *samt* or a comma it is one item of a list of nouns
# (*utbetalning av EU-stöd och bekämpande av djursjukdomar*) that a verb would break; after other words it is a
# legal term or a verb's object (*kriminalisera förnekande av folkmord*, *öka återtagande av brottsvinster*). So only
# the indefinite form right after *ett* or after a preposition that takes *att* + verb instead (*för att bevilja*,
# *om att ta bort*, *genom att inrätta*); not *vid* (*vid att utföra* is no Swedish), not *med* or *under* (*med
# beaktande av*, a fixed preposition).
VERBAL_NOUN_PREPOSITIONS = frozenset({"för", "om", "genom", "på"})
VERBAL_NOUN_ARTICLES = frozenset({"ett"})
VERBAL_NOUN_POS = frozenset({"NOUN", "ADJ"})  # the tagger calls *vid beviljande av*, *om inrättande av* adjectives
# -ande words that name a statement or a document (*ett uttalande av ministern*: *av* gives the speaker), a state or
# a relation (*beroende av*, *bestående av*), or the doing of an intransitive verb (*deltagande*, *agerande*), and
# legal terms a verb would not replace (*omhändertagande* under LVU, *utlämnande av allmän handling*), and events;
# compounds too (*pressuttalande*, *delbetänkande*).
NOT_VERBAL_NOUNS = (
    "uttalande", "anförande", "yttrande", "betänkande", "meddelande", "utlåtande", "överklagande", "åtagande",
    "ställningstagande", "förtydligande", "förfarande", "avgörande", "antagande", "förhållande", "föreläggande",
    "yrkande", "beroende", "bestående", "utseende", "inflytande", "anseende", "deltagande", "agerande",
    "uppträdande", "framträdande", "handlande", "beteende", "medverkande", "välkomnande", "omhändertagande",
    "utlämnande", "mottagande", "förordnande", "gällande", "innehållande", "avseende",
    # events on a visit's programme (*bland annat ett undertecknande av ett avtal*): the event, not the act
    "undertecknande", "firande",
)  # fmt: skip
# *lagen om mottagande av vissa nyanlända*, *reglerna om erkännande av äktenskap*: a statute's name or its subject
RULE_NOUNS = ("lag", "lagen", "förordning", "förordningen", "regler", "reglerna", "bestämmelser", "bestämmelserna")

# Verbs whose -ande form keeps an old long stem (*borttagande* ← *ta bort*) and the particles modern Swedish writes
# apart from them (*ta bort*, *ta fram*; but *återta*, *överta*, *avge* as one word)
LONG_STEMS = {"taga": "ta", "giva": "ge", "draga": "dra"}
SEPARATE_PARTICLES = frozenset({"bort", "fram", "tillvara", "tillbaka", "hem", "ut", "undan"})
VERBAL_NOUN_OBJECT_WINDOW = 4  # words after *av* to the object's noun, articles and adjectives between


class VerbalNoun(NamedTuple):
    first: Token  # the noun, or its article *ett*
    noun: Token
    link: Token  # *av*
    obj: Token | None  # the object's noun where the phrase up to it is simple (*bygglov*), else None
    verb: str  # *bevilja*, *ta bort*


def verbal_nouns(block: BlockAnalysis, skip: frozenset[int] = frozenset()) -> Iterator[VerbalNoun]:
    """The block's -ande nouns with an object after *av* (see above); none at token indexes in ``skip`` (a noun
    chain's nouns, which the chain's finding already covers)."""
    tokens = block.tokens
    for index, token in enumerate(tokens):
        if token.pos not in VERBAL_NOUN_POS or index in skip or not _verbal_form(token.lower):
            continue
        found = _verbal_noun_at(block, token)
        if found is not None:
            yield found


def _verbal_form(word: str) -> bool:
    """An indefinite singular -ande (or -ende after a vowel: *tillgodoseende*) of a verb, not a listed noun."""
    if len(word) < MIN_ACTION_NOUN_CHARS or word.endswith(NOT_VERBAL_NOUNS) or word.endswith(NOT_ACTIONS):
        return False
    return word.endswith("ande") or word.endswith("ende") and word[-5:-4] in "eoå"


def _verbal_noun_at(block: BlockAnalysis, noun: Token) -> VerbalNoun | None:
    before = block.words_before(noun.i, 3)
    after = block.words_after(noun.i, 1 + VERBAL_NOUN_OBJECT_WINDOW)
    if not before or not after or after[0].lower != "av" or noun.text[:1].isupper() and before[-1].pos != "PUNCT":
        return None  # *av* first; and not a capitalised word inside a sentence (a name, a title)
    first = before[-1] if before[-1].lower in VERBAL_NOUN_ARTICLES else noun
    if first is noun and (not _opens(before) or in_cited_title(block, noun.start, noun.end)):
        return None
    has_object, obj = _object(after[1:])
    if not has_object:
        return None  # *beroende av att …*: no noun to be the verb's object
    return VerbalNoun(first, noun, after[0], obj, verb_of_verbal_noun(noun.lower))


def _opens(before: list[Token]) -> bool:
    """A preposition that takes *att* + verb before the noun, not the subject of a statute (*lagen om mottagande*)."""
    if before[-1].lower not in VERBAL_NOUN_PREPOSITIONS:
        return False
    return not (before[-1].lower == "om" and len(before) > 1 and before[-2].lower in RULE_NOUNS)


def _object(words: list[Token]) -> tuple[bool, Token | None]:
    """Whether a noun follows *av* with only articles, adjectives and numbers between, and that noun where the phrase
    ends with it (*bygglov*, *en arbetsgrupp*; not a genitive or a name: *Europaparlamentets och rådets förordning*)."""
    for position, word in enumerate(words):
        if word.pos in ("NOUN", "PROPN"):
            following = words[position + 1] if position + 1 < len(words) else None
            genitive = word.feature("Case") == "Gen" or following is not None and following.pos in ("NOUN", "PROPN")
            return True, (None if genitive or word.pos == "PROPN" else word)
        if word.pos not in BETWEEN_POS:
            return False, None
    return False, None


def verb_of_verbal_noun(word: str) -> str:
    """The verb of an -ande or -ende noun by its form (the lemma may be either): *beviljande* → *bevilja*,
    *tillgodoseende* → *tillgodose*, *borttagande* → *ta bort*, *återtagande* → *återta*."""
    stem = word[: -len("nde")] if word.endswith("ande") else word[: -len("ende")]
    for long, short in LONG_STEMS.items():
        if stem.endswith(long):
            prefix = stem[: -len(long)]
            return f"{short} {prefix}" if prefix in SEPARATE_PARTICLES else prefix + short
    return stem
