"""Word-list entries added in session 49, each with what it must flag and what it must leave."""

from __future__ import annotations

import pytest

from klarlint import lint_text


def jargon(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text).findings if f.rule == "jargon"]


# An opening that announces what the sentence will say (a writer re-test, session 48): strike it.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Vi vill informera om att biblioteket är stängt på måndag.", "vill informera om att"),
        ("Jag vill upplysa om att avgiften höjs.", "vill upplysa om att"),
        ("Vi ville informera om att mötet var flyttat.", "ville informera om att"),
    ],
)
def test_announcing_opening_is_flagged(text: str, flagged: str) -> None:
    assert (flagged, None) in jargon(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vill du informera om att du flyttar? Skicka ett mejl.",  # a question to the reader: the reader informs
        "Kommunen vill informera om hur avfallet sorteras.",  # *om hur*: the topic, not an announced sentence
        "Vi informerar om att vägen stängs.",  # no *vill*: the sentence says what it does
    ],
)
def test_other_uses_are_left(text: str) -> None:
    assert not [f for f in jargon(text) if "informera" in f[0] or "upplysa" in f[0]]


def findings(text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.replacements) for f in lint_text(text).findings if f.rule == rule]


def test_abbreviations_from_the_re_tests_are_written_out() -> None:
    """*åk* (årskurs) before a grade and *from.* (från och med): the HR and utility re-tests, session 49."""
    assert findings("Lägret är för elever i åk 6–9.", "abbreviation") == [("åk", ("årskurs",))]
    assert findings("Avgiften höjs from. den 1 mars 2027.", "abbreviation") == [("from.", ("från och med",))]
    assert findings("Åk hem om du är sjuk.", "abbreviation") == []  # the verb


def test_an_alarm_that_shall_take_place_is_raised() -> None:
    """*ska larm ske* hides *larma* (utility re-test, session 49); *larm* ends in no -ning, so it is listed."""
    assert findings("Vid olycka ska larm ske till SOS Alarm på 112.", "nominalization") == [("larm ske", ())]
    assert findings("Larmet går om brand uppstår.", "nominalization") == []


def fixes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.replacements) for f in lint_text(text).findings if f.rule == "jargon"]


def test_kan_komma_att_with_the_reader_as_subject_is_advice() -> None:
    """*du kan komma att delta* (may be required to) → *du kan delta* reads as an offer (fix re-test, session 49)."""
    assert fixes("Du kan komma att delta i kommunens beredskap.") == [("kan komma att", ())]
    assert fixes("Ni kan komma att kallas till intervju.") == [("kan komma att", ())]
    assert fixes("Vi kan komma att begära in dem.") == [("kan komma att", ("kan",))]
    assert fixes("Avgiften kan komma att höjas.") == [("kan komma att", ("kan",))]


def test_med_utgangspunkt_fran_before_a_name_is_advice() -> None:
    """*en nattpatrull med utgångspunkt från Centrums lokaler* is based there: *utifrån* would change the meaning."""
    assert fixes("Vi bildar en nattpatrull med utgångspunkt från Centrums lokaler.") == [("med utgångspunkt från", ())]
    assert fixes("Vi arbetar med utgångspunkt från barnens behov.") == [("med utgångspunkt från", ("utifrån",))]
