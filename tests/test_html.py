"""HTML reader: main content, what is left out, and positions that point into the HTML source."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, lint_text, rule_texts
from klarlint.document import META_KINDS, BlockKind
from klarlint.linter import lint_document
from klarlint.readers import read_path, read_text
from test_cli import klarlint

SAMPLE = ROOT / "examples" / "sida-fore.html"

PAGE = """<!DOCTYPE html>
<html lang="sv">
<head><title>Sidans titel</title><style>p { color: red }</style>
<script>var text = "Skript som inte är text";</script></head>
<body>
<div class="cookie-notice" id="cc"><p>Vi använder kakor.</p></div>
<header><a href="/">Norrby kommun</a><nav><ul><li>Meny</li></ul></nav></header>
<main>
<h1>Bygglov</h1>
<p>Du behöver bygglov.</p>
<noscript><p>Slå på Javascript.</p></noscript>
<template><p>Mall</p></template>
<p hidden>Dolt stycke.</p>
<div aria-hidden="true">Dold för skärmläsare.</div>
<p style="color: red; display : none">Osynligt stycke.</p>
<section lang="en"><p>English text.</p><p lang="sv-SE">Svensk text i engelsk del.</p></section>
<p>Kör <code>make</code> och <pre>kod</pre></p>
</main>
<aside><p>Utanför main.</p></aside>
<footer><p>Sidfot utanför main.</p></footer>
</body>
</html>
"""


def texts(source: str, **options) -> list[str]:
    """The body's blocks (the page title and description are blocks of their own, tested in test_site_meta.py)."""
    return [block.text for block in read_text(source, "html", **options).blocks if block.kind not in META_KINDS]


def test_main_content_only_and_what_is_dropped() -> None:
    # a part in another language is kept with the language its markup declares: the language filter skips it
    # and says so (it had been dropped here, unsaid)
    blocks = [b for b in read_text(PAGE, "html").blocks if b.kind not in META_KINDS]
    assert [(b.text, b.declared_language) for b in blocks] == [
        ("Bygglov", "sv"),  # the language the markup declares, as written and inherited (<html lang="sv">)
        ("Du behöver bygglov.", "sv"),
        ("English text.", "en"),
        ("Svensk text i engelsk del.", "sv-SE"),
        ("Kör och", "sv"),
    ]
    assert [(b.kind, b.text) for b in read_text(PAGE, "html").blocks][-1] == (BlockKind.TITLE, "Sidans titel")


def test_article_when_there_is_no_main_and_body_when_there_is_neither() -> None:
    article = "<body><div>Sidomeny</div><article><h2>Nyhet</h2><p>Text.</p></article><article><p>Två.</p></article>"
    assert texts(article) == ["Nyhet", "Text.", "Två."]
    body = (
        "<body><header><p>Logga</p></header><div role='navigation'>Länkar</div>"
        "<div>Brödtext.</div><footer>Sidfot</footer>"
    )
    assert texts(body) == ["Brödtext."]


def test_header_and_footer_inside_an_article_are_content() -> None:
    page = "<body><article><header><h1>Rubrik</h1></header><p>Text.</p><footer>Uppdaterad i maj.</footer></article>"
    assert texts(page) == ["Rubrik", "Text.", "Uppdaterad i maj."]


def test_a_page_declared_in_english_keeps_its_blocks_with_that_language() -> None:
    """A whole page in English is read, with the language its markup declares, and reported as English, not
    linted (it had given no blocks: an English page looked like a Swedish page without findings)."""
    source = (
        '<html lang="en-GB"><body><p>Only English here.</p><p>More <span lang="sv">svenska</span> text.</p>'
        '<p lang="sv">Läs <span lang="en">The Guardian</span> varje dag.</p>'
    )
    # a paragraph is in the language most of its characters are declared in; a Swedish one leaves out the rest
    assert [(b.text, b.declared_language) for b in read_text(source, "html").blocks] == [
        ("Only English here.", "en-GB"),
        ("More svenska text.", "en-GB"),
        ("Läs varje dag.", "sv"),
    ]
    report = lint_text('<html lang="en"><body><p>Only English here.</p></body></html>', "html")
    assert report.language == "en" and report.findings == []
    assert [n.message for n in report.notices] == [
        "Texten är på engelska och har inte granskats: klarlint granskar svensk text."
    ]


