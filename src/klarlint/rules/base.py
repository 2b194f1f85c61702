"""What a rule is: metadata, a ``check`` function, and the findings it returns.

Rules are pure: they read an :class:`~klarlint.analysis.Analysis` and options,
and return :class:`RuleFinding` objects in block coordinates. They do no I/O
and keep no state between documents.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from klarlint.analysis import Analysis


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    def raised(self) -> Severity:
        return {"info": Severity.WARNING}.get(self.value, Severity.ERROR)


class FixAvailability(StrEnum):
    """Whether a rule's findings carry replacements (exact new text for the span) – Ruff's fix availability."""

    NEVER = "never"  # findings give advice only (or nothing to change)
    SOMETIMES = "sometimes"  # some findings carry replacements, others only advice
    ALWAYS = "always"  # every finding carries at least one replacement


# Inferred bounds of a numeric option: counts and thresholds are never negative, and a value in the
# millions is a typo or an attempt to make a rule do unbounded work, not a setting.
DEFAULT_MAXIMUM = 1_000_000


@dataclass(frozen=True)
class OptionSpec:
    """What a rule option accepts, and what it means (Swedish, for ``klarlint explain`` and docs).

    ``kind`` is ``int``, ``float``, ``bool``, ``str`` or ``list`` (of strings). Numbers must be
    finite and lie in [``minimum``, ``maximum``]; an ``int`` option takes only whole numbers, a
    ``float`` option whole numbers too. ``choices`` limits a ``str`` option.
    """

    kind: type
    description: str = ""
    minimum: float | None = 0
    maximum: float | None = DEFAULT_MAXIMUM
    choices: tuple[str, ...] = ()

    @classmethod
    def infer(cls, default: Any, description: str = "") -> OptionSpec:
        """The spec a default value implies: its type, and for numbers 0 … DEFAULT_MAXIMUM."""
        for kind in (bool, int, float, str, list):
            if isinstance(default, kind):
                return cls(kind, description)
        return cls(object if default is None else type(default), description)  # a plug-in's own kind of value

    def wanted(self) -> str:
        """What the option should be, in Swedish: "ett heltal från 0 till 1000000"."""
        names = {bool: "true eller false", int: "ett heltal", float: "ett tal", str: "en sträng"}
        if self.kind is list:
            return "en lista med strängar"
        if self.kind not in names:
            return f"ett värde av typen {self.kind.__name__}"
        if self.kind is str and self.choices:
            return "en av " + ", ".join(repr(c) for c in self.choices)
        text = names[self.kind]
        if self.kind in (int, float):
            if self.minimum is not None and self.maximum is not None:
                text += f" från {_number(self.minimum)} till {_number(self.maximum)}"
            elif self.minimum is not None:
                text += f" som är minst {_number(self.minimum)}"
        return text

    def accepts(self, value: Any) -> bool:
        if self.kind is bool:
            return isinstance(value, bool)
        if self.kind is list:
            return isinstance(value, list) and all(isinstance(v, str) for v in value)
        if self.kind is str:
            return isinstance(value, str) and (not self.choices or value in self.choices)
        if self.kind not in (int, float):
            return isinstance(value, self.kind)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if self.kind is int and not isinstance(value, int):
            return False
        if not math.isfinite(value):
            return False
        return (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass(frozen=True)
class RuleInfo:
    """Everything a user may want to know about a rule (shown by ``klarlint explain``)."""

    id: str
    title: str  # short Swedish title
    severity: Severity
    reference: str  # where in Myndigheternas skrivregler (or Språkrådet's advice)
    explanation: str  # Swedish: why this matters
    example_before: str
    example_after: str
    options: Mapping[str, Any] = field(default_factory=dict)  # defaults, overridable in config
    enabled_by_default: bool = True
    # A rule for careful review (LanguageTool's "picky" level): tips a writer asks for, off by default. The
    # LanguageTool API's level=picky turns every such rule on; --enable, a profile or the config one by one.
    picky: bool = False
    source: str = "inbyggd"
    fix: FixAvailability = FixAvailability.NEVER  # whether findings carry replacements (--fix, quick fixes, web)
    # Per option: a Swedish description, or a full OptionSpec where the default's type says too little
    # (a stricter range, choices). Options without an entry get OptionSpec.infer(default).
    option_docs: Mapping[str, str | OptionSpec] = field(default_factory=dict)
    # Whether the findings in a block depend on nothing but that block (its kind, level and text) and the
    # options: no look at other blocks, the source, links or the document. The language server then
    # re-runs the rule only on edited blocks (klarlint.lsp.rule_cache). None: not declared, treated as
    # False (a plug-in that says nothing is run on the whole document); every built-in rule declares it.
    block_local: bool | None = None
    # For a rule that is not block-local: whether its ``check`` is ``combine`` over ``block_part`` of every block
    # (see :class:`BlockParts`). The language server then keeps each block's part and, after an edit, computes
    # parts for the edited blocks only and combines them with the kept ones (klarlint.lsp.rule_cache).
    block_parts: bool = False
    # For a rule in block parts: whether a block's findings depend on nothing after it (only on the block and the
    # blocks before it, such as the paragraph just before or the heading above). The findings of a document's
    # opening, linted on its own, are then the whole document's there: the language server shows them first.
    reads_before_only: bool = False
    # How the examples are read ("text", "markdown", "html"), and the options under which they show the rule:
    # a threshold made for letters (300 words) would make an example too long to read. tests/test_rule_meta.py
    # checks that example_before gets a finding of the rule and example_after none.
    example_format: str = "text"
    example_options: Mapping[str, Any] = field(default_factory=dict)
    # English, for the README's rule table and docs/rules/<id>.md (scripts/rule_docs.py): what the rule
    # flags and what it leaves alone, in one paragraph of Markdown.
    summary: str = ""
    # Severities some findings carry instead of ``severity`` (long-sentence: error past error_words).
    other_severities: tuple[Severity, ...] = ()
    # Sub-checks a user may turn off on their own: id → Swedish title. A sub-check id works like a rule id in
    # enable/disable and inline comments; the rule's own id still names them all. Findings say which one
    # they come from (RuleFinding.subcheck).
    subchecks: Mapping[str, str] = field(default_factory=dict)
    # Sub-checks for careful review, like a picky rule's findings: off unless enabled by id (--enable, a profile,
    # the LanguageTool API's level=picky, the page's careful-review box). nominalization's text-level nominal ratio:
    # blind readers judged it clearly right about 7 times of 10, where the rule's phrases are right 9 of 10.
    picky_subchecks: frozenset[str] = frozenset()
    # What kind of problem it finds, in the ITS terms LanguageTool clients show: "style" (wording, sentences,
    # structure) or "typographical" (how numbers, dates, quotation marks and dashes are written).
    issue_type: str = "style"
    # Pairs of number options whose first must stay below its second (long-sentence: max_words, error_words): with
    # error_words = 30 and max_words = 40, a 32-word sentence had been no finding at all.
    option_order: tuple[tuple[str, str], ...] = ()
    # Rules whose finding on a longer phrase around this rule's finding says all there is to say: the linter drops
    # this rule's finding there (passive-voice defers to jargon: *Det bör påpekas att* gets the phrase's advice,
    # not a second note on *påpekas*). Decided on the findings, so a project's own jargon list counts and a jargon
    # rule turned off gives the passive its note back; a finding of the same words only is kept (two advices).
    defers_to: frozenset[str] = frozenset()

    def ids(self) -> tuple[str, ...]:
        """The rule's id and its sub-checks' ids: what enable, disable and inline comments may name."""
        return (self.id, *self.subchecks)

    def subcheck_on_by_default(self, subcheck: str) -> bool:
        return subcheck not in self.picky_subchecks

    def picky_ids(self) -> tuple[str, ...]:
        """What careful review turns on of this rule: the rule itself if it is for careful review, and its
        sub-checks for careful review (the LanguageTool API's level=picky, precision.py's separate rows)."""
        return ((self.id,) if self.picky else ()) + tuple(sorted(self.picky_subchecks))

    def option_spec(self, key: str) -> OptionSpec:
        """The spec of option ``key`` (which must be in ``options``)."""
        doc = self.option_docs.get(key, "")
        return doc if isinstance(doc, OptionSpec) else OptionSpec.infer(self.options[key], doc)


@dataclass(frozen=True, slots=True)
class RuleFinding:
    """A finding as a rule reports it: a span of block ``block``'s text."""

    block: int
    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None  # None: the rule's configured severity
    # Exact new texts for [start, end), in order of preference: safe to apply as they are (``--fix``,
    # quick fixes, the web page's one-click fix, Word's tracked changes). ``suggestion`` is advice for people.
    replacements: tuple[str, ...] = ()
    subcheck: str | None = None  # which of the rule's RuleInfo.subchecks found it, if it has any


