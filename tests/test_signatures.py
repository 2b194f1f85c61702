"""Lexicon signatures, the tok2vec feature for words the treebanks never had."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.strings import hash_string

from klarlint.nlp.lemma_lexicon import SortedLexicon, full_form_lexicon
from klarlint.nlp.signatures import SignatureTable, lexicon_hash_embed, lexicon_hash_embed_v2, paradigm, signature

LEXICON = full_form_lexicon(
    {
        "ansökningarna": "ansökning",
        "överklagas": "överklaga",
        "vackra": "vacker",
        "tiden": "tid",
        "tid": "tid",
        "Borlänge": "Borlänge",
        "platsen": "plats",
        "platser": "plats",
        "vidtar": "vidta",
        "vidtog": "vidta",
        "vidtas": "vidta",
        "springer": "springa",
        "sprang": "springa",
    }
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ansökningarna", "arna>"),  # definite plural noun
        ("överklagas", "s>"),  # s-form verb
        ("vackra", "ra>er"),  # adjective
        ("tid", ">"),  # its own lemma
        ("Ansökningarna", "arna>"),  # capitalised at the start of a sentence
        ("handläggningstiden", "+en>"),  # unlisted compound: its listed head
        ("Borlänge", ">"),
        ("xyzzy", "?"),
        ("e-tjänsten", "?"),  # not letters only: no head guessed
        ("en", "?"),  # too short to have a head
    ],
)
def test_signature(word: str, expected: str) -> None:
    assert signature(word, LEXICON) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("plats", "NE"),  # platsen, platser: a noun
        ("platsen", "NE"),  # the same lemma's paradigm
        ("medborgarplats", "NE"),  # unlisted compound: its last part's
        ("vidta", "rs"),  # vidtar, vidtas: a verb
        ("springer", "1"),  # spring|er on the stem of springa
        ("Borlänge", "-"),  # listed, but no inflected form
        ("xyzzy", "?"),
    ],
)
def test_paradigm(word: str, expected: str) -> None:
    assert paradigm(word, LEXICON) == expected


def test_table_computes_each_word_type_once() -> None:
    calls: list[int] = []

    def provider() -> SortedLexicon:
        calls.append(1)
        return LEXICON

    table = SignatureTable(provider)
    doc = spacy.blank("sv")("tiden tiden vackra")
    orths = [t.orth for t in doc]
    first = table.column(doc, orths)
    assert first[0] == first[1] != first[2]
    assert table.column(doc, orths) == first
    assert len(calls) == 1  # the second call needed no look-up


def _embed():
    return lexicon_hash_embed(8, ["NORM", "PREFIX", "SUFFIX", "SHAPE"], [50, 20, 20, 20], 30)


def test_embedding_differs_only_by_signature_and_survives_serialisation() -> None:
    nlp = spacy.blank("sv")
    docs = [nlp("Tiden går."), nlp("Hej")]
    model = _embed()
    for node in model.walk():
        if node.name == "klarlint_lexicon_features":
            node.attrs["table"] = SignatureTable(lambda: LEXICON)
    model.initialize(X=docs)
    vectors = model.predict(docs)
    assert [v.shape for v in vectors] == [(3, 8), (1, 8)]

    restored = _embed()
    for node in restored.walk():
        if node.name == "klarlint_lexicon_features":
            node.attrs["table"] = SignatureTable(lambda: LEXICON)
    restored.from_bytes(model.to_bytes())
    assert numpy.allclose(restored.predict(docs)[0], vectors[0])

    # Same spelling features, another lexicon: only the signature column changed.
    for node in restored.walk():
        if node.name == "klarlint_lexicon_features":
            node.attrs["table"] = SignatureTable(lambda: SortedLexicon())
    assert not numpy.allclose(restored.predict(docs)[0], vectors[0])


def test_v2_embeds_signature_and_paradigm_as_two_columns() -> None:
    nlp = spacy.blank("sv")
    docs = [nlp("Platsen vidtar.")]
    model = lexicon_hash_embed_v2(8, ["NORM", "PREFIX", "SUFFIX", "SHAPE"], [50, 20, 20, 20], 30, 10)
    [features] = [node for node in model.walk() if node.name == "klarlint_lexicon_features"]
    features.attrs["table"].provider = lambda: LEXICON
    features.attrs["table1"].provider = lambda: LEXICON
    model.initialize(X=docs)
    columns = features.predict(docs)[0]
    assert columns.shape == (3, 6)
    assert [int(v) for v in columns[:2, 4]] == [hash_string("en>"), hash_string("r>")]  # signatures
    assert [int(v) for v in columns[:2, 5]] == [hash_string("NE"), hash_string("rs")]  # paradigms
    assert model.predict(docs)[0].shape == (3, 8)
