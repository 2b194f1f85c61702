"""The reader's possessive written with a capital is no name in an av phrase (employment re-test s51: *en bedömning
att göras av Era behov* had named the reader's needs the doer)."""

from __future__ import annotations

from klarlint import lint_text


def passive(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.severity.value, f.message) for f in lint_text(text).findings if f.rule == "passive-voice"]


def test_capital_era_is_no_name_of_a_doer() -> None:
    found = passive("Vid samtalet kommer en bedömning att göras av Era behov av stöd.")
    assert len(found) == 1 and found[0][1] == "warning"
    assert "Era behov" not in found[0][2]


def test_a_named_body_after_av_stays_the_doer() -> None:
    found = passive("Olyckan har utretts av Statens haverikommission.")
    assert found[0][1] == "info" and "Statens haverikommission" in found[0][2]


def test_a_pronoun_doer_joined_to_another_stays_whole() -> None:
    # 0f5036a had cut *av dig eller ditt ombud* to *dig*, and the note no longer named the doer
    found = passive("Ansökan får lämnas in av dig eller ditt ombud.")
    assert "”dig eller ditt ombud”" in found[0][2]
    assert "(”dig”)" in passive("Beslutet ska följas upp av dig varje månad.")[0][2]
