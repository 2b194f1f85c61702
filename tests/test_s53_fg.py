"""Session 53, missing-summary: a decision's *Beslut* under a long head, and a newsletter's byline above its lead."""

from __future__ import annotations

import pytest

from conftest import lint_text

BODY = " ".join(["Kommunen arbetar med många frågor som rör invånarnas vardag och framtid."] * 30)  # 330 words
DECISION = "Länsstyrelsen beslutar att du ska betala tillbaka 23 650 kronor av den ersättning som du fick för 2023."


def summary_flagged(text: str, fmt: str = "text") -> bool:
    return any(f.rule == "missing-summary" for f in lint_text(text, fmt).findings)


# --- missing-summary: a decision's *Beslut* first, under a head of many lines


def test_a_head_whose_date_and_case_number_lines_are_joined_is_no_text_before_the_decision() -> None:
    # agri re-test s53 06: *BESLUT / 2024-06-12 / Dnr 615-3390-2024*, one paragraph, had been the title's own text
    head = "Länsstyrelsen i Dalarnas län\nLandsbygdsavdelningen\n\nBESLUT\n2024-06-12\nDnr 615-3390-2024\n\n"
    address = "Bengt Nilsson\nÖvre Byn 3\n793 92 Leksand\n\n"
    text = f"{head}{address}Återkrav av ersättning\n\nBeslut\n{DECISION}\n\nSkälen för beslutet\n{BODY}\n"
    assert not summary_flagged(text)


def test_a_dated_sentence_before_the_decision_is_still_text_of_its_own() -> None:
    # a paragraph with a date and a finite verb is a sentence, not a head's line
    head = "Länsstyrelsen i Dalarnas län\nLandsbygdsavdelningen\n\n"
    text = (
        f"{head}Återkrav av ersättning för betesmarker\n\nDu ansökte om ersättning 2024-03-12 i e-tjänsten\n"
        f"och vi har nu prövat ansökan\n\nBeslut\n{DECISION}\n\nSkälen för beslutet\n{BODY}\n"
    )
    assert summary_flagged(text)


LONG_HEAD = (
    "Norrviks kommun\nUtbildningsförvaltningen\n\nBESLUT\nDatum: 2025-06-10\nDiarienummer: UF 2025/0932\n\n"
    "Anders Nilsson\nSjövägen 3\n671 41 Norrvik\n\n"
)


def test_a_decision_under_a_long_head_and_a_label_of_its_kind_is_first() -> None:
    # preschool re-test s53 09: *BESLUT* alone in the head was taken for the decision's section (no text under it),
    # and the head's lines had put the real *Beslut* past the blocks searched
    text = f"{LONG_HEAD}Beslut om skolskjuts\n\nBeslut\n{DECISION}\n\nSkäl för beslutet\n{BODY}\n"
    assert not summary_flagged(text)


@pytest.mark.parametrize(
    "rest",
    [
        # the decision after a section of its own
        f"Beslut om skolskjuts\n\nBakgrund\nDu ansökte i maj om skolskjuts.\n\nBeslut\n{DECISION}\n\nSkäl\n{BODY}\n",
        # no decision's section at all: the label of the document's kind is none
        f"Beslut om skolskjuts\n\nBakgrund\n{BODY}\n\nSkäl för beslutet\n{BODY}\n",
    ],
)
def test_a_decision_under_a_long_head_that_is_not_first_is_still_flagged(rest: str) -> None:
    assert summary_flagged(LONG_HEAD + rest)


# --- missing-summary: a newsletter's sender and month above its lead

LEAD = (
    "Är ert företag ett stort företag? Då måste ni göra en energikartläggning vart fjärde år och rapportera den. "
    "I det här nyhetsbrevet får ni veta vad som gäller för energikartläggningen i år."
)
SECTION = " ".join(["Energikartläggningen ska visa hur mycket energi företaget använder och hur det kan spara."] * 26)


def test_a_newsletters_sender_and_month_line_is_a_byline_above_its_lead() -> None:
    # energy re-test s53 08: *Från Energimyndigheten, mars 2025* had been taken for the opening paragraph
    text = (
        f"# Nyhetsbrev: Dags att rapportera energikartläggningen\n\n*Från Energimyndigheten, mars 2025*\n\n{LEAD}\n\n"
        f"## Vilka företag omfattas?\n\n{SECTION}\n"
    )
    assert not summary_flagged(text, "markdown")


def test_a_sender_line_with_no_lead_under_it_is_still_flagged() -> None:
    text = (
        "# Nyhetsbrev: Dags att rapportera energikartläggningen\n\n*Från Energimyndigheten, mars 2025*\n\n"
        f"## Vilka företag omfattas?\n\n{SECTION}\n"
    )
    assert summary_flagged(text, "markdown")


@pytest.mark.parametrize(
    "line", ["Från och med 1 januari 2025", "Från Stockholm till Göteborg tar det tre timmar", "Från Energimyndigheten"]
)
def test_a_line_from_somewhere_without_its_month_or_year_is_no_byline(line: str) -> None:
    from klarlint.rules.missing_summary import BYLINE

    assert BYLINE.match(line) is None
