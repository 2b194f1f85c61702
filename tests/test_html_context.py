"""A web page's site footer is not linted, but missing-sender sees the contact details in it."""

from __future__ import annotations

from conftest import lint_text
from klarlint.readers import read_text

BODY = " ".join(["Vi har tagit emot din ansökan och återkommer med ett svar inom två veckor."] * 10)
FOOTER = (
    "<footer><p>Norrby kommun, Socialförvaltningen</p>"
    "<p>Telefon 0123-45 67 89, e-post kontakt@norrby.se</p><script>var x = 'Borlänge kommun';</script></footer>"
)


def page(footer: str) -> str:
    header = "<header><p>Norrby kommun</p></header>"
    return f"<html lang='sv'><body>{header}<main><p>{BODY}</p></main>{footer}</body></html>"


def test_footer_is_context_not_content() -> None:
    document = read_text(page(FOOTER), "html")
    assert all("Telefon" not in block.text for block in document.blocks)
    assert "Telefon 0123-45 67 89" in document.context
    assert "Borlänge" not in document.context  # scripts stay out of the context too


def test_missing_sender_sees_the_site_footer() -> None:
    rules = [f.rule for f in lint_text(page(FOOTER), "html").findings]
    assert "missing-sender" not in rules


def test_missing_sender_still_fires_without_contact_details() -> None:
    messages = [f.message for f in lint_text(page(""), "html").findings if f.rule == "missing-sender"]
    assert messages and "inte hur läsaren kan kontakta" in messages[0]
