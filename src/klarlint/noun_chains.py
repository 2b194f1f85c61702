"""Chains of action nouns (*utvärderingen av genomförandet av satsningen*): the ``noun-chain`` sub-check
of ``nominalization``.

Myndigheternas skrivregler call a string of nouns joined by *av* and *för* the clearest sign of nominal
style: each noun hides a verb, and the reader must unpack who does what to whom. One action noun with
its object (*handläggningen av ansökan*) is ordinary Swedish, so a chain counts only from three nouns,
the first two of them action nouns (-ning, -ering, -ande; not qualities in -het or -else, whose chains,
*verksamhet av betydelse för*, read well), linked by *av* or *för* (the second link may also be *om*),
with only articles, adjectives and numbers between.
"""

from __future__ import annotations

from collections.abc import Iterator

from klarlint.analysis import BlockAnalysis, Token

ACTION_ENDINGS = ("ning", "ering", "ande")
# Nouns with those endings that name a thing, a body or a person, not an action (also as the last part of a
# compound: "bostadsrättsförening"). Read on ../shared/corpus: "ordförande för beredningen för
# socialpolitik", "anläggningar för återvinning av avloppsvatten", "revideringen av förordningen om".
NOT_ACTIONS = (
    "förordning", "anläggning", "ledning", "regering", "förvaltning", "avdelning", "förening", "tidning",
    "ordning", "byggning", "ordförande", "sökande", "studerande", "boende", "resande", "gående",
)  # fmt: skip
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
    return len(lemma) >= MIN_ACTION_NOUN_CHARS and lemma.endswith(ACTION_ENDINGS) and not lemma.endswith(NOT_ACTIONS)


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
