"""The writers' page in real Chromium: the findings list's Tab stops after the arrows move away from an open
finding, and after a new text (s49 a11y, left then).

Fixtures and helpers come from test_serve_browser (the same server, browser and page).
"""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import test_serve_browser as base
import test_serve_browser_s49 as s49
from test_serve_browser import checked, paste, wait_for
from test_serve_browser_s49b import FOCUSED, IN_LIST, STOPS, TEXT, back, press

browser_tools = base.browser_tools
server = base.server
chrome = base.chrome
page = base.page

OPEN_BUTTON_STOPS = (
    "return [...document.querySelectorAll('#findings li.is-open .finding-body button')].map((b) => b.tabIndex)"
)

WHOLE = (
    "const e = document.getElementById('editor'); return e.selectionStart === 0 && e.selectionEnd === e.value.length"
)


def test_an_open_findings_buttons_leave_the_tab_order_when_the_arrows_move_on(page) -> None:
    paste(page, TEXT)
    checked(page)
    page.execute_script("document.querySelector('#findings .finding-head').focus()")
    press(page, Keys.ENTER)  # open the first finding
    wait_for(page, lambda d: d.execute_script(OPEN_BUTTON_STOPS))
    assert set(page.execute_script(OPEN_BUTTON_STOPS)) == {0}  # the current one's buttons: Tab stops
    press(page, Keys.ARROW_DOWN, Keys.ARROW_DOWN)
    assert page.execute_script(FOCUSED) == 2
    assert set(page.execute_script(OPEN_BUTTON_STOPS)) == {-1}  # still open, no longer Tab stops
    press(page, Keys.TAB)
    assert not page.execute_script(IN_LIST)  # out of the list at once
    back(page)
    assert page.execute_script(FOCUSED) == 2
    back(page)
    assert not page.execute_script(IN_LIST)  # and backwards past the open finding's buttons too
    press(page, Keys.TAB, Keys.ARROW_UP, Keys.ARROW_UP)
    assert page.execute_script(FOCUSED) == 0
    assert set(page.execute_script(OPEN_BUTTON_STOPS)) == {0}  # back on it: its buttons are Tab stops again
    press(page, Keys.TAB)
    assert page.execute_script(IN_LIST) and page.switch_to.active_element.tag_name == "button"
    assert page.execute_script(FOCUSED) == -1  # a button in the open finding, not a header


def test_a_new_text_makes_its_first_finding_the_lists_tab_stop(page) -> None:
    paste(page, TEXT)
    checked(page)
    page.execute_script("document.querySelectorAll('#findings .finding-head')[5].focus()")
    assert page.execute_script(STOPS).index(0) == 5
    editor = page.find_element(By.ID, "editor")
    editor.click()
    ActionChains(page).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
    assert page.execute_script(WHOLE)  # the whole text selected, then typed over: a new text
    press(page, s49.LETTER)
    wait_for(page, lambda d: d.execute_script("return document.getElementById('editor').value") == s49.LETTER)
    checked(page)
    stops = page.execute_script(STOPS)
    assert len(stops) >= 2
    assert stops.index(0) == 0  # had been the old text's index (5, or the last finding)


def test_typing_in_the_text_keeps_the_current_finding(page) -> None:
    # Not a new text: a word typed at the end keeps the finding the writer was on (renderList's key, then place).
    paste(page, TEXT)
    checked(page)
    page.execute_script("document.querySelectorAll('#findings .finding-head')[3].focus()")
    editor = page.find_element(By.ID, "editor")
    page.execute_script(
        "arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1])", editor, len(TEXT)
    )
    press(page, " Tack.")
    wait_for(page, lambda d: d.execute_script("return document.getElementById('editor').value.endsWith('Tack.')"))
    checked(page)
    assert page.execute_script(STOPS).index(0) == 3
