"""Session 49's second word-list round (the verification of the first and the legal and HR re-tests): a light verb's
noun whose own verb is itself bureaucratic, phrases the legal re-tester missed and suggestions that lost a sense."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str = "jargon") -> list:  # Findings
    return [f for f in lint_text(text).findings if f.rule == rule]


def _texts(text: str, rule: str = "jargon") -> list[str]:
    return [f.text for f in _found(text, rule)]


# --- 2: *sker en reducering* is *minska*: *reducera* is jargon itself (jargon.tsv: reducera → minska) ----------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Om måltid ingår i konferensavgiften sker en reducering av traktamentet.", "sker en reducering"),
        ("Beslutet har lett till en reducering av kostnaderna.", "lett till en reducering"),
    ],
)
def test_reducering_with_a_light_verb_is_minska(text: str, span: str) -> None:
    [found] = _found(text, "nominalization")
    assert (found.text, found.suggestion) == (span, "Skriv med verbet ”minska”")


@pytest.mark.parametrize(
    "text",
    [
        "Reduceringen av traktamentet framgår av tabellen.",  # no light verb: nothing hidden
        "Vi har fått en reducering på tio procent.",
    ],
)
def test_reducering_without_a_light_verb_is_left(text: str) -> None:
    assert _found(text, "nominalization") == []
