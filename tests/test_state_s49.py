"""Session 49's second wave (democracy re-test): a party represented in a council is a status (state-passive), a
museum's name in a page's title or footer is the sender and an answer to an interpellation needs no contact route
(missing-sender), and *ske* after an action noun with its own phrase (nominalization)."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

# --- 1. state-passive: being represented in a body is a status ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Valsedlar för de partier som är representerade i riksdagen finns i alla vallokaler.",
        "Samtliga partier som är representerade i kommunfullmäktige har bjudits in.",
        "Sverige är representerat i styrelsen.",
    ],
)
def test_being_represented_is_a_status(text: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ansökan är avslagen.", "är avslagen"),
        ("Kandidaterna är nominerade av partiet.", "är nominerade"),
    ],
)
def test_an_act_beside_it_is_still_a_state_passive(text: str, expected: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == [expected]
