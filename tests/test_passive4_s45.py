"""passive-voice, session 45, wave 4 (writers' re-tests): a body that *ersätter* pays (not a substitute), and a
judgement (*bedöms vara*) where the text speaks as the sender is the sender's own (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. *ersättas av regionen*: the region pays ---------------------------------------------------------------------


def test_a_body_that_ersatter_pays() -> None:
    text = "Resor till sjukhuset för vård kan i vissa fall ersättas av regionen i stället."
    found = finding(text, "ersättas", genre="webbsida")
    assert "det som ersätter det" not in found.message
    assert "”regionen”" in found.message
    assert "Regionen kan ersätta" in (found.suggestion or "")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Papperet ersätts av en e-tjänst.", "ersätts"),
        ("Tjänstgöringen får ersättas av en kortare utbildning.", "ersättas"),
    ],
)
def test_a_thing_after_ersattas_av_is_the_substitute(text: str, verb: str) -> None:
    assert "det som ersätter det" in finding(text, verb, genre="webbsida").message


def test_a_body_before_another_act_still_comes_first() -> None:
    found = finding("Reformen har föregåtts av regeringen.", "föregåtts", genre="webbsida")
    assert "det som kommer före" in found.message


# --- 2. *bedöms vara* where the text speaks as the sender ----------------------------------------------------------

PIPES = "Ledningarna är gamla. Ett utbyte av ledningarna bedöms vara nödvändigt."


@pytest.mark.parametrize(
    "text",
    [
        "Vi byter ledningarna. Ett utbyte av ledningarna bedöms vara nödvändigt.",
        f"# Varför gör vi det här?\n\n{PIPES}",
    ],
)
def test_a_judgement_on_a_page_that_says_vi_names_vi(text: str) -> None:
    found = finding(text, "bedöms", genre="webbsida")
    assert found.severity.value == "info"
    assert "avsändarens egen" in found.message
    assert "”Vi bedömer att …”" in found.message


def test_a_judgement_in_a_decision_is_the_senders_warning() -> None:
    text = "Du har en skuld för hyran, men denna skuld bedöms kunna regleras med den erhållna ersättningen."
    found = finding(text, "bedöms", genre="beslut")
    assert found.severity.value == "warning"
    assert found.suggestion == "Skriv aktivt: ”Vi bedömer att …”"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        ("Cigaretter bedöms utgöra en större fara.", "pressmeddelande"),
        (PIPES, "webbsida"),  # no vi: news about others
        ("# Vad händer?\n\nVi bygger om. Ledningarna byts.\n\n# Ledningarna\n\n" + PIPES, "webbsida"),
        ("– Vi vet att cigaretter bedöms utgöra en större fara, säger ministern.", "pressmeddelande"),
    ],
)
def test_a_judgement_without_the_senders_vi_stays_general(text: str, genre: str) -> None:
    found = finding(text, "bedöms", genre=genre)
    assert found.severity.value == "info"
    assert "avsändarens egen" not in found.message


def test_a_modals_judgement_is_left() -> None:
    found = finding("Vi byter ledningarna. Ett utbyte kan bedömas vara nödvändigt.", "bedömas", genre="beslut")
    assert "avsändarens egen" not in found.message


def test_a_document_judges_as_the_sender_only_where_it_says_vi() -> None:
    said = finding(f"Vi byter ledningarna. {PIPES.split('. ')[1]}", "bedöms", genre="dokument")
    assert said.severity.value == "warning"
    reported = finding("Rökning bedöms utgöra en stor risk för hjärtat.", "bedöms", genre="dokument")
    assert reported.severity.value == "info"
    assert "avsändarens egen" not in reported.message
