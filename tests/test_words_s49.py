"""Word-list entries added in session 49, each with what it must flag and what it must leave."""

from __future__ import annotations

import pytest

from klarlint import lint_text


def jargon(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text).findings if f.rule == "jargon"]


# An opening that announces what the sentence will say (a writer re-test, session 48): strike it.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Vi vill informera om att biblioteket är stängt på måndag.", "vill informera om att"),
        ("Jag vill upplysa om att avgiften höjs.", "vill upplysa om att"),
        ("Vi ville informera om att mötet var flyttat.", "ville informera om att"),
    ],
)
def test_announcing_opening_is_flagged(text: str, flagged: str) -> None:
    assert (flagged, None) in jargon(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vill du informera om att du flyttar? Skicka ett mejl.",  # a question to the reader: the reader informs
        "Kommunen vill informera om hur avfallet sorteras.",  # *om hur*: the topic, not an announced sentence
        "Vi informerar om att vägen stängs.",  # no *vill*: the sentence says what it does
    ],
)
def test_other_uses_are_left(text: str) -> None:
    assert not [f for f in jargon(text) if "informera" in f[0] or "upplysa" in f[0]]
