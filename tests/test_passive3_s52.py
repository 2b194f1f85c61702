"""passive-voice, session 52's third wave: the example speaks to the reader as the letter does, where a paragraph's
address and the text's disagree (funeral and property re-tests, verify's inconsistencies) (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.linter import analyze
from klarlint.passive_rewrite import in_du_address
from klarlint.readers import read_text

DU_LETTER = (
    "Hej Anna!\n\nDu har gravrätt till grav 12 i kvarter B. Din gravrätt gäller till den 1 maj 2027.\n\n"
    "Om du inte vill behålla gravrätten kan du återlämna den till oss.\n\n{}\n\n"
    "Med vänliga hälsningar\nKyrkogårdsförvaltningen\n"
)
NI_LETTER = (
    "Hej!\n\nNi har gravrätt till grav 12 i kvarter B. Er gravrätt gäller till den 1 maj 2027.\n\n"
    "Om ni inte vill behålla gravrätten kan ni återlämna den till oss.\n\n{}\n\n"
    "Med vänliga hälsningar\nKyrkogårdsförvaltningen\n"
)


def examples(text: str, word: str) -> str:
    found = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    return " ".join(f.suggestion or "" for f in found if text[f.start : f.end].startswith(word))


@pytest.mark.parametrize(
    ("paragraph", "word", "expected"),
    [
        # funeral 02: the address-switch beside the example turns the paragraph's Ni into Du
        (
            "När gravrätten har återlämnats tar vi hand om graven. Ni har ej rätt att få tillbaka någon avgift.",
            "återlämnats",
            "När du har återlämnat",
        ),
        # property 01: a heading's Er before its noun (the address-switch says Er → Din)
        ("Er fastighet berörs av en lantmäteriförrättning", "berörs", "din fastighet"),
    ],
)
def test_example_in_the_letters_du(paragraph: str, word: str, expected: str) -> None:
    assert expected in examples(DU_LETTER.format(paragraph), word)


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # a letter that says ni throughout keeps its ni
        (
            NI_LETTER.format("När gravrätten har återlämnats tar vi hand om graven. Ni har ej rätt till någon avgift."),
            "återlämnats",
            "När ni har återlämnat",
        ),
        # a web page is no letter: its paragraphs' address is not switched
        (
            "# Gravrätt\n\nDu har gravrätt till graven. Din gravrätt gäller i 25 år.\n\n"
            "Om du inte vill behålla gravrätten kan du återlämna den till oss.\n\n"
            "När gravrätten har återlämnats tar vi hand om graven. Ni har ej rätt att få tillbaka någon avgift.\n",
            "återlämnats",
            "När ni har återlämnat",
        ),
    ],
)
def test_example_keeps_the_address(text: str, word: str, kept: str) -> None:
    assert kept in examples(text, word)


def test_a_du_paragraph_in_a_letter_to_ni() -> None:
    """A licence that says ni in three paragraphs and du in one: its example says ni (the address-switch's to-ni)."""
    text = (
        "Hej!\n\nNi har fått tillstånd att servera alkohol. Er ansökan har vi prövat.\n\n"
        "Ni ska följa alkohollagen. Ni ska se till att personalen har utbildning.\n\n"
        "Er restaurang får ha öppet till klockan 01.\n\n"
        "Om du vill ändra tillståndet ska ansökan skickas in till oss senast en månad innan.\n\n"
        "Med vänliga hälsningar\nTillståndsenheten\n"
    )
    assert "Ni ska skicka in" in examples(text, "skickas in")


def _block(text: str):  # noqa: ANN202 (a BlockAnalysis)
    return analyze(read_text(text, "text")).blocks[0]


def test_er_before_its_noun_and_as_object() -> None:
    assert in_du_address("till exempel ”En förrättning berör er fastighet …”", _block("Er fastighet berörs.")) == (
        "till exempel ”En förrättning berör din fastighet …”"
    )
    assert in_du_address("till exempel ”Vi skickar beslutet till er …”", _block("Beslutet skickas till er.")) == (
        "till exempel ”Vi skickar beslutet till dig …”"
    )


def test_an_er_after_a_verb_is_left_as_written() -> None:
    """*ger er besked* may be an object the parse reads as a possessive: no half-changed example."""
    example = "till exempel ”Ni får svar när vi ger er besked …”"
    assert in_du_address(example, _block("Vi ger er besked när ni har svarat.")) == example


# --- the sentence's own ni is the doer (permits re-test s52 03 and 04) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the question phrase after the reader's verb: the rule had found the reader, the rewrite had made it (Vem?)
        ("Ni skall inkomma med en skriftlig redogörelse för vilka åtgärder som vidtagits för att komma till rätta "
         "med de påtalade bristerna.", "vidtagits", "vilka åtgärder ni har vidtagit"),
        # how well it was done, judged beside the reader's deed
        ("Bristerna är allvarliga men ni har vidtagit åtgärder och i övrigt har serveringen skötts väl.", "skötts",
         "Ni har skött serveringen"),
    ],
)  # fmt: skip
def test_the_sentences_ni_is_the_doer(text: str, word: str, expected: str) -> None:
    assert expected in examples(text, word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the question phrase after the reader's verb, with no deed of the reader's: still (Vem?) (first wave)
        ("Ni har fått en lista över vilka träd som har fällts.", "fällts", "vilka träd (Vem?) har fällt"),
        # a manner that judges nothing: another's act beside the reader's
        ("Du har flyttat ut och lägenheten har besiktigats noggrant.", "besiktigats", "(Vem?)"),
        # what the sender handles, however well
        ("Ni har lämnat in ritningarna och de har granskats väl.", "granskats", "Vi har granskat"),
    ],
)  # fmt: skip
def test_not_the_readers_deed(text: str, word: str, expected: str) -> None:
    assert expected in examples(text, word)


