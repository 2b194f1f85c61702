"""``impersonal-man``: *man* and third-person address forms where the text could speak to the reader.

*Man kan ansöka* and *den sökande ska bifoga* keep the reader at arm's length and
leave open who is meant. Skrivregler's first advice is to write to the reader:
*du kan ansöka*, *bifoga …*. The model tags every *man* as a pronoun, so the noun
(*en man*, *man och kvinna*) is told apart by its neighbours, not by the tag.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from klarlint.analysis import Analysis, BlockAnalysis, Sentence, Token
from klarlint.document import Document
from klarlint.genre import DECISION, GREETING_WORDS, LETTER, PRESS_RELEASE, SPEECH, WEB, detect_genre
from klarlint.grammar import NI_FORMS, address_words, addresses_with_ni, letters_address
from klarlint.rules import references
from klarlint.rules.base import FixAvailability, RuleFinding, RuleInfo, Severity, at_block, check_by_parts
from klarlint.rules.missing_sender import ORGANISATION

# Words that make the next "man" a noun: "en man", "den man som", "varje man".
NOUN_DETERMINERS = frozenset(
    {"en", "den", "denna", "denne", "varje", "ingen", "någon", "samma", "annan", "vilken", "ung", "gammal", "äldre"}
    | {"min", "din", "sin", "hans", "hennes", "deras", "vår", "er", "ens"}  # "min man" (my husband)
)
# The masculine forms of adjectives before the noun "man" (*din gode man*, a guardian; *hennes förre man*), which the
# tagger can take for verbs: a past tense ends in -de/-te as *gode* does.
MAN_ADJECTIVES = frozenset(
    {"gode", "förre", "förste", "främste", "siste", "unge", "gamle", "nye", "store", "ende", "rätte", "döde"}
    | {"tidigare", "nuvarande", "dåvarande", "blivande", "avlidne", "käre"}
)
# After these, "man" opens a clause as its subject, whatever follows: "att man i dag kan …", "när man ska gifta sig".
SUBORDINATORS = frozenset(
    {"att", "som", "om", "när", "då", "eftersom", "innan", "medan", "så", "vad", "hur", "var", "där", "dit", "tills"}
)
MODIFIER_POS = frozenset({"DET", "ADJ", "NUM"})
VERBAL_POS = frozenset({"VERB", "AUX"})
COORDINATORS = frozenset({"och", "eller", "&"})
SIGNER_FORMS = frozenset({"undertecknad", "undertecknade"})
# *den klagande*, *klaganden* (the one who appeals) are the reader in a decision as *den sökande* is (session 42)
SOKANDEN_FORMS = frozenset({"sökanden", "sökandens", "klaganden", "klagandens"})
APPLICANT_WORDS = frozenset({"sökande", "klagande"})
# *den sökandes ekonomiska situation*: the genitive is the reader's too, *din* (session 45, a writer's re-tester)
APPLICANT_GENITIVES = frozenset({"sökandes", "klagandes"})
REFLEXIVES = frozenset({"sig", "sin", "sitt", "sina", "ens"})
OBJECT_DEPS = frozenset({"obj", "iobj", "obl", "nmod"})
MAN_MESSAGE = "”man” gör texten opersonlig. Skriv ”du” när du menar läsaren och ”vi” när du menar er själva."


# In a speech, a press release or a news page that never addresses its reader, "man" is generic or means
# people the text has named (the delegation, the teachers): "du" would change the meaning. So are
# "den sökande" and "sökanden" there (*underlättar för den sökande*: applicants in general).
NEWS_GENRES = frozenset({SPEECH, PRESS_RELEASE, WEB})
# A letter or a decision is written to its reader, whatever pronouns it uses.
READER_GENRES = frozenset({LETTER, DECISION})
READER_WORDS = re.compile(r"\b(?:du|dig|din|ditt|dina|ni)\b", re.IGNORECASE)
# "man" as the subject of one of these in a main clause, with a verb that is a step of an errand (*man kan
# ansöka*, *ska man bifoga*, *man måste anmäla sig*), says what the reader can or must do: an instruction, even
# in a text that never says du. A modal alone is not enough: in an essay or a textbook *Man måste mera aktivt
# styra byggandet* means the state, *Man måste göra antaganden* the writer. Otherwise, in such a text, "man"
# states what holds for people in general (*Det vet man aldrig*, *att veta vem man skriver till*).
INSTRUCTION_MODALS = frozenset({"kan", "ska", "skall", "måste", "bör", "får", "behöver"})
ERRAND_VERBS = frozenset(
    {"söka", "ansöka", "bifoga", "anmäla", "avanmäla", "registrera", "ringa", "kontakta", "mejla", "skicka"}
    | {"lämna", "fylla", "betala", "boka", "avboka", "beställa", "svara", "begära", "vända", "logga", "ladda"}
    | {"överklaga", "uppge", "ange", "underteckna", "intyga", "visa", "hämta", "besöka", "deklarera", "spärra"}
)
# Imperatives the model often tags as a name, a noun or an infinitive (*Tänk på*, *Kontakta oss*); not *Läs
# mer* or *Se även* (links on a news page), nor *Besök* (also a noun).
IMPERATIVES = frozenset(
    {"tänk", "kontakta", "ring", "skicka", "fyll", "observera", "notera", "klicka", "ansök", "anmäl", "glöm"}
    | {"välj", "logga", "mejla", "boka", "betala", "använd"}
)
# Imperatives that point to more (a link, a share button: *Läs mer*, *Se även*, *Följ oss*): on a web page they
# do not show that its text speaks to the reader, an instruction (*Spola kallvatten*, *Ring oss*) does.
LINK_IMPERATIVES = frozenset({"läs", "se", "titta", "lyssna", "följ", "dela", "prenumerera", "besök", "gilla"})
# Verbs that report what someone said or wrote: *man* in their *att* clause, with a third party as the subject
# (*Föreningen har i sin ansökan angett att man har fått sponsring*), is that party (session 42, a reviewer: *du*
# had been suggested in a decision, which made the reader the sponsored one).
REPORTING_LEMMAS = frozenset(
    {"ange", "anföra", "uppge", "meddela", "skriva", "framhålla", "påpeka", "hävda", "påstå", "berätta", "förklara"}
    | {"redovisa", "svara", "säga", "mena", "framföra", "upplysa", "intyga", "invända", "understryka", "betona"}
    | {"anse", "bedöma", "uppgiva", "tillägga", "klargöra", "beskriva"}
)
# Verbs of wishing: *man* in a relative clause on what a third party wished for (*Många ville ha en plats där man kan
# plaska*, *Barnen önskade sig en plats där man …*) is that party or people at large, not the reader (session 45, a
# writer's re-tester: *du* had been suggested in a news item on a playground the children had wished for). *vilja
# ha* counts by its auxiliary. Only the relative clause: an *att* clause of a wish (*Kommunen vill att man sorterar
# sitt avfall*) asks the reader.
WISH_LEMMAS = frozenset({"önska", "efterfråga", "efterlysa", "drömma", "föreslå", "vilja", "längta"})
MAX_REPORT_STEPS = 4  # clauses climbed from *man* to the verb that reports or wishes
# Subjects of such a verb that are the reader or the writer: *Du har angett att man …* is still the reader.
SPEAKER_PRONOUNS = frozenset({"du", "ni", "jag", "vi", "man"})
# What a finding needs from the rest of the document (see combine).
ALWAYS, INSTRUCTION, GENERIC, ADDRESS_FORM = "always", "instruction", "generic", "address-form"
SWITCH = "switch"  # a lower-case *ni* in a letter that says *du*: see _switch
TO_NI = "to-ni"  # a *du* in a letter that says *ni*: see _switch_to_ni
ROLE = "role"  # *den besökande*, *den hyresgäst som*: see ROLE_NOUNS
OWNER = "owner"  # *fastighetsägaren* in a text about the reader's property, and the like: see OWNER_ROLES
QUOTE_OPENERS = ("–", "—", "−", "-", "”", '"', "'", "’")
# *Låt oss* (let us) and *Låt våra hemmakvinnor spara* exhort writer and readers together, *Låt mig* announces
# the writer: no instruction to the reader, unless the reader is to tell (*Låt oss veta*, *Låt mig höra*).
EXHORTATION = frozenset({"oss", "mig", "vår", "vårt", "våra"})
TELLING = frozenset({"veta", "höra"})


class ImpersonalMan:
    # Not block-local: whether generic "man" is flagged depends on the kind of text and on whether the
    # document addresses its reader anywhere (klarlint.lsp.rule_cache runs it on the whole document).
    info = RuleInfo(
        id="impersonal-man",
        title="Opersonligt man eller omskrivning av läsaren",
        severity=Severity.INFO,
        block_local=False,
        block_parts=True,
        fix=FixAvailability.SOMETIMES,  # capital-ni's lower case; the address forms are advice
        summary=(
            "generic *man* as subject (not *en man, min man, man och kvinna*) and the address forms *den sökande(s), "
            "sökanden, den klagande, vederbörande, undertecknad* (as subject or object: *kontakta undertecknad*; not "
            "*ska vara undertecknad*) (and *den enskilde, den studerande, den registrerade, den försäkrade, den "
            "skattskyldige* where the text speaks to its reader; the reader's role, *den besökande, den hyresgäst "
            "som*, where the text says *du* and not *din hyresgäst*, and in the definite form (*hyresgästen, "
            "tillståndshavaren*) where the text says du or ni, not the same sentence nor beside *en hyresgäst*; "
            "*fastighetsägaren* in a letter or decision about *din/er fastighet*, *deltagaren* where the text says "
            "*du deltar*, *förslagsställaren*, *arrangören* where the reader organises or serves, *den nyanlände* "
            "with *den enskilde*; not *Med den registrerade avses*, nor the law's persons in a sentence citing a "
            "statute, *enligt 39 kap. 3 § … den enskilde*, unless the law binds them, *ska den studerande*); address "
            "forms get "
            "*ni, er* in a text that says ni and never du; suggests *du/dig/din, ni, jag* by position (*jag* or "
            "*mig* for *undertecknad*). *Man* only where the text speaks to its reader (du, ni, an imperative, "
            "outside quotations; a letter or decision) or gives an instruction (*man kan ansöka*, *ska man bifoga*), "
            "not in what a third party reported or wished for (*Föreningen har angett att man …*, *Många ville ha en "
            "plats där man kan plaska*, also the second of two wished things; not the sender's or an authority's wish, "
            "*Kommunen vill ha ett intyg där man anger …*), *ni* for *man* where the text or the "
            "paragraph says *ni*; in news *man* and "
            "*den sökande* only where the text says du or ni, never a speech's generic *man* (spoken style); "
            "*vederbörande som behöver …* opening a clause is the reader (*Du som …*); *vederbörande* before the "
            "reader's role is *du/ni* (*Vederbörande vårdnadshavare* → *Ni*), before someone the reader has *din/er* "
            "(*Vederbörande arbetsgivare* → *Din*), *ansvarig* only for the one in charge; the sender's own *man kan "
            "inte säga om/när/hur* (→ *vi*) where the text speaks to its reader, while *säger man* stays unflagged; "
            "not *man* in a named title (*Se bilagan Hur man överklagar*); an applicant acted on (*ska sökanden "
            "informeras*) only where the text speaks to its reader; not *man* after *Skillnaden/Principen är att* "
            "nor in a norm (*Det ska inte vara så att man …*); *ni* and *er* where the paragraph says *ni*; and *Ni, "
            "Er, Du, Dig, Din* with a capital inside a sentence (not after a quotation mark, a dash or a bracket; "
            "*Er* as an object is *dig*, before its noun *din* also where the parse makes it the object: *kontakta Er "
            "kundvärd*) (`capital-ni`: lower case, as Myndigheternas skrivregler write it; the "
            "capital reads as old-fashioned; *du, dig, din* where the text says *du* elsewhere); a lower-case *ni* "
            "in a letter or decision that says *du* (`address-switch`: *du*; a lower-case possessive *er/ert/era* "
            "before its noun → *din/ditt/dina*, a sentence's first *Er fastighet* → *Din*; a third person's *de* is no "
            "plural the *ni* speaks to; not near a plural: *du och din sambo, ni båda*; and a *du* in a letter or "
            "decision that says *ni* in more than twice as many paragraphs → *ni*, not to *du som …*; on a web page "
            "that says *du* in three paragraphs or more, a *ni* in its one paragraph that says *ni*; in a letter to a "
            "group, *Till hyresgästerna …*, advice without a word put in)"
        ),
        reference=references.ADDRESS,
        explanation=(
            "Myndigheter ska skriva till läsaren, inte om hen. ”Man kan ansöka om bidrag” och "
            "”Den sökande ska bifoga intyg” låter läsaren gissa om det gäller hen. Skriv ”du” "
            "(eller ”ni”) till läsaren och ”vi” om er själva: ”Du kan ansöka om bidrag”, ”Skicka "
            "med ett intyg”. Regeln markerar ”man” som allmänt subjekt och tilltalsformerna ”den "
            "sökande”, ”sökanden”, ”vederbörande” och ”undertecknad” (skriv ”jag” eller ”mig”). I en text till läsaren "
            "markerar den också ”den enskilde”, ”den studerande”, ”den registrerade”, ”den försäkrade” och ”den "
            "skattskyldige”. Den är en "
            "upplysning (info): i texter om allmänna förhållanden kan ”man” vara rätt ord. Skriv "
            "”ni” och ”er” med liten bokstav."
        ),
        example_before="Man kan söka bidrag. Vederbörande ska bifoga intyg, och sökanden får svar inom en månad.",
        example_after="Du kan söka bidrag. Skicka med ett intyg när du ansöker, så får du svar inom en månad.",
        subchecks={
            "generic-man": "Opersonligt ”man” där texten talar till läsaren",
            "address-form": "Omskrivningar av läsaren och skribenten (”den sökande”, ”vederbörande”, ”undertecknad”)",
            "capital-ni": "”Ni”, ”Er” och ”Du” skrivs med liten bokstav",
            "address-switch": "”ni” i ett brev eller beslut som annars säger ”du” (och ”du” där det säger ”ni”)",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        return iter(check_by_parts(self, analysis, options))

    def block_part(self, analysis: Analysis, index: int, options: Mapping[str, Any]) -> BlockPart:
        """The block's findings (at block 0), each with whether it is a generic *man* that only a text
        which may say *du* gets, and whether the block itself addresses the reader."""
        document = analysis.document
        block = document.blocks[index]
        block_analysis = analysis.blocks[index]
        before = document.source[max(0, block.to_source(0) - 3) : block.to_source(0)]  # a reader may drop "– "
        reply = any(dash in block_analysis.text.lstrip()[:1] + before for dash in QUOTE_OPENERS[:2])
        found: list[tuple[RuleFinding, str]] = []
        imperative = says_du = task = plural_ni = False
        for sentence in block_analysis.sentences:
            opening = (
                _last_char_before(block_analysis.text, sentence.char_start)
                + block_analysis.text[sentence.char_start : sentence.char_start + 1]
            )
            quoted = reply or any(mark in opening for mark in QUOTE_OPENERS)
            says_du = says_du or not quoted and _says_du(analysis, index, sentence)
            opens = not quoted and _opens_with_imperative(analysis, index, sentence)
            imperative = imperative or opens
            task = task or opens and not _opens_with_link_word(block_analysis, sentence)
            infinitive = _opens_with_infinitive(block_analysis, sentence)
            instruction = _instructs(block_analysis, sentence)
            for token in block_analysis.sentence_tokens(sentence):
                if token.lower == "man" and (quoted or infinitive or analysis.in_quotation(index, token.start)):
                    continue  # spoken or reported words, or a subjectless infinitive first (*Att vara chef
                    # innebär att man …*, *Veta vad man vill*): generic
                if token.text in CAPITAL_ADDRESS and (quoted or analysis.in_quotation(index, token.start)):
                    continue  # the speaker's words as written
                if (capital := _capital_address(block_analysis, sentence, token)) is not None:
                    found.append((capital, ALWAYS))
                    continue
                spoken = quoted or token.lower == "ni" and analysis.in_quotation(index, token.start)
                plural_ni = (
                    plural_ni or not spoken and token.lower == "ni" and _plural_near(block_analysis, sentence, token)
                )
                if (switch := _switch(block_analysis, sentence, token, spoken)) is not None:
                    found.append((switch, SWITCH))
                    continue
                if not quoted and (to_ni := _switch_to_ni(analysis, index, sentence, token)) is not None:
                    found.append((to_ni, TO_NI))
                    continue
                finding = _finding(0, block_analysis, sentence, token)
                if finding is not None:
                    found.append((finding, _needs(block_analysis, sentence, token, instruction)))
        ni_word, du_word = address_words(block_analysis.text)
        company = "ök" in block.text and COMPANY_APPLICANT.search(block.text) is not None
        owns = OWNED_ROLE.search(block.text) is not None
        capitals = sum(f.subcheck == "capital-ni" and f.suggestion not in DU_WORDS for f, _ in found)
        plain_ni = ni_word and len(NI_FORMS.findall(block.text)) > capitals
        signs = frozenset(role for role, sign in READER_ROLE_SIGNS.items() if sign.search(block.text))
        return BlockPart(
            tuple(found), says_du, imperative, task, ni_word, du_word, company, owns, plain_ni, signs, plural_ni
        )

    def combine(self, analysis: Analysis, parts: Sequence[BlockPart], options: Mapping[str, Any]) -> list[RuleFinding]:
        document = analysis.document
        genre = document.genre or detect_genre(document)
        news = genre in NEWS_GENRES
        # Where the text speaks to its reader (du, ni, an imperative, a letter), "man" and "den sökande" mean
        # the reader and du fits. Elsewhere "man" is generic, unless it says what someone can or must do;
        # in news and speeches even that is about the people the text is about, and so is "den sökande".
        # A press release's imperatives (*Kontakta pressekreteraren*, *Skicka också …*) speak to journalists. A web
        # page's instructions (*Spola kallvatten tills vattnet är klart*) speak to its reader, as they do in a .txt
        # (session 42, a reviewer: the same text as Markdown, read as a web page, had lost its *man* finding); its
        # *Läs mer* and *Följ oss* do not.
        # A speech's generic *man* is spoken style, people in general, even where the speaker says *ni* to the hall
        # (*Vi vet att man inte vill lägga en kväll på blanketter*; session 48, an agency's re-test: *ni* three times).
        addressed = genre != SPEECH and (
            genre in READER_GENRES
            or any(part.says_du for part in parts)
            or not news
            and any(part.imperative for part in parts)
            or genre == WEB
            and any(part.task for part in parts)
        )
        kept = {ALWAYS} if news else {ALWAYS, INSTRUCTION, ADDRESS_FORM}
        # A text that says *ni* to its reader and never *du* (a decision to an association) is told *ni* for *man*
        # too: *Hur man överklagar* had been told *du* where the text's other findings said *ni* (session 42).
        # (From the blocks' parts: a search of the whole text cost 40 ms an edit at 300,000 words. A form is a whole
        # word, the same in a block alone as in the whole text.)
        # So is a *man* in a paragraph that says *ni* and not *du*, in a text that says *du* elsewhere (session 46, a
        # writer's re-tester: *Man får alltid ett tilldelningsbeslut*, told *Du* beside *Om ni anser … kan ni*), as the
        # address forms' *ni* follows the paragraph (see _pronoun).
        # A letter or a decision that says *ni* in more than twice as many paragraphs as *du* is one to *ni*: its *du*
        # switches the address (permits re-test s52: *Har du frågor?* closing a licence to a company that says *ni*).
        # (the count passive-voice's examples follow too: grammar.letters_address)
        kept_address = letters_address(sum(p.plain_ni for p in parts), sum(p.du_word for p in parts))
        to_ni = genre in READER_GENRES and kept_address == "ni"
        to_ni = to_ni and not _to_several(document)
        if to_ni:
            kept = kept | {TO_NI}
        ni = any(part.ni_word for part in parts) and (to_ni or not any(part.du_word for part in parts))
        # A capital *Ni* in a text that says *du* elsewhere switches the address (session 49, an HR re-tester: a
        # letter to Jonas with *du*, then *Om Ni anser … kan Ni vända Er till Er fackliga organisation*): lower case
        # keeps the switch, so the fix is *du, dig, din* (see _du_for_capital).
        says_du = not to_ni and any(part.du_word for part in parts)
        # (see COMPANY_APPLICANT: the applicant is another than the reader the text calls *du*)
        other = says_du and not ni and any(part.company_applicant for part in parts)
        # A lower-case *ni* in a letter or a decision that says *du* (in more paragraphs than it says *ni*) switches the
        # address (session 49, a legal re-tester: *Undertecknad kan nås … om ni har frågor om beslutet* in a decision
        # to Karin that says *du* throughout); where it may be a true plural, _switch has left it.
        # A paragraph whose only *ni* forms are capitals inside sentences (told *du* themselves) does not count as one
        # that says *ni*: *Om Ni är missnöjd … kan Ni överklaga … Ange vilket beslut ni överklagar* (session 50, a
        # transport re-tester: the capitals were told *du*, the lower-case *ni* left, and the paragraph mixed the two).
        switch = genre in READER_GENRES and kept_address == "du"
        switch = (switch or genre == WEB and _web_switch(parts)) and not _to_several(document)
        if switch:
            kept = kept | {SWITCH}
        if (says_du or ni) and genre not in (SPEECH, PRESS_RELEASE):
            roles = set().union(*(p.reader_roles for p in parts))
            # (a page's *din fastighet* may be the building its reader lives in: defence re-test s50 04, *skyddsrummet i
            # din fastighet* beside *Fastighetsägaren är skyldig …*; a letter about it goes to its owner)
            kept = kept | (roles if genre in READER_GENRES else roles - {OWNER})
        # (see ROLE_NOUNS)
        if (says_du or ni) and genre not in (SPEECH, PRESS_RELEASE) and not any(p.owns_role for p in parts):
            kept = kept | {ROLE}
        # A paragraph whose *ni* is a true plural (*Ni får 480 dagar tillsammans*) in a text that says *du* is no
        # paragraph to *ni*: its generic *man* is the one reader, *du* (family re-test s51: *Om man är ensam
        # vårdnadshavare* had been told *ni*). Its other *ni*, and those of the paragraph after it (a heading's *Om ni
        # vill komma överens själva*, then *Det kallas att ni avtalar om underhåll*), are that plural too: no switch.
        # A paragraph whose *ni* is a switch (told *du*) is a paragraph to *du*: its address forms get *du* (funeral
        # re-test s52: *efter att vederbörande har getts möjlighet* beside *Ni har ej rätt …* had been told *ni*).
        to_du = [switch and _switched(parts, index) for index in range(len(parts))]
        found = [
            _in_address_form(
                _plural_to_du(
                    _capital_to_du(analysis, index, finding, says_du), says_du and (not part.ni_word or to_du[index])
                ),
                ni or part.ni_word and not part.du_word and not (says_du and part.plural_ni) and not to_du[index],
            )
            for index, part in enumerate(parts)
            for finding, needs in part.findings
            if (
                addressed
                and needs not in (SWITCH, TO_NI, ROLE, PREGNANT)
                and needs not in OWNER_ROLES.values()
                or needs in kept
            )
            and not (needs == ROLE and part.ni_word and not ni)
            and not (other and _applicant(analysis, index, finding))
            and not (needs == SWITCH and _plural_paragraph(parts, index))
        ]
        return [_as_group_advice(f) for f in found] if _to_a_group(document) else found


# A letter addressed to a group (*Till hyresgästerna på Lärkvägen 20–24*, *Till boende i kvarteret*) may say *ni* to
# all of them and *du* to each: a switch is still told, but no word is put in (fix check s52: *Vi renoverar era badrum*
# had become *dina badrum*, one tenant with several bathrooms).
GROUP_ADDRESSEE = re.compile(
    r"^Till\s*:?\s+(?:alla\s+|de\s+)?(?:[a-zåäö]+(?:erna|arna|orna|rna|na)|boende|vårdnadshavare|föräldrar|medlemmar"
    r"|hyresgäster|fastighetsägare|grannar|sakägare|elever)\b"
)
GROUP_ADVICE = (
    "Texten växlar mellan ”du” och ”ni”. Brevet går till en grupp: välj ett tilltal, ”du” till var och en eller ”ni” "
    "till alla, så att tilltalet är detsamma i hela texten."
)


def _to_a_group(document: Document) -> bool:
    """Whether the letter's addressee line, among its first lines, names a group (see GROUP_ADDRESSEE)."""
    return any(GROUP_ADDRESSEE.match(text) for text in _head_lines(document))


