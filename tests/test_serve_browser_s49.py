"""The writers' page in real Chromium: session 49's accessibility re-test (/work/coord/s49/retest-a11y/REPORT.md).

Fixtures and helpers come from test_serve_browser (the same server, browser and page).
"""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import site_server
import test_serve_browser as base
from test_serve_browser import checked, paste, wait_for

browser_tools = base.browser_tools
server = base.server
chrome = base.chrome
page = base.page

LETTER = (
    "Ansökan skall lämnas in senast den 1 mars. Beslutet fattades av nämnden angående bygglovet.\n\n"
    "Du skall betala avgiften. Vi har erhållit din ansökan och den har handlagts av förvaltningen."
)


def ax_finding_buttons(driver) -> list[str]:
    """The names of the buttons the accessibility tree has inside the findings list."""
    driver.execute_cdp_cmd("Accessibility.enable", {})
    list_node = driver.execute_cdp_cmd(
        "Accessibility.getPartialAXTree", {"backendNodeId": _backend_id(driver, "#findings"), "fetchRelatives": False}
    )
    root = list_node["nodes"][0]["nodeId"]
    tree = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
    by_id = {node["nodeId"]: node for node in tree}
    names, todo = [], list(by_id[root].get("childIds", [])) if root in by_id else []
    while todo:
        node = by_id.get(todo.pop(0))
        if node is None:
            continue
        if node.get("role", {}).get("value") == "button":
            names.append(node.get("name", {}).get("value", ""))
        todo.extend(node.get("childIds", []))
    return names


def _backend_id(driver, selector: str) -> int:
    document = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})
    found = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector})
    return driver.execute_cdp_cmd("DOM.describeNode", {"nodeId": found["nodeId"]})["node"]["backendNodeId"]


def test_every_finding_below_the_fold_has_its_name_in_the_accessibility_tree(page) -> None:
    # X WRONG 1: .finding { content-visibility: auto } left the findings out of view out of the accessibility tree:
    # a screen reader in browse mode met empty list items (10 of 33 at 1280 × 900, 140 of 162 in a longer text).
    paste(page, "\n\n".join([LETTER] * 12))
    shown = checked(page)
    assert len(shown["items"]) > 60
    names = ax_finding_buttons(page)
    assert len(names) == len(shown["items"])
    assert all(names) and all("rad" in name for name in names)


OPEN_MARK_IN_WINDOW = """
const mark = document.querySelector('#highlights mark.is-open');
const editor = document.getElementById('editor').getBoundingClientRect();
const r = mark.getBoundingClientRect();
return {top: r.top, bottom: r.bottom, height: innerHeight, editorTop: editor.top, editorBottom: editor.bottom};
"""


def test_f8_at_200_percent_zoom_keeps_the_selected_word_in_view(page) -> None:
    # X WRONG 2: at 640 × 450 (1280 × 900 at 200 %) the page is one column, and F8's scrollIntoView scrolled the page
    # down to the opened finding: the text and its selected word ended up wholly above the window.
    metrics = {"width": 640, "height": 450, "deviceScaleFactor": 1, "mobile": False}
    page.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        paste(page, "\n\n".join([LETTER] * 3))
        checked(page)
        editor = page.find_element(By.ID, "editor")
        page.execute_script("arguments[0].focus(); arguments[0].setSelectionRange(0, 0)", editor)
        for keys in [Keys.F8] * 6 + [(Keys.SHIFT, Keys.F8)] * 2:
            editor.send_keys(*keys) if isinstance(keys, tuple) else editor.send_keys(keys)
            where = page.execute_script(OPEN_MARK_IN_WINDOW)
            assert where["top"] >= 0 and where["bottom"] <= where["height"], where
            assert page.switch_to.active_element == editor
        # a click on a highlight opens its finding and leaves the text where it is too
        page.execute_script("window.scrollTo(0, 0); arguments[0].setSelectionRange(0, 0)", editor)
        before = page.execute_script("return scrollY")
        offset = page.execute_script("return arguments[0].value.indexOf('skall') + 2", editor)
        page.execute_script(
            "arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]); arguments[0].click()",
            editor,
            offset,
        )
        assert page.execute_script("return scrollY") == before
        assert page.find_elements(By.CSS_SELECTOR, "#findings > li.is-open")
    finally:
        page.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


WATCH_SUMMARY = """
window.summaryWrites = 0;
new MutationObserver((records) => (window.summaryWrites += records.length)).observe(
  document.getElementById('summary'), {childList: true, characterData: true, subtree: true});
"""


def test_the_summary_is_announced_only_when_it_changes(page) -> None:
    # X WRONG 3: the summary (role=status) was rewritten after every check: typing three words without changing a
    # finding read the same "33 anmärkningar: …" out three times.
    paste(page, LETTER)
    before = checked(page)["summary"]
    page.execute_script(WATCH_SUMMARY)
    editor = page.find_element(By.ID, "editor")
    for word in (" Tack", " för", " nu"):
        seq = page.execute_script("return state.seq")
        page.execute_script(
            "arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length)", editor
        )
        editor.send_keys(word)
        wait_for(page, lambda d, seq=seq: d.execute_script("return state.seq > arguments[0] && busy.hidden", seq))
    assert checked(page)["summary"] == before
    assert page.execute_script("return window.summaryWrites") == 0
    # a change is still said
    editor.send_keys(" Du skall ringa.")
    wait_for(page, lambda d: d.execute_script("return document.getElementById('summary').textContent") != before)
    assert page.execute_script("return window.summaryWrites") >= 1


def test_an_opened_finding_s_buttons_are_described_by_its_message_and_nothing_else_is_live(page) -> None:
    # X WRONG 5: the explanation box was aria-live (600 characters read out when it first came), F8 announced two
    # things, and Tab to "Ersätt med ”ska”" read the button without the finding's message.
    paste(page, "Du skall betala avgiften.")
    checked(page)
    item = [li for li in page.find_elements(By.CSS_SELECTOR, "#findings > li") if "”skall”" in li.text][0]
    item.find_element(By.CSS_SELECTOR, ".finding-head").click()
    wait_for(page, lambda d: item.find_element(By.CSS_SELECTOR, ".explanation").text.startswith("Varför?"))
    message = item.find_element(By.CSS_SELECTOR, ".finding-message")
    fix = item.find_element(By.CSS_SELECTOR, "button.fix")
    skip = [b for b in item.find_elements(By.CSS_SELECTOR, "button") if b.text == "Ignorera"][0]
    for button in (fix, skip):
        assert button.get_attribute("aria-describedby") == message.get_attribute("id")
        assert page.execute_script("return arguments[0].ariaDescribedByElements[0].textContent", button) == message.text
    live = page.execute_script(
        "return [...document.querySelectorAll('[aria-live]:not([aria-live=off]), [role=status], [role=alert]')]"
        ".map((e) => e.id)"
    )
    assert sorted(live) == ["caret-status", "error", "summary"]


LONG_SENTENCE = (
    "Nämnden har beslutat att bifalla ansökan delvis och du erhåller därför bistånd till hyra och el men inte till "
    "de tandvårdskostnader som du har angett i ansökan eftersom kostnaderna inte har styrkts med kvitton eller någon "
    "annan form av underlag som visar att kostnaderna faktiskt har uppstått under perioden och att de inte kunnat "
    "betalas på annat sätt av dig eller av någon annan i hushållet."
)

WIDE_MARKS = """
return [...document.querySelectorAll('#highlights mark')].filter((m) => /\\bw-/.test(m.className)).map((m) => {
  const style = getComputedStyle(m);
  return {cls: m.className, line: style.textDecorationLine, style: style.textDecorationStyle};
});
"""


def test_a_whole_sentence_s_severity_is_shown_by_its_line_not_by_hue_alone(page) -> None:
    # X WRONG 4: a long sentence (Fel) was only a faint tint (1.14:1), its severity told by hue alone, while the
    # legend promised errors a wavy line.
    paste(page, LONG_SENTENCE)
    checked(page)
    marks = page.execute_script(WIDE_MARKS)
    assert [m for m in marks if "w-error" in m["cls"]], marks
    styles = {"w-error": "wavy", "w-warning": "solid", "w-info": "dotted"}
    for mark in marks:
        if not any(cls.startswith("n-") for cls in mark["cls"].split()):  # a word's own mark has its own line
            wide = next(cls for cls in mark["cls"].split() if cls.startswith("w-"))
            assert mark["line"] == "underline" and mark["style"] == styles[wide], mark
    assert "hel mening" in page.find_element(By.ID, "editor-help").text


def status(driver) -> str:
    return driver.find_element(By.ID, "caret-status").text


def test_a_one_click_fix_says_how_to_undo_it(page) -> None:
    # X WRONG 6: "Ersatt med ”ska”." said nothing of the way back (Ersätt alla says "Ctrl+Z i texten ångrar dem").
    paste(page, "Du skall betala avgiften.")
    checked(page)
    item = [li for li in page.find_elements(By.CSS_SELECTOR, "#findings > li") if "”skall”" in li.text][0]
    item.find_element(By.CSS_SELECTOR, ".finding-head").click()
    wait_for(page, lambda d: item.find_elements(By.CSS_SELECTOR, "button.fix"))
    item.find_element(By.CSS_SELECTOR, "button.fix").click()
    wait_for(page, lambda d: status(d).startswith("Ersatt med ”ska”."))
    assert status(page) == "Ersatt med ”ska”. Ctrl+Z i texten ångrar."


def test_the_json_download_says_it_is_done(page) -> None:
    # X WRONG 7: Enter on "Ladda ner anmärkningar (JSON)" downloaded the file without a word; the Word one says so.
    paste(page, "Du skall betala avgiften.")
    checked(page)
    page.find_element(By.ID, "download").click()
    wait_for(page, lambda d: status(d) == "text-klarlint.json är nedladdad.")


def test_the_focused_paragraph_cell_shows_its_lix_as_text(page) -> None:
    # X WRONG 8: a focused cell of the paragraph strip showed only its colour; "LIX 68 (mycket svår)" was in
    # aria-label and in a title shown on mouse hover only.
    paste(page, "\n\n".join([LONG_SENTENCE, "Du skall betala avgiften."]))
    checked(page)
    label = page.find_element(By.ID, "heat-label")
    assert not label.is_displayed()
    cells = page.find_elements(By.CSS_SELECTOR, "#heat .heat-cell")
    page.execute_script("arguments[0].focus()", cells[0])
    assert label.is_displayed() and label.text == cells[0].get_attribute("aria-label")
    assert "LIX" in label.text and label.get_attribute("aria-hidden") == "true"  # read out once, by the cell
    cells[0].send_keys(Keys.ARROW_RIGHT)
    assert label.text == cells[1].get_attribute("aria-label") and "för kort för LIX" in label.text
    cells[1].send_keys(Keys.TAB)
    assert not label.is_displayed()


READ_BUSY_FROM_ANOTHER_ORIGIN = """
const [url, long1, long2, done] = arguments;
const check = (text) => fetch(url + '/v2/check', {method: 'POST', body: new URLSearchParams({text, language: 'sv'})});
const first = check(long1);
await new Promise((resolve) => setTimeout(resolve, 300));
const busy = await check(long2);
await first.catch(() => null);
done({status: busy.status, retryAfter: busy.headers.get('Retry-After'), origin: location.origin});
"""


def test_a_page_on_another_origin_reads_the_busy_answer_s_retry_after(page, server: str, tmp_path_factory) -> None:
    # P W1: the busy 503 sends Retry-After (the sign that tells it from the time limit's 503), but without
    # Access-Control-Expose-Headers a plugin's page read null.
    from test_serve_queue import slow_server, slow_text

    plugin = site_server.serve({"/": site_server.Route(b"<!doctype html><title>CMS</title><p>CMS")})
    try:
        page.get(plugin.base + "/")  # a plugin's page: not klarlint's, whose CSP lets it call its own server only
        args = ("--time-limit", "3", "--cors-origin", plugin.base)
        with slow_server(tmp_path_factory, "cors-busy", *args) as busy_server:
            answer = page.execute_async_script(
                READ_BUSY_FROM_ANOTHER_ORIGIN, busy_server.url, slow_text(40, "A"), slow_text(40, "B")
            )
    finally:
        site_server.stop(plugin)
    assert answer["origin"] == plugin.base != busy_server.url
    assert answer["status"] == 503 and answer["retryAfter"] == "5", answer
