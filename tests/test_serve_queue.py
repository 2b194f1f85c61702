"""``klarlint serve`` under load: short texts go first, and a request that only waited is told the server was busy.

Session 42 (scale tester, two workers, 8 clients): a one-paragraph text queued behind two texts of 200 KB waited
22-31 s, and when its 30 s ran out it got 503 *granskningen tog för lång tid … dela upp texten*, though it was
never linted. The real server on 127.0.0.1; so that the order does not depend on how fast this machine is, a
``sitecustomize`` on the server's PYTHONPATH makes each batch of analysis of a text with SLOW in it sleep (a long
lint that checks its deadline and lets short ones through between batches, as a real one does, without the CPU).
Only the order of the answers is asserted, never how fast one is.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from serve_helpers import running_server

SITECUSTOMIZE = """
import os

if os.environ.get("KLARLINT_TEST_SLOW_ANALYSIS"):
    import time

    import klarlint.nlp.cache

    real_analyze = klarlint.nlp.cache.CachingBackend.analyze

    def analyze(self, texts):
        if any("SLOW" in text for text in texts):
            time.sleep(float(os.environ["KLARLINT_TEST_SLOW_ANALYSIS"]))
        return real_analyze(self, texts)

    klarlint.nlp.cache.CachingBackend.analyze = analyze
"""
PAUSE = 0.15  # seconds of sleep per batch of analysis (64 paragraphs) of a SLOW text
SHORT = "Du skall betala avgiften."


def slow_text(batches: int, tag: str) -> str:
    """A text of ``batches`` batches of 64 paragraphs (over 32,000 characters: a long text), every paragraph
    different (the analysis cache would make repeated ones free)."""
    return "\n\n".join(f"SLOW {tag} stycke {n} ska läsas." for n in range(64 * batches))


def slow_server(tmp_path_factory, name: str, *args: str):
    folder = tmp_path_factory.mktemp(name)
    (folder / "site").mkdir()
    (folder / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = {"KLARLINT_TEST_SLOW_ANALYSIS": str(PAUSE), "PYTHONPATH": str(folder / "site")}
    return running_server(folder, *args, env=env)


@pytest.fixture(scope="module")
def roomy(tmp_path_factory):
    """One worker (one lint thread) and a time limit every request here keeps."""
    with slow_server(tmp_path_factory, "roomy", "--time-limit", "120") as running:
        yield running


@pytest.fixture(scope="module")
def tight(tmp_path_factory):
    with slow_server(tmp_path_factory, "tight", "--time-limit", "3") as running:
        yield running


def test_a_short_text_is_answered_before_the_long_ones_queued_earlier(roomy) -> None:
    """A short text goes through a running long lint and before a long one waiting; among long texts waiting, the
    shorter goes first; and the long lints it went through still give their full answers."""
    first, longest, shorter = slow_text(30, "A"), slow_text(40, "B"), slow_text(34, "C")
    finished: list[str] = []

    def post(name: str, text: str):
        with roomy.client(timeout=300) as http:
            response = http.post("/api/lint", json={"text": text})
        finished.append(name)
        return response

    with ThreadPoolExecutor(4) as pool:
        pending = {"first": pool.submit(post, "first", first)}
        time.sleep(1.0)  # the first long lint is running
        pending["longest"] = pool.submit(post, "longest", longest)
        time.sleep(0.3)
        pending["shorter"] = pool.submit(post, "shorter", shorter)
        time.sleep(0.3)
        short = post("short", SHORT)
        assert short.status_code == 200, short.text
        assert [f["rule"] for f in short.json()["files"][0]["findings"]] == ["skall"]
        assert not any(future.done() for future in pending.values())  # had waited for all three
        answers = {name: future.result() for name, future in pending.items()}
    assert finished == ["short", "first", "shorter", "longest"]  # had been first, longest, shorter, short
    for response in answers.values():
        assert response.status_code == 200, response.text
    with roomy.client() as http:  # the same text alone (from the analysis cache now): the same findings
        again = http.post("/api/lint", json={"text": first}).json()
    assert answers["first"].json() == again


def test_a_request_that_only_waited_is_told_the_server_is_busy(tight) -> None:
    """Two long texts on one lint thread with a 3 s limit: the first is linted until its deadline and told it is
    too long; the second waits behind it all its time and is told the server is busy, not to split its text."""
    with tight.client(timeout=60) as http, ThreadPoolExecutor(2) as pool:
        linted = pool.submit(http.post, "/api/lint", json={"text": slow_text(40, "A")})
        time.sleep(0.3)
        waited = pool.submit(http.post, "/api/lint", json={"text": slow_text(40, "B")})
        time.sleep(0.3)
        short = http.post("/api/lint", json={"text": SHORT})
        assert short.status_code == 200, short.text  # through the running long lint
        assert not waited.done()
        too_long, busy = linted.result(), waited.result()
    assert too_long.status_code == 503, too_long.text
    assert "för lång tid" in too_long.json()["error"] and "dela upp texten" in too_long.json()["error"]
    assert busy.status_code == 503, busy.text
    assert busy.json()["error"] == "servern är upptagen med andra granskningar; försök igen om en stund"
    assert busy.headers["retry-after"]


def test_languagetools_endpoint_says_busy_in_its_own_error_form(tight) -> None:
    with tight.client(timeout=60) as http, ThreadPoolExecutor(2) as pool:
        linted = pool.submit(http.post, "/v2/check", data={"text": slow_text(40, "D"), "language": "sv"})
        time.sleep(0.3)
        waited = pool.submit(http.post, "/v2/check", data={"text": slow_text(40, "E"), "language": "sv"})
        assert linted.result().text.startswith("Error: granskningen tog för lång tid")
        busy = waited.result()
    assert busy.status_code == 503
    assert busy.text == "Error: servern är upptagen med andra granskningar; försök igen om en stund"
