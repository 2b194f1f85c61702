"""passive-voice, session 50's second wave (the university, transport, pensions, business and defence re-tests): a
public service named as the doer after an act's noun, a funder who does not do the work, the text's *ni* in the
example, a table cell that defines a class, the sender's own channel, an inspection report's head lines (real model,
spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding
from klarlint.genre import inspection_report
from klarlint.readers import read_text

HIDDEN = "döljer vem som gör"


def passives(text: str, word: str, **settings: str) -> list:
    """The passive-voice findings of ``text`` whose span starts with ``word``."""
    found = [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]
    return [f for f in found if text[f.start : f.end].startswith(word)]


# --- 1. a public service after an act's noun is the doer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        (
            "Innan hanteringen får påbörjas ska en avsyning av anläggningen genomföras av räddningstjänsten.",
            "genomföras",
            "”Räddningstjänsten ska genomföra en avsyning av anläggningen …”",
        ),
        (
            "I år har en kontroll av lokalerna genomförts av socialtjänsten.",
            "genomförts",
            "”Socialtjänsten har kontrollerat lokalerna …”",
        ),
    ],
)
def test_a_public_service_is_the_doer(text: str, word: str, active: str) -> None:
    # had been a warning with *(Vem?)*: the *av* phrase was read as what the inspection is done to
    found = finding(text, word, genre="brev")
    assert found.severity == "info" and HIDDEN not in found.message
    assert active in (found.suggestion or "")


def test_what_the_act_is_done_to_is_still_no_doer() -> None:
    # *e-tjänsten* is what was reviewed, not who reviewed it: the services are named one by one, not by *tjänst*
    found = finding("I år har en översyn genomförts av e-tjänsten.", "genomförts", genre="brev")
    assert "e-tjänsten" not in found.message
    assert "E-tjänsten" not in (found.suggestion or "")


# --- 2. a funder seldom does the work ------------------------------------------------------------------------------


def test_a_funder_is_not_the_doer_of_the_next_verb() -> None:
    text = "Projektet har finansierats av Vetenskapsrådet och genomförts vid Institutionen för pedagogik."
    assert "Vetenskapsrådet" in finding(text, "finansierats", genre="brev").message
    second = finding(text, "genomförts", genre="brev")
    assert "Vetenskapsrådet" not in second.message
    assert "Vetenskapsrådet" not in (second.suggestion or "")


def test_a_doer_of_the_first_verb_still_does_the_second() -> None:
    text = "Ansökan prövas av trafikenheten och avgörs inom två veckor."
    found = finding(text, "avgörs", genre="brev")
    assert "trafikenheten" in found.message and "”Trafikenheten avgör ansökan" in (found.suggestion or "")


# --- 3. a text that says ni and never du: the examples say ni --------------------------------------------------------

NI_TEXT = (
    "Ni har fått tillstånd att hantera brandfarlig vara. Ni ska följa villkoren nedan.\n\n"
    "Förändringar i verksamheten ska anmälas till räddningstjänsten innan de genomförs.\n"
)


def test_a_text_that_says_ni_gets_examples_in_ni() -> None:
    # the paragraph alone says neither: its example had been *”Du ska anmäla …”*
    suggestion = finding(NI_TEXT, "anmälas", genre="brev").suggestion or ""
    assert "”Ni ska anmäla förändringar" in suggestion
    assert "Du " not in suggestion


@pytest.mark.parametrize(
    "text",
    [
        NI_TEXT.replace("Ni ska följa", "Du ska följa"),  # says du too: the paragraph's own address stands
        NI_TEXT.replace("Ni har fått", "Företaget har fått").replace("Ni ska följa", "Företaget ska följa"),  # neither
    ],
)
def test_a_text_that_does_not_say_only_ni_keeps_du(text: str) -> None:
    suggestion = finding(text, "anmälas", genre="brev").suggestion or ""
    assert "”Du ska anmäla förändringar" in suggestion


# --- 6. an inspection report's head lines are a sign of it ----------------------------------------------------------

REPORT_HEAD = (
    "Tillsynsrapport – försäljning av tobak\n\n"
    "Ärende: Tillsyn enligt lagen (2018:2088) om tobak och liknande produkter\n"
    "Försäljningsställe: Centrumkiosken, Torget 2\n"
    "Tillståndshavare: Nära Butiker AB\n"
    "Datum för besöket: 24 november 2026\n"
    "Handläggare: Lina Ek\n\n"
    "Vad vi såg\n"
)
REPORT = REPORT_HEAD + "Produkterna förvarades bakom disken. Ni ska rätta bristerna senast den 15 januari.\n"


def test_an_inspection_report_with_its_head_lines_is_one() -> None:
    assert inspection_report(read_text(REPORT, "text"))
    # what the report observes is the operator's act, not the inspectors' (had been *”Vi förvarade produkterna …”*)
    assert "”Vi förvarade" not in (finding(REPORT, "förvarades").suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        # the head lines alone, not said to the operator: one sign, not two
        REPORT.replace("Ni ska rätta", "Butiken ska rätta"),
        # the words in sentences, not the head's labels
        "Tillsynsrapporten visar brister i butikerna\n\nHandläggaren kontaktar butikerna i januari. Ärendet gäller 40 "
        "butiker och tillståndshavaren får veta det.\n\nVad vi såg\nProdukterna förvarades bakom disken. Ni kan läsa "
        "mer på webbplatsen.\n",
    ],
)
def test_a_text_without_two_signs_is_no_inspection_report(text: str) -> None:
    assert not inspection_report(read_text(text, "text"))


# --- 5. told in the sender's own channel ---------------------------------------------------------------------------

READER = "döljer att det är du (läsaren)"


@pytest.mark.parametrize(
    "text",
    [
        "Resultatet meddelas i Ladok senast 15 arbetsdagar efter skrivningen. Du kan hämta tentan på expeditionen.",
        "Eventuella förändringar meddelas på sundsvall.se. Du kan också ringa oss.",
        "Ändrade tider meddelas på kommunens webbplats. Du kan också ringa oss.",
    ],
)
def test_told_in_the_senders_channel_is_not_the_readers_task(text: str) -> None:
    # each had told the reader *Meddela …*
    found = finding(text, "meddelas", genre="brev")
    assert READER not in found.message and "”Meddela" not in (found.suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Frånvaro meddelas i appen Skola24 senast klockan 8. Du kan också ringa skolan.",  # an app: the parent writes
        "Resultatet meddelas till miljöenheten senast den 1 maj. Du kan också ringa oss.",  # a receiver: the reader's
        "Resultatet ska meddelas i rapporten. Du hittar mallen på webbplatsen.",  # a modal: the reader's task
        "Ändrad adress meddelas på blanketten. Du hittar den på webbplatsen.",  # a form the reader fills in
    ],
)
def test_the_readers_own_report_stays_the_readers(text: str) -> None:
    found = finding(text, "meddelas", genre="brev")
    assert READER in found.message and "”Meddela" in (found.suggestion or "")


# --- 4. a table cell that defines a level of a classification -------------------------------------------------------

LEVELS = (
    "# Informationssäkerhetspolicy\n\n| Nivå | Beskrivning |\n|---|---|\n"
    "| Öppen | Kan lämnas ut till vem som helst |\n| Intern | Ska inte spridas utanför regionen |\n"
)


def _cell_passives(text: str) -> list:
    return [f for f in lint_text(text, fmt="markdown", genre="dokument").findings if f.rule == "passive-voice"]


def test_a_cell_that_defines_a_level_has_no_finding() -> None:
    # each had been a warning with *(Vem?) kan lämna ut …*: the row's first cell names the level by an adjective
    assert _cell_passives(LEVELS) == []


@pytest.mark.parametrize(
    "text",
    [
        # a table of tasks: the row's first cell names a thing, not a level
        "# Rutiner\n\n| Handling | Åtgärd |\n|---|---|\n| Protokoll | Ska skickas till nämnden inom en vecka |\n",
        # a subject of its own: a sentence, not a definition
        "# Rutiner\n\n| Prioritet | Åtgärd |\n|---|---|\n| Brådskande | Rapporten ska skickas till chefen |\n",
    ],
)
def test_a_cell_that_does_not_define_keeps_its_finding(text: str) -> None:
    assert any(f.severity == "warning" for f in _cell_passives(text))
