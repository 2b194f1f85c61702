"""quotes-and-dashes, jargon, relative-vilken and state-passive: what writer7's re-tester found in session 46 (a case
number read as a range, *fastställa* of a fact, words the list missed, a relative *vilka*, lamps that are out)."""

from __future__ import annotations

import pytest

from conftest import lint_text


def findings(text: str, rule: str) -> list[tuple[str, str | None]]:
    """(text, suggestion) of the rule's findings."""
    report = lint_text(text, enable=[rule])
    return [(f.text, f.suggestion) for f in report.findings if f.rule == rule]


def found(text: str, rule: str) -> list[str]:
    return [words for words, _ in findings(text, rule)]


# --- 1. a case or reference number is no range ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Diarienummer: MBN 2026-3310. Vi har tagit emot din anmälan om buller.",
        "Ärendet har diarienummer MBN 2026-3310 hos nämnden.",
        "Ange KS 2025-45 när du svarar.",
        "Er referens: 2025-31. Tack för ditt brev.",
        "Vår referens: BUN 2024-2112. Tack för ditt brev.",
        "Beteckning: 2023-45. Planen gäller från i dag.",
        "Ärendenummer: SBN 2026-31",
    ],
)
def test_case_number_is_no_range(text: str) -> None:
    assert found(text, "quotes-and-dashes") == []


@pytest.mark.parametrize(
    ("text", "range_"),
    [
        ("Planen gäller 2026-2030.", "2026-2030"),
        ("Under perioden 2024-2026 satsar vi mer.", "2024-2026"),
        ("OBS 10-12 personer per grupp.", "10-12"),
        ("Strategin för 2026-2030 antogs av KS 2025.", "2026-2030"),
    ],
)
def test_year_and_number_ranges_in_prose_stay_flagged(text: str, range_: str) -> None:
    assert found(text, "quotes-and-dashes") == [range_]


# --- 2. *fastställa* of a fact is *ta reda på*, of a decision *besluta* -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vi vet inte om det kan fastställas vem det var.",
        "Polisen ska fastställa orsaken till branden.",
        "Vi kunde inte fastställa hur det gick till.",
        "Det gick inte att fastställa om beslutet var fattat.",
    ],
)
def test_fastställa_of_a_fact_is_find_out(text: str) -> None:
    [(_, suggestion)] = findings(text, "jargon")
    assert suggestion is not None and "ta reda på" in suggestion and "besluta" not in suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden ska fastställa taxan för 2027.",
        "Kommittén ska fastställa vilka kriterier som ska gälla.",
        "Nämnden ska fastställa hur stor avgiften ska vara.",
        "Budgeten fastställs av kommunfullmäktige.",
    ],
)
def test_fastställa_of_a_decision_is_decide(text: str) -> None:
    [(_, suggestion)] = findings(text, "jargon")
    assert suggestion is not None and "ta reda på" not in suggestion


def test_fastställa_a_road_plan_stays_unflagged() -> None:
    assert found("Trafikverket ska fastställa vägplanen.", "jargon") == []


# --- 3. words the list missed ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "alternative"),
    [
        ("Du kan resa med allmänna kommunikationsmedel.", "allmänna kommunikationsmedel", "buss och tåg"),
        ("Huset ligger nära allmänna kommunikationer.", "allmänna kommunikationer", "buss och tåg"),
        ("Mot bakgrund av det ovan anförda föreslås att motionen avslås.", "det ovan anförda", "det som står ovan"),
        ("Av ovan anförda skäl avslås ansökan.", "ovan anförda", "som står ovan"),
        # in the flagged word's form since finna's forms are known (session 50)
        ("Därför har nämnden funnit att förutsättningar saknas.", "funnit att", "kommit fram till att"),
        ("Nämnden finner att ansökan ska avslås.", "finner att", "kommer fram till att"),
    ],
)
def test_missed_words_are_flagged(text: str, words: str, alternative: str) -> None:
    hits = dict(findings(text, "jargon"))
    assert words in hits and alternative in (hits[words] or "")


@pytest.mark.parametrize(
    "text",
    [
        "Du finner blanketten på webben.",
        "Blanketten finns att hämta på webben.",
        "Det fanns att köpa i affären.",
        "Du får finna dig i att vänta.",
        "Kommunikationen med allmänheten ska vara enkel.",
        "Bussen är ett allmänt kommunikationsmedel i staden.",
    ],
)
def test_finna_and_kommunikation_in_other_uses_stay_unflagged(text: str) -> None:
    hits = found(text, "jargon")
    assert not any("finn" in h or "fann" in h or "kommunikation" in h for h in hits), hits


def test_a_phrase_in_the_middle_of_a_noun_phrase_is_advice() -> None:
    """*Av ovan anförda skäl* → *Av som står ovan skäl* would be wrong: the suggestion is advice, not a fix."""
    report = lint_text("Av ovan anförda skäl avslås ansökan.", enable=["jargon"])
    [finding] = [f for f in report.findings if f.text == "ovan anförda"]
    assert finding.replacements == ()


# --- 4. *vilka* after nouns joined by *och* --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Serveringen får inte medföra olägenheter i form av ordningsstörningar och buller, vilka annars kan uppstå.",
        "Vi har fått klagomål på lukt och buller, vilka vi nu utreder.",
    ],
)
def test_vilka_after_coordinated_nouns_is_relative(text: str) -> None:
    assert found(text, "relative-vilken") == ["vilka"]


@pytest.mark.parametrize(
    "text",
    [
        "Vilka regler gäller för lukt och buller?",
        "Nämnden ska pröva lukt och buller, vilka som än klagar.",
        "Vi har fått klagomål på lukt och buller, vilket vi beklagar.",
        "Vi frågade grannar och hyresvärd vilka de ville kontakta.",
    ],
)
def test_vilka_after_coordinated_nouns_keeps_the_exceptions(text: str) -> None:
    assert found(text, "relative-vilken") == []


# --- 5. lamps out, things out of order: a state, nobody hidden -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tre stolpar mellan Ekbacksvägen 4 och 18 är släckta.",
        "Gatlyktan utanför huset är släckt.",
        "Belysningen i parken är tänd hela natten.",
        "Lampan i trapphuset är utbränd.",
        "Källaren är översvämmad efter regnet.",
        "Avloppet i köket är igensatt.",
    ],
)
def test_a_light_or_a_fault_state_is_no_state_passive(text: str) -> None:
    assert found(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Branden är släckt.", "är släckt"),
        ("Lamporna är släckta av kommunen.", "är släckta"),
        ("Ansökan är avslagen.", "är avslagen"),
        ("Ditt konto är stängt.", "är stängt"),
    ],
)
def test_other_subjects_or_a_named_doer_stay_flagged(text: str, words: str) -> None:
    assert found(text, "state-passive") == [words]
