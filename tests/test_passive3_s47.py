"""passive-voice, session 47 round 3 (the writer's and agency's re-tests, the verification round): an order's
required acts are its addressee's (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding
from klarlint.genre import ORDER, forms_of
from klarlint.readers import read_text

# --- 1. an order (*föreläggande*): the acts it requires are the addressee's, not the sender's --------------------

ORDER_HEAD = "# Föreläggande med vite om buller\n\n**Byggnadsnämnden**\n\nTill: Norrby Bageri AB\n\n## Beslut\n\n"
ORDER_BODY = (
    "Byggnadsnämnden förelägger Norrby Bageri AB att senast den 1 mars 2027 dämpa fläkten.\n\n"
    "Ni har yttrat er över förslaget. Nämnden anser att ett vite behövs för att åtgärderna ska bli utförda.\n\n"
    "För handläggningen tas en avgift ut. Ni har skickat in era synpunkter.\n"
)
ABOUT_ORDERS = (
    "# Föreläggande och vite\n\nNämnden kan ge ett föreläggande till den som stör.\n\n"
    "Ni har yttrat er över förslaget. Nämnden anser att ett vite behövs för att åtgärderna ska bli utförda.\n"
)


def _passive(text: str, word: str, **settings: str):  # noqa: ANN202 (a Finding)
    found = [f for f in lint_text(text, "markdown", **settings).findings if f.rule == "passive-voice"]
    found = [f for f in found if text[f.start : f.end].startswith(word)]
    assert len(found) == 1, found
    return found[0]


def test_an_order_is_a_form_and_its_required_acts_are_the_addressees() -> None:
    text = ORDER_HEAD + ORDER_BODY
    assert ORDER in forms_of(read_text(text, "markdown"))
    # it had been *”Vi …” i stället för ”bli utförda”*
    assert "”Ni …”" in _passive(text, "bli utförda").suggestion


def test_an_orders_other_passives_and_a_page_about_orders_keep_their_doer() -> None:
    assert "”Vi tar ut en avgift" in _passive(ORDER_HEAD + ORDER_BODY, "tas").suggestion  # the sender takes the fee
    assert ORDER not in forms_of(read_text(ABOUT_ORDERS, "markdown"))  # a title only, no order
    assert "”Vi …”" in _passive(ABOUT_ORDERS, "bli utförda", genre="dokument").suggestion


# --- 2. a clause of how read as one; an act whose doer the paragraph named a sentence or two before ----------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Kvaliteten bedöms utifrån beskrivningen av hur personalens kompetens säkerställs och följs upp.", "följs"),
        (
            "Regionen upphandlar färdtjänst i hela länet. Avtalet gäller i tre år. Upphandlingen genomförs som ett "
            "öppet förfarande.",
            "genomförs",
        ),
    ],
)
def test_a_doer_or_a_manner_the_sentence_already_gives_is_information(text: str, verb: str) -> None:
    # they had been warnings (*(Vem?) följer upp …*, *(Vem?) upphandlar …*)
    assert finding(text, verb, genre="dokument").severity.value == "info"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Personalens kompetens säkerställs och följs upp varje år.", "följs"),  # no clause of how
        ("Avtalet gäller i tre år. En upphandling genomförs som ett öppet förfarande.", "genomförs"),  # none named
        ("Regionen har antagit en budget. Upphandlingen genomförs i vår.", "genomförs"),  # no act named
    ],
)
def test_a_passive_whose_doer_is_not_given_still_warns(text: str, verb: str) -> None:
    assert finding(text, verb, genre="dokument").severity.value == "warning"


# --- 3. rewrites: a clause keeps its *att*; an object the parse took for an adverb; a thing's use -----------------


def test_a_readers_example_in_a_clause_keeps_its_subjunction() -> None:
    # it had been *”Ni ska betala avgiften …”*, which dropped *att*
    assert (
        "”att ni ska betala avgiften …”" in finding("Vi påminner er om att avgiften ska betalas.", "betalas").suggestion
    )
    assert "”Du ska betala avgiften …”" in finding("Avgiften ska betalas senast den 30 juni.", "betalas").suggestion


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Därefter körs avfallet bort till deponin.", "”(Vem?) kör bort avfallet …”"),  # had been *(Vem?) kör …*
        ("Sedan hämtas kärlet upp av bilen.", "”Bilen hämtar upp kärlet …”"),
    ],
)
def test_the_object_of_an_inverted_clause_stays(text: str, example: str) -> None:
    assert example in finding(text, text.split()[1], genre="dokument").suggestion


def test_how_a_thing_is_used_is_information() -> None:
    # it had been a warning with *hur vi använder ett hus …*
    found = finding("Du kan läsa om hur ett hus används som skola.", "används", genre="webbsida")
    assert (found.severity.value, found.suggestion) == ("info", None)


@pytest.mark.parametrize(
    "text",
    ["Du kan läsa om hur lokalen används som skola.", "Du kan läsa om hur ett hus ska användas."],
)
def test_a_definite_things_use_or_a_use_with_a_modal_still_warns(text: str) -> None:
    assert finding(text, "anv", genre="webbsida").severity.value == "warning"
