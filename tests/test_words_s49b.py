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
