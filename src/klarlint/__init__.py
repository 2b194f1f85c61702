"""klarlint: a linter for Swedish plain language (klarspråk).

The public API is :func:`lint`. Imports are lazy so that ``klarlint --help``
and ``klarlint explain`` start without loading spaCy.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from klarlint.config import Config
    from klarlint.report import Report

__all__ = ["__version__", "lint", "lint_file", "lint_text"]


def lint(path_or_text: str | Path, config: Config | None = None) -> Report:
    """Lint a file (a :class:`~pathlib.Path` or a one-line string naming a file) or a string of text.

    A one-line string is taken for a file name when it names an existing file or ends in a known
    file ending (a missing ``"brev.txt"`` is reported as missing); use :func:`lint_text` or
    :func:`lint_file` to say which you mean.
    """
    from klarlint.linter import lint as _lint

    return _lint(path_or_text, config)


def lint_text(text: str, config: Config | None = None, fmt: str = "text") -> Report:
    """Lint a string of text (``fmt``: ``text``, ``markdown`` or ``html``); never reads a file."""
    from klarlint.linter import lint_text as _lint_text

    return _lint_text(text, config, fmt=fmt)


def lint_file(path: str | Path, config: Config | None = None) -> Report:
    """Lint one file; a file that cannot be read gives a report whose file has an ``error``."""
    from klarlint.linter import lint_file as _lint_file

    return _lint_file(path, config)
