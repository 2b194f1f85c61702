"""passive-voice, session 45, wave 3 (a writer's second re-tester): an infinitive's *att* is no subjunction of a main
clause, a footnote's mark stays outside the rewrite, a private building is not the sender's to build or place, a
heading that names what its section explains is information, and *erfordras* is a need (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding


def _passives(text: str, fmt: str = "text", **settings: str) -> list:
    return [f for f in lint_text(text, fmt, **settings).findings if f.rule == "passive-voice"]


# --- 1. an infinitive's *att* in the subject is not the clause's subjunction ---------------------------------------

MAIN_CLAUSE = (
    "Vi ser över hur vi kan ta in fler plogbilar. En utredning av möjligheten att teckna avtal kommer att "
    "genomföras under vintern."
)


def test_an_infinitives_att_does_not_open_the_main_clause() -> None:
    found = finding(MAIN_CLAUSE, "genomföras", genre="brev")
    assert found.severity.value == "warning"  # the sender says it does the inquiry
    assert "”Vi kommer att" in (found.suggestion or "")
    assert "att vi" not in (found.suggestion or "")


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        ("Du får veta att beslutet kommer att skickas till dig.", "skickas", "”att vi kommer att skicka beslutet"),
        ("Vi har bestämt att ansökan ska granskas av nämnden.", "granskas", "”att nämnden ska granska ansökan"),
    ],
)
def test_a_real_att_clause_keeps_its_att(text: str, verb: str, example: str) -> None:
    assert example in (finding(text, verb, genre="brev").suggestion or "")


# --- 2. a footnote's mark stays where it stands ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "¹ Beslutet anmäls till socialnämnden vid nästa sammanträde.",
        "[1] Beslutet anmäls till socialnämnden vid nästa sammanträde.",
        "Texten.\n\n² Beslutet anmäls till socialnämnden vid nästa sammanträde.",
    ],
)
def test_a_footnote_mark_is_not_pulled_into_the_rewrite(text: str) -> None:
    suggestion = finding(text, "anmäls", genre="beslut").suggestion or ""
    assert "anmäler beslutet …" in suggestion
    assert not any(mark in suggestion for mark in "¹²[]")


def test_a_number_before_the_subject_stays() -> None:
    found = finding("3 ansökningar avslogs av nämnden i maj.", "avslogs", genre="beslut")
    assert "”Nämnden avslog 3 ansökningar" in (found.suggestion or "")


# --- 3. a private building is built and placed by the applicant, not by the sender ----------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        (
            "Av handlingarna framgår inte huruvida tillbyggnaden placeras närmare tomtgräns än 4,5 meter. "
            "Ni behöver skicka in en ritning.",
            "placeras",
            "”om (Vem?) placerar tillbyggnaden",
        ),
        ("Vi behöver veta när garaget byggs. Ni kan ringa oss.", "byggs", "”när (Vem?) bygger garaget"),
    ],
)
def test_the_applicants_building_is_not_the_senders(text: str, verb: str, example: str) -> None:
    found = finding(text, verb, genre="brev")
    assert found.severity.value == "warning"
    assert example in (found.suggestion or "")
    assert "vi " not in (found.suggestion or "").lower()


def test_the_municipalitys_school_is_still_its_own() -> None:
    text = "Den nya skolan byggs under 2027. Vi berättar mer i vår. Du kan läsa mer på webben."
    assert "”Vi bygger den nya skolan" in (finding(text, "byggs", genre="brev").suggestion or "")


def test_huruvida_becomes_om_in_the_example() -> None:
    text = "Vi vet inte huruvida ansökan kommer att beviljas. Du får besked i maj."
    assert "”om vi kommer att bevilja ansökan" in (finding(text, "beviljas", genre="brev").suggestion or "")


# --- 4. erfordras is a need ------------------------------------------------------------------------------------------


def test_erfordras_is_a_need_not_a_hidden_doer() -> None:
    text = (
        "Det framgår inte om tillbyggnaden ligger närmare tomtgräns än 4,5 meter, i vilket fall medgivande från "
        "berörd granne erfordras. Ni kan ringa oss."
    )
    found = finding(text, "erfordras", genre="brev")
    assert found.severity.value == "info"
    assert "Skriv aktivt och säg vem" not in found.message


# --- 5. a heading that names what its section explains -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "fmt"),
    [
        ("# Så utvärderas anbuden\n\nVi läser alla anbud och jämför priserna.", "utvärderas", "markdown"),
        ("# Hur räknas avgiften ut?\n\nAvgiften beror på hur mycket avfall du lämnar.", "räknas", "markdown"),
        ("Varför plogas Björkvägen sist?\n\nVi plogar de stora gatorna först.", "plogas", "text"),
    ],
)
def test_a_how_or_why_heading_is_information(text: str, verb: str, fmt: str) -> None:
    found = [f for f in _passives(text, fmt, genre="brev") if text[f.start : f.end].startswith(verb)]
    assert len(found) == 1
    assert found[0].severity.value == "info"
    assert "i en rubrik som säger vad avsnittet förklarar" in found[0].message
    assert "bisats" not in found[0].message
    assert found[0].suggestion is None


@pytest.mark.parametrize(
    ("text", "verb", "fmt"),
    [
        # a paragraph of prose, not a heading
        ("Du frågade varför Björkvägen plogas sist. Vi plogar de stora gatorna först.", "plogas", "text"),
        # a heading that tells, not one that names a topic
        ("# Anbuden utvärderas i maj\n\nVi läser alla anbud och jämför priserna.", "utvärderas", "markdown"),
        # a reader's own act: *Så ansöker du* tells the reader it is theirs
        ("# Så ansöks bygglov\n\nDu fyller i blanketten och skickar den till oss.", "ansöks", "markdown"),
    ],
)
def test_other_passives_are_not_topic_headings(text: str, verb: str, fmt: str) -> None:
    found = [f for f in _passives(text, fmt, genre="brev") if text[f.start : f.end].startswith(verb)]
    assert all("i en rubrik" not in f.message for f in found)


def test_a_how_question_in_prose_is_no_subordinate_clause() -> None:
    text = "Hur räknas avgiften ut? Det beror på hur mycket avfall som hämtas varje år, och på kärlets storlek."
    found = finding(text, "räknas", genre="webbsida")
    assert "i en fråga om hur något görs" in found.message


def test_a_listed_question_is_no_heading() -> None:
    # an inquiry's questions in a press release: open who is to do it, as before
    text = "Utredaren ska svara på frågorna:\n\n* Hur kan behovet av personal tillgodoses?\n* Hur ska det följas upp?"
    found = finding(text, "tillgodoses", fmt="markdown", genre="pressmeddelande")
    assert "i en fråga om vad, hur eller om något ska göras" in found.message


def test_a_heading_on_the_readers_own_matter_still_warns() -> None:
    text = "## Varför behandlas dina personuppgifter?\n\nVi behöver dem för att kunna handlägga din ansökan.\n"
    found = finding(text, "behandlas", fmt="markdown", genre="webbsida")
    assert found.severity.value == "warning"
    assert "”Varför behandlar vi dina personuppgifter" in (found.suggestion or "")


# --- 6. the same verb's passive again in a section ---------------------------------------------------------------

SNOW = (
    "Björkvägen plogas sist i området. Vi förstår att det är besvärligt.\n\n"
    "Gatan plogades inte förrän klockan tio. Skolvägen röjs först.\n\n"
    "Nu plogas Lönnvägen först. Du kan ringa oss om du har frågor."
)


def _by_word(text: str, fmt: str = "text") -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.severity.value) for f in _passives(text, fmt, genre="brev")]


def test_a_verbs_passive_again_in_the_section_is_information() -> None:
    found = _by_word(SNOW)
    assert found[0] == ("plogas", "warning")  # the first is warned
    assert ("plogades", "info") in found and found.count(("plogas", "info")) == 1
    assert ("röjs", "warning") in found  # another verb is warned as before
    again = next(f for f in _passives(SNOW, genre="brev") if SNOW[f.start : f.end] == "plogades")
    assert "igen" in again.message
    assert again.suggestion is None


def test_a_new_section_warns_again() -> None:
    text = "# Vintern\n\nBjörkvägen plogas sist i området.\n\n# Nästa år\n\nBjörkvägen plogas först. Du kan ringa oss."
    assert _by_word(text, "markdown") == [("plogas", "warning"), ("plogas", "warning")]


def test_a_different_hidden_doer_is_warned_again() -> None:
    # the sender's act, then the reader's: each hides someone else
    text = "Ansökan skickas till dig när den är klar. Blanketten ska skickas in senast den 1 maj. Du kan ringa oss."
    found = _by_word(text)
    assert [s for _, s in found].count("warning") == len(found) == 2
