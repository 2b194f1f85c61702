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

``tests/test_lsp.py`` checks that the memo gives exactly what
:func:`klarlint.linter.lint_document` gives without it.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from klarlint.analysis import Analysis
from klarlint.document import BlockKind, Document
from klarlint.linter import ActiveRule
from klarlint.nlp.cache import split_cached
from klarlint.rules.base import Rule, RuleFinding

DEFAULT_MAX_ENTRIES = 8192

BlockKey = tuple[str, BlockKind, int, str]  # options, block kind, heading level, block text


def is_block_local(rule: Rule) -> bool:
    return rule.info.block_local is True


class BlockCachedRule:
    """A block-local rule that remembers its findings per block (by kind, level, text and options)."""

    def __init__(self, rule: Rule, max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        self.rule = rule
        self.info = rule.info
        self.max_entries = max_entries
        self._memo: OrderedDict[BlockKey, tuple[RuleFinding, ...]] = OrderedDict()

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        options_key = json.dumps(options, sort_keys=True, default=repr)
        keys: list[BlockKey] = [
            (options_key, block.kind, block.level, block.text) for block in analysis.document.blocks
        ]
        known, missing = split_cached(self._memo, keys)  # a block text repeated in the document runs once
        if missing:
            known.update(self._fill(analysis, options, missing))
        return iter([replace(f, block=index) for index, key in enumerate(keys) for f in known[key]])

    def _fill(
        self, analysis: Analysis, options: Mapping[str, Any], missing: dict[BlockKey, int]
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
        fresh = {key: tuple(found.get(position, ())) for position, key in enumerate(missing)}
        self._memo.update(fresh)
        while len(self._memo) > self.max_entries:
            self._memo.popitem(last=False)
        return fresh


def with_block_cache(rules: list[ActiveRule]) -> list[ActiveRule]:
    """The same rules, block-local ones wrapped in a :class:`BlockCachedRule`."""
    return [
        ActiveRule(BlockCachedRule(active.rule), active.options, active.severity)
        if is_block_local(active.rule)
        else active
        for active in rules
    ]
