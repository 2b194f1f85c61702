"""``missing-sender``: the reader cannot tell who wrote the text or how to reach them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from klarlint.analysis import Analysis
from klarlint.document import META_KINDS, Block, BlockKind, Document
from klarlint.genre import (
    DECISION,
    DOCUMENT,
    EXTRACT,
    LETTER,
    PROTOCOL,
    REGULATION,
    SPEECH,
    WEB,
    detect_genre,
    forms_of,
)
from klarlint.grammar import full_forms
from klarlint.prose import LETTER_CLOSING
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

_ORG_SUFFIX = (
    r"nämnden|nämnd|förvaltningen|förvaltning|styrelsen|verket|myndigheten|inspektionen|"
    r"kassan|rådet|kontoret|enheten|avdelningen|bolaget|institutet|domstolen|rätten|"
    r"ombudsmannen|kommun|kommunen|regionen|centralen|byrån|mottagningen|skolan|kansliet|departementet|departement|"
    r"förmedlingen|fogden"
)
# A name of two words, an adjective or a genitive and a compound of an organisation's word (session 48, the agency
# re-tester: *Centrala studiestödsnämnden*, *Allmänna reklamationsnämnden*). Not a sentence's quantifier or pronoun
# before a body's name (*Alla nämnder*, *Berörda förvaltningen*): those name no one.
_NOT_AN_ADJECTIVE = (
    r"\b(?!(?:Alla|Andra|Dessa|Flera|Vissa|Några|Samtliga|Berörda|Olika|Övriga|Egna|Hela|Samma|Sådana|Båda|Bägge|"
    r"Nästa|Förra|Hans|Hennes|Deras|Sina|Våra|Era|Dina|Mina|Varje|Ansvariga|Aktuella|Respektive)\s)"
)
# A name's line that ends in its acronym in brackets: a letterhead or a signature (*Myndigheten för delaktighet (MFD)*),
# alone on its line or before the address that the reader joins to it (*… (CSN) 851 82 Sundsvall*). Not in a
# sentence: *… enligt regler från Europeiska unionen (EU) och …* names another.
ACRONYM_NAME_LINE = r"^[A-ZÅÄÖ][\w-]+(?:[ \t]+[\w-]+){0,5}[ \t]+\([A-ZÅÄÖ]{2,6}\)(?=[ \t]*(?:$|,|\d))"
_COMPANY_TRADE = r"Energi|Vatten|Bostäder|Hamn|Stadsnät|Elnät|Fjärrvärme|Kraft|Renhållning|Fastigheter"
# A capitalised word that is no name: a sentence's determiner (*Varje kommun*, *Din skola*)
_NOT_A_NAME = (
    r"\b(?!(?:Varje|Den|Denna|Detta|Vår|Vårt|Er|Ert|Din|Ditt|Mitt|Sitt|En|Ett|Hela|Samma|Vilken|Vilket|Annan|Annat|"
    r"Någon|Något|Ingen|Inget)\s)"
)
ORGANISATION = re.compile(
    rf"{_NOT_A_NAME}[A-ZÅÄÖ][\w-]*\s+(?:kommun|stad|region|län|landsting|församling)\b"
    # a school or unit named by its place (*Norrby skola*, *Västby förskola*: a school nurse's letter had no sender)
    rf"|{_NOT_A_NAME}[A-ZÅÄÖ][\w-]*\s+"
    r"(?:skola|förskola|gymnasieskola|grundskola|vårdcentral|bibliotek|äldreboende|fritidsgård|"
    # (session 49, a democracy re-tester: an exhibition page titled and signed *Bergviks museum* had no sender)
    r"museum|konsthall|kulturhus|stadsbibliotek|folkhögskola|"
    # (session 51, a leisure re-tester: a pool's rules signed *Norrby simhall, Badvägen 3. Telefon …* had no sender)
    r"simhall|badhus|sporthall|idrottshall|ishall|kulturskola|musikskola|ungdomsgård|"
    # (session 52, an adult-education re-tester: a distance course's page ending *Ring Norrby lärcentrum på …*)
    r"lärcentrum|lärcenter)\b"
    # A facility's word in the definite form before its own name (*Fritidsgården Hörnan, Skolvägen 12*, *Kulturhuset
    # Navet*; the same re-tester): not before a number (*Simhallen Badvägen 3* is its address)
    r"|\b(?:Fritidsgården|Ungdomsgården|Kulturhuset|Biblioteket|Simhallen|Badhuset|Sporthallen|Ishallen|Kulturskolan|"
    r"Mötesplatsen|Träffpunkten|"
    # a public service's or an unemployment fund's word before its name (session 51: *Ring Räddningstjänsten Norrby
    # på …*, an easy-to-read fire leaflet; *A-kassan Norrsken, Box 456* in a page's footer: both had no sender)
    r"Räddningstjänsten|Socialtjänsten|Hemtjänsten|Färdtjänsten|A-kassan)[ \t]+"
    r"(?!(?:Du|Vi|Ni|Han|Hon|Hen|De|Den|Det|Dom)\b)[A-ZÅÄÖ][a-zåäö]+\b(?![ \t]*\d)"  # (not a pronoun opening a clause)
    r"|\b(?:Region|Länsstyrelsen|Landstinget|Kommunförbundet)\s+(?:i\s+)?[A-ZÅÄÖ]\w+"
    rf"|\b[A-ZÅÄÖ][a-zåäöé]+(?:{_ORG_SUFFIX})\b"
    rf"|{_NOT_AN_ADJECTIVE}[A-ZÅÄÖ][a-zåäöé]+[aes]\s+[a-zåäöé]{{2,}}(?:{_ORG_SUFFIX})\b"
    # Names joined by a hyphen and *och* (*Plikt- och prövningsverket*, *Tandvårds- och läkemedelsförmånsverket*), and
    # *Myndigheten för X* opening a line or a title's or footer's part (*… | Myndigheten för civilt försvar*, *…,
    # 651 81 Karlstad*) (session 50, a defence re-tester: both signed texts were told they name no sender)
    rf"|\b[A-ZÅÄÖ][a-zåäöé]+-[ \t]+(?:och|eller)[ \t]+[a-zåäöé]+(?:{_ORG_SUFFIX})\b"
    r"|(?m:(?:^|[|·–—][ \t]*)(?:Myndigheten|Inspektionen|Institutet|Rådet|Nämnden|Centrum)[ \t]+för[ \t]+[a-zåäö]{3,})"
    rf"|(?m:{ACRONYM_NAME_LINE})"
    r"|\b[A-ZÅÄÖ][\w&-]*(?:\s+[A-ZÅÄÖ][\w&-]*)*\s+AB\b"
    # A company named without *AB* (session 49, a utility's re-tester: *Din faktura från Sundsvall Energi*): a place's
    # name and a capitalised word of a utility's trade. Both capitals: *spara energi* names no one.
    rf"|{_NOT_A_NAME}[A-ZÅÄÖ][\w-]+[ \t]+(?:{_COMPANY_TRADE})\b"
    # A genitive name before the customer service inside a sentence (*kontakta Skånetrafikens kundservice*, *SJ:s
    # kundtjänst*); at a sentence's start the capital may be any word's (*Bolagets kundservice*).
    r"|(?<=[\w,;)] )[A-ZÅÄÖ][\w-]+(?::s|s)[ \t]+(?:kundservice|kundcenter|kundtjänst|kundsupport)\b"
    # A signature's line: a name and its customer service opening a line (*Östgötatrafiken, Kundcenter*, then the
    # contact lines, which a plain text's paragraph joins to it)
    rf"|(?m:^{_NOT_A_NAME}[A-ZÅÄÖ][\w&-]+(?:[ \t]+[A-ZÅÄÖ][\w&-]+){{0,2}}[ \t]*,[ \t]*"
    r"(?:[Kk]undcenter|[Kk]undservice|[Kk]undtjänst|[Kk]undsupport)\b)"
)
# An e-mail address at an organisation's own domain, given on a line where the sender speaks of itself (*vi, oss,
# vår*), names the sender (session 47, the bench re-tester: a how-to text whose only name was *Ring oss på … eller
# skicka e-post till bygglov@exempelstad.se* was told it names no sender): the domain is the one who says *oss*. Not a
# free mail service's (*…@gmail.com* is anyone's), not a web address (*Läs mer på www.boverket.se* points to another's
# site), and not an address no *vi* claims (*mejla renovering@vasterbyhem.se* may be anyone's the letter names).
ORGANISATION_EMAIL = re.compile(
    r"[\w.+-]+@(?!(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|mac|aol|gmx|proton|protonmail|"
    r"telia|spray|bredband|bredband2|bahnhof|comhem|tele2|tutanota|yandex|mail)\.)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b",
    re.IGNORECASE,
)
OURS = re.compile(r"\b(?:vi|oss|vår|vårt|våra)\b", re.IGNORECASE)
SIGNATURE_TITLE = re.compile(
    # *Presskontakt: Lisa Berg, kommunikatör*: a contact line's label before the name (a news item had been told it
    # names no sender). A name of two capitalised words or more, then a title as a whole word, compounds too
    # (*biståndshandläggare*, *Skolsköterska*); not any word that ends so (*psykologiskt* had signed an essay).
    r"^(?i:(?:press)?kontakt(?:person)?|frågor|mer information|upplysningar)?:?\s*"
    # A politician's party after the name is part of the signature (session 43, a reviewer: an interpellation answer
    # signed *Birgitta Sjödin (S)* / *Ordförande i vård- och omsorgsnämnden* was told it named no sender).
    r"[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)+(?:[ \t]*\([A-ZÅÄÖ]\w{0,4}\))?"
    # After a comma, a title may name its body first: *Per Sandberg (M), kommunstyrelsens ordförande*, *… vice
    # ordförande* (not after a space: *Med Europeiska rådets ordförande* opened a press release's sentence).
    r"(?:[ \t]*,[ \t]*(?i:\w+s[ \t]+)?(?i:vice[ \t]+)?|\s*[,\n]?\s*)"
    r"(?i:\w*(?:handläggare|ordförande|chef|direktör|samordnare|kommunikatör|sekreterare|"
    r"utredare|strateg|inspektör|rektor|biträdande|sköterska|kurator|pedagog|lärare|"
    r"ingenjör|arkitekt|jurist|ekonom|assistent|koordinator|ledare|rådgivare|läkare|psykolog|bibliotekarie))\b",
    re.MULTILINE,
)
CONTACT = {
    "e-post": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "telefon": re.compile(
        r"(?:\+46|\b0)\d{1,3}[\s–-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}\b"
        r"|\b(?:tel|telefon|tfn|växel|mobil)\.?:?\s*\+?\d[\d\s–-]{5,}",
        re.IGNORECASE,
    ),
    "webbadress": re.compile(r"\bwww\.[\w-]+(?:\.[\w-]+)+|https?://\S+|\b[\w-]+\.se\b"),
    "postadress": re.compile(r"\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+|\bBox\s+\d+"),
}
# A case's number is no way to reach anyone (session 43, a reviewer: *Ärendenummer: MBN 2026-000812* was read as a
# telephone number, 2026-000812, and an order under penalty with no contact details passed): the label and the number
# after it are left out before the contact details are looked for. On one line: a block's case numbers are then
# the same alone as in the whole text (see MissingSender.block_part).
CASE_NUMBER = re.compile(
    r"\b(?:(?:er|ert|vår|vårt)[ \t]+(?:beteckning|referens|ärendenummer|diarienummer|dnr)|ärendenummer|ärendenr|"
    r"diarienummer|diarienr|dnr|beteckning)\b\.?[ \t]*:?[ \t]*(?:[A-ZÅÄÖ]{1,6}[ \t-]?)?\d[\d./:-]*",
    re.IGNORECASE,
)

# A text that says *vi* beside its contact route (*Har du frågor? Ring oss på 0123-200 00.*) speaks as its sender
# and can be answered (session 48, the bench re-tester: a bin collection text in plain text, a page's words, was
# warned that it named no sender): the reader reaches the one who says *vi*, and where the text is published (a page,
# a leaflet) says who that is. Without its name it is information, not a warning. Not in a letter or a decision: one
# sent to a person must say who sends it (the reader may have to appeal to them or answer them by name).
NAME_REQUIRED = frozenset({LETTER, DECISION})
# A steering document's facts that name its owner (session 48, the writer's re-tester: a guideline for case officers
# whose table names *Dokumentansvarig: Miljö- och byggchef*): its readers are the organisation's own staff, who reach
# the owner it names inside it. The label stands alone in a table's cell or before a colon, in the text's head.
DOCUMENT_OWNER = re.compile(
    r"^[ \t|*]*(?:dokumentansvarig|dokumentägare)[ \t*]*(?:[:|]|$)", re.IGNORECASE | re.MULTILINE
)
# In a steering document (a routine, a guideline), its head's *Ansvarig:* line names its owner as well (care re-test
# s50: *Rutin: Förebygga fall …* with *Ansvarig: medicinskt ansvarig sjuksköterska (MAS)* was asked for a contact
# route); not on a web page or in a letter, where *Ansvarig:* may name anyone's task
STEERING_OWNER = re.compile(r"^[ \t|*]*(?:ansvarig|processägare)[ \t*]*[:|]", re.IGNORECASE | re.MULTILINE)
DOCUMENT_HEAD_CHARS = 3000
# A politician's answer to a council member's question (session 49, a democracy re-tester: *Svar på interpellation om
# biblioteksfilialen i Västerby*, signed by the committee's chair, was asked for a contact route): an answer in a
# council's debate, not a letter to a citizen, and it never gives a telephone or an e-mail. Its sender is enough. Only
# under a heading that says so, at the text's head.
POLITICAL_ANSWER = re.compile(
    r"(?:svar[ \t]+på[ \t]+(?:interpellation|(?:skriftlig[ \t]+|enkel[ \t]+)?fråga|motion)|interpellationssvar)\b",
    re.IGNORECASE,
)
HEAD_BLOCKS = 2
# A link that leads to the sender's contact page (session 48, the agency re-tester: an FAQ page's *Du kan också
# [klicka här] för att kontakta oss*): a way to reach them, as a web address is. Words without a link are none.
CONTACT_LINK_WORDS = re.compile(r"\bkontakta\s+(?:oss|mig)\b|\bkontakt(?:sida|sidan|formulär|formuläret)\b", re.I)
# A letter signed with the name that heads it (session 47, a writer's re-tester: a housing company's letter with
# *Västerbyhem* as its first line and again under *Med vänlig hälsning* was told it named no sender): a name of one
# to three capitalised words, alone on the text's first line and ending its signature after a closing. A name that
# ends in no organisation's word is known as the sender only from the two places together.
LETTERHEAD_NAME = re.compile(r"[A-ZÅÄÖ][\w&-]*(?:[ \t]+[A-ZÅÄÖ][\w&-]*){0,2}")
SIGNATURE_BLOCKS = 3
# A letterhead: the text's first line a name over the sender's postal address (probation re-test s53 03, 06:
# *Kriminalvården / Frivården Uppsala / Box 567, 751 25 Uppsala* over a decision was told it named no sender, as
# *Kriminalvården* ends in no organisation's word). A P.O. box is an organisation's, and a name of one word is no
# person's (*Erik Lindqvist / Storgatan 12 / 582 22 Linköping* is the addressee's block): either makes the name the
# sender's. The lines between are short, with no sentence's end.
PO_BOX = re.compile(r"\bBox[ \t]+\d+")
LETTERHEAD_LINES = 4
LETTERHEAD_LINE_WORDS = 8
# A page's title that ends with its site's name after a dash or a bar (session 49, a utility's re-tester: *Skolkort för
# ditt barn – Skånetrafiken* was told it named no sender): one to three capitalised words, a name (see _a_name).
TITLE_SITE = re.compile(r"\s[–—|-]\s+([A-ZÅÄÖ][\w&-]*(?:[ \t]+[A-ZÅÄÖ][\w&-]*){0,2})\s*$")

# An extract of a protocol is the body that met sending on one of its decisions, under its name and attested by its
# secretary (session 47, a writer's re-tester: *PROTOKOLLSUTDRAG* from *Kommunstyrelsens arbetsutskott*, expedited to
# the committee, the administration and the citizen who proposed it, was asked for a contact route): no contact
# route is expected. Except where it is sent to a party of a case as their decision (*Expedieras till: Sökanden*,
# session 45): that party must be able to reach the sender with questions and an appeal. (Read in the source: prose.py
# leaves the line out as a document's facts.)
EXPEDITED_TO_PARTY = re.compile(
    r"\bexpedieras\s+till\b[^.!?]{0,200}?\b(?:sökanden?|klaganden?|den\s+enskilde|fastighetsägaren?|"
    r"verksamhetsutövaren?|byggherren?|vårdnadshavar(?:e|en|na))\b",
    re.I,
)

# An addressee's lines are not the sender's (session 47, the bench re-tester: a decision with *Sökande: Karin Berg* /
# *Adress: Lindvägen 4, 123 45 Exempelstad* in its head and no telephone or e-mail for its signer was not flagged: the
# applicant's address was taken as the way to reach the sender). A party's label opens them (*Sökande:*, *Till:*), and
# the lines after it that are the party's address (*Adress:*, *Telefon:*, *Personnummer:*, a street, a postcode and
# town) belong to it; another label (*Diarienummer:*, *Från:*) or a paragraph ends them. *Mottagare:* is left out: a
# form may name the office to send it to so. An unlabelled address block at the top of a letter may be the sender's
# letterhead: it is left as it was.
PARTY_LABEL = re.compile(
    r"(?:sökande(?:n|ns)?|klagande(?:n)?|motpart(?:en)?|adressat|till|fastighetsägare(?:n)?|vårdnadshavare|"
    r"den\s+enskilde)[ \t]*:",
    re.IGNORECASE,
)
LABEL = re.compile(r"(?<!\S)([\w/-]+)[ \t]*:(?=\s|$)")
ADDRESS_LABELS = frozenset(
    {
        "adress", "postadress", "bostadsadress", "utdelningsadress", "folkbokföringsadress", "c/o", "postnummer",
        "ort", "postort", "telefon", "tel", "telefonnummer", "mobil", "mobilnummer", "e-post", "e-postadress",
        "personnummer", "organisationsnummer", "namn",
    }
)  # fmt: skip
ADDRESS_LINE = re.compile(
    r"(?:[A-ZÅÄÖ][\w.-]*(?:[ \t]+[\w.-]+){0,3}[ \t]+\d{1,4}(?:[ \t]?[A-Za-z])?(?:[ \t]*,[ \t]*(?=\d))?)?"
    r"(?:\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖ][\w -]*)?"
)
PARTY, ADDRESS = "party", "address"  # a block's role in an addressee's lines

# What every match of CONTACT and of CASE_NUMBER has (see _has_contact)
_DIGIT = re.compile(r"\d")
_CASE_LABEL = re.compile(r"nr|nummer|beteckning|referens", re.IGNORECASE)

# A speech is given by the speaker its heading or occasion names; a web page's sender and contact details are the site's
# header and footer and a contact box beside <main> (an HTML reader passes them as context; a Markdown page gets them
# from its template, and so does a page's body text as a CMS editor writes it: HTML without an <html> element, whose
# page template carries the site's header and footer; a bin collection page's body had been told it named no sender). A
# meeting's protocol is the record of the body that met, signed by its chair and secretary: no contact route is expected
# (session 45, a writer's re-tester); an extract of one paragraph sent to the one it concerns is no protocol. A
# regulation (genre.regulation: *föreskrifter* in a *författningssamling*) is a statute's text: no contact route either.


class MissingSender:
    info = RuleInfo(
        id="missing-sender",
        title="Ingen avsändare eller inga kontaktuppgifter",
        severity=Severity.WARNING,
        block_local=False,
        block_parts=True,
        summary=(
            "a text (over 100 words) that does not say who sends it (organisation or signature) and/or how to reach "
            "them (e-post, telefon, webbadress, postadress, a link to a contact page); says which is missing; "
            "information only where a text that is not a letter or a decision says *vi* or *oss* beside its contact "
            "route (*Ring oss på …*); a name over the sender's P.O. box in the letterhead, or a one-word name over a "
            "postal address, names the sender; not a document whose facts name its owner (*Dokumentansvarig*; in a "
            "steering document also *Ansvarig:*); a place's name before *skola, bibliotek, museum, konsthall, "
            "kulturhus, simhall, lärcentrum* is the sender, as a facility's word before its name (*Fritidsgården "
            "Hörnan*), and so are names joined by a hyphen and *och* (*Plikt- och prövningsverket*) and *Myndigheten "
            "för X* at a line's start; no contact route asked of a signed answer to an interpellation, a question or a "
            "motion"
        ),
        reference=references.RECEIVER,
        explanation=(
            "Mottagaren ska kunna se vem som skriver och hur hen når avsändaren med "
            "frågor. Skriv ut myndighetens eller förvaltningens namn, gärna med namn och "
            "titel på den som har skrivit. Ge också minst ett sätt att nå er: telefon, "
            "e-post, webbadress eller postadress."
        ),
        example_before=(
            "Du har sökt bidrag för att bygga om ditt badrum så att du kan bo kvar hemma. Vi har gått igenom "
            "din ansökan och de intyg du skickade med.\n\nDu får 45 000 kronor. Vi betalar ut pengarna när "
            "arbetet är klart och vi har fått fakturan.\n\nDu kan överklaga beslutet inom tre veckor från den "
            "dag du fick det."
        ),
        example_after=(
            "Du har sökt bidrag för att bygga om ditt badrum så att du kan bo kvar hemma. Vi har gått igenom "
            "din ansökan och de intyg du skickade med.\n\nDu får 45 000 kronor. Vi betalar ut pengarna när "
            "arbetet är klart och vi har fått fakturan.\n\nDu kan överklaga beslutet inom tre veckor från den "
            "dag du fick det.\n\nAnna Berg, handläggare\nNorrby kommun, Socialförvaltningen\n"
            "Telefon: 0123-456 78\nE-post: social@norrby.se"
        ),
        example_options={"min_words": 40},
        # site_sender, site_contact: a web site's template (config [site]): on every page, so they count.
        options={"min_words": 100, "site_sender": "", "site_contact": ""},
        option_docs={
            "min_words": "kortare texter behöver ingen avsändare",
            "site_sender": "webbplatsens avsändare i sidmallen ([site] sender)",
            "site_contact": "webbplatsens kontaktsida ([site] contact)",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        # What combine gives with every block's part (a match in a block alone is one in the whole text too: the
        # patterns' edges read a line break as they read a text's end), without a pass over the blocks one by one.
        return self._judge(analysis, options, False, False)

    def block_part(self, analysis: Analysis, index: int, options: Mapping[str, Any]) -> tuple[bool, bool, str | None]:
        """Whether the block alone names a sender, whether it alone gives a way to reach them (an addressee's lines
        left out), and its role in an addressee's lines (PARTY, ADDRESS or None)."""
        text, role = _own_part(analysis.blocks[index].text)
        return _names_sender(text), _has_contact(text), role

    def combine(
        self, analysis: Analysis, parts: Sequence[tuple[bool, bool, str | None]], options: Mapping[str, Any]
    ) -> Iterator[RuleFinding]:
        # The language server keeps each block's part: the whole text is read only for what no block says alone (a
        # signature's name and title in two paragraphs), and an edit costs what the edited block costs (85 ms a lint
        # at 300,000 words had gone to blanking case numbers in the whole text).
        roles = [part[2] for part in parts]
        kept = [part for part, addressee in zip(parts, _addressee_lines(analysis, roles), strict=True) if not addressee]
        return self._judge(analysis, options, any(part[0] for part in kept), any(part[1] for part in kept), roles)

    def _judge(
        self,
        analysis: Analysis,
        options: Mapping[str, Any],
        has_sender: bool,
        has_contact: bool,
        roles: Sequence[str | None] | None = None,
    ) -> Iterator[RuleFinding]:
        """The finding, given whether some block alone names the sender and gives a contact path, and each block's
        role in an addressee's lines when the block parts have found them (None: found here)."""
        if analysis.word_count < int(options["min_words"]) or not analysis.blocks:
            return
        document = analysis.document
        genre, forms = document.genre or detect_genre(document), forms_of(document)
        # (a whole HTML page: its context decides)
        if (
            genre in (SPEECH, PROTOCOL)
            or genre == WEB
            and not _whole_html_page(document)
            or REGULATION in forms
            or EXTRACT in forms
            and not EXPEDITED_TO_PARTY.search(document.source)
        ):
            return
        has_sender = has_sender or bool(options.get("site_sender"))
        has_contact = has_contact or bool(options.get("site_contact"))
        if not (has_sender and has_contact):
            text = "\n".join([*_senders_texts(analysis, roles), document.context])
            has_sender = has_sender or _names_sender(text) or _letterhead_signed(analysis) or _site_titled(document)
            has_sender = has_sender or _letterhead_addressed(document)
            has_contact = has_contact or _has_contact(text) or any(map(_contact_link, document.blocks))
        if has_sender and has_contact or DOCUMENT_OWNER.search(document.source, 0, DOCUMENT_HEAD_CHARS):
            return
        if genre == DOCUMENT and STEERING_OWNER.search(document.source, 0, DOCUMENT_HEAD_CHARS):
            return
        if has_sender and _political_answer(document) and _signed(analysis):
            return  # (no contact route expected: see POLITICAL_ANSWER)
        # (the text's own *vi* beside its contact route: see NAME_REQUIRED)
        voiced = has_contact and not has_sender and genre not in NAME_REQUIRED and _our_contact(text)
        if not has_sender and not has_contact:
            problem = "Texten säger inte vem som är avsändare eller hur läsaren kan kontakta er"
        elif not has_sender:
            problem = "Texten har kontaktuppgifter men säger inte vem som är avsändare"
        else:
            problem = "Texten säger vem som är avsändare men inte hur läsaren kan kontakta er"
        yield RuleFinding(
            0,
            0,
            analysis.blocks[0].first_sentence_end,
            f"{problem}. Skriv ut organisationens namn och minst en kontaktväg "
            "(telefon, e-post, webbadress eller postadress).",
            severity=Severity.INFO if voiced else None,
        )


