"""The HTTP API as a CMS plugin sees it: session 49's plugin re-test (/work/coord/s49/retest-plugin/REPORT.md)."""

from __future__ import annotations

import pytest

from serve_helpers import running_server

ORIGIN = "http://localhost:3000"
HOW = f"starta klarlint serve med --cors-origin {ORIGIN}"
PREFLIGHT = {
    "Origin": ORIGIN,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "content-type",
}


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """The default server: no token, no --cors-origin."""
    with running_server(tmp_path_factory.mktemp("plain")) as running:
        yield running


@pytest.fixture(scope="module")
def cors(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("cors"), "--cors-origin", ORIGIN, "--token", "hemlig") as running:
        yield running


def test_cors_exposes_retry_after_and_www_authenticate(cors) -> None:
    # P W1: without Access-Control-Expose-Headers a page on another origin could not read the busy 503's Retry-After
    with cors.client() as http:
        refused = http.post("/v2/check", data={"text": "Hej.", "language": "sv"}, headers={"Origin": ORIGIN})
        assert refused.status_code == 401 and refused.headers["www-authenticate"]
        exposed = {h.strip().lower() for h in refused.headers["access-control-expose-headers"].split(",")}
        assert {"retry-after", "www-authenticate"} <= exposed
