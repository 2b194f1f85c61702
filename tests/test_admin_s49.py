"""Session 49's re-test of the municipality's administrator: accepted names, own word lists, skipped folders."""

from __future__ import annotations

from pathlib import Path

from klarlint import lint
from klarlint.config import Config, accepted_form
from klarlint.report import EXCLUDED_NOTICE, FileReport, Report
from klarlint.rules.base import Severity
from klarlint.runner import expand, walk

NAMES = ("Härmed Bygg AB", "Anmodans gård")


def _flagged(text: str, accept: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    config = Config(accept=frozenset(map(accepted_form, accept)))
    return [(f.rule, f.text) for f in lint(text, config).files[0].findings]


# accept protects a name: a finding inside an accepted phrase's occurrence is dropped


def test_word_inside_an_accepted_name_is_not_flagged() -> None:
    assert ("jargon", "Härmed") in _flagged("Härmed Bygg AB bygger nya hus i kommunen.")
    assert _flagged("Härmed Bygg AB bygger nya hus i kommunen.", NAMES) == []
    assert ("jargon", "Anmodans") in _flagged("Vi bor vid Anmodans gård.")
    assert _flagged("Vi bor vid Anmodans gård.", NAMES) == []


def test_accepted_name_across_a_line_break_and_in_any_case() -> None:
    assert _flagged("Härmed Bygg\nAB bygger.", ("härmed bygg ab",)) == []


def test_the_same_word_outside_the_name_is_still_flagged() -> None:
    found = _flagged("Härmed beslutar nämnden att Härmed Bygg AB får bygga.", NAMES)
    assert found == [("jargon", "Härmed")]
    found = lint("Härmed beslutar nämnden att Härmed Bygg AB får bygga.", Config(accept=frozenset({"härmed bygg ab"})))
    assert [f.column for f in found.files[0].findings] == [1]


def test_a_finding_around_an_accepted_word_and_more_is_kept() -> None:
    # accepting *beslut* does not accept *fatta beslut*: the finding is about the verb phrase
    assert ("nominalization", "fatta beslut") in _flagged("Nämnden ska fatta beslut om bidraget i morgon.", ("beslut",))


def test_an_accepted_word_is_still_accepted_alone_and_only_as_a_whole_word() -> None:
    text = "Vi erhåller svar. Vi kan erhålla svar."
    assert _flagged(text, ("erh\u00adålla",)) == [("jargon", "erhåller")]


# a folder run tells the tool folders it leaves out, and a folder link back into its own tree


def _walked(folder: Path) -> tuple[list[str], dict[str, tuple[str, str]]]:
    read, told = [], {}
    for item in walk(folder):
        if isinstance(item, Path):
            read.append(item.relative_to(folder).as_posix())
        else:
            notice = item.notices[0]
            told[Path(item.path).relative_to(folder).as_posix()] = (notice.code, notice.message)
    return read, told


def test_a_tool_folder_holding_documents_is_told_and_never_fails_a_run(tmp_path: Path) -> None:
    for name in ("venv/rapport.txt", "node_modules/paket/README.md", ".git/README.md", "a.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Vi ska svara i dag.", encoding="utf-8")
    read, told = _walked(tmp_path)
    assert read == ["a.md"]
    assert set(told) == {"venv", "node_modules"}  # .git: the repository's bookkeeping, never told (see VCS_DIRS)
    assert all(code == EXCLUDED_NOTICE and "ange den själv" in message for code, message in told.values())
    report = Report([item if isinstance(item, FileReport) else FileReport(str(item)) for item in walk(tmp_path)])
    assert not report.fails(Severity.INFO)
    assert [p.name for p in expand(tmp_path / "venv")] == ["rapport.txt"]  # named itself, it is read


def test_a_tool_folder_without_documents_says_nothing(tmp_path: Path) -> None:
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.cpython-312.pyc").write_bytes(b"\0")
    (tmp_path / "a.md").write_text("Vi ska svara i dag.", encoding="utf-8")
    assert _walked(tmp_path) == (["a.md"], {})


def test_a_folder_link_back_into_its_own_tree_is_told_as_a_loop(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "sub" / "a.md").write_text("Vi ska svara i dag.", encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text("Vi ska svara i dag.", encoding="utf-8")
    (tmp_path / "sub" / "self").symlink_to("../sub")
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "sub" / "alias").symlink_to("../b")  # not a loop: b is read where it is, nothing is lost
    read, told = _walked(tmp_path)
    assert read == ["b/c.md", "sub/a.md"]
    assert set(told) == {"sub/self", "sub/up"}
    assert all(code == "skipped-file" and "slinga" in message for code, message in told.values())
