"""Word-list fixes of session 51's second re-tests (environment, employment, family, easyread): a place read as a
time, bathing water read as drinking water, phrases and words the lists missed, and the lättläst profile's tip for
*ett brett utbud av*."""

from __future__ import annotations

import pytest

from conftest import lint_text


def findings(text: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.text, f.suggestion, f.replacements) for f in lint_text(text).findings if f.rule == rule]


def words(text: str, rule: str = "jargon") -> list[str]:
    return [found[0].lower() for found in findings(text, rule)]


def test_i_direkt_anslutning_till_a_place_is_no_time() -> None:
    # environment re-test s51: --fix wrote *inte direkt efter fönster*
    [found] = findings("Placera dosan minst en meter från väggen och inte i direkt anslutning till fönster.")
    assert found[1] == "nära / direkt efter" and found[2] == ()


def test_i_direkt_anslutning_till_before_a_clause_is_direkt_efter() -> None:
    assert findings("Vi ringer i direkt anslutning till att mötet avslutas.") == [
        ("i direkt anslutning till", "direkt efter", ("direkt efter",))
    ]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        # environment re-test s51: bathing water is not for drinking
        ("Barn bör inte bada förrän vattnet är tjänligt igen.", "bra att bada i"),
        ("Övriga kommunala badplatser har tjänligt vatten.", "bra att bada i"),
        ("Analysen visar att vattnet bedöms som otjänligt.", "går inte att dricka / olämpligt att bada i"),
        ("Kokningsrekommendationen hävs när proven visar att vattnet är tjänligt.", "går att dricka"),
        ("Dricksvattnet är otjänligt.", "går inte att dricka"),
        ("Vi har tjänligt vatten.", "går att dricka / bra att bada i"),
    ],
)
def test_tjanlig_names_drinking_only_where_the_sentence_does(text: str, suggestion: str) -> None:
    [found] = findings(text)
    assert found[1] == suggestion and found[2] == ()


@pytest.mark.parametrize(
    "text",
    ["Lokalen är tjänlig för ändamålet. Vattnet i sjön är kallt.", "Bryggan vid badplatsen är ny. Den är tjänlig."],
)
def test_tjanlig_not_about_water_is_left_alone(text: str) -> None:
    assert words(text) == []


@pytest.mark.parametrize(
    ("text", "found", "suggestion"),
    [
        ("För det fall uppgifterna är felaktiga kan bidraget krävas tillbaka.", "för det fall", "Om"),  # family
        ("Underlåtenhet att anmäla ändringar kan medföra återbetalning.", "underlåtenhet att", "Att inte / Om du inte"),
        ("Den som mottagit stödet ska betala tillbaka.", "mottagit", "tagit emot / fått"),  # family
        ("Några dagar ger 180 kronor per dag, vilket benämns lägstanivå.", "benämns", "kallas"),  # family
        ("Ersättningsanspråk ska framställas direkt efter förhöret.", "framställas", "begäras"),  # easyread
        ("Du kan framställa anspråk på ersättning.", "framställa", "begära / lämna in"),
    ],
)
def test_missed_words_are_flagged(text: str, found: str, suggestion: str) -> None:
    assert (found, suggestion) in [(w.lower(), s) for w, s, _ in findings(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Regeln gäller inte för det fall.", "för det fall"),
        ("Myndighetens underlåtenhet prövades av domstolen.", "underlåtenhet"),
        ("Läkemedlet framställs i Sverige.", "framställs"),
        ("Han kan framställa bilder i skrift eller bild.", "framställa"),
        ("Uteblivna effekter är ett problem.", "uteblivna"),
        ("Om betalningen uteblir skickar vi en påminnelse.", "uteblir"),
    ],
)
def test_other_uses_are_left_alone(text: str, word: str) -> None:
    assert word not in words(text)


def test_uteblivet_before_its_noun_has_no_word_to_put_in() -> None:
    # verification s51: *Som du inte kommer till* in place of *Uteblivet* (before *besök*) was no Swedish
    for text in ("Uteblivna besök debiteras med 400 kronor.", "Avgifter för uteblivna besök och intyg betalas inte."):
        [found] = [f for f in findings(text) if f[0].lower() == "uteblivna"]
        assert found[1] is None and found[2] == ()


def test_advice_rows_give_no_replacement() -> None:
    for text in ("Underlåtenhet att anmäla ändringar kan medföra återbetalning.", "Uteblivna besök debiteras."):
        assert all(found[2] == () for found in findings(text) if found[0].lower() != "debiteras")


def test_varfor_after_a_verb_whose_object_is_an_att_clause_is_flagged() -> None:
    # family re-test s51: *motivera att anmälan gjordes i efterhand, varför* — varför is no question to motivera
    text = "Inga skäl kan motivera att anmälan gjordes sent, varför vi inte ändrar beslutet."
    assert "varför" in words(text)


@pytest.mark.parametrize(
    "text",
    ["Motivera varför du vill byta skola.", "Skriv vilket beslut du överklagar, varför du tycker att det är fel."],
)
def test_varfor_as_a_question_is_left_alone(text: str) -> None:
    assert "varför" not in words(text)


def test_om_after_tak_before_an_amount_is_pa() -> None:
    # employment re-test s51
    text = "Stödet är högst upp till ett tak om 20000 kr per månad."
    assert ("om", "på", ("på",)) in findings(text)


@pytest.mark.parametrize("text", ["Vi lägger nytt tak om 20 dagar.", "Taket lagas om 2 veckor."])
def test_om_after_tak_as_in_is_left_alone(text: str) -> None:
    assert "om" not in words(text)


def lattlast_tips(text: str) -> list[str]:
    return [f.text for f in lint_text(text, profile="lattlast").findings if f.rule == "formal-word"]


def test_brett_utbud_is_a_lattlast_tip() -> None:
    # easyread re-test s51: the lättläst profile's formal-word check was silent
    assert "ett brett utbud av" in lattlast_tips("Biblioteket erbjuder även ett brett utbud av aktiviteter.")


def test_a_broad_offer_in_other_words_is_left_alone() -> None:
    assert lattlast_tips("Utbudet av aktiviteter är brett.") == []
