"""nominalization's ``verbal-noun`` sub-check: a verbal noun in -ande with its object after *av* (issue 13; a
writer's re-tester, session 45, missed *ett beviljande av bygglov* and *Beslut om borttagande av inlägg*)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.noun_chains import verb_of_verbal_noun


def _verbal_nouns(text: str) -> list[tuple[str, str, str | None]]:
    report = lint_text(text)
    return [
        (text[f.start : f.end], f.severity.value, f.suggestion) for f in report.findings if f.subcheck == "verbal-noun"
    ]


@pytest.mark.parametrize(
    ("sentence", "span", "verb"),
    [
        (
            "Nämnden bedömer att förutsättningar för ett beviljande av bygglov föreligger.",
            "ett beviljande av bygglov",
            "bevilja",
        ),
        ("Beslut om borttagande av inlägg ska dokumenteras.", "borttagande av inlägg", "ta bort"),
        ("Regeringen har beslutat om inrättande av en arbetsgrupp.", "inrättande av en arbetsgrupp", "inrätta"),
        ("Ett straffbeläggande av brott vore en skärpning.", "Ett straffbeläggande av brott", "straffbelägga"),
        ("Kommunen arbetar för framtagande av en plan.", "framtagande av en plan", "ta fram"),
    ],
)
def test_a_verbal_noun_with_its_object_is_information_with_the_verb(sentence: str, span: str, verb: str) -> None:
    assert _verbal_nouns(sentence) == [(span, "info", f"Skriv med verbet ”{verb}”")]


def test_the_message_shows_the_verb_with_its_object() -> None:
    report = lint_text("Beslut om borttagande av inlägg ska dokumenteras.")
    [finding] = [f for f in report.findings if f.subcheck == "verbal-noun"]
    assert "”att ta bort inlägg”" in finding.message


def test_a_longer_object_is_left_to_the_writer() -> None:
    """*ett genomförande av Europaparlamentets och rådets förordning*: the object goes on past a genitive; the advice
    gives the verb and an ellipsis, not half an object."""
    text = "De nya bestämmelserna är ett genomförande av Europaparlamentets och rådets förordning."
    [finding] = [f for f in lint_text(text).findings if f.subcheck == "verbal-noun"]
    assert text[finding.start : finding.end] == "ett genomförande av" and "”att genomföra …”" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Genomförandet av strategin är redan i gång.",  # the definite form: an established noun
        "Vi arbetar för ett effektivare genomförande av reformen.",  # an adjective the verb would lose
        "Sveriges genomförande av direktivet har dröjt.",  # a genitive says who: no article, no preposition
        "Insatserna gäller utbetalning av stöd och bekämpande av djursjukdomar.",  # one item of a list of nouns
        "Att kriminalisera förnekande av folkmord är ett viktigt steg.",  # a verb's object: a legal term
        "Ett gemensamt uttalande av medlemmarna publicerades.",  # a statement; av gives the speaker
        "Efter ett anförande av presidenten följer en paneldebatt.",
        "Sverige är i stort beroende av transporter.",  # a state, not an action
        "Vi är beroende av att hamnen är öppen.",
        "Deltagande kommuner får bidrag.",  # deltagande as an adjective
        "Deltagande i samhällsorientering erbjuds nyanlända.",  # no av
        "Du omfattas av lagen om mottagande av vissa nyanlända invandrare för bosättning.",  # a statute's name
        "Reglerna om erkännande av utländska äktenskap ska skärpas.",  # the subject of rules
        "Med beaktande av ovanstående beviljas ansökan.",  # a fixed preposition
        "Stämpelskatten tas ut vid beviljande av ansökan.",  # *vid att bevilja* is no Swedish
        "Handläggningen av ansökan tar tre veckor.",  # -ning: not this sub-check
    ],
)
def test_no_verbal_noun_finding_for_established_nouns_names_and_states(sentence: str) -> None:
    assert _verbal_nouns(sentence) == []


def test_a_chain_s_nouns_are_not_flagged_again() -> None:
    text = "Utvärderingen av genomförandet av satsningen visar att den fungerar."
    assert {f.subcheck for f in lint_text(text).findings if f.rule == "nominalization"} == {"noun-chain"}


def test_the_sub_check_can_be_turned_off_by_its_own_id() -> None:
    from klarlint.config import Config
    from klarlint.linter import lint_text as lint_with

    text = "Beslut om borttagande av inlägg ska dokumenteras."
    report = lint_with(text, Config(disable=frozenset({"verbal-noun"}))).files[0]
    assert not [f for f in report.findings if f.rule == "nominalization"]


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("beviljande", "bevilja"),
        ("borttagande", "ta bort"),
        ("återtagande", "återta"),
        ("utgivande", "ge ut"),
        ("tillgodoseende", "tillgodose"),
    ],
)
def test_the_verb_of_a_verbal_noun_by_its_form(noun: str, verb: str) -> None:
    assert verb_of_verbal_noun(noun) == verb
