"""impersonal-man: generic "man" and third-person address forms, never the noun "man" (real model)."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

MUST_FLAG = [
    ("Man kan söka bidrag hos kommunen.", ["Man"]),
    ("Om man vill kan man ringa oss.", ["man", "man"]),
    ("Det vet man aldrig.", ["man"]),
    ("Man måste inte svara.", ["Man"]),
    ("Därför är det viktigt att veta vem man skriver till.", ["man"]),
    ("Sökanden ska bifoga intyg.", ["Sökanden"]),
    ("Den sökande ska bifoga intyg.", ["Den sökande"]),
    ("Vederbörande ska kontakta oss.", ["Vederbörande"]),
    ("Undertecknad ansöker om bidrag.", ["Undertecknad"]),
]

MUST_NOT_FLAG = [
    "En man kom in på kontoret.",
    "En äldre man ringde i går.",
    "Den man som ringde var arg.",
    "Hon gifte sig med en man från Malmö.",
    "Min man arbetar på kommunen.",
    "Man och kvinna har samma rätt.",
    "Lönen ska vara lika för kvinna och man.",
    "Mannen heter Per.",
    "Ansökan ska vara undertecknad av dig.",
    "En undertecknad blankett ska skickas in.",
    "Du kan söka bidrag hos kommunen.",
    "De arbetssökande får hjälp av oss.",
]


@pytest.mark.parametrize(("sentence", "expected"), MUST_FLAG)
def test_flags_generic_man_and_address_forms(sentence: str, expected: list[str]) -> None:
    assert rule_texts(lint_text(sentence), "impersonal-man") == expected


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_does_not_flag_the_noun_man_or_the_participle(sentence: str) -> None:
    assert rule_texts(lint_text(sentence), "impersonal-man") == []


@pytest.mark.parametrize(
    ("sentence", "suggestion"),
    [
        ("Man kan söka bidrag.", "Du"),
        ("Den sökande ska bifoga intyg.", "Du"),
        ("De sökande får svar inom en månad.", "Ni"),
        ("Sökandens ombud ska skriva under.", "Din / ditt / dina"),
        ("Undertecknad ansöker om bidrag.", "Jag"),
        ("Vederbörande myndighet beslutar.", "Berörd"),
    ],
)
def test_suggestion_fits_the_grammar(sentence: str, suggestion: str) -> None:
    finding = next(f for f in lint_text(sentence).findings if f.rule == "impersonal-man")
    assert finding.suggestion == suggestion


def test_reflexive_later_in_the_sentence_makes_the_suggestion_advice() -> None:
    """A quick fix "du" would leave "du måste anmäla sig"; the suggestion must not be a bare pronoun then."""
    finding = next(f for f in lint_text("Man måste anmäla sig i tid.").findings if f.rule == "impersonal-man")
    assert finding.suggestion is not None and " " in finding.suggestion


def test_vederborande_gets_one_finding_not_two() -> None:
    report = lint_text("Vederbörande ska kontakta oss.")
    assert [f.rule for f in report.findings if f.text == "Vederbörande"] == ["impersonal-man"]
