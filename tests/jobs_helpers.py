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


def wait_for_flag(item: str) -> str:
    """``item`` is a flag file's path: waits (at most 60 s) until the file exists, so a test can tell whether a
    result was handed over while this item was still running."""
    import time
    from pathlib import Path

    deadline = time.monotonic() + 60
    while not Path(item).exists():
        if time.monotonic() > deadline:
            return "timeout"
        time.sleep(0.05)
    return "flagged"


def sigterm_handler(item: str) -> str:
    """The worker's SIGTERM handler: ``default`` when SIGTERM kills it at once."""
    import signal

    handler = signal.getsignal(signal.SIGTERM)
    return "default" if handler == signal.SIG_DFL else repr(handler)
