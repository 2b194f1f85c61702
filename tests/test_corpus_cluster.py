"""``klarlint corpus`` on a real local Dask cluster (a scheduler and two worker processes on 127.0.0.1).

The Parquet output must equal a single-process lint of the same pages through the
library's one lint path; a worker killed mid-run must lose and double nothing; a
resumed run writes only what is missing. The input readers are tested on JSON
Lines, Parquet and a WARC written with warcio.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

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
from klarlint.config import Config  # noqa: E402
from klarlint.corpus.pages import PageSource, input_files  # noqa: E402
from klarlint.corpus.run import CRASHED, CorpusOptions, read_output, run_corpus, written_batches  # noqa: E402
from klarlint.corpus.worker import CRASH_ENV  # noqa: E402
from klarlint.errors import KlarlintError  # noqa: E402
from klarlint.linter import lint_document  # noqa: E402
from klarlint.readers import read_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BATCH_SIZE = 4
EVIL_URL = 'https://evil.example/"><script>alert(1)</script>'


def _paragraphs() -> list[str]:
    texts = [(ROOT / "examples" / name).read_text(encoding="utf-8") for name in ("brev-fore.txt", "brev-efter.txt")]
    return [p.strip() for text in texts for p in text.split("\n\n") if len(p.split()) > 3]


def _pages() -> list[dict]:
    """About thirty small pages on three sites: plain text, Markdown and HTML."""
    paragraphs = _paragraphs()
    pages = [{"url": EVIL_URL, "site": "<b>ond</b>", "text": "Ansökan skall lämnas in. Den prövas av nämnden."}]
    for number in range(24):
        body = "\n\n".join(paragraphs[(number + k) % len(paragraphs)] for k in range(1 + number % 3))
        site = ("kommun-a.se", "kommun-b.se", "region-c.se")[number % 3]
        page = {"url": f"https://www.{site}/sida/{number}", "site": site}
        if number % 4 == 1:
            page["html"] = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>"
        else:
            page["text"] = body
            page["format"] = "markdown" if number % 4 == 2 else "text"
        pages.append(page)
    return pages


def _warc(path: Path, pages: list[dict]) -> None:
    """The pages as HTTP responses, with records that are not pages in between (a request, an image, a 404)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for page in pages:
            body = page.get("html") or page["text"]
            kind = "text/html; charset=utf-8" if "html" in page else "text/plain; charset=utf-8"
            request = io.BytesIO(b"GET / HTTP/1.1\r\nHost: example\r\n\r\n")
            writer.write_record(writer.create_warc_record(page["url"], "request", payload=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            payload = io.BytesIO(body.encode("utf-8"))
            writer.write_record(
                writer.create_warc_record(page["url"], "response", payload=payload, http_headers=headers)
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x.se/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
            )
        )
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x.se/borta", "response", payload=io.BytesIO(b"<p>x</p>"), http_headers=missing
            )
        )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    """The same kind of pages in all three formats; the JSON Lines file also has two broken records."""
    folder = tmp_path_factory.mktemp("korpus")
    pages = _pages()
    jsonl = folder / "a.jsonl"
    lines = [json.dumps(p, ensure_ascii=False) for p in pages[:10]]
    lines[3:3] = ["{inte json", json.dumps({"url": "https://www.kommun-a.se/tom"})]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parquet = folder / "b.parquet"
    columns = ("url", "site", "text", "html", "format")
    pq.write_table(pa.Table.from_pylist([{k: p.get(k) for k in columns} for p in pages[10:20]]), parquet)
    warc = folder / "c.warc.gz"
    _warc(warc, pages[20:])
    return [jsonl, parquet, warc]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from distributed import Client, LocalCluster

    trigger = tmp_path_factory.mktemp("krasch") / "trigger"
    mp = pytest.MonkeyPatch()
    mp.setenv(CRASH_ENV, str(trigger))  # before the workers start: they inherit it
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    with cluster, Client(cluster) as client:
        client.crash_trigger = trigger
        yield client
    mp.undo()


@pytest.fixture(scope="module")
def expected(inputs):
    """Each page linted in this process, one by one, through the library: (stats rows, finding rows)."""
    stats, findings = [], []
    for page in PageSource(input_files(inputs)).pages():
        if page.error:
            stats.append((page.index, page.url, page.site, 0, None, page.error))
            continue
        report = lint_document(read_text(page.text, page.fmt, page.url), Config())
        s = report.stats
        stats.append((page.index, page.url, page.site, s.words, (s.sentences, s.lix, s.ovix, s.nominal_ratio), None))
        findings.extend(
            (page.index, page.url, f.rule, f.severity.value, f.start, f.end, f.line, f.column, f.text, f.suggestion)
            for f in report.findings
        )
    return stats, sorted(findings, key=lambda row: (row[0], row[4], row[5], row[2]))


