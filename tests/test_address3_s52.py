"""Session 52's third-wave address items (impersonal-man, genre, the document's title): each with the cases it must
and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _man_findings(text: str, fmt: str = "text", **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt, **settings)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


# the sender's (an authority's) wish is a requirement on the reader, not a third party's wish (the lead's guard on the
# second wave's exemption)

_NEWS = "# Nytt från oss\n\nI våras frågade vi vad ni ville ha på gården. {}\n\nHar du frågor? Ring oss."
_LETTER = (
    "Hej Anna!\n\nDu har ansökt om bostadstillägg. {}\n\nMed vänliga hälsningar\nNorrby kommun\nTelefon 0123-45 67"
)


@pytest.mark.parametrize("template", [_NEWS, _LETTER])
@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen vill ha ett intyg där man anger sin inkomst.",
        "Nämnden vill ha ett intyg där man anger sin inkomst.",
        "Norrby kommun vill ha ett intyg där man anger sin inkomst.",
        "Kommunen önskar ett intyg där man anger sin inkomst.",
        "Vi vill ha ett intyg där man anger sin inkomst.",
    ],
)
def test_man_in_what_the_sender_wishes_for_is_the_reader(template: str, sentence: str) -> None:
    fmt = "markdown" if template is _NEWS else "text"
    assert [text for text, _ in _man_findings(template.format(sentence), fmt)] == ["man"]


@pytest.mark.parametrize("template", [_NEWS, _LETTER])
@pytest.mark.parametrize(
    "sentence",
    [
        "Hyresgästerna önskade en plats där man kan grilla.",
        "Många önskade en lekplats med gungor och en plats där man kan grilla.",
        "Föreningen ville ha en plats där man kan spela boule.",
    ],
)
def test_man_in_what_people_wished_for_is_still_not_the_reader(template: str, sentence: str) -> None:
    fmt = "markdown" if template is _NEWS else "text"
    assert _man_findings(template.format(sentence), fmt) == []
