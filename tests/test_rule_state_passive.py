"""state-passive: vara + perfect participle, information only, a rule of its own."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts
from klarlint.rules.base import Severity

RULE = "state-passive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Din ansökan är avslagen.", "är avslagen"),
        ("Beslutet är fattat sedan länge.", "är fattat"),
        ("Mötet är inställt.", "är inställt"),
        ("Texten är skriven på lätt svenska.", "är skriven"),
        ("Kontoret var stängt i går.", "var stängt"),
    ],
)
def test_flags_vara_with_participle(text: str, expected: str) -> None:
    report = lint_text(text)
    assert rule_texts(report, RULE) == [expected]
    [finding] = [f for f in report.findings if f.rule == RULE]
    assert finding.severity is Severity.INFO
    assert rule_texts(report, "passive-voice") == []  # not counted twice


@pytest.mark.parametrize(
    "text",
    [
        "Han är intresserad av musik.",
        "Hon är anställd hos oss.",
        "Vi är nöjda med beslutet.",
        "Hon är känd för sina böcker.",
        "Det är viktigt att du svarar.",
        "Alla är välkomna.",
        "Det är spännande.",
        "Det är bättre nu.",
        "Vi är beredda att hjälpa till.",
    ],
)
def test_leaves_adjectives_alone(text: str) -> None:
    assert rule_texts(lint_text(text), RULE) == []


def test_names_the_agent_when_the_text_does() -> None:
    [finding] = [f for f in lint_text("Reglerna är beslutade av riksdagen.").findings if f.rule == RULE]
    assert "riksdagen" in finding.message


def test_can_be_turned_off() -> None:
    assert rule_texts(lint_text("Din ansökan är avslagen.", disable=[RULE]), RULE) == []
