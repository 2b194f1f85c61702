"""A caching :class:`~klarlint.nlp.backend.Backend`: block analyses keyed by block text.

An editor sends the whole document after every keystroke, but a keystroke
changes one paragraph. Backends analyse each block text on its own (spaCy's
``nlp.pipe`` keeps no state between texts), so an analysis depends only on the
text and can be reused for an unchanged paragraph: a ``didChange`` then costs
one paragraph of tagging and parsing instead of the whole document.

The cache is an LRU bounded both in entries and in characters (an analysis
costs memory per token, so a few huge blocks count as much as many short
ones): a long editing session, or many open documents, cannot grow it without
limit.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import TypeVar

from klarlint.analysis import BlockAnalysis
from klarlint.nlp.backend import Backend

K = TypeVar("K")
V = TypeVar("V")
DEFAULT_MAX_ENTRIES = 4096
DEFAULT_MAX_CHARS = 500_000  # about seven 10,000-word documents; some 70 bytes of analysis per character


def split_cached(entries: OrderedDict[K, V], keys: Iterable[K]) -> tuple[dict[K, V], dict[K, int]]:
    """The distinct ``keys`` found in the LRU ``entries`` (marked as recently used) and those missing.

    Missing keys map to the position of their first occurrence, in order; each appears once
    however often it recurs, so the caller computes it once.
    """
    found: dict[K, V] = {}
    missing: dict[K, int] = {}
    for index, key in enumerate(keys):
        if key in found or key in missing:
            continue
        cached = entries.get(key)
        if cached is None:
            missing[key] = index
        else:
            entries.move_to_end(key)
            found[key] = cached
    return found, missing


class CachingBackend:
    """Wraps a backend; analyses of texts seen recently are returned from memory.

    Cached :class:`BlockAnalysis` objects are shared between calls and
    documents: rules only read them (see :mod:`klarlint.rules.base`).
    """

    def __init__(
        self, inner: Backend, max_entries: int = DEFAULT_MAX_ENTRIES, max_chars: int = DEFAULT_MAX_CHARS
    ) -> None:
        if max_entries < 1 or max_chars < 1:
            raise ValueError("the cache needs room for at least one entry and one character")
        self.inner = inner
        self.name = f"{inner.name}+cache"
        self.max_entries = max_entries
        self.max_chars = max_chars
        self.chars = 0
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[str, BlockAnalysis] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        """Texts held. (Not ``__len__``: an empty cache must not be falsy where a backend is expected.)"""
        return len(self._entries)

    def analyze(self, texts: Sequence[str]) -> list[BlockAnalysis]:
        with self._lock:
            found, missing = split_cached(self._entries, texts)  # a text repeated in the document is analysed once
            self.hits += len(found)
            self.misses += len(missing)
            if missing:
                # One batch for all changed blocks: pasting many paragraphs at once stays one pipe call.
                for text, analysis in zip(missing, self.inner.analyze(list(missing)), strict=True):
                    found[text] = analysis
                    self._entries[text] = analysis
                    self.chars += len(text)
                while len(self._entries) > self.max_entries or self.chars > self.max_chars and self._entries:
                    evicted, _ = self._entries.popitem(last=False)
                    self.chars -= len(evicted)
            return [found[text] for text in texts]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.chars = 0
