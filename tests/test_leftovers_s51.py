"""Session 51's leftovers of the first wave: *vederbörande* before a role the reader has or is (impersonal-man), and
the negated or impersonal *möjlighet att* (nominalization); each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    report = lint_text(text)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == rule]


# --- 1. impersonal-man: *vederbörande* before a noun is *ansvarig* only for the one in charge ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role the reader is (social re-test 06, a letter that says Er): *Ansvarig vårdnadshavare* changed the meaning
        (
            "Hej,\n\nUnder utredningen kommer jag att vara er kontaktperson. Vederbörande vårdnadshavare har rätt att "
            "ta del av uppgifterna.\n\nHar ni frågor? Ring mig.",
            ("Vederbörande vårdnadshavare", "Ni"),
        ),
        (
            "Du får svar i veckan. Vederbörande vårdnadshavare har rätt att ta del av uppgifterna.",
            ("Vederbörande vårdnadshavare", "Du"),
        ),
        # someone the reader has (debt re-test 02): *Din arbetsgivare*
        (
            "Du får betala 2 000 kronor i månaden. Vederbörande arbetsgivare får en kopia av beslutet.",
            ("Vederbörande", "Din"),
        ),
        (
            "Ni får betala 2 000 kronor i månaden. Vederbörande arbetsgivare får en kopia av beslutet.",
            ("Vederbörande", "Er"),
        ),
    ],
)
def test_vederborande_before_the_readers_role_or_relation(text: str, expected: tuple[str, str]) -> None:
    assert _found(text, "impersonal-man") == [expected]


def test_vederborande_before_an_unknown_noun_is_advice_without_a_replacement() -> None:
    found = _found("Du får svar i veckan. Vederbörande kassör ska kontakta dig.", "impersonal-man")
    assert found == [("Vederbörande", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Du får svar. Vederbörande handläggare kontaktar dig.",
        "Vederbörande myndighet beslutar.",
        "Kontakta vederbörande handläggare.",
    ],
)
def test_vederborande_before_the_one_in_charge_keeps_ansvarig(text: str) -> None:
    assert [s.lower() for _, s in _found(text, "impersonal-man")] == ["ansvarig"]


def test_vederborande_before_a_role_in_a_text_that_never_speaks_to_its_reader_is_not_the_reader() -> None:
    text = "Riktlinje för handläggare\n\nVederbörande vårdnadshavare har rätt att ta del av uppgifterna."
    assert ("Vederbörande vårdnadshavare", "Du") not in _found(text, "impersonal-man")


# --- 2. nominalization: a negated *ha möjlighet att*, and *det finns möjlighet att* ---------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # debt re-test 07: the positive form was flagged, the negated one missed (*inte* is a particle to the tagger)
        ("Vi har inte möjlighet att föra din talan mot butiken.", "har inte möjlighet"),
        ("Vi har tyvärr inte möjlighet att svara på mejl.", "har tyvärr inte möjlighet"),
        ("Du har ej möjlighet att överklaga beslutet.", "har ej möjlighet"),
    ],
)
def test_a_negated_ha_mojlighet_att_is_kan_inte(text: str, span: str) -> None:
    assert _found(text, "nominalization") == [(span, "Skriv med verbet ”kunna”")]


@pytest.mark.parametrize(
    "text",
    [
        "Vi har inte möjligheter nog för att ta emot fler.",  # no *att* after the noun
        "Kommunen har inte ekonomiska möjligheter att bygga en ny simhall.",  # a degree: not *kan inte*
        "Vi har inte möjlighet till fler platser i år.",
    ],
)
def test_a_negated_mojlighet_without_the_phrase_is_left_alone(text: str) -> None:
    assert _found(text, "nominalization") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Efter samtalet finns möjlighet att köpa boken.", "finns möjlighet"),  # leisure re-test 09: missed
        ("Det finns möjlighet att boka tid på kvällen.", "finns möjlighet"),
        ("Det finns inte möjlighet att parkera vid entrén.", "finns inte möjlighet"),
        ("Finns det möjlighet att parkera vid entrén?", "Finns det möjlighet"),
    ],
)
def test_finns_mojlighet_att_is_kan_and_asks_who(text: str, span: str) -> None:
    report = lint_text(text)
    found = [f for f in report.findings if f.rule == "nominalization"]
    assert [(f.text, f.suggestion) for f in found] == [(span, "Skriv med verbet ”kunna”")]
    assert "säg vem" in found[0].message and found[0].replacements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Det finns goda möjligheter att få jobb inom vården.",  # a degree
        "Det finns flera möjligheter att påverka beslutet.",  # a choice among several
        "Här finns möjligheten att låna e-böcker.",  # a named service
        "Det finns möjlighet till samtal med en kurator.",  # no *att*
        "Möjlighet finns också för föreningar som vill söka.",
    ],
)
def test_finns_mojlighet_without_a_bare_offer_is_left_alone(text: str) -> None:
    assert _found(text, "nominalization") == []


# --- 3. nominalization: a verbal noun in -ande as the subject of a consequence -------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        # social re-test 04: missed
        ("Uteblivande utan att avboka kan medföra att ärendet avslutas.", "Uteblivande", "Skriv ”om …”"),
        ("Rökande inomhus kan leda till avstängning.", "Rökande", "Skriv ”om … röker”"),
    ],
)
def test_a_verbal_noun_as_the_subject_of_a_consequence_is_a_condition(text: str, span: str, suggestion: str) -> None:
    assert (span, suggestion) in _found(text, "nominalization")


@pytest.mark.parametrize(
    "text",
    [
        "Studerande kan medföra egen dator till tentamen.",  # a person
        "Beroende kan leda till ohälsa.",  # no verb's noun
        "Lärande sker hela livet.",  # no consequence
        "Uteblivande, som vi ser det, kan medföra problem.",  # another clause between
        "Ett uteblivande kan medföra att ärendet avslutas.",  # not first in the sentence
    ],
)
def test_no_consequence_of_a_verbal_noun_is_left_alone(text: str) -> None:
    assert not any(span.endswith("ande") for span, _ in _found(text, "nominalization"))
