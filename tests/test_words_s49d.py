"""Session 49's third word-list round (the county, democracy and legal re-tests): a pronoun subject before an
s-passive, an agency's regulations title, an election result that is fastställt, and participles used as adjectives."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _jargon(text: str, word: str):  # noqa: ANN202 (a Finding)
    [found] = [f for f in lint_text(text).findings if f.rule == "jargon" and f.text == word]
    return found


# --- 1: *innan den påbörjas* is a present: *börjar*, never the infinitive (--fix wrote *innan den börja*) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Ansökan måste skickas in innan den påbörjas.",  # county re-test s49, 07
        "Vi meddelar dig när det påbörjas.",
        "Skicka ansökan innan arbetet påbörjas.",  # a noun subject, as before
    ],
)
def test_a_pronoun_subject_makes_the_s_form_a_present(text: str) -> None:
    assert _jargon(text, "påbörjas").replacements == ("börjar",)


@pytest.mark.parametrize(
    ("text", "replacements"),
    [
        ("Arbetet ska påbörjas i maj.", ()),  # after a modal: advice (jargon.tsv, session 43)
        ("Hur den ska påbörjas bestäms senare.", ()),
    ],
)
def test_an_infinitive_after_a_modal_is_no_present(text: str, replacements: tuple) -> None:
    assert "börjar" not in _jargon(text, "påbörjas").replacements


# --- 2: *m.m.* ending an agency's regulations' title, after its statute book's designation (SJVFS, AFS …) -----------


def _abbreviations(text: str) -> list[str]:
    return [f.text for f in lint_text(text).findings if f.rule == "abbreviation"]


@pytest.mark.parametrize(
    "text",
    [
        "Reglerna finns i Statens jordbruksverks föreskrifter och allmänna råd (SJVFS 2019:18) om nötkreaturshållning "
        "inom lantbruket m.m.",  # county re-test s49, 03
        "Se Arbetsmiljöverkets föreskrifter (AFS 2023:1) om systematiskt arbetsmiljöarbete m.m. och följ dem.",
    ],
)
def test_mm_ending_an_agencys_regulations_title_is_left(text: str) -> None:
    assert "m.m." not in _abbreviations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Föreskrifterna (SJVFS 2019:18) gäller kor, får m.m.",  # no title: the writer's own list
        "Läs mer i föreskrifterna om jakt och fiske m.m.",  # no designation: not plainly a title
        "Enligt (SJVFS 2019:18) om kor, får m.m. ska du anmäla.",  # a comma: the writer's list
    ],
)
def test_mm_after_regulations_without_a_title_is_flagged(text: str) -> None:
    assert "m.m." in _abbreviations(text)


# --- 3: an election result is *fastställt* (the election law's word): advice only, never *bestämmas* ---------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Det slutliga resultatet och mandatfördelningen förväntas fastställas under nästa vecka.", "fastställas"),
        ("Valresultatet fastställdes i går.", "fastställdes"),
    ],
)
def test_a_fastställt_election_result_is_advice_only(text: str, word: str) -> None:
    found = _jargon(text, word)
    assert (found.suggestion, found.replacements) == (None, ())
    assert "blir klart" in found.message


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden fastställer taxan.",
        "Resultatet av mätningen används när vi fastställer taxan.",  # the result is not what is fastställt
    ],
)
def test_fastställa_a_decision_keeps_bestämma(text: str) -> None:
    assert _jargon(text, "fastställer").replacements == ("bestämmer",)
