"""Tokenizer set-up: Swedish abbreviations stay one token; a mixed-case acronym gives up its period."""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_suffix_regex, registry

from klarlint.nlp.abbreviations import tokenizer_exceptions


def add_abbreviation_exceptions(nlp: Language) -> Language:
    """Make every abbreviation in ``klarlint.nlp.abbreviations`` a single token."""
    for form in tokenizer_exceptions():
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


# spaCy splits a final period after a lower-case letter or two capitals, not after *SiS*, *SoS*: the
# period stayed on the name, so no sentence ended (*… av SiS. Barn och unga …*, round 74, blind: the
# passive's rewrite took "SiS. Barn och unga som vårdas" for its doer).
MIXED_CASE_PERIOD = r"(?<=[a-zåäöéü][A-ZÅÄÖÉÜ])\."


def split_mixed_case_period(nlp: Language) -> Language:
    """Let the period after a mixed-case acronym be a token of its own (abbreviations keep theirs)."""
    suffixes = [*nlp.Defaults.suffixes, MIXED_CASE_PERIOD]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp


def prepare_tokenizer(nlp: Language) -> Language:
    """Both: what training sets up before it starts, so a model trained from now on has them in its tokenizer
    (the shipped one gets the suffix rule from ``load_model``)."""
    return split_mixed_case_period(add_abbreviation_exceptions(nlp))


@registry.callbacks("klarlint.abbreviation_exceptions.v1")
def abbreviation_exceptions_callback() -> Callable[[Language], Language]:
    return prepare_tokenizer
