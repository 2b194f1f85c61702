"""``relative-vilken``: relative *vilken/vilket/vilka* where the plain *som* works.

Only the relative pronoun with a noun antecedent is flagged. *Vilket* that sums
up a whole clause (*…, vilket innebär att …*) has no *som* replacement, and the
interrogative *vilken* (questions, *vilka regler gäller*, *avgör vilka som …*)
is another word altogether, so precision rests on telling these apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Sentence, Token
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

RELATIVES = frozenset({"vilken", "vilket", "vilka"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# Verbs whose object may be followed by an indirect question: "vi frågade handläggaren vilken hon valde".
QUESTION_VERBS = frozenset(
    {"fråga", "undra", "veta", "avgöra", "bestämma", "berätta", "visa", "ange", "förklara", "upplysa", "meddela"}
)


class RelativeVilken:
    info = RuleInfo(
        id="relative-vilken",
        title="Vilken som relativt pronomen",
        severity=Severity.INFO,
        block_local=True,
        summary=(
            "relative *vilken/vilket/vilka* after a noun (or *vilken* after the verb that ends its noun's clause: *En "
            "kontroll kommer att göras, vilken debiteras*), suggests *som*; not *…, vilket innebär att* (refers to a "
            "clause), questions, *vilka regler*, *Ange vilka veckor*, *vilka som*, *på vilken*, *i vilket fall*; "
            "*vilken/vilka* past a nearer noun it does not agree with, on the noun that noun's phrase belongs to (*den "
            "kartläggning av dina studier vilken genomfördes*): advice to move the clause, no replacement; two nouns "
            "it agrees with leave it alone only after a comma (*en tvättstuga i fastigheten vilken* → *som*), but "
            "after a phrase on the verb whose subject agrees too (*en idrottshall ska uppföras i anslutning till "
            "skolan, vilken*) get advice naming both"
        ),
        reference=references.WORDS,
        explanation=(
            "”Vilken”, ”vilket” och ”vilka” som relativa pronomen (”handlingarna, vilka ska "
            "bifogas”) hör till skriftspråket och gör texten stel. ”Som” fungerar nästan alltid och "
            "är det vanliga ordet. Regeln markerar inte ”vilket” som syftar på en hel sats (”…, "
            "vilket innebär att du får pengar”), där ”som” inte går. Den markerar inte heller frågor "
            "(”Vilken blankett ska jag använda?”), ”vilken” efter preposition (”den dag på vilken”) "
            "eller uttryck som ”i vilket fall”."
        ),
        example_before="Vi har två handläggare, vilka arbetar med bygglov.",
        example_after="Vi har två handläggare som arbetar med bygglov.",
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        for index, _block, block_analysis in analysis.indexed_blocks():
            for sentence in block_analysis.sentences:
                if _is_question(block_analysis, sentence):
                    continue
                for token in block_analysis.sentence_tokens(sentence):
                    if token.lower not in RELATIVES:
                        continue
                    if (pair := _subject_and_nearer(block_analysis, sentence, token)) is not None:
                        yield RuleFinding(
                            index,
                            token.start,
                            token.end,
                            f"”{token.text}” kan syfta på både ”{pair[0].text}” och ”{pair[1].text}”. Skriv ”som” "
                            "direkt efter det ord du menar, eller dela meningen: ”som” här skulle syfta på "
                            f"”{pair[1].text}”.",
                        )
                    elif _is_relative_with_noun_antecedent(block_analysis, sentence, token):
                        suggestion = "Som" if token.text[0].isupper() else "som"
                        yield RuleFinding(
                            index,
                            token.start,
                            token.end,
                            f"Skriv hellre ”som” än ”{token.text}” när ordet syftar på ett substantiv.",
                            suggestion,
                        )
                    elif (noun := _past_the_nearer_noun(block_analysis, sentence, token)) is not None:
                        yield RuleFinding(
                            index,
                            token.start,
                            token.end,
                            f"Skriv hellre ”som” än ”{token.text}”, och sätt bisatsen direkt efter ”{noun.text}”, "
                            "som den syftar på: annars ser det ut som om ”som” syftar på ordet närmast före.",
                        )


def _name(token: Token) -> bool:
    """A name, capitalised (*…, vilken Borås Energi och Miljö är medlem i*, the utility re-test s49: missed, the
    parser hung *Borås* on *vilken*): no determiner's noun, so the relative clause's subject."""
    return token.pos == "PROPN" and token.text[:1].isupper()


def _is_question(block: BlockAnalysis, sentence: Sentence) -> bool:
    return block.text[sentence.char_start : sentence.char_end].rstrip().endswith("?")


def _is_relative_with_noun_antecedent(block: BlockAnalysis, sentence: Sentence, token: Token) -> bool:
    tokens = block.tokens
    following = tokens[token.i + 1] if token.i + 1 < sentence.end else None
    if token.pos == "DET" or token.dep == "det":
        return False  # "vilka regler gäller", "i vilket fall"
    if following is not None and following.lower == "som":
        return False  # indirect question "avgör vilka som ska …"
    if following is not None and following.pos in NOMINAL_POS and following.dep != "nsubj" and not _name(following):
        return False  # a determiner the parser missed: "vilka handlingar du ska skicka"
    if following is not None and _determines(token, following):
        return False  # *Ange vilka veckor …*, parsed as a subject (the preschool re-test s53: *Ange som veckor*)
    previous = _previous(block, sentence, token.i)
    if previous is not None and _moved_after_its_clause(block, sentence, token, previous):
        return True
    if previous is None or previous.pos not in NOMINAL_POS:
        return False  # sentence start, "på vilken", "bestämmer vilken", "och vilket är värre"
    after_comma = tokens[token.i - 1].text == ","
    antecedent = _antecedent(block, token, previous)
    plural = _plural_determiner(block, antecedent) or token.lower == "vilka" and _coordinated(block, antecedent)
    if not _agrees(token, antecedent, plural, _article_gender(block, antecedent)):
        return False
    if antecedent is previous and after_comma and _two_nouns_agree(block, token, previous):
        return False
    phrase = tokens[antecedent.head] if antecedent.dep == "conj" else antecedent  # *grannar och hyresvärd*
    if phrase.dep == "nmod" and phrase.head < phrase.i:
        phrase = tokens[phrase.head]  # *handläggaren i kommunen vilken …*: the object the question verb has
    if phrase.head != phrase.i and tokens[phrase.head].lemma in QUESTION_VERBS:
        return False  # "vi frågade handläggaren vilken hon valde"
    if token.lower == "vilket" and after_comma:
        # ", vilket innebär att …" sums up the clause before; only a relative clause that sits
        # inside its main clause ("Beslutet, vilket fattades i går, gäller …") surely has a noun antecedent.
        return antecedent is previous and (
            antecedent.head > token.i
            and antecedent.dep.startswith("nsubj")
            or _opens_sentence(block, sentence, antecedent)
            and _closed_before_a_verb(block, sentence, token)
        )
    return True


def _determines(token: Token, noun: Token) -> bool:
    """The word opens the indefinite noun right after it, agreeing in number and gender (*vilka veckor*, *vilket
    beslut*): an interrogative determiner, whatever the parse. A relative's own subject after it is a name or definite
    (*en plan, vilken handläggaren följer*)."""
    return noun.pos == "NOUN" and noun.feature("Definite") == "Ind" and _agrees(token, noun)


def _past_the_nearer_noun(block: BlockAnalysis, sentence: Sentence, token: Token) -> Token | None:
    """The noun *vilken* or *vilka* stands for past the nearer noun that does not agree with it, where the nearer
    ends a phrase on it (integration re-test s50: *den kartläggning av dina tidigare studier vilken genomfördes …*
    was missed, *studier* being plural): the relative pronoun, whose form tells which. *som* in its place would seem
    to mean the nearer noun, so the advice moves the clause and no replacement is offered."""
    if token.lower == "vilket" or token.pos == "DET" or token.dep == "det":
        return None  # (*vilket* may sum up the clause)
    following = block.tokens[token.i + 1] if token.i + 1 < sentence.end else None
    if following is None or following.pos not in ("VERB", "AUX") or following.feature("VerbForm") != "Fin":
        return None  # the relative clause's verb right after it: no indirect question's subject (*vilka du …*)
    nearer = _previous(block, sentence, token.i)
    if nearer is None or nearer.pos != "NOUN":
        return None
    head = _phrase_head(block, sentence, nearer)
    if head is None or head.pos != "NOUN" or head.head != head.i and block.tokens[head.head].lemma in QUESTION_VERBS:
        return None
    near = _agrees(token, nearer, _plural_determiner(block, nearer), _article_gender(block, nearer))
    far = _agrees(token, head, _plural_determiner(block, head), _article_gender(block, head))
    # (the head's number marked, not unknown: a name's missing feature passes *vilken* by default)
    return head if far and not near and head.feature("Number") else None


def _subject_and_nearer(block: BlockAnalysis, sentence: Sentence, token: Token) -> tuple[Token, Token] | None:
    """*en idrottshall ska uppföras i anslutning till skolan, vilken även ska kunna nyttjas* (the registry re-test s52:
    *som* was the replacement, and after *skolan* it would mean the school): after a comma, the noun before *vilken*
    or *vilka* ends a prepositional phrase on the verb, and the verb's subject, a noun, agrees too. Either may be
    meant; the pair (subject, nearer). Not *vilket*, which may sum up the clause."""
    if token.lower == "vilket" or token.pos == "DET" or block.tokens[token.i - 1].text != ",":
        return None
    if not _finite_verb_follows(block, sentence, token):
        return None
    nearer = _previous(block, sentence, token.i)
    if nearer is None or nearer.pos != "NOUN" or nearer.dep != "obl" or nearer.head >= nearer.i:
        return None
    prepositions = [c.lower for c in block.children(nearer) if c.dep == "case"]
    if not prepositions or "enligt" in prepositions:
        # a preposition's noun, not a time (*i dag*) the parse made an *obl*; and not a norm cited (*beräknad enligt
        # bruksvärdesprincipen, vilken innebär att …*: what the clause adds is the norm's content, test_rules_s49)
        return None
    verb = block.tokens[nearer.head]
    if verb.pos != "VERB":
        return None  # *är beräknad enligt …*: a state, not an act whose subject the clause may go on with
    subjects = [t for t in block.children(verb) if t.dep in ("nsubj", "nsubj:pass") and t.pos == "NOUN"]
    if len(subjects) != 1 or not subjects[0].feature("Number") or not nearer.feature("Number"):
        return None
    subject = subjects[0]
    near = _agrees(token, nearer, _plural_determiner(block, nearer), _article_gender(block, nearer))
    far = _agrees(token, subject, _plural_determiner(block, subject), _article_gender(block, subject))
    return (subject, nearer) if near and far else None


def _finite_verb_follows(block: BlockAnalysis, sentence: Sentence, token: Token) -> bool:
    """The relative clause's finite verb right after the pronoun, past adverbs (*vilken även ska*)."""
    for t in block.tokens[token.i + 1 : sentence.end]:
        if t.pos == "ADV":
            continue
        return t.pos in ("VERB", "AUX") and t.feature("VerbForm") == "Fin"
    return False


