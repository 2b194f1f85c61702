"""The rule docs (``docs/rules/<id>.md``, the README's rule table) are generated from the rules' RuleInfo.

After a deliberate change to a rule's facts, run ``python scripts/rule_docs.py`` and commit the result.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from klarlint.rules.registry import all_rules


@pytest.fixture(scope="module")
def rule_docs():
    spec = importlib.util.spec_from_file_location("rule_docs", ROOT / "scripts" / "rule_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_docs_and_readme_table_are_up_to_date(rule_docs) -> None:
    stale = [str(path.relative_to(ROOT)) for path in rule_docs.stale_files()]
    assert stale == [], "run python scripts/rule_docs.py and commit the result"


def test_every_rule_has_a_page_linked_from_the_readme(rule_docs) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index(rule_docs.START) : readme.index(rule_docs.END)]
    for rule in all_rules():
        page = ROOT / "docs" / "rules" / f"{rule.info.id}.md"
        assert page.is_file(), page
        text = page.read_text(encoding="utf-8")
        assert rule.info.example_before.strip() in text and rule.info.explanation.split()[0] in text
        assert all(f"`{key}`" in text for key in rule.info.options)
        assert f"](docs/rules/{rule.info.id}.md)" in table


def test_a_hand_edit_or_a_leftover_page_is_stale(rule_docs, tmp_path: Path, monkeypatch) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(rule_docs.DOCS, docs)
    readme = tmp_path / "README.md"
    readme.write_text(rule_docs.README.read_text(encoding="utf-8").replace("| warning/error/info |", "| warning |"))
    (docs / "skall.md").write_text((docs / "skall.md").read_text(encoding="utf-8") + "Handskrivet.\n")
    (docs / "borttagen-regel.md").write_text("# en regel som inte finns längre\n")
    monkeypatch.setattr(rule_docs, "DOCS", docs)
    monkeypatch.setattr(rule_docs, "README", readme)
    assert sorted(p.name for p in rule_docs.stale_files()) == ["README.md", "borttagen-regel.md", "skall.md"]
    assert rule_docs.main([]) == 0
    assert rule_docs.stale_files() == [] and not (docs / "borttagen-regel.md").exists()


def test_every_page_lists_severity_among_the_options(rule_docs) -> None:
    """severity works under every [rules.X], so every page lists it, a rule with no options of its own too (session
    42, the explain tester: skall's and link-text's pages listed nothing)."""
    for rule in all_rules():
        page = rule_docs.rule_page(rule)
        assert f'| `severity` | `"{rule.info.severity.value}"` |' in page, rule.info.id
        assert f'[rules.{rule.info.id}]\nseverity = "{rule.info.severity.value}"' in page, rule.info.id


def test_an_unknown_argument_writes_nothing(rule_docs, capsys) -> None:
    # `rule_docs.py --help` had regenerated every page and the README from a working tree others were editing
    assert rule_docs.main(["--help"]) == 2
    assert "usage" in capsys.readouterr().out
