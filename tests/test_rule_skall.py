"""skall: the old form is flagged with "ska", but not inside a marked quotation (real model)."""

from __future__ import annotations

import pytest

from conftest import SHARED, lint_text, needs_shared, rule_texts
from klarlint.explain import explain_rule
from klarlint.linter import lint

MUST_FLAG = [
    ("Ansökan skall lämnas senast den 1 mars.", "skall", "ska"),
    ("Skall jag skicka in intyget?", "Skall", "Ska"),
    ("Du skall få svar inom en vecka.", "skall", "ska"),
    ("Vi vet inte när beslutet skall fattas.", "skall", "ska"),
    # A quotation mark that is never closed marks no quotation.
    ("Han sa: ”det här skall vi göra.", "skall", "ska"),
    # An apostrophe is no quotation mark: it opens nothing that would hide the rest of the paragraph.
    ("Annas 70’talsbok och Mats’ bil skall säljas.", "skall", "ska"),
    ("’70-talets regler skall bort, skrev Mats’ chef.", "skall", "ska"),
    ("Kibbutzen sa 'Du skall lyda' och barnen skall därför lyda.", "skall", "ska"),
    # an action noun the tagger calls an adjective before *skall* (streets re-test s52: not flagged)
    ("Ett bestridande skall ha inkommit inom tre veckor.", "skall", "ska"),
]

MUST_NOT_FLAG = [
    "Ansökan ska lämnas senast den 1 mars.",
    "I lagen står: ”Ansökan skall göras skriftligen.”",
    'Enligt förordningen "skall avgiften betalas i förskott".',
    "Paragrafen lyder »Beslutet skall meddelas skriftligen» och gäller fortfarande.",
    # Single quotation marks, typewriter and typographic (the UD treebanks quote with them).
    "Första budet löd: 'Du skall lyda din fader.' Ett annat bud gällde barnen.",
    "Man hör ofta att 'det skall vara svårt att gifta sig'.",
    "Lagen säger ’Avgiften skall betalas i förskott’, och det gäller.",
    "Hunden gav ifrån sig ett skall.",
    "Vi skalar potatis och skalle är ett annat ord.",
]


@pytest.mark.parametrize(("sentence", "expected", "suggestion"), MUST_FLAG)
def test_flags_skall(sentence: str, expected: str, suggestion: str) -> None:
    findings = [f for f in lint_text(sentence).findings if f.rule == "skall"]
    assert [(f.text, f.suggestion) for f in findings] == [(expected, suggestion)]


def test_a_noun_skall_after_an_adjective_stays_a_noun() -> None:
    # spaCy's reading (Stanza's small model calls *högt* an adverb): the check that lets *Ett bestridande skall ha
    # inkommit* through must keep this bark a noun
    test_leaves_ska_quotations_and_the_noun_alone("Ett högt skall hördes från gården.")


def test_a_line_in_capitals_stays_in_capitals() -> None:
    # it had become "DU Ska BIFOGA KVITTOT", as the jargon rule writes it (spaCy's reading: Stanza's small model takes
    # the capitals for a name, so this is no case of MUST_FLAG, which both backends must flag)
    test_flags_skall("VIKTIGT: DU SKALL BIFOGA KVITTOT.", "SKALL", "SKA")


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_leaves_ska_quotations_and_the_noun_alone(sentence: str) -> None:
    assert rule_texts(lint_text(sentence), "skall") == []


def test_markdown_block_quote_of_law_text_is_not_flagged() -> None:
    text = (
        "Så här stod det i den gamla lagen:\n\n"
        "> Ansökan skall göras skriftligen och\n"
        "skall vara undertecknad av sökanden.\n\n"
        "Nu skall du skicka in ansökan.\n"
    )
    report = lint_text(text, "markdown")
    findings = [f for f in report.findings if f.rule == "skall"]
    assert [(f.text, f.line) for f in findings] == [("skall", 6)]


def test_an_e_mail_quote_in_plain_text_is_not_flagged() -> None:
    assert rule_texts(lint_text("> Ni skall svara senast i dag.\n\nVi skall svara i morgon."), "skall") == ["skall"]


def test_explain_names_the_rule_and_the_example() -> None:
    text = explain_rule("skall")
    assert "skall" in text and "ska" in text and "Före:" in text and "Referens:" in text


@needs_shared
def test_every_unquoted_skall_in_the_corpus_is_flagged() -> None:
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        source = path.read_text(encoding="utf-8")
        expected = source.lower().split().count("skall")
        found = [f for f in lint(path).files[0].findings if f.rule == "skall"]
        assert len(found) == expected, path.name
        assert all(source[f.start : f.end].lower() == "skall" for f in found)