def test_kinds_levels_and_implied_end_tags() -> None:
    source = (
        "<h2>Rubrik</h2><p>Första<p>Andra<ul><li>ett<li>två<p>inne i två</ul>"
        "<dl><dt>Term<dd>Förklaring</dl><table><tr><th>A<td>B<tr><td>C</table><div>Fri text<br>med brytning</div>"
    )
    blocks = read_text(source, "html").blocks
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (BlockKind.HEADING, 2, "Rubrik"),
        (BlockKind.PARAGRAPH, 0, "Första"),
        (BlockKind.PARAGRAPH, 0, "Andra"),
        (BlockKind.LIST_ITEM, 0, "ett"),
        (BlockKind.LIST_ITEM, 0, "två"),
        (BlockKind.LIST_ITEM, 0, "inne i två"),
        (BlockKind.LIST_ITEM, 0, "Term"),
        (BlockKind.LIST_ITEM, 0, "Förklaring"),
        (BlockKind.TABLE_CELL, 0, "A"),
        (BlockKind.TABLE_CELL, 0, "B"),
        (BlockKind.TABLE_CELL, 0, "C"),
        (BlockKind.PARAGRAPH, 0, "Fri text\nmed brytning"),  # <br>: a hard line break
    ]


def test_inline_markup_does_not_split_a_sentence() -> None:
    assert texts("<p>Det här är <strong>mycket</strong> <a href='x'>viktigt</a>, <em>tycker</em> vi.</p>") == [
        "Det här är mycket viktigt, tycker vi."
    ]


def test_alt_texts_only_when_asked_for() -> None:
    source = '<p>Kartan <img src="k.png" alt="Karta &ouml;ver Norrby"> visar v&auml;gen.</p>'
    assert texts(source) == ["Kartan visar vägen."]
    document = read_text(source, "html", alt_text=True)
    [block] = document.blocks
    assert block.text == "Kartan Karta över Norrby visar vägen."
    start, end = block.source_span(block.text.index("Norrby"), block.text.index("Norrby") + len("Norrby"))
    assert source[start:end] == "Norrby"


def test_entities_map_to_the_whole_entity_and_text_after_them_is_exact() -> None:
    source = "<p>Ansökan&nbsp;&amp;&#32;beslut\n  om s&shy;töd: AT&T har&#x20;behandlats.</p>"
    [block] = read_text(source, "html").blocks
    assert block.text == "Ansökan & beslut om stöd: AT&T har behandlats."
    ampersand = block.text.index("&")
    assert source[slice(*block.source_span(ampersand, ampersand + 1))] == "&amp;"
    for word in ("beslut", "AT&T", "behandlats", "Ansökan"):
        index = block.text.index(word)
        assert source[slice(*block.source_span(index, index + len(word)))] == word
    index = block.text.index("stöd")  # the soft hyphen sits inside the word in the source
    assert source[slice(*block.source_span(index, index + 4))] == "s&shy;töd"


def test_every_word_of_the_sample_page_maps_to_its_source() -> None:
    source = SAMPLE.read_text(encoding="utf-8")
    document = read_path(SAMPLE)
    checked = 0
    for block in document.blocks:
        for match in re.finditer(r"[\w@.-]*\w", block.text):
            start, end = block.source_span(match.start(), match.end())
            assert source[start:end] == match.group(0)
            line, column = document.position(start)
            assert source.split("\n")[line - 1][column - 1 : column - 1 + len(match.group(0))] == match.group(0)
            checked += 1
    assert checked > 100


def test_sample_page_findings_point_at_their_text() -> None:
    source = SAMPLE.read_text(encoding="utf-8")
    report = lint_document(read_path(SAMPLE))
    assert report.findings
    lines = source.split("\n")
    for finding in report.findings:
        first_line = finding.text.split("\n")[0]
        assert lines[finding.line - 1][finding.column - 1 :].startswith(first_line)
        assert "<" not in finding.text and "&" not in finding.text
        assert " ".join(finding.text.split()) in " ".join(finding.context.split())
    line = next(i for i, text in enumerate(lines, 1) if "kommer att behandlas" in text)
    passive = [f for f in report.findings if f.rule == "passive-voice" and f.text == "behandlas"]
    assert [(f.line, f.column) for f in passive] == [(line, lines[line - 1].index("behandlas") + 1)]
    # Not linted: cookie banner, site header and footer, the hidden and the English paragraph.
    for outside in ("kakor", "Huvudmeny", "Box 100", "syns inte", "English"):
        assert not any(outside in f.context for f in report.findings), outside


def test_directives_work_in_html() -> None:
    source = (
        "<main>\n<!-- klarlint-disable-next-line jargon -->\n<p>Du kan erhålla stöd. Det behandlas snabbt.</p>\n"
        "<!-- klarlint-disable passive-voice -->\n<p>Beslutet fattades.</p>\n<!-- klarlint-enable passive-voice -->\n"
        "<p>Du ska erhålla svar. Ansökan granskas.</p>\n</main>"
    )
    report = lint_text(source, "html")
    assert rule_texts(report, "jargon") == ["erhålla"]
    assert [f.line for f in report.findings if f.rule == "jargon"] == [7]
    assert rule_texts(report, "passive-voice") == ["behandlas", "granskas"]


@pytest.mark.parametrize("markup", ["<p>Ansökan har behandlats.", "<p>Ansökan har <b>behandlats</b>.</p>"])
def test_passive_found_through_markup(markup: str) -> None:
    report = lint_text(f"<!doctype html>\n<body>\n  {markup}\n</body>", "html")
    [finding] = [f for f in report.findings if f.rule == "passive-voice"]
    assert (finding.line, finding.text) == (3, "behandlats")
    assert finding.column == 3 + markup.index("behandlats")


