"""passive-voice, session 52's second wave (the procurement, housing, streets and claims re-tests): a duty's holder
is the doer, whose act a passive hides, and what is no passive to rewrite (real model, spaCy only)."""

from __future__ import annotations

import pytest

from test_passive_s52 import examples, passives

ANSWERS = "säger vem som ansvarar"


# --- 1. a duty's holder is the doer: *X ansvarar för att … <passive>*, *ansvarig för att …* ------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the subject after the verb (the examples had been *för att vi tar bort*, *att vi sandar det*)
        ("Som fastighetsägare ansvarar du för att snö och is tas bort från trottoaren utanför din fastighet och att "
         "det sandas vid behov.", "tas bort"),
        ("Som fastighetsägare ansvarar du för att snö och is tas bort från trottoaren utanför din fastighet och att "
         "det sandas vid behov.", "sandas"),
        # *för att* after another object and *samt* (the example had been *Vi underhåller*)
        ("Fastighetsägaren ansvarar i sin tur för ledningarna på den egna tomten samt för att en backventil, om "
         "sådan finns, underhålls enligt tillverkarens anvisningar.", "underhålls"),
        # the adjective (*att vi sköter lägenheten* had reversed the duty)
        ("Du är fortfarande ansvarig för att hyran betalas och för att lägenheten sköts.", "betalas"),
        ("Du är fortfarande ansvarig för att hyran betalas och för att lägenheten sköts.", "sköts"),
        ("Du ansvarar för att rummet städas och för att lampor släcks.", "släcks"),
        ("Förvaltningschefen ansvarar för att rutinen följs och att den används.", "används"),
    ],
)  # fmt: skip
def test_a_duty_s_holder_is_named(text: str, word: str) -> None:
    found = passives(text, word)
    assert found
    assert all(f.severity.name == "INFO" and ANSWERS in f.message and not f.suggestion for f in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vi ansvarar för att rummet städas och för att lampor släcks.", "släcks"),  # vi: better said in the active
        ("Vi är ansvariga för att ansökan behandlas.", "behandlas"),
        ("Du ansvarar för rummet och lamporna släcks klockan tio.", "släcks"),  # no *för att*
        # another *att* clause nearer, in the next sentence
        ("Förvaltningschefen ansvarar för att rutinen följs. Det är viktigt att den följs upp och att den används.",
         "används"),
    ],
)  # fmt: skip
def test_no_duty_s_holder_named(text: str, word: str) -> None:
    found = passives(text, word)
    assert found
    assert not any(ANSWERS in f.message for f in found)


# --- 3. no act, or the doer named: an event that ends, a process, a purpose, a period, a role after *av* ------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("När evenemanget avslutats ska platsen städas.", "avslutats"),  # an event ends; nobody ends it
        ("Konserten avslutas klockan 22.", "avslutas"),
        ("Under natten sjönk temperaturen snabbt och det bildades is på kort tid.", "bildades"),  # a process
        # what a thing was made for (a warning with no example had asked who uses it)
        ("Ersättningen har jämkats med hänsyn till att garaget inte var byggt för att användas som förråd.",
         "användas"),
        ("Lokalen är avsedd att användas för möten.", "användas"),
        # a period counted from a point of time (the example had been *(Vem?) räknar …*)
        ("Uppsägningstiden är tre månader. Den börjar räknas från det månadsskifte som inträffar närmast efter "
         "uppsägningen.", "räknas"),
    ],
)  # fmt: skip
def test_no_act_to_rewrite(text: str, word: str) -> None:
    assert not passives(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("När evenemanget avslutats ska platsen städas.", "städas"),  # the cleaning is someone's
        ("En arbetsgrupp bildades i maj.", "bildades"),  # someone formed it
        ("Det bildades en arbetsgrupp.", "bildades"),
        ("Huset byggdes för att hyras ut.", "hyras"),  # a finite verb before: an act's purpose, still someone's
        ("Handläggningstiden räknas i arbetsdagar.", "räknas"),
    ],
)
def test_an_act_still_flagged(text: str, word: str) -> None:
    found = passives(text, word)
    assert found
    assert any(f.severity.name == "WARNING" for f in found)


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Parkeringsövervakningen i kommunen utförs av auktoriserade parkeringsvakter.", "utförs",
         "auktoriserade parkeringsvakter"),  # the example had been *(Vem?) utför …*
        # *ersätta* is to pay for here: the tenant pays, not *the thing that replaces it*
        ("Skador utöver normalt slitage ska ersättas av avflyttande hyresgäst.", "ersättas", "avflyttande hyresgäst"),
    ],
)  # fmt: skip
def test_a_role_after_av_is_the_doer(text: str, word: str, doer: str) -> None:
    found = passives(text, word)
    assert found
    assert all(f.severity.name == "INFO" and f"”{doer}”" in f.message for f in found)
    assert "det som ersätter" not in " ".join(f.message for f in found)