# --- a thing's condition is no one's act (property re-test s52 06) ---------------------------------------------------

KITCHEN = (
    "Vi bedömer att duschen, trösklarna och rampen är nödvändiga för att du ska kunna använda bostaden. Ansökan om ny "
    "köksinredning avslås, då det av intyget inte framgår att köket är svårt för dig att använda. Därutöver är "
    "köksinredningen 35 år gammal och skulle ha behövt bytas ut p.g.a. normalt slitage."
)


def test_a_need_from_wear_is_not_the_senders() -> None:
    example = examples(KITCHEN, "bytas")
    assert "(Vem?) skulle ha behövt byta ut" in example
    assert "Vi " not in example


def test_a_need_without_wear_stays_the_senders() -> None:
    assert "Vi behöver byta ut" in examples("Hej Eva! Vi har fått din anmälan. Ledningarna behöver bytas ut.", "bytas")


# --- a fault repeated after the reader's own deeds (permits re-test s52 04) ------------------------------------------

WARNING = (
    "Ni fick en erinran i juni 2026 för liknande brister. I ert yttrande den 5 november skriver ni att personalen har "
    "gått en utbildning och att ni har anställt en extra vakt på fredagar. Nämnden ser positivt på detta. Det är dock "
    "inte tillräckligt, eftersom samma brist har upprepats efter erinran."
)


def test_a_repeated_fault_is_the_readers() -> None:
    assert "eftersom ni har upprepat samma brist" in examples(WARNING, "upprepats")


@pytest.mark.parametrize(
    "text",
    [
        "Du ringde oss i maj. Vi beklagar att samma fel har upprepats i din faktura.",  # the sender's own fault
        "Ni fick en erinran i juni. Eftersom samma kontroll har upprepats tre gånger tar vi ut en avgift.",  # no fault
    ],
)
def test_no_readers_fault(text: str) -> None:
    assert "i har upprepat" not in examples(text, "upprepats").replace("vi har upprepat", "")


# --- a passive after a passive infinitive (housing re-test s52 05) ---------------------------------------------------


def test_a_passive_after_a_clause_that_ends_in_a_passive_infinitive() -> None:
    text = (
        "Under de veckor då badrummet inte kan användas erbjuds tillgång till en evakueringslägenhet alternativt en "
        "duschvagn på gården."
    )
    assert examples(text, "erbjuds")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vi vill underlätta nyanländas etablering.", "nyanländas"),  # an active infinitive's object's genitive
        ("Syftet är att stärka Sveriges konkurrenskraft.", "Sveriges"),
    ],
)
def test_a_genitive_after_an_active_infinitive(text: str, word: str) -> None:
    found = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert not [f for f in found if text[f.start : f.end].startswith(word)]
