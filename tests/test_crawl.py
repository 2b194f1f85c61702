"""klarlint crawl: a generated site on 127.0.0.1, served from the test itself (never any other address)."""

from __future__ import annotations

import contextlib
import gzip
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fpdf import FPDF

from klarlint.crawl import CrawlOptions, crawl_site
from klarlint.runner import RunOptions
from site_server import Route, page, serve, stop
from test_cli import klarlint

PASSIVE_TEXT = "<p>Ansökan skall behandlas av nämnden inom fyra veckor efter att den har lämnats in.</p>"


def _pdf(text: str) -> bytes:
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=12)
    document.multi_cell(0, 6, text)
    return bytes(document.output())


def _routes(site) -> dict[str, Route]:
    base = site.base
    robots = f"User-agent: *\nDisallow: /hemligt/\nSitemap: {base}/sitemap_index.xml\n"
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/sitemap-1.xml</loc></sitemap></sitemapindex>"
    )
    urlset = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{base}/om-oss</loc></url></urlset>"
    )
    start_links = [
        ("/a", "A"),
        ("/hemligt/x", "Hemligt"),
        ("/gammal", "Gammal"),
        ("/saknas", "Saknas"),
        ("/langsam", "Långsam"),
        ("/bild.png", "Bild"),
        ("/data.json", "Data"),
        ("/rapport.pdf", "Rapport"),
        ("http://example.com/", "Extern"),
        ("mailto:info@example.com", "E-post"),
        ("#toppen", "Till toppen"),
    ]
    return {
        "/robots.txt": Route(robots.encode(), "text/plain"),
        "/sitemap_index.xml": Route(index.encode(), "application/xml"),
        "/sitemap-1.xml": Route(urlset.encode(), "application/xml"),
        "/": Route(page("Start", "<p>Välkommen till oss.</p>", start_links)),
        "/a": Route(page("A", PASSIVE_TEXT, [("/", "Start"), ("/b", "B")])),
        "/b": Route(page("B", "<p>Här skall du läsa.</p>", [("/a", "A"), ("/b#igen", "B igen")])),
        "/om-oss": Route(page("Om oss", "<p>Vi är en kommun.</p>")),
        "/hemligt/x": Route(page("Hemligt", PASSIVE_TEXT)),
        "/gammal": Route(status=301, location="/ny"),
        "/ny": Route(page("Ny", "<p>Beslutet skall fattas i dag.</p>")),
        "/langsam": Route(page("Långsam", PASSIVE_TEXT), delay=1.5),
        "/bild.png": Route(b"\x89PNG\r\n\x1a\nxxxx", "image/png"),
        "/data.json": Route(b'{"a": 1}', "application/json"),
        "/rapport.pdf": Route(_pdf("Rapporten skall läsas av alla. Den har skrivits av nämnden."), "application/pdf"),
    }


@pytest.fixture
def site():
    served = serve(_routes)
    yield served
    stop(served)


def _crawl(site, cache: Path, jobs: int = 1, **changes):
    settings = {"timeout": 0.5, "retries": 1, "backoff": 0.05, **changes}
    headers = (("Cookie", "session=zq-7731"), ("X-Klarlint-Test", "ja"))
    options = CrawlOptions(start=site.base + "/", headers=headers, **settings)
    return crawl_site(options, RunOptions(jobs=jobs), cache_dir=cache, progress=False)


def test_crawl_follows_sitemaps_and_links_and_respects_robots(site, tmp_path: Path) -> None:
    result = _crawl(site, tmp_path / "cache")
    base = site.base
    files = {r.path: r for r in result.report.files}
    linted = sorted(path for path, r in files.items() if not r.error and not r.skipped)
    assert linted == sorted(f"{base}{p}" for p in ["/", "/a", "/b", "/om-oss", "/ny", "/rapport.pdf"])
    # What was not read is named with its reason (the report had given counts only); pictures and data are not.
    skipped = {path.removeprefix(base): r.notices[0].message for path, r in files.items() if r.skipped}
    assert skipped == {
        "/hemligt/x": "robots.txt tillåter inte att sidan hämtas",
        # a link that redirects is told, information only (session 48)
        "/gammal": f"leder vidare till {base}/ny (301); uppdatera länken (länkas från {base}/)",
    }
    from klarlint.reporters import html_report

    shown = html_report.render(result.report, tmp_path / "rapport.html")
    assert f"{base}/hemligt/x" in shown and "robots.txt tillåter inte att sidan hämtas" in shown
    # The 404 and the page that answers too slowly are errors; nothing else is.
    errors = {path: r.error for path, r in files.items() if r.error}
    assert set(errors) == {f"{base}/saknas", f"{base}/langsam"}
    assert "404" in errors[f"{base}/saknas"]
    assert "svarade inte inom 0.5 sekunder (försökte 2 gånger)" in errors[f"{base}/langsam"]
    assert site.paths().count("/langsam") == 2  # one retry
    # robots.txt: the disallowed page was never requested; neither was any other site.
    assert "/hemligt/x" not in site.paths()
    assert result.counts.robots == 1
    assert all(not p.startswith("http") for p in site.paths())
    # The redirect was followed to its target, which is linted under its own address.
    assert site.statuses("/gammal") == [301]
    assert [f.rule for f in files[f"{base}/ny"].findings].count("skall") == 1
    # Not HTML or PDF: fetched, counted, not linted.
    assert result.counts.not_text == 2
    # The link loop (/a ↔ /b, /b#igen) fetched each page once.
    assert site.paths().count("/a") == 1 and site.paths().count("/b") == 1
    # Findings point at the page's URL; the PDF's at its page and line.
    [pdf_skall] = [f for f in files[f"{base}/rapport.pdf"].findings if f.rule == "skall"]
    assert pdf_skall.location is not None and (pdf_skall.location.page, pdf_skall.location.paragraph) == (1, 1)
    # Every request carried the extra headers.
    with site.lock:
        assert all(
            h.get("Cookie") == "session=zq-7731" and h.get("X-Klarlint-Test") == "ja" for _, h, _ in site.requests
        )