def _actual(output: Path):
    stats, findings = read_output(output)
    stat_rows = [
        (
            r["page"],
            r["url"],
            r["site"],
            r["words"],
            None if r["error"] else (r["sentences"], r["lix"], r["ovix"], r["nominal_ratio"]),
            r["error"],
        )
        for r in stats.to_pylist()
    ]
    finding_rows = [
        (
            r["page"],
            r["url"],
            r["rule"],
            r["severity"],
            r["start"],
            r["end"],
            r["line"],
            r["column"],
            r["text"],
            r["suggestion"],
        )
        for r in findings.to_pylist()
    ]
    return stat_rows, sorted(finding_rows, key=lambda row: (row[0], row[4], row[5], row[2]))


def _run(inputs, output, client, **options):
    return run_corpus(inputs, output, client, Config(), CorpusOptions(batch_size=BATCH_SIZE, **options))


# --- readers ----------------------------------------------------------------------------------------


def test_readers_give_every_page_in_order_with_broken_records_as_errors(inputs):
    source = PageSource(input_files(inputs))
    pages = list(source.pages())
    originals = _pages()
    assert [p.index for p in pages] == list(range(len(originals) + 2))
    assert [p.url for p in pages if not p.error] == [p["url"] for p in originals]
    broken = [p for p in pages if p.error]
    assert [p.index for p in broken] == [3, 4]
    assert "a.jsonl:4" in broken[0].error and "JSON" in broken[0].error
    assert "saknar text" in broken[1].error
    by_url = {p.url: p for p in pages}
    for original in originals:
        page = by_url[original["url"]]
        from_warc = page.index >= 22  # the WARC has no site or format fields: they come from the URL and HTTP
        assert page.text == (original.get("html") or original["text"])
        assert page.fmt == ("html" if "html" in original else "text" if from_warc else original.get("format", "text"))
        assert page.site == (urlsplit(page.url).hostname if from_warc else original["site"])
    assert dict(source.skipped) == {"inte HTML eller text": 1, "HTTP-status inte 200": 1}


def test_warc_page_site_comes_from_its_url_and_charset_from_its_header(tmp_path):
    path = tmp_path / "latin1.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=ISO-8859-1")], protocol="HTTP/1.1")
        payload = io.BytesIO("<p>Blankett för ansökan om bygglov</p>".encode("latin-1"))
        writer.write_record(
            writer.create_warc_record("https://www.Kommun.se/a", "response", payload=payload, http_headers=headers)
        )
    [page] = PageSource([path]).pages()
    assert (page.url, page.site, page.fmt, page.error) == ("https://www.Kommun.se/a", "www.kommun.se", "html", None)
    assert "Blankett för ansökan" in page.text


def test_gzipped_jsonl_and_unknown_inputs(tmp_path):
    path = tmp_path / "sidor.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"url": "https://a.se/", "text": "Hej."}) + "\n")
    assert [p.url for p in PageSource([path]).pages()] == ["https://a.se/"]
    (tmp_path / "x.csv").write_text("url,text\n", encoding="utf-8")
    with pytest.raises(KlarlintError, match="okänt korpusformat"):
        input_files([tmp_path / "x.csv"])
    with pytest.raises(KlarlintError, match="finns inte"):
        input_files([tmp_path / "saknas.jsonl"])


# --- the cluster ------------------------------------------------------------------------------------


