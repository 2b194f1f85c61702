"""The writers' page in real Chromium: session 43's left-alone workbench items (/work/coord/note43.md).

Fixtures and helpers come from test_serve_browser (the same server, browser and page).
"""

from __future__ import annotations

import json
from pathlib import Path

from selenium.webdriver.common.by import By

import test_serve_browser as base
from test_serve_browser import SKALL_TEXT, checked, paste, wait_for

# The same module-scoped server and browser as test_serve_browser's (pytest finds fixtures by these names).
browser_tools = base.browser_tools
server = base.server
chrome = base.chrome
page = base.page


def test_the_downloaded_report_of_pasted_text_names_it_as_the_page_does(page, tmp_path: Path) -> None:
    # note43: the report of pasted text said "path": "<stdin>" (the command line's name), which tells a writer
    # nothing; the page calls the text *Din text* (its heading and the editor's name).
    page.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    paste(page, SKALL_TEXT)
    checked(page)
    heading = page.find_element(By.ID, "editor-heading").text
    page.find_element(By.ID, "download").click()
    target = tmp_path / "text-klarlint.json"
    wait_for(page, lambda d: target.is_file() and target.stat().st_size > 0)
    report = json.loads(target.read_text(encoding="utf-8"))
    assert [file["path"] for file in report["files"]] == [heading] == ["Din text"]
    assert "<stdin>" not in target.read_text(encoding="utf-8")
    assert any(f["rule"] == "skall" for f in report["files"][0]["findings"])
