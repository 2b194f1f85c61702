"""Code for ``spacy train --code``: what the training process needs from klarlint.

* the tokenizer's abbreviation exceptions (a registered ``before_init`` callback);
* the tok2vec's lexicon signature layer, fed the same full-form list the
  model will ship with (spacy-lookups-data's Swedish list plus every lemma as
  its own form), so training and tagging see the same signatures.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

import klarlint.nlp.tokenizer  # noqa: F401  (registers klarlint.abbreviation_exceptions.v1)
from klarlint.nlp import signatures
from klarlint.nlp.lemma_lexicon import SortedLexicon, full_form_lexicon


@cache
def lookups_lexicon() -> SortedLexicon:
    """Swedish full-form lemma list from spacy-lookups-data (a training-time dependency only)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data/sv_lemma_lookup.json.gz"
    return full_form_lexicon(json.loads(gzip.decompress(path.read_bytes())))


class _TrainingLexicon(SortedLexicon):
    """Built on first use, so importing this module stays cheap."""

    def __init__(self) -> None:
        super().__init__(b"")

    def get(self, form: str) -> str | None:
        if not self.blob:
            self.blob = lookups_lexicon().blob
        return super().get(form)


signatures.use_lexicon(_TrainingLexicon())
