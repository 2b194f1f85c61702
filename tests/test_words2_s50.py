"""Words whose plain alternative is advice, not a one-click replacement (fix re-test s50): *anstånd* is the term the
reader must ask for by name (*ansöka om anstånd → ansöka om mer tid* repeated *mer tid* and lost it), and *härvid* /
*därvid* → *Då* reads as "then" (*Härvid har uppgifter inhämtats*)."""

from __future__ import annotations

import pytest

from klarlint import lint_text


def jargon(text: str) -> list:
    return [f for f in lint_text(text).findings if f.rule == "jargon"]


@pytest.mark.parametrize(
    ("text", "words", "suggestion"),
    [
        ("Om ni behöver mer tid kan ni ansöka om anstånd hos Skatteverket.", "anstånd", "mer tid"),
        ("Härvid har uppgifter hämtats från registret.", "Härvid", "Då / I det här fallet"),
        ("Nämnden har därvid beaktat yttrandet.", "därvid", "då / vid det tillfället"),
    ],
)
def test_still_flagged_as_advice_without_a_replacement(text: str, words: str, suggestion: str) -> None:
    [found] = [f for f in jargon(text) if f.text == words]
    assert found.suggestion == suggestion
    assert not found.replacements  # nothing for --fix, Word's tracked changes or the page's one-click fix


def test_fix_leaves_anstand_as_written(tmp_path) -> None:
    from klarlint.cli import main

    path = tmp_path / "brev.txt"
    path.write_text("Du kan ansöka om anstånd med betalningen.\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main([str(path), "--fix", "--quiet"])
    assert path.read_text(encoding="utf-8") == "Du kan ansöka om anstånd med betalningen.\n"


@pytest.mark.parametrize(
    "text",
    ["Blanketten tillhandahålls på vår webbplats.", "Blanketterna tillhandahålls i receptionen."],
)
def test_a_form_kept_somewhere_finns(text: str) -> None:
    # verification s50: *tillhandahålls på vår webbplats* → *ges* (a one-click fix); it means *finns*
    [found] = jargon(text)
    assert found.suggestion == "finnas" and not found.replacements
    assert "”Blanketten finns på vår webbplats”" in found.message


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Kommunen tillhandahåller blanketter på webbplatsen.", "ger / erbjuder"),  # the active: given
        ("Följande handlingar ska tillhandahållas.", "lämnas"),  # documents handed to us
        ("Tolk tillhandahålls av kommunen.", "ges / erbjuds"),
    ],
)
def test_other_uses_keep_their_alternatives(text: str, suggestion: str) -> None:
    [found] = jargon(text)
    assert found.suggestion == suggestion
