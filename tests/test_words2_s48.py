"""Session 48's second word-list round: a fix check's wrong one-click fixes (*samt* → *och* across an *eller*, *se
till att* for a guideline), a crisis re-test's missed phrases and replacements that did not fit the sentence."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str = "jargon") -> list:  # Findings
    return [f for f in lint_text(text).findings if f.rule == rule]


def _one(text: str, word: str, rule: str = "jargon"):  # noqa: ANN202 (a Finding)
    [found] = [f for f in _found(text, rule) if f.text.lower() == word.lower()]
    return found


def _texts(text: str, rule: str = "jargon") -> list[str]:
    return [f.text for f in _found(text, rule)]


# --- fix check WRONG 1: *samt* after an *eller* joins the groups, not the words -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "journalhandling: framställning i skrift eller bild samt upptagning som kan läsas, avlyssnas eller på annat "
        "sätt uppfattas endast med tekniskt hjälpmedel.",
        "Du kan ringa eller mejla samt besöka oss på kontoret.",
    ],
)
def test_samt_after_eller_separates_groups(text: str) -> None:
    assert "samt" not in _texts(text)


def test_samt_alone_is_still_och() -> None:
    assert _one("Ta med legitimation samt intyg från arbetsgivaren.", "samt").replacements == ("och",)
