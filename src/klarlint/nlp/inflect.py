"""Inflect a replacement to the form of the word it replaces: *erhöll* → *fick*, *erforderliga* → *nödvändiga*.

A word-list rule lists base forms (*erhålla → få*); the text has *erhöll*. The
analysis gives the flagged token's morphology (UD FEATS: ``Tense=Past``,
``VerbForm=Sup``, ``Number=Plur``, ``Definite=Def`` …). This module builds the
replacement's form with those features:

* verbs: a table of irregular verbs (also for compounds: *erbjuda* ends in
  *bjuda*) and the regular conjugations, the conjugation chosen by the forms the
  full-form list knows (*skickade* is listed: first conjugation);
* nouns and adjectives: suffix candidates, kept only when the full-form list
  gives the candidate the replacement's lemma.

Every form is checked against the full-form list. When no form can be chosen
with confidence (a participle, a masculine adjective, an unknown word, two
candidates that both fit) :func:`inflect` returns None: the finding then gives
advice, not a replacement.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the lexicon module imports spaCy: rules load without it (cold start)
    from klarlint.nlp.lemma_lexicon import SortedLexicon

# lemma: (present, past, supine, imperative); compounds use the entry their last part matches.
IRREGULAR_VERBS: dict[str, tuple[str, str, str, str]] = {
    "få": ("får", "fick", "fått", "få"),
    "ge": ("ger", "gav", "gett", "ge"),
    "ta": ("tar", "tog", "tagit", "ta"),
    "gå": ("går", "gick", "gått", "gå"),
    "se": ("ser", "såg", "sett", "se"),
    "göra": ("gör", "gjorde", "gjort", "gör"),
    "vara": ("är", "var", "varit", "var"),
    "ha": ("har", "hade", "haft", "ha"),
    "komma": ("kommer", "kom", "kommit", "kom"),
    "finnas": ("finns", "fanns", "funnits", ""),
    "stå": ("står", "stod", "stått", "stå"),
    "be": ("ber", "bad", "bett", "be"),
    "hålla": ("håller", "höll", "hållit", "håll"),
    "bli": ("blir", "blev", "blivit", "bli"),
    "lägga": ("lägger", "lade", "lagt", "lägg"),
    "säga": ("säger", "sa", "sagt", "säg"),
    "dra": ("drar", "drog", "dragit", "dra"),
    "bära": ("bär", "bar", "burit", "bär"),
    "stödja": ("stöder", "stödde", "stött", "stöd"),
    "sätta": ("sätter", "satte", "satt", "sätt"),
    "skriva": ("skriver", "skrev", "skrivit", "skriv"),
    "bjuda": ("bjuder", "bjöd", "bjudit", "bjud"),
    "leda": ("leder", "ledde", "lett", "led"),
    "ske": ("sker", "skedde", "skett", "ske"),
    "bero": ("beror", "berodde", "berott", "bero"),
    "tåla": ("tål", "tålde", "tålt", "tål"),
    "välja": ("väljer", "valde", "valt", "välj"),
    "veta": ("vet", "visste", "vetat", "vet"),
    "kunna": ("kan", "kunde", "kunnat", ""),
    "låta": ("låter", "lät", "låtit", "låt"),
    "hända": ("händer", "hände", "hänt", ""),
    "använda": ("använder", "använde", "använt", "använd"),
    "känna": ("känner", "kände", "känt", "känn"),
    "följa": ("följer", "följde", "följt", "följ"),
    "böra": ("bör", "borde", "bort", ""),
    "vilja": ("vill", "ville", "velat", ""),
    "ska": ("ska", "skulle", "skolat", ""),
    "drabbas": ("drabbas", "drabbades", "drabbats", ""),
    "ligga": ("ligger", "låg", "legat", "ligg"),
    "njuta": ("njuter", "njöt", "njutit", "njut"),
    "sitta": ("sitter", "satt", "suttit", "sitt"),
    "binda": ("binder", "band", "bundit", "bind"),
    "skjuta": ("skjuter", "sköt", "skjutit", "skjut"),
    "falla": ("faller", "föll", "fallit", "fall"),
    "träda": ("träder", "trädde", "trätt", "träd"),
    "te": ("ter", "tedde", "tett", "te"),
    "gälla": ("gäller", "gällde", "gällt", "gäll"),
    # verbs of the jargon list's suggestions (*slå vakt om*, *bestämma*, *bryta mot*): every suggestion shown in
    # the flagged word's form needs its first verb's forms
    "slå": ("slår", "slog", "slagit", "slå"),
    "bestämma": ("bestämmer", "bestämde", "bestämt", "bestäm"),
    "påminna": ("påminner", "påminde", "påmint", "påminn"),
    "vika": ("viker", "vek", "vikit", "vik"),
    "bryta": ("bryter", "bröt", "brutit", "bryt"),
    "stjäla": ("stjäl", "stal", "stulit", "stjäl"),
    "sälja": ("säljer", "sålde", "sålt", "sälj"),
    "skilja": ("skiljer", "skilde", "skilt", "skilj"),
    "utesluta": ("utesluter", "uteslöt", "uteslutit", "uteslut"),
    "rymma": ("rymmer", "rymde", "rymt", "rymm"),
    "stämma": ("stämmer", "stämde", "stämt", "stäm"),  # *ligger i linje med* → *stämmer med* (the noun hides it)
    # the formal-word list's suggestions (*bedriver* → *driver*, *förekommer* → *finns*)
    "driva": ("driver", "drev", "drivit", "driv"),
    "tala": ("talar", "talade", "talat", "tala"),
    "försvinna": ("försvinner", "försvann", "försvunnit", "försvinn"),  # *förkommit* → *försvunnit* (session 46)
    # *finner Polismyndigheten att* → *kommer Polismyndigheten fram till att* needs *finna*'s forms (session 50)
    "finna": ("finner", "fann", "funnit", "finn"),
}
# Verbs whose s-forms are not passives one would write (*ficks*, *hades*): a passive of these stays advice.
NO_PASSIVE = frozenset({"få", "ha", "vara", "bli", "kunna", "vilja", "ska", "böra", "veta", "hända", "ske", "bero"})
VOICELESS = frozenset("kpstx")
MIN_PREFIX = 2  # a compound's first part (*er|bjuda*) has at least two letters


def inflect(lemma: str, pos: str, morph: Mapping[str, str], lexicon: SortedLexicon) -> str | None:
    """The form of ``lemma`` (a word of class ``pos``) with the features ``morph``; None when not sure."""
    builder = _BUILDERS.get(pos)
    if builder is None:
        return lemma if is_base_form(pos, morph) else None
    lemma = lemma.lower()
    form = builder(lemma, morph, lexicon)
    if form is None and pos in ("NOUN", "ADJ") and lexicon.get(lemma) is None:
        from klarlint.nlp.lemma_lexicon import compound_head

        head = compound_head(lemma, lexicon)  # arbets|möte: the last part inflects
        if head is not None and head[0] == head[1]:
            inflected = builder(head[0], morph, lexicon)
            form = None if inflected is None else lemma[: -len(head[0])] + inflected
    return form


def is_base_form(pos: str, morph: Mapping[str, str]) -> bool:
    """Whether the features are those of the form a word list lists (infinitive, indefinite singular …)."""
    if pos in ("VERB", "AUX"):
        return morph.get("VerbForm") == "Inf" and morph.get("Voice", "Act") == "Act"
    if pos == "NOUN":
        return (
            morph.get("Number", "Sing") == "Sing"
            and morph.get("Definite", "Ind") == "Ind"
            and "Gen" not in morph.get("Case", "")
        )
    if pos == "ADJ":
        return (
            morph.get("Degree", "Pos") == "Pos"
            and morph.get("Number", "Sing") == "Sing"
            and morph.get("Definite", "Ind") == "Ind"
            and morph.get("Gender", "Com") == "Com"
        )
    return True  # adverbs, prepositions, conjunctions do not inflect


# --- verbs --------------------------------------------------------------------------------------


def _verb(lemma: str, morph: Mapping[str, str], lexicon: SortedLexicon) -> str | None:
    form = morph.get("VerbForm")
    passive = morph.get("Voice") == "Pass"
    if form == "Inf":
        result = lemma
    elif form == "Sup":
        result = _verb_forms(lemma, lexicon, 2)
    elif form == "Fin" and morph.get("Mood") == "Imp":
        result = None if passive else _verb_forms(lemma, lexicon, 3)
    elif form == "Fin" and morph.get("Tense") in ("Pres", "Past"):
        result = _verb_forms(lemma, lexicon, 0 if morph["Tense"] == "Pres" else 1)
    else:
        return None  # participles and forms the analysis leaves unclear
    if not result or " " in lemma:
        return None
    if passive:
        result = _passive(lemma, result, form, morph.get("Tense"))
        if result is None:
            return None
    # the lexicon lacks some passives of listed strong verbs (*ges*, *ses*): their forms are known, so is the -s
    known = passive and lemma in IRREGULAR_VERBS
    return result if result == lemma or known or lexicon.get(result) is not None else None


def _verb_forms(lemma: str, lexicon: SortedLexicon, index: int) -> str | None:
    """Present, past, supine or imperative (``index`` 0–3) of a verb."""
    forms = _irregular(lemma, lexicon) or _regular(lemma, lexicon)
    return forms[index] if forms else None


def _irregular(lemma: str, lexicon: SortedLexicon) -> tuple[str, str, str, str] | None:
    if lemma in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[lemma]
    for start in range(MIN_PREFIX, len(lemma) - 1):
        forms = IRREGULAR_VERBS.get(lemma[start:])
        if forms is not None:
            prefix = lemma[:start]
            # A compound only when the lexicon knows its present and past forms as this verb's (*er|bjöd*,
            # *an|tog*): an ending that merely looks like a listed verb is not one (*min|ska*, *mä|ta*, *be|vara*).
            if any(lexicon.get(prefix + form) != lemma for form in forms[:2]):
                return None
            return tuple(prefix + form if form else "" for form in forms)  # type: ignore[return-value]
    return None


def _regular(lemma: str, lexicon: SortedLexicon) -> tuple[str, str, str, str] | None:
    if not lemma.endswith("a"):  # third conjugation: bo, tro
        forms = (lemma + "r", lemma + "dde", lemma + "tt", lemma)
        return forms if lexicon.get(forms[1]) is not None else None
    stem = lemma[:-1]
    if lexicon.get(stem + "ade") is not None and lexicon.get(stem + "ar") is not None:
        return (stem + "ar", stem + "ade", stem + "at", lemma)
    present = stem if stem.endswith("r") else stem + "er"
    if stem[-1:] in "dt" and len(stem) > 1 and stem[-2] not in "aeiouyåäö":
        past, supine = stem + "e", stem[:-1] + "t"  # använde, använt; gifte, gift
    elif stem[-1:] == "d" and len(stem) > 1:
        past, supine = stem + "de", stem[:-1] + "tt"  # beredde, berett; klädde, klätt (*beredt* had been made)
    elif stem[-1:] in VOICELESS:
        past, supine = stem + "te", stem + "t"
    else:
        past, supine = stem + "de", stem + "t"
    if lexicon.get(present) is None or lexicon.get(past) is None:
        return None
    return (present, past, supine, stem)


def passive_forms(lemma: str, lexicon: SortedLexicon) -> frozenset[str]:
    """Every s-form of a verb the lexicon conjugates (*skickas, skickades, skickats*; *ges, gavs, getts*); none for
    a word it does not know as a verb, a deponent or a verb without a passive (NO_PASSIVE)."""
    forms = _irregular(lemma, lexicon) or _regular(lemma, lexicon)
    if forms is None:
        return frozenset()
    present, past, supine, _ = forms
    candidates = (
        _passive(lemma, lemma, "Inf", None),
        _passive(lemma, present, "Fin", "Pres"),
        _passive(lemma, past, "Fin", "Past"),
        _passive(lemma, supine, "Sup", None),
    )
    return frozenset(form for form in candidates if form)


def _passive(lemma: str, active: str, form: str | None, tense: str | None) -> str | None:
    """The s-form: skickas, skickades, skickats; används, användes; ges, gavs."""
    if lemma.endswith("s") or lemma in NO_PASSIVE:
        return None  # a deponent (finnas) has no passive of its own
    if form == "Inf":
        return lemma + "s"
    if form == "Fin" and tense == "Pres":
        if active == lemma + "r":
            return lemma + "s"  # skickar → skickas, ger → ges
        if active.endswith("er"):
            return _single_m(active[:-2] + "s")  # använder → används, bestämmer → bestäms
    return _single_m(active + "s")  # hörs, skickades, skickats


def _single_m(form: str) -> str:
    """*bestäms*, not *bestämms*: a double m is written single before a consonant (*nn* stays: *känns*)."""
    return form[:-3] + "ms" if form.endswith("mms") else form


# --- nouns and adjectives -----------------------------------------------------------------------


def _noun(lemma: str, morph: Mapping[str, str], lexicon: SortedLexicon) -> str | None:
    if " " in lemma:
        return None
    plural = morph.get("Number", "Sing") == "Plur"
    definite = morph.get("Definite", "Ind") == "Def"
    form: str | None
    if not plural:
        form = _noun_definite(lemma, lexicon) if definite else lemma
    else:
        form = _noun_plural(lemma, lexicon)
        if form is not None and definite:
            form = _known(lexicon, lemma, form + "na", form + "a" if form.endswith("n") else "", lemma + "en")
    if form is not None and "Gen" in morph.get("Case", ""):
        form = None if form.endswith(("s", "x", "z")) else form + "s"
    return form


def _noun_definite(lemma: str, lexicon: SortedLexicon) -> str | None:
    # A neuter noun is told by its -et/-t form; a common noun's -en form may be a neuter plural (breven).
    gender = noun_gender(lemma, lexicon)
    if gender == "Neut":
        return _known(lexicon, lemma, lemma + "et", lemma + "t")
    return _known(lexicon, lemma, lemma + "en", lemma + "n") if gender == "Com" else None


def noun_gender(lemma: str, lexicon: SortedLexicon) -> str | None:
    """``Neut`` or ``Com`` by the noun's definite singular (*målet*, *målsättningen*); None for a word the
    full-form list does not know as a noun. The -et/-t form decides first, as in :func:`_noun_definite`."""
    lemma = lemma.lower()
    if lemma.endswith("a") and _known(lexicon, lemma, lemma[:-1] + "or", lemma[:-1] + "ar"):
        return "Com"  # fråga, frågor: its -t form (*frågat*) is the verb's supine
    if _known(lexicon, lemma, lemma + "et", lemma + "t"):
        return "Neut"
    return "Com" if _known(lexicon, lemma, lemma + "en", lemma + "n") else None


def _noun_plural(lemma: str, lexicon: SortedLexicon) -> str | None:
    if lemma.endswith("a") and lexicon.get(lemma[:-1] + "or") == lemma:
        return lemma[:-1] + "or"  # fråga → frågor (frågeställningar, round 37, blind: the singular did not fit)
    found = [lemma + ending for ending in ("or", "ar", "er", "r", "n") if lexicon.get(lemma + ending) == lemma]
    if len(found) == 1:
        return found[0]
    if not found and _known(lexicon, lemma, lemma + "et") and not lemma.endswith("e"):
        return lemma  # a neuter noun ending in a consonant: ett brev, flera brev
    return None


def _adjective(lemma: str, morph: Mapping[str, str], lexicon: SortedLexicon) -> str | None:
    if " " in lemma or morph.get("Gender") == "Masc" or "VerbForm" in morph:
        return None  # a participle (*bifogade, ägt*): which verb form, which agreement?
    degree = morph.get("Degree", "Pos")
    if degree == "Pos" and lemma.endswith(("a", "e")):
        return lemma  # nästa, följande, tidigare: the same form everywhere
    if degree == "Cmp":
        return _known(lexicon, lemma, lemma + "are")
    if degree == "Sup":
        return _known(lexicon, lemma, lemma + ("aste" if morph.get("Definite") == "Def" else "ast"))
    if morph.get("Number") == "Plur" or morph.get("Definite") == "Def":
        return _known(lexicon, lemma, lemma + "a")
    if morph.get("Gender") == "Neut":
        return _known(lexicon, lemma, lemma + "t")
    return lemma


def _known(lexicon: SortedLexicon, lemma: str, *candidates: str) -> str | None:
    """The first candidate the full-form list gives the lemma ``lemma``."""
    for candidate in candidates:
        if candidate and lexicon.get(candidate) == lemma:
            return candidate
    return None


_BUILDERS: dict[str, Callable[[str, Mapping[str, str], SortedLexicon], str | None]] = {
    "VERB": _verb,
    "AUX": _verb,
    "NOUN": _noun,
    "ADJ": _adjective,
}


NEUTER_SINGULAR = {"Degree": "Pos", "Gender": "Neut", "Number": "Sing", "Definite": "Ind", "Case": "Nom"}


def adverb_of(adjective: str, lexicon: SortedLexicon) -> str | None:
    """An adjective's adverb, its neuter -t form (*lämplig* → *lämpligt*, *nära* → *nära*); None when not sure."""
    return inflect(adjective, "ADJ", NEUTER_SINGULAR, lexicon)


def match_case(replacement: str, original: str) -> str:
    """``replacement`` written with the case of ``original``: Erhöll → Fick, ERHÖLL → FICK; an acronym's words as
    they are (*FAQ* → *vanliga frågor*, not *VANLIGA FRÅGOR*: language re-test s48), while *EJ* → *INTE*."""
    if len(original) > 1 and original.isupper():
        acronym = len(original) <= 4 and " " in replacement  # spelled out in words: no shouting
        return replacement if acronym else replacement.upper()
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
