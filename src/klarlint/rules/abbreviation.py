"""``abbreviation``: abbreviations to write out, and acronyms the text never explains.

Both make the reader stop and decode. Skrivregler accepts abbreviations where
space is tight, so table cells are left alone; in running text *t.ex.* and *bl.a.*
save the writer two keystrokes and cost every reader a moment. An acronym
(*LSS, AFS*) is fine once the text has said what it stands for, so the rule looks
for an explanation anywhere in the text and flags only the first use otherwise.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import regex

from klarlint.analysis import Analysis, BlockAnalysis, Token
from klarlint.document import Block, BlockKind
from klarlint.genre import signature_line
from klarlint.grammar import full_forms
from klarlint.resources import read_lines, wordlist_path
from klarlint.rules import references
from klarlint.rules.base import FixAvailability, RuleFinding, RuleInfo, Severity, at_block, check_by_parts
from klarlint.rules.quoted import is_mention

ABBREVIATIONS = "abbreviations.tsv"
KNOWN_ACRONYMS = "acronyms.txt"
# Two to six capitals (*LSS*), or a law's short name in mixed case (*SoL, SfB, BrB, ÄktB*: a capital, one or two
# small letters, one or two capitals), which a reader decodes no more easily (session 40: *enligt SoL* was missed).
ACRONYM_BODY = "(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö]{1,2}[A-ZÅÄÖ]{1,2})"
ACRONYM = re.compile(rf"(?<![\w@/.&-])({ACRONYM_BODY})(?![\w&])")
ROMAN_NUMERAL = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# Two letters with M or D are thousands and hundreds nobody writes in roman numerals (*MI* is 1001): an acronym
# (session 40: *enligt MI* was missed); *IV, XII, MCMXC* and a chapter's *II* stay numerals.
SHORT_LARGE_NUMERAL = re.compile(r"[MD][A-Z]")
UNITS = frozenset({"KB", "MB", "GB", "TB", "KW", "MW", "GW", "KWH", "MWH", "GWH", "DB", "HZ", "KHZ", "MHZ", "GHZ"})
# Parts of speech an acronym can have; an all-caps word the tagger calls a verb, adverb or pronoun is emphasis
# ("du ska INTE betala", "ALLA måste svara").
# Requirement levels in capitals (a requirements list's SKA and BÖR): words, not acronyms to explain.
REQUIREMENT_KEYWORDS = frozenset({"SKA", "SKALL", "BÖR", "MÅSTE", "KAN", "FÅR", "BORDE"})
ACRONYM_POS = frozenset({"PROPN", "NOUN", "X", "SYM"})
# ... and functions in the sentence a noun phrase never has: the tagger may call an unseen "INTE" a proper
# noun, but the parser still attaches it as the adverb it is.
EMPHASIS_DEPS = frozenset({"advmod", "aux", "aux:pass", "cop", "mark", "cc", "det", "expl", "compound:prt"})
# What may follow an acronym as an explanation: "LSS (lagen om …)", "LSS, det vill säga …", "LSS står för …".
# ... or a definition right after it, which names what kind of thing it is: *FAO är FN:s organisation för närings-
# och jordbruksfrågor*, *AFS är en samling föreskrifter* (the UD treebanks' reader: false, explained in the same
# sentence); not *IVF är en fråga för regionen*
KINDS = (
    "organisation|myndighet|lag|förordning|föreskrift|samling|förening|förbund|organ|institut|stiftelse|bolag|"
    "företag|program|system|nätverk|samarbete|avtal|konvention|fond|kommitté|förkortning|metod|sjukdom|ämne|teknik"
)
EXPLAINED_AFTER = (
    r"\s*(?:\(|,?\s*(?:det vill säga|dvs\.?|d\.v\.s\.|står för|betyder|är en förkortning)"
    rf"|\s+är\s+(?:en|ett|[A-ZÅÄÖ][\w-]*:s)\s+(?:[\w-]+\s+){{0,2}}?[\w-]*(?:{KINDS})(?:en|et|n|s)?\b)"
)
# A property designation (*Kvarnbacken 2:1*) before *m.fl.*: *Detaljplan för del av Kvarnbacken 2:1 m.fl.* is the
# plan's formal name, which a writer does not rewrite (session 41: *med flera* was offered as a fix in the heading).
PROPERTY_BEFORE = re.compile(r"\b[A-ZÅÄÖ][\w-]*\s+\d{1,4}:\d{1,4}\s+\Z")
# A statute's title before *m.m.*: *lagen (1981:739) om ersättning för inkassokostnader m.m.* is the law's official
# name (writer re-test 5: *med mera* was offered as a fix). The title has no comma: *lagen om offentlig upphandling,
# kommunallagen m.m.* is the writer's own list. An agency's regulations are named so too, after their statute book's
# designation: *föreskrifter (SJVFS 2019:18) om nötkreaturshållning inom lantbruket m.m.* (county re-test s49).
LAW_TITLE_BEFORE = re.compile(
    r"(?:\b(?:lag|lagen|förordning|förordningen)\s+(?:\([^()]{1,30}\)\s+)?|\((?-i:[A-ZÅÄÖ]{1,8}FS)\s+\d{4}:\d{1,4}\)\s+)"
    r"om\s+[^,;:.!?()]{1,120}?\s+\Z",
    re.IGNORECASE,
)
EXPLAINED_BEFORE = r"(?:\(\s*|förkortat\s+|förkortad\s+|förkortade\s+|förkortas\s+|förkortning(?:en)?\s+|kallas\s+)"
TRANSLATED_LETTERS = 4  # from four letters on, an acronym's last letter may stand for a translated word (round 18)
# A name written out opens with a word of its own, not *att* or *vid*: *att tas upp vid nästa APT* spells a-p-t in
# short words, and APT (arbetsplatsträff) went unexplained (the care re-test s50). A short word in capitals may
# open it: *WHO:s generalförsamling – WHA77* (corpus).
SPELLED_OUT_FIRST = 4
SPELLED_OUT_WORDS = 6  # "den nationella telesamverkansgruppen, NTSG": the name is written out right before


@dataclass(frozen=True, slots=True)
class Abbreviation:
    text: str  # as listed: "t.ex."
    suggestion: str
    body: str  # regular expression for the abbreviation and its variants


class AbbreviationRule:
    info = RuleInfo(
        id="abbreviation",
        title="Förkortning",
        severity=Severity.INFO,
        block_local=False,
        block_parts=True,
        summary=(
            "abbreviations to write out (*t.ex., bl.a., m.m., osv., fr.o.m., p.g.a., dvs.* …; "
            "`wordlists/abbreviations.tsv`) and acronyms of 2–6 capitals (*LSS, IVO*) never explained in parentheses "
            "or by an apposition closing the clause (*…, IOSS.*), at first use; neither in tables or quoted mentions, "
            "nor *m.fl.* after a property designation (*Kvarnbacken 2:1 m.fl.*, a plan's name), nor *m.m.* ending a "
            "statute's title (*lagen om ersättning för inkassokostnader m.m.*); no acronym in headings, roman "
            "numerals, units, words in capitals the dictionary lists (*BESLUT*), a statute's acronym after its full "
            "name (*lagen (1993:387) om stöd och service till vissa funktionshindrade, LSS*) or well-known acronyms "
            "and names (`wordlists/acronyms.txt`: *EU, PwC*), an identifier's prefix (*CVE-2026-12345*) or a word of "
            "an English name (*Neurons for ZTA*), a form's number after its series (*SKV 4809*) or a title in a "
            "signature line (*VA-ingenjör, Norrby Vatten AB*); `resp.` is left to `and-or`"
        ),
        reference=references.ABBREVIATIONS,
        explanation=(
            "Förkortningar som ”t.ex.”, ”bl.a.”, ”m.m.” och ”p.g.a.” sparar lite tid för den som "
            "skriver men gör texten svårare och långsammare att läsa. Skriv ut dem i löpande text: "
            "till exempel, bland annat, med mera, på grund av. Initialord som ”LSS”, ”AFS” och "
            "”IVO” är obegripliga för den som inte redan kan dem. Skriv ut vad de står för första "
            "gången, till exempel ”lagen om stöd och service till vissa funktionshindrade (LSS)”. "
            "Regeln markerar ett initialord bara första gången och bara om texten inte förklarar det "
            "någonstans. Den markerar inte välkända förkortningar som EU, FN och pdf (listan finns i "
            "wordlists/acronyms.txt) och inte heller förkortningar i tabeller, där utrymmet är litet."
        ),
        # (session 42, a reviewer: the earlier *senast fr.o.m. den 1 mars* was itself nonsense)
        example_before="Du kan t.ex. få stöd enl. LSS fr.o.m. den 1 mars.",
        example_after=(
            "Du kan till exempel få stöd enligt lagen om stöd och service till vissa funktionshindrade (LSS) "
            "från och med den 1 mars."
        ),
        options={"acronyms": True},
        option_docs={"acronyms": "false: markera inte oförklarade initialord"},
        fix=FixAvailability.SOMETIMES,  # listed abbreviations with one written-out form; acronyms: advice
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        return iter(check_by_parts(self, analysis, options))

    def block_part(self, analysis: Analysis, index: int, options: Mapping[str, Any]) -> BlockPart:
        """The block's listed abbreviations (findings at block 0), its acronyms that could need an explanation,
        and the explanations of acronyms it holds (see :class:`BlockPart`)."""
        block = analysis.document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL:  # tables may abbreviate, and may explain what the text uses
            return BlockPart((), (), *_explanations(block.text)) if options.get("acronyms", True) else NOTHING
        listed = abbreviations()
        found = []
        for match in abbreviation_pattern().finditer(block.text):
            if is_mention(analysis, index, match.start(), match.end()):
                continue
            abbreviation = listed[int(match.lastgroup[1:])]
            if abbreviation.text == "m.fl." and PROPERTY_BEFORE.search(block.text, 0, match.start()):
                continue  # part of a plan's or a property's formal name
            if abbreviation.text == "m.m." and LAW_TITLE_BEFORE.search(block.text, 0, match.start()):
                continue  # the end of a statute's title
            suggestion = _capitalised_like(match.group(0), abbreviation.suggestion)
            found.append(
                RuleFinding(
                    0,
                    match.start(),
                    match.end(),
                    f"Skriv ut förkortningen ”{match.group(0)}” i löpande text: ”{suggestion}”.",
                    suggestion,
                    replacements=_written_out(block.text, match, suggestion),
                )
            )
        if not options.get("acronyms", True):
            return BlockPart(tuple(found))
        return BlockPart(
            tuple(found), _acronyms(analysis, index, block, analysis.blocks[index]), *_explanations(block.text)
        )

    def combine(self, analysis: Analysis, parts: Sequence[BlockPart], options: Mapping[str, Any]) -> list[RuleFinding]:
        found = [at_block(analysis, f, index) for index, part in enumerate(parts) for f in part.listed]
        if options.get("acronyms", True):
            found.extend(_unexplained_acronyms(analysis, parts))
        return found


class BlockPart(NamedTuple):
    """What one block holds of abbreviations and acronyms.

    Whether an acronym is explained is a question about the whole text (the blocks joined by line
    breaks): the explanations that lie inside one block are found here, once per block; those that
    may run over a line break into the next block (an acronym that ends its block, one that opens
    it, one less than SPELLED_OUT_REACH characters into it) are looked for in the whole text, for the
    few acronyms that need it.
    """

    listed: tuple[RuleFinding, ...] = ()  # at block 0
    acronyms: tuple[tuple[str, int, int], ...] = ()  # acronyms that may need an explanation, in order
    after: frozenset[str] = frozenset()  # acronyms followed by an explanation in the block ("LSS (lagen …)")
    before: frozenset[str] = frozenset()  # words after "förkortat", "(" … in the block, any case
    occurrences: tuple[tuple[int, str], ...] = ()  # (offset, run of capitals) of every run of two or more
    tails: tuple[tuple[int, str], ...] = ()  # runs whose explanation may begin in the next block
    heads: tuple[tuple[int, str], ...] = ()  # a word at the block's start whose "förkortat" may end the last


NOTHING = BlockPart()


def _acronyms(
    analysis: Analysis, index: int, block: Block, block_analysis: BlockAnalysis
) -> tuple[tuple[str, int, int], ...]:
    """The block's acronyms that need an explanation unless the text gives one, in order (all uses: the
    first use in the text is the one flagged)."""
    if block.kind in (BlockKind.HEADING, BlockKind.TABLE_CELL) or not any(c.islower() for c in block.text):
        return ()  # headings in capitals are the heading rule's business; tables may abbreviate
    known = known_acronyms()
    found = []
    for match in ACRONYM.finditer(block.text):
        acronym = match.group(1)
        if acronym.upper() in known or acronym in REQUIREMENT_KEYWORDS or acronym in UNITS:
            continue  # upper: a name in mixed case is listed in capitals (*PwC*: PWC)
        if _swedish_word_in_capitals(acronym):
            continue
        if ROMAN_NUMERAL.fullmatch(acronym) and not SHORT_LARGE_NUMERAL.fullmatch(acronym):
            continue
        token = block_analysis.token_at(match.start())
        if token is not None and _is_emphasis(block_analysis, token) or _in_capital_run(block.text, match):
            continue
        if _part_of_name(block.text, match) or _opens_a_name(block_analysis, block.text, match):
            continue
        if is_mention(analysis, index, match.start(1), match.end(1)):
            continue  # *Initialord som ”AFS” och ”IVO” är svåra*: talked about, not used (the explain tester)
        found.append((acronym, match.start(), match.end()))
    return tuple(found)


# The explanations of _explained, for any acronym at once: group 1 is the acronym (any case after "förkortat").
CAPITALS = "[A-ZÅÄÖ]"
ANY_EXPLAINED_AFTER = re.compile(rf"(?<![\w-])({ACRONYM_BODY})(?![\w-])(?={EXPLAINED_AFTER})")
MAY_CONTINUE_AFTER = re.compile(rf"(?<![\w-])({ACRONYM_BODY})(?![\w-])\s*,?\s*\Z")
ANY_EXPLAINED_BEFORE = re.compile(rf"{EXPLAINED_BEFORE}({CAPITALS}{{2,6}})(?![\w-])", re.IGNORECASE)
# *teknik för att fånga in koldioxid …, så kallad CCUS-teknik*: the term named after the thing is described, also as a
# compound's first part (round 20, blind: flagging it was false).
ANY_SO_CALLED = re.compile(rf"\bså\s+kallad[et]?\s+({CAPITALS}{{2,6}})(?!\w)", re.IGNORECASE)
# A description, a comma and the acronym closing its clause (*EU:s system för import av varor med lågt värde, IOSS.*,
# the customs re-test s53: false, explained right there): an apposition naming what was just described, as a list
# ends with *och* (*polisen, kommunen och MSB.*). After a word in lower case: after names or acronyms (*EU, FN, WHO.*)
# it may be a list's last item all the same.
APPOSITION = re.compile(rf"(?<=[a-zåäö]),[ \u00a0]+({ACRONYM_BODY})(?![\w&-])(?=[ \u00a0]*(?:[.!?;)]|\n|\Z))")
OPENING_WORD = re.compile(rf"\s*({CAPITALS}{{2,6}})(?![\w-])", re.IGNORECASE)
CAPITAL_RUN = re.compile(rf"(?<![\w-])(?:{CAPITALS}{{2,}}|{CAPITALS}[a-zåäö]{{1,2}}{CAPITALS}{{1,2}}(?![\w]))")
SPELLED_OUT_REACH = 200  # spelled_out_before reads this much text before the acronym
LONGEST_BEFORE = max(len(word) for word in ("förkortningen", "förkortade", "förkortas", "kallas")) + 2


def _explanations(text: str) -> tuple[frozenset[str], frozenset[str], tuple, tuple, tuple]:
    """(after, before, occurrences, tails, heads) of a block's text: see :class:`BlockPart`."""
    after = frozenset((*(m.group(1) for m in ANY_EXPLAINED_AFTER.finditer(text)), *_appositions(text)))
    before = set()
    position = 0
    while (match := ANY_EXPLAINED_BEFORE.search(text, position)) is not None:
        before.add(match.group(1))
        position = match.start() + 1  # every start, as a search for one acronym tries them all
    before.update(m.group(1) for m in ANY_SO_CALLED.finditer(text))
    occurrences = tuple((m.start(), m.group(0)) for m in CAPITAL_RUN.finditer(text))
    tail = MAY_CONTINUE_AFTER.search(text)
    head = OPENING_WORD.match(text)
    return (
        after,
        frozenset(before),
        occurrences,
        ((tail.start(1), tail.group(1)),) if tail else (),
        ((head.start(1), head.group(1)),) if head else (),
    )


