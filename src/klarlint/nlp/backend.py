"""NLP backends: turn block texts into :class:`~klarlint.analysis.BlockAnalysis`.

The :class:`Backend` protocol is all the linter knows about NLP. The spaCy
backend uses the model shipped inside the package; a Stanza backend can be
added behind the same protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from klarlint.analysis import BlockAnalysis, Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Texts longer than this are cut into pieces at white space before tagging:
# the parser's memory grows with sentence length, and a block this long is
# not prose a reader could follow anyway.
MAX_CHARS_PER_PIECE = 20_000


class Backend(Protocol):
    name: str

    def analyze(self, texts: Sequence[str]) -> list[BlockAnalysis]:
        """Analyse each text independently; returns one analysis per text, in order."""
        ...


class SpacyBackend:
    name = "spacy"

    def __init__(self, nlp: Language | None = None, batch_size: int = 64) -> None:
        if nlp is None:
            from klarlint.nlp.model import load_model

            nlp = load_model()
        self.nlp = nlp
        self.batch_size = batch_size

    def analyze(self, texts: Sequence[str]) -> list[BlockAnalysis]:
        pieces: list[str] = []
        owners: list[int] = []
        for index, text in enumerate(texts):
            for piece in split_long_text(text):
                pieces.append(piece)
                owners.append(index)
        docs = self.nlp.pipe(pieces, batch_size=self.batch_size)
        analyses = [BlockAnalysis(text, [], []) for text in texts]
        offsets = [0] * len(texts)
        for owner, doc in zip(owners, docs, strict=True):
            _append_doc(analyses[owner], doc, offsets[owner])
            offsets[owner] += len(doc.text)
        return analyses


def split_long_text(text: str, limit: int = MAX_CHARS_PER_PIECE) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at white space where possible.

    The pieces concatenate back to exactly ``text``.
    """
    if len(text) <= limit:
        return [text]
    pieces = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind(" ", start + limit // 2, end)
            end = cut + 1 if cut > 0 else end
        pieces.append(text[start:end])
        start = end
    return pieces


def _append_doc(analysis: BlockAnalysis, doc: Doc, char_offset: int) -> None:
    token_offset = len(analysis.tokens)
    for token in doc:
        analysis.tokens.append(
            Token(
                i=token_offset + token.i,
                text=token.text,
                lemma=token.lemma_ or token.text,
                pos=token.pos_,
                tag=token.tag_,
                morph=str(token.morph),
                dep=token.dep_,
                head=token_offset + token.head.i,
                start=char_offset + token.idx,
                end=char_offset + token.idx + len(token.text),
            )
        )
    for sent in doc.sents:
        analysis.sentences.append(
            Sentence(
                start=token_offset + sent.start,
                end=token_offset + sent.end,
                char_start=char_offset + sent.start_char,
                char_end=char_offset + sent.end_char,
            )
        )
