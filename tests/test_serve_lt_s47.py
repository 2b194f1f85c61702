"""The integrator's re-test (s47): LanguageTool's API refuses a text longer than one check covers at once, with 413 as
LanguageTool does, instead of tying up a worker until the time limit and answering 503 with Retry-After."""

from __future__ import annotations

import pytest

from klarlint.limits import MAX_ANALYSED_CHARS
from serve_helpers import running_server


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("lt47")) as running, running.client() as http:
        yield http


def test_a_text_over_one_check_is_refused_at_once(client) -> None:
    sentence = "Ansökan ska skickas in senast den 1 mars, och beslutet fattas av nämnden efter en utredning. "
    text = sentence * (MAX_ANALYSED_CHARS // len(sentence) + 10)
    response = client.post("/v2/check", data={"language": "sv-SE", "text": text}, timeout=60)
    assert response.status_code == 413
    assert "för lång för en granskning" in response.text and len(response.text.strip().splitlines()) == 1
    assert "retry-after" not in response.headers
    assert response.elapsed.total_seconds() < 10  # it had taken the 30 s time limit


def test_a_text_within_one_check_is_still_checked(client) -> None:
    response = client.post("/v2/check", data={"language": "sv-SE", "text": "Ansökan skall skickas in."}, timeout=60)
    assert response.status_code == 200
    assert any(m["rule"]["id"] == "skall" for m in response.json()["matches"])
