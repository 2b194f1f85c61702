"""numbers-and-dates: a dot as thousands separator before *miljoner*/*miljarder* (site tester s48)."""

from __future__ import annotations

from klarlint import lint_text


def separators(text: str) -> list[tuple[str, str | None]]:
    findings = lint_text(text).findings
    return [(f.text, f.suggestion) for f in findings if f.rule == "numbers-and-dates"]


def test_a_dot_grouped_number_before_millions_is_a_thousands_separator():
    assert separators("Budgeten är 2.450 miljoner kronor för 2027.") == [("2.450", "2 450")]
    assert separators("Investeringarna uppgår till 1.200 miljarder.") == [("1.200", "1 200")]


def test_a_section_number_without_an_amount_is_left_alone():
    assert separators("Läs mer i avsnitt 3.100 om budgeten.") == []
    assert separators("Budgeten är 2 450 miljoner kronor för 2027.") == []