@runtime_checkable
class Rule(Protocol):
    info: RuleInfo

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterable[RuleFinding]: ...


@runtime_checkable
class BlockParts(Protocol):
    """A document-level rule split in two, so that an edit costs what it changes (``RuleInfo.block_parts``).

    ``block_part(analysis, index, options)`` is what block ``index`` contributes: it may read that block
    (kind, level, text, quotes, links), its analysis and the source from three characters before the block
    to one after it, and nothing else; findings in it carry ``block=0`` (``combine`` places them). The
    value must be immutable: it is kept and reused for an unchanged block of a later version of the text.
    ``combine(analysis, parts, options)`` gets one part per block, in order, and gives the findings; it may
    read what the whole document says (its kind of text) but should cost little per block. The rule's
    ``check`` must give exactly ``combine(analysis, [block_part(analysis, i, options) for each i], options)``:
    ``tests/test_lsp_incremental.py`` checks that the language server's kept parts give what a whole lint gives.
    """

    info: RuleInfo

    def block_part(self, analysis: Analysis, index: int, options: Mapping[str, Any]) -> Any: ...

    def combine(
        self, analysis: Analysis, parts: Sequence[Any], options: Mapping[str, Any]
    ) -> Iterable[RuleFinding]: ...


def check_by_parts(rule: BlockParts, analysis: Analysis, options: Mapping[str, Any]) -> Iterable[RuleFinding]:
    """A :class:`BlockParts` rule's whole check: every block's part, combined."""
    parts = [rule.block_part(analysis, index, options) for index in range(len(analysis.blocks))]
    return rule.combine(analysis, parts, options)


