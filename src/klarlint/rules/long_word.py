"""``long-word``: very long words, usually compounds stacked three or four deep.

*Kommunikationsinsatsplanering* packs a phrase into one word that the reader
must take apart. Each word is flagged once per text (the second use costs the
reader less, and repeating the finding only adds noise). Names of laws and
established terms that cannot be rewritten are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Token
from klarlint.document import Block, BlockKind
from klarlint.grammar import full_forms, in_agency_name
from klarlint.resources import read_lines, wordlist_path
from klarlint.rules import references
from klarlint.rules.abbreviation import spelled_out_before
from klarlint.rules.base import RuleFinding, RuleInfo, Severity, at_block, check_by_parts
from klarlint.rules.quoted import QUOTED_OPTION, quoted_findings

ALLOWED = "long_words_allowed.txt"
# Web addresses, e-mail addresses and file names are not words to rewrite.
NOT_PROSE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\b")
# Names of laws, statutes, EU directives and ministries (*socialförsäkringsbalken*, *penningtvättsdirektivet*,
# *justitiedepartementet*): fixed names the writer cannot shorten (a directive's, round 15, blind: "established short
# name of an EU directive").
NAME_ENDINGS = tuple(
    ending + genitive
    for ending in ("lagen", "förordningen", "balken", "direktivet", "departementet")
    for genitive in ("", "s")
)
# Words in -lagen that are no law: *underlagen*, and compounds of *slag* with a prefix (*investeringsförslagen*,
# *budgetanslagen*). Not *-slagen* alone: a law's name often has a linking s (*fastighetsbildning|s|lagen*).
SLAG_PREFIXES = ("för", "an", "be", "upp", "ut", "in", "om", "till", "på", "över", "under", "av", "ned", "genom", "bak")
NOT_STATUTES = tuple(
    word + genitive
    for word in ("underlagen", "pålagen", "upplagen", "inlagen", "bilagen", *(p + "slagen" for p in SLAG_PREFIXES))
    for genitive in ("", "s")
)
# What joins the parts of a token that are words of their own, and a capital inside a word: *PlatserLedningsregementet*
# is a bold heading glued to the next line (round 25, blind: false as one long word).
WORD_JOINS = re.compile(r"[-/*_]+|(?<=[a-zåäöéü])(?=[A-ZÅÄÖ])")
# The acronym the word is named by, right after it: *den nationella telesamverkansgruppen, NTSG* (round 36, blind).
NAME_WORDS_BEFORE = 2  # the name's words before the long word that its acronym may spell (*den nationella*)
ACRONYM_AFTER = re.compile(r"(?:,\s*|\s*\(\s*)([A-ZÅÄÖ]{2,6})(?![\w-])")
INFLECTION_LETTERS = 4  # an allowed word in any form: funktionsnedsättning-ar-na
# Kinds of names_and_titles.tsv that need no capital: titles, and inquiries and commissions in the definite singular
# (every long *-utredningen* and *-kommissionen* in the corpus and the UD treebanks names one).
# And a municipality's committees and boards, fullmäktige and the courts, written in lower case
# (*samhällsbyggnadsnämnden*, *regionfullmäktige*, *förvaltningsrätten*; session 41, the lättläst profile), and its
# administrations, departments, units and offices (*Samhällsbyggnadsförvaltningen har utrett frågan*; session 42).
ALWAYS_NAMES = frozenset({"titel", "utredning", "organ"})
HEADING_WORDS = 2  # a heading of one or two words that holds the long word names the section's subject
LEMMA_PREFIX = 12  # a whole word's lemma starts as the word does; a head's (*svårighet*) does not


class LongWord:
    info = RuleInfo(
        id="long-word",
        title="Långt ord",
        severity=Severity.INFO,
        block_local=False,
        block_parts=True,
        # Careful review, off by default (issue 13, session 22): strict blind readers judged its findings clearly
        # right 32 times of 137 held out (rounds 35–59) and 77 of 162 labels: most long words left are established
        # terms (*jämställdhetsperspektivet*, *kunskapssammanställning*), and neither length, frequency (Zipf),
        # capitals nor repetition in the text tells them from the stacked ones a writer should take apart.
        enabled_by_default=False,
        picky=True,
        summary=(
            "off by default (careful review: `--enable long-word`, the API's `level=picky`, the lättläst profile): "
            "words over `max_letters` (default 20) letters, once per word; not web or e-mail addresses, file names, "
            "names (capitalised mid-sentence, or an inquiry's in lower case: *-utredningen*; a municipality's "
            "committees and boards, fullmäktige and courts, its administrations and their departments, units and "
            "offices: "
            "*samhällsbyggnadsnämnden, förvaltningsrätten, Kommunikationsavdelningen*), titles "
            "(*färdtjänsthandläggare*), a heading or page title of one or two words (*Bostadsanpassningsbidrag*), a "
            "signature's unit line (*Bostadsanpassning, Samhällsbyggnadsförvaltningen*), a name on the line over a "
            "contact line (*Brottsofferjouren i Norrby kommun* / *Telefon: …*), the term a sentence ends on after "
            "*kallas/heter* (*Pengarna kallas bostadsanpassningsbidrag.*), names of laws "
            "and EU directives (*-lagen, -förordningen, -balken, -direktivet*), established words a general "
            "dictionary lists (the model's "
            "full-form list: *befolkningstillväxten*) or `wordlists/long_words_allowed.txt`, compounds of two "
            "dictionary words at most two letters over the limit (*uppdragsbeskrivningen*: one seam, not three or four "
            "parts); "
            "not in a quotation "
            "(option `quoted`: off, info, warning)"
        ),
        reference=references.WORDS,
        explanation=(
            "Mycket långa ord är oftast sammansättningar i flera led, som "
            "”kommunikationsinsatsplanering” eller ”verksamhetsuppföljningsrapport”. Läsaren "
            "måste plocka isär dem för att förstå, och det tar tid. Skriv hellre en prepositionsfras: "
            "”planering av kommunikationsinsatser”, ”rapport om hur verksamheten har gått”. Regeln "
            "markerar ord med fler bokstäver än gränsen (20 om du inte ändrar max_letters), en gång per "
            "ord och text. Den markerar inte webbadresser, "
            "e-postadresser, filnamn eller namn på lagar och EU-direktiv (”tryckfrihetsförordningen”, "
            "”penningtvättsdirektivet”). Den markerar "
            "inte heller etablerade ord som finns i ordboken (”befolkningstillväxten”) eller ord i citat. "
            "Ord av två vanliga ord som bara är lite över gränsen (”uppdragsbeskrivningen”) går bra, och så gör "
            "ord med bindestreck där varje led är kort. Regeln är av från början: --enable long-word."
        ),
        example_before="Vi tar fram en kommunikationsinsatsplanering för verksamhetsuppföljningsrapporten.",
        example_after=(
            "Vi planerar hur vi ska kommunicera, och sedan skriver vi en rapport om hur verksamheten har gått."
        ),
        # Not in quotations by default: a long word in a minister's quote was judged right 7 times of 13 (blind,
        # issue 13), the writer's own 59 of 73; the writer cannot shorten the speaker's words, and a note that
        # only informs gives nothing to do.
        options={"max_letters": 20, "quoted": "off"},
        option_docs={"max_letters": "regeln markerar ord med fler bokstäver än så", "quoted": QUOTED_OPTION},
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        return iter(check_by_parts(self, analysis, options))

    def block_part(self, analysis: Analysis, index: int, options: Mapping[str, Any]) -> tuple[Candidate, ...]:
        """The block's long words that no exception covers, in order, with their findings at block 0:
        whether each is flagged depends on the words flagged before it (once per word and text)."""
        max_letters = int(options["max_letters"])
        allowed = allowed_words()
        block_analysis = analysis.blocks[index]
        if _naming_heading(analysis.document.blocks[index], block_analysis):
            return ()
        found: list[Candidate] = []
        skipped: list[tuple[int, int]] | None = None  # addresses and file names, found once a long word is
        for sentence in block_analysis.sentences:
            for token in block_analysis.sentence_tokens(sentence):
                long_part = _long_part(token, max_letters)
                if long_part is None or _is_name(token, sentence.start) or _is_exempt(long_part, allowed):
                    continue
                if _in_dictionary(token, long_part) or _transparent_pair(long_part, max_letters):
                    continue
                if _is_official_name(block_analysis, token) or in_agency_name(block_analysis, token.i):
                    continue
                if _in_portfolio(block_analysis, token.i) or _names_its_acronym(block_analysis.text, token):
                    continue
                if _after_a_names_first_part(block_analysis, token, sentence.start):
                    continue
                source, block = analysis.document.source, analysis.document.blocks[index]
                if _in_a_unit_line(source, block, token) or _over_a_contact_line(source, block, token):
                    found.append((long_part, None))  # a unit's name: its later uses (*be om bostadsanpassning*) too
                    continue
                if _named_term(block_analysis, token):
                    found.append((long_part, None))  # the term the text introduces: its later uses too
                    continue
                if skipped is None:
                    skipped = [m.span() for m in NOT_PROSE.finditer(block_analysis.text)]
                if any(start <= token.start < end for start, end in skipped):
                    continue
                finding = RuleFinding(
                    0,
                    token.start,
                    token.end,
                    f"”{token.text}” har {_letters(token.text)} bokstäver. Skriv om med fler ord, till "
                    "exempel med en prepositionsfras, men särskriv inte leden.",
                )
                found.append((long_part, finding))
        return tuple(found)

    def combine(
        self, analysis: Analysis, parts: Sequence[tuple[Candidate, ...]], options: Mapping[str, Any]
    ) -> list[RuleFinding]:
        seen = Seen()
        found = []
        for index, part in enumerate(parts):
            for long_part, finding in part:
                if long_part not in seen:
                    seen.add(long_part)
                    if finding is not None:
                        found.append(at_block(analysis, finding, index))
        return quoted_findings(analysis, found, options)


# A long word's long part, lower-cased, and its finding (None: a name, whose later uses are no findings either)
Candidate = tuple[str, RuleFinding | None]


class Seen:
    """The long words flagged so far; ``word in seen`` when the same word, perhaps in another form
    (*planering*, *planeringen*; *vittnesstödjare*, *vittnesstödjarna*: the easy-to-read re-test s51, where the
    ending is replaced), was: the two share all but at most INFLECTION_LETTERS letters, counted at both ends."""

    def __init__(self) -> None:
        self._stems: dict[str, int] = {}  # every flagged word without its last 0 … INFLECTION_LETTERS characters

    def add(self, word: str) -> None:
        for cut in range(min(INFLECTION_LETTERS, len(word)) + 1):
            stem = word[: len(word) - cut]
            self._stems[stem] = min(cut, self._stems.get(stem, cut))

    def __contains__(self, word: str) -> bool:
        for cut in range(min(INFLECTION_LETTERS, len(word)) + 1):
            old_cut = self._stems.get(word[: len(word) - cut])
            if old_cut is not None and old_cut + cut <= INFLECTION_LETTERS:
                return True
        return False


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def _long_part(token: Token, max_letters: int) -> str | None:
    """The part of the word over the limit, lower-cased, or None.

    A word joined by hyphens or a slash (*informations-/kommunikationsstrategi*) counts only
    when one of its parts is too long, and that part is what "the same word" means later.
    """
    if len(token.text) <= max_letters:
        return None  # never more letters than characters: settles almost every token at once
    if not token.is_word or any(c.isdigit() for c in token.text) or token.text.isupper():
        return None
    # *Platser**Ledningsregementet*: emphasis marks a converter left between two words part them too (round 25)
    parts = [part.strip(".,:;").lower() for part in WORD_JOINS.split(token.text)]
    longest = max(parts, key=_letters)
    return longest if _letters(longest) > max_letters else None


SIGNATURE_LINE = re.compile(r"[^\W\d_]+,\s+[A-ZÅÄÖ][^\W\d_]+")


def _naming_heading(block: Block, block_analysis: BlockAnalysis) -> bool:
    """A heading or page title of one or two words names what the section is about (*Bostadsanpassningsbidrag*, a
    benefit's name; session 41, the lättläst profile: false as a long word): the text under it may say it in more
    words, and is read for that."""
    if block.kind not in (BlockKind.HEADING, BlockKind.TITLE):
        return False
    return sum(1 for t in block_analysis.tokens if t.is_word) <= HEADING_WORDS


def _in_a_unit_line(source: str, block: Block, token: Token) -> bool:
    """A line of a signature that names a title or unit and its department (*Färdtjänsthandläggare,
    Kommunledningsförvaltningen*, *Bostadsanpassning, Samhällsbyggnadsförvaltningen*; session 41). The line as
    written in the source: Markdown joins a signature's lines into one paragraph."""
    if block.text[token.end : token.end + 1] != ",":
        return False
    first, last = block.source_span(0, len(block.text))
    start, end = block.source_span(token.start, token.end)
    line_start = max(first, source.rfind("\n", first, start) + 1)
    line_end = source.find("\n", end, last)
    line = source[line_start : line_end if line_end >= 0 else last].strip()
    return line.startswith(source[start:end]) and SIGNATURE_LINE.fullmatch(line) is not None


# The verbs that give a thing its name: *Pengarna kallas bostadsanpassningsbidrag.*, *Det heter utvecklingssamtal.*
NAMING_VERBS = frozenset({"kallas", "kallades", "heter", "hette"})
# A contact line's label (*Telefon: 0123-45 67 80*), as the line after a name opens
CONTACT_LABEL = re.compile(r"\s*(?:Telefon|Tel\.?|E-post|Epost|Mejl|Adress|Besöksadress|Postadress|Webbplats)\b")


def _named_term(block: BlockAnalysis, token: Token) -> bool:
    """The word a sentence ends on after *kallas/heter* (*Pengarna kallas bostadsanpassningsbidrag.*, *Det kallas
    utvecklingssamtal.*): the writer gives the term the reader will meet and has said what it means, as easy-to-read
    texts introduce a word (the easy-to-read re-test s51: false). Rewriting it in more words would lose the name."""
    words = block.words_before(token.i, 2)
    if not words or words[-1].lower != "för" and words[-1].lower not in NAMING_VERBS:
        return False
    if words[-1].lower == "för" and (len(words) < 2 or words[-2].lower not in NAMING_VERBS):
        return False
    following = block.token_after(token)
    return following is None or following.text in (".", "!")


def _over_a_contact_line(source: str, block: Block, token: Token) -> bool:
    """A capitalised word that opens its line, the line above a contact line (*Brottsofferjouren i Norrby kommun* over
    *Telefon: …*; the easy-to-read re-test s51: false): a name in the sender's block, where a sentence's capital does
    not tell a name from another word."""
    if not token.text[:1].isupper():
        return False
    first, _ = block.source_span(0, len(block.text))
    start, _ = block.source_span(token.start, token.end)
    line_start = max(first, source.rfind("\n", first, start) + 1)
    line_end = source.find("\n", start)
    if source[line_start:start].strip() or line_end < 0:
        return False
    return CONTACT_LABEL.match(source, line_end + 1) is not None


def _names_its_acronym(text: str, token: Token) -> bool:
    """A name given its acronym right after it is a name, whatever its case: the writer introduces a short form for it
    (*den nationella telesamverkansgruppen, NTSG*); the acronym's letters are the name's, as abbreviation reads them."""
    match = ACRONYM_AFTER.match(text, token.end)
    if match is None:
        return False
    before = "".join(re.findall(r"\S+\s+", text[max(0, token.start - 80) : token.start])[-NAME_WORDS_BEFORE:])
    return spelled_out_before(before + token.text + " ", match.group(1))


def _after_a_names_first_part(block: BlockAnalysis, token: Token, sentence_start: int) -> bool:
    """The second part of a name whose first part, capitalised inside the sentence, ends in a hyphen: *enhetschef
    för Gymnasie- och vuxenutbildningsenheten* (round 37, blind: false, "part of a ministry unit's name")."""
    first = _cut_first_part(block, token)
    return first is not None and first.text[:1].isupper() and first.i != sentence_start


def _cut_first_part(block: BlockAnalysis, token: Token) -> Token | None:
    """The first part cut off with a hyphen before *och/eller* and this word (*Gymnasie-* in *Gymnasie- och
    vuxenutbildningsenheten*), if there is one."""
    words = block.words_before(token.i, 4)
    if len(words) < 2 or words[-1].lower not in {"och", "eller"} or not words[-2].text.endswith("-"):
        return None
    return words[-2]


PORTFOLIO = ("med", "ansvar", "för")


def _in_portfolio(block: BlockAnalysis, index: int) -> bool:
    """A minister's portfolio after the name, part of the title: *civilminister Erik Slottner med ansvar för
    digitaliseringsfrågor* (issue 13, blind: false as the writer's word)."""
    words = block.words_before(index, 8)
    return len(words) > 3 and tuple(t.lower for t in words[-3:]) == PORTFOLIO and words[-4].pos == "PROPN"


def _is_name(token: Token, sentence_start: int) -> bool:
    """A capitalised word inside a sentence is a name (of an authority, a programme): it is what it is called.

    A compound on an acronym (*IT-supportorganisationsplan*) is no name for that.
    """
    first_part = token.text.lstrip("-").split("-", 1)[0]  # a stray hyphen before it leaves the name a name
    return first_part[:1].isupper() and not first_part.isupper() and token.i != sentence_start


def _is_exempt(lower: str, allowed: frozenset[str]) -> bool:
    if lower.endswith(NAME_ENDINGS) and not lower.endswith(NOT_STATUTES):
        return True
    return any(lower[:cut] in allowed for cut in range(len(lower), len(lower) - INFLECTION_LETTERS - 1, -1))


def _in_dictionary(token: Token, long_part: str) -> bool:
    """An established word the reader knows (*befolkningstillväxten, bruttonationalprodukten,
    försiktighetsåtgärder*): the model's full-form list (a general Swedish dictionary) has it, as this form or
    through the tagger's lemma. A word stacked for the occasion (*kommunikationsinsatsplanering*) is in no
    dictionary. Issue 13: on the labelled findings, 7 of 11 listed words were judged debatable, 11 of 69
    unlisted ones."""
    forms = full_forms()
    if forms is None:
        return False
    if forms.get(long_part) is not None:
        return True
    # The lemma of the whole word (*inlärningssvårigheter*: the list has only the singular), not of its head.
    lemma = token.lemma.lower()
    whole_word = long_part == token.lower and lemma[:LEMMA_PREFIX] == long_part[:LEMMA_PREFIX]
    return whole_word and forms.get(lemma) == lemma


TWO_PART_EXTRA = 2  # letters over max_letters a compound of two dictionary words may have
MIN_PART_LETTERS = 3
LINKING = ("", "s")  # *uppdrag|s|beskrivningen*; *bibliotek|s|statistiken*


def _transparent_pair(word: str, max_letters: int) -> bool:
    """A compound of two words a dictionary lists, at most TWO_PART_EXTRA letters over the limit
    (*uppdragsbeskrivningen*, *biblioteksstatistiken*): long, but one seam to find, not a stack of three or four
    parts (*kommunikationsinsatsplanering*). Blind readers judged such words debatable a third of the time at 21–22
    letters (24 of 36 right), compounds of three parts or more 15 of 17 (issue 13, session 18)."""
    if _letters(word) > max_letters + TWO_PART_EXTRA or not word.isalpha():
        return False
    forms = full_forms()
    if forms is None:
        return False
    for cut in range(MIN_PART_LETTERS, len(word) - MIN_PART_LETTERS + 1):
        if forms.get(word[:cut]) is None:
            continue
        rest = word[cut:]
        tails = (rest[len(link) :] for link in LINKING if rest.startswith(link))
        if any(len(tail) >= MIN_PART_LETTERS and forms.get(tail) is not None for tail in tails):
            return True
    return False


def _is_official_name(block: BlockAnalysis, token: Token) -> bool:
    """A title (*utrikeshandelsminister*), an inquiry's name, often written in lower case
    (*kultursamverkansutredningens betänkande*), or an agency's name (*Jämställdhetsmyndigheten*, also at a sentence
    start or coordinated: *Tandvårds- och läkemedelsförmånsverket*): what they are called
    (wordlists/names_and_titles.tsv)."""
    lower = token.lower.rstrip("s")
    endings = names_and_titles()
    for ending, kind in endings.items():
        if not (lower.endswith(ending) or lower.endswith(ending + "n")):
            continue
        if kind in ALWAYS_NAMES or token.text[:1].isupper() or _after_name_adjective(block, token):
            return True
        if _cut_first_part(block, token) is not None:
            return True
    return False


def _after_name_adjective(block: BlockAnalysis, token: Token) -> bool:
    """*Norra sjukvårdsregionförbundet*, *Nationella telesamverkansgruppen*: a capitalised adjective inside a sentence
    opens a name, and the agency word after it is the rest of it (round 36, blind: false twice)."""
    words = block.words_before(token.i, 3)
    if words and words[-1].lower == "nationella":
        return True  # *det nationella cybersäkerhetscentret*: a national body named in lower case (round 44: false)
    if not words or words[-1].pos != "ADJ" or not words[-1].text[:1].isupper():
        return False
    return len(words) > 1 and words[-2].is_word  # not after a sentence's end: a word, not punctuation


@cache
def names_and_titles() -> dict[str, str]:
    rows = (line.split("\t") for line in read_lines(wordlist_path("names_and_titles.tsv")))
    return {row[0].lower(): row[1] for row in rows if len(row) == 2 and row[0] != "ending"}


@cache
def allowed_words() -> frozenset[str]:
    return frozenset(line.lower() for line in read_lines(wordlist_path(ALLOWED)))
