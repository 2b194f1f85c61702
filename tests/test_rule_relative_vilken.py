"""relative-vilken: relative vilken/vilket/vilka after a noun; never the interrogative or clause-summing kind."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

MUST_FLAG = [
    ("Vi har två handläggare, vilka arbetar med bygglov.", "vilka"),
    ("Kommunen har en policy vilken gäller alla anställda.", "vilken"),
    ("Ansökan, vilken ska vara skriftlig, skickas till oss.", "vilken"),
    ("Beslutet, vilket fattades i går, gäller från i dag.", "vilket"),
    ("De dokument vilka ligger till grund för beslutet finns på webben.", "vilka"),
    ("Vi anställer tre nya handläggare, vilka börjar i maj.", "vilka"),
]

MUST_NOT_FLAG = [
    # vilket summing up the clause before: no "som" possible
    "Vi har ändrat beslutet, vilket innebär att du får pengar.",
    "Vi höjer avgiften nästa år, vilket innebär att du betalar mer.",
    "Kommunen har infört ett nytt system, vilket gör det lättare att söka.",
    "Vi har fått pengar, vilket är bra.",
    "Vilket innebär att du måste vänta.",
    # questions and indirect questions
    "Vilken blankett ska jag använda?",
    "Vilka regler gäller?",
    "Vet du vilken handläggare du har?",
    "Du bestämmer vilken du vill ha.",
    "Därför avgör avsändaren vilka som ska få tillgång till den.",
    "Vi vet inte vilka regler som gäller.",
    "Vi frågade handläggaren vilken hon valde.",
    # fixed phrases and prepositional relatives
    "I vilket fall som helst kommer vi.",
    "Den dag på vilken du kom var kall.",
    "Det finns regler enligt vilka du måste ansöka.",
    # plain som
    "Vi har två handläggare som arbetar med bygglov.",
]


@pytest.mark.parametrize(("sentence", "expected"), MUST_FLAG)
def test_flags_relative_vilken(sentence: str, expected: str) -> None:
    findings = [f for f in lint_text(sentence).findings if f.rule == "relative-vilken"]
    assert [(f.text, f.suggestion) for f in findings] == [(expected, "som")]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_does_not_flag_questions_clause_reference_or_prepositions(sentence: str) -> None:
    assert rule_texts(lint_text(sentence), "relative-vilken") == []
