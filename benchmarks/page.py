"""How the writers' page of ``klarlint serve`` feels in a real browser: typing and re-checking.

Starts ``klarlint serve`` on a free 127.0.0.1 port and headless Chromium (Debian's ``chromium`` and
``chromium-driver``, driven by Selenium), puts a 380-word letter (examples/brev-fore.txt) and a
5,000-word document (the letter 13 times) in the editor and prints, for each:

- the time from putting the text in until its findings are shown;
- the page's own work per keystroke in the middle of the text (median and max of 40 keystrokes:
  the edit, moving the findings along, patching the highlight layer), measured in the page;
- the time from the last keystroke until the re-check's highlights are shown (0.5 s of it is the
  pause the page waits for before it sends the text);
- how long a full render of the findings takes (highlight layer, list, panel, and their layout).

Run under the shared lock: ``flock /tmp/klarlint-heavy.lock python benchmarks/page.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

from browser_helpers import CHROMIUM_FLAGS, find_chromedriver, find_chromium  # noqa: E402
from serve_helpers import running_server  # noqa: E402

KEYSTROKES = 40

# A new answer is shown: state.report is another object than before, and no check is under way.
SHOWN = """
return document.getElementById('busy').hidden && state.report !== null && state.report !== window.benchSeen;
"""
SEEN = "window.benchSeen = state.report;"

TYPE = """
const e = document.getElementById('editor'); e.focus(); e.setSelectionRange(arguments[0], arguments[0]);
const times = [];
for (let i = 0; i < arguments[1]; i++) {
  const t = performance.now();
  document.execCommand('insertText', false, 'x');
  document.body.offsetHeight;  // include the layout the keystroke causes
  times.push(performance.now() - t);
}
return times;
"""

RENDER = """
const t = performance.now(); render(); document.body.offsetHeight; return performance.now() - t;
"""


def browser(profile: Path) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = find_chromium()
    for flag in (*CHROMIUM_FLAGS, "--window-size=1280,900", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(find_chromedriver()), options=options)


def wait_shown(driver: webdriver.Chrome, timeout: float = 120.0) -> float:
    start = time.perf_counter()
    while not driver.execute_script(SHOWN):
        if time.perf_counter() - start > timeout:
            raise RuntimeError("the page did not show the check in time")
        time.sleep(0.01)
    return time.perf_counter() - start


def measure(driver: webdriver.Chrome, url: str, text: str) -> dict[str, float]:
    driver.get(url)
    while len(driver.find_elements(By.CSS_SELECTOR, "#profile option")) < 3:
        time.sleep(0.05)
    editor = driver.find_element(By.ID, "editor")
    driver.execute_script(SEEN)
    start = time.perf_counter()
    driver.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", editor, text
    )
    time.sleep(0.1)
    first = time.perf_counter() - start + wait_shown(driver)
    driver.execute_script(SEEN)
    keystrokes = driver.execute_script(TYPE, len(text) // 2, KEYSTROKES)
    recheck = wait_shown(driver)
    render = statistics.median(driver.execute_script(RENDER) for _ in range(5))
    return {
        "words": len(text.split()),
        "findings": driver.execute_script("return state.findings.length"),
        "first_shown_s": first,
        "keystroke_median_ms": statistics.median(keystrokes),
        "keystroke_max_ms": max(keystrokes),
        "recheck_shown_s": recheck,
        "full_render_ms": render,
    }


def main() -> None:
    if find_chromium() is None or find_chromedriver() is None:
        sys.exit("needs chromium and chromium-driver (apt-get install chromium chromium-driver)")
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp)) as server:
        driver = browser(Path(tmp) / "profil")
        try:
            for name, text in (("letter", letter), ("5,000 words", "\n\n".join([letter] * 13))):
                result = measure(driver, server.url + "/", text)
                print(
                    f"{name:12} {result['words']:5} words {result['findings']:5} findings | "
                    f"shown {result['first_shown_s']:.2f} s | keystroke median {result['keystroke_median_ms']:.1f} ms, "
                    f"max {result['keystroke_max_ms']:.1f} ms | re-check shown {result['recheck_shown_s']:.2f} s "
                    f"after the last keystroke | full render {result['full_render_ms']:.0f} ms"
                )
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
