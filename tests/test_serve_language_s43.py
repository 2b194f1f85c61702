"""LanguageTool API: the detected language's name and confidence, and an empty language= (tester languages 10)."""

from __future__ import annotations

import pytest

from klarlint.serve import lt
from serve_helpers import running_server

PERSIAN = "شهرداری اطلاعاتی درباره پیش دبستانی و مدرسه به شما می دهد."


def test_a_language_named_by_its_heading_has_a_name_and_its_script_decides() -> None:
    assert lt._detected("fa", PERSIAN) == {"name": "Persian", "code": "fa", "confidence": 1.0}  # had been Unknown, 0.5
    assert lt._detected("und-Arab", PERSIAN)["confidence"] == 1.0


def test_the_detected_language_is_never_below_even_odds() -> None:
    assert lt._detected("sv", "Yhteenveto suomeksi: Hakemuksesi on hyväksytty.")["confidence"] == 0.5  # had been 0.33
    assert lt._detected("sv", "Du kan överklaga beslutet inom tre veckor.")["confidence"] > 0.5


def test_an_empty_language_is_refused_and_auto_accepted() -> None:
    with pytest.raises(lt.LanguageToolRequestError, match="tom"):
        lt.check_language("")
    with pytest.raises(lt.LanguageToolRequestError):
        lt.check_language("en")
    lt.check_language("auto")
    lt.check_language("sv-FI")


def test_the_server_answers_an_empty_language_with_400(tmp_path) -> None:
    with running_server(tmp_path) as server, server.client() as http:
        assert http.post("/v2/check", data={"language": "", "text": "Hej."}).status_code == 400  # had been 200
        assert http.post("/v2/check", data={"text": "Hej."}).status_code == 200  # no language at all: auto
