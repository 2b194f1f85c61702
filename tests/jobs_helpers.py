"""Functions for worker-process tests: importable by name in a spawned worker, and cheap to import."""

from __future__ import annotations

import os

from klarlint.errors import KlarlintError


def shout(item: str) -> str:
    """Upper-cases an item; dies like a segfault on ``krasch`` and raises on ``fel``."""
    if item.startswith("krasch"):
        os._exit(70)
    if item == "fel":
        raise KlarlintError("konfigurationen är trasig")
    return item.upper()


def crashed(item: str) -> str:
    return f"kraschade: {item}"
