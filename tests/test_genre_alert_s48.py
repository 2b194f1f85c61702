"""An alert banner before <main> is read as the page's content and is no sign of a document (crisis re-test s48)."""

from __future__ import annotations

from klarlint import lint_text

BODY = (
    "<main><h1>Evakuering av Strandområdet</h1>"
    "<p>Du som bor i Strandområdet ska lämna ditt hem i dag. Bussar går från Strandskolan varje halvtimme. "
    "Ta med mediciner, id-handlingar och varma kläder. Ring oss på 0123-456 78 om du behöver hjälp.</p>"
    "<p>Vi ger besked om när du kan återvända så snart vi vet mer.</p></main>"
)


def page(banner: str) -> str:
    return (
        '<!doctype html><html lang="sv"><head><title>Evakuering – Ekby kommun</title></head><body>'
        f'<header><nav><a href="/">Start</a> <a href="/kontakt">Kontakt</a></nav></header>{banner}{BODY}'
        "<footer><p>Ekby kommun</p></footer></body></html>"
    )


ALERT = (
    '<div role="alert" class="kris-banner"><p>Viktigt: Strandområdet evakueras i dag. '
    '<a href="/evakuering">Läs mer här</a></p></div>'
)


def test_a_page_with_an_alert_banner_is_still_a_web_page_and_its_banner_is_linted():
    report = lint_text(page(ALERT), fmt="html").files[0]
    assert report.genre == "webbsida"
    assert [f.text for f in report.findings if f.rule == "link-text"] == ["Läs mer här"]


def test_the_same_page_without_the_banner_is_a_web_page_too():
    assert lint_text(page(""), fmt="html").files[0].genre == "webbsida"


def test_the_same_words_before_the_heading_without_the_alert_mark_are_no_chrome():
    # the banner is passed over for being an alert; the same sentence as a plain paragraph in <main> is not
    plain = page("").replace(
        "<main><h1>", '<main><p>Viktigt: Strandområdet evakueras i dag. <a href="/evakuering">Läs mer här</a></p><h1>'
    )
    assert lint_text(plain, fmt="html").files[0].genre == "dokument"
