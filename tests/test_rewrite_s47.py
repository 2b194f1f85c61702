"""passive-voice's active examples and the sentences it reads, session 47 (the writer's and the agency's re-tests): a
particle the parse hung on the subject goes with the verb, a street's name keeps its capital, a school's genitive is
no passive, and *12 §* stays in its sentence (real model, spaCy only)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from conftest import passive_finding as finding

# --- 1. a particle after the subject goes right after the verb ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "example"),
    [
        (
            "För handläggningen av ärendet tas en timavgift ut enligt kommunens taxa.",
            "”(Vem?) tar ut en timavgift …”",
        ),
        (
            "Om lokalen inte är städad tas en städavgift på 1 500 kronor ut.",
            "”(Vem?) tar ut en städavgift på 1 500 kronor …”",
        ),
        ("För handläggningen tas en timavgift ut enligt kommunens taxa.", "”(Vem?) tar ut en timavgift …”"),
        ("I maj tas ett nytt program fram.", "”(Vem?) tar fram ett nytt program …”"),
    ],
)
def test_a_particle_after_the_subject_follows_the_verb(text: str, example: str) -> None:
    # the examples had been *(Vem?) tar en timavgift ut …*, *(Vem?) tar en städavgift på 1 500 kronor ut*
    found = finding(text, "tas", genre="beslut")
    assert example in found.suggestion


@pytest.mark.parametrize(
    ("text", "verb", "example"),
    [
        ("Därefter fasas den tidigare strategin ut.", "fasas", "”(Vem?) fasar ut den tidigare strategin …”"),
        ("Avtalet sägs upp av kommunen.", "sägs upp", "”Kommunen säger upp avtalet …”"),
        ("Här byggs en väg ut till ön.", "byggs", "”(Vem?) bygger en väg ut till ön …”"),  # a way out, no particle
    ],
)
def test_a_particle_right_after_the_verb_is_unchanged(text: str, verb: str, example: str) -> None:
    assert example in finding(text, verb, genre="brev").suggestion


# --- 2. a street's name keeps its capital in the object ------------------------------------------------------------


def test_a_street_name_keeps_its_capital() -> None:
    # the example had been *(Vem?) stänger av kungsgatan mellan Torget och Järnvägsgatan …*
    text = "Kungsgatan mellan Torget och Järnvägsgatan stängs av för biltrafik från måndag."
    assert "stänger av Kungsgatan mellan Torget och Järnvägsgatan" in finding(text, "stängs", genre="brev").suggestion


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Gågatan stängs av under tre veckor.", "stänger av gågatan"),
        ("Vägen stängs av under tre veckor.", "stänger av vägen"),
    ],
)
def test_a_common_word_is_still_lowered(text: str, example: str) -> None:
    assert example in finding(text, "stängs", genre="brev").suggestion


# --- 3. a school's genitive before a noun is no passive -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Inbjudan till dialog om Norrby skolas framtid",
        "Mötet hålls i Norrby skolas matsal klockan 18.",
        "Det gäller Norrby skolas nya matsal.",
    ],
)
def test_a_schools_genitive_is_no_passive(text: str) -> None:
    # each had a passive finding on *skolas*
    found = [f for f in lint_text(text, genre="brev").findings if f.rule == "passive-voice"]
    assert not [f for f in found if text[f.start : f.end].startswith("skolas")]


@pytest.mark.parametrize(
    "text",
    ["Eleverna på Norrby skola skolas in i augusti.", "Personalen skolas i de nya rutinerna."],
)
def test_the_verb_skola_is_still_a_passive(text: str) -> None:
    assert finding(text, "skolas", genre="brev")


# --- 4. *12 §* stays in its sentence -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bidraget kan återkrävas enligt 12 § förordningen om bidrag till kulturmiljövård.",
        "Det följer av 12 § förordningen om bidrag till kulturmiljövård, som gäller alla.",
    ],
)
def test_a_section_sign_after_a_number_stays_in_the_sentence(text: str) -> None:
    # the model had cut both between *12* and *§*
    assert _sentences(text) == [text]


def test_a_long_sentence_is_counted_whole() -> None:
    # the finding had ended at *föreskrivs i 12* and said 39 words
    text = (
        "Om villkoren inte följs eller om redovisningen inte har inkommit i tid kan beslut komma att fattas om att "
        "bidraget helt eller delvis inte betalas ut eller att redan utbetalt bidrag återkrävs, i enlighet med vad som "
        "föreskrivs i 12 § förordningen om bidrag till kulturmiljövård, varvid även ränta kan komma att tas ut."
    )
    found = [f for f in lint_text(text, genre="beslut").findings if f.rule == "long-sentence"]
    assert [(f.start, f.end) for f in found] == [(0, len(text))]
    assert "52 ord" in found[0].message


def test_a_section_sign_after_a_full_stop_opens_a_sentence() -> None:
    assert _sentences("Avgiften är 12. § 3 gäller inte.") == ["Avgiften är 12.", "§ 3 gäller inte."]


def _sentences(text: str) -> list[str]:
    from klarlint.nlp.backend import SpacyBackend
    from klarlint.nlp.model import load_model

    analysis = SpacyBackend(load_model()).analyze([text])[0]
    return [text[s.char_start : s.char_end] for s in analysis.sentences]
