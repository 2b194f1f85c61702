"""missing-sender on HTML: a whole page's header and footer name the sender; a CMS body fragment's template does."""

from __future__ import annotations

from conftest import lint_text

BODY = " ".join(["<p>Restavfall läggs i det gröna kärlet och matavfall i det bruna kärlet varannan vecka.</p>"] * 10)
CONTACT = "<p>Frågor? Kontakta Kundservice Avfall, telefon 0152-292 00.</p>"


def sender_findings(source: str) -> list[str]:
    return [f.message for f in lint_text(source, "html").findings if f.rule == "missing-sender"]


def test_a_cms_body_fragment_gets_its_sender_from_the_page_template() -> None:
    # a bin collection page's body, as its editor pastes it into the CMS, had been told it names no sender
    assert sender_findings(f"<main><h1>Hämtning av hushållsavfall</h1>{BODY}{CONTACT}</main>") == []
    assert sender_findings(f"<h1>Hämtning av hushållsavfall</h1>{BODY}") == []


def test_a_whole_page_without_a_sender_is_still_flagged() -> None:
    page = f"<html lang='sv'><body><main><h1>Hämtning av hushållsavfall</h1>{BODY}{CONTACT}</main></body></html>"
    [message] = sender_findings(page)
    assert "inte vem som är avsändare" in message


def test_a_fragment_that_is_no_web_page_is_still_flagged() -> None:
    # a letter's body in HTML (no title heading: not a page) names neither sender nor contact
    [message] = sender_findings(BODY.replace("Restavfall läggs", "Ditt restavfall läggs"))
    assert "vem som är avsändare eller hur" in message
