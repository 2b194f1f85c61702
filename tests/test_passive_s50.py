"""passive-voice, session 50 (the university, transport, pensions, business and defence re-tests): whether a finding
is made. No doer at all (a sound heard, a change of state in a condition, an English title), harm to the reader in a
condition (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding

HIDDEN = "döljer vem som gör"


def passives(text: str, word: str, **settings: str) -> list:
    """The passive-voice findings of ``text`` whose span starts with ``word`` (none where no finding is made)."""
    found = [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]
    return [f for f in found if text[f.start : f.end].startswith(word)]


# --- 1. no doer at all: a sound heard, what gets worse in a condition, an English title ----------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Om du bor i ett område där signalen inte hörs kan du få ett sms.", "hörs"),
        ("Om ljudet inte hörs inomhus ska du lyssna på radio.", "hörs"),
        ("Om synen försämras under tiden ska du kontakta oss.", "försämras"),
        ("Ring oss om hörseln försämras.", "försämras"),
        ("Om arbetsmiljön förbättras kan du gå tillbaka till ditt arbete.", "förbättras"),
        ("Statistics for Social Scientists, 7.5 credits", "credits"),
    ],
)
def test_nobody_acts(text: str, verb: str) -> None:
    assert all(HIDDEN not in f.message for f in passives(text, verb, genre="brev"))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Larmet ska höras i hela huset.", "höras"),  # a requirement: someone makes it audible
        ("Vittnet hörs i tingsrätten i morgon.", "hörs"),  # questioned, by the court
        ("Om vägen ska försämras måste vi veta det.", "försämras"),  # a modal: someone decides
        ("Vägen försämras under vintern.", "försämras"),  # not a condition: who lets it worsen?
        ("Kursen ges för studenter på programmet och credits räknas.", "ges"),  # Swedish words: a Swedish passive
    ],
)
def test_someone_acts(text: str, verb: str) -> None:
    found = passives(text, verb, genre="brev")
    assert found and any(f.severity == "warning" for f in found)


# --- 2. harm to the reader in a condition is information ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the parse hangs *Om* on the main clause's verb: only the clause's own *du har* stand between them
        (
            "Pensionsmyndigheten ringer aldrig och ber dig byta fonder. Lämna aldrig ut dina uppgifter till någon som "
            "kontaktar dig. Om du har blivit utsatt för bedrägeri ska du polisanmäla det och kontakta oss omedelbart.",
            "blivit utsatt",
        ),
        ("Här står vad du ska göra om du redan har blivit lurad.", "blivit lurad"),
        ("Om du blir trakasserad på jobbet ska du tala med din chef.", "blir trakasserad"),
    ],
)
def test_harm_in_a_condition_is_information(text: str, verb: str) -> None:
    found = passives(text, verb, genre="brev")
    assert found and all(f.severity == "info" and HIDDEN not in f.message for f in found)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Många har blivit lurade på sina pengar.", "blivit lurade"),  # no condition: who cheated them?
        ("Kunderna blev lurade när de köpte biljetter.", "blev lurade"),  # no condition: who cheated them?
    ],
)
def test_harm_outside_a_condition_stays_a_warning(text: str, verb: str) -> None:
    assert finding(text, verb, genre="brev").severity == "warning"


# --- 3. the sender's act, not the reader's task, and the reader's task, not the sender's ---------------------------

READER = "döljer att det är du (läsaren)"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Du har ansökt om pension. Omställningspension lämnas till efterlevande make som inte har fyllt 65 år.",
            "lämnas",
        ),  # fmt: skip
        ("Tack för din ansökan. Beviset skickas per post till den adress du har angett.", "skickas"),
        ("Du har rätt till stöd. Intyget skickas till dig inom en vecka.", "skickas"),
    ],
)
def test_what_the_sender_issues_is_not_the_readers_task(text: str, verb: str) -> None:
    assert all(READER not in f.message for f in passives(text, verb, genre="brev"))


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        ("Du behöver ett läkarintyg. Intyget ska lämnas in till oss senast den 1 maj.", "lämnas", "Lämna"),
        ("Du kan ansöka om stöd. Ansökan skickas till oss senast den 1 maj.", "skickas", "Skicka"),
    ],
)
def test_the_readers_task_is_the_readers(text: str, verb: str, example: str) -> None:
    found = finding(text, verb, genre="brev")
    assert READER in found.message and example in (found.suggestion or "")