def _as_group_advice(finding: RuleFinding) -> RuleFinding:
    if finding.subcheck != "address-switch":
        return finding
    return replace(finding, message=GROUP_ADVICE, suggestion=None, replacements=())


# A web page that says *du* in this many paragraphs and *ni* in one only switches the address there (procurement
# re-test s52 10: *… rekommenderar vi att ni anmäler ert företag … Klicka här för att anmäla dig.* on a page to *du*).
# One paragraph: a page may speak to *du* and, in a section of its own, to a group (*ni som förening*), which _switch
# and _plural_near leave alone anyway.
WEB_SWITCH_DU_PARAGRAPHS = 3


def _web_switch(parts: Sequence[BlockPart]) -> bool:
    """The page says *du* in WEB_SWITCH_DU_PARAGRAPHS paragraphs or more and a lower-case *ni* in one only."""
    return sum(p.plain_ni for p in parts) == 1 and sum(p.du_word for p in parts) >= WEB_SWITCH_DU_PARAGRAPHS


def _plural_paragraph(parts: Sequence[BlockPart], index: int) -> bool:
    """A *ni* of the paragraph, or of the one before it (a heading's), is a true plural: its *ni* is no switch."""
    return parts[index].plural_ni or index > 0 and parts[index - 1].plural_ni


