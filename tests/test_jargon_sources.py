"""jargon.tsv: the source column (added last, so older readers keep working) and the entries added with it."""

from __future__ import annotations

import csv

import pytest

from conftest import lint_text, rule_texts
from klarlint.resources import wordlist_path

SOURCES = {"Svarta listan", "Myndigheternas skrivregler", "Språkrådet", "Klarspråkstestet", "språkgranskning"}


def rows() -> list[list[str]]:
    with wordlist_path("jargon.tsv").open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]


def test_header_keeps_the_old_columns_first() -> None:
    assert rows()[0] == ["term", "suggestion", "note", "source", "unless_before", "unless_after"]


def test_every_named_source_is_a_known_kind() -> None:
    named = [r[3] for r in rows()[1:] if len(r) > 3 and r[3]]
    assert len(named) >= 200
    assert set(named) <= SOURCES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avgiften innefattar porto.", "innefattar"),
        ("Vi behandlar ärendet skyndsamt.", "skyndsamt"),
        ("Samtliga ansökningar ska vara kompletta.", "Samtliga"),
        ("Arbetet sker i linje med regeringens mål.", "i linje med"),
        ("Den befintliga byggnaden rivs inte.", "befintliga"),
        ("Vi ska säkerställa att alla får svar.", "säkerställa"),
        ("Myndigheten ska tillgängliggöra sina data.", "tillgängliggöra"),
        ("Vi hjälper till i största möjliga mån när du ringer.", "i största möjliga mån"),
        # the second round (issue 13): verbs, participles, connectors and phrases
        ("Regeringen avser att bygga fler skolor.", "avser att"),
        ("Arbetet påbörjades i maj.", "påbörjades"),
        ("Vår målsättning är färre fel.", "målsättning"),
        ("Det är angeläget att alla får svar.", "angeläget"),
        ("Vi vill skapa förutsättningar för fler jobb.", "skapa förutsättningar för"),
        ("Åtgärden ska bidra till ökad trygghet.", "bidra till ökad"),
        ("Det är av stor vikt att du svarar.", "av stor vikt"),
        ("Vad gäller avgiften svarar vi senare.", "Vad gäller"),
        ("Avtalet upphör vid utgången av året.", "vid utgången av"),
        ("Nämnden ska tydliggöra reglerna.", "tydliggöra"),
    ],
)
def test_new_entries_are_flagged(text: str, expected: str) -> None:
    assert expected in rule_texts(lint_text(text), "jargon")


@pytest.mark.parametrize(
    "text",
    [
        "Kvinnors företagande ska främjas.",  # företagande is not the verb företa
        "Alla ansökningar ska vara kompletta.",
        "Vi ser till att alla får svar.",
        "Regeringen gav myndigheten ett uppdrag.",  # gav is no archaic giva
        "Hon tog bussen och drog sig hem.",
        "Jag är angelägen om att du får svar.",  # angelägen om: keen on, not important
        "Vi arbetar på ett bättre sätt nu.",
    ],
)
def test_plain_words_are_not_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), "jargon") == []
