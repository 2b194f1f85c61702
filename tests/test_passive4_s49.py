"""passive-voice, session 49's third wave (what the verification found): a note that became information still
counts for its verb's repeats, whose act a condition is, a term named before *och*, a service the sender says it
does (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text

HIDDEN = "döljer vem som gör"


def found(text: str, word: str, fmt: str = "text", **settings: str) -> list:
    """The passive-voice findings of ``text`` whose flagged words start with ``word``."""
    report = lint_text(text, fmt, **settings)
    return [f for f in report.findings if f.rule == "passive-voice" and f.text.startswith(word)]


# --- 1. a first note that became information: the verb's next passive is still its repeat --------------------------

REMOTE = (
    "Distansarbete kan beviljas för medarbetare vars arbetsuppgifter helt eller delvis kan utföras utan fysisk "
    "närvaro på arbetsplatsen. Arbete som kräver att du träffar brukare på plats kan normalt inte utföras på distans."
)
AFTER = (
    "Vid allvarlig skada ska chefen anmäla till Arbetsmiljöverket utan dröjsmål. Detta görs på av.se.\n\n"
    "Sedan ska en polisanmälan göras."
)


@pytest.mark.parametrize(("text", "verb"), [(REMOTE, "utföras"), (AFTER, "göras")])
def test_a_repeat_after_information_is_still_a_repeat(text: str, verb: str) -> None:
    [again] = found(text, verb, genre="dokument")[-1:]
    assert again.severity.value == "info"
    assert "igen" in again.message


@pytest.mark.parametrize(
    "text",
    [
        # a new section: its first warning is given again
        "# Ansökan\n\nAnsökan görs av din chef.\n\n# Polisanmälan\n\nEn polisanmälan ska göras inom en vecka.",
        # a reader's task is not covered by a note on what someone else does
        "Ansökan görs av din chef. En polisanmälan ska göras inom en vecka.",
    ],
)
def test_a_new_section_or_a_readers_task_still_warns(text: str) -> None:
    [last] = found(text, "göras", "markdown", genre="dokument")
    assert last.severity.value == "warning"
    assert "igen" not in last.message


# --- 2. a condition on what another does: information, the example still asks (Vem?) ------------------------------

REPORT_CHANGES = (
    "# Beslut om bostadstillägg\n\nVi har beviljat dig bostadstillägg.\n\nDu måste kontakta oss om något ändras som "
    "kan påverka ditt bostadstillägg, t.ex. om\n\n- din hyra höjs eller sänks\n- du flyttar\n"
)
THIRD_PARTY = (
    "Arbetsgivaren får bara kontrollera din e-post om det finns ett berättigat intresse och om den registrerade har "
    "informerats om kontrollen i förväg."
)


@pytest.mark.parametrize(
    ("text", "verb", "fmt"),
    [(REPORT_CHANGES, "höjs", "markdown"), (REPORT_CHANGES, "sänks", "markdown"), (THIRD_PARTY, "informerats", "text")],
)
def test_another_partys_act_in_a_condition_is_information(text: str, verb: str, fmt: str) -> None:
    [note] = found(text, verb, fmt, genre="beslut")
    assert note.severity.value == "info"
    assert HIDDEN not in note.message
    assert "(Vem?)" in note.suggestion


@pytest.mark.parametrize(
    ("text", "verb", "fmt"),
    [
        ("Vi betalar ut pengarna om\n\n- din ansökan godkänns\n", "godkänns", "markdown"),  # no telling us
        ("Vi betalar ut pengarna om ansökan har godkänts.", "godkänts", "text"),  # our own condition
        ("Vi kan bara betala ut pengarna om ansökan har godkänts.", "godkänts", "text"),  # the subject is vi
        ("Arbetsgivaren får läsa din e-post om den registrerade ska informeras.", "informeras", "text"),  # a modal
        ("Mer information om hur bidraget söks finns på webbplatsen.", "söks", "text"),  # *om* a preposition
    ],
)
def test_the_senders_own_condition_still_warns(text: str, verb: str, fmt: str) -> None:
    [note] = found(text, verb, fmt, genre="beslut")
    assert note.severity.value == "warning"
    assert HIDDEN in note.message


# --- 3. a term named before *och* and the subject's next predicate ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tingsrätten kan besluta att du ska betala. Ett sådant beslut kallas utslag och kan leda till en "
        "betalningsanmärkning.",
        "Du har rätt att få veta vilka uppgifter vi har om dig. Det kallas rätt till tillgång och står i artikel 15.",
    ],
)
def test_a_term_named_before_och_and_a_verb_is_no_passive_to_note(text: str) -> None:
    assert found(text, "kallas", genre="webbsida") == []


@pytest.mark.parametrize(
    "text",
    [
        "Du har rätt till ett möte. Det kallas till mötet och du får ett brev.",  # summoned; och before a pronoun
        "Det kallas rätt till tillgång och personlig assistans av många handläggare.",  # och goes on with the term
        "Förr sökte man nåd hos kungen. Det kallades ansökan om nåd och skickades till hovet.",  # the past
    ],
)
def test_och_without_a_predicate_or_a_summons_is_not_this_naming(text: str) -> None:
    assert found(text, "kalla", genre="webbsida")


# --- 4. a service the text says the sender does: not the reader's task ---------------------------------------------

WASTE = (
    "# När hämtar vi ditt avfall?\n\nVi hämtar mat- och restavfall varannan vecka.\n\n## Grovavfall\n\n"
    "Grovavfall, elavfall och farligt avfall hämtas inte i kärlet. Det lämnar du på en återvinningscentral.\n"
)


def test_what_the_text_says_the_sender_collects_is_no_readers_task() -> None:
    [note] = found(WASTE, "hämtas", "markdown", genre="webbsida")
    assert note.severity.value == "warning"
    assert HIDDEN in note.message
    assert "det är du" not in note.message


@pytest.mark.parametrize(
    "text",
    [
        "# E-post\n\nVi skickar ut nyhetsbrev varje månad.\n\nKänsliga uppgifter skickas inte. Du ska låsa datorn.",
        "# Ditt paket\n\nPaketet hämtas inte i receptionen. Det lämnar du i postrummet.",  # no vi hämtar
        "# Avfall\n\nVi hämtar mat- och restavfall.\n\nDitt grovavfall ska hämtas vid kärlet. Du får en lapp.",  # modal
    ],
)
def test_a_readers_task_without_the_senders_same_act_stays_the_readers(text: str) -> None:
    [note] = [f for f in found(text, "", "markdown", genre="webbsida") if "det är du" in f.message]
    assert note.severity.value == "warning"
