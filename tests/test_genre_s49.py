"""Session 49's re-test items for kind of text, sender, address and state passive (missing-sender, genre,
impersonal-man, state-passive): each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

# state-passive: a room closed for a renovation, a staffed place and a vehicle's register status are states


@pytest.mark.parametrize(
    "text",
    [
        "Du får hyresreduktion under de veckor då badrummet är avstängt.",
        "Ring hamnens driftcentral på 026-14 40 00, som är bemannad dygnet runt.",
        "Du behöver inte betala skatt för den tid som bilen är avställd.",
        "Kontoret är bemannat vardagar.",
    ],
)
def test_a_held_state_is_no_state_passive(text: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kontot är avstängt.", "är avstängt"),
        ("Receptionen är bemannad av vakter.", "är bemannad"),  # the doer named: the rule asks
        ("Badrummet var avstängt i går.", "var avstängt"),  # an occasion in the past
    ],
)
def test_an_act_is_still_a_state_passive(text: str, expected: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == [expected]
