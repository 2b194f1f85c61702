"""--report report.html: a self-contained site report, worst pages first, written atomically."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from lxml import html

from browser_helpers import CHROMIUM_FLAGS, find_chromium, skip_or_fail
from klarlint.errors import KlarlintError
from klarlint.report import FileReport, Finding, Report, Stats
from klarlint.reporters import html_report
from klarlint.rules.base import Severity
from test_cli import PASSIVE, klarlint

CHROMIUM = find_chromium()


def _findings(count: int, severity: Severity = Severity.WARNING) -> list[Finding]:
    return [Finding("jargon", severity, 1, 1, 1, 5, 0, 4, "ord", "Ett meddelande.", None, None) for _ in range(count)]


def _page(path: str, words: int, lix: float, findings: list[Finding]) -> FileReport:
    stats = Stats(words=words, sentences=max(1, words // 10), mean_sentence_length=10.0, lix=lix, passive_share=0.2)
    return FileReport(path, findings=findings, stats=stats)


def _rows(tree) -> list[str]:
    return [row.get("data-path") for row in tree.xpath("//table[contains(@class, 'pages')]/tbody/tr")]


def test_rows_worst_first_by_findings_per_1000_words_then_lix(tmp_path: Path) -> None:
    report = Report(
        [
            _page("a-lagom.txt", 1000, 45.0, _findings(10)),  # 10 per 1,000 words
            _page("b-manga.txt", 200, 30.0, _findings(6)),  # 30 per 1,000 words: worst
            _page("c-ren-svar.txt", 500, 62.0, []),  # 0, but hard to read
            _page("d-ren-latt.txt", 500, 25.0, []),  # 0 and easy: last
            FileReport("e-trasig.txt", error="e-trasig.txt: filen ser ut att vara binär, inte text"),
            _page("f-lika.txt", 2000, 50.0, _findings(20, Severity.ERROR)),  # 10 per 1,000, higher LIX than a
        ]
    )
    target = tmp_path / "rapport.html"
    html_report.write(report, target)
    tree = html.fromstring(target.read_bytes())
    assert _rows(tree) == ["b-manga.txt", "f-lika.txt", "a-lagom.txt", "c-ren-svar.txt", "d-ren-latt.txt"]
    first = tree.xpath("//table[contains(@class, 'pages')]/tbody/tr")[0]
    cells = [cell.text_content().strip() for cell in first.xpath("./td")]
    assert cells[:5] == ["200", "30,0", "10,0", "20\u00a0%", "30,0"]
    assert cells[5:] == ["0", "6", "0"]  # errors, warnings, info
    assert "e-trasig.txt: filen ser ut att vara binär" in tree.text_content()
    assert tree.xpath("//svg") and tree.xpath("//svg//rect")
    assert tree.get("lang") == "sv"


def test_self_contained_and_escaped(tmp_path: Path) -> None:
    nasty = '<script>alert("x")</script>&.txt'
    target = tmp_path / "rapport.html"
    html_report.write(Report([_page(nasty, 100, 40.0, _findings(1))]), target)
    text = target.read_text(encoding="utf-8")
    tree = html.fromstring(text)
    assert not tree.xpath("//script") and not tree.xpath("//link") and not tree.xpath("//iframe")
    assert _rows(tree) == [nasty]
    references = tree.xpath("//@src | //@href")
    assert not [ref for ref in references if ref.startswith(("http:", "https:", "//"))]
    assert "@import" not in text and "url(" not in text


def test_pages_link_to_their_files_but_stdin_does_not(tmp_path: Path) -> None:
    target = tmp_path / "ut" / "rapport.html"
    report = Report([_page(str(tmp_path / "sidor" / "å ä.md"), 100, 40.0, []), _page("<stdin>", 100, 30.0, [])])
    html_report.write(report, target)
    tree = html.fromstring(target.read_bytes())
    assert tree.xpath("//table[contains(@class, 'pages')]//a/@href") == ["../sidor/%C3%A5%20%C3%A4.md"]


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "rapport.html"
    target.write_text("den gamla rapporten", encoding="utf-8")

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(html_report.os, "replace", failing_replace)
    with pytest.raises(KlarlintError, match="kan inte skriva rapporten"):
        html_report.write(Report([_page("a.txt", 100, 40.0, [])]), target)
    assert target.read_text(encoding="utf-8") == "den gamla rapporten"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.html"]  # no temporary file left behind

    monkeypatch.undo()
    html_report.write(Report([_page("a.txt", 100, 40.0, [])]), target)
    assert _rows(html.fromstring(target.read_bytes())) == ["a.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.html"]
    assert target.stat().st_mode & 0o044  # readable by others (mkstemp alone makes it private)


def test_cli_writes_report_for_a_folder(tmp_path: Path) -> None:
    site = tmp_path / "public"
    (site / "tjanster").mkdir(parents=True)
    (site / "start.md").write_text("# Välkommen\n\nVi hjälper dig med bygglov.\n", encoding="utf-8")
    (site / "tjanster" / "ansokan.txt").write_text("Hej!\n\n" + PASSIVE, encoding="utf-8")
    (site / "trasig.txt").write_bytes(b"\x00\x01\x02 binary")
    result = klarlint("public", "--format", "json", "--report", "ut/rapport.html", cwd=tmp_path)
    assert result.returncode == 2  # the binary file
    tree = html.fromstring((tmp_path / "ut" / "rapport.html").read_bytes())
    assert _rows(tree) == [str(Path("public/tjanster/ansokan.txt")), str(Path("public/start.md"))]
    links = tree.xpath("//table[contains(@class, 'pages')]//a/@href")
    assert links == ["../public/tjanster/ansokan.txt", "../public/start.md"]
    assert all((tmp_path / "ut" / link).resolve().is_file() for link in links)


def test_cli_report_to_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    (tmp_path / "fil").write_text("", encoding="utf-8")
    result = klarlint("brev.txt", "--report", "fil/rapport.html", cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("klarlint: ") and "kan inte skriva rapporten" in line


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    if CHROMIUM is None:
        skip_or_fail("no Chromium or Chrome on this machine")
    report = Report([_page(f"sida-{i}.txt", 300 + i, 30.0 + 5 * i, _findings(i)) for i in range(6)])
    target = tmp_path / "rapport.html"
    html_report.write(report, target)
    env = {**os.environ, "HOME": str(tmp_path)}
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profil'}"]
    dom = subprocess.run(
        [*command, "--dump-dom", target.as_uri()], capture_output=True, text=True, timeout=120, env=env
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = html.fromstring(dom.stdout)
    assert _rows(rendered) == [f"sida-{i}.txt" for i in range(5, -1, -1)]
    assert rendered.xpath("//svg//rect")
    shot = tmp_path / "bild.png"
    subprocess.run(
        [*command, "--window-size=1280,1200", f"--screenshot={shot}", target.as_uri()],
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
