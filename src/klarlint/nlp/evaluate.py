"""Score a spaCy pipeline on a CoNLL-U treebank.

The pipeline tokenizes the raw text itself (as it does on users' files), and
spaCy's scorer aligns its tokens to the gold ones. Voice=Pass is scored at the
token level because it is what the passive rule relies on.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.scorer import Scorer
from spacy.training import Example

from klarlint.nlp.conllu import group_sentences, read_sentences, to_doc

if TYPE_CHECKING:
    from spacy.tokens import Doc


def evaluate(nlp: Language, path: Path, per_doc: int = 10) -> dict[str, Any]:
    gold_docs = [to_doc(nlp.vocab, group) for group in group_sentences(read_sentences(path), per_doc)]
    return evaluate_docs(nlp, gold_docs)


def evaluate_docs(nlp: Language, gold_docs: list[Doc]) -> dict[str, Any]:
    started = time.perf_counter()
    predicted = list(nlp.pipe(doc.text for doc in gold_docs))
    elapsed = time.perf_counter() - started
    examples = [Example(p, g) for p, g in zip(predicted, gold_docs, strict=True)]
    # A spaCy pipeline scores with its own components' scorers; another backend (Stanza) is scored on
    # what the spaCy model is scored on: tags, morphology, lemmas, dependencies and sentences.
    scorer = Scorer(nlp) if isinstance(nlp, Language) else Scorer(default_lang="sv")
    scores = scorer.score(examples)
    if scores.get("lemma_acc") is None:
        scores.update(Scorer.score_token_attr(examples, "lemma"))
    words = sum(len(doc) for doc in gold_docs)
    result = {
        "pos_acc": scores.get("pos_acc"),
        "tag_acc": scores.get("tag_acc"),
        "morph_acc": scores.get("morph_acc"),
        "lemma_acc": scores.get("lemma_acc"),
        "uas": scores.get("dep_uas"),
        "las": scores.get("dep_las"),
        "sents_f": scores.get("sents_f"),
        "voice_pass": voice_pass_scores(examples),
        "sentences": sum(1 for doc in gold_docs for _ in doc.sents),
        "tokens": words,
        "words_per_second": round(words / elapsed) if elapsed else None,
    }
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in result.items()}


def voice_pass_scores(examples: list[Example]) -> dict[str, float | int]:
    """Token-level precision/recall/F1 of Voice=Pass over one-to-one aligned tokens."""
    tp = fp = fn = 0
    for example in examples:
        alignment = example.alignment.x2y
        for token in example.predicted:
            gold_indices = alignment[token.i]
            predicted_pass = token.morph.get("Voice") == ["Pass"]
            gold_pass = len(gold_indices) == 1 and example.reference[int(gold_indices[0])].morph.get("Voice") == [
                "Pass"
            ]
            tp += predicted_pass and gold_pass
            fp += predicted_pass and not gold_pass
            fn += gold_pass and not predicted_pass
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": tp + fn,
        "predicted": tp + fp,
    }
