"""Word lists the NLP layer and the rules share."""

from __future__ import annotations

from functools import cache

from klarlint.resources import read_lines, wordlist_path


@cache
def deponent_lemmas() -> frozenset[str]:
    """Lemmas and forms of deponent verbs (finnas, finns, fanns ...): s-forms that are not passive."""
    return _words("deponents.txt")


@cache
def reciprocal_lemmas() -> frozenset[str]:
    """Lemmas and forms of verbs whose s-form is reciprocal with a plural subject (vi ses, de möts)."""
    return _words("reciprocals.txt")


def _words(filename: str) -> frozenset[str]:
    return frozenset(word for line in read_lines(wordlist_path(filename)) for word in line.split())


def is_listed_verb(words: frozenset[str], lemma: str, form: str) -> bool:
    """True when the token's lemma, its s-form or its surface form is in ``words``."""
    lemma, form = lemma.lower(), form.lower()
    return lemma in words or lemma + "s" in words or form in words
