"""An indirect question's active keeps the preposition that governs its question phrase (the corpus's shape check,
session 52: *utreda i vilka fall planen ska användas* had the example *vilka fall (Vem?) ska använda …*)."""

from __future__ import annotations

from klarlint import lint_text


def suggestion(text: str, word: str) -> str:
    return next(f.suggestion for f in lint_text(text).findings if f.rule == "passive-voice" and f.text == word)


def test_a_question_phrase_keeps_its_preposition() -> None:
    text = "Myndigheterna ska utreda i vilka fall den nationella planen ska användas."
    assert "”i vilka fall (Vem?) ska använda den nationella planen" in suggestion(text, "användas")
    funded = "Vi vill veta med vilka pengar projektet har finansierats."
    assert "”med vilka pengar vi har finansierat projektet" in suggestion(funded, "finansierats")


def test_a_question_phrase_with_no_preposition_stays_as_it_was() -> None:
    assert "”vilka åtgärder vi ska vidta" in suggestion("Vi berättar vilka åtgärder som ska vidtas.", "vidtas")
