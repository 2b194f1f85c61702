from __future__ import annotations

from pathlib import Path

import pytest

from klarlint.config import Config, config_from_mapping
from klarlint.linter import lint_document
from klarlint.readers import read_text
from klarlint.report import FileReport

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not present")


@pytest.fixture(scope="session")
def nlp():
    from klarlint.nlp.model import load_model

    return load_model()


def lint_text(text: str, fmt: str = "text", config: Config | None = None, **settings) -> FileReport:
    """Lint a string with the real model; ``settings`` become a config mapping."""
    if settings:
        config = config_from_mapping(settings)
    return lint_document(read_text(text, fmt), config)


def rule_texts(report: FileReport, rule: str) -> list[str]:
    return [f.text for f in report.findings if f.rule == rule]


def passive_finding(text: str, word: str, **settings: str):  # noqa: ANN201 (a Finding)
    """The one passive-voice finding of ``text`` whose span starts with ``word``."""
    found = [f for f in lint_text(text, **settings).findings if f.rule == "passive-voice"]
    found = [f for f in found if text[f.start : f.end].startswith(word)]
    assert len(found) == 1, found
    return found[0]