def _appositions(text: str) -> Iterator[str]:
    """The acronyms an apposition explains (:data:`APPOSITION`), but not after a statute's name, whose initials
    must be the acronym's (:func:`_law_named_before`: *lagen om stöd till unga, LVU* has no v). The statute is read
    on the acronym's own line, so a paragraph's text and the whole text's agree."""
    for match in APPOSITION.finditer(text):
        line = text[text.rfind("\n", 0, match.start(1)) + 1 : match.start(1)]
        if LAW_NAME_BEFORE.search(line[-SPELLED_OUT_REACH:]) is None:
            yield match.group(1)


def _unexplained_acronyms(analysis: Analysis, parts: Sequence[BlockPart]) -> Iterator[RuleFinding]:
    """The first use of each acronym the text never explains."""
    seen: set[str] = set()
    first_uses = []
    for index, part in enumerate(parts):
        for acronym, start, end in part.acronyms:
            if acronym not in seen:
                seen.add(acronym)
                first_uses.append((index, acronym, start, end))
    if not first_uses:
        return
    explained = _Explained(analysis, parts)
    for index, acronym, start, end in first_uses:
        if explained(acronym):
            continue
        yield RuleFinding(index, start, end, _acronym_message(acronym, analysis.blocks[index].text[end:]))


# A statute book's designation after the acronym (*AFS 2023:1*, *SOSFS 2011:9*): the reader needs the regulation's
# name, not only the book's (HR re-test s49: *enligt AFS 2023:1* told to explain AFS, like SFS, debatable).
DESIGNATION_AFTER = re.compile(r"[ \u00a0]((?:19|20)\d\d:\d{1,4})\b")


def _acronym_message(acronym: str, after: str) -> str:
    designation = DESIGNATION_AFTER.match(after)
    if designation:
        code = f"{acronym} {designation.group(1)}"
        return (
            f"Förklara förkortningen ”{acronym}” första gången du använder den: skriv vad föreskrifterna heter "
            f"eller handlar om, till exempel ”föreskrifterna om … ({code})”."
        )
    return (
        f"Förklara förkortningen ”{acronym}” första gången du använder den, "
        f"till exempel ”… ({acronym})” efter det utskrivna namnet."
    )


class _Explained:
    """``_explained(text, acronym)`` of the whole text (the blocks joined by line breaks), from the blocks' parts."""

    def __init__(self, analysis: Analysis, parts: Sequence[BlockPart]) -> None:
        self.analysis = analysis
        self.after: set[str] = set()
        self.before: dict[str, set[str]] = {}  # by _fold
        self.tails: dict[str, list[tuple[int, int]]] = {}  # run → (block, offset)
        self.heads: dict[str, list[tuple[int, int, str]]] = {}  # by _fold: (block, offset, word)
        self.runs: dict[str, list[tuple[int, int]]] = {}  # every acronym a run starts with → (block, offset)
        for index, part in enumerate(parts):
            if part is NOTHING:
                continue
            self.after.update(part.after)
            for word in part.before:
                self.before.setdefault(_fold(word), set()).add(word)
            for offset, run in part.tails:
                self.tails.setdefault(run, []).append((index, offset))
            for offset, word in part.heads:
                self.heads.setdefault(_fold(word), []).append((index, offset, word))
            for offset, run in part.occurrences:
                for length in range(2, min(len(run), 6) + 1):
                    self.runs.setdefault(run[:length], []).append((index, offset))
        self._text: tuple[str, list[int]] | None = None

    def __call__(self, acronym: str) -> bool:
        if acronym in self.after:
            return True
        if any(_same_letters(acronym, word) for word in self.before.get(_fold(acronym), ())):
            return True
        return self._across_blocks(acronym) or self._spelled_out(acronym)

    def text(self) -> tuple[str, list[int]]:
        """The blocks joined as _explained reads them, and where each block starts in it."""
        if self._text is None:
            texts = [block.text for block in self.analysis.document.blocks]
            starts, position = [], 0
            for text in texts:
                starts.append(position)
                position += len(text) + 1
            self._text = ("\n".join(texts), starts)
        return self._text

    def _across_blocks(self, acronym: str) -> bool:
        """An explanation that begins in one block and ends in the next: "LSS" last in a block, "(lagen …)"
        first in the next; "förkortat" last in a block, "LSS" first in the next."""
        escaped = re.escape(acronym)
        places = self.tails.get(acronym, ())
        if places:
            text, starts = self.text()
            pattern = re.compile(rf"(?<![\w-]){escaped}(?![\w-]){EXPLAINED_AFTER}")
            if any(pattern.match(text, starts[index] + offset) for index, offset in places):
                return True
        heads = [(i, offset) for i, offset, word in self.heads.get(_fold(acronym), ()) if _same_letters(acronym, word)]
        if heads:
            text, starts = self.text()
            pattern = re.compile(rf"{EXPLAINED_BEFORE}{escaped}(?![\w-])", re.IGNORECASE)
            for index, offset in heads:
                position = starts[index] + offset
                space = position
                while space > 0 and text[space - 1].isspace():
                    space -= 1
                if pattern.search(text, max(0, space - LONGEST_BEFORE), position + len(acronym) + 1):
                    return True
        return False

    def _spelled_out(self, acronym: str) -> bool:
        blocks = self.analysis.document.blocks
        for index, offset in self.runs.get(acronym, ()):
            if offset >= SPELLED_OUT_REACH:
                before = blocks[index].text[offset - SPELLED_OUT_REACH : offset]
            else:
                text, starts = self.text()
                position = starts[index] + offset
                before = text[max(0, position - SPELLED_OUT_REACH) : position]
            if spelled_out_before(before, acronym):
                return True
        return False


