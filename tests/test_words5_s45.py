"""Word lists in session 45, fifth wave (a writer's re-test of government texts): *Om så inte skett* → *Annars*
(a replacement only where the main clause's verb follows at once), and *kan komma att* → *kan* (with words between,
*kan hyresavtalet komma att sägas upp*, advice to strike *komma att*); the future *kommer att* and *komma att tänka
på* left alone."""

from __future__ import annotations

import pytest

from conftest import lint_text


def found(text: str, rule: str = "jargon") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, suggestion, replacements) of the rule's findings."""
    return [(f.text, f.suggestion, f.replacements) for f in lint_text(text).findings if f.rule == rule]


def spans(text: str) -> list[str]:
    return [span for span, _, _ in found(text)]


# --- 1. Om så inte sker ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Om så inte skett kan hyresavtalet sägas upp.", "Om så inte skett"),
        ("Om så ej sker kommer pausen att förlängas.", "Om så ej sker"),
        ("Om så inte har skett får du en påminnelse.", "Om så inte har skett"),
        ("Vi säger upp avtalet om så inte sker.", "om så inte sker"),
    ],
)
def test_om_sa_inte_sker_before_the_verb_is_annars(text: str, span: str) -> None:
    expected = "Annars" if span[0].isupper() else "annars"
    assert (span, expected, (expected,)) in found(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Om så inte sker inom en månad avslutas ärendet.", "Om så inte sker"),
        ("Om så inte skett, kan hyresavtalet sägas upp.", "Om så inte skett"),
    ],
)
def test_om_sa_inte_sker_with_more_after_is_advice(text: str, span: str) -> None:
    assert (span, "Annars", ()) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Om det inte sker kan avtalet sägas upp.", "Vi vet inte om så sker.", "Om så är fallet kan du ansöka."],
)
def test_other_conditions_are_no_om_sa_inte_sker(text: str) -> None:
    assert not any(span.lower().startswith("om så inte") for span in spans(text))
    assert "annars" not in [s.lower() for _, s, _ in found(text) if s]


# --- 2. kan komma att ---------------------------------------------------------------------------------------------


def test_kan_komma_att_is_kan() -> None:
    assert found("Vi kan komma att begära in dem.") == [("kan komma att", "kan", ("kan",))]


@pytest.mark.parametrize(
    ("text", "span", "form"),
    [
        ("Det kunde komma att dröja.", "kunde komma att", "kunde"),
        ("Reglerna skulle kunna komma att ändras.", "kunna komma att", "kunna"),
    ],
)
def test_other_forms_of_kunna_komma_att(text: str, span: str, form: str) -> None:
    assert found(text) == [(span, form, (form,))]


@pytest.mark.parametrize(
    "text", ["Annars kan hyresavtalet komma att sägas upp.", "Därför kunde vissa regler komma att ändras."]
)
def test_kan_subject_komma_att_is_advice_to_strike(text: str) -> None:
    assert found(text) == [("komma att", None, ())]


@pytest.mark.parametrize(
    "text",
    [
        "Priserna kommer att stiga nästa år.",
        "Vi kommer att begära in dem.",
        "Jag kan komma att tänka på det senare.",
        "Det kan hända att priserna kommer att stiga.",
        "Du kan se hur det kommer att bli.",
        "Beslutet kan överklagas. Priset kommer att höjas.",
        "Ärendet kan inte avgöras förrän det är klart vem som kommer att betala.",
    ],
)
def test_future_kommer_att_is_left_alone(text: str) -> None:
    assert not any("komma att" in span or "kommer att" in span for span in spans(text))
