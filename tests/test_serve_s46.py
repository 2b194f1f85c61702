"""``klarlint serve``: the surface re-tester's findings of session 46 (/work/coord/s46/retest-surface3/REPORT.md).

1. Under steady load the queue always took the shortest text waiting, so a one-page letter (2,600 characters,
   far below the short limit) kept losing to shorter texts that came after it: waits of up to 31 s, and 21 of
   6,601 requests got 503. Now a text's place counts its wait too (ageing).
2. A lint that ended after its request had timed out left an exception nobody read (a traceback in the log).
3. /v2/check read a form body as UTF-8 whatever charset it declared; a Latin-1 JSON body was only "not JSON".
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time

import pytest

from klarlint.serve.worker import AGE_SECONDS, SHORT_CHARS, LintQueue, LintTimeout, _within
from serve_helpers import running_server
from test_serve_queue import SITECUSTOMIZE

# The server here: a 3 s time limit, and (through test_serve_queue's sitecustomize) a text with SLOW in it takes
# 4.5 s per batch of analysis, so its request gives up (at 3 s + the 1 s of grace) before its lint stops itself.
SLOW_SECONDS = "4.5"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve_s46")
    (folder / "site").mkdir()
    (folder / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = {"KLARLINT_TEST_SLOW_ANALYSIS": SLOW_SECONDS, "PYTHONPATH": str(folder / "site")}
    with running_server(folder, "--time-limit", "3", env=env) as running:
        yield running


def test_a_letter_that_has_waited_goes_before_shorter_texts_that_came_after_it() -> None:
    """Scheduler level, on a clock the test moves: a short text that came just after the letter still goes first
    (short texts stay fast), but once the letter has waited AGE_SECONDS every later text waits for it, however
    short; a long text still waits for all the short ones."""
    now = 0.0
    queue = LintQueue(clock=lambda: now)
    gate, ran = threading.Event(), []
    try:
        jobs = [queue.submit(0, gate.wait)]  # holds the lint thread while the others queue

        def submit(size: int, name: str) -> None:
            jobs.append(queue.submit(size, ran.append, name))

        submit(SHORT_CHARS + 8_000, "long")
        submit(2_600, "letter")
        now = 0.1
        submit(100, "early line")
        now = AGE_SECONDS + 0.1
        for n in range(5):
            submit(10 + n, f"later line {n}")
        gate.set()
        for job in jobs:
            job.result(timeout=30)
    finally:
        gate.set()
        queue.shutdown()
    assert ran == ["early line", "letter", *(f"later line {n}" for n in range(5)), "long"]


def test_without_a_wait_the_shortest_text_still_goes_first() -> None:
    queue = LintQueue(clock=lambda: 0.0)
    gate, ran = threading.Event(), []
    try:
        jobs = [queue.submit(0, gate.wait)]
        jobs += [queue.submit(size, ran.append, size) for size in (2_600, 30, 900, SHORT_CHARS + 1, 5)]
        gate.set()
        for job in jobs:
            job.result(timeout=30)
    finally:
        gate.set()
        queue.shutdown()
    assert ran == [5, 30, 900, 2_600, SHORT_CHARS + 1]


def test_a_lint_that_ends_after_its_request_timed_out_logs_nothing() -> None:
    """2. Every 503 had written "Future exception was never retrieved ... LintTimeout" with a traceback to the
    server's log: the lint, awaited through a shield, raised its LintTimeout after the request had given up."""
    reported: list[dict] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _, context: reported.append(context))
        lint: asyncio.Future = loop.create_future()
        with pytest.raises(LintTimeout):
            await _within(lint, time.monotonic())  # gives up a second after the deadline
        lint.set_exception(LintTimeout())  # the lint stops itself at its deadline, later
        await asyncio.sleep(0)  # its callbacks run
        del lint
        gc.collect()  # an unread exception is reported when the future is collected

    asyncio.run(main())
    assert reported == []


def test_a_timed_out_request_leaves_no_traceback_in_the_servers_log(server) -> None:
    with server.client(timeout=60) as http:
        timed_out = http.post("/api/lint", json={"text": "SLOW Du skall betala."})
        assert timed_out.status_code == 503, timed_out.text
        after = http.post("/api/lint", json={"text": "Du skall betala avgiften."})  # waits for the slow lint's end
        assert after.status_code == 200, after.text
        for n in range(100):  # garbage, so that the collector runs (an unread exception is logged when collected)
            http.post("/api/lint", json={"text": f"Stycke {n} ska läsas."})
    log = server.output()
    assert "never retrieved" not in log and "Traceback" not in log, log


LATIN1_FORM = "text=Du skall gå och erhålla beslutet.&language=sv".encode("iso-8859-1")


def _flagged(answer: dict) -> list[str]:
    """The words /v2/check's matches cover, read from each match's context."""
    return [
        m["context"]["text"][m["context"]["offset"] : m["context"]["offset"] + m["context"]["length"]]
        for m in answer["matches"]
    ]


@pytest.mark.parametrize(
    "body",
    [LATIN1_FORM, b"text=Du+skall+g%E5+och+erh%E5lla+beslutet.&language=sv"],
    ids=["raw", "percent-encoded"],
)
def test_languagetools_endpoint_reads_a_form_in_its_declared_charset(server, body: bytes) -> None:
    """3. A form declared ISO-8859-1 had been read as UTF-8: *erh\ufffdlla*, and the word silently missed."""
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=ISO-8859-1"}
    with server.client() as http:
        answer = http.post("/v2/check", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["matches"][0]["context"]["text"] == "Du skall gå och erhålla beslutet."
    assert {"skall", "erhålla"} <= set(_flagged(answer.json()))


def test_a_form_without_a_charset_is_still_utf8(server) -> None:
    body = "text=Du skall erhålla beslutet.&language=sv".encode()
    with server.client() as http:
        for content_type in ("application/x-www-form-urlencoded", 'application/x-www-form-urlencoded; charset="utf-8"'):
            answer = http.post("/v2/check", content=body, headers={"Content-Type": content_type})
            assert answer.status_code == 200, answer.text
            assert answer.json()["matches"][0]["context"]["text"] == "Du skall erhålla beslutet."


@pytest.mark.parametrize("charset", ["x-okand", "base64"])
def test_an_unknown_charset_is_a_swedish_bad_request(server, charset: str) -> None:
    headers = {"Content-Type": f"application/x-www-form-urlencoded; charset={charset}"}
    with server.client() as http:
        answer = http.post("/v2/check", content=LATIN1_FORM, headers=headers)
    assert answer.status_code == 400
    assert answer.text == f"Error: okänd teckenkodning '{charset}' i Content-Type; skicka UTF-8"


def test_a_json_body_that_is_not_utf8_is_told_to_be_sent_as_utf8(server) -> None:
    body = '{"text": "Du ska erhålla beslutet."}'.encode("iso-8859-1")
    with server.client() as http:
        answer = http.post("/api/lint", content=body, headers={"Content-Type": "application/json"})
        broken = http.post("/api/lint", content=b'{"text": ', headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json() == {"error": "begäran är inte giltig UTF-8; skicka JSON som UTF-8"}
    assert broken.json() == {"error": "begäran är inte giltig JSON"}
