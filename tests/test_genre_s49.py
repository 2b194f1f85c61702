"""Session 49's re-test items for kind of text, sender, address and state passive (missing-sender, genre,
impersonal-man, state-passive): each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

# state-passive: a room closed for a renovation, a staffed place and a vehicle's register status are states


@pytest.mark.parametrize(
    "text",
    [
        "Du får hyresreduktion under de veckor då badrummet är avstängt.",
        "Ring hamnens driftcentral på 026-14 40 00, som är bemannad dygnet runt.",
        "Du behöver inte betala skatt för den tid som bilen är avställd.",
        "Kontoret är bemannat vardagar.",
    ],
)
def test_a_held_state_is_no_state_passive(text: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kontot är avstängt.", "är avstängt"),
        ("Receptionen är bemannad av vakter.", "är bemannad"),  # the doer named: the rule asks
        ("Badrummet var avstängt i går.", "var avstängt"),  # an occasion in the past
    ],
)
def test_an_act_is_still_a_state_passive(text: str, expected: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == [expected]


# missing-sender: a company named without AB, a genitive name before its customer service, a signature's line and a
# page title's site name

_BODY = " ".join(
    [
        "Här förklarar vi vad raderna på din faktura betyder och hur vi räknar fram ditt pris varje månad.",
        "Fakturan består av två delar: en fast avgift som du betalar oavsett hur mycket el du använder och en",
        "rörlig del som beror på din förbrukning under månaden.",
    ]
    * 5
)
_CONTACT = "Har du frågor om din faktura? Ring 060-19 20 00 vardagar klockan 8–16."


def _sender_findings(text: str, fmt: str = "text") -> list[str]:
    return [f.message for f in lint_text(text, fmt).findings if f.rule == "missing-sender"]


def _page(title: str, body: str) -> str:
    return f'<html lang="sv"><head><title>{title}</title></head><body><main><p>{body}</p></main></body></html>'


@pytest.mark.parametrize(
    "text",
    [
        f"Din faktura från Sundsvall Energi\n\n{_BODY}\n\n{_CONTACT}",
        f"{_BODY}\n\nFrågor om kortet besvaras av Skånetrafikens kundservice på 0771-77 77 77.",
        f"{_BODY}\n\nKontakt\n\nÖstgötatrafiken, Kundcenter\nTelefon 0771-211 010",
    ],
)
def test_a_company_without_ab_names_the_sender(text: str) -> None:
    assert _sender_findings(text) == []


def test_a_page_title_ends_with_its_sites_name() -> None:
    assert _sender_findings(_page("Skolkort för ditt barn – Skånetrafiken", f"{_BODY} {_CONTACT}"), "html") == []


@pytest.mark.parametrize(
    "text",
    [
        f"Så sparar du Energi\n\n{_BODY}\n\n{_CONTACT}",  # no place's name before the trade's word
        f"{_BODY}\n\nBolagets kundservice svarar på 060-19 20 00.",  # a sentence's capital, no name
        f"{_BODY}\n\nVår kundservice svarar på 060-19 20 00.",
    ],
)
def test_no_name_is_still_no_sender(text: str) -> None:
    assert _sender_findings(text) != []


def test_a_title_that_ends_in_a_word_is_no_site_name() -> None:
    assert _sender_findings(_page("Din elfaktura – Översikt", f"{_BODY} {_CONTACT}"), "html") != []


# genre: a court's summons to a named person, a letter under a person's postal address and a judgment's summary


def _genre(text: str, fmt: str = "text") -> str:
    from klarlint.genre import detect_genre
    from klarlint.readers import read_text

    return detect_genre(read_text(text, fmt))


_SUMMONS = (
    "Kallelse till huvudförhandling\n\nNorrby tingsrätt\nMål nr B 4321-26\n\nTill: {addressee}\n\n"
    "Du kallas till huvudförhandling i Norrby tingsrätt.\n\nTid: Måndag den 11 januari 2027 kl. 10.00\n"
    "Plats: Norrby tingsrätt, sal 2\n\nOm du är sjuk måste du ringa tingsrätten.\n\nNorrby tingsrätt\nAnna Ek\n"
)
_LETTER_HEAD = (
    "Du har fått ett krav\n\nKarin Holm\nBjörkvägen 7\n123 45 Norrby\n\n{line}Ett företag vill att du betalar."
)


@pytest.mark.parametrize(
    "text",
    [
        _SUMMONS.format(addressee="Sara Lind, tilltalad"),
        _LETTER_HEAD.format(line="Datum: 2026-12-02\n\n"),
    ],
)
def test_a_letter_to_a_named_person_is_a_letter(text: str) -> None:
    assert _genre(text) == "brev"


@pytest.mark.parametrize(
    "text",
    [
        _SUMMONS.format(addressee="Ledamöter och ersättare i nämnden"),  # a meeting's notice to its members
        _LETTER_HEAD.format(line=""),  # an address without a date or a reference line
    ],
)
def test_a_notice_to_a_body_or_an_address_alone_is_no_letter(text: str) -> None:
    assert _genre(text) != "brev"


_JUDGMENT = (
    "# Dom i mål om hyra\n\n## Kort om domen\n\nTingsrätten har bestämt att du ska betala hyran.\n\n"
    "## Domslut\n\n1. Du ska betala 5 000 kr.\n\n## {appeal}\n\nDu kan överklaga domen till hovrätten.\n"
)


def test_a_judgment_with_its_appeal_section_is_a_decision() -> None:
    assert _genre(_JUDGMENT.format(appeal="Om du vill överklaga"), "markdown") == "beslut"


def test_a_page_that_explains_a_judgment_is_a_web_page() -> None:
    assert _genre(_JUDGMENT.format(appeal="Vad händer sedan?"), "markdown") == "webbsida"


# impersonal-man: the applicant who is another party, the one a checklist teaches, vederbörande sökande, and a capital
# Ni in a text that says du


def _man_findings(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


_CLAIM = (
    "Du har fått ett krav\n\nEtt företag har ansökt om att du ska betala en skuld.\n\n"
    "{party}\n\nKronofogden kan ge anstånd om sökanden begär det."
)


def test_a_company_as_the_applicant_is_no_reader() -> None:
    assert _man_findings(_CLAIM.format(party="Sökande: Elbolaget Norr AB, org.nr 556123-4567")) == []


def test_a_person_as_the_applicant_is_the_reader() -> None:
    # (the tagger reads *begär* as a noun here, so the pronoun is *dig*: the finding is the point)
    assert [text for text, _ in _man_findings(_CLAIM.format(party="Sökande: Karin Berg"))] == ["sökanden"]


@pytest.mark.parametrize(
    "item",
    [
        "☐ Gå igenom schema, arbetstider, flex och hur man sjukanmäler sig.",
        "☐ Visa den nya medarbetaren hur man loggar in i systemet.",
    ],
)
def test_man_in_what_the_reader_teaches_is_the_one_taught(item: str) -> None:
    text = f"Checklista\n\nChecklistan är ett stöd för dig som chef när du tar emot en ny medarbetare.\n\n{item}\n"
    assert _man_findings(text, "markdown") == []


def test_man_in_what_the_reader_reads_is_the_reader() -> None:
    assert _man_findings("Om ansökan\n\nDu kan läsa här hur man ansöker om bidrag.") != []


def test_vederborande_sokande_is_the_reader() -> None:
    text = "Beslut om ersättning\n\nDu får ersättning. Vederbörande sökande har styrkt sina kostnader genom kvitton."
    assert _man_findings(text) == [("Vederbörande sökande", "Du")]


def test_vederborande_handlaggare_is_still_the_one_in_charge() -> None:
    assert _man_findings("Du får svar. Vederbörande handläggare kontaktar dig.") == [("Vederbörande", "Ansvarig")]


def test_a_capital_ni_in_a_du_text_is_told_du() -> None:
    text = "Hej Jonas!\n\nDu får din lön den 25:e. Om Ni anser att beloppet är fel kan Ni vända Er till Er chef."
    assert _man_findings(text) == [("Ni", "du"), ("Ni", "du"), ("Er", "dig"), ("Er", "din")]


def test_a_capital_ni_in_a_ni_text_is_told_ni() -> None:
    text = "Till föreningen\n\nOm Ni anser att beloppet är fel kan Ni vända Er till Er ordförande."
    assert _man_findings(text) == [("Ni", "ni"), ("Ni", "ni"), ("Er", "er"), ("Er", "er")]