def _own_part(text: str) -> tuple[str, str | None]:
    """A block's text without an addressee's lines, and its role in them (see PARTY_LABEL): a party's label opens
    it (what follows its address's lines is kept), or it is an address's line alone."""
    stripped = text.strip()
    if PARTY_LABEL.match(stripped):
        for label in LABEL.finditer(stripped, PARTY_LABEL.match(stripped).end()):
            if label.group(1).lower() not in ADDRESS_LABELS:
                return stripped[label.start() :], PARTY
        return "", PARTY
    if _address_line(stripped):
        return text, ADDRESS
    return text, None


def _address_line(text: str) -> bool:
    """Whether ``text`` is an address's line: labelled so, or a street and number or a postcode and town alone."""
    label = LABEL.match(text)
    if label is not None:
        return label.group(1).lower() in ADDRESS_LABELS
    return bool(text) and ADDRESS_LINE.fullmatch(text) is not None


def _addressee_lines(analysis: Analysis, roles: Iterable[str | None]) -> Iterator[bool]:
    """For each block, whether it is an address's line under a party's label (its sender and contact are the
    party's; a party's own block has had them left out already): right after it, or after another of its lines, with
    nothing between in the source (prose.py leaves a document's facts out of the blocks: *Handläggare: …* between
    them ends the party's lines)."""
    party = False
    source, blocks = analysis.document.source, analysis.document.blocks
    for index, role in enumerate(roles):
        party = role == PARTY or role == ADDRESS and party and _next_to(source, blocks[index - 1], blocks[index])
        yield party and role == ADDRESS


