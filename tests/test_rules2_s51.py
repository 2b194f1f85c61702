"""Session 51's second round of re-tests (environment, employment, family, easy-to-read): state passives, nominal
style, relative *vilken*, long words, long sentences, numbers."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, fmt: str = "text", **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


def _texts(text: str, rule: str, fmt: str = "text", **settings: str) -> list[str]:
    return [found for found, _ in _found(text, rule, fmt, **settings)]


# --- long-sentence: a statute's title ends before a finite verb -----------------------------------------------------

STATUTE_RUNS_ON = (
    "Felaktigt utbetald ersättning ska enligt 68 § lagen (1997:238) om arbetslöshetsförsäkring återbetalas om den "
    "enskilde genom oriktiga uppgifter eller genom underlåtenhet att fullgöra uppgifts- eller anmälningsskyldighet "
    "har orsakat att ersättning har lämnats felaktigt eller med för högt belopp."
)


def test_a_statute_title_ends_before_the_sentence_verb() -> None:
    assert len(_texts(STATUTE_RUNS_ON, "long-sentence")) == 1


def test_a_long_statute_title_still_counts_as_one_word() -> None:
    text = (
        "Du kan läsa mer i lagen (2018:585) om skydd för personuppgifter vid behandling av uppgifter om hälsa och "
        "om ersättning vid tillfällig föräldrapenning för vård av barn med allvarlig sjukdom i hemmet."
    )
    assert _texts(text, "long-sentence") == []


# --- state-passive: an adjective in consonant + t, and insured as a status ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Du skrev att pumpen är ny och att installatören lovat att den är tyst.",
        "Efter en lång dag är hon trött.",
        "Dagarna kan ges till en annan person som är försäkrad i Sverige.",
    ],
)
def test_an_adjective_and_a_status_are_no_state_passive(text: str) -> None:
    assert _texts(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Boken är köpt.", "är köpt"),
        ("Huset är sålt sedan i våras.", "är sålt"),
        ("Beslutet är fattat.", "är fattat"),
    ],
)
def test_a_participle_in_t_is_still_a_state_passive(text: str, span: str) -> None:
    assert _texts(text, "state-passive") == [span]


# --- nominalization: a genitive before vara … att, ur as a noun's own preposition, three listed nouns ---------------


@pytest.mark.parametrize(
    ("text", "span", "verb"),
    [
        ("Det är nämndens bedömning att bullret är störande.", "är nämndens bedömning", "bedöma"),
        ("Utträde ur kassan sker genom skriftlig anmälan.", "Utträde ur kassan sker", "gå ur"),
        ("I maj görs en avstämning av dina dagar.", "görs en avstämning", "stämma av"),
        ("Sjukanmälan görs varje dag före klockan nio.", "Sjukanmälan görs", "sjukanmäla"),
    ],
)
def test_light_verb_phrases_missed_by_the_re_tests(text: str, span: str, verb: str) -> None:
    found = _found(text, "nominalization")
    assert [found_span for found_span, _ in found] == [span]
    assert verb in (found[0][1] or "")


@pytest.mark.parametrize(
    "text",
    [
        "Styrelsen tar nämndens beslut som grund för planen.",  # a genitive owner with another verb
        "Det är nämndens ansvar att skolan har lokaler.",  # no light verb noun
    ],
)
def test_a_genitive_and_ur_elsewhere_are_left_alone(text: str) -> None:
    assert _texts(text, "nominalization") == []


# --- long-word: a term the text names, a name over a contact line, an inflection once -----------------------------


def _long_words(text: str, fmt: str = "text") -> list[str]:
    return _texts(text, "long-word", fmt, profile="lattlast")


@pytest.mark.parametrize(
    "text",
    [
        "Du kan få pengar för att ändra ditt hem. Pengarna kallas bostadsanpassningsbidrag.",
        "Du pratar med din chef en gång om året. Det kallas utvecklingssamtal.",
        "## Kontakt\n\nBrottsofferjouren i Norrby kommun\nTelefon: 0123-45 67 80\n",
    ],
)
def test_a_named_term_and_a_name_over_a_contact_line_are_no_long_words(text: str) -> None:
    assert _long_words(text, "markdown") == []


def test_a_long_word_is_flagged_once_in_another_inflection() -> None:
    text = "Det finns vittnesstödjare i domstolen. Vittnesstödjarna är en klippa att luta sig mot."
    assert _long_words(text) == ["vittnesstödjare"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Utvecklingssamtalet kallas ibland medarbetarsamtal.", ["Utvecklingssamtalet"]),  # before *kallas*
        ("Det kallas utvecklingssamtal och hålls varje år.", ["utvecklingssamtal"]),  # the sentence goes on
        ("Brottsofferjouren hjälper dig.\nVi ses i rätten.\n", ["Brottsofferjouren"]),  # no contact line below
        (
            "Vi gör en verksamhetsuppföljning. Sedan skriver vi verksamhetsuppföljningsrapporten.",
            ["verksamhetsuppföljning", "verksamhetsuppföljningsrapporten"],
        ),
    ],
)
def test_other_long_words_are_still_flagged(text: str, words: list[str]) -> None:
    assert _long_words(text) == words
