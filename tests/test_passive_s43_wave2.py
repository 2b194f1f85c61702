"""passive-voice: the rule's remaining items from session 43's testers (real model, spaCy only), each with a case
that must keep its finding or example."""

from __future__ import annotations

from conftest import lint_text


def finding(text: str, word: str, **settings: str):  # noqa: ANN201 (a Finding)
    result = lint_text(text, **settings)
    found = [f for f in result.findings if f.rule == "passive-voice" and text[f.start : f.end].startswith(word)]
    assert len(found) == 1, found
    return found[0]


def test_an_emoji_is_never_the_doer() -> None:
    # language-server tester s43 §4: the parse made *🎉* the phrase's noun, with *nämnden* hung on it
    text = "Beslutet fattas av nämnden 🎉 och sedan skickas det till dig."
    found = finding(text, "fattas")
    assert "(”nämnden”)" in found.message and "🎉" not in found.message
    assert found.suggestion == "Skriv aktivt, till exempel ”Nämnden beslutar …”"
    # an emoji alone after *av* names no one in words: the doer is asked for
    alone = finding("Ansökan granskas av 👮 varje vecka.", "granskas")
    assert alone.severity == "warning" and "👮" not in alone.message + (alone.suggestion or "")
    assert alone.suggestion == "Skriv aktivt, till exempel ”(Vem?) granskar ansökan …”"
    # not the conjunction before it either
    assert finding("Beslutet fattas av nämnden och 🎉 sedan.", "fattas").suggestion == (
        "Skriv aktivt, till exempel ”Nämnden beslutar …”"
    )
    # must keep: a doer without an emoji, and one with an emoji after the sentence
    assert finding("Beslutet fattas av nämnden.", "fattas").suggestion == (
        "Skriv aktivt, till exempel ”Nämnden beslutar …”"
    )
    kept = finding("Ansökan granskas av nämnden 👍", "granskas")
    assert kept.suggestion == "Skriv aktivt, till exempel ”Nämnden granskar ansökan …”"
