"""Session 52's third-wave address items (impersonal-man, genre, the document's title): each with the cases it must
and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import DECISION, LETTER, detect_genre
from klarlint.linter import document_title
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


# a case number's line is never the document's title (streets re-test s52 08: *Dnr GTK 2026/1302* was the title, and
# the letter was labelled dokument)

_VEHICLE = (
    "Norrby kommun\nGatu- och trafikkontoret\n2026-11-27\n\n{case}\n\nTill ägaren av fordon DEF 456\n\n"
    "Ditt fordon måste flyttas – annars flyttar vi det\n\nDitt fordon står uppställt på Lingonvägen. Flytta det senast "
    "den 11 december 2026.\n\nHör av dig om du har frågor.\n\nMed vänlig hälsning\nGatu- och trafikkontoret\n"
    "Telefon 0123-45 60 00"
)


@pytest.mark.parametrize(
    "case",
    ["Dnr GTK 2026/1302", "Diarienummer 2026/1302", "Vårt dnr GTK 2026/1302", "Ärendenummer AB-2026-13", "Dnr: 2026/4"],
)
def test_a_case_number_line_is_not_the_title(case: str) -> None:
    document = read_text(_VEHICLE.format(case=case), "text")
    assert document_title(document) == "Ditt fordon måste flyttas – annars flyttar vi det"
    assert detect_genre(document) == LETTER


# the case number's line last in the letterhead, under the date (claims re-test s52 08: titled Norrby kommun)
_HEAD_CASE = (
    "Norrby kommun\nSamhällsbyggnadsförvaltningen, Gatuenheten\n2026-09-12\n{case}\n\n"
    "Till Peter Andersson\nLärkvägen 3\n123 47 Norrby\n\n"
    "{title}\n\nVi har utrett din skadeanmälan. Du får ersättning med 4 200 kronor.\n\nMed vänlig hälsning\n\n"
    "Karin Lund\nNorrby kommun"
)


@pytest.mark.parametrize("case", ["Dnr SBN 2026/655", "Diarienummer 2026/655"])
def test_a_case_number_last_in_the_letterhead_leaves_the_title_under_it(case: str) -> None:
    title = "Beslut gällande ersättning för skada på bil"
    assert document_title(read_text(_HEAD_CASE.format(case=case, title=title), "text")) == title


def test_a_letterhead_of_a_case_number_and_a_sentence_gives_no_letter_title() -> None:
    text = "Norrby kommun\nDnr SBN 2026/655\n\nVi har utrett din skadeanmälan om skadan på bilen.\n\nHej då."
    assert document_title(read_text(text, "text")) != "Dnr SBN 2026/655"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Dnr 2026/1302\n\n## Flytta ditt fordon\n\nDitt fordon står fel.\n", "Flytta ditt fordon"),
        ("# Diarienummer och diarieföring\n\nSå registrerar vi handlingar.\n", "Diarienummer och diarieföring"),
        ("# Beteckningar på kartan\n\nKartan visar gator.\n", "Beteckningar på kartan"),
    ],
)
def test_a_case_number_heading_is_skipped_and_one_about_case_numbers_kept(text: str, title: str) -> None:
    assert document_title(read_text(text, "markdown")) == title


# a web page that says du in most paragraphs and ni in one switches the address there (procurement re-test s52 10)

_PAGE = (
    "# Nytt om upphandling\n\nHej! Vill du lämna anbud? Då är det bra att börja förbereda dig redan nu.\n\n{}\n\n"
    "Har du frågor? Ring oss på 0920-45 20 11.\n\nDu hittar alla upphandlingar på vår webbplats.\n\n{}"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vi rekommenderar att ni registrerar företaget i vårt leverantörsregister.", [("ni", "du")]),
        (
            "Vi rekommenderar att ni anmäler ert företag till vårt leverantörsregister.",
            [("ni", "Skriv du (och dig, din)"), ("ert", "ditt")],
        ),
    ],
)
def test_a_ni_in_one_paragraph_of_a_page_that_says_du_is_a_switch(sentence: str, expected: list) -> None:
    assert _man_findings(_PAGE.format(sentence, ""), "markdown") == expected


@pytest.mark.parametrize(
    ("sentence", "more"),
    [
        # ni in two paragraphs: the page speaks to a group in a section of its own
        ("Vi rekommenderar att ni registrerar företaget.", "Om ni är flera företag kan ni lämna anbud tillsammans."),
        ("Ni som förening kan söka bidrag för lokalen.", ""),  # a group the page names
        ("Ni båda måste skriva under ansökan.", ""),  # a plural
    ],
)
def test_a_ni_to_a_group_on_a_page_that_says_du_is_no_switch(sentence: str, more: str) -> None:
    assert [f for f in _man_findings(_PAGE.format(sentence, more), "markdown") if f[0].lower() in ("ni", "ert")] == []


def test_a_page_that_says_du_in_two_paragraphs_only_keeps_its_ni() -> None:
    text = "# Upphandling\n\nVill du lämna anbud? Förbered dig.\n\nVi rekommenderar att ni registrerar företaget.\n\n"
    text += "Har du frågor? Ring oss."
    assert [f for f in _man_findings(text, "markdown") if f[0] == "ni"] == []
