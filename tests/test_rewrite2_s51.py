"""passive-voice's doers and active examples, session 51, second round (the employment, family and easy-read
re-tests): a main clause after a fronted clause keeps no subjunction (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. the subjunction of a fronted clause is not the main clause's -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # the tagger made *missar* a noun, so no finite verb stood between *om* and the passive: the example had been
        # *om vi kan stänga av din ersättning …*; the subject after the finite verb says the clause is the main one
        (
            "En varning betyder att du inte förlorar din ersättning nu. "
            "Men om du missar att rapportera igen kan din ersättning stängas av.",
            "stängas",
            "”Vi kan stänga av din ersättning …”",
        ),
    ],
)
def test_an_inverted_main_clause_keeps_no_subjunction(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # a subordinate clause has its subject before the finite verb, and keeps its subjunction
        ("Det är viktigt att ansökan kan granskas i tid.", "granskas", "”att (Vem?) kan granska ansökan …”"),
        ("Du får ett brev när ansökan har granskats.", "granskats", "”när vi har granskat ansökan …”"),
        # a formal *det* before the finite verb, the subject after it
        ("Om det kan göras en bedömning redan nu får du besked.", "göras", "”Om vi kan göra …”"),
    ],
)
def test_a_subordinate_clause_keeps_its_subjunction(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


# --- 2. the noun between *kommer* and *att* is the passive's subject, and its *av* phrase what the act is done to --


def test_the_object_of_an_act_noun_is_no_doer() -> None:
    # the parse made *bedömning* the root and *göras* a clause on it: the note had named *dina behov* the doer
    found = finding("Vid samtalet kommer en bedömning att göras av dina behov.", "göras", genre="brev")
    assert "dina behov" not in found.message
    assert "döljer vem som gör något" in found.message


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        # a person after *av* is the doer
        ("Vid samtalet kommer en bedömning att göras av din handläggare.", "göras", "din handläggare"),
        ("Ansökan kommer att granskas av nämnden.", "granskas", "nämnden"),
    ],
)
def test_a_person_after_av_stays_the_doer(text: str, word: str, doer: str) -> None:
    assert f"(”{doer}”)" in finding(text, word, genre="brev").message


# --- 3. an opening that only announces what follows is deleted, not made active ------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "phrase"),
    [
        # the example had been *Vi bör notera …*, the agency told to note its own letter
        (
            "Det bör härvid noteras att om efterfrågade handlingar ej inkommer inom angiven tid kommer ärendet att "
            "avgöras på befintligt underlag.",
            "noteras",
            "Det bör härvid noteras att",
        ),
        ("Det kan också nämnas att kommunen har en ny webbplats.", "nämnas", "Det kan också nämnas att"),
        ("Det ska understrykas att beslutet gäller omedelbart.", "understrykas", "Det ska understrykas att"),
    ],
)
def test_a_filler_opening_is_deleted(text: str, word: str, phrase: str) -> None:
    suggestion = finding(text, word, genre="brev").suggestion
    assert f"Stryk ”{phrase}”" in suggestion
    assert "Observera att" in suggestion
    assert "notera …" not in suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # no modal: who notes is a real question (a protocol's *Det noteras att …*)
        ("Det noteras att nämnden har fattat beslut.", "noteras", "”(Vem?) noterar …”"),
        # where it is noted: an act, not an announcement
        ("Det bör noteras i protokollet att ledamoten reserverade sig.", "noteras", "”(Vem?) bör notera …”"),
        ("Detta bör noteras i journalen.", "noteras", "”(Vem?) bör notera …”"),
    ],
)
def test_a_real_act_of_noting_is_made_active(text: str, word: str, active: str) -> None:
    suggestion = finding(text, word, genre="brev").suggestion
    assert active in suggestion
    assert "Stryk" not in suggestion


# --- 4. a relative *som* tagged as a subjunction, and a bare particle before *och* -----------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # the parse made *som* a subjunction beside *när som helst*: the example had been the main clause *Du kan …*
        ("Du lämnar ett samtycke som när som helst kan återkallas av dig.", "återkallas", "”som du kan återkalla …”"),
        ("Det är ett samtycke som när som helst kan återkallas.", "återkallas", "”som (Vem?) kan återkalla …”"),
        # the parse made *i* a dep: *skickas* was read as a clause of its own and got the imperative *Skicka …*
        ("Här kan du läsa hur blanketten ska fyllas i och skickas.", "skickas", "”hur du ska skicka blanketten …”"),
    ],
)
def test_the_clause_is_kept(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # a main clause stays one
        ("Samtycket kan när som helst återkallas av Dig.", "återkallas", "”Du kan återkalla samtycket …”"),
        ("Blanketten ska fyllas i och skickas till oss.", "skickas", "”Skicka blanketten …”"),
    ],
)
def test_a_main_clause_stays_one(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion
