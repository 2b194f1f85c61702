"""LanguageTool's API on a server with a token and CORS: what LanguageTool's clients can send and are answered."""

from __future__ import annotations

import pytest

from serve_helpers import running_server

TOKEN = "hemligt-123"
ORIGIN = "https://cms.kommun.example"
TEXT = "Du skall betala avgiften."


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("lt-auth"), "--token", TOKEN, "--cors-origin", ORIGIN) as running:
        yield running


@pytest.fixture(scope="module")
def client(server):
    with server.client() as http:
        yield http


def lt_error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("Error: ") and "\n" not in response.text
    return response.text.removeprefix("Error: ")


def test_languagetool_clients_send_the_token_as_api_key(client) -> None:
    """The add-on, LTeX and Obsidian send a LanguageTool Premium key as the form fields username and apiKey; they
    cannot send Authorization, so a server with a token had been out of their reach."""
    fields = {"language": "sv", "text": TEXT, "username": "anna@kommun.se", "apiKey": TOKEN}
    for response in (
        client.post("/v2/check", data=fields),
        client.post("/v2/check", files={key: (None, value) for key, value in fields.items()}),  # multipart
        client.get("/v2/check", params=fields),
        client.post("/v2/check", params={"apiKey": TOKEN}, data={"language": "sv", "text": TEXT}),
    ):
        assert response.status_code == 200, response.text
        assert [m["rule"]["id"] for m in response.json()["matches"]] == ["skall"]
    assert client.get("/v2/languages", params={"apiKey": TOKEN}).status_code == 200
    assert "fel åtkomstnyckel" in lt_error(client.post("/v2/check", data={**fields, "apiKey": "fel"}), 401)
    # Bearer as before; a header that is there is the one checked
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/v2/check", data={"language": "sv", "text": TEXT}, headers=bearer).status_code == 200
    wrong = client.post("/v2/check", data=fields, headers={"Authorization": "Bearer fel"})
    assert "fel åtkomstnyckel" in lt_error(wrong, 401)
    # only on /v2/: the JSON API keeps to its header, and its 401 stays JSON
    api = client.get("/api/rules", params={"apiKey": TOKEN})
    assert api.status_code == 401 and api.json()["error"].startswith("åtkomstnyckel saknas")


def test_the_401_on_v2_is_languagetool_s_plain_text_error(client) -> None:
    """A JSON 401 on /v2/languages had made language-tool-python fail with AttributeError in its constructor."""
    for response in (client.get("/v2/languages"), client.post("/v2/check", data={"language": "sv", "text": TEXT})):
        assert "åtkomstnyckel saknas" in lt_error(response, 401) and "apiKey" in response.text
        assert response.headers["www-authenticate"] == "Bearer"
    too_big = client.post("/v2/check", content=b"text=" + b"a" * (20 * 1024 * 1024), headers={"Connection": "close"})
    assert "20 MB" in lt_error(too_big, 413)  # read for its apiKey within the body limit
    chunks = iter([b"language=sv&text="] + [b"a" * (1024 * 1024)] * 21)
    assert "20 MB" in lt_error(client.post("/v2/check", content=chunks), 413)


def test_language_tool_python_raises_its_own_error_on_a_token(server, monkeypatch) -> None:
    language_tool_python = pytest.importorskip("language_tool_python")
    from language_tool_python.exceptions import LanguageToolError

    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with pytest.raises(LanguageToolError, match="åtkomstnyckel saknas"):
        language_tool_python.LanguageTool("sv-SE", remote_server=server.url)


def test_a_private_network_preflight_is_answered_for_an_allowed_origin_only(client) -> None:
    """Chrome's Private Network Access asks it when a public site's page calls a server on the intranet; it had been
    refused with 400 for the very origin --cors-origin allows."""
    preflight = {
        "Origin": ORIGIN,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
        "Access-Control-Request-Private-Network": "true",
    }
    allowed = client.options("/v2/check", headers=preflight)
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    assert allowed.headers["access-control-allow-private-network"] == "true"
    other = client.options("/v2/check", headers={**preflight, "Origin": "https://annan.example"})
    assert other.status_code == 400
    assert "access-control-allow-origin" not in other.headers
    assert "access-control-allow-private-network" not in other.headers
