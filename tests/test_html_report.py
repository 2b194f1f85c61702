"""--report report.html: a self-contained site report, worst pages first, written atomically."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from lxml import html

from browser_helpers import CHROMIUM_FLAGS, find_chromedriver, find_chromium, skip_or_fail, webdriver_session
from klarlint.errors import KlarlintError
from klarlint.report import FileReport, Finding, Report, Stats
from klarlint.reporters import html_report
from klarlint.rules.base import Severity
from test_cli import PASSIVE, klarlint

CHROMIUM = find_chromium()


def _findings(count: int, severity: Severity = Severity.WARNING) -> list[Finding]:
    return [Finding("jargon", severity, 1, 1, 1, 5, 0, 4, "ord", "Ett meddelande.", None, None) for _ in range(count)]


def _page(path: str, words: int, lix: float, findings: list[Finding]) -> FileReport:
    stats = Stats(words=words, sentences=max(1, words // 10), mean_sentence_length=10.0, lix=lix, passive_share=0.2)
    return FileReport(path, findings=findings, stats=stats)


def _rows(tree) -> list[str]:
    return [row.get("data-path") for row in tree.xpath("//table[contains(@class, 'pages')]/tbody/tr")]


def test_rows_worst_first_by_findings_per_1000_words_then_lix(tmp_path: Path) -> None:
    report = Report(
        [
            _page("a-lagom.txt", 1000, 45.0, _findings(10)),  # 10 per 1,000 words
            _page("b-manga.txt", 200, 30.0, _findings(6)),  # 30 per 1,000 words: worst
            _page("c-ren-svar.txt", 500, 62.0, []),  # 0, but hard to read
            _page("d-ren-latt.txt", 500, 25.0, []),  # 0 and easy: last
            FileReport("e-trasig.txt", error="e-trasig.txt: filen ser ut att vara binär, inte text"),
            _page("f-lika.txt", 2000, 50.0, _findings(20, Severity.ERROR)),  # 10 per 1,000, higher LIX than a
            # 250 per 1,000 words, but a stub: after the longer pages with findings, before those without (session 48)
            _page("g-stubbe.txt", 12, 20.0, _findings(3)),
        ]
    )
    target = tmp_path / "rapport.html"
    html_report.write(report, target)
    tree = html.fromstring(target.read_bytes())
    expected = ["b-manga.txt", "f-lika.txt", "a-lagom.txt", "g-stubbe.txt", "c-ren-svar.txt", "d-ren-latt.txt"]
    assert _rows(tree) == expected
    first = tree.xpath("//table[contains(@class, 'pages')]/tbody/tr")[0]
    cells = [cell.text_content().strip() for cell in first.xpath("./td")]
    assert cells[:5] == ["200", "30,0", "10,0", "20\u00a0%", "30,0"]
    assert cells[5:] == ["6", "0", "6", "0"]  # findings in total, then errors, warnings, info
    assert "e-trasig.txt: filen ser ut att vara binär" in tree.text_content()
    assert tree.xpath("//svg") and tree.xpath("//svg//rect")
    assert tree.get("lang") == "sv"


def test_self_contained_and_escaped(tmp_path: Path) -> None:
    nasty = '<script>alert("x")</script>&.txt'
    target = tmp_path / "rapport.html"
    html_report.write(Report([_page(nasty, 100, 40.0, _findings(1))]), target)
    text = target.read_text(encoding="utf-8")
    tree = html.fromstring(text)
    assert not tree.xpath("//script[@src]") and not tree.xpath("//link") and not tree.xpath("//iframe")
    assert len(tree.xpath("//script")) == 1  # the small inline script that keeps the filter counts
    assert _rows(tree) == [nasty]
    references = tree.xpath("//@src | //@href")
    assert not [ref for ref in references if ref.startswith(("http:", "https:", "//"))]
    assert "@import" not in text and "url(" not in text


def test_pages_link_to_their_files_but_stdin_does_not(tmp_path: Path) -> None:
    target = tmp_path / "ut" / "rapport.html"
    report = Report([_page(str(tmp_path / "sidor" / "å ä.md"), 100, 40.0, []), _page("<stdin>", 100, 30.0, [])])
    html_report.write(report, target)
    tree = html.fromstring(target.read_bytes())
    assert tree.xpath("//table[contains(@class, 'pages')]//th/a/@href") == ["../sidor/%C3%A5%20%C3%A4.md"]


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "rapport.html"
    target.write_text("den gamla rapporten", encoding="utf-8")

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(html_report.os, "replace", failing_replace)
    with pytest.raises(KlarlintError, match="kan inte skriva rapporten"):
        html_report.write(Report([_page("a.txt", 100, 40.0, [])]), target)
    assert target.read_text(encoding="utf-8") == "den gamla rapporten"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.html"]  # no temporary file left behind

    monkeypatch.undo()
    html_report.write(Report([_page("a.txt", 100, 40.0, [])]), target)
    assert _rows(html.fromstring(target.read_bytes())) == ["a.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.html"]
    assert target.stat().st_mode & 0o044  # readable by others (mkstemp alone makes it private)


def test_cli_writes_report_for_a_folder(tmp_path: Path) -> None:
    site = tmp_path / "public"
    (site / "tjanster").mkdir(parents=True)
    (site / "start.md").write_text("# Välkommen\n\nVi hjälper dig med bygglov.\n", encoding="utf-8")
    (site / "tjanster" / "ansokan.txt").write_text("Hej!\n\n" + PASSIVE, encoding="utf-8")
    (site / "trasig.txt").write_bytes(b"\x00\x01\x02 binary")
    result = klarlint("public", "--format", "json", "--report", "ut/rapport.html", cwd=tmp_path)
    assert result.returncode == 2  # the binary file
    tree = html.fromstring((tmp_path / "ut" / "rapport.html").read_bytes())
    assert _rows(tree) == [str(Path("public/tjanster/ansokan.txt")), str(Path("public/start.md"))]
    links = tree.xpath("//table[contains(@class, 'pages')]//th/a/@href")
    assert links == ["../public/tjanster/ansokan.txt", "../public/start.md"]
    assert all((tmp_path / "ut" / link).resolve().is_file() for link in links)


def test_text_not_checked_is_listed_page_by_page(tmp_path: Path) -> None:
    # a staging site: a page in English and a page with the template's filler text left in; the report says so
    # instead of leaving them out without a word
    site = tmp_path / "public"
    site.mkdir()
    (site / "start.md").write_text("# Välkommen\n\nVi hjälper dig med bygglov och andra frågor.\n", encoding="utf-8")
    (site / "english.md").write_text(
        "# About us\n\nThe municipality helps you with building permits and other questions about your home.\n",
        encoding="utf-8",
    )
    (site / "om-oss.md").write_text(
        "# Om oss\n\nVi är en kommun i Värmland och vi hjälper dig med frågor om skola och omsorg.\n\n"
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n",
        encoding="utf-8",
    )
    klarlint("public", "--report", "rapport.html", cwd=tmp_path)
    tree = html.fromstring((tmp_path / "rapport.html").read_bytes())
    summary = dict(
        zip(
            tree.xpath("//dl[@class='summary']//dt/text()"),
            tree.xpath("//dl[@class='summary']//dd/text()"),
            strict=True,
        )
    )
    assert summary["Sidor med text som inte granskades"] == "2"
    listed = {
        item.xpath("string(span[@class='page-name'])"): item.xpath("ul/li/text()")
        for item in tree.xpath("//ul[@class='not-checked']/li")
    }
    assert listed == {
        str(Path("public/english.md")): [
            "Texten är på engelska och har inte granskats: klarlint granskar svensk text."
        ],
        str(Path("public/om-oss.md")): [
            "Platshållartext (lorem ipsum) har inte granskats (rad 5): klarlint granskar svensk text."
        ],
    }


def test_a_notice_many_pages_share_is_one_line_with_their_count_after_the_others(tmp_path: Path) -> None:
    # 132 pages' related-links notice had buried the English page and the draft among 1,000 lines
    from klarlint.limits import Notice

    links = "Rader med bara länkar till andra sidor (deras rubriker) granskades inte (inte löptext)."
    english = "Texten är på engelska och har inte granskats: klarlint granskar svensk text."
    files = [FileReport(f"sidor/artikel{n}.md", notices=[Notice("not-prose", links)]) for n in range(10)]
    files.append(FileReport("sidor/english.md", notices=[Notice("language", english)]))
    files.append(FileReport("sidor/fa.md", notices=[Notice("not-prose", links.replace("Rader", "Rader "))]))
    tree = html.fromstring(html_report.render(Report(files), tmp_path / "r.html"))
    items = tree.xpath("//ul[@class='not-checked']/li")
    assert [item.xpath("string(span[@class='page-name'])") for item in items[:2]] == [
        "sidor/english.md",
        "sidor/fa.md",  # a notice on fewer than GROUPED_AT pages stays with its page
    ]
    [grouped] = tree.xpath("//ul[@class='not-checked']/li[@class='grouped']")
    assert grouped.xpath("string(details/summary)") == f"{links} 10 sidor"
    assert len(grouped.xpath("details/ul/li/span[@class='page-name']")) == 10
    cards = dict(zip(tree.xpath("//dl/div/dt/text()"), tree.xpath("//dl/div/dd/text()"), strict=True))
    named = {span.text_content() for span in tree.xpath("//ul[@class='not-checked']//span[@class='page-name']")}
    assert cards["Sidor med text som inte granskades"] == str(len(named)) == "12"


def test_cli_report_to_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    (tmp_path / "fil").write_text("", encoding="utf-8")
    result = klarlint("brev.txt", "--report", "fil/rapport.html", cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("klarlint: ") and "kan inte skriva rapporten" in line


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    if CHROMIUM is None:
        skip_or_fail("no Chromium or Chrome on this machine")
    report = Report([_page(f"sida-{i}.txt", 300 + i, 30.0 + 5 * i, _findings(i)) for i in range(6)])
    target = tmp_path / "rapport.html"
    html_report.write(report, target)
    env = {**os.environ, "HOME": str(tmp_path)}
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profil'}"]
    dom = subprocess.run(
        [*command, "--dump-dom", target.as_uri()], capture_output=True, text=True, timeout=120, env=env
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = html.fromstring(dom.stdout)
    assert _rows(rendered) == [f"sida-{i}.txt" for i in range(5, -1, -1)]
    assert rendered.xpath("//svg//rect")
    shot = tmp_path / "bild.png"
    subprocess.run(
        [*command, "--window-size=1280,1200", f"--screenshot={shot}", target.as_uri()],
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# --- the findings themselves, filters, new and fixed (issue 12) ------------------------------------

LONG_PAGE = (
    "<html lang='sv'><head><title>Bygglov</title></head><body><main><h1>Bygglov</h1>"
    "<p>Ansökan skall lämnas in senast den 1 mars. {extra}</p>"
    + "<p>Du kan söka bygglov hos oss när du vill bygga ett nytt hus eller en ny altan.</p>" * 12
    + "</main></body></html>"
)


def _site_report(extra: str = "") -> Report:
    from klarlint.linter import lint_document
    from klarlint.readers import read_text

    pages = [
        ("https://example.se/bygglov", LONG_PAGE.format(extra=extra)),
        ("https://example.se/kort", "<main><p>Du skall fylla i blanketten. <b>x</b></p></main>"),
    ]
    files = [lint_document(read_text(source, "html", url)) for url, source in pages]
    from klarlint.rules.registry import all_rules

    return Report(files, [rule.info for rule in all_rules()])


def test_findings_shown_with_sentence_marked_rule_advice_and_link(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    html_report.write(_site_report(), target)
    tree = html.fromstring(target.read_bytes())
    [section] = [s for s in tree.xpath("//details[contains(@class, 'page-findings')]") if "bygglov" in s.text_content()]
    [skall] = section.xpath(".//li[@data-rule='skall']")
    assert skall.xpath(".//mark")[0].text == "skall"
    assert "Ansökan skall lämnas in senast den 1 mars." in skall.xpath(".//blockquote")[0].text_content()
    assert skall.get("data-severity") in ("warning", "error", "info")
    assert "Förslag:" in skall.text_content()
    [href] = skall.xpath(".//p[@class='meta']/a/@href")
    # the words around it, so the right one of several *skall* on the page is marked
    assert href == "https://example.se/bygglov#:~:text=Ans%C3%B6kan-,skall,-l%C3%A4mnas%20in%20senast"
    # The pages table links each page's count to its findings.
    assert tree.xpath("//table[contains(@class,'pages')]//td/a/@href")[0].startswith("#sida-")
    # Filters for every severity and every rule that has findings, and a CSS rule hiding unchecked ones.
    assert tree.xpath("//input[@id='f-warning']") and tree.xpath("//input[@id='f-r0']")
    assert "body:has(#f-warning:not(:checked)) .finding.warning" in target.read_text(encoding="utf-8")


def test_pages_are_named_by_their_title_with_the_address_under_it(tmp_path: Path) -> None:
    # an editor knows pages by title; the report had listed only addresses (session 42's site tester)
    target = tmp_path / "rapport.html"
    html_report.write(_site_report(), target)
    tree = html.fromstring(target.read_bytes())
    rows = {row.get("data-path"): row.xpath("./th")[0] for row in tree.xpath("//tr[@class='page']")}
    named = rows["https://example.se/bygglov"]
    assert named.xpath("./a")[0].text == "Bygglov" and named.xpath("./a/@href") == ["https://example.se/bygglov"]
    assert named.xpath(".//span[contains(@class,'path')]")[0].text == "https://example.se/bygglov"
    untitled = rows["https://example.se/kort"]  # no heading, no <title>: its address
    assert untitled.xpath("./a")[0].text == "https://example.se/kort"
    [summary] = tree.xpath("//details[.//p[@class='page-link']/a[@href='https://example.se/bygglov']]/summary")
    assert summary.xpath(".//span[@class='page-name']")[0].text == "Bygglov"


def test_a_title_is_kept_in_the_json_and_in_the_crawl_cache() -> None:
    from klarlint.crawl.serialize import report_from_data, report_to_data

    page = _site_report().files[0]
    assert page.title == "Bygglov" and page.to_json()["title"] == "Bygglov"
    assert report_from_data(report_to_data(page), page.path).title == "Bygglov"
    assert "title" not in _site_report().files[1].to_json()


def test_hostile_context_and_message_are_escaped(tmp_path: Path) -> None:
    nasty = '<img src=x onerror="alert(1)">'
    finding = Finding(
        "jargon",
        Severity.WARNING,
        1,
        1,
        1,
        5,
        0,
        4,
        nasty,
        f"Meddelande {nasty}",
        f"Förslag {nasty}",
        None,
        context=f"Före {nasty} efter </blockquote><script>alert(2)</script>",
    )
    target = tmp_path / "rapport.html"
    html_report.write(Report([_page('https://e.se/"><script>', 300, 40.0, [finding])]), target)
    tree = html.fromstring(target.read_bytes())
    assert not tree.xpath("//img") and len(tree.xpath("//script")) == 1
    assert tree.xpath("//mark")[0].text == nasty


def test_compare_with_previous_json_marks_new_and_lists_fixed(tmp_path: Path) -> None:
    from klarlint.reporters import json as json_reporter

    old = _site_report()
    previous_json = tmp_path / "forra.json"
    with previous_json.open("w", encoding="utf-8") as out:
        json_reporter.write(old, out)
    # Today: the short page's "skall" is fixed, a new sentence brings a new finding, the rest moved nothing.
    today = _site_report(extra="Beslutet skall fattas av nämnden.")
    today.files[1].findings = [f for f in today.files[1].findings if f.rule != "skall"]
    target = tmp_path / "rapport.html"
    html_report.write(today, target, previous=html_report.read_previous(previous_json))
    tree = html.fromstring(target.read_bytes())
    new = tree.xpath("//li[contains(@class, 'finding') and contains(@class, 'new')]")
    assert [item.xpath(".//blockquote")[0].text_content() for item in new if item.get("data-rule") == "skall"] == [
        "Beslutet skall fattas av nämnden."
    ]
    assert all("Beslutet skall" in item.text_content() for item in new)
    fixed = tree.xpath("//ul[@class='fixed']/li")
    assert len(fixed) == 1 and "https://example.se/kort" in fixed[0].text_content()
    assert "skall" in fixed[0].text_content()
    assert tree.xpath("//input[@id='f-new']")


def test_compare_with_a_broken_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    (tmp_path / "forra.json").write_text("{inte json", encoding="utf-8")
    result = klarlint("brev.txt", "--report", "r.html", "--compare-with", "forra.json", cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "forra.json: inte en JSON-rapport" in line


@pytest.mark.parametrize(
    ("content", "reason"),
    [("{inte json", "(ogiltig JSON på rad 1, kolumn 2)"), ("5", ""), ('{"files": 5}', ""), ("[]", "")],
)
def test_a_broken_previous_report_is_said_in_swedish(tmp_path: Path, content: str, reason: str) -> None:
    """Python's own words ("Expecting value …", "'int' object is not iterable") had followed in parentheses."""
    (tmp_path / "forra.json").write_text(content, encoding="utf-8")
    with pytest.raises(KlarlintError) as caught:
        html_report.read_previous(tmp_path / "forra.json")
    assert (
        str(caught.value)
        == f"{tmp_path / 'forra.json'}: inte en JSON-rapport från klarlint --format json {reason}".strip()
    )


