"""Language, session 46: a short Swedish text whose only telling words are Swedish spellings Norwegian's gj-/hj-/kj-
tell had counted for (*gjorts*), and *igenom*, a Swedish word neither Norwegian (*gjennom*) nor Danish (*gennem*)
writes, is Swedish; it had been skipped as Norwegian, with no finding (the nominal-style helper's short test)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.language import scores


@pytest.mark.parametrize(
    "text",
    [
        "Vi har gått igenom budgeten. En prioritering har gjorts.",
        "Vi har gått igenom ansökan. Ett beslut har gjorts.",
        "Arbetet har gjorts. Vi har gått igenom det.",
    ],
)
def test_a_short_swedish_text_with_gjorts_is_swedish(text: str) -> None:
    assert lint_text(text).language == "sv"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Vi har gått gjennom budsjettet. En prioritering er gjort.", {"nb", "nn"}),
        ("Skolen starter i august. Elevene får gratis skyss dersom skoleveien er lang.", {"nb", "nn"}),
        ("Vi har gennemgået budgettet. Der er foretaget en prioritering.", {"da"}),  # had been Swedish
    ],
)
def test_short_norwegian_and_danish_texts_stay_theirs(text: str, family: set[str]) -> None:
    assert lint_text(text).language in family


@pytest.mark.parametrize("word", ["gjort", "gjorde", "gjorts", "gjordes", "gjuta", "hjul", "kjol"])
def test_swedish_gj_hj_kj_words_are_no_norwegian_tell(word: str) -> None:
    assert scores(word)["nb"] == 0


@pytest.mark.parametrize("word", ["gjennom", "gjelder", "kjøpe", "hjemme", "informasjon"])
def test_norwegian_spellings_still_tell(word: str) -> None:
    assert scores(word)["nb"] >= 1
