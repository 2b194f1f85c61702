"""Session 48, the crisis re-test: a page's alert banner before <main> is read."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts
from klarlint.crawl.template import find_template, page_text, without_template
from klarlint.document import Block, BlockKind, Document
from klarlint.readers import read_text


def exact(document: Document, block: Block) -> str:
    """The source under a block's whole text (the reader maps every character)."""
    return document.source[slice(*block.source_span(0, len(block.text)))]


# --- 1. an alert banner before <main> ---

BANNER = "Akut: Boende på Storgatan 2–40 ska lämna sina bostäder senast kl. 15.00 i dag."


def page(banner: str, header: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html lang='sv'>\n<head><title>Evakuering – Exempelby kommun</title></head>\n<body>\n"
        f"<header class='site-header'><a href='/'>Exempelby kommun</a>{header}</header>\n{banner}\n"
        "<main>\n<h1>Evakuering av Storgatan</h1>\n<p>Du som bor på Storgatan måste lämna din bostad i dag.</p>\n"
        "</main>\n<footer><p>Exempelby kommun, telefon 0123-45 67 89.</p></footer>\n</body>\n</html>"
    )


ALERTS = [
    '<div class="alert alert--danger" role="alert"><p>{}</p></div>',
    '<div aria-live="assertive"><p>{}</p></div>',
    '<section aria-live="polite"><p>{}</p></section>',
    '<div class="krismeddelande"><p>{}</p></div>',
    '<div class="c-driftstorning"><p>{}</p></div>',
    '<div id="emergency-banner"><p>{}</p></div>',
]


@pytest.mark.parametrize("alert", ALERTS)
def test_an_alert_before_main_is_read_first(alert: str) -> None:
    document = read_text(page(alert.format(BANNER)), "html")
    body = [b for b in document.blocks if b.kind is not BlockKind.TITLE]
    assert [b.text for b in body] == [
        BANNER,
        "Evakuering av Storgatan",
        "Du som bor på Storgatan måste lämna din bostad i dag.",
    ]
    assert exact(document, body[0]) == BANNER
    assert BANNER not in document.context  # content, not the page's surroundings
    assert "Exempelby kommun, telefon" in document.context


def test_an_alert_in_the_site_header_is_read() -> None:
    document = read_text(page("", header=f'<div role="alert"><p>{BANNER}</p></div>'), "html")
    assert document.blocks[0].text == BANNER
    assert exact(document, document.blocks[0]) == BANNER


def test_the_banner_is_linted_with_exact_positions() -> None:
    source = page(
        '<div class="alert" role="alert"><p><strong>Akut:</strong> Lämna huset. <a href="/k">Läs mer här</a>'
        "</p><p>Vederbörande ombedes kontakta kommunen.</p></div>"
    )
    report = lint_text(source, "html")
    assert rule_texts(report, "link-text") == ["Läs mer här"]
    found = [f for f in report.findings if f.rule == "jargon" and f.text == "ombedes"]
    assert len(found) == 1
    assert source[found[0].start : found[0].end] == "ombedes"


@pytest.mark.parametrize(
    "banner",
    [
        # a cookie banner, even marked as an alert, and a hidden or switched-off live region
        f'<div class="cookie-banner" role="alert"><p>{BANNER}</p></div>',
        f'<div role="alert" hidden><p>{BANNER}</p></div>',
        f'<div role="alert" style="display: none"><p>{BANNER}</p></div>',
        f'<div aria-live="off"><p>{BANNER}</p></div>',
        # a skip link and a breadcrumb are no alert
        f'<a class="skip-link" href="#main">Till innehållet</a><div class="breadcrumb"><p>{BANNER}</p></div>',
        # a modal alert dialog is over the page, not in it
        f'<div role="alertdialog"><p>{BANNER}</p></div>',
    ],
)
def test_what_is_no_alert_before_main_stays_out(banner: str) -> None:
    document = read_text(page(banner), "html")
    assert BANNER not in [b.text for b in document.blocks]


def test_an_alert_after_main_stays_out() -> None:
    source = page("").replace("</main>", f'</main>\n<div role="alert"><p>{BANNER}</p></div>')
    document = read_text(source, "html")
    assert BANNER not in [b.text for b in document.blocks]
    assert BANNER in document.context


def test_a_live_region_round_the_whole_page_is_no_banner() -> None:
    # a wrapper that holds <main> is the page, not an alert: its breadcrumb stays out
    source = page("").replace("<header", "<div aria-live='polite'><div class='crumbs'>Start / Omsorg</div><header")
    source = source.replace("<footer", "</div><footer")
    document = read_text(source, "html")
    assert [b.text for b in document.blocks if b.kind is not BlockKind.TITLE] == [
        "Evakuering av Storgatan",
        "Du som bor på Storgatan måste lämna din bostad i dag.",
    ]


def test_a_banner_on_every_crawled_page_is_the_template() -> None:
    banner = f'<div role="alert"><p>{BANNER}</p></div>'
    pages = [read_text(page(banner).replace("Storgatan måste", f"Storgatan {n} måste"), "html") for n in range(4)]
    template = find_template(page_text(p) for p in pages)
    kept = without_template(pages[0], template)
    assert BANNER not in [b.text for b in kept.blocks]
    assert "Du som bor på Storgatan 0 måste lämna din bostad i dag." in [b.text for b in kept.blocks]