def test_a_previous_report_without_sentences_is_matched_without_them(tmp_path: Path) -> None:
    """A report from a klarlint that wrote no ``context``: every finding had been new and every old one fixed.
    The run says so on stderr and matches by page, rule and text; the report is still written (an upgrade
    must not turn a CI job red)."""
    (tmp_path / "brev.txt").write_text("Det skall göras. Beslutet skall fattas.\n", encoding="utf-8")
    today = klarlint("brev.txt", "--format", "json", "--enable", "skall", cwd=tmp_path)
    data = json.loads(today.stdout)
    for file_data in data["files"]:
        for finding in file_data["findings"]:
            del finding["context"]
    (tmp_path / "forra.json").write_text(json.dumps(data), encoding="utf-8")
    result = klarlint("brev.txt", "--report", "r.html", "--compare-with", "forra.json", cwd=tmp_path)
    assert result.returncode == 1
    [line] = [line for line in result.stderr.splitlines() if "forra.json" in line]
    assert line == (
        "klarlint: forra.json: förra rapporten saknar meningarna (en äldre klarlint), så anmärkningarna "
        "jämförs bara på sida, regel och markerad text"
    )
    tree = html.fromstring((tmp_path / "r.html").read_bytes())
    assert tree.xpath("//li[contains(@class, 'finding')]")
    assert not tree.xpath("//li[contains(@class, 'finding') and contains(@class, 'new')]")
    assert not tree.xpath("//ul[@class='fixed']/li")


