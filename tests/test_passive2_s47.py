"""passive-voice, session 47 round 2 (the bench's and agency's re-tests): a house whose use the reader changes,
questions put to a named contact, a reader pronoun inside a clause, a time adverbial or a direction after the verb
(real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. *ändra hur ett hus används*: the reader changes the use, the municipality uses no house ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vill du bygga ett nytt hus, bygga till ditt hus eller ändra hur ett hus används?",
        "Du behöver bygglov om du vill ändra hur en lokal används.",
    ],
)
def test_a_thing_whose_use_the_reader_changes_is_information(text: str) -> None:
    # it had been a warning with *hur vi använder ett hus …*
    found = finding(text, "används", genre="webbsida")
    assert found.severity.value == "info"
    assert found.suggestion is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Du kan ändra hur parken sköts.", "sköts"),  # a definite thing: its keeper may be the sender
        ("Du kan läsa om hur en ansökan prövas.", "prövas"),  # the reader reads, changes nothing
    ],
)
def test_a_way_the_reader_does_not_change_still_warns(text: str, verb: str) -> None:
    assert finding(text, verb, genre="webbsida").severity.value == "warning"