def test_alt_texts_through_the_config(tmp_path: Path) -> None:
    page = tmp_path / "sida.html"
    source = '<main>\n<p>Kartan visar vägen.</p>\n<img src="k.png" alt="Här kan du erhålla en karta">\n</main>\n'
    page.write_text(source, encoding="utf-8")

    def jargon() -> list[tuple[int, int, str]]:
        result = klarlint(str(page), "--format", "json", cwd=tmp_path)
        findings = json.loads(result.stdout)["files"][0]["findings"]
        return [(f["line"], f["column"], f["text"]) for f in findings if f["rule"] == "jargon"]

    assert jargon() == []
    (tmp_path / "klarlint.toml").write_text("alt_text = true\n", encoding="utf-8")
    assert jargon() == [(3, source.split("\n")[2].index("erhålla") + 1, "erhålla")]
    (tmp_path / "klarlint.toml").write_text('alt_text = "ja"\n', encoding="utf-8")
    result = klarlint(str(page), cwd=tmp_path)
    assert result.returncode == 2 and "alt_text ska vara true eller false" in result.stderr


FRAGMENTS = [
    "Ansökan",
    "stöd",
    "beslut",
    " ",
    "  \n\t",
    "&amp;",
    "&nbsp;",
    "&shy;",
    "&#246;",
    "&ouml;",
    "AT&T",
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<br>",
    "<li>",
    "<h2>",
    "</h2>",
    "<code>kod</code>",
    '<span lang="en">English</span>',
    "<!-- kommentar -->",
    "\u200b",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_every_word_maps_to_source_that_reads_as_the_word(fragments: list[str]) -> None:
    """Whatever the markup, a word's source span, with tags and entities resolved, is the word."""
    source = "".join(fragments)
    for block in read_text(source, "html").blocks:
        assert block.text == block.text.strip() and "  " not in block.text
        # a Swedish block leaves out the English spans; an English one (most of its text) keeps them
        english = r"" if block.declared_language else r"|<span lang=\"en\">.*?</span>"
        for match in re.finditer(r"[^\W\d_]+", block.text):
            start, end = block.source_span(match.start(), match.end())
            skipped = r"<code>.*?</code>|<!--.*?-->" + english
            shown = html.unescape(re.sub(r"<[^>]*>", "", re.sub(skipped, "", source[start:end])))
            assert re.sub("[\u00ad\u200b]", "", shown) == match.group(0)


def test_a_run_in_bold_heading_is_a_block_of_its_own() -> None:
    """``<strong>…</strong><br>`` opening a paragraph is a heading run into its text (as in Markdown); a bold
    label with text on its line, or one in a list item, stays in its block."""
    source = (
        "<p><strong>Kl. 15.30 – Besök &amp; möte</strong><br>Statsministern träffar polisen.</p>"
        "<p><b>Tid:</b> måndag<br>och tisdag.</p>"
        "<ul><li><strong>Punkt</strong><br>med text.</li></ul>"
    )
    document = read_text(source, "html")
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, "Kl. 15.30 – Besök & möte"),
        (BlockKind.PARAGRAPH, "Statsministern träffar polisen."),
        (BlockKind.PARAGRAPH, "Tid: måndag\noch tisdag."),  # a <br>: a hard line break
        (BlockKind.LIST_ITEM, "Punkt\nmed text."),
    ]
    assert source[slice(*document.blocks[1].source_span(0, 14))] == "Statsministern"


def test_an_empty_line_of_line_breaks_ends_a_block() -> None:
    # A CMS's paragraphs made with <br><br>: a reader sees four lines, the rules had seen one 36-word sentence
    page = (
        '<html lang="sv"><body><main><h1>Kontakt</h1><p>Du kan kontakta oss på flera sätt<br><br>Ring vårt '
        "kundcenter på vardagar mellan klockan åtta och fem<br>\n <br>Skicka e-post till vår funktionsbrevlåda när "
        "du vill<br><br><br>Besök oss i stadshuset på Storgatan 12 i Flen under våra öppettider.<br>Välkommen!</p>"
        "</main></body></html>"
    )
    document = read_text(page, "html")
    assert [b.text for b in document.blocks] == [
        "Kontakt",
        "Du kan kontakta oss på flera sätt",
        "Ring vårt kundcenter på vardagar mellan klockan åtta och fem",
        "Skicka e-post till vår funktionsbrevlåda när du vill",
        "Besök oss i stadshuset på Storgatan 12 i Flen under våra öppettider.\nVälkommen!",  # one <br>: a line break
    ]
    assert all(page[slice(*b.source_span(0, len(b.text)))] == b.text for b in document.blocks[:4])
    assert rule_texts(lint_text(page, "html"), "long-sentence") == []
