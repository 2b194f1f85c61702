"""The HTTP API as a CMS plugin sees it: session 49's plugin re-test (/work/coord/s49/retest-plugin/REPORT.md)."""

from __future__ import annotations

import time

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


def test_a_preflight_without_cors_origin_is_told_how_to_allow_it(plain) -> None:
    # P W3: a plugin's preflight to the default server got a bare 405 "metoden stöds inte här", and the log said
    # only "OPTIONS /v2/check 405".
    with plain.client() as http:
        for path in ("/v2/check", "/api/lint", "/v2/check"):
            response = http.options(path, headers=PREFLIGHT)
            assert response.status_code == 400
            assert "access-control-allow-origin" not in response.headers
            line = response.text.removeprefix("Error: ") if path.startswith("/v2/") else response.json()["error"]
            assert line == f"anrop från andra webbplatser är avstängda ({ORIGIN}); {HOW}"
        assert response.text.startswith("Error: ")  # LanguageTool's error form on /v2/
        # not a preflight: an OPTIONS without Access-Control-Request-Method is still the plain 405
        assert http.options("/v2/check", headers={"Origin": ORIGIN}).status_code == 405
        assert http.post(
            "/v2/check", data={"text": "Du skall.", "language": "sv"}, headers={"Origin": ORIGIN}
        ).is_success
    time.sleep(0.5)
    told = [line for line in plain.output().splitlines() if "--cors-origin" in line]
    assert len(told) == 1 and ORIGIN in told[0]  # once per origin, not per request


def test_cors_exposes_retry_after_and_www_authenticate(cors) -> None:
    # P W1: without Access-Control-Expose-Headers a page on another origin could not read the busy 503's Retry-After
    with cors.client() as http:
        refused = http.post("/v2/check", data={"text": "Hej.", "language": "sv"}, headers={"Origin": ORIGIN})
        assert refused.status_code == 401 and refused.headers["www-authenticate"]
        exposed = {h.strip().lower() for h in refused.headers["access-control-expose-headers"].split(",")}
        assert {"retry-after", "www-authenticate"} <= exposed
