"""Lemma lexicon: memorised and looked-up lemmas on top of the trained lemmatizer.

The trainable lemmatizer generalises edit trees from about 37,000 training
tokens. It still gets known words wrong, and most of its errors are on words it
never saw (nouns and verbs of public-sector prose: *handläggningstiden,
överklagas*). Two tables repair that:

* ``trained``: the majority lemma per (lower-case form, UPOS) in the training
  treebanks. A word seen in training gets the lemma the annotators gave it.
* ``fallback``: a full-form lexicon (form → lemma) for content words the
  training data never had. It is kept as one sorted ``form<TAB>lemma`` blob and
  searched by bisection, so loading the model does not build a dict of 660,000
  entries (that alone took about a second).

Both only touch lemmas, never POS or morphology.
"""

from __future__ import annotations

import json
import lzma
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

MIN_HEAD_START, MIN_HEAD = 2, 3  # a compound's first part and its listed head: at least 2 and 3 letters
NOUN_ENDINGS = ("en", "et", "er", "ar")  # definite singular, plural: forms only a noun has
FALLBACK_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})
TRAINED_FILE = "trained.json"
MAX_MEMO = 200_000  # (form, POS) pairs remembered; a few tens of MB at most, then forgotten at once
FALLBACK_FILE = "fallback.tsv.xz"  # xz: 1.5 MB against 1.9 MB with gzip; 0.13 s to unpack


class SortedLexicon:
    """Form → lemma over a sorted ``form\\tlemma\\n`` byte blob, searched by bisection."""

    def __init__(self, blob: bytes = b"") -> None:
        self.blob = blob
        # Look-ups remembered: the lemma lexicon, the tok2vec's signatures and the passive filter ask for
        # the same words, and a bisection costs some 20 µs.
        self._found: dict[str, str | None] = {}

    @classmethod
    def read(cls, path: Path) -> SortedLexicon:
        """The list as stored in a model (``FALLBACK_FILE``)."""
        return cls(lzma.decompress(path.read_bytes()))

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str]) -> SortedLexicon:
        lines = sorted(f"{form}\t{lemma}".encode() for form, lemma in mapping.items() if _clean(form, lemma))
        return cls(b"\n".join(lines) + b"\n" if lines else b"")

    def get(self, form: str) -> str | None:
        found = self._found
        if form in found:
            return found[form]
        if len(found) >= MAX_MEMO:
            found.clear()
        lemma = found[form] = self._search(form)
        return lemma

    def lookup(self, text: str) -> str | None:
        """The lemma of ``text`` as written, else of its lower-case form (a capital at a sentence start)."""
        lemma = self.get(text)
        if lemma is None:
            lower = text.lower()
            if lower != text:
                lemma = self.get(lower)
        return lemma

    def _search(self, form: str) -> str | None:
        key = form.encode()
        blob = self.blob
        low, high = 0, len(blob)
        while low < high:
            middle = (low + high) // 2
            start = blob.rfind(b"\n", 0, middle) + 1
            tab = blob.find(b"\t", start)
            end = blob.find(b"\n", tab)
            found = blob[start:tab]
            if found < key:
                low = end + 1
            elif found > key:
                high = start
            else:
                return blob[tab + 1 : end].decode()
        return None

    def __len__(self) -> int:
        return self.blob.count(b"\n")


def compound_head(lower: str, lexicon: SortedLexicon) -> tuple[str, str] | None:
    """The longest listed final part of a word (*handläggnings|tiden*) and its lemma, or None.

    Swedish writes compounds as one word, so most words of public-sector prose
    are in no list; their last part usually is, and it decides the inflection.
    """
    if not lower.isalpha():
        return None
    for start in range(MIN_HEAD_START, len(lower) - MIN_HEAD + 1):
        lemma = lexicon.get(lower[start:])
        if lemma is not None:
            return lower[start:], lemma.lower()
    return None


