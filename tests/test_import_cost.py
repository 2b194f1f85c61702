"""klarlint's spaCy pipeline never loads PyTorch, even where the stanza extra has installed it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="PyTorch is not installed")

PROGRAM = """
import sys
from klarlint.linter import lint_text
rules = [f.rule for f in lint_text("Ansökan har behandlats av nämnden. Du skall betala avgiften.").findings]
print("torch" in sys.modules, sorted(set(rules)))
import torch  # still importable afterwards: the Stanza backend needs it
print(torch.tensor([1, 2]).sum().item())
"""


def test_a_spacy_lint_does_not_import_torch_and_torch_still_imports_after() -> None:
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert first.startswith("False"), first
    assert "passive-voice" in first and "skall" in first
    assert second == "3"
