"""The command line says everything as one Swedish line, and shows a user's text as written."""

from __future__ import annotations

from pathlib import Path

from test_cli import klarlint


def _rule_folder(tmp_path: Path, title: str) -> None:
    rules = tmp_path / "regler"
    rules.mkdir()
    (rules / "egna.toml").write_text(
        f'id = "egen-regel"\ntype = "existence"\nterms = ["hej"]\nseverity = "warning"\ntitle = "{title}"\n'
        'message = "Undvik ”{text}”."\n',
        encoding="utf-8",
    )
    (tmp_path / "klarlint.toml").write_text('rules_path = ["regler"]\n', encoding="utf-8")


def test_rules_shows_a_title_with_brackets_as_written(tmp_path: Path) -> None:
    """Rich had read the title as markup: "[/hakparentes]" was an internal error, "[intern lista]" vanished."""
    _rule_folder(tmp_path, "Ord i [/hakparentes] och [intern lista]")
    result = klarlint("rules", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [row] = [line for line in result.stdout.splitlines() if "egen-regel" in line]
    assert "Ord i [/hakparentes] och [intern lista]" in row


def test_rules_shows_severities_in_swedish(tmp_path: Path) -> None:
    _rule_folder(tmp_path, "Egen")
    result = klarlint("rules", cwd=tmp_path)
    [row] = [line for line in result.stdout.splitlines() if "egen-regel" in line]
    assert "│ varning " in row
    assert not any(f"│ {word} " in result.stdout for word in ("warning", "error"))


def _one_swedish_line(stderr: str) -> str:
    [line] = stderr.strip().splitlines()
    assert "Traceback" not in stderr and "internt fel" not in line
    return line


def test_closed_standard_input_is_one_swedish_line(tmp_path: Path) -> None:
    """`klarlint - <&-`: Python has no sys.stdin at all; it had been an internal error about 'NoneType'."""
    import subprocess
    import sys

    command = f'"{sys.executable}" -c "from klarlint.cli import main; main()" - <&-'
    result = subprocess.run(["sh", "-c", command], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    assert _one_swedish_line(result.stderr) == "klarlint: <stdin>: inmatningen är stängd, det finns ingen text att läsa"


def test_a_full_disk_is_one_swedish_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        import pytest

        pytest.skip("no /dev/full here")
    (tmp_path / "brev.txt").write_text("Det skall göras.\n", encoding="utf-8")
    for output_format in ("rich", "json", "sarif"):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-c", "from klarlint.cli import main; main()", "brev.txt", "-f", output_format],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                cwd=tmp_path,
            )
        assert result.returncode == 2
        assert _one_swedish_line(result.stderr) == "klarlint: utdata kan inte skrivas (disken är full)"


def test_a_bad_pattern_in_a_rule_file_is_said_in_swedish(tmp_path: Path) -> None:
    rules = tmp_path / "regler"
    rules.mkdir()
    (rules / "m.toml").write_text(
        'id = "monster"\ntype = "existence"\nmatch = "pattern"\nterms = ["a(b"]\nmessage = "Undvik ”{text}”."\n',
        encoding="utf-8",
    )
    (tmp_path / "klarlint.toml").write_text('rules_path = ["regler"]\n', encoding="utf-8")
    (tmp_path / "brev.txt").write_text("Hej.\n", encoding="utf-8")
    result = klarlint("brev.txt", cwd=tmp_path)
    assert result.returncode == 2
    line = _one_swedish_line(result.stderr)
    assert line.endswith("m.toml: mönstret 'a(b' är inget giltigt reguljärt uttryck (fel vid tecken 4)"), line


def test_a_broken_conllu_file_is_said_in_swedish(tmp_path: Path) -> None:
    (tmp_path / "b.conllu").write_bytes(b"\xff\xfe garbage\n")
    (tmp_path / "g.conllu").write_text("garbage\n", encoding="utf-8")
    (tmp_path / "h.conllu").write_text("1\tHej\thej\tINTJ\t_\t_\tx\troot\t_\t_\n\n", encoding="utf-8")
    said = {}
    for name in ("b.conllu", "g.conllu", "h.conllu"):
        result = klarlint("model", "evaluate", "--data", name, cwd=tmp_path)
        assert result.returncode == 2
        said[name] = _one_swedish_line(result.stderr)
    assert said == {
        "b.conllu": "klarlint: b.conllu: inte en giltig CoNLL-U-fil (filen är inte UTF-8)",
        "g.conllu": "klarlint: g.conllu: inte en giltig CoNLL-U-fil "
        "(rad 1: 1 kolumner, en tokenrad ska ha 10 avgränsade med tabb)",
        "h.conllu": "klarlint: h.conllu: inte en giltig CoNLL-U-fil (rad 1: HEAD, sjunde kolumnen, är inget tal)",
    }


def test_a_bad_dask_scheduler_address_is_said_in_swedish() -> None:
    """Dask's own reasons, as ``Client(address)`` raises them, become Swedish (a real Client is slow to give up)."""
    from klarlint.corpus.cluster import _reason

    assert _reason(ValueError("missing port number in address 'foo'")) == (
        "adressen saknar port, till exempel tcp://10.0.0.5:8786"
    )
    assert _reason(ValueError("unknown address scheme 'nosuch' (known schemes: ['inproc', 'tcp'])")) == (
        "okänt protokoll i adressen; använd tcp://, tls://, ws:// eller wss://"
    )
    assert _reason(OSError("Timed out trying to connect to tcp://127.0.0.1:1 after 20 s")) == (
        "ingen svarade inom 20 sekunder"
    )


def test_a_file_named_three_ways_is_linted_once(tmp_path: Path) -> None:
    import json

    (tmp_path / "bad.txt").write_text("Det skall göras.\n", encoding="utf-8")
    result = klarlint("bad.txt", "bad.txt", "./bad.txt", "--format", "json", cwd=tmp_path)
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == ["bad.txt"]


def test_stdin_can_be_named_once(tmp_path: Path) -> None:
    result = klarlint("-", "-", cwd=tmp_path, stdin="Det skall göras.\n")
    assert result.returncode == 2
    assert _one_swedish_line(result.stderr) == "klarlint: - (stdin) kan bara anges en gång"


def test_serve_refuses_a_time_limit_that_is_no_number(tmp_path: Path) -> None:
    for value in ("nan", "inf", "-1"):
        result = klarlint("serve", "--time-limit", value, cwd=tmp_path)
        assert result.returncode == 2
        assert "--time-limit ska vara ett tal från 0 och uppåt" in _one_swedish_line(result.stderr)


def test_github_summary_keeps_a_carriage_return_out_of_its_table() -> None:
    from klarlint.reporters.github import _cell

    assert _cell("a\rb\r\nc\nd") == "a b c d"
