"""jargon in session 45, second wave (a writer's re-test): replacements that --fix applied where they did not fit
(*jämte* → *och*, *synnerliga skäl* → *särskild skäl*, *då ej bokade samtal* → *då inte bokade samtal*), and phrases
the re-test missed (*kontakta undertecknad*, *intar sina måltider*, a causal *, varför*, *är att betrakta som*,
*I de fall (där/då)*), each with the innocent uses it must leave alone."""

from __future__ import annotations

import pytest

from conftest import lint_text


def found(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, suggestion, replacements) of the jargon findings."""
    return [(f.text, f.suggestion, f.replacements) for f in lint_text(text).findings if f.rule == "jargon"]


def of(text: str, word: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """The jargon findings on ``word``."""
    return [finding for finding in found(text) if finding[0].lower() == word.lower()]


# --- jämte: a preposition, so --fix writes *tillsammans med*, never *och* ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Nämnden utser Anders Persson (M) att jämte ordföranden justera dagens protokoll.", "tillsammans med"),
        ("Protokollet jämte bilagor skickas till nämnden.", "tillsammans med"),
    ],
)
def test_jamte_is_replaced_by_tillsammans_med(text: str, fixed: str) -> None:
    """*att jämte ordföranden justera* had become *att och ordföranden justera* (ungrammatical)."""
    [(_, suggestion, replacements)] = of(text, "jämte")
    assert replacements == (fixed,)
    assert suggestion is not None and suggestion.startswith("tillsammans med")


# --- synnerlig: *synnerliga skäl* is the law's threshold --------------------------------------------------------------


def test_synnerliga_skal_gets_advice_and_no_replacement() -> None:
    """*särskilda skäl* is a different, lower threshold: explain the term, do not replace it."""
    assert of("Ledighet beviljas endast om synnerliga skäl föreligger.", "synnerliga skäl") == [
        ("synnerliga skäl", None, ())
    ]
    assert of("Ledighet beviljas endast om synnerliga skäl föreligger.", "synnerliga") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ledighet beviljas om synnerliga skäl (mycket starka skäl) finns.",
        "Ledighet beviljas om det finns synnerliga skäl, det vill säga mycket starka skäl.",
    ],
)
def test_synnerliga_skal_explained_is_left_alone(text: str) -> None:
    """Explained right after, as *laga kraft* is; and not the single word's *stora* instead."""
    assert found(text) == []


def test_synnerlig_elsewhere_agrees_with_its_noun() -> None:
    """*särskild / stora* had mixed forms (*särskild skäl*)."""
    assert of("Det finns synnerliga svårigheter i ärendet.", "synnerliga") == [("synnerliga", "stora", ("stora",))]


def test_av_synnerlig_vikt_is_advice() -> None:
    """*av synnerlig vikt* → *av stor vikt* would be another listed phrase: *mycket viktig*, which needs agreement.
    Advice, in the form that agrees with the subject (session 49: *Det är … mycket viktig att* had been shown)."""
    assert found("Det är av synnerlig vikt att du svarar.") == [("av synnerlig vikt", "mycket viktigt", ())]


# --- ej before an attributive participle: advice, not *inte* ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ni bokar tid via Vklass, då ej bokade samtal kommer att tilldelas en tid av klassläraren.",
        "Ej bokade samtal tilldelas en tid.",
        "Det gäller alla ej godkända betyg.",
        "Ett ej bokat samtal får en tid.",
    ],
)
def test_ej_before_an_attribute_is_advice(text: str) -> None:
    """*då inte bokade samtal* reads as negating the clause: the sentence needs *samtal som inte är bokade*."""
    [(_, suggestion, replacements)] = of(text, "ej")
    assert suggestion is not None and suggestion.lower() == "inte"
    assert replacements == ()
    [message] = [f.message for f in lint_text(text).findings if f.rule == "jargon"]
    assert "samtal som inte är bokade" in message


@pytest.mark.parametrize(
    "text",
    [
        "Du kan ej få bidrag.",
        "Det är ej tillåtet att röka.",
        "Samtalen är ej bokade.",
        "Vi har ej bokat tiden.",
        "Om ej annat anges gäller reglerna.",
        "De som ej betalade avgiften får en påminnelse.",
    ],
)
def test_ej_as_plain_negation_keeps_its_fix(text: str) -> None:
    assert of(text, "ej") == [("ej", "inte", ("inte",))]


# --- erfordras: the jargon side is right ------------------------------------------------------------------------------


def test_erfordras_is_kravs() -> None:
    assert of("Kompletterande uppgifter erfordras.", "erfordras") == [("erfordras", "krävs / behövs", ("krävs",))]


# --- kontakta undertecknad --------------------------------------------------------------------------------------------


