"""Whether a link's whole text says nothing of where it leads (*läs mer*, *Ladda ner (PDF, 2 MB)*).

The rule ``link-text`` flags such links, and klarlint.prose does not take a list of them for a page's own text; both
ask here, so neither core module reads a rule's (prose.py had imported the rule's module for it). The vague texts
are a word list (wordlists/vague_link_texts.txt), read once.
"""

from __future__ import annotations

import re
from functools import cache

from klarlint.resources import read_lines, wordlist_path

# A download label alone (WCAG 2.4.4, session 46 web re-test: three *Ladda ner (PDF, 2 MB)* in one list): the verb
# or the file's kind, with the format and size in brackets; *Ladda ner taxan för 2026 (PDF, 2 MB)* names the file.
DOWNLOAD = re.compile(
    r"(?:ladda\s+(?:ner|ned)|hämta|öppna|download|pdf|word|excel|dokument(?:et)?|fil(?:en)?|bilaga(?:n)?)"
    r"(?:\s*\((?:pdf|word|excel|docx?|xlsx?|odt|rtf|zip)?[\s,]*(?:\d+(?:[,.]\d+)?\s*(?:[kmg]b|kib|mib|byte))?\))?",
    re.IGNORECASE,
)
TRIM = " \t\n.,:;!?»›→>…-–()[]\"'”“"


@cache
def vague_link_texts() -> frozenset[str]:
    """The whole link texts that say nothing on their own, lower case (wordlists/vague_link_texts.txt)."""
    return frozenset(" ".join(line.lower().split()) for line in read_lines(wordlist_path("vague_link_texts.txt")))


def normalized(text: str) -> str:
    return " ".join(text.lower().split()).strip(TRIM)


def says_nothing(text: str) -> bool:
    """Whether a whole link text says nothing of where the link leads: *läs mer*, a download label alone."""
    return normalized(text) in vague_link_texts() or DOWNLOAD.fullmatch(" ".join(text.split())) is not None
