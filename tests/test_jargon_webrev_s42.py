"""jargon, anglicism, formal-word and nominalization: what a municipal web editor found (session 42, webrev): a
replacement that wrote broken Swedish, suggestions that did not fit the sentence, a law's term, and words the lists
missed."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.errors import ConfigError
from klarlint.rules.declarative import read_wordlist


def found(text: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...], str]]:
    """(text, suggestion, replacements, message) of the rule's findings."""
    report = lint_text(text, enable=[rule])
    return [(f.text, f.suggestion, f.replacements, f.message) for f in report.findings if f.rule == rule]


# --- a subordinating word replaced by a coordinating one: the verb must move ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # *, och sedan en rundvandring … sker* had been written by --fix: after *och sedan* the verb comes first
        ("Kungen inviger därefter kontoret, varefter en rundvandring med statsrådet sker.", "varefter"),
        ("Han läste brevet, varpå han gick hem.", "varpå"),
        ("Han fick lön, varjämte han fick en bostad.", "varjämte"),
    ],
)
def test_a_clause_with_its_verb_last_gets_advice_not_a_replacement(text: str, word: str) -> None:
    [(flagged, _, replacements, message)] = found(text)
    assert flagged == word and replacements == ()
    assert "verbet före subjektet" in message


def test_varpa_used_for_darfor_is_told_so() -> None:
    """Round 154 (false): *…, varpå alla delar bör ses över* means *därför*; *och sedan* alone changed the meaning."""
    [(_, _, replacements, message)] = found("Lagen behöver få bättre genomslag, varpå alla delar av den bör ses över.")
    assert replacements == () and "skriv ”och därför”" in message


def test_varvid_offers_da_as_advice() -> None:
    """*då* is itself a subordinating word: *, varvid en skada uppstod* → *, då en skada uppstod* keeps the order; but
    after a comma *då* may read as *eftersom* (fix re-tester s47, three times debatable), so it is advice now."""
    [(_, suggestion, replacements, _)] = found("Provet togs, varvid en skada uppstod.")
    assert replacements == () and suggestion.startswith("då")


# --- suggestions that fit the sentence ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Presidenten åtföljs av flera ministrar.", "Ansökan ska åtföljas av ett intyg."])
def test_atfolja_is_never_told_bifoga(text: str) -> None:
    """*bifogas* is meaningless for people, and *bifoga* is itself on the list."""
    [(_, suggestion, replacements, message)] = found(text)
    assert "bifoga" not in suggestion and "bifoga" not in message and replacements == ()
    assert "följa med" in suggestion


@pytest.mark.parametrize(
    "text",
    ["Regeringen diskuterade frågor inom EU-samarbetet såsom migration och klimat.", "Hon deltog såsom ordförande."],
)
def test_sasom_without_a_comma_is_advice(text: str) -> None:
    """*frågor såsom migration* had become *frågor som migration*, which the row's own note says reads as a relative
    clause; *till exempel* needs a comma before it, which a replacement cannot add (the row's column advice)."""
    [(_, suggestion, replacements, message)] = found(text)
    assert replacements == () and suggestion == "till exempel / som"
    assert "utmaningar, till exempel stöd" in message and "deltog som ordförande" in message


def test_sasom_after_a_comma_keeps_its_replacement() -> None:
    """Only the row without a comma is advice: *, såsom innebandy* → *, till exempel innebandy* is safe."""
    [(_, _, replacements, _)] = found("Det gäller aktiviteter utanför hemmet, såsom innebandy.")
    assert replacements == ("till exempel",)


def test_rattslig_forpliktelse_is_the_laws_term() -> None:
    """The data protection regulation's legal basis (article 6.1 c); the privacy page should keep it."""
    assert found("Vi behandlar uppgifterna med stöd av avtal, rättslig förpliktelse eller samtycke.") == []
    assert found("Kommunen har rättsliga förpliktelser att följa.") == []
    [(_, suggestion, _, _)] = found("Kommunen har en förpliktelse att svara inom en vecka.")
    assert suggestion == "skyldighet"


