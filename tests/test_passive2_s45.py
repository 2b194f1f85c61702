"""passive-voice, session 45, wave 2 (a writer's re-tester and the helpers F1, G1, S1): a stranded preposition the
parse hung a phrase on stays the verb's (*ansöks om hos rektor*), a change in a sentence about an appeal is not the
sender's, *erfordras* is *krävs*, a table cell of one or two words is no clause, a protocol is the body's own text,
the reader told something does not act, a person's place stays out of the doer, and the readability counts take
the passives the rule counts (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding
from klarlint import readability
from klarlint.linter import analyze
from klarlint.readers import read_text


def _passives(text: str, fmt: str = "text", **settings: str) -> list:
    return [f for f in lint_text(text, fmt, **settings).findings if f.rule == "passive-voice"]


# --- 1. a particle or preposition of the verb stays before the object --------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        # the parse hangs *rektor* on *om*: the rewrite had been *Ansök ledighet …*
        ("Ledighet ansöks om hos rektor minst två veckor i förväg. Du kan ansöka.", "ansöks", "”Ansök om ledighet"),
        ("Skolskjuts ansöks om hos kommunen. Du får svar.", "ansöks", "”Ansök om skolskjuts"),
        ("Avgiften tas ut för varje påbörjad månad. Du betalar.", "tas", "”Vi tar ut avgiften"),
        ("Fastigheten ansluts till fjärrvärmenätet efter din beställning.", "ansluts", "”Vi ansluter fastigheten"),
    ],
)
def test_a_particle_verb_keeps_its_particle(text: str, verb: str, example: str) -> None:
    assert example in (finding(text, verb, genre="brev").suggestion or "")


def test_a_preposition_with_its_own_phrase_is_no_particle() -> None:
    # *på blanketten* is the verb's adverbial, not *ansöka på*: nothing changed for a preposition with its phrase
    found = finding("Ledighet ansöks på blanketten. Du kan ansöka.", "ansöks", genre="brev")
    assert "ansöks på" not in found.message
    assert "Ansök på" not in (found.suggestion or "")


# --- 2. in a sentence about an appeal, the body that tries it changes the decision --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Skriv vilket beslut du överklagar, varför du tycker att det ska ändras och hur du vill att det ska ändras.",
        "Länsstyrelsen kan besluta att beslutet ska upphävas.",
        "Om förvaltningsrätten anser att beslutet är fel kan det ändras.",
    ],
)
def test_a_change_on_appeal_is_information_without_an_example(text: str) -> None:
    found = _passives(text, genre="beslut")
    assert found
    for one in found:
        assert one.severity.value == "info", one
        assert one.suggestion is None
        assert "överklagande" in one.message


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Om du överklagar prövar vi först om beslutet ska ändras.", "ändras"),  # the authority reconsiders first
        ("Skriv varför du tycker att beslutet ska ändras. Du får svar.", "ändras"),  # no appeal named
        ("Beslutet har överklagats av grannen.", "överklagats"),  # not a change
    ],
)
def test_a_change_outside_an_appeal_or_said_by_the_sender_is_not_the_appeal_s(text: str, verb: str) -> None:
    assert "överklagande" not in finding(text, verb, genre="beslut").message


# --- 3. *erfordras* and *fordras* are *krävs* --------------------------------------------------------------------


def test_erfordras_is_a_need() -> None:
    found = finding("För att få bidrag erfordras ett intyg från läkare.", "erfordras", genre="brev")
    assert found.severity.value == "info"
    assert "nödvändigt" in found.message
    assert found.suggestion is None


def test_erfordras_in_a_clause_of_condition_is_no_finding() -> None:
    # *i de fall ett tillstånd krävs*: a need in a clause of condition is no passive remark (the jargon rule's stays)
    text = "I de fall kompletterande uppgifter erfordras kontaktas du av handläggaren."
    report = lint_text(text, genre="brev")
    assert not [f for f in report.findings if f.rule == "passive-voice" and f.text.startswith("erfordras")]
    assert any(f.rule == "jargon" and f.text == "erfordras" for f in report.findings)


def test_an_ordinary_passive_beside_it_still_warns() -> None:
    found = finding("Ansökan erfordras inte. Beslutet fattas av oss. Ärendet avslutas.", "avslutas", genre="brev")
    assert found.severity.value == "warning"


# --- 5. a table cell of one or two words is a value, not a clause ---------------------------------------------------

TABLE = (
    "<html><body><p>Vi har prövat din ansökan om bostadsanpassningsbidrag.</p>"
    "<table><tr><th>Åtgärd</th><th>Beslut</th></tr>"
    "<tr><td>Ramp vid entrén</td><td>Beviljas</td></tr>"
    "<tr><td>Ny dusch</td><td>Beviljas delvis</td></tr>"
    "<tr><td>Dörröppnare</td><td>Ansökan avslås eftersom behovet inte är styrkt.</td></tr></table>"
    "<p>Ansökan om nytt kök avslås.</p></body></html>"
)


def test_a_label_cell_has_no_passive_finding() -> None:
    texts = [f.text for f in _passives(TABLE, "html", genre="beslut")]
    assert "Beviljas" not in texts
    assert texts.count("avslås") == 2  # a cell that is a sentence, and the paragraph, still warn


# --- 6. a protocol is the body's own text ---------------------------------------------------------------------------

PROTOCOL = """Protokoll

