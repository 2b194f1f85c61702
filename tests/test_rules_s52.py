"""Session 52's re-tests (property, permits, registry, adult education, funeral): state passives, nominal style,
relative *vilken*, numbers, abbreviations."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, fmt: str = "text", **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


def _texts(text: str, rule: str, fmt: str = "text", **settings: str) -> list[str]:
    return [found for found, _ in _found(text, rule, fmt, **settings)]


# --- state-passive: a structure, a designation, a closing, software up to date, under the influence -----------------


@pytest.mark.parametrize(
    "text",
    [
        "SFI är indelad i tre studievägar.",
        "Parkera på platser som är reserverade för rörelsehindrade.",
        "Krematoriet i Åsby är stängt 12-23 januari för byte av filter.",
        "Om du inte kan logga in, kontrollera först att din BankID-app är uppdaterad.",
        "Det var lugnt i lokalen och vi såg inga gäster som var påverkade.",
        "Han var påverkad av alkohol.",
    ],
)
def test_states_nobody_brought_about_are_no_state_passive(text: str) -> None:
    assert _texts(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Registret är uppdaterat.", "är uppdaterat"),  # not software: someone updated it
        ("Området är påverkat av bygget.", "är påverkat"),  # a cause named, not a drug
        ("Rummet är reserverat av skolan.", "är reserverat"),  # a doer named
        ("Platsen ska vara reserverad för oss.", "vara reserverad"),  # a requirement
        ("Ditt konto är stängt.", "är stängt"),  # not a place
        ("Ärendet är indelat.", "är indelat"),  # no *i*: no structure told
    ],
)
def test_other_state_passives_are_still_flagged(text: str, span: str) -> None:
    assert _texts(text, "state-passive") == [span]
