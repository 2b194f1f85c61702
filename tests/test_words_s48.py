"""Session 48's re-testers (a writer, an agency, a school): word-list findings that were wrong (a legal term, a cited
title, an adjective that did not agree) and words they missed."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str = "jargon") -> list:  # Findings
    return [f for f in lint_text(text).findings if f.rule == rule]


def _texts(text: str, rule: str = "jargon") -> list[str]:
    return [f.text for f in _found(text, rule)]


def _one(text: str, word: str, rule: str = "jargon"):  # noqa: ANN202 (a Finding)
    [found] = [f for f in _found(text, rule) if f.text == word]
    return found


# --- writer WRONG 1: *kungjorts* after Post- och Inrikes Tidningar ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet kungörs i Post- och Inrikes Tidningar. Det får verkställas fyra veckor efter att det har kungjorts, "
        "även om det inte har vunnit laga kraft.",
        "Kungörelsen publiceras i PoIT den 3 mars. Beslutet anses ha kungjorts den dagen.",
    ],
)
def test_kungora_after_the_gazette_is_the_legal_term(text: str) -> None:
    assert [w for w in _texts(text) if w.startswith("kung")] == []


def test_kungora_elsewhere_is_still_flagged() -> None:
    assert "kungjorts" in _texts("Beslutet har kungjorts på kommunens anslagstavla.")


# --- writer WRONG 5: the planning law's *utökat förfarande* -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Planförslaget har upprättats med utökat förfarande enligt plan- och bygglagen.",
        "Planen tas fram med samordnat förfarande.",
    ],
)
def test_the_planning_laws_procedures_are_its_terms(text: str) -> None:
    assert "förfarande" not in _texts(text)


def test_a_plain_forfarande_is_still_flagged() -> None:
    assert "förfarande" in _texts("Det förfarande vi använder är krångligt.")


# --- writer WRONG 7: *av stor betydelse* → an adjective that agrees ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("Kommunen ska vara restriktiv med dispenser i områden som är av stor betydelse för friluftslivet.", "viktiga"),
        ("Dessa frågor är av central betydelse för kommunen.", "viktiga"),
        ("Området är av stor betydelse för friluftslivet.", "viktigt"),
        ("Det är av stor betydelse att du svarar.", "viktigt"),
        ("Frågan är av stor betydelse för oss.", "viktig"),
    ],
)
def test_the_adjective_agrees_with_the_subject(text: str, replacement: str) -> None:
    found = _found(text)[0]
    assert found.replacements == (f"mycket {replacement}",)
    assert found.suggestion == f"mycket {replacement}"


def test_an_unclear_subject_gets_advice() -> None:
    found = _one("Skogen, som är av stor betydelse för djuren, ska skyddas.", "av stor betydelse")
    assert found.replacements == () and found.suggestion


# --- agency WRONG 3: *framställning* in a legal definition ------------------------------------------------------------


def test_framstallning_as_a_representation_is_not_flagged() -> None:
    assert "framställning" not in _texts("journalhandling: framställning i skrift eller bild samt upptagning.")
    assert "framställning" not in _texts("Företaget arbetar med framställning av läkemedel.")


@pytest.mark.parametrize(
    "text",
    ["Vi har fått en framställning från föreningen om bidrag.", "Kommunen har gjort en framställning till regeringen."],
)
def test_framstallning_as_a_request_is_flagged(text: str) -> None:
    assert "framställning" in _texts(text)


# --- agency WRONG 7: a regleringsbrev's title ----------------------------------------------------------------------


def test_a_regleringsbrevs_title_is_not_the_writers_words() -> None:
    text = "Målet finns i regleringsbrevet för budgetåret 2025 avseende länsstyrelserna (Fi2024/02345)."
    assert "avseende" not in _texts(text)
    assert "avseende" in _texts("Vi har ett nytt mål avseende länsstyrelserna.")


# --- missed words (writer, agency, school) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Huset är 120 kvadratmeter, vilket understiger planens högsta tillåtna byggnadsarea.", "understiger"),
        ("Den totala tiden ska dock inte få överstiga tre år.", "överstiga"),
        ("Räddningstjänsten bedömer om grillning kan ske under betryggande former.", "under betryggande former"),
        ("Förkommet eller skadat material ersätts enligt fastställd taxa.", "Förkommet"),
        ("Vi har kommunicerat underlaget med dig.", "kommunicerat underlaget med"),
        ("IVO förelägger därför Solrosen AB att rätta bristerna.", "förelägger"),
        ("Beslut om aktivitetsbidrag fattas av förvaltningen på delegation.", "på delegation"),
    ],
)
def test_missed_words_are_found(text: str, word: str) -> None:
    assert word in _texts(text)


def test_an_amount_over_keeps_its_own_entry() -> None:
    assert (
        _one("En skuld överstigande 200 kronor skickas till inkasso.", "överstigande").suggestion == "över / på mer än"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vi vill kommunicera denna med såväl brukare som medarbetare.",  # to tell, not to send for comment
        "Vi kommunicerar med våra invånare på många sätt.",
        "Regeringen förelägger riksdagen förslaget.",  # to put before
    ],
)
def test_other_senses_of_kommunicera_and_forelagga_are_left(text: str) -> None:
    assert not [w for w in _texts(text) if w.lower().startswith(("kommunic", "förelägg"))]


def test_a_passive_of_kommunicera_keeps_its_active_rewrite() -> None:
    # kommunicera is listed only in phrases: a listed single verb is one passive-voice's rewrites avoid
    [found] = _found("Den bilden ska kommuniceras av våra helägda bolag.", "passive-voice")
    assert "ska kommunicera den bilden" in found.suggestion


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Medel för investeringen finns avsatta i tekniska nämndens investeringsbudget.", "Medel"),
        ("Föreningen ska redovisa hur medlen har använts.", "medlen"),
        ("Regeringen har beviljat medel till Funktionsrätt Sverige.", "medel"),
        ("Föreningar kan söka medel hos MUCF.", "medel"),
    ],
)
def test_medel_as_money_is_advice(text: str, word: str) -> None:
    found = _one(text, word)
    # the advice follows the word's form: *medlen* → *pengarna* (FW2, session 48)
    wanted = "pengarna" if word == "medlen" else "pengar"
    assert found.suggestion.lower() == wanted and found.replacements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ett medel som används mot löss finns på apoteket.",
        "Hybridhot är användning av olika medel för att störa samhället.",
        "Det är förbjudet att tillgängliggöra medel till personer på listan.",  # the EU sanctions' funds
        "Missbruk av beroendeframkallande medel kan ge skador.",
        "Temperaturen var i medel 12 grader och kostnaden 40 kronor.",
    ],
)
def test_medel_without_a_sign_of_money_is_left(text: str) -> None:
    assert "medel" not in [w.lower() for w in _texts(text)]


def test_aligga_tells_a_third_person_reader_too() -> None:
    found = _one("Det åligger vårdnadshavare att snarast anmäla ändrad inkomst.", "åligger")
    assert "Föreningen ska" in found.message and "Ni ska" in found.message


# --- agency MISSED: *jfr*, *mån.*, *mnkr* in running text -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Handläggningstiden var i genomsnitt 3,9 mån. under 2024.", "mån."),
        ("Läs mer i lagen, jfr 11 kap. 1 §.", "jfr"),
        ("Kostnaden var 17,6 mnkr 2024.", "mnkr"),
    ],
)
def test_missed_abbreviations_are_found(text: str, word: str) -> None:
    assert word in _texts(text, "abbreviation")


def test_man_is_a_month_only_after_a_number() -> None:
    assert _texts("I den mån det behövs hjälper vi dig. Vi har öppet mån. och tis.", "abbreviation") == []


# --- debatable: fixed labels ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Tillämpliga bestämmelser", "Inkomna ärenden", "2. Anmälan av inkomna medborgarförslag"]
)
def test_a_fixed_heading_or_label_is_left(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tillämpliga bestämmelser finns i utlänningslagen.", "Tillämpliga"),
        ("Alla inkomna ansökningar behandlas i tur och ordning.", "inkomna"),
    ],
)
def test_the_same_words_in_a_sentence_are_flagged(text: str, word: str) -> None:
    assert word in _texts(text)