def _switched(parts: Sequence[BlockPart], index: int) -> bool:
    """The paragraph has a *ni* kept as a switch of address (see _switch): it speaks to the reader the text calls du."""
    return not _plural_paragraph(parts, index) and any(needs == SWITCH for _, needs in parts[index].findings)


# A company named as the applicant in a party's line (session 49, a legal re-tester: Kronofogden's letter to *du* with
# *Sökande: Elbolaget Norr AB, org.nr …*; *om sökanden begär det* had been told *dig*): in a text that says *du* to a
# person, the applicant is another party, the creditor, and no address form.
# So is a company that the text says has applied (session 51, a debt re-tester: *Norrlands Inkasso AB har ansökt hos
# Kronofogden om att du ska betala …*, then *Sökanden påstår att du inte har betalat* told *Du*): the creditor.
COMPANY_APPLICANT = re.compile(
    r"(?im:^[ \t]*sökande[ \t]*:[^\n]*?(?:\bAB\b|\bHB\b|\bKB\b|\borg\.?[ \t]*nr|organisationsnummer))"
    r"|\b(?:AB|HB|KB)[ \t]+(?:har[ \t]+|hade[ \t]+)?(?:ansökt|ansöker|ansökte)\b"
)


def _applicant(analysis: Analysis, index: int, finding: RuleFinding) -> bool:
    """Whether ``finding`` (at block 0) is on an applicant's address form (*sökanden, den sökande*)."""
    if finding.subcheck != "address-form":
        return False
    words = analysis.blocks[index].text[finding.start : finding.end].lower().split()
    return bool(words) and words[-1] in SOKANDEN_FORMS | APPLICANT_WORDS | APPLICANT_GENITIVES


class BlockPart(NamedTuple):
    findings: tuple[tuple[RuleFinding, str], ...]  # at block 0, each with what it needs (ALWAYS, GENERIC …)
    says_du: bool  # the block says du, dig, din, ni … outside quotations
    imperative: bool  # a sentence of the block, not quoted, tells the reader what to do (an imperative)
    task: bool = False  # such an imperative is not one that points to more (*Läs mer*, see LINK_IMPERATIVES)
    ni_word: bool = False  # the block has ni, er, ert or era anywhere (see addresses_with_ni)
    du_word: bool = False  # the block has du, dig, din, ditt or dina anywhere
    company_applicant: bool = False  # the block names a company as the applicant (see COMPANY_APPLICANT)
    owns_role: bool = False  # the block speaks of the reader's own tenants, customers … (see OWNED_ROLE)
    plain_ni: bool = False  # the block has a form of *ni* that is not a capital inside a sentence (see combine)
    reader_roles: frozenset[str] = frozenset()  # the roles the block shows the reader has (see READER_ROLE_SIGNS)
    plural_ni: bool = False  # a *ni* of the block is a true plural, the reader and others (see _plural_near)


def _capital_to_du(analysis: Analysis, index: int, finding: RuleFinding, says_du: bool) -> RuleFinding:
    """The finding at its block; a capital *Ni* or *Er* told the *du* form where the text says *du* elsewhere."""
    finding = at_block(analysis, finding, index)
    if not says_du or finding.subcheck != "capital-ni" or finding.suggestion in DU_WORDS:
        return finding
    block = analysis.blocks[index]
    token = next((t for t in block.tokens if t.start == finding.start), None)
    du = _du_for_capital(block, token) if token is not None else None
    if du is None:
        return finding
    message = (
        f"Texten säger ”du” till läsaren på andra ställen: skriv ”{du}” i stället för ”{token.text}”, så att "
        "tilltalet är detsamma i hela texten."
    )
    return replace(finding, message=message, suggestion=du, replacements=(du,))


# The *du* form of a capital address word: *Ni* the subject, *Er* an object (*vända Er*) or a possessive before its
# noun (*Er fackliga organisation*), as *Ert, Era* are.
POSSESSIVE_DU = {"er": "din", "ert": "ditt", "era": "dina"}
NOT_NOUN_POS = frozenset({"ADP", "DET", "VERB", "AUX", "PRON", "PUNCT", "SCONJ", "CCONJ", "PART", "ADV"})


def _du_for_capital(block: BlockAnalysis, token: Token) -> str | None:
    """*du* for *Ni*, *dig* for an object's *Er*, *din, ditt, dina* before a noun; None where unsure."""
    lower = token.lower
    if lower == "ni":
        return "du"
    following = block.tokens[token.i + 1] if token.i + 1 < len(block.tokens) else None
    before_noun = following is not None and following.pos in {"ADJ", "NOUN"}
    # An object of the verb before it is no possessive, though a word the tagger calls a noun follows: *Om tiden
    # inte passar Er ombeds Ni …* (session 50, a business re-tester: *passar din ombeds du*)
    verbs_object = token.dep in {"obj", "iobj"} and token.head < token.i and block.tokens[token.head].pos in VERBAL_POS
    # unless the tagger read *Er* itself as a determiner or a genitive before its noun: *kontakta Er kundvärd Lena
    # Berg* (housing re-test s52: the parse made *Er* the object and *kundvärd* an adjective, and *dig kundvärd* was
    # written as a fix)
    if lower == "er" and verbs_object and not (before_noun and _possessive_tag(token)):
        return "dig"
    # *Er* before a word that cannot be its noun is the object, whatever the parse says: *Vi tackar Er för …*, *Vi ber
    # Er kontakta …*, *Vi skickar Er en faktura* (housing re-test s52: the tagger had made these subjects, and the fix
    # was a lower-case *er* in a letter to *du*)
    if lower == "er" and not before_noun and (following is None or following.pos in NOT_NOUN_POS):
        return "dig"
    if before_noun or token.dep in {"det", "nmod:poss"}:
        return POSSESSIVE_DU.get(lower)
    if lower == "er" and token.dep in {"obj", "iobj", "obl", "nmod"}:
        return "dig"
    return None


def _possessive_tag(token: Token) -> bool:
    """The tagger's determiner, possessive or genitive tag (*DT*, *PS*, *PM|GEN*), not its object's *PM|NOM*."""
    return token.tag.startswith(("DT", "PS")) or "|GEN" in token.tag


# *de sökande* is told *ni* (the plural), but in a text that says *du* to its reader the reader is one of them: *Efter
# sista anmälningsdag erbjuds de sökande med högst poäng visning* beside *Du kan anmäla intresse* (session 49, a
# utility re-tester: *ni* in a text that says only *du*), as a capital *Ni* there is told *du*.
PLURAL_TO_DU = {"ni": "du", "er": "dig", "er / ert / era": "din / ditt / dina"}


def _plural_to_du(finding: RuleFinding, says_du: bool) -> RuleFinding:
    """A *de sökande* finding told the *du* form where the text says *du* and its paragraph not *ni*."""
    if not says_du or finding.subcheck != "address-form" or finding.suggestion is None:
        return finding
    du = PLURAL_TO_DU.get(finding.suggestion[0].lower() + finding.suggestion[1:])
    if du is None:
        return finding
    return replace(finding, suggestion=du[0].upper() + du[1:] if finding.suggestion[0].isupper() else du)


# The *ni* form of a *du* suggestion. An address form in a text that says *ni* and never *du* is told it too: *Sökanden
# har visat att bolaget …* in a decision to a company that says *Ni ska lämna …* had been told *Du* (session 50, a
# business re-tester), as a generic *man* there is told *ni*.
NI_FOR_DU = {
    "du": "ni",
    "dig": "er",
    "din / ditt / dina": "er / ert / era",
    "Skriv du, dig eller din": "Skriv ni eller er",
    "din": "er",  # *vederbörande arbetsgivare* (see VEDERBORANDE_READER_RELATIONS)
}


def _ni_for_du(suggestion: str) -> str:
    """The *ni* form of an address form's *du* suggestion, in its case; any other suggestion as it is."""
    plural = NI_FOR_DU.get(suggestion) or NI_FOR_DU.get(suggestion[0].lower() + suggestion[1:])
    if plural is None:
        return suggestion
    return plural[0].upper() + plural[1:] if suggestion[0].isupper() else plural


def _in_address_form(finding: RuleFinding, ni: bool) -> RuleFinding:
    """A generic *man*'s or an address form's suggestion in the text's address form: *ni* where the text says *ni*
    and never *du*."""
    if not ni or finding.suggestion is None:
        return finding
    if finding.subcheck == "address-form":
        return replace(finding, suggestion=_ni_for_du(finding.suggestion))
    if finding.subcheck != "generic-man":
        return finding
    suggestion = {"du": "ni", "Du": "Ni", "Skriv du (och dig, din)": "Skriv ni (och er)"}.get(finding.suggestion)
    if suggestion is None:
        return finding
    message = finding.message.replace("Skriv ”du” när", "Skriv ”ni” när", 1)
    return replace(finding, suggestion=suggestion, message=message)


