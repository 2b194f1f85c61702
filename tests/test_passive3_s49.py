"""passive-voice, session 49 (the lead): an *av* phrase after a personal pronoun object names the doer."""

from __future__ import annotations

from klarlint import lint_text
from klarlint.config import Config


def passives(text: str) -> list[tuple[str, str, str]]:
    report = lint_text(text, config=Config(genre="beslut"))
    return [(f.text, f.severity.value, f.message) for f in report.findings if f.rule == "passive-voice"]


def test_av_after_a_personal_pronoun_names_the_doer() -> None:
    """*inte har delgivits dig av bolaget, varför …* (legal re-test s49): the parse hangs *av bolaget* on *dig*, and
    the comma before *varför* opens a clause, not a list of doers; it had been a warning that the doer was hidden."""
    [(text, severity, message)] = passives(
        "Det har framkommit i målet att någon sådan underrättelse inte har delgivits dig av bolaget, varför "
        "förutsättningar för avhysning inte finns."
    )
    assert (text, severity) == ("delgivits", "info") and "”bolaget”" in message


def test_av_a_reason_after_a_pronoun_is_no_doer() -> None:
    [(text, severity, message)] = passives("Brevet har skickats dig av misstaget i växeln.")
    assert (text, severity) == ("skickats", "warning") and "döljer" in message
