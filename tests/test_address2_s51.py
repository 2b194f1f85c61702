"""Session 51's second round of address items (impersonal-man, missing-sender, missing-summary, genre, titles): each
with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre, letter_title
from klarlint.linter import document_title
from klarlint.readers import read_text


def _man_findings(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


# a *ni* that is the reader and the other parent, in a decision to du (family re-test 06)

_SUPPORT = (
    "Beslut om underhållsstöd\n\nDu får underhållsstöd med 1 673 kronor i månaden. Det beslutet påverkar inte hur "
    "mycket du får.\n\n{heading}\n\n{paragraph}\n\nDu måste anmäla ändringar till oss.\n\nMed vänlig hälsning\n"
    "Försäkringskassan"
)


def test_a_plural_ni_and_the_paragraph_under_it_are_no_switch() -> None:
    text = _SUPPORT.format(
        heading="Om ni vill komma överens själva",
        paragraph="Ni kan välja att barnets andra förälder betalar underhållsbidrag direkt till dig i stället. Då "
        "upphör underhållsstödet. Vi kan hjälpa er att räkna ut ett belopp. Det kallas att ni avtalar om underhåll.",
    )
    assert _man_findings(text) == []


def test_a_ni_with_no_plural_near_is_still_a_switch() -> None:
    text = _SUPPORT.format(
        heading="Om du vill ändra beslutet",
        paragraph="Vi kan hjälpa er att räkna ut ett belopp. Det kallas att ni begär omprövning.",
    )
    assert ("ni", "du") in _man_findings(text)


# a generic *man* beside a plural *ni* in a text that says du (family re-test 10, lättläst)

_DAYS = (
    "Föräldrapenning\n\nDu får föräldrapenning om du är förälder.\nDu ska bo i Sverige.\n\nHur många dagar?\n\n"
    "{paragraph}\n\nDu ansöker på Mina sidor."
)


def test_man_beside_a_plural_ni_is_told_du() -> None:
    paragraph = (
        "Ni får 480 dagar tillsammans för varje barn.\nVarje förälder får hälften av dagarna.\n"
        "Om man är ensam vårdnadshavare får man alla dagar."
    )
    assert {s for _, s in _man_findings(_DAYS.format(paragraph=paragraph))} == {"du"}


def test_man_beside_a_reader_ni_is_still_told_ni() -> None:
    paragraph = "Om ni anser att beslutet är fel kan ni begära omprövning. Man får alltid ett skriftligt svar."
    found = _man_findings(_DAYS.format(paragraph=paragraph))
    assert ("Man", "Ni") in found


# an address form after a finite verb first in its sentence is its subject (employment re-test 04)

_CALL = "Kallelse till planeringssamtal\n\nDu är kallad till ett samtal den 3 mars. {sentence}"


def test_an_address_form_after_an_opening_finite_verb_is_the_subject() -> None:
    sentence = "Uteblir den sökande från ett inbokat besök utan giltigt skäl kan ersättningen påverkas."
    assert _man_findings(_CALL.format(sentence=sentence)) == [("den sökande", "du")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi kontaktar den sökande om tiden ändras.",  # a verb after the subject: the object
        "Därför kontaktar vi den sökande om tiden ändras.",  # a verb that is not first: the object
    ],
)
def test_an_address_form_after_another_verb_is_still_the_object(sentence: str) -> None:
    assert _man_findings(_CALL.format(sentence=sentence)) == [("den sökande", "dig")]


# missing-summary in easy-to-read texts (easy-to-read re-test 03, 04, 05, 09; profile lattlast)


def _summary(text: str, fmt: str = "text") -> list[str]:
    report = lint_text(text, fmt, profile="lattlast")
    return [f.message for f in report.findings if f.rule == "missing-summary"]


_LIBRARY_BODY = (
    "## Lånekort\n\nDu behöver ett lånekort.\nDu får ett lånekort i disken.\nTa med en legitimation.\n"
    "Lånekortet kostar ingenting.\n\n## Låna och lämna tillbaka\n\nDu kan låna böcker i fyra veckor.\n"
    "Du kan låna ljudböcker och filmer också.\nDu lämnar tillbaka böckerna i disken.\n"
    "Du kan också lämna dem i lådan vid dörren.\nDen är öppen hela dygnet.\n\n## Om du är sen\n\n"
    "Om du är sen kan du få betala en avgift.\nAvgiften är fem kronor per dag.\nBarn betalar ingen avgift.\n"
    "Du kan förnya lånet på webbplatsen.\nDu kan också ringa till oss.\n\n## Hjälp\n\n"
    "Personalen hjälper dig att hitta böcker.\nDu kan fråga om allt.\nVi kan hjälpa dig med datorn också.\n"
    "Du kan boka en tid för hjälp.\nDet är gratis.\nDu kan också få hjälp på andra språk.\n\n"
    "## Öppettider\n\nBiblioteket är öppet varje dag.\nPå måndag till fredag är det öppet till klockan 19.\n"
    "På lördag och söndag är det öppet till klockan 15.\nPå röda dagar är biblioteket stängt.\n"
)


@pytest.mark.parametrize("label", ["Lättläst", "*Lättläst*"])
def test_a_version_label_paragraph_is_passed_over(label: str) -> None:
    opening = "Du kan låna böcker på biblioteket.\nDet är gratis att låna böcker.\nHär kan du läsa hur det går till."
    text = f"# Att låna böcker på biblioteket\n\n{label}\n\n{opening}\n\n{_LIBRARY_BODY}"
    assert _summary(text, "markdown") == []


def test_a_version_label_with_no_paragraph_under_it_is_still_told() -> None:
    text = f"# Att låna böcker på biblioteket\n\nLättläst\n\n{_LIBRARY_BODY}"
    assert len(_summary(text, "markdown")) == 1


_ADAPTATION_BODY = (
    "Så ansöker du\n\nFyll i en ansökan på webbplatsen och skicka den till kommunen med ett intyg från en "
    "arbetsterapeut. Intyget ska visa vad du behöver och varför du behöver det i ditt hem.\n\n"
    "Vad händer sedan?\n\nEn handläggare läser din ansökan och ringer dig om något saknas. Ibland kommer "
    "handläggaren hem till dig och tittar på bostaden. Det tar ungefär åtta veckor innan du får ett svar.\n\n"
    "Vad kostar det?\n\nDet kostar ingenting för dig att ansöka. Om du får bidraget betalar kommunen för "
    "ändringen. Du kan inte få bidrag för sådant som alla hem behöver, till exempel en ny diskmaskin.\n\n"
    "Frågor\n\nRing kommunens kontaktcenter på 0123-45 67 00 om du har frågor om bidraget eller om din ansökan. "
    "Du kan också skicka ett mejl eller komma till kommunhuset. Vi kan hjälpa dig att fylla i ansökan om du vill. "
    "Du kan ta med någon som du litar på när du kommer till oss. Det kan vara en vän eller någon i din familj."
)


def test_one_sentence_paragraphs_above_a_heading_are_the_opening() -> None:
    opening = (
        "Har du en funktionsnedsättning?\n\nDå kan du få pengar för att ändra i din bostad.\n\n"
        "Pengarna kallas bostadsanpassningsbidrag.\n\nDu kan till exempel få pengar för att ta bort en tröskel."
    )
    assert _summary(f"Bostadsanpassning\n\n{opening}\n\n{_ADAPTATION_BODY}") == []


def test_a_one_sentence_opening_with_a_long_paragraph_after_it_is_still_judged_alone() -> None:
    opening = (
        "Har du en funktionsnedsättning?\n\nDå kan du få pengar för att ändra i din bostad, och den här texten "
        "berättar om vad du kan få, hur du gör och vad som händer efter det. Läs den gärna tillsammans med någon."
    )
    assert len(_summary(f"Bostadsanpassning\n\n{opening}\n\n{_ADAPTATION_BODY}")) == 1


_FIRE = (
    "Om det brinner\n\n{opening}\n\nOm det är rök i trapphuset ska du stanna kvar i lägenheten. Röken är farlig. "
    "Den kan göra att du inte kan andas.\n\nStäng dörren och lägg blöta handdukar vid dörren. Gå till ett fönster. "
    "Brandmännen kommer och hjälper dig ut.\n\nBrandvarnare\n\nDu ska ha en brandvarnare på varje våning. Testa "
    "brandvarnaren en gång i månaden. Tryck på knappen tills det piper. Byt batteri en gång om året.\n\n"
    "En brandvarnare kan rädda ditt liv. Den varnar dig tidigt när det börjar brinna i din bostad.\n\n"
    "Så undviker du brand\n\nGå aldrig ifrån spisen när du lagar mat. Släck alltid levande ljus när du går ut. "
    "Ladda inte mobilen i sängen. Låt inte barn leka med tändstickor. Rök aldrig i sängen.\n\nFrågor\n\n"
    "Räddningstjänsten kan komma hem till dig och berätta mer om hur du skyddar ditt hem mot brand. Det kostar "
    "ingenting. Du kan också få hjälp att sätta upp en brandvarnare om du inte kan göra det själv. Vi kan visa hur "
    "en brandsläckare fungerar. Ring oss på vardagar mellan klockan 8 och 16."
)


def test_an_opening_of_instructions_is_the_most_important_first() -> None:
    opening = "Ring 112 om det brinner. Stäng dörren till rummet där det brinner. Gå ut ur lägenheten. Ta inte hissen."
    assert _summary(_FIRE.format(opening=opening)) == []


def test_an_opening_of_statements_the_length_of_the_body_is_still_told() -> None:
    opening = "Det brinner ofta i bostäder på vintern. Många bränder börjar i köket. Rök är farlig. Hissen stannar."
    assert len(_summary(_FIRE.format(opening=opening))) == 1


# missing-sender: a public service's or an a-kassa's word before its name (easy-to-read re-test 04, employment 10)

_LEAFLET = (
    "Om det brinner\n\n"
    + "\n\n".join(["Stäng dörren till rummet där det brinner och gå ut ur lägenheten."] * 12)
    + "\n\n{contact}"
)


def _sender(text: str, fmt: str = "text") -> list[str]:
    return [f.message for f in lint_text(text, fmt).findings if f.rule == "missing-sender"]


@pytest.mark.parametrize(
    "contact",
    [
        "Ring Räddningstjänsten Norrby på 0123-45 67 30. Vi kan komma hem till dig.",
        "A-kassan Norrsken, Box 456, 901 10 Umeå. Telefon 0123-45 67 30.",
    ],
)
def test_a_service_named_before_its_name_is_the_sender(contact: str) -> None:
    assert _sender(_LEAFLET.format(contact=contact)) == []


@pytest.mark.parametrize(
    "contact",
    [
        "Ring räddningstjänsten på 0123-45 67 30. Vi kan komma hem till dig.",  # no name
        "Räddningstjänsten 112 kommer snabbt. Ring 0123-45 67 30.",  # a number, no name
        "A-kassan Du tillhör avgör. Ring 0123-45 67 30.",  # no name after it
    ],
)
def test_a_service_word_with_no_name_is_no_sender(contact: str) -> None:
    assert len(_sender(_LEAFLET.format(contact=contact))) == 1


_FAQ_PAGE = (
    "<html lang='sv'><head><title>Frågor om medlemskap | {site}</title></head><body><main><h1>Frågor om medlemskap"
    "</h1>"
    + "".join(["<p>Du kan bli medlem i a-kassan om du arbetar. Det kostar 150 kronor i månaden.</p>"] * 12)
    + "</main><footer><p>{footer}, Box 456, 901 10 Umeå. Telefon 0123-45 67 30.</p></footer></body></html>"
)


def test_an_a_kassa_named_in_a_page_footer_is_the_sender() -> None:
    assert _sender(_FAQ_PAGE.format(site="A-kassan Norrsken", footer="A-kassan Norrsken"), "html") == []


def test_a_footer_with_no_name_is_still_told() -> None:
    assert len(_sender(_FAQ_PAGE.format(site="Medlemskap", footer="Kontor"), "html")) == 1


# genre: a case's letter with a heading for the reader who disagrees and the decision's review under it (family re-test
# 08, employment 01, 09)

_CASE = (
    "Svar på din begäran om omprövning\n\n{head}\n\nVi har omprövat beslutet från den 2 oktober. "
    "Du får 3 880 kronor.\n\n"
    "Därför har vi ändrat beslutet\n\nDu har skickat ett läkarintyg som visar att barnet var sjukt.\n\n"
    "{heading}\n\n{review}\n\nMed vänlig hälsning\nSofia Lund\nFörsäkringskassan"
)


@pytest.mark.parametrize(
    ("heading", "review"),
    [
        ("Om du inte är nöjd", "Du kan överklaga beslutet till förvaltningsrätten inom tre veckor."),
        ("Om du inte håller med", "Du kan begära omprövning av beslutet. Skriv till oss inom två månader."),
    ],
)
def test_a_case_letter_that_tells_how_to_have_the_decision_reviewed_is_a_decision(heading: str, review: str) -> None:
    text = _CASE.format(head="Ärendenummer: 2026-309-1187", heading=heading, review=review)
    assert detect_genre(read_text(text, "text")) == "beslut"


@pytest.mark.parametrize(
    ("head", "heading", "review"),
    [
        ("Datum: 2026-12-05", "Om du inte är nöjd", "Du kan överklaga beslutet."),  # no case number
        ("Ärendenummer: 2026-309-1187", "Om du har frågor", "Du kan överklaga beslutet."),  # no such heading
        ("Ärendenummer: 2026-309-1187", "Om du inte är nöjd", "Ring oss så pratar vi om det."),  # no review
    ],
)
def test_a_letter_without_all_three_signs_stays_a_letter(head: str, heading: str, review: str) -> None:
    assert detect_genre(read_text(_CASE.format(head=head, heading=heading, review=review), "text")) == "brev"


# the JSON title of a plain letter: a date's line closing the letterhead, a long subject line read as a paragraph, and a
# title above the letterhead (environment re-test 01, 04)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Norrby kommun\nMiljö- och hälsoskyddsenheten\n2026-12-01\n\nSvar på ditt klagomål om fukt och mögel i "
            "lägenheten på Storgatan 12\n\nHej Amira,\n\nTack för att du hörde av dig.",
            "Svar på ditt klagomål om fukt och mögel i lägenheten på Storgatan 12",
        ),
        (
            "Föreläggande med vite om buller från värmepump på fastigheten Björken 4\n\n"
            "Miljönämnden i Norrby kommun\nDatum: 2026-11-30\n"
            "Diarienummer: MHN 2026-1187\n\nBeslut\n\nNämnden förelägger dig att sänka ljudet.",
            "Föreläggande med vite om buller från värmepump på fastigheten Björken 4",
        ),
    ],
)
def test_a_letters_title_by_its_letterhead(text: str, title: str) -> None:
    assert document_title(read_text(text, "text")) == title


@pytest.mark.parametrize(
    "text",
    [
        # an addressee's lines under the head: no title
        "Norrby kommun\nMiljöenheten\n2026-12-01\n\nAnna Berg\nStorgatan 12\n903 25 Umeå\n\nDu har fått svar.",
        # a first line over a head with no date or reference line: no letterhead under it
        "Föreläggande om buller\n\nMiljönämnden i Norrby kommun\nMiljöenheten\n\nNämnden förelägger dig.",
        # a head whose reference line comes before its last line may hold the title
        "Försäkringskassan\nÄrendenummer: 2026-558812\n2026-12-01\n\nDu har en skuld\n\nDu ska betala.",
    ],
)
def test_no_title_line_by_the_letterhead_gives_none(text: str) -> None:
    assert letter_title(read_text(text, "text")) is None


# *den gravida* in a text that says the reader is pregnant (family re-test 07)

_PREGNANT = "Graviditetspenning\n\n{opening}\n\n{sentence}\n\nDu ansöker på Mina sidor."
_REASSIGNED = "Det krävs att arbetsgivaren först har prövat om den gravida kan omplaceras till ett annat arbete."


def test_den_gravida_is_the_reader_who_is_pregnant() -> None:
    opening = "Om du är gravid och har ett tungt arbete kan du få graviditetspenning."
    assert _man_findings(_PREGNANT.format(opening=opening, sentence=_REASSIGNED)) == [("den gravida", "du")]


@pytest.mark.parametrize(
    ("opening", "sentence"),
    [
        ("Du som har en anställd som är gravid ska göra en riskbedömning.", _REASSIGNED),  # to her employer
        ("Om du är gravid kan du få graviditetspenning.", "Vi hjälper den gravida kvinnan."),  # before a noun
        ("Om du är gravid kan du få graviditetspenning.", "Du ska själv fråga om den gravida kan flyttas."),  # du
    ],
)
def test_den_gravida_elsewhere_is_left(opening: str, sentence: str) -> None:
    assert _man_findings(_PREGNANT.format(opening=opening, sentence=sentence)) == []
