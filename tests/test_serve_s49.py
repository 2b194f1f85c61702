"""The HTTP API as a CMS plugin sees it: session 49's plugin re-test (/work/coord/s49/retest-plugin/REPORT.md)."""

from __future__ import annotations

import json
import time

import pytest

from klarlint.report import Finding
from klarlint.rules.base import Severity
from klarlint.serve.lt import message_with_advice
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


@pytest.mark.parametrize(
    ("message", "suggestion", "shown"),
    [
        # the suggestion's advice opens the message's last sentence: its example only (P W2)
        ("”beretts” är passiv form (s-passiv) och döljer vem som gör något. Skriv aktivt och säg vem som gör det.",
         "Skriv aktivt, till exempel ”(Vem?) har berett ärendet …”",
         "”beretts” är passiv form (s-passiv) och döljer vem som gör något. Skriv aktivt och säg vem som gör det, "
         "till exempel ”(Vem?) har berett ärendet …”"),
        ("”lämnas” är passiv form och döljer vem som ska göra något. Tilltala läsaren.",
         "Tilltala läsaren, till exempel ”Lämna in ansökan …”",
         "”lämnas” är passiv form och döljer vem som ska göra något. Tilltala läsaren, till exempel ”Lämna in "
         "ansökan …”"),
        # advice of its own, with an example: appended whole as before
        ("”anmäldes” är passiv form.", "Skriv aktivt, till exempel ”(Vem?) anmälde …”",
         "”anmäldes” är passiv form. Skriv aktivt, till exempel ”(Vem?) anmälde …”"),
        ("Länken säger inte vart den leder. Skriv vad läsaren hittar där, så att länken går att förstå.",
         "Skriv vad länken leder till, till exempel ”Läs mer om bygglov”",
         "Länken säger inte vart den leder. Skriv vad läsaren hittar där, så att länken går att förstå. Skriv vad "
         "länken leder till, till exempel ”Läs mer om bygglov”."),
    ],
)  # fmt: skip
def test_lt_message_appends_only_the_example_to_advice_it_already_gave(message, suggestion, shown) -> None:
    found = Finding("r", Severity.INFO, 1, 1, 1, 1, 0, 5, "ordet", message, suggestion, None, "", None, ())
    assert message_with_advice(found) == shown


EN = "Please submit your application by March 1. The decision was made by the committee after review."
SV = "Du skall betala avgiften senast den 1 mars. Vi behandlar din ansökan så snart vi kan."


def test_a_notice_on_data_names_no_line_of_the_text_built_from_its_markup(plain) -> None:
    # P W4: an annotated HTML text (one line, paragraphs as <p> with interpretAs "\n\n") was told "(rad 3)": a line
    # of klarlint's plain text, not of the editor's HTML.
    annotation = [
        {"markup": "<p>"}, {"text": SV}, {"markup": "</p>"},
        {"markup": '<p lang="en">', "interpretAs": "\n\n"}, {"text": EN}, {"markup": "</p>"},
    ]  # fmt: skip
    original = "".join(part.get("text", part.get("markup")) for part in annotation)
    with plain.client() as http:
        data = http.post("/v2/check", data={"data": json.dumps({"annotation": annotation}), "language": "auto"})
        text = http.post("/v2/check", data={"text": f"{SV}\n\n{EN}", "language": "auto"})
    [from_data] = data.json()["warnings"]["notices"]
    assert from_data["code"] == "other-language" and "rad" not in from_data["message"]
    assert from_data["message"].startswith("Text på engelska har inte granskats: klarlint granskar svensk text.")
    assert original[from_data["offset"] :].startswith(EN)  # the offset says where
    [from_text] = text.json()["warnings"]["notices"]  # a text= text's lines are the client's: kept
    assert "(rad 3)" in from_text["message"]
