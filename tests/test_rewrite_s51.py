"""passive-voice's active examples, session 51 (the health, social, leisure, debt and building re-tests): *när som
helst* opens no clause, a reflexive doer cannot open the active clause, a place phrase is not the doer's, a particle
stays with its verb (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import passive_finding as finding

# --- 1. *när som helst* is an adverb, not a relative clause -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # the parse made *som* the subject: the example had been *som du återkallar …* in a main clause
        (
            "Samtycket kan när som helst återkallas av Dig, varvid fortsatt uppgiftslämnande ej får ske.",
            "återkallas",
            "”Du kan återkalla samtycket …”",
        ),
        ("Ansökan kan när som helst granskas av kommunen.", "granskas", "”Kommunen kan granska ansökan …”"),
    ],
)
def test_som_helst_opens_no_clause(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # a real relative clause stays one
        ("Det är ett samtycke som kan återkallas av dig.", "återkallas", "”som du kan återkalla …”"),
        ("Vi har ett register som granskas av kommunen.", "granskas", "”som kommunen granskar …”"),
    ],
)
def test_a_relative_clause_stays_one(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


# --- 2. a document after the doer is where the act is laid down, not where the doer belongs ----------------------


@pytest.mark.parametrize(
    ("text", "word", "doer", "active"),
    [
        # the doer had been *kommunfullmäktige i plan- och bygglovstaxan*, the example *Kommunfullmäktige i plan- och
        # bygglovstaxan beslutar …*
        (
            "Avgifterna beslutas av kommunfullmäktige i plan- och bygglovstaxan.",
            "beslutas",
            "kommunfullmäktige",
            "”Kommunfullmäktige beslutar om avgifterna …”",
        ),
        (
            "Avgifterna beslutas av styrelsen i reglementet.",
            "beslutas",
            "styrelsen",
            "”Styrelsen beslutar om avgifterna …”",
        ),
    ],
)
def test_a_document_is_not_the_doers(text: str, word: str, doer: str, active: str) -> None:
    found = finding(text, word, genre="brev")
    assert f"(”{doer}”)" in found.message
    assert active in found.suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # where the doer belongs stays with it
        ("Avgifterna beslutas av kommunfullmäktige i Malmö.", "beslutas", "”Kommunfullmäktige i Malmö beslutar "),
        ("Tillsynen utförs av Länsstyrelsen i Skåne.", "utförs", "”Länsstyrelsen i Skåne utför "),
        ("Beslutet fattas av ledamöterna i styrelsen.", "fattas", "”Ledamöterna i styrelsen "),
    ],
)
def test_where_the_doer_belongs_stays(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


# --- 3. a reflexive possessive in the doer cannot open the active clause ------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # the example had been *Sin vårdnadshavare listar barn under 18 år …*
        (
            "Barn under 18 år listas av sin vårdnadshavare.",
            "listas",
            "”Deras vårdnadshavare listar barn under 18 år …”",
        ),
        ("Eleverna hämtas av sina föräldrar.", "hämtas", "”Deras föräldrar hämtar eleverna …”"),
    ],
)
def test_a_reflexive_doer_is_theirs(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        (
            "Barn under 18 år listas av sin vårdnadshavare.",
            "listas",
            "Aktiv form med ”deras vårdnadshavare” som subjekt",
        ),
        ("Barnet listas av sin vårdnadshavare.", "listas", "Aktiv form är ofta tydligare"),
    ],
)
def test_the_message_names_no_reflexive_subject(text: str, word: str, named: str) -> None:
    message = finding(text, word, genre="brev").message
    assert named in message
    assert "med ”sin " not in message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Barnet listas av sin vårdnadshavare.", "listas"),  # *hans eller hennes* or the guardian: the writer's choice
        ("Barn under 18 år listas av sin vårdnadshavare.", "listas"),
    ],
)
def test_no_example_opens_with_sin(text: str, word: str) -> None:
    suggestion = finding(text, word, genre="brev").suggestion
    assert "”Sin " not in suggestion and "”Sina " not in suggestion and "”Sitt " not in suggestion


# --- 4. a particle stays with its verb -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # *(Vem?) bygger Ekbytorget …*: the tagger called *under* an adverb, and *om* was read as its preposition
        (
            "Ekbytorget byggs om under 2027 och blir en ny mötesplats i stadsdelen.",
            "byggs",
            "”(Vem?) bygger om Ekbytorget",
        ),
        # *Du ska ta avfallet …*: a particle of two words
        ("Då går vi igenom med dig hur avfallet ska tas om hand.", "tas", "”Vi ska ta hand om avfallet"),
        ("Avfallet ska tas om hand av kommunen.", "tas", "”Kommunen ska ta hand om avfallet"),
        ("Systemet tas i bruk i maj.", "tas", "”(Vem?) tar i bruk systemet"),
    ],
)
def test_a_particle_stays(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


@pytest.mark.parametrize(
    ("text", "word", "active"),
    [
        # a preposition with its own phrase is no particle
        ("Förslag ska lämnas på bland annat omfattning.", "lämnas", "”Lämna förslag …”"),
        ("Hänsyn tas till om makar delar hushåll.", "tas", "”(Vem?) tar hänsyn till …”"),
        ("Avgiften tas ut om handläggningen drar ut på tiden.", "tas", "”(Vem?) tar ut avgiften"),
    ],
)
def test_a_preposition_is_no_particle(text: str, word: str, active: str) -> None:
    assert active in finding(text, word, genre="brev").suggestion


# --- 5. a passive in a clause of how gets no imperative, also the second of two -----------------------------------


def test_the_second_passive_of_a_how_clause_stays_in_it() -> None:
    # the parse made *kontrolleras* a conjunct of the main clause: the example had been *Kontrollera arbetet …*
    text = (
        "Vid samrådet går vi tillsammans med dig och din kontrollansvarige igenom hur arbetet ska planeras och "
        "kontrolleras."
    )
    suggestion = finding(text, "kontrolleras", genre="brev").suggestion
    assert "”hur du ska kontrollera" in suggestion
    assert "”Kontrollera" not in suggestion


def test_two_passives_of_a_main_clause_keep_the_imperative() -> None:
    suggestion = finding("Blanketten ska fyllas i och skickas till oss.", "skickas", genre="brev").suggestion
    assert "”Skicka blanketten …”" in suggestion
