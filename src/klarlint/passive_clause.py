"""What passive-voice and its rewrites both read of a passive's clause: the verb chain and its auxiliaries (one
the parse lost too), the subject, particles, the words around, the lemma.

Part of the ``passive-voice`` rule (klarlint.rules.passive_voice), split out so the rule and its rewrites
(klarlint.passive_rewrite) share one reading; its names are that package-internal API, not klarlint's.
"""

from __future__ import annotations

import operator
import re
from functools import cache, lru_cache

from klarlint.analysis import BlockAnalysis, Sentence, Token
from klarlint.grammar import (
    ADVERB_PARTICLES,
    MODAL_FORMS,
    SUBJECT_DEPS,
    Passive,
    auxiliary_before,
    how_often_after,
    verbs_coordinated,
)
from klarlint.nlp.morphology import VOWELS
from klarlint.resources import read_lines, wordlist_path
from klarlint.speech import REPLY_DASHES

CHAIN_WORDS = frozenset({"att", "inte", "ej", "aldrig"})

AUXILIARY_LEMMAS = frozenset({"ska", "skola", "kunna", "måste", "böra", "få", "komma", "vilja", "behöva", "ha"})
CLAUSE_BOUNDARY_POS = frozenset({"PUNCT", "CCONJ", "SCONJ"})
CLAUSE_OPENERS = frozenset({"som", "då", "när", "där", "vilket", "vilka", "hur", "huruvida"})
CLAUSE_WINDOW = 8
OPENERS_AND_ATT = CLAUSE_OPENERS | {"att"}  # words that open a clause of its own

WEAK_PAST_ENDINGS = ("ades", "ddes", "des", "tes")  # no present s-passive ends like this
# Particle verbs whose particle the parser often attaches to a following phrase (fyllas i senast i maj).
PARTICLE_VERBS = frozenset(
    {("fylla", "i"), ("skicka", "in"), ("lämna", "in"), ("betala", "in"), ("logga", "in")}
    | {("ta", "fram"), ("lyfta", "fram")}  # *togs fram 2009*: the parse hangs *fram* on the year
)
PARTICLES = frozenset(
    {"i", "in", "ut", "upp", "ner", "ned", "fram", "bort", "av", "på", "till", "tillbaka", "om", "undan", "under"}
    | {"över", "igenom", "emot"}
)


GENERIC_LEMMAS = frozenset(
    {
        "kräva",
        "behöva",
        "erfordra",  # *erfordras*, *fordras*: formal words for *krävs* (a writer's re-tester, session 45)
        "fordra",
        "vänta",
        "förvänta",
        "anse",
        "kalla",
        "anta",
        "säga",
        "exploatera",
        "bortföra",
        "utnyttja",
        "misshandla",
        "våldta",
        "trakassera",
        "kränka",
        "diskriminera",
        "sakna",
        "utsätta",
        "misstänka",
        "begå",
        "vårda",
        "påverka",
        "skada",
        "döda",
        "tro",
        "påstå",
        "betrakta",
        "uppskatta",
        "beräkna",
        "mena",
        "avse",
        "uppleva",
        "uppfatta",
        "benämna",
        "definiera",
        "förknippa",
        "omfatta",
        "beröra",
        "drabba",
        "föda",
        "återfinna",
        "tillåta",
        "odla",
        "lagra",
        "basera",
        "aktualisera",
        "involvera",
        "anhålla",
        "gripa",
        "häkta",
        "åtala",
        "lagföra",
        "döma",
        "förändra",
        "uppnå",
        "nå",
        "känneteckna",
        "prägla",
        "tolka",
        "simultantolka",
        "utgöra",
        "förväxla",
    }
)  # passives whose doer is general or obvious (krävs, väntas, anses, kallas): the skrivregler accept them
# odlas, lagras, baseras på, aktualiseras: the doer is anyone; anhållits, åtalas, döms: police, prosecutor and
# court are obvious (issue 13, read on regeringen.se). kännetecknas av, präglas av: a property, not an action;
# (simultan)tolkas: the interpreters, nobody to name. utgörs av (*Y utgör X*): a relation between two things, stated
# by nobody in particular (*ska inte förväxlas med* is no finding at all: passive_voice._compares).

SENDER_PRONOUNS = re.compile(r"\b(?:vi|oss|vår|vårt|våra)\b", re.IGNORECASE)
# *vård för personer som har utsatts för övergrepp*: harm done to people is done by others than the clause above's
# subject (*Regeringen har tagit emot betänkandet … om … vård för personer som har utsatts*; round 89, blind: false),
# and never by the sender (the rewrite audit found *Vi …* for *Sithar Chhim blivit utsatt för trakasserier*)
HARM_LEMMAS = frozenset({"utsätta", "drabba", "kränka", "misshandla", "utnyttja", "hota", "döda", "mörda"})
# ... and their participles after *bli*, which the lemmatiser leaves as adjectives (*utsatt*, *drabbade*)
HARM_PARTICIPLES = ("utsatt", "drabbad", "kränkt", "misshandlad", "utnyttjad", "hotad", "dödad", "mördad")
# What happens to a thing through misuse, theft, loss or damage, not the sender's act (see lost_or_misused)
LOSS_LEMMAS = frozenset({"missbruka", "stjäla", "förlora", "borttappa", "skada"})
UNKNOWN_DOER = "(Vem?)"  # the subject a rewrite needs where the text does not say who acts
# The modals in the present that a rewrite keeps or a reader's duty reads (grammar's MODAL_FORMS without the past
# forms and *vill*, which say what was or is wished, not what must or may be done)
MODALS = MODAL_FORMS - {"borde", "kunde", "skulle", "vill"}

RELATIVES = frozenset({"som", "vilken", "vilket", "vilka"})

MAX_OBJECT_WORDS = 8
SENTENCE_ENDS = frozenset({".", "!", "?", ":", "–", "-", "•"})

FINITE_AUXILIARIES = frozenset(
    {"ska", "skall", "kan", "måste", "bör", "får", "vill", "behöver", "kommer", "har", "hade", "skulle", "kunde"}
    | {"borde", "fick", "ville", "behövde", "kom", "lär", "brukar"}
)

_INDEX = operator.attrgetter("i")


def doer_start(block: BlockAnalysis, passive: Passive) -> Token | None:
    """The doer's first word (Passive.agent_span), read on from the verb: the agent stands after it."""
    return None if passive.agent_span is None else word_from(block, passive.verb.i, passive.agent_span[0])


