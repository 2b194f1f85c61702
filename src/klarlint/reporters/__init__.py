"""Reporters print a :class:`~klarlint.report.Report` in one output format."""

from __future__ import annotations

import os
import re
from pathlib import Path

# Characters that must not reach a terminal or a CI log raw: C0 controls but tab and line feed
# (ESC starts the sequences that move the cursor, recolour or clear the screen, retitle the
# window), DEL, C1 controls (U+009B is a one-character ESC [), and the bidi controls that make
# text display in another order than it is stored (Trojan Source).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``), so it prints as written."""
    return UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """:func:`safe`, and line breaks and tabs escaped too: a file name or an error line (a file named
    *ok.txt:9:9  fel  regel⏎x.txt* had printed a finding line of its own)."""
    return LINE_BREAKS.sub(_escape, safe(text))


LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# What a report calls a text that is no file: standard input (``klarlint -``, the web page's text) and a
# document linted without a path. Compared exactly: a real file may be named ``<script>.txt``, and the
# runner spells a real file named ``<stdin>`` as ``./<stdin>`` so it never passes for standard input.
NOT_FILES = frozenset({"<stdin>", "<text>"})


def is_file_path(path: str) -> bool:
    """Whether a report's ``path`` names a file (not standard input, not a crawled page's address)."""
    return path not in NOT_FILES and not path.startswith(("http://", "https://"))


def absolute(path: str | os.PathLike[str]) -> Path:
    """The path made absolute without following links: a location names the path as linted (``pw.md``),
    never its target (``/etc/passwd``, or for a dangling link a name that does not exist)."""
    return Path(os.path.abspath(path))


def relative_to_root(path: str, root: Path) -> str | None:
    """``path`` relative to ``root`` with forward slashes, or None when it lies outside ``root``.

    The path is taken as linted, links not followed; a ``root`` reached through a link (a path
    spelled under ``/tmp`` where the working folder is ``/private/tmp``) is tried resolved too.
    """
    candidate = absolute(path)
    for base in dict.fromkeys((absolute(root), resolved(root))):
        try:
            return candidate.relative_to(base).as_posix()
        except ValueError:
            continue
    return None


def resolved(path: str | os.PathLike[str]) -> Path:
    """``Path(path).resolve()``, or the absolute path when it cannot be resolved (a link loop, which
    klarlint reports as skipped, raises on Python before 3.13)."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))
