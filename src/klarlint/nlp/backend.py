"""NLP backends: turn block texts into :class:`~klarlint.analysis.BlockAnalysis`.

The :class:`Backend` protocol is all the linter knows about NLP. The spaCy
backend uses the model shipped inside the package; a Stanza backend can be
added behind the same protocol.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from klarlint.analysis import BlockAnalysis, Sentence, Token
from klarlint.limits import check_active, token_count
from klarlint.nlp.abbreviations import NEVER_STARTS_SENTENCE, NON_FINAL_LOWER

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Limits that keep time and memory bounded whatever the input (benchmarks/hostile.py):
# a block longer than MAX_CHARS_PER_PIECE is cut before tagging, at a sentence end
# when there is one, else at white space (a "sentence" that long is not prose
# anyone could follow; the cut pieces are joined again into one sentence, so
# long-sentence still reports it once, with its full word count). Pieces are
# tagged in batches of at most MAX_CHARS_PER_BATCH characters: the pipeline's
# memory grows with the text in a batch, not with the number of texts.
MAX_CHARS_PER_PIECE = 5_000
MAX_CHARS_PER_BATCH = 20_000
# ... and at most this many words and punctuation marks: the parser's precomputed hidden layer takes
# about 12 KB per token of a batch, so 20,000 characters of one-letter words (10,000 tokens) held
# 120 MB where prose (3,500 tokens) holds 40 MB.
MAX_TOKENS_PER_BATCH = 4_000
# Control characters (NUL, escape sequences, C1 codes) are not text; the tokenizer would glue
# them to a neighbouring word and hide it from the rules. The parser sees a space instead: same
# length, so every offset stays valid.
CONTROL_TO_SPACE = {
    code: " " for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0))
}
CONTROL_CHARACTER = re.compile("[" + "".join(f"\\x{code:02x}" for code in sorted(CONTROL_TO_SPACE)) + "]")
SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[\"”“’(\[]*[A-ZÅÄÖÉÜ])")
ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)\]]*\s*\Z")
ANALYSIS_ATTRS = ("LEMMA", "POS", "TAG", "MORPH", "DEP", "HEAD", "IDX", "LENGTH")  # the order _append_doc reads
_UINT64 = (1 << 64) - 1
_string_cache: tuple[object, dict[int, str]] | None = None  # (string store, string id → interned string)


class Backend(Protocol):
    name: str

    def analyze(self, texts: Sequence[str]) -> list[BlockAnalysis]:
        """Analyse each text independently; returns one analysis per text, in order."""
        ...


class SpacyBackend:
    name = "spacy"
    fork_safe = True  # klarlint.nlp.parallel may fork this process while the model is loaded (NumPy, no threads)

    def __init__(self, nlp: Language | None = None, batch_size: int = 64) -> None:
        if nlp is None:
            from klarlint.nlp.model import load_model

            nlp = load_model()
        self.nlp = nlp
        self.batch_size = batch_size

    def analyze(self, texts: Sequence[str]) -> list[BlockAnalysis]:
        pieces, owners = pieces_of(texts)
        analyses = [BlockAnalysis(text, [], []) for text in texts]
        offsets = [0] * len(texts)
        previous_owner, previous_piece = -1, ""
        for owner, piece, doc in zip(owners, pieces, self._docs(pieces), strict=True):
            open_sentence = owner == previous_owner and not ENDS_SENTENCE.search(previous_piece)
            _append_doc(analyses[owner], doc, offsets[owner], join_first_sentence=open_sentence)
            offsets[owner] += len(piece)
            previous_owner, previous_piece = owner, piece
        return analyses

    def analyze_pieces(self, pieces: Sequence[str]) -> list[BlockAnalysis]:
        """Each piece (see :func:`pieces_of`) analysed as a text of its own; :func:`join_pieces` makes blocks
        of them again. What klarlint.nlp.parallel hands to other processes: pieces are small and even."""
        docs = self._docs(list(pieces))
        return [_append_doc(BlockAnalysis(piece, [], []), doc, 0) for piece, doc in zip(pieces, docs, strict=True)]

    def _docs(self, pieces: list[str]) -> Iterator[Doc]:
        for batch in batches(pieces, self.batch_size, MAX_CHARS_PER_BATCH):
            check_active()  # a lint's time budget or cancel (klarlint.limits), between batches
            yield from self.nlp.pipe([_without_controls(piece) for piece in batch], batch_size=len(batch))


def _without_controls(piece: str) -> str:
    """The piece with CONTROL_TO_SPACE's characters as spaces (most pieces have none: a search is faster)."""
    return piece.translate(CONTROL_TO_SPACE) if CONTROL_CHARACTER.search(piece) else piece


