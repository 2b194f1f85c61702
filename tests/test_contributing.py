"""CONTRIBUTING.md's worked example is a working rule: dropped into the rules package, it is registered and
passes what the meta-tests ask of every rule."""

from __future__ import annotations

import sys

import pytest

import klarlint.rules as rules_package
from conftest import ROOT
from klarlint.language import SWEDISH, detect
from klarlint.rules import registry
from rule_helpers import lint_one

START, END = "<!-- contributing-example:start -->", "<!-- contributing-example:end -->"


def example_code() -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    block = text[text.index(START) + len(START) : text.index(END)].strip()
    return block.removeprefix("```python").removesuffix("```")


@pytest.fixture
def example_rule_installed(tmp_path, monkeypatch):
    """The example as ``klarlint/rules/observera_att.py`` (in a second folder of the package)."""
    (tmp_path / "observera_att.py").write_text(example_code(), encoding="utf-8")
    monkeypatch.setattr(rules_package, "__path__", [*rules_package.__path__, str(tmp_path)])
    registry._builtin_classes.cache_clear()
    yield
    registry._builtin_classes.cache_clear()
    sys.modules.pop("klarlint.rules.observera_att", None)


def test_the_worked_example_registers_itself_and_does_what_it_shows(example_rule_installed) -> None:
    rule = next(rule for rule in registry.all_rules() if rule.info.id == "observera-att")
    info = rule.info
    assert isinstance(info.block_local, bool) and "skrivregler" in info.reference
    assert detect(info.explanation)[0] == SWEDISH
    before = lint_one(info.id, info.example_before)
    assert [f.text for f in before.findings] == ["Observera att"]
    assert lint_one(info.id, info.example_after).findings == []
    mid_sentence = lint_one(info.id, "Vi ber dig observera att tiden är kort. Notera att vi stänger.")
    assert [f.text for f in mid_sentence.findings] == ["Notera att"]


def test_the_example_is_gone_again_after_the_test() -> None:
    assert "observera-att" not in {rule.info.id for rule in registry.all_rules()}
