"""passive-voice's named doers and active examples, session 50 (the university, transport, pensions, business and
defence re-tests): an *av* phrase after a count, *på nytt*, a mistagged adverb or an inverted *du* names the doer, and
the example puts that doer first (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding
from klarlint.passive_rewrite import in_ni_address


def _passives(text: str, genre: str = "brev") -> list:
    return [f for f in lint_text(text, genre=genre).findings if f.rule == "passive-voice"]


# --- 1. a doer the sentence names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "doer", "active"),
    [
        (
            "Skyddsrummen kontrolleras regelbundet av MCF:s skyddsrumssakkunniga.",
            "kontrolleras",
            "MCF:s skyddsrumssakkunniga",
            "”MCF:s skyddsrumssakkunniga kontrollerar ",
        ),
        (
            "Student som har underkänts två gånger av en och samma examinator har rätt till en annan examinator.",
            "underkänts",
            "en och samma examinator",
            "”som en och samma examinator har underkänt ",
        ),
        (
            "Uppgiften kommer att bedömas på nytt av examinator.",
            "bedömas",
            "examinator",
            "”Examinator kommer att bedöma uppgiften ",
        ),
        (
            "Den 14 november 2026 klockan 23.40 kontrollerades du av polisen på E4 vid Sundsvall.",
            "kontrollerades",
            "polisen",
            "”Polisen kontrollerade dig …”",
        ),
    ],
)
def test_a_doer_the_sentence_names_is_named(text: str, word: str, doer: str, active: str) -> None:
    # each had been a warning that the doer is hidden, with *(Vem?)*, *Vi* or *Vi kontrollerade dig av polisen*
    found = finding(text, word, genre="brev")
    assert found.severity == "info"
    assert f"(”{doer}”)" in found.message
    assert active in found.suggestion


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun's own *av* stays the noun's: what is tested, not who tests
        ("Nu granskas ämnet av kursen på nytt.", "granskas"),
        ("Rapporten har lämnats två gånger.", "lämnats"),
        # an adjective's *av* is no doer
        ("Sökande bedöms som behöriga av hänsyn till tidigare studier.", "bedöms"),
    ],
)
def test_no_doer_where_none_is_named(text: str, word: str) -> None:
    found = finding(text, word, genre="brev")
    assert "texten säger vem som gör det" not in found.message


# --- 2. a clause opened by a subjunction the tagger missed is no imperative -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "example"),
    [
        (
            "Du ska anmäla flytten. Därest uppgift lämnas som är oriktig kan detta föranleda åtal för brott mot "
            "folkbokföringslagen.",
            "lämnas",
            "”om du lämnar …”",
        ),
        ("Vi skickar ett beslut. Därest uppgift lämnas som är oriktig kan detta föranleda åtal.", "lämnas", "”om "),
    ],
)
def test_a_clause_opened_by_darest_keeps_a_subjunction(text: str, word: str, example: str) -> None:
    # the example had been *Lämna Därest uppgift …*: an imperative with the subjunction as the object's first word
    found = finding(text, word, genre="brev")
    assert example in found.suggestion
    assert "Därest" not in found.suggestion
    assert "Lämna " not in found.suggestion


def test_a_main_clause_keeps_its_imperative() -> None:
    found = finding("Du ska anmäla flytten. Uppgifterna lämnas till oss senast i maj.", "lämnas", genre="brev")
    assert "”Lämna uppgifterna " in found.suggestion


# --- 3. a clock time is no part of the doer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dagplatser fördelas av torgvärden kl. 07.00 på torgdagen i den ordning handlarna kommer.",
        "Dagplatser fördelas av torgvärden klockan sju.",
    ],
)
def test_a_clock_time_ends_the_doer(text: str) -> None:
    # the example had been *Torgvärden kl. 07.00 på torgdagen i den ordning handlarna fördelar dagplatser*
    found = finding(text, "fördelas", genre="brev")
    assert "(”torgvärden”)" in found.message
    assert "”Torgvärden fördelar dagplatser " in found.suggestion


def test_a_name_after_a_title_stays_the_doer() -> None:
    found = finding("Ärendet avgjordes av handläggare Karin Lind den 3 december.", "avgjordes", genre="brev")
    assert "Karin Lind" in found.message


# --- 4. a passive that repeats the main clause's auxiliary is the main clause's, past a relative clause -------------


def test_a_passive_after_a_relative_clause_keeps_the_main_subject() -> None:
    # the example had been *som vi har testat …*: the teachers tested, not the material
    text = (
        "Materialet har utvecklats tillsammans med de lärare som deltog i studien och har testats i fyra klasser "
        "under våren 2026."
    )
    found = finding(text, "testats", genre="brev")
    assert "har testat materialet " in found.suggestion
    assert "som " not in found.suggestion


def test_a_passive_of_the_relative_clause_stays_in_it() -> None:
    found = finding("Vi kallar de lärare som anmälde sig och har godkänts till en intervju.", "godkänts", genre="brev")
    assert "”som vi har godkänt " in found.suggestion


# --- 5. a particle the flagged words do not hold stays in the example -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        (
            "Om du tackar nej tre gånger i rad under samma termin stängs du av från att söka under 30 dagar.",
            "stängs",
            " stänger av dig …”",
        ),
        ("Om bilen är avställd behöver den inte besiktas förrän den ställs på igen.", "ställs", "ställer den på …”"),
    ],
)
def test_a_particle_before_igen_or_after_the_pronoun_stays(text: str, word: str, active: str) -> None:
    # the examples had been *(Vem?) stänger dig …* and *förrän (Vem?) ställer den …*, without the particle
    assert active in finding(text, word, genre="brev").suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        ("Efter en vecka kontaktas du av handläggaren.", "kontaktas", "”Handläggaren kontaktar dig …”"),
        ("Beslutet skickas igen till dig.", "skickas", " skickar beslutet …”"),
    ],
)
def test_a_preposition_with_its_phrase_is_no_particle(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


# --- 6. an example in a text that says *ni* (for the rule, which knows the whole text's address) --------------------


def test_the_examples_say_ni() -> None:
    # business re-test s50: *Du ska anmäla …* offered in texts that say *ni* throughout
    said = in_ni_address("Skriv aktivt, till exempel ”(Vem?) ska anmäla …”, eller ”Du ska anmäla dina ändringar …”.")
    assert said == "Skriv aktivt, till exempel ”(Vem?) ska anmäla …”, eller ”Ni ska anmäla era ändringar …”."
    assert in_ni_address("Tilltala läsaren, till exempel ”om du lämnar ditt kort till dig …”") == (
        "Tilltala läsaren, till exempel ”om ni lämnar ert kort till er …”"
    )


def test_words_outside_the_examples_stay() -> None:
    assert in_ni_address("döljer att det är du (läsaren) som ska göra något") == (
        "döljer att det är du (läsaren) som ska göra något"
    )
