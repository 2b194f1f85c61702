"""Swedish verb morphology by rule, for forms the model's lemmas do not cover.

Plain functions without spaCy, so rules and pipeline components can share them.
"""

from __future__ import annotations

VOWELS = frozenset("aeiouyåäö")


def passive_infinitive(form: str, verb_form: list[str], tense: list[str]) -> str:
    """Infinitive of a regular s-passive form; irregular forms come back as best effort."""
    for ending in ("ades", "ats", "as", "its"):
        if form.endswith(ending):
            return form[: -len(ending)] + "a"
    if tense == ["Past"] and form.endswith(("des", "tes")):
        return form[:-3] + "a"
    if verb_form == ["Sup"] and form.endswith("ts"):
        return form[:-2] + "a"
    if form.endswith("es"):
        return form[:-2] + "a"
    return form[:-1] + "a" if form.endswith("s") else form
