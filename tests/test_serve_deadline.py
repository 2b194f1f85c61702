"""``klarlint serve --time-limit`` covers reading a document, not only linting it, and a read past its deadline
holds nothing: the real server on 127.0.0.1, with readers that never finish.

Session 41 (hostile tester): a 28 KB .docx of 3.1 million empty paragraphs got its 503 after 10 s, but the worker
went on reading it for a minute at 1 GB, and every other request got 503 meanwhile (three such uploads: 153 s);
16 MB of ``<br>`` the same. The readers are being made faster, so these tests do not depend on how slow a real
reader is: a ``sitecustomize`` on the server's PYTHONPATH replaces the .docx reader, and the plain-text reader for
a text with ENDLESS in it, by a loop that never ends and checks no deadline. Only a read that can be stopped from
outside gets these tests through.

The same ``sitecustomize`` makes readers die: killed while big (as the out-of-memory killer kills the largest
process), killed while small, or unable to start (a module missing). Session 42 (scale tester): every death of a
reader had been told to the user as 422 *den tar för mycket minne att packa upp eller läsa*, also when a half-done
edit made the readers fail at start with a ModuleNotFoundError.
"""

from __future__ import annotations

import io
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import httpx
import pytest

from klarlint.serve.reading import UNREADABLE
from serve_helpers import running_server

LIMIT = 3.0  # seconds: long enough for a small request on a busy machine, short enough for a fast test
SMALL = "Du skall betala avgiften."
ENDLESS_TEXT = "ENDLESS " + "Ansökan skall lämnas in. " * 2000  # 50,000 characters: read in a reader process
SITECUSTOMIZE = """
import os
import signal
import sys

if os.environ.get("KLARLINT_TEST_READER_CANNOT_START") and "klarlint.serve.reading" in sys.orig_argv:

    class NoDocx:  # a reader process whose start fails as after a broken install
        def find_spec(self, name, path=None, target=None):
            if name == "docx":
                raise ModuleNotFoundError("No module named 'docx' (test)", name="docx")
            return None

    sys.meta_path.insert(0, NoDocx())

if os.environ.get("KLARLINT_TEST_ENDLESS_READ"):
    import klarlint.readers.docx
    import klarlint.readers.plaintext

    def endless():
        while True:  # a reader that never finishes and never looks at a deadline
            pass

    real_plaintext = klarlint.readers.plaintext.read

    def plaintext(source, *args, **kwargs):
        if "ENDLESS" in source:
            endless()
        if "MEMORYHOG" in source:  # grows past 256 MB, then is killed as the out-of-memory killer would
            hog = bytearray(320 * 1024 * 1024)
            hog[::4096] = b"x" * len(hog[::4096])
            os.kill(os.getpid(), signal.SIGKILL)
        if "SUDDENDEATH" in source:  # killed while small: not for the memory of this read
            os.kill(os.getpid(), signal.SIGKILL)
        return real_plaintext(source, *args, **kwargs)

    klarlint.readers.docx.read = lambda *args, **kwargs: endless()
    klarlint.readers.plaintext.read = plaintext
"""


