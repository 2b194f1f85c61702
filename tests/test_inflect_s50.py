"""*finna*'s forms and the supine of a verb whose stem ends in a vowel and d (*bereda* → *berett*): the jargon
list's suggestions in the flagged word's form (words re-test s50: *finner … att* had no finite alternative, *berett
sökanden tillfälle* none at all)."""

from __future__ import annotations

import pytest

from klarlint import lint_text
from klarlint.nlp.inflect import passive_forms
from klarlint.nlp.signatures import default_lexicon


def jargon(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.text, f.suggestion, tuple(f.replacements)) for f in lint_text(text).findings if f.rule == "jargon"]


def test_finner_in_an_inverted_clause_gets_finite_alternatives() -> None:
    [(words, suggestion, _)] = jargon("Vid en samlad bedömning finner Polismyndigheten att du inte uppfyller kraven.")
    assert words == "finner Polismyndigheten att"
    assert suggestion == "kommer Polismyndigheten fram till att / märker Polismyndigheten att"


def test_fann_in_the_past() -> None:
    [(_, suggestion, _)] = jargon("Nämnden fann att ansökan var fullständig.")
    assert suggestion == "kom fram till att / märkte att"


def test_berett_gets_the_supine_of_ge() -> None:
    [(words, suggestion, replacements)] = jargon("Polisen har berett sökanden tillfälle att yttra sig.")
    assert words == "berett sökanden tillfälle"
    assert suggestion == "gett sökanden tillfälle" and replacements == ("gett sökanden tillfälle",)


@pytest.mark.parametrize(
    "text",
    [
        "Vi har berett frågan inför mötet.",  # bereda a question: no jargon
        "Du finner blanketten på vår webbplats.",  # finna a thing, not *finna att*
        "Hon har klätt sig varmt.",
    ],
)
def test_no_finding(text: str) -> None:
    assert jargon(text) == []


def test_the_supine_passive_of_bereda() -> None:
    forms = passive_forms("bereda", default_lexicon())
    assert "beretts" in forms and "beredts" not in forms
