"""Reporters print a :class:`~klarlint.report.Report` in one output format."""

from __future__ import annotations

import re

# Characters that must not reach a terminal or a CI log raw: C0 controls but tab and line feed
# (ESC starts the sequences that move the cursor, recolour or clear the screen, retitle the
# window), DEL, C1 controls (U+009B is a one-character ESC [), and the bidi controls that make
# text display in another order than it is stored (Trojan Source).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``), so it prints as written."""
    return UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
