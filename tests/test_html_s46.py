"""HTML pages from the web editor's re-test (session 46): closed accordion panels, a page's kind, download links."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts
from klarlint.document import META_KINDS
from klarlint.readers import read_text

PANEL = "Plastpåsar får inte användas eftersom de inte kan brytas ned i biogasanläggningen."


def body_texts(source: str) -> list[str]:
    return [b.text for b in read_text(source, "html").blocks if b.kind not in META_KINDS]


def page(content: str) -> str:
    head = "<!DOCTYPE html>\n<html lang='sv'>\n<body>\n<main>\n<h1>Sophämtning</h1>\n"
    return f"{head}{content}\n</main>\n</body>\n</html>"


# --- 1. hidden accordion panels ---


@pytest.mark.parametrize(
    "markup",
    [
        # WAI-ARIA accordion: the button names its panel
        '<h2><button aria-expanded="false" aria-controls="p1">Matavfall</button></h2>'
        '<div id="p1" hidden><p>{}</p></div>',
        # the panel's id named by a control after it
        '<div id="p1" style="display: none"><p>{}</p></div><a aria-controls="x p1" href="/">Visa</a>',
        # Bootstrap
        '<button data-bs-target="#p1" data-bs-toggle="collapse">Visa</button>'
        '<div class="x" id="p1" hidden><p>{}</p></div>',
        # a same-page link
        '<p><a href="#p1">Matavfall</a></p><div id="p1" style="display:none"><p>{}</p></div>',
        # a disclosure's class, no control at all
        '<div class="accordion-panel" hidden><p>{}</p></div>',
        '<div class="collapse" style="display: none;"><p>{}</p></div>',
        # a heading's button with aria-expanded but no aria-controls: the hidden element right after it
        '<h3><button aria-expanded="false">Matavfall</button></h3>\n<div hidden><p>{}</p></div>',
    ],
)
def test_a_panel_the_reader_opens_is_read(markup: str) -> None:
    source = page(markup.format(PANEL))
    assert PANEL in body_texts(source)
    assert not read_text(source, "html").notices


def test_a_closed_panel_is_linted_at_its_place() -> None:
    source = page(
        '<h2><button aria-expanded="false" aria-controls="p1">Avgift</button></h2>\n'
        '<div id="p1" class="accordion-panel" hidden>\n<p>Avgiften ska erläggas i förskott.</p>\n</div>'
    )
    report = lint_text(source, "html")
    [finding] = [f for f in report.findings if f.rule == "jargon" and f.text == "erläggas"]
    assert finding.line == source.split("\n").index("<p>Avgiften ska erläggas i förskott.</p>") + 1


@pytest.mark.parametrize(
    "markup",
    [
        # a modal opened by a button stays out, with a notice
        '<button aria-controls="m1">Öppna</button><div id="m1" class="modal" hidden><p>{}</p></div>',
        '<a href="#m1">Öppna</a><div id="m1" role="dialog" style="display: none"><p>{}</p></div>',
        # a hidden paragraph no control names
        "<p hidden>{}</p>",
        '<div style="display: none"><p>{}</p></div>',
        # a menu's toggle outside a heading: the hidden element after it is not a panel of the text
        '<button aria-expanded="false">Meny</button><div hidden><p>{}</p></div>',
        # text between a heading's toggle and the hidden element: it controls something else
        '<h3><button aria-expanded="false">Visa</button></h3><p>Mellan dem.</p><div hidden><p>{}</p></div>',
    ],
)
def test_other_hidden_prose_is_skipped_and_told(markup: str) -> None:
    source = page(markup.format(PANEL))
    assert PANEL not in body_texts(source)
    [notice] = read_text(source, "html").notices
    assert notice.code == "not-prose"
    assert notice.message.startswith("Dold text (hidden, aria-hidden eller display: none) granskades inte: 1 stycke.")
    assert source[notice.start :].startswith(PANEL)


@pytest.mark.parametrize(
    "markup",
    [
        '<span aria-hidden="true">▼</span><p>Synlig text.</p>',  # decoration: no prose
        "<p hidden>Dolt stycke.</p>",  # too short to be told
        '<div id="cookie-banner" hidden aria-controls="c"><p>{}</p></div>',  # a cookie banner: never prose
        "<template><p>{}</p></template>",  # a template
        "<nav><div hidden><p>{}</p></div></nav>",  # hidden in navigation: the navigation is skipped
        '<div aria-controls="p1"></div><div id="p1" aria-hidden="true" hidden><script>var a = "{}";</script></div>',
    ],
)
def test_no_notice_for_what_is_no_hidden_prose(markup: str) -> None:
    source = page(markup.format(PANEL))
    assert PANEL not in body_texts(source)
    assert not read_text(source, "html").notices


def test_an_icon_hidden_from_screen_readers_in_the_control_stays_out() -> None:
    source = page(
        '<h2><a href="#p1" aria-expanded="false">Matavfall <span class="expand-icon" aria-hidden="true">+</span>'
        f'</a></h2><div id="p1" class="accordion-panel" hidden><p>{PANEL}</p></div>'
    )
    assert body_texts(source) == ["Sophämtning", "Matavfall", PANEL]


def test_two_hidden_paragraphs_one_notice() -> None:
    source = page(f'<div style="display: none"><p>{PANEL}</p><p>{PANEL}</p></div>')
    [notice] = read_text(source, "html").notices
    assert ": 2 stycken." in notice.message


def test_details_are_read() -> None:
    source = page(f"<details><summary>Vad får jag lägga i matavfallet?</summary><p>{PANEL}</p></details>")
    assert body_texts(source)[1:] == ["Vad får jag lägga i matavfallet?", PANEL]


def test_hidden_panel_outside_main_is_not_told() -> None:
    source = page("") + ""
    source = source.replace("</main>", f"</main>\n<aside><p hidden>{PANEL}</p></aside>")
    assert not read_text(source, "html").notices


# --- 3. link-text: a download label alone ---


@pytest.mark.parametrize(
    "label", ["Ladda ner (PDF, 2 MB)", "Ladda ned", "Hämta (PDF)", "PDF", "Dokument (Word, 45 kB)", "Ladda ner"]
)
def test_a_download_label_alone_is_a_vague_link(label: str) -> None:
    assert rule_texts(lint_text(page(f'<p>Taxa 2026: <a href="/t.pdf">{label}</a></p>'), "html"), "link-text") == [
        label
    ]


@pytest.mark.parametrize("label", ["Ladda ner taxan för 2026 (PDF, 2 MB)", "Taxa för förskola (PDF, 240 kB)"])
def test_a_download_link_naming_its_file_is_fine(label: str) -> None:
    assert rule_texts(lint_text(page(f'<p>Läs <a href="/t.pdf">{label}</a>.</p>'), "html"), "link-text") == []


# --- 2. genre: a full page whose h1 comes after unmarked site chrome ---

CHROME = '<div class="menu"><ul><li><a href="/a">Bygga och bo</a></li><li><a href="/b">Skola</a></li></ul></div>'
BODY = "<h1>Ansök om plats i förskola</h1><p>Erbjudandet skickas till dig. Det ska besvaras inom 14 dagar.</p>"


def test_a_full_page_with_chrome_before_its_h1_is_a_web_page() -> None:
    from klarlint.genre import detect_genre

    source = f"<html lang='sv'><head><title>Förskola</title></head><body>{CHROME}{BODY}</body></html>"
    assert detect_genre(read_text(source, "html")) == "webbsida"


def test_prose_before_the_h1_or_no_title_stays_a_document() -> None:
    from klarlint.genre import detect_genre

    prose = "<p>Detta dokument beskriver hur kommunen hanterar ansökningar om plats i förskolan.</p>"
    with_prose = f"<html><head><title>Förskola</title></head><body>{prose}{BODY}</body></html>"
    assert detect_genre(read_text(with_prose, "html")) == "dokument"
    assert detect_genre(read_text(f"<body>{CHROME}{BODY}</body>", "html")) == "dokument"


def test_an_accordion_heading_is_its_buttons_text() -> None:
    source = page(
        '<h2 class="accordion-heading"><button type="button" aria-expanded="false" aria-controls="p1">'
        f'Vad får jag lägga i matavfallet?</button></h2>\n<div id="p1" hidden><p>{PANEL}</p></div>'
        '\n<form><p>Skriv ditt namn. <button type="submit">Skicka in</button></p></form>'
    )
    blocks = [(b.kind.value, b.text) for b in read_text(source, "html").blocks if b.kind not in META_KINDS]
    assert blocks[1:] == [
        ("heading", "Vad får jag lägga i matavfallet?"),
        ("paragraph", PANEL),
        ("paragraph", "Skriv ditt namn."),
    ]