def test_second_run_gets_304s_and_relints_nothing(site, tmp_path: Path) -> None:
    first = _crawl(site, tmp_path / "cache")
    assert first.linted == 6 and first.reused == 0
    count = len(site.requests)
    second = _crawl(site, tmp_path / "cache")
    assert second.linted == 0 and second.reused == 6
    with site.lock:
        again = site.requests[count:]
    conditional = [(p, s) for p, h, s in again if "If-None-Match" in h]
    assert sorted(p for p, _ in conditional) == sorted(["/", "/a", "/b", "/om-oss", "/ny", "/rapport.pdf"])
    assert {s for _, s in conditional} == {304}
    assert [r.path for r in second.report.files] == [r.path for r in first.report.files]
    assert [f.to_json() for f in second.report.findings] == [f.to_json() for f in first.report.findings]
    # A page that changes is linted again; the others still come from the cache.
    site.routes["/b"] = Route(page("B", "<p>Nu skall vi skall skriva om.</p>"))
    third = _crawl(site, tmp_path / "cache")
    assert third.linted == 1 and third.reused == 5
    b = next(r for r in third.report.files if r.path.endswith("/b"))
    assert [f.rule for f in b.findings].count("skall") == 2


def test_the_cache_is_kept_apart_per_set_of_request_headers(site, tmp_path: Path) -> None:
    # A staging site seen with another cookie (another login) may show other pages: nothing is reused
    # across header sets, and the header values (secrets) are never written to the cache.
    cache = tmp_path / "cache"
    assert _crawl(site, cache).linted == 6
    other = CrawlOptions(start=site.base + "/", headers=(("Cookie", "session=zq-9902"),), timeout=0.5, retries=1)
    again = crawl_site(other, RunOptions(jobs=1), cache_dir=cache, progress=False)
    assert again.linted == 6 and again.reused == 0
    assert _crawl(site, cache).reused == 6  # the first set's entries are still there
    stored = b"".join(path.read_bytes() for path in cache.rglob("*.json"))
    assert b"zq-7731" not in stored and b"zq-9902" not in stored


def test_a_start_page_that_redirects_off_site_is_an_error(site, tmp_path: Path) -> None:
    port = site.base.rsplit(":", 1)[1]
    site.routes["/ut"] = Route(status=302, location=f"http://localhost:{port}/")  # another host name
    options = CrawlOptions(start=site.base + "/ut", timeout=2, sitemap=False)
    result = crawl_site(options, RunOptions(jobs=1), use_cache=False, progress=False)
    [report] = result.report.files
    assert "omdirigeras till http://localhost:" in (report.error or "")
    assert site.paths().count("/") == 0  # the target was never fetched


def test_retries_after_503_and_keeps_to_the_rate(site, tmp_path: Path) -> None:
    site.routes["/a"] = Route(page("A", PASSIVE_TEXT, [("/b", "B")]), fail_first=2)
    result = _crawl(site, tmp_path / "cache", retries=2, rate=20.0, concurrency=4)
    assert site.statuses("/a") == [503, 503, 200]
    assert not next(r for r in result.report.files if r.path.endswith("/a")).error
    with site.lock:
        times = sorted(site.times)
    # 20 requests per second: the requests cannot have arrived faster than that (a lower bound; load only adds).
    assert len(times) > 10 and (times[-1] - times[0]) >= (len(times) - 1) / 20 * 0.9


def test_jobs_2_lints_in_workers_with_the_same_result(site, tmp_path: Path) -> None:
    one = _crawl(site, tmp_path / "c1")
    two = _crawl(site, tmp_path / "c2", jobs=2)
    assert [r.to_json() for r in two.report.files] == [r.to_json() for r in one.report.files]
    assert two.linted == 6


def test_limits_depth_and_patterns(site, tmp_path: Path) -> None:
    result = _crawl(site, tmp_path / "c1", max_depth=0, exclude=(r"/om-oss",))
    assert sorted(r.path.removeprefix(site.base) for r in result.report.files) == ["/"]
    result = _crawl(site, tmp_path / "c2", max_pages=2)
    assert len([r for r in result.report.files if not r.skipped]) == 2 and result.counts.limited > 0
    result = _crawl(site, tmp_path / "c3", include=(r"/[ab]$",))
    assert sorted(r.path.removeprefix(site.base) for r in result.report.files) == ["/a", "/b"]


