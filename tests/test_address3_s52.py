"""Session 52's third-wave address items (impersonal-man, genre, the document's title): each with the cases it must
and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import DECISION, LETTER, detect_genre
from klarlint.readers import read_text


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


# a decision titled *Beslut gällande …* whose appeal section is a paragraph sending the reader to court (claims re-test
# s52 08, labelled brev)

_CLAIM = (
    "Norrby kommun\nGatuenheten\n2026-09-12\nDnr SBN 2026/655\n\nTill Peter Andersson\nLärkvägen 3\n123 47 Norrby\n\n"
    "{title}\n\nVi har utrett din skadeanmälan om skadan på din bil. Du får ersättning med 4 200 kronor.\n\n"
    "Om du har frågor om beslutet kan du ringa mig på 0123-45 72 40.\n\n{closing}\n\nMed vänlig hälsning\n\n"
    "Karin Lund\nNorrby kommun"
)
_TO_COURT = "Om du inte är nöjd med ersättningen kan du vända dig till tingsrätten."


@pytest.mark.parametrize(
    ("title", "closing"),
    [
        ("Beslut gällande ersättning för skada på bil", _TO_COURT),
        ("Beslut rörande ersättning för skada på bil", _TO_COURT),
        ("Beslut om ersättning för skada på bil", "Om du inte är nöjd med beslutet kan du begära omprövning."),
        ("Beslut gällande ersättning för skada på bil", "Så överklagar du\n\nSkriv till oss inom tre veckor."),
    ],
)
def test_a_decision_title_and_a_paragraph_sending_the_reader_to_court_is_a_decision(title: str, closing: str) -> None:
    assert detect_genre(read_text(_CLAIM.format(title=title, closing=closing), "text")) == DECISION


@pytest.mark.parametrize(
    ("title", "closing"),
    [
        ("Beslut gällande ersättning för skada på bil", "Om du inte är nöjd med ersättningen kan du ringa oss."),
        ("Svar gällande ersättning för skada på bil", _TO_COURT),  # no decision's title
        ("Beslut gällande ersättning för skada på bil", "Vi hoppas att du är nöjd."),
        (  # a letter that sends a decision on (test_genre_s47)
            "Beslut gällande ersättning för skada på bil",
            "Om du inte är nöjd med beslutet kan du överklaga det hos förvaltningsrätten.",
        ),
    ],
)
def test_without_a_decision_title_or_a_review_it_stays_a_letter(title: str, closing: str) -> None:
    assert detect_genre(read_text(_CLAIM.format(title=title, closing=closing), "text")) == LETTER
