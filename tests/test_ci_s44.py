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


# --- §5: a baseline's entries of deleted pages ----------------------------------------------------------------------


def test_a_baseline_s_entries_of_a_deleted_page_are_counted_when_its_folder_was_read(tmp_path: Path) -> None:
    """*rm docs/b.md; klarlint docs/ --baseline bl.json* said only *2 anmärkningar finns i baslinjen och visas inte*:
    b.md's 2 entries were neither found nor fixed, and stayed in the baseline for ever without a word."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.md", "b.md"):
        (docs / name).write_text("Du skall svara.\n\nVi skall ringa.\n", encoding="utf-8")
    assert _run(["docs", "--write-baseline", "bl.json"], tmp_path).returncode == 0
    (docs / "b.md").unlink()
    result = _run(["docs", "--baseline", "bl.json"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        "klarlint: 2 anmärkningar finns i baslinjen och visas inte; 2 anmärkningar i baslinjen gäller filer som inte "
        "finns längre (borttagna eller omdöpta): skriv om baslinjen med --write-baseline\n"
    ) in result.stderr
    # from another working folder: the baseline's paths are its own folder's
    (tmp_path / "sub").mkdir()
    elsewhere = _run(["../docs", "--baseline", "../bl.json"], tmp_path / "sub")
    assert "2 anmärkningar i baslinjen gäller filer som inte finns längre" in elsewhere.stderr
    # a file named alone is not its folder read in full: b.md is not known to be gone
    named = _run(["docs/a.md", "--baseline", "bl.json"], tmp_path)
    assert "inte finns längre" not in named.stderr and "2 anmärkningar finns i baslinjen" in named.stderr
    # the job summary says it too
    summary = tmp_path / "summary.md"
    _run(["docs", "--baseline", "bl.json", "--format", "github"], tmp_path, {"GITHUB_STEP_SUMMARY": str(summary)})
    assert "2 anmärkningar i baslinjen gäller filer som inte finns längre" in summary.read_text(encoding="utf-8")


def test_a_page_that_still_exists_or_was_not_read_is_not_gone(tmp_path: Path) -> None:
    """Only a file that no longer exists, in a folder this run read: an excluded file still exists, and with
    --changed-since the folder is not read in full."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.md", "b.md", "c.md"):
        (docs / name).write_text("Du skall svara.\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.se", "commit", "-qm", "x"], cwd=tmp_path, check=True
    )
    assert _run(["docs", "--write-baseline", "bl.json"], tmp_path).returncode == 0
    (tmp_path / "klarlint.toml").write_text('exclude = ["docs/c.md"]\n', encoding="utf-8")
    (docs / "b.md").unlink()
    (docs / "a.md").write_text("Du skall svara.\n\nNy text.\n", encoding="utf-8")
    changed = _run(["docs", "--baseline", "bl.json", "--changed-since", "HEAD"], tmp_path)
    assert "inte finns längre" not in changed.stderr, changed.stderr
    whole = _run(["docs", "--baseline", "bl.json"], tmp_path)
    assert "1 anmärkning i baslinjen gäller filer som inte finns längre" in whole.stderr, whole.stderr


# --- §6: a FIFO named on the command line -------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_fifo_no_one_writes_to_is_skipped_with_the_notice_a_folder_s_fifo_gets(tmp_path: Path) -> None:
    """*mkfifo x.md; klarlint x.md* had been *0 anmärkningar i 1 fil*, an empty Swedish document, exit 0 and no
    notice (JSON: notices [], language sv), while the same pipe in a linted folder is skipped with a notice."""
    import json

    os.mkfifo(tmp_path / "x.md")
    result = _run(["x.md", "--format", "json"], tmp_path)
    assert result.returncode == 0 and not result.stderr, result.stderr
    [file] = json.loads(result.stdout)["files"]
    assert file["skipped"] is True and file["language"] is None
    [notice] = file["notices"]
    assert notice["code"] == "skipped-file" and "FIFO" in notice["message"] and "ingen skrev" in notice["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_fifo_whose_writer_was_started_just_before_is_read(tmp_path: Path) -> None:
    """*echo … > x.md & klarlint x.md*: the writer opens the pipe a moment after klarlint does; its text had been
    lost (read as an empty document)."""
    os.mkfifo(tmp_path / "x.md")
    writer = subprocess.Popen(["sh", "-c", f"printf '{SKALL}' > x.md"], cwd=tmp_path)
    try:
        result = _run(["x.md", "--format", "json"], tmp_path)
    finally:
        writer.wait(timeout=60)
    assert '"rule": "skall"' in result.stdout and "skipped-file" not in result.stdout, result.stdout


# --- §7: smaller ------------------------------------------------------------------------------------------------


def test_changed_since_with_nothing_changed_says_so(tmp_path: Path) -> None:
    """*0 anmärkningar i 0 filer.* alone: a CI user could not tell that the gate ran."""
    (tmp_path / "a.md").write_text(SKALL, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.se", "commit", "-qm", "x"], cwd=tmp_path, check=True
    )
    result = _run([".", "--changed-since", "HEAD"], tmp_path)
    assert result.returncode == 0 and result.stderr == "klarlint: ingen fil att granska har ändrats sedan HEAD\n"
    (tmp_path / "a.md").write_text(SKALL + "\nDu skall ringa.\n", encoding="utf-8")
    changed = _run([".", "--changed-since", "HEAD"], tmp_path)
    assert changed.returncode == 1 and "ändrats sedan" not in changed.stderr


def test_a_job_summary_that_cannot_be_written_is_said_but_does_not_fail_the_gate(tmp_path: Path) -> None:
    """GITHUB_STEP_SUMMARY in a missing folder had made a clean run exit 2."""
    (tmp_path / "bra.md").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    (tmp_path / "skall.md").write_text(SKALL, encoding="utf-8")
    env = {"GITHUB_STEP_SUMMARY": str(tmp_path / "saknas" / "summary.md")}
    clean = _run(["bra.md", "--format", "github"], tmp_path, env)
    assert clean.returncode == 0 and clean.stderr.startswith("klarlint: GITHUB_STEP_SUMMARY kan inte skrivas (")
    assert clean.stderr.endswith("); ingen jobbsammanfattning skrevs\n") and len(clean.stderr.splitlines()) == 1
    found = _run(["skall.md", "--format", "github"], tmp_path, env)
    assert found.returncode == 1 and "::warning file=skall.md" in found.stdout
