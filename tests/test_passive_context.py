"""passive-voice across paragraphs (issue 13, real model).

A warning becomes information where the paragraph just before names who acts on the passive's subject, or where
the heading above (or the paragraph before) gives the assignment whose work the passive describes. Nothing further
back counts, nor a heading that names a doer of something else, nor the same verb alone after a paragraph break.
"""

from __future__ import annotations

import pytest

from klarlint.linter import analyze, lint_document
from klarlint.readers import read_text
from klarlint.rules.base import check_by_parts
from klarlint.rules.passive_voice import PassiveVoice
from rule_helpers import lint_one, only

AVDRAG = "Det framgick att Regeringskansliet skulle göra avdrag på arvodet."
KONFERENS = (
    "Den nordiska konferensen om bidragsbrott, som arrangerades av Socialdepartementet och Försäkringskassan "
    "den 6 mars, samlade många experter."
)
UPPDRAG_HEADING = "# Uppdrag till Fastighetsmäklarinspektionen att redovisa kostnader"

NAMED_IN_CONTEXT = [
    # the paragraph before: a named actor does something to the passive's subject
    ("text", f"{AVDRAG}\n\nAvdraget har gjorts, men först i november.", "gjorts"),
    ("text", f"{KONFERENS}\n\nKonferensen anordnades inom ramen för Sveriges ordförandeskap.", "anordnades"),
    ("text", "Försäkringskassan ska plocka bort ett förbud.\n\nFörbudet ska tas bort.", "tas bort"),
    # the heading above gives the assignment: its work and what it examines are the assignee's
    (
        "markdown",
        f"{UPPDRAG_HEADING}\n\nAvgiften är densamma för alla företag.\n\nDet ska även ses över om kostnaderna "
        "skiljer sig åt.",
        "ses över",
    ),
    (
        "markdown",
        "# Regeringen ger Skolverket i uppdrag att kartlägga läromedel\n\nSkolverket ska också följa utvecklingen."
        "\n\nArbetet ska genomföras i samråd med Skolinspektionen.",
        "genomföras",
    ),
]

POLICY = "---\ntyp: dokument\n---\n"  # the sender's own kind of text: a passive that hides its doer warns there

STILL_WARNINGS = [
    # the same passives with no context
    ("text", "Avdraget har gjorts, men först i november.", "gjorts"),
    ("text", "Konferensen anordnades inom ramen för Sveriges ordförandeskap.", "anordnades"),
    (
        "markdown",
        f"{POLICY}# Fastighetsmäklarinspektionens avgifter\n\nDet ska även ses över om kostnaderna skiljer sig åt.",
        "ses över",
    ),
    # named two paragraphs back: not where the reader needs it
    (
        "text",
        f"{AVDRAG}\n\nStatsministern reste till Washington.\n\nAvdraget har gjorts, men först i november.",
        "gjorts",
    ),
    # a heading that names a doer but gives no assignment
    (
        "markdown",
        f"{POLICY}# Regeringen stärker Tullverkets befogenheter\n\nTullverket har en nyckelroll i arbetet."
        "\n\nSamtidigt behöver Tullverkets befogenheter stärkas ytterligare.",
        "stärkas",
    ),
    # the same verb alone after a paragraph break: another act
    ("text", "Kommunen behandlar ansökningar om bygglov i maj.\n\nÖverklaganden behandlas i juni.", "behandlas"),
    # something new (an amount), not the thing named before
    (
        "text",
        "Regeringen har avsatt 216 miljoner kronor för skolbibliotek.\n\nDärför avsattes 1,2 miljoner kronor till "
        "statistiken.",
        "avsattes",
    ),
    # the subject before is no actor (*Syftet*)
    ("text", "Syftet med utredningen är att plocka bort ett förbud.\n\nFörbudet ska tas bort.", "tas bort"),
]


def _severity(fmt: str, text: str, word: str, options: dict | None = None) -> list[str]:
    return [str(f.severity) for f in lint_one("passive-voice", text, fmt, options).findings if f.text == word]


@pytest.mark.parametrize(("fmt", "text", "word"), NAMED_IN_CONTEXT)
def test_a_doer_named_in_the_paragraph_before_or_an_assignment_in_the_heading_makes_information(
    fmt: str, text: str, word: str
) -> None:
    assert _severity(fmt, text, word) == ["info"]
    [finding] = [f for f in lint_one("passive-voice", text, fmt).findings if f.text == word]
    assert "rubriken eller stycket före" in finding.message and finding.suggestion is None
    assert _severity(fmt, text, word, {"generic": "off"}) == []  # information follows the option
    assert _severity(fmt, text, word, {"generic": "warning"}) == ["warning"]


@pytest.mark.parametrize(("fmt", "text", "word"), STILL_WARNINGS)
def test_a_doer_further_back_or_of_something_else_leaves_the_warning(fmt: str, text: str, word: str) -> None:
    assert _severity(fmt, text, word) == ["warning"]


@pytest.mark.parametrize(("fmt", "text", "_word"), NAMED_IN_CONTEXT + STILL_WARNINGS)
def test_check_is_the_combination_of_the_block_parts(fmt: str, text: str, _word: str) -> None:
    rule = PassiveVoice()
    analysis = analyze(read_text(text, fmt))
    options = {"generic": "info"}
    assert list(rule.check(analysis, options)) == list(check_by_parts(rule, analysis, options))


def test_a_context_paragraph_edited_away_turns_the_information_back_into_a_warning() -> None:
    """What the language server's kept parts must follow: the context is another block's part."""
    config = only("passive-voice")
    before = lint_document(read_text(f"{AVDRAG}\n\nAvdraget har gjorts.", "text"), config)
    after = lint_document(read_text("Statsministern reste.\n\nAvdraget har gjorts.", "text"), config)
    assert [str(f.severity) for f in before.findings] == ["info"]
    assert [str(f.severity) for f in after.findings] == ["warning"]