def _fold(word: str) -> str:
    """A key under which every word that matches ``word`` ignoring case is found (re.IGNORECASE's İ too)."""
    return "".join(c.upper().lower()[:1] for c in word)


def _same_letters(acronym: str, word: str) -> bool:
    return re.fullmatch(re.escape(acronym), word, re.IGNORECASE) is not None


def _explained(text: str, acronym: str) -> bool:
    escaped = re.escape(acronym)
    return bool(
        re.search(rf"(?<![\w-]){escaped}(?![\w-]){EXPLAINED_AFTER}", text)
        or re.search(rf"{EXPLAINED_BEFORE}{escaped}(?![\w-])", text, re.IGNORECASE)
        or any(_same_letters(acronym, m.group(1)) for m in ANY_SO_CALLED.finditer(text))
        or acronym in _appositions(text)
        or any(spelled_out_before(text[: m.start()], acronym) for m in re.finditer(rf"(?<![\w-]){escaped}", text))
    )


def spelled_out_before(before: str, acronym: str) -> bool:
    """The name written out right before the acronym (*den europeiska rymdorganisationen ESA*, *(European Climate
    Risk Assessment, EUCRA)*): the acronym's letters, in order, from words starting with its first letter, its
    last letter in the last word."""
    if _law_named_before(before, acronym):
        return True
    phrase = re.sub(r"[\s,(]+$", "", before[-200:])
    if len(phrase) == len(before[-200:]) and not before.endswith(" "):
        return False  # glued to the word before: part of a compound
    if phrase[-1:].isdigit() or phrase.endswith("§"):
        return False  # *enligt 11 § MBL*: a section of the statute, no name written out before it
    # the name is in the acronym's own sentence: *… med skyddsombuden. Förhandling enligt* spells no MBL
    phrase = SENTENCE_END.split(phrase)[-1]
    words = re.findall(r"[^\W\d_]+", phrase)[-SPELLED_OUT_WORDS:]
    letters = acronym.lower()
    if before.rstrip().endswith("(") and _initials_in_any_order(words, letters):
        return True
    for first in range(len(words)):
        if not words[first].lower().startswith(letters[0]) or _short_lower(words[first]):
            continue
        span = [w.lower() for w in words[first:]]
        if letters[-1] in span[-1] and _subsequence(letters, "".join(span)) and len(span) <= len(letters) + 2:
            return True
        if (
            len(letters) >= TRANSLATED_LETTERS
            and len(span) <= len(letters)
            and _subsequence(letters[:-1], "".join(span))
        ):
            return True  # *ett europeiskt hälsodataområde, EHDS*: the English last word (Space) is translated
    return False


SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")
# A statute's full name, with or without its SFS number: *lagen (1993:387) om stöd och service till vissa
# funktionshindrade*, *lagen om offentlig upphandling*, then the acronym after a comma or in parentheses.
LAW_NAME_BEFORE = re.compile(
    r"\b(?:lag|lagen|förordning|förordningen)\s+(?:\(\s*\d{4}:\d+\s*\)\s+)?(?:om|med|mot)\s+[^\W\d][^.;:,()\n]{0,150}?"
    r"\s*[,(]\s*\Z",
    re.IGNORECASE,
)


def _law_named_before(before: str, acronym: str) -> bool:
    """The acronym of a statute after its full name: its letters, in order, are initials of the name's words, the first
    the law's (*lagen (1993:387) om stöd och service till vissa funktionshindrade, LSS*: eight words, more than a
    spelled-out name may have; session 41: told to explain LSS written out right before it)."""
    match = LAW_NAME_BEFORE.search(before[-SPELLED_OUT_REACH:])
    if match is None:
        return False
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", match.group(0).lower()))
    letters = acronym.lower()
    return initials[:1] == letters[:1] and _subsequence(letters[1:], initials[1:])


def _short_lower(word: str) -> bool:
    return len(word) < SPELLED_OUT_FIRST and word.islower()


def _initials_in_any_order(words: list[str], letters: str) -> bool:
    """*teknik för distribuerade liggare (DLT-förordningen)*: an acronym in English (distributed ledger technology)
    after its Swedish name, in parentheses as a short name, has the name's initials in another order. Words of
    four letters or more, so that *för* or *om* spell nothing (round 18, blind: flagging it was false)."""
    if len(letters) < 3:
        return False
    initials = Counter(word[0].lower() for word in words[-len(letters) - 2 :] if len(word) >= 4)
    return not Counter(letters) - initials


def _subsequence(letters: str, text: str) -> bool:
    rest = iter(text)
    return all(letter in rest for letter in letters)


WORD_IN_CAPITALS = 4  # from four letters on, a word the dictionary lists is a word written in capitals


