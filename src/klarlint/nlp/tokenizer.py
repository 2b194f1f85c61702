"""Tokenizer set-up: Swedish abbreviations stay one token."""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import registry

from klarlint.nlp.abbreviations import tokenizer_exceptions


def add_abbreviation_exceptions(nlp: Language) -> Language:
    """Make every abbreviation in ``klarlint.nlp.abbreviations`` a single token."""
    for form in tokenizer_exceptions():
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


@registry.callbacks("klarlint.abbreviation_exceptions.v1")
def abbreviation_exceptions_callback() -> Callable[[Language], Language]:
    return add_abbreviation_exceptions
