"""Golden fixtures, one per rule (Ruff's snapshots, textlint's text/errors/output): the exact output, compared.

For each rule ``tests/fixtures/rules/`` holds

* ``<id>.txt``, ``<id>.md`` or ``<id>.html``: text the rule must flag and text it must leave alone;
* ``<id>.toml`` (optional): a ``klarlint.toml`` for that text, e.g. a rule's threshold;
* ``<id>.expected``: every finding of that rule alone, with its exact range (line:column-line:column,
  columns 1-based and the end exclusive), severity, sub-check, text, message, suggestion and replacements;
* ``<id>.fixed.txt`` / ``<id>.fixed.md``, for a rule that gives replacements: the text ``--fix`` writes.

After a deliberate change to a rule (or the model), regenerate them with

    KLARLINT_UPDATE_FIXTURES=1 python -m pytest tests/test_rule_fixtures.py

and read the diff before committing it: the diff *is* the change in behaviour.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT
from klarlint.config import config_from_mapping
from klarlint.fix import fix_source
from klarlint.linter import active_rules, lint_document
from klarlint.lsp.rule_cache import with_block_cache
from klarlint.readers import FORMATS, read_text
from klarlint.report import FileReport
from klarlint.rules.base import FixAvailability
from klarlint.rules.registry import all_rules
from rule_helpers import only

FIXTURES = ROOT / "tests" / "fixtures" / "rules"
UPDATE = os.environ.get("KLARLINT_UPDATE_FIXTURES") == "1"
RULES = all_rules()


def fixture_for(rule_id: str) -> Path:
    found = [
        p for p in FIXTURES.glob(f"{rule_id}.*") if p.suffix in (".txt", ".md", ".html") and ".fixed." not in p.name
    ]
    assert len(found) == 1, f"{rule_id}: write one fixture, tests/fixtures/rules/{rule_id}.txt, .md or .html"
    return found[0]


def config_for(rule_id: str, fixture: Path):
    """Only ``rule_id``, with the options of ``<id>.toml`` if there is one."""
    settings = fixture.with_suffix(".toml")
    if not settings.is_file():
        return only(rule_id)
    data = tomllib.loads(settings.read_text(encoding="utf-8"))
    base = only(rule_id)
    return config_from_mapping({**data, "enable": [rule_id], "disable": sorted(base.disable)}, settings)


def render(rule_id: str, fixture: Path, report: FileReport) -> str:
    lines = [f"# {rule_id} on {fixture.name}: line:column-line:column (end exclusive), severity, then each field"]
    for f in report.findings:
        lines.append(f"{f.line}:{f.column}-{f.end_line}:{f.end_column} {f.severity.value} {f.rule}")
        if f.subcheck is not None:
            lines.append(f"  subcheck: {f.subcheck}")
        lines.append(f"  text: {f.text!r}")
        lines.append(f"  message: {f.message}")
        if f.suggestion is not None:
            lines.append(f"  suggestion: {f.suggestion}")
        if f.replacements:
            lines.append(f"  replacements: {' | '.join(f.replacements)}")
    return "\n".join(lines) + "\n"


def compare(path: Path, actual: str) -> None:
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"{path.name} is missing: run KLARLINT_UPDATE_FIXTURES=1 pytest {Path(__file__).name}"
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs (regenerate after a deliberate change)"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.info.id)
def test_rule_output_is_its_golden_fixture(rule) -> None:
    info = rule.info
    fixture = fixture_for(info.id)
    fmt = FORMATS[fixture.suffix]
    source = fixture.read_text(encoding="utf-8")
    config = config_for(info.id, fixture)
    document = read_text(source, fmt, str(fixture))
    report = lint_document(document, config)
    compare(fixture.with_suffix(".expected"), render(info.id, fixture, report))
    # What every fixture must show: the rule flags something and leaves some block alone.
    assert report.findings, f"{fixture.name}: no finding of {info.id}"
    flagged = {b for f in report.findings for b, block in enumerate(document.blocks) if _holds(block, f)}
    assert len(flagged) < len(document.blocks), f"{fixture.name}: no block the rule leaves alone"
    assert {f.severity for f in report.findings} <= {info.severity, *info.other_severities}
    assert {f.subcheck for f in report.findings} <= (set(info.subchecks) if info.subchecks else {None})
    fixed = fixture.with_name(f"{info.id}.fixed{fixture.suffix}")
    if info.fix is FixAvailability.NEVER:
        assert not fixed.exists() and not any(f.replacements for f in report.findings)
        return
    result = fix_source(source, fmt, str(fixture), lambda doc: lint_document(doc, config))
    assert result.changed, f"{fixture.name}: {info.id} gives replacements, but none applies to the fixture"
    compare(fixed, result.fixed)


@pytest.mark.parametrize("rule", [r for r in RULES if r.info.block_local], ids=lambda rule: rule.info.id)
def test_a_block_local_rule_gives_the_same_findings_block_by_block(rule) -> None:
    """What ``block_local=True`` promises: a block's findings depend on that block alone, so the language
    server's per-block memo, filled from each block linted on its own, gives what a whole lint gives."""
    fixture = fixture_for(rule.info.id)
    config = config_for(rule.info.id, fixture)
    fmt = FORMATS[fixture.suffix]
    source = fixture.read_text(encoding="utf-8")
    cached = with_block_cache(active_rules(config))
    for part in source.split("\n\n"):  # each paragraph as a document of its own: no other block to look at
        lint_document(read_text(part, fmt, str(fixture)), config, rules=cached)
    document = read_text(source, fmt, str(fixture))
    assert lint_document(document, config, rules=cached).findings == lint_document(document, config).findings


def _holds(block, finding) -> bool:
    start, end = block.source_span(0, len(block.text))
    return start <= finding.start < max(end, start + 1)


def test_every_fixture_belongs_to_a_rule() -> None:
    ids = {rule.info.id for rule in RULES}
    for path in FIXTURES.iterdir():
        assert path.name.split(".")[0] in ids, f"{path.name}: no rule has this id"
