"""Session 52's second-wave re-tests (procurement, housing, streets, claims): state passives on states, nominal style,
relative *vilken*, dashes in ranges, abbreviations."""

from __future__ import annotations

import pytest

from conftest import lint_text
from test_rules_s52 import _found, _texts

# --- state-passive: a noun, opening hours, lamps out, a kind of room, a design ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hyran ska betalas senast den 30 december 2026, som är förfallodagen.",  # a noun, no participle
        "Områdeskontoren är stängda 24–26 december.",  # opening hours; the tagger left the lemma whole
        "Enstaka släckta lampor åtgärdas normalt inom två veckor. Om flera lampor i rad är släckta eller om en hel "
        "gata är mörk prioriteras felet och vi försöker laga det inom två arbetsdagar.",
        "Om flera lampor i rad är släckta ringer du oss.",
        "Ange om källaren är inredd och i så fall sedan när.",  # a kind of room
        "Skadan berodde på att regnmängden var större än vad ledningarna är byggda för.",  # a design
    ],
)
def test_states_on_the_second_re_tests_are_no_state_passive(text: str) -> None:
    assert _texts(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ansökan är avslagen.", "är avslagen"),  # *avslagen* is also a neuter noun's plural: still a participle
        ("Områdeskontoren är stängda av polisen.", "är stängda"),  # a doer named
        ("Ditt konto är stängt.", "är stängt"),
        ("Branden i rad tre är släckt.", "är släckt"),  # no lamp
        ("Huset är byggt för pengarna från arvet.", "är byggt"),  # no purpose
    ],
)
def test_state_passives_beside_them_are_still_flagged(text: str, span: str) -> None:
    assert _texts(text, "state-passive") == [span]


# --- nominalization: an adjustment made, a correction that has not happened, a possibility for someone -------------


@pytest.mark.parametrize(
    ("text", "span", "verb"),
    [
        ("Vi har dock gjort en jämkning av ersättningen med 1 500 kronor.", "gjort en jämkning", "jämka"),
        ("I år har en jämkning gjorts i tre fall.", "jämkning gjorts", "jämka"),
        ("Någon rättelse har inte skett.", "rättelse har inte skett", "rätta"),
        ("Det finns även möjlighet för Oskar att göra en insats på skolan.", "finns även möjlighet", "kunna"),
    ],
)
def test_light_verb_phrases_of_the_second_re_tests_are_flagged(text: str, span: str, verb: str) -> None:
    found = _found(text, "nominalization")
    assert [found_span for found_span, _ in found] == [span]
    assert verb in (found[0][1] or "")


def test_a_possibility_for_someone_names_who_can() -> None:
    report = lint_text("Det finns möjlighet för dig att överklaga beslutet.")
    messages = [f.message for f in report.findings if f.rule == "nominalization"]
    assert len(messages) == 1
    assert "”du kan …”" in messages[0]


@pytest.mark.parametrize(
    "text",
    [
        "Det finns goda möjligheter för företag att växa.",  # a degree *kunna* loses
        "Det finns möjlighet för dig.",  # no *att*: no act
        "Det finns möjlighet för alla elever i kommunen som vill att söka.",  # a long phrase, not just who
        "Rättelse av fel i beslut kan ske enligt 36 § förvaltningslagen.",  # a procedure the statute names
    ],
)
def test_possibilities_and_corrections_beside_them_are_left_alone(text: str) -> None:
    assert _texts(text, "nominalization") == []


# --- relative-vilken: past a prepositional phrase the parse hung on the verb; two nouns it agrees with --------------


def test_vilka_past_a_singular_noun_on_the_verb_is_advice_to_move_the_clause() -> None:
    text = "Vi har under året fått ett antal fakturor utan referenskod, vilka har returnerats."
    report = lint_text(text)
    found = [f for f in report.findings if f.rule == "relative-vilken"]
    assert [(text[f.start : f.end], f.suggestion) for f in found] == [("vilka", None)]
    assert "”fakturor”" in found[0].message


def test_vilken_after_a_phrase_on_the_verb_whose_subject_agrees_is_advice() -> None:
    text = "Idrottshallen ska uppföras i anslutning till skolan, vilken även ska kunna nyttjas av föreningslivet."
    found = [f for f in lint_text(text).findings if f.rule == "relative-vilken"]
    assert [(text[f.start : f.end], f.suggestion) for f in found] == [("vilken", None)]  # *som* would mean the school
    assert "”Idrottshallen” och ”skolan”" in found[0].message


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Vi har två handläggare, vilka arbetar med bygglov.", "som"),  # one noun: *som*
        ("Vi bor i en lägenhet, vilken har tre rum.", "som"),  # the subject is no noun
        ("Barnen leker i parken, vilken ligger nära skolan.", "som"),  # the subject does not agree
    ],
)
def test_vilken_with_one_noun_it_agrees_with_is_still_som(text: str, suggestion: str) -> None:
    assert [s for _, s in _found(text, "relative-vilken")] == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Vi skickade brevet till kommunen, vilka svarade direkt.",  # *brevet* does not agree either
        "Vi har under året arbetat utan referenskod, vilka har returnerats.",  # no noun before the preposition
        "Idrottshallen ska uppföras nära skolan, vilket även föreningslivet vill.",  # *vilket* sums up the clause
    ],
)
def test_vilka_with_no_noun_to_point_at_is_left_alone(text: str) -> None:
    assert _texts(text, "relative-vilken") == []


# --- quotes-and-dashes: shortened weekdays, a range whose limits hold dots ------------------------------------------


def test_shortened_weekdays_take_an_en_dash() -> None:
    text = "Kontaktcenter i kommunhuset, mån-fre 08.00-16.30."
    assert _found(text, "quotes-and-dashes") == [("mån-fre", "mån–fre"), ("08.00-16.30", "08.00–16.30")]


def test_the_hyphen_of_a_range_with_dots_is_flagged_alone() -> None:
    report = lint_text("Den brukar ligga på 2.500-4.000 kr beroende på stenens storlek.")
    found = [f for f in report.findings if f.rule == "quotes-and-dashes"]
    assert [(f.start, f.end, f.suggestion) for f in found] == [(25, 26, "–")]  # beside numbers-and-dates' 2.500
    assert "”2 500–4 000”" in found[0].message
    assert _texts("Se 3.100-3.200 i lagen.", "quotes-and-dashes") == []  # maybe sections (test_rules_s51)


@pytest.mark.parametrize(
    "text",
    [
        "Tor-Björn och Fre-gruppen träffas.",  # a name, a compound
        "Mån-dagen var lång.",
        "Se 4.000-3.200 i lagen.",  # not ascending: no range
        "Koden är 1.234-5.678-9.",  # a longer run of parts: an identifier
    ],
)
def test_words_and_numbers_that_are_no_range_keep_their_hyphen(text: str) -> None:
    assert _texts(text, "quotes-and-dashes") == []


# --- abbreviation: *v.* for *vecka* -----------------------------------------------------------------------------------


def test_v_before_a_week_number_is_vecka() -> None:
    assert _found("Arbetet pågår från v. 24 till v. 35.", "abbreviation") == [("v.", "vecka"), ("v.", "vecka")]


@pytest.mark.parametrize(
    "text",
    [
        "Karl V. 12 personer kom.",  # a roman numeral after a name
        "Se bild v. 2024.",  # no week's number
        "Punkt v 24 gäller.",  # no point: a letter
        "Från v. 54 och framåt.",  # no week 54
    ],
)
def test_v_that_is_no_week_is_left_alone(text: str) -> None:
    assert _texts(text, "abbreviation") == []
