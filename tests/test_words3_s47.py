"""jargon: the region re-test's clear misses (session 47): *senarelägga*, *vid förekomst av*, *kommer till
verksamhetens kännedom*, *medfölja*, *medräkna* and *medföra* in its sense *ta med* (never *leda till*)."""

from __future__ import annotations

from conftest import lint_text


def findings(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, suggestion, replacements) of the jargon findings."""
    report = lint_text(text, "text", enable=["jargon"])
    return [(f.text, f.suggestion, f.replacements) for f in report.findings if f.rule == "jargon"]


def found(text: str) -> list[str]:
    return [words for words, _, _ in findings(text)]


VACCINATION = "Vid förekomst av feber på vaccinationsdagen bör vaccinationen senareläggas."


def test_vid_forekomst_av_is_advice() -> None:
    """Region MISSED 1: the reader is the one who has the fever, which the phrase cannot say by itself."""
    assert ("Vid förekomst av", "Om du har / Om det finns", ()) in findings(VACCINATION)
    assert found("Förekomsten av mögel i huset är utredd.") == []


def test_senarelagga_is_skjuta_upp() -> None:
    assert "senareläggas" in found(VACCINATION)
    assert findings("Regeringen har senarelagt ikraftträdandet med ett år.") == [
        ("senarelagt", "skjutit upp", ("skjutit upp",))
    ]
    assert found("Mötet hölls senare på dagen.") == []


def test_kannedom_after_komma_till_and_an_owner() -> None:
    """Region MISSED 3: *komma till vår kännedom* was listed, another owner (*verksamhetens*) was not."""
    text = "Du kan vara säker på att dina synpunkter kommer till verksamhetens kännedom."
    assert findings(text) == [("kännedom", "få veta", ())]
    assert found("Uppgiften kom till hans kännedom i våras.") == ["kännedom"]


def test_kannedom_elsewhere_is_left_alone() -> None:
    assert found("Kunskapen har kommit till användning i arbetet.") == []
    assert found("Målet är att öka kundernas kännedom om tjänsten.") == []
    assert found("Barnen kommer till skolan klockan åtta.") == []