Barn- och utbildningsnämnden, sammanträde 2026-11-12

Närvarande: Anna Ek (ordförande), Per Holm, Lena Berg

§ 41 Val av justerare

Per Holm utses att justera protokollet.

§ 42 Skolans organisation

Ordföranden frågar om ärendet ska avgöras i dag. Redovisningen av delegationsbeslut läggs till handlingarna.
"""


def test_a_protocol_s_hidden_doer_warns() -> None:
    found = [f for f in _passives(PROTOCOL) if f.text.startswith("läggs")]
    assert [f.severity.value for f in found] == ["warning"]


def test_a_press_release_s_hidden_doer_stays_information() -> None:
    # the same sentence in a text about others: not the sender's record
    text = "Redovisningen av delegationsbeslut läggs till handlingarna."
    assert finding(text, "läggs", genre="pressmeddelande").severity.value == "info"


# --- 7. the reader told something does not act; a person's place is not part of the person ------------------------


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Du meddelas beslutet av handläggaren.", "”Handläggaren meddelar dig beslutet"),
        ("Du meddelas beslutet av nämnden i ett brev.", "”Nämnden meddelar dig beslutet"),
        ("Du meddelas beslutet i ett brev.", "”Vi meddelar dig beslutet"),
    ],
)
def test_the_reader_told_is_not_the_doer(text: str, example: str) -> None:
    found = finding(text, "meddelas", genre="brev")
    assert example in (found.suggestion or "")
    assert "Tilltala läsaren" not in (found.suggestion or "")


def test_what_the_reader_is_asked_to_tell_still_addresses_the_reader() -> None:
    found = finding("Ändringar i inkomsten meddelas till oss direkt. Du kan ringa.", "meddelas", genre="brev")
    assert "Tilltala läsaren" in (found.suggestion or "")


@pytest.mark.parametrize(
    ("text", "verb", "doer"),
    [
        ("Talet hölls av Anna Lind i Stockholm.", "hölls", "Anna Lind höll talet"),
        ("Priset delades ut av Carl Bildt i Göteborg.", "delades", "Carl Bildt delade ut priset"),
    ],
)
def test_a_person_s_place_stays_out_of_the_doer(text: str, verb: str, doer: str) -> None:
    assert f"”{doer} …”" in (finding(text, verb).suggestion or "")


@pytest.mark.parametrize(
    ("text", "verb", "doer"),
    [
        ("Beslutet fattades av Länsstyrelsen i Skåne.", "fattades", "Länsstyrelsen i Skåne"),
        ("Anmälan görs av vårdnadshavare i Exempelby kommun.", "görs", "Vårdnadshavare i Exempelby kommun"),
        ("Rapporten skrevs av 42 föreningar i Exempelby.", "skrevs", "42 föreningar i Exempelby"),
    ],
)
def test_a_body_s_place_stays_in_the_doer(text: str, verb: str, doer: str) -> None:
    assert f"”{doer} " in (finding(text, verb).suggestion or "")


# --- 8. one count of passive sentences ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "passives"),
    [
        ("Dags att söka till gymnasiet. Ansökan skickas in senast i maj.", 1),  # *Dags* is no s-passive
        ("Mötet följs av en presskonferens. Beslutet fattas av nämnden.", 1),  # an event follows: nobody acts
        ("Ansökan skickas in. Beslutet fattas av nämnden.", 2),
    ],
)
def test_readability_counts_the_passives_the_rule_counts(text: str, passives: int) -> None:
    analysis = analyze(read_text(text))
    assert readability.document_counts(analysis).passive_sentences == passives
