"""Build the shipped Swedish model in one command.

    python training/build_model.py --ud-dir ../shared/data/ud

Steps: convert the treebanks (training/convert.py), train with the fixed seed
in training/config.cfg, add klarlint's rule-based components, score on the
held-out Talbanken dev set, and write the model with its scores and model card
into src/klarlint/models/sv_klarlint/. ``--skip-train`` reuses a finished run.

The hyper-parameters in config.cfg were chosen on train-dev (every tenth group of
the training treebanks). The shipped model is then a final fit on train + train-dev
for the same fixed number of steps (``model-last``: there is no clean dev set left to
pick a "best" checkpoint with). ``--split`` trains on train only and keeps the best
checkpoint on train-dev, for tuning. Talbanken dev is never seen by either.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import spacy

import klarlint.nlp.components  # noqa: F401  (registers the rule-based factories)
from klarlint.nlp.evaluate import evaluate_docs
from klarlint.nlp.lemma_lexicon import LemmaLexicon, trained_table
from klarlint.nlp.model import MODEL_DIR
from klarlint.nlp.signatures import attach_lexicon
from klarlint.nlp.tokenizer import prepare_tokenizer

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "training"
MODEL_VERSION = "0.1.0"

sys.path.insert(0, str(TRAINING))
from convert import convert  # noqa: E402
from train_code import lookups_lexicon  # noqa: E402


def train(corpus: Path, output: Path, train_file: str, config: Path = TRAINING / "config.cfg") -> None:
    command = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(config),
        "--output",
        str(output),
        "--code",
        str(TRAINING / "train_code.py"),
        "--paths.train",
        str(corpus / train_file),
        "--paths.dev",
        str(corpus / "train-dev.spacy"),
    ]
    subprocess.run(command, check=True)


def assemble(trained: Path, corpus: Path) -> spacy.Language:
    """The trained pipeline plus the lemma lexicon, sentence hints (before the parser), the passives the tagger
    missed and the deponent filter."""
    nlp = spacy.load(trained)
    prepare_tokenizer(nlp)
    lexicon: LemmaLexicon = nlp.add_pipe("klarlint_lemma_lexicon", after="trainable_lemmatizer")
    lexicon.set_tables(trained_table(read_docs(nlp, corpus / "train-all.spacy")), lookups_lexicon())
    nlp.add_pipe("klarlint_sentence_hints", before="parser")
    nlp.add_pipe("klarlint_untagged_passives", last=True)
    nlp.add_pipe("klarlint_passive_lemmas", last=True)
    nlp.add_pipe("klarlint_deponents", last=True)
    attach_lexicon(nlp)
    return nlp


def read_docs(nlp: spacy.Language, path: Path) -> list:
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def score(nlp: spacy.Language, path: Path) -> dict:
    return evaluate_docs(nlp, read_docs(nlp, path))


def write_model(nlp: spacy.Language, scores: dict, train_seconds: float | None, target: Path, training: str) -> None:
    nlp.meta.update(
        {
            "name": "klarlint",
            "version": MODEL_VERSION,
            "description": "Swedish pipeline for klarlint: tokenizer with abbreviation exceptions, "
            "tagger (XPOS), morphologizer (UPOS+FEATS), trainable lemmatizer with a lemma lexicon, "
            "parser, rule-based sentence hints and deponent filter.",
            "license": "CC BY-SA 4.0",
            "sources": [
                {
                    "name": "UD Swedish-Talbanken (test split)",
                    "license": "CC BY-SA 4.0",
                    "url": "https://universaldependencies.org/treebanks/sv_talbanken/",
                },
                {
                    "name": "UD Swedish-PUD",
                    "license": "CC BY-SA 4.0",
                    "url": "https://universaldependencies.org/treebanks/sv_pud/",
                },
                {
                    "name": "spacy-lookups-data 1.0.5, sv_lemma_lookup (lemma fallback for unseen words)",
                    "license": "MIT",
                    "url": "https://github.com/explosion/spacy-lookups-data",
                },
            ],
            "klarlint": {
                "held_out_name": "UD Swedish-Talbanken dev (aldrig använd i träningen)",
                "held_out": scores,
                "train_seconds": train_seconds,
                "training": training,
            },
        }
    )
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    card = (TRAINING / "MODEL_CARD.md").read_text(encoding="utf-8")
    (target / "README.md").write_text(card.replace("{scores}", scores_table(scores)), encoding="utf-8")


def scores_table(scores: dict) -> str:
    voice = scores["voice_pass"]
    rows = [
        ("UPOS accuracy", scores["pos_acc"]),
        ("XPOS accuracy", scores["tag_acc"]),
        ("Morphology (all features)", scores["morph_acc"]),
        ("Lemma accuracy", scores["lemma_acc"]),
        ("UAS", scores["uas"]),
        ("LAS", scores["las"]),
        ("Sentence boundaries F", scores["sents_f"]),
        ("Voice=Pass precision", voice["precision"]),
        ("Voice=Pass recall", voice["recall"]),
        ("Voice=Pass F1", voice["f1"]),
    ]
    lines = ["| measure | score |", "|---|---|"]
    lines += [f"| {name} | {value:.3f} |" for name, value in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud-dir", type=Path, default=ROOT.parent / "shared/data/ud")
    parser.add_argument("--work", type=Path, default=TRAINING / "output/final")
    parser.add_argument("--skip-train", action="store_true", help="reuse the finished run in WORK")
    parser.add_argument("--split", action="store_true", help="train on train only, keep the best on train-dev")
    parser.add_argument("--output", type=Path, default=MODEL_DIR, help="where to write the packaged model")
    parser.add_argument("--config", type=Path, default=TRAINING / "config.cfg", help="the spaCy training config")
    args = parser.parse_args()

    corpus = TRAINING / "corpus"
    print("converting", convert(args.ud_dir, corpus))
    seconds = None
    if not args.skip_train:
        started = time.perf_counter()
        train(corpus, args.work, "train.spacy" if args.split else "train-all.spacy", args.config)
        seconds = round(time.perf_counter() - started)
        (args.work / "train_seconds").write_text(str(seconds))
    elif (args.work / "train_seconds").exists():
        seconds = int((args.work / "train_seconds").read_text())
    nlp = assemble(args.work / ("model-best" if args.split else "model-last"), corpus)
    scores = score(nlp, corpus / "held-out.spacy")
    print(json.dumps(scores, indent=2))
    training = "train (best on train-dev)" if args.split else "train + train-dev (final fit, model-last)"
    write_model(nlp, scores, seconds, args.output, training)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
