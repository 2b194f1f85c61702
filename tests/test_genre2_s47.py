"""Session 47, round 2: an organisation's e-mail address names its sender, an addressee's address block is no way to
reach the sender, a CMS fragment under a lower heading is a page's text, a first line that ends in *!* is the title,
and *Enligt uppdrag* closes a letter."""

from __future__ import annotations

import pytest

from conftest import lint_text


def sender_messages(text: str, fmt: str = "text") -> list[str]:
    return [f.message for f in lint_text(text, fmt).findings if f.rule == "missing-sender"]


# A how-to text in the reader's terms, long enough for missing-sender (100 words), that never names its sender.
GUIDE = (
    "Så ansöker du om tillstånd\n\n"
    + "Vill du bygga ett förråd eller ett staket? Då behöver du ibland ett tillstånd. Här får du veta hur du "
    "ansöker och hur lång tid det tar. Du ansöker i vår e-tjänst och laddar upp en ritning. "
    * 5
    + "\n\nHar du frågor?\n\n"
)


@pytest.mark.parametrize(
    "contact",
    [
        "Ring oss på 0123-45 67 10 eller skicka e-post till bygglov@exempelstad.se.",
        "Skriv till oss på kontaktcenter@norrby.kommun.se.",
    ],
)
def test_an_organisations_email_address_names_its_sender(contact: str) -> None:
    # (the bench re-tester's fault-free text: *bygglov@exempelstad.se* under *Ring oss* was told it names no sender)
    assert sender_messages(GUIDE + contact + "\n") == []


@pytest.mark.parametrize(
    "contact",
    [
        "Ring oss på 0123-45 67 10 eller skicka e-post till bygglovsfragor@gmail.com.",  # a free mail service's
        "Ring oss på 0123-45 67 10.",
        "Läs mer på www.boverket.se eller ring oss på 0123-45 67 10.",  # a web address may be another's site
    ],
)
def test_a_free_mail_address_a_telephone_number_or_a_web_address_names_no_sender(contact: str) -> None:
    messages = sender_messages(GUIDE + contact + "\n")
    assert len(messages) == 1 and messages[0].startswith("Texten har kontaktuppgifter men säger inte vem")


def test_an_organisations_address_that_no_we_claims_names_no_sender() -> None:
    # the address may be anyone's the text names; the sender says *oss* of itself in another paragraph
    text = GUIDE + "Ring oss på 0123-45 67 10.\n\nFrågor om staket kan du mejla till staket@exempelstad.se.\n"
    assert len(sender_messages(text)) == 1
