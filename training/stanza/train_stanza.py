"""Train a small Swedish Stanza pipeline (tokenize, pos, lemma, depparse) from ../shared/data/ud.

This is the model the tests use to exercise ``--backend stanza`` for real,
without internet: Stanza's own training code (``stanza.models.tokenizer``,
``tagger``, ``lemmatizer``, ``parser``), small sizes and few steps. It is not a
model for users: those install Stanza's full Swedish models (trained on all of
Talbanken, with pretrained word vectors) with ``stanza.download("sv")``.

Same split as the shipped spaCy model (training/README.md): trained on
Talbanken test + PUD test minus every 10th group of ten sentences, stopped
early on that 10th part (``train-dev``), and never shown Talbanken dev, on which
``klarlint model evaluate --backend stanza`` reports.

Output: a Stanza model folder (``sv/tokenize/…``, ``sv/pos/…`` …), the layout
``stanza.Pipeline(dir=…)`` reads, plus ``klarlint_stanza.json`` describing it.

    python training/stanza/train_stanza.py --out tests/data/stanza-sv-small
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TALBANKEN_TEST = "talbanken-sv_talbanken-ud-test.conllu"
TALBANKEN_DEV = "talbanken-sv_talbanken-ud-dev.conllu"
PUD_TEST = "pud-sv_pud-ud-test.conllu"
DEV_EVERY = 10  # every 10th group of ten sentences is train-dev (as training/convert.py)
SHORTHAND = "sv_klarlint"
PUD_LEMMA_FIXES = {"positionerats": "positionera", "gillas": "gilla", "förändras": "förändra", "luras": "lura"}
# Sizes: a fraction of Stanza's defaults, so that the whole pipeline trains in minutes on two cores.
SMALL = {
    "tokenize": ["--hidden_dim", "32", "--emb_dim", "16"],
    "pos": ["--hidden_dim", "100", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "100",
            "--composite_deep_biaff_hidden_dim", "50", "--word_emb_dim", "50", "--char_emb_dim", "50",
            "--transformed_dim", "50", "--batch_size", "32", "--log_step", "25"],
    "lemma": ["--hidden_dim", "100", "--emb_dim", "50", "--pos_dim", "50", "--batch_size", "50"],
    "depparse": ["--hidden_dim", "100", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "100",
                 "--word_emb_dim", "50", "--char_emb_dim", "50", "--tag_emb_dim", "25",
                 "--transformed_dim", "50", "--batch_size", "1000", "--log_step", "25"],
}  # fmt: skip


def read_sentences(path: Path) -> list[list[str]]:
    """CoNLL-U sentences as lists of lines (comments and token lines)."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            current.append(line)
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def harmonise_pud(sentence: list[str], deponents: frozenset[str]) -> list[str]:
    """PUD marks deponents (*finns*) Voice=Pass where Talbanken does not (see training/convert.py)."""
    out = []
    for line in sentence:
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            cols[2] = PUD_LEMMA_FIXES.get(cols[2], cols[2])
            if cols[2] in deponents and "Voice=Pass" in cols[5]:
                feats = [f for f in cols[5].split("|") if not f.startswith("Voice=")]
                cols[5] = "|".join(feats) or "_"
            line = "\t".join(cols)
        out.append(line)
    return out


def split(ud_dir: Path, deponents: frozenset[str]) -> dict[str, list[list[str]]]:
    sources = [read_sentences(ud_dir / TALBANKEN_TEST)]
    sources.append([harmonise_pud(s, deponents) for s in read_sentences(ud_dir / PUD_TEST)])
    parts: dict[str, list[list[str]]] = {"train": [], "train-dev": []}
    index = 0
    for sentences in sources:
        for start in range(0, len(sentences), 10):
            target = "train-dev" if index % DEV_EVERY == DEV_EVERY - 1 else "train"
            parts[target].extend(sentences[start : start + 10])
            index += 1
    parts["held-out"] = read_sentences(ud_dir / TALBANKEN_DEV)
    return parts


def write_conllu(path: Path, sentences: list[list[str]]) -> None:
    path.write_text("".join("\n".join(s) + "\n\n" for s in sentences), encoding="utf-8")


