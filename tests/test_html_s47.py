"""HTML pages from session 47's re-tests: download links alone on a line, *läsa mer här*, a page in the wrong
language, a page's description and status line under its ``lang``."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts


def page(content: str, lang: str = "sv") -> str:
    head = f"<!DOCTYPE html>\n<html lang='{lang}'>\n<body>\n<main>\n<h1>Bostadsanpassning</h1>\n"
    return f"{head}{content}\n</main>\n</body>\n</html>"


# --- 1. a download link alone on its line or in a list item ---


@pytest.mark.parametrize(
    "markup",
    [
        '<p><a href="/b.pdf">{}</a></p>',
        '<ul><li><a href="/a">AFS 2023:2 Planering och organisering av arbetsmiljöarbete</a></li>'
        '<li><a href="/b.docx">{}</a></li><li><a href="/c">Läs mer</a></li></ul>',
    ],
)
@pytest.mark.parametrize("label", ["Ladda ner (PDF, 310 kB)", "Ladda ner (Word, 45 kB)"])
def test_a_download_link_alone_on_its_line_is_judged(markup: str, label: str) -> None:
    report = lint_text(page(markup.format(label)), "html")
    assert label in rule_texts(report, "link-text")
    assert not any(n.code == "not-prose" and "Ladda" in n.message for n in report.notices)


def test_a_vague_link_beside_a_title_is_judged_but_the_title_is_not_prose() -> None:
    # *beakta* in another page's title is not the writer's word (prose.py): the title line stays out
    title = "Pressmeddelande: Skolverket ska beakta riskerna med digitalisering"
    report = lint_text(page(f'<ul><li><a href="/p">{title}</a> <a href="/p.pdf">PDF</a></li></ul>'), "html")
    assert rule_texts(report, "link-text") == ["PDF"]
    assert [f.rule for f in report.findings] == ["link-text"]
    assert any(n.code == "not-prose" for n in report.notices)


@pytest.mark.parametrize("label", ["Ladda ner taxan för 2026 (PDF, 2 MB)", "Taxa för förskola 2026 (PDF, 240 kB)"])
def test_a_download_link_naming_its_file_alone_on_its_line_is_fine(label: str) -> None:
    report = lint_text(page(f'<p><a href="/t.pdf">{label}</a></p>'), "html")
    assert rule_texts(report, "link-text") == []
    assert report.findings == []


# --- 2. the infinitive: *läsa mer här* ---


@pytest.mark.parametrize("label", ["läsa mer här", "läsa mer", "Läsa vidare"])
def test_the_infinitive_read_more_is_a_vague_link(label: str) -> None:
    report = lint_text(page(f'<p>Om bygget kan du <a href="/f">{label}</a>.</p>'), "html")
    assert rule_texts(report, "link-text") == [label]


@pytest.mark.parametrize("label", ["läsa mer om förskolans bygge", "läsa mer om bygglov här"])
def test_the_infinitive_naming_its_topic_is_fine(label: str) -> None:
    assert rule_texts(lint_text(page(f'<p>Här kan du <a href="/f">{label}</a>.</p>'), "html"), "link-text") == []


# --- 4. an English page: its description inherits lang="en"; its Swedish status line is Swedish ---

ENGLISH = (
    "<p>Welcome to Älvbyn. This page tells you how to register your address when you move here, and where to find"
    " help with schools, housing and health care.</p>\n<p>{}</p>"
)


def english_page(status: str) -> str:
    head = (
        "<!DOCTYPE html>\n<html lang='en'>\n<head><title>Moving here</title>\n"
        "<meta name='description' content='How to register when you move to the municipality.'>\n</head>\n"
    )
    return f"{head}<body>\n<main>\n<h1>Moving here</h1>\n{ENGLISH.format(status)}\n</main>\n</body>\n</html>"


def test_a_description_under_an_english_html_lang_is_not_told_to_be_marked() -> None:
    report = lint_text(english_page("You can also call us on weekdays between nine and five."), "html")
    assert not any('lang="en"' in n.message for n in report.notices)
    assert report.findings == []


def test_an_english_description_under_a_swedish_html_lang_is_still_told_to_be_marked() -> None:
    source = page("<p>Du kan söka bygglov i vår e-tjänst. Vi svarar inom tre veckor.</p>").replace(
        "<body>", "<head><meta name='description' content='How to apply for a building permit online.'></head><body>"
    )
    assert any('Märk den med lang="en"' in n.message for n in lint_text(source, "html").notices)


@pytest.mark.parametrize("status", ["Sidan uppdaterades: 2026-11-09", "Senast uppdaterad 3 mars 2026"])
def test_a_swedish_status_line_under_an_english_html_lang_is_swedish(status: str) -> None:
    source = english_page(status)
    report = lint_text(source, "html")
    [found] = rule_texts(report, "lang-attribute")
    assert status.startswith(found)  # the first sentence of it
    line = next(number for number, text in enumerate(source.split("\n"), 1) if status in text)
    assert not any(f"rad {line})" in n.message or f"–{line})" in n.message for n in report.notices)


@pytest.mark.parametrize("status", ["Updated 2026-11-09", "Last updated: 9 November 2026"])
def test_an_english_status_line_stays_english(status: str) -> None:
    assert lint_text(english_page(status), "html").findings == []


# --- 3. a page wholly in Finnish under the CMS's default <html lang="sv"> ---

FINNISH = (
    "<h1>Palvelut suomeksi</h1>\n"
    "<p>Kunta kuuluu suomen kielen hallintoalueeseen. Tällä sivulla kerromme, mitä palveluja saat suomeksi.</p>\n"
    "<h2>Esikoulu</h2>\n<p>Jos haluat, että lapsesi saa esikoulupaikan, jossa puhutaan suomea, voit hakea paikkaa."
    " Hakemus tehdään kunnan e-palvelussa.</p>\n<h2>Vanhustenhoito</h2>\n<p>Sinulla on oikeus saada vanhustenhoitoa"
    " kokonaan tai osittain suomeksi. Kerro käsittelijälle, jos haluat palvelua suomeksi.</p>\n"
)
CMS_LINES = "<p>Sidan uppdaterades: 2026-11-09</p>\n<h2>Hittade du den information du sökte?</h2>\n"


def cms_page(lang: str, body: str) -> str:
    return f"<!DOCTYPE html>\n<html lang='{lang}'>\n<body>\n<main>\n{body}{CMS_LINES}</main>\n</body>\n</html>"


def test_a_finnish_page_under_a_swedish_html_lang_is_told_once_to_change_it() -> None:
    from klarlint.language import swedish_part
    from klarlint.readers import read_text

    report = lint_text(cms_page("sv", FINNISH), "html")
    assert report.language == "fi"
    advice = [n.message for n in report.notices if "lang=" in n.message]
    assert len(advice) == 1
    assert '<html lang="sv">' in advice[0] and 'Ändra till <html lang="fi">' in advice[0]
    kept = [b.text for b in swedish_part(read_text(cms_page("sv", FINNISH), "html"))[0].blocks]
    assert "Esikoulu" not in kept and "Vanhustenhoito" not in kept  # Finnish headings, not Swedish ones


def test_a_swedish_page_with_a_finnish_section_stays_swedish() -> None:
    swedish = (
        "<h1>Förskola</h1>\n<p>Du kan söka plats i förskolan från det att ditt barn är ett år. Vi erbjuder plats inom"
        " fyra månader från det att vi har fått din ansökan, och du ansöker i vår e-tjänst eller på en blankett som"
        " du skickar till oss. Har du frågor kan du ringa till vårt kontaktcenter, som har öppet alla vardagar.</p>\n"
        "<h2>Suomeksi</h2>\n<p>Voit hakea paikkaa esikoulusta kunnan e-palvelussa.</p>\n"
    )
    report = lint_text(cms_page("sv", swedish), "html")
    assert report.language == "sv"
    assert not any("<html" in n.message for n in report.notices)
    assert any('Märk den med lang="fi"' in n.message for n in report.notices)  # the section, not the page


def test_a_finnish_page_under_its_own_lang_gets_no_advice() -> None:
    report = lint_text(cms_page("fi", FINNISH), "html")
    assert not any("lang=" in n.message and "fi" in n.message for n in report.notices)
