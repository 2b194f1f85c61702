"""Session 47, round 2: an organisation's e-mail address names its sender, an addressee's address block is no way to
reach the sender, a CMS fragment under a lower heading is a page's text, a first line that ends in *!* is the title,
and *Enligt uppdrag* closes a letter."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import DOCUMENT, LETTER, WEB, detect_genre
from klarlint.readers import read_text


def sender_messages(text: str, fmt: str = "text") -> list[str]:
    return [f.message for f in lint_text(text, fmt).findings if f.rule == "missing-sender"]


# A how-to text in the reader's terms, long enough for missing-sender (100 words), that never names its sender.
GUIDE = (
    "Så ansöker du om tillstånd\n\n"
    + "Vill du bygga ett förråd eller ett staket? Då behöver du ibland ett tillstånd. Här får du veta hur du "
    "ansöker och hur lång tid det tar. Du ansöker i vår e-tjänst och laddar upp en ritning. "
    * 5
    + "\n\nHar du frågor?\n\n"
)


@pytest.mark.parametrize(
    "contact",
    [
        "Ring oss på 0123-45 67 10 eller skicka e-post till bygglov@exempelstad.se.",
        "Skriv till oss på kontaktcenter@norrby.kommun.se.",
    ],
)
def test_an_organisations_email_address_names_its_sender(contact: str) -> None:
    # (the bench re-tester's fault-free text: *bygglov@exempelstad.se* under *Ring oss* was told it names no sender)
    assert sender_messages(GUIDE + contact + "\n") == []


@pytest.mark.parametrize(
    "contact",
    [
        "Ring oss på 0123-45 67 10 eller skicka e-post till bygglovsfragor@gmail.com.",  # a free mail service's
        "Ring oss på 0123-45 67 10.",
        "Läs mer på www.boverket.se eller ring oss på 0123-45 67 10.",  # a web address may be another's site
    ],
)
def test_a_free_mail_address_a_telephone_number_or_a_web_address_names_no_sender(contact: str) -> None:
    messages = sender_messages(GUIDE + contact + "\n")
    assert len(messages) == 1 and messages[0].startswith("Texten har kontaktuppgifter men säger inte vem")


def test_an_organisations_address_that_no_we_claims_names_no_sender() -> None:
    # the address may be anyone's the text names; the sender says *oss* of itself in another paragraph
    text = GUIDE + "Ring oss på 0123-45 67 10.\n\nFrågor om staket kan du mejla till staket@exempelstad.se.\n"
    assert len(sender_messages(text)) == 1


# A decision written anew after the bench re-tester's (2-beslut.txt): the applicant's name and address in its head, a
# signer with no telephone or e-mail; long enough for missing-sender.
DECISION_BODY = (
    "Beslut\n\nMiljö- och byggnadsnämnden beviljar bidrag för en trapphiss i din bostad. "
    "Du får högst 85 000 kronor.\n\n"
    "Skäl för beslutet\n\n"
    + "Du har svårt att gå i trappor, och en trapphiss gör att du kan bo kvar i ditt hus. Det visar ditt läkarintyg. "
    * 5
    + "\n\nHur man överklagar\n\nDu kan överklaga beslutet inom tre veckor från den dag du fick det.\n\n"
    "Med vänlig hälsning\n\nPer Andersson\nHandläggare, bostadsanpassning\n"
)


def decision(head: str, signature: str = "") -> str:
    return f"Beslut om bostadsanpassningsbidrag\n\n{head}\n\n{DECISION_BODY}{signature}"


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        ("Sökande: Karin Berg\nAdress: Lindvägen 4, 123 45 Exempelstad\nDiarienummer: BAB 2026/117", "text"),
        ("Sökande: Karin Berg\nLindvägen 4\n123 45 Exempelstad", "text"),
        ("Till: Karin Berg\nTelefon: 070-123 45 67\nE-post: karin.berg@foretaget.se", "text"),
        # Markdown joins the lines of a paragraph: the label after the address ends the applicant's part
        ("Sökande: Karin Berg\nAdress: Lindvägen 4, 123 45 Exempelstad\nDiarienummer: BAB 2026/117", "markdown"),
        ("Sökande: Nordbergs Bilvård AB, Lindvägen 4, 123 45 Exempelstad", "markdown"),
    ],
)
def test_the_addressees_address_is_no_way_to_reach_the_sender(head: str, fmt: str) -> None:
    messages = sender_messages(decision(head), fmt)
    assert len(messages) == 1 and "men inte hur läsaren kan kontakta er" in messages[0], messages


@pytest.mark.parametrize(
    ("head", "signature", "fmt"),
    [
        # the sender's own contact details after the signature, a label after the applicant's lines, an address
        # under no party's label
        ("Sökande: Karin Berg\nAdress: Lindvägen 4, 123 45 Exempelstad", "Telefon: 0123-45 67 80\n", "text"),
        ("Sökande: Karin Berg\nAdress: Lindvägen 4, 123 45 Exempelstad", "Telefon: 0123-45 67 80\n", "markdown"),
        ("Till: Karin Berg\nFrån: Norrby kommun, telefon 0123-45 67 80", "", "markdown"),
        ("Till: Karin Berg\nHandläggare: Per Andersson\nTelefon: 0123-45 67 80", "", "text"),
        ("Norrby kommun\nStorgatan 1\n123 45 Norrby", "", "text"),
    ],
)
def test_the_senders_contact_details_beside_an_addressee_count(head: str, signature: str, fmt: str) -> None:
    assert sender_messages(decision(head, signature), fmt) == []


# A CMS's body text written anew after the bench re-tester's (4-cms.html): no <html>, the page's h1 is the CMS's
# title field, so the body opens with <h2>.
CMS_BODY = (
    "<p>Om du har svårt att gå kan du ansöka om ett tillstånd att parkera nära dit du ska. Tillståndet gäller i hela "
    "landet och ska sitta synligt i bilens vindruta.</p><h3>Vem kan få tillstånd?</h3>"
    + "<p>Tillstånd kan ges om du har ett funktionshinder som gör det svårt att gå. Ansökan prövas av trafikenheten, "
    "som fattar beslut i ärendet inom fyra veckor.</p>"
    * 4
    + "<h3>Så ansöker du</h3><p>Du ansöker i vår e-tjänst. Ring kontaktcenter på telefon 0123-45 67 89.</p>"
)


@pytest.mark.parametrize("heading", ["h2", "h3"])
def test_a_cms_fragment_under_a_lower_heading_is_a_pages_text(heading: str) -> None:
    fragment = f"<{heading}>Parkeringstillstånd för rörelsehindrade</{heading}>{CMS_BODY}"
    assert detect_genre(read_text(fragment, "html")) == WEB
    assert sender_messages(fragment, "html") == []  # (the page template names the site)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole page is judged by its own structure, as before
        ('<html lang="sv"><body><h2>Parkeringstillstånd</h2>' + CMS_BODY + "</body></html>", DOCUMENT),
        # a fragment that does not open with a heading is no page's body by that sign
        ("<p>Parkeringstillstånd för rörelsehindrade</p>" + CMS_BODY, DOCUMENT),
        # a document's signs under its title: a case paper
        ("<h2>Tjänsteskrivelse</h2><p>Dnr: KS 2026/14</p><h3>Ärendet</h3>" + CMS_BODY, DOCUMENT),
        # a letter's closing still makes a letter
        ("<h2>Ditt parkeringstillstånd</h2>" + CMS_BODY + "<p>Med vänlig hälsning</p><p>Trafikenheten</p>", LETTER),
    ],
)
def test_a_fragment_with_other_signs_keeps_its_kind(text: str, expected: str) -> None:
    assert detect_genre(read_text(text, "html")) == expected


# A letter to new residents written anew after the writer's re-tester's (12-ny-invanare.txt).
RESIDENTS = (
    "Hej och välkommen som ny invånare i Västerby kommun! Vi hoppas att du kommer att trivas.\n\n"
    "Sophämtning och vatten\nDitt hus är redan anslutet till sophämtning och kommunalt vatten.\n\n"
    "Förskola och skola\nAnsök om plats i e-tjänsten.\n"
)


def title_of(text: str, fmt: str = "text") -> str | None:
    return lint_text(text, fmt).title


def test_a_first_line_that_ends_in_an_exclamation_mark_above_a_blank_line_is_the_title() -> None:
    assert title_of("Välkommen till Västerby!\n\n" + RESIDENTS) == "Välkommen till Västerby!"
    assert title_of("\n  Nu börjar bygget av nya skolan!\r\n\r\n" + RESIDENTS) == "Nu börjar bygget av nya skolan!"


@pytest.mark.parametrize(
    "text",
    [
        RESIDENTS,  # no such line: the first heading, as before
        "Hej Anna!\n\n" + RESIDENTS,  # a greeting opens the body
        "Hej och välkommen!\n\n" + RESIDENTS,
        "Välkommen till Västerby!\n" + RESIDENTS,  # no blank line after: the paragraph's first line
        "Vi hälsar dig och hela din familj varmt välkommen till oss här i Västerby kommun i år!\n\n" + RESIDENTS,
        "Välkommen till Västerby.\n\n" + RESIDENTS,  # a sentence
    ],
)
def test_a_greeting_a_sentence_or_a_line_of_a_paragraph_is_no_title(text: str) -> None:
    assert title_of(text) == "Sophämtning och vatten"


# A ministry's remiss written anew after the agency re-tester's (06-remiss.docx), as plain text.
REMISS = (
    "Finansdepartementet\n\nRemiss av promemorian Slopad skatt på gåvor\n\n"
    + "Remissvaren ska ha kommit in till Finansdepartementet senast den 6 mars 2027. Svaren bör skickas per e-post. "
    * 4
    + "\n\nFrågor om remissen kan ställas till kansliråd Ola Berg, 08-405 20 00.\n\n"
)


@pytest.mark.parametrize(
    "closing", ["Enligt uppdrag\n\nMaria Wik\nDepartementsråd\n", "Enligt uppdrag\nMaria Wik\nDepartementsråd\n"]
)
def test_enligt_uppdrag_above_a_name_and_title_closes_a_letter(closing: str) -> None:
    assert detect_genre(read_text(REMISS + closing, "text")) == LETTER


def test_a_sentence_that_opens_with_enligt_uppdrag_is_no_closing() -> None:
    ending = "Enligt uppdrag av regeringen har myndigheten följt upp reformen.\n\nMaria Wik\nDepartementsråd\n"
    assert detect_genre(read_text(REMISS + ending, "text")) == DOCUMENT
