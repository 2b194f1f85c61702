"""Read CoNLL-U treebanks into spaCy Docs.

Used both by training (to build the corpus) and by ``klarlint model evaluate``
(to score the shipped model on any treebank), so both see the data the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab


@dataclass
class Token:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool


@dataclass
class Sentence:
    sent_id: str
    doc_id: str | None
    tokens: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(t.form + (" " if t.space_after else "") for t in self.tokens).strip()


class ConlluError(ValueError):
    """Raised for a file that is not valid CoNLL-U."""


def read_sentences(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file; multiword-token and empty-node lines are skipped."""
    doc_id: str | None = None
    current: Sentence | None = None
    with path.open(encoding="utf-8") as handle:
        for line_no, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id"):
                current = Sentence(sent_id=line.split("=", 1)[1].strip(), doc_id=doc_id)
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if current is not None and current.tokens:
                    yield current
                current = None
            else:
                current = current or Sentence(sent_id=f"{path.name}:{line_no}", doc_id=doc_id)
                token = _parse_token_line(line, path, line_no)
                if token is not None:
                    current.tokens.append(token)
    if current is not None and current.tokens:
        yield current


def _parse_token_line(line: str, path: Path, line_no: int) -> Token | None:
    cols = line.split("\t")
    if len(cols) != 10:
        raise ConlluError(f"{path}:{line_no}: expected 10 tab-separated columns, got {len(cols)}")
    if "-" in cols[0] or "." in cols[0]:
        return None
    try:
        head = int(cols[6]) if cols[6] != "_" else 0
    except ValueError as exc:
        raise ConlluError(f"{path}:{line_no}: head is not a number: {cols[6]!r}") from exc
    return Token(
        form=cols[1],
        lemma=cols[2],
        upos=cols[3],
        xpos=cols[4],
        feats="" if cols[5] == "_" else cols[5],
        head=head,
        deprel=cols[7],
        space_after="SpaceAfter=No" not in cols[9],
    )


def group_sentences(sentences: Iterable[Sentence], per_doc: int = 10) -> Iterator[list[Sentence]]:
    """Group consecutive sentences into documents of at most ``per_doc`` sentences.

    Groups never cross a ``newdoc`` boundary. Multi-sentence documents are what
    teaches (and tests) sentence segmentation.
    """
    group: list[Sentence] = []
    for sentence in sentences:
        if group and (len(group) >= per_doc or sentence.doc_id != group[0].doc_id):
            yield group
            group = []
        group.append(sentence)
    if group:
        yield group


def to_doc(vocab: Vocab, sentences: list[Sentence]) -> Doc:
    """Build one annotated Doc from a group of sentences (heads made document-relative)."""
    words: list[str] = []
    spaces: list[bool] = []
    tags, pos, morphs, lemmas, heads, deps, sent_starts = [], [], [], [], [], [], []
    for sentence in sentences:
        offset = len(words)
        for i, token in enumerate(sentence.tokens):
            words.append(token.form)
            spaces.append(token.space_after)
            tags.append(token.xpos)
            pos.append(token.upos)
            morphs.append(token.feats)
            lemmas.append(token.lemma)
            heads.append(offset + token.head - 1 if token.head else offset + i)
            deps.append("ROOT" if token.deprel == "root" else token.deprel)
            sent_starts.append(i == 0)
        spaces[-1] = True
    spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )
