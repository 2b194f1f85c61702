"""passive-voice, session 50's third wave (the tax, integration, care and water re-tests): a doer named after a
phrase between the verb and *av* (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding

HIDDEN = "döljer"


def passives(text: str, word: str) -> list:
    """The passive-voice findings of ``text`` whose span starts with ``word``."""
    found = [f for f in lint_text(text, genre="brev").findings if f.rule == "passive-voice"]
    return [f for f in found if text[f.start : f.end].startswith(word)]


# --- 1. a doer after a phrase between the verb and *av* ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        (
            "Planen följs upp var tredje månad av din handläggare.",
            "följs",
            "”Din handläggare följer upp planen …”",
        ),
        (
            "Du har anvisats till Lindås kommun av Migrationsverket enligt lagen om mottagande.",
            "anvisats",
            "”Migrationsverket har anvisat dig …”",
        ),
    ],
)
def test_a_doer_after_a_phrase_is_named(text: str, word: str, active: str) -> None:
    # had been a warning: the reader told to follow the plan up (*Följ upp planen*), the sender to assign (*Vi har
    # anvisat dig*)
    found = finding(text, word, genre="brev")
    assert found.severity == "info" and HIDDEN not in found.message
    assert active in (found.suggestion or "")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bilen används varje dag av din familj.", "används"),  # *familj* is no role: left to the parse
        ("Boken lånades till Lunds bibliotek av misstag.", "lånades"),  # a reason, not a doer
    ],
)
def test_no_doer_after_the_phrase_stays_hidden(text: str, word: str) -> None:
    found = finding(text, word, genre="brev")
    assert found.severity == "warning" and HIDDEN in found.message


# --- 2. no doer at all: a change by itself ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Våtservetter och bindor löses inte upp i vatten.", "löses"),  # dissolve
        ("Plasten bryts ned i naturen.", "bryts"),  # decay
        ("Målet är att du ska kunna försörja dig och utvecklas i Sverige.", "utvecklas"),  # develop oneself
        ("Barnen ska lära sig och utvecklas i förskolan.", "utvecklas"),
        ("Efter ett avbrott kan vattnet bli missfärgat en stund.", "bli"),  # a colour the water takes
        ("Har du valt att kompostera själv blir avgiften lägre.", "blir"),  # the fee, then what it becomes
    ],
)
def test_a_change_by_itself_is_no_passive(text: str, word: str) -> None:
    assert passives(text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Föreningen löses upp.", "löses"),  # someone dissolves an association
        ("Ärendet bryts ned i delar.", "bryts"),  # no medium: someone splits it
        ("Verksamheten ska planeras och utvecklas.", "utvecklas"),  # joined to a passive
        ("Om du ansöker sent blir beslutet ändrat.", "blir"),  # a participle after the noun
    ],
)
def test_someones_act_stays_a_passive(text: str, word: str) -> None:
    assert passives(text, word) != []
