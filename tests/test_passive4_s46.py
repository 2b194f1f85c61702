"""passive-voice, session 46 round 4 (writer's re-test 7): a source's *av* phrase hides the doer, modals in capitals,
and *sparas* in the present (real model)."""

from __future__ import annotations

from conftest import passive_finding as finding

# --- 1. *beställts av vår entreprenör*: the supplier is the source, the one who ordered is hidden -----------------


def test_a_suppliers_av_phrase_hides_who_ordered() -> None:
    # the message had said the text names the doer (*vår entreprenör*), as information
    found = finding("Hej Anna! Arbetet har beställts av vår entreprenör. Vi hör av oss.", "beställts", genre="brev")
    assert found.severity == "warning"
    assert "vår entreprenör" not in found.message and "döljer vem som gör något" in found.message
    assert found.suggestion == "Skriv aktivt, till exempel ”Vi har beställt arbetet av vår entreprenör …”"


def test_another_suppliers_av_phrase_asks_who() -> None:
    found = finding("Hej Anna! Arbetet har beställts av en entreprenör. Vi hör av oss.", "beställts", genre="brev")
    assert found.severity == "warning"
    assert "(Vem?) har beställt arbetet av en entreprenör" in (found.suggestion or "")


def test_a_buyer_named_by_av_is_the_doer() -> None:
    ordered = finding("Hej Anna! Arbetet har beställts av regeringen. Vi hör av oss.", "beställts", genre="brev")
    assert ordered.severity == "info" and "(”regeringen”)" in ordered.message
    bought = finding("Tjänsten köps av privatpersoner.", "köps", genre="webbsida")
    assert bought.severity == "info" and "”privatpersoner”" in bought.message


# --- 2. *BÖR*, *SKA* in a requirement list: the modal, not a name and the subject --------------------------------

POLICY = "# Riktlinje för sociala medier\n\nKraven anges med SKA och BÖR.\n\n"


def test_a_modal_in_capitals_is_kept_in_the_example() -> None:
    # the example had been *(Vem?) avslutar …*, without *bör*
    found = finding(POLICY + "3.6 Konton som inte har använts på sex månader BÖR avslutas.\n", "avslutas")
    assert "(Vem?) bör avsluta" in (found.suggestion or "")


def test_a_modal_in_capitals_is_no_subject() -> None:
    # the example had been *(Vem?) anpassar BÖR …*
    found = finding(POLICY + "3.7 Inlägg BÖR skrivas i klarspråk och anpassas till mottagarna.\n", "anpassas")
    assert "(Vem?) bör anpassa" in (found.suggestion or "") and "BÖR" not in (found.suggestion or "")


def test_a_name_in_capitals_stays_the_subject() -> None:
    found = finding("IVO ska informeras om beslutet.", "informeras", genre="dokument")
    assert "(Vem?) ska informera IVO" in (found.suggestion or "")


# --- 3. *sparas* in the present: *spara* has a past in *-ade*, so its s-form is the present too -------------------

LETTER = "Hej Anna! Vi har fått din ansökan. "


def test_personal_data_stored_gets_the_senders_example() -> None:
    # the suggestion had been only *Skriv aktivt och säg vem som gör det.* (the lexicon's *spars* made *sparas* an
    # infinitive that needed a modal)
    found = finding(LETTER + "Personuppgifterna sparas i två år.", "sparas", genre="brev")
    assert found.suggestion == "Skriv aktivt, till exempel ”Vi sparar personuppgifterna …”"


def test_an_infinitive_only_verb_still_needs_its_modal() -> None:
    # *införas* is no present (*införs*): where the chain did not reach the modal, no example in the present
    found = finding(
        "Därtill ska obligatoriska och harmoniserade system för alla medlemsstater i hela unionen och för Norge "
        "införas.",
        "införas",
        genre="dokument",
    )
    assert found.suggestion == "Skriv aktivt och säg vem som gör det."


def test_a_question_word_in_a_phrase_before_the_verb_gives_no_example() -> None:
    # with *sparas* a present, *Hur länge sparas uppgifterna?* had become *(Vem?) sparar uppgifterna …* and, on a page
    # to the reader, *Spara uppgifterna …*: the question was lost
    assert finding("Hur länge sparas uppgifterna?", "sparas").suggestion == "Skriv aktivt och säg vem som gör det."
    page = "Vi behandlar dina uppgifter enligt lagen. Hur länge sparas uppgifterna? Det beror på ärendet."
    assert finding(page, "sparas").suggestion == "Skriv aktivt och säg vem som gör det."
    kept = finding("Hur kan beslutet överklagas?", "överklagas").suggestion or ""
    assert kept.startswith("Skriv aktivt, till exempel ”Hur kan (Vem?) överklaga beslutet")
