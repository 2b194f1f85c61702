"""Crawl: a generated 2,000-page site on 127.0.0.1, crawled and linted, against linting the same pages from disk.

    python benchmarks/crawl.py [--pages 2000] [--words-per-page 120] [--jobs 1 2]

The site is served by this script (a thread, 127.0.0.1 only; tests/site_server.py):
HTML pages of shuffled real Swedish paragraphs (see _common.py), each with a site
header, navigation to the next five pages and a footer, listed in sitemap.xml.
Each measurement is the real command line from a cold start:

- disk:  ``klarlint FOLDER --jobs N --format json`` on the same pages saved as .html files;
- crawl: ``klarlint crawl URL --jobs N --format json --cache EMPTY_DIR`` (robots.txt, sitemap, links;
  every page is linted, and the cache filled, as a first run does by default);
- again: the same command once more: a nightly run on a site where nothing changed (every page
  answers 304 and its findings come from the cache).

Overhead = crawl time / disk time − 1. Goal (issue 12): under 15 %. The two reports
must hold the same findings (the same pages, read by the same reader).
"""

from __future__ import annotations

import json
import sys
import tempfile
from html import escape
from pathlib import Path

from _common import ROOT, Row, build_documents, emit, klarlint_command, parser, run_measured, word_count

sys.path.insert(0, str(ROOT / "tests"))
from site_server import Route, serve, stop  # noqa: E402 - the test suite's site server, reused

GOAL_OVERHEAD = 0.15


def page_html(number: int, total: int, text: str) -> str:
    links = "".join(
        f'<li><a href="/sida-{n:04d}.html">Sida {n}</a></li>' for n in range(number + 1, min(number + 6, total))
    )
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    return (
        f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Sida {number}</title></head>'
        f'<body><header><img src="/logo.svg" alt="Exempelby kommun"><nav><ul>{links}</ul></nav></header>'
        f"<main><h1>Sida {number}</h1>{paragraphs}</main>"
        "<footer><p>Exempelby kommun, telefon 0123-456 78</p></footer></body></html>"
    )


def main() -> None:
    args = _arguments()
    documents = build_documents(args.pages * args.words_per_page, words_per_document=args.words_per_page)
    documents = (documents * (args.pages // max(len(documents), 1) + 1))[: args.pages]
    pages = [page_html(n, args.pages, d) for n, d in enumerate(documents)]
    words = sum(word_count(d) for d in documents)
    rows = [Row("crawl", "site", f"{len(pages):,} pages, {words:,} words of prose, served on 127.0.0.1")]
    routes = {"/sitemap.xml": Route(_sitemap(len(pages)), "application/xml")}
    site = serve(lambda s: {**routes, **_page_routes(pages)})
    routes_base = site.base
    site.routes["/sitemap.xml"] = Route(_sitemap(len(pages), routes_base), "application/xml")
    try:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            disk = root / "sidor"
            disk.mkdir()
            for number, html in enumerate(pages):
                (disk / f"sida-{number:04d}.html").write_text(html, encoding="utf-8")
            for jobs in args.jobs:
                rows += _compare(jobs, disk, site, root, len(pages))
    finally:
        stop(site)
    emit(rows, args.json)


def _compare(jobs: int, disk: Path, site, root: Path, pages: int) -> list[Row]:
    common = ["--jobs", str(jobs), "--format", "json"]
    disk_wall, disk_rss, disk_findings = _run([str(disk), *common], root / f"disk-{jobs}.json")
    crawl_args = ["crawl", site.base + "/", "--max-pages", str(pages + 10), "--concurrency", "4", *common]
    cache = root / f"cache-{jobs}"  # empty: the first crawl lints every page (and fills the cache, as by default)
    crawl_wall, crawl_rss, crawl_findings = _run([*crawl_args, "--cache", str(cache)], root / f"crawl-{jobs}.json")
    again_wall, _, again_findings = _run([*crawl_args, "--cache", str(cache)], root / "again.json")
    overhead = crawl_wall / disk_wall - 1
    return [
        Row(
            "crawl",
            f"--jobs {jobs}: lint the pages from disk",
            f"{disk_wall:.1f} s, {pages / disk_wall * 60:,.0f} pages/min, "
            f"peak RSS {disk_rss:.0f} MiB, {disk_findings:,} findings",
        ),
        Row(
            "crawl",
            f"--jobs {jobs}: crawl and lint (first run, empty cache)",
            f"{crawl_wall:.1f} s, {pages / crawl_wall * 60:,.0f} pages/min, "
            f"peak RSS {crawl_rss:.0f} MiB, {crawl_findings:,} findings",
        ),
        Row(
            "crawl",
            f"--jobs {jobs}: overhead of the crawl",
            f"{100 * overhead:+.1f} %",
            f"< {100 * GOAL_OVERHEAD:.0f} %",
            overhead < GOAL_OVERHEAD,
        ),
        Row(
            "crawl",
            f"--jobs {jobs}: same findings as from disk",
            "yes" if crawl_findings == disk_findings else "no",
            "yes",
            crawl_findings == disk_findings,
        ),
        Row(
            "crawl",
            f"--jobs {jobs}: nightly re-run, nothing changed (304s, cache)",
            f"{again_wall:.1f} s, {pages / again_wall * 60:,.0f} pages/min, {again_findings:,} findings",
        ),
    ]


def _run(args: list[str], output: Path) -> tuple[float, float, int]:
    with output.open("wb") as handle:
        wall, rss, code = run_measured([*klarlint_command(), *args], stdout=handle)
    if code not in (0, 1):
        raise SystemExit(f"klarlint {' '.join(args)} exited with {code}")
    data = json.loads(output.read_text(encoding="utf-8"))
    return wall, rss, sum(len(f["findings"]) for f in data["files"])


def _page_routes(pages: list[str]) -> dict[str, Route]:
    routes = {f"/sida-{n:04d}.html": Route(html.encode()) for n, html in enumerate(pages)}
    routes["/"] = routes.pop("/sida-0000.html")
    return routes


def _sitemap(count: int, base: str = "") -> bytes:
    locations = [f"{base}/"] + [f"{base}/sida-{n:04d}.html" for n in range(1, count)]
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locations)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def _arguments():
    arguments = parser(__doc__.splitlines()[0])
    arguments.add_argument("--pages", type=int, default=2000)
    arguments.add_argument("--words-per-page", type=int, default=120)
    arguments.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    return arguments.parse_args()


if __name__ == "__main__":
    main()
