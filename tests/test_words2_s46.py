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
