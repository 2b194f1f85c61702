"""and-or: och/eller and resp. are flagged; the adjective respektive and other slashes are not."""

from __future__ import annotations

import pytest

from conftest import lint_text

RULE = "and-or"


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text).findings if f.rule == RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Du kan betala med kort och/eller faktura.", [("och/eller", "eller")]),
        ("Du kan betala med kort och / eller faktura.", [("och / eller", "eller")]),
        ("Du kan betala med kort eller/och faktura.", [("eller/och", "eller")]),
        ("Avgiften är 200 resp. 300 kronor.", [("resp.", None)]),
    ],
)
def test_flags_and_or_and_resp(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


def test_message_explains_what_to_write_instead() -> None:
    [finding] = [f for f in lint_text("Ring och/eller skriv till oss.").findings if f.rule == RULE]
    assert "eller båda" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Cheferna och deras respektive medarbetare träffas i maj.",  # the adjective
        "Du kan ringa eller skriva, eller båda.",
        "Varje anställd ska söka den information han/hon behöver.",  # another slash pair
        "Läs mer på www.example.se/och/eller/sidan.",
        "Avdelningen för kultur/fritid svarar.",
    ],
)
def test_leaves_other_words_alone(text: str) -> None:
    assert found(text) == []