def test_cluster_output_equals_single_process_lint(inputs, client, expected, tmp_path):
    assert len(client.scheduler_info()["workers"]) == 2
    summary = _run(inputs, tmp_path / "ut", client)
    stats, findings = _actual(tmp_path / "ut")
    assert stats == expected[0]
    assert findings == expected[1]
    assert len(findings) > 50  # the pages are far from plain: a run that lost findings would show
    assert summary.pages == len(stats) and summary.errors == 2 and summary.findings == len(findings)
    assert sorted(written_batches(tmp_path / "ut")) == list(range(-(-len(stats) // BATCH_SIZE)))
    assert json.loads((tmp_path / "ut" / "manifest.json").read_text(encoding="utf-8"))["complete"] is True


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(inputs, client, expected, tmp_path):
    trigger: Path = client.crash_trigger
    trigger.write_text("3", encoding="utf-8")  # the worker that starts batch 3 exits at once
    pids_before = set(client.run(_pid).values())
    _run(inputs, tmp_path / "ut", client)
    assert not trigger.exists() and trigger.with_name("trigger.fired").exists(), "no worker was killed"
    stats, findings = _actual(tmp_path / "ut")
    assert [row[0] for row in stats] == list(range(len(expected[0])))  # every page once
    assert stats == expected[0]
    assert findings == expected[1]
    assert set(client.run(_pid).values()) != pids_before  # the nanny started a new worker process


def _pid() -> int:
    import os

    return os.getpid()


def test_resume_writes_only_the_missing_batches(inputs, client, expected, tmp_path):
    output = tmp_path / "ut"
    _run(inputs, output, client)
    for batch in (1, 4):  # as if the run had stopped before these were written
        (output / "stats" / f"part-{batch:08d}.parquet").unlink()
    (output / "findings" / "part-00000004.parquet").unlink()
    summary = _run(inputs, output, client, resume=True)
    assert (summary.batches, summary.resumed) == (2, len(written_batches(output)) - 2)
    assert _actual(output) == expected
    with pytest.raises(KlarlintError, match="--resume"):
        _run(inputs, output, client)  # without --resume, nothing already there is overwritten
    with pytest.raises(KlarlintError, match="batch-size"):
        run_corpus(inputs, output, client, Config(), CorpusOptions(batch_size=7, resume=True))


def test_command_line_on_an_existing_cluster_then_the_report(inputs, client, tmp_path, capsys):
    address = client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    output = tmp_path / "ut"
    with pytest.raises(SystemExit) as exit_info:
        main(["corpus", *map(str, inputs), "-o", str(output), "--scheduler", address, "--batch-size", "6"])
    assert exit_info.value.code in (0, None)
    err = capsys.readouterr().err
    found = re.search(r"Klart: 27 sidor \(2 med fel\), (\d+) anmärkningar", err)
    assert found
    assert "Hoppade över 1 WARC-post: inte HTML eller text" in err  # singular (had been "1 WARC-poster")
    report = tmp_path / "rapport.html"
    with pytest.raises(SystemExit) as exit_info:
        main(["corpus-report", str(output), "-o", str(report), "--min-words", "20", "--top", "2"])
    assert exit_info.value.code in (0, None)
    page = report.read_text(encoding="utf-8")
    # every finding counted in the total, not only each site's --top rules shown in its section
    total = re.search(r"27 sidor på 8 webbplatser, [\d\u00a0]+ ord, ([\d\u00a0]+) anmärkningar", page)
    assert total and int(total[1].replace("\u00a0", "")) == int(found[1])
    assert len(re.findall(r"<tr><td>[a-z-]+</td><td class=\"n\">", page)) <= 2 * 8  # --top 2 rules per site
    assert page.count("<svg") >= 3
    for site in ("kommun-a.se", "kommun-b.se", "region-c.se"):
        assert site in page
    assert "<script" not in page and "<b>ond</b>" not in page
    assert "&lt;b&gt;ond&lt;/b&gt;" in page
    # The worst pages: linked, most findings per 1,000 words first, and never a stub under --min-words
    worst = re.findall(r'<a href="(https://www\.kommun-a\.se/sida/\d+)"', page)
    assert worst and len(worst) == len(set(worst))
    assert "evil.example" not in page  # its 8 words are under --min-words 20
    assert not re.search(r"""src\s*=\s*["']?(https?:)?//""", page)  # nothing is fetched: no CDN, no external files
    assert "<link" not in page and not re.search(r"url\(\s*['\"]?(https?:)?//", page) and "@import" not in page


def test_a_page_that_always_kills_its_worker_is_recorded_and_the_rest_of_its_batch_kept(
    inputs, client, expected, tmp_path
):
    scheduler = client.cluster.scheduler  # the local cluster's scheduler runs in this process
    trigger: Path = client.crash_trigger
    trigger.write_text("page 9", encoding="utf-8")  # batch 2 holds pages 8 to 11
    allowed = scheduler.allowed_failures
    scheduler.allowed_failures = 0  # give up on a task at its first dead worker: keeps the test short
    try:
        _run(inputs, tmp_path / "ut", client)
    finally:
        scheduler.allowed_failures = allowed
        trigger.unlink()
    stats, findings = _actual(tmp_path / "ut")
    page, url, site, *_ = expected[0][9]
    assert stats[9] == (page, url, site, 0, None, f"{url}: {CRASHED}")
    assert stats[:9] + stats[10:] == expected[0][:9] + expected[0][10:]
    assert findings == [row for row in expected[1] if row[0] != 9]


SWEDISH_PAGE = (
    "Du kan söka bidrag för att renovera ditt hus. Skicka ansökan till kommunen senast den 1 mars. "
    "Vi svarar dig inom fyra veckor."
)
ENGLISH_PAGE = (
    "You can apply for a grant to renovate your house. Send the application to the municipality by 1 March. "
    "We will answer you within four weeks."
)
ARABIC_PAGE = "يمكنك التقدم بطلب للحصول على منحة لتجديد منزلك. أرسل الطلب إلى البلدية قبل الأول من مارس."


def test_text_not_checked_is_named_in_the_statistics_the_summary_and_the_report(client, tmp_path, capsys):
    """A page in English or Arabic has no words and no findings; the output says why, as `klarlint check` does."""
    pages = [
        {"url": "https://www.kommun-a.se/sv", "text": SWEDISH_PAGE},
        {"url": "https://www.kommun-a.se/en", "text": ENGLISH_PAGE},
        {"url": "https://www.kommun-a.se/ar", "text": ARABIC_PAGE},
        {"url": "https://www.kommun-a.se/blandad", "text": SWEDISH_PAGE + "\n\n" + ENGLISH_PAGE},
        {"url": "https://www.kommun-a.se/tom"},  # no text: an error, in no language
    ]
    source = tmp_path / "sidor.jsonl"
    source.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in pages) + "\n", encoding="utf-8")
    output = tmp_path / "ut"
    with pytest.raises(SystemExit) as exit_info:
        # two pages a batch: the languages stand in three Parquet parts, which the report reads as one
        main(["corpus", str(source), "-o", str(output), "--scheduler", client.scheduler.address, "--batch-size", "2"])
    assert exit_info.value.code in (0, None)
    assert "Granskades inte: 2 sidor på andra språk och delar av 1 sida;" in capsys.readouterr().err
    stats, _ = read_output(output)
    rows = {r["url"].rsplit("/", 1)[1]: r for r in stats.to_pylist()}
    assert {name: row["language"] for name, row in rows.items()} == {
        "sv": "sv",
        "en": "en",
        "ar": "und-Arab",
        "blandad": "sv",
        "tom": None,
    }
    assert rows["sv"]["notices"] == [] and rows["sv"]["words"] > 0
    assert [n["code"] for n in rows["en"]["notices"]] == ["other-language"] and rows["en"]["words"] == 0
    assert rows["en"]["notices"][0]["message"].startswith("Texten är på engelska och har inte granskats")
    (mixed,) = rows["blandad"]["notices"]
    assert (mixed["code"], mixed["line"]) == ("other-language", 3) and "Text på engelska" in mixed["message"]
    assert json.loads((output / "manifest.json").read_text(encoding="utf-8"))["format"] == 2

    report = tmp_path / "rapport.html"
    with pytest.raises(SystemExit):
        main(["corpus-report", str(output), "-o", str(report)])
    page = report.read_text(encoding="utf-8")
    assert "Granskades inte: 2 sidor på andra språk (engelska 1, arabisk skrift 1) och delar av 1 sida." in page
    section = page[page.index("<h3>Text som inte granskades</h3>") :]
    assert "<p>2 sidor på andra språk (engelska 1, arabisk skrift 1) och delar av 1 sida.</p>" in section
    listed = re.findall(r'<tr><td><a href="https://www\.kommun-a\.se/(\w+)"', section)
    assert listed == ["en", "ar", "blandad"]  # in page order; the Swedish page had nothing to say

    # A run written before the output said what it skipped: the report tells, instead of failing or claiming all
    for part in (output / "stats").glob("part-*.parquet"):
        pq.write_table(pq.read_table(part).drop_columns(["language", "notices"]), part)
    main_report = tmp_path / "gammal.html"
    with pytest.raises(SystemExit):
        main(["corpus-report", str(output), "-o", str(main_report)])
    old = main_report.read_text(encoding="utf-8")
    assert "gjordes av en äldre version av klarlint" in old and "Text som inte granskades" not in old
    assert "All text på sidorna granskades" not in old


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["corpus", "saknas.jsonl", "-o", "ut"], "saknas.jsonl: filen eller mappen finns inte"),
        (["corpus", "sidor.csv", "-o", "ut"], "sidor.csv: okänt korpusformat"),
        (["corpus", "sidor.jsonl", "-o", "full"], "full: finns redan och är inte en tom mapp"),
        (["corpus", "sidor.jsonl", "-o", "ut", "--batch-size", "0"], "--batch-size ska vara minst 1"),
        (["corpus", "sidor.jsonl", "-o", "ut", "--workers", "0"], "--workers ska vara minst 1"),
        (["corpus", "sidor.jsonl", "-o", "ut", "--disable", "ingen-sadan-regel"], "okänd regel 'ingen-sadan-regel'"),
        (["corpus", "sidor.jsonl", "-o", "full", "--resume"], "full: ingen korpuskörning att fortsätta"),
        (["corpus-report", "full"], "full: ingen korpuskörning här"),
        # a run begun by a klarlint whose Parquet had other columns: one folder never holds two schemas
        (["corpus", "sidor.jsonl", "-o", "gammal", "--resume"], "gammal: körningen skrevs av en annan version"),
    ],
)
def test_bad_input_is_one_line_and_exit_2_before_any_cluster_starts(arguments, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sidor.csv").write_text("url,text\n", encoding="utf-8")
    (tmp_path / "sidor.jsonl").write_text('{"url": "https://a.se/", "text": "Hej."}\n', encoding="utf-8")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "viktig.txt").write_text("användarens fil\n", encoding="utf-8")
    (tmp_path / "gammal").mkdir()
    (tmp_path / "gammal" / "manifest.json").write_text('{"inputs": [], "batch_size": 200}', encoding="utf-8")

    err = refused_before_a_cluster(arguments, monkeypatch, capsys)
    assert err.count("\n") == 1 and message in err, err
    assert not (tmp_path / "ut").exists()
    assert sorted(p.name for p in (tmp_path / "full").iterdir()) == ["viktig.txt"]


