"""Language detection, session 45: a short line with one word no Swedish text writes, Danish *af* after a Danish
participle, a Swedish line over a longer Danish paragraph."""

from __future__ import annotations

import pytest

from klarlint.language import document_languages
from klarlint.readers import read_text

PARAGRAPH = "Kommunen tar emot ansökningar om bidrag fram till den 15 mars. Ansök via e-tjänsten på webbplatsen."


def _language_of(line: str, source: str, fmt: str = "markdown") -> str:
    document = read_text(source, fmt)
    found = document_languages(document)
    return found.blocks[[block.text for block in document.blocks].index(line)]


def _on_a_swedish_page(line: str) -> str:
    return _language_of(line, f"# Information\n\n{line}\n\n{PARAGRAPH}\n")


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Tervetuloa!", "fi"),
        ("Kiitos!", "fi"),
        ("Hyvää joulua!", "fi"),
        ("Tervetuloa uimahalliin!", "fi"),
        ("Tervetuloa kaikki!", "fi"),
    ],
)
def test_a_line_with_one_word_swedish_cannot_write_is_skipped(line: str, language: str) -> None:
    # one Finnish word of its own (a greeting's, or spelt with Finnish vowels) beside none that is Swedish: it had
    # taken two, and the line was linted as Swedish
    assert _on_a_swedish_page(line) == language
    assert _language_of(line, f"{line}\n") == language


@pytest.mark.parametrize(
    "line",
    [
        "Vi serverar smørrebrød på fredag.",
        "Välkommen till Kiitos-caféet",
        "Kiitos-caféet",
        "Serveras smørrebrød",
        "Höör",
        "Lööf",
        "Bjørn Borg",
        "Hyvää joulua och gott nytt år",
        "Tervetuloa – välkommen!",  # *välkommen* mixes back and front vowels, which a Finnish word does not
    ],
)
def test_a_swedish_line_with_one_foreign_word_or_name_stays_swedish(line: str) -> None:
    # *Vi serverar smørrebrød på fredag.* had been Norwegian on its ø, counted twice
    assert _on_a_swedish_page(line) == "sv"
    assert _language_of(line, f"{line}\n") == "sv"


@pytest.mark.parametrize(
    "line", ["Tak for dit besøg!", "Ring os på telefon, vi glæder os", "Læs mere om affaldssortering her."]
)
def test_danish_lines_are_danish(line: str) -> None:
    # *Læs mere om affaldssortering her.* had been named bokmål: *læs* is Danish's (Norwegian *les*)
    assert _on_a_swedish_page(line) == "da"
    assert _language_of(line, f"{line}\n") == "da"


def test_a_norwegian_line_stays_norwegian() -> None:
    assert _on_a_swedish_page("Les mer om søppelsortering her.") == "nb"


def test_af_after_a_danish_participle_is_danish() -> None:
    # *af* before a capitalised word had counted as a Swedish noble name's particle, whatever came before it
    line = "Romanen er skrevet af Karen Blixen og udgivet af Gyldendal."
    assert _on_a_swedish_page(line) == "da"


@pytest.mark.parametrize(
    "line",
    ["Hilma af Klint på Moderna museet", "Skeppet af Chapman på Skeppsholmen", "Kvarteret af Wetterstedt i Vasastan"],
)
def test_a_noble_name_stays_swedish(line: str) -> None:
    assert _on_a_swedish_page(line) == "sv"


DANISH = (
    "Biblioteket holder lukket i hele uge 32 på grund af ombygning. Bøgerne kan afleveres i postkassen ved "
    "indgangen, og vi sender en besked, når dine reserverede bøger er klar til afhentning igen."
)


def _html(line: str) -> str:
    return f'<html lang="sv"><body><h1>Biblioteket</h1><p>{line}</p><p>{DANISH}</p></body></html>'


@pytest.mark.parametrize("line", ["Ring oss om du har frågor.", "Kontakta oss om du har frågor.", "Ring oss."])
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_a_swedish_line_over_a_longer_danish_paragraph_stays_swedish(line: str, fmt: str) -> None:
    # *oss* is bokmål but no Danish (*os*): it had been no Swedish evidence against Danish, and the line took the
    # Danish paragraph's language
    source = _html(line) if fmt == "html" else f"# Biblioteket\n\n{line}\n\n{DANISH}\n"
    assert _language_of(line, source, fmt) == "sv"
    assert _language_of(DANISH, source, fmt) == "da"


@pytest.mark.parametrize("line", ["Vi ringer til dem.", "Ring os på telefon.", "Ingen adgang for hunde."])
def test_a_danish_line_over_a_danish_paragraph_stays_danish(line: str) -> None:
    assert _language_of(line, _html(line), "html") == "da"


def test_a_finnish_line_over_a_danish_paragraph_is_not_made_swedish() -> None:
    # its ä is Swedish evidence against Danish, but Finnish writes it too
    assert _language_of("Kiitos käynnistä!", _html("Kiitos käynnistä!"), "html") != "sv"