def _next_to(source: str, before: Block, block: Block) -> bool:
    """Whether only white space stands between ``before`` and ``block`` in the source."""
    between = source[before.to_source(len(before.text)) : block.to_source(0)]
    return not between or between.isspace()


def _senders_texts(analysis: Analysis, roles: Sequence[str | None] | None) -> Iterator[str]:
    """The blocks' texts without an addressee's lines (see PARTY_LABEL). ``roles``, each block's, as the block parts
    found them; None: read here (the block parts had already read every block, and the combine step had read them
    all again on each edit)."""
    texts = [block.text for block in analysis.blocks]
    if roles is None:
        roles = [_own_part(text)[1] for text in texts]
    for text, role, addressee in zip(texts, roles, _addressee_lines(analysis, roles), strict=True):
        if not addressee:
            yield _own_part(text)[0] if role == PARTY else text  # (only a party's block has lines left out)


def _names_sender(text: str) -> bool:
    return bool(ORGANISATION.search(text) or SIGNATURE_TITLE.search(text) or "@" in text and _our_email(text))


def _our_email(text: str) -> bool:
    """Whether an organisation's e-mail address stands on a line where the sender says *vi* or *oss* (see
    ORGANISATION_EMAIL)."""
    for found in ORGANISATION_EMAIL.finditer(text):
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        if OURS.search(text, start, len(text) if end < 0 else end):
            return True
    return False


