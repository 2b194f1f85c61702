"""Session 50's re-tests (university, transport, pensions, business, defence): nominal style, state passives,
abbreviations and dashes."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


def _texts(text: str, rule: str, fmt: str = "text") -> list[str]:
    return [found for found, _ in _found(text, rule, fmt)]


# --- 1. nominalization: the subject of a passive is the head noun, not a conjunct in its phrase ---------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Anmälan om ny adress eller andra ändringar skall göras till Skatteverket så snart som möjligt.", "anmäla"),
        ("Anmälan om flytt och ändringar ska göras i tid.", "anmäla"),
    ],
)
def test_a_conjunct_in_the_subjects_phrase_is_not_the_subject(text: str, verb: str) -> None:
    found = _found(text, "nominalization")
    assert [suggestion for _, suggestion in found] == [f"Skriv med verbet ”{verb}”"]
    assert found[0][0].startswith("Anmälan")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Andra ändringar skall göras till Skatteverket.", "ändringar skall göras"),
        ("Urval och intervjuer sker löpande.", "Urval och intervjuer sker"),  # the clause's own two subjects
    ],
)
def test_a_subject_of_its_own_is_still_found(text: str, span: str) -> None:
    assert _texts(text, "nominalization") == [span]


# --- 2. nominalization: the plain verb, and the document or legal act a phrase names -------------------------------


def test_a_sale_is_told_to_sell() -> None:
    text = "Vi kontrollerade att försäljning av e-cigaretter endast sker till personer som fyllt 18 år."
    assert [suggestion for _, suggestion in _found(text, "nominalization")] == ["Skriv med verbet ”sälja”"]


def test_another_action_nouns_verb_is_kept() -> None:
    text = "Vi kontrollerade att placering av barn endast sker efter beslut."
    assert [suggestion for _, suggestion in _found(text, "nominalization")] == ["Skriv med verbet ”placera”"]


@pytest.mark.parametrize(
    "text",
    [
        "Vem ska lämna en redogörelse?",
        "När ska redogörelsen lämnas?",
        "Ägaren ska lämna en skriftlig redogörelse för brandskyddet.",
        "Polismyndigheten ger er tillstånd enligt 2 kap. 4 § ordningslagen att hålla en demonstration.",
    ],
)
def test_a_document_or_a_permit_is_no_hidden_verb(text: str) -> None:
    assert _found(text, "nominalization") == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Nämnden ska ge en redogörelse för hur pengarna har använts.", "redogöra"),
        ("Bilen ska besiktas varje år, och besiktning sker hos ett företag.", "besikta / besiktiga"),
        ("Vi gör en besiktning av bilen.", "besikta / besiktiga"),
    ],
)
def test_an_account_given_and_an_inspection_keep_their_verbs(text: str, verb: str) -> None:
    assert [suggestion for _, suggestion in _found(text, "nominalization")] == [f"Skriv med verbet ”{verb}”"]


# --- 3. state-passive: participles read as adjectives -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egenkontrollprogrammet var inte uppdaterat och det saknades skylt om åldersgräns vid kassan.",
        "Informationen är klassad som känslig.",
        "Det är ett garage som inte är byggt för att tåla en direktträff.",
        "Anställningen som doktorand är tidsbegränsad enligt 5 kap. 7 § högskoleförordningen (1993:100).",
        "Beläggningen på den här delen av E4 är sliten och har spår.",
        "Bron är konstruerad för att klara tunga fordon.",
    ],
)
def test_an_adjectival_participle_is_no_state_passive(text: str) -> None:
    assert _found(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Registret är uppdaterat.", "är uppdaterat"),  # not negated: someone updated it
        ("Texten är uppdaterad för att visa nya regler.", "är uppdaterad"),  # no verb of making
        ("Informationen är klassad av oss som känslig.", "är klassad"),  # the doer named
        ("Huset är byggt av kommunen.", "är byggt"),
        ("Ansökan är tidsbegränsad av nämnden.", "är tidsbegränsad"),
        ("Din ansökan är inte avslagen.", "är inte avslagen"),  # negation alone is no adjective
        ("Han är uppsagd.", "är uppsagd"),
    ],
)
def test_a_participle_of_an_act_is_still_found(text: str, span: str) -> None:
    assert _texts(text, "state-passive") == [span]


# --- 4. abbreviation: an identifier's prefix and a word of an English name ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sårbarheten har fått identifieraren CVE-2026-12345 och är allvarlig.",
        "Ivanti Neurons for ZTA gateways före version 22.8R2 är sårbar.",
    ],
)
def test_an_identifier_or_an_english_name_is_no_acronym_to_explain(text: str) -> None:
    assert _found(text, "abbreviation") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vi följer reglerna i CVE.", "CVE"),
        ("Sårbarheten CVE-2026 är allvarlig.", "CVE"),  # a year alone: no identifier
        ("Kontakta ZTA för mer information.", "ZTA"),
        ("Vi gick till Ivanti och ZTA i går.", "ZTA"),  # *och* is Swedish
    ],
)
def test_an_acronym_in_swedish_prose_is_still_found(text: str, span: str) -> None:
    assert _texts(text, "abbreviation") == [span]


# --- 5. quotes-and-dashes: an address on the next line is not the range's ------------------------------------------


def test_a_range_before_a_line_break_and_an_address_keeps_its_dash() -> None:
    html = "<p>Kundservice: 010-123 48 00 (måndag-torsdag kl. 9-15)<br>\nbostad@vasterbystudent.se</p>"
    assert _texts(html, "quotes-and-dashes", "html") == ["måndag-torsdag", "9-15"]


@pytest.mark.parametrize(
    "html",
    [
        "<p>Skriv till oss på kontakt-1-2@exempel.se<br>\nVi svarar snart.</p>",
        "<p>Läs mer på https://exempel.se/sidor/1-2<br>\nVi svarar snart.</p>",
    ],
)
def test_a_dash_inside_an_address_is_still_left(html: str) -> None:
    assert _found(html, "quotes-and-dashes", "html") == []


# --- 6. nominalization: missed phrases (re-tests s50), and a setting after *där* --------------------------------


@pytest.mark.parametrize(
    ("text", "span", "verb"),
    [
        (
            "Stabens arbete bedrivs enligt ledningsmodellen och samverkan sker med Länsstyrelsen i Kronobergs län.",
            "samverkan sker",
            "samverka",
        ),
        ("Rapporteringen görs i MCF:s e-tjänst för incidentrapportering.", "Rapporteringen görs", "rapportera"),
        ("Hyresgästen ska bedriva studier om minst 22,5 hp per termin.", "bedriva studier", "studera"),
    ],
)
def test_a_missed_phrase_is_found(text: str, span: str, verb: str) -> None:
    assert _found(text, "nominalization") == [(span, f"Skriv med verbet ”{verb}”")]


@pytest.mark.parametrize(
    "text",
    [
        "Vi har ett forum där samverkan sker.",
        "Den samverkan som sker i dag fungerar bra.",
        "Vi gör rapporteringen enklare.",
        "Det är en marknad där försäljningen sker över internet.",
        "Denna del av uppdraget ska ske i nära samverkan med Jämställdhetsmyndigheten.",  # how, not what
        "Vi behöver säkerställa att den samverkan sker på ett ändamålsenligt sätt.",  # points back
    ],
)
def test_a_setting_or_another_clauses_noun_is_left(text: str) -> None:
    assert _found(text, "nominalization") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [("I år sker en ökning av antalet.", "sker en ökning"), ("Samverkan sker med Länsstyrelsen.", "Samverkan sker")],
)
def test_a_happening_action_is_still_found(text: str, span: str) -> None:
    assert _texts(text, "nominalization") == [span]
