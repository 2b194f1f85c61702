"""Session 48's re-tests (a writer, an agency, a school): the light verb's own action noun, *ske* and *medföra* with
action nouns, *koncentrerad till* as a description, double negations across a copula and a negated consequence,
and *man* or *sökanden* where the text does not speak to its reader."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


# --- 3. state-passive: a distribution ------------------------------------------------------------------------------


def test_koncentrerad_till_describes_where_something_is() -> None:
    text = "Frånvaron är koncentrerad till måndagar och till lektioner efter lunch."
    assert _found(text, "state-passive") == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Verksamheten är koncentrerad.", "är koncentrerad"),  # no *till*: someone may have concentrated it
        ("Utbildningen ska vara koncentrerad till hösten.", "vara koncentrerad"),  # a requirement
    ],
)
def test_koncentrerad_without_a_place_or_as_a_requirement_is_still_flagged(sentence: str, span: str) -> None:
    assert [found for found, _ in _found(sentence, "state-passive")] == [span]
