"""``klarlint corpus`` without a cluster: reading the inputs, checking them before a run, resuming, the report.

A national run must not be lost to one bad shard file, nor skip a file or a folder without a word, nor mix two
versions of its inputs or of klarlint in one output folder. Everything here runs in this process.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import socket
import time
from collections import Counter
from pathlib import Path

import pytest

if not os.environ.get("KLARLINT_REQUIRE_CORPUS"):  # CI sets it: there a missing extra fails, never skips
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    pytest.importorskip("warcio")
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from corpus_helpers import refused_before_a_cluster  # noqa: E402
from klarlint.cli import main  # noqa: E402
from klarlint.corpus.command import summary_lines  # noqa: E402
from klarlint.corpus.pages import UNSUPPORTED, Page, PageSource, Skipped, batched, check_file, find_inputs  # noqa: E402
from klarlint.corpus.run import (  # noqa: E402
    MANIFEST,
    CorpusOptions,
    Summary,
    _create_output,
    prepare,
)
from klarlint.corpus.worker import STATS_SCHEMA, table  # noqa: E402
from klarlint.errors import KlarlintError  # noqa: E402
from klarlint.linter import lint

TEXT = "Ansökan ska lämnas in av den sökande. Nämnden fattar beslut inom fyra veckor."


def _jsonl(path: Path, count: int, prefix: str = "https://a.se/") -> list[bytes]:
    lines = [json.dumps({"url": f"{prefix}{n}", "text": TEXT}).encode() for n in range(count)]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return lines


# --- 1. a broken file: refused before the run when its head is bad, kept up to the break when it breaks later ---


def test_a_truncated_gzip_keeps_its_pages_before_the_break_and_says_where(tmp_path):
    """A crawl cut off mid-write: the run had stopped (rc 2, 0 parts), and --resume could never get past it."""
    body = b"\n".join(json.dumps({"url": f"https://a.se/{n}", "text": TEXT * 20}).encode() for n in range(200))
    data = gzip.compress(body)
    broken = tmp_path / "avbruten.jsonl.gz"
    broken.write_bytes(data[: len(data) // 2])
    after = tmp_path / "efter.jsonl"
    _jsonl(after, 2, "https://b.se/")
    check_file(broken)  # its head is fine: the break shows only later
    source = PageSource([broken, after])
    pages = list(source.pages())
    good = [p for p in pages if p.error is None]
    [bad] = [p for p in pages if p.error]
    assert 0 < len(good) - 2 < 200 and [p.url for p in good[-2:]] == ["https://b.se/0", "https://b.se/1"]
    assert pages.index(bad) == len(good) - 2  # in its place: after the file's last page, before the next file
    assert bad.url == f"{broken}:{len(good) - 1}" and source.broken == [bad.url]
    assert "filen tar slut mitt i" in bad.error and "sidorna före granskades" in bad.error
    assert "Compressed" not in bad.error  # the reason in Swedish


def _warc_bytes(pages: list[tuple[str, bytes, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, body, content_type in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def test_a_warc_with_a_corrupt_record_keeps_the_records_before_it(tmp_path):
    html = "text/html; charset=utf-8"
    first = _warc_bytes([("https://a.se/1", f"<p>{TEXT}</p>".encode(), html)])
    path = tmp_path / "krypterad.warc"
    path.write_bytes(first + b"no record header\r\n\r\n" + os.urandom(200))
    source = PageSource([path])
    pages = list(source.pages())
    assert [p.url for p in pages if not p.error] == ["https://a.se/1"]
    assert pages[-1].url == f"{path}:post 2" and "inte en WARC-fil, eller en skadad post" in pages[-1].error


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("utan-url.parquet", None, "Parquet-filen ska ha kolumnerna url och text eller html"),
        ("trasig.parquet", b"PAR1 inte parquet", "kan inte läsas (inte en Parquet-fil, eller skadad)"),
        ("inte-gzip.jsonl.gz", b'{"url": "https://a.se/"}\n', "kan inte läsas (inte en gzip-fil)"),
        ("skrap.warc.gz", b"\x1f\x8b" + os.urandom(300), "kan inte läsas (inte en WARC-fil, eller en skadad post)"),
        # garbage that warcio reads as an old ARC record's header (os.urandom gave such bytes once in a hundred runs,
        # and the cluster started): seed 20 gives them every time
        (
            "arc.warc.gz",
            b"\x1f\x8b" + random.Random(20).randbytes(300),
            "kan inte läsas (inte en WARC-fil, eller en skadad post)",
        ),
    ],
)
def test_a_file_that_cannot_be_read_at_all_stops_the_run_before_a_cluster_starts(
    name, content, said, tmp_path, monkeypatch, capsys
):
    """A Parquet file without a url column had stopped the run after the cluster started, losing batches in flight."""
    monkeypatch.chdir(tmp_path)
    _jsonl(tmp_path / "sidor.jsonl", 3)
    if content is None:
        pq.write_table(pa.table({"address": ["https://a.se/"], "text": ["Hej."]}), tmp_path / name)
    else:
        (tmp_path / name).write_bytes(content)

    err = refused_before_a_cluster(["corpus", "sidor.jsonl", name, "-o", "ut"], monkeypatch, capsys)
    assert err == f"klarlint: {name}: {said}\n"
    assert not (tmp_path / "ut").exists()


def test_broken_json_and_bytes_are_said_in_swedish(tmp_path):
    path = tmp_path / "sidor.jsonl"
    path.write_bytes(b'{this is not json\n{"url": "https://a.se/\xf6", "text": "x"}\n')
    first, second = (p.error for p in PageSource([path]).pages())
    assert first == f"{path}:1: raden är inte giltig JSON (fel vid tecken 2)"
    assert second == f"{path}:2: raden är inte giltig UTF-8 (byte 0xF6 vid byte 23)"


# --- 2. folders: symbolic links followed, other files named --------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_folder_follows_linked_folders_once_and_names_what_it_skips(tmp_path):
    """A county's folder of links to each municipality's crawl had lost them all, and .html files went unsaid."""
    municipality = tmp_path / "kommun-b"
    municipality.mkdir()
    _jsonl(municipality / "b.jsonl", 1)
    county = tmp_path / "lan"
    county.mkdir()
    _jsonl(county / "egen.jsonl", 1)
    (county / "kommun-b").symlink_to(municipality, target_is_directory=True)
    (municipality / "tillbaka").symlink_to(county, target_is_directory=True)  # a loop: must end
    (county / "sida.html").write_text("<p>Hej</p>", encoding="utf-8")
    (county / "borta.jsonl").symlink_to(tmp_path / "finns-inte.jsonl")
    found = find_inputs([county])
    assert found.files == [county / "egen.jsonl", county / "kommun-b" / "b.jsonl"]
    assert found.ignored == [county / "borta.jsonl", county / "sida.html"]


def test_the_summary_names_skipped_files_and_broken_ones_and_counts_a_resumed_run_whole():
    summary = Summary(pages=180, batches=6, resumed=2, total_pages=240, total_batches=8)
    summary.skipped = Counter({"inte HTML eller text": 1, "HTTP-status inte 200": 3})
    summary.ignored = [Skipped(Path(f"in/{n}.html"), UNSUPPORTED) for n in range(7)]
    summary.broken = ["in/a.jsonl.gz:93"]
    lines = summary_lines(summary, Path("ut"), "")
    assert lines[0].startswith("Klart: 180 sidor")
    assert "Hoppade över 2 batchar som redan var skrivna (--resume); totalt i ut: 240 sidor i 8 batchar" in lines
    assert "Hoppade över 1 WARC-post: inte HTML eller text" in lines
    assert "Hoppade över 3 WARC-poster: HTTP-status inte 200" in lines
    assert (
        "1 fil kunde inte läsas till slut; sidorna före granskades och var det tog stopp står som fel i statistiken: "
        "in/a.jsonl.gz:93" in lines
    )
    assert (
        "Hoppade över 7 filer i indatamapparna som inte är JSON Lines, Parquet eller WARC (7 .html); granska "
        "dokument med klarlint check" in lines
    )
    assert lines[-1] == "Alla överhoppade filer, med skäl: ut/skipped.tsv"


# --- 3. batches bounded by text as well as by pages ----------------------------------------------------------


def test_batches_are_cut_by_text_as_well_as_by_pages():
    """100 pages of 2 MB at the default 200 pages had gone as one 200 MB batch (1.38 GB of RSS)."""
    pages = [Page(n, f"https://a.se/{n}", "a.se", "x" * size) for n, size in enumerate([3, 3, 3, 9, 1, 1, 1, 1])]
    cut = [[p.index for p in batch.pages] for batch in batched(pages, 3, chars=6)]
    assert cut == [[0, 1], [2], [3], [4, 5, 6], [7]]  # a page over the limit goes alone
    assert [[p.index for p in b.pages] for b in batched(pages, 3)] == [[0, 1, 2], [3, 4, 5], [6, 7]]


# --- 4 and 6. --resume refuses changed inputs and another klarlint --------------------------------------------


def _begun(tmp_path: Path, inputs: list[Path]) -> Path:
    output = tmp_path / "ut"
    run = prepare(inputs, output, CorpusOptions(batch_size=2))
    assert run.manifest is not None
    _create_output(output, run.manifest)
    return output


def test_resume_refuses_an_input_changed_at_the_same_size(tmp_path):
    path = tmp_path / "sidor.jsonl"
    _jsonl(path, 4, "https://regeringen.se/")
    output = _begun(tmp_path, [path])
    prepare([path], output, CorpusOptions(batch_size=2, resume=True))  # unchanged: accepted
    path.write_bytes(path.read_bytes().replace(b"regeringen", b"REGERINGEN"))
    with pytest.raises(KlarlintError, match="sidor.jsonl har ändrats sedan körningen började"):
        prepare([path], output, CorpusOptions(batch_size=2, resume=True))
    # The same bytes written again (a copy of the crawl): the modification time says it is another file
    stat = path.stat()
    path.write_bytes(path.read_bytes().replace(b"REGERINGEN", b"regeringen"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    with pytest.raises(KlarlintError, match="har ändrats"):
        prepare([path], output, CorpusOptions(batch_size=2, resume=True))


def test_the_manifest_records_klarlint_and_resume_refuses_another(tmp_path):
    from klarlint import __version__

    path = tmp_path / "sidor.jsonl"
    _jsonl(path, 4)
    output = _begun(tmp_path, [path])
    manifest = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    recorded = manifest["klarlint"]
    assert recorded["version"] == __version__ and len(recorded["code"]) == len(recorded["rules"]) == 64
    with pytest.raises(KlarlintError, match="andra regler eller inställningar"):
        from klarlint.config import Config

        prepare([path], output, CorpusOptions(batch_size=2, resume=True), Config(disable=frozenset({"jargon"})))
    for changed, said in (
        ({**recorded, "version": "0.0.1"}, "körningen började med klarlint 0.0.1"),
        ({**recorded, "code": "0" * 64}, "koden eller ordlistorna har ändrats"),
        (None, "en äldre klarlint"),
    ):
        manifest["klarlint"] = changed
        (output / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        with pytest.raises(KlarlintError, match=said):
            prepare([path], output, CorpusOptions(batch_size=2, resume=True))


# --- 5. a WARC page whose charset is named wrongly -------------------------------------------------------------


def test_a_wrongly_named_charset_falls_back_to_the_files_guess(tmp_path):
    """cp1252 bytes said to be utf-8 had become N\ufffdmnden: 20 "words" and 1 finding instead of 14 and 3."""
    body = f"<p>{TEXT}</p>".encode("cp1252")
    utf8 = f"<p>{TEXT} Vi svarar på ärendet.</p>".encode()
    path = tmp_path / "crawl.warc"
    path.write_bytes(
        _warc_bytes(
            [
                ("https://a.se/fel", body, "text/html; charset=utf-8"),
                ("https://a.se/ratt", utf8, "text/html; charset=utf-8"),
                ("https://a.se/latin", body, "text/html; charset=ISO-8859-1"),
            ]
        )
    )
    wrong, right, latin = PageSource([path]).pages()
    assert wrong.text == latin.text == f"<p>{TEXT}</p>"
    assert right.text == utf8.decode()


# --- 8. empty pages and pages with NUL: what `klarlint check` says of the same text ------------------------


@pytest.mark.parametrize(
    ("text", "page_says", "file_says"),
    [
        ("", "sidan är tom", None),
        ("   \n\n  ", "sidan är tom", None),
        ("Text med \x00 NUL.", "sidan ser ut att vara binär", "filen ser ut att vara binär"),
    ],
)
def test_an_empty_or_binary_page_is_an_error(text, page_says, file_says, tmp_path):
    """An empty crawled page (a soft 404) had counted as a checked Swedish page; a page with NUL had been linted. A
    file with NUL is refused as the page is; an empty file is an empty document (a placeholder in a repository)."""
    path = tmp_path / "sida.txt"
    path.write_text(text, encoding="utf-8")
    error = lint(path).files[0].error
    assert (file_says in (error or "")) if file_says else error is None
    jsonl = tmp_path / "sidor.jsonl"
    jsonl.write_text(json.dumps({"url": "https://a.se/s", "text": text}) + "\n", encoding="utf-8")
    [page] = PageSource([jsonl]).pages()
    assert page.error == f"https://a.se/s: {page_says}" + (", inte text" if "binär" in page_says else "")


# --- 7. the report names the pages that could not be checked --------------------------------------------------


def test_the_report_lists_the_pages_that_could_not_be_checked_and_why(tmp_path):
    rows = []
    for n in range(5):
        error = f"sidor.jsonl:{n + 1}: raden är inte giltig JSON (fel vid tecken 2)" if n < 3 else None
        rows.append(
            {"page": n, "batch": 0, "url": f"https://a.se/{n}", "site": "a.se", "words": 0 if error else 300}
            | {"lix": None if error else 40.0, "findings_per_1000_words": None if error else 3.0, "error": error}
            | {"language": None if error else "sv", "notices": [], "findings": 0}
        )
    output = tmp_path / "ut"
    (output / "stats").mkdir(parents=True)
    (output / "findings").mkdir()
    pq.write_table(table(rows, STATS_SCHEMA), output / "stats" / "part-00000000.parquet")
    (output / MANIFEST).write_text('{"complete": true}', encoding="utf-8")
    report = tmp_path / "rapport.html"
    with pytest.raises(SystemExit):
        main(["corpus-report", str(output), "-o", str(report), "--top", "2"])
    page = report.read_text(encoding="utf-8")
    section = page[page.index("<h3>Sidor som inte kunde granskas</h3>") :]
    assert "<p>3 sidor kunde inte granskas. De första 2:</p>" in section
    assert section.count("raden är inte giltig JSON (fel vid tecken 2)") == 2
    assert '<a href="https://a.se/0"' in section and '<a href="https://a.se/1"' in section


# --- 9. smaller things -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["corpus", "-o", "ut"], "inga indatafiler angivna (ange JSON Lines-, Parquet- eller WARC-filer"),
        (["corpus-report"], "ange mappen som klarlint corpus skrev"),
        (["corpus-report", "ut", "--min-words", "-1"], "--min-words kan inte vara negativt (fick -1)"),
        (["corpus-report", "ut", "--top", "0"], "--top ska vara minst 1 (fick 0)"),
        # the output folder is checked before a cluster starts (-o /proc/klar had failed ten seconds later)
        (["corpus", "sidor.jsonl", "-o", "fil/ut"], "fil/ut: mappen kan inte skapas eller skrivas"),
    ],
)
def test_usage_errors_are_said_before_anything_starts(arguments, said, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _jsonl(tmp_path / "sidor.jsonl", 1)
    (tmp_path / "fil").write_text("en fil, ingen mapp\n", encoding="utf-8")

    err = refused_before_a_cluster(arguments, monkeypatch, capsys)
    assert err.count("\n") == 1 and said in err, err
    assert not (tmp_path / "ut").exists()


def test_a_scheduler_that_refuses_the_connection_is_said_at_once():
    """Nothing listening had taken the whole 20-second timeout to say."""
    from klarlint.corpus.cluster import connect

    with socket.socket() as probe:  # a port nothing listens on: bound, never listening
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(KlarlintError, match="anslutningen nekades"), connect(address):
            pass
    assert time.monotonic() - started < 5