def _contact_link(block: Block) -> bool:
    """Whether ``block`` links to a contact page (see CONTACT_LINK_WORDS)."""
    return bool(block.links) and CONTACT_LINK_WORDS.search(block.text) is not None


def _our_contact(text: str) -> bool:
    """Whether a way to reach the sender stands on a line where the sender says *vi* or *oss* (*Ring oss på …*)."""
    return any(OURS.search(line) and _has_contact(line) for line in text.splitlines())


def _political_answer(document: Document) -> bool:
    """Whether a title or heading at the text's head says it answers an interpellation, a question or a motion."""
    head = document.blocks[:HEAD_BLOCKS]
    headed = (block for block in head if block.kind in (BlockKind.TITLE, BlockKind.HEADING))
    return any(POLITICAL_ANSWER.match(block.text.strip()) for block in headed)


def _signed(analysis: Analysis) -> bool:
    """Whether the text's last blocks name its sender (a signature): an answer's body that names a committee
    (*Kultur- och fritidsnämnden har fått i uppdrag …*) signs nothing (verification s50)."""
    tail = analysis.blocks[-SIGNATURE_BLOCKS:]
    return _names_sender("\n".join(block.text for block in tail if len(block.text.split()) <= SIGNATURE_BLOCK_WORDS))


SIGNATURE_BLOCK_WORDS = 12  # a signature's block: a name, a title, a committee (not a paragraph that names one)


