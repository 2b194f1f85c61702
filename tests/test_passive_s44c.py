"""passive-voice: the blind surface re-tester's side findings of session 44 (retest-surface.md §8; real model,
spaCy only): a capitalised *Dags* is no s-passive, and a channel or meeting after the doer is not part of it."""

from __future__ import annotations

from conftest import lint_text
from conftest import passive_finding as finding


def passives(text: str) -> list:
    return [f for f in lint_text(text).findings if f.rule == "passive-voice"]


def test_dags_at_a_heading_s_start_is_no_passive() -> None:
    # *Dags att söka* had *”Dags” är passiv form* with the example *(Vem?) Dager …*: the tagger made up a verb *daga*
    for text in ["Dags att söka", "Dags att ansöka", "Dags för skolval", "Dags att anmäla sig", "Nu är det dags."]:
        assert passives(text) == [], text
    assert passives("Inte en dag för tidigt") == []
    # must flag: real passives, also beside *dag* words and under such a heading
    assert finding("Ansökan lämnas in senast den 1 mars.", "lämnas").suggestion == (
        "Skriv aktivt, till exempel ”(Vem?) lämnar in ansökan …”"
    )
    assert finding("Beslutet fattas dagligen av nämnden.", "fattas").suggestion == (
        "Skriv aktivt, till exempel ”Nämnden beslutar …”"
    )
    assert len(passives("Dags att söka\n\nAnsökan lämnas in senast den 1 mars.")) == 1


def test_a_channel_or_meeting_after_the_doer_is_not_part_of_it() -> None:
    # the example had been *Vårdnadshavaren i e-tjänsten anmäler …*
    cases = [
        ("Anmälan görs av vårdnadshavaren i e-tjänsten.", "görs", "vårdnadshavaren", "Vårdnadshavaren anmäler …"),
        ("Ansökan görs av den sökande på blanketten.", "görs", "den sökande", "Den sökande ansöker …"),
        (
            "Ärendet behandlas av ledamöterna i nämnden vid sammanträdet.",
            "behandlas",
            "ledamöterna i nämnden",
            "Ledamöterna i nämnden behandlar ärendet …",
        ),
    ]
    for text, verb, doer, example in cases:
        found = finding(text, verb)
        assert f"(”{doer}”)" in found.message, text
        assert found.suggestion == f"Skriv aktivt, till exempel ”{example}”", text
    # must keep: a doer's own place or field stays in it
    assert finding("Bedömningen görs av personal i förskola och skola.", "görs").suggestion == (
        "Skriv aktivt, till exempel ”Personal i förskola och skola bedömer …”"
    )
    assert finding("Ansökningar har lämnats in av 42 föreningar i Exempelby.", "lämnats").suggestion == (
        "Skriv aktivt, till exempel ”42 föreningar i Exempelby har lämnat in ansökningar …”"
    )
