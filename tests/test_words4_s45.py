"""Word lists and nominal style in session 45, fourth wave (a third writer's re-test, web pages): *som är
tillämplig* → *som gäller* (the bare adjective's *som gäller* is advice), a sentence-opening imperative the tagger
took for a name (*Bifoga gärna* → *Skicka gärna med*, not *Lägga till*), *debitera* without *fakturera*, the
planning law's *tekniskt samråd*, *ske* with *anpassning*, *förtidsröstning*, *registrering* and *publicering*, and
*har möjlighet att* after a relative clause; each with the innocent uses it must leave alone."""

from __future__ import annotations

import pytest

from conftest import lint_text


def found(text: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, suggestion, replacements) of the rule's findings."""
    return [(f.text, f.suggestion, f.replacements) for f in lint_text(text).findings if f.rule == rule]


# --- 1. tillämplig after a copula ---------------------------------------------------------------------------------


def test_som_ar_tillamplig_is_som_galler() -> None:
    text = "Vi behandlar uppgifterna med stöd av den rättsliga grund som är tillämplig i det enskilda fallet."
    assert found(text) == [("är tillämplig", "gäller", ("gäller",))]


def test_ar_tillamplig_pa_is_galler_for() -> None:
    assert found("Lagen är tillämplig på avtalet.") == [("är tillämplig på", "gäller för", ("gäller för",))]


def test_bare_tillamplig_is_advice() -> None:
    """*en som gäller regel* is not Swedish: the clause goes after the noun."""
    assert found("Det finns en tillämplig regel.") == [("tillämplig", "som gäller", ())]


@pytest.mark.parametrize(
    "text",
    [
        "Förordningen är direkt tillämplig i Sverige.",
        "Förordningen är direkt tillämplig på avtalet.",
        "Förordningen blir direkt tillämplig i Sverige.",
    ],
)
def test_direkt_tillamplig_is_left_alone(text: str) -> None:
    assert found(text) == []


def test_attributive_tillamplig_after_copula_is_no_vara_phrase() -> None:
    assert found("Det var tillämpliga regler.") == [("tillämpliga", "som gäller", ())]


# --- 2. an imperative the tagger took for a name ------------------------------------------------------------------


def test_imperative_taken_for_name_gets_imperatives() -> None:
    """The particle verb goes after *gärna* (*Skicka gärna med*): advice, no replacement."""
    # shown with the particle after *gärna* too (claims re-test s52: *Skicka med gärna en lista* read as written)
    # (the finding marks the adverb too: round 172, blind)
    assert found("Bifoga gärna ett läkarintyg.") == [("Bifoga gärna", "Skicka gärna med / Lägg gärna till", ())]


def test_imperative_keeps_its_replacement_without_adverb() -> None:
    assert found("Bifoga ett läkarintyg.") == [("Bifoga", "Skicka med / Lägg till", ("Skicka med",))]


def test_infinitive_after_att_keeps_the_infinitive() -> None:
    assert found("Du behöver bifoga ett läkarintyg.") == [("bifoga", "skicka med / lägga till", ("skicka med",))]


# --- 3. debitera ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["En avgift debiteras för varje resa.", "Vi debiterar en avgift."])
def test_debitera_is_advice_without_fakturera(text: str) -> None:
    [(_, suggestion, replacements)] = found(text)
    assert "faktur" not in suggestion and replacements == ()


# --- 4. tekniskt samråd ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["För större åtgärder ska tekniskt samråd hållas innan byggstart.", "Vi håller ett tekniskt samråd."],
)
def test_tekniskt_samrad_is_left_alone(text: str) -> None:
    assert found(text, "nominalization") == []


def test_plain_samrad_is_flagged() -> None:
    assert found("Samråd ska hållas innan byggstart.", "nominalization") == [
        ("Samråd ska hållas", "Skriv med verbet ”samråda”", ())
    ]


# --- 5. ske with new nouns ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Tillgänglighetsanpassning har skett genom att vi byggt ramper.", "anpassa / tillgänglighetsanpassa"),
        ("Förtidsröstning kan ske på biblioteket.", "förtidsrösta"),
        ("Registrering ska även ske vid ägarbyte.", "registrera"),
        ("Du måste vänta innan publicering sker.", "publicera"),
    ],
)
def test_ske_with_new_nouns_is_flagged(text: str, verb: str) -> None:
    assert [suggestion for _, suggestion, _ in found(text, "nominalization")] == [f"Skriv med verbet ”{verb}”"]


@pytest.mark.parametrize(
    "text",
    [
        "Vid registreringen sker mycket.",
        "Efter publiceringen skedde en olycka.",
        "Förtidsröstningen har ökat.",
    ],
)
def test_ske_with_other_subject_is_left_alone(text: str) -> None:
    assert found(text, "nominalization") == []


# --- 6. har möjlighet att after a relative clause ---------------------------------------------------------------


def test_har_mojlighet_after_relative_clause_is_flagged() -> None:
    text = "Boende som innehar boendeparkeringstillstånd har möjlighet att parkera här."
    assert found(text, "nominalization") == [("har möjlighet", "Skriv med verbet ”kunna”", ())]


@pytest.mark.parametrize(
    "text",
    [
        "Boende som bor här har haft möjlighet att parkera.",
        "De som har ekonomiska möjligheter att flytta gör det.",
        "Har behovet av möjlighet att bygga ökat?",
    ],
)
def test_har_as_auxiliary_is_left_alone(text: str) -> None:
    assert [t for t, _, _ in found(text, "nominalization") if t.startswith(("har", "Har"))] == []
