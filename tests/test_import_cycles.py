"""No import cycles between klarlint's modules, counting imports inside functions too.

An import moved into a function to break a cycle still ties the two modules together; what they
share belongs in a third module (as the model's folder lives in ``klarlint.resources``). An import
inside a function is fine for cost alone (spaCy only when a model is loaded), just not as a way round
a cycle. A module importing its own package's ``__init__`` is not counted: that is how Python runs it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import klarlint

PACKAGE = Path(klarlint.__file__).resolve().parent


def module_names() -> dict[str, Path]:
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The klarlint modules ``path`` imports anywhere in its code (``from a import b`` may name module a.b)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    known = module_names()
    return {
        name: {t for t in imports(path, known) if t != name and not name.startswith(t + ".")}
        for name, path in known.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in ``graph`` (as the list of modules around it), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_the_graph_sees_imports_inside_functions() -> None:
    graph = import_graph()
    assert "klarlint.nlp.signatures" in graph["klarlint.nlp.model"]  # load_model imports it inside the function
    assert "klarlint.rules.registry" in graph["klarlint.linter"]


def test_no_import_cycles() -> None:
    assert find_cycle(import_graph()) is None
