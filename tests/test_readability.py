"""Readability measures: LIX and OVIX checked against hand-computed values, and their wiring into stats and JSON."""

from __future__ import annotations

import math

import pytest

from conftest import lint_text
from klarlint.analysis import Token
from klarlint.linter import analyze
from klarlint.readability import is_long_word, lix, nominal_ratio, ovix
from klarlint.readers import read_text

# Paragraph 1: 8 words, 2 sentences, 1 long word (ansökan), 7 word forms (vi twice).
# Paragraph 2: 13 words, 2 sentences, 3 long words (Beslutet, överklaga, beslutet; måndag has 6 letters),
#              11 word forms (beslutet and du twice).
TEXT = (
    "Vi har fått din ansökan. Vi svarar snart.\n\n"
    "Beslutet gäller från måndag. Du kan överklaga beslutet om du inte är nöjd.\n"
)


def test_lix_formula() -> None:
    assert lix(8, 2, 1) == pytest.approx(16.5)  # 8/2 + 100 * 1/8
    assert lix(13, 2, 3) == pytest.approx(29.577, abs=1e-3)  # 6.5 + 23.077
    assert lix(0, 0, 0) == 0.0


def test_ovix_formula() -> None:
    assert ovix(8, 7) == pytest.approx(33.411, abs=1e-3)  # ln 8 / ln(2 - ln 7 / ln 8)
    assert ovix(13, 11) == pytest.approx(40.651, abs=1e-3)


@pytest.mark.parametrize(("tokens", "types"), [(5, 5), (1, 1), (0, 0)])
def test_ovix_is_undefined_when_every_word_is_new(tokens: int, types: int) -> None:
    assert ovix(tokens, types) is None


def _token(text: str) -> Token:
    return Token(0, text, text, "NOUN", "NN", "", "root", 0, 0, len(text))


@pytest.mark.parametrize(
    ("word", "long"),
    [("ansökan", True), ("svarar", False), ("måndag", False), ("e-tjänst", True), ("2025-05-05", False)],
)
def test_long_words_count_letters(word: str, long: bool) -> None:
    assert is_long_word(_token(word)) is long


def test_document_and_paragraph_stats() -> None:
    stats = lint_text(TEXT).stats
    assert (stats.words, stats.sentences) == (21, 4)
    assert stats.lix == pytest.approx(21 / 4 + 100 * 4 / 21)
    assert stats.ovix == pytest.approx(math.log(21) / math.log(2 - math.log(18) / math.log(21)))
    assert stats.long_word_share == pytest.approx(4 / 21)
    assert stats.mean_sentence_length == pytest.approx(21 / 4)
    first, second = stats.paragraphs
    assert (first.block, first.line, first.words, first.sentences) == (0, 1, 8, 2)
    assert (second.block, second.line, second.words, second.sentences) == (1, 3, 13, 2)
    assert first.lix == pytest.approx(16.5) and second.lix == pytest.approx(29.577, abs=1e-3)
    assert first.ovix == pytest.approx(33.411, abs=1e-3) and second.ovix == pytest.approx(40.651, abs=1e-3)


def test_nominal_ratio_in_stats_is_the_readability_measure() -> None:
    nominal = "Genomförandet av utredningen av frågan om införandet av avgifter för ansökningar sker under våren."
    verbal = "Vi utreder nu om vi ska ta betalt när du söker. Vi vet det i vår."
    for text in (nominal, verbal):
        assert lint_text(text).stats.nominal_ratio == pytest.approx(nominal_ratio(analyze(read_text(text))))
    assert lint_text(nominal).stats.nominal_ratio > 1.5 > 1.0 > lint_text(verbal).stats.nominal_ratio


def test_headings_and_list_items_are_not_paragraphs_but_count_in_the_document() -> None:
    text = "# Så ansöker du\n\nDu ansöker på webben. Det går fort.\n\n- Ta med legitimation\n"
    stats = lint_text(text, "markdown").stats
    assert [p.block for p in stats.paragraphs] == [1]
    assert stats.words == 3 + 7 + 3


def test_json_keeps_the_old_keys_and_adds_the_new_ones() -> None:
    report = lint_text(TEXT.replace("Vi svarar snart.", "Vi svarar snart, ca. 20 dagar."))
    data = report.to_json()["stats"]
    assert list(data)[:5] == ["words", "sentences", "mean_sentence_length", "lix", "passive_share"]
    assert {"ovix", "nominal_ratio", "long_word_share", "findings_per_1000_words", "paragraphs"} <= set(data)
    first, second = data["paragraphs"]
    assert first["findings"] == len([f for f in report.findings if f.line == 1]) >= 1
    assert second["findings"] == len([f for f in report.findings if f.line == 3])
    assert first["findings_per_1000_words"] == round(1000 * first["findings"] / first["words"], 1)
    assert data["findings_per_1000_words"] == round(1000 * len(report.findings) / data["words"], 1)
    assert (first["line"], second["line"]) == (1, 3)


def test_ovix_is_null_in_json_when_undefined() -> None:
    data = lint_text("Vi svarar snart.").to_json()["stats"]
    assert data["ovix"] is None and data["paragraphs"][0]["ovix"] is None


def test_empty_text_has_zero_counts_and_no_measures() -> None:
    # with no words a ratio is undefined: *lix 0.0* had been averaged into a dashboard as a very easy text
    data = lint_text("").to_json()["stats"]
    assert data["words"] == 0 and data["sentences"] == 0 and data["paragraphs"] == []
    undefined = ("lix", "mean_sentence_length", "passive_share", "long_word_share", "ovix", "nominal_ratio")
    assert all(data[name] is None for name in undefined) and data["findings_per_1000_words"] is None


def test_a_name_s_capitalised_words_are_not_nouns_of_the_nominal_ratio() -> None:
    """*Inspektionen* and *Myndigheten* inside a sentence are names the tagger takes for common nouns; a page about
    an agency is not heavier for its name (issue 13, judged blind). A capitalised noun first in a sentence counts."""
    named = "Vi ringer Inspektionen och Myndigheten i dag."
    plain = "Vi ringer inspektionen och myndigheten i dag."
    assert nominal_ratio(analyze(read_text(named))) < nominal_ratio(analyze(read_text(plain)))
    first = "Myndigheten ringer oss i dag."
    assert nominal_ratio(analyze(read_text(first))) == nominal_ratio(analyze(read_text(first.lower().capitalize())))


def test_a_cited_title_s_words_are_not_counted_in_the_nominal_ratio() -> None:
    """*sin rapport Kraftsamling – Inriktningen av totalförsvaret … (Ds 2023:34)* and *Utredningen ”…”*: the title's
    words are the inquiry's, and the paragraph was the heaviest for them (rounds 86–88, blind: false once). So a
    title of nouns and one of verbs give the same ratio."""
    for template in (
        "Regeringen har fått betänkandet {} (SOU 2023:34) och skickar det på remiss.",
        "Utredningen ”{}” består av fyra delar.",
    ):
        heavy = template.format("Kraftsamling av totalförsvaret och utformningen av försvaret")
        light = template.format("Vi gör det nu")
        assert nominal_ratio(analyze(read_text(heavy))) == nominal_ratio(analyze(read_text(light)))
