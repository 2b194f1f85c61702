"""``klarlint corpus``, session 46's surface re-test: every skipped entry of an input folder named with its own
reason (in ``skipped.tsv`` and, in short, in the last lines), a UTF-16 or binary JSON Lines file refused once
before the run, and the last lines' numbers written the Swedish way."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
from pathlib import Path

import pytest

if not os.environ.get("KLARLINT_REQUIRE_CORPUS"):  # CI sets it: there a missing extra fails, never skips
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    pytest.importorskip("warcio")

from corpus_helpers import refused_before_a_cluster  # noqa: E402
from klarlint.corpus.command import summary_lines  # noqa: E402
from klarlint.corpus.pages import LINK_LOOP, UNSUPPORTED, Skipped, check_file, find_inputs  # noqa: E402
from klarlint.corpus.run import SKIPPED, Summary, write_skipped  # noqa: E402
from klarlint.errors import InputError  # noqa: E402

PAGE = json.dumps({"url": "https://a.se/1", "text": "Du ska betala avgiften i tid."}) + "\n"
ODD_NAME = "ny\nrad\x1b[31m.jsonl"


def _hostile_folder(root: Path) -> Path:
    """A folder as the re-tester's: documents of other kinds among which a broken link, a FIFO and a link loop hide."""
    folder = root / "in"
    folder.mkdir()
    (folder / "sidor.jsonl").write_text(PAGE, encoding="utf-8")
    for n in range(7):
        (folder / f"sida{n}.md").write_text("# Hej\n", encoding="utf-8")
    (folder / "dok.docx").write_bytes(b"PK\x03\x04")
    (folder / "borta.jsonl").symlink_to(root / "finns-inte.jsonl")
    (folder / "slinga.jsonl").symlink_to("slinga.jsonl")
    os.mkfifo(folder / "fifo.jsonl")
    (folder / ODD_NAME).symlink_to(root / "finns-inte-heller.jsonl")
    return folder


needs_links = pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(os, "symlink"), reason="POSIX files")


@needs_links
def test_each_kind_of_skipped_entry_has_its_own_reason(tmp_path):
    """A dangling link, a FIFO and a link loop had had the same reason as a .docx."""
    folder = _hostile_folder(tmp_path)
    found = find_inputs([folder])
    assert found.files == [folder / "sidor.jsonl"]
    reasons = {item.path.name: item.reason for item in found.skipped}
    assert reasons["borta.jsonl"] == f"länken pekar på {tmp_path / 'finns-inte.jsonl'}, som inte finns"
    assert reasons["slinga.jsonl"] == LINK_LOOP
    assert reasons["fifo.jsonl"] == "en FIFO, inte en vanlig fil"
    assert reasons["dok.docx"] == reasons["sida0.md"] == UNSUPPORTED
    assert len(found.skipped) == 12


@needs_links
def test_the_last_lines_group_other_kinds_name_the_odd_ones_escaped_and_say_where_the_list_is(tmp_path):
    """*Hoppade över 1003 filer … (och 998 till)* had hidden the broken links, and printed a name's ESC raw."""
    summary = Summary(ignored=find_inputs([_hostile_folder(tmp_path)]).skipped)
    lines = summary_lines(summary, Path("ut"), "")
    assert (
        "Hoppade över 8 filer i indatamapparna som inte är JSON Lines, Parquet eller WARC (7 .md, 1 .docx); "
        "granska dokument med klarlint check" in lines
    )
    odd = next(line for line in lines if "som inte kan läsas" in line)
    assert odd.startswith("Hoppade över 4 länkar och filer i indatamapparna som inte kan läsas: ")
    for said in (
        "borta.jsonl (länken pekar på ",
        "fifo.jsonl (en FIFO, inte en vanlig fil)",
        "slinga.jsonl (länken går",
    ):
        assert said in odd
    assert "ny\\x0arad\\x1b[31m.jsonl (länken pekar på " in odd
    assert lines[-1] == "Alla överhoppade filer, med skäl: ut/skipped.tsv"
    assert not any("\x1b" in line or "\n" in line for line in lines)


def test_nothing_skipped_says_nothing():
    assert not [line for line in summary_lines(Summary(), Path("ut"), "") if "Hoppade" in line or "skäl" in line]


def test_skipped_tsv_lists_every_entry_with_its_reason_one_a_line(tmp_path):
    skipped = [Skipped(Path(f"in/{n}.docx"), UNSUPPORTED) for n in range(1000)]
    skipped.append(Skipped(Path("in/" + ODD_NAME), "länken pekar på /x\ty, som inte finns"))
    write_skipped(tmp_path, skipped)
    rows = (tmp_path / SKIPPED).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "sökväg\tskäl"
    assert len(rows) == 1002 and all(row.count("\t") == 1 for row in rows)
    assert rows[1] == f"in/0.docx\t{UNSUPPORTED}"
    assert rows[-1] == "in/ny\\x0arad\\x1b[31m.jsonl\tlänken pekar på /x\\x09y, som inte finns"


