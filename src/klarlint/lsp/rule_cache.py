"""Per-block memo of rule results, for rules whose findings in a block depend on that block alone.

With the analysis cache (:mod:`klarlint.nlp.cache`) an edit re-analyses one
paragraph, but running every rule over a 10,000-word document still costs
about a hundred milliseconds on a small machine. Most rules look at one block
at a time (passive voice, long sentences, word lists), so their findings for
an unchanged block are the findings they gave last time. This module runs such
a rule only on blocks it has not seen and replays the rest.

Only rules whose :class:`~klarlint.rules.base.RuleInfo` says ``block_local=True``
are wrapped: their findings in a block depend on nothing but that block (its
kind, level and text) and the options. A document-level rule
(``missing-summary``, ``missing-sender``, a word list counted over the whole
document), and any rule that does not declare it, runs on the whole cached
analysis every time. This module knows no concrete rule: the fact is the
rule's own.

A document-level rule written in block parts (``RuleInfo.block_parts``, see
:class:`~klarlint.rules.base.BlockParts`) is wrapped in a :class:`PartsCachedRule`:
each block's part is remembered by what it may depend on (the block and the
source just around it), computed for edited blocks only, and the rule combines
the parts of the whole document on every lint.

``tests/test_lsp.py`` and ``tests/test_lsp_incremental.py`` check that the memos
give exactly what :func:`klarlint.linter.lint_document` gives without them.
"""

from __future__ import annotations

import bisect
import itertools
import json
import operator
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from klarlint.analysis import Analysis
from klarlint.document import Block, BlockKind, Document, Segment
from klarlint.linter import RULE_STATE, ActiveRule, block_source_end
from klarlint.readers.plaintext import common_prefix, common_suffix
from klarlint.rules.base import AT_BLOCK, PART_SOURCE_AFTER, PART_SOURCE_BEFORE, BlockParts, Rule, RuleFinding

DEFAULT_MAX_ENTRIES = 8192
MAX_PLACES_PER_ENTRY = 1  # a block-local rule keeps moved blocks' findings for this many places per memo entry
# (the findings of a document whose blocks did not come or go are its last lint's, see check(); these places
# matter only after an edit that adds or removes a paragraph, and grew to 4 × 11 rules × a document's blocks)

BlockKey = tuple[BlockKind, int, str]  # block kind, heading level, block text


def is_block_local(rule: Rule) -> bool:
    return rule.info.block_local is True


def block_keys(analysis: Analysis) -> list[BlockKey]:
    """What a block-local rule's findings in each block depend on; once per analysis, for every rule."""
    return analysis.memo(
        "lsp.block_keys", lambda a: [(block.kind, block.level, block.text) for block in a.document.blocks]
    )


