"""jargon and formal-word: replacements that must fit the sentence, and words a Swedish reviewer found flagged
wrongly or missed in municipal texts (session 40)."""

from __future__ import annotations

import pytest

from conftest import lint_text


def jargon(text: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, suggestion, replacements) of the rule's findings."""
    report = lint_text(text, enable=[rule])
    return [(f.text, f.suggestion, f.replacements) for f in report.findings if f.rule == rule]


# --- --fix must write Swedish ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Förslaget ryms inom befintlig budgetram.", "Kommunen ska se till att befintlig grönstruktur bevaras."],
)
def test_an_attributive_befintlig_is_advice_not_a_relative_clause(text: str) -> None:
    """*inom som finns budgetram* had been written; *nuvarande* first, *som finns* needs the noun moved."""
    [(word, suggestion, replacements)] = jargon(text)
    assert word == "befintlig" and suggestion.startswith("nuvarande") and replacements == ()


def test_gjorts_gallande_before_a_noun_is_the_preposition() -> None:
    """*ett förtydligande gjorts gällande gåvor*: *göra* + *gällande* (regarding), not *göra gällande* (claim)."""
    found = jargon("Vidare har ett förtydligande gjorts gällande gåvor till anställda.")
    assert found == [("gällande", "om / när det gäller", ())] or [f[0] for f in found] == ["gällande"]
    assert all("hävda" not in (suggestion or "") for _, suggestion, _ in found)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Klaganden gör gällande att beslutet är fel.", "gör gällande"),
        ("Det har gjorts gällande att avgiften är för hög.", "gjorts gällande"),
        ("Bolaget gör gällande skadestånd.", "gör gällande"),
    ],
)
def test_gora_gallande_as_a_claim_is_still_flagged(text: str, flagged: str) -> None:
    assert flagged in [word for word, _, _ in jargon(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Inför besöket ska bifogat hälsoformulär fyllas i.",
        "Enligt bifogat underlag är kostnaden låg.",
    ],
)
def test_an_attributive_participle_gets_no_verb(text: str) -> None:
    """*ska skickat med hälsoformulär* had been written: a participle before its noun is an adjective."""
    found = jargon(text)
    assert [word for word, _, _ in found] == ["bifogat"]
    assert found[0][2] == () and "skickat" not in (found[0][1] or "")


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("Vi har bifogat ett formulär.", "skickat med"),
        ("Om du inte bifogat intyget kan vi inte pröva ansökan.", "skickat med"),
        ("Finansinspektionen har även tidigare inhämtat synpunkter från Riksbanken.", "hämtat in"),
    ],
)
def test_a_supine_keeps_its_replacement(text: str, replacement: str) -> None:
    assert [r for _, _, r in jargon(text)] == [(replacement,)]


def test_a_reservation_in_a_protocol_is_a_fixed_formula() -> None:
    text = "Karin Lund (V) reserverar sig mot beslutet till förmån för eget yrkande."
    assert jargon(text) == []
    assert jargon("Ledamoten yrkade bifall till förmån för Annas yrkande.") == []


def test_till_forman_for_elsewhere_is_still_flagged() -> None:
    found = jargon("Polisen har frigjort resurser till förmån för kärnverksamheten.")
    assert [word for word, _, _ in found] == ["till förmån för"]


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("Enligt SGU:s jordartskarta utgörs marken huvudsakligen av morän.", "består"),
        ("Då utgjordes marken huvudsakligen av lera.", "bestod"),
    ],
)
def test_a_passive_of_utgora_apart_from_its_av_is_besta(text: str, replacement: str) -> None:
    """*är marken huvudsakligen av morän* had been written: *utgörs av* is *består av*, never *är … av*."""
    found = jargon(text)
    assert [(s, r) for _, s, r in found] == [(replacement, (replacement,))]


@pytest.mark.parametrize(
    ("text", "replacement"),
    [("Beloppet utgör en del av kostnaden.", "är"), ("Marken utgörs av morän.", "består av")],
)
def test_utgora_keeps_its_other_replacements(text: str, replacement: str) -> None:
    assert [r for _, _, r in jargon(text)] == [(replacement,)]


