"""*undertecknad* as an object is one finding, impersonal-man's *mig*, also with an adverbial after it (session 45:
the jargon list's row *kontakta undertecknad* and impersonal-man had both flagged it; with *snarast möjligt* or
*omgående* after it only the jargon row had)."""

from __future__ import annotations

import pytest

from conftest import lint_text


@pytest.mark.parametrize(
    "text",
    [
        "Om tiden inte passar kan du kontakta undertecknad snarast möjligt.",
        "Kontakta undertecknad omgående om du har frågor.",
        "Skicka blanketten till undertecknad senast i morgon.",
        "Om tiden inte passar ber vi dig att kontakta undertecknad.",
    ],
)
def test_undertecknad_as_an_object_is_one_finding_mig(text: str) -> None:
    where = text.index("undertecknad")
    on_it = [f for f in lint_text(text).findings if f.start <= where < f.end]
    assert [(f.rule, f.text, f.suggestion) for f in on_it] == [("impersonal-man", "undertecknad", "mig")]


@pytest.mark.parametrize(
    "text",
    ["Bifoga ansökan med undertecknad fullmakt.", "Du skickar in den med undertecknad ny fullmakt."],
)
def test_a_signed_paper_is_no_finding(text: str) -> None:
    assert [f for f in lint_text(text).findings if f.rule == "impersonal-man"] == []