def _last_char_before(text: str, offset: int) -> str:
    """The last character before ``offset`` that is not a space ('' at the start). Not ``text[:offset].rstrip()``:
    that copies the text before every sentence, quadratic in a long paragraph."""
    i = offset - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def _says_du(analysis: Analysis, index: int, sentence: Sentence) -> bool:
    """The sentence (not one quoted or spoken as a whole) says du, dig, din, ni … to its reader outside a
    quotation (*första budet löd: 'Du skall lyda din fader'*, *Han säger 'allt ditt är mitt'*)."""
    text = analysis.blocks[index].text
    return any(
        not analysis.in_quotation(index, match.start(), match.end())
        for match in READER_WORDS.finditer(text, sentence.char_start, sentence.char_end)
    )


def _needs(block: BlockAnalysis, sentence: Sentence, token: Token, instruction: bool) -> str:
    """What a finding on ``token`` needs from the document to stand (see :meth:`ImpersonalMan.combine`)."""
    if token.lower == "man":
        return INSTRUCTION if instruction else GENERIC
    if token.lower in OWNER_ROLES:
        return OWNER_ROLES[token.lower]
    if token.lower in PREGNANT_FORMS:
        return PREGNANT
    if token.lower in ROLE_NOUNS | ROLE_PARTICIPLES | DEFINITE_ROLES:
        return ROLE
    if token.lower in PERSON_FORMS:
        return GENERIC  # only where the text speaks to its reader (see PERSON_FORMS)
    before_noun = _before_noun(_neighbour(block, sentence, token.i + 1))
    if _acted_on(block, token):
        return GENERIC  # *ska sökanden informeras*: in a staff guideline the reader informs; see _acted_on
    following = _neighbour(block, sentence, token.i + 1)
    if token.lower == "vederbörande" and following is not None and following.lower in APPLICANT_WORDS:
        return ADDRESS_FORM  # *vederbörande sökande*: the applicant, as *sökanden*
    if token.lower == "vederbörande" and following is not None and following.lower in VEDERBORANDE_READER_NOUNS:
        return GENERIC  # *Vederbörande vårdnadshavare*, *vederbörande arbetsgivare*: only in a text to its reader
    if (
        token.lower in SOKANDEN_FORMS | APPLICANT_GENITIVES
        or token.lower in APPLICANT_WORDS | {"vederbörande"}
        and not before_noun
    ):
        return ADDRESS_FORM
    return ALWAYS  # "undertecknad" is the writer, "vederbörande myndighet" an old word: any kind of text


def _acted_on(block: BlockAnalysis, token: Token) -> bool:
    """The address form is a passive's subject (*Om handläggningen dröjer ska sökanden informeras*): someone acts on
    the applicant, and in a text that never speaks to its reader that someone is the reader, staff following a
    guideline (session 48, a writer's re-test: *du* had been suggested). Where the text speaks to its reader the
    applicant is the reader (*du ska få veta*), so it stays there."""
    if not token.dep.startswith("nsubj") or token.head == token.i:
        return False
    verb = block.tokens[token.head]
    return token.dep == "nsubj:pass" or verb.feature("Voice") == "Pass"


def _instructs(block: BlockAnalysis, sentence: Sentence) -> bool:
    """A *man* in the sentence is the subject of a modal verb in a main clause: *man kan söka*, *ska man
    bifoga*. Not in a clause that reports or discusses (*hur man kan öka intresset*, *bedömt att man behöver*):
    on regeringen.se those mean the people the text is about."""
    for token in block.sentence_tokens(sentence):
        if token.lower != "man" or block.tokens[token.head].lemma.lower() not in ERRAND_VERBS:
            continue
        previous = _neighbour(block, sentence, token.i - 1)
        following = _neighbour(block, sentence, token.i + 1)
        if previous is not None and previous.lower in INSTRUCTION_MODALS:
            return True  # "kan man", "ska man": the verb comes first in a main clause only
        subordinate = previous is not None and previous.lower in SUBORDINATORS
        if following is not None and following.lower in INSTRUCTION_MODALS and not subordinate:
            return True
    return False


def _opens_with_imperative(analysis: Analysis, index: int, sentence: Sentence) -> bool:
    """The sentence starts with an imperative (*Skicka blanketten*, *Tänk på att …*): it tells the reader. Not
    one in a quotation (*de flesta svarar: 'Skriv inte om detta'*), nor *Låt oss* (see EXHORTATION)."""
    block = analysis.blocks[index]
    words = block.sentence_words(sentence)
    if not words or analysis.in_quotation(index, words[0].start, words[0].end):
        return False
    first = words[0]
    if first.lower == "låt" and len(words) > 1 and words[1].lower in EXHORTATION:
        return len(words) > 2 and words[2].lower in TELLING
    return first.lower in IMPERATIVES or first.pos in VERBAL_POS and first.feature("Mood") == "Imp"


def _opens_with_link_word(block: BlockAnalysis, sentence: Sentence) -> bool:
    """The sentence opens with an imperative that points to more (*Läs mer om bygglov*, see LINK_IMPERATIVES), or
    speaks to the press (*Kontakta pressekreteraren för intervjuer*: a news page's readers are not its journalists)."""
    words = block.sentence_words(sentence)
    return bool(words) and (words[0].lower in LINK_IMPERATIVES or any(t.lower.startswith(PRESS) for t in words))


PRESS = ("press", "media", "journalist")


def _opens_with_infinitive(block: BlockAnalysis, sentence: Sentence) -> bool:
    """The sentence starts with *att* + infinitive or a bare infinitive (a checklist item): it has no doer."""
    words = block.sentence_words(sentence)
    if not words:
        return False
    first = words[0]
    if first.lower == "att":
        return len(words) > 1 and words[1].feature("VerbForm") == "Inf"
    return first.pos in ("VERB", "AUX") and first.feature("VerbForm") == "Inf" and first.feature("Mood") != "Imp"


def _finding(index: int, block: BlockAnalysis, sentence: Sentence, token: Token) -> RuleFinding | None:
    lower = token.lower
    if lower not in FLAGGED_WORDS:
        return None  # asked of every word: most are none of these
    previous = _neighbour(block, sentence, token.i - 1)
    following = _neighbour(block, sentence, token.i + 1)
    if (
        lower == "man"
        and not _in_title(sentence, previous)
        and _is_generic_man(block, sentence, token, previous, following)
        and (not _people_say(block, token) or _cannot_say(block, token))
        and not _reported_by_third_party(block, sentence, token)
        and not _taught(block, sentence, previous)
        and not _explains(block, sentence, token)
        and not NORM_BEFORE_MAN.fullmatch(block.text[sentence.char_start : token.start])
        and not STATUTE_BEFORE_MAN.match(block.text, sentence.char_start, token.start)
    ):
        reflexive = any(t.lower in REFLEXIVES for t in block.tokens[token.i + 1 : sentence.end])
        # With "sig/sin" later in the sentence, "du" alone would leave "du … sig": advice, not a replacement.
        suggestion = "Skriv du (och dig, din)" if reflexive else "du"
        if _cannot_say(block, token):
            suggestion = "vi"  # the sender's own lack of an answer: *Du kan inte säga om* would change the meaning
        return _make(index, token, token, MAN_MESSAGE, suggestion, "generic-man")
    if lower in SOKANDEN_FORMS:
        return _make(index, token, token, _address_message(token.text), _pronoun(token, block))
    if (
        lower in APPLICANT_WORDS | APPLICANT_GENITIVES
        and previous is not None
        and previous.lower in ("den", "de")
        and (lower in APPLICANT_GENITIVES or not _before_noun(following))
        and not (previous.lower == "de" and _cites_statute(block, sentence, previous))
    ):
        text, pronoun = f"{previous.text} {token.text}", _pronoun(token, block, plural=previous.lower == "de")
        return _make(index, previous, token, _address_message(text), pronoun)
    if lower in DEFINITE_ROLE_WORDS and _definite_role(block, sentence, token):
        return _make(index, token, token, _address_message(token.text), _pronoun(token, block))
    if lower in PREGNANT_FORMS and _pregnant_reader(block, sentence, previous, following):
        text = f"{previous.text} {token.text}"
        return _make(index, previous, token, _address_message(text), _pronoun(token, block))
    if _reader_role(block, sentence, previous, token, following):
        text = f"{previous.text} {token.text}"
        return _make(index, previous, token, _address_message(text), _pronoun(token, block))
    if lower == "vederbörande" and following is not None and following.lower in APPLICANT_WORDS:
        # *Vederbörande sökande har styrkt sina kostnader*: the applicant, the reader of a decision (session 49, a
        # legal re-tester: *Ansvarig sökande* had been suggested)
        text = f"{token.text} {following.text}"
        return _make(index, token, following, _address_message(text), _pronoun(following, block))
    reader_who = lower == "vederbörande" and _reader_who(block, token, following)
    before_noun = not reader_who and (_before_noun(following) or _subject_noun_before_verb(block, sentence, following))
    if lower == "vederbörande" and before_noun and not _passive_read_as_noun(block, sentence, following):
        return _vederborande_before_noun(index, block, token, following)
    if lower == "vederbörande":
        # the misread passive's subject (*Vederbörande ombeds …*): *du* as for *Vederbörande ska bifoga intyg*
        subject = reader_who or _passive_read_as_noun(block, sentence, following)
        return _make(index, token, token, _address_message(token.text), _pronoun(token, block, subject=subject))
    # not *den enskilda individen*, but *den enskildes ansvar*
    person = lower in PERSON_FORMS and previous is not None and previous.lower == "den"
    if person and _cites_statute(block, sentence, previous):
        return None
    if person and lower in REGISTERED_FORMS and _makes_a_term(block, sentence, following):
        return None
    if person and (lower.endswith("s") or not _before_noun(following)):
        text = f"{previous.text} {token.text}"
        return _make(index, previous, token, _address_message(text), _pronoun(token, block))
    if lower in SIGNER_FORMS and (_is_subject(token, following) or _inverted_subject(previous, following)):
        pronoun = "jag" if lower == "undertecknad" else "vi"
        return _make(index, token, token, f"Skriv ”{pronoun}” i stället för ”{token.text}”.", pronoun)
    if lower in SIGNER_FORMS and _is_signer_object(token, previous, following):
        pronoun = "mig" if lower == "undertecknad" else "oss"
        return _make(index, token, token, f"Skriv ”{pronoun}” i stället för ”{token.text}”.", pronoun)
    return None