# --- words the lists missed ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "suggestion"),
    [
        ("Vi skickar ett föreläggande om komplettering.", "föreläggande om komplettering", "begäran"),
        ("Under byggnationen är gatan avstängd.", "byggnationen", "bygget"),
        ("Du behöver styrka din identitet med legitimation.", "styrka din identitet", "visa legitimation"),
        ("Den som hämtar ska styrka sin identitet.", "styrka sin identitet", "visa legitimation"),
    ],
)
def test_missed_jargon_is_advice(text: str, word: str, suggestion: str) -> None:
    [(flagged, shown, replacements, _)] = found(text)
    assert flagged.lower() == word and shown.startswith(suggestion)
    # *visa legitimation med legitimation*, *vid bygge av häkten*: which alternative fits, the words cannot tell
    assert replacements == ()


def test_missed_reflexive_jargon_is_replaced_in_every_person() -> None:
    # as *förflytta sig* → *ta sig* in the third person (session 49: the listed *sig* had kept *dig* from it)
    [(flagged, shown, replacements, _)] = found("Du kan behöva förflytta dig mellan lokalerna.")
    assert (flagged, shown.split(" / ")[0], replacements) == ("förflytta dig", "ta dig", ("ta dig",))


@pytest.mark.parametrize(
    "text",
    [
        "Företaget kan förflytta personal till andra orter.",  # transfer staff: not *ta sig*
        "Nämnden beslutade om ett rivningsföreläggande.",
        "Nämnden har skickat ett föreläggande om rättelse.",  # a decision with a fine: the law's word
        "Byggnaden är ny.",
        "Hennes argument styrker bilden.",
    ],
)
def test_not_missed_jargon(text: str) -> None:
    assert found(text) == []


def test_adressera_a_problem_is_an_anglicism() -> None:
    [(flagged, shown, replacements, _)] = found("Frågan behöver adresseras snabbt.", "anglicism")
    assert flagged == "adresseras" and shown == "hanteras" and replacements == ("hanteras",)
    [(_, _, replacements, _)] = found("Vi vill identifiera och adressera problem.", "anglicism")
    assert replacements == ("hantera",)


@pytest.mark.parametrize(
    "text",
    [
        "Brevet ska adresseras till nämnden.",
        "Kuvertet är adresserat till mig.",
        "Skriv adressen på kuvertet och adressera det rätt.",
    ],
)
def test_adressera_a_letter_is_no_anglicism(text: str) -> None:
    assert found(text, "anglicism") == []


def test_observera_att_is_a_formal_word() -> None:
    [(flagged, suggestion, replacements, message)] = found("Observera att ceremonin hålls utomhus.", "formal-word")
    # in the word's case at the sentence's start (session 44: *Återkräva bidrag* had *kräva tillbaka*)
    assert flagged == "Observera att" and suggestion == "Tänk på att" and replacements == ()
    assert "stryk" in message
    assert found("Vi observerade fåglarna vid sjön.", "formal-word") == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Placeringen sker utifrån ålder.", "placera"),
        ("Referenstagning sker innan vi anställer.", "ta referenser"),
        ("Anmälan sker i e-tjänsten.", "anmäla"),
        ("Hämtning sker varannan vecka.", "hämta"),
    ],
)
def test_an_action_noun_that_sker(text: str, verb: str) -> None:
    [(_, _, _, message)] = found(text, "nominalization")
    assert f"”{verb}”" in message


@pytest.mark.parametrize(
    "text", ["Placeringen av barnet är klar.", "Hämtningen av kärlet var sen.", "Anmälan kom in i går."]
)
def test_an_action_noun_without_ske(text: str) -> None:
    assert found(text, "nominalization") == []


def test_the_advice_column_takes_only_rad(tmp_path) -> None:
    """A word list's column advice (``råd``) makes that row's suggestion advice; anything else is a mistake the file's
    owner is told about, not silently a replacement."""
    good = tmp_path / "good.tsv"
    good.write_text("term\tsuggestion\nsåsom\ttill exempel\t\t\t\t\t\tråd\nerhålla\tfå\n", encoding="utf-8")
    assert [t.advice for t in read_wordlist(good)] == [True, False]
    bad = tmp_path / "bad.tsv"
    bad.write_text("såsom\ttill exempel\t\t\t\t\t\tja\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="advice"):
        read_wordlist(bad)
