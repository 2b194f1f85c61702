"""Bounds on what one lint may cost, and notices for text that was not linted.

Every shell (CLI, LSP, web API) lints through :func:`klarlint.linter.lint_document`,
so the guards live here and there, not in the shells:

- **Size.** Texts over :data:`MAX_TEXT_CHARS` are refused: a shell calls
  :func:`check_text_size` (or catches :class:`LimitExceeded` from ``lint_document``,
  which checks it too) and answers with the exception's one-line Swedish message.
- **Over-long tokens.** A run of more than :data:`MAX_TOKEN_CHARS` characters
  without white space is longer than any Swedish word: a base64 blob, a minified
  line, a row of one character. ``klarlint.linter.guard`` cuts it out of its
  block (the text around it keeps its offsets) before the NLP backend or any rule
  sees it, and the file's report says so in a :class:`Notice`. Every later stage then works on
  tokens of bounded length, so its cost per character is bounded too.
- **Amount.** One lint analyses at most :data:`MAX_ANALYSED_CHARS` characters and
  :data:`MAX_ANALYSED_TOKENS` words and punctuation marks of block text; the rest is not
  linted and a notice says where the lint stopped.
- **Time.** :class:`Budget` carries an optional deadline and a cancel flag;
  ``lint_document(..., budget=...)`` checks it between batches of analysis and
  between rules and raises :class:`LintTimeout` or :class:`LintCancelled`. The
  LSP server gives every lint a budget and cancels it when the document changes
  or closes; a web API should do the same (see README, "Robusthet").

Notices never count as findings. They affect the exit code like findings of
severity ``info``: ``--fail-on info`` fails on them, the default (``warning``)
does not; a file that cannot be read at all is an error (exit 2) as before.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

from klarlint.errors import InputError
from klarlint.location import Location
from klarlint.swedish_numbers import grouped

# The longest Swedish words in real use are around 40 letters; compounds of 60 are jokes. A URL or
# an e-mail address can be longer than 40, so the limit leaves room for those.
MAX_TOKEN_CHARS = 100
# The largest text a shell should accept (the CLI's file limit is 20 MB of bytes; this is characters).
MAX_TEXT_CHARS = 20 * 1024 * 1024
# The most text one lint analyses. The NLP pipeline and the analysis it keeps grow with the text
# (about 22 s and 100-150 MB per million characters on a two-core machine), so this keeps any input
# up to the 20 MB file limit within 500 MB (measured: a 20 MB one-line text, 464 MiB, 60 s); text
# beyond it is not linted, and the report says where the lint stopped. About 400,000 words: a
# 1,300-page report.
MAX_ANALYSED_CHARS = 2_500_000
# The same bound in words and punctuation marks (``TOKEN_UNIT``, about spaCy's tokens): time and
# memory grow with tokens, not characters, and 2.5 million characters of one-letter words are 1.25
# million tokens (218 s and 1.8 GB before this bound). 400,000 is what 2.5 million characters of
# prose hold.
MAX_ANALYSED_TOKENS = 400_000
TOKEN_UNIT = re.compile(r"\w+|[^\w\s]")


def token_count(text: str) -> int:
    """How many words and punctuation marks ``text`` has (counted one by one: a list of a 20 MB text's
    tokens held 150 MB)."""
    return sum(1 for _ in TOKEN_UNIT.finditer(text))


# The most lines of Markdown one lint parses. markdown-it keeps five numbers per line of the whole
# source while it parses (about 130 bytes a line with klarlint's own index), so a 20 MB file of
# one-character lines would need 1.3 GB; real documents have tens of thousands of lines (a
# 1,300-page report hard-wrapped at 70 characters: about 40,000). Lines beyond are not linted,
# and the report says where the lint stopped.
MAX_MARKDOWN_LINES = 500_000
# Notices of one kind in one file beyond this are summed up in one last notice; text in other languages has one per
# stretch, and a municipality's page for readers of other languages has thirty sections (the last ten had gone unnamed)
MAX_NOTICES_PER_KIND = 20
MAX_NOTICES_OF_KIND = {"other-language": 100}
LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


class LimitExceeded(InputError):
    """The input is over a limit; the message says which, in Swedish, in one line."""


class LintTimeout(LimitExceeded):
    """The lint took longer than its :class:`Budget` allows."""


class LintCancelled(Exception):
    """The lint was cancelled (the document changed or closed); nothing to report."""


# Notices about an inline comment, not about text left unread: how the reporters name them
# not-fixed: a file in a folder that --fix/--diff cannot change (a Word document): linted, left as it is
NOTICE_LABELS = {"unknown-directive": "okänd kommentar", "unknown-rule": "okänd regel", "not-fixed": "ändrades inte"}


@dataclass(frozen=True, slots=True)
class Notice:
    """Text that was not linted (or not read as written), and why.

    ``start``/``end`` are source offsets; ``line``/``column`` are 1-based and filled in
    by the linter (readers only know offsets). ``code`` is stable for tools
    (``long-token``, ``invalid-utf8``, ``deep-nesting``, ``not-prose``, ``skipped-file`` …);
    ``message`` is Swedish for people.
    """

    code: str
    message: str
    start: int = 0
    end: int = 0
    line: int = 0
    column: int = 0
    location: Location | None = None  # .docx: paragraph and heading path; PDF: page and line (as a finding's)
    # the message without the place it names (*(rad 3)*), for a client whose text has no such lines (LanguageTool's
    # data= markup, made into klarlint's lines by interpretAs); "" when the message names no place
    placeless: str = ""

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"code": self.code, "message": self.message, "line": self.line, "column": self.column}
        if self.location is not None:
            data["location"] = self.location.to_json()
        return data


_active = threading.local()  # the budget of the lint running on this thread, for stages deep inside it


def check_active() -> None:
    """Check the budget of the lint running on this thread, if it has one (the NLP backend calls this
    between batches, so even one huge block stops within a batch of a cancel or the deadline)."""
    budget = getattr(_active, "budget", None)
    if budget is not None:
        budget.check()


class Budget:
    """A time limit and a cancel flag for one lint; ``check()`` raises when either is hit."""

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = seconds
        self.deadline = None if seconds is None else time.monotonic() + seconds
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @contextlib.contextmanager
    def active(self) -> Iterator[Budget]:
        """Make this the budget :func:`check_active` checks on this thread, for the ``with`` block."""
        previous = getattr(_active, "budget", None)
        _active.budget = self
        try:
            yield self
        finally:
            _active.budget = previous

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise LintCancelled()
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise LintTimeout(f"granskningen avbröts efter {self.seconds:g} s (texten är för stor eller för svår)")


def check_text_size(text: str, name: str = "<text>", limit: int = MAX_TEXT_CHARS) -> None:
    """Raise :class:`LimitExceeded` for a text over ``limit`` characters."""
    if len(text) > limit:
        raise LimitExceeded(f"{name}: texten är för stor ({grouped(len(text))} tecken; gränsen är {grouped(limit)})")


def long_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of more than MAX_TOKEN_CHARS characters without white space in ``text``."""
    return [match.span() for match in LONG_TOKEN.finditer(text)]