def _patched(folder: Path, switch: str) -> dict[str, str]:
    """The environment of a server whose processes run SITECUSTOMIZE (from ``folder``) with ``switch`` set."""
    (folder / "site").mkdir()
    (folder / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return {switch: "1", "PYTHONPATH": str(folder / "site")}


@pytest.fixture(scope="module")
def endless(tmp_path_factory):
    folder = tmp_path_factory.mktemp("endless")
    env = _patched(folder, "KLARLINT_TEST_ENDLESS_READ")
    with running_server(folder, "--time-limit", f"{LIMIT:g}", env=env) as running:
        yield running


def session_processes(server) -> set[str]:
    """The processes of the server's session (it starts its own): the server and its reader processes."""
    out = subprocess.run(["ps", "-o", "pid=", "-s", str(server.process.pid)], capture_output=True, text=True)
    return set(out.stdout.split())


def killed_and_replaced(server, before: set[str], readers: int) -> None:
    """``readers`` of the processes there were before are gone (killed at the deadline, their memory free, not
    left reading), and as many fresh ones have taken their place."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        now = session_processes(server)
        if len(before - now) == readers and len(now) == len(before):
            return
        time.sleep(0.1)
    raise AssertionError(f"before {sorted(before)}, now {sorted(session_processes(server))}")


def assert_time_limit(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert "för lång tid" in response.text
    assert response.elapsed.total_seconds() < LIMIT + 2  # at the limit, not when the read would have ended


def small_lint_is_answered_at_once(http: httpx.Client, pending: list) -> None:
    response = http.post("/api/lint", json={"text": SMALL}, timeout=LIMIT + 5)
    assert response.status_code == 200, response.text  # had been 503: the lint thread was reading
    assert [f["rule"] for f in response.json()["files"][0]["findings"]] == ["skall"]
    assert response.elapsed.total_seconds() < LIMIT / 2
    assert not all(future.done() for future in pending)  # answered while the endless reads were under way


def test_an_endless_upload_gets_503_at_the_limit_and_the_server_answers_meanwhile(endless) -> None:
    idle = session_processes(endless)
    with endless.client() as http, ThreadPoolExecutor(4) as pool:
        upload = {"file": ("rapport.docx", b"PK\x03\x04 hostile")}
        pending = [pool.submit(http.post, "/api/lint", files=upload)]
        time.sleep(0.5)
        small_lint_is_answered_at_once(http, pending)
        # the other reader slot is free: a second upload is read and linted while the first is stuck
        text_file = http.post("/api/lint", files={"file": ("brev.txt", SMALL.encode())}, timeout=LIMIT + 5)
        assert text_file.status_code == 200 and text_file.elapsed.total_seconds() < LIMIT / 2
        assert_time_limit(pending[0].result())
    killed_and_replaced(endless, idle, 1)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda http: http.post("/api/lint", json={"text": ENDLESS_TEXT}), id="json-text"),
        pytest.param(lambda http: http.post("/v2/check", data={"text": ENDLESS_TEXT, "language": "sv"}), id="lt"),
        pytest.param(lambda http: http.post("/api/extract", files={"file": ("a.docx", b"PK\x03\x04")}), id="page"),
    ],
)
def test_every_way_in_reads_within_the_time_limit(endless, call) -> None:
    """The JSON API's long text, LanguageTool's endpoint and the page's upload (/api/extract, which had read a
    .docx on the event loop, where it held even /health) get the same protection."""
    with endless.client() as http, ThreadPoolExecutor(2) as pool:
        pending = [pool.submit(call, http)]
        time.sleep(0.5)
        assert http.get("/health", timeout=LIMIT / 2).status_code == 200
        small_lint_is_answered_at_once(http, pending)
        response = pending[0].result()
    assert_time_limit(response)
    if "/v2/" in str(response.url):
        assert response.text.startswith("Error: granskningen tog för lång tid")  # LanguageTool's error form


def test_three_endless_uploads_hold_at_most_two_readers_and_all_end_at_the_limit(endless) -> None:
    """The reader processes per worker are bounded (each hostile read had taken a gigabyte); the third upload waits
    for a free one within its own deadline, and the server answers small texts throughout (had been 153 s of
    503s). The third is told that the server was busy: it spent its time waiting, not being read."""
    idle = session_processes(endless)
    with endless.client() as http, ThreadPoolExecutor(4) as pool:
        upload = {"file": ("rapport.docx", b"PK\x03\x04 hostile")}
        pending = [pool.submit(http.post, "/api/lint", files=upload) for _ in range(3)]
        time.sleep(1.0)
        assert session_processes(endless) == idle  # no third reader was started for the third upload
        small_lint_is_answered_at_once(http, pending)
        responses = [future.result() for future in pending]
    busy = [r for r in responses if "upptagen" in r.text]  # whichever upload got no reader
    assert len(busy) == 1 and busy[0].status_code == 503 and busy[0].elapsed.total_seconds() < LIMIT + 2
    assert busy[0].json()["error"] == "servern är upptagen med andra granskningar; försök igen om en stund"
    for response in responses:
        if response is not busy[0]:
            assert_time_limit(response)
    killed_and_replaced(endless, idle, 2)


def test_a_reader_killed_while_big_is_the_files_memory_one_killed_while_small_an_internal_error(endless) -> None:
    with endless.client() as http:
        big = http.post("/api/lint", json={"text": "MEMORYHOG " + ENDLESS_TEXT.removeprefix("ENDLESS ")})
        assert big.status_code == 422, big.text
        assert big.json()["error"] == "<stdin>: " + UNREADABLE  # keeps its message
        small = http.post("/api/lint", json={"text": "SUDDENDEATH " + ENDLESS_TEXT.removeprefix("ENDLESS ")})
        assert small.status_code == 500, small.text  # had been 422, the user's fault
        assert small.json()["error"] == "internt fel i klarlint; felet är loggat på servern"
        assert http.post("/api/lint", json={"text": SMALL}).status_code == 200
    assert "killed by signal 9" in endless.output()


@pytest.fixture(scope="module")
def broken_readers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("broken")
    with running_server(folder, env=_patched(folder, "KLARLINT_TEST_READER_CANNOT_START")) as running:
        yield running


def test_readers_that_cannot_start_are_a_logged_internal_error_not_the_users_file(broken_readers) -> None:
    word = docx.Document()
    word.add_paragraph("Du skall betala avgiften.")
    buffer = io.BytesIO()
    word.save(buffer)
    with broken_readers.client() as http:
        for response in (
            http.post("/api/lint", files={"file": ("brev.docx", buffer.getvalue())}),
            http.post("/api/lint", json={"text": ENDLESS_TEXT.removeprefix("ENDLESS ")}),  # read apart too
        ):
            assert response.status_code == 500, response.text  # had been 422 *tar för mycket minne*
            assert response.json()["error"] == "internt fel i klarlint; felet är loggat på servern"
        assert http.post("/api/lint", json={"text": SMALL}).status_code == 200  # read on the lint thread
    log = broken_readers.output()
    assert "ModuleNotFoundError: No module named 'docx' (test)" in log  # the reader's own error
    assert "the reader process ended without an answer on brev.docx (exit code 1" in log
