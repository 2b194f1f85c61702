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


def bygglov(path: Path) -> None:
    word = docx.Document()
    word.add_heading("Beslut om bygglov", 1)
    paragraph = word.add_paragraph("Ansökan skall vara undertecknad. ")
    paragraph.add_run("Faktura").bold = True
    paragraph.add_run(" skickas separat.")
    word.add_paragraph("Avgiften skall betalas innan handläggningen påbörjas.")
    word.save(path)


def downloaded(page, tmp_path: Path, button: str) -> docx.document.Document:
    target = tmp_path / "bygglov.klarlint.docx"
    target.unlink(missing_ok=True)
    page.find_element(By.ID, button).click()
    wait_for(page, lambda d: target.is_file() and target.stat().st_size > 0 and "nedladdad" in status(d))
    return docx.Document(io.BytesIO(target.read_bytes()))


def commented_words(word) -> list[str]:
    body = word.element.body
    found = []
    for start in body.iter(f"{W}commentRangeStart"):
        words, inside = [], False
        for node in body.iter():
            if node is start:
                inside = True
            elif node.tag == f"{W}commentRangeEnd" and node.get(f"{W}id") == start.get(f"{W}id"):
                break
            elif inside and node.tag == f"{W}t":
                words.append(node.text or "")
        found.append("".join(words))
    return found


def test_an_opened_word_file_goes_back_to_word_with_comments_or_tracked_changes(page, tmp_path: Path) -> None:
    # B WRONG 2: the page offered no way back to Word: the writer pasted plain text and lost the formatting.
    page.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    assert not page.find_element(By.ID, "word-download").is_displayed()  # pasted text: no Word file to give
    bygglov(tmp_path / "bygglov.docx")
    original = [p.text for p in docx.Document(tmp_path / "bygglov.docx").paragraphs]
    page.find_element(By.ID, "file").send_keys(str(tmp_path / "bygglov.docx"))
    wait_for(page, lambda d: "Avgiften skall" in d.find_element(By.ID, "editor").get_attribute("value"))
    checked(page)
    assert page.find_element(By.ID, "word-download").is_displayed()
    assert page.find_element(By.ID, "word-note").text == ""
    word = downloaded(page, tmp_path, "word-comments")
    assert commented_words(word).count("skall") == 2
    assert [p.text for p in word.paragraphs] == original
    assert any(run.bold and run.text == "Faktura" for run in word.paragraphs[1].runs)
    changes = downloaded(page, tmp_path, "word-changes").element.body
    assert ["".join(t.text for t in d.iter(f"{W}delText")) for d in changes.iter(f"{W}del")] == ["skall", "skall"]
    assert ["".join(t.text for t in i.iter(f"{W}t")) for i in changes.iter(f"{W}ins")] == ["ska", "ska"]
    # a finding ignored on the page is not in the Word file either
    item = base.finding_item(page, "skall")
    item.find_element(By.CSS_SELECTOR, ".finding-head").click()
    button = wait_for(page, lambda d: [b for b in item.find_elements(By.TAG_NAME, "button") if b.text == "Ignorera"])
    button[0].click()
    assert "skall" not in commented_words(downloaded(page, tmp_path, "word-comments"))
    # edited in the page: the buttons say what the Word file holds
    editor = page.find_element(By.ID, "editor")
    editor.send_keys(" Tack.")
    wait_for(page, lambda d: "som du öppnade den" in d.find_element(By.ID, "word-note").text)
    # another text pasted over the file: no Word file of it
    paste(page, SKALL_TEXT)
    checked(page)
    assert not page.find_element(By.ID, "word-download").is_displayed()
