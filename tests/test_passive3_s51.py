"""passive-voice, session 51's third wave (the health, leisure, building, environment, employment, family and easy-read
re-tests): a doer named after an adverbial, deference to double-negation, and whose act a passive hides (real model,
spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text

READER = "det är du (läsaren)"
HIDDEN = "döljer"


def passives(text: str, word: str, **settings: str) -> list:
    """The passive-voice findings of ``text`` whose span starts with ``word``."""
    found = [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]
    return [f for f in found if text[f.start : f.end].startswith(word)]


def hidden(text: str, word: str, **settings: str) -> bool:
    return any(HIDDEN in f.message for f in passives(text, word, **settings))


def named(text: str, word: str, **settings: str) -> bool:
    return any("säger vem som gör det" in f.message for f in passives(text, word, **settings))


def examples(text: str, word: str, **settings: str) -> str:
    return " ".join(f.suggestion or "" for f in passives(text, word, **settings))


# --- 1. a doer named by a role (*av en audionom*, *av en sjuksköterska*, *av nämndens handläggare*) -----------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Du har fått en tid för hörselundersökning. Undersökningen görs av en audionom och tar en timme.", "görs"),
        ("Vi har läst journalen. Enligt den bedömdes du vid ankomsten av en sjuksköterska, och dina värden var "
         "stabila.", "bedömdes"),
        ("Vi prövar. Platsbesök genomfördes den 20 oktober 2026 av nämndens handläggare.", "genomfördes"),
        ("Du lånar gratis. Skador som inte beror på normalt slitage ersätts av vårdnadshavaren.", "ersätts"),
    ],
)  # fmt: skip
def test_a_named_doer_is_not_hidden(text: str, word: str) -> None:
    # the examples had been *Vi undersöker …*, *Vi bedömde dig …*, *(Vem?) genomförde …*, and *vårdnadshavaren* was
    # what replaces the damage, not who pays for it
    assert named(text, word)


def test_a_phenomenon_is_no_role() -> None:
    # *-onom* (*audionom, ekonom, agronom*), not *-nom/-nomen*, which would take *fenomen* for a doer
    text = "Ökningen förklarades under 2020 av ett nytt fenomen."
    assert hidden(text, "förklarades")
    assert not named(text, "förklarades")


def test_a_thing_that_replaces_is_no_payer() -> None:
    text = "Vattnet ersätts av ett nytt system."
    assert passives(text, "ersätts")
    assert not named(text, "ersätts")


# --- 2. a double negation around the passive: *Det kan inte uteslutas att …* -------------------------------------


def test_passive_defers_to_a_double_negation_around_it() -> None:
    # *inte uteslutas* → *hända* and a second note on *uteslutas* alone (employment re-test s51: two findings)
    text = "Det kan inte uteslutas att beslutet ändras."
    found = lint_text(text).findings
    assert any(f.rule == "double-negation" for f in found)
    assert not passives(text, "uteslutas")
    assert passives(text, "ändras")  # a passive outside the phrase stays


def test_passive_stays_when_double_negation_is_off() -> None:
    text = "Det kan inte uteslutas att beslutet ändras."
    assert passives(text, "uteslutas", disable=["double-negation"])


def test_a_passive_with_one_negation_stays() -> None:
    assert passives("Ansökan kan inte avslås utan skäl.", "avslås")


# --- 4. a personal pronoun is the whole doer: *följas upp av dig varje månad* --------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Beslutet ska följas upp av dig varje månad.", "följas"),  # had been *dig varje månad*
        ("Avgiften betalas av dig varje kvartal.", "betalas"),
        ("Planen ska godkännas av er två gånger per år.", "godkännas"),  # had been *två gånger*
    ],
)
def test_no_time_in_a_pronoun_doer(text: str, word: str) -> None:
    found = passives(text, word)
    assert found
    assert not any("månad" in f.message or "kvartal" in f.message or "gånger" in f.message for f in found)
    assert not any(t in examples(text, word) for t in ("varje", "Två gånger"))


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Ansökan görs av er handläggare.", "görs", "er handläggare"),  # the possessive *er*: its noun stays
        ("Beslutet fattas av oss båda.", "fattas", "oss båda"),
        ("Planen ska följas upp av handläggaren varje månad.", "följas", "”handläggaren”"),
    ],
)
def test_a_pronoun_with_its_own_words_stays(text: str, word: str, doer: str) -> None:
    assert any(doer in f.message for f in passives(text, word))


# --- 3. whose act: a feared event, a tax, a rule that counts ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Skyddet ska minska risken för att vattnet förorenas.", "förorenas"),  # not *(Vem?) förorenar vattnet*
        ("Det finns en risk att uppgifterna sprids.", "sprids"),
        ("Erhållen ersättning beskattas och a-kassan drar 30 procent i skatt.", "beskattas"),  # not *Vi beskattar*
        ("Om man har barn som bor hos olika föräldrar räknas bara de barn som man själv får barnbidrag för.", "räknas"),
    ],
)
def test_nobody_in_particular_acts(text: str, word: str) -> None:
    found = passives(text, word)
    assert found
    assert all(f.severity.name == "INFO" and not f.suggestion for f in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Risken är att ansökan avslås.", "avslås"),  # a verb between the noun and *att*: no risk's clause
        ("Avgiften räknas om varje år.", "räknas"),  # a recalculation: someone's act
        ("Vi vet att vattnet förorenas.", "förorenas"),  # no risk
    ],
)
def test_someone_in_particular_acts(text: str, word: str) -> None:
    assert hidden(text, word)


# --- 3. what a web site stores on the reader's device is the site's act: *Kakan sparas i din dator* -------------

COOKIES = "Du kan läsa mer om kakor här. "


def test_stored_on_the_readers_device_is_not_the_readers_task() -> None:
    text = COOKIES + "Kakan sparas i din dator eller mobil."
    assert passives(text, "sparas")
    assert READER not in " ".join(f.message for f in passives(text, "sparas"))
    assert "Spara kakan" not in examples(text, "sparas")


@pytest.mark.parametrize(
    "text",
    [COOKIES + "Kvittot ska sparas i din dator.", COOKIES + "Kvittot sparas i din pärm."],  # a modal; no device
)
def test_the_readers_own_storing_stays_theirs(text: str) -> None:
    assert any(READER in f.message for f in passives(text, "sparas"))


# --- 3. a compound on a reader's act that the tagger made an adverb: *Sjukanmälan görs varje dag* -----------------


def test_compound_act_taken_for_an_adverb_is_the_readers() -> None:
    # the example had been *Vi gör …*: the parent reports the child sick
    text = "Du ska anmäla det i Skolappen före klockan 8. Sjukanmälan görs varje dag som barnet är sjukt."
    assert any(READER in f.message for f in passives(text, "görs"))
    assert "anmäler" in examples(text, "görs")


def test_the_senders_payment_stays_the_senders() -> None:
    text = "Vi har fått din ansökan. Utbetalningen görs i maj."
    assert not any(READER in f.message for f in passives(text, "görs"))
