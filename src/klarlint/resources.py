"""Locate data shipped with klarlint (word lists, rule files, the model).

``wordlists/`` and ``rules/`` live at the top of the repository so they are easy
to read and edit; the wheel copies them into ``klarlint/data/``. This module finds them
in both layouts, so an editable install and a wheel behave the same.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
MODEL_NAME = "sv_klarlint"
MODEL_DIR = PACKAGE_DIR / "models" / MODEL_NAME  # the Swedish model shipped inside the package
# Profiles (klarlint.profiles) are TOML files among the rule files; the registry does not load them as rules.
PROFILE_FILE_PREFIX = "profile-"


@cache
def data_dir(name: str) -> Path:
    """Return the folder ``name`` (``"wordlists"`` or ``"rules"``) of the installed package."""
    for candidate in (PACKAGE_DIR / "data" / name, PACKAGE_DIR.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"klarlint data folder {name!r} is missing from the installation")


def wordlist_path(filename: str) -> Path:
    return data_dir("wordlists") / filename


def read_lines(path: Path) -> list[str]:
    """Non-empty lines of a word list, without ``#`` comments."""
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines
