"""passive-voice, session 47 (the writer's, agency's and web re-tests): who acts and how severe. A page's status
line and a pointer to this page, generic judgements and statutes, history with its year, a question that is none, the
doer named in the same sentence, and whose act it is (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding


def _passives(text: str, **settings: str) -> list[str]:
    return [f.text for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]


# --- 1. a CMS status line is no finding; a pointer to this page is information ------------------------------------


@pytest.mark.parametrize("text", ["Sidan uppdaterades: 2026-11-20", "Texten uppdaterades senast den 3 maj 2024."])
def test_a_pages_status_line_is_no_finding(text: str) -> None:
    assert _passives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Din ansökan uppdaterades: 2026-11-20",  # not a page noun
        "Sidan uppdaterades i går efter klagomålen.",  # more than a date
        "Vi vet att sidan uppdaterades 2026-11-20.",  # not a line of its own
    ],
)
def test_an_update_in_prose_is_still_flagged(text: str) -> None:
    assert finding(text, "uppdaterades").severity.value == "warning"


def test_a_pointer_to_this_page_is_information() -> None:
    text = "Om du upptäcker problem som inte beskrivs på den här sidan, kontakta oss."
    assert finding(text, "beskrivs").severity.value == "info"


def test_a_description_elsewhere_is_still_flagged() -> None:
    assert finding("Felet beskrivs på sidan 4 i rapporten.", "beskrivs").severity.value == "warning"
