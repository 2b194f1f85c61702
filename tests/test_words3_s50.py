"""Word lists, jargon replacements and abbreviations fixed in session 50's second wave (re-tests: tax, care, water,
integration), each with what it must flag and what it must leave."""

from __future__ import annotations

import pytest

from klarlint import lint_text


def findings(text: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.text, f.suggestion, f.replacements) for f in lint_text(text).findings if f.rule == rule]


def texts(text: str, rule: str = "jargon") -> list[str]:
    return [found[0] for found in findings(text, rule)]


def replacement(text: str, word: str) -> tuple[str, ...]:
    return next(found[2] for found in findings(text) if found[0] == word)


# --- jargon: replacements that did not fit the sentence (now advice, or another word)


def test_huruvida_after_om_is_advice() -> None:
    text = "Handläggaren fattar därefter beslut om huruvida behovet kan tillgodoses på annat sätt."
    assert replacement(text, "huruvida") == ()  # *beslut om om behovet*
    assert replacement("Vi vet inte huruvida du får stöd.", "huruvida") == ("om",)


def test_pafora_with_indirect_object_is_advice() -> None:
    assert replacement("Skatteverket påför Nordkust Fastighetsservice AB skattetillägg med 18 600 kr.", "påför") == ()
    assert "påför" in texts("Skatteverket påför bolaget skattetillägg.")


def test_oriktig_in_a_sentence_citing_a_statute_is_not_replaced() -> None:
    text = "Enligt 49 kap. 4 § SFL ska skattetillägg tas ut om en oriktig uppgift har lämnats."
    assert replacement(text, "oriktig") == ()
    assert replacement("Du har lämnat en oriktig uppgift i deklarationen.", "oriktig") == ("felaktig",)


@pytest.mark.parametrize(
    "text",
    [
        "Anståndet kan återkallas om betalning inte erläggs enligt planen.",
        "Anståndet kan komma att återkallas i det fall att betalning inte erläggs i enlighet med planen.",
    ],
)
def test_erlagga_with_betalning_as_subject_is_not_betalas(text: str) -> None:
    assert replacement(text, "erläggs") == ()  # --fix's second round wrote *betalning inte betalas*


def test_erlagga_with_another_subject_is_still_replaced() -> None:
    assert replacement("Avgiften erläggs senast den 30 april.", "erläggs") == ("betalas",)


def test_i_nara_anslutning_till_before_a_clause_is_advice() -> None:
    text = "Uppgifterna ska rapporteras till Skatteverket i nära anslutning till att fakturan utfärdas."
    assert findings(text)[0][1:] == ("kort efter / i samband med", ())
    assert replacement("Parkeringen ligger i nära anslutning till entrén.", "i nära anslutning till") == ("nära",)


@pytest.mark.parametrize(
    "text",
    [
        "Inför mötet ska följande handlingar tillhandahållas: huvudbok och verifikationer.",
        "Handlingarna ska i första hand tillhandahållas i elektronisk form.",
    ],
)
def test_documents_are_lamnade_not_given(text: str) -> None:
    assert replacement(text, "tillhandahållas") == ("lämnas",)


def test_tillhandahalla_otherwise_keeps_ge() -> None:
    assert replacement("Kommunen ska tillhandahålla lokaler.", "tillhandahålla") == ("ge",)


def test_pavisad_is_hittad_not_visad() -> None:
    found = [f for f in findings("Ej påvisad") if f[0] == "påvisad"]
    assert found == [("påvisad", "hittad / visad", ())]


# --- jargon: missed words and phrases


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Vi har ändrat underlaget som angivits i ansökan avseende den beräknade omsättningen.", "avseende"),
        ("Skulden lämnas till Kronofogden utan föregående underrättelse till den skattskyldige.", None),
        ("Du ska betala övriga skatter som förfaller till betalning i rätt tid.", "förfaller till betalning"),
        ("Vi gör ett inspektionsprotokoll som tillsänds fastighetsägaren.", "tillsänds"),
        ("Om du inte kan komma, vänligen meddela detta till din biståndshandläggare.", "vänligen meddela"),
        ("Du har inkomster av betydande omfattning.", "av betydande omfattning"),
        ("Om slambilen inte kan tömma debiteras en avgift för bomkörning om 650 kronor.", "om"),
    ],
)
def test_missed_jargon_is_flagged(text: str, flagged: str | None) -> None:
    assert (flagged or "utan föregående underrättelse") in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reglerna skiljer sig i detta avseende från de gamla.",
        "Det är bättre i ekonomiskt avseende.",
        "Vi pratade för länge om 650 kronor.",
    ],
)
def test_other_uses_are_left(text: str) -> None:
    assert texts(text) == []


def test_avgift_om_after_for_x_is_pa() -> None:
    text = "Om slambilen inte kan tömma debiteras en avgift för bomkörning om 650 kronor."
    assert replacement(text, "om") == ("på",)


# --- abbreviations


@pytest.mark.parametrize(
    "text",
    [
        "Pappersblanketten SKV 4809 kommer att tas bort.",
        "Betala till bankgiro 5050-1055 och ange ditt OCR-nummer 1958021244170.",
        "Om du inte är nöjd kan du överklaga beslutet.\n\nMed vänlig hälsning\n\nAnders Lind  \n"
        "VA-ingenjör, Norrby Vatten AB  \n0300-123 60, anders.lind@norrbyvatten.se\n",
    ],
)
def test_designations_and_everyday_acronyms_are_not_flagged(text: str) -> None:
    assert texts(text, "abbreviation") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Frågan kommer att tas upp vid nästa APT.", "APT"),  # a-p-t spread over *att tas upp* spells no name
        ("Beslutet gäller enligt LSS 9 § för dig.", "LSS"),  # a section, no form number
        ("Kontakta vår VA-ingenjör om du har frågor om anslutningen till nätet.", "VA"),  # a title in a sentence
        ("Grupperna träffas 6 ggr på tisdagar.", "ggr"),
    ],
)
def test_unexplained_abbreviations_are_flagged(text: str, flagged: str) -> None:
    assert flagged in texts(text, "abbreviation")


def test_ggr_is_ganger() -> None:
    assert findings("Grupperna träffas 6 ggr på tisdagar.", "abbreviation") == [("ggr", "gånger", ("gånger",))]


def test_a_name_spelled_out_before_still_explains() -> None:
    assert texts("Den europeiska rymdorganisationen ESA skickar upp satelliten.", "abbreviation") == []


def test_a_document_kept_available_is_not_lamnad() -> None:
    found = findings("Handlingarna ska tillhandahållas på webbplatsen.")
    assert found and found[0][2] != ("lämnas",)  # available there, not handed in


def test_a_body_named_by_a_short_acronym_still_explains() -> None:
    text = "Vid WHO:s generalförsamling – WHA77 – avslutades förhandlingarna. En särskild session av WHA kan behövas."
    assert texts(text, "abbreviation") == []
