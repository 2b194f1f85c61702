"""passive-voice, session 48 (the school's, writer's, agency's and bench re-tests): who acts. A reader's act named by
its noun (a compound, a noun the parse took for an adverb, a letter that says *er*), a private building described in
a neighbour notice, what the sender encloses, how a grant was used, what can be done with a thing in a definition (real
model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

READER = "döljer att det är du (läsaren)"


# --- 1. the reader's act named by its noun: a compound, a noun parsed as an adverb, a letter that says *er* --------


def test_a_compound_act_in_a_letter_to_er_is_the_readers() -> None:
    text = (
        "Om tiden inte passar, hör av er till mig så hittar vi en annan tid. "
        "Om Alvin är sjuk ska sjukanmälan göras i Skolappen före kl 8 varje dag han är borta."
    )
    found = finding(text, "göras", genre="brev")
    assert READER in found.message
    assert found.suggestion == "Tilltala läsaren, till exempel ”Ni ska anmäla …”"


def test_an_act_noun_parsed_as_an_adverb_is_the_readers() -> None:
    text = (
        "Om du inte kan delta ska du själv kalla in din ersättare och meddela kansliet. "
        "Anmälan om förhinder görs till kommunsekreteraren senast fredag den 11 december kl. 12.00."
    )
    found = finding(text, "görs", genre="brev")
    assert READER in found.message
    assert found.suggestion == "Tilltala läsaren, till exempel ”Du anmäler …”"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the sender pays out: *utbetalning* is no compound of the reader's *betalning*
        ("Vi betalar ut lönen. Utbetalning görs den 25:e varje månad till er.", "görs"),
        # no reader in the paragraph
        ("Om eleven är sjuk ska sjukanmälan göras i Skolappen före kl 8.", "göras"),
        # a report made by someone named
        ("Anmälan om förhinder görs av sekreteraren till ordföranden. Du får en kopia.", "görs"),
    ],
)
def test_other_acts_are_not_the_readers(text: str, verb: str) -> None:
    assert READER not in finding(text, verb, genre="brev").message


# --- 3. a private building described in a neighbour notice: the builder places it, never *vi* ----------------------

NOTICE = (
    "Byggnadsnämnden har fått en ansökan om bygglov för ett nytt garage på fastigheten Tallåsen 2:5, som gränsar "
    "till din fastighet. "
)


@pytest.mark.parametrize(
    "text",
    [
        NOTICE + "Garaget avviker från detaljplanen eftersom det till en del placeras på mark som inte får bebyggas.",
        NOTICE + "Garaget är 36 kvadratmeter och placeras 1,5 meter från gränsen mot din fastighet.",
    ],
)
def test_a_described_building_is_not_placed_by_the_sender(text: str) -> None:
    suggestion = finding(text, "placeras", genre="brev").suggestion or ""
    assert "vi placerar" not in suggestion.lower()


def test_the_senders_own_building_keeps_vi() -> None:
    text = "Vi bygger en ny skola. Skolan avviker från planen eftersom den placeras på parkmark."
    assert "vi placerar" in (finding(text, "placeras", genre="brev").suggestion or "")


# --- 4. what the sender encloses: *Ritningar bifogas* in a letter is no order to the reader -------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Garaget är 36 kvadratmeter. Du får gärna lämna synpunkter. Ritningar bifogas.", "bifogas"),
        ("Vi har beviljat ditt bygglov. En blankett för överklagande skickas med.", "skickas med"),
    ],
)
def test_what_the_sender_encloses_is_not_the_readers_task(text: str, verb: str) -> None:
    found = finding(text, verb, genre="brev")
    assert READER not in found.message
    assert "Bifoga" not in (found.suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Du kan söka i e-tjänsten. Till ansökan bifogas intyg från läkare.",  # with the reader's application
        "Du kan söka i e-tjänsten. Intyg från läkare bifogas till ansökan.",
        "Om du söker ska intyg bifogas.",  # a modal: what the reader must do
    ],
)
def test_what_goes_with_the_readers_papers_stays_the_readers(text: str) -> None:
    assert READER in finding(text, "bifogas", genre="brev").message


# --- 2. how a grant was used, in a report the reader makes: the grantee used it, not the sender ---------------------

GRANT_REPORT = (
    "Det åligger föreningen att efter avslutat projekt inkomma med en skriftlig slutredovisning, i vilken det "
    "framgår hur medlen har använts samt vilka resultat som har uppnåtts."
)


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Ni kan söka projektbidrag för att pröva något nytt. " + GRANT_REPORT, "hur ni har använt medlen"),
        ("Du har fått stöd från oss. Du ska redovisa hur pengarna har använts.", "hur du har använt pengarna"),
        ("Du ska redovisa hur pengarna har använts.", "hur (Vem?) har använt pengarna"),  # whose money: unsaid
    ],
)
def test_a_grants_use_reported_is_the_grantees(text: str, example: str) -> None:
    assert example in (finding(text, "använts", genre="brev").suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Här kan du läsa hur skattepengarna har använts i kommunen.",  # no report
        "Kommunen ska i årsredovisningen visa hur pengarna har använts. Läs mer om du vill.",  # the reporter named
    ],
)
def test_a_use_the_sender_tells_keeps_vi(text: str) -> None:
    assert "hur vi har använt" in (finding(text, "använts", genre="brev").suggestion or "")


# --- 6. what can be done with a thing, in a definition: information for each verb of the list -----------------------

DEFINITION = (
    "journalhandling: framställning i skrift eller bild samt upptagning som kan läsas, avlyssnas eller på annat sätt "
    "uppfattas endast med tekniskt hjälpmedel och som upprättas eller inkommer i samband med vården av en patient."
)


@pytest.mark.parametrize("verb", ["läsas", "avlyssnas", "uppfattas"])
def test_each_possibility_in_a_definition_is_information(verb: str) -> None:
    assert finding(DEFINITION, verb, genre="dokument").severity.value == "info"


def test_a_definition_with_avses_is_information() -> None:
    text = "Med journalhandling avses en upptagning som kan läsas eller avlyssnas med tekniskt hjälpmedel."
    assert finding(text, "avlyssnas", genre="dokument").severity.value == "info"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Detta gäller handlingar som kan lämnas ut till dig.", "lämnas ut"),  # no definition
        ("Vi har en upptagning. Den som kan läsas ska granskas.", "läsas"),
    ],
)
def test_a_possibility_outside_a_definition_stays_a_warning(text: str, verb: str) -> None:
    assert finding(text, verb, genre="dokument").severity.value == "warning"
