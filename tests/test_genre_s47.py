"""Session 47: a date line with its category, a letter's head before its first paragraph, an extract of a protocol,
a letter signed with the name in its letterhead, and kinds of text the re-testers found wrong."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import EXTRACT, classify, detect_genre
from klarlint.readers import read_text


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


# A news item's body, long enough for missing-summary (300 words), about one thing (a new preschool).
NEWS_BODY = (
    "Förskolan byggs på tomten bredvid skolan. Den gamla förskolan har haft problem med fukt och ventilation i flera "
    "år, och en utredning visade att det blir för dyrt att renovera den. Barnen flyttar in i den nya förskolan när "
    "den är klar.\n\n"
) * 8
NEWS_LEAD = "Nu börjar bygget av den nya förskolan i Korpilombolo. Förskolan får plats för 60 barn och blir klar 2028."


def news_page(dateline: str) -> str:
    return (
        '<html lang="sv"><head><title>Ny förskola</title></head><body><main><h1>Byggstart för ny förskola</h1>'
        f'<p class="dateline">{dateline}</p><p class="lead">{NEWS_LEAD}</p>'
        + "".join(f"<p>{p}</p>" for p in NEWS_BODY.split("\n\n") if p)
        + "</main></body></html>"
    )


@pytest.mark.parametrize(
    "dateline",
    [
        '<time datetime="2026-12-03">3 december 2026</time> · Nyhet',
        "3 december 2026 | Pressmeddelande",
        "2026-12-03 • Förskola och skola",
    ],
)
def test_a_date_line_with_its_category_is_passed_over_for_the_marked_lead(dateline: str) -> None:
    # (the web re-tester's byggstart-forskola.html: *3 december 2026 · Nyhet* above a class="lead" paragraph)
    assert "missing-summary" not in rules_of(lint_text(news_page(dateline), "html", profile="webb"))


def test_a_sentence_after_a_date_and_a_dot_is_no_date_line() -> None:
    # a paragraph that only opens with a date and a separator is the opening itself: too long, it is no summary
    opening = "3 december 2026 · " + "Förskolan byggs på tomten bredvid skolan och barnen flyttar in sedan. " * 14
    page = news_page(opening).replace(' class="lead"', "")
    assert "missing-summary" in rules_of(lint_text(page, "html", profile="webb"))


# The agency re-tester's letter (01-aterkrav-betalningsplan.txt) written anew: a letterhead, a reference and date
# line, an address block, then the title, a greeting and the summary; long enough for missing-summary.
LETTER_HEAD = (
    "Försäkringskassan\nÄrendenummer: 012345-6789\n2026-11-30\n\nAnna Lindqvist\nStorgatan 14 B\n722 15 Västerås\n\n"
)
REPAYMENT = (
    "Du behöver betala tillbaka 18 400 kronor\n\nHej Anna,\n\n"
    "Du har fått för mycket bostadsbidrag under våren. Vi har därför beslutat att du ska betala tillbaka 18 400 "
    "kronor.\n\nVarför ska du betala tillbaka?\n\n"
    + "Bostadsbidraget räknades ut från den inkomst du skrev i din ansökan. Din inkomst var högre, och därför fick "
    "du för mycket bostadsbidrag. Du ska betala tillbaka det du fick för mycket. "
    * 5
    + "\n\nSå här betalar du\n\n"
    + "Betala in beloppet till vårt bankgiro senast den 31 januari. Skriv ditt OCR-nummer när du betalar, så att vi "
    "ser att pengarna kommer från dig. Du kan också be om en betalningsplan. " * 5
)


def test_a_letters_head_is_passed_over_for_its_first_paragraph() -> None:
    assert "missing-summary" not in rules_of(lint_text(LETTER_HEAD + REPAYMENT))


def test_a_long_first_paragraph_under_a_letters_head_is_still_no_summary() -> None:
    long_opening = REPAYMENT.replace(
        "Du har fått för mycket", "Under våren fick du mer än du skulle. " * 12 + "Du har fått"
    )
    assert "missing-summary" in rules_of(lint_text(LETTER_HEAD + long_opening))
    # a sentence that ends in a town is the body, not an address block
    moved = "Vi har flyttat vårt kontor till Storgatan 14 i 722 15 Västerås. " * 8
    assert "missing-summary" in rules_of(lint_text(f"Försäkringskassan\n\n{moved}\n\n{REPAYMENT}"))


# The writer's re-tester's tenants' letter (05-renovering-hyresgaster.txt) written anew: the housing company's name
# heads it and signs it, a name with no organisation's word in it; long enough for missing-sender (100 words).
TENANTS = (
    "Nu renoverar vi badrum och rör i ditt hus\n\nHej!\n\n"
    + "Under våren byter vi alla rör i husen på Björkvägen. Samtidigt får du ett nytt badrum. Du kan bo kvar. " * 6
    + "\n\nDu kan ringa projektledare Sofia Lund på 0221-44 80 12 eller mejla renovering@vasterbyhem.se.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        f"Västerbyhem\n\n{TENANTS}Med vänlig hälsning\nVästerbyhem\n",
        f"Västerbyhem\n\n{TENANTS}Med vänlig hälsning\n\nSofia Lund\n\nVästerbyhem\n",
    ],
)
def test_a_letter_signed_with_the_name_that_heads_it_names_its_sender(text: str) -> None:
    assert "missing-sender" not in rules_of(lint_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # the name signs the letter but does not head it
        f"{TENANTS}Med vänlig hälsning\nVästerbyhem\n",
        # the name heads it but nobody signs after a closing
        f"Västerbyhem\n\n{TENANTS}Vi ses på mötet!\n",
        # a longer name in the signature is another name (a person's *Sofia Västerbyhemsson*)
        f"Västerbyhem\n\n{TENANTS}Med vänlig hälsning\nSofia Västerbyhemsson\n",
    ],
)
def test_a_name_in_one_place_is_not_known_as_the_sender(text: str) -> None:
    assert "missing-sender" in rules_of(lint_text(text))


# The writer's re-tester's extract (02-protokollsutdrag.txt) written anew: one paragraph of a committee's protocol,
# sent on to the board, the administration and the citizen who proposed it; no contact route.
PROPOSAL = (
    "I ett medborgarförslag föreslås att belysning sätts upp på gångvägen mellan Ekbacken och stationen. "
    "Samhällsbyggnadsförvaltningen har gjort en trygghetsvandring och bedömer att belysning skulle öka tryggheten. "
) * 4
EXTRACT_S47 = (
    "PROTOKOLLSUTDRAG\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-11-24\n\n§ 187 Dnr KS 2026/233\n\n"
    "Medborgarförslag om belysning på gångvägen\n\nBeslut\nArbetsutskottet föreslår kommunstyrelsen besluta\n"
    f"att medborgarförslaget bifalles.\n\nSammanfattning av ärendet\n{PROPOSAL}\n\n"
    "Expedieras till\nKommunstyrelsen\nSamhällsbyggnadsförvaltningen\nFörslagsställaren\n\n"
    "Justerandes signatur\n\nUtdragsbestyrkande\n"
)


@pytest.mark.parametrize(
    "text",
    [
        EXTRACT_S47,
        # its attestation alone marks it, under another title
        EXTRACT_S47.replace("PROTOKOLLSUTDRAG", "Kommunstyrelsen"),
    ],
)
def test_an_extract_sent_on_by_the_body_that_met_is_asked_for_no_contact_route(text: str) -> None:
    document = read_text(text)
    assert EXTRACT in classify(document)[1]
    assert "missing-sender" not in rules_of(lint_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # sent to a party as their decision (session 45): they must be able to reach the sender
        EXTRACT_S47.replace("Förslagsställaren", "Sökanden"),
        # an extract's title with no numbered paragraph: a paper about an extract, not one
        EXTRACT_S47.replace("§ 187 ", ""),
        # a letter that sends an extract along speaks of it in a sentence
        f"Hej Karin!\n\nHär kommer protokollsutdraget från § 187.\n\n{PROPOSAL}\n\nMed vänliga hälsningar\nPer Åberg",
    ],
)
def test_an_extract_to_a_party_or_no_extract_still_needs_a_contact_route(text: str) -> None:
    assert "missing-sender" in rules_of(lint_text(text))


# The writer's re-tester's decision (03-delegationsbeslut-bistand.docx) written anew in plain paragraphs: its title,
# its head's lines (an addressee, a date: a letter's signs too) and its appeal section.
AID = "Du har sökt ekonomiskt bistånd för december. Vi har gått igenom din ansökan och dina kostnader. " * 3
DECISION_LINES = (
    "Socialförvaltningen, Försörjningsstöd\n\nBeslut om ekonomiskt bistånd\n\nDatum: 2026-12-03\n\n"
    f"Till: Leila Hassan, Storgatan 14 B, 723 45 Västerby\n\nDu får 4 200 kronor.\n\nSkäl\n\n{AID}\n\n"
    "Så överklagar du\n\nOm du inte är nöjd med beslutet kan du överklaga det hos förvaltningsrätten.\n\n"
    "Med vänlig hälsning\n\nErik Sandberg, socialsekreterare\n"
)


def test_a_decision_in_plain_paragraphs_is_known_by_its_title_and_its_appeal_line() -> None:
    assert detect_genre(read_text(DECISION_LINES)) == "beslut"
    assert detect_genre(read_text(DECISION_LINES, "markdown")) == "beslut"


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        # the title alone: a letter that sends a decision on
        (DECISION_LINES.replace("Så överklagar du", "Har du frågor?"), "text"),
        # the appeal line alone: a page about how to appeal
        ("# Så överklagar du ett beslut\n\nOm du inte är nöjd med ett beslut kan du överklaga det.\n", "markdown"),
        # *beslut om* in a sentence is no title
        (DECISION_LINES.replace("Beslut om ekonomiskt bistånd", "Beslut om bistånd fattas av nämnden."), "text"),
    ],
)
def test_one_sign_of_a_decision_is_no_decision(text: str, fmt: str) -> None:
    assert detect_genre(read_text(text, fmt)) != "beslut"


# The writer's re-tester's welcome letter (12-ny-invanare.txt) written anew: a greeting that names nobody under its
# title, signed by a person, her title and the municipality.
WELCOME = (
    "Välkommen till Västerby!\n\nHej och välkommen som ny invånare i Västerby kommun! Vi hoppas att du trivs.\n\n"
    "Sophämtning och vatten\nDitt hus är redan anslutet till sophämtning och kommunalt vatten.\n\n"
    "Bibliotek och fritid\nMed ett lånekort kan du låna böcker gratis.\n\nVarmt välkommen!\n\n"
)


def test_a_greeting_under_the_title_and_a_person_signing_make_a_letter() -> None:
    text = f"{WELCOME}Karin Ahlström\nKommunstyrelsens ordförande\nVästerby kommun\n"
    assert detect_genre(read_text(text)) == "brev"


@pytest.mark.parametrize(
    "text",
    [
        # a page that greets its readers and ends with its date: nobody signs it
        f"{WELCOME}Senast uppdaterad 3 mars 2026\n",
        f"{WELCOME}Kommunstyrelsens ordförande\nVästerby kommun\n",
        # a person's name at the end, but no greeting
        WELCOME.replace("Hej och välkommen som", "Som") + "Karin Ahlström\nVästerby kommun\n",
    ],
)
def test_a_greeting_or_a_name_alone_is_no_letter(text: str) -> None:
    assert detect_genre(read_text(text)) != "brev"


# The agency re-tester's procurement documents (09-forfragningsunderlag.md) written anew.
PROCUREMENT = (
    "# Förfrågningsunderlag: Tolktjänster 2027–2029\n\nUpphandlande myndighet: Migrationsverket  \n"
    "Diarienummer: 2026-12345\n\n## 1. Kort om upphandlingen\n\nMigrationsverket upphandlar tolktjänster.\n\n"
    "## 2. Krav\n\nLeverantören ska ha tolkar med auktorisation.\n"
)


def test_a_procurements_documents_with_a_register_line_are_a_document() -> None:
    assert detect_genre(read_text(PROCUREMENT, "markdown")) == "dokument"


def test_a_page_titled_after_procurement_documents_without_a_case_number_is_a_page() -> None:
    page = PROCUREMENT.replace("Diarienummer: 2026-12345\n", "Här hittar du underlagen.\n")
    assert detect_genre(read_text(page, "markdown")) == "webbsida"


def test_a_short_question_line_after_the_opening_sets_it_apart_as_a_heading_would() -> None:
    # (the agency re-tester's letter: its body's paragraphs are not much longer than its summary, but the summary
    # stands under the title and above *Varför ska du betala tillbaka?*, a heading the plain text cannot mark)
    opening = "Du har fått för mycket bostadsbidrag under våren, eftersom din inkomst var högre än du trodde. " * 2
    body = "Bostadsbidraget räknades ut från den inkomst du skrev i din ansökan, men inkomsten var högre. " * 4
    text = (
        f"Du behöver betala tillbaka 18 400 kronor\n\n{opening}\n\nVarför ska du betala tillbaka?\n\n{body}\n\n"
        f"Så här betalar du\n\n{body}\n\n{body}\n\n{body}\n\n{body}\n"
    )
    assert "missing-summary" not in rules_of(lint_text(text))
    # a statement in its place is the body's start: the opening runs on into it
    assert "missing-summary" in rules_of(lint_text(text.replace("Varför ska du betala tillbaka?", body)))
