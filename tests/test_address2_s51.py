"""Session 51's second round of address items (impersonal-man, missing-sender, missing-summary, genre, titles): each
with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text


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
