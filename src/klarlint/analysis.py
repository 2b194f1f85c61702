"""The Analysis: the linguistic view of a Document that rules read.

These are plain dataclasses, independent of spaCy, so a second backend
(Stanza) can produce the same thing and rules never import an NLP library.
Offsets are relative to the block text; the linter maps them to the source.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TypeVar

from klarlint.document import Block, Document

NON_WORD_POS = frozenset({"PUNCT", "SYM", "SPACE", "X"})
T = TypeVar("T")


@dataclass(slots=True)
class Token:
    i: int  # index in the block
    text: str
    lemma: str
    pos: str  # UPOS
    tag: str  # XPOS
    morph: str  # UD FEATS, e.g. "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass"
    dep: str
    head: int  # block index of the head; a root points to itself
    start: int
    end: int
    # Derived once here: every rule asks for them, for every token, many times over.
    lower: str = field(init=False, repr=False, compare=False)
    is_word: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lower = self.text.lower()
        self.lower = self.text if lower == self.text else lower  # most words: one string, not two
        # A word has a letter: punctuation and numbers-only tokens (3, 10 000, 2025-05-05) are not words
        # (LIX, sentence length). isalpha() first: it settles almost every token without a per-character loop.
        self.is_word = self.pos not in NON_WORD_POS and (self.text.isalpha() or any(c.isalpha() for c in self.text))

    def feature(self, name: str) -> str | None:
        return _features(self.morph).get(name)

    def features(self) -> dict[str, str]:
        """All features by name (shared: do not change the dict)."""
        return _features(self.morph)


@lru_cache(maxsize=4096)
def _features(morph: str) -> dict[str, str]:
    """FEATS parsed once per distinct string (there are a few hundred); callers must not change the dict."""
    features = {}
    for pair in morph.split("|"):
        key, _, value = pair.partition("=")
        features.setdefault(key, value)
    return features


@dataclass(slots=True)
class Sentence:
    start: int  # first token index (block)
    end: int  # one past the last token index
    char_start: int
    char_end: int


@dataclass
class BlockAnalysis:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    _children: tuple[int, dict[int, tuple[Token, ...]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    # Values derived from this analysis alone (readability counts), by name, with the token count they were
    # computed at. The language server shares analyses of unchanged paragraphs between edits, so what is
    # derived once here is not derived again for every keystroke.
    derived: dict[str, tuple[int, object]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def memo(self, name: str, compute: Callable[[BlockAnalysis], T]) -> T:
        """``compute(self)``, computed once (again only if tokens were appended since)."""
        found = self.derived.get(name)
        if found is not None and found[0] == len(self.tokens):
            return found[1]  # type: ignore[return-value]
        value = compute(self)
        self.derived[name] = (len(self.tokens), value)
        return value

    @property
    def first_sentence_end(self) -> int:
        """Where the first sentence ends (the text's end without one): the span of a finding about a whole text. A
        number the tokenizer made a sentence of its own (*1.* in the heading *1. Syfte*) runs on to the first
        sentence with a word: a finding that marked only *1.* said nothing (round 91)."""
        for sentence in self.sentences:
            if any(token.is_word for token in self.sentence_tokens(sentence)):
                return sentence.char_end
        return self.sentences[-1].char_end if self.sentences else len(self.text)

    def sentence_of(self, index: int) -> Sentence | None:
        """The sentence of token ``index``, by bisection (a search of the sentences per match is quadratic in a block
        of many sentences)."""
        starts = self.memo("sentence starts", lambda analysis: [s.start for s in analysis.sentences])
        position = bisect_right(starts, index) - 1
        if position < 0 or index >= self.sentences[position].end:
            return None
        return self.sentences[position]

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.start : sentence.end]

    def sentence_words(self, sentence: Sentence) -> list[Token]:
        """The sentence's tokens but punctuation, symbols and white space (numbers stay, unlike ``is_word``)."""
        return [t for t in self.sentence_tokens(sentence) if t.pos not in ("PUNCT", "SYM") and t.text.strip()]

    def token_at(self, offset: int) -> Token | None:
        """The token that covers character ``offset`` of the block's text, if any (the first, should tokens overlap).

        A bisection on the token starts: a scan from the block's first token, once per acronym, made a one-line
        text of 0.4 MB (one block) quadratic (bigfile tester, session 43: 27× the time for 4× the text).
        """
        starts = self.memo("token-starts", _token_starts)
        if starts is None:  # tokens out of order or overlapping (never from spaCy): the first that covers it
            return next((token for token in self.tokens if token.start <= offset < token.end), None)
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.tokens[index].end:
            return self.tokens[index]
        return None

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """The tokens that lie within characters ``start``..``end``, found by bisection (:meth:`token_at`) and read
        on from there: a scan of the whole block per passive with an agent made a one-paragraph file quadratic
        (bigfile tester s43: 16× the time for 4× the text)."""
        tokens = self.tokens
        first = self.token_at(start)
        if first is None or first.start < start:
            return [t for t in tokens if start <= t.start and t.end <= end]  # a span that opens mid-token or in a gap
        within = []
        for index in range(first.i, len(tokens)):
            token = tokens[index]
            if token.start >= end:
                break
            if token.end <= end:
                within.append(token)
        return within

    def words_before(self, index: int, window: int) -> list[Token]:
        """The tokens among the ``window`` before token ``index`` that are not whitespace, in order."""
        return [t for t in self.tokens[max(0, index - window) : index] if not t.text.isspace()]

    def token_after(self, token: Token) -> Token | None:
        """The token right after ``token``, white space too (unlike ``words_after``), or None at the block's end."""
        return self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else None

    def words_after(self, index: int, window: int) -> list[Token]:
        """The tokens among the ``window`` after token ``index`` that are not whitespace, in order."""
        return [t for t in self.tokens[index + 1 : index + 1 + window] if not t.text.isspace()]

    def hangs_on(self, token: Token, head: Token, reach: int) -> bool:
        """Whether ``token`` hangs on ``head`` through at most ``reach`` heads (a bound: a malformed parse may
        loop, and a blob without punctuation makes chains long)."""
        for _ in range(reach):
            if token.head == head.i:
                return True
            if token.head == token.i:
                return False
            token = self.tokens[token.head]
        return False

    def children(self, token: Token) -> tuple[Token, ...]:
        return self._children_index().get(token.i, ())  # shared and unchangeable: no copy per call

    def _children_index(self) -> dict[int, tuple[Token, ...]]:
        """Dependents by head, built once: rules ask for children of many tokens, and a scan per call is quadratic.

        Rebuilt when tokens were appended since (the backend fills a block in pieces).
        """
        if self._children is None or self._children[0] != len(self.tokens):
            index: dict[int, list[Token]] = {}
            for t in self.tokens:
                if t.head != t.i:
                    index.setdefault(t.head, []).append(t)
            self._children = (len(self.tokens), {head: tuple(found) for head, found in index.items()})
        return self._children[1]

    @cached_property
    def word_count(self) -> int:
        return sum(1 for t in self.tokens if t.is_word)


def _token_starts(block: BlockAnalysis) -> list[int] | None:
    """The tokens' starts, for bisection, if each token ends before the next starts (then one token at most covers
    an offset, and the last that starts at or before it is the one); None otherwise."""
    tokens = block.tokens
    if any(a.end > b.start or a.start >= a.end for a, b in zip(tokens, tokens[1:], strict=False)):
        return None
    return [token.start for token in tokens]


class SpanSet:
    """Half-open character spans ``[start, end)`` (speaker tags, cited titles), merged once, that answer whether
    an offset lies in any of them by bisection. Asking ``any(a <= offset < b for a, b in spans)`` per word made
    a block with hundreds of spans quadratic (a one-line text is one block: bigfile tester, session 43)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if start >= end:
                continue  # an empty span holds no offset
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]

    def __bool__(self) -> bool:
        return bool(self._starts)


@dataclass
class Analysis:
    document: Document
    blocks: list[BlockAnalysis] = field(default_factory=list)
    # Values derived from the whole analysis once and shared by the rules that need them (the language
    # server's per-block keys), by name.
    derived: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def memo(self, name: str, compute: Callable[[Analysis], T]) -> T:
        """``compute(self)``, computed once per analysis."""
        if name not in self.derived:
            self.derived[name] = compute(self)
        return self.derived[name]  # type: ignore[return-value]

    def indexed_blocks(self) -> list[tuple[int, Block, BlockAnalysis]]:
        """(index, block, analysis) for every block, in document order (one list per analysis, shared by
        the rules that ask: do not change it)."""
        found = self.derived.get("indexed_blocks")
        if found is None or len(found) != len(self.blocks) or len(found) != len(self.document.blocks):  # type: ignore[arg-type]
            found = [(i, b, a) for i, (b, a) in enumerate(zip(self.document.blocks, self.blocks, strict=True))]
            self.derived["indexed_blocks"] = found
        return found  # type: ignore[return-value]

    pairs = indexed_blocks  # the old name (it returns triples), kept for plug-in rules written against it

    def in_quotation(self, block: int, start: int, end: int | None = None) -> bool:
        """Whether text ``[start, end)`` of block ``block`` is quoted (see :meth:`Block.in_quotation`).

        Rules ask this instead of reading the source: the readers mark block quotes and quoted
        passages in every format.
        """
        return self.document.blocks[block].in_quotation(start, end)

    @cached_property
    def word_count(self) -> int:
        return sum(block.word_count for block in self.blocks)

    @cached_property
    def sentence_count(self) -> int:
        return sum(len(block.sentences) for block in self.blocks)
