"""The writers' page in real Chromium: session 48's workbench re-test (/work/coord/s48/retest-bench/REPORT.md).

Fixtures and helpers come from test_serve_browser (the same server, browser and page).
"""

from __future__ import annotations

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


def test_a_reload_keeps_the_severity_and_rule_filters(page) -> None:
    # B WRONG 3: Info unticked and a rule chosen were lost on a reload (the README says the settings are kept).
    paste(page, "Ansökan skall skickas in. Beslutet fattades av nämnden.\n\nDu skall betala avgiften.")
    checked(page)
    page.find_element(By.CSS_SELECTOR, "input[name=severity][value=info]").click()
    Select(page.find_element(By.ID, "rule-filter")).select_by_value("skall")
    before = checked(page)
    assert "visas" in before["summary"]
    page.refresh()
    after = checked(page)
    assert not page.find_element(By.CSS_SELECTOR, "input[name=severity][value=info]").is_selected()
    assert page.find_element(By.CSS_SELECTOR, "input[name=severity][value=error]").is_selected()
    assert page.find_element(By.ID, "rule-filter").get_attribute("value") == "skall"
    assert after["summary"] == before["summary"] and after["items"] == before["items"]
    # the page fixture's next test starts with every box ticked again (no draft)
    page.execute_script("sessionStorage.removeItem('klarlint-draft')")
    page.refresh()
    wait_for(page, lambda d: d.find_element(By.CSS_SELECTOR, "input[name=severity][value=info]").is_selected())


PASTE_HTML_ONLY = """
const data = new DataTransfer();
data.setData('text/html', arguments[0]);
const editor = document.getElementById('editor');
editor.focus(); editor.select();
editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
"""


def test_a_clipboard_with_html_only_pastes_its_text(page) -> None:
    # B WRONG 5: a clipboard with text/html but no text/plain pasted nothing, and the page said nothing.
    html = "<h1>Avgift</h1><p>Du <b>skall</b> betala\n avgiften.</p><p>Vi svarar<br>inom två veckor.</p>"
    page.execute_script(PASTE_HTML_ONLY, html)
    shown = checked(page)
    assert shown["text"] == "Avgift\n\nDu skall betala avgiften.\n\nVi svarar\ninom två veckor."
    assert [m for m in shown["marks"] if m["text"] == "skall"]
    # nothing to paste in it: said in one line
    paste(page, "")
    page.execute_script(PASTE_HTML_ONLY, "<p> </p><script>window.ran = 1</script>")
    wait_for(page, lambda d: status(d) == "Det gick inte att klistra in texten som vanlig text.")
    assert page.execute_script("return window.ran === undefined")


CMS_HTML = (
    "<h1>Parkeringstillstånd</h1>\n<p>Parkeringstillstånd beviljas av trafiknämnden.</p>\n"
    "<p>Ansökan görs på en blankett. Beslut skickas hem med post.</p>\n"
)
WITH_ENGLISH = (
    "Du kan ansöka om parkeringstillstånd hos kommunen. Vi svarar inom två veckor.\n\n"
    "If you do not speak Swedish, you can contact the municipality and ask for help with your application. "
    "We will answer your questions in English as soon as we can.\n\n"
    "Ring oss om du har frågor om ansökan."
)


def test_plain_text_pasted_over_html_the_writer_chose_is_offered_as_text(page) -> None:
    # B WRONG 1: after HTML source checked as HTML (chosen in the select), a plain text pasted over it was read as
    # one HTML paragraph: a false *Långt stycke*, and no word that its English paragraph was not checked.
    paste(page, CMS_HTML)
    checked(page)
    Select(page.find_element(By.ID, "format")).select_by_value("html")
    checked(page)
    assert not page.find_elements(By.CSS_SELECTOR, "#notices .notice-offer")  # HTML source as HTML: no offer
    paste(page, WITH_ENGLISH)
    checked(page)
    offer = wait_for(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#notices .notice-offer"))[0]
    assert offer.text.startswith("Texten granskas som HTML men har inga HTML-taggar.")
    offer.find_element(By.TAG_NAME, "button").click()
    wait_for(page, lambda d: "engelska" in d.find_element(By.ID, "notices").text)
    shown = checked(page)
    assert page.find_element(By.ID, "format").get_attribute("value") == "text"
    assert not [item for item in shown["items"] if "Långt stycke" in item]
    assert len(page.find_elements(By.CSS_SELECTOR, "#heat .heat-cell")) >= 2
    assert not page.find_elements(By.CSS_SELECTOR, "#notices .notice-offer")
    # HTML with one tag or an entity is HTML source still: no offer
    Select(page.find_element(By.ID, "format")).select_by_value("html")
    paste(page, "Vi svarar inom två veckor.<br>\n\nRing oss om du har frågor.")
    checked(page)
    assert not page.find_elements(By.CSS_SELECTOR, "#notices .notice-offer")
