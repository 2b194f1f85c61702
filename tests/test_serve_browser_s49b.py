"""The writers' page in real Chromium: the findings list as one Tab stop (roving tabindex; s49 a11y WRONG 6).

Fixtures and helpers come from test_serve_browser (the same server, browser and page).
"""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import test_serve_browser as base
import test_serve_browser_s49 as s49
from test_serve_browser import axe_violations, checked, paste, wait_for

browser_tools = base.browser_tools
server = base.server
chrome = base.chrome
page = base.page

TEXT = "\n\n".join([s49.LETTER] * 3)

STOPS = "return [...document.querySelectorAll('#findings .finding-head')].map((h) => h.tabIndex)"
FOCUSED = "return [...document.querySelectorAll('#findings .finding-head')].indexOf(document.activeElement)"
IN_LIST = "return !!document.activeElement.closest('#findings')"


def press(driver, *keys: str) -> None:
    ActionChains(driver).send_keys(*keys).perform()


def back(driver) -> None:
    """Shift+Tab."""
    ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()


def test_tab_leaves_the_findings_list_and_shift_tab_comes_back_to_the_current_finding(page) -> None:
    # From finding 20, 29 Shift+Tab had led back to the text: every finding was its own Tab stop.
    paste(page, TEXT)
    checked(page)
    stops = page.execute_script(STOPS)
    assert len(stops) > 10
    assert stops == [0] + [-1] * (len(stops) - 1)  # one Tab stop: the first finding
    page.execute_script("document.querySelector('#findings .finding-head').focus()")
    for _ in range(5):
        press(page, Keys.ARROW_DOWN)
    assert page.execute_script(FOCUSED) == 5
    assert page.execute_script(STOPS).index(0) == 5 and page.execute_script(STOPS).count(0) == 1
    press(page, Keys.TAB)
    assert not page.execute_script(IN_LIST)  # out of the list at once (the page's last control)
    back(page)
    assert page.execute_script(FOCUSED) == 5  # back to the finding the writer was on
    back(page)
    assert not page.execute_script(IN_LIST)  # and Shift+Tab leaves it backwards at once
    press(page, Keys.TAB)
    assert page.execute_script(FOCUSED) == 5


def test_an_open_findings_buttons_stay_in_the_tab_order(page) -> None:
    paste(page, TEXT)
    checked(page)
    page.execute_script("document.querySelectorAll('#findings .finding-head')[1].focus()")
    press(page, Keys.ARROW_DOWN)  # to the first skall finding, or whatever is third: open it
    index = page.execute_script(FOCUSED)
    press(page, Keys.ENTER)
    wait_for(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#findings > li.is-open .finding-body button"))
    names = []
    for _ in range(6):
        press(page, Keys.TAB)
        if not page.execute_script(IN_LIST):
            break
        names.append(page.switch_to.active_element.text)
    assert "Ignorera" in names and "Visa i texten" in names
    assert len(names) <= 4  # the open finding's buttons only, not the findings after it
    back(page)
    assert page.switch_to.active_element.text == "Ignorera"
    press(page, Keys.ENTER)  # ignored: focus goes on to the finding that took its place, the one Tab stop
    wait_for(page, lambda d: d.execute_script(FOCUSED) == index)
    assert page.execute_script(STOPS).index(0) == index and page.execute_script(STOPS).count(0) == 1


def test_the_current_finding_is_kept_across_a_re_check(page) -> None:
    paste(page, TEXT)
    before = checked(page)["items"]
    page.execute_script("document.querySelectorAll('#findings .finding-head')[4].focus()")
    current = page.execute_script("return document.activeElement.closest('li').textContent")
    editor = page.find_element(By.ID, "editor")
    page.execute_script("arguments[0].focus(); arguments[0].setSelectionRange(0, 0)", editor)
    press(page, "Du skall gå hem. ")  # typed in the text: a new finding above, and every key (position) changes
    wait_for(page, lambda d: len(d.execute_script(STOPS)) > len(before))
    checked(page)
    stops = page.execute_script(STOPS)
    assert stops.count(0) == 1
    assert stops.index(0) > 4  # not the same index: the same finding, found by rule and place
    shown = page.execute_script(
        "return document.querySelectorAll('#findings > li')[arguments[0]].textContent", stops.index(0)
    )
    assert shown == current


def test_screen_reader_names_and_axe_with_the_roving_tab_stop(page) -> None:
    paste(page, TEXT)
    shown = checked(page)
    names = s49.ax_finding_buttons(page)
    assert len(names) == len(shown["items"]) and all("rad" in name for name in names)
    page.execute_script("document.querySelectorAll('#findings .finding-head')[2].click()")
    wait_for(page, lambda d: "Före" in d.find_element(By.CSS_SELECTOR, "#findings > li.is-open").text)
    assert axe_violations(page) == []
