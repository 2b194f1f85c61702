"""The minutes' decision line keeps *bifalla* unless the writer rewrites the whole decision (fix check s52: --fix had
made a certified extract of the minutes say *att godkänna medborgarförslaget, och*)."""

from __future__ import annotations

import pytest

from klarlint import lint_text


def bifalla(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.replacements) for f in lint_text(text).findings if f.rule == "jargon" and "bifall" in f.text]


@pytest.mark.parametrize(
    "text",
    [
        "Arbetsutskottet föreslår kommunstyrelsen besluta\natt bifalla medborgarförslaget, samt\natt uppdra åt "
        "förvaltningen att utreda frågan.",
        "Kommunstyrelsen beslutar att bifalla motionen.",
        "- att bifalla ansökan om bidrag.",
    ],
)
def test_a_decision_line_gets_advice_only(text: str) -> None:
    assert bifalla(text) == [("bifalla", ())]


def test_bifalla_elsewhere_is_still_replaced() -> None:
    assert bifalla("Nämnden kan bifalla din ansökan om du skickar in intyget.") == [("bifalla", ("godkänna",))]


def test_a_suggestion_that_moves_the_adverb_marks_it_too() -> None:
    # round 172, blind: *medföljer* → *följer också med* read as a word for *medföljer* alone gave *… också med också*
    found = [(f.text, f.suggestion) for f in lint_text("En delegation medföljer också.").findings if f.rule == "jargon"]
    assert found == [("medföljer också", "följer också med")]
    plain = [(f.text, f.replacements) for f in lint_text("Handlingarna medföljer.").findings if f.rule == "jargon"]
    assert plain == [("medföljer", ("följer med",))]


def test_ges_mojlighet_offers_kunna_first() -> None:
    # round 172, blind: *fler ska ges möjlighet att lämna en våldsam situation* → *få* read as being allowed to leave
    text = "I syfte att fler ska ges möjlighet att lämna en våldsam situation."
    [suggestion] = [f.suggestion for f in lint_text(text).findings if f.rule == "nominalization"]
    assert suggestion == "Skriv med verbet ”kunna / få”"