@needs_links
def test_a_run_writes_skipped_tsv(tmp_path, monkeypatch):
    """The run's folder had listed nothing skipped (manifest.json has only the inputs read)."""
    from klarlint.corpus.run import CorpusOptions, prepare, run_prepared

    folder = _hostile_folder(tmp_path)
    output = tmp_path / "ut"
    run = prepare([folder], output, CorpusOptions(in_flight=1))
    monkeypatch.setattr("klarlint.corpus.run._results", lambda *args: iter(()))  # no cluster: only the listing
    run_prepared(run, client=None, config=None)
    rows = (output / SKIPPED).read_text(encoding="utf-8").splitlines()
    assert len(rows) == 13 and f"{folder / 'fifo.jsonl'}\ten FIFO, inte en vanlig fil" in rows


# --- a JSON Lines file in UTF-16 or of binary data: refused once, before the run -----------------------------

HINT = "spara den som JSON Lines i UTF-8, ett JSON-objekt per rad"


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (PAGE.encode("utf-16"), "filen är UTF-16, inte UTF-8"),  # with its BOM
        (PAGE.encode("utf-16-be"), "filen ser ut att vara UTF-16 eller UTF-32, inte UTF-8"),  # no BOM
        (PAGE.encode("utf-32"), "filen är UTF-32, inte UTF-8"),
        (random.Random(1).randbytes(5000), "filen är binär, inte text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 4, "filen är binär eller inte UTF-8"),  # no NUL byte
    ],
)
def test_a_utf16_or_binary_jsonl_is_refused_once_before_a_cluster(data, said, tmp_path, monkeypatch, capsys):
    """A UTF-16 file had become error pages saying *byte 0x0A … inte giltig UTF-8*; 5,000 random bytes 29 pages."""
    path = tmp_path / "sidor.jsonl"
    path.write_bytes(data)
    err = refused_before_a_cluster(["corpus", str(path), "-o", str(tmp_path / "ut")], monkeypatch, capsys)
    assert err.startswith(f"klarlint: {path}: {said}")
    assert HINT in err and err.count("\n") == 1
    assert not (tmp_path / "ut").exists()


def test_a_gzipped_utf16_jsonl_is_refused_too(tmp_path):
    path = tmp_path / "sidor.jsonl.gz"
    path.write_bytes(gzip.compress(PAGE.encode("utf-16")))
    with pytest.raises(InputError, match="filen är UTF-16, inte UTF-8"):
        check_file(path)


@pytest.mark.parametrize(
    "data",
    [
        b"",  # an empty file: no pages, as before
        codecs.BOM_UTF8 + PAGE.encode(),  # Notepad's UTF-8 with a BOM: json reads it
        '{"url": "https://a.se/1", "text": "Ansökan"}\n'.encode("cp1252"),  # each line says it is not UTF-8
        b"\n\n" + PAGE.encode(),
        b'{"url": "https://a.se/1", "text": "' + "å".encode() * 3000 + b'"}\n',  # the head cuts an å in two
        # text: its first line is an error page, the rest are read (and the head cuts an å in two)
        b"inte json: " + "å".encode() * 3000 + b"\n" + PAGE.encode(),
    ],
)
def test_text_files_still_run_line_by_line(data, tmp_path):
    path = tmp_path / "sidor.jsonl"
    path.write_bytes(data)
    check_file(path)


# --- the last lines' numbers: thousands grouped, a decimal comma ---------------------------------------------


def test_the_last_lines_group_thousands_and_write_a_decimal_comma():
    """*Klart: 1481 sidor …, 10034 anmärkningar, 280798 ord på 82.1 s* had followed a progress line of *1 481 sidor*."""
    summary = Summary(pages=1481, errors=36, findings=10034, words=280798, seconds=82.1, resumed=1200)
    summary.total_pages, summary.total_batches = 241481, 1208
    summary.skipped["HTTP-status inte 200"] = 12000
    lines = summary_lines(summary, Path("ut"), "")
    nbsp = "\u00a0"
    assert lines[0] == (
        f"Klart: 1{nbsp}481 sidor (36 med fel), 10{nbsp}034 anmärkningar, 280{nbsp}798 ord på 82,1 s "
        f"(3{nbsp}420 ord/s); resultat i ut"
    )
    assert f"Hoppade över 1{nbsp}200 batchar som redan var skrivna" in lines[1]
    assert lines[1].endswith(f"totalt i ut: 241{nbsp}481 sidor i 1{nbsp}208 batchar")
    assert f"Hoppade över 12{nbsp}000 WARC-poster: HTTP-status inte 200" in lines


def test_small_numbers_are_written_as_before():
    lines = summary_lines(Summary(pages=7, errors=1, findings=3, words=120, seconds=2.0), Path("ut"), "")
    assert lines == ["Klart: 7 sidor (1 med fel), 3 anmärkningar, 120 ord på 2,0 s (60 ord/s); resultat i ut"]
