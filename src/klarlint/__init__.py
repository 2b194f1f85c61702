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

__all__ = ["__version__", "lint"]


def lint(path_or_text: str | Path, config: Config | None = None) -> Report:
    """Lint a file (a :class:`~pathlib.Path` or a string naming a file) or a string of text."""
    from klarlint.linter import lint as _lint

    return _lint(path_or_text, config)