def word_from(block: BlockAnalysis, index: int, offset: int) -> Token | None:
    """The first word at or after ``offset``, looked for from token ``index`` on (not the whole block per passive)."""
    tokens = block.tokens
    for position in range(index, len(tokens)):  # indexed: a slice copies the block's rest, islice walks from 0
        if tokens[position].start >= offset and not tokens[position].text.isspace():
            return tokens[position]
    return None


def shared_av_phrase(block: BlockAnalysis, passive: Passive) -> str | None:
    """The doer's phrase where its *av* is shared with another preposition (*av eller för kommunen*, *av och för
    eleverna*): the doer may be another who acts for the one named. None for a plain *av* phrase."""
    if passive.agent_span is None:
        return None
    first = word_from(block, passive.verb.i + 1, passive.agent_span[0])
    words = [] if first is None else block.words_before(first.i, 3)
    if len(words) < 3 or words[0].lower != "av" or words[1].lower not in {"eller", "och"} or words[2].pos != "ADP":
        return None
    return " ".join(block.text[words[0].start : passive.agent_span[1]].split())


def clause_marks(block: BlockAnalysis, verb: Token) -> list[Token]:
    """The words that open the verb's clause, as the parse marks them (*att*, *om*, *när*, *som* …)."""
    return [t for t in block.children(verb) if t.dep == "mark"]


def infinitive_shaped(verb: Token) -> bool:
    """The s-form is the infinitive plus *-s* (*analyseras*, *införas*, *ges*): a passive infinitive, or an *-a*
    verb's present, which a modal or *att* may govern."""
    return verb.lower == verb.lemma.lower() + "s"


def active_lemma(verb: Token) -> str:
    """The active infinitive: the tagger sometimes gives the s-form itself (krävas) as the lemma."""
    lemma = verb.lemma.lower()
    return lemma[:-1] if lemma.endswith("as") and lemma[:-1] in GENERIC_LEMMAS | reader_verb_table().keys() else lemma


def does_harm(verb: Token) -> bool:
    """The passive's verb harms someone (HARM_LEMMAS, or one of their participles after *bli*)."""
    return active_lemma(verb) in HARM_LEMMAS or verb.lower.startswith(HARM_PARTICIPLES)


def lost_or_misused(block: BlockAnalysis, verb: Token) -> bool:
    """The passive tells of a thing misused, stolen, lost or damaged (*om kortet missbrukas, stjäls eller tappas
    bort*): an act of whoever has the thing or takes it, never the sender's own (writer5's re-test s46: *Kortet
    spärras om det missbrukas* had the example *om vi missbrukar det*). *tappa* only with *bort*: *Vattnet tappas
    ur bassängen* is draining, which the sender may do."""
    lemma = active_lemma(verb)
    if lemma == "tappa":
        return "bort" in {p.lower() for p in verb_particles(block, verb)}
    return lemma in LOSS_LEMMAS


@cache
def reader_verb_table() -> dict[str, str]:
    """Lemma → imperative of what readers are often asked to do (wordlists/reader_verbs.tsv)."""
    rows = (line.split("\t") for line in read_lines(wordlist_path("reader_verbs.tsv")))
    return {row[0]: row[1] for row in rows if len(row) == 2 and row[0] != "lemma"}


@cache
def jargon_verbs() -> frozenset[str]:
    """The one-word terms of wordlists/jargon.tsv that are not reader verbs (*erhålla, nyttja, verkställa, beakta*):
    a rewrite that keeps one (*att vi har erhållit rapporten*, *Vi ska beakta …*) repeats the word the jargon rule
    asks the writer to replace (session 41's review). The reader verbs' imperatives are chosen (*Bifoga …*)."""
    terms = (line.split("\t", 1)[0] for line in read_lines(wordlist_path("jargon.tsv")))
    return frozenset(t for t in terms if " " not in t and t != "term") - reader_verb_table().keys()


@lru_cache(maxsize=64)
def speaks_as_sender(text: str) -> bool:
    """The paragraph says vi/oss/vår. Memoised: asked once per passive, and a paragraph can have thousands
    (a str keeps its hash, so the lookup does not re-read the text)."""
    return SENDER_PRONOUNS.search(text) is not None


def supine_shaped(lower: str) -> bool:
    """Ends like a supine s-form: *-ts*, a single *t* after a vowel only after *a* or *i* (*behandlats*, *skrivits*,
    *gjorts*, *mötts*; not *sköts*, *mäts*)."""
    return lower.endswith("ts") and (lower[-3:-2] not in VOWELS or lower[-3:-2] in {"a", "i"})


def auxiliary_chain(block: BlockAnalysis, verb: Token) -> list[Token] | None:
    """The verb chain cleaned up (one auxiliary per slot, *att* only after *komma*); None when it does not start
    with a finite auxiliary (*ska … kunna beslutas* with the subject between)."""
    chain: list[Token] = []
    for token in verb_chain(block, verb):
        finite_again = token.lower in FINITE_AUXILIARIES and any(t.lower in FINITE_AUXILIARIES for t in chain)
        if finite_again or any(t.lower == token.lower for t in chain if t.lower not in CHAIN_WORDS):
            chain = []  # the same or a second finite auxiliary: a second clause's chain starts here (*kommer ska*)
        if token.lower == "att" and not (chain and chain[-1].lemma.lower() == "komma"):
            continue
        chain.append(token)
    while chain and chain[0].lower in CHAIN_WORDS:
        chain.pop(0)
    if chain and chain[0].lower not in FINITE_AUXILIARIES:
        return None
    return chain


def passive_subject(block: BlockAnalysis, verb: Token) -> Token | None:
    """The passive's subject; a verb coordinated with another passive shares its subject (*fyllas i och skickas*)."""
    # The last before the verb: *Grundprincipen är att all information ska presenteras* is parsed with two subjects,
    # and the nearer is the clause's own.
    subjects = [  # not a phrase with a preposition (*enligt de ursprungliga direktiven*), whatever the parse says
        t
        for t in block.children(verb)
        if t.dep in SUBJECT_DEPS
        and not has_case(block, t)
        and not not_a_subject(block, t)
        and not relative_of_another_verb(block, t, verb)
    ]
    if (act := act_noun_before_om(block, verb)) is not None:
        return act
    if (whether := whether_om(block, verb)) is not None:
        return whether[1]
    own = max((t for t in subjects if t.i < verb.i), key=_INDEX, default=subjects[0] if subjects else None)
    conjunct = verb.dep == "conj" and verb.head != verb.i and not _noun_phrase_after(block, verb)
    if own is None and conjunct and (main := _main_passive_across_relative(block, verb)) is not None:
        return passive_subject(block, main)
    if own is None and conjunct and _shares_subject(block, verb):
        return passive_subject(block, block.tokens[verb.head])
    if own is None:
        own = (
            _subject_before_komma_att(block, verb)
            or _relative_som_taken_for_mark(block, verb)
            or _relative_som_hung_elsewhere(block, verb)
        )
    return own if own is not None else _noun_taken_for_adverb(block, verb)


def relative_of_another_verb(block: BlockAnalysis, subject: Token, verb: Token) -> bool:
    """A relative *som* the parse made the passive's subject though another verb follows it first: the verb of the
    relative clause, whose subject it is (*Om du inte betalar inom den tid som anges skickas försändelsen tillbaka*:
    customs re-test s53, the example for the main clause's *skickas* had been *som (Vem?) skickar …*). Not an
    auxiliary of the passive (*som ska prövas*)."""
    if subject.lower not in RELATIVES or subject.i > verb.i:
        return False
    first = next((t for t in block.tokens[subject.i + 1 : verb.i] if t.pos in {"VERB", "AUX"}), None)
    return first is not None and not (is_auxiliary(first) and first.head == verb.i)


def _relative_som_hung_elsewhere(block: BlockAnalysis, verb: Token) -> Token | None:
    """The relative *som* right before the passive, after the noun its clause is on, that the parse hung on another
    verb (*inom den tid som anges skickas …*, see relative_of_another_verb): the passive's own subject."""
    before = word_before(block, verb.i)
    if (
        before is None
        or before.lower != "som"
        or before.head == verb.i
        or not relative_of_another_verb(block, before, block.tokens[before.head])
    ):
        return None
    noun = word_before(block, before.i)
    return before if noun is not None and noun.pos in {"NOUN", "PROPN", "PRON"} else None


def _relative_som_taken_for_mark(block: BlockAnalysis, verb: Token) -> Token | None:
    """*ett samtycke som när som helst kan återkallas av dig*: the relative *som* right after the noun its clause is
    on, which the parse made a subjunction beside *när som helst* (social re-test s51: the example had been *Du kan
    återkalla …*, a main clause), is the passive's subject."""
    if verb.dep not in {"acl:relcl", "csubj"} or verb.head >= verb.i or block.tokens[verb.head].pos != "NOUN":
        return None  # *csubj*: the parse of *Det är ett samtycke som när som helst kan återkallas*
    after = block.words_after(verb.head, 1)
    som = after[0] if after else None
    if som is None or som.lower != "som" or som.head != verb.i or som.dep != "mark" or in_som_helst(block, som):
        return None
    return som


def _subject_before_komma_att(block: BlockAnalysis, verb: Token) -> Token | None:
    """*Vid samtalet kommer en bedömning att göras av Era behov*: the parse made the noun between *kommer* and *att*
    the root and the passive a clause on it, though the noun is the passive's subject (employment re-test s51: its
    *av* phrase, what is judged, was read as the doer)."""
    if verb.dep != "acl" or verb.head >= verb.i or verb.feature("VerbForm") != "Inf":
        return None
    noun = block.tokens[verb.head]
    before = block.words_before(verb.i, 1)
    if noun.pos not in {"NOUN", "PROPN"} or not before or not infinitive_att(block, before[0]):
        return None
    komma = any(c.dep == "aux" and c.i < noun.i and c.lemma.lower() == "komma" for c in block.children(noun))
    return noun if komma else None


def _main_passive_across_relative(block: BlockAnalysis, verb: Token) -> Token | None:
    """The main clause's passive that ``verb`` continues, though the parse joined it to a relative clause in between:
    *Materialet har utvecklats tillsammans med de lärare som deltog i studien och har testats i fyra klasser*
    (university re-test s50: the example had been *som vi har testat*, the teachers tested). Told by the form: the
    relative clause's verb is active and has no auxiliary, while ``verb`` repeats the main passive's (*har … och har
    testats*); not *lärare som anmälde sig och har godkänts*, whose main verb is no passive."""
    relative = block.tokens[verb.head]
    if relative.dep != "acl:relcl" or relative.feature("Voice") == "Pass":
        return None
    if auxiliary_before(block, relative) is not None:
        return None
    own = auxiliary_before(block, verb)
    noun = block.tokens[relative.head]
    main = block.tokens[noun.head]
    if own is None or noun.head == noun.i or main.i > noun.i or main.feature("Voice") != "Pass":
        return None
    theirs = auxiliary_before(block, main)
    return main if theirs is not None and theirs.lemma.lower() == own.lemma.lower() else None


def _noun_taken_for_adverb(block: BlockAnalysis, verb: Token) -> Token | None:
    """*Därefter körs avfallet bort*: a definite noun right after the finite passive, which the parse made an adverb
    of the verb (lemma *avfallen*), is its subject in an inverted clause (s47: the example had been *(Vem?) kör …*,
    with no object)."""
    after = block.token_after(verb)
    if after is None or after.head != verb.i or after.dep != "advmod" or after.pos != "NOUN":
        return None
    if verb.feature("VerbForm") != "Fin" or after.feature("Definite") != "Def":
        return None
    return after


def not_a_subject(block: BlockAnalysis, token: Token) -> bool:
    """A word the parse made a subject that is none: an infinitive's object, a footnote's mark, a modal in capitals
    or an auxiliary (*att pumparna borde ha klassificerats*, parsed with *ha* a subject: customs re-test s53, the
    example had been *Vi borde ha klassificerat …*, the *att* and the object lost)."""
    return (
        token.pos == "AUX"
        and is_auxiliary(token)
        or _infinitives_object(block, token)
        or footnote_mark(block, token)
        or capital_modal(token)
        or _som_helst(block, token)
    )


def _som_helst(block: BlockAnalysis, token: Token) -> bool:
    """The *som* of *när som helst* (*var*, *hur*, *vem som helst*): an adverb, though the parse may make it the
    subject (social re-test s51: *Samtycket kan när som helst återkallas av Dig* got *som du återkallar …*)."""
    return token.lower == "som" and in_som_helst(block, token)


def in_som_helst(block: BlockAnalysis, token: Token) -> bool:
    """``token`` is a word of *när som helst* (*var*, *hur*, *vem som helst*): no clause opens there."""
    words = block.tokens[max(0, token.i - 2) : token.i + 3]
    offset = token.i - max(0, token.i - 2)
    for first in range(max(0, offset - 2), offset + 1):
        three = [t.lower for t in words[first : first + 3]]
        if len(three) == 3 and three[0] in ANY_WORDS and three[1:] == ["som", "helst"]:
            return True
    return False


ANY_WORDS = frozenset({"när", "var", "hur", "vem", "vad", "vilken", "vilket", "vilka"})  # *… som helst*


