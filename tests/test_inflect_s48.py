"""An acronym's spelled-out replacement keeps its own case (language re-test s48: FAQ → VANLIGA FRÅGOR)."""

from __future__ import annotations

from klarlint import lint_text
from klarlint.nlp.inflect import match_case


def test_an_acronym_spelled_out_in_words_is_not_shouted():
    assert match_case("vanliga frågor", "FAQ") == "vanliga frågor"
    assert match_case("för kännedom", "FYI") == "för kännedom"
    [found] = [f for f in lint_text("Läs vår FAQ om bygglov innan du ansöker.").findings if f.rule == "anglicism"]
    assert found.suggestion == "vanliga frågor"


def test_a_shouted_word_and_a_one_word_acronym_keep_the_capitals():
    assert match_case("inte", "EJ") == "INTE"
    assert match_case("ska", "SKALL") == "SKA"
    assert match_case("vd", "CEO") == "VD"
    assert match_case("fick", "Erhöll") == "Fick"
    assert match_case("få alla uppgifter", "ERHÅLLA") == "FÅ ALLA UPPGIFTER"  # a long word: shouting, not an acronym
