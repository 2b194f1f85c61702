"""passive-voice's doer and active examples, session 48 (the school's, the writer's and the agency's re-tests): an
organisation's name with its unit is the doer whole, so is a name of several capitalised words, and the *av* of an
action noun the tagger missed names no doer, and *överenskomma* is *komma överens om* in the active (real model, spaCy
only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding

# --- 1. a place's name, an organisation's noun and its unit after a comma ----------------------------------------


def test_a_unit_of_a_named_organisation_is_the_doer_whole() -> None:
    # the doer had been cut to *Storsjö*, which names the municipality, not the unit
    found = finding("Insatserna kommer att utföras av Storsjö hemtjänst, grupp Norr.", "utföras", genre="beslut")
    assert "(”Storsjö hemtjänst, grupp Norr”)" in found.message
    assert "”Storsjö hemtjänst, grupp Norr, kommer att utföra …”" in found.suggestion


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Insatserna utförs av Storsjö hemtjänst.", "Storsjö hemtjänst"),
        ("Ansökan prövas av Storsjö socialförvaltning.", "Storsjö socialförvaltning"),
    ],
)
def test_a_name_and_an_organisations_noun_are_the_doer(text: str, doer: str) -> None:
    found = [f for f in lint_text(text, genre="beslut").findings if f.rule == "passive-voice"]
    assert len(found) == 1
    assert f"(”{doer}”)" in found[0].message


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Mötet leds av Lisa Berg, Stockholm.", "”Lisa Berg”"),  # a place after a comma is where, not who
        ("Insatserna utförs av hemtjänsten, grupp Norr.", "”hemtjänsten”"),  # no name: no unit joined
    ],
)
def test_no_apposition_without_a_named_organisation(text: str, doer: str) -> None:
    found = [f for f in lint_text(text, genre="beslut").findings if f.rule == "passive-voice"]
    assert len(found) == 1
    assert f"({doer})" in found[0].message


# --- 2. a name of several capitalised words is the doer whole ------------------------------------------------------


def test_a_name_of_capitalised_words_is_the_doer_whole() -> None:
    # the example had been *som Håll genomförde …*
    text = "Vid den skräpmätning som genomfördes av Håll Sverige Rent hösten 2025 hittades mest fimpar."
    found = finding(text, "genomfördes", genre="rapport")
    assert "(”Håll Sverige Rent”)" in found.message
    assert "”som Håll Sverige Rent genomförde …”" in found.suggestion


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Rapporten granskades av kommunen Under hösten.", "”kommunen”"),  # a lower-case doer takes no capital
        ("Beslutet fattades av Skatteverket.\nNästa steg är ett möte.", "”Skatteverket”"),  # not past a line
    ],
)
def test_a_capitalised_word_after_another_doer_is_not_joined(text: str, doer: str) -> None:
    found = [f for f in lint_text(text, genre="rapport").findings if f.rule == "passive-voice"]
    assert found
    assert f"({doer})" in found[0].message


# --- 3. the *av* of an action noun the tagger missed names no doer ------------------------------------------------


def test_the_object_of_an_action_noun_is_no_doer() -> None:
    # the note had said the text names the doer (*kommunicering*) and suggested it as the subject
    text = "Ett utvecklingsarbete har påbörjats avseende digitalisering av kommunicering med parterna."
    found = finding(text, "påbörjats", genre="rapport")
    assert "kommunicering" not in found.message
    assert "kommunicering" not in (found.suggestion or "")


def test_a_doer_after_a_verb_is_still_named() -> None:
    found = finding("Ett utvecklingsarbete har påbörjats av förvaltningen.", "påbörjats", genre="rapport")
    assert "(”förvaltningen”)" in found.message


# --- 4. a particle grown onto the verb goes after it in the active -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "genre", "example"),
    [
        (
            "Du kan få en underrättelse om du inte deltar i de aktiviteter som har överenskommits i din handlingsplan.",
            "brev",
            "”som vi har kommit överens om …”",
        ),
        ("Priset har överenskommits av köparen och säljaren.", "rapport", "”Köparen och säljaren har kommit överens"),
    ],
)
def test_overenskomma_is_kommit_overens_om(text: str, genre: str, example: str) -> None:
    # the example had been *som vi har överenskommit*, stilted
    assert example in finding(text, "överenskommits", genre=genre).suggestion


def test_a_verb_that_only_starts_like_it_is_unchanged() -> None:
    assert "”(Vem?) har övervägt" in finding("Frågan har övervägts noga.", "övervägts", genre="rapport").suggestion
