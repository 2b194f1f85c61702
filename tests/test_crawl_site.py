"""klarlint crawl on a CMS-like site (served from the test on 127.0.0.1): the template once, broken links with the
page that links to them, duplicate addresses, --max-pages, the summary line and the report's links and counts."""

from __future__ import annotations

import contextlib
import importlib
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import html

from browser_helpers import find_chromedriver, find_chromium, skip_or_fail, webdriver_session
from klarlint.crawl import CrawlOptions, crawl_site
from klarlint.reporters import html_report
from klarlint.runner import RunOptions
from site_server import Route, serve, stop
from test_cli import klarlint

COOKIES = (
    '<div id="kakor" class="kakruta"><p>Vi använder kakor (cookies) i enlighet med vår policy och kakorna '
    "skall behandlas för statistiska ändamål.</p></div>"
)
FOOTER = (
    '<div class="sidfot"><p>Vid behov av ytterligare information ombeds allmänheten att i första hand kontakta '
    "kommunens kontaktcenter.</p><p>Exempelby kommun, 123 45 Exempelby.</p></div>"
)
CONTENT = {
    "/": ("Start", "<p>Här finns nyheter från kommunen.</p>"),
    "/a": ("Bygga", "<p>Du kan söka bygglov hos oss. Ansökan skall behandlas inom fyra veckor.</p>"),
    "/b": ("Omsorg", "<p>Vi hjälper dig med hemtjänst. Du söker hos kommunen.</p>"),
    "/c": ("Skola", "<p>Skolan börjar i augusti. Du anmäler ditt barn hos oss.</p>"),
}


def _page(path: str, links: dict[str, tuple[str, str]], breadcrumb: bool = False) -> bytes:
    title, body = links[path]
    menu = "".join(f'<li><a href="{href}">{name}</a></li>' for href, (name, _) in links.items())
    crumbs = f'<p class="smulor"><a href="/">Start</a> &gt; {title}</p>' if breadcrumb else ""
    return (
        f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title} - Exempelby kommun</title></head>'
        f'<body>{COOKIES}<div class="meny"><ul>{menu}</ul></div>{crumbs}<div class="innehall"><h1>{title}</h1>{body}'
        f"</div>{FOOTER}</body></html>"
    ).encode()


def _routes(content: dict[str, tuple[str, str]], breadcrumb: bool = False) -> dict[str, Route]:
    return {path: Route(_page(path, content, breadcrumb)) for path in content}


def _crawl(site, tmp_path: Path, **changes):
    options = CrawlOptions(start=site.base + "/", timeout=5, retries=0, **changes)
    return crawl_site(options, RunOptions(jobs=1), cache_dir=tmp_path / "cache", progress=False)


@pytest.fixture
def site():
    served = serve(_routes(CONTENT))
    yield served
    stop(served)


def test_the_template_is_reported_once_not_on_every_page(site, tmp_path: Path) -> None:
    result = _crawl(site, tmp_path)
    files = {r.path.removeprefix(site.base): r for r in result.report.files}
    [template] = [r for r in result.report.files if getattr(r, "template_pages", 0)]
    assert template.template_pages == 4 and template.path == site.base + "/#mall"
    # The footer's jargon and the title suffix's spaced hyphen: once, in the template, on no page
    assert sorted((f.rule, f.text) for f in template.findings if f.rule != "long-sentence") == [
        ("jargon", "ombeds"),
        ("quotes-and-dashes", " - "),
    ]
    pages = [files[path] for path in CONTENT]
    assert not [f for r in pages for f in r.findings if "kontaktcenter" in f.context or f.text == " - "]
    # The template's words do not count: the start page is the ten words its editor wrote (and its heading)
    assert files["/"].stats.words < 10
    # The Swedish cookie banner (class="kakruta") is no text of the site at all
    assert not [f for r in result.report.files for f in r.findings if "kakor" in f.context]
    assert result.report.to_json()["crawl"]["template_pages"] == 4
    assert json.loads(json.dumps(template.to_json()))["template"] == {"pages": 4}
    shown = html_report.render(result.report, tmp_path / "rapport.html")
    assert "Mallen: finns på 4 sidor" in shown
    # what was checked, truthfully: the section had claimed the cookie banner, header, footer and menus
    assert "kakrutan, sidhuvudet, sidfoten" not in shown and "utanför det har inte granskats" in shown
    assert "mallen, som finns på 4 sidor, granskades för sig" in result.summary()


