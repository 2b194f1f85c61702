"""passive-voice, session 46 round 2 (writer5's re-test): *av respektive gruppledare* names the doer, a thing misused,
stolen or lost is not the sender's act, and what the library registers is not the reader's task (real model, spaCy
only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. a distributive before one noun after *av* names who acts (*av respektive gruppledare*) ---------------------


@pytest.mark.parametrize(
    ("text", "example", "genre"),
    [
        (
            "Gruppmöten hålls kl. 16.30. Lokal meddelas av respektive gruppledare.",
            "”Respektive gruppledare meddelar lokal",
            "dokument",
        ),
        ("Lokalen meddelas av respektive gruppledare.", "”Respektive gruppledare meddelar lokalen", "brev"),
        ("Avgiften betalas av respektive kommun.", "”Respektive kommun betalar avgiften", "brev"),
    ],
)
def test_av_respektive_names_the_doer(text: str, example: str, genre: str) -> None:
    # the parse had tagged *respektive gruppledare* as adverbs: a warning that the doer was hidden, *(Vem?) meddelar*
    found = finding(text, "meddelas" if "meddelas" in text else "betalas", genre=genre)
    assert found.severity.value == "info"
    assert "säger vem som gör det" in found.message
    assert example in found.suggestion


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Lokal meddelas senare.", "meddelas"),
        ("Lokal meddelas av respektive förvaltnings chef och ordförande.", "meddelas"),  # more than one noun: left
    ],
)
def test_without_a_distributive_doer_the_doer_is_still_hidden(text: str, verb: str) -> None:
    found = finding(text, verb)
    assert "säger vem som gör det" not in found.message
    assert "Respektive" not in (found.suggestion or "")
