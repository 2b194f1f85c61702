"""Finding the system Chromium (and axe-core) for browser tests, and the flags it needs offline.

CI sets ``KLARLINT_REQUIRE_BROWSER=1`` (see .ci/run): then a missing browser, driver or axe-core
fails the test instead of skipping it, so CI can never skip the browser tests silently.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Without these, Chromium on a machine without network hangs or waits on its background services.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
)

# Where .ci/run installs axe-core (npm install --prefix .ci/node axe-core); KLARLINT_AXE_JS overrides.
AXE_CANDIDATES = (ROOT / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js",)


def find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def find_chromedriver() -> str | None:
    return shutil.which("chromedriver")


def find_axe() -> Path | None:
    configured = os.environ.get("KLARLINT_AXE_JS")
    for candidate in ([Path(configured)] if configured else []) + list(AXE_CANDIDATES):
        if candidate.is_file():
            return candidate
    return None


def browser_required() -> bool:
    return os.environ.get("KLARLINT_REQUIRE_BROWSER", "") not in ("", "0")


def skip_or_fail(reason: str) -> None:
    """Skip on a developer machine without the browser; fail in CI, where it must be there."""
    if browser_required():
        pytest.fail(f"KLARLINT_REQUIRE_BROWSER is set but {reason}")
    pytest.skip(reason)
