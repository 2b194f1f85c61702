"""passive-voice, session 46 round 5 (verification 9's NEW WRONG): *fram och* without *tillbaka*, a passive coordinated
under *ansvarar för att*, observations in an inspection report, and a *hur* clause about the reader's own thing."""

from __future__ import annotations

from conftest import passive_finding as finding

# --- 1. *grävas fram och skarvas*: *fram* is the particle unless *tillbaka* follows *och* ------------------------

REPLY = "Hej Anna! Tack för ditt meddelande. {} Vi hör av oss."


def test_fram_before_och_and_a_verb_is_the_particle() -> None:
    # the span had been *grävas* and the example *Vi behöver gräva …*, without *fram*
    text = REPLY.format("Felet är svårt att hitta, utan kabeln behöver grävas fram och skarvas.")
    found = finding(text, "grävas", genre="brev")
    assert text[found.start : found.end] == "grävas fram"
    assert "gräva fram" in (found.suggestion or "")


def test_fram_och_tillbaka_is_no_particle() -> None:
    text = REPLY.format("Ärendet har skickats fram och tillbaka mellan förvaltningarna.")
    found = finding(text, "skickats", genre="brev")
    assert text[found.start : found.end] == "skickats"


# --- 2. *ansvarar för att riktlinjen hålls aktuell och följs upp*: the second passive shares the clause ------------

GUIDELINE = "# Riktlinje för sociala medier\n\n{}\n"


def test_a_passive_after_an_adjective_predicate_shares_who_answers() -> None:
    # *följs upp* had been a warning with *(Vem?) följer upp …*, while *hålls aktuell* said who answers for it
    text = GUIDELINE.format("Kommunikationsdirektören ansvarar för att riktlinjen hålls aktuell och följs upp.")
    for word in ("hålls", "följs"):
        found = finding(text, word)
        assert found.severity == "info" and "stycket säger vem som ansvarar" in found.message


def test_a_passive_in_a_sentence_of_its_own_still_hides_the_doer() -> None:
    text = GUIDELINE.format("Direktören ansvarar för att riktlinjen hålls aktuell. Den följs upp varje år.")
    assert finding(text, "följs").severity == "warning"


def test_coordinated_passives_with_no_one_answering_still_hide_the_doer() -> None:
    text = GUIDELINE.format("Riktlinjen hålls aktuell och följs upp varje år.")
    assert finding(text, "följs").severity == "warning"


# --- 3. an inspection report: what it observes is the operator's act, not the inspector's --------------------------

REPORT = (
    "# Inspektionsrapport – Nordbergs Bilvård AB\n\n**Diarienummer:** MBN 2026-3310\n\n"
    "**Närvarande:** Peter Nordberg (verksamhetsutövare), Elin Saarinen (miljöinspektör)\n\n{}\n"
)


def test_an_observation_to_ni_gets_ni_not_vi() -> None:
    # the examples had been *Vi har inte tömt oljeavskiljaren …* and *Vi sköter verksamheten …*
    text = REPORT.format(
        "Vi har inspekterat er verkstad. Oljeavskiljaren har inte tömts enligt schemat. "
        "Ni behöver åtgärda bristen. I övrigt sköts verksamheten bra."
    )
    assert "”Ni har inte tömt oljeavskiljaren" in (finding(text, "tömts").suggestion or "")
    assert "”Ni sköter verksamheten" in (finding(text, "sköts").suggestion or "")


def test_an_observation_without_ni_asks_who() -> None:
    text = REPORT.format("Vi har inspekterat er verkstad. Oljeavskiljaren har inte tömts enligt schemat.")
    suggestion = finding(text, "tömts").suggestion or ""
    assert "Vi har inte tömt" not in suggestion


def test_the_inspectors_own_act_keeps_vi() -> None:
    text = REPORT.format("Vi har inspekterat er verkstad. Kontroll av oljeavskiljaren har genomförts i er verkstad.")
    assert "”Vi har " in (finding(text, "genomförts").suggestion or "")


def test_the_same_sentence_outside_an_inspection_report_keeps_vi() -> None:
    text = (
        "# Rapport om vår verkstad\n\nVi har gått igenom er verkstad. Oljeavskiljaren har inte tömts enligt schemat.\n"
    )
    assert "”Vi har inte tömt" in (finding(text, "tömts", genre="dokument").suggestion or "")


# --- 4. *ändra hur det används*: a *hur* clause about the reader's own thing, in a sentence to the reader ---------


def test_how_the_readers_own_is_used_is_information() -> None:
    # it had been a warning that the doer is hidden, with *hur (Vem?) använder det …*
    text = "Du behöver bygglov om du vill bygga ett nytt hus, bygga till ditt hus eller ändra hur det används."
    found = finding(text, "används", genre="webbsida")
    assert found.severity == "info" and found.suggestion is None


def test_how_a_park_is_kept_by_others_is_not_the_readers() -> None:
    found = finding("Du kan läsa om hur parken sköts av kommunen.", "sköts", genre="webbsida")
    assert "läsaren har" not in found.message
