"""Lexicon signatures: what a full-form lexicon says about a word, as one more embedded feature.

The treebanks we train on hold about 43,000 words, so the tagger meets many
words it never saw; its hash embeddings then know only their spelling (prefix,
suffix, shape). A full-form lexicon of 660,000 Swedish forms (the lemma
fallback list of :mod:`klarlint.nlp.lemma_lexicon`) knows far more of them, and
how a form relates to its lemma says much about its part of speech:
*ansökningarna → ansökning* strips ``arna`` (a definite plural noun),
*överklagas → överklaga* strips ``s`` (an s-form verb), *vackra → vacker*
rewrites ``ra`` as ``er`` (an adjective).

The signature of a word is that rewrite (``"arna>"``, ``"s>"``, ``"ra>er"``),
``">"`` for a form that is its own lemma; for an unlisted word, the rewrite of
its longest listed final part marked with ``+`` (Swedish compounds:
*handläggnings|tiden* gives ``"+en>"``), else ``"?"``. :func:`lexicon_hash_embed` embeds it beside spaCy's usual NORM,
PREFIX, SUFFIX and SHAPE features. Training and tagging both take signatures
from the same lexicon, never from the training data's own lemmas, so a word
seen in training and an unseen one are described alike.
"""

from __future__ import annotations

import lzma
from collections.abc import Callable, Sequence

from spacy.attrs import ORTH, intify_attr
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from klarlint.nlp.lemma_lexicon import FALLBACK_FILE, SortedLexicon, compound_head

UNKNOWN = "?"
MAX_PART = 6  # letters kept of each side of the rewrite: longer ones are compounds' own stems
MAX_CACHE = 200_000
_lexicon: SortedLexicon | None = None


def signature(text: str, lexicon: SortedLexicon) -> str:
    """The form → lemma rewrite of ``text`` in ``lexicon`` (see the module docstring)."""
    lemma = lexicon.get(text)
    lower = text.lower()
    if lemma is None and lower != text:
        lemma = lexicon.get(lower)
    if lemma is not None:
        return _rewrite(lower, lemma.lower())
    head = compound_head(lower, lexicon)
    return UNKNOWN if head is None else "+" + _rewrite(*head)


def _rewrite(lower: str, lemma: str) -> str:
    common = 0
    for a, b in zip(lower, lemma, strict=False):
        if a != b:
            break
        common += 1
    return f"{lower[common:][-MAX_PART:]}>{lemma[common:][-MAX_PART:]}"


def default_lexicon() -> SortedLexicon:
    """The full-form list for tables that no loaded model supplies (see :func:`attach_lexicon`).

    Training sets it with :func:`use_lexicon`; otherwise it is the list shipped in the model.
    """
    global _lexicon
    if _lexicon is None:
        from klarlint.nlp.model import MODEL_DIR

        _lexicon = SortedLexicon(lzma.decompress((MODEL_DIR / "klarlint_lemma_lexicon" / FALLBACK_FILE).read_bytes()))
    return _lexicon


def use_lexicon(lexicon: SortedLexicon) -> None:
    """Make ``lexicon`` the default (training: the list the model will ship with)."""
    global _lexicon
    _lexicon = lexicon


class SignatureTable:
    """Signature hashes per orth id, computed once per word type."""

    def __init__(self, lexicon_provider: Callable[[], SortedLexicon] = default_lexicon) -> None:
        self.provider = lexicon_provider
        self.hashes: dict[int, int] = {}

    def column(self, doc: Doc, orths: Sequence[int]) -> list[int]:
        hashes = self.hashes
        missing = [orth for orth in orths if orth not in hashes]
        if missing:
            if len(hashes) + len(missing) > MAX_CACHE:
                hashes.clear()
            lexicon = self.provider()
            strings = doc.vocab.strings
            for orth in missing:
                hashes[orth] = hash_string(signature(strings[orth], lexicon))
        return [hashes[orth] for orth in orths]


def lexicon_features(
    columns: Sequence[str | int], table: SignatureTable | None = None
) -> Model[list[Doc], list[Ints2d]]:
    """Like spaCy's FeatureExtractor, with the lexicon signature as one last column."""
    ids = [intify_attr(c) if isinstance(c, str) else c for c in columns]
    return Model(
        "klarlint_lexicon_features",
        _features_forward,
        attrs={"columns": [*ids, ORTH], "table": table or SignatureTable()},
    )


def _features_forward(model: Model, docs: list[Doc | Span], is_train: bool) -> tuple[list[Ints2d], Callable]:
    columns = model.attrs["columns"]
    table: SignatureTable = model.attrs["table"]
    features = []
    for doc in docs:
        if isinstance(doc, Span):
            values = doc.doc.to_array(columns)[doc.start : doc.end]
            owner = doc.doc
        else:
            values = doc.to_array(columns)
            owner = doc
        if values.ndim == 1:
            values = values.reshape((values.shape[0], len(columns)))
        values = values.copy()
        values[:, -1] = table.column(owner, values[:, -1].tolist())
        features.append(model.ops.asarray2i(values, dtype="uint64"))
    return features, lambda d_features: []


@registry.architectures("klarlint.LexiconHashEmbed.v1")
def lexicon_hash_embed(
    width: int, attrs: list[str], rows: list[int], signature_rows: int
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed (without static vectors) plus an embedded lexicon signature."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    all_rows = [*rows, signature_rows]
    embeddings = [
        HashEmbed(width, count, column=index, seed=8 + index, dropout=0.0) for index, count in enumerate(all_rows)
    ]
    return chain(
        lexicon_features(attrs),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


def attach_lexicon(nlp) -> None:
    """Let the tok2vec's signature features use the loaded lemma lexicon's list (one copy in memory)."""
    if "klarlint_lemma_lexicon" not in nlp.pipe_names:
        return
    lexicon = nlp.get_pipe("klarlint_lemma_lexicon")
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if node.name == "klarlint_lexicon_features":
                node.attrs["table"].provider = lambda lexicon=lexicon: lexicon.fallback