def is_noun_in_s(text: str, lexicon: SortedLexicon) -> bool:
    """True for a noun whose base form ends in *-s* (*plats, hus, process*), or an unlisted compound of one.

    A noun is told by its inflected forms: the list gives *platsen, platser* the
    lemma *plats*. An s-passive has no such forms (there is no *tasen* or
    *skickasen*), though the list may give it as a lemma (*togs → tas*). For a
    word the list does not have (*medborgarplats*), its longest listed last part
    decides.
    """
    lower = text.lower()
    if not lower.endswith("s"):
        return False
    stem = lower
    if lexicon.get(lower) is None:
        head = compound_head(lower, lexicon)
        if head is None:
            return False
        stem = head[0]
    return any(lexicon.get(stem + ending) == stem for ending in NOUN_ENDINGS)


def full_form_lexicon(mapping: Mapping[str, str]) -> SortedLexicon:
    """A form → lemma list with every lemma also listed as its own form.

    Full-form lists such as spacy-lookups-data's leave out the forms that are
    their own lemma (*plats, hus, tid*): 83,000 of the 93,000 Swedish lemmas
    are no key there. Listing them keeps a base form from looking unknown (to
    the lemma fallback and to :mod:`klarlint.nlp.signatures`) and from being
    mistaken for an inflected form of some other word.
    """
    combined = dict(mapping)
    for lemma in set(mapping.values()):
        combined.setdefault(lemma, lemma)
    return SortedLexicon.from_mapping(combined)


def _clean(form: str, lemma: str) -> bool:
    return bool(form) and bool(lemma) and not any(c in form + lemma for c in "\t\n")


def trained_table(docs: Iterable[Doc], min_share: float = 0.5) -> dict[str, str]:
    """The majority lemma per ``lower-case form<TAB>UPOS`` in gold documents."""
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for token in doc:
            if token.lemma_:
                counts[f"{token.lower_}\t{token.pos_}"][token.lemma_] += 1
    table = {}
    for key, lemmas in counts.items():
        lemma, count = lemmas.most_common(1)[0]
        if count / lemmas.total() >= min_share:
            table[key] = lemma
    return table


class LemmaLexicon:
    """Pipeline component; see the module docstring."""

    def __init__(self, trained: dict[str, str] | None = None, fallback: SortedLexicon | None = None) -> None:
        self.set_tables(trained or {}, fallback or SortedLexicon())

    def set_tables(self, trained: dict[str, str], fallback: SortedLexicon) -> None:
        self.trained = trained
        self.fallback = fallback
        self._seen_forms = {key.split("\t", 1)[0] for key in trained}
        # The lemma depends on the form and the UPOS alone: remembered per (orth id, POS id),
        # so a word that recurs costs one dict look-up instead of string building and bisection.
        self._memo: dict[tuple[int, int], str | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        memo = self._memo
        for token in doc:
            key = (token.orth, token.pos)
            if key in memo:
                lemma = memo[key]
            else:
                lemma = self.lemma_for(token.text, token.lower_, token.pos_)
                if len(memo) >= MAX_MEMO:
                    memo.clear()
                memo[key] = lemma
            if lemma:
                token.lemma_ = lemma
        return doc

    def lemma_for(self, text: str, lower: str, pos: str) -> str | None:
        """The lexicon's lemma for a word, or None to keep the lemmatizer's."""
        lemma = self.trained.get(f"{lower}\t{pos}")
        if lemma is None and pos in FALLBACK_POS and lower not in self._seen_forms:
            lemma = self.fallback.lookup(text)
        return lemma

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / TRAINED_FILE).write_text(json.dumps(self.trained, ensure_ascii=False, sort_keys=True), "utf-8")
        (path / FALLBACK_FILE).write_bytes(lzma.compress(self.fallback.blob, preset=9))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LemmaLexicon:
        path = ensure_path(path)
        self.set_tables(
            json.loads((path / TRAINED_FILE).read_text("utf-8")),
            SortedLexicon.read(path / FALLBACK_FILE),
        )
        return self


def pipeline_lexicon(nlp: Language) -> SortedLexicon | None:
    """The full-form list of the pipeline's lemma lexicon, if it has one."""
    if "klarlint_lemma_lexicon" not in nlp.pipe_names:
        return None
    return nlp.get_pipe("klarlint_lemma_lexicon").fallback


@Language.factory("klarlint_lemma_lexicon")
def make_lemma_lexicon(nlp: Language, name: str) -> LemmaLexicon:
    return LemmaLexicon()
