"""Session 46, two writers' re-testers: impersonal-man tells a subject *du* by its place (*om sökanden inte har hörts
av*), says *ni* for *man* in a paragraph that says *ni*, and reads *den försäkrade* and *den skattskyldige* as the
reader; state-passive leaves a state of health alone (*arbetsförmågan är nedsatt*); relative-vilken sees a *vilken*
placed after its noun's clause."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

ADDRESS = "impersonal-man"
STATE = "state-passive"
VILKEN = "relative-vilken"


def suggestions(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text).findings if f.rule == ADDRESS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Du har ansökt om uppehållstillstånd. Ansökan kan även komma att avskrivas om sökanden inte har hörts av.",
            [("sökanden", "du")],
        ),
        ("Du har ansökt. Vi behöver de uppgifter som sökanden har lämnat.", [("sökanden", "du")]),
        ("Du har ansökt. Ärendet avgörs när den sökande redan har betalat.", [("den sökande", "du")]),
    ],
)
def test_an_address_form_that_opens_its_clause_is_told_du(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggestions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Du har ansökt. När vi har hört sökanden kan vi fatta beslut.", [("sökanden", "dig")]),
        ("Du har ansökt. Vi kontaktar sökanden om det behövs.", [("sökanden", "dig")]),
    ],
)
def test_an_address_form_after_its_verb_is_still_the_object(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggestions(text) == expected


FAQ = (
    "Har du en fråga ställer du den i upphandlingsverktyget.\n\n"
    "Ett anbud kan förkastas om det har kommit in för sent. Man får alltid ett tilldelningsbeslut med en motivering. "
    "Om ni anser att upphandlingen har gått till på fel sätt kan ni ansöka om överprövning."
)


def test_man_in_a_paragraph_that_says_ni_is_told_ni() -> None:
    assert suggestions(FAQ) == [("Man", "Ni")]


def test_man_in_a_paragraph_that_says_du_is_still_told_du() -> None:
    text = FAQ.replace("Om ni anser", "Om du anser").replace("kan ni ansöka", "kan du ansöka")
    assert suggestions(text) == [("Man", "Du")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Du har ansökt om sjukpenning. Av läkarintyget framgår att den försäkrade har nedsatt förmåga att sitta.",
            [("den försäkrade", "du")],
        ),
        (
            "Vi har granskat din deklaration. För avdrag krävs att den skattskyldige kan styrka kostnaderna.",
            [("den skattskyldige", "du")],
        ),
    ],
)
def test_the_insured_and_the_taxpayer_in_a_letter_to_du_are_the_reader(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggestions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rapporten visar att den försäkrade i genomsnitt var sjukskriven i 40 dagar.",  # a report, to nobody
        "Utredningen föreslår att den skattskyldige ska kunna styrka kostnaderna på annat sätt.",
        "Du kan läsa mer på webben. Med den försäkrade avses den som omfattas av försäkringen.",  # the term defined
        "Du kan läsa mer på webben. Den försäkrade egendomen ska vara värderad.",  # before its noun
    ],
)
def test_the_insured_in_a_report_or_as_a_term_is_no_finding(text: str) -> None:
    assert suggestions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Om arbetsförmågan inte är nedsatt med minst en fjärdedel får du ingen ersättning.",
        "Hans hörsel är nedsatt.",
        "Synen är nedsatt på vänster öga.",
        "Blodtrycket är förhöjt.",
        "Hon är hörselskadad sedan födseln.",
        "Såret är infekterat.",
    ],
)
def test_a_state_of_health_is_no_finding(text: str) -> None:
    assert rule_texts(lint_text(text), STATE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avgiften är nedsatt till hälften.", "är nedsatt"),  # someone reduced the fee
        ("Tillsynen är nedsatt.", "är nedsatt"),  # not *synen*
        ("Hyran är nedsatt under renoveringen.", "är nedsatt"),
        ("Ärendet är avslutat.", "är avslutat"),
    ],
)
def test_a_reduced_fee_is_still_flagged(text: str, expected: str) -> None:
    assert rule_texts(lint_text(text), STATE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "En uppföljande kontroll kommer att genomföras, vilken kommer att debiteras enligt taxa.",
        "En kontroll har gjorts, vilken visade brister.",
    ],
)
def test_vilken_after_its_nouns_clause_is_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), VILKEN) == ["vilken"]


@pytest.mark.parametrize(
    "text",
    [
        "Ansökan har granskats, vilket tog lång tid.",  # sums up the clause
        "Vi får se, vilken blir vald.",  # no noun it could stand for
        "Ett beslut har fattats, vilken tid det tog vet ingen.",  # a determiner
    ],
)
def test_vilket_on_a_clause_or_vilken_without_a_noun_is_no_finding(text: str) -> None:
    assert rule_texts(lint_text(text), VILKEN) == []