def pieces_of(texts: Sequence[str]) -> tuple[list[str], list[int]]:
    """Every text cut by :func:`split_long_text`, and for each piece the index of its text."""
    pieces: list[str] = []
    owners: list[int] = []
    for index, text in enumerate(texts):
        for piece in split_long_text(text):
            pieces.append(piece)
            owners.append(index)
    return pieces, owners


def join_pieces(
    texts: Sequence[str], owners: Sequence[int], pieces: Sequence[str], parts: Sequence[BlockAnalysis]
) -> list[BlockAnalysis]:
    """The blocks' analyses from their pieces' (``SpacyBackend.analyze_pieces``): the same as ``analyze``."""
    analyses = [BlockAnalysis(text, [], []) for text in texts]
    offsets = [0] * len(texts)
    previous_owner, previous_piece = -1, ""
    for owner, piece, part in zip(owners, pieces, parts, strict=True):
        analysis = analyses[owner]
        token_offset, char_offset = len(analysis.tokens), offsets[owner]
        for token in part.tokens:  # the part is this process's own copy: moved in place
            token.i += token_offset
            token.head += token_offset
            token.start += char_offset
            token.end += char_offset
        analysis.tokens.extend(part.tokens)
        sentences = [
            Sentence(s.start + token_offset, s.end + token_offset, s.char_start + char_offset, s.char_end + char_offset)
            for s in part.sentences
        ]
        open_sentence = owner == previous_owner and not ENDS_SENTENCE.search(previous_piece)
        _extend_sentences(analysis, sentences, open_sentence)
        offsets[owner] += len(piece)
        previous_owner, previous_piece = owner, piece
    return analyses


def batches(
    pieces: Sequence[str], max_count: int, max_chars: int, max_tokens: int = MAX_TOKENS_PER_BATCH
) -> Iterator[list[str]]:
    """Consecutive runs of ``pieces`` with at most ``max_count`` texts, ``max_chars`` characters and
    ``max_tokens`` words and punctuation marks (or one text)."""
    batch: list[str] = []
    chars = tokens = 0
    for piece in pieces:
        count = token_count(piece)
        if batch and (len(batch) >= max_count or chars + len(piece) > max_chars or tokens + count > max_tokens):
            yield batch
            batch, chars, tokens = [], 0, 0
        batch.append(piece)
        chars += len(piece)
        tokens += count
    if batch:
        yield batch


