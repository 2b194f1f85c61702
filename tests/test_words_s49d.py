"""Session 49's third word-list round (the county, democracy and legal re-tests): a pronoun subject before an
s-passive, an agency's regulations title, an election result that is fastställt, and participles used as adjectives."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _jargon(text: str, word: str):  # noqa: ANN202 (a Finding)
    [found] = [f for f in lint_text(text).findings if f.rule == "jargon" and f.text == word]
    return found


# --- 1: *innan den påbörjas* is a present: *börjar*, never the infinitive (--fix wrote *innan den börja*) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Ansökan måste skickas in innan den påbörjas.",  # county re-test s49, 07
        "Vi meddelar dig när det påbörjas.",
        "Skicka ansökan innan arbetet påbörjas.",  # a noun subject, as before
    ],
)
def test_a_pronoun_subject_makes_the_s_form_a_present(text: str) -> None:
    assert _jargon(text, "påbörjas").replacements == ("börjar",)


@pytest.mark.parametrize(
    ("text", "replacements"),
    [
        ("Arbetet ska påbörjas i maj.", ()),  # after a modal: advice (jargon.tsv, session 43)
        ("Hur den ska påbörjas bestäms senare.", ()),
    ],
)
def test_an_infinitive_after_a_modal_is_no_present(text: str, replacements: tuple) -> None:
    assert "börjar" not in _jargon(text, "påbörjas").replacements
