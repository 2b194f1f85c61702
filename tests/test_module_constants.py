"""No module of the package binds the same constant twice.

A second ``NAME = …`` at module level silently replaces the first for every function in the module, also the
ones written above it: grammar's agent names lost their English *for/of* part that way (*International
Organization for Migration* became *International Organization*, issue 13, round 103), and a new word set in
passive_voice briefly replaced the clause openers its verb chains stop at. Ruff does not report it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import klarlint

PACKAGE = Path(klarlint.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def constants_bound_twice(source: str) -> list[str]:
    """Upper-case names a module binds more than once at its top level (plain and annotated assignments)."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            names += [e.id for t in node.targets if isinstance(t, ast.Tuple) for e in t.elts if isinstance(e, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name.isupper() and name in seen:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_binds_each_constant_once(path: Path) -> None:
    assert constants_bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_constant_bound_twice() -> None:
    source = 'WORDS = frozenset({"a"})\n\ndef f():\n    return WORDS\n\nA, WORDS = 1, frozenset()\n'
    source += "other = 2\nother = 3\n"  # lower case: not a constant
    assert constants_bound_twice(source) == ["WORDS"]
