"""``missing-summary``: a long text that does not start with the most important part."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis, BlockAnalysis, Sentence
from klarlint.document import META_KINDS, Block, BlockKind
from klarlint.genre import (
    ADDRESSEE_LINE,
    DATE_IN_LINE,
    DECISION,
    GREETING_WORDS,
    LETTER,
    LETTER_HEAD_LINE,
    PRESS_RELEASE,
    PROTOCOL,
    REGULATION,
    SPEECH,
    VERSION_LABEL,
    WEB,
    detect_genre,
    forms_of,
    version_label,
)
from klarlint.grammar import MONTHS
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity
from klarlint.rules.impersonal_man import IMPERATIVES

# A section number may stand before it: a revision report's *1. Sammanfattning* is its summary.
SUMMARY_HEADING = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(sammanfattning|kort sammanfattning|sammandrag|summering|kort om|i korthet|"
    r"kortfattat|det viktigaste|det här gäller|det viktigaste i korthet|beslut i korthet|"
    # a planbeskrivning's summary section by convention (Boverket's outline)
    r"(?:planens\s+)?syfte\s+och\s+huvuddrag)\b",
    re.IGNORECASE,
)
# A decision's own section (*Beslut*, *Beslutet*, *Nämndens beslut*, *Miljö- och byggnämndens beslut*): with its
# short text first, it says what Myndigheternas skrivregler ask a decision to say first. A strandskydd decision
# (title, then *Beslut* and the decision in one sentence) had been told its first paragraph was the body's start.
DECISION_HEADING = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:(?:vårt|mitt|[\w-]+(?:\s+och\s+[\w-]+)?s)\s+)?beslut(?:et)?\s*:?\s*$",
    re.IGNORECASE,
)
# A letter's greeting (*Hej Gunnel Åkesson!*) comes before its first paragraph; it is neither summary nor body.
GREETING = re.compile(rf"^(?:{GREETING_WORDS})\b[^.?:;]{{0,60}}[!,]?$", re.IGNORECASE)
GREETING_MAX_WORDS = 6
TOC_HEADING = re.compile(r"^(innehåll|innehållsförteckning)\s*$", re.IGNORECASE)
TOC_LINE = re.compile(r"(\.{3,}|…|\s)\s*\d{1,3}\s*$")
# Openings that are not summaries whatever their length: a byline, a date line, a one-line scope statement.
BYLINE = re.compile(
    r"^(?:(?:av|text|foto|skriven av):?\s+[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)*\s*(?:[,|–-][^.!?]*)?"
    r"|(?:publicerad|uppdaterad|senast uppdaterad|datum)\b.*"
    # the sender's name and the month (energy re-test s53 08: a newsletter's *Från Energimyndigheten, mars
    # 2025* under its title was taken for its opening, and its lead under it went unseen); a month or a year ends it
    r"|från\s+(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+[\w-]+){0,4}\s*[,|–-]?\s*(?:den\s+)?(?:\d{1,2}\s+)?"
    rf"(?:(?:{'|'.join(sorted(MONTHS))})\s*)?\d{{4}})$",
    re.IGNORECASE,
)  # "Av Anna Berg, kommunikatör", "Publicerad 12 mars 2024"; not "Av flera undersökningar framgår att …"
# A news list's date with its category after a middle dot, a bullet or a bar (session 47, the web re-tester: *3
# december 2026 · Nyhet* above a page's marked lead was taken for its opening): a label of at most three words, no
# sentence; a dash is left out (*3 december – Nu öppnar …* opens a sentence).
DATE_LINE = re.compile(
    r"^\W*(?:\w+dag(?:en)?\s+)?(?:den\s+)?(?:\d{1,2}\s+\w+|\d{4}-\d{2}-\d{2})\b[\s\d,.–-]*"
    r"(?:[·•|]\s*[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,2}\s*)?$",
    re.I,
)
# A label of the kind with its date, above or under the title (*Pressmeddelande, 4 december 2026*, *Nyhet
# 2026-12-04*): a date line too.
DATELINE = re.compile(
    r"^(?:pressmeddelande|nyhet|debattartikel|artikel|krönika|notis)(?:\s+från\s+[^,.!?]{1,60}?)?\s*[,:|–-]?\s*"
    r"(?:(?:\w+dag\s+)?(?:den\s+)?\d{1,2}\s+\w+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})?\s*$",
    re.IGNORECASE,
)
SCOPE = re.compile(
    r"^(?:denna|den här|detta|det här|dessa|de här)\s+\w+\s+(?:gäller|omfattar|beskriver|riktar sig|"
    r"handlar om|är|ska)\b",
    re.IGNORECASE,
)
BYLINE_MAX_WORDS = 12
# A letter's head under its letterhead (session 47, the agency re-tester: *Försäkringskassan*, then *Ärendenummer: …
# 2026-11-30* and the address block *Anna Lindqvist / Storgatan 14 B / 722 15 Västerås*, then the title and the
# summary): its reference and date lines (genre.LETTER_HEAD_LINE) and an address block ending in a postcode and a
# town are neither summary nor body. Short, with no sentence's end.
POSTAL_TOWN = re.compile(r"\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?$")
# A case's number with or without its colon (agri re-test s53 06: the head's *BESLUT / 2024-06-12 / Dnr
# 615-3390-2024*, which the reader joins into one paragraph, had been taken for the title's own text, so the decision's
# *Beslut* under the title was no longer first); with a date, a head's line where no finite verb makes it a sentence.
CASE_REFERENCE = re.compile(
    r"\b(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|beteckning)\b\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}[\s-]?)?\d", re.I
)
LETTER_HEAD_MAX_WORDS = 12
QUESTION_HEADING_WORDS = 8
QUESTION_LINE = re.compile(r"[^.!?\n]{3,80}\?")  # a paragraph's first sentence, a question (see _question_line)
LINE_BREAK = re.compile(r"[ \t]*\r?\n")
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
KEY_LEMMAS = 12  # the text's most frequent content lemmas (and its headings') an opening must touch
MIN_SHARED = 1  # one shared key word: a short lead touches the topic; byline, date and scope lines are caught apart
MIN_KEY_COUNT = 3  # a key lemma recurs in the text
COMMON_VERBS = frozenset({"vara", "ha", "bli", "kunna", "skola", "få", "göra", "komma", "måste", "finnas", "ska"})
LEAD_LENGTH_FACTOR = 2  # a news lead may run to two short paragraphs' length and still be the summary
LEAD_GENRES = frozenset({WEB, PRESS_RELEASE})  # the lead paragraph under the title is the summary
# A letter's or a decision's title that tells its reader the outcome (tax re-test s50 02: *Du är godkänd för F-skatt*
# over *Vi har godkänt dig för F-skatt från och med …*, told its first paragraph was the body's start): the title and
# the paragraph under it say the most important thing first, though the paragraph is not shorter than the next.
OUTCOME_TITLE = re.compile(r"^(?:du|ni)\s+(?:är|har|får|blir|kan|ska|behöver|måste)\s+[^.!?]{2,80}$", re.IGNORECASE)
OUTCOME_GENRES = frozenset({LETTER, DECISION})


class MissingSummary:
    info = RuleInfo(
        id="missing-summary",
        title="Ingen sammanfattning först",
        severity=Severity.WARNING,
        block_local=False,
        summary=(
            "a text over 300 words that does not open with a summary (a heading such as *Sammanfattning*, *Kort om*, "
            "*I korthet*, *1. Sammanfattning*, a planbeskrivning's *Planens syfte och huvuddrag*, a decision's "
            "*Beslut* section of up to 60 words right under the title, a short opening paragraph or list of key "
            "points, a web page's lead that the page marks as such, class *lead*, *ingress*, *preamble* or *intro*; a "
            "letter's greeting and a byline, date line or sender-and-issue line (*Från Energimyndigheten, mars 2025*) "
            "above the lead are skipped, and so are a letter's head lines (a date, *Dnr …*) and letterhead lines read "
            "as headings, *Göteborg 2026-11-30*, *Till: …*, and a version label, *Lättläst*; a letter's or decision's "
            "title that tells the reader the outcome, *Du är godkänd för F-skatt*, makes the paragraph under it the "
            "summary); a table of contents is not a summary"
        ),
        reference=references.STRUCTURE,
        explanation=(
            "Börja med det viktigaste. En läsare som bara läser början ska förstå vad "
            "texten handlar om och vad hen behöver göra. En längre text behöver därför en "
            "sammanfattning först: en rubrik som ”Sammanfattning” eller ”Kort om …”, eller "
            "ett kort inledande stycke som säger det viktigaste. En innehållsförteckning "
            "är ingen sammanfattning."
        ),
        example_before=(
            "Bakgrund\n\nDu sökte i mars bygglov för ett garage på din tomt. Vi har läst din ansökan och "
            "ritningarna.\n\nVi har också frågat dina grannar vad de tycker, och ingen av dem hade något emot "
            "garaget. Garaget följer detaljplanen för området.\n\nBeslut\n\nDu får bygglov för ditt garage. "
            "Du kan börja bygga när du har fått startbesked."
        ),
        example_after=(
            "Kort om beslutet\n\nDu får bygglov för ditt garage. Du kan börja bygga när du har fått "
            "startbesked.\n\nSå har vi prövat din ansökan\n\nDu sökte i mars bygglov för ett garage på din "
            "tomt. Vi har läst din ansökan och ritningarna.\n\nVi har också frågat dina grannar vad de tycker, och "
            "ingen av dem hade något emot garaget. Garaget följer detaljplanen för området."
        ),
        example_options={"min_words": 40},
        options={"min_words": 300, "opening_max_words": 60, "search_blocks": 6},
        option_docs={
            "min_words": "kortare texter behöver ingen sammanfattning",
            "opening_max_words": "högsta antal ord i ett inledande stycke som regeln godtar som sammanfattning",
            "search_blocks": "hur många block från början regeln letar i",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        words = analysis.word_count
        if words <= int(options["min_words"]) or not analysis.blocks:
            return
        genre = analysis.document.genre or detect_genre(analysis.document)
        if genre in (SPEECH, PROTOCOL) or REGULATION in forms_of(analysis.document):
            # a speech is heard from its start; a protocol follows the meeting's order of business, each decision
            # under its own paragraph (session 45); a regulation is a statute's text, its sections in the order the
            # series prescribes (session 48, the agency re-tester's *föreskrifter*): none has a summary to put first
            return
        lacks = _lacks(analysis, int(options["opening_max_words"]), int(options["search_blocks"]), genre)
        if lacks is None:
            return
        first = analysis.blocks[0]
        yield RuleFinding(
            0,
            0,
            first.first_sentence_end,
            f"Texten har {words} ord men börjar inte med en sammanfattning: {lacks}. {_advice(genre)}",
        )


def _advice(genre: str) -> str:
    """What to write first. A web page or a press release has no heading *Sammanfattning*: its lead paragraph (the
    ingress) is the summary (session 42, webrev: *Lediga jobb* had been told to add such a heading)."""
    if genre == WEB:
        # a news page on regeringen.se reads as a web page too: what the reader can do is an example, not a must
        return (
            "Börja med en ingress: ett kort första stycke som säger vad sidan handlar om och vad som är viktigast för "
            "läsaren, till exempel vad hen kan göra."
        )
    if genre == PRESS_RELEASE:
        return "Börja med en ingress: ett kort första stycke som säger vad som är nytt och vad som är viktigast."
    return (
        "Börja med det viktigaste. Skriv en rubrik som ”Sammanfattning” eller ”Kort om …”, eller ett kort "
        "inledande stycke om vad texten handlar om och vad som är viktigast."
    )


def _lacks(analysis: Analysis, opening_max_words: int, search_blocks: int, genre: str) -> str | None:
    """What the opening lacks to be a summary, in Swedish; None when it is one."""
    body = _body(analysis)
    pairs = body[:search_blocks]
    if any(b.kind is BlockKind.HEADING and SUMMARY_HEADING.match(b.text) for _, b, _ in pairs):
        return None
    if _decision_first(body, opening_max_words, search_blocks):
        return None
    found = _opening_paragraph(pairs)
    if found is None:
        return _list_lacks(analysis, body, opening_max_words * LEAD_LENGTH_FACTOR)
    index, opening = found
    text = opening.text.strip()
    if _dateline(opening):
        return "det första stycket är en byline eller en datumrad"
    if SCOPE.match(text) and len(opening.sentences) <= 1:
        return "det första stycket säger bara vad texten gäller, inte vad som är viktigast"
    limit = opening_max_words * (LEAD_LENGTH_FACTOR if genre in LEAD_GENRES else 1)
    if not 0 < opening.word_count <= limit:
        return f"det första stycket är längre än {limit} ord"
    if pairs[index][1].lead:  # the page marks it as its lead: the editor's own summary (Block.lead)
        return None
    run = body[index : _one_sentence_run(body, index) + 1]
    words = sum(a.word_count for _, _, a in run)
    if words > limit:
        run, words = run[:1], opening.word_count
    index += len(run) - 1
    if _shared_key_lemmas(analysis, set().union(*(_lemmas(a) for _, _, a in run)), MIN_SHARED) < MIN_SHARED:
        return "det första stycket nämner inte det texten handlar om"
    if _instructions(opening):
        return None
    following = body[index + 1 : index + 4]
    if genre in LEAD_GENRES or _stands_apart(following, words, analysis.document.source):
        return None
    if genre in OUTCOME_GENRES and _outcome_title(pairs[:index]):
        return None
    return "det första stycket är början på brödtexten, inte en sammanfattning"


def _one_sentence_run(pairs: list[tuple[int, Block, BlockAnalysis]], index: int) -> int:
    """The last of the one-sentence paragraphs from ``index`` on, where a heading follows them: an easy-to-read
    Word file's opening, one sentence a paragraph (easy-to-read re-test s51 03: *Har du en funktionsnedsättning? /
    Då kan du få pengar för att ändra i din bostad.* had been judged by its question alone; the same lines in a .txt
    are one paragraph, and passed). ``index`` itself where no heading ends the run (the body's own layout)."""
    last = index
    for position in range(index, len(pairs)):
        block, block_analysis = pairs[position][1], pairs[position][2]
        if block.kind is BlockKind.HEADING:
            return last
        if block.kind is not BlockKind.PARAGRAPH or len(block_analysis.sentences) != 1:
            return index
        last = position
    return index


def _instructions(opening: BlockAnalysis) -> bool:
    """Every sentence of the opening, two or more, tells the reader what to do (*Ring 112 om det brinner. Stäng
    dörren … Gå ut … Ta inte hissen.*): an instruction's most important thing, first (easy-to-read re-test s51 04, a
    fire leaflet, had been asked for a summary's heading). The tagger reads many imperatives as nouns (*Ring*, *Stäng*)
    or infinitives: a known imperative, an imperative mood, or a word that is its verb lemma less its *-a*."""
    return len(opening.sentences) > 1 and all(_opens_with_imperative(opening, s) for s in opening.sentences)


def _opens_with_imperative(block: BlockAnalysis, sentence: Sentence) -> bool:
    words = block.sentence_words(sentence)
    if not words or not words[0].text[:1].isupper():
        return False
    first = words[0]
    lemma = first.lemma.lower()
    verb_stem = lemma.endswith("a") and first.lower == lemma[:-1] and len(first.lower) > 1
    bare_infinitive = first.pos == "VERB" and first.feature("VerbForm") == "Inf"  # *Gå ut*: no *att*, first
    return first.lower in IMPERATIVES or first.feature("Mood") == "Imp" or verb_stem or bare_infinitive


def _list_lacks(analysis: Analysis, body: list[tuple[int, Block, BlockAnalysis]], limit: int) -> str | None:
    """What an opening list lacks, or the lack of any opening. A short list of the main points before the first
    subheading is a summary (a press release's quoted key points had been told there was no text before the first
    subheading: round 154, false)."""
    items = _opening_list(body)
    if not items:
        return "det finns inget inledande stycke före den första mellanrubriken"
    words = sum(item.word_count for item in items)
    if words > limit:
        return f"punktlistan i början har {words} ord, för många för en sammanfattning"
    if not _shared_key_lemmas(analysis, set().union(*map(_lemmas, items)), 1):
        return "den inledande punktlistan nämner inte det texten handlar om"
    return None


def _opening_list(body: list[tuple[int, Block, BlockAnalysis]]) -> list[BlockAnalysis]:
    """The list items right after the title, up to the first subheading or paragraph."""
    items: list[BlockAnalysis] = []
    for position, (_, block, block_analysis) in enumerate(body):
        if block.kind is BlockKind.LIST_ITEM:
            items.append(block_analysis)
        elif items or block.kind is not BlockKind.HEADING or position > 0:
            break
    return items


def _content_lemmas(block: BlockAnalysis) -> Iterator[str]:
    return (t.lemma.lower() for t in block.tokens if t.pos in CONTENT_POS and len(t.lemma) > 2)


def _lemmas(block: BlockAnalysis) -> set[str]:
    return set(_content_lemmas(block))


def _shared_key_lemmas(analysis: Analysis, lemmas: set[str], enough: int) -> int:
    """How many of ``lemmas`` are key lemmas of the text (see _key_lemmas), or at least ``enough``: the headings'
    lemmas are key lemmas, and where the opening shares enough of them the text's words need not be counted (an
    edit's lint at 300,000 words had counted them all again)."""
    shared = len(lemmas & analysis.memo(_HEADING_LEMMAS, _heading_lemmas))
    return shared if shared >= enough else _shared(lemmas, _key_lemmas(analysis))


# A key lemma this long that opens a longer lemma is that compound's topic: *bostadsanpassningsbidrag* under the title
# *Bostadsanpassning* (easy-to-read re-test s51 03) names what the text is about.
COMPOUND_KEY_MIN = 8


def _shared(lemmas: set[str], keys: set[str]) -> int:
    """How many of ``lemmas`` are key lemmas, or compounds that open with one (see COMPOUND_KEY_MIN)."""
    long_keys = tuple(key for key in keys if len(key) >= COMPOUND_KEY_MIN)
    return sum(lemma in keys or lemma.startswith(long_keys) for lemma in lemmas)


def _heading_lemmas(analysis: Analysis) -> set[str]:
    """The key-lemma candidates of the text's headings (once per analysis: see _HEADING_LEMMAS)."""
    return {
        lemma
        for _, block, block_analysis in analysis.indexed_blocks()
        if block.kind is BlockKind.HEADING
        for lemma in block_analysis.memo(_KEY_CANDIDATES, _key_candidates)
    }


def _key_lemmas(analysis: Analysis) -> set[str]:
    """The text's most frequent content lemmas, and those of its headings (what the text is about)."""
    pairs = analysis.indexed_blocks()
    # A block's lemmas are kept with its analysis, which the language server reuses for an unchanged paragraph: the
    # lemmas of every token of a 300,000-word text had been gathered again after each edit (100 ms).
    counts = Counter(itertools.chain.from_iterable(a.memo(_KEY_CANDIDATES, _key_candidates) for _, _, a in pairs))
    frequent = {lemma for lemma, count in counts.most_common(KEY_LEMMAS) if count >= MIN_KEY_COUNT}
    return frequent | analysis.memo(_HEADING_LEMMAS, _heading_lemmas)


_KEY_CANDIDATES = "missing_summary.key_candidates"
_HEADING_LEMMAS = "missing_summary.heading_lemmas"


def _key_candidates(block: BlockAnalysis) -> tuple[str, ...]:
    """The block's content lemmas that may be key lemmas, once per occurrence."""
    return tuple(lemma for lemma in _content_lemmas(block) if lemma not in COMMON_VERBS)


def _body(analysis: Analysis) -> list[tuple[int, Block, BlockAnalysis]]:
    """The blocks of the text itself: a page's title and description are not where a summary goes."""
    return [pair for pair in analysis.indexed_blocks() if pair[1].kind not in META_KINDS]


def _stands_apart(following: list[tuple[int, Block, BlockAnalysis]], words: int, source: str) -> bool:
    """A lead is set off from the body: a heading follows it, or it is much shorter than the body's paragraphs.

    Without this, the first paragraph of any text that happens to be short would count as a summary,
    even when it is simply the start of the body.
    """
    if not following or following[0][1].kind is BlockKind.HEADING or _question_heading(following[0][2]):
        return True
    if _question_line(following[0][1], source):
        return True
    body = [b.word_count for _, block, b in following if block.kind is not BlockKind.HEADING]
    return words * 2 <= sum(body) / len(body)


def _question_line(block: Block, source: str) -> bool:
    """A short question on a line of its own above its section's lines, in one paragraph (session 48, the school
    re-tester's easy-to-read text: *Kulturskolan är en skola på fritiden. / Där kan du lära dig …* above *Vad kan jag
    göra i kulturskolan? / Du kan spela ett instrument. / …*): plain text cannot mark the question as a heading, and
    the reader joins an easy-to-read text's short lines into a paragraph. The short lines above it are the lead."""
    question = QUESTION_LINE.match(block.text)
    if question is None or len(question.group(0).split()) > QUESTION_HEADING_WORDS:
        return False
    return bool(LINE_BREAK.match(source, block.to_source(question.end())))


def _question_heading(block: BlockAnalysis) -> bool:
    """A short question alone on its line, a section's heading that plain text cannot mark (session 47, the agency
    re-tester's letter: *Varför ska du betala tillbaka?* under its summary)."""
    text = block.text.strip()
    return text.endswith("?") and block.word_count <= QUESTION_HEADING_WORDS and len(block.sentences) == 1


def _decision_first(body: list[tuple[int, Block, BlockAnalysis]], max_words: int, search_blocks: int) -> bool:
    """Whether the text opens with its decision: a decision heading (DECISION_HEADING) with no text between it and
    the first heading (a title; a letterhead's lines may come before it, and in plain text they are headings
    too), over a text of at most ``max_words`` words (up to the next heading). A *Beslut* after a section of its own
    (*Bakgrund* and its paragraphs) is not first. It is looked for among ``search_blocks`` blocks, the head's date,
    reference and address lines not counted (preschool re-test s53 09: a head of seven lines had put *Beslut* past
    the search)."""
    titled = False
    counted = 0
    for position, (_, block, block_analysis) in enumerate(body):
        heading = block.kind is BlockKind.HEADING
        if not (_head_heading(block, block_analysis) if heading else _letter_head(block_analysis)):
            counted += 1
        if counted > search_blocks:
            return False
        if block.kind is not BlockKind.HEADING:
            # (a letter's head between the title and *Beslut* is no text of its own: *Datum: 2026-11-26. Diarienummer:
            # TSK 2026-201377.* and the address block; session 50, a transport re-tester)
            if titled and not _letter_head(block_analysis):
                return False  # the title's own text, or a section's, comes before
            continue
        if DECISION_HEADING.match(block.text.strip()):
            words = 0
            for _, below, analysis in body[position + 1 :]:
                if below.kind is BlockKind.HEADING:
                    break
                words += analysis.word_count
            if words:
                return words <= max_words
            continue  # the head's label of the document's kind (*BESLUT* over its date's line), no section
        titled = True
    return False


def _outcome_title(before: list[tuple[int, Block, BlockAnalysis]]) -> bool:
    """Whether the heading right above the opening paragraph tells the reader the outcome (see OUTCOME_TITLE)."""
    return bool(before) and before[-1][1].kind is BlockKind.HEADING and bool(OUTCOME_TITLE.match(before[-1][1].text))


def _head_heading(block: Block, block_analysis: BlockAnalysis) -> bool:
    """A heading that is no section's: a letter's head line that plain text reads as a heading (*Göteborg
    2026-11-30*, *Till: …*; tax re-test s50 08, whose title was then the date's line and the decision's heading
    the first subheading), or a version's label (see VERSION_LABEL)."""
    text = block.text.strip()
    if VERSION_LABEL.match(text):
        return True
    return block_analysis.word_count <= LETTER_HEAD_MAX_WORDS and bool(
        LETTER_HEAD_LINE.match(text) or ADDRESSEE_LINE.match(text) or CASE_REFERENCE.match(text)
    )


def _dateline(opening: BlockAnalysis) -> bool:
    """Whether a paragraph is a byline or a date line (BYLINE, DATE_LINE, DATELINE): no summary whatever its length."""
    text = opening.text.strip()
    if BYLINE.match(text) and opening.word_count <= BYLINE_MAX_WORDS:
        return True
    return bool(DATE_LINE.match(text) or DATELINE.match(text))


def _letter_head(block: BlockAnalysis) -> bool:
    """Whether a paragraph is a letter's reference and date lines or its address block (see POSTAL_TOWN)."""
    text = block.text.strip()
    if block.word_count > LETTER_HEAD_MAX_WORDS or text.endswith(("!", "?")):
        return False
    if text.endswith(".") and not LETTER_HEAD_LINE.match(text):
        return False  # a sentence's end, unless the line opens with its label (*Datum: 2026-11-26. Dnr: …*)
    if POSTAL_TOWN.search(text) or LETTER_HEAD_LINE.search(text):
        return True
    dated = CASE_REFERENCE.search(text) or DATE_IN_LINE.search(text)
    return bool(dated) and not any(t.feature("VerbForm") == "Fin" for t in block.tokens)


def _opening_paragraph(pairs: list[tuple[int, Block, BlockAnalysis]]) -> tuple[int, BlockAnalysis] | None:
    """The first paragraph, after a title, that comes before the body's first subheading. A byline or a date line
    is passed over for the lead under it (session 46, a writer's re-tester: a press release's *Pressmeddelande, 4
    december 2026* above its title was taken for its opening and its bold lead under the title went unseen); it is
    the opening only where no paragraph comes before the first subheading."""
    in_toc = False
    headings_seen = 0
    dateline = None  # the first byline or date line passed over
    for position, (_, block, block_analysis) in enumerate(pairs):
        if block.kind is BlockKind.HEADING and _head_heading(block, block_analysis):
            continue
        if block.kind is BlockKind.PARAGRAPH and version_label(block.text):
            continue  # *Lättläst* (or *\*Lättläst\**) on its own line under the title (easy-to-read re-test s51 05, 09)
        if block.kind is BlockKind.HEADING:
            in_toc = bool(TOC_HEADING.match(block.text))
            headings_seen += 1
            if headings_seen > 1 and not in_toc:
                return dateline
            continue
        if in_toc or TOC_LINE.search(block.text):
            continue
        if block_analysis.word_count <= GREETING_MAX_WORDS and GREETING.match(block.text.strip()):
            continue
        if block.kind is BlockKind.PARAGRAPH and _dateline(block_analysis):
            dateline = dateline or (position, block_analysis)
            continue
        if block.kind is BlockKind.PARAGRAPH and dateline is None and _letter_head(block_analysis):
            headings_seen = 0  # (the heading above it was the letterhead: the title comes under the head)
            continue
        return (position, block_analysis) if block.kind is BlockKind.PARAGRAPH else None
    return dateline
