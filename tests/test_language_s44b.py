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
