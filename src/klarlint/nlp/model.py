"""The Swedish model shipped inside the package."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klarlint.errors import ModelError
from klarlint.resources import MODEL_DIR, MODEL_NAME

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL_DIR", "MODEL_NAME", "load_model", "model_meta"]


@cache
def load_model(path: Path = MODEL_DIR) -> Language:
    """Load the model once per process (about half a second)."""
    from klarlint.nlp.lazy_spacy import import_spacy

    spacy = import_spacy()  # spaCy without its command line: a faster cold start
    import klarlint.nlp.components  # noqa: F401  (registers the rule-based factories)
    from klarlint.nlp.signatures import attach_lexicon  # also registers the tok2vec's embedding layer
    from klarlint.nlp.tokenizer import split_mixed_case_period

    if not (path / "meta.json").is_file():
        raise ModelError(f"den svenska språkmodellen saknas i {path}; installera om klarlint")
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError) as exc:
        raise ModelError(f"den svenska språkmodellen i {path} kunde inte läsas: {exc}") from None
    attach_lexicon(nlp)
    split_mixed_case_period(nlp)
    return nlp


def model_meta(path: Path = MODEL_DIR) -> dict[str, Any]:
    """The model's meta.json (name, version, components, sources, scores) without loading it."""
    try:
        return json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"den svenska språkmodellen saknas i {path}: {exc}") from None
