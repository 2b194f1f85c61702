"""No module of klarlint binds the same constant twice at its top level: a second ``REPORT_LEMMAS`` 1,400 lines
below the first (session 52) silently replaced the verbs of reporting with nouns of accounts, and a passive the
reader makes (*Strömavbrott anmäls till ditt elnätsbolag*) became the sender's. Ruff's F811 sees functions and
imports redefined, not constants."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "klarlint"


def constants_bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper())
    return sorted(name for name, count in names.items() if count > 1)


def test_the_check_finds_a_constant_bound_twice() -> None:
    assert constants_bound_twice("A_B = 1\nx = 2\nA_B = 3\nC: int = 1\nC: int = 2\n") == ["A_B", "C"]
    assert constants_bound_twice("A_B = 1\nlower = 1\nlower = 2\n") == []


def test_no_module_binds_a_constant_twice() -> None:
    twice = {
        str(path.relative_to(SRC)): names
        for path in sorted(SRC.rglob("*.py"))
        if (names := constants_bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}
