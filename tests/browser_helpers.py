"""Finding the system Chromium (and axe-core) for browser tests, and the flags it needs offline.

CI sets ``KLARLINT_REQUIRE_BROWSER=1`` (see .ci/run): then a missing browser, driver or axe-core
fails the test instead of skipping it, so CI can never skip the browser tests silently.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
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


@contextlib.contextmanager
def webdriver_session(tmp_path: Path, extra_args: tuple[str, ...] = ()) -> Iterator[tuple[httpx.Client, str]]:
    """A headless Chromium session through chromedriver (W3C WebDriver on a free 127.0.0.1 port): yields the client
    and the session's path (``/session/<id>``); both are closed afterwards. For tests that need no Selenium."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    driver = subprocess.Popen(
        [find_chromedriver(), f"--port={port}", "--allowed-ips=127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60, trust_env=False) as client:
            for _ in range(100):
                with contextlib.suppress(httpx.HTTPError):
                    if client.get("/status").json()["value"]["ready"]:
                        break
                time.sleep(0.1)
            args = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profil'}", *extra_args]
            options = {"binary": find_chromium(), "args": args}
            capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
            session = client.post("/session", json={"capabilities": capabilities}).json()["value"]["sessionId"]
            try:
                yield client, f"/session/{session}"
            finally:
                client.delete(f"/session/{session}")
    finally:
        driver.terminate()
        driver.wait(timeout=30)