CHROMEDRIVER = find_chromedriver()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_filters_work_in_real_chromium(tmp_path: Path, javascript: bool) -> None:
    """Real Chromium through chromedriver (W3C WebDriver over 127.0.0.1): click the filters, count what shows.

    Without JavaScript the filters still work (CSS :has()); only the count is not updated.
    """
    if CHROMIUM is None or CHROMEDRIVER is None:
        skip_or_fail("no Chromium and chromedriver on this machine")
    target = tmp_path / "rapport.html"
    html_report.write(_site_report(), target)
    extra = () if javascript else ("--blink-settings=scriptEnabled=false",)
    with webdriver_session(tmp_path, extra) as (client, url):

        def run(script: str):
            return client.post(f"{url}/execute/sync", json={"script": script, "args": []}).json()["value"]

        def click(selector: str) -> None:
            found = client.post(f"{url}/element", json={"using": "css selector", "value": selector}).json()
            element = next(iter(found["value"].values()))
            client.post(f"{url}/element/{element}/click", json={})

        visible = (
            "return [...document.querySelectorAll('.finding')]"
            ".filter(f => getComputedStyle(f).display !== 'none').map(f => f.dataset.rule);"
        )
        client.post(f"{url}/url", json={"url": target.as_uri()})
        everything = run(visible)
        assert "skall" in everything and len(everything) >= 3
        shown = run("return document.querySelector('.shown').textContent;")
        assert shown == (f"{len(everything)} anmärkningar visas" if javascript else f"{len(everything)} anmärkningar")
        rules = run("return [...document.querySelectorAll('.filters input[id^=f-r]')].map(i => i.id);")
        skall_box = run(
            "return [...document.querySelectorAll('.filters label')]"
            ".find(l => l.textContent.trim() === 'skall').querySelector('input').id;"
        )
        assert skall_box in rules
        click(f"#{skall_box}")
        assert run(visible) == [rule for rule in everything if rule != "skall"]
        if javascript:
            assert run("return document.querySelector('.shown').textContent;").startswith(
                f"{len(everything) - everything.count('skall')} "
            )
        click("#f-warning")
        click("#f-info")
        click("#f-error")
        assert run(visible) == []
        empty = run("return document.querySelectorAll('.page-findings.empty').length;")
        assert empty == (2 if javascript else 0)  # without the script, emptied pages stay


def test_a_crawled_pdf_s_finding_links_to_its_page_and_a_repeated_word_to_its_own_place() -> None:
    from collections import Counter

    from klarlint.location import Location

    def finding(text: str, context: str, location: Location | None = None) -> Finding:
        return Finding("passive-voice", Severity.WARNING, 9, 5, 9, 8, 100, 103, text, "…", None, None, context=context,
                       location=location)  # fmt: skip

    pdf = html_report.PageRow("https://example.se/rapport.pdf", "https://example.se/rapport.pdf", Stats(), 1, 0.0,
                              Counter())  # fmt: skip
    # a crawled PDF had got a text fragment, which PDF viewers do not follow
    in_pdf = finding("ges", "Stöd ges till alla.", Location(3, 0, None, 2))
    assert html_report._finding_href(pdf, in_pdf) == "https://example.se/rapport.pdf#page=2"
    web = html_report.PageRow("https://example.se/a", "https://example.se/a", Stats(), 1, 0.0, Counter())
    second = finding("ges", "Mer stöd ges, och hjälp ges nu.")
    assert (
        html_report._finding_href(web, second)
        == "https://example.se/a#:~:text=Mer%20st%C3%B6d-,ges,-%2C%20och%20hj%C3%A4lp"
    )