def test_the_footer_still_names_the_sender(site, tmp_path: Path) -> None:
    result = _crawl(site, tmp_path)
    assert not [f for r in result.report.files for f in r.findings if f.rule == "missing-sender"]


def test_a_two_page_site_has_no_template(tmp_path: Path) -> None:
    two = {path: CONTENT[path] for path in ("/", "/a")}
    served = serve(_routes(two))
    try:
        result = _crawl(served, tmp_path)
    finally:
        stop(served)
    assert not [r for r in result.report.files if getattr(r, "template_pages", 0)]
    assert all(any(f.text == "ombeds" for f in r.findings) for r in result.report.files)


def test_a_second_run_lints_nothing_and_says_so(site, tmp_path: Path) -> None:
    first = _crawl(site, tmp_path)
    second = _crawl(site, tmp_path)
    assert first.summary().startswith("4 sidor granskade")
    assert second.summary().startswith("0 sidor granskade, 4 oförändrade sedan förra körningen")
    assert [r.to_json() for r in second.report.files] == [r.to_json() for r in first.report.files]


def test_duplicate_addresses_of_one_page_are_linted_once_and_both_named(tmp_path: Path) -> None:
    routes = _routes(CONTENT)
    routes["/b/index.html"] = routes["/b"]
    routes["/"] = Route(routes["/"].body.replace(b"</ul>", b'<li><a href="/b/index.html">B</a></li></ul>'))
    served = serve(routes)
    try:
        result = _crawl(served, tmp_path)
    finally:
        stop(served)
    paths = [r.path.removeprefix(served.base) for r in result.report.files]
    assert "/b/index.html" not in paths
    [omsorg] = [r for r in result.report.files if r.path == served.base + "/b"]
    assert omsorg.also_at == [served.base + "/b/index.html"]
    assert omsorg.to_json()["also_at"] == [served.base + "/b/index.html"]
    assert result.linted == 4
    assert "1 adress med samma sida som en annan" in result.summary()
    shown = html_report.render(result.report, tmp_path / "r.html")
    assert "samma sida finns också på" in shown and f"{served.base}/b/index.html" in shown


