"""Gate only new problems: --write-baseline/--baseline, --changed-since, and the GitHub summary and cap."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from test_cli import klarlint

SENTENCE = "Ansökan skall lämnas in senast den 1 mars."
OTHER = "Du skall svara inom en vecka."


def _skall(result) -> list[tuple[int, str]]:
    data = json.loads(result.stdout)
    return [(f["line"], f["context"]) for file in data["files"] for f in file["findings"] if f["rule"] == "skall"]


def test_baseline_hides_known_findings_even_when_lines_move(tmp_path: Path) -> None:
    page = tmp_path / "sida.md"
    page.write_text(f"# Ansökan\n\n{SENTENCE}\n\n{OTHER}\n", encoding="utf-8")
    first = klarlint("sida.md", "--format", "json", "--write-baseline", "baslinje.json", cwd=tmp_path)
    # writing a baseline still reports everything, and passes: a job that refreshes the baseline must not fail
    assert first.returncode == 0 and len(_skall(first)) == 2
    recorded = json.loads((tmp_path / "baslinje.json").read_text(encoding="utf-8"))
    assert {"path": "sida.md", "rule": "skall", "text": "skall", "context": SENTENCE, "count": 1} in recorded[
        "findings"
    ]

    # Lines move: a new paragraph on top. Nothing is new.
    page.write_text(f"# Ansökan\n\nEn ny inledning.\n\n{SENTENCE}\n\n{OTHER}\n", encoding="utf-8")
    moved = klarlint("sida.md", "--format", "json", "--baseline", "baslinje.json", cwd=tmp_path)
    assert _skall(moved) == [] and moved.returncode == 0, moved.stderr
    assert "finns i baslinjen och visas inte" in moved.stderr

    # A second copy of a known sentence is new (duplicates are counted), and so is a new sentence.
    page.write_text(f"# Ansökan\n\n{SENTENCE}\n\n{OTHER}\n\n{SENTENCE}\n\nVi skall ringa dig.\n", encoding="utf-8")
    new = klarlint("sida.md", "--format", "json", "--baseline", "baslinje.json", cwd=tmp_path)
    assert _skall(new) == [(7, SENTENCE), (9, "Vi skall ringa dig.")]
    assert new.returncode == 1


def test_a_baseline_holds_notices_too(tmp_path: Path) -> None:
    """A notice counts as info for --fail-on info: a baseline without notices could never make such a run pass."""
    english = "Thank you for visiting our office today, and welcome back to the city whenever you want to come."
    (tmp_path / "n.txt").write_text(f"{SENTENCE}\n\n{english}\n", encoding="utf-8")
    klarlint("n.txt", "--write-baseline", "b.json", cwd=tmp_path)
    again = klarlint("n.txt", "--fail-on", "info", "--baseline", "b.json", "--format", "json", cwd=tmp_path)
    assert again.returncode == 0, again.stdout
    assert json.loads(again.stdout)["files"][0]["notices"] == []
    # a second notice of the same kind is new
    clean = "Vi skall ringa dig i morgon."  # a linted paragraph between: two notices
    (tmp_path / "n.txt").write_text(f"{SENTENCE}\n\n{english}\n\n{clean}\n\n{english}\n", encoding="utf-8")
    newer = klarlint("n.txt", "--fail-on", "info", "--baseline", "b.json", "--format", "json", cwd=tmp_path)
    assert newer.returncode == 1 and len(json.loads(newer.stdout)["files"][0]["notices"]) == 1


def test_broken_baseline_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"files": []}', encoding="utf-8")
    entry = {"path": "a.txt", "rule": "skall", "text": "skall", "context": SENTENCE, "count": 1}
    huge = json.dumps({"klarlint_baseline": 1, "findings": [entry]}).replace('"count": 1', '"count": 1e400')
    (tmp_path / "huge.json").write_text(huge, encoding="utf-8")  # had been an internal error
    for name in ("b.json", "saknas.json", "huge.json"):
        result = klarlint("a.txt", "--baseline", name, cwd=tmp_path)
        assert result.returncode == 2
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"klarlint: {name}: ")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_changed_since_lints_changed_and_untracked_files_only(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "t@example.se")
    _git(tmp_path, "config", "user.name", "Test")
    (tmp_path / "docs").mkdir()
    for name in ("orord.md", "andrad.md"):
        (tmp_path / "docs" / name).write_text(SENTENCE + "\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("ignorerad.md\n", encoding="utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "start")
    (tmp_path / "docs" / "andrad.md").write_text(OTHER + "\n", encoding="utf-8")
    (tmp_path / "docs" / "ny.md").write_text(OTHER + "\n", encoding="utf-8")
    (tmp_path / "docs" / "ignorerad.md").write_text(OTHER + "\n", encoding="utf-8")
    result = klarlint(".", "--format", "json", "--changed-since", "HEAD", cwd=tmp_path / "docs")
    paths = sorted(Path(f["path"]).name for f in json.loads(result.stdout)["files"])
    assert paths == ["andrad.md", "ny.md"], result.stderr
    # --fix takes the same files: the unchanged one is left as it is
    klarlint(".", "--fix", "--changed-since", "HEAD", cwd=tmp_path / "docs")
    assert (tmp_path / "docs" / "orord.md").read_text(encoding="utf-8") == SENTENCE + "\n"
    bad = klarlint("docs", "--changed-since", "finns-inte", cwd=tmp_path)
    assert bad.returncode == 2
    assert bad.stderr.strip() == "klarlint: --changed-since: okänd git-referens 'finns-inte'"


def _run_with_env(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from klarlint.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **env},
        timeout=300,
    )


def test_github_format_caps_annotations_and_writes_a_job_summary(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "\n\n".join(f"Du skall svara på fråga {n}." for n in range(8)) + "\n", encoding="utf-8"
    )
    (tmp_path / "trasig.txt").write_bytes(b"\x00\x01\x02 binary")
    summary = tmp_path / "summary.md"
    result = _run_with_env(
        ["a.md", "trasig.txt", "--format", "github", "--max-annotations", "3"],
        tmp_path,
        {"GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert result.returncode == 2
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 4
    assert sum(line.startswith("::error file=trasig.txt") for line in lines[:3]) == 1  # the most severe kept
    assert lines[-1].startswith("::notice title=klarlint::") and "annoteringar visas inte" in lines[-1]
    left_out = int(lines[-1].split("::")[2].split()[0])
    # annotations, not findings: the unreadable file's error is one of them (the count had been called findings)
    assert left_out >= 6 and f"av {left_out + 3} annoteringar" in lines[-1]
    text = summary.read_text(encoding="utf-8")
    assert "| `skall` |" in text and "| a.md |" in text and "trasig.txt" in text
    # Without the variable, no summary and no error.
    quiet = _run_with_env(["a.md", "--format", "github"], tmp_path, {"GITHUB_STEP_SUMMARY": ""})
    assert quiet.returncode == 1 and quiet.stdout.count("::warning") >= 8


def test_a_new_baseline_file_gets_the_usual_permissions_not_a_temporary_files(tmp_path):
    """It is committed and read by others; mkstemp's private 0600 once leaked into every new baseline."""
    from klarlint.baseline import write_atomically

    umask = os.umask(0o022)
    try:
        (tmp_path / "ny").mkdir()
        write_atomically(tmp_path / "ny" / "baseline.json", "{}\n")
    finally:
        os.umask(umask)
    target = tmp_path / "ny" / "baseline.json"
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert target.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["baseline.json"]  # no temporary file left


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path: Path) -> None:
    """A baseline written in the repository's root had matched nothing from docs/ (a CI step's working-directory):
    every finding was new, and nothing said why."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "ci").mkdir()
    (tmp_path / "docs" / "sida.md").write_text(SENTENCE + "\n", encoding="utf-8")
    assert klarlint("docs", "--write-baseline", "ci/b.json", cwd=tmp_path).returncode == 0
    recorded = json.loads((tmp_path / "ci" / "b.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in recorded["findings"]} == {"../docs/sida.md"}
    for cwd, target, base in ((tmp_path, "docs", "ci/b.json"), (tmp_path / "docs", ".", "../ci/b.json")):
        result = klarlint(target, "--baseline", base, cwd=cwd)
        assert result.returncode == 0, (cwd, result.stdout)
        assert result.stderr.strip().endswith("finns i baslinjen och visas inte"), result.stderr


def test_an_old_baseline_is_read_relative_to_the_working_folder_and_says_when_nothing_matches(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "sida.md").write_text(OTHER + "\n", encoding="utf-8")
    entry = {"path": "docs/sida.md", "rule": "skall", "text": "skall", "context": OTHER, "count": 1}
    (tmp_path / "b.json").write_text(json.dumps({"klarlint_baseline": 1, "findings": [entry]}), encoding="utf-8")
    here = klarlint("docs", "--baseline", "b.json", cwd=tmp_path)
    assert here.returncode == 0, here.stdout
    assert here.stderr.strip() == "klarlint: 1 anmärkning finns i baslinjen och visas inte"  # not "1 anmärkningar"
    elsewhere = klarlint(".", "--baseline", "../b.json", cwd=tmp_path / "docs")
    assert elsewhere.returncode == 1
    assert elsewhere.stderr.strip() == (
        "klarlint: ingen sökväg i baslinjen (till exempel 'docs/sida.md') är en av de granskade filerna; "
        "alla anmärkningar räknas som nya"
    )


def test_write_baseline_creates_no_folder_and_another_version_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    result = klarlint("a.txt", "--write-baseline", "saknas/b.json", cwd=tmp_path)
    assert result.returncode == 2 and not (tmp_path / "saknas").exists()
    assert result.stderr.strip() == "klarlint: saknas/b.json: kan inte skrivas (mappen saknas finns inte)"
    (tmp_path / "v2.json").write_text('{"klarlint_baseline": 2, "findings": []}', encoding="utf-8")
    newer = klarlint("a.txt", "--baseline", "v2.json", cwd=tmp_path)
    assert newer.returncode == 2 and "skriven av en annan version av klarlint (format 2" in newer.stderr
    (tmp_path / "dict.json").write_text('{"klarlint_baseline": 1, "findings": {}}', encoding="utf-8")
    not_one = klarlint("a.txt", "--baseline", "dict.json", cwd=tmp_path)
    assert not_one.returncode == 2 and "inte en baslinje" in not_one.stderr


def test_changed_since_a_branch_counts_from_where_this_branch_left_it(tmp_path: Path) -> None:
    """note43: --changed-since main diffed the working tree against main itself, so a page changed on main after the
    branch left it was linted as this branch's change; a pull request counts from the merge base (REF...HEAD), and
    uncommitted changes still count."""
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "config", "user.email", "t@example.se")
    _git(tmp_path, "config", "user.name", "Test")
    for name in ("huvud.md", "gren.md", "ocommittad.md", "orord.md"):
        (tmp_path / name).write_text(SENTENCE + "\n", encoding="utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "start")
    _git(tmp_path, "checkout", "-qb", "gren")
    (tmp_path / "gren.md").write_text(OTHER + "\n", encoding="utf-8")
    _git(tmp_path, "commit", "-qam", "grenens ändring")
    _git(tmp_path, "checkout", "-q", "main")
    (tmp_path / "huvud.md").write_text(OTHER + "\n", encoding="utf-8")  # main moves on after the branch left it
    _git(tmp_path, "commit", "-qam", "huvudgrenens ändring")
    _git(tmp_path, "checkout", "-q", "gren")
    (tmp_path / "ocommittad.md").write_text(OTHER + "\n", encoding="utf-8")  # not committed
    result = klarlint(".", "--format", "json", "--changed-since", "main", cwd=tmp_path)
    paths = sorted(Path(f["path"]).name for f in json.loads(result.stdout)["files"])
    assert paths == ["gren.md", "ocommittad.md"], result.stderr


def test_the_gate_counts_the_baseline_s_findings_that_are_gone(tmp_path: Path) -> None:
    """note43: the gate said how many recorded findings it hid, never how many were gone (fixed), which the baseline
    keeps listing until it is written again. A page not linted (--changed-since) or a rule switched off fixed
    nothing."""
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "t@example.se")
    _git(tmp_path, "config", "user.name", "Test")
    (tmp_path / "a.md").write_text(f"{SENTENCE}\n\n{OTHER}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"{OTHER}\n", encoding="utf-8")
    klarlint(".", "--write-baseline", "baslinje.json", cwd=tmp_path)
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "start")
    (tmp_path / "a.md").write_text(f"{SENTENCE}\n\nDu ska svara inom en vecka.\n", encoding="utf-8")  # one fixed
    summary = tmp_path / "summary.md"
    gate = _run_with_env(
        [".", "--baseline", "baslinje.json", "--format", "github"], tmp_path, {"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert gate.returncode == 0, gate.stderr
    said = "1 anmärkning i baslinjen finns inte längre (åtgärdade): skriv om baslinjen med --write-baseline"
    assert f"klarlint: 3 anmärkningar finns i baslinjen och visas inte; {said}\n" in gate.stderr
    assert f"3 anmärkningar finns i baslinjen och visas inte; {said}." in summary.read_text(encoding="utf-8")
    # only a.md linted: b.md's entry is not gone
    changed = klarlint(".", "--baseline", "baslinje.json", "--changed-since", "HEAD", cwd=tmp_path)
    assert "klarlint: 2 anmärkningar finns i baslinjen och visas inte; " + said in changed.stderr, changed.stderr
    # skall switched off: its entries are not gone
    off = klarlint(".", "--baseline", "baslinje.json", "--disable", "skall", cwd=tmp_path)
    assert "klarlint: 1 anmärkning finns i baslinjen och visas inte\n" in off.stderr, off.stderr
    # nothing fixed: nothing said of it
    (tmp_path / "a.md").write_text(f"{SENTENCE}\n\n{OTHER}\n", encoding="utf-8")
    same = klarlint(".", "--baseline", "baslinje.json", cwd=tmp_path)
    assert "klarlint: 4 anmärkningar finns i baslinjen och visas inte\n" in same.stderr, same.stderr
