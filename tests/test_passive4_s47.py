"""passive-voice, session 47 round 4 (the region's re-test, WRONG 1–8): examples that named the wrong doer or lost
words of the sentence (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. a pronoun doer the parse hung on the subject after the verb (*så bokas tolk av oss*) -----------------------

INTERPRETER = "Om du behöver tolk ska detta meddelas mottagningen senast en vecka före besöket, så bokas tolk av oss."


def test_a_pronoun_doer_after_the_subject_is_the_doer() -> None:
    # it had been *döljer att det är du (läsaren) …* with the example *Boka tolk av oss …*
    found = finding(INTERPRETER, "bokas", genre="brev")
    assert found.severity.value == "info"
    assert "”Vi bokar tolk …”" in found.suggestion
    assert "Boka" not in found.suggestion


def test_a_pictures_av_is_no_doer() -> None:
    found = finding("Därefter visas bilder av oss.", "visas", genre="brev")
    assert found.severity.value == "warning"
    assert "Vi visar" not in (found.suggestion or "")


# --- 3. a negation the parse hung on the particle stays in the example, or there is none --------------------------


def test_a_negation_on_the_particle_is_not_dropped() -> None:
    text = (
        "Om vi inte kan erbjuda dig en tid kommer ditt ärende att handläggas i sedvanlig ordning och väntetiden "
        "räknas då inte längre in i vårdgarantin."
    )
    # it had been *Vi räknar in …*, the opposite of the sentence
    assert "räknar in" not in (finding(text, "räknas", genre="brev").suggestion or "")


def test_a_particle_without_a_negation_keeps_its_example() -> None:
    text = "Väntetiden räknas då in i vårdgarantin."
    assert "räknar in" in finding(text, "räknas", genre="brev").suggestion


# --- 5. a modal verb with its own object in the clause before is not the passive's auxiliary ---------------------


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        (
            "Om utredningen visar att Elias behöver särskilt stöd upprättas ett åtgärdsprogram.",
            "upprättas",
            "”(Vem?) upprättar",
        ),  # had been *(Vem?) behöver upprätta …*
        ("Om du behöver tolk bokas tolk av oss.", "bokas", "”Vi bokar tolk …”"),  # had been *Vi behöver boka …*
    ],
)
def test_the_if_clauses_modal_verb_stays_there(text: str, verb: str, example: str) -> None:
    suggestion = finding(text, verb, genre="brev").suggestion
    assert example in suggestion
    assert "behöver" not in suggestion


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Blanketten behöver fyllas i.", "behöver fylla i"),
        ("Om Elias behöver stöd ska ett åtgärdsprogram upprättas.", "”(Vem?) ska upprätta ett åtgärdsprogram …”"),
    ],
)
def test_the_passives_own_modal_stays(text: str, example: str) -> None:
    verb = "fyllas" if "fyllas" in text else "upprättas"
    assert example in finding(text, verb, genre="brev").suggestion


# --- 6. a subject with a negation in it is a parse that lost the noun's head ---------------------------------------


def test_an_object_with_a_negation_is_left_out() -> None:
    text = "Ett beslut om att inte upprätta ett åtgärdsprogram kan överklagas till Skolväsendets överklagandenämnd."
    suggestion = finding(text, "överklagas", genre="brev").suggestion
    # it had been *(Vem?) kan överklaga inte upprätta ett åtgärdsprogram …*
    assert "”(Vem?) kan överklaga …”" in suggestion
    assert "inte upprätta" not in suggestion


def test_an_object_without_a_negation_stays() -> None:
    text = "Beslutet kan överklagas till länsstyrelsen."
    assert "”(Vem?) kan överklaga beslutet …”" in finding(text, "överklagas", genre="brev").suggestion


# --- 4. a doer's surname and a *tillsammans med* phrase stay -------------------------------------------------------


def test_a_doers_whole_name_and_company_stay() -> None:
    found = finding("Utredningen görs av speciallärare Maria Ek tillsammans med mentor.", "görs", genre="brev")
    # it had been *Speciallärare Maria utreder …*
    assert "”Speciallärare Maria Ek tillsammans med mentor utreder …”" in found.suggestion
    assert "(”speciallärare Maria Ek tillsammans med mentor”)" in found.message


def test_company_that_goes_on_gives_no_doer_cut_short() -> None:
    text = "Utredningen görs av Anna Berg tillsammans med dig och din mentor."
    assert finding(text, "görs", genre="brev").suggestion == "Skriv aktivt med den som handlar som subjekt."


def test_a_doer_with_nothing_after_is_unchanged() -> None:
    found = finding("Beslutet fattas av rektor Anna Berg.", "fattas", genre="brev")
    assert "”Rektor Anna Berg beslutar …”" in found.suggestion


# --- 2. care the reader got from whoever treats them: no *Vi* ------------------------------------------------------

CARE_LETTER = "Hej!\n\nVi har fått din ansökan och vi svarar dig inom två veckor. "


@pytest.mark.parametrize(
    ("sentence", "verb", "was"),
    [
        ("Du har remitterats till Ortopedkliniken för bedömning av ditt knä.", "remitterats", "Vi har remitterat"),
        ("Det betyder att du blev undersökt på akutmottagningen i Trondheim.", "blev", "”Vi …”"),
        ("Du måste ha förhandstillstånd innan vården ges.", "ges", "vi ger"),
    ],
)
def test_care_the_reader_got_names_no_sender(sentence: str, verb: str, was: str) -> None:
    found = finding(CARE_LETTER + sentence, verb, genre="brev")
    assert was not in found.suggestion
    assert found.severity.value == "warning"


def test_the_senders_own_acts_keep_vi() -> None:
    assert "”Vi avslutar" in finding(CARE_LETTER + "Ärendet avslutas nu.", "avslutas", genre="brev").suggestion