def _big_site_with_duplicates() -> dict[str, Route]:
    """35 pages (over PROVISIONAL_PAGES: linted while the crawl goes on), two of them also at a second address."""
    content = {"/": ("Start", "<p>Här finns nyheter från kommunen.</p>")}
    for n in range(1, 35):
        content[f"/s{n}/"] = (f"Sida {n}", f"<p>Ansökan om stöd nummer {n} skall behandlas inom fyra veckor.</p>")
    # a relative link is another address on each of a page's addresses (/s5/?print=1, /s5/index.html?print=1)
    content["/s5/"] = (content["/s5/"][0], content["/s5/"][1] + '<p><a href="?print=1">Skriv ut sidan</a></p>')
    routes = _routes(content)
    routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /*?print=\n", "text/plain")
    routes["/s5/index.html"] = routes["/s5/"]
    routes["/s7/?utm_campaign=vecka12"] = routes["/s7/"]
    links = b'<li><a href="/s5/index.html">Fem</a></li><li><a href="/s7/?utm_campaign=vecka12">Sju</a></li></ul>'
    routes["/"] = Route(routes["/"].body.replace(b"</ul>", links, 1))
    return routes


def test_a_page_at_two_addresses_is_one_entry_in_a_crawl_linted_as_it_goes_fresh_or_cached(tmp_path: Path) -> None:
    # A fresh crawl of 127 pages had kept the report linted early under each duplicate address as a full entry of
    # its own (*/s5/index.html* next to */s5/*, findings counted twice), while a cached run had not: a baseline made
    # by a cached run then failed a CI runner's fresh crawl on hundreds of "new" findings.
    import klarlint.crawl as crawl_module

    assert len(_big_site_with_duplicates()) - 1 > crawl_module.PROVISIONAL_PAGES
    served = serve(_big_site_with_duplicates())
    try:
        fresh = _crawl(served, tmp_path)
        cached = _crawl(served, tmp_path)
    finally:
        stop(served)
    for result in (fresh, cached):
        paths = [r.path.removeprefix(served.base) for r in result.report.files]
        assert "/s5/index.html" not in paths and "/s7/?utm_campaign=vecka12" not in paths
        assert paths.count("/s5/") == 1
        [five] = [r for r in result.report.files if r.path == served.base + "/s5/"]
        assert five.also_at == [served.base + "/s5/index.html"]
        assert "2 adresser med samma sida som en annan" in result.summary()
    assert fresh.linted == 35 and fresh.summary().startswith("35 sidor granskade")
    assert cached.summary().startswith("0 sidor granskade, 35 oförändrade")
    assert "2 stoppade av robots.txt" in fresh.summary() and "2 stoppade av robots.txt" in cached.summary()
    assert [r.to_json() for r in cached.report.files] == [r.to_json() for r in fresh.report.files]


def test_a_crawl_stopped_midway_keeps_the_pages_linted_so_far_and_says_so(tmp_path: Path, monkeypatch, capsys) -> None:
    # Ctrl-C (or SIGTERM) had kept nothing, not even the cache folder, and said nothing: the next run fetched and
    # linted every page again. The pages linted so far are now in the cache, and one line says what was kept.
    import klarlint.crawl as crawl_module

    served = serve(_big_site_with_duplicates())
    take = crawl_module._Site.take

    def stopped(site, item) -> None:
        take(site, item)
        if len(site.web) >= crawl_module.PROVISIONAL_PAGES + 2:
            raise KeyboardInterrupt

    try:
        monkeypatch.setattr(crawl_module._Site, "take", stopped)
        with pytest.raises(KeyboardInterrupt):
            _crawl(served, tmp_path, concurrency=1)
        line = capsys.readouterr().err.strip()
        monkeypatch.setattr(crawl_module._Site, "take", take)
        again = _crawl(served, tmp_path, concurrency=1)
    finally:
        stop(served)
    assert re.fullmatch(
        r"klarlint: granskningen avbröts; ingen rapport skrevs; (\d+) granskade sidor sparades i "
        r"cachen, och nästa körning granskar bara resten",
        line,
    ), line
    kept = int(line.split("; ")[2].split()[0])
    assert kept >= crawl_module.PROVISIONAL_PAGES
    assert again.reused >= kept - 2 and again.linted <= 35 - kept + 2  # (one may be linted again with the template)


def test_a_broken_link_on_a_page_s_second_address_names_the_page_s_first(tmp_path: Path) -> None:
    # The crawl reaches /b first as /b/index.html, whose link to /borta is found there: the error had said
    # "länkas från …/b/index.html", an address the report lists nowhere (it is /b's also_at)
    from site_server import page

    b = Route(page("Omsorg", "<p>Vi hjälper dig med hemtjänst.</p>", [("/b", "Omsorg"), ("/borta", "Borta")]))
    routes = {"/": Route(page("Start", "<p>Här finns nyheter.</p>", [("/b/index.html", "Omsorg")])), "/b": b}
    routes["/b/index.html"] = b
    served = serve(routes)
    try:
        result = _crawl(served, tmp_path, concurrency=1)
    finally:
        stop(served)
    [broken] = [r for r in result.report.files if r.error]
    assert broken.linked_from == served.base + "/b"
    assert broken.error.endswith(f"(länkas från {served.base}/b)"), broken.error


def test_robots_txt_s_crawl_delay_is_the_shortest_time_between_requests_and_said(site, tmp_path: Path, capsys) -> None:
    # Crawl-delay: 1 had been ignored (219 requests in one second); --rate still makes it slower
    site.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 0.25\n", "text/plain")
    _crawl(site, tmp_path / "a")
    said = capsys.readouterr().err
    times = sorted(site.times)[1:]  # after robots.txt
    assert len(times) >= 4 and min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.25 * 0.9
    assert "robots.txt ber om 0.25 sekunder mellan hämtningarna (Crawl-delay)" in said, said
    site.times.clear()
    _crawl(site, tmp_path / "b", rate=2)
    assert "Crawl-delay" not in capsys.readouterr().err  # --rate 2 is slower: nothing to say
    times = sorted(site.times)
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.5 * 0.9


def _broken_site() -> dict[str, Route]:
    routes = _routes(CONTENT)
    routes["/a"] = Route(routes["/a"].body.replace(b"</ul>", b'<li><a href="/borta">Borta</a></li></ul>', 1))
    return routes


def test_a_broken_link_names_the_page_that_links_to_it(tmp_path: Path) -> None:
    served = serve(_broken_site())
    try:
        result = _crawl(served, tmp_path)
    finally:
        stop(served)
    [broken] = [r for r in result.report.files if r.error]
    assert broken.path == served.base + "/borta" and broken.status == 404
    assert broken.linked_from == served.base + "/a"
    assert broken.error.endswith(f"(länkas från {served.base}/a)")
    assert broken.to_json()["linked_from"] == served.base + "/a"
    tree = html.fromstring(html_report.render(result.report, tmp_path / "r.html"))
    [item] = tree.xpath("//section[@aria-labelledby='fel']/ul/li")
    assert item.xpath("a/@href") == [served.base + "/a"]
    assert tree.xpath("//h2[@id='fel']/text()") == ["Sidor och adresser som inte kunde granskas"]


def test_a_known_broken_link_is_reported_but_does_not_fail_and_a_new_one_does(tmp_path: Path) -> None:
    served = serve(_broken_site())
    try:
        start = served.base + "/"
        common = ("--no-cache", "--no-progress", "--format", "json", "--fail-on", "error")
        first = klarlint("crawl", start, *common, "--write-baseline", str(tmp_path / "b.json"))
        assert first.returncode == 2 and "länkas från" in first.stderr
        known = klarlint("crawl", start, *common, "--baseline", str(tmp_path / "b.json"))
        assert known.returncode == 0, known.stderr
        assert "borta: servern svarade 404 Not Found" in known.stderr and "(finns i baslinjen)" in known.stderr
        [entry] = [f for f in json.loads(known.stdout)["files"] if f.get("error")]
        assert entry["in_baseline"] is True and entry["status"] == 404
        served.routes["/b"] = Route(served.routes["/b"].body.replace(b"</ul>", b'<li><a href="/ny">X</a></li></ul>'))
        # --format github: the new broken link is an ::error, the known one no annotation at all (as a known
        # finding is none); it had been an ::error like the new one, on a pull request the gate passed
        github = ("--no-cache", "--no-progress", "--format", "github", "--fail-on", "error")
        new = klarlint("crawl", start, *github, "--baseline", str(tmp_path / "b.json"))
        assert new.returncode == 2
        errors = [line for line in new.stdout.splitlines() if line.startswith("::error")]
        assert len(errors) == 1 and "/ny: servern svarade 404" in errors[0], new.stdout
        assert "/borta" not in new.stdout
    finally:
        stop(served)


def test_an_error_no_baseline_can_hold_says_how_to_leave_it_out_and_a_login_page_how_to_log_in(tmp_path: Path) -> None:
    # A 500, a redirect loop, a scanned PDF or a timeout fails every --baseline gate (only a 4xx is a broken link
    # a baseline records), and the error had not said how to get past it; a 401 had not said how to log in. The
    # loop had been named by its last hop (/loop-b), which no page links to, with no linking page.
    from test_site_meta import _pdf

    routes = _routes(CONTENT)
    links = "".join(f'<li><a href="{href}">X</a></li>' for href in ("/trasig", "/loop-a", "/skyddad", "/skannad.pdf"))
    routes["/a"] = Route(routes["/a"].body.replace(b"</ul>", links.encode() + b"</ul>", 1))
    routes["/trasig"] = Route(b"", status=500)
    routes["/loop-a"] = Route(status=301, location="/loop-b")
    routes["/loop-b"] = Route(status=302, location="/loop-a")
    routes["/skyddad"] = Route(b"", status=401)
    routes["/skannad.pdf"] = Route(_pdf([""]), "application/pdf")
    served = serve(routes)
    try:
        result = _crawl(served, tmp_path)
        served.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /\n", "text/plain")
        blocked = _crawl(served, tmp_path)
    finally:
        stop(served)
    errors = {r.path.removeprefix(served.base): r.error for r in result.report.files if r.error}
    assert set(errors) == {"/trasig", "/loop-a", "/skyddad", "/skannad.pdf"}
    hint = "kan inte läggas i en baslinje: hoppa över adressen med --exclude"
    for path in ("/trasig", "/loop-a", "/skannad.pdf"):
        assert hint in errors[path], errors[path]
    loop = errors["/loop-a"]
    assert f"{served.base}/loop-a → {served.base}/loop-b → {served.base}/loop-a" in loop
    assert f"(länkas från {served.base}/a)" in loop
    assert hint not in errors["/skyddad"] and '--header "Cookie: namn=värde"' in errors["/skyddad"]
    [start] = [r.error for r in blocked.report.files if r.error]
    assert "robots.txt tillåter inte att sidan hämtas; använd --ignore-robots" in start


def test_a_previous_run_or_baseline_of_another_address_says_it_matches_nothing(tmp_path: Path) -> None:
    # The same site on another port (staging moved) had given "Nya 31, Åtgärdade 1 173" and every finding new
    # against the baseline, with no word of why.
    one, other = serve(_routes(CONTENT)), serve(_routes(CONTENT))
    try:
        common = ("--no-cache", "--no-progress", "--fail-on", "error")
        first = klarlint(
            "crawl", one.base + "/", *common, "--format", "json", "--write-baseline", "b.json", cwd=tmp_path
        )
        (tmp_path / "forra.json").write_text(first.stdout, encoding="utf-8")
        same = klarlint("crawl", one.base + "/", *common, "--compare-with", "forra.json", "--report", "r.html",
                        "--baseline", "b.json", cwd=tmp_path)  # fmt: skip
        moved = klarlint("crawl", other.base + "/", *common, "--compare-with", "forra.json", "--report", "r.html",
                         "--baseline", "b.json", cwd=tmp_path)  # fmt: skip
    finally:
        stop(one)
        stop(other)
    assert "ingen sida i förra körningen" not in same.stderr and "ingen sökväg i baslinjen" not in same.stderr
    assert f"forra.json: ingen sida i förra körningen (till exempel {one.base}/" in moved.stderr, moved.stderr
    assert f"ingen sökväg i baslinjen (till exempel '{one.base}/" in moved.stderr
    shown = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Ingen sida i förra körningen finns i den här" in shown


@pytest.mark.parametrize("option", ["--baseline", "--compare-with"])
@pytest.mark.parametrize("content", [None, "inte json", "<!DOCTYPE html><html></html>"], ids=["saknas", "text", "html"])
def test_a_bad_baseline_or_previous_report_stops_the_run_before_any_request(
    site, tmp_path: Path, option: str, content: str | None
) -> None:
    bad = tmp_path / "fel.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    report = ("--report", str(tmp_path / "r.html"))
    result = klarlint("crawl", site.base + "/", "--no-cache", option, str(bad), *report, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"klarlint: {bad}: ") and len(result.stderr.splitlines()) == 1
    assert site.paths() == []  # not a single request
    (tmp_path / "sida.txt").write_text("Ansökan skall skickas in.", encoding="utf-8")
    files = klarlint(str(tmp_path / "sida.txt"), option, str(bad), *report, cwd=tmp_path)
    assert files.returncode == 2 and files.stderr == result.stderr


def test_a_crawl_cut_short_by_max_pages_says_so(site, tmp_path: Path) -> None:
    result = _crawl(site, tmp_path, max_pages=2)
    assert result.report.not_fetched == 2
    assert result.report.to_json()["crawl"] == {"max_pages": 2, "not_fetched": 2, "template_pages": 0}
    tree = html.fromstring(html_report.render(result.report, tmp_path / "r.html"))
    [note] = tree.xpath("//p[@class='note']")
    assert "--max-pages 2" in note.text_content() and "2 adresser" in note.text_content()
    cards = dict(zip(tree.xpath("//dl/div/dt/text()"), tree.xpath("//dl/div/dd/text()"), strict=True))
    assert cards["Inte hämtade (--max-pages 2)"] == "2"
    assert "2 hämtades inte (--max-pages 2)" in result.summary()


def test_the_summary_counts_what_was_linted_and_leaves_out_what_was_not_asked_for(tmp_path: Path) -> None:
    content = dict(CONTENT)
    content["/en"] = ("English", '<p lang="en">This page is in English and has no Swedish at all, none.</p>')
    routes = _routes(content)
    routes["/en"] = Route(routes["/en"].body.replace(b'<html lang="sv">', b'<html lang="en">'))
    routes["/ut"] = Route(status=301, location="http://example.com/")
    routes["/"] = Route(routes["/"].body.replace(b"</ul>", b'<li><a href="/ut">Ut</a></li></ul>'))
    served = serve(routes)
    try:
        everything = _crawl(served, tmp_path / "alla")
        only = _crawl(served, tmp_path / "bara", include=(r"/a$",))
    finally:
        stop(served)
    summary = everything.summary()
    assert summary.startswith("4 sidor granskade, 1 sida utan text att granska"), summary
    assert "1 omdirigeras utanför webbplatsen" in summary
    assert only.summary() == "1 sida granskad", only.summary()


def test_the_report_counts_what_it_lists_as_not_checked(site, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /c\n", "text/plain")
    result = _crawl(site, tmp_path)
    tree = html.fromstring(html_report.render(result.report, tmp_path / "r.html"))
    cards = dict(zip(tree.xpath("//dl/div/dt/text()"), tree.xpath("//dl/div/dd/text()"), strict=True))
    listed = {span.text_content() for span in tree.xpath("//ul[@class='not-checked']//span[@class='page-name']")}
    assert listed and cards["Sidor med text som inte granskades"] == str(len(listed))


# --- text fragments, checked in real Chromium -------------------------------------------------------------------

CHROMIUM = find_chromium()
CHROMEDRIVER = find_chromedriver()


@contextlib.contextmanager
def _chromium(tmp_path: Path):
    """A headless Chromium (browser_helpers.webdriver_session): yields go(url) and run(script)."""
    with webdriver_session(tmp_path) as (client, session):

        def go(url: str) -> None:
            client.post(f"{session}/url", json={"url": url})

        def run(script: str):
            return client.post(f"{session}/execute/sync", json={"script": script, "args": []}).json()["value"]

        yield go, run


def _matches(shown: str, directive: str) -> int:
    """How often a text directive matches the page's shown text as browsers match: whole words, any case."""
    parts = [unquote(part) for part in directive.split(",")]
    prefix = parts.pop(0)[:-1] if parts[0].endswith("-") else ""
    suffix = parts.pop()[1:] if parts[-1].startswith("-") else ""
    words = [re.escape(" ".join(part.split())) for part in (prefix, parts[0], suffix) if part]
    return len(re.findall(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", " ".join(shown.split()), re.IGNORECASE))


def test_every_text_fragment_of_the_report_matches_once_in_chromium(tmp_path: Path) -> None:
    if CHROMIUM is None or CHROMEDRIVER is None:
        skip_or_fail("no Chromium and chromedriver on this machine")
    content = dict(CONTENT)
    # The heading is in the breadcrumb above it, and in the title and description, which the page does not show
    content["/a"] = ("Ansökan skall skickas", "<p>Ansökan skall skickas in. Sedan skall den behandlas.</p>")
    routes = _routes(content, breadcrumb=True)
    description = '<meta name="description" content="Ansökan skall skickas in.">'.encode()
    routes["/a"] = Route(routes["/a"].body.replace(b"</title>", b"</title>" + description))
    served = serve(routes)
    try:
        result = _crawl(served, tmp_path)
        target = tmp_path / "rapport.html"
        html_report.write(result.report, target)
        tree = html.fromstring(target.read_bytes())
        links = tree.xpath("//li[contains(@class, 'finding')]//p[@class='meta']/a/@href")
        with _chromium(tmp_path) as (go, run):
            texts = {}
            for link in links:
                page, _, directive = link.partition("#:~:text=")
                if page not in texts:
                    go(page.split("#")[0])
                    texts[page] = run("return document.body.innerText;")
                if directive:
                    assert _matches(texts[page], directive) == 1, unquote(link)
    finally:
        stop(served)
    # The title's and the description's findings open the page, with no fragment that would match nothing
    assert len(links) == sum(len(r.findings) for r in result.report.files if not r.error)
    assert links.count(served.base + "/a") >= 2


def test_a_word_repeated_over_a_whole_page_gets_its_fragments_in_one_reading(monkeypatch) -> None:
    # each finding's search for the shortest unique context had read the whole page up to 325 times: a page of
    # 8,000 *skall* took three minutes to crawl (session 40's hostile-input tester); the words' places are found once
    module = importlib.import_module("klarlint.crawl.fragments")  # (klarlint.crawl.fragments is also a function)
    from klarlint.report import Finding
    from klarlint.rules.base import Severity

    patterns = []
    original = module._pattern
    monkeypatch.setattr(module, "_pattern", lambda *args, **kwargs: patterns.append(args) or original(*args, **kwargs))
    source = "<html><body><p>" + "skall " * 3000 + "</p></body></html>"
    first = source.index("skall")
    findings = [
        Finding("skall", Severity.WARNING, 1, 1, 1, 1, first + 6 * i, first + 6 * i + 5, "skall", "", None, None)
        for i in range(0, 3000, 100)
    ]
    directives = module.fragments(source, findings)
    assert len(patterns) <= 2  # the words, as whole words and anywhere: not once per finding and context
    context = " ".join(["skall"] * module.MAX_CONTEXT_WORDS)
    assert unquote(directives[(findings[10].start, findings[10].end, "skall")]) == f"{context}-,skall,-{context}"
    assert len(directives) == len(findings)


def test_pages_linted_early_without_a_provisional_template_are_linted_again_where_the_site_s_differs(
    tmp_path: Path, monkeypatch
) -> None:
    # Pages are linted while the crawl goes on, without the template of the first pages; a block all of those share
    # that turns out to be on too few pages of the whole site is no template: those pages are linted again with it,
    # and the crawl's findings are those of linting every page once the site's template is known.
    import klarlint.crawl as crawl_module

    extra = "<p>Ansökan skall lämnas senast i maj.</p>"
    content = {
        f"/{name}": (name.title() or "Start", f"<p>Sidan om {name or 'start'}.</p>") for name in ("", *"abcdefg")
    }
    routes = {path: Route(_page(path, content)) for path in content}
    for path in ("/", "/a", "/b"):  # the first three fetched, one at a time: the provisional template's pages
        routes[path] = Route(_page(path, content).replace(b"</h1>", b"</h1>" + extra.encode()))
    served = serve(routes)
    try:
        monkeypatch.setattr(crawl_module, "PROVISIONAL_PAGES", 3)
        early = _crawl(served, tmp_path / "early", concurrency=1)
        monkeypatch.setattr(crawl_module, "PROVISIONAL_PAGES", 10**6)
        late = _crawl(served, tmp_path / "late", concurrency=1)
    finally:
        stop(served)

    def findings(result) -> dict[str, list[tuple[str, str]]]:
        return {r.path: sorted((f.rule, f.text) for f in r.findings) for r in result.report.files}

    assert findings(early) == findings(late)
    assert ("skall", "skall") in findings(early)[served.base + "/a"]  # linted again: its extra block is its own
