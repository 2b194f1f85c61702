"""Session 50's second wave of address items: the kind of a letter, a decision and a routine; missing-summary's
opening under a letter's head; impersonal-man and relative-vilken; each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre
from klarlint.readers import read_text

# genre: a letter's head with *Mottagare:* or a sender's line with the date (tax re-test 03, 05)

_REMINDER = (
    "Påminnelse: Deklaration saknas\n\n{head}\n\nTill: Lindqvists Måleri HB\n\n"
    "Vi har inte fått er deklaration. Lämna den så snart som möjligt.\n\nVad ni behöver göra\n\nLogga in med BankID."
)


@pytest.mark.parametrize("head", ["Skatteverket, 2026-11-16", "Göteborg 2026-11-30"])
def test_a_senders_line_with_the_date_over_an_addressee_is_a_letter(head: str) -> None:
    assert detect_genre(read_text(_REMINDER.format(head=head))) == "brev"


@pytest.mark.parametrize("head", ["Publicerad 2026-11-16", "Skatteverket"])
def test_a_published_date_or_a_name_alone_is_no_letters_head(head: str) -> None:
    assert detect_genre(read_text(_REMINDER.format(head=head))) == "dokument"


def test_a_mottagare_line_with_a_date_line_is_a_letter() -> None:
    text = (
        "Underrättelse om revision\n\nSkatteverket\n\nMottagare: Öresunds Byggservice AB\n\nDatum: 2026-11-24\n\n"
        "Vi kommer att granska företagets deklaration. Vi kontaktar er om det behövs."
    )
    assert detect_genre(read_text(text)) == "brev"
    assert detect_genre(read_text(text.replace(" Vi kontaktar er om det behövs.", ""))) == "dokument"


# genre: a Word decision's header *Beslut* beside the date and *Om du inte är nöjd med beslutet* (tax re-test 02)

_APPROVAL = (
    "Sara Nyström\nKlockarvägen 3\n872 31 Kramfors\n\n# Du är godkänd för F-skatt\n\n"
    "Vi har godkänt dig för F-skatt från och med den 20 november 2026.\n\n## {heading}\n\n"
    "Om du tycker att beslutet är fel kan du begära omprövning.\n\n{header}\n"
)


def test_a_header_naming_a_decision_with_an_appeal_heading_is_a_decision() -> None:
    text = _APPROVAL.format(heading="Om du inte är nöjd med beslutet", header="Skatteverket\tBeslut\t2026-11-20")
    assert detect_genre(read_text(text)) == "beslut"


@pytest.mark.parametrize(
    ("heading", "header"),
    [
        ("Om du inte är nöjd med beslutet", "Skatteverket\tBrev\t2026-11-20"),
        ("Villkor för F-skatt", "Skatteverket\tBeslut\t2026-11-20"),
    ],
)
def test_one_sign_of_a_decision_alone_is_no_decision(heading: str, header: str) -> None:
    assert detect_genre(read_text(_APPROVAL.format(heading=heading, header=header))) != "beslut"


# genre: a routine with its adoption on a labelled line is a document, in Markdown too (care re-test 10)

_ROUTINE = "# Rutin: Förebygga fall hos brukare\n\n{line}\n\n## Syfte\n\nRutinen ska minska antalet fall.\n"


def test_a_routine_with_its_adoption_is_a_document() -> None:
    text = _ROUTINE.format(line="Fastställd: 2026-09-01 av MAS")
    assert detect_genre(read_text(text, "markdown")) == "dokument"


@pytest.mark.parametrize(
    "text",
    [
        _ROUTINE.format(line="Här kan du läsa om hur vi arbetar."),
        "# Nya rutiner för avfall\n\nPublicerad: 2026-09-01\n\n## Vad gäller?\n\nDu sorterar matavfall.\n",
    ],
)
def test_a_page_about_routines_stays_a_page(text: str) -> None:
    assert detect_genre(read_text(text, "markdown")) == "webbsida"


# missing-summary: a title that tells the outcome, a letter's head line read as a heading, a version's label


def _summary_flagged(text: str, fmt: str = "text", **settings: str) -> bool:
    return any(f.rule == "missing-summary" for f in lint_text(text, fmt, **settings).findings)


_BODY = " ".join(["Skatten beräknas utifrån de uppgifter som du har lämnat i din ansökan till oss."] * 25)
_OPENING = (
    "Vi har godkänt dig för F-skatt från och med den 20 november 2026. Det betyder att du själv ska betala "
    "preliminär skatt och egenavgifter på inkomsterna från din verksamhet. Dina kunder ska inte dra skatt."
)
_SECOND = (
    "Godkännandet gäller din enskilda näringsverksamhet. Det finns inte längre någon F-skattsedel på papper. "
    "Dina kunder kan själva kontrollera att du har F-skatt."
)


def test_a_decisions_title_that_tells_the_outcome_and_its_first_paragraph_are_the_summary() -> None:
    text = f"Du är godkänd för F-skatt\n\n{_OPENING}\n\n{_SECOND}\n\n{_SECOND}\n\nDin preliminära skatt\n\n{_BODY}\n"
    assert not _summary_flagged(text, genre="beslut")


@pytest.mark.parametrize(
    ("title", "genre"),
    [("Godkännande för F-skatt", "beslut"), ("Du är godkänd för F-skatt", "dokument")],
)
def test_a_title_naming_the_topic_or_a_document_keeps_the_finding(title: str, genre: str) -> None:
    text = f"{title}\n\n{_OPENING}\n\n{_SECOND}\n\n{_SECOND}\n\nDin preliminära skatt\n\n{_BODY}\n"
    assert _summary_flagged(text, genre=genre)


_PLAN = (
    "Skatteverket\nBox 2820\n403 20 Göteborg\n\n{line}\n\nBeslut om avbetalningsplan\n\n"
    "Du får betala skulden på 48 300 kr under tolv månader.\n\nSå här ska du betala\n\n{body}\n"
)


def test_a_place_and_date_line_in_a_plain_letters_head_is_no_title() -> None:
    assert not _summary_flagged(_PLAN.format(line="Göteborg 2026-11-30", body=_BODY))


def test_a_real_section_heading_above_the_decision_keeps_the_finding() -> None:
    assert _summary_flagged(_PLAN.format(line="Bakgrund till ärendet", body=_BODY))


_EASY = (
    "Dina rättigheter på jobbet\n\n{label}\n\nAlla som arbetar i Sverige har rättigheter.\nHär kan du läsa om dem.\n\n"
)
_EASY += "Du ska ha ett anställningsavtal\n\n" + _BODY.replace("Skatten", "Lönen") + "\n"


def test_a_version_label_under_the_title_is_no_subheading() -> None:
    assert not _summary_flagged(_EASY.format(label="Lättläst"), profile="lättläst")


def test_a_section_heading_under_the_title_still_hides_the_intro() -> None:
    assert _summary_flagged(_EASY.format(label="Om arbete"), profile="lättläst")


# relative-vilken: vilken past a nearer noun in the plural, on the noun its phrase hangs on (integration re-test 01)


def _vilken(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text).findings if f.rule == "relative-vilken"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Placeringen bygger på den kartläggning av dina tidigare studier vilken genomfördes den 3 december.",
        "Vi har en lista över kurser vilken uppdateras varje år.",
    ],
)
def test_vilken_past_a_plural_noun_on_its_phrases_head_is_flagged_without_som(sentence: str) -> None:
    assert _vilken(sentence) == [("vilken", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi gör en genomgång av kostnaderna vilket innebär mer arbete för alla.",
        "Han visade mig en karta över städerna vilken han hade ritat själv.",
        "Vi gör en kartläggning av studier vilka du har avslutat.",
    ],
)
def test_vilket_a_clause_or_no_verb_after_it_is_not_flagged_past_the_noun(sentence: str) -> None:
    assert all(suggestion == "som" for _, suggestion in _vilken(sentence))


# impersonal-man: a norm about anyone, the owner of the reader's property, den nyanlände (care 09, water 03, integr. 06)


def _man(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text).findings if f.rule == "impersonal-man"]


_REPLY = "Svar på ditt klagomål\n\nHej Gunnar,\n\nTack för att du hörde av dig. Din mamma har fått vänta.\n\n{sentence}"


def test_man_in_a_norm_about_anyone_is_not_told_du() -> None:
    assert _man(_REPLY.format(sentence="Det ska inte vara så att man får vänta på sin frukost.")) == []


def test_man_in_an_instruction_in_the_same_letter_is_still_flagged() -> None:
    assert _man(_REPLY.format(sentence="Man kan ringa oss varje dag.")) == [("Man", "Du")]


_SUPERVISION = (
    "Tillsyn av ditt avlopp\n\nHej!\n\nVi har gått igenom våra uppgifter om {whose} fastighet och vill kontrollera "
    "avloppet.\n\nEtt protokoll skickas sedan till fastighetsägaren.\n\nMed vänlig hälsning\n\nMiljöenheten"
)


def test_the_owner_in_a_letter_about_the_readers_property_is_the_reader() -> None:
    assert _man(_SUPERVISION.format(whose="din")) == [("fastighetsägaren", "dig")]


def test_the_owner_in_a_letter_about_another_property_is_not_flagged() -> None:
    assert _man(_SUPERVISION.format(whose="grannens").replace("Hej!", "Hej! Du bor granne.")) == []


_SETTLEMENT = "Din bosättning\n\nHej!\n\nDu har fått en bostad i Västerby. {sentence}"


def test_den_nyanlande_in_a_letter_to_du_is_an_address_form() -> None:
    found = _man(_SETTLEMENT.format(sentence="Under etableringstiden förväntas den nyanlände aktivt söka arbete."))
    assert [text for text, _ in found] == ["den nyanlände"]


def test_den_nyanlande_in_a_text_to_no_reader_is_not_flagged() -> None:
    text = "Rapport om bosättning\n\nKommunerna tar emot nyanlända. Efter ett år förväntas den nyanlände arbeta."
    assert _man(text) == []


# impersonal-man: a lower-case possessive er/ert/era in a decision that says du elsewhere (water re-test 02)

_CONNECTION = (
    "Beslut om anslutning\n\nHej!\n\nDu får ansluta din fastighet till det allmänna nätet. Du betalar avgiften i "
    "juni.\n\nDin fastighet ligger i verksamhetsområdet.\n\n{sentence}\n\nMed vänlig hälsning\n\nVA-avdelningen"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Förbindelsepunkterna för er fastighet placeras vid tomtgränsen.", [("er", "din")]),
        ("Vi behöver era underskrifter senast i maj.", [("era", "dina")]),
    ],
)
def test_a_lower_case_possessive_er_in_a_du_text_is_told_din(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _man(_CONNECTION.format(sentence=sentence)) == expected


@pytest.mark.parametrize(
    "text",
    [
        _CONNECTION.format(sentence="Om ni vill kan ni vända er till oss."),  # (the ni is told, not the object er)
        _CONNECTION.format(sentence="Du och din sambo kan visa er fastighet för oss."),
        _CONNECTION.replace("Hej!", "Hej Anna och Erik!").format(sentence="Förbindelsepunkterna för er fastighet."),
    ],
)
def test_an_object_er_or_a_plural_er_is_not_told_din(text: str) -> None:
    assert not any(found[0] in {"er", "ert", "era"} for found in _man(text))


# impersonal-man: the participant where the text says the reader takes part (integration re-test 05); the owner not
# on a page whose *din fastighet* may be the reader's home (defence re-test 04)

_INTRO_PLAN = (
    "Din etableringsplan\n\nDu får ersättning så länge {who} i aktiviteterna.\n\nOm deltagaren uteblir sätts den ned."
)


def test_the_participant_where_the_reader_takes_part_is_the_reader() -> None:
    assert _man(_INTRO_PLAN.format(who="du deltar")) == [("deltagaren", "du")]


def test_the_participant_where_the_reader_coaches_is_not_flagged() -> None:
    assert (
        _man(_INTRO_PLAN.format(who="du handleder deltagarna").replace("Din etableringsplan", "Till handledare")) == []
    )


def test_the_owner_on_a_page_about_the_readers_building_is_not_flagged() -> None:
    text = (
        "# Skyddsrum\n\nFastighetsägaren ska underhålla skyddsrummet.\n\nOm skyddsrummet i din fastighet inte "
        "underhålls kan du göra en anmälan till oss.\n"
    )
    assert _man(text) == []
