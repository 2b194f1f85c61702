"""The two findings blind round 165 judged false: a speaker's hedge in a quotation, and *och härmed* (thereby)."""

from __future__ import annotations

from klarlint import lint_text
from klarlint.config import config_from_mapping
from klarlint.rules.base import Severity


def found(text: str, rule: str, config=None):
    return [f for f in lint_text(text, config=config).findings if f.rule == rule]


def test_a_double_negation_in_a_quotation_is_information_that_says_so():
    [quoted] = found("– Reglerna är inte helt oproblematiska, säger generaldirektören Nils Öberg.", "double-negation")
    assert quoted.severity is Severity.INFO and "citat" in quoted.message
    [own] = found("Reglerna är inte helt oproblematiska.", "double-negation")
    assert own.severity is Severity.WARNING and "citat" not in own.message


def test_the_quoted_option_turns_it_off_or_back_to_a_warning():
    text = "– Reglerna är inte helt oproblematiska, säger generaldirektören Nils Öberg."
    off = config_from_mapping({"rules": {"double-negation": {"quoted": "off"}}})
    assert found(text, "double-negation", off) == []
    warning = config_from_mapping({"rules": {"double-negation": {"quoted": "warning"}}})
    assert [f.severity for f in found(text, "double-negation", warning)] == [Severity.WARNING]


def test_och_harmed_is_thereby_not_the_formal_hereby():
    assert found("Vi vill upprätthålla och härmed förhoppningsvis utveckla förmågan.", "jargon") == []
    assert [f.text for f in found("Ledamöterna kallas härmed till sammanträde.", "jargon")] == ["härmed"]
