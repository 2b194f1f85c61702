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

# Marks that set off a word talked about, not used: *”t.ex.”*, *”och/eller”*, Markdown's ``*bl.a.*``.
MENTION_MARKS = frozenset("”“\"'*_")
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
        if not in_quoted_speech(analysis, finding.block, finding.start, finding.end) or _set_off_alone(
            analysis, finding
        ):
            kept.append(finding)
        elif quoted != "off":
            note = f"{finding.message} {QUOTED_NOTE}"
            kept.append(replace(finding, message=note, severity=Severity.INFO, replacements=()))
    return kept


def _set_off_alone(analysis: Analysis, finding: RuleFinding) -> bool:
    """Whether the finding's words are a term in quotation marks of their own in the writer's own sentence (*skapar vi
    ett ”business case”*): the marks set the term off, nobody is quoted (round 153 judged the note *Det står i ett
    citat* false there). Inside a reply or a longer quotation (*– Vi vill ha ”feedback”, säger ministern.*) they
    stay someone's words; a term that opens its block may open a quotation, so it stays one too."""
    text = analysis.document.blocks[finding.block].text
    before = finding.start - 1
    if before < 1 or text[before] not in '”“"' or text[finding.end : finding.end + 1] not in ("”", "“", '"'):
        return False
    return not in_quoted_speech(analysis, finding.block, before - 1, before)


def is_mention(analysis: Analysis, block: int, start: int, end: int) -> bool:
    """Whether text ``[start, end)`` of block ``block`` is a word set off by quotation marks or emphasis as a whole
    (*Skriv inte ”10.000”*, *Förkortningen ”resp.”*, *Initialord som ”AFS”*): the word is talked about, not used, and
    no rule asks to change it (abbreviation's rule since long; and-or, numbers-and-dates and acronyms since session
    42, where the explain tester found them warning about the examples of the explanations themselves). Read in the
    source: Markdown's emphasis marks are not in the block's text."""
    source = analysis.document.source
    source_start, source_end = analysis.document.blocks[block].source_span(start, end)
    before = source[source_start - 1 : source_start] if source_start > 0 else ""
    after = source[source_end : source_end + 1]
    return before in MENTION_MARKS and after in MENTION_MARKS and bool(before) and bool(after)
