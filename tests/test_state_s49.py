"""Session 49's second wave (democracy re-test): a party represented in a council is a status (state-passive), a
museum's name in a page's title or footer is the sender (missing-sender), and *ske* after an action noun with its own
phrase (nominalization)."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

# --- 1. state-passive: being represented in a body is a status ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Valsedlar för de partier som är representerade i riksdagen finns i alla vallokaler.",
        "Samtliga partier som är representerade i kommunfullmäktige har bjudits in.",
        "Sverige är representerat i styrelsen.",
    ],
)
def test_being_represented_is_a_status(text: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ansökan är avslagen.", "är avslagen"),
        ("Kandidaterna är nominerade av partiet.", "är nominerade"),
    ],
)
def test_an_act_beside_it_is_still_a_state_passive(text: str, expected: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == [expected]


# --- 2. missing-sender: a museum's name is its sender ---------------------------------------------------------------

_EXHIBITION = " ".join(
    [
        "Utställningen visar hur smederna i Bergslagen arbetade med järn och silver under två hundra år.",
        "Du får se verktyg, smycken och vardagsföremål som har hittats i gruvorna och i gårdarna runt sjön.",
        "Hela utställningen är tillgänglig med rullstol och det finns en ljudguide som du kan lyssna på.",
    ]
    * 4
)


def _sender_findings(text: str, fmt: str = "text") -> list[str]:
    return [f.message for f in lint_text(text, fmt).findings if f.rule == "missing-sender"]


def _page(title: str, body: str) -> str:
    return f'<html lang="sv"><head><title>{title}</title></head><body><main><p>{body}</p></main></body></html>'


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (_page("Silver och sot | Bergviks museum", f"{_EXHIBITION} Telefon 0123-45 68 00."), "html"),
        (f"Silver och sot\n\n{_EXHIBITION}\n\nBergviks museum, Slottsgatan 2, telefon 0123-45 68 00", "text"),
        (f"Silver och sot\n\n{_EXHIBITION}\n\nNorrby konsthall, telefon 0123-45 68 00", "text"),
    ],
)
def test_a_museums_name_is_the_sender(text: str, fmt: str) -> None:
    assert _sender_findings(text, fmt) == []


@pytest.mark.parametrize(
    "line",
    [
        "Vårt museum har öppet i dag. Telefon 0123-45 68 00.",
        "Detta museum har öppet i dag. Telefon 0123-45 68 00.",
        "Ditt bibliotek har öppet i dag. Telefon 0123-45 68 00.",
    ],
)
def test_a_determiner_before_the_institution_names_no_one(line: str) -> None:
    assert _sender_findings(f"Silver och sot\n\n{_EXHIBITION}\n\n{line}") != []


# --- 3. nominalization: *ske* after a -la verb's noun in -ling ------------------------------------------------------


def _nominal(text: str) -> list[tuple[str, str | None]]:
    report = lint_text(text)
    return [(text[f.start : f.end], f.suggestion) for f in report.findings if f.rule == "nominalization"]


@pytest.mark.parametrize(
    ("text", "span", "verb"),
    [
        (
            "En återkoppling till medborgarna kommer att ske i samband med att förvaltningen presenterar förslaget.",
            "återkoppling till medborgarna kommer att ske",
            "återkoppla",
        ),
        ("En återkoppling sker inom 24 timmar.", "återkoppling sker", "återkoppla"),
        ("Behandling ska ske på mottagningen.", "Behandling ska ske", "behandla"),
    ],
)
def test_ske_after_a_ling_action_noun_is_flagged(text: str, span: str, verb: str) -> None:
    assert _nominal(text) == [(span, f"Skriv med verbet ”{verb}”")]


@pytest.mark.parametrize(
    "text",
    [
        "Samling sker vid entrén klockan nio.",  # a gathering, *samlas*
        "Handlingen sker i Stockholm.",  # a story's plot
        "Tävlingen sker i maj.",  # an event
        "Avveckling av verksamheten sker under våren.",  # a particle's noun: *veckla av* or *avveckla*
    ],
)
def test_ske_after_a_ling_thing_or_event_is_not(text: str) -> None:
    assert _nominal(text) == []


_ANSWER = " ".join(
    [
        "Kultur- och fritidsnämnden har fått i uppdrag att se över hur biblioteken används i hela kommunen.",
        "Inget beslut om att stänga filialen i Västerby har fattats och frågan kommer att beredas under våren.",
        "Jag delar uppfattningen att biblioteket är viktigt för de som bor i Västerby och för skolorna där.",
    ]
    * 4
)
_SIGNATURE = "Erik Sjöberg (C)\nOrdförande i kultur- och fritidsnämnden"
_SIGNED = f"{_ANSWER}\n\nMed detta anser jag interpellationen besvarad.\n\n{_SIGNATURE}"


@pytest.mark.parametrize(
    "heading",
    ["Svar på interpellation om biblioteksfilialen i Västerby", "Interpellationssvar", "Svar på motion om parker"],
)
def test_a_signed_answer_to_an_interpellation_needs_no_contact_route(heading: str) -> None:
    assert _sender_findings(f"{heading}\n\n{_SIGNED}\n") == []


def test_a_signed_text_under_another_heading_still_lacks_contact() -> None:
    assert _sender_findings(f"Om biblioteksfilialen i Västerby\n\n{_SIGNED}\n") != []


def test_an_unsigned_answer_still_lacks_a_sender() -> None:
    assert _sender_findings(f"Svar på interpellation om filialen\n\n{_ANSWER}\n") != []


@pytest.mark.parametrize(
    "text",
    [
        "Grågåsen är fredad enligt 3 § jaktlagen.",  # a species' legal status (county board re-test, session 49)
        "Följ den väg som är markerad på kartan.",  # a marking, as *märkt*
    ],
)
def test_a_protected_species_and_a_marked_road_are_states(text: str) -> None:
    assert rule_texts(lint_text(text), "state-passive") == []