def _letterhead_signed(analysis: Analysis) -> bool:
    """Whether the text's first line is a name and its signature after a letter's closing ends with the same name
    (see LETTERHEAD_NAME)."""
    name = analysis.blocks[0].text.strip()
    if len(analysis.blocks) < SIGNATURE_BLOCKS or not LETTERHEAD_NAME.fullmatch(name):
        return False
    tail = [block.text.strip() for block in analysis.blocks[-SIGNATURE_BLOCKS:]]
    closing = next((i for i, text in enumerate(tail) if LETTER_CLOSING.match(text)), None)
    return closing is not None and any(_ends_with_name(text, name) for text in tail[closing:])


def _letterhead_addressed(document: Document) -> bool:
    """Whether the text's first line is a name over the sender's postal address (see PO_BOX)."""
    lines = _head_lines(document)
    if len(lines) < 2 or not LETTERHEAD_NAME.fullmatch(lines[0]):
        return False
    for line in lines[1:]:
        if len(line.split()) > LETTERHEAD_LINE_WORDS or line.endswith((".", "!", "?", ":")):
            return False
        if PO_BOX.search(line) or " " not in lines[0] and CONTACT["postadress"].search(line):
            return True
    return False


def _head_lines(document: Document) -> list[str]:
    """The source's lines of the text's first blocks, up to LETTERHEAD_LINES (a plain text's head lines are blocks
    of their own, or one paragraph where the reader joins them)."""
    lines: list[str] = []
    for block in document.blocks:
        if block.kind in META_KINDS or not block.text.strip():
            continue
        span = document.source[block.to_source(0) : block.to_source(len(block.text))]
        lines += [line.strip() for line in span.splitlines() if line.strip()]
        if len(lines) >= LETTERHEAD_LINES:
            break
    return lines[:LETTERHEAD_LINES]


