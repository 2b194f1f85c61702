"""long-paragraph's message counts as Swedish does (retest-surface, session 45)."""

from __future__ import annotations

from klarlint.linter import lint_text


def _message(text: str) -> str:
    [finding] = [f for f in lint_text(text).files[0].findings if f.rule == "long-paragraph"]
    return finding.message


def test_one_sentence_is_one_mening() -> None:
    sentence = " ".join(["Vi"] + ["behandlar ansökan"] * 70) + "."
    assert _message(sentence).startswith("Stycket har 1 mening och 141 ord (")


def test_a_paragraph_with_no_prose_sentence_is_told_its_words_grouped() -> None:
    line = " ".join(["ord123"] * 1500)
    message = _message(line)
    assert message.startswith("Stycket har 1\u00a0500 ord (vi rekommenderar högst 120 ord)")
    assert "meningar" not in message.split("(")[0]


def test_many_sentences_are_meningar() -> None:
    text = " ".join(["Vi har fått din ansökan om bygglov och vi ska läsa den noga."] * 12)
    assert _message(text).startswith("Stycket har 12 meningar och 156 ord (vi rekommenderar högst 7 meningar och")
