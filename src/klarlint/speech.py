"""Quoted speech: where a text gives someone else's words, which rules treat apart from the writer's own prose.

A press release quotes its minister (*– Vi skärper straffen, säger justitieministern.*), a decision quotes a law.
The writer cannot simply reword a quotation, so a rule that suggests other words says so there, or keeps quiet.
Three signs, each read from the reader's marks or the paragraph's own text, never by re-reading a file:

- the reader marked the passage as quoted, or it stands between quotation marks (:meth:`Block.in_quotation`);
- the paragraph is a reply: it opens with a dash, or a reader dropped that dash (or a hyphen) as a list bullet
  and the paragraph has a speaker tag (*, säger hon*) — all of it but the tag itself (*, säger ministern*);
- a quotation opened after a colon (*lyder: ”…*) or at the paragraph's start (a quotation over several paragraphs)
  that the paragraph does not close.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from klarlint.analysis import Analysis
from klarlint.document import Block

# A paragraph that opens with a dash is reported speech (*– Antisemitismen måste kvävas, säger ministern.*).
REPLY_DASHES = ("–", "—", "−")  # en dash, em dash, and the minus sign some editors type for one (round 93)
# A reader takes a dash line for a list item and drops the dash: then the speaker tag decides. A hyphen too (*- Det
# är angeläget, säger ministern.*): a page that types its reply dashes as hyphens has them read as bullets.
LIST_DASHES = (*REPLY_DASHES, "-")
SPEAKER_TAG = re.compile(
    r",\s*(?:säger|sa|sade|skriver|betonar|konstaterar)\s+\w"
    # the comma left out before a title or a name (*… och hälsovård säger energi- och näringsminister Ebba Busch.*;
    # round 72, blind: false, the tag's words counted in a long sentence)
    r"|\ssäger\s+(?:(?:[\w-]+\s+){0,3}?[\w-]*(?:minister|ordförande|direktör|chef)\b|(?-i:[A-ZÅÄÖ][\w-]*\s+[A-ZÅÄÖ]))",
    re.IGNORECASE,
)
# *juryns motivering lyder: ”… där aktivister attackeras …*: a quotation opened after a colon that goes on past the
# paragraph (its closing mark in a later paragraph, or none).
OPENING_QUOTE_MARKS = frozenset("”“„»")
OPENING_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(OPENING_QUOTE_MARKS))) + "]")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def is_reply(analysis: Analysis, block: Block) -> bool:
    """Reported speech: a paragraph that opens with a dash, or a dash line with a speaker tag (*, säger hon*)."""
    if block.text.lstrip().startswith(REPLY_DASHES):
        return True
    # The three characters before the block hold the marker a reader dropped (a list bullet). A rule that asks this
    # is still block-local for the language server: removing or adding the marker changes the block's kind, which is
    # part of the key it re-checks blocks by (klarlint.lsp.rule_cache).
    start = block.to_source(0)
    before = analysis.document.source[max(0, start - 3) : start]
    return any(dash in before for dash in LIST_DASHES) and SPEAKER_TAG.search(block.text) is not None


def opening_marks(text: str) -> list[int]:
    """Where the paragraph's opening quotation marks are, in order."""
    return [match.start() for match in OPENING_QUOTE_MARK.finditer(text)]


def in_open_quotation(text: str, marks: list[int], start: int) -> bool:
    """``start`` follows a quotation mark that this paragraph does not close, opened after a colon (*lyder: ”…*) or
    at the paragraph's start: a quotation over several paragraphs opens each with a mark and closes only the last
    (*”Den som skall erhålla bistånd …* ¶ *”Ansökan skall lämnas … ”*). ``marks``: the paragraph's opening
    quotation marks (:func:`opening_marks`)."""
    before = bisect_left(marks, start)
    if before % 2 == 0 or before < len(marks):
        return False
    lead = text[: marks[before - 1]].rstrip()
    return lead.endswith(":") or not lead


def in_quoted_speech(analysis: Analysis, index: int, start: int, end: int) -> bool:
    """Whether text ``[start, end)`` of block ``index`` gives someone else's words (see the module's doc). What a
    paragraph needs for it is found once per analysis and paragraph: a rule asks per word."""
    known = analysis.memo("speech", _per_block)
    if index not in known:
        known[index] = _speech(analysis, index)
    reply, marks, tags = known[index]
    if analysis.in_quotation(index, start, end):
        return True
    if reply:
        return not any(tag_start <= start < tag_end for tag_start, tag_end in tags)
    return in_open_quotation(analysis.document.blocks[index].text, marks, start)


def speaker_tags(text: str) -> list[tuple[int, int]]:
    """Where a reply names its speaker: from the tag's comma to the end of its sentence (*, säger Erik Slottner,
    äldre- och digitaliseringsminister.*): the writer's words, not the speaker's."""
    spans = []
    for match in SPEAKER_TAG.finditer(text):
        end = next((m.end() for m in SENTENCE_END.finditer(text, match.end())), len(text))
        spans.append((match.start(), end))
    return spans


def _per_block(_analysis: Analysis) -> dict[int, tuple[bool, list[int], list[tuple[int, int]]]]:
    return {}


def _speech(analysis: Analysis, index: int) -> tuple[bool, list[int], list[tuple[int, int]]]:
    block = analysis.document.blocks[index]
    reply = is_reply(analysis, block)
    return reply, opening_marks(block.text), speaker_tags(block.text) if reply else []