class BlockCachedRule:
    """A block-local rule that remembers its findings per block (by kind, level, text and options)."""

    def __init__(self, rule: Rule, max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        self.rule = rule
        self.info = rule.info
        self.max_entries = max_entries
        self._memos: dict[str, OrderedDict[BlockKey, tuple[RuleFinding, ...]]] = {}  # by options
        # The last lint's findings of blocks found elsewhere than the memo's findings say, by (index, key)
        self._placed: dict[str, dict[tuple[int, BlockKey], tuple[RuleFinding, ...]]] = {}

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        options_key = json.dumps(options, sort_keys=True, default=repr)
        memo = self._memos.setdefault(options_key, OrderedDict())
        keys = block_keys(analysis)
        # The document's last lint (the language server's LintMemory): blocks equal at its start and end have
        # its findings; only those between are looked up (a lookup per block and rule cost 30 ms an edit at
        # 300,000 words). At the end only where no block came or went: the findings say their block's index.
        state = analysis.derived.get(RULE_STATE)
        last = state.get((self, options_key)) if state is not None else None
        same_start = same_end = 0
        if last is not None:
            same_start, same_end = shared_equal_ends(analysis, last[0], keys)
            if len(last[0]) != len(keys):
                same_end = 0
        middle = keys[same_start : len(keys) - same_end]
        known = list(map(memo.get, middle))
        missing = _missing(middle, known)  # a block text repeated in the document runs once
        if missing:
            fresh = self._fill(analysis, options, {key: same_start + i for key, i in missing.items()}, memo)
            known = [fresh[key] if value is None else value for key, value in zip(middle, known, strict=True)]
        placed = self._placed.setdefault(options_key, {})
        new_places: dict[tuple[int, BlockKey], tuple[RuleFinding, ...]] = {}
        # Only the blocks with findings (most have none), found at C speed.
        for offset in itertools.compress(itertools.count(), known):
            findings, index = known[offset], same_start + offset
            if findings[0].block != index:  # the block moved: its findings move with it
                # Kept by place and block for the next lint, which likely finds the block there again (the
                # memo keeps one place per text: two copies of a paragraph would make it move every time).
                # The same objects each time: the server takes over the findings made of them.
                key = (index, keys[index])
                moved = placed.get(key)
                if moved is None:
                    moved = new_places[key] = tuple(replace(f, block=index) for f in findings)
                known[offset] = moved
        if new_places:
            # Kept across the lints of several texts (a document, the region of an edit's first answer):
            # an entry holds for its place and block whatever the text. Emptied when it holds too many.
            if len(placed) + len(new_places) > MAX_PLACES_PER_ENTRY * self.max_entries:
                placed.clear()
            placed.update(new_places)
        if last is not None:
            known = [*last[1][:same_start], *known, *last[1][len(last[0]) - same_end :]]
        if state is not None:
            state[(self, options_key)] = (keys, known)
        return itertools.chain.from_iterable(known)

    def _fill(
        self,
        analysis: Analysis,
        options: Mapping[str, Any],
        missing: dict[BlockKey, int],
        memo: OrderedDict[BlockKey, tuple[RuleFinding, ...]],
    ) -> dict[BlockKey, tuple[RuleFinding, ...]]:
        """Run the rule once over just the blocks it has not seen; raises what the rule raises."""
        document = analysis.document
        indices = list(missing.values())
        part = Document(
            document.source,
            [document.blocks[i] for i in indices],
            document.path,
            document.format,
            document.directives,
        )
        found: dict[int, list[RuleFinding]] = {}
        for finding in self.rule.check(Analysis(part, [analysis.blocks[i] for i in indices]), options):
            found.setdefault(finding.block, []).append(finding)
        fresh = {
            key: tuple(replace(f, block=index) for f in found.get(position, ()))
            for position, (key, index) in enumerate(missing.items())
        }
        memo.update(fresh)
        while len(memo) > self.max_entries:
            memo.popitem(last=False)
        return fresh


def has_block_parts(rule: Rule) -> bool:
    return not is_block_local(rule) and rule.info.block_parts is True and isinstance(rule, BlockParts)


def exact_in_opening(rule: Rule) -> bool:
    """Whether the rule's findings in a document's opening, linted on its own, are the whole document's there: a
    block-local rule, or a rule in block parts whose findings depend on nothing after their block."""
    return is_block_local(rule) or has_block_parts(rule) and rule.info.reads_before_only is True


# Kind, level, text, quotes, links, then the source just before and after a block of one run of the source,
# or the stretch of source around the block and how its text maps into it.
PartKey = tuple[BlockKind, int, str, tuple, tuple, str, tuple | str]


class PartsCachedRule:
    """A document-level rule split in block parts (:class:`~klarlint.rules.base.BlockParts`) that remembers
    each block's part and combines the remembered parts of unchanged blocks with fresh ones of edited blocks.

    A part may read the block and the source just around it, so it is remembered by the block's kind,
    level, text, quotes and links, the source from PART_SOURCE_BEFORE characters before the block to
    PART_SOURCE_AFTER after it, and how the block's text maps into that stretch of source.
    """

    def __init__(self, rule: Rule, max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        self.rule = rule
        self.info = rule.info
        self.max_entries = max_entries
        self._memos: dict[str, OrderedDict[PartKey, Any]] = {}  # by options

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        rule: BlockParts = self.rule  # type: ignore[assignment]
        options_key = json.dumps(options, sort_keys=True, default=repr)
        memo = self._memos.setdefault(options_key, OrderedDict())
        keys = analysis.memo("lsp.part_keys", part_keys)
        # The document's last lint (see BlockCachedRule.check): blocks equal at its start and end have its parts.
        state = analysis.derived.get(RULE_STATE)
        last = state.get((self, options_key)) if state is not None else None
        same_start, same_end = shared_equal_ends(analysis, last[0], keys) if last is not None else (0, 0)
        middle = keys[same_start : len(keys) - same_end]
        parts = list(map(memo.get, middle, itertools.repeat(_MISSING, len(middle))))
        missing = _missing(middle, parts, _MISSING)
        if missing:
            fresh = {key: rule.block_part(analysis, same_start + i, options) for key, i in missing.items()}
            memo.update(fresh)
            parts = [fresh[key] if part is _MISSING else part for key, part in zip(middle, parts, strict=True)]
            while len(memo) > self.max_entries:
                memo.popitem(last=False)
        if last is not None:
            parts = [*last[1][:same_start], *parts, *last[1][len(last[0]) - same_end :]]
        if state is None:
            return iter(rule.combine(analysis, parts, options))
        # The findings the combination places at their blocks (at_block), kept from this lint to the next.
        placed: dict = {}
        analysis.derived[AT_BLOCK] = (last[2] if last is not None else {}, placed)
        try:
            found = list(rule.combine(analysis, parts, options))
        finally:
            del analysis.derived[AT_BLOCK]
        state[(self, options_key)] = (keys, parts, placed)
        return iter(found)


_MISSING = object()


def _missing(keys: list, values: list, absent: object = None) -> dict:
    """The keys whose value is ``absent``, each once, with the index of its first block (in order).

    Entries found are not moved to the end of the memo: the oldest entry goes first when it is full,
    which the language server keeps from happening by making room for every block of its documents
    (:meth:`klarlint.lsp.engine.Engine.make_room`); a lookup per block and rule is what an edit costs.
    """
    if not any(map(operator.is_, values, itertools.repeat(absent))):  # the usual case, at C speed
        return {}
    missing: dict = {}
    for index, value in enumerate(values):
        if value is absent:
            missing.setdefault(keys[index], index)
    return missing


def shared_equal_ends(analysis: Analysis, old: list, new: list) -> tuple[int, int]:
    """:func:`equal_ends` of the last lint's keys and this one's, compared once per lint: every memoised rule
    keeps the same lists of keys (17 comparisons of 17,000 keys per edit at 300,000 words)."""
    found = analysis.derived.setdefault("lsp.equal_ends", {})
    entry = found.get((id(old), id(new)))
    if entry is None or entry[0] is not old or entry[1] is not new:
        entry = found[(id(old), id(new))] = (old, new, equal_ends(old, new))
    return entry[2]


def equal_ends(old: list, new: list) -> tuple[int, int]:
    """How many items at the start and at the end of ``new`` equal those of ``old`` there (never overlapping),
    compared at C speed."""
    shortest = min(len(old), len(new))
    start = next(itertools.compress(itertools.count(), map(operator.ne, old, new)), shortest)
    end = next(itertools.compress(itertools.count(), map(operator.ne, reversed(old), reversed(new))), shortest)
    return start, min(end, shortest - start)


PART_KEYS_STATE = ("lsp.part_keys",)  # the last lint's part keys in the document's memory (see part_keys)


def part_keys(analysis: Analysis) -> list[PartKey]:
    """What each block's part may depend on (see :class:`PartsCachedRule`), computed once per analysis.

    In the language server, plain text's keys are the last lint's for the blocks at its start that are the
    same objects and read no changed source, and for the blocks at its end that moved with the text after
    the edit (the same text, segments moved by as many characters, reading source the edit left alone):
    only the blocks between get keys computed (a key per block cost 15 ms per edit at 300,000 words).
    """
    document = analysis.document
    source, blocks = document.source, document.blocks
    state = analysis.derived.get(RULE_STATE)
    last = state.get(PART_KEYS_STATE) if state is not None else None
    if last is None or document.format != "text" or last[3] != "text":
        keys = [_part_key(source, block) for block in blocks]
    else:
        keys = _kept_part_keys(last, source, blocks)
    if state is not None:
        state[PART_KEYS_STATE] = (source, list(blocks), keys, document.format)
    return keys


def _kept_part_keys(last: tuple, source: str, blocks: list[Block]) -> list[PartKey]:
    """Part keys of plain text's ``blocks`` in ``source``, the last lint's ``(source, blocks, keys, format)``
    where they must be the same (a plain-text reader's blocks follow each other in the source)."""
    old_source, old_blocks, old_keys, _ = last
    shortest = min(len(blocks), len(old_blocks))
    same_start = common_prefix(old_source, source)
    same_end = common_suffix(old_source, source, min(len(old_source), len(source)) - same_start)
    # The start: the same objects, whose key reads source before the first changed character (their reach
    # grows with the index: bisection).
    head = next(itertools.compress(itertools.count(), map(operator.is_not, blocks, old_blocks)), shortest)
    head = bisect.bisect_right(range(head), same_start, key=lambda i: _reach(blocks[i]))
    # The end: blocks moved as the text after the edit moved, reading only its unchanged end. Compared by their first
    # segments at C speed; the few of more segments (a plain-text heading split by a leftover Word bookmark, *1.
    # [bookmark: _Toc…]Syfte*) by all of theirs: one such block near the end had made every key after the edit be
    # made anew (17,000 at 300,000 words).
    room = shortest - head
    new, old = blocks[len(blocks) - room :], old_blocks[len(old_blocks) - room :]
    tail = 0
    new_all, old_all = list(map(_SEGMENTS, new)), list(map(_SEGMENTS, old))
    if room and all(map(len, new_all)) and all(map(len, old_all)):
        new_segments = list(map(_FIRST, new_all))
        old_segments = list(map(_FIRST, old_all))
        delta = len(source) - len(old_source)
        first_unchanged = len(source) - same_end + PART_SOURCE_BEFORE
        new_starts = list(map(_SOURCE_START, new_segments))
        same = map(
            operator.and_,
            map(
                operator.and_,
                map(operator.is_, map(_TEXT, new), map(_TEXT, old)),
                map(operator.eq, map(_BLOCK_FACTS, new), map(_BLOCK_FACTS, old)),
            ),
            map(
                operator.and_,
                map(operator.eq, map(_SEGMENT_FACTS, new_segments), map(_SEGMENT_FACTS, old_segments)),
                map(
                    operator.and_,
                    map(operator.eq, new_starts, map(delta.__add__, map(_SOURCE_START, old_segments))),
                    map(operator.le, itertools.repeat(first_unchanged), new_starts),
                ),
            ),
        )
        flags = list(same)
        one = itertools.repeat(1)
        several = map(operator.or_, map(operator.ne, map(len, new_all), one), map(operator.ne, map(len, old_all), one))
        for i in itertools.compress(itertools.count(), several):
            flags[i] = flags[i] and _moved_alike(new_all[i], old_all[i], delta, first_unchanged)
        tail = next(itertools.compress(itertools.count(), map(operator.not_, reversed(flags))), room)
    middle = [_part_key(source, block) for block in blocks[head : len(blocks) - tail]]
    return [*old_keys[:head], *middle, *old_keys[len(old_keys) - tail :]]


def _moved_alike(new: Sequence[Segment], old: Sequence[Segment], delta: int, first_unchanged: int) -> bool:
    """Whether a block's segments are the old block's moved by ``delta``, all in the source's unchanged end."""
    return (
        len(new) == len(old)
        and min(s.source_start for s in new) >= first_unchanged
        and all(
            (a.text_start, a.length, a.source_length, a.source_start)
            == (b.text_start, b.length, b.source_length, b.source_start + delta)
            for a, b in zip(new, old, strict=True)
        )
    )


def _reach(block: Block) -> int:
    """Where the source a block's part key reads ends (see _part_key)."""
    return block_source_end(block) + PART_SOURCE_AFTER


_SEGMENTS = operator.attrgetter("segments")
_FIRST = operator.itemgetter(0)
_SOURCE_START = operator.attrgetter("source_start")
_TEXT = operator.attrgetter("text")
_BLOCK_FACTS = operator.attrgetter("kind", "level", "quotes", "links")
_SEGMENT_FACTS = operator.attrgetter("text_start", "length", "source_length")


def _part_key(source: str, block: Block) -> PartKey:
    """What one block's part may depend on."""
    segments = block.segments
    segment = segments[0] if len(segments) == 1 else None
    if (
        segment is not None
        and segment.source_length is None
        and segment.text_start == 0
        and segment.length == len(block.text)
        and source.startswith(block.text, segment.source_start)
    ):
        # A block that is one run of the source, as it is there (plain text): the common case. Its stretch
        # of source is the few characters before it, its text and the few after: the text is not copied
        # again (nor hashed again: the block text's hash is kept with it from one analysis to the next).
        start = max(0, segment.source_start - PART_SOURCE_BEFORE)
        end = segment.source_start + segment.length
        return (
            block.kind,
            block.level,
            block.text,
            block.quotes,
            block.links,
            source[start : segment.source_start],
            source[end : end + PART_SOURCE_AFTER],
        )
    if not segments:
        return (block.kind, block.level, block.text, block.quotes, block.links, "", ())
    first = min(block.to_source(0), min(segment.source_start for segment in segments))
    start = max(0, first - PART_SOURCE_BEFORE)
    end = max(s.source_start + (s.length if s.source_length is None else s.source_length) for s in segments)
    mapping = tuple((s.text_start, s.source_start - start, s.length, s.source_length) for s in segments)
    context = source[start : end + PART_SOURCE_AFTER]
    return (block.kind, block.level, block.text, block.quotes, block.links, context, mapping)


def with_block_cache(rules: list[ActiveRule]) -> list[ActiveRule]:
    """The same rules, block-local ones wrapped in a :class:`BlockCachedRule` and rules in block parts in a
    :class:`PartsCachedRule`."""
    wrapped = []
    for active in rules:
        if is_block_local(active.rule):
            active = ActiveRule(BlockCachedRule(active.rule), active.options, active.severity)
        elif has_block_parts(active.rule):
            active = ActiveRule(PartsCachedRule(active.rule), active.options, active.severity)
        wrapped.append(active)
    return wrapped
