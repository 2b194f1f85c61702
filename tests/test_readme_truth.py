"""What the README promises is what klarlint does (issue 19): one test per point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import klarlint as api
from test_cli import klarlint

PASSIVE = "Din ansökan har behandlats.\n"
CLEAN = "Vi har fått din ansökan.\n"


def _stderr_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("klarlint: "), result.stderr
    return lines[0]


# --- 1. a missing path is one line on stderr; the other files are still linted --------------------


def test_missing_path_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "ren.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "passiv.txt").write_text(PASSIVE, encoding="utf-8")
    result = klarlint("saknas.txt", "ren.txt", "passiv.txt", "--format", "json", cwd=tmp_path)
    assert result.returncode == 2
    assert "saknas.txt" in _stderr_line(result)
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert files["saknas.txt"]["error"] and not files["saknas.txt"]["findings"]
    assert [f["rule"] for f in files["passiv.txt"]["findings"]] == ["passive-voice"]
    assert files["ren.txt"]["findings"] == []


# --- 2. fail_on and exclude come from the linted file's nearest config ---------------------------


def test_fail_on_from_the_linted_files_config(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "klarlint.toml").write_text('fail_on = "error"\n', encoding="utf-8")
    (sub / "passiv.txt").write_text(PASSIVE, encoding="utf-8")
    assert klarlint("sub/passiv.txt", cwd=tmp_path).returncode == 0
    assert klarlint("sub", cwd=tmp_path).returncode == 0
    # a file elsewhere, without that config, still fails on the warning
    (tmp_path / "annan.txt").write_text(PASSIVE, encoding="utf-8")
    assert klarlint("sub", "annan.txt", cwd=tmp_path).returncode == 1
    # --fail-on on the command line wins over every file's config
    assert klarlint("sub", "--fail-on", "warning", cwd=tmp_path).returncode == 1


def test_exclude_from_the_linted_folders_config(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "utkast").mkdir(parents=True)
    (site / "klarlint.toml").write_text('exclude = ["utkast/"]\n', encoding="utf-8")
    (site / "utkast" / "a.txt").write_text(PASSIVE, encoding="utf-8")
    (site / "b.txt").write_text(CLEAN, encoding="utf-8")
    result = klarlint("site", "--format", "json", cwd=tmp_path)
    assert [Path(f["path"]).name for f in json.loads(result.stdout)["files"]] == ["b.txt"]
    assert result.returncode == 0, result.stderr


# --- 5. usage errors: one Swedish line, exit code 2 ---------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--bogus", "x.txt"], "okänd flagga --bogus"),
        (["--format", "xml", "x.txt"], "okänt värde för --format: 'xml' (välj rich, json, sarif eller github)"),
        (["x.txt", "--jobs", "abc"], "--jobs ska vara ett heltal"),
        (["x.txt", "--format"], "flaggan --format behöver ett värde"),
        (["check"], "inga filer angivna"),
        (["explain", "skall", "extra"], "för många argument: extra"),
        (["model", "bogus"], "okänt kommando 'bogus'"),
        (["--stdin-format", "foo", "-"], "okänt värde för --stdin-format: 'foo'"),
    ],
)
def test_usage_errors_are_one_swedish_line(tmp_path: Path, args: list[str], expected: str) -> None:
    result = klarlint(*args, cwd=tmp_path, stdin="")
    assert result.returncode == 2
    assert expected in _stderr_line(result)
    assert "Usage" not in result.stderr and "Error" not in result.stderr


# --- 6. --help shows the lint options; --disable a,b; misspelt options (test_config_validation) ---


def test_help_shows_the_lint_options_and_the_commands(tmp_path: Path) -> None:
    result = klarlint("--help", cwd=tmp_path)
    assert result.returncode == 0
    for option in ("--format", "--fail-on", "--disable", "--enable", "--profile", "--stdin-format", "--jobs"):
        assert option in result.stdout, option
    for command in ("explain", "rules", "model", "lsp"):
        assert f"\n  {command} " in result.stdout, command


@pytest.mark.parametrize(
    "command", ["check", "crawl", "serve", "lsp", "rules", "explain", "model", "model info", "corpus"]
)
def test_every_commands_help_is_in_swedish(tmp_path: Path, command: str) -> None:
    result = klarlint(*command.split(), "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Användning:" in result.stdout and "Flaggor:" in result.stdout
    for english in ("Usage:", "Options:", "Arguments:", "Commands:", "[default:", "[required]", "Show this message"):
        assert english not in result.stdout, (command, english)


def test_disable_takes_a_comma_list_and_blames_the_flag(tmp_path: Path) -> None:
    (tmp_path / "brev.txt").write_text("Ansökan skall ha behandlats.\n", encoding="utf-8")
    result = klarlint("brev.txt", "--disable", "skall,passive-voice", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["findings"] == []
    result = klarlint("brev.txt", "--disable", "skal,passive-voice", cwd=tmp_path)
    assert result.returncode == 2
    line = _stderr_line(result)
    assert "'skal'" in line and "--disable" in line and "konfiguration" not in line


# --- 12. the library call: lint("brev.txt") on a missing file; lint(text) never guesses wrong -----


def test_lint_names_a_missing_file_instead_of_linting_its_name(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = api.lint("brev.txt")
    [file_report] = report.files
    assert file_report.error and "brev.txt" in file_report.error and not file_report.findings
    assert api.lint_file(tmp_path / "saknas.md").files[0].error
    assert api.lint("arkiv/2024/brev.html").files[0].error  # a path with folders
    sentence = api.lint("Läs mer i regler.txt")  # a sentence that ends in a file name is text
    assert sentence.files[0].error is None and sentence.files[0].stats.words == 4


def test_lint_of_a_long_one_line_text_never_raises(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = "Ansökan skall skickas in i tid. " * 40  # ~1,300 characters: longer than any file name
    for report in (api.lint(text.strip()), api.lint_text(text.strip())):
        assert [f.rule for f in report.findings].count("skall") == 40
    assert api.lint("a\x00b").files[0].error is None  # a NUL byte: text, not a file name
    (tmp_path / "brev.txt").write_text(PASSIVE, encoding="utf-8")
    assert [f.rule for f in api.lint("brev.txt").findings] == ["passive-voice"]
    assert api.lint_text("brev.txt").files[0].error is None  # lint_text never reads a file
    assert api.lint_text("# Rubrik:\n", fmt="markdown").findings[0].rule == "heading"


# --- 3. numbers-only tokens are not words --------------------------------------------------------


def test_numbers_only_tokens_are_not_words() -> None:
    from conftest import lint_text

    report = lint_text("Vi har 3 barn och 2 hundar.\n")
    assert (report.stats.words, report.stats.sentences) == (5, 1)
    assert report.stats.mean_sentence_length == 5.0
    # 25 words and 10 numbers: not over long-sentence's 25 words
    sentence = "Vi fick " + " och ".join(f"{n} brev" for n in range(1, 10)) + " från 11 kommuner i länet under året.\n"
    report = lint_text(sentence)
    assert report.stats.words == 25 and not [f for f in report.findings if f.rule == "long-sentence"]
    assert lint_text("Den 2025-05-05 kom 3-rumslägenheten ut.\n").stats.words == 4


# --- 10. m.m., osv. and etc. end a sentence when the next word starts a new one ------------------


@pytest.mark.parametrize("abbreviation", ["m.m.", "osv.", "etc.", "o.s.v.", "m.fl."])
def test_list_closing_abbreviation_ends_the_sentence(abbreviation: str) -> None:
    from conftest import lint_text

    text = f"Du kan låna böcker, filmer {abbreviation} Biblioteket har öppet varje dag.\n"
    assert lint_text(text).stats.sentences == 2
    # … but not inside a sentence: a lower-case word goes on
    assert lint_text(f"Böcker, filmer {abbreviation} kan du låna här.\n").stats.sentences == 1


# --- 7. quotations: every reader marks them, skall asks the analysis --------------------------------

OLD_LAW = "Ansökan skall göras skriftligen."


@pytest.mark.parametrize(
    ("fmt", "source"),
    [
        ("html", f"<main><p>Så stod det:</p><blockquote><p>{OLD_LAW}</p></blockquote><p>Nu skall du svara.</p></main>"),
        ("html", f"<p>Lagen sa <q>{OLD_LAW}</q> och nu skall du svara.</p>"),
        ("markdown", f"Så stod det:\n\n> {OLD_LAW}\n\nNu skall du svara.\n"),
        ("text", f"Så stod det:\n\n> {OLD_LAW}\n\nNu skall du svara.\n"),
    ],
)
def test_skall_in_a_marked_quotation_is_not_flagged(fmt: str, source: str) -> None:
    from conftest import lint_text

    report = lint_text(source, fmt)
    flagged = [f for f in report.findings if f.rule == "skall"]
    assert len(flagged) == 1 and source[flagged[0].start - 3 : flagged[0].end].lower() == "nu skall"


def test_readers_mark_quotations_in_the_document() -> None:
    from klarlint.readers import read_text

    document = read_text(f"<p>Före <q>{OLD_LAW}</q> efter &amp; mer.</p><blockquote>Citat.</blockquote>", "html")
    paragraph, quote = document.blocks
    [(start, end)] = paragraph.quotes
    assert paragraph.text[start:end] == OLD_LAW
    assert paragraph.in_quotation(start + 8, start + 13) and not paragraph.in_quotation(0, 4)
    assert quote.quotes == ((0, len("Citat.")),)
    markdown = read_text("Text.\n\n> Citat som\nfortsätter.\n", "markdown")
    assert [bool(b.quotes) for b in markdown.blocks] == [False, True]


def test_docx_quote_style_is_a_quotation(tmp_path: Path) -> None:
    import docx

    from klarlint.readers import read_path

    word = docx.Document()
    word.add_paragraph("Så stod det i lagen:")
    word.add_paragraph(OLD_LAW, style="Quote")
    word.add_paragraph(OLD_LAW, style="Intense Quote")
    word.add_paragraph("Nu skall du svara.")
    path = tmp_path / "citat.docx"
    word.save(path)
    assert [bool(b.quotes) for b in read_path(path).blocks] == [False, True, True, False]
    assert [f.line for f in api.lint_file(path).findings if f.rule == "skall"] == [4]


# --- 4. the sample output at the top of the README is a real run --------------------------------


def test_readme_sample_output_is_a_real_run() -> None:
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("readme_sample", ROOT / "scripts" / "readme_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert module.current_block(readme) == module.sample_block(module.run_sample()), (
        "the README's sample output is stale: run python scripts/readme_sample.py"
    )


# --- 12. pre-commit rev, the nominal-ratio label, output to a file --------------------------------


def test_readme_pins_no_tag_that_does_not_exist() -> None:
    import re
    import subprocess

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    revs = re.findall(r"^\s*rev:\s*(\S+)", readme, re.MULTILINE)
    assert revs, "the pre-commit example names a rev"
    tags = subprocess.run(["git", "tag", "-l"], cwd=ROOT, capture_output=True, text=True, check=False).stdout.split()
    for rev in revs:
        assert rev in tags or not re.fullmatch(r"v?\d+(\.\d+)*", rev), f"README names tag {rev}, which does not exist"


def test_nominal_ratio_of_a_text_without_verbs_is_undefined_not_verbal(tmp_path: Path) -> None:
    from conftest import lint_text

    assert lint_text("Ansökan om bidrag till föreningar i kommunen.\n").stats.nominal_ratio is None
    assert lint_text("Vi har fått din ansökan.\n").stats.nominal_ratio is not None
    (tmp_path / "rubrik.txt").write_text("Ansökan om bidrag till föreningar i kommunen.\n", encoding="utf-8")
    result = klarlint("rubrik.txt", cwd=tmp_path)
    assert "verbal stil" not in result.stdout and "– (inga verb)" in result.stdout
    data = json.loads(klarlint("rubrik.txt", "--format", "json", cwd=tmp_path).stdout)
    assert data["files"][0]["stats"]["nominal_ratio"] is None


def test_output_to_a_file_is_not_wrapped_at_80_columns(tmp_path: Path) -> None:
    sentence = "Din ansökan om bidrag till föreningens verksamhet under det kommande året har behandlats av nämnden."
    (tmp_path / "brev.txt").write_text(sentence + "\n", encoding="utf-8")
    result = klarlint("brev.txt", cwd=tmp_path)
    assert f"  > {sentence}" in result.stdout.splitlines()  # the whole sentence on one line (over 80 columns)


# --- every command in the README's usage section exits as documented -----------------------------

CONLLU = (
    "# sent_id = 1\n# text = Vi har fått din ansökan.\n"
    "1\tVi\tvi\tPRON\tPN\t_\t3\tnsubj\t_\t_\n"
    "2\thar\tha\tAUX\tHA\t_\t3\taux\t_\t_\n"
    "3\tfått\tfå\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tdin\tdin\tPRON\tPS\t_\t5\tnmod:poss\t_\t_\n"
    "5\tansökan\tansökan\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\tMAD\t_\t3\tpunct\t_\t_\n\n"
)


def _usage_commands() -> list[str]:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Usage") :]
    block = section[section.index("```sh\n") + 6 : section.index("```", section.index("```sh\n") + 6)]
    return [line.split("  #")[0].strip() for line in block.splitlines() if line.strip()]


def _usage_fixtures(folder: Path) -> None:
    import docx

    passive = "Din ansökan har behandlats."  # one warning, nothing at error level
    (folder / "brev.txt").write_text(passive + "\n", encoding="utf-8")
    (folder / "sida.md").write_text(f"# Ansökan\n\n{passive}\n", encoding="utf-8")
    (folder / "sida.html").write_text(f"<html lang='sv'><body><p>{passive}</p></body></html>", encoding="utf-8")
    word = docx.Document()
    word.add_paragraph(passive)
    word.save(folder / "rapport.docx")
    for name in ("docs", "public"):
        (folder / name).mkdir()
        (folder / name / "sida.md").write_text(f"{passive}\n", encoding="utf-8")
    (folder / "treebank.conllu").write_text(CONLLU, encoding="utf-8")
    (folder / "forra.json").write_text('{"files": []}\n', encoding="utf-8")  # a previous run with no findings
    _git_with_origin_main(folder)


def _git_with_origin_main(folder: Path) -> None:
    """A repository whose origin/main lacks one change to docs/, for --changed-since."""
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "--allow-empty", "-m", "start")
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    (folder / "docs" / "ny.md").write_text("Blanketten har skickats.\n", encoding="utf-8")


# The documented exit code of each command on the fixtures: 1 where a warning is found and
# --fail-on is warning (the default), 0 for --fail-on error and for the commands that do not lint.
STDERR_NOTES = ("finns i baslinjen och visas inte",)
EXPECTED_EXIT = {"--fail-on error": 0, "explain": 0, "model": 0, "--help": 0, "--baseline klarlint-baseline": 0}
EXPECTED_EXIT["--write-baseline"] = 0  # it records the findings: a job that refreshes the baseline passes
# Commands that start a server or reach a network (or a cluster) run until stopped: the test checks that
# they parse as written (``--help`` after them), and their own tests start them for real on 127.0.0.1.
LONG_RUNNING = ("klarlint serve", "klarlint lsp", "klarlint crawl", "klarlint corpus")


def test_every_usage_command_in_the_readme_exits_as_documented(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    commands = _usage_commands()
    assert len(commands) >= 15 and all("klarlint" in c for c in commands)
    _usage_fixtures(tmp_path)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "klarlint"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "from klarlint.cli import main; main()" "$@"\n')
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    for command in commands:
        if any(command.startswith(prefix) for prefix in LONG_RUNNING):
            command = f"{command} --help"
        result = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        expected = next((code for key, code in EXPECTED_EXIT.items() if key in command), 1)
        assert result.returncode == expected, (command, result.returncode, result.stderr)
        # Only the documented one-line notes reach stderr (the baseline says how many findings it hid).
        notes = [line for line in result.stderr.splitlines() if not any(n in line for n in STDERR_NOTES)]
        assert notes == [], (command, result.stderr)
        assert result.stdout.strip() or ">" in command, command
    assert (tmp_path / "rapport.html").stat().st_size > 0
    assert json.loads((tmp_path / "klarlint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
