"""Cited titles of statutes and reports: their words are not the writer's (issue 13, blind: false alarms on both)."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts


@pytest.mark.parametrize(
    "text",
    [
        "Regeringen har ändrat förordningen (2021:663) om arbetet med att säkerställa korrekta utbetalningar.",
        "Vi följer lagen (2018:585) om skydd för personuppgifter avseende barn.",
        "Regeringen har tagit emot betänkandet Ett starkare skydd mot brott med hatmotiv avseende kön (SOU 2023:80).",
        "I promemorian Tillse att tillsynen fungerar (Ds 2024:5) föreslås nya regler.",
        # a report after a possessive, and a title in quotation marks (round 88)
        "Beredningen lämnade sin rapport Tillse att tillsynen fungerar (Ds 2024:5) i går.",
        "Utredningen ”Tillse att tillsynen fungerar” lämnade sitt förslag i går.",
        # two statutes in a row: the first title had run on to the second, which then was not read as one
        "Det gäller lagen (2007:1091) om offentlig upphandling och lagen (2016:1145) om upphandling avseende försvar.",
    ],
)
def test_a_bureaucratic_word_in_a_cited_title_is_left_alone(text: str) -> None:
    assert rule_texts(lint_text(text), "jargon") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own words beside the title
        (
            "Regeringen har ändrat förordningen (2021:663) om utbetalningar. Vi ska säkerställa att det blir rätt.",
            ["säkerställa att"],
        ),
        # a number in parentheses is no title without the statute's kind or the report series
        ("Avseende punkt (2021:663) gäller samma sak.", ["Avseende"]),
        ("Enligt betänkandet ska vi tillse att reglerna följs (se sidan 4).", ["tillse"]),
    ],
)
def test_the_writers_own_words_are_still_flagged(text: str, expected: list[str]) -> None:
    assert rule_texts(lint_text(text), "jargon") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Enligt förordning (EU) nr 1169/2011 om tillhandahållande av livsmedelsinformation till konsumenterna ska det "
        "stå på förpackningen.",
        "Direktiv 2006/123/EG om tjänster på den inre marknaden gäller.",
    ],
)
def test_an_eu_acts_title_is_a_cited_title_for_every_rule(text: str) -> None:
    # one place for every rule (session 47: jargon and nominalization had each their own pattern for it)
    from types import SimpleNamespace

    from klarlint.titles import _find

    [(start, end)] = _find(SimpleNamespace(text=text))  # (it reads the block's text alone)
    assert text[start:].lower().startswith(("förordning (eu)", "direktiv 2006")) and text[end - 1] != "."
    report = lint_text(text)
    assert [f.text for f in report.findings if f.rule in {"jargon", "nominalization"}] == []
