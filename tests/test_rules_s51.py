"""Session 51's re-tests (health, social services, leisure, debt, building): state passives, nominal style, numbers,
relative *vilken* and abbreviations."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _found(text: str, rule: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == rule]


def _texts(text: str, rule: str, fmt: str = "text") -> list[str]:
    return [found for found, _ in _found(text, rule, fmt)]


# --- abbreviation: e.dyl. and max. written out; FIFA a name every reader knows -------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Om fastigheten ligger i ett område av riksintresse e.dyl. krävs det andra tillstånd.",
            "e.dyl.",
            "eller liknande",
        ),
        ("Skicka bilder på max. 10 tidigare verk.", "max.", "högst"),
        ("Max. 20 personer får vara i lokalen.", "Max.", "Högst"),
    ],
)
def test_e_dyl_and_max_are_written_out(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "abbreviation") == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Max Svensson svarar på frågor om lokalen.",  # a name
        "Värdet är som max. när solen står högst.",  # no number after it
        "Varje fredag ordnar vi en turnering i FIFA eller workshop i dans.",
    ],
)
def test_a_name_and_max_without_a_number_are_left_alone(text: str) -> None:
    assert _found(text, "abbreviation") == []


# --- relative-vilken: without a comma, a nearer noun of the same gender does not stop *som* ---------------------------


def test_vilken_after_two_agreeing_nouns_without_a_comma_is_flagged() -> None:
    text = "Det har framkommit att det finns en tvättstuga i fastigheten vilken den sökande har tillgång till."
    assert _found(text, "relative-vilken") == [("vilken", "som")]


@pytest.mark.parametrize(
    "text",
    [
        "Om mätvärden saknas görs en uppskattning utifrån tidigare förbrukning, vilken korrigeras sedan.",  # s49
        "Vi frågade handläggaren i kommunen vilken hon valde.",  # an indirect question after the object's phrase
    ],
)
def test_vilken_after_a_comma_or_asking_is_still_not_flagged(text: str) -> None:
    assert _found(text, "relative-vilken") == []


# --- numbers-and-dates and quotes-and-dashes: a range of thousands ------------------------------------------------


def test_each_limit_of_a_dotted_range_is_grouped() -> None:
    text = "Ersättningen är 9.000-14.000 kronor per månad före skatt."
    assert _found(text, "numbers-and-dates") == [("9.000", "9 000"), ("14.000", "14 000")]


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Ersättningen är 9 000-14 000 kronor per månad.", "9 000-14 000", "9 000–14 000"),
        ("En energideklaration kostar oftast mellan 5 000-10 000 kronor.", "5 000-10 000", "5 000 och 10 000"),
        ("Det kostar från 1 500-2 000 kronor.", "1 500-2 000", "1 500 till 2 000"),
    ],
)
def test_a_range_of_grouped_thousands_gets_its_dash_or_word(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "quotes-and-dashes") == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Ring 0771-567 567 eller 070-123 45 67 om du har frågor.",  # telephone numbers
        "Se punkt 3.100-3.200 i avtalet.",  # section numbers
        "Summan 14 000-9 000 är 5 000.",  # a subtraction, not a range
    ],
)
def test_telephone_numbers_and_sections_are_no_range_of_thousands(text: str) -> None:
    assert _found(text, "quotes-and-dashes") == []
    assert _found(text, "numbers-and-dates") == []


# --- nominalization: what the re-tests found wrong or missed --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Nämnden beslutar att förelägga ägaren att vidta rättelse.", "vidta rättelse", "Skriv med verbet ”rätta”"),
        # a compound of a listed noun, the tagger's name at the sentence's start
        ("Platsbesök genomfördes den 20 oktober 2026.", "Platsbesök genomfördes", "Skriv med verbet ”besöka”"),
        ("Ett hembesök genomfördes i maj.", "hembesök genomfördes", "Skriv med verbet ”besöka”"),
        # a compound's verbal noun has no verb of its own: advice
        (
            "Du kan återkalla samtycket, varvid fortsatt uppgiftslämnande ej får ske.",
            "uppgiftslämnande ej får ske",
            "Skriv med ett verb",
        ),
    ],
)
def test_nominal_style_the_re_tests_found(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "nominalization") == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Förrättningen sker tisdagen den 12 januari 2027 kl. 10.",  # an event, like *Invigningen sker*
        # *tas … ut* is a particle verb, and *beslutet* the subject of another clause
        "Om du river tillbyggnaden innan beslutet om byggsanktionsavgift har vunnit laga kraft tas avgiften inte ut.",
        # the patient is examined: *du behöver undersöka* would make the patient the examiner
        "Han bedömer att du behöver göra en undersökning av balansorganet innan du träffar en läkare.",
        "Du ska göra en undersökning hos tandläkaren.",
    ],
)
def test_no_nominal_style_where_the_re_tests_found_none(text: str) -> None:
    assert _found(text, "nominalization") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vi behöver göra en undersökning av ditt balansorgan.", "göra en undersökning"),  # the sender examines
        ("Utbetalningen sker den 25 varje månad.", "Utbetalningen sker"),  # an act with a date is still one
        ("Nämnden tar beslut om bygglov varje månad.", "tar beslut"),
    ],
)
def test_a_doers_light_verb_is_still_found(text: str, span: str) -> None:
    assert _texts(text, "nominalization") == [span]


# --- state-passive: a state or a status, nobody acted --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Under vårdtiden konstaterades även att ditt blodsocker var förhöjt.",  # a measured value
        "Risken för återfall är förhöjd.",
        "Det gäller om barnen är skrivna på samma adress.",  # the population register
        "Du ska vara skriven i kommunen.",
        "Om bilen är belånad eller leasad kan det hända att den inte är värd något.",  # a status in a loan
        "Åtgärderna är tillåtna om fastigheten är bebyggd med ett en- eller tvåbostadshus.",
    ],
)
def test_a_state_or_status_is_no_state_passive(text: str) -> None:
    assert _texts(text, "state-passive") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Boken är skriven på engelska.", "är skriven"),  # someone wrote it
        ("Avgiften är förhöjd för sena betalningar.", "är förhöjd"),  # someone raised it
    ],
)
def test_a_hidden_doer_is_still_asked_for(text: str, span: str) -> None:
    assert _texts(text, "state-passive") == [span]


# --- nominalization: a condition with vid and a verbal noun, or an act done late -------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Vid utnyttjande av ångerrätten är det normalt du som står för kostnaden.",
            "Vid utnyttjande av",
            "Skriv ”om/när … utnyttjar”",
        ),
        (
            "Vid sen avbokning eller utebliven närvaro debiteras full hyra.",
            "Vid sen avbokning",
            "Skriv ”om … bokar av för sent”",
        ),
        (
            "Vid försenad återlämning debiteras en avgift om 5 kr per dag.",
            "Vid försenad återlämning",
            "Skriv ”om … för sent” med ett verb",
        ),
    ],
)
def test_vid_with_a_verbal_noun_or_a_late_act_is_a_condition(text: str, span: str, suggestion: str) -> None:
    assert _found(text, "nominalization") == [(span, suggestion)]


@pytest.mark.parametrize("text", ["Vid sen ålder ökar risken för fall.", "Vid behov av hjälp kan du ringa oss."])
def test_vid_without_an_act_is_left_alone(text: str) -> None:
    assert _found(text, "nominalization") == []


# --- nominalization: read on the corpus after the fixes above --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Parterna kunde nå fram till en överenskommelse.", "nå fram till en överenskommelse"),  # an active particle
        ("Därför lägger regeringen ett större fokus på demokrati.", "lägger regeringen ett större fokus"),
        ("Under resan gör civilministern ett kommunbesök i Lidköping.", "gör civilministern ett kommunbesök"),
        ("Avbokning kan ske fram till 24 timmar innan besöket.", "Avbokning kan ske"),  # *ske* takes no particle
    ],
)
def test_an_active_particle_verb_and_a_visit_to_a_place_are_still_found(text: str, span: str) -> None:
    assert _texts(text, "nominalization") == [span]


@pytest.mark.parametrize(
    "text", ["Ministern ska göra två studiebesök i Finland.", "Sverige har genomfört fem utgående statsbesök."]
)
def test_a_kind_of_visit_is_not_a_visit_to_write_as_besoka(text: str) -> None:
    assert _found(text, "nominalization") == []
