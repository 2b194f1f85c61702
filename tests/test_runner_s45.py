"""A link in a loop named on the command line is told as a loop, as in a folder (retest-surface, session 45)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _klarlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from klarlint.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_a_link_loop_named_on_the_command_line_is_a_loop(tmp_path: Path) -> None:
    (tmp_path / "a.md").symlink_to("b.md")
    (tmp_path / "b.md").symlink_to("a.md")
    (tmp_path / "borta.md").symlink_to("finns-inte.md")
    run = _klarlint("a.md", "borta.md", cwd=tmp_path)
    assert run.returncode == 2
    assert "a.md: länken pekar i en slinga" in run.stderr
    assert "borta.md: länken pekar på något som inte finns" in run.stderr
    assert "Traceback" not in run.stderr