# *den enskilde*, *den studerande*: the person a decision or a letter is about, in the third person (*Det åligger den
# enskilde att meddela förändringar*, *Det åligger den studerande att själv hålla sig informerad*; session 41: missed).
# Only where the text speaks to its reader (see _needs): in a policy or a news text *den enskilde* is anyone
# (*lidande för den enskilde, men också samhället*), and *du* would change the meaning.
# *den registrerade* (the data protection law's person whose data are processed) is the reader on a page that says
# *du*: *En begäran om registerutdrag ska vara undertecknad av den registrerade* (session 42, webrev: missed). Not
# where the sentence makes it a term (*Med den registrerade avses …*, *den registrerade, det vill säga du*).
# *den försäkrade* (Försäkringskassan's insured person) and *den skattskyldige* (Skatteverket's taxpayer) are the reader
# of a letter to *du* as well: *Av läkarintyget framgår att den försäkrade har nedsatt förmåga*, *krävs att den
# skattskyldige kan styrka* (session 46, a writer's re-tester: missed). Law terms like *den registrerade*, so also
# not where the sentence defines them (*Med den försäkrade avses …*).
REGISTERED_FORMS = frozenset(
    {"registrerade", "registrerades", "försäkrade", "försäkrades"}
    | {"skattskyldige", "skattskyldiga", "skattskyldiges", "skattskyldigas"}
)
PERSON_FORMS = (
    frozenset({"enskilde", "enskilda", "enskildes", "enskildas", "studerande", "studerandes"})
    | frozenset({"nyanlände", "nyanländes"})  # integration re-test s50 06: *förväntas den nyanlände aktivt söka*
    | REGISTERED_FORMS
)
_DEFINES_TERM = re.compile(r"\b(?:avses|avsågs|definieras|menas|kallas|det vill säga|dvs)\b", re.IGNORECASE)
# The reader's role in the third person, in a text that says *du* to its reader: *Den besökande erhåller ett
# besökskort* (a port's rules, *Du passerar in genom Huvudgrinden*), *För den hyresgäst som ej önskar ett fullt
# renoverat badrum finns möjlighet att välja* (a landlord's letter to *du*) (session 49, a utility re-tester: missed):
# *Du får ett besökskort*, *För dig som inte vill ha …*. Only the roles a utility's or an agency's reader has, as
# *den* + participle (not before a noun: *den besökande gruppen*) or *den* + noun + *som*; not in a sentence that says
# *du* (*Du ansvarar för att den besökande bär kortet*: another), nor in a text that speaks of the reader's own
# tenants or customers (*din hyresgäst*, *dina kunder*: the reader is the landlord), nor where a paragraph says *ni*.
ROLE_PARTICIPLES = frozenset({"besökande", "besökandes", "resande", "resandes"})
ROLE_NOUNS = frozenset({"hyresgäst", "kund", "resenär", "besökare", "passagerare", "abonnent"})
# The reader's role in the definite form, a role a letter, a decision or a page gives its reader: *För att få hyra en
# studentbostad skall hyresgästen vara inskriven* on a page that says *du*, *Tillståndshavaren ansvarar för att …* in a
# decision that says *ni* to the holder (session 50, a university's and a business re-tester: missed). On the same
# terms as ROLE_NOUNS, and in a text that says *ni* too; not where the text speaks to a landlord (*du som hyresvärd*).
# So are the borrower in a library's rules and the one who booked in a booking's terms (session 51, a leisure re-tester:
# *vilket innebär att låntagaren blir ersättningsskyldig*, *meddelas bokaren snarast möjligt*; missed).
# So is the proposer on a page on how to propose (registry re-test s52: *utan förslagsställaren kommer att hänvisas till
# ansvarig myndighet* on a page that says *Har du en idé …*; missed).
DEFINITE_ROLES = frozenset(
    {"hyresgästen", "hyresgästens", "tillståndshavaren", "tillståndshavarens"}
    | {"låntagaren", "låntagarens", "bokaren", "bokarens", "förslagsställaren", "förslagsställarens"}
)
# The property's owner in the definite form, in a text about the reader's property (water re-test s50: a supervision
# letter that says *din fastighet* and twice *tillsänds fastighetsägaren*, *faktura skickas till fastighetsägaren*,
# was missed). Only there: to a tenant or a neighbour, *fastighetsägaren* is another.
# So is the participant in a text that says the reader takes part (integration re-test s50 05: an introduction plan
# with *så länge du deltar i aktiviteterna* and *Om deltagaren uteblir …*, missed); to a coach, *deltagaren* is another.
# So is the organiser in a text that says the reader organises or serves (permits re-test s52 10: a page on temporary
# serving permits, *Ska du servera alkohol …*, then *Arrangören skall tillhandahålla mat*, missed); to a visitor, the
# organiser is another.
OWNER_ROLES = {
    "fastighetsägaren": OWNER,
    "fastighetsägarens": OWNER,
    "deltagaren": "participant",
    "deltagarens": "participant",
    "arrangören": "organiser",
    "arrangörens": "organiser",
}
DEFINITE_ROLE_WORDS = DEFINITE_ROLES | OWNER_ROLES.keys()  # the reader's roles flagged in the definite form
# *den gravida* on a page or in a letter that says the reader is pregnant (family re-test s51 07: *Om du är gravid …*,
# then *prövat om den gravida kan omplaceras*, missed): the reader. Only there: to an employer, she is another.
PREGNANT = "pregnant"
PREGNANT_FORMS = frozenset({"gravida", "gravidas"})
READER_ROLE_SIGNS = {
    # (and a decision to *dig som ägare till fastigheten*; building re-test s51: *Fastighetsägaren informerades …* in
    # an injunction to the owner, missed)
    OWNER: re.compile(
        r"\b(?:din|er)\s+fastighet(?:en)?\b"
        r"|\b(?:du|dig|ni|er)\s+som\s+(?:är\s+)?(?:fastighetsägare|ägare\s+(?:till|av)\s+fastigheten)\b",
        re.IGNORECASE,
    ),
    "participant": re.compile(r"\b(?:du|ni)\s+(?:\w+\s+){0,2}?deltar\b|\b(?:dig|er)\s+som\s+deltar\b", re.IGNORECASE),
    "organiser": re.compile(
        r"\b(?:du|ni)\s+(?:\w+\s+){0,2}?(?:arrangerar|anordnar|servera|serverar)\b"
        r"|\b(?:ditt|ert)\s+(?:arrangemang|evenemang)\b|\b(?:dig|er)\s+som\s+(?:är\s+)?arrangör\b",
        re.IGNORECASE,
    ),
    PREGNANT: re.compile(r"\b(?:du|ni)\s+(?:är|blir)\s+gravida?\b|\b(?:dig|er)\s+som\s+är\s+gravida?\b", re.IGNORECASE),
}
OWNED_ROLE = re.compile(
    r"\b(?:din|dina|ditt|er|era|ert)\s+(?:\w+\s+)?(?:hyresgäst|kund|resenär|besökare|besökande|passagerare|resande|"
    r"abonnent|tillståndshavare)(?:en|er|erna|ar|arna|na|s)?\b"
    r"|\b(?:du|dig|ni|er)\s+som\s+(?:är\s+)?(?:hyresvärd|fastighetsägare|värd|borgensman|borgenär|långivare)\w*",
    re.IGNORECASE,
)


def _definite_role(block: BlockAnalysis, sentence: Sentence, token: Token) -> bool:
    """*hyresgästen* in a sentence that does not say *du*, in a paragraph that does not speak of the role as anyone's
    (*t.ex. en hyresgäst, … ska hyresgästen lämna*: a third party, in a text to the owner; session 50's check)."""
    if any(READER_WORDS.fullmatch(t.text) for t in block.sentence_tokens(sentence)):
        return False
    stem = token.lower.removesuffix("s").removesuffix("en")
    return not any(t.lower.startswith(stem) and t.lower not in DEFINITE_ROLE_WORDS for t in block.tokens)


def _pregnant_reader(block: BlockAnalysis, sentence: Sentence, previous: Token | None, following: Token | None) -> bool:
    """*den gravida* (not before a noun: *den gravida kvinnan*), in a sentence that does not say *du* (see PREGNANT)."""
    if previous is None or previous.lower != "den" or _before_noun(following):
        return False
    return not any(t.lower in DU_WORDS for t in block.sentence_tokens(sentence))


def _reader_role(
    block: BlockAnalysis, sentence: Sentence, previous: Token | None, token: Token, following: Token | None
) -> bool:
    """*den besökande* (not before a noun) or *den hyresgäst som*, in a sentence that does not say *du*."""
    if previous is None or previous.lower != "den" or token.lower not in ROLE_NOUNS | ROLE_PARTICIPLES:
        return False
    if token.lower in ROLE_NOUNS and (following is None or following.lower != "som"):
        return False
    if token.lower in ROLE_PARTICIPLES and _before_noun(following):
        return False
    return not any(t.lower in DU_WORDS for t in block.sentence_tokens(sentence))


# Every word _finding may flag
FLAGGED_WORDS = (
    frozenset({"man", "vederbörande"})
    | APPLICANT_WORDS
    | APPLICANT_GENITIVES
    | SOKANDEN_FORMS
    | SIGNER_FORMS
    | PERSON_FORMS
    | ROLE_NOUNS
    | ROLE_PARTICIPLES
    | DEFINITE_ROLE_WORDS
    | PREGNANT_FORMS
)


def _address_message(text: str) -> str:
    return f"Skriv till läsaren med du (eller ni) i stället för ”{text}”."


def _pronoun(token: Token, block: BlockAnalysis, plural: bool = False, subject: bool = False) -> str:
    """The pronoun that fits where the address form stands: du as subject, dig as object, din as genitive; ni, er,
    ert where the paragraph says *ni* to its reader (*Sökanden … er handläggare*: *du* had mixed the two)."""
    plural = plural or addresses_with_ni(block.text)
    if token.lower.endswith("s"):
        return "er / ert / era" if plural else "din / ditt / dina"
    if subject or token.dep.startswith("nsubj") or _subject_by_position(block, token):
        return "ni" if plural else "du"
    if token.dep in OBJECT_DEPS:
        return "er" if plural else "dig"
    return "Skriv du, dig eller din"


# Words after which the next noun phrase opens a clause as its subject (*om sökanden inte har …*, *att den sökande
# har …*, *som sökanden har lämnat*); the parser reads *om* as a preposition and calls the noun its object.
# *utan* as the conjunction too (*inte behandlas, utan förslagsställaren kommer att hänvisas*: registry re-test s52,
# *dig* had been suggested); as a preposition (*utan sökanden*) no finite verb follows it.
CLAUSE_OPENERS = SUBORDINATORS | {"eftersom", "ifall", "såvida", "och", "men", "utan"}
# The relative *vilken* opens a clause too (*en tvättstuga vilken den sökande har tillgång till*: *som du har*; session
# 51, a social re-tester: *dig* had been suggested, the parse had called the noun the object of *till*).
RELATIVE_OPENERS = frozenset({"vilken", "vilket", "vilka"})
# Adverbs between a subject and its finite verb in a subordinate clause: *om sökanden inte har*, *redan har*.
CLAUSE_ADVERBS = frozenset({"inte", "ej", "aldrig", "redan", "själv", "även", "också", "först", "dock", "då"})


def _subject_by_position(block: BlockAnalysis, token: Token) -> bool:
    """The address form opens a clause (after *om, att, som, när*, a noun or at the sentence's start) and a finite verb
    follows, past *inte* and such: *om sökanden inte har hörts av* is *om du inte har hört av dig*, not *dig*
    (session 46, a writer's re-tester). Not after a verb (*när vi har hört sökanden kan vi …*: the object)."""
    tokens = block.tokens
    first = token.i - 1 if token.i > 0 and tokens[token.i - 1].lower in ("den", "de") else token.i
    before = tokens[first - 1] if first > 0 else None
    opener = before is None or before.lower in CLAUSE_OPENERS | RELATIVE_OPENERS or before.text in (".", "!", "?", ":")
    # after a noun, a relative clause whose *som* is left out (*från den dag klaganden fick del av beslutet*: agri
    # re-test s53 10, the parse had made it the noun's modifier, and *dig* had been suggested)
    opener = opener or before.pos == "NOUN"
    if before is not None and _opening_finite_verb(tokens, before):
        return True  # *Uteblir den sökande från ett besök …*: verb first, a condition or a question; its subject
    if not opener:
        return False
    i = token.i + 1
    while i < len(tokens) and tokens[i].lower in CLAUSE_ADVERBS:
        i += 1
    return i < len(tokens) and tokens[i].pos in VERBAL_POS and tokens[i].feature("VerbForm") == "Fin"


