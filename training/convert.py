"""Convert the UD Swedish treebanks into spaCy's binary corpus format.

Split (documented in training/README.md):

* train      -- Talbanken test + PUD test, minus every 10th document group
* train-dev  -- every 10th document group of the above; used to tune the config
* train-all  -- train + train-dev, for the final fit of the shipped model
* held-out   -- Talbanken dev: never trained or tuned on; scores are reported on it

PUD annotates deponent verbs (finns, lyckas, hoppas) as Voice=Pass while
Talbanken leaves them without Voice; PUD is harmonised to Talbanken's
convention so the model does not learn that "finns" is passive.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from klarlint.nlp.conllu import Sentence, group_sentences, read_sentences, to_doc
from klarlint.nlp.lexicon import deponent_lemmas

TALBANKEN_TEST = "talbanken-sv_talbanken-ud-test.conllu"
TALBANKEN_DEV = "talbanken-sv_talbanken-ud-dev.conllu"
PUD_TEST = "pud-sv_pud-ud-test.conllu"
DEV_EVERY = 10

# Obvious lemma errors in PUD: passive forms given as their own lemma.
PUD_LEMMA_FIXES = {
    "positionerats": "positionera",
    "gillas": "gilla",
    "förändras": "förändra",
    "luras": "lura",
}


def harmonise_pud(sentence: Sentence, deponents: frozenset[str]) -> Sentence:
    for token in sentence.tokens:
        token.lemma = PUD_LEMMA_FIXES.get(token.lemma, token.lemma)
        if token.lemma in deponents and "Voice=Pass" in token.feats:
            feats = [f for f in token.feats.split("|") if not f.startswith("Voice=")]
            token.feats = "|".join(feats)
    return sentence


def convert(ud_dir: Path, out_dir: Path, per_doc: int = 10) -> dict[str, int]:
    nlp = spacy.blank("sv")
    deponents = deponent_lemmas()
    train, train_dev, train_all, held_out = DocBin(), DocBin(), DocBin(), DocBin()
    pud = (harmonise_pud(s, deponents) for s in read_sentences(ud_dir / PUD_TEST))
    sources = [read_sentences(ud_dir / TALBANKEN_TEST), pud]
    index = 0
    for sentences in sources:
        for group in group_sentences(sentences, per_doc):
            target = train_dev if index % DEV_EVERY == DEV_EVERY - 1 else train
            doc = to_doc(nlp.vocab, group)
            target.add(doc)
            train_all.add(doc)
            index += 1
    for group in group_sentences(read_sentences(ud_dir / TALBANKEN_DEV), per_doc):
        held_out.add(to_doc(nlp.vocab, group))
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    parts = (("train", train), ("train-dev", train_dev), ("train-all", train_all), ("held-out", held_out))
    for name, docbin in parts:
        docbin.to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(docbin)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ud-dir", type=Path, default=Path("../shared/data/ud"))
    parser.add_argument("--out", type=Path, default=Path("training/corpus"))
    args = parser.parse_args()
    print(convert(args.ud_dir, args.out))


if __name__ == "__main__":
    main()
