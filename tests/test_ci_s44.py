"""The CI gate, session 44's re-tester (retest-surface §4-§7): the job summary counts only what was linted and names
what was not, a baseline's deleted pages are counted, a named FIFO with no writer is skipped with a notice, and
smaller messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from klarlint.language import SWEDISH
from klarlint.limits import Notice
from klarlint.report import FileReport, Report, Stats
from klarlint.reporters.github import summary_markdown
from test_github_format import _finding

SKALL = "Du skall svara inom en vecka.\n"


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from klarlint.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "GITHUB_STEP_SUMMARY": "", **(env or {})},
        timeout=300,
    )


# --- §4: the job summary ------------------------------------------------------------------------------------------


def test_the_job_summary_counts_only_files_linted_and_lists_the_skipped_with_their_reason(tmp_path: Path) -> None:
    """*1 anmärkningar på 4 granskade sidor eller filer* when one file was linted and an English page, a FIFO and a
    broken link were skipped; the summary had not named them at all."""
    report = Report(
        [
            FileReport("ok.md", findings=[_finding()], stats=Stats(words=6)),
            FileReport(
                "english.md",
                language="en",
                notices=[Notice("other-language", "Texten är på engelska och har inte granskats.", line=1, column=1)],
            ),
            FileReport("fifo.md", skipped=True, notices=[Notice("skipped-file", "hoppades över: är ingen vanlig fil")]),
            FileReport("blandad.md", language="en", stats=Stats(words=9), notices=[Notice("other-language", "x")]),
        ]
    )
    text = summary_markdown(report, tmp_path)
    assert "\n1 anmärkning på 2 granskade sidor eller filer.\n" in text
    assert "\n2 filer eller sidor granskades inte; se *Granskades inte* nedan.\n" in text
    assert text.endswith(
        "### Granskades inte\n\n- english.md: Texten är på engelska och har inte granskats.\n"
        "- fifo.md: hoppades över: är ingen vanlig fil\n\n"
    )
    one = summary_markdown(Report([FileReport("ok.md", language=SWEDISH)]), tmp_path)
    assert "\n0 anmärkningar på 1 granskad sida eller fil.\n" in one and "Granskades inte" not in one


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_the_job_summary_of_a_folder_with_an_english_page_a_fifo_and_a_broken_link(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.md").write_text(f"# Svar\n\n{SKALL}", encoding="utf-8")
    (docs / "english.md").write_text("# Hello\n\nRead more about our services in English on this page.\n")
    os.mkfifo(docs / "fifo.md")
    (docs / "trasig.md").symlink_to(tmp_path / "finns-inte.md")
    summary = tmp_path / "summary.md"
    result = _run(["docs", "--format", "github"], tmp_path, {"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1, result.stderr
    text = summary.read_text(encoding="utf-8")
    assert "1 anmärkning på 1 granskad sida eller fil." in text
    assert "3 filer eller sidor granskades inte" in text
    assert "- docs/fifo.md: hoppades över: är ingen vanlig fil" in text
    assert "- docs/trasig.md: hoppades över: länken pekar på något som inte finns" in text
    assert "- docs/english.md: " in text and "engelska" in text
