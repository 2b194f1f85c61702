"""Session 49's second wave of address items (impersonal-man): *de sökande* in a text that says *du*, the reader's
role in the third person, and a lower-case *ni* that switches the address of a letter to *du*; each with the cases
it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _man_findings(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


# de sökande in a text that says du: the reader is one of them (utility re-test 03)


def test_de_sokande_in_a_du_text_is_told_du() -> None:
    text = (
        "Bostadskön\n\nDu kan anmäla intresse för högst fem lägenheter. Efter sista anmälningsdag erbjuds de sökande "
        "med högst poäng visning."
    )
    assert _man_findings(text) == [("de sökande", "du")]


def test_de_sokande_in_a_ni_paragraph_is_still_told_ni() -> None:
    text = "Bostadskön\n\nDu kan anmäla intresse.\n\nDe sökande ska kontakta er handläggare."
    assert _man_findings(text) == [("De sökande", "Ni")]


def test_de_sokande_in_a_text_without_du_is_still_told_ni() -> None:
    assert _man_findings("De sökande får svar inom en månad.") == [("De sökande", "Ni")]


# a lower-case ni in a decision that says du throughout (legal re-test 03): a switch of address, unless a plural
# reading is near

_DECISION = (
    "Beslut om cykeln\n\nDiarienummer: 5000-K123456-26\nBeslutsdatum: 2026-11-23\n\nBeslut\nFörundersökningen läggs "
    "ned.\n\nDu har anmält att din cykel stals.\n\nDu kan begära att en åklagare prövar beslutet på nytt.\n\n{last}"
)


def _switches(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text).findings if f.subcheck == "address-switch"]


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("Ring mig under kontorstid om ni har frågor om beslutet.", [("ni", "du")]),
        ("Ni kan nå oss under kontorstid.", [("Ni", "Du")]),
        # an er after it: du alone would leave *du vill vända er*, so advice
        ("Ring oss om ni vill vända er till en åklagare.", [("ni", "Skriv du (och dig, din)")]),
    ],
)
def test_a_lower_case_ni_in_a_du_decision_is_a_switch(last: str, expected: list[tuple[str, str]]) -> None:
    assert _switches(_DECISION.format(last=last)) == expected


@pytest.mark.parametrize(
    "last",
    [
        "Du och din sambo har fått beslutet. Ring mig om ni har frågor.",
        "Ring mig om ni båda har frågor.",
        "Ring mig om ni som familj har frågor.",
        "Dina barn har hörts av polisen. Ring mig om ni har frågor.",
        "Grannarna har hörts. Ring mig om ni har frågor.",
        "Han sa: ”Ring mig om ni har frågor.”",
    ],
)
def test_a_ni_with_a_plural_reading_is_left(last: str) -> None:
    assert _switches(_DECISION.format(last=last)) == []


def test_a_ni_in_a_text_that_is_no_letter_is_left() -> None:
    text = "Om cykelstölder\n\nDu kan anmäla en stöld.\n\nDu kan ringa polisen.\n\nRing oss om ni har frågor."
    assert _switches(text) == []


def test_a_ni_in_a_decision_that_says_ni_is_left() -> None:
    text = _DECISION.replace("Du har anmält att din", "Ni har anmält att er").replace("Du kan", "Ni kan")
    assert _switches(text.format(last="Ring mig om ni har frågor.")) == []


# the reader's role in the third person in a text that says du (utility re-test 10 and 01)

_PORT = "Besök i hamnen\n\nDu passerar in genom Huvudgrinden. Ta med giltig legitimation.\n\n{rule}"
_RENT = "Hej!\n\nVi renoverar badrummen i ditt hus under våren. Din hyra höjs med 612 kr per månad.\n\n{rule}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PORT.format(rule="Den besökande erhåller ett besökskort."), [("Den besökande", "Du")]),
        (
            _RENT.format(rule="För den hyresgäst som ej önskar ett nytt badrum finns ett standardbyte."),
            [("den hyresgäst", "dig")],
        ),
        (_PORT.format(rule="Den kund som vill ha kvitto kan få det i kassan."), [("Den kund", "Du")]),
    ],
)
def test_the_readers_role_in_a_du_text_is_told_du(text: str, expected: list[tuple[str, str]]) -> None:
    assert _man_findings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Den besökande erhåller ett besökskort.",  # no du: whoever visits
        _PORT.format(rule="Du ansvarar för att den besökande bär kortet."),  # du acts on the visitor: another
        _PORT.format(rule="Den besökande gruppen får ett besökskort."),  # an adjective before its noun
        _PORT.format(rule="Den kunden som ringde fick svar."),  # a definite customer: someone
        _RENT.format(rule="Ge dina hyresgäster nycklarna. Den hyresgäst som flyttar in får två nycklar."),
        _PORT.format(rule="Ta med er legitimation. Den besökande erhåller ett besökskort."),  # a paragraph says ni
    ],
)
def test_a_role_that_is_someone_else_is_left(text: str) -> None:
    assert _man_findings(text) == []
