"""Session 49, third wave on the kind of text: a letter to a couple keeps its ni (impersonal-man's address switch),
a consultation letter *Till sakägare …*, a voter card under a person's postal address, a press release without its
*Pressmeddelande* line; each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre
from klarlint.readers import read_text


def _genre(text: str, fmt: str = "text") -> str:
    return detect_genre(read_text(text, fmt))


# impersonal-man's address switch: a letter greeted to two people says ni to both of them

_COUPLE = (
    "{greeting}\n\nDu har fått plats i förskolan Solrosen från den 1 mars. Du behöver svara senast den 1 februari.\n\n"
    "Din första dag börjar klockan nio.\n\nRing mig om ni har frågor om platsen.\n\nMed vänlig hälsning\nKarin Ek"
)


def _switches(text: str) -> list[str]:
    return [f.text for f in lint_text(text).findings if f.subcheck == "address-switch"]


@pytest.mark.parametrize("greeting", ["Hej Anna och Erik!", "Till Anna och Erik Berg", "Hej Anna, Erik och Sara!"])
def test_a_letter_to_several_named_people_keeps_its_ni(greeting: str) -> None:
    assert _switches(_COUPLE.format(greeting=greeting)) == []


@pytest.mark.parametrize("greeting", ["Hej Anna!", "Hej alla och välkomna!"])
def test_a_letter_to_one_person_still_switches(greeting: str) -> None:
    assert _switches(_COUPLE.format(greeting=greeting)) == ["ni"]


# genre: a consultation letter addressed under its title to those it concerns (county re-test 06)

_CONSULTATION = (
    "Samråd om förslag till naturreservatet Björnåsen\n\n{line}\n\nLänsstyrelsen vill bilda naturreservatet "
    "Björnåsen. Ni är sakägare eftersom ni äger mark inom reservatet.\n\nVad ska du göra?\nLäs förslaget och skicka "
    "dina synpunkter senast den 15 januari.\n"
)


@pytest.mark.parametrize("line", ["Till sakägare och övriga berörda", "Till fastighetsägarna längs Ågatan"])
def test_a_letter_addressed_under_its_title_is_a_letter(line: str) -> None:
    assert _genre(_CONSULTATION.format(line=line)) == "brev"


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (_CONSULTATION.format(line="Till dig som är sakägare"), "text"),  # a page's section for a group
        (_CONSULTATION.format(line="Till och med den 15 januari kan du lämna synpunkter"), "text"),
        (_CONSULTATION.format(line="Till ansökan ska du bifoga en karta"), "text"),  # a sentence to the reader
        (
            _CONSULTATION.replace("Ni är", "Markägarna är")
            .replace("ni äger", "de äger")
            .replace("du", "man")
            .replace("dina", "sina")
            .format(line="Till sakägare och övriga berörda"),
            "text",
        ),  # no du or ni
        (
            "# Skolstart\n\n## Till vårdnadshavare\n\nNi kan läsa om skolstarten här.\n\nDu hittar schemat nedan.\n",
            "markdown",
        ),  # a page's section heading
    ],
)
def test_a_group_section_or_a_text_without_address_is_no_letter(text: str, fmt: str) -> None:
    assert _genre(text, fmt) != "brev"


# genre: a voter card under a person's postal address that says it was sent to the reader (democracy re-test 03)

_CARD = (
    "RÖSTKORT\n\nVal till riksdagen den 13 september 2026\n\nAnna Karlsson\nBjörkvägen 7\n123 45 Bergvik\n\n"
    "Du har rösträtt i valet till riksdagen.\n\nTa med kortet när du röstar.\n\n{last}\n"
)


@pytest.mark.parametrize(
    "last",
    ["Detta röstkort är skickat till dig av Valmyndigheten.", "Vi skickar det här kortet till dig som har rösträtt."],
)
def test_a_card_sent_to_a_named_person_is_a_letter(last: str) -> None:
    assert _genre(_CARD.format(last=last)) == "brev"


@pytest.mark.parametrize(
    "last",
    [
        "Frågor besvaras av Valmyndigheten.",  # the address alone (test_genre_s49: no letter without a date line)
        "Röstkortet skickas till alla som har rösträtt.",  # says how cards are sent, not that this one was
    ],
)
def test_an_address_without_the_cards_own_words_is_no_letter(last: str) -> None:
    assert _genre(_CARD.format(last=last)) != "brev"


# genre: a press release without its Pressmeddelande line: a spoken quote and a contact heading over a phone number
# (county re-test 11)

_NEWS = (
    "# Licensjakt på varg i Värmland 2027\n\nLänsstyrelsen beslutar om licensjakt på sex vargar i länet.\n\n"
    "{quote}\n\nDen som vill delta i jakten ska vara registrerad.\n\n## {heading}\n\n{contact}\n"
)
_QUOTE = "– Vi har gjort en noggrann bedömning, säger Magnus Larsson, chef för viltenheten."
_CONTACT = "Magnus Larsson, chef för viltenheten, 010-224 70 00"


def test_a_quote_and_a_contact_heading_over_a_phone_number_make_a_press_release() -> None:
    text = _NEWS.format(quote=_QUOTE, heading="För mer information", contact=_CONTACT)
    assert _genre(text, "markdown") == "pressmeddelande"


@pytest.mark.parametrize(
    ("quote", "heading", "contact"),
    [
        ("Jakten börjar den 2 januari.", "För mer information", _CONTACT),  # no quote
        (_QUOTE, "Kontakt", _CONTACT),  # a page's contact section
        (_QUOTE, "För mer information", "Läs mer på länsstyrelsens webbplats."),  # no phone number
    ],
)
def test_one_or_two_signs_leave_a_web_page(quote: str, heading: str, contact: str) -> None:
    assert _genre(_NEWS.format(quote=quote, heading=heading, contact=contact), "markdown") == "webbsida"


# genre: an inspection's report with an order's section is a decision (county re-test 03)

_REPORT = (
    "Kontrollrapport – djurskyddskontroll\nLänsstyrelsen i Jönköpings län\nDiarienummer: 6041-2026-0847\n\n"
    "Sammanfattning\nVi har gjort en djurskyddskontroll hos dig. Vi hittade två brister som du måste åtgärda.\n\n"
    "{heading}\n{order}\n\n- reparera vattenkoppen senast den 19 november 2026.\n\n"
    "Har du frågor? Ring mig på 010-223 60 00.\n\nSara Lindqvist\nDjurskyddshandläggare\n"
)
_ORDER = "Länsstyrelsen förelägger dig med stöd av 24 § djurskyddslagen (2018:1192) att"


def test_an_orders_section_makes_a_decision() -> None:
    assert _genre(_REPORT.format(heading="Föreläggande", order=_ORDER)) == "beslut"


@pytest.mark.parametrize(
    ("heading", "order"),
    [
        ("Föreläggande", "Länsstyrelsen kan förelägga dig att åtgärda bristerna."),  # says what may come
        ("Åtgärder", _ORDER),  # no order's heading
    ],
)
def test_an_orders_heading_or_formula_alone_is_no_decision(heading: str, order: str) -> None:
    assert _genre(_REPORT.format(heading=heading, order=order)) != "beslut"
