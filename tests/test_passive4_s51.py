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


def test_er_before_a_noun_is_a_possessive_not_the_subject_ni() -> None:
    # the example had been *Ni handläggare har beslutat …* (family re-test s51)
    found = [f for f in lint_text("Beslutet har fattats av er handläggare.").findings if f.rule == "passive-voice"]
    assert "”Er handläggare har beslutat" in found[0].suggestion
    mine = [f for f in lint_text("Ansökan ska lämnas in av dig.").findings if f.rule == "passive-voice"]
    assert "”Du ska lämna in" in mine[0].suggestion


def test_a_particle_that_ends_an_inverted_sentence_stays_with_the_verb() -> None:
    # the example had been *Vi stänger …*, without *av* (employment re-test s51)
    found = [
        f for f in lint_text("Om du missar rapporten stängs din ersättning av.").findings if f.rule == "passive-voice"
    ]
    assert "stänger av" in found[0].suggestion
    named = [f for f in lint_text("Beslutet fattades av nämnden.").findings if f.rule == "passive-voice"]
    assert "”Nämnden beslutade" in named[0].suggestion