def split_long_text(text: str, limit: int = MAX_CHARS_PER_PIECE) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters.

    Each cut is at the last sentence end in the second half of the window, else
    at the last white space there, else hard at ``limit``. The pieces
    concatenate back to exactly ``text``.
    """
    if len(text) <= limit:
        return [text]
    pieces = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            end = _cut(text, start + limit // 2, end)
        pieces.append(text[start:end])
        start = end
    return pieces


def _cut(text: str, earliest: int, end: int) -> int:
    last_sentence_end = None
    for match in SENTENCE_END.finditer(text, earliest, end):
        word = text[text.rfind(" ", 0, match.start()) + 1 : match.start() + 1].lower()
        if word not in NON_FINAL_LOWER:  # "t.ex. Skatteverket" goes on
            last_sentence_end = match.end()
    if last_sentence_end is not None:
        return last_sentence_end
    space = max(text.rfind(" ", earliest, end), text.rfind("\n", earliest, end))
    return space + 1 if space >= 0 else end


def _append_doc(
    analysis: BlockAnalysis, doc: Doc, char_offset: int, join_first_sentence: bool = False
) -> BlockAnalysis:
    """Add ``doc`` (a piece of the block at ``char_offset``) to ``analysis``.

    ``join_first_sentence``: the block was cut before this piece, not at a
    sentence end, so the doc's first sentence continues the last one so far.
    The annotations are read as one array (``Doc.to_array``) and their string
    ids turned into strings once per distinct id: attribute access per token
    through spaCy's Python properties cost about 6 % of a lint. The strings are
    interned, which keeps a long document's analysis small.
    """
    token_offset = len(analysis.tokens)
    text = doc.text
    strings = _strings_for(doc)
    rows = doc.to_array(ANALYSIS_ATTRS).astype("int64").tolist() if len(doc) else []  # HEAD is relative, signed
    append = analysis.tokens.append  # (positional arguments: a tenth faster than keywords, per token)
    for i, (lemma, pos, tag, morph, dep, head, idx, length) in enumerate(rows, token_offset):
        form = text[idx : idx + length]
        start = char_offset + idx
        append(
            Token(
                i,
                form,
                strings(lemma) or form,
                strings(pos),
                strings(tag),
                strings(morph),
                strings(dep),
                i + head,
                start,
                start + length,
            )
        )
    sentences: list[Sentence] = []
    for sent in doc.sents:
        start, char_start = token_offset + sent.start, char_offset + sent.start_char
        if sentences and (
            _after_abbreviation(doc, sent)
            or _section_after_number(doc, sent)
            or sent[0].text in NEVER_STARTS_SENTENCE
            and sent[0].text != "”"
        ):
            # after *kap.*, *t.ex.* and before a number, a § or a lower-case word the hints said the sentence goes on,
            # but a second root in the parse ends it anyway (*med stöd av 27 kap. ‖ 46 § socialförsäkringsbalken*;
            # session 46, writer6)
            # the parser now and then starts a sentence at a comma the hints said continues (*… stressyndrom
            # (PTSD) ‖ , komplex PTSD och …*; round 61, blind: a long sentence cut in two): it continues
            previous = sentences.pop()
            start, char_start = previous.start, previous.char_start
        sentences.append(Sentence(start, token_offset + sent.end, char_start, char_offset + sent.end_char))
    _extend_sentences(analysis, sentences, join_first_sentence)
    return analysis


def _after_abbreviation(doc: Doc, sent: Span) -> bool:
    """The sentence follows an abbreviation that never ends one (*kap.*, *t.ex.*) and opens with a number, a § or a
    lower-case word: *27 kap. 46 §* is one reference."""
    first = sent[0].text[:1]
    return (
        sent.start > 0
        and doc[sent.start - 1].lower_ in NON_FINAL_LOWER
        and (first.isdigit() or first == "§" or first.islower())
    )


def _section_after_number(doc: Doc, sent: Span) -> bool:
    """The sentence opens with § right after a number (*föreskrivs i 12 ‖ § förordningen om …*, session 47's agency
    re-test: a 53-word sentence counted as 39): *12 §* is one reference, and a section sign never opens a sentence
    after a number with no full stop between (*Avgiften är 12. § 3 gäller* ends at the stop)."""
    if sent.start == 0 or not sent[0].text.startswith("§"):
        return False
    before = doc[sent.start - 1]
    return before.text[-1:].isdigit() and not before.whitespace_.count("\n")


def _extend_sentences(analysis: BlockAnalysis, sentences: list[Sentence], join_first_sentence: bool) -> None:
    """Add a piece's sentences; its first continues the block's last one when the cut was not at a sentence end."""
    if join_first_sentence and sentences and analysis.sentences:
        first, open_sentence = sentences.pop(0), analysis.sentences.pop()
        sentences.insert(0, Sentence(open_sentence.start, first.end, open_sentence.char_start, first.char_end))
    analysis.sentences.extend(sentences)


def _strings_for(doc: Doc) -> Callable[[int], str]:
    """A function from string id (as ``Doc.to_array`` gives it, signed) to the interned string."""
    global _string_cache
    store = doc.vocab.strings
    if _string_cache is None or _string_cache[0] is not store:
        # One vocabulary in use at a time, so one cache: a new store replaces it and keeps no old one alive.
        _string_cache = (store, {0: "", store["_"]: ""})  # "_": the FEATS of a token without features
    known = _string_cache[1]

    def lookup(key: int) -> str:
        found = known.get(key)
        if found is None:
            found = known[key] = sys.intern(store[key & _UINT64])
        return found

    return lookup
