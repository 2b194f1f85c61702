"""``heading``: headings that end with a period, are set in capitals, or say nothing about the section.

A heading is a signpost: readers skim headings to find their part of the text.
Capitals are harder to read (every word has the same rectangular outline), a
period makes a heading look like a stray sentence, and a generic word such as
*Information* or *Övrigt* does not tell the reader what is there. Generic
headings are normal in reports with a fixed outline, so they are only info.

Only blocks a reader marked as headings are checked. The plain-text reader
takes a short line without closing punctuation as a heading, so names and
titles in a signature ("Peter Hultqvist", "Kommunstyrelsens ordförande") also
become headings; they never end with a period and are rarely generic words,
and the capitals check needs at least one long word, so they pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from klarlint.analysis import Analysis
from klarlint.document import BlockKind
from klarlint.genre import PRESS_RELEASE, SPEECH, detect_genre
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

GENERIC_HEADINGS = frozenset(
    {
        "information",
        "info",
        "allmän information",
        "övrig information",
        "allmänt",
        "övrigt",
        "övriga frågor",
        "diverse",
        "bakgrund",
        "inledning",
        "introduktion",
        "förord",
    }
)
# The section names of a fixed outline (a report, minutes, a news item: *Bakgrund*, *Övriga frågor* of a meeting)
# are generic only in a text that speaks to its reader (a letter, a page for residents), where the reader skims
# the headings for what to do; the empty words (*Information*, *Övrigt*) say nothing anywhere.
OUTLINE_HEADINGS = frozenset({"bakgrund", "inledning", "introduktion", "förord", "övriga frågor"})
READER_WORDS = re.compile(r"\b(?:du|dig|din|ditt|dina|ni|er|ert|era)\b", re.IGNORECASE)
NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Za-z]\))\s+")
# Short words that stay lower case in a heading rewritten from capitals; other short words may be acronyms. The
# nouns of a public body's headings too (*REKOMMENDERAT BREV* had become *Rekommenderat BREV*; procurement re-test s52)
COMMON_SHORT_WORDS = frozenset(
    str.split(
        """
    och i på om för till med av en ett den det de som att är vi du ni hur var vad när vem kan ska får har
    din ditt dina vår vårt våra ut in upp från hos vid mot utan över efter före nya ny nytt så men eller
    inte alla mer mest bra kort hjälp stöd mål plan frågor svar så här där bo ta ge
    brev dom lag lov taxa hyra vård mat tid info kö väg gata park bad lån jobb råd kurs pris kost
        """
    )
)
ABBREVIATION_END = re.compile(r"(?:\b\w{1,4}\.\w{1,4}\.|\b(?:etc|kap|nr|resp|ca|st|bl|mm|osv|jfr|ff|f)\.)$", re.I)
# A heading with a colon is often a lead-in to a list set as a heading (*Rådet består av:*): then the fix is
# a line of text, not the same heading without its colon.
COLON_MESSAGE = (
    "Sätt inte kolon efter en rubrik. Om raden leder in det som följer (till exempel en lista) är den ingen "
    "rubrik: skriv den som en vanlig rad i texten."
)
FIXED_OUTLINE_GENRES = frozenset({PRESS_RELEASE, SPEECH})
MIN_CAPITAL_LETTERS = 6  # "LSS", "EU och FN" are acronyms, not shouting
# A plain text's line of fields set in columns (customs re-test s53 03: the letterhead *TULLVERKET <45 spaces> BESLUT*
# was told to be written *Tullverket <45 spaces> beslut*): a row of a layout, not a heading.
COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\s*\S")
# The label of a document's kind in a letter's head (*BESLUT* over its date and case number): the template's
# convention, no section's heading, so capitals there are worth a note, not a warning (session 53: four re-testers).
DOCUMENT_KIND_LABEL = re.compile(
    r"(?:beslut|kallelse|faktura|kvitto|intyg|protokoll|protokollsutdrag|yttrande|föreläggande|delgivning|"
    r"underrättelse|påminnelse|meddelande|beslutsmeddelande|tjänsteskrivelse|remiss|remissvar|promemoria|"
    r"(?:rekommenderat\s+)?brev|inbjudan|röstkort|dom|avtal|besked)",
    re.IGNORECASE,
)
HEAD_BLOCKS = 8  # a letter's head: its letterhead, label, date, case number and addressee


class Heading:
    info = RuleInfo(
        id="heading",
        title="Rubrik",
        severity=Severity.WARNING,
        block_local=False,
        summary=(
            "headings ending with a period or colon (not an abbreviation or *…*), headings in capitals (suggests "
            "sentence case, keeping acronyms and names the text writes with a capital), and a generic heading alone "
            "(*Information, Övrigt, Allmänt*; info); an outline heading (*Bakgrund, Inledning, Övriga frågor*) only in "
            "a text that addresses its reader (*du, ni*), never in a press release or speech; a plain text's line of "
            "fields set in columns is no heading, and the label of a document's kind in capitals in a letter's head "
            "(*BESLUT*) is info"
        ),
        other_severities=(Severity.INFO,),
        reference=references.HEADINGS,
        explanation=(
            "Rubriker hjälper läsaren att hitta rätt i texten, och många läser bara dem. En bra "
            "rubrik säger vad avsnittet handlar om, gärna med ett verb eller som en fråga: ”Så "
            "ansöker du”, ”Vad kostar det?”. Ett ensamt allmänt ord som ”Information”, ”Övrigt” "
            "eller ”Bakgrund” säger inget om innehållet. Sådana rubriker är vanliga i rapporter med "
            "fast disposition, så regeln markerar dem bara som info. Skriv inte rubriker med versaler (stora "
            "bokstäver): de är svårare att läsa. Sätt inte punkt efter en rubrik."
        ),
        subchecks={
            "heading-capitals": "Rubriker skrivs inte med versaler",
            "heading-punctuation": "Ingen punkt eller kolon efter en rubrik",
            "generic-heading": "Rubriker som säger vad avsnittet handlar om",
        },
        # Markdown, so that *Ansökan.* is a heading: as plain text it was read as a paragraph, and the period the
        # explanation warns about was never flagged (session 42, the explain tester)
        example_before="# ÖVRIG INFORMATION\n\nVi hjälper dig gärna.\n\n## Ansökan.\n\nDu ansöker på vår webbplats.\n",
        example_after=(
            "# Du kan få hjälp med ansökan\n\nVi hjälper dig gärna.\n\n"
            "## Så ansöker du\n\nDu ansöker på vår webbplats.\n"
        ),
        example_format="markdown",
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        names: frozenset[str] | None = None
        document = analysis.document
        # A press release or a speech follows a fixed outline (lead, quote, *Bakgrund*), like a report.
        fixed_outline = (document.genre or detect_genre(document)) in FIXED_OUTLINE_GENRES
        to_reader: bool | None = None
        in_head = True  # no prose yet: the letter's head (see DOCUMENT_KIND_LABEL)
        for index, block, _block_analysis in analysis.indexed_blocks():
            in_head = in_head and index < HEAD_BLOCKS and (block.kind is BlockKind.HEADING or not _prose(block.text))
            if block.kind is not BlockKind.HEADING:
                continue
            text = block.text.rstrip()
            if not text or COLUMN_GAP.search(text.strip()):
                continue
            period, capitals, core = _facts(text)
            if capitals:
                names = _names(analysis) if names is None else names
                fixed = sentence_case(text, names)
                if period:
                    fixed = fixed[:-1].rstrip()
                yield RuleFinding(
                    index,
                    0,
                    len(text),
                    "Skriv inte rubriker med versaler (stora bokstäver); de är svårare att läsa. "
                    "Skriv rubriken med vanlig stor begynnelsebokstav.",
                    fixed,
                    severity=Severity.INFO if in_head and DOCUMENT_KIND_LABEL.fullmatch(text.strip()) else None,
                    subcheck="heading-capitals",
                )
            elif period:
                yield RuleFinding(
                    index,
                    0,
                    len(text),
                    COLON_MESSAGE if text.endswith(":") else "Sätt inte punkt efter en rubrik.",
                    text[:-1].rstrip(),
                    subcheck="heading-punctuation",
                )
            if core in OUTLINE_HEADINGS and not fixed_outline:
                if to_reader is None:
                    to_reader = any(
                        READER_WORDS.search(b.text) for b in document.blocks if b.kind is not BlockKind.HEADING
                    )
                if not to_reader:
                    continue
            if core and not fixed_outline:
                yield RuleFinding(
                    index,
                    0,
                    len(text),
                    # no fixed example: *Så ansöker du* over a government press release's section was foreign
                    # to its topic (session 42, the explain tester)
                    f"Rubriken ”{text}” säger inte vad avsnittet handlar om. Det går bra i en rapport, "
                    "men en rubrik som säger det, gärna med ett verb eller som en fråga, hjälper läsaren.",
                    severity=Severity.INFO,
                    subcheck="generic-heading",
                )


@lru_cache(maxsize=1 << 16)
def _facts(text: str) -> tuple[bool, bool, str | None]:
    """(ends with a period or colon, in capitals, its generic word) of a heading text: what the rule asks of
    each heading, remembered (a long plain text has tens of thousands of short lines read as headings,
    checked again on each edit in an editor)."""
    return _ends_with_period(text), _in_capitals(text), _generic(text)


def _prose(text: str) -> bool:
    """Whether a block's text ends as a sentence does (a head's lines do not)."""
    return text.rstrip().endswith((".", "!", "?"))


def _ends_with_period(text: str) -> bool:
    if text.endswith(":"):
        return True
    if not text.endswith(".") or text.endswith("..") or NUMBERING.match(text + " ") and text == text.split()[0]:
        return False
    return not ABBREVIATION_END.search(text)


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_CAPITAL_LETTERS or not all(map(str.isupper, letters)):
        # a lower-case letter, or one of a script without capitals (*العربية*: nothing to shout with)
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 2]
    return len(words) >= 2 and any(len(w) >= 4 for w in words) or any(len(w) >= MIN_CAPITAL_LETTERS for w in words)


def sentence_case(text: str, names: frozenset[str] = frozenset()) -> str:
    """``ÖVRIG INFORMATION OM LSS I BORLÄNGE`` → ``Övrig information om LSS i Borlänge``.

    Short words that are not common words may be acronyms and keep their capitals; words in
    ``names`` (lower-cased) are proper names and get a capital initial.
    """

    def word(match: re.Match[str]) -> str:
        part = match.group(0)
        lower = part.lower()
        if lower in names:
            return part[0] + lower[1:]
        if len(part) <= 4 and lower not in COMMON_SHORT_WORDS:
            return part
        return lower

    lowered = re.sub(r"[^\W\d_]+", word, text)
    for position, char in enumerate(lowered):
        if char.isalpha():
            return lowered[:position] + char.upper() + lowered[position + 1 :]
    return lowered


def _names(analysis: Analysis) -> frozenset[str]:
    """Words the document writes with a capital initial inside sentences and never in lower case: names."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for _index, block, block_analysis in analysis.indexed_blocks():
        if block.kind is BlockKind.HEADING:
            continue
        for sentence in block_analysis.sentences:
            for token in block_analysis.tokens[sentence.start + 1 : sentence.end]:
                text = token.text
                if text[:1].isupper() and text[1:].islower():
                    capitalised.add(text.lower())
                elif text.islower():
                    lower.add(text)
    return frozenset(capitalised - lower)


def _generic(text: str) -> str | None:
    """The heading's generic word (*övrigt*, *bakgrund*), or None."""
    core = NUMBERING.sub("", text).rstrip(".:").strip().lower()
    return core if core in GENERIC_HEADINGS else None
