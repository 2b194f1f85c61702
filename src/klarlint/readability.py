"""Swedish readability measures computed from an :class:`~klarlint.analysis.Analysis`.

Pure functions over the analysis, shared by rules (``nominalization``) and the
statistics in reports, so a number means the same thing wherever it is shown.
"""

from __future__ import annotations

from klarlint.analysis import Analysis, Token

# SUC part-of-speech tags (the first field of Token.tag) of the classic measure.
_NOMINAL_TAGS = frozenset({"NN", "PP", "PC"})  # nouns, prepositions, participles
_VERBAL_TAGS = frozenset({"PN", "HP", "PS", "AB", "HA", "VB"})  # pronouns, adverbs, verbs
# Universal POS fallback for a backend without SUC tags; participles then come from VerbForm=Part.
_NOMINAL_UPOS = frozenset({"NOUN", "ADP"})
_VERBAL_UPOS = frozenset({"PRON", "ADV", "VERB", "AUX"})


def _nominal_class(token: Token) -> int:
    """+1 for a nominal word, -1 for a verbal word, 0 for neither."""
    suc = token.tag.split("|", 1)[0]
    if suc in _NOMINAL_TAGS:
        return 1
    if suc in _VERBAL_TAGS:
        return -1
    if suc:
        return 0  # a SUC tag of another class (adjective, determiner, conjunction, proper noun …)
    if token.feature("VerbForm") == "Part" or token.pos in _NOMINAL_UPOS:
        return 1
    return -1 if token.pos in _VERBAL_UPOS else 0


def nominal_ratio(analysis: Analysis) -> float:
    """Nominalkvot: (nouns + prepositions + participles) / (pronouns + adverbs + verbs).

    The classic Swedish measure of nominal style (Hultman & Westman 1977): a text
    heavy with nouns reads as abstract and dense, one with many verbs and pronouns
    as concrete and spoken. Everyday prose lies around 1.0, news text near 1.3,
    official and academic text often above 1.5. Participles count as nominal and
    not as verbs, following the original definition; interrogative and possessive
    pronouns count as pronouns and interrogative adverbs as adverbs.

    Returns 0.0 when there are no verbal words at all (nothing to measure).
    """
    nominal = verbal = 0
    for block in analysis.blocks:
        for token in block.tokens:
            kind = _nominal_class(token)
            if kind > 0:
                nominal += 1
            elif kind < 0:
                verbal += 1
    return nominal / verbal if verbal else 0.0