def run(module: str, *args: str) -> None:
    command = [sys.executable, "-m", module, *args]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def tokenizer_data(work: Path, name: str) -> tuple[Path, Path]:
    conllu, txt, labels = work / f"{name}.conllu", work / f"{name}.txt", work / f"{name}.toklabels"
    run("stanza.utils.datasets.conllu_to_text", str(conllu), str(txt))
    run("stanza.utils.datasets.prepare_tokenizer_data", str(txt), str(conllu), "-o", str(labels),
        "-m", str(work / f"{name}-mwt.json"))  # fmt: skip
    return txt, labels


def train(ud_dir: Path, out: Path, steps: int, seed: int, skip: frozenset[str] = frozenset()) -> dict[str, object]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    from klarlint.nlp.lexicon import deponent_lemmas

    parts = split(ud_dir, deponent_lemmas())
    models = out / "sv"
    common = ["--lang", "sv", "--shorthand", SHORTHAND, "--seed", str(seed)]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, sentences in parts.items():
            write_conllu(work / f"{name}.conllu", sentences)
        train_txt, train_labels = tokenizer_data(work, "train")
        dev_txt, dev_labels = tokenizer_data(work, "train-dev")
        tagged = ["--train_file", str(work / "train.conllu"), "--eval_file", str(work / "train-dev.conllu"),
                  "--output_file", str(work / "out.conllu")]  # fmt: skip
        every = ["--eval_interval", str(max(steps // 5, 50))]
        commands = {
            "tokenize": ["stanza.models.tokenizer", "--txt_file", str(train_txt), "--label_file", str(train_labels),
                         "--mwt_json_file", str(work / "train-mwt.json"), "--dev_txt_file", str(dev_txt),
                         "--dev_label_file", str(dev_labels), "--dev_conll_gold", str(work / "train-dev.conllu"),
                         "--conll_file", str(work / "tok-out.conllu"), "--steps", str(steps * 2),
                         "--eval_steps", str(max(steps // 5, 50)), *common],
            "pos": ["stanza.models.tagger", *tagged, "--no_pretrain", "--max_steps", str(steps), *every, *common],
            "lemma": ["stanza.models.lemmatizer", *tagged, "--num_epoch", "2", "--shorthand", SHORTHAND,
                      "--seed", str(seed)],
            "depparse": ["stanza.models.parser", *tagged, "--no_pretrain", "--max_steps", str(steps), *every, *common],
        }  # fmt: skip
        timings = {}
        for processor, (module, *args) in commands.items():
            if processor in skip:
                continue
            started = time.perf_counter()
            run(module, "--mode", "train", *args, *SMALL[processor], "--save_dir", str(models / processor),
                "--save_name", "klarlint.pt")  # fmt: skip
            timings[processor] = time.perf_counter() - started
    meta = {
        "name": "klarlint small Swedish Stanza pipeline (for tests)",
        "trained_on": "Talbanken test + PUD test (minus train-dev), UD 2.x, CC BY-SA 4.0",
        "held_out": "Talbanken dev (never trained or tuned on)",
        "steps": steps,
        "seed": seed,
        "training_seconds": {k: round(v, 1) for k, v in timings.items()},
        "processors": {p: f"sv/{p}/klarlint.pt" for p in ("tokenize", "pos", "lemma", "depparse")},
    }
    (out / "resources.json").write_text("{}\n", encoding="utf-8")  # no catalogue: the files are named instead
    (out / "klarlint_stanza.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud-dir", type=Path, default=Path("../shared/data/ud"))
    parser.add_argument("--out", type=Path, default=Path("tests/data/stanza-sv-small"))
    parser.add_argument("--steps", type=int, default=600, help="training steps of the tagger and parser")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--skip", default="", help="processors already trained in --out, e.g. tokenize,pos")
    args = parser.parse_args()
    skip = frozenset(filter(None, args.skip.split(",")))
    print(json.dumps(train(args.ud_dir, args.out, args.steps, args.seed, skip), indent=2))


if __name__ == "__main__":
    main()
