"""jargon and formal-word: what three re-testers found in session 47 (a protocol's *Yrkanden*, a participle the tagger
calls a verb, replacements that did not fit their sentence, an EU act's title, and clear words the lists missed)."""

from __future__ import annotations

from conftest import lint_text


def findings(text: str, rule: str = "jargon", fmt: str = "text") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, suggestion, replacements) of the rule's findings."""
    report = lint_text(text, fmt, enable=[rule])
    return [(f.text, f.suggestion, f.replacements) for f in report.findings if f.rule == rule]


def found(text: str, rule: str = "jargon") -> list[str]:
    return [words for words, _, _ in findings(text, rule)]


def message(text: str, words: str) -> str:
    return next(f.message for f in lint_text(text).findings if f.rule == "jargon" and f.text == words)


# --- 1. *Yrkanden*, a protocol's and a court paper's section --------------------------------------------------------

PROTOCOL = (
    "Beslut\nArbetsutskottet föreslår kommunstyrelsen att bifalla förslaget.\n\n"
    "Yrkanden\nMaria Holm (S) yrkar bifall till förvaltningens förslag.\n"
    "Lars Ekström (M) yrkar att ärendet återremitteras.\n\n"
    "Propositionsordning\nOrdföranden ställer proposition på Maria Holms yrkande och finner att det bifalls.\n"
)


def test_yrkanden_as_a_section_heading_is_the_set_term() -> None:
    """W WRONG 2: *Yrkanden* (the protocol's section) was told *Begäran*, which changes its meaning."""
    assert "Yrkanden" not in found(PROTOCOL)
    assert "yrkande" not in found(PROTOCOL)  # *proposition på Maria Holms yrkande*
    assert "Yrkanden" not in found("# Parternas yrkanden\n\nKlaganden begär att beslutet upphävs.\n", "jargon")


def test_the_verb_yrka_keeps_its_finding() -> None:
    assert "yrkar" in found(PROTOCOL)  # *yrkar att ärendet återremitteras*


def test_yrkande_in_a_letter_is_advice_that_names_the_set_term() -> None:
    text = "Ditt yrkande om ersättning för resan avslås."
    [(words, suggestion, replacements)] = findings(text)
    assert (words, suggestion, replacements) == ("yrkande", "begäran", ())
    assert "fast term" in message(text, "yrkande")


# --- 2. a compound verb's past participle the tagger calls a verb ---------------------------------------------------


def test_participle_after_vara_is_plain_swedish() -> None:
    """W WRONG 13: *Musiken ska vara avstängd* had been told *stänga av* (the tagger reads a verb there)."""
    assert found("Musiken ska vara avstängd klockan 01.00.") == []
    assert found("Vägen är avstängt för trafik i dag.") == []


def test_the_compound_verb_itself_is_still_flagged() -> None:
    [(words, suggestion, _)] = findings("Du ska avstänga vattnet innan arbetet börjar.")
    assert words == "avstänga" and suggestion == "stänga av"
    assert found("Kassan utbetalar ersättningen varje månad.") == ["utbetalar"]
    assert found("Du kan inlämna blanketten i receptionen.") == ["inlämna"]  # an infinitive in -na
    assert found("Du ska insända blanketten senast fredag.") == ["insända"]  # an infinitive in -da


# --- 3. an adverb after a noun, as its attribute ---------------------------------------------------------------------


def test_darutover_after_a_noun_is_advice() -> None:
    """W WRONG 14: *Byten därutöver debiteras* had become *Byten dessutom debiteras* by one click."""
    [(words, suggestion, replacements)] = findings("Byten därutöver kostar 350 kronor.")
    assert (words, suggestion, replacements) == ("därutöver", "dessutom", ())
    assert ("därutöver", "dessutom", ()) in findings("För byten därutöver tar vi 350 kronor.")


