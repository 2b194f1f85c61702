"""RuleInfo.defers_to: the linter drops a finding that another rule's finding on a longer phrase around it covers
(passive-voice defers to jargon). Decided on the findings, not on a copy of the other rule's word list."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.rules.registry import all_rules


def _rules_and_words(text: str, **settings) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in lint_text(text, **settings).findings]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Det bör påpekas att avgiften är oförändrad.", "Det bör påpekas att"),
        # a phrase of the list that is not written as a passive there (*föranleds av*): the passive note had said
        # "the text names the doer (förslagen i propositionen)", wrong, beside the jargon advice *beror på*
        ("Ändringarna föranleds av förslagen i propositionen.", "föranleds av"),
    ],
)
def test_a_passive_inside_a_jargon_phrase_gets_the_phrase_s_advice_only(text: str, phrase: str) -> None:
    assert _rules_and_words(text) == [("jargon", phrase)]


def test_with_jargon_off_the_passive_note_comes_back() -> None:
    # the note had been left out by reading jargon.tsv, so a writer who turned jargon off got nothing at all
    found = _rules_and_words("Det bör påpekas att avgiften är oförändrad.", disable=["jargon"])
    assert ("passive-voice", "påpekas") in found


def test_a_finding_of_the_same_words_is_kept() -> None:
    # two advices on one word: *erhålls* is jargon (*få*) and a passive that hides who gives it
    found = _rules_and_words("Intyget erhålls från kommunen.")
    assert ("jargon", "erhålls") in found
    assert ("passive-voice", "erhålls") in found


def test_a_passive_outside_the_phrase_is_kept() -> None:
    text = "Det bör påpekas att avgiften höjs nästa år."
    assert ("passive-voice", "höjs") in _rules_and_words(text)


def test_defers_to_names_registered_rules() -> None:
    ids = {rule.info.id for rule in all_rules()}
    for rule in all_rules():
        assert rule.info.defers_to <= ids, rule.info.id
        assert rule.info.id not in rule.info.defers_to


@pytest.mark.parametrize("text", ["De visas på Mina sidor.", "Filmen visas på bio i höst."])
def test_visa_pa_of_a_place_is_no_jargon_phrase_to_defer_to(text: str) -> None:
    # *visa på* (point to) matched the passive *visas på Mina sidor*, a place, and the passive note deferred to the
    # false phrase (tests/test_passive_suggestions.py caught it)
    found = _rules_and_words(text)
    assert not [rule for rule, _ in found if rule == "jargon"]
    assert ("passive-voice", "visas") in found


def test_visa_pa_that_points_to_something_is_still_jargon() -> None:
    assert ("jargon", "visar på") in _rules_and_words("Resultatet visar på ett underskott.")
