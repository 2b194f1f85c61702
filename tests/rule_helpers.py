"""Lint with one rule alone: what the meta-tests and the golden fixtures of each rule need."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from klarlint.config import Config, config_from_mapping
from klarlint.linter import lint_document
from klarlint.readers import read_text
from klarlint.report import FileReport
from klarlint.rules.registry import all_rules

RULE_IDS = [rule.info.id for rule in all_rules()]


def only(rule_id: str, options: Mapping[str, Any] | None = None) -> Config:
    """A configuration that runs ``rule_id`` and nothing else, with ``options`` over its defaults."""
    others = [other for other in RULE_IDS if other != rule_id]
    return config_from_mapping({"enable": [rule_id], "disable": others, "rules": {rule_id: dict(options or {})}})


def lint_one(rule_id: str, text: str, fmt: str = "text", options: Mapping[str, Any] | None = None) -> FileReport:
    return lint_document(read_text(text, fmt), only(rule_id, options))
