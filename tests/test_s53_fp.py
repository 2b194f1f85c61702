"""passive-voice, session 53 (the agri, customs, probation, preschool and energy re-tests): whether a passive hides
a doer, and whose act its example names (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text

HIDDEN = "döljer"


def passives(text: str, word: str, **settings: str) -> list:
    """The passive-voice findings of ``text`` whose span starts with ``word``."""
    found = [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]
    return [f for f in found if text[f.start : f.end].startswith(word)]


def warnings(text: str, word: str, **settings: str) -> list:
    return [f for f in passives(text, word, **settings) if f.severity.value == "warning"]


# --- 1. an illness or a pest spreads by itself: nobody spreads it ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Flera barn har insjuknat. Det är troligen vinterkräksjuka (calicivirus), som sprids mycket lätt mellan barn.",
        "Några elever har huvudlöss. Löss är vanligt bland skolbarn. De sprids när man har huvudena nära varandra.",
    ],
)
def test_illness_or_pest_that_spreads_is_no_passive(text: str) -> None:
    assert not passives(text, "sprids", genre="brev")


def test_leaflets_spread_by_someone_still_warn() -> None:
    text = "Vi har tagit fram en broschyr om vaccin, som sprids till alla vårdnadshavare i kommunen."
    assert warnings(text, "sprids", genre="brev")


# --- 2. kept or registered *hos* a named body: the text names who does it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vi har beslutat att ta varorna i beslag. Varorna förvaras hos Tullverket i Göteborg.", "förvaras"),
        ("Av handlingarna framgår att du registrerades som ägare till företaget hos Skatteverket den 1 december 2021.",
         "registrerades"),
    ],
)  # fmt: skip
def test_kept_with_a_named_body_is_information(text: str, word: str) -> None:
    found = passives(text, word, genre="beslut")
    assert found and not warnings(text, word, genre="beslut")
    assert all("vi " not in (f.suggestion or "").lower() for f in found)


def test_kept_with_us_still_warns() -> None:
    text = "Vi har beslutat att ta varorna i beslag. Varorna förvaras hos oss tills vidare."
    assert warnings(text, "förvaras", genre="beslut")


def test_registered_with_the_sender_without_hos_still_warns() -> None:
    text = "Din anmälan registrerades som ett nytt ärende den 3 maj."
    assert warnings(text, "registrerades", genre="beslut")


# --- 3. the justice system's acts: release, forfeiture, evasion --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("En del av ersättningen sätts av till ett sparkonto som betalas ut när du friges.", "friges"),
        ("Resten förvaras åt dig tills du friges.", "friges"),
        ("Beslaget har bedömts vara nödvändigt för att varorna ska kunna förverkas.", "förverkas"),
        ("Tulltillägget uppgår till 20 procent av den tull som skulle ha undandragits om uppgiften hade godtagits.",
         "undandragits"),
    ],
)  # fmt: skip
def test_justice_systems_acts_are_information(text: str, word: str) -> None:
    found = passives(text, word, genre="brev")
    assert found and not warnings(text, word, genre="brev")
    assert all(f.suggestion is None for f in found)


def test_other_acts_on_a_prisoner_still_warn() -> None:
    text = "Du ska infinna dig på anstalten måndagen den 14 april. Senare måste de nummer du vill ringa godkännas."
    assert warnings(text, "godkännas", genre="brev")


# --- 4. what the sender gives the reader is not the reader's task ------------------------------------------------


def test_senders_enclosure_with_the_reader_in_its_subject() -> None:
    text = "Du ska infinna dig på anstalten. En förteckning över vad du får ta med dig in på anstalten bifogas."
    [found] = passives(text, "bifogas", genre="brev")
    assert "Vi " in (found.suggestion or "") and "Bifoga" not in (found.suggestion or "")


def test_reader_who_attaches_is_still_told() -> None:
    text = "Du får ett brev där intyget bifogas. Till ansökan ska du bifoga ett läkarintyg."
    assert all("Vi bifogar" not in (f.suggestion or "") for f in passives(text, "bifogas", genre="brev"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Om du bryter mot villkoren kan du få en varning. En varning kan också meddelas vid mindre överträdelser.",
         "meddelas"),
        ("Du kan få veta när den dömda friges. Underrättelsen lämnas i normalfallet per brev.", "lämnas"),
    ],
)  # fmt: skip
def test_notice_or_warning_given_to_the_reader_is_no_task(text: str, word: str) -> None:
    found = passives(text, word, genre="brev")
    assert found and all("läsaren) som ska" not in f.message for f in found)


def test_reader_who_hands_in_a_notice_is_still_told() -> None:
    text = "Du kan anmäla flytten i e-tjänsten. Anmälan ska lämnas in senast den 1 maj."
    assert any("läsaren) som ska" in f.message for f in passives(text, "lämnas", genre="brev"))


# --- 5. the reader's own filing: declaring and applying ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Ni har ansökt om återbetalning av tull. Importen deklarerades den 2 mars 2022.", "deklarerades", "Ni "),
        ("I ert svar anför ni att ni inte kände till att ansökan skulle göras i förväg.", "göras", "ni "),
        ("Du har rätt till stöd. Din ansökan registrerades i SAM Internet den 22 april 2024.", "registrerades",
         "(Vem?)"),
    ],
)  # fmt: skip
def test_readers_filing_is_not_the_senders(text: str, word: str, doer: str) -> None:
    [found] = passives(text, word, genre="beslut")
    assert doer in (found.suggestion or "") and "Vi " not in (found.suggestion or "")


def test_senders_own_handling_still_names_us() -> None:
    text = "Du har ansökt om stöd. Din ansökan registrerades den 22 april och har nu behandlats."
    assert any("Vi " in (f.suggestion or "") for f in passives(text, "behandlats", genre="beslut"))


# --- 6. a statute's norm named without its section; an act done together with another party ---------------------


def test_statutes_norm_named_without_section_is_information() -> None:
    text = "Vid kontrollen var liggytan blöt. Enligt djurskyddslagen ska djur hållas i en god miljö."
    found = passives(text, "hållas", genre="beslut")
    assert found and not warnings(text, "hållas", genre="beslut")


def test_what_the_sender_does_on_the_statutes_ground_later_still_warns() -> None:
    text = "Vid kontrollen var liggytan blöt. Djuren ska flyttas enligt djurskyddslagen."
    assert warnings(text, "flyttas", genre="beslut")


def test_done_together_with_another_party_asks_who() -> None:
    text = (
        "Du har ansökt om specialkost för ditt barn. Eftersom Alva kan få en allvarlig reaktion ska en handlingsplan "
        "upprättas i samråd med skolsköterskan."
    )
    [found] = passives(text, "upprättas", genre="beslut")
    assert "(Vem?)" in (found.suggestion or "") and "Vi " not in (found.suggestion or "")


def test_done_without_another_party_names_us() -> None:
    text = (
        "Du har ansökt om specialkost för ditt barn. Eftersom Alva kan få en allvarlig reaktion ska en handlingsplan "
        "upprättas innan beslutet börjar gälla."
    )
    [found] = passives(text, "upprättas", genre="beslut")
    assert "Vi " in (found.suggestion or "")


# --- 7. beside the reader's own clause, the hidden doer is seldom the sender ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Du behöver alltid anmäla installationen till ditt elnätsföretag innan anläggningen tas i drift.", "tas"),
        ("Om du har arrenderat ny mark måste nya block begäras innan ansökan kan slutföras.", "slutföras"),
        ("Kommer du från ett land utanför EU kan det krävas att en blodprovstagning genomförs.", "genomförs"),
    ],
)
def test_beside_the_readers_clause_the_example_asks_who(text: str, word: str) -> None:
    found = passives(text, word, genre="webbsida")
    assert found and all("Vi " not in (f.suggestion or "") and " vi " not in (f.suggestion or "") for f in found)


def test_what_the_sender_does_with_the_readers_case_still_names_us() -> None:
    text = "Du har ansökt om bygglov. Du får ett besked när ansökan har behandlats."
    assert any("vi " in (f.suggestion or "").lower() for f in passives(text, "behandlats", genre="brev"))


# --- 8. a period's dated end; a decision's legal basis -----------------------------------------------------------


def test_a_periods_dated_end_is_no_passive() -> None:
    text = "Verkställigheten påbörjas den 10 mars 2025 och beräknas avslutas den 9 juni 2025."
    assert not passives(text, "avslutas", genre="beslut")


def test_ending_a_readers_contract_still_warns() -> None:
    text = "Du har inte betalat hyran. Avtalet beräknas avslutas den 9 juni 2025."
    assert passives(text, "avslutas", genre="beslut")


def test_a_decisions_legal_basis_is_information() -> None:
    text = "Beslutet har fattats med stöd av kommunallagen och kan överklagas genom laglighetsprövning."
    found = passives(text, "fattats", genre="beslut")
    assert found and not warnings(text, "fattats", genre="beslut")


def test_a_decision_with_no_legal_basis_still_warns() -> None:
    text = "Beslutet har fattats med stöd av underlagen och kan överklagas genom laglighetsprövning."
    assert warnings(text, "fattats", genre="beslut")


# --- 9. the sender's own judgement in the perfect, of an adjective --------------------------------------------------


def test_senders_judgement_in_the_perfect_is_a_warning() -> None:
    text = "Du kom in med ansökan för sent. Därför har någon prövning av undantag inte ansetts nödvändig."
    [found] = passives(text, "ansetts", genre="beslut")
    assert found.severity.value == "warning" and "Vi har ansett" in (found.suggestion or "")


def test_a_judgement_of_what_follows_att_is_left_as_it_was() -> None:
    text = "Du kom in med ansökan för sent. Därför har det ansetts att någon prövning inte behövs."
    assert all("Vi har ansett" not in (f.suggestion or "") for f in passives(text, "ansetts", genre="beslut"))


# --- 10. what a text states: *som anges på fakturan* --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ränta tas ut enligt räntelagen från den dag som anges på fakturan.",
        "Du ska vistas i din bostad utom de tider som anges i det verkställighetsprogram som vi fastställer.",
    ],
)
def test_what_a_text_states_is_information(text: str) -> None:
    found = passives(text, "anges", genre="beslut")
    assert found and not warnings(text, "anges", genre="beslut")


def test_what_someone_states_in_a_text_of_their_own_still_warns() -> None:
    text = "Du ska själv ange i ansökan vilka tider du vill ha. Tiderna anges i ansökan."
    assert warnings(text, "anges", genre="beslut")
