"""passive-voice, session 51's second wave (the health, social, leisure, debt and building re-tests): whose act a
passive hides, the sender's, the reader's or another's (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text

READER = "det är du (läsaren)"


def passives(text: str, word: str, **settings: str) -> list:
    """The passive-voice findings of ``text`` whose span starts with ``word``."""
    found = [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]
    return [f for f in found if text[f.start : f.end].startswith(word)]


def readers_task(text: str, word: str, **settings: str) -> bool:
    return any(READER in f.message for f in passives(text, word, **settings))


def examples(text: str, word: str, **settings: str) -> str:
    return " ".join(f.suggestion or "" for f in passives(text, word, **settings))


# --- 1. the sender's enclosure with two subjects: *Ritningar och situationsplan bifogas* ---------------------------

NOTICE = "Garaget är 36 kvadratmeter. Du får gärna lämna synpunkter. "


def test_two_enclosures_are_the_senders() -> None:
    # the tagger gave *bifogas* no tense with two subjects: the example had been *Bifoga …* or *(Vem?) bifogar*
    text = NOTICE + "Ritningar och situationsplan bifogas."
    assert passives(text, "bifogas", genre="brev")
    assert not readers_task(text, "bifogas", genre="brev")
    assert "Bifoga" not in examples(text, "bifogas", genre="brev")


@pytest.mark.parametrize(
    "text",
    [
        NOTICE + "Ritningar och situationsplan ska bifogas.",  # a modal: asked of the reader
        "Du kan söka i e-tjänsten. Intyg och kvitton bifogas till ansökan.",  # with the reader's application
    ],
)
def test_two_things_with_the_readers_papers_stay_the_readers(text: str) -> None:
    assert readers_task(text, "bifogas", genre="brev")


# --- 2. what the reader's message to the sender makes possible: *så att tolk kan bokas* ----------------------------

INTERPRETER = "Om du behöver tolk ska du meddela oss detta senast en vecka innan besöket så att tolk kan bokas."


@pytest.mark.parametrize(
    "text",
    [INTERPRETER, "Meddela oss senast en vecka innan besöket så att tolk kan bokas."],
)
def test_what_the_readers_message_makes_possible_is_the_senders(text: str) -> None:
    assert passives(text, "bokas", genre="brev")
    assert not readers_task(text, "bokas", genre="brev")
    assert "du kan boka" not in examples(text, "bokas", genre="brev")


@pytest.mark.parametrize(
    "text",
    [
        "Om du behöver tolk ska du meddela det i god tid så att tolk kan bokas.",  # nobody told: the reader books
        "Om du behöver tolk ska du meddela oss detta, och tolk kan bokas på telefon.",  # no result clause
    ],
)
def test_a_booking_not_made_possible_by_telling_us_stays_the_readers(text: str) -> None:
    assert readers_task(text, "bokas", genre="brev")


# --- 3. what is done with the sender's decision, with no modal: *Beslutet … följs upp* -----------------------------

DECIDED = "Du beviljas ledsagarservice enligt LSS med 10 timmar i månaden. "


@pytest.mark.parametrize(
    "text",
    [
        DECIDED + "Beslutet gäller från och med 2026-12-01 och följs upp senast 2027-06-01.",
        DECIDED + "Beslutet följs upp senast 2027-06-01.",
    ],
)
def test_a_decisions_follow_up_is_the_senders(text: str) -> None:
    assert passives(text, "följs", genre="beslut")
    assert not readers_task(text, "följs", genre="beslut")
    assert "Följ upp" not in examples(text, "följs", genre="beslut")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (DECIDED + "Beslutet överklagas till förvaltningsrätten.", "överklagas"),  # the reader's appeal
        (DECIDED + "Beslutet ska följas upp varje månad.", "följas"),  # a modal: asked of the reader
        (DECIDED + "Planen följs upp senast 2027-06-01.", "följs"),  # not a decision
    ],
)
def test_other_acts_on_a_decision_stay_the_readers(text: str, verb: str) -> None:
    assert readers_task(text, verb, genre="beslut")


# --- 4. a group named by its care: *Patienter med diabetes som behandlas med insulin* ------------------------------

FASTING = "Inför undersökningen ska du fasta i ett dygn. "


def test_a_group_named_by_its_treatment_is_not_the_senders_act() -> None:
    text = FASTING + "Patienter med diabetes som behandlas med insulin ska kontakta sin diabetessjuksköterska."
    found = passives(text, "behandlas", genre="brev")
    assert found and "vi behandlar" not in examples(text, "behandlas", genre="brev")


@pytest.mark.parametrize(
    "text",
    [
        FASTING + "Patienter som behandlas på vår avdelning får mat.",  # no means: where we treat them
        FASTING + "Patienter som ska behandlas med insulin får mat.",  # a modal: a treatment to come
    ],
)
def test_other_treatments_stay_the_senders(text: str) -> None:
    assert "vi " in examples(text, "behandlas", genre="brev").lower()


# --- 5. a private building in a relative clause: *den tillbyggnad … som har uppförts utan bygglov* -----------------

ORDER = "Miljö- och byggnämnden förelägger dig som ägare till fastigheten Ekdalen 3:4 att senast den 31 mars 2027 riva "


def test_a_private_building_in_a_relative_clause_is_not_the_senders() -> None:
    text = ORDER + "den tillbyggnad om cirka 22 kvadratmeter som har uppförts utan bygglov på husets västra sida."
    found = passives(text, "uppförts", genre="beslut")
    assert found and "vi har uppfört" not in examples(text, "uppförts", genre="beslut")


def test_a_public_building_in_a_relative_clause_stays_the_senders() -> None:
    text = "Vi har renoverat den skola om cirka 2 000 kvadratmeter som har uppförts vid torget."
    assert "vi har uppfört" in examples(text, "uppförts", genre="beslut")


# --- 6. a change the reader tells us of: *Berätta för oss om din inkomst eller dina kostnader ändras* --------------


@pytest.mark.parametrize(
    "text",
    [
        "Berätta för oss om din inkomst eller dina kostnader ändras, till exempel om du flyttar.",  # *Berätta*: a name
        "Kontakta oss om din inkomst eller dina kostnader ändras.",  # two subjects
    ],
)
def test_a_change_the_reader_reports_has_no_doer(text: str) -> None:
    found = passives(text, "ändras", genre="brev")
    assert all("Vi ändrar" not in (f.suggestion or "") and f.severity == "info" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Berätta för oss om avgiften eller hyran ska ändras.",  # a modal: someone decides the change
        "Vi undersöker om din inkomst eller dina kostnader ändras.",  # whether, after an active verb
    ],
)
def test_a_change_someone_decides_stays_a_warning(text: str) -> None:
    assert any(f.severity == "warning" for f in passives(text, "ändras", genre="brev"))


# --- 7. what a modal asks of a thing the reader answers for: *ansvarar du för det. Instrumentet ska hanteras* ------

RENTED = "Om ditt barn hyr ett instrument av oss ansvarar du för det. "


@pytest.mark.parametrize("verb", ["hanteras", "förvaras"])
def test_care_of_what_the_reader_answers_for_is_the_readers(verb: str) -> None:
    text = RENTED + "Instrumentet ska hanteras varsamt och förvaras på ett säkert sätt."
    assert readers_task(text, verb, genre="brev")
    assert "Vi ska" not in examples(text, verb, genre="brev")


@pytest.mark.parametrize(
    "text",
    [
        "Om ditt barn hyr ett instrument av oss ansvarar vi för det. Instrumentet ska hanteras varsamt.",  # vi answers
        RENTED + "Lokalen ska hanteras varsamt.",  # another thing than the one the reader answers for
        RENTED + "Instrumentet hanteras varsamt.",  # no modal: what happens
    ],
)
def test_care_of_other_things_is_not_the_readers(text: str) -> None:
    assert not readers_task(text, "hanteras", genre="brev")


# --- 8. the reader's answer passed on after the reader's condition: *Om du bestrider kravet skickas ditt svar* -----


def test_the_readers_answer_sent_on_to_a_third_party_is_the_senders() -> None:
    text = "Om du bestrider kravet skickas ditt svar till sökanden, som då kan begära att målet överlämnas."
    assert passives(text, "skickas", genre="brev")
    assert not readers_task(text, "skickas", genre="brev")
    assert "Skicka" not in examples(text, "skickas", genre="brev")


@pytest.mark.parametrize(
    "text",
    [
        "Om du vill överklaga skickas ditt överklagande till oss.",  # to the sender: the reader sends it
        "Om du bestrider kravet ska ditt svar skickas till sökanden.",  # a modal: asked of the reader
        "Om du bestrider kravet skickas intyget till sökanden.",  # not the reader's own paper
    ],
)
def test_other_sendings_keep_the_readers_task(text: str) -> None:
    assert readers_task(text, "skickas", genre="brev")
