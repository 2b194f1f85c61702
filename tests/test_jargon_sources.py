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
    assert len(named) >= 20
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
    ],
)
def test_plain_words_are_not_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), "jargon") == []
