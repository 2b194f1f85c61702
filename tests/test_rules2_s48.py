"""Session 48's second round (a crisis re-test, a verifier): *vederbörande som behöver …* is the reader, the sender's
own *man kan inte säga om …*, action nouns in -ering with *ske*, an hour range after *kl*, and *inte osannolikt* kept
a hedge."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


# --- 1. impersonal-man: *vederbörande som …* opening a clause is the reader -----------------------------------------


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Vederbörande som behöver hjälp med transport ombedes kontakta kommunen snarast.", "Du"),
        ("Du kan ringa oss. Vederbörande som har frågor kan ringa kommunen.", "Du"),
        ("Om du vill kan vederbörande som inte har fått svar ringa oss.", "du"),
    ],
)
def test_vederborande_with_its_own_relative_clause_is_the_reader(text: str, suggestion: str) -> None:
    assert _found(text, "impersonal-man") == [(text.split()[text.lower().split().index("vederbörande")], suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Du kan ringa vederbörande som handlägger ärendet.",  # after a verb: the official in charge
        "Kontakta vederbörande som handlägger ärendet.",
        "Vederbörande handläggare ska kontakta dig.",  # the old adjective
    ],
)
def test_vederborande_as_the_one_in_charge_keeps_ansvarig(text: str) -> None:
    assert [suggestion for _, suggestion in _found(text, "impersonal-man")] in (["ansvarig"], ["Ansvarig"])