def test_darutover_as_a_sentence_adverb_is_still_replaced() -> None:
    assert findings("Den svenska delegationen bestod därutöver av 17 tjänstemän.") == [
        ("därutöver", "dessutom", ("dessutom",))
    ]
    assert ("därutöver", "dessutom", ("dessutom",)) in findings("Vi anser att kommunen därutöver ska betala.")


# --- 4. replacements that did not fit their sentence -----------------------------------------------------------------


def test_participle_after_the_object_of_fa_is_advice() -> None:
    """A WRONG 9: *få sina synpunkter beaktade* had become *få sina synpunkter tog hänsyn till* by --suggest."""
    text = "De kan gå miste om möjligheten att få sina synpunkter beaktade i arbetet."
    assert findings(text) == [("beaktade", "ta hänsyn till / tänka på", ())]
    assert findings("Nämnden beaktade synpunkterna i beslutet.") == [
        ("beaktade", "tog hänsyn till / tänkte på", ("tog hänsyn till",))
    ]
    assert ("beaktade", "tog hänsyn till / tänkte på", ("tog hänsyn till",)) in findings(
        "Vi fick synpunkter som nämnden beaktade noga."
    )


def test_tillhandahalla_a_person_is_advice() -> None:
    """A WRONG 12: *tillhandahålla en ersättare* had become *ge en ersättare* (another sense)."""
    text = "Leverantören ska utan dröjsmål tillhandahålla en ersättare med motsvarande kompetens."
    assert ("tillhandahålla", "ge / erbjuda / ordna", ()) in findings(text)
    assert findings("Kommunen ska tillhandahålla tolk vid behov.") == [("tillhandahålla", "ge / erbjuda / ordna", ())]
    # a thing or a service is given: the one-click replacement stays (test_fix's *tillhandahöll stöd* → *gav stöd*)
    assert findings("Kommunen tillhandahåller information om taxan.") == [
        ("tillhandahåller", "ger / erbjuder", ("ger",))
    ]


def test_a_vite_that_utgar_is_paid_by_the_one_who_broke_the_terms() -> None:
    """A WRONG 13: *ett vite … kommer att utgå* had been told *betalas ut*, which reverses who pays."""
    text = "Om leveransen uteblir kommer ett vite om 2 000 kronor per tillfälle att utgå."
    assert ("utgå", "tas ut / ska betalas", ()) in findings(text)
    assert findings("Vid försenad betalning utgår dröjsmålsränta enligt räntelagen.") == [
        ("utgår", "tas ut / ska betalas", ())
    ]
    assert findings("Ersättning utgår med 500 kronor per dag.") == [("utgår", "betalas ut / ges", ())]
    assert findings("Vi utgår från att ni betalar.") == []


def test_avila_is_ligga_pa() -> None:
    """A WRONG 21: *åvilar livsmedelsföretagaren* had become *är någons ansvar livsmedelsföretagaren*."""
    text = "Ansvaret för att märkningen är korrekt åvilar livsmedelsföretagaren."
    assert findings(text) == [("åvilar", "ligger på / är skyldig", ("ligger på",))]


def test_i_enlighet_med_vad_som_keeps_its_meaning() -> None:
    """A WRONG 22: *en vägledning i enlighet med vad som anförts ovan* had become *en vägledning som anförts ovan*."""
    text = "Vårt svar ska ses som en vägledning i enlighet med vad som anförts ovan."
    assert ("i enlighet med vad som", "enligt det som", ("enligt det som",)) in findings(text)


# --- 5. an EU act's title -------------------------------------------------------------------------------------------


def test_a_word_in_an_eu_acts_title_is_the_lawmakers() -> None:
    """A WRONG 18: *tillhandahållande* in regulation (EU) nr 1169/2011's title is not the writer's wording."""
    text = (
        "Det följer av artikel 7.1 c i förordning (EU) nr 1169/2011 om tillhandahållande av livsmedelsinformation "
        "till konsumenterna."
    )
    assert found(text) == []
    assert (
        found("Direktiv 2011/83/EU om konsumenträttigheter, om ändring av rådets direktiv om tillhandahållande.") == []
    )


