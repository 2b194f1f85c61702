"""A finding in someone else's words: what a rule's ``quoted`` option (or a rule file's ``quoted`` field) makes of it.

A minister's quote in a press release is the minister's: a writer changes it only if the speaker agrees. Blind
readings of issue 13 judged most findings inside quotations wrong as the writer's own (jargon, long words, light
verb phrases), and right as information that says where they stand. Where quoted speech is: :mod:`klarlint.speech`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from klarlint.analysis import Analysis
from klarlint.rules.base import OptionSpec, RuleFinding, Severity
from klarlint.speech import in_quoted_speech

QUOTED_CHOICES = ("info", "warning", "off")
QUOTED_NOTE = "Det står i ett citat: ändra det bara om den som citeras går med på det."
QUOTED_OPTION = OptionSpec(
    str,
    "allvarlighetsgrad i ett citat (någon annans ord, till exempel en minister i ett pressmeddelande): info, "
    "warning (som annan text) eller off",
    choices=QUOTED_CHOICES,
)


def as_quoted(analysis: Analysis, finding: RuleFinding, options: Mapping[str, Any]) -> RuleFinding | None:
    """``finding`` (placed at its block) as the option ``quoted`` says when it stands in quoted speech: information
    with the advice, the note and no replacement (a quotation is not reworded by --fix, quick fixes or Word), nothing
    (``off``), or as it is (``warning``: the rule treats a quotation as any other text)."""
    quoted = str(options.get("quoted", "warning"))
    if quoted == "warning" or not in_quoted_speech(analysis, finding.block, finding.start, finding.end):
        return finding
    if quoted == "off":
        return None
    return replace(finding, message=f"{finding.message} {QUOTED_NOTE}", severity=Severity.INFO, replacements=())
