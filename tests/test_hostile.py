"""Hostile text input: huge, unpunctuated, empty, badly encoded or binary.

klarlint must neither crash nor hang nor run out of memory: input it cannot
read gets exit code 2 and one clear line on stderr; input it can read is
linted within fixed limits (see klarlint.nlp.backend and
klarlint.readers.MAX_FILE_BYTES). The full-size runs, with time and peak
memory, are in benchmarks/hostile.py; here the limits are checked directly and
end to end on inputs small enough for CI.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import lint_text
from klarlint.linter import analyze
from klarlint.nlp.backend import (
    MAX_CHARS_PER_BATCH,
    MAX_CHARS_PER_PIECE,
    MAX_TOKENS_PER_BATCH,
    batches,
    split_long_text,
)
from klarlint.readers import MAX_FILE_BYTES, read_text

MB = 1024 * 1024
# Lower-case words only, no punctuation: the sentence hints never start a sentence in this.
SALAD = [
    "kommunen",
    "ansökan",
    "beslutet",
    "har",
    "behandlats",
    "av",
    "nämnden",
    "och",
    "erhålla",
    "bistånd",
    "i",
    "enlighet",
    "med",
    "vad",
    "som",
    "föreligger",
]


def salad(chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < chars:
        words.append(rng.choice(SALAD))
        size += len(words[-1]) + 1
    return " ".join(words)


def klarlint(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from klarlint.cli import main; main()", *args],
        capture_output=True,
        cwd=cwd,
        input=stdin,
        timeout=300,
    )


def one_error_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("klarlint: ") and "Traceback" not in lines[0]
    return lines[0]


# --- the limits themselves ----------------------------------------------------


def test_a_megabyte_without_punctuation_is_cut_into_bounded_pieces_that_rebuild_it():
    text = salad(MB)
    pieces = split_long_text(text)
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) <= MAX_CHARS_PER_PIECE
    assert all(p.endswith(" ") for p in pieces[:-1])  # cut at white space, never inside a word
    assert len(pieces) < 2 * len(text) / MAX_CHARS_PER_PIECE + 1  # cuts fall in the second half of a window


def test_text_without_white_space_is_cut_hard():
    text = "å" * (3 * MAX_CHARS_PER_PIECE + 7)
    pieces = split_long_text(text)
    assert [len(p) for p in pieces] == [MAX_CHARS_PER_PIECE] * 3 + [7]


def test_long_prose_is_cut_at_sentence_ends_but_not_after_abbreviations():
    sentence = "Vi skickar beslutet till dig, t.ex. Skatteverket har frågat om det. "
    text = sentence * (3 * MAX_CHARS_PER_PIECE // len(sentence))
    pieces = split_long_text(text)
    assert len(pieces) > 2 and "".join(pieces) == text
    assert all(p.endswith("om det. ") for p in pieces[:-1])


def test_short_text_is_one_piece():
    assert split_long_text("Hej.") == ["Hej."]
    assert split_long_text("") == [""]


def test_batches_are_bounded_by_count_and_characters():
    pieces = ["a" * 100] * 300 + ["b" * (MAX_CHARS_PER_BATCH + 5)] + ["c" * 7000] * 5
    grouped = list(batches(pieces, 64, MAX_CHARS_PER_BATCH))
    assert [p for batch in grouped for p in batch] == pieces
    for batch in grouped:
        assert len(batch) <= 64
        assert len(batch) == 1 or sum(map(len, batch)) <= MAX_CHARS_PER_BATCH


def test_batches_of_short_words_are_bounded_by_tokens_too():
    """Twenty thousand characters of one-letter words are 10,000 tokens: the parser's memory per batch
    grows with tokens, so a batch stops at MAX_TOKENS_PER_BATCH whatever its characters."""
    pieces = ["a " * 1000] * 20  # 2,000 characters and 1,000 tokens each
    grouped = list(batches(pieces, 64, MAX_CHARS_PER_BATCH))
    assert [p for batch in grouped for p in batch] == pieces
    assert [len(batch) for batch in grouped] == [MAX_TOKENS_PER_BATCH // 1000] * (20 * 1000 // MAX_TOKENS_PER_BATCH)


# --- end to end, with the real model -----------------------------------------


def test_an_unpunctuated_sentence_longer_than_a_piece_is_one_long_sentence():
    text = salad(3 * MAX_CHARS_PER_PIECE)
    report = lint_text(text)
    long = [f for f in report.findings if f.rule == "long-sentence"]
    assert len(long) == 1
    assert f"Meningen har {len(text.split())} ord" in long[0].message
    assert (long[0].start, long[0].end) == (0, len(text))
    others = [f for f in report.findings if f.rule in ("jargon", "passive-voice")]
    assert len(others) > 100
    for finding in others:
        assert text[finding.start : finding.end] == finding.text
        assert (finding.line, finding.column) == (1, finding.start + 1)
        assert finding.text in finding.context and len(finding.context) <= 1000


def test_a_long_block_of_short_sentences_keeps_its_sentences():
    sentence = "Vi skickar beslutet till dig i dag. "
    count = 2 * MAX_CHARS_PER_PIECE // len(sentence) + 10
    analysis = analyze(read_text(sentence * count))
    assert len(analysis.blocks) == 1
    assert len(analysis.blocks[0].sentences) == count
    assert not [f for f in lint_text(sentence * count).findings if f.rule == "long-sentence"]


def test_nul_bytes_after_the_binary_check_do_not_crash():
    report = lint_text("Din ansökan har behandlats.\x00\x00 Beslutet\x00 fattades i går.\n")
    assert [f.text for f in report.findings if f.rule == "passive-voice"][:1] == ["behandlats"]


# --- through the command line: exit codes and messages ---------------------------


def test_a_50_mb_file_is_refused_with_one_line(tmp_path: Path):
    path = tmp_path / "stor.txt"
    with path.open("wb") as handle:
        handle.write(b"Din ans\xc3\xb6kan har behandlats.\n")
        handle.truncate(50 * MB)  # sparse: nothing is written
    result = klarlint(str(path), cwd=tmp_path)
    assert result.returncode == 2
    line = one_error_line(result)
    assert "för stor (50 MB; gränsen är 20 MB)" in line
    assert str(path) in line


def test_50_mb_on_stdin_is_refused_with_one_line(tmp_path: Path):
    result = klarlint("-", cwd=tmp_path, stdin="Din ansökan har behandlats. ".encode() * (50 * MB // 28))
    assert result.returncode == 2
    assert f"<stdin>: texten är för stor (gränsen är {MAX_FILE_BYTES // MB} MB)" in one_error_line(result)


@pytest.mark.parametrize("name", ["tom.txt", "tom.html", "tom.md"])
def test_only_empty_lines_is_an_empty_document_in_every_text_format(tmp_path: Path, name: str):
    # An empty .txt or .html had been an input error (exit 2: a placeholder failed CI) while an empty .md and empty
    # stdin were empty documents: now all are, with nothing to find.
    path = tmp_path / name
    path.write_bytes(b"\n" * 100_000)
    result = klarlint(str(path), "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [report] = json.loads(result.stdout)["files"]
    assert "error" not in report and report["findings"] == []


def test_text_after_100000_empty_lines_is_found_on_its_line(tmp_path: Path):
    path = tmp_path / "glest.md"
    path.write_text("Din ansökan har behandlats.\n" + "\n" * 100_000 + "Beslutet fattades i går.\n", encoding="utf-8")
    result = klarlint(str(path), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["files"][0]["findings"]
    passives = [(f["line"], f["column"], f["text"]) for f in findings if f["rule"] == "passive-voice"]
    assert passives == [(1, 17, "behandlats"), (100_002, 10, "fattades")]


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_bytes_that_are_neither_utf8_nor_cp1252_are_refused(tmp_path: Path, where: str):
    data = b"Din ans\xf6kan \x81\x8d\x8f\x90\x9d har behandlats.\n"
    path = tmp_path / "trasig.txt"
    path.write_bytes(data)
    result = klarlint(str(path), cwd=tmp_path) if where == "file" else klarlint("-", cwd=tmp_path, stdin=data)
    assert result.returncode == 2
    assert "teckenkodningen känns inte igen" in one_error_line(result)


def test_cp1252_on_stdin_is_read_like_a_cp1252_file(tmp_path: Path):
    result = klarlint("-", "--format", "json", cwd=tmp_path, stdin="Din ansökan har behandlats.\n".encode("cp1252"))
    assert result.returncode == 1, result.stderr
    finding = json.loads(result.stdout)["files"][0]["findings"][0]
    assert (finding["column"], finding["text"]) == (17, "behandlats")


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_nul_bytes_up_front_mean_binary(tmp_path: Path, where: str):
    data = b"PK\x03\x04\x00\x00" + bytes(range(256)) * 8
    path = tmp_path / "binar.txt"
    path.write_bytes(data)
    result = klarlint(str(path), cwd=tmp_path) if where == "file" else klarlint("-", cwd=tmp_path, stdin=data)
    assert result.returncode == 2
    assert re.search(r"binär", one_error_line(result))
