"""``exclude`` patterns in the config, read the way ``.gitignore`` reads them.

Teams already know these rules, so a folder of built web pages can skip its
drafts and generated parts with the patterns they use in Git:

- ``drafts/`` (ends in ``/``): a folder of that name anywhere, and everything in it;
- ``*.min.html`` (no ``/``): a file or folder name anywhere;
- ``/arkiv`` or ``nyheter/2019`` (a ``/`` before the end): a path from the root;
- ``*`` and ``?`` stay within one path part, ``**`` spans any number of folders
  (``**/gammal``, ``arkiv/**``, ``a/**/b``); ``[abc]`` and ``[!abc]`` are classes.

Negation (``!pattern``) is not supported. The root is the folder of the config
file, and also the folder given on the command line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path, PurePosixPath


def excluded(path: Path, patterns: Iterable[str], roots: Iterable[Path]) -> bool:
    """Whether ``path`` matches a pattern, taken relative to any of ``roots`` it lies under."""
    patterns = tuple(p for p in patterns if p.strip() and not p.lstrip().startswith("#"))
    if not patterns:
        return False
    for root in roots:
        relative = _relative(path, root)
        if relative is not None and any(compile_pattern(pattern).match(relative) for pattern in patterns):
            return True
    return False


def _relative(path: Path, root: Path) -> str | None:
    """``path`` relative to ``root`` as a POSIX string, or None when it is not under it."""
    for candidate, base in ((path, root), (path.resolve(), root.resolve())):
        try:
            return PurePosixPath(candidate.relative_to(base).as_posix()).as_posix()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A regular expression for one pattern, matched against a relative POSIX path."""
    pattern = pattern.strip()
    directory_only = pattern.endswith("/")
    body = pattern.strip("/")
    anchored = "/" in pattern.rstrip("/")
    parts = body.split("/")
    regex = "".join(
        (".*" if index == len(parts) - 1 else "(?:[^/]+/)*")
        if part == "**"
        else _glob(part) + ("" if index == len(parts) - 1 else "/")
        for index, part in enumerate(parts)
    )
    prefix = "" if anchored else "(?:[^/]+/)*"
    suffix = "/.+" if directory_only else "(?:/.+)?"
    return re.compile(prefix + regex + suffix + r"\Z")


def _glob(part: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(part):
        char = part[index]
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and "]" in part[index + 2 :]:
            end = part.index("]", index + 2)
            inner = part[index + 1 : end]
            negate = inner[:1] in ("!", "^")
            inner = inner[1:] if negate else inner
            out.append("[" + ("^/" if negate else "") + inner.replace("\\", "\\\\") + "]")
            index = end
        elif char == "\\" and index + 1 < len(part):
            index += 1
            out.append(re.escape(part[index]))
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)