def _phrase_head(block: BlockAnalysis, sentence: Sentence, noun: Token) -> Token | None:
    """The noun whose prepositional phrase ``noun`` ends: its head in the parse (*nmod*), else the noun right before
    the preposition where the parse hung the phrase on the verb (the procurement re-test s52: *fakturor utan
    referenskod, vilka har returnerats* was missed, *referenskod* an *obl* of *fått*)."""
    if noun.dep == "nmod" and noun.head < noun.i:
        return block.tokens[noun.head]
    j = noun.i - 1
    while j > sentence.start and block.tokens[j].pos in PHRASE_OPENING_POS:
        j -= 1  # *utan en giltig referenskod*
    if j <= sentence.start or block.tokens[j].pos != "ADP" or noun.dep != "obl":
        return None
    before = block.tokens[j - 1]
    return before if before.pos == "NOUN" else None


def _two_nouns_agree(block: BlockAnalysis, token: Token, noun: Token) -> bool:
    """The noun before the relative ends a phrase on an earlier noun that agrees with it too: *en uppskattning
    utifrån tidigare förbrukning, vilken korrigeras* may mean either, and *som* right after *förbrukning* would say
    the nearer (the utility re-test s49: debatable, *vilken* meant *uppskattning*). Rewriting is the advice, not
    *som*. Only where that noun is its clause's subject or object, what a relative clause most often adds to: *inom
    ramen för Prisdialogen, vilken …* means the name. Asked only after a comma: without one (*en tvättstuga i
    fastigheten vilken den sökande har tillgång till*, the social re-test s51: missed) *som* in the same place is no
    less clear than *vilken*, both agreeing with either noun."""
    if noun.dep != "nmod" or noun.head >= noun.i:
        return False
    head = block.tokens[noun.head]
    core = head.pos == "NOUN" and head.dep in ANTECEDENT_DEPS
    return core and _agrees(token, head, _plural_determiner(block, head), _article_gender(block, head))


