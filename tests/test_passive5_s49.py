"""passive-voice, session 49's fourth wave (the county board and democracy re-tests): an appeal is never the
sender's act (real model, spaCy only)."""

from __future__ import annotations

from conftest import lint_text


def found(text: str, word: str, fmt: str = "text", **settings: str) -> list:
    """The passive-voice findings of ``text`` whose flagged words start with ``word``."""
    report = lint_text(text, fmt, **settings)
    return [f for f in report.findings if f.rule == "passive-voice" and f.text.startswith(word)]


# --- 1. an appeal: the reader appeals, the deciding sender never does -----------------------------------------------

APPEAL = "Vi har beslutat att bilda naturreservatet. Beslutet kan överklagas till regeringen."


def test_an_appeal_is_offered_to_the_reader_only() -> None:
    [appeal] = found(APPEAL, "överklagas")
    assert "Du kan överklaga beslutet" in appeal.suggestion
    assert "Vi kan" not in appeal.suggestion


def test_a_decision_the_sender_makes_still_offers_vi() -> None:
    [lowered] = found("Vi har tagit emot din ansökan. Avgiften kan sänkas till regeringens nivå.", "sänkas")
    assert "Vi kan sänka avgiften" in lowered.suggestion
