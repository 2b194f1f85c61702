"""Session 51's second round of re-tests (environment, employment, family, easy-to-read): state passives, nominal
style, relative *vilken*, long words, long sentences, numbers."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, fmt: str = "text", **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


def _texts(text: str, rule: str, fmt: str = "text", **settings: str) -> list[str]:
    return [found for found, _ in _found(text, rule, fmt, **settings)]


# --- long-sentence: a statute's title ends before a finite verb -----------------------------------------------------

STATUTE_RUNS_ON = (
    "Felaktigt utbetald ersättning ska enligt 68 § lagen (1997:238) om arbetslöshetsförsäkring återbetalas om den "
    "enskilde genom oriktiga uppgifter eller genom underlåtenhet att fullgöra uppgifts- eller anmälningsskyldighet "
    "har orsakat att ersättning har lämnats felaktigt eller med för högt belopp."
)


def test_a_statute_title_ends_before_the_sentence_verb() -> None:
    assert len(_texts(STATUTE_RUNS_ON, "long-sentence")) == 1


def test_a_long_statute_title_still_counts_as_one_word() -> None:
    text = (
        "Du kan läsa mer i lagen (2018:585) om skydd för personuppgifter vid behandling av uppgifter om hälsa och "
        "om ersättning vid tillfällig föräldrapenning för vård av barn med allvarlig sjukdom i hemmet."
    )
    assert _texts(text, "long-sentence") == []


# --- state-passive: an adjective in consonant + t, and insured as a status ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Du skrev att pumpen är ny och att installatören lovat att den är tyst.",
        "Efter en lång dag är hon trött.",
        "Dagarna kan ges till en annan person som är försäkrad i Sverige.",
    ],
)
def test_an_adjective_and_a_status_are_no_state_passive(text: str) -> None:
    assert _texts(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Boken är köpt.", "är köpt"),
        ("Huset är sålt sedan i våras.", "är sålt"),
        ("Beslutet är fattat.", "är fattat"),
    ],
)
def test_a_participle_in_t_is_still_a_state_passive(text: str, span: str) -> None:
    assert _texts(text, "state-passive") == [span]
