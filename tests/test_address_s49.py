"""Session 49's second wave of address items (impersonal-man): *de sökande* in a text that says *du*, the reader's
role in the third person, and a lower-case *ni* that switches the address of a letter to *du*; each with the cases
it must and must not flag."""

from __future__ import annotations

from conftest import lint_text


def _man_findings(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


# de sökande in a text that says du: the reader is one of them (utility re-test 03)


def test_de_sokande_in_a_du_text_is_told_du() -> None:
    text = (
        "Bostadskön\n\nDu kan anmäla intresse för högst fem lägenheter. Efter sista anmälningsdag erbjuds de sökande "
        "med högst poäng visning."
    )
    assert _man_findings(text) == [("de sökande", "du")]


def test_de_sokande_in_a_ni_paragraph_is_still_told_ni() -> None:
    text = "Bostadskön\n\nDu kan anmäla intresse.\n\nDe sökande ska kontakta er handläggare."
    assert _man_findings(text) == [("De sökande", "Ni")]


def test_de_sokande_in_a_text_without_du_is_still_told_ni() -> None:
    assert _man_findings("De sökande får svar inom en månad.") == [("De sökande", "Ni")]
