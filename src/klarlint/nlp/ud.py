"""Universal Dependencies relation sets shared by the pipeline and the rules."""

from __future__ import annotations

# A word in one of these relations is (part of) a noun phrase, whatever its tag says.
# The morphologizer sometimes tags a genitive noun (*kvinnornas, fackets*) as a
# passive verb; the parser usually gets its relation right.
NOMINAL_DEPS = frozenset(
    {
        "obl",
        "obj",
        "iobj",
        "nmod",
        "nmod:poss",
        "nsubj",
        "nsubj:pass",
        "appos",
        "compound",
        "det",
        "amod",
        "case",
        "flat:name",
    }
)
