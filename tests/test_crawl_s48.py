"""The site check as a municipal web manager ran it (retest-site, session 48): baseline with --compare-with, the
ranking, --max-depth with a sitemap, login pages, wording, identical documents, redirects. Every site is served
from the test on 127.0.0.1 and stops with it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from klarlint.crawl import CrawlOptions, crawl_site
from klarlint.runner import RunOptions
from site_server import Route, page, serve, stop
from test_cli import klarlint

BAD = "<p>Ansökan skall behandlas av nämnden. Beslut om bygglov fattas i annat fall av förvaltningen.</p>"


@pytest.fixture
def served():
    sites = []

    def start(routes):
        site = serve(routes)
        sites.append(site)
        return site

    yield start
    for site in sites:
        stop(site)


def _crawl(site, tmp_path: Path, **changes):
    options = CrawlOptions(start=site.base + "/", **{"timeout": 5, "retries": 0, **changes})
    return crawl_site(options, RunOptions(jobs=1), cache_dir=tmp_path / "cache", progress=False)


def _cli(site, tmp_path: Path, *args: str):
    return klarlint("crawl", site.base + "/", "--cache", str(tmp_path / "cache"), "--retries", "0", *args, cwd=tmp_path)


def _card(html: str, label: str) -> str:
    match = re.search(f"<dt>{re.escape(label)}</dt><dd>([^<]*)</dd>", html)
    assert match, label
    return match.group(1)


# --- WRONG 1: --baseline with --compare-with ---


def test_a_finding_the_baseline_hides_is_not_fixed(served, tmp_path: Path) -> None:
    links = [("/a", "A"), ("/b", "B")]
    site = served(
        {
            "/": Route(page("Start", BAD, links)),
            "/a": Route(page("A", "<p>Vi skall svara dig snart. Tömning av brunnar sker i maj.</p>", links)),
            "/b": Route(page("B", "<p>Beslut fattas av nämnden i annat fall.</p>", links)),
        }
    )
    first = _cli(site, tmp_path, "--format", "json", "--write-baseline", str(tmp_path / "b.json"))
    assert first.returncode == 0, first.stderr
    (tmp_path / "run1.json").write_text(first.stdout, encoding="utf-8")
    before = sum(len(f["findings"]) for f in json.loads(first.stdout)["files"])
    # one finding fixed on /a, one added on /b
    site.routes["/a"] = Route(page("A", "<p>Vi svarar dig snart. Tömning av brunnar sker i maj.</p>", links))
    more = '<p><a href="/a">Klicka här</a> för att läsa mer.</p>'
    site.routes["/b"] = Route(page("B", "<p>Beslut fattas av nämnden i annat fall.</p>" + more, links))
    second = _cli(
        site,
        tmp_path,
        "--baseline",
        str(tmp_path / "b.json"),
        "--compare-with",
        str(tmp_path / "run1.json"),
        "--report",
        str(tmp_path / "r2.html"),
    )
    html = (tmp_path / "r2.html").read_text(encoding="utf-8")
    assert before > 3
    assert _card(html, "Åtgärdade sedan förra körningen") == "1", second.stderr
    assert _card(html, "Nya sedan förra körningen") == "1"
    assert "1 åtgärdade" in second.stderr or "åtgärdad" in second.stderr


# --- WRONG 2: the ranking ---

CLEAN = "<p>Förskolan har öppet varje vardag. Du är välkommen att hälsa på hos oss med ditt barn.</p>"


def test_a_page_with_findings_never_ranks_below_a_page_without(served, tmp_path: Path) -> None:
    from klarlint.reporters import html_report

    links = [("/kort", "Kort"), ("/ren", "Ren"), ("/lang", "Lång")]
    site = served(
        {
            "/": Route(page("Start", "<p>Välkommen.</p>", links)),
            "/kort": Route(page("Budget", BAD, links)),  # under 100 words, findings
            "/ren": Route(page("Förskola", CLEAN * 8, links)),  # over 100 words, none
            "/lang": Route(page("Lång", BAD + CLEAN * 8, links)),  # over 100 words, findings
        }
    )
    result = _crawl(site, tmp_path)
    rows = html_report.page_rows(result.report, tmp_path / "r.html")
    order = [row.path.removeprefix(site.base) for row in rows]
    words = {row.path.removeprefix(site.base): (row.stats.words, row.findings) for row in rows}
    assert words["/ren"][0] >= 100 and words["/ren"][1] == 0 and words["/kort"][0] < 100, words
    # findings first (the longer page first among them), the pages without after them
    assert order.index("/lang") < order.index("/kort") < order.index("/ren"), order
    assert order.index("/kort") < order.index("/"), order


# --- WRONG 3 and 9: --max-depth and the referrer of an address a sitemap lists ---


def _sitemap(base: str, *paths: str) -> Route:
    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path in paths)
    xml = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Route(xml.encode(), "application/xml")


def _linked_site(site) -> dict[str, Route]:
    menu = [("/a", "A"), ("/saknas", "Saknas"), ("/langsam", "Långsam")]
    return {
        "/sitemap.xml": _sitemap(site.base, "/", "/a", "/b", "/bara-karta", "/saknas", "/langsam"),
        "/": Route(page("Start", "<p>Välkommen till kommunen.</p>", menu)),
        "/a": Route(page("A", "<p>Här skall du läsa.</p>", [("/b", "B")])),
        "/b": Route(page("B", "<p>Vi skall svara.</p>")),
        "/bara-karta": Route(page("Bara i kartan", "<p>Nämnden skall besluta.</p>")),
        "/langsam": Route(page("Långsam", "<p>Sakta.</p>"), delay=1.5),
    }


@pytest.mark.parametrize(
    ("depth", "linted", "beyond"),
    [(0, ["/"], 3), (1, ["/", "/a"], 2), (None, ["/", "/a", "/b", "/bara-karta"], 0)],
)
def test_max_depth_limits_a_site_with_a_sitemap_by_link_steps(served, tmp_path, depth, linted, beyond) -> None:
    site = served(_linked_site)
    result = _crawl(site, tmp_path, max_depth=depth, exclude=("langsam|saknas",))
    pages = sorted(r.path.removeprefix(site.base) for r in result.report.files if not r.error and not r.skipped)
    assert pages == linted
    assert result.counts.beyond_depth == beyond
    if beyond:
        assert f"{beyond} i webbplatskartan hämtades inte (ingen länk leder dit inom --max-depth {depth})" in (
            result.summary()
        )
    paths = site.paths()
    assert ("/bara-karta" in paths) == (depth is None) and ("/b" in paths) == (depth != 0 and depth != 1)


def test_a_problem_is_linked_from_the_page_not_the_sitemap(served, tmp_path: Path) -> None:
    site = served(_linked_site)
    result = _crawl(site, tmp_path, timeout=0.5)
    errors = {r.path.removeprefix(site.base): r for r in result.report.files if r.error}
    assert set(errors) == {"/saknas", "/langsam"}
    for report in errors.values():
        assert report.linked_from == site.base + "/", report.error
        assert f"(länkas från {site.base}/)" in report.error and "sitemap" not in report.error


# --- WRONG 4: text fragments of one block ---

LISTS = (
    "<p>Kommunen ger ut tidningar.</p><h2>Varför skall vi läsa</h2><p>Nämnden skall läsa.</p>"
    "<ul><li>Taltidningar</li>\n<li>Tidningar som skall läsas av alla.</li></ul>"
    "<p>Böcker som skall läsas av alla.</p><p>Tidningar som skall läsas av alla i morgon.</p>"
)


def test_a_fragment_s_prefix_and_suffix_are_each_of_one_block(served, tmp_path: Path) -> None:
    from lxml import html

    site = served({"/": Route(page("Tidningar", LISTS))})
    [report] = _crawl(site, tmp_path).report.files
    tree = html.fromstring(site.routes["/"].body)
    blocks = [" ".join(el.text_content().split()).lower() for el in tree.iter("p", "li", "h1", "h2")]
    directives = list(report.fragments.values())
    assert len(directives) >= 4, directives
    for directive in directives:
        parts = [unquote(part) for part in directive.split(",")]
        context = [part[:-1] for part in parts if part.endswith("-")] + [p[1:] for p in parts if p.startswith("-")]
        for words in context:  # Chromium matches each within one block, or not at all
            assert any(words in block for block in blocks), (words, directive)


# --- WRONG 6: pages behind a login ---


def test_a_login_is_told_by_what_the_server_asks_for_and_how_to_leave_them_out_once(tmp_path: Path) -> None:
    from test_crawl import _answer, _serve_odd

    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in ("/mina-sidor/a", "/mina-sidor/b", "/form/c"))
    start = page("Start", f"<p>Välkommen till kommunen.</p><ul>{links}</ul>")
    server, base = _serve_odd(
        {
            "/": _answer(200, start),
            "/mina-sidor/a": _answer(401, b"", WWW_Authenticate='Basic realm="e-tjanst"'),
            "/mina-sidor/b": _answer(401, b"", WWW_Authenticate="Basic"),
            "/form/c": _answer(403, b"<p>Logga in</p>"),
        }
    )
    try:
        result = klarlint("crawl", base + "/", "--no-cache", "--retries", "0", cwd=tmp_path)
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    basic = [line for line in lines if "/mina-sidor/" in line and "servern svarade 401" in line]
    assert len(basic) == 2 and all('--header "Authorization: Basic …"' in line for line in basic), lines
    assert not any("Cookie" in line for line in basic)
    [form] = [line for line in lines if "/form/c:" in line]
    assert '--header "Cookie: namn=värde"' in form
    # said once, in the summary: how to leave them out
    assert sum("--exclude" in line for line in lines) == 1
    assert "3 sidor kräver inloggning: skicka inloggningen med --header, eller hoppa över dem med --exclude" in (
        result.stderr
    )


def test_the_exclude_pattern_is_the_login_pages_common_folder(served, tmp_path: Path) -> None:
    from klarlint.crawl import _login_hint
    from klarlint.crawl.site import PageReport

    pages = [PageReport(f"http://127.0.0.1:1/mina-sidor/{p}", error="x", status=401) for p in ("a", "b/c")]
    assert _login_hint(pages).endswith("hoppa över dem med --exclude '/mina-sidor/'")
    assert _login_hint(pages[:1]).endswith("hoppa över den med --exclude '/mina-sidor/'")
    assert _login_hint([PageReport("http://127.0.0.1:1/x", status=401)]).endswith("--exclude")


# --- WRONG 7: wording ---


def test_the_report_and_the_terminal_say_it_once_and_in_pages(served, tmp_path: Path) -> None:
    links = [("/a", "A"), ("/skyddad", "Skyddad"), ("/borta", "Borta")]
    site = served(
        {
            "/": Route(page("Start", "<p>Välkommen till kommunen.</p>", links)),
            "/a": Route(page("A", "<p>Här skall du läsa om oss.</p>", links)),
            "/skyddad": Route(status=401),
        }
    )
    report = tmp_path / "r.html"
    first = _cli(site, tmp_path, "--report", str(report), "--write-baseline", str(tmp_path / "b.json"))
    assert first.stdout.rstrip().endswith("1 anmärkning i 2 sidor."), first.stdout  # not *i 2 filer*
    html = report.read_text(encoding="utf-8")
    failures = re.findall(r"<li>([^\n]*?)</li>", html.split('id="fel"')[1])
    assert len(failures) == 2 and all(item.count("länkas från") == 1 for item in failures), failures
    assert "1 anmärkning," in html and "1 anmärkningar" not in html
    # under a baseline, a page with nothing new prints no block of numbers
    second = _cli(site, tmp_path, "--baseline", str(tmp_path / "b.json"))
    assert "Sammanfattning" not in second.stdout and second.stdout.rstrip().endswith("0 anmärkningar i 2 sidor.")
    assert "Sammanfattning" in first.stdout


# --- WRONG 8: the same document at two addresses ---


def test_the_same_document_at_two_addresses_is_one_entry(served, tmp_path: Path) -> None:
    from test_crawl import _pdf

    pdf = _pdf("Schemat skall läsas av alla. Tömning av kärl sker varje vecka.")
    links = [("/dokument/schema.pdf", "Schema"), ("/bilder/karta.pdf", "Karta"), ("/annan.pdf", "Annan")]
    site = served(
        {
            "/": Route(page("Start", "<p>Välkommen till kommunen.</p>", links)),
            "/dokument/schema.pdf": Route(pdf, "application/pdf"),
            "/bilder/karta.pdf": Route(pdf, "application/pdf"),
            "/annan.pdf": Route(_pdf("Beslutet skall fattas i dag."), "application/pdf"),
        }
    )
    for run in ("first", "cached"):
        result = _crawl(site, tmp_path)
        files = {r.path.removeprefix(site.base): r for r in result.report.files}
        assert sorted(files) == ["/", "/annan.pdf", "/bilder/karta.pdf"], run
        assert files["/bilder/karta.pdf"].also_at == [site.base + "/dokument/schema.pdf"], run
        assert "1 adress med samma sida som en annan" in result.summary(), run


# --- WRONG 9: the User-Agent ---


def test_the_user_agent_names_klarlint_and_no_address_it_does_not_own(served, tmp_path: Path) -> None:
    site = served({"/": Route(page("Start", "<p>Välkommen till kommunen.</p>"))})
    _crawl(site, tmp_path)
    with site.lock:
        agents = {headers.get("User-Agent") for _, headers, _ in site.requests}
    [agent] = agents
    assert agent.startswith("klarlint/") and agent.isascii()
    assert "http" not in agent and "pypi" not in agent.lower(), agent


# --- MISSED: a link that redirects ---


def test_a_link_that_redirects_is_told_once_as_information(served, tmp_path: Path) -> None:
    links = [("/gammal", "Gammal"), ("/tillfallig", "Tillfällig"), ("/k1", "Kedja"), ("/ny", "Ny")]
    site = served(
        {
            "/": Route(page("Start", "<p>Välkommen till kommunen.</p>", links)),
            "/gammal": Route(status=301, location="/ny"),
            "/tillfallig": Route(status=302, location="/ny2"),
            "/k1": Route(status=301, location="/k2"),
            "/k2": Route(status=301, location="/ny3"),
            "/ny": Route(page("Ny", "<p>Här skall du läsa.</p>")),
            "/ny2": Route(page("Ny 2", "<p>Vi skall svara.</p>")),
            "/ny3": Route(page("Ny 3", "<p>Nämnden skall besluta.</p>")),
        }
    )
    result = _crawl(site, tmp_path)
    told = {r.path.removeprefix(site.base): r.notices[0] for r in result.report.files if r.skipped}
    assert set(told) == {"/gammal", "/tillfallig", "/k1"}
    base = site.base
    assert told["/gammal"].code == "redirect"
    assert told["/gammal"].message == f"leder vidare till {base}/ny (301); uppdatera länken (länkas från {base}/)"
    assert "(302)" in told["/tillfallig"].message and f"{base}/k2 (301)" in told["/k1"].message
    assert not any(r.error for r in result.report.files)  # information, not a failure
    assert "3 länkar leder vidare till en annan adress" in result.summary()
    # the terminal tells it on one line, as a link problem, and the run passes on it
    shown = _cli(site, tmp_path, "--fail-on", "error")
    assert shown.returncode == 0, shown.stderr
    assert f"{base}/gammal  leder vidare  redirect" in shown.stdout
