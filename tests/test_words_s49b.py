"""Session 49's word-list round from the HR, utility and legal re-tests: acronyms that are Swedish words, jargon
entries whose suggestion misfired (another sense, a participle used as an adjective, a construction the alternative
cannot take) and words the re-testers missed."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str = "jargon") -> list:  # Findings
    return [f for f in lint_text(text).findings if f.rule == rule]


def _texts(text: str, rule: str = "jargon") -> list[str]:
    return [f.text for f in _found(text, rule)]


def _one(text: str, word: str, rule: str = "jargon"):  # noqa: ANN202 (a Finding)
    [found] = [f for f in _found(text, rule) if f.text.lower() == word.lower()]
    return found


# --- 1: HR and IP are Swedish words (SAOL), not acronyms to explain --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beslutad av kommundirektören 2026-11-02. Dokumentansvarig: HR-chef.",
        "Kontakta HR i god tid om du är tveksam.",
        "Internet, tv och IP-telefoni kan vara borta under en kort stund.",
        "Vi sparar din IP-adress i högst en månad.",
    ],
)
def test_hr_and_ip_need_no_explanation(text: str) -> None:
    assert _found(text, "abbreviation") == []


def test_other_acronyms_still_need_one() -> None:
    assert _texts("Kontakta HR eller IVO om du är tveksam.", "abbreviation") == ["IVO"]


# --- 2: jargon entries that misfired -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ersättning utgår med 500 kronor per dag.",
        "För resor utgår ingen ersättning.",
        "Till den som deltar utgår ett arvode på 1 000 kronor.",
    ],
)
def test_utga_paid_out_with_a_payment_in_the_sentence(text: str) -> None:
    assert _one(text, "utgår").message.count("betalas ut / ges") == 1


@pytest.mark.parametrize(
    "text",
    [
        "På grund av vägarbetet utgår hållplats Rådhuset under två veckor.",  # dropped, not paid (utility re-test)
        "Punkt 5 på dagordningen utgår.",
    ],
)
def test_utga_dropped_is_not_paid_out(text: str) -> None:
    assert "utgår" not in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under arbetet är badrummet avstängt i ungefär fyra veckor.",  # --fix wrote *är badrummet stängt av*
        "Är vattnet avstängt måste du ringa oss.",
    ],
)
def test_participle_after_copula_and_inverted_subject_is_an_adjective(text: str) -> None:
    assert "avstängt" not in _texts(text)


@pytest.mark.parametrize(
    ("text", "word", "replacement"),
    [
        ("Vi avstänger vattnet under natten.", "avstänger", "stänger av"),
        ("Fastighetsägaren har avstängt vattnet.", "avstängt", "stängt av"),
    ],
)
def test_avstanga_as_a_verb_is_still_stanga_av(text: str, word: str, replacement: str) -> None:
    assert _one(text, word).replacements == (replacement,)


@pytest.mark.parametrize(
    "text",
    [
        "Trygghetsindexet har dock minskat något, vilket föranleder oss att se över arbetet.",
        "Beslutet föranledde kommunen att ändra planen.",
    ],
)
def test_foranleda_with_object_and_att_is_advice(text: str) -> None:
    [found] = [f for f in _found(text) if f.text.startswith("föranled")]
    assert found.replacements == () and "får oss att" in found.message  # --fix wrote *leder till oss att*


def test_foranleda_with_a_noun_is_still_replaced() -> None:
    assert _one("Kostnadsökningarna föranleder en översyn av projektet.", "föranleder").replacements == ("leder till",)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Åklagaren har åberopat ett vittne.", "åberopat"),  # --fix wrote *hänvisat till ett vittne* (legal re-test)
        ("Om du vill åberopa vittnen eller annan bevisning ska du meddela tingsrätten.", "åberopa"),
        ("De vittnen som åklagaren åberopar kallas av tingsrätten.", "åberopar"),
    ],
)
def test_aberopa_in_court_is_advice_to_call_or_present(text: str, word: str) -> None:
    found = _one(text, word)
    assert found.replacements == () and "hänvisa" not in found.message and "att vittnet ska höras" in found.message


def test_aberopa_a_rule_is_still_hanvisa_till() -> None:
    assert _one("Kommunen åberopar 5 § i lagen.", "åberopar").replacements == ("hänvisar till",)


@pytest.mark.parametrize(
    ("text", "word", "replacement"),
    [
        ("Du har medgett att du inte har betalat hyran.", "medgett", "erkänt"),  # was *tillåtit* (legal re-test)
        ("Regeringen medger att det finns brister.", "medger", "erkänner"),
        # permission: *att du får* keeps the first sense
        ("Hyresvärden har medgett att du får hyra ut lägenheten i andra hand.", "medgett", "tillåtit"),
        ("Nämnden kan medge undantag från regeln.", "medge", "tillåta"),
    ],
)
def test_medge_att_is_admit(text: str, word: str, replacement: str) -> None:
    assert _one(text, word).replacements == (replacement,)


@pytest.mark.parametrize(
    ("text", "word", "noun"),
    [
        ("Ett bestridande bör innehålla en redogörelse för varför du inte vill betala.", "bestridande", "invändning"),
        ("Bestridandet ska vara skriftligt.", "Bestridandet", "Invändningen"),
        ("Bestridandet av kostnaderna sker ur kommunens budget.", "Bestridandet", "Betalningen"),  # the other sense
    ],
)
def test_bestridande_the_noun_gets_a_noun(text: str, word: str, noun: str) -> None:
    found = _one(text, word)
    assert f"Skriv hellre ”{noun}”" in found.message and "invända mot" not in found.message  # legal re-test: verbs


def test_bestrida_the_verb_keeps_both_senses() -> None:
    # the note names both senses; the suggestion only the one that fits (s50: *betala* a contested fine was the
    # opposite of what it means, transport re-test)
    message = _one("Du kan bestrida kravet inom tio dagar.", "bestrida").message
    assert "Skriv hellre ”invända mot”" in message and "bestrida kostnader (betala)" in message


@pytest.mark.parametrize(
    ("text", "phrase", "replacement"),
    [
        ("Det gäller cyklar, barnvagnar och dylikt.", "och dylikt", "och liknande"),  # was *och sådan* (utility)
        ("Vid skadegörelse eller dylikt ska du ringa oss.", "eller dylikt", "eller liknande"),
    ],
)
def test_och_dylikt_is_och_liknande(text: str, phrase: str, replacement: str) -> None:
    assert _one(text, phrase).replacements == (replacement,)


def test_dylika_before_a_noun_is_still_sadan() -> None:
    assert "sådan" in _one("Vi tar inte emot dylika ansökningar.", "dylika").message


# --- 3: words the re-testers missed --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Undantagen återfinns i 2 kap. 11 § förvaltningslagen.", "återfinns"),  # legal re-test: only a passive info
        ("Reglerna kan återfinnas i bilagan.", "återfinnas"),
    ],
)
def test_aterfinns_is_finns(text: str, word: str) -> None:
    assert "”finn" in _one(text, word).message


@pytest.mark.parametrize(
    "text",
    ["Vi kunde inte återfinna handlingen.", "Den försvunna hunden återfanns i skogen."],  # found again
)
def test_aterfinna_found_again_is_left(text: str) -> None:
    assert not [t for t in _texts(text) if t.startswith("återf")]


@pytest.mark.parametrize(
    "text",
    ["Försäkringen ger ett avdrag för självrisk om 1 500 kronor.", "Självrisken om 1 500 kronor dras av."],
)
def test_sjalvrisk_om_an_amount_is_pa(text: str) -> None:
    assert _one(text, "om").replacements == ("på",)  # as *vite om* (legal re-test)


def test_sjalvrisk_before_a_conditional_om_is_left() -> None:
    assert "om" not in _texts("Vi frågar om självrisk om du har en försäkring.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vederbörande sökande har styrkt sina kostnader genom kvitton.", "styrkt"),  # legal re-test: missed
        ("Sökanden har inte styrkt att han bor i kommunen.", "styrkt"),
    ],
)
def test_styrka_what_is_proved_is_visa(text: str, word: str) -> None:
    assert _one(text, word).replacements == ("visat",)


@pytest.mark.parametrize(
    "text",
    [
        "Skicka en styrkt kopia av passet.",  # certified
        "Regeringen styrker stödet till kommunerna.",  # strengthens
        "Hennes argument styrker bilden.",
        "Polisens styrka var stor.",
    ],
)
def test_styrka_in_other_senses_is_left(text: str) -> None:
    assert not [t for t in _texts(text) if t.lower().startswith("styrk")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Vid frågor, vänligen kontakta HR-avdelningen.", "vänligen kontakta"),  # HR re-test: missed
        ("Vänligen kontakta oss om du har frågor.", "Vänligen kontakta"),
    ],
)
def test_vanligen_kontakta_is_kontakta(text: str, phrase: str) -> None:
    assert "kontakta" in _one(text, phrase).message.split("Skriv hellre ")[1].lower()


def test_kontakta_alone_is_left() -> None:
    assert _texts("Kontakta oss om du har frågor.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Onboardingprocessen ska vara klar inom tre månader.", "Onboardingprocessen"),  # HR re-test: missed
        ("Vi har en tydlig onboardingprocess för alla nya.", "onboardingprocess"),
    ],
)
def test_onboarding_compound_is_an_anglicism(text: str, word: str) -> None:
    assert "introduktion" in _one(text, word, "anglicism").message


def test_introduktionsprocess_is_left() -> None:
    assert _found("Introduktionsprocessen ska vara klar inom tre månader.", "anglicism") == []
