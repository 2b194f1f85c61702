"""A municipality's web team puts klarlint in CI (tester cigate, session 43): a baseline that survives a fix in the
same sentence, no partial baseline from --changed-since, excluded and empty paths said, a shallow clone named, and
HTML findings that nothing offers to fix."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from klarlint.baseline import Known, without_known
from klarlint.report import FileReport, Finding, Report
from klarlint.rules.base import Severity
from test_cli import klarlint

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "Ansökan skall skickas till nämnden angående bygglov."


def _rules(result: subprocess.CompletedProcess) -> list[str]:
    return [f["rule"] for file in json.loads(result.stdout)["files"] for f in file["findings"]]


# --- §3: fixing one finding of a sentence leaves the others known -----------------------------------------------


def test_fixing_one_finding_keeps_the_others_of_its_sentence_known(tmp_path: Path) -> None:
    """*sed s/skall/ska/* (what --fix does) had made the sentence's passive *skickas* and *angående* new: CI failed
    because someone fixed something."""
    page = tmp_path / "sida.md"
    page.write_text(SENTENCE + "\n", encoding="utf-8")
    written = klarlint("sida.md", "--format", "json", "--write-baseline", "b.json", cwd=tmp_path)
    assert {"skall", "jargon"} <= set(_rules(written)), written.stdout
    page.write_text(SENTENCE.replace("skall", "ska") + "\n", encoding="utf-8")
    fixed = klarlint("sida.md", "--format", "json", "--baseline", "b.json", cwd=tmp_path)
    assert fixed.returncode == 0 and _rules(fixed) == [], (fixed.stdout, fixed.stderr)
    # the same word in a new sentence is still new: the fixed finding's entry was the only one of its kind left
    page.write_text(SENTENCE.replace("skall", "ska") + "\n\nVi skriver angående parkering.\n", encoding="utf-8")
    added = klarlint("sida.md", "--format", "json", "--baseline", "b.json", cwd=tmp_path)
    assert added.returncode == 1 and _rules(added) == ["jargon"], added.stdout
    assert json.loads(added.stdout)["files"][0]["findings"][0]["line"] == 3


def _finding(rule: str, text: str, context: str) -> Finding:
    return Finding(rule, Severity.WARNING, 1, 1, 1, 2, 0, 1, text, "", None, None, context=context)


def _known(*keys: tuple[str, str, str, str]) -> Known:
    known = Known()
    for key in keys:
        known[key] += 1
    return known


def test_second_matching_counts_and_prefers_exact_sentences() -> None:
    """The exact pass goes first for the whole report, so a later finding in its unchanged sentence is not taken for
    new by an earlier one in an edited sentence; duplicates stay counted; another file or rule never matches."""
    old, edited, other = "A skall x.", "A ska x angående.", "B skall y."
    known = _known(("s.md", "skall", "skall", old), ("s.md", "jargon", "angående", old))
    report = Report(
        [
            FileReport(
                "s.md",
                findings=[
                    _finding("jargon", "angående", edited),  # its sentence changed: matched loosely
                    _finding("jargon", "angående", edited),  # a second copy: new (one entry)
                    _finding("skall", "skall", old),  # exact
                ],
            ),
            FileReport("t.md", findings=[_finding("skall", "skall", old)]),  # another page: new
        ]
    )
    left, dropped = without_known(report, known)
    assert dropped == 2
    assert [(r.path, [f.rule for f in r.findings]) for r in left.files] == [("s.md", ["jargon"]), ("t.md", ["skall"])]
    # the exact entry is not used up by the loose pass: *skall* in an edited sentence before the exact one
    known = _known(("s.md", "skall", "skall", old))
    report = Report([FileReport("s.md", findings=[_finding("skall", "skall", other), _finding("skall", "skall", old)])])
    left, dropped = without_known(report, known)
    assert dropped == 1 and [f.context for f in left.files[0].findings] == [other]


# --- §4: --changed-since with --write-baseline ----------------------------------------------------------------------


def test_changed_since_and_write_baseline_are_refused(tmp_path: Path) -> None:
    """A pull-request job that refreshed the baseline had written only the changed files' findings, silently."""
    (tmp_path / "sida.md").write_text(SENTENCE + "\n", encoding="utf-8")
    result = klarlint(".", "--changed-since", "HEAD", "--write-baseline", "b.json", cwd=tmp_path)
    assert result.returncode == 2 and not (tmp_path / "b.json").exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--changed-since" in lines[0] and "--write-baseline" in lines[0], result.stderr


# --- §5: excluded files and empty folders are named ----------------------------------------------------------------


def test_a_named_excluded_file_is_said_and_does_not_fail(tmp_path: Path) -> None:
    """*klarlint arkiv/gammal.md* had printed "0 anmärkningar i 0 filer" and JSON *files: []*, no reason given."""
    (tmp_path / "arkiv").mkdir()
    (tmp_path / "klarlint.toml").write_text('exclude = ["/arkiv"]\n', encoding="utf-8")
    (tmp_path / "arkiv" / "gammal.md").write_text(SENTENCE + "\n", encoding="utf-8")
    text = klarlint("arkiv/gammal.md", cwd=tmp_path)
    assert text.returncode == 0 and "arkiv/gammal.md" in text.stdout and "exclude" in text.stdout, text.stdout
    as_json = klarlint("arkiv/gammal.md", "--format", "json", "--fail-on", "info", cwd=tmp_path)
    # not a failure even at --fail-on info: pre-commit names staged excluded files, and *klarlint .* skips them
    assert as_json.returncode == 0, as_json.stderr
    [entry] = json.loads(as_json.stdout)["files"]
    assert entry["path"] == "arkiv/gammal.md" and entry["skipped"] is True and entry["findings"] == []
    assert [n["code"] for n in entry["notices"]] == ["excluded"]


def test_a_folder_with_nothing_to_lint_is_said(tmp_path: Path) -> None:
    """A CI path into an empty build folder had passed green with "0 anmärkningar i 0 filer"."""
    (tmp_path / "tom" / "bilder").mkdir(parents=True)
    (tmp_path / "tom" / "bilder" / "logo.png").write_bytes(b"\x89PNG")
    result = klarlint("tom", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # a notice is info: the default fail_on (warning) passes
    [entry] = json.loads(result.stdout)["files"]
    assert entry["path"] == "tom" and entry["skipped"] is True and entry["notices"][0]["code"] == "no-files"
    assert klarlint("tom", "--fail-on", "info", cwd=tmp_path).returncode == 1
    # a folder with a text to lint gets no such notice
    (tmp_path / "tom" / "sida.md").write_text("Vi svarar inom en vecka.\n", encoding="utf-8")
    linted = klarlint("tom", "--format", "json", cwd=tmp_path)
    assert [f["path"] for f in json.loads(linted.stdout)["files"]] == ["tom/sida.md"], linted.stdout


# --- §2: an unknown ref in a shallow clone ---------------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=cwd, check=True, capture_output=True
    )


def test_an_unknown_ref_in_a_shallow_clone_points_to_the_history(tmp_path: Path) -> None:
    """actions/checkout clones one commit: README's *--changed-since origin/main* had said only "okänd
    git-referens", not why."""
    origin = tmp_path / "origin"
    origin.mkdir()
    _git(origin, "init", "-q", "-b", "main")
    (origin / "sida.md").write_text(SENTENCE + "\n", encoding="utf-8")
    _git(origin, "add", "sida.md")
    _git(origin, "commit", "-q", "-m", "a")
    _git(origin, "checkout", "-q", "-b", "feature")
    (origin / "sida.md").write_text("Vi svarar.\n", encoding="utf-8")
    _git(origin, "commit", "-q", "-am", "b")
    _git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "feature", origin.as_uri(), "clone")
    shallow = klarlint(".", "--changed-since", "origin/main", cwd=tmp_path / "clone")
    assert shallow.returncode == 2 and "fetch-depth: 0" in shallow.stderr, shallow.stderr
    full = klarlint(".", "--changed-since", "origin/nope", cwd=origin)
    assert full.returncode == 2 and "okänd git-referens" in full.stderr and "fetch-depth" not in full.stderr


# --- §7: HTML findings' fixes apply to the HTML source -------------------------------------------------------------


def test_html_findings_fixes_apply_to_the_source_and_pdf_gets_none(tmp_path: Path) -> None:
    """An HTML file's replacements apply to its source as they stand (the page and the language server apply them
    there), so they stay fixable with SARIF fixes whose region is exactly the flagged source text; making them
    unfixable in the CLI alone had made the server's JSON differ from the CLI's. README says so (tester cigate s43
    §7)."""
    head = '<!doctype html><html lang="sv"><head><title>Bygglov</title></head>'
    source = f"{head}<body><p>{SENTENCE}</p></body></html>\n"
    (tmp_path / "index.html").write_text(source, encoding="utf-8")
    sarif = json.loads(klarlint("index.html", "--format", "sarif", "--jobs=1", cwd=tmp_path).stdout)
    [fixed] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "skall"]
    [fix] = fixed["fixes"]
    [change] = fix["artifactChanges"]
    [replacement] = change["replacements"]
    region = replacement["deletedRegion"]
    line = source.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "skall"
    assert replacement["insertedContent"]["text"] == "ska"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "their fixes apply to the HTML source" in readme


# --- §2, §8: README -------------------------------------------------------------------------------------------------


def test_readme_pull_request_snippet_fetches_the_history_and_documents_context() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("**Gate only new problems.**")
    section = readme[start : readme.index("\n## ", start)]
    assert "--changed-since origin/${{ github.base_ref }}" in section and "fetch-depth: 0" in section
    json_part = readme[readme.index("### JSON") : readme.index("### Plain text")]
    assert "Each finding also has `context`" in json_part


# --- retest s43 C: a named excluded folder, unread entries, one interrupt line --------------------------------------


def test_a_named_folder_that_exclude_covers_is_excluded_not_empty(tmp_path: Path) -> None:
    """*klarlint build/* with exclude = ["build/"] had been *no-files*, which failed --fail-on info, where
    *klarlint build/out.md* passed; a folder pattern, an anchored one and a folder under an excluded one alike."""
    (tmp_path / "klarlint.toml").write_text('exclude = ["build/", "/arkiv", ".*"]\n', encoding="utf-8")
    for folder in ("build/sub", "arkiv", "sida"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "a.md").write_text(SENTENCE + "\n", encoding="utf-8")
    for named in ("build/", "build", "build/sub", "arkiv", str(tmp_path / "arkiv")):
        result = klarlint(named, "--format", "json", "--fail-on", "info", cwd=tmp_path)
        assert result.returncode == 0, (named, result.stdout, result.stderr)
        [entry] = json.loads(result.stdout)["files"]
        assert [n["code"] for n in entry["notices"]] == ["excluded"] and entry["skipped"] is True, named
        assert "mappen undantas av exclude i klarlint.toml" in entry["notices"][0]["message"]
    # the config's own folder is linted though ".*" matches "."; a folder exclude does not cover is linted
    for named in (".", "sida"):
        linted = klarlint(named, "--format", "json", cwd=tmp_path)
        assert [f["path"] for f in json.loads(linted.stdout)["files"]] == ["sida/a.md"], (named, linted.stdout)


def test_unread_entries_have_no_language_and_paths_as_other_entries(tmp_path: Path) -> None:
    """An excluded file and an empty folder had said *"language": "sv"* though never read; an empty folder named by
    its absolute path is annotated by its path from the working folder, as a file is."""
    (tmp_path / "klarlint.toml").write_text('exclude = ["/arkiv"]\n', encoding="utf-8")
    (tmp_path / "arkiv").mkdir()
    (tmp_path / "arkiv" / "gammal.md").write_text(SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "tom").mkdir()
    (tmp_path / "sida.md").write_text(SENTENCE + "\n", encoding="utf-8")
    args = ["arkiv/gammal.md", str(tmp_path / "tom"), "sida.md", "saknas.md"]
    files = json.loads(klarlint(*args, "--format", "json", cwd=tmp_path).stdout)["files"]
    assert [(f["path"], f["language"]) for f in files] == [
        ("arkiv/gammal.md", None),
        (str(tmp_path / "tom"), None),
        ("sida.md", "sv"),
        ("saknas.md", None),  # an unreadable file was not read either
    ]
    github = klarlint(str(tmp_path / "tom"), str(tmp_path / "sida.md"), "--format", "github", cwd=tmp_path).stdout
    assert "::notice file=tom,title=klarlint" in github and "file=sida.md," in github, github


def test_a_stop_before_any_file_is_done_has_one_wording() -> None:
    """*granskningen avbröts innan någon fil granskades* (files not yet counted) and *0 av 718 filer granskades*
    (counted) had said the same thing two ways."""
    from klarlint.output import Live, OutputOptions

    live = Live(OutputOptions())
    assert live.stopped_line() == "granskningen avbröts innan någon fil granskades"
    live.start(718)
    assert live.stopped_line() == "granskningen avbröts innan någon fil granskades"
    live.done = 2
    assert live.stopped_line() == "granskningen avbröts: 2 av 718 filer granskades"


# --- retest s43 A: the leftover entry goes to the finding whose sentence is most like its own -----------------------


def test_a_new_sentence_above_an_edited_one_is_the_new_finding(tmp_path: Path) -> None:
    """*Vi skriver angående din fråga.* added above the recorded sentence whose *skall* was fixed had taken the
    entry (the second pass went in order), and the old sentence's *angående* was annotated as new."""
    page = tmp_path / "sida.md"
    page.write_text(SENTENCE + "\n", encoding="utf-8")
    klarlint("sida.md", "--write-baseline", "b.json", cwd=tmp_path)
    page.write_text("Vi skriver angående din fråga.\n\n" + SENTENCE.replace("skall", "ska") + "\n", encoding="utf-8")
    for args in (["--format", "json"], ["--format", "json", "--jobs", "1"]):
        result = klarlint("sida.md", *args, "--baseline", "b.json", cwd=tmp_path)
        [finding] = json.loads(result.stdout)["files"][0]["findings"]
        assert result.returncode == 1 and (finding["text"], finding["line"]) == ("angående", 1), result.stdout
    github = klarlint("sida.md", "--format", "github", "--baseline", "b.json", cwd=tmp_path).stdout
    assert github.startswith("::warning file=sida.md,line=1,") and github.count("::") == 2, github


def test_the_leftover_entry_prefers_the_closest_sentence_then_order() -> None:
    old = "Ansökan skall skickas till nämnden angående bygglov."
    edited = "Ansökan ska skickas till nämnden angående bygglov."
    new = "Vi skriver angående din fråga."
    known = _known(("s.md", "jargon", "angående", old))
    report = Report([FileReport("s.md", findings=[_finding("jargon", "angående", c) for c in (new, edited)])])
    left, dropped = without_known(report, known)
    assert dropped == 1 and [f.context for f in left.files[0].findings] == [new]
    # the closest whichever comes first; equals in order; as many findings as entries: all known
    report = Report([FileReport("s.md", findings=[_finding("jargon", "angående", c) for c in (edited, new)])])
    assert [f.context for f in without_known(report, known)[0].files[0].findings] == [new]
    report = Report([FileReport("s.md", findings=[_finding("jargon", "angående", c) for c in (new, new + " ")])])
    left, dropped = without_known(report, known)
    assert (
        dropped == 1 and len(left.files[0].findings) == 1 and left.files[0].findings[0] is report.files[0].findings[1]
    )
    report = Report([FileReport("s.md", findings=[_finding("jargon", "angående", new)])])
    assert without_known(report, known)[1] == 1
    # two entries left, three findings: each entry takes its own sentence, the unrelated one stays new
    other = "Beslut fattas angående avgiften inom fyra veckor."
    known = _known(("s.md", "jargon", "angående", old), ("s.md", "jargon", "angående", other + " Mer."))
    findings = [_finding("jargon", "angående", c) for c in (new, other, edited)]
    left, dropped = without_known(Report([FileReport("s.md", findings=findings)]), known)
    assert dropped == 2 and [f.context for f in left.files[0].findings] == [new]


def test_readme_says_one_thing_of_fixable_excluded_folders_and_the_second_matching() -> None:
    """README had said HTML and PDF findings are not fixable (JSON part) and that nothing offers what --fix leaves
    alone, beside its SARIF sentence that an HTML file's findings keep their fixes (retest s43 B); and that the second
    baseline pass went in order."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "nor anywhere in an HTML file or a PDF" not in readme
    assert "none of them offers to change what `--fix` leaves alone" not in readme
    assert "An HTML file's findings are fixable too" in readme and "SARIF gives them no `fixes`" in readme
    assert "or a folder named there that it leaves out" in readme and '`"language": null`' in readme
    assert "flagged text alone, in order" not in readme and "most like its recorded one" in readme