def _opening_finite_verb(tokens: Sequence[Token], verb: Token) -> bool:
    """``verb`` is an indicative finite verb first in its sentence (*Uteblir den sökande …*, *Har sökanden …?*): the
    noun phrase after it is its subject, though the parser calls it the object (employment re-test s51: *dig* had been
    suggested for *du*). Not an imperative (*Meddela den sökande*), which the tagger gives no indicative mood."""
    if verb.pos not in VERBAL_POS or verb.feature("Mood") != "Ind" or verb.feature("VerbForm") != "Fin":
        return False
    return verb.i == 0 or tokens[verb.i - 1].text in (".", "!", "?", ":")


def _make(
    index: int, first: Token, last: Token, message: str, suggestion: str | None, subcheck: str = "address-form"
) -> RuleFinding:
    if suggestion is not None and first.text[0].isupper():
        suggestion = suggestion[0].upper() + suggestion[1:]
    return RuleFinding(index, first.start, last.end, message, suggestion, subcheck=subcheck)


# *Ni* and *Er* with a capital, the polite address of old letters: lower case inside a sentence. So is a capital *Du*
# (*prövat om Du uppfyller kraven*, *ska Du kontakta oss*; session 50, a transport re-tester: six, never flagged):
# Myndigheternas skrivregler write *du*.
CAPITAL_DU = frozenset({"Du", "Dig", "Din", "Ditt", "Dina"})
CAPITAL_ADDRESS = frozenset({"Ni", "Er", "Ert", "Era"}) | CAPITAL_DU


def _capital_address(block: BlockAnalysis, sentence: Sentence, token: Token) -> RuleFinding | None:
    """*Om Ni anser att avgiften är felaktig kan Ni bestrida den*: the capital inside a sentence (not its first
    word, nor the first after a quotation mark, a dash or a bracket) is an exact fix."""
    if token.text not in CAPITAL_ADDRESS or token.i == sentence.start:
        return None
    previous = _neighbour(block, sentence, token.i - 1)
    if previous is None or previous.pos == "PUNCT" and previous.text not in (",", ";"):
        return None
    lower = token.text.lower()
    message = f"Skriv ”{lower}” med liten bokstav. ”{token.text}” med stor bokstav känns i dag ålderdomligt."
    if token.text in CAPITAL_DU:
        message = f"Skriv ”{lower}” med liten bokstav, som Myndigheternas skrivregler gör."
    return RuleFinding(0, token.start, token.end, message, lower, replacements=(lower,), subcheck="capital-ni")


# Words that make a *ni* near them a true plural in a text to *du*: *du och din sambo … ni*, *ni båda*, *ni som familj*,
# *ni tillsammans*; checked in the sentence and the one before.
PLURAL_MARKS = frozenset(
    {"båda", "bägge", "alla", "tillsammans", "två", "tre", "flera", "samtliga", "familj", "familjen", "sambo", "själva"}
    | {"make", "maka", "partner", "barn", "barnen", "föräldrar", "vårdnadshavare", "hushåll", "hushållet", "andra"}
)
# Plural pronouns that are no antecedent of *ni*: the reader's own forms, the sender (*Kontakta oss om ni …*) and the
# third person, others than the reader (funeral re-test s52: *De som ligger begravda i graven ligger kvar. Ni har ej
# rätt att få tillbaka någon avgift.* in a letter to du, missed: *De* had made the *ni* a plural)
NOT_ANTECEDENTS = frozenset({"ni", "er", "ert", "era", "vi", "oss", "vår", "vårt", "våra", "de", "dem", "deras", "dom"})
DU_WORDS = frozenset({"du", "dig", "din", "ditt", "dina"})
SWITCH_MESSAGE = (
    "Texten säger ”du” till läsaren på andra ställen: skriv ”{du}” i stället för ”{ni}”, så att tilltalet är "
    "detsamma i hela texten."
)


def _switch(block: BlockAnalysis, sentence: Sentence, token: Token, quoted: bool) -> RuleFinding | None:
    """A *ni* (lower case, or a sentence's first word) that no plural reading is near: the candidate of a switch of
    address in a text to *du* (kept only there, see :meth:`ImpersonalMan.combine`). *du* is an exact fix unless an
    *er* follows in the sentence (*om ni vill vända er till oss*: advice then)."""
    # (a sentence's first *Er* before its noun too: property re-test s52, a letter to du titled *Er fastighet berörs …*)
    first = token.text in POSSESSIVE_DU or token.i == sentence.start
    possessive = first and token.lower in POSSESSIVE_DU and _before_noun_phrase(block, sentence, token)
    if not possessive and (token.lower != "ni" or token.text == "Ni" and token.i != sentence.start) or quoted:
        return None
    words = block.sentence_tokens(sentence)
    if any(t.lower in DU_WORDS for t in words) or any(
        t.lower == "som" for t in words[token.i - sentence.start + 1 :][:1]
    ):
        return None  # *du och din sambo … ni*, *ni som familj*
    if _plural_near(block, sentence, token, possessive):
        return None
    if possessive:
        du = POSSESSIVE_DU[token.lower]
        du = du.capitalize() if token.text[0].isupper() else du
        message = SWITCH_MESSAGE.format(du=du, ni=token.text)
        return RuleFinding(0, token.start, token.end, message, du, replacements=(du,), subcheck="address-switch")
    du = "Du" if token.text[0].isupper() else "du"
    message = SWITCH_MESSAGE.format(du=du, ni=token.text)
    if any(t.lower in {"er", "ert", "era"} for t in words):
        return RuleFinding(0, token.start, token.end, message, "Skriv du (och dig, din)", subcheck="address-switch")
    return RuleFinding(0, token.start, token.end, message, du, replacements=(du,), subcheck="address-switch")


NI_FOR_DU_WORD = {"du": "ni", "dig": "er", "din": "er", "ditt": "ert", "dina": "era"}
TO_NI_MESSAGE = (
    "Texten säger ”ni” till läsaren på andra ställen: skriv ”{ni}” i stället för ”{du}”, så att tilltalet är "
    "detsamma i hela texten."
)


def _switch_to_ni(analysis: Analysis, index: int, sentence: Sentence, token: Token) -> RuleFinding | None:
    """A *du* (lower case, or a sentence's first word; not quoted) in a sentence with no *ni*: the candidate of a switch
    in a text to *ni* (kept only there, see :meth:`ImpersonalMan.combine`). Not in a sentence to *du som är
    serveringsansvarig* (one of them, by role), nor a capital inside a sentence (capital-ni's)."""
    if token.lower not in DU_WORDS or token.text[0].isupper() and token.i != sentence.start:
        return None
    if analysis.in_quotation(index, token.start, token.end):
        return None
    block = analysis.blocks[index]
    words = block.sentence_tokens(sentence)
    if any(NI_FORMS.fullmatch(t.text) for t in words) or any(
        t.lower == "som" and words[k - 1].lower in DU_WORDS for k, t in enumerate(words) if k > 0
    ):
        return None
    ni = NI_FOR_DU_WORD[token.lower]
    ni = ni.capitalize() if token.text[0].isupper() else ni
    message = TO_NI_MESSAGE.format(ni=ni, du=token.text)
    return RuleFinding(0, token.start, token.end, message, ni, replacements=(ni,), subcheck="address-switch")


def _plural_near(block: BlockAnalysis, sentence: Sentence, token: Token, possessive: bool = False) -> bool:
    """A plural mark or a plural antecedent near the *ni* (in its sentence, or before it in the sentence before): a
    true plural, the reader and others (*ni båda*, *barnets andra förälder … ni*)."""
    words = block.sentence_tokens(sentence)
    before = [t for t in words if t.i < token.i]
    index = block.sentences.index(sentence)
    previous = block.sentence_tokens(block.sentences[index - 1]) if index > 0 else []
    if any(t.text in {"Ni", "Er"} and t.i != previous[0].i for t in previous):
        previous = []  # its capital *Ni* is the reader, told *du*, and so is this *ni*: not *tre veckor* there
    # (a possessive's plural noun before it is what it owns, no antecedent: *Förbindelsepunkterna för er fastighet*)
    marks = [t for t in before + previous if not possessive or t.pos != "NOUN"]
    return any(_plural_mark(t) for t in marks) or any(t.lower in PLURAL_MARKS for t in words)


def _before_noun_phrase(block: BlockAnalysis, sentence: Sentence, token: Token) -> bool:
    """A lower-case *er, ert, era* before its noun, maybe after an adjective (*för er fastighet*): the possessive,
    which switches the address like *ni* (water re-test s50: *Förbindelsepunkterna för er fastighet* in a decision
    that says du everywhere else, missed), not the object *er* (*vända er till*), which may be reflexive."""
    following = [t for t in block.tokens[token.i + 1 : min(token.i + 3, sentence.end)]]
    if following and following[0].pos == "ADJ":
        following = following[1:]
    return bool(following) and following[0].pos == "NOUN"


# A letter greeted or addressed to two or more named people (*Hej Anna och Erik!*, *Till Anna och Erik Berg*): its *ni*
# is the couple, though it says *du* to one of them elsewhere (session 49, the address switch's check: a letter to a
# couple was told *ni → du*). The greeting's or the addressee's line, a line of its own among the first blocks.
SEVERAL_ADDRESSEES = re.compile(
    rf"^(?:(?i:{GREETING_WORDS}|till)\s*:?\s+)[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?"
    r"(?:\s*,\s*[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?)*\s+(?:och|&)\s+[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?\s*[!,:]?$"
)
ADDRESSEE_BLOCKS = 4


def _to_several(document: Document) -> bool:
    """Whether the text greets or addresses several named people in its first lines (see SEVERAL_ADDRESSEES)."""
    return any(SEVERAL_ADDRESSEES.match(text) for text in _head_lines(document))


def _head_lines(document: Document) -> Iterator[str]:
    """The text's first ADDRESSEE_BLOCKS non-blank blocks, where a letter's greeting or addressee line stands."""
    texts = (b.text.strip() for b in document.blocks if b.text and not b.text.isspace())
    return itertools.islice(texts, ADDRESSEE_BLOCKS)


def _plural_mark(token: Token) -> bool:
    """A word before the *ni* that may be its plural antecedent: a plural noun or pronoun, or a plural mark."""
    if token.lower in PLURAL_MARKS:
        return True
    return (
        token.lower not in NOT_ANTECEDENTS
        and token.pos in {"NOUN", "PROPN", "PRON"}
        and token.feature("Number") == "Plur"
    )


def _makes_a_term(block: BlockAnalysis, sentence: Sentence, following: Token | None) -> bool:
    """The sentence defines or explains *den registrerade* (*Med den registrerade avses …*, *den registrerade (du)*):
    the law's term, introduced as such, not an address form."""
    text = block.text[sentence.char_start : sentence.char_end]
    return _DEFINES_TERM.search(text) is not None or following is not None and following.text == "("


def _neighbour(block: BlockAnalysis, sentence: Sentence, i: int) -> Token | None:
    return block.tokens[i] if sentence.start <= i < sentence.end else None


def _after_determiner_and_adjective(block: BlockAnalysis, sentence: Sentence, previous: Token) -> bool:
    """*din gode man*, *Sveriges främste man*: a masculine adjective between a determiner (or a genitive) and *man*
    makes *man* the noun (the tagger calls *gode* a verb); not a noun (*för varje månad man väntar*) or a verb
    (*Den använder man ofta*), after which *man* opens a clause."""
    if previous.lower not in MAN_ADJECTIVES:
        return False
    before = _neighbour(block, sentence, previous.i - 1)
    genitive = before is not None and before.pos == "PROPN" and before.lower.endswith("s")
    return before is not None and (before.lower in NOUN_DETERMINERS or genitive)