def test_bestrida_is_advice() -> None:
    """*bestrida* an amount is not *säga emot* it, and the words cannot tell which sense is meant."""
    [(word, suggestion, replacements)] = jargon("Om Ni anser att avgiften är felaktig kan Ni bestrida den.")
    assert word == "bestrida" and "invända mot" in suggestion and replacements == ()


def test_a_particle_verb_does_not_replace_a_verb_before_its_subject() -> None:
    """*Dessutom kommer fram det i rapporten* is not Swedish: the particle goes after the subject."""
    assert jargon("Dessutom framkommer det i rapporten att risken är hög.") == [
        ("framkommer", "kommer fram / visar sig", ())
    ]
    assert jargon("Det har framkommit att avgiften var fel.") == [
        ("framkommit", "kommit fram / visat sig", ("kommit fram",))
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vi restituerar inte avgiften.", "restituerar inte"),
        ("Du återsände aldrig blanketten.", "återsände aldrig"),
        ("Hon återsänder alltid blanketten.", "återsänder alltid"),
    ],
)
def test_a_particle_verb_does_not_replace_a_verb_before_a_sentence_adverb(text: str, word: str) -> None:
    """*Vi betalar tillbaka inte avgiften* had been written: the particle goes after the adverb (*betalar inte
    tillbaka*), which a replacement of the verb alone cannot do; advice only, on the verb and the adverb its
    suggestion moves (round 172, blind: *medföljer* → *följer också med* had read as a word for the verb alone)."""
    [(flagged, _, replacements)] = jargon(text)
    assert flagged == word and replacements == ()


def test_a_particle_verb_still_replaces_a_verb_with_no_adverb_after_it() -> None:
    [(_, _, replacements)] = jargon("Vi restituerar avgiften i maj.")
    assert replacements == ("betalar tillbaka",)


# --- false alarms and misses -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Vitet är 5 000 kronor per påbörjad månad.", "Avgiften är 300 kronor för varje påbörjad timme."]
)
def test_per_paborjad_manad_is_the_ordinary_phrase(text: str) -> None:
    assert jargon(text) == []


def test_paborjad_elsewhere_is_still_flagged() -> None:
    assert [word for word, _, _ in jargon("En påbörjad ansökan sparas i tre månader.")] == ["påbörjad"]


@pytest.mark.parametrize(
    "text",
    [
        "Vi förelägger er vid vite om 5 000 kronor att ta bort skylten.",
        "Nämnden tar ut en avgift om 300 kronor.",
        "Dagens beslut avser en första utbetalning om 200 miljoner kronor.",
        "Organisationerna får ett egenfinansieringskrav om 15 procent.",
    ],
)
def test_om_before_an_amount_is_pa(text: str) -> None:
    assert jargon(text) == [("om", "på", ("på",))]


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen beviljade ansökan om 17 miljoner kronor.",
        "Det handlar bland annat om 40 miljoner kronor.",
        "Regeringen har ett mål om 100 procent förnybar el.",
        "Om 300 kronor inte räcker kan du ansöka igen.",
        "Avgiften gäller om du bor i kommunen.",
    ],
)
def test_om_that_is_not_an_amounts_preposition_is_left_alone(text: str) -> None:
    assert jargon(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Vi undanber oss samtal från försäljare.", "undanber oss"),
    ],
)
def test_old_phrases_a_reviewer_marked_are_advice(text: str, flagged: str) -> None:
    [(word, _, replacements)] = jargon(text)
    assert word == flagged and replacements == ()


def test_i_form_av_is_a_careful_review_tip() -> None:
    text = "Vi ger stöd i form av pengar."
    assert [word for word, _, _ in jargon(text, "formal-word")] == ["i form av"]
    assert jargon(text) == []


def test_fran_det_att_is_a_careful_review_tip_from_den_dag_not_sedan() -> None:
    # ordinary Swedish to two blind readers (rounds 150–151): no warning, a tip; and *sedan* does not fit a time still
    # to come (*från det att beslutet vinner laga kraft*)
    text = "Tiden räknas från det att beslutet vinner laga kraft."
    assert [word for word, _, _ in jargon(text)] == ["laga kraft"]  # the legal term to explain (session 44)
    [(_, suggestion, _)] = jargon(text, "formal-word")
    assert suggestion == "från den dag"
