"""The writers' page in real Chromium: session 48's workbench re-test (/work/coord/s48/retest-bench/REPORT.md).

Fixtures and helpers come from test_serve_browser (the same server, browser and page).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import test_serve_browser as base
from test_serve_browser import SKALL_TEXT, checked, paste, wait_for

browser_tools = base.browser_tools
server = base.server
chrome = base.chrome
page = base.page

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def status(driver) -> str:
    return driver.find_element(By.ID, "caret-status").text


def test_the_copy_fallback_says_when_it_could_not_copy(page) -> None:
    # B WRONG 6: the fallback's *const copied* hid the function copied(): with no clipboard API and a failing
    # execCommand, the message threw (TypeError) and the writer was told nothing.
    paste(page, SKALL_TEXT)
    checked(page)
    page.execute_script(
        "Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});"
        "document.execCommand = (command) => command !== 'copy';"
    )
    page.find_element(By.ID, "copy").click()
    wait_for(page, lambda d: "kunde inte kopieras" in status(d))
    assert "tryck Ctrl+C" in page.find_element(By.ID, "copy-status").text
    assert not [e for e in page.get_log("browser") if e["level"] == "SEVERE" and "copied" in e["message"]]
