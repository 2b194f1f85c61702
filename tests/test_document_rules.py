"""missing-summary and missing-sender: document-level rules."""

from __future__ import annotations

import pytest

from conftest import lint_text

BODY = " ".join(["Kommunen arbetar med många frågor som rör invånarnas vardag och framtid."] * 30)  # 330 words


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


def test_long_text_without_summary_is_flagged() -> None:
    text = f"Riktlinjer för kommunikation\n\nBakgrund\n\n{BODY}\n"
    report = lint_text(text)
    [finding] = [f for f in report.findings if f.rule == "missing-summary"]
    assert finding.line == 1
    assert "ord" in finding.message


def test_a_numbered_heading_is_marked_whole() -> None:
    """*1. Syfte*: the tokenizer makes *1.* a sentence of its own, and the finding marked only *1.* (round 91)."""
    [finding] = [f for f in lint_text(f"# 1. Syfte\n\n{BODY}\n", "markdown").findings if f.rule == "missing-summary"]
    assert finding.text == "1. Syfte"


def test_summary_heading_counts() -> None:
    text = f"Riktlinjer\n\nSammanfattning\n\nVi svarar snabbt.\n\nBakgrund\n\n{BODY}\n"
    assert "missing-summary" not in rules_of(lint_text(text))


def test_short_opening_paragraph_counts() -> None:
    text = f"Riktlinjer\n\nDu får svar inom två veckor. Ring oss om du har frågor.\n\nBakgrund\n\n{BODY}\n"
    assert "missing-summary" not in rules_of(lint_text(text))


def test_short_first_paragraph_of_the_body_is_not_a_summary() -> None:
    opening = (
        "Kommunen arbetar med många frågor varje dag. Vi vill att alla som bor här ska förstå vad vi gör, "
        "varför vi gör det och hur det påverkar dem."
    )
    paragraph = " ".join(["Kommunen arbetar med många frågor som rör invånarnas vardag och framtid."] * 3)
    text = f"{opening}\n\n" + "\n\n".join([paragraph] * 12) + "\n"
    assert "missing-summary" in rules_of(lint_text(text))


def test_table_of_contents_is_not_a_summary() -> None:
    toc = "Innehåll\n\nBakgrund 2\nAnsvar 3\nKanaler 4\n\n"
    text = f"Riktlinjer\n\n{toc}Bakgrund\n\n{BODY}\n"
    assert "missing-summary" in rules_of(lint_text(text))


def test_short_text_needs_no_summary() -> None:
    assert "missing-summary" not in rules_of(lint_text("Bakgrund\n\n" + BODY[:600]))


def sender_message(text: str) -> str | None:
    found = [f.message for f in lint_text(text).findings if f.rule == "missing-sender"]
    return found[0] if found else None


LETTER = " ".join(["Vi har tagit emot din ansökan och återkommer med ett svar."] * 12)


def test_missing_sender_and_contact() -> None:
    message = sender_message(LETTER)
    assert message is not None and "avsändare" in message and "kontakta" in message


def test_missing_contact_only() -> None:
    message = sender_message(LETTER + "\n\nNorrby kommun, Socialförvaltningen\n")
    assert message is not None and message.startswith("Texten säger vem som är avsändare men inte")


def test_missing_sender_only() -> None:
    message = sender_message(LETTER + "\n\nTelefon: 0123-456 78\n")
    assert message is not None and message.startswith("Texten har kontaktuppgifter men")


def test_sender_and_contact_present() -> None:
    footer = "\n\nAnna Berg, handläggare\nNorrby kommun\nE-post: social@norrby.se\n"
    assert sender_message(LETTER + footer) is None


def test_a_press_contact_with_a_title_is_a_sender() -> None:
    # a municipality's news item signed *Presskontakt: namn, titel, telefon* had been told it names no sender
    assert sender_message(LETTER + "\n\nPresskontakt: Lisa Berg, kommunikatör, 0123-45 60 40\n") is None


@pytest.mark.parametrize("line", ["Handläggare: Omar Haddad, telefon 0123-457 10", "Handläggare: omar@norrby.se"])
def test_contact_details_on_a_metadata_line_count(line: str) -> None:
    # *Handläggare: …* is a metadata line, not linted as prose, but it is the letter's contact: missing-sender had
    # said the letter gave none
    assert sender_message(LETTER + f"\n\nSocialtjänsten, Norrby kommun\n{line}\n") is None


@pytest.mark.parametrize("sender", ["Utrikesdepartementet", "Regeringskansliet", "Norrby kommun, Socialdepartement"])
def test_a_ministry_is_a_sender(sender: str) -> None:
    # a government page signed by its ministry had been told it names no sender
    assert sender_message(LETTER + f"\n\nPressmeddelande från {sender}\nTelefon 08-405 10 00\n") is None


def test_generic_words_are_not_a_sender() -> None:
    text = LETTER + "\n\nVarje kommun ska ha en plan. Kommunen svarar.\n"
    message = sender_message(text + "Ring 0123-456 78.\n")
    assert message is not None and message.startswith("Texten har kontaktuppgifter")


@pytest.mark.parametrize(
    "footer",
    [
        # a school nurse's letter: her title and her school (it had been told it names no sender)
        "Med vänliga hälsningar\nSara Lind\nSkolsköterska, Norrby skola\n070-123 45 67, sara.lind@norrby.se",
        "Västby förskola\nTelefon: 0123-456 78",
        "Omar Haddad, biståndshandläggare\nTelefon: 0123-456 78",
    ],
)
def test_a_school_or_a_title_signs_a_letter(footer: str) -> None:
    assert sender_message(f"{LETTER}\n\n{footer}\n") is None


def test_the_readers_school_is_no_sender() -> None:
    message = sender_message(LETTER + "\n\nDin skola har telefon 0123-456 78.\n")
    assert message is not None and message.startswith("Texten har kontaktuppgifter men")


@pytest.mark.parametrize(
    "line",
    [
        "Först med en avromantisering av äktenskapet kan kvinnan psykologiskt frigöra sig.",  # no title, a word
        "Den personlighetspsykologiska forskningen visar något annat.",
        "Många av oss skulle kanske föredra att avstå från komplett privat ekonomi.",
    ],
)
def test_a_word_that_ends_like_a_title_signs_nothing(line: str) -> None:
    # an essay's *kvinnan psykologiskt* had been read as a name and the title *psykolog*: a sender
    message = sender_message(f"{line}\n\n{LETTER}\n")
    assert message is not None and message.startswith("Texten säger inte vem som är avsändare")
