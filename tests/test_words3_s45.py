"""Word lists and nominal style in session 45, third wave (a second writer's re-test): a strong verb's participle
before its noun (*den erhållna ersättningen* had *få*), *gällande* after a determiner, *erinra mot* (*invända*, not
*påminna*), the verbal noun's verb never a listed jargon word, the passive *inges*, the noun *avlämnande*, *i vilket
fall*, and *ske* with *debitering*, *byte* and *bevakning*; each with the innocent uses it must leave alone."""

from __future__ import annotations

import pytest

from conftest import lint_text


def found(text: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, suggestion, replacements) of the rule's findings."""
    return [(f.text, f.suggestion, f.replacements) for f in lint_text(text).findings if f.rule == rule]


def of(text: str, word: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """The rule's findings on ``word``."""
    return [finding for finding in found(text, rule) if finding[0].lower() == word.lower()]


# --- 1. a strong verb's participle before its noun ----------------------------------------------------------------


def test_strong_participle_before_noun_gets_a_clause() -> None:
    """*den få ersättningen* is not Swedish: the clause after the noun, as advice."""
    assert of("Skulden kan regleras med den erhållna ersättningen.", "erhållna") == [("erhållna", "som … fått", ())]


def test_weak_participle_and_verb_keep_their_forms() -> None:
    assert of("Skulden regleras med de erlagda avgifterna.", "erlagda") == [("erlagda", "betalade", ())]
    assert of("Du har erhållit pengar.", "erhållit") == [("erhållit", "fått", ("fått",))]


# --- 2. gällande after a determiner is the adjective --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anbudsgivaren ska ha ett gällande ansvarsförsäkringsskydd.",
        "Vi har ett gällande avtal med företaget.",
        "Varje gällande avtal ska följas.",
        "Alla gällande beslut finns på webben.",
        "Skicka ditt gällande intyg till oss.",
        "Enligt gällande regler får du inte bygga.",
    ],
)
def test_gallande_adjective_is_left_alone(text: str) -> None:
    assert of(text, "gällande") == []


@pytest.mark.parametrize("text", ["Vi skickar information gällande bygglov.", "Vi har fått frågor gällande avgiften."])
def test_gallande_preposition_is_flagged(text: str) -> None:
    assert [suggestion for _, suggestion, _ in of(text, "gällande")] == ["om / när det gäller"]


# --- 3. erinra mot = invända mot ----------------------------------------------------------------------------------


def test_erinra_mot_is_invanda_mot() -> None:
    text = "Grannarna har inte haft något att erinra mot att tillstånd meddelas."
    assert of(text, "erinra mot") == [("erinra mot", "invända mot", ("invända mot",))]
    assert of(text, "erinra") == []


def test_erinra_om_keeps_paminna() -> None:
    assert of("Vi vill erinra om att ansökan ska vara inne i maj.", "erinra") == [("erinra", "påminna", ("påminna",))]


# --- 4. the verbal noun's verb is never a listed jargon word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("För ett uppvisande av legitimation krävs ett besök.", "visa"),
        ("Krav på inhämtande av uppgifter gäller alla.", "hämta in"),
    ],
)
def test_verbal_noun_suggests_the_plainer_verb(text: str, verb: str) -> None:
    [(_, suggestion, _)] = [f for f in found(text, "nominalization") if " av " in f[0]]
    assert suggestion == f"Skriv med verbet ”{verb}”"


def test_verbal_noun_of_an_unlisted_verb_keeps_its_verb() -> None:
    [(_, suggestion, _)] = found("För ett beviljande av bygglov krävs en ansökan.", "nominalization")
    assert suggestion == "Skriv med verbet ”bevilja”"


# --- 5. the passive inges -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Ansökan ska inges till nämnden.", "Handlingen inges till nämnden senast i maj."])
def test_inges_is_flagged(text: str) -> None:
    assert [suggestion for _, suggestion, _ in of(text, "inges")] == ["lämnas in / skickas in"]


@pytest.mark.parametrize("text", ["Personalen inger förtroende.", "Det inger hopp att se dem."])
def test_inge_inspire_is_left_alone(text: str) -> None:
    assert found(text) == []


# --- 6. the noun avlämnande ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anbudsgivaren ska vid anbudets avlämnande ha en försäkring.",
        "Anbudet ska vara komplett vid anbudets avlämnande.",
    ],
)
def test_avlamnande_is_advice(text: str) -> None:
    assert of(text, "avlämnande") == [("avlämnande", "att lämna / när … lämnar", ())]


def test_lamnande_is_left_alone() -> None:
    assert found("Vid anbudets lämnande ska allt vara klart.") == []


# --- 7. i vilket fall ---------------------------------------------------------------------------------------------


def test_i_vilket_fall_after_a_comma_is_advice() -> None:
    text = "Tillbyggnaden kan hamna nära tomtgränsen, i vilket fall grannens medgivande behövs."
    assert of(text, "i vilket fall") == [("i vilket fall", "och i så fall", ())]


@pytest.mark.parametrize(
    "text",
    [
        "Du behöver i vilket fall som helst skicka in ritningen.",
        "I vilket fall gäller det nya beslutet?",
        "Vi vet inte i vilket fall beslutet gäller.",
    ],
)
def test_other_i_vilket_fall_is_left_alone(text: str) -> None:
    assert of(text, "i vilket fall") == []


# --- 8. ske with debitering, byte and bevakning -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I annat fall kan retroaktiv debitering av mellanskillnaden komma att ske.", "fakturera / ta betalt"),
        ("Byte av kärlstorlek kan ske en gång per kalenderår.", "byta"),
        ("Tillståndet gäller under förutsättning att bevakning sker.", "bevaka"),
    ],
)
def test_ske_with_listed_noun_is_flagged(text: str, verb: str) -> None:
    suggestions = [suggestion for _, suggestion, _ in found(text, "nominalization")]
    assert suggestions == [f"Skriv med verbet ”{verb}”"]


@pytest.mark.parametrize(
    "text",
    [
        "Vid bytet av kärl kan det komma att ske fel.",
        "Olyckan kan komma att ske igen.",
        "Under bevakningen sker mycket.",
    ],
)
def test_ske_with_other_subject_is_left_alone(text: str) -> None:
    assert found(text, "nominalization") == []