def test_the_same_word_after_the_title_is_the_writers() -> None:
    # a title runs to the end of its clause, as a Swedish statute's does (titles.py)
    text = (
        "Det följer av förordning (EU) nr 1169/2011 om livsmedelsinformation. Ni ansvarar för tillhandahållande av den."
    )
    assert found(text) == ["tillhandahållande"]
    assert found("Förordningen gäller tillhandahållande av livsmedelsinformation.") == ["tillhandahållande"]


# --- 6. clear cases the lists missed ---------------------------------------------------------------------------------


def test_utan_foregaende_avisering() -> None:
    """W MISSED 5."""
    text = "Vid utebliven betalning tar vi bort bokningen utan föregående avisering."
    assert ("utan föregående avisering", "utan förvarning", ("utan förvarning",)) in findings(text)
    assert found("Avisering sker med sms dagen före.") == []


def test_paträffa() -> None:
    """W MISSED 8: *påträffas* had only a passive's information."""
    assert findings("Om felsorterat avfall påträffas i kärlet tömmer vi det inte.") == [
        ("påträffas", "hittas", ("hittas",))
    ]
    assert found("Vi träffade flera av er i våras.") == []


def test_egenhandigt_undertecknad() -> None:
    """B MISSED 8: *vara egenhändigt undertecknad*; advice, the sentence needs its doer."""
    text = "En begäran om registerutdrag ska göras skriftligen och vara egenhändigt undertecknad."
    assert ("egenhändigt undertecknad", "skriva under själv", ()) in findings(text)
    assert ("egenhändigt undertecknade", "skriva under själv", ()) in findings(
        "Blanketterna ska vara egenhändigt undertecknade."
    )
    assert found("Blanketten ska vara undertecknad.") == []


def test_yrkat_after_an_adverbial_is_the_verbs_supine() -> None:
    """A MISSED 2: *Du har i din deklaration yrkat avdrag* was missed (the tagger's adjective), *Du har yrkat* not."""
    text = "Du har i din deklaration yrkat avdrag för resor med egen bil."
    assert findings(text) == [("yrkat", "begärt", ("begärt",))]
    assert found("Du har ett yrkat belopp på 500 kronor.") == []


def test_a_phrase_with_its_subject_after_the_finite_verb() -> None:
    """W MISSED 2 (*anför ni att*) and A MISSED 4 (*är påståendet att betrakta som*): advice, the subject shown."""
    assert findings("I ert yttrande den 12 november anför ni att bullret är lågt.") == [
        ("anför ni att", "säger ni att / skriver ni att", ())
    ]
    text = "Eftersom drycken inte innehåller laktos är påståendet att betrakta som vilseledande."
    assert findings(text) == [("är påståendet att betrakta som", "är påståendet / räknas påståendet som", ())]
    quoted = "Eftersom havredrycker aldrig innehåller laktos är påståendet ”naturligt laktosfri” att betrakta som bra."
    assert found(quoted) == ["är påståendet ”naturligt laktosfri” att betrakta som"]


def test_no_inverted_phrase_where_the_noun_is_no_subject() -> None:
    assert found("Det är en fråga att betrakta som viktig.") == []
    assert found("I år kommer vi att bygga en skola.") == []
    assert found("Därför ska vi betrakta som viktigt att alla får plats.") == []


def test_a_modal_before_its_subject_keeps_the_entry_for_komma_att() -> None:
    assert findings("Annars kan hyresavtalet komma att sägas upp.") == [("komma att", None, ())]


def test_tillhandahallas_for_is_no_person() -> None:
    """*för* ends in -ör: the person's ending needs a stem before it (corpus: *tillhandahållas för vem som helst*)."""
    assert findings("Handlingen ska tillhandahållas för den som vill läsa den.") == [
        ("tillhandahållas", "ges / erbjudas", ("ges",))
    ]