def test_a_thing_that_replaces_stays_a_thing() -> None:
    found = passives("Tjänstgöringen får ersättas av en kortare utbildning.", "ersättas")
    assert found and "det som ersätter" in found[0].message


# --- 2. what the sender found not done is another's omission: *Vi har konstaterat … har inte dokumenterats* --------


def test_an_omission_the_sender_found_is_not_the_senders() -> None:
    # the example had been *Vi har inte dokumenterat lekplatskontroller* in a termination notice to the supplier
    text = (
        "Under sommaren har vi vid upprepade tillfällen konstaterat att arbetet inte utförts enligt avtalet. "
        "Lekplatskontroller har inte dokumenterats sedan den 20 maj."
    )
    example = examples(text, "dokumenterats")
    assert "(Vem?) har inte dokumenterat" in example
    assert "Vi " not in example


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vi har fått din ansökan. Ansökan har inte behandlats än.", "behandlats"),  # nothing found: ours
        ("Vi har konstaterat brister. Därför har tillståndet inte beviljats.", "beviljats"),  # the sender's refusal
    ],
)
def test_the_senders_own_omission_stays_the_senders(text: str, word: str) -> None:
    assert "Vi " in examples(text, word) or "vi " in examples(text, word)


# --- 2. a duty the sender will do itself if it is not done: *måste flyttas – annars flyttar vi det* ----------------

READER = "det är du (läsaren)"


@pytest.mark.parametrize(
    ("text", "word", "example"),
    [
        # a heading; the example had been *Vi måste flytta ditt fordon*
        ("Ditt fordon måste flyttas – annars flyttar vi det", "flyttas", "Du måste flytta ditt fordon"),
        ("Skräpet måste tas bort senast fredag, annars tar vi bort det på din bekostnad.", "tas bort",
         "Du måste ta bort skräpet"),
    ],
)  # fmt: skip
def test_the_senders_fallback_makes_the_duty_the_readers(text: str, word: str, example: str) -> None:
    found = passives(text, word)
    assert any(READER in f.message for f in found)
    assert example in examples(text, word)


def test_no_fallback_of_the_same_act() -> None:
    text = "Din ansökan ska behandlas inom fyra veckor, annars kontaktar vi dig."  # another act: the sender's duty
    found = passives(text, "behandlas")
    assert found
    assert not any(READER in f.message for f in found)


# --- 2. a consent from another party is that party's to give: *Samtycke från hyresvärden lämnas* ------------------


def test_a_consent_from_the_landlord_is_not_the_readers_task() -> None:
    # the example had been *Lämna samtycke från hyresvärden*; the landlord, the sender, gives it
    text = "Du kan hyra ut din lägenhet i andra hand. Samtycke från hyresvärden lämnas för högst ett år i taget."
    found = passives(text, "lämnas")
    assert found
    assert not any(READER in f.message for f in found)
    assert "Lämna samtycke" not in examples(text, "lämnas")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Du ska söka bidrag. Intyg från läkaren ska skickas in till oss.", "skickas"),  # a document: the reader's
        ("Du ska hyra ut lägenheten. Samtycke från dig lämnas till oss.", "lämnas"),  # from the reader
    ],
)
def test_what_the_reader_hands_in_stays_the_readers(text: str, word: str) -> None:
    assert any(READER in f.message for f in passives(text, word))


# --- 3. a question quoted under a *Fråga* label: the asker's words, information with no example -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fråga 10\n\nKan sista anbudsdag flyttas fram? Vi anser att tiden är för kort.",  # the label a line of its own
        "Fråga 10\nKan sista anbudsdag flyttas fram? Vi anser att tiden är för kort.",
        "Fråga: Kan sista anbudsdag flyttas fram?",
    ],
)
def test_a_question_asked_by_another_is_quoted(text: str) -> None:
    # the example had been *Vi kan flytta fram sista anbudsdag* in the buyer's questions and answers
    found = passives(text, "flyttas")
    assert found
    assert all(f.severity.name == "INFO" and not f.suggestion for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Svar 10\n\nKan sista anbudsdag flyttas fram? Nej.",  # no question label
        "Fråga 10\n\nVi svarar nu. Sista anbudsdag ska flyttas fram.",  # not the question itself
    ],
)
def test_the_answer_is_not_quoted(text: str) -> None:
    assert any(f.severity.name == "WARNING" for f in passives(text, "flyttas"))
