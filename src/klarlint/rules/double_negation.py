"""``double-negation``: two negations that the reader must cancel out (*inte ovanligt*, *ingen som inte vet*).

Three shapes. A negator before an adjective negated with *o-* (*inte ovanligt*);
only listed adjectives count, since many words merely begin with *o* (*omfattande,
officiell, ofta*). *Inte utan* (*inte utan risk*). And two negators in one clause
(*ingen kan inte*), including a relative clause on a negated noun (*det finns
inga regler som inte kan ändras*); the clause comes from the parse, so *om du
inte svarar kan vi inte …* (two clauses) is left alone.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Sentence, Token
from klarlint.resources import wordlist_path
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity
from klarlint.rules.quoted import QUOTED_OPTION, quoted_findings

WORDLIST = "negated_adjectives.tsv"
NEGATORS = frozenset({"inte", "ej", "icke"})
CLAUSE_NEGATORS = NEGATORS | frozenset({"aldrig", "ingen", "inget", "inga", "ingenting", "ingendera"})
# Degree words that may stand between the negator and the adjective: "inte helt ovanligt".
DEGREE_WORDS = frozenset(
    {"helt", "alls", "särskilt", "speciellt", "så", "direkt", "alldeles", "heller", "nödvändigtvis", "riktigt", "minst"}
)
ADJECTIVE_ENDINGS = ("", "t", "a", "e", "are", "ast", "aste")
CLAUSE_BREAKS = frozenset({"PUNCT", "SCONJ", "CCONJ"})
VERBAL_POS = frozenset({"VERB", "AUX"})
# Relations that make a word the head of its own clause even without a verb of its own: a copula's predicative
# (*om ni inte är överens*, *regler som inte är tydliga*) heads a subordinate clause, apart from the main verb's.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "csubj", "acl:relcl"})
# Words that open a new clause even when the parser tags them otherwise (*om* as a preposition).
CLAUSE_OPENERS = frozenset({"som", "att", "om", "när", "eftersom", "då", "där", "medan", "innan", "tills", "ifall"})
# *X finns inte utan Y*, *det går inte utan er*: one thing needs the other; no positive says it better.
DEPENDENCY_VERBS = frozenset({"finnas", "gå", "fungera", "klara", "leva", "existera", "överleva", "lyckas"})
OTHER_ONE = ("varandra", "det andra", "den andra", "de andra", "den andre")
# A copula between the negator and the adjective in a subordinate clause's word order: *att det inte är osannolikt*
# (session 48, an agency's re-test: missed while *Det är inte osannolikt* was caught). Kept in the suggestion.
COPULAS = frozenset({"är", "var", "vara", "varit", "blir", "blev", "bli", "blivit"})
# Verbs whose negated *att*-clause with a negation of its own reads as a double negation across the two clauses: *en
# erinran inte innebär att bygglov inte kan beviljas* (session 48, a writer's re-test: missed). Only these: *om du
# inte svarar kan vi inte …* is two conditions, not one negated consequence.
CONSEQUENCE_VERBS = frozenset({"innebära", "betyda"})
# *utesluten* negated says *möjlig* with two negations (*Det är heller inte uteslutet att du kan få stöd*, employment
# re-test s51: missed); not an o-adjective, so not in the list's shape.
EXCLUDED = {"utesluten": "möjlig", "uteslutet": "möjligt", "uteslutna": "möjliga"}
# *kan inte uteslutas* → *kan hända*: the passive of *utesluta* after a negation, with or before its modal.
EXCLUDING_PASSIVES = frozenset({"uteslutas", "uteslutits"})
MODALS = frozenset({"kan", "kunde"})
# A reason denied for a negated act (*ingen anledning att inte*): see _negated_reason.
NO_WORDS = frozenset({"ingen", "inget", "inga"})
REASON_NOUNS = frozenset({"anledning", "anledningar", "skäl", "orsak", "orsaker"})


class DoubleNegation:
    info = RuleInfo(
        id="double-negation",
        title="Dubbel negation",
        severity=Severity.WARNING,
        block_local=True,
        summary=(
            "*inte/ej/icke* + a listed o-adjective (*inte ovanligt → ganska vanligt*, the list's `hedge` column "
            "where the plain word says more; *inte omöjligt → möjligt*; `wordlists/negated_adjectives.tsv`), "
            "also with a copula between them (*att det inte är osannolikt*), *inte utan*, two negations in one clause "
            "(*ingen … inte*, *inga regler som inte*) and a negated *innebära/betyda* whose *att*-clause is negated "
            "(*inte innebär att bygglov inte kan beviljas*), a reason denied for not acting (*ingen anledning att "
            "inte*), *inte uteslutet* (→ *möjligt*) and *kan inte uteslutas* (→ *kan hända*); not two conditions "
            "(*om du inte svarar kan vi inte*); in a quotation information with no "
            "replacement (option `quoted`: info, warning, off)"
        ),
        reference=references.SENTENCES,
        explanation=(
            "En dubbel negation tvingar läsaren att räkna: ”inte ovanligt” betyder ungefär ”ganska "
            "vanligt”, och ”det finns ingen som inte vet” betyder ”alla vet”. Många läser fel, "
            "särskilt den som läser snabbt eller inte har svenska som förstaspråk. Skriv positivt: "
            "säg vad som gäller i stället för vad som inte gäller. Regeln markerar ”inte”, ”ej” "
            "eller ”icke” före ett nekat adjektiv (”ovanlig”, ”oviktig”, ”obetydlig”, ”omöjlig” …). "
            "Den markerar också ”inte utan” och två nekande ord i samma sats (”ingen … inte”, "
            "”inte … inte”)."
        ),
        example_before="Det är inte ovanligt att handläggningen tar tid, och det finns ingen som inte får svar.",
        example_after="Det är ganska vanligt att handläggningen tar tid, men alla får svar.",
        # A speaker's hedge in a press release is the speaker's (*inte helt oproblematiska*, said by a director
        # general): a rewrite would harden it, and only the speaker may change it (round 165, blind: false)
        options={"quoted": "info"},
        option_docs={"quoted": QUOTED_OPTION},
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        return iter(quoted_findings(analysis, self._check(analysis), options))

    def _check(self, analysis: Analysis) -> Iterator[RuleFinding]:
        adjectives = negated_adjectives()
        for index, _block, block_analysis in analysis.indexed_blocks():
            for sentence in block_analysis.sentences:
                taken: set[int] = set()  # negators already part of a finding
                tokens = block_analysis.sentence_tokens(sentence)
                for token in tokens:
                    if token.lower not in NEGATORS or token.i in taken:
                        continue
                    found = _negated_adjective(index, block_analysis, sentence, token, adjectives)
                    found = found or _inte_utan(index, block_analysis, sentence, token)
                    found = found or _not_excluded(index, block_analysis, sentence, token)
                    if found is not None:
                        taken.add(token.i)
                        yield found
                for first, second, where in _clause_pairs(block_analysis, tokens):
                    if first.i not in taken and second.i not in taken:
                        taken.update((first.i, second.i))
                        yield RuleFinding(
                            index,
                            first.start,
                            second.end,
                            f"”{first.text} … {second.text}”{where} är en dubbel negation. Skriv meningen positivt.",
                        )


def _negated_adjective(
    index: int, block: BlockAnalysis, sentence: Sentence, negator: Token, adjectives: Mapping[str, str]
) -> RuleFinding | None:
    copula: Token | None = None
    for token in block.tokens[negator.i + 1 : min(negator.i + 5, sentence.end)]:
        positive = _positive(token.lower, adjectives)
        if positive is not None:
            hedge = hedges().get(_lemma(token.lower, adjectives) or "", "")
            return _adjective_finding(index, block, negator, token, copula, positive, hedge)
        if copula is None and token.i == negator.i + 1 and token.lower in COPULAS and token.pos in VERBAL_POS:
            copula = token
        elif token.lower not in DEGREE_WORDS:
            return None
    return None


def _adjective_finding(
    index: int, block: BlockAnalysis, negator: Token, token: Token, copula: Token | None, positive: str, hedge: str
) -> RuleFinding:
    """The finding on *inte ovanligt*: the positive form, after the list's hedge where the positive alone says more
    (*inte är osannolikt* → *är ganska sannolikt*; session 48, a verifier: *är sannolikt* strengthened the hedge)."""
    said = f"{hedge} {positive}" if hedge else positive
    if negator.text[0].isupper():
        said = said[0].upper() + said[1:]
    span = block.text[negator.start : token.end]
    if hedge:
        message = f"Skriv positivt: ”{said}” (eller ”{positive}” om det är det du menar)."
    else:
        message = f"Skriv positivt: ”{said}” (eller till exempel ”ganska {positive}”)."
    suggestion = said if copula is None else f"{copula.text} {said}"
    return RuleFinding(index, negator.start, token.end, f"”{span}” är en dubbel negation. {message}", suggestion)


def _positive(word: str, adjectives: Mapping[str, str]) -> str | None:
    """The positive form of a listed o-adjective in any inflection (*ovanligt* → *vanligt*, *onödigt* →
    *nödvändigt*), or of *utesluten* (*inte uteslutet* → *möjligt*), else None."""
    if word in EXCLUDED:
        return EXCLUDED[word]
    found = _lemma_and_ending(word, adjectives)
    if found is None:
        return None
    lemma, ending = found
    listed = adjectives[lemma]
    if not listed:
        return word[1:]
    # the listed word takes the ending too (*nödvändigt*), but not a participle (*betydande*) or an adverb (*ofta*)
    return listed if listed.endswith(("ande", "ende", "a")) else listed + ending


def _lemma(word: str, adjectives: Mapping[str, str]) -> str | None:
    found = _lemma_and_ending(word, adjectives)
    return None if found is None else found[0]


def _lemma_and_ending(word: str, adjectives: Mapping[str, str]) -> tuple[str, str] | None:
    """The listed o-adjective ``word`` inflects and the ending it adds (*oväntat* → *oväntad*, ''), else None."""
    if not word.startswith("o"):
        return None
    for ending in ADJECTIVE_ENDINGS:
        stem = word[: len(word) - len(ending)] if ending else word
        if ending and not word.endswith(ending):
            continue
        for lemma in (stem, stem[:-1] + "d" if stem.endswith("t") else None):
            if lemma in adjectives:
                return lemma, ending
    return None


def _not_excluded(index: int, block: BlockAnalysis, sentence: Sentence, negator: Token) -> RuleFinding | None:
    """*Det kan inte uteslutas att …* → *Det kan hända att …*; *att det inte kan uteslutas* → *kan hända*."""
    after = [t for t in block.words_after(negator.i, 2) if t.i < sentence.end]
    modal = after[0] if after and after[0].lower in MODALS else None
    passive = after[1 if modal else 0] if len(after) > (1 if modal else 0) else None
    if passive is None or passive.lower not in EXCLUDING_PASSIVES:
        return None
    said = f"{modal.text} hända" if modal else "hända"
    span = block.text[negator.start : passive.end]
    return RuleFinding(
        index,
        negator.start,
        passive.end,
        f"”{span}” är en dubbel negation. Skriv positivt: ”{said}” (”Det kan hända att …”) eller ”är möjligt”.",
        said,
    )


def _inte_utan(index: int, block: BlockAnalysis, sentence: Sentence, negator: Token) -> RuleFinding | None:
    """*Inte utan* (*inte utan risk*), but not the idiom *inte utan vidare* (not just like that)."""
    if negator.i + 1 >= sentence.end:
        return None
    utan = block.tokens[negator.i + 1]
    after = block.tokens[utan.i + 1] if utan.i + 1 < sentence.end else None
    if utan.lower != "utan" or utan.pos == "CCONJ" or after is None or after.lower == "vidare":
        return None
    if _states_a_dependency(block, negator, utan):
        return None  # *det ena finns inte utan det andra*: a condition, not a softened positive
    return RuleFinding(
        index,
        negator.start,
        utan.end,
        f"”{negator.text} utan” är en dubbel negation. Skriv positivt, till exempel med ”med”.",
    )


def _states_a_dependency(block: BlockAnalysis, negator: Token, utan: Token) -> bool:
    verb = _clause_verb(block, negator)
    after = block.text[utan.end : utan.end + 20].lower().lstrip()
    return verb.lemma.lower() in DEPENDENCY_VERBS or after.startswith(OTHER_ONE)


def _clause_pairs(block: BlockAnalysis, tokens: list[Token]) -> Iterator[tuple[Token, Token, str]]:
    """Pairs of negators that cancel out, with where the second stands for the message."""
    negators = [t for t in tokens if t.lower in CLAUSE_NEGATORS]
    for position, first in enumerate(negators):
        for second in negators[position + 1 :]:
            if _same_clause(block, first, second) or _negated_relative(block, first, second):
                yield first, second, " i samma sats"
                break
            if _negated_consequence(block, first, second) or _negated_reason(block, first, second):
                yield first, second, ""
                break


def _negated_consequence(block: BlockAnalysis, first: Token, second: Token) -> bool:
    """*en erinran inte innebär att bygglov inte kan beviljas*: *innebära/betyda* negated, and a negation in the
    *att*-clause it governs (see CONSEQUENCE_VERBS)."""
    verb = _clause_verb(block, first)
    if verb.lemma.lower() not in CONSEQUENCE_VERBS or first.head != verb.i:
        return False
    clause = _clause_verb(block, second)
    marked = any(child.lower == "att" for child in block.children(clause))
    return clause.dep == "ccomp" and clause.head == verb.i and second.head == clause.i and marked


def _negated_reason(block: BlockAnalysis, first: Token, second: Token) -> bool:
    """*ingen anledning att inte söka*, *inget skäl till att inte svara*: a reason denied for not doing something,
    which means *all anledning att söka* (a re-test's leftover in session 50: missed). Read
    word by word: the parse hangs the infinitive's *inte* on its own verb, a clause apart from *ingen*'s."""
    if first.lower not in NO_WORDS:
        return False
    words = [t.lower for t in block.words_after(first.i, second.i - first.i - 1)]
    return len(words) >= 2 and words[0] in REASON_NOUNS and words[1:] in (["att"], ["till", "att"])


def _same_clause(block: BlockAnalysis, first: Token, second: Token) -> bool:
    between = block.tokens[first.i + 1 : second.i]
    if any(t.pos in CLAUSE_BREAKS or t.lower in CLAUSE_OPENERS for t in between):
        return False
    return _clause_verb(block, first) is _clause_verb(block, second)


def _negated_relative(block: BlockAnalysis, first: Token, second: Token) -> bool:
    """*Ingen som inte …*, *inga regler som inte …*: the second negator's clause describes the first."""
    if first.lower not in CLAUSE_NEGATORS - NEGATORS:
        return False
    verb = _clause_verb(block, second)
    if verb.dep != "acl:relcl" or verb.head == verb.i:
        return False
    antecedent = block.tokens[verb.head]
    relativiser = block.token_after(antecedent)
    describes_first = antecedent is first or first.head == antecedent.i
    return describes_first and relativiser is not None and relativiser.lower == "som"


def _clause_verb(block: BlockAnalysis, token: Token) -> Token:
    """The head of the token's clause: the nearest verb up the dependency tree, a clause's predicative head
    (*om ni inte är överens*: the *om*-clause hangs on *överens*, not on a verb), or the root."""
    current = token
    for _ in range(len(block.tokens)):
        if current is not token and (current.pos in VERBAL_POS or current.dep in CLAUSE_DEPS):
            return current
        if current.head == current.i:
            return current
        current = block.tokens[current.head]
    return current


@cache
def negated_adjectives() -> dict[str, str]:
    """o-adjective → positive form ('' means the word without o-); read once per process."""
    return {word: positive for word, positive, _ in _rows()}


@cache
def hedges() -> dict[str, str]:
    """o-adjective → the degree word its positive form takes in the suggestion (*ganska*), where the list gives one."""
    return {word: hedge for word, _, hedge in _rows() if hedge}


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    rows = []
    with wordlist_path(WORDLIST).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].strip() or row[0].startswith("#") or row[0] == "adjective":
                continue
            cells = [cell.strip() for cell in row] + ["", ""]
            rows.append((cells[0].lower(), cells[1], cells[2]))
    return tuple(rows)
