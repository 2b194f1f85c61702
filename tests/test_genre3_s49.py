"""Session 49, third wave on the kind of text: a letter to a couple keeps its ni (impersonal-man's address switch),
a consultation letter *Till sakägare …*, a voter card under a person's postal address, a press release without its
*Pressmeddelande* line; each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre
from klarlint.readers import read_text


def _genre(text: str, fmt: str = "text") -> str:
    return detect_genre(read_text(text, fmt))


# impersonal-man's address switch: a letter greeted to two people says ni to both of them

_COUPLE = (
    "{greeting}\n\nDu har fått plats i förskolan Solrosen från den 1 mars. Du behöver svara senast den 1 februari.\n\n"
    "Din första dag börjar klockan nio.\n\nRing mig om ni har frågor om platsen.\n\nMed vänlig hälsning\nKarin Ek"
)


def _switches(text: str) -> list[str]:
    return [f.text for f in lint_text(text).findings if f.subcheck == "address-switch"]


@pytest.mark.parametrize("greeting", ["Hej Anna och Erik!", "Till Anna och Erik Berg", "Hej Anna, Erik och Sara!"])
def test_a_letter_to_several_named_people_keeps_its_ni(greeting: str) -> None:
    assert _switches(_COUPLE.format(greeting=greeting)) == []


@pytest.mark.parametrize("greeting", ["Hej Anna!", "Hej alla och välkomna!"])
def test_a_letter_to_one_person_still_switches(greeting: str) -> None:
    assert _switches(_COUPLE.format(greeting=greeting)) == ["ni"]
