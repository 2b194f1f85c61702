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
