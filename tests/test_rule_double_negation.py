"""double-negation: negator + o-adjective, "inte utan", and two negations in one clause (real model)."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts
from klarlint.rules.double_negation import negated_adjectives

MUST_FLAG = [
    ("Det är inte ovanligt att det tar tid.", "inte ovanligt", "ganska vanligt"),
    ("Det är inte helt ovanligt att det tar tid.", "inte helt ovanligt", "ganska vanligt"),
    ("Frågan är ej obetydlig.", "ej obetydlig", "ganska betydande"),
    ("Det är inte omöjligt att vi hinner.", "inte omöjligt", "möjligt"),
    ("Resultatet var inte oväntat.", "inte oväntat", "väntat"),
    ("Det är inte oviktigt att du svarar.", "inte oviktigt", "ganska viktigt"),
    ("Inte ovanliga problem är förseningar.", "Inte ovanliga", "Ganska vanliga"),
    ("Han var inte ovillig att hjälpa.", "inte ovillig", "ganska villig"),
]

CLAUSE_FLAG = [
    ("Det finns ingen som inte vet det.", "ingen som inte"),
    ("Det finns inga regler som inte kan ändras.", "inga regler som inte"),
    ("Ingen kan inte se det.", "Ingen kan inte"),
    ("Han kom inte utan sin hund.", "inte utan"),
]

MUST_NOT_FLAG = [
    "Det är vanligt att det tar tid.",
    "Det är inte omfattande.",
    "Beslutet är inte officiellt än.",
    "Vi svarar inte ofta på sådana frågor.",
    "Det gäller inte området kring skolan.",
    "Du behöver inte omedelbart svara.",
    "Det står inte i ordningsreglerna.",
    "Om du inte svarar kan vi inte behandla ärendet.",
    "Du ska inte betala om du inte har fått en faktura.",
    "Vi har inga pengar och kan inte betala.",
    "Ingen behöver betala, och ingen får neka.",
    "Det gäller inte bara dig utan alla.",
    "Vi kan inte utan vidare ändra beslutet.",
    "Det är inte ett alternativ.",
]


@pytest.mark.parametrize(("sentence", "expected", "positive"), MUST_FLAG)
def test_flags_negated_o_adjective_with_positive_suggestion(sentence: str, expected: str, positive: str) -> None:
    findings = [f for f in lint_text(sentence).findings if f.rule == "double-negation"]
    assert [(f.text, f.suggestion) for f in findings] == [(expected, positive)]


@pytest.mark.parametrize(("sentence", "expected"), CLAUSE_FLAG)
def test_flags_two_negations_in_one_clause(sentence: str, expected: str) -> None:
    findings = [f for f in lint_text(sentence).findings if f.rule == "double-negation"]
    assert [(f.text, f.suggestion) for f in findings] == [(expected, None)]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_does_not_flag_o_words_or_negations_in_separate_clauses(sentence: str) -> None:
    assert rule_texts(lint_text(sentence), "double-negation") == []


def test_word_list_holds_only_o_words() -> None:
    adjectives = negated_adjectives()
    assert len(adjectives) > 30 and all(word.startswith("o") for word in adjectives)
    assert "omfattande" not in adjectives and "officiell" not in adjectives