# A requirement list's modals in capitals (*Konton BÖR avslutas*, *Varje konto SKA ha*), which the tagger may read as a
# name and the passive's subject (writer's re-test 7: *(Vem?) anpassar BÖR …* and *(Vem?) avslutar …* without *bör*)
CAPITAL_MODALS = frozenset({"ska", "skall", "bör", "måste", "får", "kan"})


def capital_modal(token: Token) -> bool:
    """A modal written in capitals, whatever its tag (*BÖR*, *SKA*)."""
    return token.text.isupper() and token.lower in CAPITAL_MODALS


SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")


def footnote_mark(block: BlockAnalysis, token: Token) -> bool:
    """A footnote's mark (*¹*, a part of *[1]*), which stays where it stands, outside the clause (writer's re-test
    s45: *¹ Beslutet anmäls …* had the example *(Vem?) anmäler ¹ Beslutet …*)."""
    if set(token.text) <= SUPERSCRIPT_DIGITS:
        return bool(token.text)
    tokens = block.tokens
    for first in range(max(0, token.i - 2), token.i + 1):  # the three tokens *[*, digits, *]* around this one
        three = tokens[first : first + 3]
        if len(three) == 3 and three[0].text == "[" and three[1].text.isdigit() and three[2].text == "]":
            return True
    return False


def infinitive_att(block: BlockAnalysis, token: Token) -> bool:
    """``token`` is the *att* of an infinitive (*möjligheten att teckna avtal*), not a subjunction, whatever the parse
    says: the next word is an infinitive verb."""
    if token.lower != "att":
        return False
    after = block.words_after(token.i, 3)
    return bool(after) and after[0].pos == "VERB" and after[0].feature("VerbForm") == "Inf"


def _infinitives_object(block: BlockAnalysis, noun: Token) -> bool:
    """The noun right after *att* and its infinitive is that infinitive's object, not the passive's subject (*En
    utredning av möjligheten att teckna avtal kommer att genomföras*, parsed with *avtal* a second subject and *att*
    the passive's subjunction: writer's re-test s45 had *att vi kommer att genomföra …* for a main clause)."""
    before = block.words_before(noun.i, 4)[-2:]
    return len(before) == 2 and infinitive_att(block, before[0]) and before[1].feature("VerbForm") == "Inf"


def act_noun_before_om(block: BlockAnalysis, verb: Token) -> Token | None:
    """*En ansökan om bygglov görs hos nämnden*, parsed with *bygglov* the subject of *görs* and *görs* a clause on
    *ansökan*: the act's noun is the subject (retest s44: the example had been *(Vem?) gör …*). Only *göra* on a noun
    right before *om*, whose parsed subject is the noun after that *om*."""
    if verb.dep not in {"acl", "acl:relcl"} or verb.head == verb.i or active_lemma(verb) != "göra":
        return None
    subject = next((t for t in block.children(verb) if t.dep in SUBJECT_DEPS), None)
    noun = block.tokens[verb.head]
    after = block.token_after(noun)
    if subject is None or noun.pos != "NOUN" or after is None or after.lower != "om":
        return None
    if not noun.i < after.i < subject.i < verb.i:
        return None
    # *om* hung on the subject or, a subjunction, on the verb
    marks = [*block.children(subject), *block.children(verb)]
    return noun if any(c.i == after.i and c.dep in {"mark", "case"} for c in marks) else None


def whether_om(block: BlockAnalysis, verb: Token) -> tuple[Token, Token] | None:
    """The *om* (whether) that opens the passive's clause right after a preposition, and the clause's subject: *gör vi
    en bedömning av om försändelsen kan lämnas ut*, parsed with *bedömning* the subject and *om försändelsen* a phrase
    on it (customs re-test s53: the example had been *Vi kan lämna ut en bedömning av om försändelsen …*). A
    preposition takes no phrase with *om*, so *om* there is a subjunction; only a noun phrase and the passive's
    auxiliaries stand between it and the passive. None where there is none (*En ansökan om bygglov görs*)."""
    start = sentence_start(block, verb.i) or 0
    index = verb.i - 1
    while index > start and (is_auxiliary(block.tokens[index]) or block.tokens[index].lower in CHAIN_WORDS):
        index -= 1
    noun = block.tokens[index]
    if noun.pos not in {"NOUN", "PROPN", "PRON"}:
        return None
    while index > start and block.tokens[index].pos in WHETHER_PHRASE_POS:
        index -= 1
    om, before = block.tokens[index], word_before(block, index)
    if om.lower != "om" or before is None or before.pos != "ADP" or before.lower == "om":
        return None
    return om, noun


WHETHER_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})  # *om de nya uppgifterna*


def om_subject(block: BlockAnalysis, noun: Token) -> Token | None:
    """The *om* phrase's noun where the parse made it the subject of a *göra* clause on the act's noun (see
    act_noun_before_om)."""
    for verb in block.children(noun):
        if act_noun_before_om(block, verb) is noun:
            return next(t for t in block.children(verb) if t.dep in SUBJECT_DEPS)
    return None


