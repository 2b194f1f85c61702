"""Session 46: a regulation needs no contact route; a dateline does not hide a press release's lead; a letter under
its letterhead's lines; a meeting's notice is a document."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre, regulation
from klarlint.readers import read_text


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


# A regulation's paragraphs (the re-tester's 12-foreskrifter.txt written anew), long enough for missing-sender.
RULES = (
    "Tillämpningsområde\n\n1 § Dessa föreskrifter gäller i hela Norrby län när risken för bränder är stor.\n\n"
    "Förbud\n\n2 § Det är förbjudet att elda utomhus. Förbudet gäller även eldning i grillar som är fasta.\n\n"
    "3 § Trots 2 § får grillning ske i grillar på den egna tomten, om elden inte kan spridas till mark eller skog.\n\n"
    "Allmänna råd\nDen som grillar bör ha en hink vatten i närheten. Engångsgrillar bör inte användas i skogen.\n\n"
    "4 § Det är förbjudet att använda fyrverkerier och att släppa upp lyktor med levande ljus under förbudet.\n\n"
    "5 § Länsstyrelsen får i det enskilda fallet ge undantag från förbudet om det finns särskilda skäl för det.\n\n"
)
REGULATION = (
    "Länsstyrelsen i Norrby läns författningssamling\n\n"
    "Länsstyrelsen i Norrby läns föreskrifter om eldningsförbud vid brandrisk;\n\nbeslutade den 2 juni 2026.\n\n"
    "Länsstyrelsen föreskriver följande med stöd av 2 kap. 7 § förordningen (2003:789) om skydd mot olyckor.\n\n"
    f"{RULES}Denna författning träder i kraft den 15 juni 2026.\n\nPå Länsstyrelsens vägnar\n\n"
    "Karin Ek\nlandshövding\n"
)
# The same rules told on a page or in a letter: no series in the head, no statute's formula.
ABOUT_RULES = (
    "Nytt eldningsförbud i Norrby län\n\nLänsstyrelsen har beslutat om ett eldningsförbud som gäller i sommar.\n\n"
    f"{RULES}Föreskrifterna träder i kraft den 15 juni 2026.\n\nLänsstyrelsen i Norrby län\n"
)


def test_a_regulation_is_asked_for_no_contact_route() -> None:
    assert regulation(read_text(REGULATION))
    assert detect_genre(read_text(REGULATION)) == "dokument"  # (a document still: its passives are a document's)
    assert "missing-sender" not in rules_of(lint_text(REGULATION))


@pytest.mark.parametrize(
    "text",
    [
        ABOUT_RULES,  # a page about new rules: no formula
        # a formula without a regulation's head: a decision letter that quotes one
        f"Beslut om eldning\n\n{RULES}Denna författning träder i kraft den 15 juni 2026.\n\nNorrby kommun\n",
        # a head without a formula: a report on the board's regulations
        f"Länsstyrelsen i Norrby läns föreskrifter om eldningsförbud\n\n{RULES}Länsstyrelsen i Norrby län\n",
    ],
)
def test_a_text_about_rules_still_needs_a_contact_route(text: str) -> None:
    assert not regulation(read_text(text))
    assert "missing-sender" in rules_of(lint_text(text))


# A press release's body paragraphs (over 300 words together), and its lead under the title.
NEWS = "Det nya akutintaget har fyrtio vårdplatser, dubbelt så många som i dag, och en egen mottagning för barn. "
LEAD = "Den 2 mars öppnar regionen det nya akutintaget på sjukhuset. Väntetiden på akuten ska halveras."


def press_release(dateline: str, lead: str = LEAD) -> str:
    body = "".join(f"<p>{NEWS * 4}</p>\n" for _ in range(8))
    return (
        f'<!DOCTYPE html>\n<html lang="sv"><head><title>Nytt akutintag</title></head><body><article>\n'
        f"<p>{dateline}</p>\n<h1>Nya akutintaget öppnar i mars</h1>\n<p><strong>{lead}</strong></p>\n{body}"
        "<h2>För mer information, kontakta</h2>\n<p>Regionens presstjänst, 0123-45 00 99</p>\n</article></body></html>"
    )


def summary_findings(text: str, fmt: str = "html", **settings) -> list[str]:
    return [f.message for f in lint_text(text, fmt, **settings).findings if f.rule == "missing-summary"]


@pytest.mark.parametrize(
    "dateline",
    ["Pressmeddelande, 4 december 2026", "Nyhet 2026-12-04", "Publicerad 4 december 2026", "4 december 2026"],
)
@pytest.mark.parametrize("profile", ["myndighet", "webb"])
def test_a_dateline_above_the_title_does_not_hide_the_lead(dateline: str, profile: str) -> None:
    assert summary_findings(press_release(dateline), profile=profile) == []


def test_a_dateline_is_still_no_summary() -> None:
    # a long first paragraph under the dateline is still no lead
    [message] = summary_findings(press_release("Pressmeddelande, 4 december 2026", NEWS * 8))
    assert "längre än" in message
    # a dateline with no paragraph under it before the first subheading is the opening, and no summary
    text = f"# Nya akutintaget öppnar i mars\n\nPressmeddelande, 4 december 2026\n\n## Bakgrund\n\n{NEWS * 30}\n"
    [message] = summary_findings(text, "markdown")
    assert "byline eller en datumrad" in message


# An agency's letter under its letterhead's lines (the re-tester's 06-migration-brev.txt written anew): no greeting,
# no signature.
LETTERHEAD = "Migrationsverket\nEnheten för arbetstillstånd\n\nDatum: 2026-10-02\nBeteckning: 26-3345871\n\n"
REQUEST = (
    "Vi behöver fler uppgifter för att pröva din ansökan\n\nVi har tagit emot din ansökan om arbetstillstånd. För att "
    "vi ska kunna fatta beslut behöver du skicka in fler handlingar.\n\nOm du har frågor\nRing oss på 0771-235 235.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        f"{LETTERHEAD}Till: Ahmad Karimi\n\n",
        "Migrationsverket\n\nDatum: 2026-10-02 Till: Ahmad Karimi\n\n",  # the head's lines in one paragraph
        "Vår referens: 2026/118\n\nTill: Ahmad Karimi\nStorgatan 1\n\n",
    ],
)
def test_an_addressed_letter_under_its_letterhead_is_a_letter(head: str) -> None:
    assert detect_genre(read_text(head + REQUEST)) == "brev"


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        # a memo to a board speaks of it, not to du
        (f"{LETTERHEAD}Till: Kommunstyrelsen\n\nFörvaltningen föreslår att styrelsen antar planen.\n", "text"),
        # no date or reference line: an addressee alone is not enough
        (f"Migrationsverket\n\nTill: Ahmad Karimi\n\n{REQUEST}", "text"),
        # a case paper with an addressee and a register line stays a case paper
        (
            "# Tjänsteskrivelse om bidrag\n\nTill: Kultur- och fritidsnämnden\nDnr: KFN 2026/12\n\n"
            "## Förslag till beslut\n\nNämnden beslutar att ni får bidrag.\n",
            "markdown",
        ),
    ],
)
def test_an_addressee_line_alone_makes_no_letter(text: str, fmt: str) -> None:
    assert detect_genre(read_text(text, fmt)) == "dokument"


# A meeting's notice (the re-tester's 10-kallelse.md written anew).
AGENDA = (
    "## Föredragningslista\n\n1. Val av justerare\n2. Godkännande av dagordningen\n3. Budgetuppföljning\n\n"
    "Mikael Sund, nämndsekreterare\nTelefon: 0123-45 60 70\n"
)
NOTICE_HEAD = "**Tid:** torsdag 15 januari 2026 kl. 17.30\n**Plats:** Stadshuset\n\n"
NOTICE_TEXT = "Ledamöter som är förhindrade ska anmäla detta till nämndsekreteraren.\n\n"


@pytest.mark.parametrize("profile_genre", [None, "webbsida"])
@pytest.mark.parametrize(
    "text",
    [
        f"# Kallelse till sammanträde med kultur- och fritidsnämnden\n\n{NOTICE_HEAD}{NOTICE_TEXT}{AGENDA}",
        f"# Kallelse till sammanträde med nämnden\n\n{NOTICE_TEXT}{AGENDA}",  # the agenda's heading, no time line
        f"# Föredragningslista för kommunstyrelsen\n\n{NOTICE_HEAD}1. Val av justerare\n2. Budget\n",
    ],
)
def test_a_meeting_notice_is_a_document(text: str, profile_genre: str | None) -> None:
    assert detect_genre(read_text(text, "markdown"), None, profile_genre) == "dokument"
    html = f"<h1>{text.splitlines()[0][2:]}</h1><p>Tid: 15 januari kl. 17.30</p><p>{NOTICE_TEXT}</p>"
    assert detect_genre(read_text(html, "html"), None, profile_genre) == "dokument"


@pytest.mark.parametrize(
    "text",
    [
        # a page about notices, or one titled *Dagordning* with nothing of a notice
        f"# Kallelse till årsmöte ska skickas i tid\n\n{NOTICE_TEXT}Föreningen skickar kallelsen i mars.\n",
        "# Dagordning\n\nHär finns dagordningen för veckans möten i föreningen.\n",
    ],
)
def test_a_page_titled_like_a_notice_stays_a_web_page(text: str) -> None:
    assert detect_genre(read_text(text, "markdown")) == "webbsida"


# An inspection's report to a company (the re-tester's 08-miljoinspektion.md written anew).
REPORT_HEAD = (
    "**Verksamhet:** Tvätthall, Hamngatan 3, Norrby\n**Datum för inspektion:** 2026-10-02\n"
    "**Närvarande:** Anna Berg (verksamhetsutövare), Jonas Lind (miljöinspektör)\n**Diarienummer:** MBN 2026-118\n\n"
)
REPORT_BODY = (
    "## Sammanfattning\n\nVi har inspekterat er tvätthall. Ni behöver åtgärda en brist senast den 1 mars 2027.\n\n"
    "## Iakttagelser\n\nOljeavskiljaren har inte tömts sedan i fjol. Kemikalier förvaras i ett låst förråd.\n\n"
)
REPORT_SIGNATURE = "Jonas Lind\nMiljöinspektör, Norrby kommun\n"


@pytest.mark.parametrize("profile_genre", [None, "webbsida"])
@pytest.mark.parametrize(
    "text",
    [
        f"# Inspektionsrapport – Tvätthallen i Norrby AB\n\n{REPORT_HEAD}{REPORT_BODY}{REPORT_SIGNATURE}",
        f"# Tillsynsrapport\n\n**Dnr:** MBN 2026-118\n\n{REPORT_BODY}",  # a case number and ni
        "# Kontrollrapport för Tvätthallen AB\n\nVerksamhetsutövare: Anna Berg\nInspektör: Jonas Lind\n\n"
        "## Iakttagelser\n\nOljeavskiljaren har inte tömts sedan i fjol.\n",  # the operator and the inspector
    ],
)
def test_an_inspection_report_in_markdown_is_a_document(text: str, profile_genre: str | None) -> None:
    assert detect_genre(read_text(text, "markdown"), None, profile_genre) == "dokument"


def test_an_inspection_report_in_html_is_a_document_and_its_passives_are_the_senders() -> None:
    html = (
        "<h1>Inspektionsrapport – Tvätthallen i Norrby AB</h1><p><strong>Diarienummer:</strong> MBN 2026-118</p>"
        "<h2>Sammanfattning</h2><p>Vi har inspekterat er tvätthall. Oljeavskiljaren har inte tömts sedan i fjol.</p>"
    )
    assert detect_genre(read_text(html, "html")) == "dokument"
    text = f"# Inspektionsrapport – Tvätthallen i Norrby AB\n\n{REPORT_HEAD}{REPORT_BODY}{REPORT_SIGNATURE}"
    [passive] = [f for f in lint_text(text, "markdown").findings if f.rule == "passive-voice" and f.text == "förvaras"]
    assert passive.severity == "warning"


def test_a_greeted_and_signed_inspection_report_is_a_letter() -> None:
    text = f"# Inspektionsrapport – Tvätthallen AB\n\nHej Anna Berg!\n\n{REPORT_BODY}{REPORT_SIGNATURE}"
    assert detect_genre(read_text(text, "markdown")) == "brev"


@pytest.mark.parametrize(
    "text",
    [
        # a page about a report: no case number, no operator, nobody spoken to
        "# Tillsynsrapporten visar brister i hemtjänsten\n\nInspektionen för vård och omsorg har granskat "
        "hemtjänsten i tre kommuner. Miljöinspektörer besökte också tio företag.\n",
        # only one sign: it speaks to its reader
        "# Kontrollrapport för din bil\n\nHär ser du vad besiktningen visade och vad du ska göra nu.\n",
    ],
)
def test_a_page_titled_after_a_report_stays_a_web_page(text: str) -> None:
    assert detect_genre(read_text(text, "markdown")) == "webbsida"


# A municipal steering document (the re-tester's 11-policy.md written anew).
STEERING_BODY = (
    "## 1. Syfte\n\nRiktlinjen beskriver hur förvaltningarna använder kommunens bilar.\n\n"
    "## 2. Krav\n\n2.1 Varje bil SKA ha en ansvarig. 2.2 Körjournal BÖR föras varje dag.\n"
)


@pytest.mark.parametrize("profile_genre", [None, "webbsida"])
@pytest.mark.parametrize(
    "text",
    [
        f"# Riktlinje för kommunens bilar\n\nAntagen av kommunstyrelsen 2026-10-14, § 212.\n\n{STEERING_BODY}",
        # its facts as lines of their own, which prose.py leaves out
        "# Kommunikationspolicy för Norrby kommun\n\n**Dokumentansvarig:** kommunikationschefen\n"
        "**Gäller från:** 2027-01-01\n\n## Syfte\n\nPolicyn säger hur vi informerar invånarna.\n",
        "# Avfallsplan 2027–2030\n\nFastställd av kommunfullmäktige den 3 maj 2026\n\n## Mål\n\nMindre avfall.\n",
        f"# Riktlinjer för kommunens bilar\n\n{STEERING_BODY}",  # numbered sections and requirements in capitals
    ],
)
def test_a_steering_document_in_markdown_is_a_document(text: str, profile_genre: str | None) -> None:
    assert detect_genre(read_text(text, "markdown"), None, profile_genre) == "dokument"


def test_a_steering_document_in_html_is_a_document() -> None:
    html = (
        "<h1>Riktlinje för kommunens bilar</h1><p>Beslutad av kommunstyrelsen 2026-10-14.</p>"
        "<h2>Syfte</h2><p>Riktlinjen beskriver hur förvaltningarna använder kommunens bilar.</p>"
    )
    assert detect_genre(read_text(html, "html")) == "dokument"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        # a page with numbered steps and no steering title
        ("# Så sorterar du avfall\n\n## 1. Papper\n\nLägg papper i kärlet. Du SKA skölja förpackningar.\n\n"
         "## 2. Glas\n\nLämna glas på återvinningsstationen.\n", "webbsida"),
        # a headline about a strategy, adopted in a sentence, not a line of its own
        ("# Ny nationell strategi ska stärka det brottsförebyggande arbetet\n\nStrategin är beslutad av regeringen "
         "och antagen av riksdagen.\nGäller från nu säger ministern.\n\n## Bakgrund\n\nArbetet började i fjol.\n",
         "webbsida"),
        # a plan's page with numbered sections but no requirements
        ("# Avfallsplan för Norrby\n\n## 1. Mål\n\nVi vill minska avfallet.\n\n## 2. Åtgärder\n\nVi sorterar mer.\n",
         "webbsida"),
        # a press release about a policy stays one
        ("# Ny policy för sociala medier\n\nAntagen av kommunstyrelsen i dag.\n\n## Pressmeddelande\n\n"
         "Kommunen har en ny policy.\n", "pressmeddelande"),
    ],
)  # fmt: skip
def test_a_page_about_a_steering_document_keeps_its_kind(text: str, genre: str) -> None:
    assert detect_genre(read_text(text, "markdown")) == genre