def _swedish_word_in_capitals(acronym: str) -> bool:
    """A word in capitals (*BESLUT enligt lagen …*, a letter's title opening its first line; session 41: taken for an
    acronym to explain), which the model's full-form list has in lower case. From four letters: *ESS* and *DNA*
    are acronyms the list also has as words."""
    if len(acronym) < WORD_IN_CAPITALS or not acronym.isupper():
        return False
    forms = full_forms()
    return forms is not None and forms.get(acronym.lower()) is not None


def _is_emphasis(block: BlockAnalysis, token: Token) -> bool:
    if token.pos not in ACRONYM_POS:
        return True
    if token.dep == "det" and 0 <= token.head < len(block.tokens) and block.tokens[token.head].text[:1].isdigit():
        # a statute book's designation (*Enligt AFS 2023:1 ska …*): the parse hangs the acronym on the number as its
        # determiner, which made it emphasis at some places in a sentence and not at others (HR re-test s49)
        return False
    return token.dep in EMPHASIS_DEPS


def _in_capital_run(text: str, match: re.Match[str]) -> bool:
    """An acronym among other words in capitals is emphasis or a heading line ("VIKTIGT ATT VETA OM LSS")."""
    before = text[_words_back(text, match.start(), 1) : match.start()].split()[-1:]
    after = text[match.end() : _words_on(text, match.end(), 1)].split()[:1]
    neighbours = (word.strip('.,:;!?()”"') for word in before + after)
    return any(len(word) > 1 and word.isupper() for word in neighbours)


NAME_AFTER_INITIALS = re.compile(r"\s[A-ZÅÄÖ][a-zåäöé]+\s[A-ZÅÄÖ][a-zåäöé]+")
FOREIGN_NAME_PART = re.compile(r"-[A-Z][a-z]")
TRADEMARKS = frozenset("®™")  # *LEGO®*: a brand, not an acronym (round 18, blind)
# *det svensk-kenyanska företaget ROAM*: a company's name, said to be one (round 25, blind: false)
COMPANY_BEFORE = re.compile(r"\b(?:företaget|bolaget|koncernen|varumärket)\s+\Z", re.IGNORECASE)
# An agency described by a compound that says what it does, then its acronym: *Singapores cybersäkerhetsmyndighet
# CSA* (issue 13, round 15, blind: false, "explained right there"). Not *myndigheten MSB*, which says only that.
AGENCY_DESCRIBED_BEFORE = re.compile(r"\b\w{3,}myndighet(?:en)?\s+\Z", re.IGNORECASE)
# An international body's Swedish name right before its acronym: *FN:s utvecklingsprogram UNDP*, *EU:s
# byrå för grundläggande rättigheter (FRA)* is longer and spelled out otherwise (round 41, blind: false).
BODY_NAMED_BEFORE = re.compile(
    r"\b(?:FN|EU|OECD|Natos?|Europarådets)(?::s)?\s+\w*(?:program|programmet|organisation|organisationen|fond|fonden"
    r"|kommission|kommissionen|byrå|byrån|kontor|kontoret|bank|banken|råd|rådet)\s*[,(]?\s*\Z"
)


# Name parts of the form "Name ACRONYM", "ACRONYM Name" and "Name 340 ACRONYM" (issue 13, read on regeringen.se):
# a club or company suffix (*Royal Antwerp FC*), a company's name before its capitalised second word (*ICA
# Gruppen*), a model designation (*Saab 340 AEW*). Nobody writes these out: they are what the thing is called.
NAME_SUFFIXES = frozenset({"FC", "IF", "IK", "BK", "FK", "FF", "SK", "AB", "HB", "KB"})
CAPITALISED_BEFORE = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+\s\Z")
MODEL_BEFORE = re.compile(r"[A-ZÅÄÖ][A-Za-zåäöé]+\s\d+\s\Z")
CAPITALISED_AFTER = re.compile(r"\s[A-ZÅÄÖ][a-zåäöé]+\b")
# A registration number's series (*Dnr BN 2023-0456*, *KS 2024/123*): a code the register gives, not a word to
# write out (the helper's reading of a municipal letter: a false alarm).
REFERENCE_NUMBER_AFTER = re.compile(r"[ \u00a0](?:19|20)\d\d[-/]\d{1,6}\b")  # not *AFS 2001:1*, a statute book
# A Swedish registration plate: three letters, a space, two digits and a digit or letter (*ABC 123*, *ABC 12D*;
# session 40: *Fordonet är registrerat som ABC 123* was told to explain ABC).
REGISTRATION_PLATE_AFTER = re.compile(r"[ \u00a0]\d\d[\dA-Z](?!\w)(?![:/.,-]\d)")
# An identifier's prefix before its numbered parts: *CVE-2026-12345* (the defence re-test s50), a code, not a word.
IDENTIFIER_AFTER = re.compile(r"-\d{2,}-\d+\b")
# A form's or publication's number after its series (*Pappersblanketten SKV 4809*, the tax re-test s50): a
# designation like a registration number's; not an amount (*ISK 5000 kronor*) or a statute's section (*LSS 9 §*).
FORM_NUMBER_AFTER = re.compile(r"[ \u00a0]\d{3,5}(?![\w:/.,-])(?!\s*(?:§|kr\b|kronor|procent|%))")
# A title in a signature line (*VA-ingenjör, Norrby Vatten AB*, the water re-test s50): the writer's job, said in a
# short line that is no sentence; nobody writes it out there.
TITLE_AFTER = re.compile(
    r"-\w*(?:ingenjör|chef|handläggare|samordnare|ansvarig|strateg|tekniker|konsult|utredare|inspektör|direktör"
    r"|sekreterare|assistent|ekonom|jurist|specialist|controller)\b"
)
# An English name's word before the acronym after a capitalised one: *Ivanti Neurons for ZTA gateways* (the defence
# re-test s50), a product's name in English; only words that are not Swedish (*in*, *to* are).
ENGLISH_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z]+\s(?:for|of|the|and|with|on)\s\Z")
BODY_COMPOUND_AFTER = re.compile(
    r"-(?:rådet|fonden|myndigheten|programmet|institutet|förbundet|nätverket|kommittén|sekretariatet|kontoret)\b"
)