def _noun_phrase_after(block: BlockAnalysis, verb: Token) -> bool:
    """A noun phrase right after the verb: the subject of a clause with the verb second (*och till hösten planeras
    ytterligare två*), which the parse may not call one; the clause shares neither modal nor subject with the one
    before (an audit of every corpus rewrite found *(Vem?) kommer planera nästa lärarråd …*)."""
    following = block.token_after(verb)
    return following is not None and following.pos in {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET"}


def _shares_subject(block: BlockAnalysis, verb: Token) -> bool:
    """A verb coordinated with the one before shares its subject (*Arbetet sker … och leds av FMV*), unless a verb
    with a subject of its own stands between: then the parse has joined the wrong verbs (*Det händer att barn …
    utnyttjas och rekryteras*, round 65: the rewrite's object was *det*)."""
    head = block.tokens[verb.head]
    if head.pos not in {"VERB", "AUX"}:
        return False
    if any(c.dep == "obj" and c.lower in RELATIVES for c in block.children(head)):
        # a relative clause whose *som* is the object: its subject is not what the passive acts on (*den åtgärd som
        # lovet avser inte har påbörjats … och avslutats* had been rewritten *(Vem?) har avslutat lovet*)
        return False
    between = block.tokens[head.i + 1 : verb.i]
    if any(t.lower == "att" and t.pos == "SCONJ" for t in between):
        return False  # *Regeringen beräknar att 46 miljoner kronor … kommer att avsättas*: a clause of its own
    last_conjunction = next((t for t in reversed(between) if t.pos == "CCONJ"), None)
    if last_conjunction is not None and _opens_noun_phrase(block, last_conjunction):
        return False  # *Gigekonomin har många fördelar, men ett behov … har identifierats*: a subject of its own
    return not any(t.pos in {"VERB", "AUX"} and any(c.dep in SUBJECT_DEPS for c in block.children(t)) for t in between)


def _opens_noun_phrase(block: BlockAnalysis, conjunction: Token) -> bool:
    following = block.token_after(conjunction)
    return following is not None and following.pos in {"DET", "NOUN", "PROPN", "PRON", "ADJ"}


def has_case(block: BlockAnalysis, token: Token) -> bool:
    return any(t.dep == "case" for t in block.children(token))


def after_komma(block: BlockAnalysis, att: Token, over_adverbs: bool = True) -> bool:
    """This *att* is the future's *kommer (även) att*, no clause opener: *Deltagarna kommer att presentera vilka
    åtgärder som vidtagits*, *kommer att publiceras*. ``over_adverbs=False``: only right after *kommer* (the
    rewrite's verb chain does not carry an adverb between the two)."""
    before = word_before(block, att.i)
    while over_adverbs and before is not None and before.pos == "ADV":
        before = word_before(block, before.i)
    return before is not None and before.lemma.lower() == "komma"


def word_before(block: BlockAnalysis, index: int) -> Token | None:
    """The nearest token before ``index`` that is not white space (walked by index: slicing the tokens before
    it would copy the whole paragraph for every word asked about)."""
    for before in range(index - 1, -1, -1):
        if not block.tokens[before].text.isspace():
            return block.tokens[before]
    return None


def is_organisation(token: Token) -> bool:
    """*Försäkringskassan, Statskontoret*: a compound ending in an organisation's head (not *Myndigheten* alone)."""
    return any(token.lower.endswith(head) and len(token.lower) > len(head) + 2 for head in ORGANISATION_HEADS)


# The last part of an organisation's name (*Statskontoret, Mediemyndigheten, Fondtorgsnämnden*): a compound the
# full-form list does not know that ends like this is taken for a name.
ORGANISATION_HEADS = (
    "myndigheten", "verket", "kontoret", "nämnden", "kassan", "delegationen", "inspektionen", "styrelsen",
    "rådet", "institutet", "kommissionen", "domstolen", "ombudet", "fonden", "banken", "akademien",
    "universitetet", "förbundet", "departementet", "centrum", "orden", "galan", "bolaget", "kansliet",
)  # fmt: skip

# Particles that are also prepositions (not *över*, which after a passive is nearly always the particle: *ses över*)
PREPOSITION_PARTICLES = frozenset({"av", "på", "till", "i", "om", "under", "efter", "åt"})


def verb_particles(block: BlockAnalysis, verb: Token) -> list[str]:
    """Verb particles (*fyllas i, skickas in*): the parse's ``compound:prt``, or a bare particle right after the verb.

    The parser often attaches a stranded *i* or *in* as a preposition; without
    children of its own it cannot be one.
    """
    particles = [
        t.text
        for t in block.children(verb)
        if t.dep == "compound:prt"
        and may_be_particle(t)
        and not _in_fullt_ut(block, t)
        and not _direction(block, verb, t)
    ]
    following = block.token_after(verb)
    if not particles and following is not None and (verb.lemma.lower(), following.lower) in PARTICLE_VERBS:
        particles.append(following.text)
    if (
        not particles
        and following is not None
        and following.lower in PARTICLES
        and (not block.children(following) or _before_preposition(block, following))
        and not _direction(block, verb, following)
        and (
            following.head == verb.i
            or _ends_phrase(block, following.i + 1)
            or following.lower == "av"
            and how_often_after(block, following.i)  # *stängs av en dag i maj*: the rewrite had lost *av*
        )
    ):
        particles.append(following.text)
    if not particles:
        particles = _stranded_particle(block, verb)
    if particles and particles[-1].lower() == "om" and _om_opening_a_list(block, verb):
        particles = particles[:-1]
    return [p for p in particles if not _fram_of_time_or_motion(block, verb, p)]


def _om_opening_a_list(block: BlockAnalysis, verb: Token) -> bool:
    """*Ett mindre lotteri behöver inte registreras om* and a list under it: *om* (if) that ends a paragraph without a
    full stop, alone or before a colon, opens the conditions the list gives, and is no particle (permits re-test s52:
    the span and the note said *registreras om*). *Bilen måste registreras om.* keeps it."""
    after = block.words_after(verb.i, 3)
    if not after or after[0].lower != "om":
        return False
    return len(after) == 1 or after[1].text == ":" and len(after) == 2  # noqa: PLR2004 (*om*, *:*)


def _fram_of_time_or_motion(block: BlockAnalysis, verb: Token, particle: str) -> bool:
    """*ska användas fram till år 2040*, *skickas fram och tillbaka*: *fram* of *fram till* (until), *fram emot*
    (towards) or *fram och tillbaka*, no particle of the verb (web editor's re-test s46: the span and the message said
    *användas fram*). A verb that takes *fram* keeps it (*togs fram till mötet*), and so does *grävas fram och
    skarvas*, where *och* joins a verb, not *tillbaka*."""
    if particle.lower() != "fram" or (verb.lemma.lower(), "fram") in PARTICLE_VERBS:
        return False
    fram = next((t for t in block.words_after(verb.i, 4) if t.lower == "fram"), None)
    following = [t.lower for t in block.words_after(fram.i, 2)] if fram is not None else []
    if following[:2] == ["och", "tillbaka"]:
        return True
    # *grävas fram och skarvas*: *och* alone joins another verb, and *fram* is the particle (verification 9)
    return bool(following) and following[0] in {"till", "emot"}


def _before_preposition(block: BlockAnalysis, token: Token) -> bool:
    """A preposition right after ``token``: ``token`` governs no phrase of its own, whatever the parse hung on it
    (*Ledighet ansöks om hos rektor*: the parse made *rektor* a word of *om*, and the rewrite lost *om*, a writer's
    re-tester, session 45)."""
    following = block.token_after(token)
    return following is not None and following.pos == "ADP" and following.lower not in PARTICLES


def _stranded_particle(block: BlockAnalysis, verb: Token) -> list[str]:
    """*fasas den tidigare strategin ut och …*: a particle after the subject that follows the verb (the rewrite was
    *(Vem?) fasar den tidigare bilaterala strategin …*, without *ut*)."""
    subject = passive_subject(block, verb)
    if subject is None or subject.i < verb.i:
        return particle_ending_clause(block, verb)
    for token in block.children(verb):
        if token.i > subject.i and token.lower in ADVERB_PARTICLES and not block.children(token):
            ends = _ends_phrase(block, token.i + 1) and not _direction(block, verb, token)
            return [token.text] if ends else []
    particle = particle_in_subject(block, verb, subject) or particle_after_pronoun(block, verb, subject)
    return [] if particle is None else [particle.text]


# Words of the noun phrase between an inverted verb and its particle (*stängs din ersättning av*)
NOUN_PHRASE_POS = frozenset({"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"})


def particle_ending_clause(block: BlockAnalysis, verb: Token) -> list[str]:
    """*Om du missar rapporten stängs din ersättning av.*: a bare particle after a noun phrase that ends the sentence,
    where the parse took the subject for one before the verb (employment re-test s51: the example had been *Vi stänger
    …*, without *av*). A word with a phrase of its own (*av nämnden*) is a preposition, not a particle."""
    words = block.words_after(verb.i, 6)
    end = next((k for k, t in enumerate(words) if t.pos == "PUNCT"), None)
    if end is None or end < 2 or words[end].text not in {".", "!", "?"}:
        return []
    particle, phrase = words[end - 1], words[: end - 1]
    if particle.lower not in PARTICLES or particle.head != verb.i or block.children(particle):
        return []
    return [particle.text] if all(t.pos in NOUN_PHRASE_POS for t in phrase) else []


def particle_after_pronoun(block: BlockAnalysis, verb: Token, subject: Token) -> Token | None:
    """A particle right after the pronoun subject that follows the verb, before a preposition of its own: *stängs du
    av från att söka* (university re-test s50: the example had been *(Vem?) stänger dig*, without *av*). A word
    before a preposition governs no phrase (see _before_preposition); not *kontaktas du av handläggaren*."""
    if subject.pos != "PRON" or subject.i != verb.i + 1:
        return None
    after = block.token_after(subject)
    return after if after is not None and after.lower in PARTICLES and _before_preposition(block, after) else None


def _direction(block: BlockAnalysis, verb: Token, token: Token) -> bool:
    """*öppnas dörren ut mot gården*: an adverb before *mot* and a place in the definite form says where to, and is no
    particle of a verb that does not take it (session 47's example had been *(Vem?) öppnar ut dörren*). Not *betalas
    bidraget ut mot faktura* (a bare noun), nor a listed particle verb."""
    if (verb.lemma.lower(), token.lower) in PARTICLE_VERBS:
        return False
    after = block.words_after(token.i, 2)
    return len(after) == 2 and after[0].lower in {"mot", "emot"} and after[1].feature("Definite") == "Def"


def particle_in_subject(block: BlockAnalysis, verb: Token, subject: Token | None = None) -> Token | None:
    """The verb's particle after its subject where the parse hung it on the subject's phrase (*tas en timavgift ut*,
    *tas en städavgift på 1 500 kronor ut*: session 47's re-tests had the examples *(Vem?) tar en timavgift ut*): as
    that phrase's ``compound:prt`` (a noun takes no particle, so it is the verb's), or as a bare adverb on it where no
    place follows (*en väg ut till ön* is a way out). Only where it ends the phrase, within a few words."""
    subject = subject or passive_subject(block, verb)
    if subject is None or subject.i < verb.i:
        return None
    for token in block.words_after(subject.i, PARTICLE_REACH):
        if token.head == verb.i or not _hung_particle(block, verb, token):
            continue
        if token.lower in ADVERB_PARTICLES and not block.children(token) and _ends_phrase(block, token.i + 1):
            return token if block.hangs_on(token, subject, PARTICLE_REACH) else None
        return None
    return None


def _hung_particle(block: BlockAnalysis, verb: Token, token: Token) -> bool:
    """The parse's particle, a listed one (*tas ett nytt program fram*: the parse's ``dep``), or an adverb on a noun
    with no place after it (*tas en timavgift ut enligt taxan*: the parse's ``nmod``)."""
    if token.dep == "compound:prt" or (verb.lemma.lower(), token.lower) in PARTICLE_VERBS:
        return True
    following = block.words_after(token.i, 1)
    place = bool(following) and following[0].lower in PLACE_PREPOSITIONS
    return token.pos == "ADV" and token.dep in {"nmod", "dep"} and not place


PLACE_PREPOSITIONS = frozenset({"till", "mot", "i", "på", "genom", "från", "ur", "över", "ifrån", "åt"})


PARTICLE_REACH = 8  # words after the subject a particle hung on its phrase is looked for (*en städavgift på 1 500 …*)


# Every word a verb takes as a particle (PARTICLES, the stranded ones the fallback in verb_particles accepts, and more)
PARTICLE_WORDS = (
    PARTICLES
    | {"tillvara", "ihop", "kvar", "fast", "loss", "sönder", "hem", "isär", "efter", "åt"}
    | {"runt", "omkring", "vidare", "med", "mot", "förbi", "iväg", "ifrån", "samman", "tillsammans"}
)


def _in_fullt_ut(block: BlockAnalysis, token: Token) -> bool:
    """*kan tillgodoses fullt ut*: *ut* of the adverb *fullt ut* (fully), no particle (the rewrite audit found *(Vem?)
    kan tillgodose ut …*)."""
    before = word_before(block, token.i)
    return token.lower == "ut" and before is not None and before.lower == "fullt"


def may_be_particle(token: Token) -> bool:
    """The parse's particle, if it is a word verbs take as one: not *insatser som gjorts sedan det senaste mötet*,
    *åtgärder som behöver vidtas framöver* (round 80, blind: *gjorts sedan* was flagged as the verb)."""
    return token.lower in PARTICLE_WORDS


def _ends_phrase(block: BlockAnalysis, index: int) -> bool:
    # *igen*: no preposition's object, so the word before is a particle (*förrän den ställs på igen*, transport
    # re-test s50: the example had been *förrän (Vem?) ställer den*, without *på*)
    tokens = block.tokens
    return index >= len(tokens) or tokens[index].pos in {"ADP", "PUNCT", "CCONJ"} or tokens[index].lower == "igen"


def verb_chain(block: BlockAnalysis, verb: Token) -> list[Token]:
    """The auxiliaries that belong to ``verb``: *ha* only before a supine (*har behandlats*, not *har … förstärks*)."""
    chain = [t for t in _raw_verb_chain(block, verb) if not _noun_skall(block, t)]
    if supine_shaped(verb.lower) and not _present_of_tt_stem(verb):  # not *mäts* (*har förändringar i hur X mäts*)
        return chain
    kept = [t for i, t in enumerate(chain) if t.lemma.lower() != "ha" or _before_supine(chain[i + 1 :])]
    while kept and kept[0].lower in CHAIN_WORDS:
        kept.pop(0)
    return kept


def _before_supine(rest: list[Token]) -> bool:
    """The chain's next auxiliary is a supine, which *ha* is the tense of (*skulle ha behövt bytas ut*: the example
    had been *Vi skulle behövt byta ut*, property re-test s52)."""
    following = next((t for t in rest if t.lower not in CHAIN_WORDS), None)
    return following is not None and following.feature("VerbForm") == "Sup"


def _present_of_tt_stem(verb: Token) -> bool:
    """The present of a verb whose stem ends in *tt*, shaped like a supine: *ersätts*, *sätts* (of *ersätta*,
    *sätta*; the supines are *ersatts*, *satts*). *Om du har periodbiljett ersätts du* had taken the other clause's
    *har* as its auxiliary: *Vi har ersätt …* (utility re-test s49)."""
    lemma = verb.lemma.lower()
    return lemma.endswith("tta") and verb.lower == lemma[:-1] + "s"


def _noun_skall(block: BlockAnalysis, token: Token) -> bool:
    """*skall* the noun (a dog's bark), which the tagger reads as the modal: after an article or a genitive (*Ett skall
    hördes i skogen*: the rewrite had been *Vi ska höra …*; enfix tester, session 42). Not after *det* (*det skall
    bli*)."""
    if token.lower != "skall":
        return False
    before = block.words_before(token.i, 2)
    while before and before[-1].pos == "ADJ":
        before.pop()  # *ett högt skall*
    return bool(before) and (before[-1].lower in SKALL_ARTICLES or before[-1].feature("Case") == "Gen")


SKALL_ARTICLES = frozenset({"ett", "något", "varje", "detta", "vilket"})


def _raw_verb_chain(block: BlockAnalysis, verb: Token) -> list[Token]:
    """Auxiliaries before the verb, with *att* and a negation between them (*kommer att*, *kan inte*).

    The parse's ``aux`` children are used when there are any. In long sentences
    the parser often loses them, so otherwise the nearest auxiliary earlier in
    the same clause is taken (*ska blanketten … fyllas i*).
    """
    auxiliaries = [
        t
        for t in block.children(verb)
        if t.dep == "aux"
        and t.i < verb.i
        and not any(w.lower in CLAUSE_OPENERS and not in_som_helst(block, w) for w in block.tokens[t.i : verb.i])
        and not finite_of_own_clause(block, t, verb)
    ]  # not *Statskontoret ska när uppdraget utförs inhämta*: *ska* is *inhämta*'s, whatever the parse says
    if auxiliaries:
        between = block.tokens[auxiliaries[0].i : verb.i]
        return [
            t
            for t in between
            if (
                t.dep == "aux"
                or t.pos == "AUX"
                and is_auxiliary(t)  # *ska effektivt kunna inhämtas*: *kunna* parsed as *fixed*
                or t.lower in CHAIN_WORDS
                and t.head in (verb.i, *auxiliaries)
            )
            and not _another_verbs_auxiliary(block, t, verb)
        ]
    shared = _coordinated_passive(block, verb) or _gapped_passive(block, verb)
    if shared is not None:
        return _raw_verb_chain(block, shared)
    chain = _nearest_auxiliaries(block, verb)
    modal = None if chain else _inverted_modal(block, verb)
    return [modal] if modal is not None else chain


def finite_of_own_clause(block: BlockAnalysis, token: Token, verb: Token) -> bool:
    """A modal before the passive that is the finite verb of a relative clause of its own: it has its own subject and
    its own relative word (*Om Kriminalvården inte ändrar beslutet som du vill, skickas ärendet vidare*, *Betyg som
    du får … utfärdas av …*; probation re-test s53: the examples had been *Vi vill skicka …*, *… får utfärda …*, a
    modal of another clause that changed the meaning). The relative word is the modal's object or subject, so the
    modal is a full verb there; a subjunction's clause may still be the passive's (*om programmet behöver anpassas*,
    *att zoner ska få införas*, where the parse hangs the subject on the modal), and so may a relative clause whose
    modal the parse makes govern the passive (*Det ansvar som myndigheterna har i dag behöver förändras*)."""
    if verb.head == token.i:
        return False
    children = block.children(token)
    own_subject = any(c.dep in SUBJECT_DEPS and c.i < token.i and c.lower not in RELATIVES for c in children)
    return own_subject and any(c.lower in RELATIVES and c.i < token.i for c in children)


def _another_verbs_auxiliary(block: BlockAnalysis, token: Token, verb: Token) -> bool:
    """An auxiliary between the passive's first auxiliary and the passive that belongs to another verb between them:
    *Senare måste de nummer du vill ringa till godkännas* (probation re-test s53: *vill* of *ringa* had been taken
    into the chain and *måste* dropped, *Vi vill godkänna …*)."""
    if token.dep != "aux" or token.head == verb.i or not token.i < token.head < verb.i:
        return False
    head = block.tokens[token.head]
    return head.pos == "VERB" and not is_auxiliary(head)


def _coordinated_passive(block: BlockAnalysis, verb: Token) -> Token | None:
    """The earlier passive an infinitive passive is coordinated with, sharing its auxiliary and subject: *ska
    analyseras och utredas* is *ska … utredas* (its note and rewrite were *Nämnden utredar frågan*, session 23).
    Coordinated as grammar reads an agent after both (:func:`klarlint.grammar.verbs_coordinated`)."""
    if verb.dep != "conj" or verb.head >= verb.i or not infinitive_shaped(verb):
        return None
    head = block.tokens[verb.head]
    if head.pos != "VERB" or head.feature("Voice") != "Pass":
        return None
    return head if verbs_coordinated(block, head, verb) else None


def coordinated_passive(block: BlockAnalysis, verb: Token) -> Token | None:
    """The earlier passive ``verb`` is coordinated with and shares its auxiliary and subject with, or None."""
    return _coordinated_passive(block, verb)


def _inverted_modal(block: BlockAnalysis, verb: Token) -> Token | None:
    """The modal second in a main clause whose long subject stands between it and the infinitive passive: *Därtill
    ska gemensamma vetenskapliga evenemang och aktiviteter främjas*, *Vidare ska varje ingripande som sker i en zon
    dokumenteras* (the parse hangs the modal elsewhere, and a conjunction or a relative clause stops the nearest
    auxiliary; an audit of every corpus rewrite found *(Vem?) främjar …*). The modal is the sentence's second or
    third word, after no clause opener; no other verb stands before the passive but a relative clause's first."""
    if not infinitive_shaped(verb) or clause_marks(block, verb):
        return None
    start = sentence_start(block, verb.i)
    if start is None:
        return None
    words: list[Token] = []  # the sentence's first four words before the verb (not all of a long sentence's)
    for index in range(start, verb.i):
        if len(words) == INVERTED_MODAL_WORDS:
            break
        if not block.tokens[index].text.isspace():
            words.append(block.tokens[index])
    modal = next((t for t in words[1:] if t.pos == "AUX" and t.lower in MODALS), None)
    if modal is None or any(t.lower in OPENERS_AND_ATT for t in words[: words.index(modal)]):
        return None  # *Ansökan som inte kan godkännas avslås*: the relative clause's modal
    for index in range(modal.i + 1, verb.i):
        token, before = block.tokens[index], word_before(block, index)
        if token.pos in {"VERB", "AUX"} and not (before is not None and before.lower == "som"):
            return None  # a verb of its own (*ska undersöka hur lagen tillämpas*), not a relative clause's
    if (before := word_before(block, verb.i)) is not None and before.lower == "som" and before.head == verb.i:
        return None  # the passive's own clause opens with *som*: *ska framgå vilket beslut som överklagas*
    return modal


INVERTED_MODAL_WORDS = 4  # the modal is the sentence's second, third or fourth word


def sentence_start(block: BlockAnalysis, index: int) -> int | None:
    """Where the sentence of token ``index`` starts (see :func:`sentence_of`)."""
    sentence = sentence_of(block, index)
    return None if sentence is None else sentence.start


def sentence_of(block: BlockAnalysis, index: int) -> Sentence | None:
    """The sentence of token ``index``, by bisection over the block's sentences (a block of many sentences would
    otherwise be read once per passive)."""
    return block.sentence_of(index)


def _gapped_passive(block: BlockAnalysis, verb: Token) -> Token | None:
    """The earlier verb whose modal an infinitive passive shares: a passive with a subject of its own (*Väntetiderna
    måste kortas och kompetensförsörjningen säkras*, *kan kapital mobiliseras, jobbmöjligheter skapas …*), or any verb
    whose subject it shares (*Materialet ska ha kommunen som avsändare och utformas så att …*). An audit of every
    corpus rewrite found such rewrites in the present (*(Vem?) säkrar kompetensförsörjningen*). Only after a modal:
    the form is the present too (*Lagen har skärpts och stödet förbättras*)."""
    if not infinitive_shaped(verb) or any(t.dep in {"aux", "aux:pass"} for t in block.children(verb)):
        return None
    subjects = [t for t in block.children(verb) if t.dep in SUBJECT_DEPS]
    if any(t.i > verb.i for t in subjects):
        return None  # *och till hösten planeras ytterligare två*: the verb second, finite, in a clause of its own
    own_subject = bool(subjects)
    if not own_subject and _noun_phrase_after(block, verb):
        return None  # *och till hösten planeras ytterligare två*: a subject after the verb the parse did not see
    head = verb
    for _ in range(MAX_GAPPED):  # up a list of clauses (*Straffen ska skärpas, stödet förbättras och …*)
        if head.dep not in {"conj", "parataxis", "xcomp"} or head.head >= head.i:
            return None
        if head.dep == "xcomp" and not own_subject:
            return None  # *beräknas avsättas*: an infinitive complement, not a clause of its own
        head = block.tokens[head.head]
        if head.pos not in {"VERB", "AUX"} or own_subject and head.feature("Voice") != "Pass":
            return None  # an active verb's modal only where the subject is shared (*ska ha … och utformas*)
        if any(t.text in REPLY_DASHES for t in block.tokens[head.i : verb.i]):
            return None  # *Regeringen vill se skärpta krav – förslag skickas på remiss*: a dash parts two clauses
        if any(_auxiliary_child(t) and t.i < head.i for t in block.children(head)):
            return head
    return None


MAX_GAPPED = 3


def _auxiliary_child(token: Token) -> bool:
    """An auxiliary other than *ha*, or a modal in capitals the parse made the subject (*Inlägg BÖR skrivas … och
    anpassas*)."""
    return token.dep == "aux" and token.lemma.lower() != "ha" or capital_modal(token)


def _nearest_auxiliaries(block: BlockAnalysis, verb: Token) -> list[Token]:
    chain: list[Token] = []
    for token in reversed(block.tokens[max(0, verb.i - CLAUSE_WINDOW) : verb.i]):
        if token.pos in CLAUSE_BOUNDARY_POS or token.lower in CLAUSE_OPENERS:
            break
        if token.pos == "VERB" and not is_auxiliary(token) or token.dep == "cop":
            break  # *Ansökan som inte kan godkännas avslås*: an auxiliary before another verb is that verb's
            # (or the copula's: *information om när man bör vara på plats meddelas* is no *(Vem?) bör meddela*)
        if has_own_object(block, token, verb) or finite_of_own_clause(block, token, verb):
            break  # *Om … Elias behöver särskilt stöd upprättas …*: the region's re-test s47 found *(Vem?) behöver
            # upprätta …*, the if-clause's verb taken for the passive's modal
        if _comes(block, token):
            break  # *Samtal som kommer in till oss registreras*: coming in, no future (had been *Vi kommer registrera*)
        if is_auxiliary(token) or token.lower in CHAIN_WORDS:
            chain.insert(0, token)
        elif any(is_auxiliary(t) for t in chain):
            break
        else:
            chain = []  # words between the auxiliary and the verb (an inverted subject) are skipped
    while chain and not is_auxiliary(chain[0]):
        chain.pop(0)
    return chain


def has_own_object(block: BlockAnalysis, token: Token, verb: Token) -> bool:
    """A modal used as a full verb with its own object before the passive (*behöver särskilt stöd*): the verb of
    another clause, not the passive's auxiliary."""
    return token.pos == "VERB" and any(t.dep == "obj" and token.i < t.i < verb.i for t in block.children(token))


def _comes(block: BlockAnalysis, token: Token) -> bool:
    """*komma* as the verb of coming, not the future's auxiliary: a particle or a preposition right after it
    (*kommer in*, *kommer från andra myndigheter*)."""
    following = block.token_after(token)
    return token.lemma.lower() == "komma" and following is not None and following.lower in COMING_WORDS


COMING_WORDS = frozenset({"in", "ut", "fram", "tillbaka", "hit", "dit", "bort", "hem", "från", "ifrån", "till"})


def is_auxiliary(token: Token) -> bool:
    return token.lemma.lower() in AUXILIARY_LEMMAS and token.pos in {"AUX", "VERB"} or capital_modal(token)
