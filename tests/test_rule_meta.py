"""Meta-tests over every registered rule (proselint's kind): each fact a rule must declare, it declares.

Every rule — built-in, and the TOML files shipped in ``rules/`` — is registered, declares whether it
is block-local, has a Swedish title and explanation, a reference to Myndigheternas skrivregler, a
description of each option, and examples that do what they say: ``example_before`` gets a finding
of that rule, ``example_after`` none.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from klarlint.language import SWEDISH, detect
from klarlint.readers import TEXT_FORMATS
from klarlint.resources import data_dir
from klarlint.rules import base
from klarlint.rules.registry import MACHINERY, all_rules, builtin_rules
from rule_helpers import lint_one

RULES = all_rules()
RULES_PACKAGE = Path(base.__file__).parent
# Modules of the rules package that hold no rule: the machinery and shared constants.
NOT_RULES = {"__init__", *MACHINERY}


def by_id(rule_id: str):
    return next(rule for rule in RULES if rule.info.id == rule_id)


def rule_classes(path: Path) -> list[str]:
    """Names of the classes in a module that define ``info = RuleInfo(...)``: the module's rules."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.ClassDef):
            continue
        for statement in node.body:
            targets = statement.targets if isinstance(statement, ast.Assign) else []
            value = statement.value if isinstance(statement, ast.Assign) else None
            if any(isinstance(t, ast.Name) and t.id == "info" for t in targets) and (
                isinstance(value, ast.Call) and getattr(value.func, "id", "") == "RuleInfo"
            ):
                found.append(node.name)
    return found


def test_every_rule_module_holds_one_registered_rule() -> None:
    registered = {type(rule).__name__: inspect.getmodule(type(rule)).__name__ for rule in builtin_rules()}
    modules = sorted(p for p in RULES_PACKAGE.glob("*.py") if p.stem not in NOT_RULES)
    seen = []
    for path in modules:
        classes = rule_classes(path)
        assert len(classes) == 1, f"{path.name}: one rule per file, found {classes}"
        assert registered.get(classes[0]) == f"klarlint.rules.{path.stem}", f"{classes[0]} is not in builtin_rules()"
        seen.append(classes[0])
    assert sorted(seen) == sorted(registered)  # and no registered rule lives outside its own module


def test_every_shipped_rule_file_is_registered() -> None:
    ids = {rule.info.id for rule in RULES}
    for path in sorted(data_dir("rules").glob("*.toml")):
        if path.name.startswith("profile-"):
            continue
        rule_id = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("id ="))
        assert rule_id.split("=", 1)[1].strip().strip('"') in ids, path.name


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.info.id)
def test_rule_declares_whether_it_is_block_local(rule) -> None:
    assert isinstance(rule.info.block_local, bool), f"{rule.info.id}: RuleInfo(block_local=...) is not declared"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.info.id)
def test_rule_is_explained_in_swedish_with_a_reference(rule) -> None:
    info = rule.info
    assert info.title.strip() and info.explanation.strip()
    assert detect(info.explanation)[0] == SWEDISH, info.explanation
    # grounded in the skrivregler, or for what a web page's markup must do (lang-attribute) in WCAG 2.1, which the
    # law on accessible digital public services (2018:1937) makes binding for public bodies
    assert "skrivregler" in info.reference or "WCAG" in info.reference, info.reference
    assert info.issue_type in ("style", "typographical", "locale-violation")  # ITS 2.0's, as LanguageTool says
    for key in info.options:
        assert info.option_spec(key).description, f"{info.id}: option {key} has no description"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.info.id)
def test_examples_before_flags_and_after_does_not(rule) -> None:
    info = rule.info
    assert info.example_before.strip() and info.example_after.strip()
    assert info.example_format in TEXT_FORMATS
    assert set(info.example_options) <= set(info.options)
    before = lint_one(info.id, info.example_before, info.example_format, info.example_options)
    after = lint_one(info.id, info.example_after, info.example_format, info.example_options)
    assert [f for f in before.findings if f.rule == info.id], f"{info.id}: example_before gets no finding"
    assert [(f.text, f.message) for f in after.findings if f.rule == info.id] == []


def test_the_examples_are_checked_under_their_own_options() -> None:
    """An example made for shorter thresholds flags with them, not with the defaults: the options matter."""
    info = by_id("missing-summary").info
    assert info.example_options
    assert lint_one(info.id, info.example_before, info.example_format).findings == []


@pytest.mark.parametrize(
    ("rule_id", "section"),
    [
        ("long-paragraph", "3.8 (Några råd om styckeindelning)"),
        ("heading", "3.5 (Rubriker ger struktur åt innehållet)"),
        ("link-text", "kapitel 2 (Att skriva för webben)"),
        ("meta-length", "kapitel 2 (Att skriva för webben)"),
    ],
)
def test_references_name_the_section_to_read(rule_id: str, section: str) -> None:
    """*råden om stycken* and *råden om rubriker* named no place to look (session 42, the explain tester)."""
    assert section in by_id(rule_id).info.reference
