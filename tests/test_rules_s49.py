"""Session 49's re-tests (HR, utility, legal): a court's case number is no range, *kr.* ends a sentence before one
that opens, *from.* is an abbreviation, nominal style with *ske* and *möjliggöra*, relative *vilken* and dates."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.linter import analyze
from klarlint.readers import read_text


def _found(text: str, rule: str, **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


# --- 1. quotes-and-dashes: a court's case number (*Mål nr T 5521-26*) is no range ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Domen i mål nr T 5521-26 meddelades i dag.",
        "Se mål B 5510-26 och Ö 12-25 i Högsta domstolen.",
        "Tingsrätten avgjorde målet, målnummer 12-25, i går.",
    ],
)
def test_a_court_case_number_is_no_range(text: str) -> None:
    assert _found(text, "quotes-and-dashes") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vi har öppet 10-12 på lördagar.", "10-12"),
        ("I 10-12 veckor gäller beslutet.", "10-12"),  # *I* is a word, not a court's letter
        ("Läs sidorna 5521-5526 i rapporten.", "5521-5526"),
    ],
)
def test_a_range_after_other_words_keeps_its_dash(text: str, span: str) -> None:
    assert [found for found, _ in _found(text, "quotes-and-dashes")] == [span]


# --- 2. sentences: *kr.* before a sentence that opens ends it; *from.* is an abbreviation ----------------------------


def _sentences(text: str) -> list[str]:
    block = analyze(read_text(text)).blocks[0]
    return [text[s.char_start : s.char_end] for s in block.sentences]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Du får betala en påminnelseavgift på 100 kr. Om betalning inte sker skickar vi ärendet vidare.", "100 kr."),
        ("Vi tar ut 39 kr. Om du har fast pris gäller det pris som angavs i ditt avtal.", "39 kr."),
        ("Det kostar 1 200 kr. Beloppet dras i maj.", "1 200 kr."),
    ],
)
def test_kr_with_its_period_ends_a_sentence_before_one_that_opens(text: str, first: str) -> None:
    found = _sentences(text)
    assert len(found) == 2 and found[0].endswith(first)


@pytest.mark.parametrize(
    "text",
    [
        "Avgiften är 100 kr. per månad för alla.",  # a lower-case word goes on
        "Förändringen beräknas genomföras from. den 1 mars 2027.",
        "Avgiften gäller from. 1 mars 2027 för alla.",
    ],
)
def test_kr_and_from_before_a_word_that_goes_on_end_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


# --- 3. nominalization: *ske* with an action noun before a modal or after it; *möjliggöra en minskning av* ----------


@pytest.mark.parametrize(
    ("text", "span", "verb"),
    [
        ("Grillning med kolgrill får ej ske på balkongen.", "Grillning med kolgrill får ej ske", "grilla"),
        ("Parkering får ej ske på gården.", "Parkering får ej ske", "parkera"),
        ("Om måltid ingår i konferensavgiften sker en reducering av traktamentet.", "sker en reducering", "minska"),
        ("Om måltid ingår i t.ex. avgiften sker en reducering av traktamentet.", "sker en reducering", "minska"),
        (
            "Bolaget arbetar för att möjliggöra en minskning av klimatpåverkan.",
            "möjliggöra en minskning av",
            "minska",
        ),
    ],
)
def test_ske_and_mojliggora_with_an_action_noun_are_flagged(text: str, span: str, verb: str) -> None:
    assert _found(text, "nominalization") == [(span, f"Skriv med verbet ”{verb}”")]


@pytest.mark.parametrize(
    "text",
    [
        "Invigningen får ske i maj.",  # an event, not a hidden doer
        "Utbildningen får ske på distans.",
        "Kontakt med oss kan ske via e-post.",  # no action noun
        "I Arktis sker en uppvärmning av haven.",  # no verb the noun's form gives
        "I maj sker en invigning av parken.",  # an event, after *ske* too
        "I maj sker invigningen av parken.",  # definite: an event named
    ],
)
def test_ske_with_an_event_or_no_action_noun_is_not_flagged(text: str) -> None:
    assert _found(text, "nominalization") == []


# --- 4. relative-vilken: a name after *vilken* is its clause's subject; two nouns it may mean get no *som* ------------


@pytest.mark.parametrize(
    "text",
    [
        "Priset sätts inom ramen för Prisdialogen, vilken Borås Energi och Miljö är medlem i sedan 2014.",
        "Höjningen är beräknad enligt bruksvärdesprincipen, vilken innebär att hyran ska motsvara hyran.",
    ],
)
def test_vilken_after_a_noun_is_flagged(text: str) -> None:
    assert _found(text, "relative-vilken") == [("vilken", "som")]


@pytest.mark.parametrize(
    "text",
    [
        # *vilken* may mean *uppskattning* or *förbrukning*: *som* after *förbrukning* would say the nearer
        "Om mätvärden saknas görs en uppskattning utifrån tidigare förbrukning, vilken korrigeras sedan.",
        "Vi vet inte vilken Volvo du menar.",  # an indirect question, a name after it
    ],
)
def test_vilken_that_may_mean_two_nouns_or_asks_is_not_flagged(text: str) -> None:
    assert _found(text, "relative-vilken") == []


# --- 5. numbers-and-dates: a day and month without a year; a range's two dates in one form ---------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Anmälan till Sara senast 1/12.", "1/12", "den 1 december"),
        ("Anmälan ska vara inne senast den 1/12.", "1/12", "1 december"),
        ("Svara senast 24/12 om du vill ha plats.", "24/12", "den 24 december"),
    ],
)
def test_a_day_and_month_after_a_date_word_are_flagged(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "numbers-and-dates") == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Du får halva beloppet, 1/2 av summan.",  # a fraction
        "Senast 1/3 av tiden ska gå till planering.",
        "Andelen ökade till 3/4 av alla elever.",  # *till* is no date word here
    ],
)
def test_a_fraction_is_no_date(text: str) -> None:
    assert _found(text, "numbers-and-dates") == []


def test_both_dates_of_a_range_are_replaced_in_one_form() -> None:
    text = "Ersättning betalas för perioden 1/6-25 till 31/7-25."
    report = lint_text(text)
    found = [(text[f.start : f.end], f.replacements) for f in report.findings if f.rule == "numbers-and-dates"]
    assert found == [("1/6-25", ("den 1 juni 2025",)), ("31/7-25", ("den 31 juli 2025",))]


def test_an_ambiguous_date_alone_gets_no_replacement() -> None:
    text = "Beslutet fattades 1/6-25 av nämnden."
    report = lint_text(text)
    assert [f.replacements for f in report.findings if f.rule == "numbers-and-dates"] == [()]
