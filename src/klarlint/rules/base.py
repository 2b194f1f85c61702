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


@dataclass(frozen=True, slots=True)
class RuleFinding:
    """A finding as a rule reports it: a span of block ``block``'s text."""

    block: int
    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None  # None: the rule's configured severity


@runtime_checkable
class Rule(Protocol):
    info: RuleInfo

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterable[RuleFinding]: ...
