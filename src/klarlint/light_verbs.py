"""The light-verb phrases of ``wordlists/nominalizations.tsv`` (*göra en ansökan* → *ansöka*), read once.

Their own module, below the nominalization rule and the passive rewrite that both read them: the rewrite had imported
the rule for them, and the rule imports klarlint.readability, which counts the passives the passive-voice rule
counts, so passive-voice → passive_rewrite → nominalization → readability → passive-voice was a cycle (session 45).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from klarlint.resources import wordlist_path

WORDLIST = "nominalizations.tsv"


@dataclass(frozen=True, slots=True)
class LightVerbPhrase:
    verb: str
    noun: str
    suggestion: str
    after: str = ""  # a word that must follow the noun: "ha möjlighet att", not "ha ekonomiska möjligheter"


@cache
def phrases_by_verb() -> dict[str, list[LightVerbPhrase]]:
    """The word list, by verb lemma; read once per process."""
    phrases: dict[str, list[LightVerbPhrase]] = {}
    with wordlist_path(WORDLIST).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 3 or row[0].startswith("#") or row[0] == "verb":
                continue
            verb, noun, suggestion, after = (cell.strip().lower() for cell in [*row[:4], ""][:4])
            phrases.setdefault(verb, []).append(LightVerbPhrase(verb, noun, suggestion, after))
    return phrases
