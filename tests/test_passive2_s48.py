"""passive-voice, session 48's second round (the crisis re-test and the verification): who acts. A happening above a
clause of time names no doer, the reader's act in a text that speaks to the reader, an apposition's closing comma in
the rewrite, what a plan allows to be built (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

NAMED = "säger redan vem som gör det"
READER = "döljer att det är du (läsaren)"


# --- 1. a happening above a clause of time: *Bakterierna kom in … när en reservoar fylldes på* names no filler -------


def test_a_happening_above_a_time_clause_names_no_doer() -> None:
    text = (
        "Kokningsrådet gällde i sex dygn och berörde cirka 4 200 personer. Bakterierna kom sannolikt in i "
        "ledningsnätet när en reservoar fylldes på efter en reparation den 4 december."
    )
    assert NAMED not in finding(text, "fylldes", genre="pressmeddelande").message


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Nämnden fattar beslut när ansökan har behandlats.", "behandlats"),
        ("Länsstyrelsen följer utvecklingen. Styrelsen fattar beslut när rapporten har granskats.", "granskats"),
    ],
)
def test_an_actor_above_a_time_clause_still_names_the_doer(text: str, verb: str) -> None:
    assert NAMED in finding(text, verb).message