def test_cli_crawl_json_report_and_exit_code(site, tmp_path: Path) -> None:
    result = klarlint(
        "crawl",
        site.base + "/",
        "--format",
        "json",
        "--cache",
        str(tmp_path / "cache"),
        "--timeout",
        "0.5",
        "--retries",
        "0",
        "--exclude",
        "langsam|saknas",
        "--report",
        str(tmp_path / "rapport.html"),
        "-H",
        "Cookie: a=b",
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    paths = [f["path"] for f in data["files"]]
    assert f"{site.base}/a" in paths and all(p.startswith(site.base) for p in paths)
    assert "sidor granskade" in result.stderr
    assert "Granskar webbplatsen" not in result.stderr  # no progress bar when stderr is not a terminal
    assert f'href="{site.base}/a' in (tmp_path / "rapport.html").read_text(encoding="utf-8")


def test_cli_crawl_bad_input_is_one_line(tmp_path: Path) -> None:
    for args in (
        ["ftp://127.0.0.1/"],
        ["http://127.0.0.1:9/", "--header", "utan kolon"],
        ["http://127.0.0.1:9/", "--include", "("],
        # these had been taken (nan, inf, -1) or failed with httpx's English
        ["http://"],
        ["http://127.0.0.1:9/", "--timeout", "nan"],
        ["http://127.0.0.1:9/", "--timeout", "inf"],
        ["http://127.0.0.1:9/", "--max-depth", "-1"],
    ):
        result = klarlint("crawl", *args, "--no-cache", cwd=tmp_path)
        assert result.returncode == 2
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("klarlint: ") and "missing" not in line and "NaN" not in line, line


def test_a_page_sent_a_byte_at_a_time_times_out_as_a_whole(tmp_path: Path) -> None:
    # httpx's timeout restarts with every chunk: a byte a second had held the crawl for ever
    body = page("Start", "<p>" + "Här skall du läsa. " * 20 + "</p>")
    served = serve(lambda site: {"/": Route(body, trickle=0.05)})
    try:
        started = time.monotonic()
        result = crawl_site(
            CrawlOptions(start=served.base + "/", timeout=1, retries=0), RunOptions(jobs=1), use_cache=False
        )
        elapsed = time.monotonic() - started
    finally:
        stop(served)
    [report] = result.report.files
    assert "svarade inte inom 1 sekunder" in (report.error or "") and elapsed < 10


class _FanningSitemaps(dict):
    """/karta/N.xml: a sitemap index of 15 more indexes, at any depth (a site whose maps fan out)."""

    def __init__(self, site) -> None:
        super().__init__({"/": Route(page("Start", "<p>Här skall du läsa.</p>"))})
        self.base = site.base
        self["/robots.txt"] = Route(f"User-agent: *\nSitemap: {site.base}/karta/0.xml\n".encode(), "text/plain")
        gzipped = gzip.compress(_urlset(site.base, "/bara-i-gz-kartan"))
        self["/sitemap.xml"] = Route(gzipped, "application/gzip")
        self["/bara-i-gz-kartan"] = Route(page("Gz", "<p>Här skall du också läsa.</p>"))

    def get(self, path, default=None):
        if path.startswith("/karta/"):
            number = path.removeprefix("/karta/").removesuffix(".xml")
            children = "".join(f"<sitemap><loc>{self.base}/karta/{number}-{i}.xml</loc></sitemap>" for i in range(15))
            body = f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
            return Route(body.encode(), "application/xml")
        return super().get(path, default)


def _urlset(base: str, *paths: str) -> bytes:
    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path in paths)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def test_sitemaps_are_read_once_each_and_at_most_a_hundred(tmp_path: Path) -> None:
    # indexes of indexes had fanned out to 3,616 requests before three pages were linted
    served = serve(_FanningSitemaps)
    try:
        options = CrawlOptions(start=served.base + "/", timeout=2, retries=0, max_pages=3)
        result = crawl_site(options, RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    maps = [p for p in served.paths() if p.startswith("/karta/")]
    assert len(maps) <= 100 and len(maps) == len(set(maps))
    notes = [note for note in result.notes if "webbplatskartor lästes inte" in note]
    assert notes and ("fler än 100 kartor" in notes[0] or "--max-pages" in notes[0])


def test_a_gzipped_sitemap_is_read(tmp_path: Path) -> None:
    # sitemap.xml.gz had been "not valid XML", and a page only it lists was never crawled
    served = serve(lambda site: {**_FanningSitemaps(site), "/robots.txt": Route(b"User-agent: *\n", "text/plain")})
    try:
        result = crawl_site(CrawlOptions(start=served.base + "/", timeout=2), RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    assert served.base + "/bara-i-gz-kartan" in {r.path for r in result.report.files}


def _robots_site(robots: Route, **more: Route):
    links = [("/sida", "Sida"), ("/sida?print=1", "Skriv ut"), ("/privat/hemlig", "Privat")]
    return serve(
        lambda site: {
            "/": Route(page("Start", "<p>Här skall du läsa.</p>", links)),
            "/sida": Route(page("Sida", "<p>Här skall du läsa mer.</p>")),
            "/sida?print=1": Route(page("Sida", "<p>Här skall du läsa mer.</p>")),
            "/privat/hemlig": Route(page("Hemlig", "<p>Hemligt.</p>")),
            "/robots.txt": robots,
            **more,
        }
    )


@pytest.mark.parametrize(
    ("robots", "more", "fetched"),
    [
        # the longest rule wins, wildcards count (RFC 9309): the standard library's parser took the first match
        (Route(b"User-agent: *\nAllow: /\nDisallow: /privat/\nDisallow: /*?print=\n", "text/plain"), {}, {"/sida"}),
        # a robots.txt that redirects is followed on the site
        (
            Route(status=301, location="/regler.txt"),
            {"/regler.txt": Route(b"User-agent: *\nDisallow: /privat/\nDisallow: /sida\n", "text/plain")},
            set(),
        ),
        # 404: no robots.txt, everything is allowed
        (Route(b"", status=404), {}, {"/sida", "/sida?print=1", "/privat/hemlig"}),
    ],
)
def test_robots_txt_is_read_as_rfc_9309_says(robots: Route, more: dict, fetched: set) -> None:
    served = _robots_site(robots, **more)
    try:
        crawl_site(CrawlOptions(start=served.base + "/", timeout=2, retries=0), RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    pages = {p for p in served.paths() if p not in ("/", "/robots.txt", "/regler.txt", "/sitemap.xml")}
    assert pages == fetched


def test_a_robots_txt_the_server_cannot_give_allows_nothing_and_says_so() -> None:
    # 503: RFC 9309 says assume complete disallow (it had been read as "everything allowed")
    served = _robots_site(Route(b"", status=503))
    try:
        result = crawl_site(
            CrawlOptions(start=served.base + "/", timeout=2, retries=0), RunOptions(jobs=1), use_cache=False
        )
    finally:
        stop(served)
    assert [p for p in served.paths() if p != "/robots.txt"] == []
    assert any("--ignore-robots" in (r.error or "") for r in result.report.files)


def test_pages_left_out_by_max_pages_are_counted_once_each() -> None:
    # the count had gone up once per link: 37 "left out" where 22 addresses were
    links = [("/a", "A"), ("/b", "B"), ("/c", "C")]
    served = serve(
        lambda site: {
            "/": Route(page("Start", "<p>Här skall du läsa.</p>", links)),
            "/a": Route(page("A", "<p>Här skall du läsa.</p>", links)),
        }
    )
    try:
        options = CrawlOptions(start=served.base + "/", timeout=2, max_pages=2, sitemap=False)
        result = crawl_site(options, RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    assert result.counts.limited == 2  # /b and /c, linked from both pages


def test_one_address_written_two_ways_is_one_page() -> None:
    # /för-dig.html and /f%c3%b6r-dig.html, and /./a/../punkt.html, had been fetched and reported as more pages
    links = [("/för-dig.html", "För dig"), ("/f%c3%b6r-dig.html", "Samma"), ("/./a/../punkt.html", "Punkt")]
    links.append(("/punkt.html", "Punkt igen"))
    served = serve(
        lambda site: {
            "/": Route(page("Start", "<p>Här skall du läsa.</p>", links)),
            "/f%C3%B6r-dig.html": Route(page("För dig", "<p>Här skall du också läsa.</p>")),
            "/punkt.html": Route(page("Punkt", "<p>Här skall du läsa mer.</p>")),
        }
    )
    try:
        options = CrawlOptions(start=served.base + "/", timeout=2, sitemap=False)
        result = crawl_site(options, RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    assert sorted(r.path.removeprefix(served.base) for r in result.report.files) == [
        "/",
        "/för-dig.html",
        "/punkt.html",
    ]
    assert all(r.error is None for r in result.report.files)
    assert served.paths().count("/f%C3%B6r-dig.html") == 1 and served.paths().count("/punkt.html") == 1


def test_a_linked_word_document_is_read(tmp_path: Path) -> None:
    # a municipality's forms and decisions as .docx had been "not HTML or PDF" and never read
    import io

    import docx

    word = docx.Document()
    word.add_paragraph("Ansökan skall lämnas in senast den 1 mars.")
    buffer = io.BytesIO()
    word.save(buffer)
    other = docx.Document()  # other bytes: the same document at two addresses is one entry (session 48)
    other.add_paragraph("Beslutet skall fattas av nämnden.")
    other_buffer = io.BytesIO()
    other.save(other_buffer)
    links = [("/blankett.docx", "Blankett (Word)"), ("/beslut.docx", "Beslut (Word)"), ("/regler.odt", "Regler")]
    links.append(("/logga.png", "Logga"))
    served = serve(
        lambda site: {
            "/": Route(page("Start", "<p>Välkommen till oss.</p>", links)),
            "/blankett.docx": Route(buffer.getvalue(), "application/octet-stream"),  # a server that does not say
            "/beslut.docx": Route(
                other_buffer.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            ),
            "/regler.odt": Route(b"PK\x03\x04", "application/vnd.oasis.opendocument.text"),
            "/logga.png": Route(b"\x89PNG\r\n\x1a\n", "image/png"),
        }
    )
    try:
        options = CrawlOptions(start=served.base + "/", timeout=2, sitemap=False)
        result = crawl_site(options, RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    files = {r.path.removeprefix(served.base): r for r in result.report.files}
    for name in ("/blankett.docx", "/beslut.docx"):
        [skall] = [f for f in files[name].findings if f.rule == "skall"]
        assert skall.location is not None and skall.location.paragraph == 1
    # a document klarlint cannot read is named with its type; a picture is not worth a word
    assert result.counts.not_text == 2
    [odt] = [r for r in result.report.files if r.skipped]
    assert odt.path.endswith("/regler.odt") and "application/vnd.oasis.opendocument.text" in odt.notices[0].message


def test_redirect_loops_are_named_not_dropped(tmp_path: Path) -> None:
    # /a → /b → /a and /self → /self had vanished from the report; started on one, the crawl was empty, unsaid
    links = [("/a", "A"), ("/self", "Själv")]
    served = serve(
        lambda site: {
            "/": Route(page("Start", "<p>Här skall du läsa.</p>", links)),
            "/a": Route(status=301, location="/b"),
            "/b": Route(status=302, location="/a"),
            "/self": Route(status=301, location="/self"),
        }
    )
    try:
        whole = crawl_site(CrawlOptions(start=served.base + "/", timeout=2), RunOptions(jobs=1), use_cache=False)
        looping = crawl_site(CrawlOptions(start=served.base + "/a", timeout=2), RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    errors = {r.path.removeprefix(served.base): r.error for r in whole.report.files if r.error}
    # each loop named by the address a page links to (it had been /b, the hop that closes the loop: no page links
    # there), with the page that links to it
    assert set(errors) == {"/a", "/self"}
    assert "slinga" in errors["/self"] and f"({served.base}/a → {served.base}/b → {served.base}/a)" in errors["/a"]
    assert f"(länkas från {served.base}/)" in errors["/a"]
    assert [r.error and "slinga" in r.error for r in looping.report.files] == [True]


def test_a_charset_python_does_not_know_is_read_as_utf8(tmp_path: Path) -> None:
    # charset=foo-bar had been "internt fel när sidan hämtades: unknown encoding"
    served = serve(lambda site: {"/": Route(page("Start", "<p>Här skall du läsa.</p>"), "text/html; charset=foo-bar")})
    try:
        result = crawl_site(CrawlOptions(start=served.base + "/", timeout=2), RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    [report] = result.report.files
    assert report.error is None and [f.rule for f in report.findings].count("skall") == 1


def test_reporters_keep_page_addresses() -> None:
    import io

    from klarlint.report import FileReport, Finding, Report
    from klarlint.reporters import github, sarif
    from klarlint.rules.base import Severity

    finding = Finding("skall", Severity.WARNING, 3, 5, 3, 10, 40, 45, "skall", "Skriv ska.", "ska", None, "Du skall.")
    report = Report([FileReport("https://example.se/a?x=1", [finding])])
    out = io.StringIO()
    sarif.write(report, out)
    [result] = json.loads(out.getvalue())["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "https://example.se/a?x=1"}
    out = io.StringIO()
    github.write(report, out)
    assert out.getvalue().startswith("::warning file=https%3A//example.se/a?x=1,line=3")


def test_a_page_from_the_cache_keeps_what_was_not_checked(tmp_path: Path) -> None:
    """A page answered with 304 is reported from the cache as it was linted: with its language and the notices of
    what was not checked (the cache had kept only findings and stats, so on a second run an English page was
    reported as Swedish, with nothing said about it)."""
    english = (
        "<p>Thank you for inviting me to speak here today about the areas where our investments matter most, "
        "and about what we will do next.</p>"
    )
    finnish = (
        "<p>Ansökan skall lämnas in senast den 1 maj.</p><h2>Suomeksi</h2>"
        "<p>Hakemus on lähetettävä viimeistään 1. toukokuuta. Päätöksen tekee lautakunta.</p>"
    )
    served = serve(
        lambda site: {
            "/": Route(page("Start", "<p>Välkommen till oss.</p>", [("/in-english", "English"), ("/ansok", "A")])),
            "/in-english": Route(page("Welcome", english)),
            "/ansok": Route(page("Ansök", finnish)),
        }
    )
    try:
        first = _crawl(served, tmp_path / "cache")
        second = _crawl(served, tmp_path / "cache")
    finally:
        stop(served)
    assert first.linted == 3 and second.reused == 3
    reports = {r.path.removeprefix(served.base): r for r in first.report.files}
    assert reports["/in-english"].language == "en" and reports["/in-english"].notices
    assert [n.code for n in reports["/ansok"].notices] == ["other-language"]
    assert [r.to_json() for r in second.report.files] == [r.to_json() for r in first.report.files]
    assert [(r.genre, r.language) for r in second.report.files] == [(r.genre, r.language) for r in first.report.files]


def test_a_damaged_cache_entry_is_fetched_whole_and_linted_again(site, tmp_path: Path) -> None:
    # its validators had brought a 304, the report could not be rebuilt, and the page vanished from every later run
    first = _crawl(site, tmp_path / "cache")
    [entry] = [p for p in (tmp_path / "cache").rglob("*.json") if json.loads(p.read_text())["url"] == site.base + "/a"]
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["report"]["stats"]["påhittad"] = 1
    entry.write_text(json.dumps(data), encoding="utf-8")
    for _ in range(2):
        again = _crawl(site, tmp_path / "cache")
        assert sorted(r.path for r in again.report.files) == sorted(r.path for r in first.report.files)
    assert again.reused == 6  # the second time, its fresh entry is used
    assert [r.to_json() for r in again.report.files] == [r.to_json() for r in first.report.files]


def test_the_cache_keeps_every_field_of_a_report() -> None:
    """Each field of FileReport, set to a value other than its default, comes back from the cache's JSON: a field
    added later and left out of serialize would be lost on every 304 (as notices and language were)."""
    from dataclasses import fields

    from klarlint.crawl.serialize import report_from_data, report_to_data
    from klarlint.limits import Notice
    from klarlint.location import Location
    from klarlint.report import FileReport, Finding, ParagraphStats, Stats
    from klarlint.rules.base import Severity

    finding = Finding(
        "skall", Severity.WARNING, 2, 3, 2, 8, 10, 15, "skall", "Skriv ”ska”.", "ska", "Skrivreglerna",
        context="Du skall.", location=Location(2, 2, "Rubrik"), replacements=("ska",), subcheck="x", fixable=True,
    )  # fmt: skip
    paragraph = ParagraphStats(
        0, 2, 3, 8, 40, words=7, sentences=1, mean_sentence_length=7.0, lix=30.0, location=Location(2, 0, "A")
    )
    report = FileReport(
        "https://exempelby.se/sida",
        findings=[finding],
        stats=Stats(words=7, sentences=1, lix=30.0, ovix=12.0, nominal_ratio=0.5, paragraphs=(paragraph,)),
        error="fel",
        rule_errors=["regel kraschade"],
        notices=[
            Notice(
                "other-language", "Text på engelska har inte granskats (stycke 4).", 50, 60, 4, 1, Location(4, 0, "A")
            )
        ],
        skipped=True,
        fail_on=Severity.INFO,
        language="en",
        genre="web",
        title="Sidan",
    )
    defaults = FileReport("x")
    changed = [f.name for f in fields(FileReport) if getattr(report, f.name) == getattr(defaults, f.name)]
    assert changed == [], f"set these fields too: {changed}"
    unset = [f.name for f in fields(Finding) if getattr(finding, f.name) == f.default]
    assert unset == [], f"set these finding fields too: {unset}"
    assert report_from_data(json.loads(json.dumps(report_to_data(report))), report.path) == report


def test_the_cache_fingerprint_covers_what_findings_depend_on_and_is_the_same_in_every_process(tmp_path: Path) -> None:
    import dataclasses
    import os
    import subprocess
    import sys

    from klarlint.config import Config
    from klarlint.crawl.cache import fingerprint
    from klarlint.linter import active_rules

    config = Config()
    rules = active_rules(config)
    base = fingerprint(config, rules)
    own = tmp_path / "regler"
    own.mkdir()
    (own / "egna.toml").write_text("# inga regler än\n", encoding="utf-8")
    changed = [
        dataclasses.replace(config, accept=frozenset({"skall"})),  # the editor's "accept" had been left out
        dataclasses.replace(config, genre="beslut"),
        dataclasses.replace(config, backend="stanza"),
        dataclasses.replace(config, rules_path=(own,)),
    ]
    prints = {fingerprint(other, rules) for other in changed}
    assert base not in prints and len(prints) == len(changed)
    (own / "egna.toml").write_text("# en ändrad lista\n", encoding="utf-8")
    assert fingerprint(changed[-1], rules) not in prints  # a site's own word list changed
    # sets in rule facts (picky_subchecks) had been written in hash order: half of all runs missed the cache
    script = (
        "from klarlint.config import Config; from klarlint.crawl.cache import fingerprint; "
        "from klarlint.linter import active_rules; c = Config(); print(fingerprint(c, active_rules(c)))"
    )
    seeds = set()
    for seed in ("1", "5", "7"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", script]
        run = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=300)
        seeds.add(run.stdout.strip())
    assert seeds == {base}


def test_an_endless_chain_of_redirects_is_an_error_named_by_its_first_address(tmp_path: Path) -> None:
    # /kedja/N → /kedja/N+1 (an SSO or language redirect adding a parameter each time) had been followed until
    # --max-pages was used up, named nowhere; as the start page: "0 sidor granskade", exit 0. Browsers and httpx
    # stop after 20 redirects in a row.
    links = [("/kedja/0", "Kedja"), ("/sida", "Sida")]
    chain = {f"/kedja/{n}": Route(status=302, location=f"/kedja/{n + 1}") for n in range(60)}
    served = serve(
        lambda site: {
            "/": Route(page("Start", "<p>Här skall du läsa.</p>", links)),
            "/sida": Route(page("Sida", "<p>Här skall du läsa mer.</p>")),
            "/kedja/60": Route(page("Slutet", "<p>Här tar kedjan slut.</p>")),
            **chain,
        }
    )
    try:
        options = CrawlOptions(start=served.base + "/", timeout=2, sitemap=False)
        whole = crawl_site(options, RunOptions(jobs=1), use_cache=False)
        hops = sum(p.startswith("/kedja/") for p in served.paths())
        options = CrawlOptions(start=served.base + "/kedja/40", timeout=2)
        twenty = crawl_site(options, RunOptions(jobs=1), use_cache=False)
        cli = klarlint("crawl", served.base + "/kedja/39", "--no-cache", cwd=tmp_path)
    finally:
        stop(served)
    errors = {r.path.removeprefix(served.base): r for r in whole.report.files if r.error}
    assert set(errors) == {"/kedja/0"}
    error = errors["/kedja/0"].error or ""
    assert "för många omdirigeringar i rad, fler än 20" in error and "/kedja/21" in error
    assert errors["/kedja/0"].linked_from == served.base + "/"
    assert hops == 21  # /kedja/0 … /kedja/20: twenty redirects followed, the 21st not
    assert any(r.path == served.base + "/sida" and not r.error for r in whole.report.files)
    # twenty redirects in a row are followed (/kedja/40 → … → /kedja/60)
    assert [(r.path.removeprefix(served.base), r.error) for r in twenty.report.files] == [("/kedja/60", None)]
    # 21 from the start page: nothing could be checked, exit 2 (it had been exit 0)
    assert cli.returncode == 2, cli.stderr
    assert f"{served.base}/kedja/39: för många omdirigeringar i rad" in cli.stderr


def test_a_start_page_that_is_no_web_page_is_an_error_when_nothing_was_read(tmp_path: Path) -> None:
    # A start page sent as text/plain had been "0 sidor granskade, 1 var inte HTML, PDF eller Word", exit 0: a CI
    # gate passed with nothing checked (a start page redirecting off the site is exit 2)
    html = page("Start", "<p>Här skall du läsa.</p>")
    urlset = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'
    served = serve({"/": Route(html, "text/plain"), "/gammal": Route(status=301, location="/")})
    try:
        cli = klarlint("crawl", served.base + "/gammal", "--no-cache", cwd=tmp_path)  # via a redirect too
    finally:
        stop(served)
    # a start page that is no page, but a sitemap with one: that page is read, and the start is a note
    mapped = serve(
        lambda site: {
            "/": Route(html, "text/plain"),
            "/sida": Route(page("Sida", "<p>Här skall du läsa mer.</p>")),
            "/sitemap.xml": Route(urlset.format(f"<url><loc>{site.base}/sida</loc></url>").encode()),
        }
    )
    try:
        other = crawl_site(CrawlOptions(start=mapped.base + "/", timeout=2), RunOptions(jobs=1), use_cache=False)
    finally:
        stop(mapped)
    assert cli.returncode == 2, cli.stderr
    expected = f"{served.base}/: startsidan är inte HTML, PDF eller Word (text/plain), och ingen sida kunde granskas"
    assert expected in cli.stderr
    files = {r.path.removeprefix(mapped.base): r for r in other.report.files}
    assert not any(r.error for r in files.values())
    assert files["/"].skipped and "(text/plain) och lästes inte" in files["/"].notices[0].message
    assert files["/sida"].findings


def _serve_odd(answers: dict[str, Callable[[BaseHTTPRequestHandler], None]]) -> tuple[ThreadingHTTPServer, str]:
    """A server whose answers break HTTP's rules (site_server's are well formed): each path's function writes it."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client had read enough
                answers.get(self.path, _answer(404, b""))(self)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}"


def _answer(status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str):
    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return write


def _endless(start: bytes, line: bytes):
    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()  # no length: the answer ends when the connection closes (it never does)
        handler.wfile.write(start)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            handler.wfile.write(line * 1000)

    return write


def test_network_problems_are_told_in_swedish() -> None:
    # *kunde inte hämtas (DecodingError: Error -3 while decompressing data: incorrect header check)* and
    # *(RemoteProtocolError: Receive buffer too long)*: the exception's class and httpx's English had been the message
    html = page("Sida", "<p>Här skall du läsa.</p>")
    links = [("/packad", "Packad"), ("/huvud", "Huvud")]
    server, base = _serve_odd(
        {
            "/": _answer(200, page("Start", "<p>Här skall du läsa.</p>", links)),
            "/packad": _answer(200, html, Content_Encoding="gzip"),  # says gzip, is not
            "/huvud": _answer(200, html, X_Skrap="a" * 200_000),
        }
    )
    try:
        options = CrawlOptions(start=base + "/", timeout=5, retries=0, sitemap=False)
        result = crawl_site(options, RunOptions(jobs=1), use_cache=False)
    finally:
        server.shutdown()
        server.server_close()
    errors = {r.path.removeprefix(base): r.error or "" for r in result.report.files if r.error}
    assert set(errors) == {"/packad", "/huvud"}
    assert errors["/packad"].startswith(f"{base}/packad: svarets Content-Encoding stämmer inte med innehållet")
    assert errors["/huvud"].startswith(f"{base}/huvud: svarshuvudena är för stora (försökte 1 gång)")
    assert not any(word in e for e in errors.values() for word in ("Error", "buffer", "decompress"))


@pytest.mark.parametrize("packed", [False, True], ids=["endless", "gzip-bomb"])
def test_an_oversize_robots_txt_is_read_to_500_kib(packed: bool) -> None:
    # RFC 9309 2.5: parse at least the first 500 KiB. An endless or gzip-bomb robots.txt had been "could not be
    # read", and then no page could be fetched at all
    rules = b"User-agent: *\nDisallow: /privat/\n"
    padding = b"# Regler for klarlint och andra.\n"
    if packed:
        bomb = gzip.compress(rules + padding * 1_000_000)  # 33 MB unpacked
        robots = _answer(200, bomb, "text/plain", Content_Encoding="gzip")
    else:
        robots = _endless(rules, padding)
    links = [("/sida", "Sida"), ("/privat/hemlig", "Privat")]
    server, base = _serve_odd(
        {
            "/robots.txt": robots,
            "/": _answer(200, page("Start", "<p>Här skall du läsa.</p>", links)),
            "/sida": _answer(200, page("Sida", "<p>Här skall du läsa mer.</p>")),
            "/privat/hemlig": _answer(200, page("Hemlig", "<p>Hemligt.</p>")),
        }
    )
    try:
        options = CrawlOptions(start=base + "/", timeout=5, retries=0, sitemap=False)
        result = crawl_site(options, RunOptions(jobs=1), use_cache=False)
    finally:
        server.shutdown()
        server.server_close()
    files = {r.path.removeprefix(base): r for r in result.report.files}
    assert not any(r.error for r in files.values())
    assert not files["/sida"].skipped and files["/privat/hemlig"].skipped  # the rules at the start are obeyed
    [note] = files["/robots.txt"].notices
    assert note.message == "robots.txt är större än 500 KiB; bara reglerna i början lästes (RFC 9309)"


@pytest.mark.parametrize(
    ("robots", "more", "fetched", "note"),
    [
        # a loop: RFC 9309 2.3.1.2 lets a crawler take robots.txt as unavailable (allow all); it had been
        # "unreachable" (allow nothing), named only by "svarade 302"
        (Route(status=302, location="/robots.txt"), {}, {"/sida", "/sida?print=1", "/privat/hemlig"}, "i en slinga"),
        # more than five redirects in a row: the same
        (
            Route(status=301, location="/r1"),
            {f"/r{n}": Route(status=301, location=f"/r{n + 1}") for n in range(1, 7)},
            {"/sida", "/sida?print=1", "/privat/hemlig"},
            "fler än 5 gånger i rad",
        ),
        # five are followed, and the file they lead to is obeyed
        (
            Route(status=301, location="/r1"),
            {
                **{f"/r{n}": Route(status=301, location=f"/r{n + 1}") for n in range(1, 5)},
                "/r5": Route(b"User-agent: *\nDisallow: /privat/\n", "text/plain"),
            },
            {"/sida", "/sida?print=1"},
            None,
        ),
    ],
)
def test_a_robots_txt_that_redirects_too_often_is_taken_as_missing(robots, more, fetched, note) -> None:
    served = _robots_site(robots, **more)
    try:
        options = CrawlOptions(start=served.base + "/", timeout=2, retries=0, sitemap=False)
        result = crawl_site(options, RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    pages = {p for p in served.paths() if p not in ("/", "/robots.txt") and not p.startswith("/r")}
    assert pages == fetched
    robots_file = [r for r in result.report.files if r.path.endswith("/robots.txt")]
    if note is None:
        assert robots_file == []
    else:
        [message] = [n.message for r in robots_file for n in r.notices]
        assert note in message and "då räknas robots.txt som saknad (RFC 9309), och alla sidor får hämtas" in message
        assert not any(r.error for r in result.report.files)


def test_a_relative_sitemap_line_in_robots_txt_is_read_against_its_address() -> None:
    # *Sitemap: /karta.xml* had been skipped without a word (the protocol asks for a whole address; major crawlers
    # read it against robots.txt's)
    served = _robots_site(
        Route(b"User-agent: *\nDisallow: /privat/\nSitemap: /karta.xml\n", "text/plain"),
        **{
            "/karta.xml": Route(
                b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                b"<url><loc>/bara-i-kartan</loc></url></urlset>",
                "application/xml",
            ),
            "/bara-i-kartan": Route(page("Karta", "<p>Här skall du läsa.</p>")),
        },
    )
    try:
        options = CrawlOptions(start=served.base + "/", timeout=2, retries=0)
        result = crawl_site(options, RunOptions(jobs=1), use_cache=False)
    finally:
        stop(served)
    assert "/karta.xml" in served.paths() and "/sitemap.xml" not in served.paths()
    assert any(r.path == served.base + "/bara-i-kartan" and r.findings for r in result.report.files)
