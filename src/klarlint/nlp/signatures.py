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

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.attrs import ORTH, intify_attr
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from klarlint.nlp.lemma_lexicon import FALLBACK_FILE, MAX_MEMO, SortedLexicon, compound_head, pipeline_lexicon
from klarlint.resources import MODEL_DIR

UNKNOWN = "?"
MAX_PART = 6  # letters kept of each side of the rewrite: longer ones are compounds' own stems
_lexicon: SortedLexicon | None = None


def signature(text: str, lexicon: SortedLexicon) -> str:
    """The form → lemma rewrite of ``text`` in ``lexicon`` (see the module docstring)."""
    lemma = lexicon.lookup(text)
    lower = text.lower()
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
        _lexicon = SortedLexicon.read(MODEL_DIR / "klarlint_lemma_lexicon" / FALLBACK_FILE)
    return _lexicon


def use_lexicon(lexicon: SortedLexicon) -> None:
    """Make ``lexicon`` the default (training: the list the model will ship with)."""
    global _lexicon
    _lexicon = lexicon


def paradigm(text: str, lexicon: SortedLexicon) -> str:
    """Which inflections the word's lemma has in the list: the lemma's word class, told by its paradigm.

    A base form says nothing by its rewrite (``">"``), but *plats* has *platsen,
    platser* (a noun), *vidta* has *vidtar, vidtog* (a verb), *stor* has *stora,
    stort* (an adjective). Each listed ending is one letter of the result;
    ``"?"`` when the word has no lemma in the list (nor a listed last part).
    """
    lemma = lexicon.lookup(text)
    if lemma is None:
        head = compound_head(text.lower(), lexicon)
        if head is None:
            return UNKNOWN
        lemma = head[1]
    return _lemma_paradigm(lexicon, lemma.lower())


@lru_cache(maxsize=100_000)
def _lemma_paradigm(lexicon: SortedLexicon, lemma: str) -> str:
    """Once per lemma: the forms of a text share lemmas, and each ending costs a look-up."""
    stem = lemma[:-1] if lemma.endswith("a") else lemma
    found = [code for code, ending in PARADIGM_ENDINGS if lexicon.get(lemma + ending) == lemma]
    found += [code for code, ending in STEM_ENDINGS if stem != lemma and lexicon.get(stem + ending) == lemma]
    return "".join(found) or "-"


# Endings on the lemma (*plats|en*, *tala|r*, *stor|a*) and on the stem of a lemma in -a (*spring|er*).
PARADIGM_ENDINGS = (
    ("N", "en"),
    ("T", "et"),
    ("E", "er"),
    ("A", "ar"),
    ("O", "or"),
    ("n", "na"),
    ("r", "r"),
    ("s", "s"),
    ("t", "t"),
    ("a", "a"),
    ("c", "are"),
    ("x", "ast"),
    ("d", "de"),
)
STEM_ENDINGS = (("1", "er"), ("2", "de"), ("3", "te"), ("4", "t"), ("5", "s"))
FEATURES: dict[str, Callable[[str, SortedLexicon], str]] = {"signature": signature, "paradigm": paradigm}


class SignatureTable:
    """Hashes of one lexicon feature (``signature`` or ``paradigm``) per orth id, computed once per word type."""

    def __init__(
        self, lexicon_provider: Callable[[], SortedLexicon] = default_lexicon, feature: str = "signature"
    ) -> None:
        self.provider = lexicon_provider
        self.feature = FEATURES[feature]
        self.hashes: dict[int, int] = {}

    def column(self, doc: Doc, orths: Sequence[int]) -> list[int]:
        hashes = self.hashes
        missing = [orth for orth in orths if orth not in hashes]
        if missing:
            if len(hashes) + len(missing) > MAX_MEMO:
                hashes.clear()
            lexicon = self.provider()
            strings = doc.vocab.strings
            for orth in missing:
                hashes[orth] = hash_string(self.feature(strings[orth], lexicon))
        return [hashes[orth] for orth in orths]


def lexicon_features(
    columns: Sequence[str | int], table: SignatureTable | None = None, extra: Sequence[str] = ()
) -> Model[list[Doc], list[Ints2d]]:
    """Like spaCy's FeatureExtractor, with the lexicon signature (and ``extra`` features) as last columns."""
    ids = [intify_attr(c) if isinstance(c, str) else c for c in columns]
    tables = [table or SignatureTable(), *(SignatureTable(feature=name) for name in extra)]
    attrs = {"columns": [*ids, *(ORTH for _ in tables)], "table": tables[0]}
    for number, extra_table in enumerate(tables[1:], start=1):
        attrs[f"table{number}"] = extra_table
    return Model("klarlint_lexicon_features", _features_forward, attrs=attrs)


def _tables(model: Model) -> list[SignatureTable]:
    tables = [model.attrs["table"]]
    while f"table{len(tables)}" in model.attrs:
        tables.append(model.attrs[f"table{len(tables)}"])
    return tables


def _features_forward(model: Model, docs: list[Doc | Span], is_train: bool) -> tuple[list[Ints2d], Callable]:
    columns = model.attrs["columns"]
    tables = _tables(model)
    first = len(columns) - len(tables)
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
        orths = values[:, -1].tolist()
        for offset, table in enumerate(tables):
            values[:, first + offset] = table.column(owner, orths)
        features.append(model.ops.asarray2i(values, dtype="uint64"))
    return features, lambda d_features: []


def _embed(width: int, attrs: list[str], all_rows: list[int], extra: Sequence[str]) -> Model[list[Doc], list[Floats2d]]:
    embeddings = [
        HashEmbed(width, count, column=index, seed=8 + index, dropout=0.0) for index, count in enumerate(all_rows)
    ]
    return chain(
        lexicon_features(attrs, extra=extra),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


@registry.architectures("klarlint.LexiconHashEmbed.v1")
def lexicon_hash_embed(
    width: int, attrs: list[str], rows: list[int], signature_rows: int
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed (without static vectors) plus an embedded lexicon signature."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    return _embed(width, attrs, [*rows, signature_rows], ())


@registry.architectures("klarlint.LexiconHashEmbed.v2")
def lexicon_hash_embed_v2(
    width: int, attrs: list[str], rows: list[int], signature_rows: int, paradigm_rows: int
) -> Model[list[Doc], list[Floats2d]]:
    """v1 plus the lemma's paradigm (:func:`paradigm`) as one more embedded feature."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    return _embed(width, attrs, [*rows, signature_rows, paradigm_rows], ("paradigm",))


def attach_lexicon(nlp) -> None:
    """Let the tok2vec's signature features use the loaded lemma lexicon's list (one copy in memory)."""
    global _lexicon
    lexicon = pipeline_lexicon(nlp)
    if lexicon is None:
        return
    if _lexicon is None:  # the default list too (rules inflect replacements with it): still one copy
        _lexicon = lexicon
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if node.name == "klarlint_lexicon_features":
                for table in _tables(node):
                    table.provider = lambda lexicon=lexicon: lexicon
