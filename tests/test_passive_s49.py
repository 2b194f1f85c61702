"""passive-voice, session 49 (the HR, legal and utility re-tests): whether a finding is made. A change of state in a
condition the parse took for a preposition, what worsens by itself, a period counted from a day, what counts as
something (with a negation), what an organisation's own rules regulate (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding

HIDDEN = "döljer vem som gör"


def passives(text: str, word: str, **settings: str) -> list:
    """The passive-voice findings of ``text`` whose span starts with ``word`` (none where no finding is made)."""
    found = [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]
    return [f for f in found if text[f.start : f.end].startswith(word)]


# --- 1. a change of state, nobody acts: *om verksamhetens behov ändras*, *om besvären förvärras* --------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the parse hangs *om* on *varsel* as a preposition: a condition all the same
        ("Chefen kan säga upp överenskommelsen med en månads varsel om verksamhetens behov ändras.", "ändras"),
        ("Eva ska meddela sin chef omedelbart om besvären förvärras.", "förvärras"),
        ("Ångerfristen är 14 dagar. Den börjar räknas från den dag du tar emot varan.", "räknas"),
    ],
)
def test_a_change_of_state_hides_no_doer(text: str, verb: str) -> None:
    assert all(HIDDEN not in f.message for f in passives(text, verb, genre="dokument"))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Reglerna om skatt ändras.", "ändras"),  # *om* inside the subject: someone changes the rules
        ("Vi vet att reglerna om skatt ändras nästa år.", "ändras"),
        ("Chefen kan säga upp avtalet om beslutet ska ändras.", "ändras"),  # a modal: someone decides
        ("Poängen räknas från protokollet efter tävlingen.", "räknas"),  # counted from a paper, by someone
        ("Om besvären förvärras av arbetet ska det ändras.", "ändras"),  # *det ska ändras*: the employer's act
    ],
)
def test_a_change_someone_makes_still_hides_the_doer(text: str, verb: str) -> None:
    assert HIDDEN in finding(text, verb, genre="dokument").message


# --- 2. classification and regulation by a document: *räknas inte som arbete*, *regleras i en egen riktlinje* ------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Resor mellan hemmet och arbetsplatsen räknas inte som arbete.", "räknas"),
        ("Gåvor till anställda och förtroendevalda regleras i en egen riktlinje.", "regleras"),
        ("Representation regleras i kommunens policy för representation.", "regleras"),
    ],
)
def test_what_a_rule_settles_hides_no_doer(text: str, verb: str) -> None:
    assert all(HIDDEN not in f.message for f in passives(text, verb, genre="dokument"))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Resorna räknas inte ut förrän i maj.", "räknas"),  # *räkna ut*: someone computes it
        ("Gåvor till anställda regleras i samband med bokslutet.", "regleras"),  # no rule named: who settles them?
    ],
)
def test_a_count_or_settlement_someone_makes_still_hides_the_doer(text: str, verb: str) -> None:
    assert HIDDEN in finding(text, verb, genre="dokument").message
