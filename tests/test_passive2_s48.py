"""passive-voice, session 48's second round (the crisis re-test and the verification): who acts. A happening above a
clause of time names no doer, the reader's act in a text that speaks to the reader, an apposition's closing comma in
the rewrite, what a plan allows to be built (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

NAMED = "säger redan vem som gör det"
READER = "döljer att det är du (läsaren)"


# --- 1. a happening above a clause of time: *Bakterierna kom in … när en reservoar fylldes på* names no filler -------


def test_a_happening_above_a_time_clause_names_no_doer() -> None:
    text = (
        "Kokningsrådet gällde i sex dygn och berörde cirka 4 200 personer. Bakterierna kom sannolikt in i "
        "ledningsnätet när en reservoar fylldes på efter en reparation den 4 december."
    )
    assert NAMED not in finding(text, "fylldes", genre="pressmeddelande").message


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Nämnden fattar beslut när ansökan har behandlats.", "behandlats"),
        ("Länsstyrelsen följer utvecklingen. Styrelsen fattar beslut när rapporten har granskats.", "granskats"),
    ],
)
def test_an_actor_above_a_time_clause_still_names_the_doer(text: str, verb: str) -> None:
    assert NAMED in finding(text, verb).message


# --- 2. the reader's act: a report to the reader's own party, water fetched at set hours, an application mailed ----


def test_a_report_to_the_readers_own_party_is_the_readers() -> None:
    text = "Vid fara för liv eller egendom: ring 112. Strömavbrott anmäls till ditt elnätsbolag."
    found = finding(text, "anmäls")
    assert READER in found.message
    assert found.suggestion == "Tilltala läsaren, till exempel ”Anmäl strömavbrott …”"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Beslutet skickas till ditt ombud.", "skickas"),  # the sender sends to the reader's side
        ("Beslutet meddelas till ditt ombud.", "meddelas"),  # *meddela* is what the authority does with a decision
        ("Felet anmäls till dig när vi har hittat det.", "anmäls"),  # to the reader: the reader receives
    ],
)
def test_what_goes_to_the_reader_is_not_the_readers_act(text: str, verb: str) -> None:
    assert READER not in finding(text, verb).message


def test_water_fetched_at_set_hours_is_the_readers_task() -> None:
    text = "Koka dricksvattnet. Vatten hämtas vid Alby skola klockan 7–20."
    assert "”Hämta vatten …” om det är läsaren" in (finding(text, "hämtas").suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Ditt barn hämtas vid hemmet av skolskjutsen.",  # no hours: a service
        "Matavfall hämtas vid tomtgränsen varannan vecka.",
    ],
)
def test_what_is_collected_is_not_the_readers_task(text: str) -> None:
    assert "Hämta" not in (finding(text, "hämtas").suggestion or "")


def test_an_application_sent_to_an_address_is_the_readers_task() -> None:
    text = (
        "Undantag från förbudet skall sökas hos länsstyrelsen i god tid. Ansökan prövas från fall till fall. "
        "Ansökan skickas till jamtland@lansstyrelsen.se."
    )
    found = finding(text, "skickas")
    assert found.severity.value == "warning"
    assert "”Skicka ansökan …” om det är läsaren" in (found.suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Länsstyrelsen prövar ärendet. Beslutet skickas till jamtland@lansstyrelsen.se.",  # no act of the reader's
        "Länsstyrelsen prövar ärendet. Ansökan skickas sedan vidare till Naturvårdsverket.",  # no address
    ],
)
def test_what_the_authority_passes_on_is_not_the_readers_task(text: str) -> None:
    assert "Skicka" not in (finding(text, "skickas").suggestion or "")


# --- 3. a doer with an apposition after a comma: the rewrite closes the apposition before the verb ---------------


def test_an_apposition_before_the_verb_gets_its_closing_comma() -> None:
    text = "Insatserna kommer att utföras av Storsjö hemtjänst, grupp Norr."
    suggestion = finding(text, "utföras").suggestion or ""
    assert "”Storsjö hemtjänst, grupp Norr, kommer att utföra …”" in suggestion


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        (  # a list: no comma before the verb
            "Projektet genomförs av Region Kalmar, Region Kronoberg och Region Blekinge.",
            "genomförs",
            "”Region Kalmar, Region Kronoberg och Region Blekinge genomför projektet …”",
        ),
        ("Tjänsten utförs av Kommunen i dag.", "utförs", "”Kommunen utför tjänsten …”"),  # no apposition
    ],
)
def test_a_list_or_a_plain_doer_gets_no_comma(text: str, verb: str, example: str) -> None:
    assert example in (finding(text, verb).suggestion or "")


# --- 4. what a plan proposes to build, in a samråd letter: information, not a hidden sender ------------------------

SAMRAD = (
    "# Samråd om detaljplan för Norra Strandparken\n\n"
    "Vi vill veta vad du tycker om förslaget till ny detaljplan innan vi arbetar vidare med det.\n\n"
    "## Kort om förslaget\n\n"
    "- Cirka 120 nya bostäder i flerbostadshus.\n"
    "- Parken blir kvar, och en ny gång- och cykelväg byggs längs stranden.\n"
)


def test_what_a_plan_proposes_to_build_is_information() -> None:
    found = finding(SAMRAD, "byggs", genre="brev", fmt="markdown")
    assert found.severity.value == "info"
    assert "vad planen ger plats för" in found.message


@pytest.mark.parametrize(
    "text",
    [
        # the text proposes no plan
        SAMRAD.replace("Samråd om detaljplan", "Nyheter om").replace("förslaget till ny detaljplan", "parken"),
        # the neighbour notice only mentions the plan
        "# Grannehörande\n\nGaraget avviker från detaljplanen.\n\n- En ny carport byggs längs gränsen.\n",
        # the sender builds
        SAMRAD.replace("en ny gång- och cykelväg byggs", "vi bygger en brygga och en ny gång- och cykelväg byggs"),
    ],
)
def test_other_buildings_keep_the_warning(text: str) -> None:
    assert "vad planen ger plats för" not in finding(text, "byggs", genre="brev", fmt="markdown").message
