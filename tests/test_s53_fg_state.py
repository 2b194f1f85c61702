"""Session 53, state-passive: a predicative noun, and states that are what a thing is."""

from __future__ import annotations

import pytest

from conftest import lint_text


def state_passives(text: str) -> list[str]:
    return [f.message for f in lint_text(text).findings if f.rule == "state-passive"]


@pytest.mark.parametrize(
    "text",
    [
        "Energimyndigheten är tillsynsmyndighet.",  # energy re-test s53 08: a noun in *-het*, no participle
        "Det är skillnad.",
        "Tullverket har skäl att misstänka att varorna är förfalskade.",  # customs re-test s53 03: fake
        "Vi har hållit kvar en försändelse som är adresserad till dig.",  # customs re-test s53 02: whom it is for
        "Hunden ska vara id-märkt med ett chip.",  # customs re-test s53 08: as *märkt*
        "Hunden ska vara vaccinerad mot rabies.",  # its immunity
    ],
)
def test_what_a_thing_is_is_no_state_passive(text: str) -> None:
    assert state_passives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ansökan är avslagen.",  # a participle the tagger takes for a noun (*avslag*) is still one
        "Beslutet är fattat.",
        "Brevet är adresserat.",  # no *till*: who addressed it may matter
        "Ärendet är e-postat.",  # a hyphen's last part that is no adjective
    ],
)
def test_a_participle_is_still_a_state_passive(text: str) -> None:
    assert len(state_passives(text)) == 1


def test_a_pronoun_agent_is_named_in_its_subject_form() -> None:
    [message] = state_passives("Ansökan ska vara underskriven av dig.")
    assert "låt ”du” vara subjekt" in message
