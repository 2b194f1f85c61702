"""Folders: which files ``klarlint DIR`` picks up, and .gitignore-style ``exclude`` patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from klarlint.exclude import compile_pattern, excluded
from klarlint.runner import expand


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("drafts/", "drafts/a.html", True),
        ("drafts/", "sida/drafts/a/b.html", True),
        ("drafts/", "drafts.html", False),  # a folder pattern never matches a file
        ("*.min.html", "a/b/sida.min.html", True),
        ("*.min.html", "sida.html", False),
        ("gammal", "x/gammal/y.md", True),
        ("gammal", "x/gammalt.md", False),
        ("/arkiv", "arkiv/x.txt", True),
        ("/arkiv", "a/arkiv/x.txt", False),  # anchored at the root
        ("nyheter/2019", "nyheter/2019/a.md", True),
        ("nyheter/2019", "x/nyheter/2019/a.md", False),  # a / inside anchors too
        ("nyheter/*.md", "nyheter/a.md", True),
        ("nyheter/*.md", "nyheter/sub/a.md", False),  # * stays within one part
        ("**/gammal", "gammal/a.md", True),
        ("**/gammal", "x/y/gammal/a.md", True),
        ("arkiv/**", "arkiv/a/b.md", True),
        ("arkiv/**", "arkivet/a.md", False),
        ("a/**/b.md", "a/b.md", True),
        ("a/**/b.md", "a/x/y/b.md", True),
        ("utkast-?.md", "utkast-1.md", True),
        ("utkast-?.md", "utkast-12.md", False),
        ("[!a]*.md", "b.md", True),
        ("[!a]*.md", "a.md", False),
    ],
)
def test_gitignore_patterns(pattern: str, path: str, matches: bool) -> None:
    assert bool(compile_pattern(pattern).match(path)) is matches


def test_patterns_are_relative_to_the_config_folder_and_to_the_target(tmp_path: Path) -> None:
    site = tmp_path / "public"
    assert excluded(site / "utkast" / "a.html", ["/public/utkast/"], [site, tmp_path])
    assert excluded(site / "utkast" / "a.html", ["/utkast/"], [site, tmp_path])
    assert not excluded(site / "sida.html", ["/utkast/", "# kommentar", ""], [site, tmp_path])


def test_folder_picks_up_every_format_and_skips_lock_files_and_excluded(tmp_path: Path) -> None:
    names = [
        "a.txt",
        "b.md",
        "c.markdown",
        "d.html",
        "e.htm",
        "f.docx",
        "~$f.docx",
        "f.klarlint.docx",  # klarlint's own reviewed copy of f.docx (--annotate)
        "g.pdf",
        "bild.png",
        "utkast/h.html",
        "sub/utkast/i.md",
        "sub/j.min.html",
        "node_modules/k.md",
    ]
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in expand(tmp_path, ("utkast/", "*.min.html"), tmp_path)]
    assert found == ["a.txt", "b.md", "c.markdown", "d.html", "e.htm", "f.docx", "g.pdf"]  # PDFs too (issue 12)
