"""Language detection after the re-tester's surface pass of session 44 (retest-surface.md §1-3, §7): Swedish noble
names with *af*, a Swedish heading over a Sami greeting, a short Danish page in a Swedish template, Danish pages named
as Danish."""

from __future__ import annotations

import pytest

from klarlint.language import document_languages
from klarlint.linter import lint_text
from klarlint.readers import read_text


def _languages(source: str, fmt: str = "markdown") -> tuple[str, dict[str, str]]:
    document = read_text(source, fmt)
    found = document_languages(document)
    return found.language, {block.text: lang for block, lang in zip(document.blocks, found.blocks, strict=True)}


def _notices(source: str, fmt: str = "markdown") -> list[str]:
    report = lint_text(source, fmt=fmt).files[0]
    return [n.message for n in report.notices if n.code == "other-language"]


INTRO = "# Utställning\n\n"
OUTRO = "\n\nUtställningen visas till och med den 12 maj. Biljetter köper du i entrén.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Hilma af Klint på Moderna museet",
        "Hilma af Klint på museet",
        "Hotell af Chapman på Skeppsholmen",
        "Carl af Trolle på slottet",
        "Familjen af Ugglas på Gotland",
        "Hilma af Klint",
    ],
)
def test_a_swedish_noble_name_with_af_stays_swedish(line: str) -> None:
    # *af* before a capitalised name is a Swedish noble particle, not the Danish preposition: *af, på* had made the
    # line Danish (Danish 3 points, Swedish 2) and skipped it
    language, blocks = _languages(f"{INTRO}{line}{OUTRO}")
    assert language == "sv" and blocks[line] == "sv"
    assert _notices(f"{INTRO}{line}{OUTRO}") == []


def test_a_short_swedish_page_with_an_af_name_is_swedish() -> None:
    # the whole page had been *Texten är på danska*, 0 words linted
    source = "# Hotell af Chapman\n\nVandrarhem på Skeppsholmen.\n"
    language, blocks = _languages(source)
    assert language == "sv" and set(blocks.values()) == {"sv"}
    assert _notices(source) == []


def test_danish_af_before_a_lower_case_word_is_still_danish() -> None:
    source = f"{INTRO}Biblioteket holder lukket i dag. Bogen kan afleveres af os i postkassen ved indgangen.{OUTRO}"
    assert (
        _languages(source)[1]["Biblioteket holder lukket i dag. Bogen kan afleveres af os i postkassen ved indgangen."]
        == "da"
    )


PARAGRAPH = "Kommunen tar emot ansökningar om bidrag fram till den 15 mars. Ansök via e-tjänsten på webbplatsen."


@pytest.mark.parametrize("heading", ["Badhuset", "Avgifter", "Kontakt", "Bygglov"])
@pytest.mark.parametrize("greeting", ["Bures boahtin!", "Buorre beaivi!"])
def test_a_swedish_heading_over_a_sami_greeting_stays_swedish(heading: str, greeting: str) -> None:
    # the heading had been taken for the Sami section's (*Text på samiska … (rad 1–3)*) in Markdown; in HTML lang="sv"
    # had kept it Swedish, and over a Finnish or Danish line it was already
    source = f"# {heading}\n\n{greeting}\n\n{PARAGRAPH}\n"
    language, blocks = _languages(source)
    assert language == "sv" and blocks[heading] == "sv" and blocks[greeting] == "smi"
    assert [m.split(":")[0] for m in _notices(source)] == ["Text på samiska har inte granskats (rad 3)"]


def test_a_heading_with_a_word_of_the_greetings_language_goes_with_it() -> None:
    language, blocks = _languages(f"# Giitu\n\nBures boahtin!\n\n{PARAGRAPH}\n")
    assert language == "sv" and blocks["Giitu"] == blocks["Bures boahtin!"] == "smi"


def test_a_heading_over_a_paragraph_in_another_language_still_goes_with_it() -> None:
    source = (
        f"{PARAGRAPH}\n\n## Pajalan kunnan hakemus\n\nMeän kunta oon hakenu ette kunnan nimi muutethaan. Met olema "
        "kuulu kaikin ette net oon tärkeät ja ette tet saatta lukea siitä meän sivuilta.\n"
    )
    blocks = _languages(source)[1]
    assert blocks["Pajalan kunnan hakemus"] == blocks[source.split("\n\n")[2].strip()] != "sv"