# The nouns a *vilken* after its clause may stand for: the clause's subject or object.
ANTECEDENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj"})


def _moved_after_its_clause(block: BlockAnalysis, sentence: Sentence, token: Token, previous: Token) -> bool:
    """*En uppföljande kontroll kommer att genomföras, vilken kommer att debiteras*: a relative clause after the verb
    that ends its noun's clause. *vilken* cannot sum up a clause (that is *vilket*), so with a finite verb after it,
    and a common-gender singular noun as the clause's subject or object, it is the relative pronoun for that noun
    (session 46, a writer's re-tester: missed)."""
    if token.lower != "vilken" or block.tokens[token.i - 1].text != "," or previous.pos not in ("VERB", "AUX"):
        return False
    following = block.tokens[token.i + 1] if token.i + 1 < sentence.end else None
    if following is None or following.pos not in ("VERB", "AUX") or following.feature("VerbForm") != "Fin":
        return False
    return any(
        t.pos == "NOUN"
        and t.dep in ANTECEDENT_DEPS
        and t.feature("Number") == "Sing"
        and t.feature("Gender") == "Com"
        and block.tokens[t.head].lemma not in QUESTION_VERBS
        for t in block.tokens[sentence.start : previous.i]
    )


def _opens_sentence(block: BlockAnalysis, sentence: Sentence, noun: Token) -> bool:
    """The noun ends the sentence's first noun phrase: "Beslutet", "Det nya beslutet"."""
    return all(t.pos in PHRASE_OPENING_POS for t in block.tokens[sentence.start : noun.i])