def _is_generic_man(
    block: BlockAnalysis, sentence: Sentence, token: Token, previous: Token | None, following: Token | None
) -> bool:
    """*Man* as a subject next to its verb (*man kan*, *kan man*, *om man vill*), not the noun *en man*."""
    if token.text not in ("man", "Man"):
        return False  # "MAN" (a company), "Man" mid-sentence is a name or the Isle of Man
    if token.text == "Man" and token.i != sentence.start:
        return False
    if previous is not None and (previous.lower in NOUN_DETERMINERS or previous.pos in MODIFIER_POS):
        return False
    if previous is not None and _after_determiner_and_adjective(block, sentence, previous):
        return False  # *din gode man* (a guardian), *hennes förre man*: the tagger does not see the -e adjective
    if following is not None and following.lower in COORDINATORS:
        return False  # "man och kvinna"
    if previous is not None and previous.lower in COORDINATORS:
        before = _neighbour(block, sentence, previous.i - 1)
        if before is not None and before.pos == "NOUN":
            return False  # "kvinna och man"
    if previous is not None and previous.lower in SUBORDINATORS:
        return True
    verb_after = following is not None and (following.pos in VERBAL_POS or following.pos in ("ADV", "PART"))
    verb_before = previous is not None and previous.pos in VERBAL_POS
    return verb_after or verb_before


def _in_title(sentence: Sentence, previous: Token | None) -> bool:
    """*Se bilagan Hur man överklagar för mer information*: *man* after a capitalised *Hur* (or *Så*, *När* …) inside
    a sentence is in the title of an enclosure or a page the text names, not the writer's own words (session 48, an
    agency's re-test)."""
    return (
        previous is not None
        and previous.i != sentence.start
        and previous.text[:1].isupper()
        and (previous.lower in SUBORDINATORS)
    )


def _people_say(block: BlockAnalysis, token: Token) -> bool:
    """*man* as the subject of a verb of saying: what people in general say (*säger man*, *när man säger att var tredje
    människa är analfabet*; the UD treebanks' readers: false, *du* would be wrong), not *säga upp* (resign: *när man
    säger upp sig* is the reader's act)."""
    if not token.dep.startswith("nsubj") or token.head == token.i:
        return False
    verb = block.tokens[token.head]
    if verb.lemma.lower() not in SAYING_LEMMAS:
        return False
    # a particle verb is the reader's act (*säga upp*, *säga till*, *säga ifrån*), whether or not the parse calls its
    # particle one (*säger man till personalen*: parsed as a preposition)
    following = [t for t in block.words_after(verb.i, 2) if t.i != token.i][:1]
    return not following or following[0].lower not in SAYING_PARTICLES


def _cannot_say(block: BlockAnalysis, token: Token) -> bool:
    """*Man kan inte i dagsläget säga om någon reducering blir aktuell*: the sender cannot yet answer a question, not
    what people say (session 48, a crisis re-test: spared by _people_say). *kan* and a negation on the verb of
    saying, whose next word opens a question (*om, när, hur* …): the parse hangs *om* on a noun, so by the words."""
    if not token.dep.startswith("nsubj") or token.head == token.i:
        return False
    verb = block.tokens[token.head]
    if verb.lemma.lower() not in SAYING_LEMMAS:
        return False
    children = block.children(verb)
    can = any(t.lemma.lower() == "kunna" for t in children)
    negated = any(t.feature("Polarity") == "Neg" for t in children)
    following = block.words_after(verb.i, 3)
    while following and following[0].lower in QUESTION_ADVERBS:
        following = following[1:]
    return can and negated and bool(following) and following[0].lower in QUESTION_WORDS


# *man* in the clause that tells what a difference or a principle is (*Skillnaden är att man lägger till 60 till
# födelsedagen*: how a coordination number is formed, nothing the reader does; session 50, a pensions re-tester)
EXPLAINED_NOUNS = frozenset(
    {"skillnaden", "likheten", "principen", "tanken", "idén", "förklaringen", "anledningen", "orsaken", "innebörden"}
)


def _explains(block: BlockAnalysis, sentence: Sentence, token: Token) -> bool:
    """*Skillnaden är att man …*: the *att* clause after *är* that a noun of EXPLAINED_NOUNS opens the sentence with."""
    first = token.i - 3
    if first < sentence.start or block.tokens[token.i - 1].lower != "att":
        return False
    return block.tokens[token.i - 2].lower in ("är", "var") and block.tokens[first].lower in EXPLAINED_NOUNS


# *man* in a norm about anyone (care re-test s50: a reply to a complaint about the reader's mother, *Det ska inte vara
# så att man får vänta på sin frukost*): *du* would make it about the reader, who did not wait.
NORM_BEFORE_MAN = re.compile(
    r"\W*det\s+(?:ska|skall|bör|får|borde)\s+(?:inte|aldrig)\s+vara\s+så\s+att\s+", re.IGNORECASE
)


# *enligt* and a statute: a paragraph (*§*), a chapter (*kap.*) or a law's name (see STATUTE_BEFORE_MAN)
STATUTE_CITED = r"enligt\s[^.?!]*?(?:§|\bkap\.|\w*(?:lagen|balken|förordningen|föreskrifterna|stadgan)\b)"


# *man* in what a statute says, a sentence that opens with *Enligt* and the statute (building re-test s51: a refusal
# of a shore dispensation, *Enligt 7 kap. 15 § miljöbalken får man inom ett strandskyddsområde inte uppföra nya
# byggnader*): the law's rule for anyone, which *du* would turn into an order to the reader. Not *Enligt vår bedömning*.
STATUTE_BEFORE_MAN = re.compile(r"\W*" + STATUTE_CITED, re.IGNORECASE)


# The law's persons in a sentence that cites the statute before them (adult-education re-test s52: *ska kommunen
# enligt 20 kap. 23 § skollagen prioritera de sökande som har störst behov*, the law's group of applicants; registry
# re-test s52: *sekretess enligt 39 kap. 3 § offentlighets- och sekretesslagen, om det kan antas att den enskilde …
# lider men*, the person the secrecy protects): *du* would make the reader the one the rule speaks of. Only *den
# enskilde* and its kind (PERSON_FORMS) and the plural *de sökande*; a singular *sökanden* there is still the reader.
STATUTE_IN_SENTENCE = re.compile(r"\b" + STATUTE_CITED, re.IGNORECASE)


DUTY_MODALS = frozenset({"ska", "skall", "måste", "bör"})


def _cites_statute(block: BlockAnalysis, sentence: Sentence, first: Token) -> bool:
    """The sentence cites a statute (*enligt 39 kap. 3 §*, *enligt skollagen*) before ``first``, and the person is not
    the one the law binds (*Enligt skollagen ska den studerande delta aktivt*: the reader's duty, still *du*;
    adult-education re-test s52 05)."""
    before = _neighbour(block, sentence, first.i - 1)
    after = _neighbour(block, sentence, first.i + 2)
    if any(t is not None and t.lower in DUTY_MODALS for t in (before, after)):
        return False
    return STATUTE_IN_SENTENCE.search(block.text, sentence.char_start, first.start) is not None


# Imperatives that tell the reader to teach someone else (session 49, an HR re-tester: a manager's checklist, *Gå
# igenom schema, arbetstider, flex och hur man sjukanmäler sig*): *man* in the question they take is the one taught,
# the new employee, not the reader. *gå* only with *igenom*. Not *Läs hur man ansöker* (the reader learns).
TEACHING_LEMMAS = frozenset({"visa", "förklara", "berätta", "instruera", "lära", "informera", "introducera"})


def _taught(block: BlockAnalysis, sentence: Sentence, previous: Token | None) -> bool:
    """*man* after a question word in a sentence that opens with a teaching imperative (see TEACHING_LEMMAS)."""
    if previous is None or previous.lower not in QUESTION_WORDS - {"om"}:
        return False
    words = [t for t in block.sentence_tokens(sentence) if t.text[:1].isalpha()][:2]
    if not words or words[0].pos != "VERB" or "|PRS|" in words[0].tag or "|PRT|" in words[0].tag:
        return False  # (the tagger calls an imperative an infinitive; a finite verb tells, not bids)
    lemma = words[0].lemma.lower()
    return lemma in TEACHING_LEMMAS or lemma == "gå" and len(words) > 1 and words[1].lower == "igenom"


QUESTION_WORDS = frozenset({"om", "huruvida", "när", "hur", "var", "vad", "vilken", "vilket", "vilka", "varför"})
QUESTION_ADVERBS = frozenset({"säkert", "exakt", "ännu", "riktigt", "än", "nu"})


def _reported_by_third_party(block: BlockAnalysis, sentence: Sentence, token: Token) -> bool:
    """*man* in what a third party said, wrote or wished: the subject of an *att* clause of a reporting verb
    (*Föreningen har angett att man har fått sponsring*: the association), or of a relative clause on what a third
    party wished for (*Många ville ha en plats där man kan plaska*: the children; see WISH_LEMMAS). Not *Du har
    angett att man …*, nor *Kommunen vill att man sorterar* (an *att* clause of a wish is a request to the reader)."""
    if not token.dep.startswith("nsubj") or token.head == token.i:
        return False
    clause = block.tokens[token.head]
    for _ in range(MAX_REPORT_STEPS):
        wished = clause.dep == "acl:relcl"
        reporter = _wished_thing_verb(block, clause) if wished else _reporting_head(block, clause)
        if reporter is None:
            return False
        lemmas = REPORTING_LEMMAS | WISH_LEMMAS if wished else REPORTING_LEMMAS
        if _reports(block, sentence, reporter, lemmas, wished):
            return True
        clause = reporter  # *Eleverna berättade att de ville ha en plats där man …*: one report inside another
    return False


def _reporting_head(block: BlockAnalysis, clause: Token) -> Token | None:
    """The verb whose *att* clause ``clause`` heads, or None."""
    return block.tokens[clause.head] if clause.dep == "ccomp" and clause.head != clause.i else None


def _wished_thing_verb(block: BlockAnalysis, clause: Token) -> Token | None:
    """The verb whose object the relative clause ``clause`` describes (*ville ha en gunga och en plats där …*)."""
    noun = block.tokens[clause.head]
    for _ in range(MAX_REPORT_STEPS):
        if noun.dep != "conj" or noun.head == noun.i:
            break
        head = block.tokens[noun.head]
        if noun.pos == "NOUN" and head.pos in VERBAL_POS and _object_before(block, head, noun):
            return head  # the parse hung the second wished thing on the verb (housing re-test s52: *Många önskade en
            # lekplats med gungor och en plats där man kan grilla* had been told *ni*)
        noun = head  # the second of two wished things hangs on the first
    if noun.head == noun.i or not (noun.dep == "obj" or _second_subject(block, noun)):
        return None
    return block.tokens[noun.head]


def _second_subject(block: BlockAnalysis, noun: Token) -> bool:
    """``noun`` is parsed as a subject after its verb, which has a subject before it: the object misread (*Barnen
    önskar en gunga och en plats där …*, where the parse made *gunga* a second subject)."""
    if not noun.dep.startswith("nsubj") or noun.head > noun.i:
        return False
    return any(t.head == noun.head and t.dep.startswith("nsubj") for t in block.tokens[: noun.head])


def _object_before(block: BlockAnalysis, verb: Token, noun: Token) -> bool:
    """``verb`` has an object before ``noun``: ``noun`` coordinated with the verb is a second object."""
    return any(t.head == verb.i and (t.dep == "obj" or _second_subject(block, t)) for t in block.tokens[: noun.i])


