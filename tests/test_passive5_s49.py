"""passive-voice, session 49's fourth wave (the county board and democracy re-tests): an appeal is never the
sender's act (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text

HIDDEN = "döljer vem som gör"


def found(text: str, word: str, fmt: str = "text", **settings: str) -> list:
    """The passive-voice findings of ``text`` whose flagged words start with ``word``."""
    report = lint_text(text, fmt, **settings)
    return [f for f in report.findings if f.rule == "passive-voice" and f.text.startswith(word)]


# --- 1. an appeal: the reader appeals, the deciding sender never does -----------------------------------------------

APPEAL = "Vi har beslutat att bilda naturreservatet. Beslutet kan överklagas till regeringen."


def test_an_appeal_is_offered_to_the_reader_only() -> None:
    [appeal] = found(APPEAL, "överklagas")
    assert "Du kan överklaga beslutet" in appeal.suggestion
    assert "Vi kan" not in appeal.suggestion


def test_a_decision_the_sender_makes_still_offers_vi() -> None:
    [lowered] = found("Vi har tagit emot din ansökan. Avgiften kan sänkas till regeringens nivå.", "sänkas")
    assert "Vi kan sänka avgiften" in lowered.suggestion


# --- 3. the doer stops before the next clause's modal the parse joined to it ----------------------------------------


def test_the_doer_stops_before_a_coordinated_modal() -> None:
    text = "Det ska kunna upplevas av både barn och vuxna och får gärna bjuda in till lek eller vila."
    [lived] = found(text, "upplevas")
    assert "”barn och vuxna”" in lived.message
    assert "får" not in lived.suggestion


def test_a_second_passive_after_the_modal_keeps_its_own_doer() -> None:
    text = "Lokalen bokas av föreningar och kan hyras av privatpersoner."
    [booked], [rented] = found(text, "bokas"), found(text, "hyras")
    assert "”föreningar”" in booked.message
    assert "”privatpersoner”" in rented.message


# --- 8. bli with a fronted comparative: its subject after it is no participle ---------------------------------------


def test_bli_with_a_comparative_and_its_subject_is_no_passive() -> None:
    text = "Det är frivilligt att delta, men ju fler som svarar desto bättre blir underlaget."
    assert not found(text, "blir")


def test_a_bli_passive_with_a_participle_still_warns() -> None:
    [refused] = found("Din ansökan blev avslagen förra veckan.", "blev")
    assert refused.severity.value == "warning"


# --- 4. *av X själva* names the doer, though the parse hangs it on the subject ---------------------------------------


def test_a_doer_with_sjalva_is_named() -> None:
    [given] = found("För övriga partier tillhandahålls valsedlar av partierna själva.", "tillhandahålls")
    assert given.severity.value == "info"
    assert "partierna själva" in given.message


def test_a_passive_without_a_doer_still_warns() -> None:
    [given] = found("Valsedlar tillhandahålls i vallokalen.", "tillhandahålls")
    assert HIDDEN in given.message


# --- 5. a lead-in that ends on the passive's *av*: the list under it names the doers ---------------------------------


def test_doers_listed_under_the_lead_in_are_named() -> None:
    text = "Du kan få ersättning för skador som orsakas av\n\n- björn och varg,\n- säl och skarv på fiskeredskap.\n"
    assert not found(text, "orsakas", "markdown")


def test_a_lead_in_without_av_still_warns() -> None:
    text = "Du kan få ersättning för skador som orsakas\n\n- på grödor,\n- på fiskeredskap.\n"
    assert found(text, "orsakas", "markdown")


# --- 6. a body named as another verb's doer makes no sentence about an appeal ----------------------------------------

REPEAL = (
    "Vi har beslutat om ett nytt vattenskyddsområde. Det tidigare skyddsområdet, som fastställdes av "
    "länsstyrelsen den 14 maj 1979, upphävs samtidigt."
)


def test_a_repeal_by_the_sender_is_no_appeal() -> None:
    [repealed] = found(REPEAL, "upphävs")
    assert "överklagande" not in repealed.message


def test_a_change_in_an_appeal_is_still_the_courts() -> None:
    [changed] = found("Om du överklagar skriver du varför du tycker att beslutet ska ändras.", "ändras")
    assert "överklagande" in changed.message


# --- 2. the reader as subject wants it done: information, no rewrite that hands the wish to the doer ----------------


@pytest.mark.parametrize(
    ("text", "verb", "fmt"),
    [
        ("# Om ni vill vigas på ett annat språk\n\nVi kan ordna en vigsel på engelska.\n", "vigas", "markdown"),
        ("Om du vill kontaktas av en handläggare, ring oss.", "kontaktas", "text"),
    ],
)
def test_the_readers_own_wish_is_information_without_a_rewrite(text: str, verb: str, fmt: str) -> None:
    [wished] = found(text, verb, fmt)
    assert wished.severity.value == "info"
    assert wished.suggestion is None


def test_the_reader_as_subject_without_a_wish_still_warns() -> None:
    [called] = found("Du ska kallas till ett möte.", "kallas")
    assert called.severity.value == "warning"


# --- 7. a mailing to many people is the sender's, not the reader's task --------------------------------------------

SURVEY = "Hej! Vi gör en undersökning om hur du trivs. Enkäten skickas till 2 000 invånare mellan 16 och 84 år."


def test_a_mailing_to_many_is_the_senders() -> None:
    [sent] = found(SURVEY, "skickas")
    assert "Vi skickar enkäten" in sent.suggestion
    assert "läsaren" not in sent.message


def test_what_the_reader_must_send_to_all_still_asks_the_reader() -> None:
    [sent] = found("Hej! Ansökan ska skickas till alla handläggare.", "skickas")
    assert "Skicka ansökan" in sent.suggestion
