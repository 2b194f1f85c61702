"""Session 52's re-tests (property, permits, registry, adult education, funeral): state passives, nominal style,
relative *vilken*, numbers, abbreviations."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, fmt: str = "text", **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


def _texts(text: str, rule: str, fmt: str = "text", **settings: str) -> list[str]:
    return [found for found, _ in _found(text, rule, fmt, **settings)]


# --- state-passive: a structure, a designation, a closing, software up to date, under the influence -----------------


@pytest.mark.parametrize(
    "text",
    [
        "SFI är indelad i tre studievägar.",
        "Parkera på platser som är reserverade för rörelsehindrade.",
        "Krematoriet i Åsby är stängt 12-23 januari för byte av filter.",
        "Om du inte kan logga in, kontrollera först att din BankID-app är uppdaterad.",
        "Det var lugnt i lokalen och vi såg inga gäster som var påverkade.",
        "Han var påverkad av alkohol.",
    ],
)
def test_states_nobody_brought_about_are_no_state_passive(text: str) -> None:
    assert _texts(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Registret är uppdaterat.", "är uppdaterat"),  # not software: someone updated it
        ("Området är påverkat av bygget.", "är påverkat"),  # a cause named, not a drug
        ("Rummet är reserverat av skolan.", "är reserverat"),  # a doer named
        ("Platsen ska vara reserverad för oss.", "vara reserverad"),  # a requirement
        ("Ditt konto är stängt.", "är stängt"),  # not a place
        ("Ärendet är indelat.", "är indelat"),  # no *i*: no structure told
    ],
)
def test_other_state_passives_are_still_flagged(text: str, span: str) -> None:
    assert _texts(text, "state-passive") == [span]


# --- nominalization: an exam, feedback, a proposal submitted; a confirmation made, a possibility given -------------


@pytest.mark.parametrize(
    "text",
    [
        "Du kan läsa om kursen eller göra en prövning.",  # an exam the reader takes, also as the second verb
        "Du kan göra en prövning i Samhällskunskap 1b.",
        "Läraren ger dig återkoppling inom en vecka.",  # *återkoppla* is stiffer
        "Så lämnar du ett förslag",  # a proposal submitted: *föreslå* changes the sense
        "Lagen ger kommunen möjlighet att ta ut en avgift.",  # active *ge möjlighet*: no plain verb
    ],
)
def test_terms_and_plain_phrases_are_no_nominalization(text: str) -> None:
    assert _texts(text, "nominalization") == []


@pytest.mark.parametrize(
    ("text", "span", "verb"),
    [
        ("Bekräftelse görs via Alvis.", "Bekräftelse görs", "bekräfta"),
        ("Urnan lämnas ut efter att du har getts möjlighet att hämta den.", "getts möjlighet", "få"),
        ("Du ges möjlighet att hämta urnan.", "ges möjlighet", "få"),
        ("Vi gör en prövning av din ansökan.", "gör en prövning", "pröva"),  # not the reader's exam
        ("Kommissionen har lämnat ett förslag till ny lagstiftning.", "lämnat ett förslag", "föreslå"),
    ],
)
def test_light_verb_phrases_the_re_tests_name_are_flagged(text: str, span: str, verb: str) -> None:
    found = _found(text, "nominalization")
    assert [found_span for found_span, _ in found] == [span]
    assert verb in (found[0][1] or "")


def test_a_possibility_given_with_an_adjective_is_left_alone() -> None:
    text = "Fastighetsägare ges nu större möjligheter att säga upp hyresgäster som begår brott."
    assert _texts(text, "nominalization") == []  # *får mer* would say nothing


# --- numbers-and-dates: a range's first limit; abbreviation: an everyday acronym ------------------------------------


def test_both_limits_of_a_range_with_dots_are_flagged() -> None:
    assert _found("Avgiften är 2.500-4.000 kr.", "numbers-and-dates") == [("2.500", "2 500"), ("4.000", "4 000")]


@pytest.mark.parametrize("text", ["Se 3.100-3.200 i lagen.", "Se punkt 3.100-3.200."])
def test_a_range_of_section_numbers_is_left_alone(text: str) -> None:
    assert _texts(text, "numbers-and-dates") == []


def test_qr_is_an_everyday_acronym() -> None:
    text = "Öppna BankID-appen och skanna QR-koden. Ange din PIN-kod. Du får ett SMS."
    assert _texts(text, "abbreviation") == []
    assert _texts("Läs mer om LSS.", "abbreviation") == ["LSS"]
