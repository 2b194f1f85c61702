"""Session 53 re-tests (energy, farming, customs, preschool): sentence ends after *el.*, shared-tail slash
compounds, identifiers after *block*, interrogative *vilka* before a noun, acronyms explained by an apposition,
ROT and RUT as everyday words, and a bold lead-in run into its Word paragraph."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from conftest import lint_text, rule_texts
from klarlint.linter import lint_document
from klarlint.readers import read_path

# --- el. (electricity) ends a sentence before a capitalised word (energy W1) ---

EL_TWO_SENTENCES = (
    "Svenska kraftnät ansvarar för att det alltid råder balans mellan produktion och förbrukning av el. Om "
    "balansen inte kan upprätthållas med andra åtgärder kan Svenska kraftnät beordra elnätsföretagen att koppla "
    "bort vissa elanvändare under en begränsad tid."
)


def test_a_sentence_ending_in_el_is_no_long_sentence() -> None:
    assert rule_texts(lint_text(EL_TWO_SENTENCES), "long-sentence") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Vi sparar el. Svenska kraftnät har ansvaret.", 2),
        ("Boken är min. Den ligger på bordet.", 2),
        ("Mötet varar 20 min. Sedan fikar vi.", 2),
        # the abbreviation of eller goes on: a lower-case word, a number or a name after it
        ("Välj bil el. buss för resan.", 1),
        ("Ring 08-123 45 el. 08-456 78 för frågor.", 1),
        ("Kontakta Anna el. Per på kontoret.", 1),
    ],
)
def test_el_ends_a_sentence_only_before_a_word_that_opens_one(nlp, text: str, count: int) -> None:
    assert len(list(nlp(text).sents)) == count


# --- shared-tail slash compounds (energy W2–W4) ---


@pytest.mark.parametrize(
    "text",
    [
        "Det innebär att en bergvärmepump eller en luft/vattenvärmepump kan anslutas till systemet.",
        "En luft/luftvärmepump värmer däremot bara luften i några rum.",
    ],
)
def test_a_shared_tail_compound_is_no_and_or_choice(text: str) -> None:
    assert rule_texts(lint_text(text), "and-or") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Marlen Eskander är grundare/verksamhetschef på institutet.", "grundare/verksamhetschef"),
        ("Vi tar fram en informations-/kommunikationsstrategi.", "informations-/kommunikationsstrategi"),
        ("Det gäller kommunikation/information i kommunen.", "kommunikation/information"),
        ("Vi ger stöd till elev/vårdnadshavare vid behov.", "elev/vårdnadshavare"),
    ],
)
def test_a_slash_between_two_words_is_still_asked_about(text: str, pair: str) -> None:
    assert rule_texts(lint_text(text), "and-or") == [pair]


# --- an identifier after block or a *-nummer* word is no range (farming W9) ---


@pytest.mark.parametrize(
    "text",
    [
        "Skiftena 3 och 4 i block 1234-5678 hade inte betats under året.",
        "Ange kundnummer 1234-5678 när du betalar.",
        "Skriv registreringsnummer 2345-6789 i rutan.",
    ],
)
def test_a_number_after_an_identifier_word_is_no_range(text: str) -> None:
    assert rule_texts(lint_text(text), "quotes-and-dashes") == []


@pytest.mark.parametrize(("text", "hit"), [("Vi tar 1000-2000 kronor.", "1000-2000"), ("Se sidorna 12-14.", "12-14")])
def test_a_range_still_gets_its_dash(text: str, hit: str) -> None:
    assert rule_texts(lint_text(text), "quotes-and-dashes") == [hit]


# --- interrogative vilka before its noun (preschool W8) ---


@pytest.mark.parametrize(
    "text",
    [
        "Ange vilka veckor och vilka tider ditt barn ska vara på förskolan.",
        "Ange vilka veckor ditt barn ska vara på förskolan.",
    ],
)
def test_vilka_before_its_noun_is_no_relative(text: str) -> None:
    assert rule_texts(lint_text(text), "relative-vilken") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vi har en plan, vilken handläggaren ska följa.", "vilken"),  # a definite subject after it
        ("Vi har två handläggare, vilka arbetar med bygglov.", "vilka"),
    ],
)
def test_a_relative_vilken_is_still_flagged(text: str, word: str) -> None:
    assert rule_texts(lint_text(text), "relative-vilken") == [word]


# --- acronyms explained by an apposition; ROT an everyday word (customs W1, energy W21, D2) ---


@pytest.mark.parametrize(
    "text",
    [
        "Många webbutiker är anslutna till EU:s system för import av varor med lågt värde, IOSS.",
        "Företaget kontrollerar att du kan få skattereduktion för arbetskostnaden (ROT-avdrag).",
        "Skattereduktionen kan inte kombineras med ROT-avdrag för samma arbete.",  # an everyday word (SAOL)
    ],
)
def test_an_acronym_explained_in_its_sentence_is_not_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), "abbreviation") == []


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Webbutiker kan ansluta sig till IOSS för varor med lågt värde.", "IOSS"),
        ("Vi samarbetar med polisen, kommunen och MSB.", "MSB"),
        ("Du kan få XYZ-avdrag för arbetet.", "XYZ"),
        ("Du får stöd enligt lagen om stöd till unga, LVU.", "LVU"),  # a statute's initials must fit
    ],
)
def test_an_unexplained_acronym_is_still_flagged(text: str, acronym: str) -> None:
    assert rule_texts(lint_text(text), "abbreviation") == [acronym]


# --- a bold lead-in run into its Word paragraph (farming W6) ---


def _paragraph(word: docx.Document, lead: str, rest: str) -> None:
    paragraph = word.add_paragraph()
    paragraph.add_run(lead).bold = True
    paragraph.add_run(" ")
    paragraph.add_run(rest)


def test_a_bold_lead_in_without_a_break_is_a_block_of_its_own(tmp_path: Path) -> None:
    word = docx.Document()
    _paragraph(word, "1. Liggytan för ungdjuren i lösdriften", "Vid kontrollen konstaterades att liggytan var blöt.")
    _paragraph(word, "Plats:", "Slottet, ingång från bron.")  # a label and its value
    _paragraph(word, "Brister.", "Liggytan var blöt.")  # a sentence of its own already
    _paragraph(word, "Norrviks kommun", "ansvarar för kontrollen.")  # a subject in bold
    path = tmp_path / "kontroll.docx"
    word.save(path)
    document = read_path(path)
    assert [b.text for b in document.blocks] == [
        "1. Liggytan för ungdjuren i lösdriften",
        "Vid kontrollen konstaterades att liggytan var blöt.",
        "Plats: Slottet, ingång från bron.",
        "Brister. Liggytan var blöt.",
        "Norrviks kommun ansvarar för kontrollen.",
    ]
    text = document.blocks[1]
    assert document.source[text.source_span(0, len(text.text))[0] :].startswith(text.text)
    passive = [f for f in lint_document(document).findings if f.rule == "passive-voice"]
    assert passive
    assert "lösdriften" not in (passive[0].suggestion or "")


@pytest.mark.parametrize(
    ("fmt", "source"),
    [
        (
            "markdown",
            "**1. Liggytan för ungdjuren i lösdriften** Vid kontrollen konstaterades att liggytan var blöt.\n\n"
            "**Plats:** Slottet, ingång från bron.\n\n**Norrviks kommun** ansvarar för kontrollen.\n",
        ),
        (
            "html",
            '<html lang="sv"><body><p><strong>1. Liggytan för ungdjuren i lösdriften</strong> Vid kontrollen '
            "konstaterades att liggytan var blöt.</p><p><b>Plats:</b> Slottet, ingång från bron.</p>"
            "<p><b>Norrviks kommun</b> ansvarar för kontrollen.</p></body></html>",
        ),
    ],
)
def test_a_bold_lead_in_on_the_text_s_line_is_a_block_of_its_own(fmt: str, source: str) -> None:
    from klarlint.readers import read_text

    document = read_text(source, fmt)
    assert [b.text for b in document.blocks] == [
        "1. Liggytan för ungdjuren i lösdriften",
        "Vid kontrollen konstaterades att liggytan var blöt.",
        "Plats: Slottet, ingång från bron.",
        "Norrviks kommun ansvarar för kontrollen.",
    ]
    text = document.blocks[1]
    assert document.source[text.source_span(0, len(text.text))[0] :].startswith(text.text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ansökan görs i SAM Internet.\n\n1 februari: SAM Internet öppnar.", []),  # the e-service's name (agri D7)
        ("CRMA Gäller nu.", ["CRMA"]),
        ("LSS Insatser ges till den som behöver.", ["LSS"]),
    ],
)
def test_an_acronym_opening_a_sentence_before_a_name_is_the_name(text: str, flagged: list[str]) -> None:
    assert rule_texts(lint_text(text), "abbreviation") == flagged