def _closed_before_a_verb(block: BlockAnalysis, sentence: Sentence, token: Token) -> bool:
    """A comma later in the sentence is followed by a verb: the clause is inserted (", vilket …, gäller")."""
    tokens = block.tokens
    return any(
        tokens[i].text == "," and tokens[i + 1].pos in ("VERB", "AUX") for i in range(token.i + 1, sentence.end - 1)
    )


def _plural_determiner(block: BlockAnalysis, noun: Token) -> bool:
    """An article, adjective or number marks the noun plural ("De dokument", "två handläggare"), whatever the
    noun's own tag says. A number other than one is plural even where the tagger gives it no Number."""
    return any(
        t.dep in ("det", "amod", "nummod")
        and t.feature("Number") == "Plur"
        or t.dep == "nummod"
        and t.pos == "NUM"
        and t.lower not in SINGULAR_NUMBERS
        for t in block.children(noun)
    )


SINGULAR_NUMBERS = frozenset({"en", "ett", "1"})
ARTICLE_GENDERS = {"en": "Com", "ett": "Neut"}


def _article_gender(block: BlockAnalysis, noun: Token) -> str | None:
    """The gender the indefinite article gives the noun: *en tolk* is common gender even where the tagger calls *tolk*
    neuter (its lemma *tolka*; the county re-test s49: *en tolk, vilken ni själva bekostar* was missed)."""
    genders = {ARTICLE_GENDERS[t.lower] for t in block.children(noun) if t.dep == "det" and t.lower in ARTICLE_GENDERS}
    return genders.pop() if len(genders) == 1 else None


def _coordinated(block: BlockAnalysis, noun: Token) -> bool:
    """The noun is one of two or more joined by *och/eller* (*ordningsstörningar och buller, vilka …*): together they
    are plural, whatever the last one's number (writer7's re-test s46: *buller* is singular and *vilka* was missed)."""
    if noun.dep == "conj" and block.tokens[noun.head].pos in NOMINAL_POS:
        return True
    return any(t.dep == "conj" and t.pos in NOMINAL_POS for t in block.children(noun))


PHRASE_OPENING_POS = frozenset({"DET", "ADJ", "NUM", "PRON"})


def _previous(block: BlockAnalysis, sentence: Sentence, i: int) -> Token | None:
    """The word before token ``i``, skipping one comma."""
    j = i - 1
    if j >= sentence.start and block.tokens[j].text == ",":
        j -= 1
    return block.tokens[j] if j >= sentence.start else None


def _antecedent(block: BlockAnalysis, token: Token, previous: Token) -> Token:
    """The noun the relative clause hangs on in the parse, else the noun right before."""
    verb = block.tokens[token.head]
    if verb.dep == "acl:relcl" and verb.head != verb.i and block.tokens[verb.head].pos in NOMINAL_POS:
        head = block.tokens[verb.head]
        if head.i < token.i:
            return head
    return previous


def _agrees(token: Token, noun: Token, plural_determiner: bool = False, article_gender: str | None = None) -> bool:
    """Vilka takes a plural, vilket a neuter singular, vilken a common-gender singular.

    A missing feature (proper nouns) only passes for vilken/vilka: *vilket* after an
    unmarked noun is too often the clause-summing kind.
    """
    number, gender = noun.feature("Number"), article_gender or noun.feature("Gender")
    if plural_determiner:
        number = "Plur"
    if token.lower == "vilka":
        # An indefinite neuter noun has the same form in the plural ("dokument", "beslut").
        return number in (None, "Plur") or gender == "Neut" and noun.feature("Definite") == "Ind"
    if token.lower == "vilket":
        return number == "Sing" and gender == "Neut"
    return number in (None, "Sing") and gender in (None, "Com")