def _reports(block: BlockAnalysis, sentence: Sentence, verb: Token, lemmas: frozenset[str], wished: bool) -> bool:
    """``verb`` reports (or, ``wished``, wishes) and its subject is a third party, not the reader or the writer."""
    # the subject of the verb, or of its auxiliary (*Föreningen har … angett*: the parse hangs it on *har*)
    auxiliaries = [t for t in block.sentence_tokens(sentence) if t.head == verb.i and t.dep in ("aux", "aux:pass")]
    wants = wished and any(t.lemma.lower() == "vilja" for t in auxiliaries)  # *ville ha*: *ha* with *vilja*
    if verb.lemma.lower() not in lemmas and not wants:
        return False
    heads = {verb.i} | {t.i for t in auxiliaries}
    subjects = [t for t in block.sentence_tokens(sentence) if t.head in heads and t.i != t.head and t.dep == "nsubj"]
    return any(_third_party(t, wished) and not (wished and _an_authority(block, t)) for t in subjects)


# An authority or a company as the one who wishes (*Kommunen vill ha ett intyg där man anger sin inkomst*, *Nämnden
# önskar en plan där man beskriver …*) states what it requires of the reader, the sender's wish as *Vi vill ha …* is:
# not the wish of people at large that WISH_LEMMAS leaves alone (session 52, the lead's precision guard).
AUTHORITY_WISHER = re.compile(
    r"(?:kommunen|nämnden|förvaltningen|myndigheten|regionen|styrelsen|verket|bolaget|kassan|staden|länsstyrelsen"
    r"|landstinget|företaget)$"
)


def _an_authority(block: BlockAnalysis, subject: Token) -> bool:
    """``subject`` (with the words before it that belong to it: *Norrby kommun*, *Bygg- och miljönämnden*) names an
    authority or a company."""
    if AUTHORITY_WISHER.search(subject.lower):
        return True
    first = min((t.i for t in block.tokens[: subject.i] if t.head == subject.i), default=subject.i)
    return ORGANISATION.search(block.text[block.tokens[first].start : subject.end]) is not None


def _third_party(subject: Token, wished: bool) -> bool:
    """A noun, a name or a pronoun other than du, ni, jag, vi, man; for a wish also *många, alla, flera* (the
    tagger's adjectives and determiners: *Många ville ha …*)."""
    if subject.pos == "PRON" or wished and subject.pos in ("ADJ", "DET", "NUM"):
        return subject.lower not in SPEAKER_PRONOUNS
    return subject.pos in ("NOUN", "PROPN")


SAYING_LEMMAS = frozenset({"säga", "påstå", "hävda"})
SAYING_PARTICLES = frozenset({"upp", "till", "ifrån", "emot", "efter", "av"})


# What *vederbörande* before a noun becomes depends on the noun (session 51, a social and a debt re-tester: *Ansvarig
# vårdnadshavare äger rätt*, *Ansvarig arbetsgivare får en kopia* changed the meaning). *ansvarig*, not *berörd*, for
# the one in charge: *Vederbörande handläggare* (*Berörd handläggare* reads as one affected; session 42, webrev).
VEDERBORANDE_IN_CHARGE = frozenset(
    {"handläggare", "myndighet", "myndigheten", "nämnd", "förvaltning", "tjänsteman", "chef", "enhet", "instans"}
    | {"avdelning", "domstol", "styrelse", "befattningshavare", "kontor", "beslutsfattare", "förvaltare"}
)
# A role the reader is, in a letter or decision to *du* or *ni*: the two words are the reader (*Ni har rätt …*).
VEDERBORANDE_READER_ROLES = frozenset(
    {"vårdnadshavare", "förälder", "föräldrar", "elev", "student", "patient", "brukare", "klient", "hyresgäst"}
    | {"låntagare", "deltagare", "medlem", "medlemmar", "gäldenär", "fastighetsägare", "skattskyldig"}
)
# Someone the reader has: *vederbörande* is the reader's possessive (*Din arbetsgivare får en kopia*); singular nouns
# of the common gender only, so that *din* (or *er*) fits.
VEDERBORANDE_READER_RELATIONS = frozenset(
    {"arbetsgivare", "läkare", "tandläkare", "hyresvärd", "bank", "vårdcentral", "skola", "förskola", "kontaktperson"}
)
VEDERBORANDE_READER_NOUNS = VEDERBORANDE_READER_ROLES | VEDERBORANDE_READER_RELATIONS


def _vederborande_before_noun(index: int, block: BlockAnalysis, token: Token, following: Token) -> RuleFinding:
    """*vederbörande* as the old adjective before its noun: *ansvarig* for the one in charge, the reader's pronoun for
    a role the reader is or has (kept only where the text speaks to its reader, see _needs), else advice alone."""
    message = (
        "”vederbörande” är ålderdomligt. Skriv ”ansvarig” (”ansvarig handläggare”) eller ”din” (”din handläggare”)."
    )
    noun = following.lower
    if noun in VEDERBORANDE_READER_ROLES:
        plural = noun in ("föräldrar", "medlemmar")
        text = f"{token.text} {following.text}"
        return _make(index, token, following, _address_message(text), _pronoun(following, block, plural=plural))
    if noun in VEDERBORANDE_READER_RELATIONS:
        possessive = "er" if addresses_with_ni(block.text) else "din"
        return _make(index, token, token, f"Skriv ”{possessive}” i stället för ”{token.text}”.", possessive)
    # (*Kontakta vederbörande som handlägger ärendet*: the official in charge, as *ansvarig*; see _reader_who)
    in_charge = noun in VEDERBORANDE_IN_CHARGE or noun == "som"
    return _make(index, token, token, message, "ansvarig" if in_charge else None)


def _before_noun(following: Token | None) -> bool:
    return following is not None and following.pos in ("NOUN", "PROPN")


# Sentence adverbs that may stand between a subject and its verb (*Vederbörande själv ska …*): not a noun.
SUBJECT_ADVERBS = frozenset(
    {"själv", "själva", "också", "även", "inte", "ej", "alltså", "därför", "då", "nu", "ju", "dock", "därefter"}
    | {"sedan", "redan", "alltid", "ofta", "genast", "snarast", "personligen", "bara", "endast", "sålunda"}
)


def _subject_noun_before_verb(block: BlockAnalysis, sentence: Sentence, following: Token | None) -> bool:
    """*Vederbörande nämnd ska därefter …*: a lower-case word between *vederbörande* and a finite verb is the noun
    *vederbörande* qualifies, whatever the tagger calls it (it read *nämnd* as an adverb; session 47, a web re-test:
    *Du nämnd ska* was suggested)."""
    if following is None or not following.text.isalpha() or not following.text.islower():
        return False
    if following.lower in SUBJECT_ADVERBS or following.feature("VerbForm") == "Fin":
        return False
    verb = _neighbour(block, sentence, following.i + 1)
    return verb is not None and verb.pos in ("AUX", "VERB") and verb.feature("VerbForm") == "Fin"


def _reader_who(block: BlockAnalysis, token: Token, following: Token | None) -> bool:
    """*Vederbörande som behöver hjälp med transport ombedes kontakta kommunen*: opening a clause, with a relative
    clause of its own, *vederbörande* is the one the text speaks to, *Du som behöver hjälp* (session 48, a crisis
    re-test: *Ansvarig som behöver hjälp* had been suggested). Not after a verb (*Kontakta vederbörande som
    handlägger ärendet*: the official in charge)."""
    if following is None or following.lower != "som":
        return False
    before = block.tokens[token.i - 1] if token.i > 0 else None
    opens = before is None or before.lower in CLAUSE_OPENERS or before.text in (".", "!", "?", ":")
    if not opens and before.pos != "AUX":  # *kan vederbörande som … ringa*: the inverted subject
        return False
    i = following.i + 1
    while i < len(block.tokens) and block.tokens[i].lower in CLAUSE_ADVERBS:
        i += 1
    return i < len(block.tokens) and block.tokens[i].feature("VerbForm") == "Fin"


def _passive_read_as_noun(block: BlockAnalysis, sentence: Sentence, following: Token | None) -> bool:
    """*Vederbörande ombeds skicka in handlingarna*: the parser reads *ombeds* as a noun, so *vederbörande* looked
    like the old adjective (*vederbörande myndighet*) and was told *Berörd* (session 42, the explain tester). A word in
    -s after it with no finite verb anywhere else in the sentence is the passive verb: *vederbörande* is the reader,
    told *du* as in *Vederbörande ska bifoga intyg*."""
    if following is None or not following.lower.endswith("s"):
        return False
    others = block.tokens[sentence.start : sentence.end]
    return not any(t.i != following.i and t.feature("VerbForm") == "Fin" for t in others)


# Words before *undertecknad* as an object, by form: the tagger calls it an adjective and *kontakta* a noun or a
# name. Prepositions only (*skickas in undertecknad*: *in* is a particle, the form comes signed), and verbs of
# reaching someone (*kontakta, ring, mejla*), not verbs after which it is the state of a paper (*lämnas undertecknad*).
SIGNER_PREPOSITIONS = frozenset({"till", "med", "av", "hos", "från", "åt", "genom", "via"})
CONTACT_VERBS = frozenset(
    {"kontakta", "kontaktar", "kontakt", "ring", "ringa", "ringer", "mejla", "mejlar", "maila", "mailar", "nå", "når"}
    | {"fråga", "frågar", "träffa", "träffar", "underrätta", "underrättar", "meddela", "meddelar"}
)


def _is_signer_object(token: Token, previous: Token | None, following: Token | None) -> bool:
    """*kontakta undertecknad*, *till undertecknad*, *med undertecknad*: the writer as an object, *mig* (session 45, a
    writer's re-tester). Not the participle: *ska vara undertecknad* (signed; *vara* is no verb taking an object), *en
    av dig undertecknad ansökan* (before its noun), nor a signature line (nothing before it)."""
    if previous is None or following is not None and _before_its_noun(following):
        return False
    return previous.lower in SIGNER_PREPOSITIONS or previous.lower in CONTACT_VERBS


def _before_its_noun(following: Token) -> bool:
    """*med undertecknad fullmakt*: the participle before its noun. An adjective that is an adverbial (*kontakta
    undertecknad snarast möjligt*, *omgående*) is not that noun's (both had left the object unflagged)."""
    return following.pos in {"NOUN", "PROPN"} or following.pos == "ADJ" and following.dep == "amod"


# Verbs after which *undertecknad* is the inverted subject when an infinitive follows: *Under utredningen kommer
# undertecknad att vara er kontaktperson*, *kan undertecknad nås* (session 51, a social re-tester: missed, the parse had
# made the participle its root). Not *vara, bli*: *är undertecknad av* is signed.
INVERTING_LEMMAS = frozenset({"komma", "kunna", "skola", "ska", "vilja", "få", "måste", "böra", "behöva"})


def _inverted_subject(previous: Token | None, following: Token | None) -> bool:
    """*kommer undertecknad att …*: the signer after a finite modal or *komma*, an infinitive (or *att*) after it."""
    if previous is None or following is None or previous.feature("VerbForm") != "Fin":
        return False
    if previous.lemma.lower() not in INVERTING_LEMMAS:
        return False
    return following.lower == "att" or following.pos in VERBAL_POS and following.feature("VerbForm") == "Inf"


def _is_subject(token: Token, following: Token | None) -> bool:
    """*Undertecknad ansöker* (the writer), not *ansökan ska vara undertecknad* (signed)."""
    return token.dep.startswith("nsubj") or following is not None and following.pos in VERBAL_POS and token.i == 0
