"""Session 48, the crisis re-test: a page's alert banner before <main> is read, and a plain text's lines that open
with an emoji or a symbol are list items."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts
from klarlint.crawl.template import find_template, page_text, without_template
from klarlint.document import Block, BlockKind, Document
from klarlint.readers import read_text

LIST_ITEM, PARAGRAPH = BlockKind.LIST_ITEM, BlockKind.PARAGRAPH


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


# --- 2. lines that open with an emoji or a symbol ---

POST = (
    "Värmebölja! De närmaste dagarna blir det varmt. Så här tar du hand om dig själv och andra:\n\n"
    "💧 Drick mycket vatten, även om du inte är törstig\n"
    "🏠 Håll dig i skuggan mitt på dagen\n"
    "📞 Ring en äldre granne eller släkting och fråga hur det går\n"
    "🐶 Lämna aldrig barn eller djur i en parkerad bil\n\n"
    "Vid akut fara: ring 112.\n"
)


def test_emoji_lines_are_list_items() -> None:
    document = read_text(POST, "text")
    items = [b for b in document.blocks if b.kind is LIST_ITEM]
    assert [b.text for b in items] == [
        "Drick mycket vatten, även om du inte är törstig",
        "Håll dig i skuggan mitt på dagen",
        "Ring en äldre granne eller släkting och fråga hur det går",
        "Lämna aldrig barn eller djur i en parkerad bil",
    ]
    for block in items:
        assert exact(document, block) == block.text
    words = " ".join(b.text for b in document.blocks).split()
    assert len(words) == len(POST.split()) - 4  # every word kept; only the four emoji left out


def test_emoji_lines_are_no_long_sentence() -> None:
    assert rule_texts(lint_text(POST), "long-sentence") == []


def test_a_long_emoji_item_is_still_a_long_sentence() -> None:
    long = (
        "📌 Den som under perioden har haft kontakt med någon som har insjuknat och som själv har fått feber, hosta "
        "eller andra symtom ska stanna hemma från arbete, skola och förskola tills symtomen har gått över helt och "
        "hållet enligt de råd som vården ger\n"
    )
    assert len(rule_texts(lint_text(f"Gör så här:\n\n{long}📌 Tvätta händerna\n"), "long-sentence")) == 1


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("✅ Du kan duscha som vanligt", "Du kan duscha som vanligt"),
        ("❌ Ge inte okokt vatten till barn", "Ge inte okokt vatten till barn"),
        ("▶ Anmäl dig senast i morgon", "Anmäl dig senast i morgon"),
        ("✔️ Ta med id-handling", "Ta med id-handling"),
        ("➤ Stäng fönstren", "Stäng fönstren"),
        ("• Stäng dörrarna", "Stäng dörrarna"),
        ("✅Klart i dag", "Klart i dag"),  # no space after the emoji
        ("⚠️⚠️ Koka vattnet", "Koka vattnet"),  # two emoji
        ("👩‍🚒 Räddningstjänsten är på plats", "Räddningstjänsten är på plats"),  # joined by a zero-width joiner
        ("1️⃣ Ring 112", "Ring 112"),  # a keycap number
        ("🇸🇪 Svenska", "Svenska"),  # a flag
    ],
)
def test_a_line_opened_by_a_symbol_is_an_item(line: str, text: str) -> None:
    source = f"Så gör du:\n\n{line}\n{line}\n"
    document = read_text(source, "text")
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [(LIST_ITEM, text), (LIST_ITEM, text)]
    for block in document.blocks:
        assert exact(document, block) == block.text


@pytest.mark.parametrize(
    "source",
    [
        # emoji alone on a line, and an emoji inside or at the end of a line, open no item
        "Vi ses på festen i morgon och hoppas på sol\n☀️🥵\nTa med något att dricka och en filt att sitta på.\n",
        "Vi ses på festen i morgon 🎉 och hoppas på sol och värme\nhela dagen för alla som kommer dit.\n",
        # an ornamental quotation mark opens a quotation; the minus sign is a speech dash
        "❝ Det här är en viktig dag för kommunen och för alla som bor här, säger kommunstyrelsens ordförande.\n",
        "− Det här är en viktig dag för kommunen och för alla som bor här, säger kommunstyrelsens ordförande.\n",
        # a copyright line and a registered mark are no bullets
        "© Exempelby kommun 2026, alla rättigheter förbehållna enligt lag.\n",
    ],
)
def test_a_line_not_opened_by_a_bullet_symbol_stays_prose(source: str) -> None:
    document = read_text(source, "text")
    assert LIST_ITEM not in [b.kind for b in document.blocks]
    assert " ".join(b.text for b in document.blocks).split() == source.split()
