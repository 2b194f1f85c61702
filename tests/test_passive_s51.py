"""passive-voice, session 51 (the health, social, leisure, debt and building re-tests): whether a finding is made
and how severe (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text

HIDDEN = "döljer"


def passives(text: str, word: str, **settings: str) -> list:
    """The passive-voice findings of ``text`` whose span starts with ``word`` (none where no finding is made)."""
    found = [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]
    return [f for f in found if text[f.start : f.end].startswith(word)]


def no_hidden_doer(text: str, word: str, **settings: str) -> bool:
    return all(HIDDEN not in f.message and f.severity == "info" for f in passives(text, word, **settings))


def warned(text: str, word: str, **settings: str) -> bool:
    return any(f.severity == "warning" for f in passives(text, word, **settings))


# --- 1. a classification with its subject after the verb: *räknas det som* ---------------------------------------


def test_counts_as_with_inverted_subject() -> None:
    text = "Om ett fel visar sig inom två år från köpet räknas det som ett ursprungligt fel."
    assert passives(text, "räknas", genre="brev")
    assert no_hidden_doer(text, "räknas", genre="brev")


def test_counted_up_stays() -> None:
    # *räknas det ut*: someone calculates it, no classification
    assert warned("Därefter räknas det om och skickas till dig.", "räknas", genre="brev")


# --- 2. no doer at all: an idiom, a state of repair, a statute, an event that ends --------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Vi söker ett konstverk som tål att användas och som fungerar året runt.", "användas"),
        ("Jackan tål att tvättas i 60 grader.", "tvättas"),
        ("Ladan kan vara värd att bevara även om den behöver lagas.", "lagas"),
        ("Sekretessen regleras i 26 kap. offentlighets- och sekretesslagen (2009:400), OSL.", "regleras"),
        ("Utbildningen tar ungefär två timmar och avslutas med ett test.", "avslutas"),
    ],
)
def test_nobody_acts(text: str, verb: str) -> None:
    assert no_hidden_doer(text, verb, genre="brev")
    assert not any("(Vem?)" in (f.suggestion or "") for f in passives(text, verb, genre="brev"))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Vi söker ett konstverk som ska användas i parken.", "användas"),  # no *tål att*
        ("Ladan kan rivas om den måste lagas.", "lagas"),  # *måste*: a duty, not a state
        ("Meddela oss om taket behöver lagas.", "lagas"),  # a noun, not the thing spoken of
        ("Sekretessen regleras i ett beslut av nämnden varje år.", "regleras"),  # no statute
        ("Vi tar emot din anmälan och avslutas ärendet sedan.", "avslutas"),  # *vi* acts: no event subject
    ],
)
def test_someone_acts(text: str, verb: str) -> None:
    assert warned(text, verb, genre="brev")


# --- 3. a change in a condition after a passive: nobody changes it ------------------------------------------------


def test_change_in_condition_after_a_passive() -> None:
    text = "Beloppet kommer att justeras om förhållandena ändras."
    assert no_hidden_doer(text, "ändras", genre="brev")
    assert warned(text, "justeras", genre="brev")  # the sender adjusts it


def test_change_with_its_own_modal_stays() -> None:
    # *ska ändras*: someone decides the change
    assert warned("Beloppet kommer att justeras om reglerna ska ändras.", "ändras", genre="brev")


# --- 4. a private building in a neighbour notice that names the application is information ----------------------

NOTICE = (
    "Ägaren till Lärkan 7 har ansökt om bygglov för att bygga ett garage på 42 kvadratmeter, 1,5 meter från gränsen "
    "mot din tomt. "
)


def test_applied_for_building_is_information() -> None:
    text = NOTICE + "Garaget placeras närmare tomtgränsen än 4,5 meter. Därför vill vi höra vad du tycker."
    found = passives(text, "placeras", genre="brev")
    assert found and no_hidden_doer(text, "placeras", genre="brev")


@pytest.mark.parametrize(
    "text",
    [
        "Du får det här brevet som granne. Garaget placeras närmare tomtgränsen än 4,5 meter.",  # no application
        NOTICE + "Vi bygger en ny skola. Skolan placeras på parkmark.",  # not a private building
    ],
)
def test_other_buildings_stay_warnings(text: str) -> None:
    assert warned(text, "placeras", genre="brev")


# --- 5. no passive at all: a noun the tagger took for a verb, a state of health, a reciprocal ----------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("har en kronisk hjärt- eller lungsjukdom, diabetes eller nedsatt immunförsvar", "dia"),
        ("Det är viktigt att du dricker mycket för att inte bli uttorkad.", "bli"),
        ("Berätta för oss om du flyttar, får högre hyra eller blir sjukskriven.", "blir"),
        ("Den handlar om tre syskon som möts igen efter många år.", "möts"),
    ],
)
def test_no_passive(text: str, verb: str) -> None:
    assert not passives(text, verb, genre="brev")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ansökan byggstartas inte förrän den är klar.", "byggstartas"),  # an unlisted verb heading its clause
        ("Om du blir uppsagd ska du kontakta oss.", "blir"),  # someone dismisses: not a state of health
        ("Det här är syskonet som möts av personalen vid entrén.", "möts"),  # one person, met by someone
    ],
)
def test_still_a_passive(text: str, verb: str) -> None:
    assert passives(text, verb, genre="brev")


def test_unlisted_compound_verb_stays_a_passive() -> None:
    # the corpus's *slutredovisas*: a compound of a listed verb, wherever the parse hangs it
    text = "Uppdraget ska delredovisas senast den 1 mars och slutredovisas senast den 1 december 2025."
    assert passives(text, "slutredovisas", genre="brev")


def test_building_without_permit_stays_a_warning() -> None:
    # an injunction: the owner built it without a permit and later applied; the text must say who built it
    text = (
        "I samband med tillsyn upptäcktes att en tillbyggnad hade uppförts utan att bygglov hade sökts. "
        "Du informerades om att du behövde söka bygglov i efterhand. Din ansökan om bygglov avslogs den 3 mars."
    )
    assert warned(text, "uppförts", genre="beslut")


# --- 6. the reader's act: an application on a form whose name has *av* ----------------------------------------------

FORM = "Om din inkomst har minskat kan du ansöka om att beloppet sänks. "


def test_application_on_a_named_form_is_the_readers() -> None:
    text = FORM + "Ansökan görs på blanketten Ändring av återbetalningsbelopp (FK 7408), som finns på vår webbplats."
    found = passives(text, "görs", genre="brev")
    assert found and all("Du ansöker" in (f.suggestion or "") for f in found)


def test_application_made_by_another_is_not_the_readers() -> None:
    text = FORM + "Anmälan görs till IVO av verksamheten."
    assert all("Du " not in (f.suggestion or "") for f in passives(text, "görs", genre="brev"))


# --- 7. the reader's act with its subject after a modal: *måste en ny anmälan göras* ------------------------------


def test_new_registration_after_a_modal_is_the_readers() -> None:
    text = "Om du inte har tackat ja i tid går platsen till nästa person i kön. Därefter måste en ny anmälan göras."
    found = passives(text, "göras", genre="brev")
    assert found and all("Vi " not in (f.suggestion or "") for f in found)
    assert any("du" in (f.suggestion or "").lower() for f in found)


def test_an_adverbial_with_a_preposition_is_no_subject() -> None:
    # *i kön* has its preposition: no subject, and no reader's act named
    text = "Om du inte har tackat ja i tid måste ändringar i kön göras."
    assert all("anmäl" not in (f.suggestion or "") for f in passives(text, "göras", genre="brev"))


# --- 8. what another holder registers: *registreras hos kreditupplysningsföretagen* ------------------------------

DEBT = "Om du inte svarar i tid kan vi meddela utslag. "


def test_registered_with_another_holder_is_not_the_senders() -> None:
    text = DEBT + "Uppgifter om utslaget kommer att registreras hos kreditupplysningsföretagen."
    found = passives(text, "registreras", genre="brev")
    assert found and all("vi " not in (f.suggestion or "").lower() for f in found)


def test_registered_with_us_stays_the_senders() -> None:
    text = DEBT + "Uppgifter om utslaget kommer att registreras hos oss."
    assert all("(Vem?)" not in (f.suggestion or "") for f in passives(text, "registreras", genre="brev"))