def _part_of_name(text: str, match: re.Match[str]) -> bool:
    """Initials before a first name and a surname (*PJ Anders Linder*), the first part of a foreign name
    (*US-Sweden Cancer Summit*: a Swedish compound goes on in lower case, *EU-kommissionen*), or a part of a
    company's, a club's or a model's name (*Royal Antwerp FC*, *ICA Gruppen*, *Saab 340 AEW*), or a brand marked or
    named as one (*LEGO®*, *företaget ROAM*), or an agency a compound describes (*cybersäkerhetsmyndighet CSA*), or
    the series of a registration number (*Dnr BN 2023-0456*) or a car's registration plate (*ABC 123*), an
    identifier's prefix (*CVE-2026-12345*) or a word of an English name (*Ivanti Neurons for ZTA gateways*)."""
    # The patterns read the text in place, from the acronym on (`match(text, end)`) and up to it (`search(text, lo,
    # start)`: `\Z` then matches at the acronym), and `lo` leaves BEFORE_WORDS whole words before it: copying the
    # whole block twice per acronym and searching it from the start made a one-line text (one block) quadratic
    # (bigfile tester, session 43: 24× the time for 4× the text).
    start, end = match.start(), match.end()
    lo = _words_back(text, start, BEFORE_WORDS)
    initials = len(match.group(1)) <= 2 and NAME_AFTER_INITIALS.match(text, end) is not None
    suffix = match.group(1) in NAME_SUFFIXES and CAPITALISED_BEFORE.search(text, lo, start) is not None
    company = CAPITALISED_AFTER.match(text, end) is not None and not _sentence_start_before(text[lo:start])
    model = MODEL_BEFORE.search(text, lo, start) is not None
    brand = _next_sign(text, end) in TRADEMARKS or COMPANY_BEFORE.search(text, lo, start) is not None
    described = (
        AGENCY_DESCRIBED_BEFORE.search(text, lo, start) is not None
        or BODY_NAMED_BEFORE.search(text, lo, start) is not None
    )
    # *Svenska ESF-rådet*: the acronym opens a body's name after a capitalised word (round 42, blind: false)
    in_name = (
        BODY_COMPOUND_AFTER.match(text, end) is not None and CAPITALISED_BEFORE.search(text, lo, start) is not None
    )
    reference = REFERENCE_NUMBER_AFTER.match(text, end) is not None or IDENTIFIER_AFTER.match(text, end) is not None
    reference = reference or ENGLISH_NAME_BEFORE.search(text, lo, start) is not None
    reference = reference or len(match.group(1)) == 3 and REGISTRATION_PLATE_AFTER.match(text, end) is not None
    reference = reference or FORM_NUMBER_AFTER.match(text, end) is not None or _title_in_signature(text, end)
    named = initials or suffix or company or model or brand or described or in_name or reference
    return named or FOREIGN_NAME_PART.match(text, end) is not None


def _opens_a_name(block: BlockAnalysis, text: str, match: re.Match[str]) -> bool:
    """An acronym opening a sentence before a capitalised word the tagger reads as a name (*1 februari: SAM Internet
    öppnar*, the farming re-test s53: the e-service's name, left alone mid-sentence, was flagged at a sentence start),
    as a capital after it elsewhere is; not before a verb or a noun (*CRMA Gäller nu*)."""
    after = CAPITALISED_AFTER.match(text, match.end())
    if after is None:
        return False
    following = block.token_at(after.start() + 1)
    return following is not None and following.pos == "PROPN"


def _title_in_signature(text: str, end: int) -> bool:
    """The acronym opens a title in a short line of its own (a signature's lines are broken within one block)."""
    if TITLE_AFTER.match(text, end) is None:
        return False
    return signature_line(text[text.rfind("\n", 0, end) + 1 :].split("\n", 1)[0])


# How many whole words before an acronym the *_BEFORE patterns may need: each match starts with a non-space and
# spans at most three runs of non-space (*EU:s byrå ( UNDP*, *Saab 340 AEW*), so one that starts before the third
# whole word back would hold four. Longer patterns need a larger number.
BEFORE_WORDS = 3
WORDS_WINDOW = 64  # characters first read for the words around an acronym (widened while a word is cut off)


def _words_back(text: str, end: int, words: int) -> int:
    """A start before ``end`` with at least ``words`` whole words (runs of non-space, each after a space) between it
    and ``end``, or 0: ``text[start:end]`` then ends as ``text[:end]`` does, in words and in its last non-space."""
    width = WORDS_WINDOW
    while True:
        start = max(0, end - width)
        if start == 0:
            return 0
        window = text[start:end]
        whole = len(window.split()) - (0 if window[0].isspace() else 1)  # the first may go on before the window
        if whole >= words:
            return start
        width *= 4


