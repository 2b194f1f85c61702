"""Session 53, missing-sender: a letterhead's name over the sender's postal address."""

from __future__ import annotations

import pytest

from conftest import lint_text

DECISION_BODY = (
    "BESLUT\n2025-02-20\nDnr 2025-001873\n\nBeslut om intensivövervakning\n\nBeslut\n"
    + " ".join(["Du får avtjäna straffet med fotboja och du ska följa de villkor som gäller för dig."] * 8)
    + "\n\nSå överklagar du\nDu kan begära omprövning inom tre veckor från den dag du fick del av beslutet.\n"
)


def sender_flagged(text: str) -> bool:
    return any(f.rule == "missing-sender" for f in lint_text(text).findings)


@pytest.mark.parametrize(
    "head",
    [
        "Kriminalvården\nFrivården Uppsala\nBox 567, 751 25 Uppsala\n\n",  # probation re-test s53 03
        "Kriminalvården\nAnstalten Kumla\nBox 901, 692 80 Kumla\n\n",  # probation re-test s53 06
        "Kriminalvården\nKungsgatan 5\n753 21 Uppsala\n\n",  # a name of one word over a street's address
    ],
)
def test_a_letterheads_name_over_the_senders_postal_address_names_the_sender(head: str) -> None:
    assert not sender_flagged(head + DECISION_BODY)


@pytest.mark.parametrize(
    "head",
    [
        "Erik Lindqvist\nStorgatan 12\n582 22 Linköping\n\n",  # the addressee's block: a person's name and address
        "Kriminalvården\n\n",  # a name with no address under it
        # a name over a sentence before the address: no letterhead
        "Kriminalvården\nDu kan skriva till oss om du har frågor.\nBox 567, 751 25 Uppsala\n\n",
    ],
)
def test_a_first_line_that_is_no_letterheads_name_names_no_sender(head: str) -> None:
    assert sender_flagged(head + DECISION_BODY)
