"""Session 48's second round (a crisis re-test, a verifier): *vederbörande som behöver …* is the reader, the sender's
own *man kan inte säga om …*, action nouns in -ering with *ske*, an hour range after *kl*, and *inte osannolikt* kept
a hedge."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, **settings)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


# --- 1. impersonal-man: *vederbörande som …* opening a clause is the reader -----------------------------------------


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Vederbörande som behöver hjälp med transport ombedes kontakta kommunen snarast.", "Du"),
        ("Du kan ringa oss. Vederbörande som har frågor kan ringa kommunen.", "Du"),
        ("Om du vill kan vederbörande som inte har fått svar ringa oss.", "du"),
    ],
)
def test_vederborande_with_its_own_relative_clause_is_the_reader(text: str, suggestion: str) -> None:
    assert _found(text, "impersonal-man") == [(text.split()[text.lower().split().index("vederbörande")], suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Du kan ringa vederbörande som handlägger ärendet.",  # after a verb: the official in charge
        "Kontakta vederbörande som handlägger ärendet.",
        "Vederbörande handläggare ska kontakta dig.",  # the old adjective
    ],
)
def test_vederborande_as_the_one_in_charge_keeps_ansvarig(text: str) -> None:
    assert [suggestion for _, suggestion in _found(text, "impersonal-man")] in (["ansvarig"], ["Ansvarig"])


# --- 2. impersonal-man: the sender's *man kan inte säga om …* -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "suggestion"),
    [
        ("Man kan inte i dagsläget säga om någon reducering av taxan blir aktuell.", "Vi"),
        ("Man kan inte säga när vattnet kommer tillbaka.", "Vi"),
        ("Ännu kan man inte säga hur länge det dröjer.", "vi"),
    ],
)
def test_the_senders_own_cannot_say_is_generic_man(sentence: str, suggestion: str) -> None:
    assert _found("Du kan läsa mer på webben. " + sentence, "impersonal-man") == [
        ("Man" if suggestion == "Vi" else "man", suggestion)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Som man säger: bättre sent än aldrig.",  # what people say
        "Man kan säga att det var en tuff vinter.",  # a manner of speaking
        "Man kan inte säga att det var en tuff vinter.",
        "Man säger inte om det blir bättre.",  # no *kan*: not the sender's lack of an answer
    ],
)
def test_what_people_say_stays_spared(sentence: str) -> None:
    assert _found("Du kan läsa mer på webben. " + sentence, "impersonal-man") == []


def test_cannot_say_only_where_the_text_speaks_to_its_reader() -> None:
    text = "Utredningen visar att man inte kan säga om kostnaderna ökar."
    assert _found(text, "impersonal-man") == []


# --- 3. nominalization: an action noun with *ske*, its own phrase between ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "Evakuering av boende som ej kan ta sig dit själva kommer att ske med buss.",
            "Evakuering av boende som ej kan ta sig dit själva kommer att ske",
        ),
        ("Evakuering av boende kommer att ske med buss.", "Evakuering av boende kommer att ske"),
    ],
)
def test_an_ering_noun_with_ske_is_found_past_its_own_phrase(sentence: str, span: str) -> None:
    assert _found(sentence, "nominalization") == [(span, "Skriv med verbet ”evakuera”")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Invigning av skolan som byggts om sker i maj.",  # an event, not a hidden action
        "Utbildning av personal som arbetar natt kommer att ske på distans.",  # a course
        "Översvämning av källare som ligger lågt kan ske vid skyfall.",  # what happens to something
        "Under evakuering av boende som bor nära kommer mycket att ske.",  # an adverbial
    ],
)
def test_no_ske_finding_where_the_subject_is_no_hidden_action_or_not_its_own(sentence: str) -> None:
    assert _found(sentence, "nominalization") == []


# --- 4. quotes-and-dashes: an hour range after *kl* -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "suggestion"),
    [
        ("Vi har öppet kl 07-20 i dag.", "07-20", "07–20"),
        ("Vi har öppet kl. 07-20 i dag.", "07-20", "07–20"),
        ("Jouren har öppet kl. 22-06.", "22-06", "22–06"),
        ("Ring oss klockan 08-10.", "08-10", "08–10"),
    ],
)
def test_an_hour_range_after_kl_gets_the_en_dash(sentence: str, span: str, suggestion: str) -> None:
    assert _found(sentence, "quotes-and-dashes") == [(span, suggestion)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ring 08-123 45 67 kl. 9.",  # a telephone number
        "Telefon 08-12.",
        "Diarienummer 07-20.",  # an identifier
        "Bussen går kl. 07-25.",  # 25 is no hour
        "Vi ses kl. 07-07.",
    ],
)
def test_no_hour_range_where_the_numbers_are_no_hours(sentence: str) -> None:
    assert _found(sentence, "quotes-and-dashes") == []


# --- 5. double-negation: the list's hedge keeps *inte osannolikt* a careful judgement --------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "suggestion"),
    [
        ("Vi bedömer att det inte är osannolikt att målen nås.", "inte är osannolikt", "är ganska sannolikt"),
        ("Det är inte osannolikt att målen nås.", "inte osannolikt", "ganska sannolikt"),
        ("Inte ovanliga problem är förseningar.", "Inte ovanliga", "Ganska vanliga"),
        ("Skillnaderna är inte obetydliga.", "inte obetydliga", "ganska betydande"),
        ("Det är inte onödigt att fråga.", "inte onödigt", "ganska nödvändigt"),  # not *nödigt*
    ],
)
def test_a_hedged_o_adjective_keeps_its_hedge(sentence: str, span: str, suggestion: str) -> None:
    assert _found(sentence, "double-negation") == [(span, suggestion)]


@pytest.mark.parametrize(
    ("sentence", "span", "suggestion"),
    [
        ("Det är inte omöjligt att vi hinner.", "inte omöjligt", "möjligt"),  # *möjligt* says the same
        ("Resultatet var inte oväntat.", "inte oväntat", "väntat"),
    ],
)
def test_an_o_adjective_whose_positive_says_the_same_takes_no_hedge(sentence: str, span: str, suggestion: str) -> None:
    assert _found(sentence, "double-negation") == [(span, suggestion)]


def test_the_hedged_message_offers_the_plain_word_too() -> None:
    report = lint_text("Det är inte osannolikt att målen nås.")
    (finding,) = [f for f in report.findings if f.rule == "double-negation"]
    assert "”ganska sannolikt” (eller ”sannolikt” om det är det du menar)" in finding.message
