"""state-passive, session 45: a participle + a preposition that describes the subject (*täckt med*, *anpassad
efter*) and a status at a place (*inskriven där*) hide nobody's act; a requirement (*ska vara anpassad*) still does."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

RULE = "state-passive"


@pytest.mark.parametrize(
    "text",
    [
        "Vi behöver ett intyg från Arbetsförmedlingen om att du är inskriven där.",
        "Taket är täckt med solceller och värmen från duschvattnet återvinns.",
        "Du får en introduktion som är anpassad efter dina erfarenheter.",
        "Lokalen är anpassad för rullstolar.",
        "Lådan är märkt med ditt namn.",
    ],
)
def test_a_description_or_status_is_no_finding(text: str) -> None:
    assert rule_texts(lint_text(text), RULE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Din ansökan är avslagen.", "är avslagen"),
        ("Beslutet är fattat.", "är fattat"),
        ("Ärendet är avslutat.", "är avslutat"),
        ("Taket är täckt.", "är täckt"),  # no preposition phrase: what covered it is not said
        ("Informationen ska vara anpassad efter målgruppens behov.", "vara anpassad"),  # a requirement
        ("Planen måste alltid vara anpassad till lagen.", "vara anpassad"),
        ("Ärendet är registrerat.", "är registrerat"),
    ],
)
def test_an_act_or_a_requirement_is_still_flagged(text: str, expected: str) -> None:
    assert rule_texts(lint_text(text), RULE) == [expected]


def test_a_table_cell_of_two_words_is_a_label_but_a_sentence_in_a_cell_is_not() -> None:
    """*Är avslutat* in a status column is a value (klarlint.prose.is_label_cell), *Ärendet är avslutat.* a clause."""
    table = "| Ärende | Status |\n|---|---|\n| Bygglov | Är avslutat |\n| Ansökan | Ärendet är avslutat. |\n"
    assert rule_texts(lint_text(table, "markdown"), RULE) == ["är avslutat"]