def test_kontakta_undertecknad_is_no_jargon() -> None:
    # impersonal-man tells undertecknad as an object mig (111f907; tests/test_address2_s45.py): one note, not two
    assert of("Om tiden inte passar ber vi dig att kontakta undertecknad.", "kontakta undertecknad") == []


@pytest.mark.parametrize(
    "text",
    [
        "Med vänliga hälsningar\n\nUndertecknad",  # a signature line
        "Ansökan ska vara undertecknad av den sökande.",  # signed
        "Kontakta handläggaren om du har frågor.",
    ],
)
def test_undertecknad_elsewhere_is_no_jargon(text: str) -> None:
    assert found(text) == []


# --- inta (mat) → äta -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "suggestion"),
    [
        ("Det framgår att sökanden i huvudsak intar sina måltider i köket.", "intar", "äter"),
        ("Vi intar lunch klockan tolv.", "intar", "äter"),
        ("Barnen intog maten i matsalen.", "intog", "åt"),
        ("Han har intagit sina måltider hemma.", "intagit", "ätit"),
        ("Måltiderna intas i matsalen.", "intas", "äts"),
    ],
)
def test_inta_about_food_is_ata(text: str, word: str, suggestion: str) -> None:
    [(_, shown, _)] = of(text, word)
    assert shown == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Hon intog en hållning i frågan.",
        "Kommunen intar en tydlig position.",
        "Vi intar en plats i laget.",
        "Laget intog första platsen.",
    ],
)
def test_inta_a_position_is_left_alone(text: str) -> None:
    assert found(text) == []


# --- a causal *, varför* ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maten värms i mikrovågsugn, varför en sänkning av köksbänken inte kan anses nödvändig.",
        "Kostnaden är hög, varför vi föreslår en annan lösning.",
    ],
)
def test_causal_varfor_after_a_comma_is_advice(text: str) -> None:
    """*och därför* takes the verb before the subject: advice, never a replacement."""
    assert of(text, "varför") == [("varför", "och därför", ())]


@pytest.mark.parametrize(
    "text",
    [
        "Vi vet inte varför.",
        "Varför ska jag svara?",
        "Skriv vilket beslut du överklagar, varför du tycker att det ska ändras och hur.",
        "Han undrade, varför ska jag betala?",
        "Förklara, varför du vill ha bidraget.",
        "Det är oklart för många, varför reglerna ändrades.",
        "Detta är skälet, varför vi säger nej.",
        "Vi förstår att du undrar varför beslutet dröjer.",
    ],
)
def test_question_varfor_is_left_alone(text: str) -> None:
    assert of(text, "varför") == []


# --- är att betrakta som ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "fixed"),
    [
        ("Sociala medier är att betrakta som en kanal för dialog.", "är att betrakta som", "är"),
        ("Beslutet är att anse som ett avslag.", "är att anse som", "är"),
        ("Beslutet kan vara att betrakta som ett avslag.", "vara att betrakta som", "vara"),
    ],
)
def test_ar_att_betrakta_som_is_ar(text: str, word: str, fixed: str) -> None:
    [(_, suggestion, replacements)] = of(text, word)
    assert replacements == (fixed,)
    assert suggestion is not None and suggestion.endswith("räknas som")


@pytest.mark.parametrize(
    "text",
    ["Det är viktigt att betrakta frågan som helhet.", "Vi ska betrakta dem som våra kunder."],
)
def test_betrakta_alone_is_left_alone(text: str) -> None:
    assert found(text) == []


# --- I de fall (där/då/när) → Om --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "fixed"),
    [
        ("Och i de fall där handlingar saknas kan ansökan avslås.", "i de fall där", "om"),
        ("Det gäller i de fall då beslutet överklagas.", "i de fall då", "om"),
        ("I de fall när personer förs utomlands ser vi allvarligt på det.", "I de fall när", "Om"),
    ],
)
def test_i_de_fall_with_a_conjunction_is_om(text: str, word: str, fixed: str) -> None:
    assert of(text, word) == [(word, fixed, (fixed,))]


def test_bare_i_de_fall_is_advice() -> None:
    """Without *där/då/när* the clause may be a relative one (*i de fall vi har granskat*): *om* only as advice."""
    text = "I de fall kompletterande uppgifter behövs kontaktar vi dig."
    assert of(text, "I de fall") == [("I de fall", "Om", ())]


@pytest.mark.parametrize(
    "text",
    [
        "I de fall som rör barn gäller särskilda regler.",  # the cases, no condition
        "Reglerna gäller i de fall.",
        "I de flesta fall får du svar inom en vecka.",
        # *även om* is concessive: *även i de fall där man tycker …, nämligen i …* names cases (UD, session 45)
        "Även i de fall där man tycker att det borde vara självklart, nämligen i små kommuner, saknas det.",
    ],
)
def test_i_de_fall_as_the_cases_is_left_alone(text: str) -> None:
    assert found(text) == []
