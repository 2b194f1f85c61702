"""Session 51's address items (impersonal-man, missing-sender, genre, titles): each with the cases it must and must
not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre, letter_title
from klarlint.readers import read_text


def _man_findings(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


# a company that has applied is the applicant, a third party, in a letter that says du to the debtor (debt re-test 01)

_ORDER = (
    "Betalningsföreläggande\n\nHej!\n\n{opening} Kravet framgår av den bifogade ansökan.\n\n"
    "Om du bestrider kravet skickas ditt svar till sökanden."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Norrlands Inkasso AB har ansökt hos Kronofogden om att du ska betala 8 450 kronor. Sökanden påstår att du "
        "inte har betalat en faktura.",
        "Inkassobolaget Nord HB ansöker om att du ska betala 2 000 kronor.",
    ],
)
def test_a_company_that_has_applied_is_no_address_form(opening: str) -> None:
    assert _man_findings(_ORDER.format(opening=opening)) == []


@pytest.mark.parametrize(
    "opening",
    [
        "Du har ansökt om att skulden ska skrivas av.",
        "Anna Berg har ansökt om att skulden ska skrivas av.",  # a person: the reader herself
        "Norrlands Inkasso AB har skickat kravet till oss.",  # a company that has not applied
    ],
)
def test_an_applicant_that_may_be_the_reader_is_still_told(opening: str) -> None:
    assert _man_findings(_ORDER.format(opening=opening)) == [("sökanden", "dig")]


# an address form opening a relative clause with vilken is its subject (social re-test 01)


_AID = "Beslut om ekonomiskt bistånd\n\nDu får inte bistånd till en tvättmaskin. {sentence}"


def test_an_address_form_after_vilken_is_the_subject() -> None:
    sentence = (
        "Beträffande tvättmaskinen har det vid utredningen framkommit att det finns en tvättstuga i fastigheten "
        "vilken den sökande har tillgång till."
    )
    assert _man_findings(_AID.format(sentence=sentence)) == [("den sökande", "du")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi har hört den sökande vid ett hembesök.",  # after a verb: the object
        "Vi har hört den sökande, vilken vi träffade i maj.",  # vilken after it: the object still
    ],
)
def test_an_address_form_after_a_verb_is_still_the_object(sentence: str) -> None:
    assert _man_findings(_AID.format(sentence=sentence)) == [("den sökande", "dig")]


# generic man in what a statute says (building re-test, strandskydd): the law's rule for anyone, no address

_REFUSAL = "Beslut om strandskyddsdispens\n\nDu får inte dispens för bastun.\n\n{sentence}\n\nDu kan överklaga."


@pytest.mark.parametrize(
    "sentence",
    [
        "Enligt 7 kap. 15 § miljöbalken får man inom ett strandskyddsområde inte uppföra nya byggnader.",
        "Enligt plan- och bygglagen får man inte bygga utan bygglov.",
        "Enligt lagen får man inte bygga utan bygglov.",
        "Enligt 9 kap. 2 § plan- och bygglagen (2010:900) krävs det bygglov om man vill bygga.",
    ],
)
def test_man_in_what_a_statute_says_is_left(sentence: str) -> None:
    assert _man_findings(_REFUSAL.format(sentence=sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Enligt vår bedömning får man inte bygga bastun.",  # the sender's assessment, not a statute
        "Om man vill bygga igen enligt 7 kap. 15 § miljöbalken kan man ansöka på nytt.",  # the statute is not first
    ],
)
def test_man_beside_no_statute_opening_is_still_told(sentence: str) -> None:
    found = _man_findings(_REFUSAL.format(sentence=sentence))
    assert found and {suggestion.lower() for _, suggestion in found} == {"du"}


# missing-sender: a place's name before a leisure facility's word, and a facility's word in the definite form before
# its name (leisure re-test 07, 10)

_RULE = "Du ska visa hänsyn mot andra besökare och följa personalens anvisningar."
_RULES_PAGE = "Ordningsregler\n\nLäs reglerna innan du kommer hit.\n\n" + "\n\n".join([_RULE] * 10) + "\n\n{signature}"


def _sender(text: str) -> list[str]:
    return [f.rule for f in lint_text(text).findings if f.rule == "missing-sender"]


@pytest.mark.parametrize(
    "signature",
    [
        "Norrby simhall, Badvägen 3. Telefon 0123-456 30.",
        "Västby sporthall, Idrottsvägen 1. Telefon 0123-456 31.",
        "Norrby kulturskola, Skolgatan 2. Telefon 0123-456 32.",
        "Fritidsgården Hörnan, Skolvägen 12, Norrby\nTelefon 0123-456 60",
        "Kulturhuset Navet, Torget 1. Telefon 0123-456 61.",
    ],
)
def test_a_facility_named_by_its_place_or_name_is_a_sender(signature: str) -> None:
    assert _sender(_RULES_PAGE.format(signature=signature)) == []


@pytest.mark.parametrize(
    "signature",
    [
        "Simhallen, Badvägen 3. Telefon 0123-456 30.",  # the word alone names no one
        "Till simhallen, Badvägen 3. Telefon 0123-456 30.",
        "Fritidsgården har öppet i kväll. Telefon 0123-456 60.",  # a sentence's word, no name after it
    ],
)
def test_a_facilitys_word_without_a_name_is_no_sender(signature: str) -> None:
    assert _sender(_RULES_PAGE.format(signature=signature)) == ["missing-sender"]


# genre: a summons under a dated letter's head is a letter (health re-test 01)

_SUMMONS = (
    "Region Norrbotten\nSunderby sjukhus, Ortopedmottagningen\n971 80 Luleå\n\n{date}{title}\n\n"
    "Du har en tid hos oss den 14 januari 2027 klockan 09.30. Besöket tar ungefär 45 minuter.\n\n"
    "Har du frågor?\nRing oss på 0920-28 20 00.\n\nVälkommen!\nOrtopedmottagningen, Sunderby sjukhus"
)


def _genre(text: str) -> str:
    return detect_genre(read_text(text, "text"))


@pytest.mark.parametrize(
    ("date", "title"),
    [
        ("Luleå 2026-12-01\n\n", "Kallelse till besök på ortopedmottagningen"),
        ("Datum: 2026-12-01\n\n", "Påminnelse om ditt besök"),
    ],
)
def test_a_summons_under_a_dated_head_is_a_letter(date: str, title: str) -> None:
    assert _genre(_SUMMONS.format(date=date, title=title)) == "brev"


@pytest.mark.parametrize(
    ("date", "title"),
    [
        ("", "Kallelse till besök på ortopedmottagningen"),  # not dated
        ("Publicerad 2026-12-01\n\n", "Kallelse till besök på ortopedmottagningen"),  # a page's date
        ("Luleå 2026-12-01\n\n", "Besök på ortopedmottagningen"),  # a title of no letter's kind
    ],
)
def test_a_summons_title_alone_or_a_dated_page_is_no_letter(date: str, title: str) -> None:
    assert _genre(_SUMMONS.format(date=date, title=title)) != "brev"


# the title under a letterhead: the letterhead's lines (the sender's name, its unit) name no text (social re-test 01,
# 06, 07: the JSON title was *Norrby kommun*). linter.document_title is to ask letter_title first (see the report).

_LETTERHEAD = (
    "Norrby kommun\nVård och omsorg, Biståndsenheten\n\n{head}{title}\n\nHej Gunnel Åberg,\n\nDu har fått en plats."
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("2026-11-25\n\n", "Svar om plats på särskilt boende"),
        ("", "Beslut om försörjningsstöd\n\nDatum: 2026-11-18"),
        ("2026-12-01\n\nTill vårdnadshavarna för Liam Berg, född 2015\n\n", "Vi har inlett en utredning om Liam"),
    ],
)
def test_the_title_under_a_letterhead_is_the_letters(head: str, title: str) -> None:
    found = letter_title(read_text(_LETTERHEAD.format(head=head, title=title), "text"))
    assert found is not None and found.text == title.split("\n")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Norrby kommun\n\nVård och omsorg\n\nDu har fått en plats.",  # the name alone on its line: a page's title
        "Vård och omsorg\nBiståndsenheten\n\nSvar om plats\n\nDu har fått en plats.",  # no sender's name first
        "Norrby kommun\nVård och omsorg\n\nDu har fått en plats. Välkommen.",  # no title under the head
    ],
)
def test_no_letterhead_or_no_title_under_it_gives_none(text: str) -> None:
    assert letter_title(read_text(text, "text")) is None


def test_a_heads_fields_under_the_letterhead_are_passed_over() -> None:
    text = (
        "Norrviks kommun\nSocialförvaltningen\n\nTill: Jonas Pettersson\n\nAnställningsnummer: 40218\n\nLönebesked\n\n"
    )
    text += "Du får lön."
    found = letter_title(read_text(text, "text"))
    assert found is not None and found.text == "Lönebesked"


def test_a_head_with_a_reference_among_its_first_lines_gives_none() -> None:
    text = "Försäkringskassan\nPåminnelse om skuld\nÄrendenummer: 2026-558812\n\nDu har en skuld\n\nDu ska betala."
    assert letter_title(read_text(text, "text")) is None


# undertecknad as the subject after the verb (social re-test 06): *kommer undertecknad att vara …* is *jag*

_INQUIRY = "Utredning\n\nHej,\n\nVi har inlett en utredning. {sentence}"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Under utredningen kommer undertecknad att vara er kontaktperson.", [("undertecknad", "jag")]),
        ("Vid frågor kan undertecknad nås på telefon 0123-456 00.", [("undertecknad", "jag")]),
    ],
)
def test_undertecknad_after_its_verb_is_the_subject(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _man_findings(_INQUIRY.format(sentence=sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ansökan ska vara undertecknad av er båda.",  # signed
        "Ansökan är undertecknad av vårdnadshavaren.",
        "Blanketten kan skickas undertecknad till oss.",
    ],
)
def test_undertecknad_as_signed_is_left(sentence: str) -> None:
    assert _man_findings(_INQUIRY.format(sentence=sentence)) == []


# the reader's role in the definite form: låntagaren in a library's rules, bokaren in a booking's terms (leisure 01, 03)

_LOANS = "Regler för lån\n\nDu kan låna böcker med ditt lånekort.\n\n{text}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ett förlorat medium innebär att låntagaren blir ersättningsskyldig.", [("låntagaren", "du")]),
        ("Om hallen inte kan användas meddelas bokaren snarast möjligt.", [("bokaren", "du")]),
    ],
)
def test_a_borrowers_or_bookers_definite_role_in_a_du_text_is_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert _man_findings(_LOANS.format(text=text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Om en låntagare har skulder spärras kortet. Låntagaren får ett brev.",  # anyone, named so in the paragraph
        "Du ansvarar för att låntagaren lämnar tillbaka boken.",  # the sentence says du: another
    ],
)
def test_a_borrowers_definite_role_that_is_not_the_reader_is_left(text: str) -> None:
    assert _man_findings(_LOANS.format(text=text)) == []


def test_a_borrowers_definite_role_in_a_text_to_the_guarantor_is_left() -> None:
    text = "Borgen\n\nDu som är borgensman ansvarar för lånet.\n\nLåntagaren ska betala varje månad."
    assert _man_findings(text) == []


# fastighetsägaren in a decision to the owner named *dig som ägare till fastigheten* (building re-test, föreläggande)

_INJUNCTION = "Föreläggande om rättelse\n\nNämnden förelägger {whom} att riva tillbyggnaden.\n\n{sentence}"


def test_the_owner_in_a_decision_to_dig_som_agare_is_the_reader() -> None:
    text = _INJUNCTION.format(
        whom="dig som ägare till fastigheten Ekdalen 3:4",
        sentence="Fastighetsägaren informerades vid besöket om att åtgärden var olovlig.",
    )
    assert _man_findings(text) == [("Fastighetsägaren", "Du")]


@pytest.mark.parametrize(
    "whom",
    [
        "dig som ägare till bilen",  # not the property's owner
        "dig som granne till fastigheten",  # a neighbour: the owner is another
    ],
)
def test_the_owner_in_a_decision_to_another_is_left(whom: str) -> None:
    sentence = "Fastighetsägaren informerades vid besöket om att åtgärden var olovlig."
    assert _man_findings(_INJUNCTION.format(whom=whom, sentence=sentence)) == []
