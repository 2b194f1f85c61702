"""passive-voice: the passive findings of session 42's review of municipal texts (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.rules.base import Severity


def passives(text: str, **settings):
    return [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]


def flagged(text: str, word: str, **settings):
    return [f for f in passives(text, **settings) if text[f.start : f.end].startswith(word)]


def test_a_besked_given_with_no_modal_is_not_the_reader_s_task() -> None:
    # an SMS: the municipality gives the besked; the rewrite had been *Lämna besked om placering …*
    text = (
        "Hej! Din ansökan om plats i förskola har registrerats. "
        "Besked om placering lämnas senast fyra månader efter ansökningsdatum."
    )
    [finding] = flagged(text, "lämnas")
    assert "du (läsaren)" not in finding.message
    assert "”(Vem?) lämnar besked om placering …”" in (finding.suggestion or "")
    assert "Lämna besked" not in (finding.suggestion or "")
    # either party gives a svar: no *Vi* either
    [answer] = flagged("Du har erbjudits plats. Svar lämnas senast den 1 maj.", "lämnas")
    assert "”(Vem?) svarar …”" in (answer.suggestion or "")


def test_a_besked_asked_for_with_a_modal_is_still_the_reader_s_task() -> None:
    [finding] = flagged("Du har erbjudits plats. Besked om platsen ska lämnas inom 14 dagar.", "lämnas")
    assert "du (läsaren)" in finding.message and "”Lämna besked om platsen …”" in (finding.suggestion or "")
    # a form is still the reader's to hand in
    [form] = flagged("Du har fått en blankett. Blanketten lämnas till mentor.", "lämnas")
    assert "”Lämna blanketten …”" in (form.suggestion or "")


def test_an_agent_stops_before_a_main_clause_of_its_own() -> None:
    # *och* with no comma before a new clause (*ska fungera*): the doer had been the contractor and the lampposts
    text = "Felet har nu åtgärdats av vår entreprenör och samtliga belysningsstolpar på sträckan ska fungera igen."
    [finding] = flagged(text, "åtgärdats")
    assert "(”vår entreprenör”)" in finding.message
    assert "”Vår entreprenör har åtgärdat felet …”" in (finding.suggestion or "")
    # a coordinated doer with no verb after it is still whole
    [both] = flagged("Felet har åtgärdats av nämnden och förvaltningen.", "åtgärdats")
    assert "(”nämnden och förvaltningen”)" in both.message


def test_a_doer_listed_with_commas_and_samt_is_kept_whole() -> None:
    # *undertecknas* shares the av phrase of *fyllas i*: the rewrite had kept only *Eleven*
    text = "Blanketten ska fyllas i och undertecknas av eleven, vårdnadshavare samt handledare."
    [signed] = flagged(text, "undertecknas")
    assert "(”eleven, vårdnadshavare samt handledare”)" in signed.message
    assert "”Eleven, vårdnadshavare samt handledare ska underteckna" in (signed.suggestion or "")
    # a place after a comma alone is still no second doer
    [led] = flagged("Mötet leds av Lisa Berg, Stockholm.", "leds")
    assert "(”Lisa Berg”)" in led.message


def test_a_quoted_title_after_its_noun_keeps_both_in_the_rewrite() -> None:
    # the rewrite had been *Lämna Överenskommelse om prao …*: the noun and the quotation marks dropped
    text = (
        'Blanketten "Överenskommelse om prao" skall fyllas i och undertecknas av eleven, vårdnadshavare samt '
        "handledare på arbetsplatsen och lämnas till mentor."
    )
    [handed] = flagged(text, "lämnas")
    assert '”Lämna blanketten "Överenskommelse om prao" …”' in (handed.suggestion or "")
    # where the parse gives the title alone as subject and no noun before it: no object, never the bare title
    [shorter] = flagged('Blanketten "Överenskommelse om prao" ska fyllas i och lämnas till mentor.', "lämnas")
    assert "Lämna Överenskommelse" not in (shorter.suggestion or "")


def test_a_protocol_s_line_over_its_receivers_is_no_finding() -> None:
    # every protocol's expedition line: a warning with *(Vem?) skickar till beslutet* had been given
    text = "Beslut\n\nNämnden beviljar bidraget.\n\nBeslutet skickas till\n\nVästerby Kulturförening\n"
    assert not flagged(text, "skickas", genre="beslut")
    assert not flagged("Kopia av beslutet skickas till:\n\nSökanden\n", "skickas")


def test_a_preposition_at_a_line_s_end_is_never_put_before_the_object() -> None:
    # not an issued document: still a warning, with no rewrite that reads *skickar till ansökan*
    [finding] = flagged("Ansökan skickas till\n\nKommunen\n", "skickas")
    assert "till ansökan" not in (finding.suggestion or "") and "(Vem?)" not in (finding.suggestion or "")
    # a sentence with the preposition's phrase keeps its rewrite
    [sent] = flagged("Ansökan skickas till kommunen.", "skickas")
    assert "ansökan" in (sent.suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Det blir fördröjningar i anslaget, vilket i sin tur innebär att tiden för överklagande förskjuts.",
        "Det leder till att bygget försenas.",
    ],
)
def test_a_delay_told_as_a_consequence_is_no_finding(text: str) -> None:
    # nobody puts it off: the rewrite had been *att (Vem?) förskjuter tiden för överklagande*
    assert not passives(text, genre="dokument")


@pytest.mark.parametrize("text", ["Mötet förskjuts till den 3 maj.", "Det innebär att mötet ska förskjutas."])
def test_a_delay_someone_decides_is_still_flagged(text: str) -> None:
    [finding] = passives(text, genre="dokument")
    assert finding.severity is Severity.WARNING


def test_a_negated_judgement_with_an_infinitive_is_as_general_as_the_plain_one() -> None:
    # only the negation differed: *bedöms inte medföra* had been a warning, *bedöms medföra* information
    text = (
        "Förslaget bedöms inte medföra några negativa konsekvenser för barn.\n\n"
        "Förslaget bedöms medföra en positiv miljöpåverkan.\n"
    )
    found = passives(text, genre="dokument")
    assert [f.severity for f in found] == [Severity.INFO, Severity.INFO]
    # with no infinitive the judge is still hidden
    [plain] = passives("Ansökan bedöms inte.", genre="dokument")
    assert plain.severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "Ansökan handläggs av en handläggare på socialförvaltningen.",
        "Rapporten granskas av granskarna.",
    ],
)
def test_a_doer_named_after_the_act_gets_no_example(text: str) -> None:
    # a lättläst page: *En handläggare på socialförvaltningen handlägger ansökan* said it twice
    [finding] = passives(text, profile="lättläst")
    assert finding.suggestion is None and "säger vem som gör det" in finding.message


def test_a_doer_with_another_name_keeps_its_example() -> None:
    [finding] = passives("Ansökan handläggs av socialförvaltningen.")
    assert "”Socialförvaltningen handlägger ansökan …”" in (finding.suggestion or "")
