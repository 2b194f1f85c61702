"""A participle with the negating o- (oförändrad) is an adjective: bli + it is no passive (site tester s48)."""

from __future__ import annotations

import pytest

from klarlint import lint_text
from klarlint.grammar import negated_participle


def passives(text: str) -> list[str]:
    return [f.text for f in lint_text(text).findings if f.rule == "passive-voice"]


@pytest.mark.parametrize(
    "text",
    [
        "Skattesatsen blir oförändrad nästa år.",
        "Avgifterna blir oförändrade 2027.",
        "Priset blir oförändrat.",
        "Ansökan blev obehandlad i ett år.",
    ],
)
def test_bli_with_a_negated_participle_is_no_passive(text: str) -> None:
    assert passives(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rummet blev ordnat av vaktmästaren.", "blev ordnat"),  # ordna: a verb that begins with o
        ("Mötet blev organiserat av föreningen.", "blev organiserat"),
        ("Vägen blir avstängd i en vecka.", "blir avstängd"),
        ("Barnet blev omhändertaget.", "blev omhändertaget"),
    ],
)
def test_bli_with_a_verbs_own_participle_stays_a_passive(text: str, words: str) -> None:
    assert passives(text) == [words]


def test_the_lexicon_tells_the_negated_participle_from_a_verbs_own():
    assert all(map(negated_participle, ("oförändrad", "oförändrat", "obehandlade", "oläst", "obesvarad")))
    assert not any(map(negated_participle, ("ordnad", "organiserad", "opererad", "omhändertagen", "förändrad")))
