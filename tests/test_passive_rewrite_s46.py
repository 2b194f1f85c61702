"""passive-voice's active examples, session 46 (writer7's re-test): a subject the parse cut to the last noun of its
phrase stays whole, a list number stays out of the object, a genitive doer keeps its noun, and a supplier after
*beställa av* is the source, not the doer (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. a subject with a phrase after its noun keeps its noun ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "example"),
    [
        (
            "Din ansökan om parkeringstillstånd för rörelsehindrade som förare avslås.",
            "”Vi avslår din ansökan om parkeringstillstånd för rörelsehindrade som förare …”",
        ),
        (
            "Ansökan om bidrag för att bygga om köket avslås.",
            "avslår ansökan om bidrag för att bygga om köket …”",
        ),
    ],
)
def test_a_subject_the_parse_split_is_the_whole_object(text: str, example: str) -> None:
    # the examples had been *Vi avslår förare …* and *Vi avslår köket …*
    found = finding(text, "avslås", genre="beslut")
    assert example in found.suggestion


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Din ansökan om hjälp med tvätt avslås.", "”Vi avslår din ansökan om hjälp med tvätt …”"),
        ("Alla ansökningar om bidrag för barn avslås.", "avslår alla ansökningar om bidrag för barn …”"),
        ("Varje år avslås många ansökningar om bidrag.", "avslår många ansökningar om bidrag …”"),
    ],
)
def test_a_subject_the_parse_read_whole_is_unchanged(text: str, example: str) -> None:
    assert example in finding(text, "avslås", genre="beslut").suggestion


# --- 2. a list or section number stays out of the object ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Riktlinjer för sociala medier\n\n3.1 Varje konto SKA ha minst två administratörer.\n\n"
        "3.2 Nya konton SKA godkännas av kommunikationsavdelningen innan de startas.",
    ],
)
def test_a_section_number_is_not_part_of_the_object(text: str) -> None:
    # the example had been *Kommunikationsavdelningen ska godkänna 3.2 Nya konton …*
    found = [f for f in _findings(text, "markdown") if f.text.startswith("godkännas")]
    assert len(found) == 1
    assert "”Kommunikationsavdelningen ska godkänna nya konton …”" in found[0].suggestion


def test_a_count_opening_the_sentence_stays_in_the_object() -> None:
    found = finding("12 ansökningar har avslagits av nämnden.", "avslagits")
    assert "”Nämnden har avslagit 12 ansökningar …”" in found.suggestion


def _findings(text: str, fmt: str):  # noqa: ANN202 (findings)
    from conftest import lint_text

    return [f for f in lint_text(text, fmt, genre="dokument").findings if f.rule == "passive-voice"]


# --- 3. a genitive doer keeps the noun it owns ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "example"),
    [
        (
            "Frågor om kö och avgifter besvaras av Barn- och utbildningsförvaltningens placeringsenhet.",
            "”Barn- och utbildningsförvaltningens placeringsenhet besvarar frågor om kö och avgifter …”",
        ),
        ("Frågor besvaras av kommunens nya kundtjänst.", "”Kommunens nya kundtjänst besvarar frågor …”"),
    ],
)
def test_a_genitive_doer_keeps_its_noun(text: str, example: str) -> None:
    # the example had been *Barn- och utbildningsförvaltningens besvarar frågor …*
    assert example in finding(text, "besvaras", genre="brev").suggestion


def test_a_doer_without_a_genitive_is_unchanged() -> None:
    found = finding("Frågor besvaras av kundtjänsten.", "besvaras", genre="brev")
    assert "”Kundtjänsten besvarar frågor …”" in found.suggestion


# --- 4. the supplier after *beställa av* is the source, not the doer ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        (
            "Tack för din felanmälan. Arbetet har beställts av vår entreprenör.",
            "beställts",
            "”Vi har beställt arbetet av vår entreprenör …”",
        ),
        ("Materialet har köpts av en lokal leverantör.", "köpts", "har köpt materialet av en lokal leverantör …”"),
    ],
)
def test_a_supplier_is_not_made_the_subject(text: str, verb: str, example: str) -> None:
    # the example had been *Vår entreprenör har beställt arbetet …*: *beställa av* is to order from
    found = finding(text, verb, genre="brev")
    assert example in found.suggestion


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        ("Utredningen har beställts av regeringen.", "beställts", "”Regeringen har beställt utredningen …”"),
        ("Naloxon kommer kunna köpas av privatpersoner.", "köpas", "”Privatpersoner kommer kunna köpa …”"),
    ],
)
def test_a_buyer_after_av_is_still_the_doer(text: str, verb: str, example: str) -> None:
    assert example in finding(text, verb).suggestion


def test_a_thing_got_from_someone_has_no_doer_as_subject() -> None:
    found = finding("Blanketten kan fås av din handläggare.", "fås", genre="brev")
    assert "Din handläggare kan få" not in found.suggestion
