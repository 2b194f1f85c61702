"""jargon, formal-word and abbreviation: what two writers' re-testers found in session 46 (a passive's form after
*att … inte*, a replacement that repeats its subject, a statute's title ending in *m.m.*, words the lists missed,
and the verdict words of a consultation response)."""

from __future__ import annotations

import pytest

from conftest import lint_text


def findings(text: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, suggestion, replacements) of the rule's findings."""
    report = lint_text(text, enable=[rule])
    return [(f.text, f.suggestion, f.replacements) for f in report.findings if f.rule == rule]


def found(text: str, rule: str = "jargon") -> list[str]:
    return [words for words, _, _ in findings(text, rule)]


# --- 1. a present s-passive after *att* + subject + negation ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Det kan innebära att avdragen inte medges och att du får betala mer skatt.",
        "Om beslutet redan medges gäller det från i dag.",
    ],
)
def test_present_passive_after_subject_and_adverb_keeps_its_form(text: str) -> None:
    """*att avdragen inte medges* had been told *tillåtas* (the infinitive): it is a present, *tillåts*."""
    [(words, suggestion, replacements)] = findings(text)
    assert words == "medges" and suggestion == "tillåts" and replacements == ("tillåts",)


def test_passive_infinitive_after_an_auxiliary_stays_infinitive() -> None:
    [(_, suggestion, _)] = findings("För att avdrag ska kunna medges krävs ett intyg.")
    assert suggestion == "tillåtas"
    [(_, suggestion, _)] = findings("Hur ska registret inte handhas?")
    assert suggestion == "skötas"


# --- 2. a replacement that repeats its subject or object -------------------------------------------------------------


def test_erlagga_with_betalning_as_subject_is_no_safe_fix() -> None:
    """*Om betalning inte erläggs* had become *Om betalning inte betalas* by the automatic fix."""
    [(words, _, replacements)] = findings("Om betalning inte erläggs kommer ärendet att överlämnas till inkasso.")
    assert words == "erläggs" and replacements == ()
    # the phrase row takes its noun with it: *Du ska betala senast fredag*
    [(words, _, replacements)] = findings("Du ska erlägga betalning senast fredag.")
    assert words == "erlägga betalning" and replacements == ("betala",)


def test_erlagga_with_another_subject_is_still_replaced() -> None:
    [(words, suggestion, replacements)] = findings("Avgiften erläggs senast den 30 juni.")
    assert words == "erläggs" and suggestion == "betalas" and replacements == ("betalas",)
    [(_, _, replacements)] = findings("Du ska erlägga avgiften i förskott.")
    assert replacements == ("betala",)


def test_an_alternative_that_repeats_the_object_is_not_shown() -> None:
    """*bedriver ett aktivt arbete* had been told *arbetar med* (*arbetar med ett aktivt arbete*)."""
    [(words, suggestion, _)] = findings("Regeringen bedriver ett aktivt arbete mot brott.", "formal-word")
    assert words == "bedriver" and "arbeta" not in suggestion and suggestion.startswith("driver")
    [(_, suggestion, _)] = findings("Föreningen bedriver verksamhet i Malmö.", "formal-word")
    assert "arbetar med" in suggestion


# --- 3. *m.m.* ending a statute's title -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "En påminnelseavgift har debiterats enligt lagen om ersättning för inkassokostnader m.m.",
        "Vi följer förordningen (2001:100) om den officiella statistiken m.m. när vi redovisar.",
        "Se lag (1981:739) om ersättning för inkassokostnader m.m. för mer information.",
    ],
)
def test_mm_ending_a_law_title_is_part_of_the_name(text: str) -> None:
    assert found(text, "abbreviation") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vi följer lagen om offentlig upphandling, kommunallagen m.m.",
        "Vi köper papper, pennor m.m.",
        "Lagen gäller bostäder, lokaler m.m.",
    ],
)
def test_mm_in_the_writers_own_list_is_still_flagged(text: str) -> None:
    assert found(text, "abbreviation") == ["m.m."]


# --- 4. words the lists missed ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "suggestion"),
    [
        ("Du har anfört att du har svårt att sitta länge.", "anfört att", "sagt att / skrivit att"),
        ("Du yrkar ersättning för resan.", "yrkar", "begär"),
        ("Vidare har avdrag yrkats för resor.", "yrkats", "begärts"),
        ("Ditt yrkande om ersättning kan inte bifallas.", "yrkande", "begäran"),
        ("Förseningsavgift uttages inte för barn- och ungdomsmedia.", "uttages", "ta ut"),
        ("Efter att ansökan inkommit kontaktas du av en handläggare.", "inkommit", None),
        ("Om media förkommit eller skadats ersätter du dem.", "förkommit", "kommit bort / försvunnit / tappats bort"),
        ("Detta har inte efterlevts vid det aktuella tillfället.", "vid det aktuella tillfället", "den gången / då"),
        ("Prover visar att vattnet är tjänligt igen.", "tjänligt", "går att dricka / bra att bada i"),
        ("Ledamöter som är förhindrade att närvara ska anmäla det.", "är förhindrade att", "inte kunna"),
        ("Om du blir förhindrad att komma, ring oss.", "blir förhindrad att", "inte kunna"),
    ],
)
def test_missed_words_are_flagged(text: str, words: str, suggestion: str | None) -> None:
    matches = [(w, s) for w, s, _ in findings(text) if w == words]
    assert len(matches) == 1, findings(text)
    assert suggestion is None or matches[0][1] == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Hon ska anföra gruppen under marschen.",
        "Anna Svensson yrkar bifall till motionen.",
        "Han reserverade sig till förmån för eget yrkande.",
        "Lokalen är tjänlig för ändamålet. Vattnet i sjön är kallt.",
        "Vi vill förhindra att smittan sprids.",
        "Statsministern deltog i ett möte om utrikes frågor.",
    ],
)
def test_other_senses_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_archaic_passive_and_advice_rows_give_no_replacement() -> None:
    """*uttages* is a passive (*ta ut* cannot take it: *tas ut* is no safe drop-in); the advice rows need the
    sentence rewritten (*Vattnet är går att dricka*, *som inte kunna närvara*)."""
    for text in (
        "Förseningsavgift uttages inte för barn- och ungdomsmedia.",
        "Prover visar att vattnet är tjänligt igen.",
        "Ledamöter som är förhindrade att närvara ska anmäla det.",
    ):
        assert all(replacements == () for _, _, replacements in findings(text)), findings(text)


def test_forkomma_is_inflected() -> None:
    [(words, suggestion, replacements)] = findings("Nyckeln förkom i går.")
    assert words == "förkom" and suggestion == "kom bort / försvann / tappades bort"
    assert replacements == ("kom bort",)


# --- 5. the verdict words of a consultation response ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Kommunen tillstyrker förslaget i promemorian.", "Nämnden avstyrker förslaget i promemorian."]
)
def test_tillstyrka_and_avstyrka_are_tips_not_jargon(text: str) -> None:
    """In a *remissvar* they are the words the genre expects (six warnings, all judged debatable)."""
    assert found(text) == []
    [(words, suggestion, _)] = findings(text, "formal-word")
    assert words.endswith("styrker") and suggestion.startswith("säger")