def _words_on(text: str, start: int, words: int) -> int:
    """An end after ``start`` with at least ``words`` whole words between ``start`` and it, or the text's end."""
    width = WORDS_WINDOW
    while True:
        end = start + width
        if end >= len(text):
            return len(text)
        window = text[start:end]
        whole = len(window.split()) - (0 if window[-1].isspace() else 1)  # the last may go on after the window
        if whole >= words:
            return end
        width *= 4


def _next_sign(text: str, end: int) -> str:
    """The first character after ``end`` that is not a space or a no-break space ('' at the text's end)."""
    while end < len(text) and text[end] in " \u00a0":
        end += 1
    return text[end : end + 1]


def _sentence_start_before(before: str) -> bool:
    """The acronym opens a sentence, so a capital after it need not be a name (*ICA Gruppen* mid-sentence is)."""
    stripped = before.rstrip()
    return not stripped or stripped[-1] in ".!?:"


def _written_out(text: str, match: re.Match[str], suggestion: str) -> tuple[str, ...]:
    """The replacement for a listed abbreviation: () when the list gives a choice (*så kallad / så kallat*).

    An abbreviation's last point that also ends the sentence (*… bilar osv. Sedan …*) stays.
    """
    if "/" in suggestion:
        return ()
    rest = text[match.end() :].lstrip()
    if not match.group(0).endswith(".") or (rest and not rest[0].isupper()):
        return (suggestion,)
    if not rest:
        return (suggestion + ".",)  # the point ends the text too
    return ()  # a capital next: a new sentence (the point must stay) or a name (it must go)?


def _capitalised_like(original: str, suggestion: str) -> str:
    return suggestion[0].upper() + suggestion[1:] if original[:1].isupper() else suggestion


@cache
def abbreviations() -> tuple[Abbreviation, ...]:
    """The word list with a pattern per abbreviation; read once per process."""
    found = []
    with wordlist_path(ABBREVIATIONS).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 2 or row[0].startswith("#") or row[0] == "abbreviation":
                continue
            text, suggestion = row[0].strip(), row[1].strip()
            found.append(Abbreviation(text, suggestion, OWN_PATTERNS.get(text) or _pattern(text)))
    return tuple(found)


@cache
def abbreviation_pattern() -> regex.Pattern[str]:
    """All abbreviations in one expression (one scan per block, not one per abbreviation).

    Group ``a<i>`` is ``abbreviations()[i]``; longer abbreviations come first, so *m.fl.* is not read as *m.*.
    Built from a word list, so compiled with the ``regex`` package like every pattern made from rule files and
    word lists (its matches can be given a time limit; these alternatives of literal text cannot backtrack).
    """
    listed = abbreviations()
    order = sorted(range(len(listed)), key=lambda i: -len(listed[i].text))
    alternatives = "|".join(f"(?P<a{i}>{listed[i].body})" for i in order)
    # not inside a file name or a path (*C:\Users\anna\t.ex.docx* had been fixed to *till exempel.docx*)
    return regex.compile(rf"(?<![\w.@/\\-])(?:{alternatives})(?![\w-])(?!\.\w)")


# Abbreviations that are words without their point: *mån.* only with it and after a number (*3,9 mån.*), as *i den
# mån* and *Mån–fre* are no months (agency re-test s48: *mån.* in running text had been missed).
# *åk* (årskurs) only before a number and after a word a school year follows (*elever i åk 6-9*, *(åk 7)*; utility
# re-test s49: missed), as the verb does too (*Åk hem*, *och åk 3 hållplatser*).
# *max.* only with its point and before a number (*bilder på max. 10 verk*, leisure re-test s51: missed): *Max* is a
# name and *max* alone a word of its own.
OWN_PATTERNS = {
    "mån.": r"(?<=\d\s?)mån\.",
    "max.": r"[Mm]ax\.(?=[ \u00a0]\d)",
    "åk": r"(?<=(?:\b(?:i|för|från|till|elev|elever|eleverna)[ \u00a0]|\())åk\.?(?=[ \u00a0]\d)",
    # *v.* (vecka) only with its point and before a week's number (*från v. 24 till v. 35*, the streets re-test s52:
    # missed): *v* alone is a letter, and *v.* before a year or a longer number is something else; *V.* not after a
    # word (*Karl V.*, a roman numeral)
    "v.": r"(?:v|(?<!\w[ \u00a0])V)\.(?=[ \u00a0](?:[1-9]|[1-4]\d|5[0-3])(?![\d.,:/-]\d|[\w-]))",
}


def _pattern(abbreviation: str) -> str:
    """*t.ex.* also as *t. ex.*, *t ex* and *T.ex.*; a one-part *osv.* also as *osv*.

    Parts may be separated by a space instead of a dot only when one part is longer
    than a letter (*t ex*, *bl a*): *o d* or *t v* without dots is too often something else.
    A multi-part abbreviation written without dots or spaces (*tex*, *bla*) is left alone.
    """
    parts = [part for part in abbreviation.split(".") if part]
    first = f"[{parts[0][0].upper()}{parts[0][0]}]{re.escape(parts[0][1:])}"
    if len(parts) == 1:
        body = rf"{first}\.?"
    else:
        separator = r"(?:\.\s?|\s)" if any(len(part) > 1 for part in parts) else r"\.\s?"
        body = first + "".join(separator + re.escape(part) for part in parts[1:]) + r"\.?"
    return body


@cache
def known_acronyms() -> frozenset[str]:
    return frozenset(line.upper() for line in read_lines(wordlist_path(KNOWN_ACRONYMS)))
