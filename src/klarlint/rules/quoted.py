"""A finding in someone else's words: what a rule's ``quoted`` option (or a rule file's ``quoted`` field) makes of it.

A minister's quote in a press release is the minister's: a writer changes it only if the speaker agrees. Blind
readings of issue 13 judged most findings inside quotations wrong as the writer's own (jargon, long words, light
verb phrases), and right as information that says where they stand. Where quoted speech is: :mod:`klarlint.speech`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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


def quoted_findings(
    analysis: Analysis, findings: Iterable[RuleFinding], options: Mapping[str, Any]
) -> list[RuleFinding]:
    """``findings`` (placed at their blocks) as the option ``quoted`` says for those that stand in quoted speech:
    information with the advice, the note and no replacement (a quotation is not reworded by --fix, quick fixes or
    Word), left out (``off``), or as they are (``warning``: the rule treats a quotation as any other text)."""
    quoted = str(options.get("quoted", "warning"))
    if quoted == "warning":
        return list(findings)
    kept = []
    for finding in findings:
        if not in_quoted_speech(analysis, finding.block, finding.start, finding.end):
            kept.append(finding)
        elif quoted != "off":
            note = f"{finding.message} {QUOTED_NOTE}"
            kept.append(replace(finding, message=note, severity=Severity.INFO, replacements=()))
    return kept
