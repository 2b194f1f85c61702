"""Which language a text is in, so Swedish rules run on Swedish text only.

A built-in measure rather than a language-identification package: klarlint
needs to tell Swedish from six languages only (Norwegian bokmål and nynorsk,
Danish, English, German, Finnish), and the packages that ship their models cost
far more than the whole lint of a letter before they answer (py3langid
decompresses a 68 MB model in 2.6 s; lingua needs 0.5 s in its low-accuracy
mode and a 96 MB wheel), against a cold-start goal of 2 s. Function words
(the most frequent words of each language, which a text cannot avoid) and
letters that only some of these languages use (æ, ø; ä, ö; ü, ß) separate
these seven well on anything longer than a short line, and cost microseconds.

A block decides its own language only with enough evidence (at least
``MIN_EVIDENCE`` points for the winner and a clear lead); a short heading or
list item takes the document's language. A text too short to decide counts as
Swedish: klarlint is a Swedish linter, and a writer who types one sentence in
an editor wants it checked.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, replace
from functools import cache

from klarlint.document import Document
from klarlint.limits import Notice

SWEDISH = "sv"
LANGUAGE_NAMES = {
    "sv": "svenska",
    "nb": "norska (bokmål)",
    "nn": "norska (nynorska)",
    "da": "danska",
    "en": "engelska",
    "de": "tyska",
    "fi": "finska",
}
MIN_EVIDENCE = 3  # points the winning language needs before a block decides on its own
MIN_LEAD = 1.5  # the winner's points at least this many times those of the best language of another family
# Norwegian and Danish are close enough to tie with each other on a sentence; they are one family here,
# so a tie between them still decides that the text is not Swedish.
FAMILY = {"nb": "no-da", "nn": "no-da", "da": "no-da"}

# Frequent function words. A word may be listed for several languages (då, som, med); only
# the differences decide. Words that are frequent in Swedish are never listed for another
# language alone (no "i", "er", "den", "man" for English, Danish or German only).
_FUNCTION_WORDS = {
    "sv": """och att är inte för från till vid när där här också även samt eller detta dessa deras sina
        andra alla många nya vill ska skall ett hur vad varför vilken vilket vilka mellan genom utan inom
        efter över upp jag dig mig oss sig kommer blev blir måste finns får gör görs skulle kunna ni hon
        honom henne dem denna sedan mycket bara någon några något inga ingen hade haft varit vara det den
        en som med på av om de vi du man har kan var men så under mot sin sitt er ut nu också""",
    "nb": """og å at ikke av for til på med som det den en et er har kan skal vil var ble blir være vært
        etter mellom gjennom uten noen mye hva hvor hvordan jeg dere de seg sin sine sitt andre alle mange
        dette disse deres også bare fordi ved mot over inn ut opp nå nye når der her hun ham fra eller men
        så om vi du man under""",
    "nn": """og å at ikkje av for til på med som det den ein eit er har kan skal vil var vart blir vere vore
        etter mellom gjennom utan nokon nokre mykje kva kor korleis eg dykk dei seg sin sine sitt andre
        alle mange dette desse deira òg berre fordi ved mot over inn ut opp no nye når der her ho han frå
        eller men så om vi du me får din ditt dine hos""",
    "da": """og at ikke af for til på med som det den en et er har kan skal vil var blev bliver blive være
        været efter mellem gennem uden nogen nogle meget hvad hvor hvordan jeg jer de sig sin sine sit
        andre alle mange dette disse deres også kun fordi ved mod over ind ud op nu nye når der her hun ham
        fra eller men så om vi du man under får din dit dine hos""",
    "en": """the and of to is that for it with as on are be this by we have not from at or an was will our
        their which has been can more these they you would who about also there its were but into than
        when what how all my your us he she his her them so if no do does very much should could must
        being because through between after over those""",
    "de": """der die das und ist nicht ein eine einen einem zu von mit sich des auf für im dem auch es an
        als wird werden bei sind nach wir sie ich aus oder wie über noch nur einer hat haben kann dass daß
        zum zur vom durch aber mehr wenn diese dieser sein seine ihre ihr uns unsere wurde wurden so schon
        sehr hier gibt soll muss können in""",
    "fi": """ja on ei että se oli ovat myös kun tai mutta joka jos hän sekä sen ole voi tämä nämä ne niin
        kuin mukaan jälkeen olla kanssa hänen mitä jotka joiden siitä sitä tässä vain vielä kaikki nyt jo
        olen olemme meidän sinun te""",
}
# Letters that only some of the languages write: a word with one counts for each of them.
_LETTERS = {
    "æ": ("nb", "nn", "da", "nb", "nn", "da"),  # twice: Swedish never writes them (names aside)
    "ø": ("nb", "nn", "da", "nb", "nn", "da"),
    "ä": ("sv", "fi", "de"),
    "ö": ("sv", "fi", "de"),
    "å": ("sv", "nb", "nn", "da"),
    "ü": ("de",),
    "ß": ("de",),
}
# Spellings that tell Norwegian from Danish (and Swedish): -sjon, gj-/kj-/hj- for Norwegian, -hed for Danish.
_SPELLINGS = (
    (re.compile(r"sjon|^[gkh]j"), ("nb", "nn")),
    (re.compile(r"hed(?:en|er|erne)?$"), ("da",)),
)
_WORD = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"\S*\w[.@/]\w\S*")  # web and e-mail addresses, file names: no language of their own


@dataclass(frozen=True, slots=True)
class Detection:
    """A language guess: ``language`` is None when the text gives too little evidence to decide."""

    language: str | None
    confidence: float  # the winner's share of the two best scores, 0.5 (a tie) to 1.0
    evidence: float  # the winner's points


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for language, words in _FUNCTION_WORDS.items():
        for word in set(words.split()):
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


def scores(text: str) -> Counter[str]:
    """Points per language: one per function word of that language, one per word with a letter it writes."""
    index = _languages_of_word()
    points: Counter[str] = Counter()
    for word in _WORD.findall(_ADDRESS.sub(" ", text.lower())):
        points.update(index.get(word, ()))
        for letter, languages in _LETTERS.items():
            if letter in word:
                points.update(languages)
        for spelling, languages in _SPELLINGS:
            if spelling.search(word):
                points.update(languages)
    return points


class _BlockScores:
    """:func:`scores` and its decision per block text, remembered (least recently used out first): an editor
    re-checks every unchanged paragraph of a long document on each keystroke, and this was half the time of
    such a re-check. The language server lets it hold every paragraph of its open documents
    (:func:`reserve_block_scores`): a document of more paragraphs than the cache holds missed every one of
    them on every keystroke. Callers must not change the results."""

    def __init__(self, max_entries: int = 8192) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[str, tuple[Counter[str], str | None]] = OrderedDict()

    def __call__(self, text: str) -> tuple[Counter[str], str | None]:
        found = self._entries.get(text)
        if found is not None:
            self._entries.move_to_end(text)
            return found
        points = scores(text)
        found = self._entries[text] = (points, _decide(points).language)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return found


_block_scores = _BlockScores()


def reserve_block_scores(entries: int) -> None:
    """Let the per-paragraph language scores hold at least ``entries`` paragraphs."""
    _block_scores.max_entries = max(_block_scores.max_entries, entries)


def detect_language(text: str) -> Detection:
    return _decide(scores(text))


def _decide(points: Counter[str]) -> Detection:
    ranked = points.most_common()
    if not ranked:
        return Detection(None, 0.5, 0.0)
    best_language, best = ranked[0]
    family = FAMILY.get(best_language, best_language)
    second = next((points for lang, points in ranked[1:] if FAMILY.get(lang, lang) != family), 0)
    confidence = best / (best + second)
    decided = best >= MIN_EVIDENCE and best >= MIN_LEAD * second
    return Detection(best_language if decided else None, confidence, float(best))


def detect(text: str) -> tuple[str, float]:
    """``(language, confidence)`` of a text; a text too short to decide is Swedish with confidence 0.5."""
    found = detect_language(text)
    return (found.language, found.confidence) if found.language else (SWEDISH, 0.5)


@dataclass(frozen=True)
class DocumentLanguages:
    language: str  # the document's
    blocks: tuple[str, ...]  # each block's: its own when it decides, else the document's

    def swedish(self, index: int) -> bool:
        return self.blocks[index] == SWEDISH


def document_languages(document: Document, memory: LanguageSums | None = None) -> DocumentLanguages:
    """Each block's language and the document's. ``memory`` (the language server's, one per document) keeps
    the last call's sums and updates them by the blocks that changed (see :class:`LanguageSums`)."""
    if memory is not None:
        per_block, sums = memory.update([block.text for block in document.blocks])
    else:
        per_block = [_block_scores(block.text) for block in document.blocks]
        sums = _summed(per_block)
    language = _decide(Counter(sums)).language or SWEDISH  # too little evidence: Swedish, as detect() says
    return DocumentLanguages(language, tuple(decided or language for _, decided in per_block))


def _summed(per_block: list[tuple[Counter[str], str | None]]) -> dict[str, int]:
    # The blocks' points add up to those of the whole text: no word or address spans a line break.
    # Added up as Counter.update adds them (languages in order of first appearance), without its per-call
    # overhead: a long document has tens of thousands of blocks.
    sums: dict[str, int] = {}
    get = sums.get
    for points, _ in per_block:
        for name, count in points.items():
            sums[name] = count + get(name, 0)
    return sums


class LanguageSums:
    """The language points of one document's blocks and their sums, kept from one call to the next: the
    language server checks a long document on every edit, and summing tens of thousands of paragraphs'
    points each time cost 20 ms. The blocks whose text is the very string of the last call (an unchanged
    start and end of the document) keep their points; the sums lose the points of the blocks in between
    and gain those of the new ones. Exactly what summing all gives: the languages' order (which decides a
    tie for the most points) is that of first appearance, so a tie at the top is summed again in full.
    Not thread-safe: one per document."""

    def __init__(self) -> None:
        self._texts: list[str] = []
        self._per_block: list[tuple[Counter[str], str | None]] = []
        self._sums: dict[str, int] = {}

    def update(self, texts: list[str]) -> tuple[list[tuple[Counter[str], str | None]], dict[str, int]]:
        old = self._texts
        shortest = min(len(old), len(texts))
        start = next(itertools.compress(itertools.count(), map(operator.is_not, old, texts)), shortest)
        end = next(
            itertools.compress(itertools.count(), map(operator.is_not, reversed(old), reversed(texts))), shortest
        )
        end = min(end, shortest - start)
        gone = self._per_block[start : len(old) - end]
        new = [_block_scores(text) for text in texts[start : len(texts) - end]]
        per_block = [*self._per_block[:start], *new, *self._per_block[len(old) - end :]]
        sums = self._sums
        for points, _ in gone:
            for name, count in points.items():
                sums[name] -= count
        for points, _ in new:
            for name, count in points.items():
                sums[name] = sums.get(name, 0) + count
        for name in [name for name, count in sums.items() if count <= 0]:
            del sums[name]
        top = max(sums.values(), default=0)
        if sum(1 for count in sums.values() if count == top) > 1:  # a tie: the order of first appearance decides
            sums = _summed(per_block)
        self._texts, self._per_block, self._sums = texts, per_block, sums
        return per_block, dict(sums)


NOTICE_CODE = "other-language"


@dataclass(frozen=True)
class SkippedText:
    """Blocks klarlint did not lint because they are not Swedish: where (source offset and lines) and language."""

    start: int
    line: int
    end_line: int
    language: str


def swedish_part(
    document: Document, memory: LanguageSums | None = None
) -> tuple[Document, DocumentLanguages, list[SkippedText]]:
    """The document with only its Swedish blocks (the same source, so positions stay exact), and what was left
    out. ``memory``: see :func:`document_languages`."""
    languages = document_languages(document, memory)
    if languages.blocks.count(SWEDISH) == len(languages.blocks):
        return document, languages, []
    kept = [block for i, block in enumerate(document.blocks) if languages.swedish(i)]
    skipped: list[SkippedText] = []
    for i, block in enumerate(document.blocks):
        if languages.swedish(i) or not block.text.strip():
            continue
        start, end = block.source_span(0, len(block.text))
        line, end_line = document.position(start)[0], document.position(max(start, end - 1))[0]
        previous = skipped[-1] if skipped else None
        if previous and previous.language == languages.blocks[i] and line - previous.end_line <= 2:
            skipped[-1] = replace(previous, end_line=end_line)  # consecutive blocks of one language: one entry
        else:
            skipped.append(SkippedText(start, line, end_line, languages.blocks[i]))
    return replace(document, blocks=kept), languages, skipped


def language_notices(skipped: list[SkippedText], languages: DocumentLanguages) -> list[Notice]:
    """What was not linted because it is not Swedish, as notices (code ``other-language``), in Swedish."""
    if not skipped:
        return []
    if not any(languages.swedish(i) for i in range(len(languages.blocks))):
        name = LANGUAGE_NAMES[languages.language]
        return [Notice(NOTICE_CODE, f"Texten är på {name} och har inte granskats: klarlint granskar svensk text.")]
    return [
        Notice(
            NOTICE_CODE,
            f"Text på {LANGUAGE_NAMES[s.language]} har inte granskats ({_lines(s)}): klarlint granskar svensk text.",
            s.start,
            s.start,
        )
        for s in skipped
    ]


def _lines(skipped: SkippedText) -> str:
    return f"rad {skipped.line}" if skipped.line == skipped.end_line else f"rad {skipped.line}–{skipped.end_line}"
