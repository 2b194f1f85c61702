"""One-click fixes that made a wrong sentence (session 46, the fix re-tester: every --fix, --suggest and one-click
replacement of the session's texts read before and after). A replacement is exact text that must fit where it
stands; where the words around decide, the row gives advice instead (jargon.tsv's advice column)."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _jargon(text: str, words: str):  # noqa: ANN202 (a Finding)
    found = [f for f in lint_text(text).findings if f.rule == "jargon" and f.text == words]
    assert len(found) == 1, [(f.rule, f.text) for f in lint_text(text).findings]
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "advice"),
    [
        # *Vid hembesöket kom fram att*: the sentence's first place is taken, so *det* is needed (*kom det fram*)
        ("Vid hembesöket framkom att du har svårt att stå länge.", "framkom", "kom fram"),
        # *leder till ingen annan bedömning*: Swedish says *leder inte till någon*
        ("Uppgifterna föranleder ingen annan bedömning.", "föranleder", "leder till"),
        # *familjer … mindre har råd*: the adverbial's place decides (*mer sällan*)
        ("Familjer med låga inkomster har i mindre utsträckning råd att betala.", "i mindre utsträckning", "mindre"),
        # *svårt att ta sig på egen hand*: *ta sig* needs a where to (*ta sig fram*)
        ("Hon har svårigheter att förflytta sig på egen hand.", "förflytta sig", "ta sig fram"),
    ],
)
def test_advice_where_the_words_around_decide(text: str, words: str, advice: str) -> None:
    finding = _jargon(text, words)
    assert finding.replacements == ()
    assert advice in (finding.suggestion or "")


@pytest.mark.parametrize(
    ("text", "words", "replacement"),
    [
        ("Beslutet föranleder kostnader för kommunen.", "föranleder", "leder till"),
        ("Han behöver förflytta sig mellan lokalerna.", "förflytta sig", "ta sig"),
    ],
)
def test_a_replacement_where_it_fits(text: str, words: str, replacement: str) -> None:
    assert _jargon(text, words).replacements[0] == replacement