def long_token_notice(start: int, end: int) -> Notice:
    return Notice(
        "long-token",
        f"{end - start} tecken utan mellanrum granskades inte (längre än något ord; "
        f"gränsen är {MAX_TOKEN_CHARS}): kod, en länk eller kodad data?",
        start,
        end,
    )


def truncated_notice(start: int, analysed: int) -> Notice:
    return Notice(
        "too-long",
        f"texten är för lång för en granskning: de första {grouped(analysed)} tecknen granskades, resten inte "
        f"(gränsen är {grouped(MAX_ANALYSED_CHARS)} tecken eller {grouped(MAX_ANALYSED_TOKENS)} ord och "
        "skiljetecken); dela upp filen",
        start,
        start,
    )


def too_many_lines_notice(start: int, lines: int) -> Notice:
    return Notice(
        "too-long",
        f"filen har för många rader för en granskning: de första {grouped(lines)} raderna granskades, "
        "resten inte; dela upp filen",
        start,
        start,
    )


def capped(notices: list[Notice]) -> list[Notice]:
    """At most MAX_NOTICES_PER_KIND notices of each code; the rest summed up in one more."""
    kept: list[Notice] = []
    extra: dict[str, list[Notice]] = {}
    counts: dict[str, int] = {}
    for notice in notices:
        counts[notice.code] = counts.get(notice.code, 0) + 1
        if counts[notice.code] <= MAX_NOTICES_OF_KIND.get(notice.code, MAX_NOTICES_PER_KIND):
            kept.append(notice)
        else:
            extra.setdefault(notice.code, []).append(notice)
    for rest in extra.values():
        # at the first one left out, with its line and column (the summary had said line 0)
        kept.append(replace(rest[0], message=f"och {len(rest)} fler av samma slag"))
    return kept
