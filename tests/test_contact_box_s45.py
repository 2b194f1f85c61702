"""A web page's contact box beside <main> is page context for missing-sender, not prose (session 45, a writer's
re-tester: 7 of 8 municipal pages with an <aside> contact box after </main> were told they gave no contact path)."""

from __future__ import annotations

from conftest import lint_text
from klarlint.readers import read_text

BODY = " ".join(["Ekby kommun har tagit emot din ansökan och återkommer med ett svar inom två veckor."] * 10)
HEADER = "<header><a href='/'>Ekby kommun</a><nav><a href='/kontakt'>Kontakt 0123-45 00 00</a></nav></header>"
FOOTER = "<footer>© Ekby kommun · <a href='/om'>Om webbplatsen</a></footer>"
ASIDE = "<aside><h2>Kontakta oss</h2><p>Park och natur, telefon 0123-45 69 00, park@ekby.se</p></aside>"
DIV_KONTAKT = "<div class='kontakt'><h2>Kontakt</h2><p>Kontaktcenter<br>Telefon: 0123-45 67 00</p></div>"
RELATED = (
    "<aside><h2>Relaterat</h2><ul><li><a href='/parker'>Parker</a></li><li><a href='/lek'>Lek</a></li></ul></aside>"
)


def page(before: str = "", after: str = "", footer: str = FOOTER, main: str = "main") -> str:
    body = f"<{main}><h1>Ny lekplats</h1><p>{BODY}</p></{main}>" if main else f"<h1>Ny lekplats</h1><p>{BODY}</p>"
    return f"<!DOCTYPE html><html lang='sv'><body>{HEADER}{before}{body}{after}{footer}</body></html>"


def sender_messages(source: str) -> list[str]:
    return [f.message for f in lint_text(source, "html").findings if f.rule == "missing-sender"]


def test_an_aside_after_main_is_context_not_prose() -> None:
    document = read_text(page(after="<p>Senast uppdaterad: 20 november 2026</p>" + ASIDE), "html")
    assert "park@ekby.se" in document.context
    assert "Senast uppdaterad" in document.context
    assert all("park@ekby.se" not in block.text and "Senast" not in block.text for block in document.blocks)
    assert not sender_messages(page(after=ASIDE))


def test_a_contact_div_beside_main_counts() -> None:
    assert "0123-45 67 00" in read_text(page(before=DIV_KONTAKT), "html").context
    assert not sender_messages(page(before=DIV_KONTAKT))
    assert not sender_messages(page(after=DIV_KONTAKT))


def test_an_address_in_the_footer_counts() -> None:
    footer = "<footer><address>Ekby kommun, Storgatan 1, 123 45 Ekby, kommun@ekby.se</address></footer>"
    assert not sender_messages(page(footer=footer))
    assert not sender_messages(page(after="<address>Park och natur, park@ekby.se</address>"))


def test_related_links_alone_keep_the_finding() -> None:
    messages = sender_messages(page(after=RELATED))
    assert messages and "inte hur läsaren kan kontakta" in messages[0]
    assert sender_messages(page())  # (the header's navigation is no contact path either)


def test_hidden_text_beside_main_is_no_context() -> None:
    hidden = "<aside hidden><p>telefon 0123-45 69 00</p></aside><nav><p>park@ekby.se</p></nav>"
    assert "0123" not in read_text(page(after=hidden), "html").context
    assert sender_messages(page(after=hidden))


def test_without_main_an_aside_is_prose_as_before() -> None:
    document = read_text(page(after=ASIDE, main=""), "html")
    assert any("park@ekby.se" in block.text for block in document.blocks)
    assert "park@ekby.se" not in document.context
    assert not sender_messages(page(after=ASIDE, main=""))


def test_without_main_a_contact_box_beside_the_article_counts_too() -> None:
    document = read_text(page(after=ASIDE, main="article"), "html")
    assert all("park@ekby.se" not in block.text for block in document.blocks)
    assert "park@ekby.se" in document.context
    assert not sender_messages(page(after=ASIDE, main="article"))
    assert sender_messages(page(after=RELATED, main="article"))  # related links are no contact path
