"""Session 53, impersonal-man: the address form as the subject of a relative clause without *som*."""

from __future__ import annotations

import pytest

from conftest import lint_text


def address_suggestion(text: str, word: str) -> str | None:
    found = [f for f in lint_text(text).findings if f.rule == "impersonal-man" and f.text == word]
    assert len(found) == 1, found
    return found[0].suggestion


def test_the_address_form_after_a_noun_and_before_its_finite_verb_is_the_subject() -> None:
    # agri re-test s53 10: *från den dag klaganden fick del av beslutet* had been told *dig*
    text = "Överklagandet ska ha kommit in inom tre veckor från den dag klaganden fick del av beslutet."
    assert address_suggestion(text, "klaganden") == "du"


@pytest.mark.parametrize(
    "text",
    [
        "När vi har hört klaganden kan vi fatta beslut i ärendet.",  # after a verb: the object, though a verb follows
        "Vi skickar beslutet till klaganden inom tre veckor.",  # after a preposition, no verb after it
    ],
)
def test_the_address_form_as_an_object_is_still_dig(text: str) -> None:
    assert address_suggestion(text, "klaganden") == "dig"