# analysis.derived[AT_BLOCK]: (the last lint's placed findings, this lint's), by (id of the finding at block 0,
# block), while the language server's PartsCachedRule runs a rule's combine (klarlint.lsp.rule_cache).
AT_BLOCK = "rules.at_block"


def at_block(analysis: Analysis, finding: RuleFinding, index: int, subcheck: str | None = None) -> RuleFinding:
    """``finding`` (of a block part, at block 0) at block ``index``, in sub-check ``subcheck`` when one is given:
    what a :meth:`BlockParts.combine` gives.

    In the language server the same object as the last lint gave for the same part's finding at the same
    block: a part is kept while its block is unchanged, and a finding that is the very one of the last lint
    is taken over as it is (klarlint.linter.PlacedFindings), not compared by value and placed again. (The
    sub-check is changed here, not by the rule before: a finding copied anew each lint was never the last
    lint's, and passive voice's 5,000 findings at 300,000 words were placed afresh after every edit.)
    """
    changes = {"block": index} if subcheck is None else {"block": index, "subcheck": subcheck}
    memo = analysis.derived.get(AT_BLOCK)
    if memo is None:
        return replace(finding, **changes)
    last, now = memo
    key = (id(finding), index, subcheck)
    placed = last.get(key)
    if placed is None or placed[0] is not finding:  # (the entry holds its finding: an id is not reused meanwhile)
        placed = (finding, replace(finding, **changes))
    now[key] = placed
    return placed[1]


# The context a block's part may read in the source, besides the block's own span (see BlockParts).
PART_SOURCE_BEFORE = 3
PART_SOURCE_AFTER = 1
