"""What a rule is: metadata, a ``check`` function, and the findings it returns.

Rules are pure: they read an :class:`~klarlint.analysis.Analysis` and options,
and return :class:`RuleFinding` objects in block coordinates. They do no I/O
and keep no state between documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
    source: str = "inbyggd"
    fix: FixAvailability = FixAvailability.NEVER  # whether findings carry replacements (--fix, quick fixes, web)


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


@runtime_checkable
class Rule(Protocol):
    info: RuleInfo

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterable[RuleFinding]: ...
