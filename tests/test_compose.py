"""Decomposed letters (Unicode NFD: *o* + a combining diaeresis) are read composed, at their exact place."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import lint_text
from klarlint.readers import read_text
from klarlint.readers.compose import composed

TEXT = "Du kommer att erhålla ett beslut. Vi tillhandahåller blanketter. Hon skrev ”vi erhöll pengar” i går."


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _found(report) -> list[tuple[str, str, str]]:
    return [(f.rule, unicodedata.normalize("NFC", f.text), f.message) for f in report.findings]


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("text", TEXT),
        ("markdown", f"# Ansökan\n\n{TEXT}\n\n> Vi erhöll svaret.\n\n[Här erhåller du stöd](https://x.se)\n"),
        ("html", f"<main><h1>Ansökan</h1><p>{TEXT} <q>Vi erhöll</q> och &ouml;vrigt.</p></main>"),
    ],
)
def test_decomposed_text_gets_the_findings_composed_text_gets(fmt: str, text: str) -> None:
    # NFD text (from a PDF, a Mac) had had no jargon findings at all: the word lists know *erhålla*, not *erha\u030alla*
    decomposed = nfd(text)
    assert decomposed != text
    report = lint_text(decomposed, fmt)
    assert _found(report) == _found(lint_text(text, fmt))
    assert "jargon" in {f.rule for f in report.findings}
    for finding in report.findings:  # each points at its own words in the file as written
        assert decomposed[finding.start : finding.end] == finding.text
        line = decomposed.splitlines()[finding.line - 1]
        assert line[finding.column - 1 :].startswith(finding.text.split("\n")[0])


def test_quotations_and_links_keep_their_words() -> None:
    page = "<main><p>Hon sa <q>vi erhöll pengar</q> och <a href='/x'>läs mer här</a>.</p></main>"
    document = read_text(nfd(page), "html")
    [block] = document.blocks
    assert block.text == "Hon sa vi erhöll pengar och läs mer här."
    assert [block.text[start:end] for start, end in block.quotes] == ["vi erhöll pengar"]
    assert [block.text[start:end] for start, end in block.links] == ["läs mer här"]


def test_composed_text_is_left_as_it_is() -> None:
    document = read_text(TEXT)
    assert composed(document) is document


@given(st.text(alphabet="aoeuAOåäöÅÄÖ \u0308\u030a\u0301.", max_size=60))
def test_every_piece_maps_back_to_its_own_letters(text: str) -> None:
    source = nfd(text)
    document = read_text(source)
    for block in document.blocks:
        assert unicodedata.is_normalized("NFC", block.text)
        for segment in block.segments:
            written = source[segment.source_start : segment.source_start + (segment.source_length or segment.length)]
            shown = block.text[segment.text_start : segment.text_start + segment.length]
            assert unicodedata.normalize("NFC", written) == shown
            assert segment.source_length is None or len(shown) < segment.source_length  # composed: shorter


def test_a_decomposed_word_document_is_read_composed_and_annotated_alike(tmp_path) -> None:
    import docx

    from klarlint.cli import main
    from klarlint.readers import read_path

    word = docx.Document()
    word.add_paragraph(nfd("Vi erhöll din ansökan i går."))
    word.save(str(tmp_path / "brev.docx"))
    [block] = read_path(tmp_path / "brev.docx").blocks
    assert block.text == "Vi erhöll din ansökan i går."
    with pytest.raises(SystemExit):
        main([str(tmp_path / "brev.docx"), "--annotate"])
    copy = docx.Document(str(tmp_path / "brev.klarlint.docx"))
    assert any(comment.text.startswith("”erhöll” är byråkratiskt") for comment in copy.comments)