def test_a_file_that_breaks_mid_stream_is_an_error_row_and_resume_gets_past_it(client, tmp_path):
    """A truncated .jsonl.gz had stopped the run (0 parts written), and --resume met the same wall every time."""
    pages = [json.dumps({"url": f"https://www.kommun-a.se/{n}", "text": SWEDISH_PAGE * 3}) for n in range(400)]
    data = gzip.compress("\n".join(pages).encode("utf-8"))
    broken = tmp_path / "avbruten.jsonl.gz"
    broken.write_bytes(data[: len(data) // 2])
    after = tmp_path / "efter.jsonl"
    after.write_text(json.dumps({"url": "https://www.kommun-b.se/", "text": SWEDISH_PAGE}) + "\n", encoding="utf-8")
    output = tmp_path / "ut"
    options = CorpusOptions(batch_size=50)
    summary = run_corpus([broken, after], output, client, Config(), options)
    stats, _ = read_output(output)
    errors = [r for r in stats.to_pylist() if r["error"]]
    assert [r["url"] for r in errors] == summary.broken and len(errors) == summary.errors == 1
    assert "filen tar slut mitt i" in errors[0]["error"]
    assert stats.column("url").to_pylist()[-1] == "https://www.kommun-b.se/"  # the run went on to the next file
    (output / "stats" / "part-00000001.parquet").unlink()
    resumed = run_corpus([broken, after], output, client, Config(), CorpusOptions(batch_size=50, resume=True))
    assert (resumed.batches, resumed.total_pages) == (1, stats.num_rows)  # the whole run, not only this part
    assert json.loads((output / "manifest.json").read_text(encoding="utf-8"))["complete"] is True


def test_a_failing_batch_stops_the_run_after_the_batches_in_flight_are_written(inputs, client, tmp_path):
    """The batches in flight had been thrown away when one batch failed."""
    trigger: Path = client.crash_trigger
    trigger.write_text("error 1", encoding="utf-8")  # batch 1 fails at once, as with a broken model
    try:
        with pytest.raises(KlarlintError, match="testfel i batch 1"):
            run_corpus(inputs, tmp_path / "ut", client, Config(), CorpusOptions(batch_size=2, retries=0, in_flight=4))
    finally:
        trigger.unlink()
    written = written_batches(tmp_path / "ut")
    assert {0, 2, 3} <= written and 1 not in written  # what was in flight when batch 1 failed
    assert written == set(range(max(written) + 1)) - {1}  # nothing submitted after the failure was waited for
