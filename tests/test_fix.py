"""``klarlint FILE --fix`` and ``--diff`` for .txt and Markdown."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klarlint.cli import main
from klarlint.fix import apply_edits, fix_source
from klarlint.linter import lint_document, lint_text
from klarlint.report import Finding
from klarlint.rules.base import Severity

MARKDOWN = """---
title: "Ansökan skall lämnas"
---
# Ansökan

Du skall erhålla svar. Vi erhöll 25.000 kr, c:a 15%.

> Ansökan skall lämnas i tid.

`skall` och [skall](https://example.org/skall) och <!-- skall -->

    kod som skall stå kvar

<div>Här skall HTML stå kvar.</div>

Han sa ”jag skall komma” i går. Han tillhandahöll stöd och/eller hjälp.
"""

FIXED = """---
title: "Ansökan skall lämnas"
---
# Ansökan

Du ska få svar. Vi fick 25 000 kr, ca 15 %.

> Ansökan skall lämnas i tid.

`skall` och [ska](https://example.org/skall) och <!-- skall -->

    kod som skall stå kvar

<div>Här skall HTML stå kvar.</div>

Han sa ”jag skall komma” i går. Han gav stöd eller hjälp.
"""


def run(*args: str) -> int:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code


def test_fix_changes_prose_only_never_code_quotes_front_matter_html_or_link_targets(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sida.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    code = run(str(path), "--fix")
    assert path.read_text(encoding="utf-8") == FIXED
    assert code == 1  # what remains (the passive in the quotation) is reported and sets the exit code
    assert "passive-voice" in capsys.readouterr().out
    # A second run changes nothing.
    run(str(path), "--fix")
    assert path.read_text(encoding="utf-8") == FIXED


def test_the_report_says_which_replacements_may_be_applied() -> None:
    """``fixable`` (JSON too) is what --fix asks; the quick fixes, --suggest, SARIF, the LanguageTool API and the
    web page read it from the finding, so all of them leave the same spans alone."""
    findings = [f.to_json() for f in lint_text(MARKDOWN, fmt="markdown").files[0].findings]
    fixable = {(f["line"], f["text"]): f["fixable"] for f in findings if f["replacements"]}
    assert fixable[(6, "skall")] and fixable[(6, "c:a")] and fixable[(10, "skall")]  # prose, a link text
    assert not fixable[(2, "skall")]  # front matter
    assert not fixable[(14, "skall")]  # a Markdown file's HTML
    assert all(f["fixable"] is False for f in findings if not f["replacements"])
    # a replacement over a line break would join the writer's lines: reported, not fixable (as before)
    [phrase] = lint_text("Vi agerar i enlighet\nmed lagen.", fmt="markdown").files[0].findings
    assert phrase.replacements == ("enligt",) and not phrase.fixable


def test_diff_prints_a_unified_diff_and_leaves_the_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "brev.txt"
    path.write_text("Du skall erhålla svar.\r\nMvh Anna\r\n", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code = run(str(path), "--diff")
    captured = capsys.readouterr()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert "-Du skall erhålla svar." in captured.out and "+Du ska få svar." in captured.out
    # an absolute path outside the working folder loses its leading slash, as git diff writes it (see test_fix_s48)
    assert captured.out.startswith(f"--- a/{str(path).lstrip('/')}") and "a//" not in captured.out
    # nothing was written: the report and the exit code are the file's as it is (the fixed text's had been 0)
    assert code == 1 and "skall" in captured.err


def test_diff_keeps_a_json_report_off_the_diff(tmp_path: Path, capsys) -> None:
    path = tmp_path / "brev.txt"
    path.write_text("Du skall erhålla svar.\n", encoding="utf-8")
    run(str(path), "--diff", "--format", "json")
    captured = capsys.readouterr()
    assert captured.out.startswith("--- a/") and "{" not in captured.out  # a patch tool reads stdout
    assert [f["rule"] for f in json.loads(captured.err)["files"][0]["findings"]] == ["skall", "jargon"]


def test_fix_takes_the_files_a_lint_takes(tmp_path: Path, capsys) -> None:
    """A folder's own ``exclude`` and ``fail_on``: --fix had rewritten an excluded file and failed where a lint
    passed."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "klarlint.toml").write_text('exclude = ["gammal.txt"]\nfail_on = "error"\n', encoding="utf-8")
    for name in ("gammal.txt", "ny.txt"):
        (tmp_path / "sub" / name).write_text("Du skall erhålla svar. Ansökan behandlas.\n", encoding="utf-8")
    assert run(str(tmp_path / "sub"), "--fix") == 0  # what remains is a warning; the folder fails on errors
    assert (tmp_path / "sub" / "gammal.txt").read_text(encoding="utf-8").startswith("Du skall")
    assert (tmp_path / "sub" / "ny.txt").read_text(encoding="utf-8").startswith("Du ska få")
    assert run(str(tmp_path / "sub"), "--diff") == 0


def test_an_empty_path_is_an_error_not_the_working_folder(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brev.txt").write_text("Du skall erhålla svar.\n", encoding="utf-8")
    assert run("", "--fix") == 2  # *klarlint "$DOCS" --fix* with DOCS unset had fixed the working folder
    assert "en tom sökväg" in capsys.readouterr().err
    assert (tmp_path / "brev.txt").read_text(encoding="utf-8").startswith("Du skall")


def test_fix_through_a_symbolic_link_changes_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "riktig.txt"
    real.write_text("Vi erhöll pengarna.\n", encoding="utf-8")
    link = tmp_path / "länk.txt"
    link.symlink_to(real.name)
    run(str(link), "--fix")
    # the link had been replaced by a fixed plain file, the user's own file left as it was
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "Vi fick pengarna.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["länk.txt", "riktig.txt"]  # no temporary file left


def test_fix_refuses_utf8_with_a_stray_byte_and_says_why(tmp_path: Path, capsys) -> None:
    # read as UTF-8 with U+FFFD for the byte, it had been "cannot be saved in the file's encoding (cp1252)"
    path = tmp_path / "blandad.txt"
    data = "Vi erhöll pengarna.\nVi erh".encode() + b"\xf6ll " + "ärendet.\n".encode()
    path.write_bytes(data)
    assert run(str(path), "--fix") == 2
    assert "inte är giltig UTF-8 (först på rad 2)" in capsys.readouterr().err
    assert path.read_bytes() == data


def test_fix_keeps_encoding_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "gammal.txt"
    path.write_bytes("Du skall få svar på måndag.\r\nHälsningar\r\n".encode("cp1252"))
    run(str(path), "--fix")
    assert path.read_bytes() == "Du ska få svar på måndag.\r\nHälsningar\r\n".encode("cp1252")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sida.html", "--fix"], "bara för .txt- och Markdown"),
        (["brev.docx", "--fix"], "använd --suggest"),
        (["-", "--fix"], "inte på stdin"),
        (["brev.txt", "--fix", "--annotate"], "välj det ena"),
        (["brev.txt", "--force"], "--force går bara med"),
    ],
)
def test_fix_is_refused_where_it_cannot_work(tmp_path: Path, capsys, args: list[str], message: str) -> None:
    for name in ("sida.html", "brev.docx", "brev.txt"):
        (tmp_path / name).write_bytes(b"<p>Du skall komma.</p>" if name.endswith("html") else b"Du skall komma.")
    args = [str(tmp_path / a) if "." in a and not a.startswith("-") else a for a in args]
    code = run(*args)
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err
    assert (tmp_path / "sida.html").read_bytes() == b"<p>Du skall komma.</p>"
    assert (tmp_path / "brev.txt").read_bytes() == b"Du skall komma."


def test_overlapping_findings_apply_the_first_and_the_next_round_sees_the_rest() -> None:
    text = "abcdef"
    first = _finding(0, 3, "X")
    second = _finding(2, 5, "Y")
    fixed, done = apply_edits(text, [second, first])
    assert fixed == "Xdef" and done == [first]


def _finding(start: int, end: int, new: str) -> Finding:
    return Finding("r", Severity.INFO, 1, start + 1, 1, end + 1, start, end, "", "m", None, None, replacements=(new,))


# --- property: text outside the replaced spans is untouched, and fixed places stay fixed ---------

WORDS = ["Du", "skall", "erhålla", "svar", "25.000", "kr", "och/eller", "kvitton", "t.ex.", "i", "dag", "15%", "ord"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS + ["\n\n", ", "]), min_size=1, max_size=25))
def test_fix_changes_only_the_replaced_spans(words: list[str]) -> None:
    source = " ".join(words).strip() + "."
    result = fix_source(source, "text", "p.txt", lint_document)
    for before, applied, after in result.rounds:
        # Every character outside the replaced spans is the same, in the same order.
        rebuilt, cursor = [], 0
        for finding in sorted(applied, key=lambda f: f.start):
            assert finding.start >= cursor
            rebuilt += [before[cursor : finding.start], finding.replacements[0]]
            cursor = finding.end
        rebuilt.append(before[cursor:])
        assert "".join(rebuilt) == after
    if result.rounds:
        _, applied, after = result.rounds[-1]
        assert after == result.fixed
        # Re-linting finds no finding of a fixed kind at a place that was fixed.
        places, shift = [], 0
        for finding in sorted(applied, key=lambda f: f.start):
            start = finding.start + shift
            places.append((finding.rule, start, start + len(finding.replacements[0])))
            shift += len(finding.replacements[0]) - (finding.end - finding.start)
        for finding in result.report.findings:
            assert not any(finding.rule == rule and s <= finding.start < max(e, s + 1) for rule, s, e in places)
    assert not [f for f in result.report.findings if f.replacements]