def _site_titled(document: Document) -> bool:
    """Whether a page's title ends with its site's name after a dash (see TITLE_SITE)."""
    for block in document.blocks:
        found = TITLE_SITE.search(block.text) if block.kind == BlockKind.TITLE else None
        if found is not None and _a_name(found.group(1), document):
            return True
    return False


def _a_name(name: str, document: Document) -> bool:
    """Whether ``name`` is a name: no word the dictionary lists (*Översikt*), or one the text names again (its
    genitive too: *Skånetrafikens kundservice*) outside the title."""
    forms = full_forms()
    if forms is not None and all(forms.get(word.lower()) is None for word in name.split()):
        return True
    body = (block.text for block in document.blocks if block.kind != BlockKind.TITLE)
    return any(re.search(rf"\b{re.escape(name)}(?::?s)?\b", text) for text in body)


def _ends_with_name(text: str, name: str) -> bool:
    """Whether ``text`` ends with ``name`` as whole words."""
    return text.endswith(name) and (len(text) == len(name) or not text[-len(name) - 1].isalnum())


def _has_contact(text: str) -> bool:
    """Whether ``text`` gives a way to reach the sender, case numbers left out. Each pattern is tried only where the
    characters it needs are there at all: most paragraphs have no digit and no @ (a block costs little then)."""
    if "@" not in text and "://" not in text and ".se" not in text and "www." not in text and not _DIGIT.search(text):
        return False  # (each pattern of CONTACT needs one of these)
    reachable = CASE_NUMBER.sub(" ", text) if _CASE_LABEL.search(text) else text
    return any(pattern.search(reachable) for pattern in CONTACT.values())


def _whole_html_page(document: Document) -> bool:
    """Whether ``document`` is a whole HTML page (an <html> element), whose own header and footer name the sender;
    a body fragment from a CMS has no <html> and gets them from the page template."""
    return document.format == "html" and document.html_lang is not None
