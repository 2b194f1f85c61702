"""Markdown reader: what is prose, and positions that survive entities, escapes and inline markup."""

from __future__ import annotations

import re

from conftest import lint_text
from klarlint.document import BlockKind
from klarlint.readers import read_text

SOURCE = """---
title: Ansökan har skickats
---
# Bygglov &amp; marklov

<!-- En kommentar som har skrivits av redaktören. -->

Ansökan &amp; ritningar har skickats till [nämnden](https://norrby.example) \\*i dag\\*.
Kör `make check` innan&nbsp;blanketten skickas in.

```
Koden har granskats.
```

    Indraget kodblock har granskats.

- Punkt <span>med</span> html som har lämnats.
"""


def test_only_prose_is_read() -> None:
    document = read_text(SOURCE, "markdown")
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.HEADING, "Bygglov & marklov"),
        # The inline code leaves its spaces on both sides behind; &nbsp; reads as a space.
        (
            BlockKind.PARAGRAPH,
            "Ansökan & ritningar har skickats till nämnden *i dag*. Kör  innan blanketten skickas in.",
        ),
        (BlockKind.LIST_ITEM, "Punkt med html som har lämnats."),
        (BlockKind.TITLE, "Ansökan har skickats"),  # the front matter's title, after the body (issue 12)
    ]


def test_every_word_maps_to_its_source_through_entities_and_escapes() -> None:
    document = read_text(SOURCE, "markdown")
    for block in document.blocks:
        for match in re.finditer(r"\w+", block.text):
            start, end = block.source_span(match.start(), match.end())
            assert SOURCE[start:end] == match.group(0)
    paragraph = document.blocks[1]
    index = paragraph.text.index("&")
    assert SOURCE[slice(*paragraph.source_span(index, index + 1))] == "&amp;"
    index = paragraph.text.index("*i dag*")
    assert SOURCE[slice(*paragraph.source_span(index, index + len("*i dag*")))] == "\\*i dag\\*"


def test_findings_after_an_entity_are_at_the_right_column() -> None:
    report = lint_text(SOURCE, "markdown")
    passive = {f.text: (f.line, f.column) for f in report.findings if f.rule == "passive-voice"}
    lines = SOURCE.split("\n")
    assert passive == {
        "skickats": (8, lines[7].index("skickats") + 1),
        "skickas in": (9, lines[8].index("skickas") + 1),
        "lämnats": (17, lines[16].index("lämnats") + 1),
    }


RUN_IN = """**Kl. 15.30 – Besök Ålidhems &amp; centrum**
Statsministern träffar lokalpolisen.

**Plats**\\
Slottet, ingång från bron.

**Tid:** Måndag den 18 mars
och tisdagen.

- **Punkt**
  med text.
"""


def test_a_run_in_bold_heading_is_a_block_of_its_own() -> None:
    """A paragraph whose first line is all bold: the heading's words started the text's first sentence
    (round 73, blind); a bold label with text on its line, or one in a list item, stays in its paragraph."""
    document = read_text(RUN_IN, "markdown")
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, "Kl. 15.30 – Besök Ålidhems & centrum"),
        (BlockKind.PARAGRAPH, "Statsministern träffar lokalpolisen."),
        (BlockKind.PARAGRAPH, "Plats"),
        (BlockKind.PARAGRAPH, "Slottet, ingång från bron."),
        (BlockKind.PARAGRAPH, "Tid: Måndag den 18 mars och tisdagen."),
        (BlockKind.LIST_ITEM, "Punkt med text."),
    ]
    for block in document.blocks:
        for match in re.finditer(r"\w+", block.text):
            assert RUN_IN[slice(*block.source_span(match.start(), match.end()))] == match.group(0)


HTML_IN_MARKDOWN = """# Rubrik

Ansökan skickas in i e-tjänsten.

<div class="faktaruta">
<p>Beslut fattas av nämnden, och ansökan skall skickas in &amp; betalas senast i maj.</p>
<script>var x = "Detta skall inte läsas";</script>
</div>

<div lang="en">
<p>The application is processed by the board within three weeks of its arrival.</p>
</div>

<!-- en kommentar som skall lämnas i fred -->

- Punkt

  <div>Inne i en lista skall det inte läsas.</div>

Slut.
"""


def test_a_block_of_html_is_read_as_html_at_its_place() -> None:
    """A CMS export keeps fact boxes as HTML blocks in the Markdown: their prose had been skipped unsaid. It is read
    by the HTML reader (its script left out, its entity decoded), at its exact line and column; one in another
    language is named; one inside a list, whose lines carry the list's indentation, gets a notice instead."""
    report = lint_text(HTML_IN_MARKDOWN, "markdown")
    skall = [(f.line, f.column) for f in report.findings if f.rule == "skall"]
    line = HTML_IN_MARKDOWN.splitlines()[5]
    assert skall == [(6, line.index("skall") + 1)]
    assert any(f.rule == "passive-voice" and f.text == "fattas" and f.line == 6 for f in report.findings)
    assert [(n.code, n.line) for n in report.notices] == [("other-language", 11), ("not-prose", 18)]
    # --fix leaves HTML alone, as it does an HTML file: the fact box's *skall* is reported, not replaced
    assert [(f.replacements, f.fixable) for f in report.findings if f.rule == "skall"] == [(("ska",), False)]
    document = read_text(HTML_IN_MARKDOWN, "markdown")
    [box] = [b for b in document.blocks if b.text.startswith("Beslut")]
    assert box.text.endswith("skickas in & betalas senast i maj.")
    start, end = box.source_span(0, len(box.text))
    assert HTML_IN_MARKDOWN[start:end].startswith("Beslut fattas") and HTML_IN_MARKDOWN[start:end].endswith("maj.")


def test_a_script_never_closed_says_the_rest_of_the_file_was_not_checked() -> None:
    # CommonMark runs such an HTML block to the end of the file: the text after it had been skipped unsaid
    text = "# Ansökan\n\nDu skall söka i tid.\n\n<script>\nvar x = 1;\n\nAnsökan skall lämnas senast i maj.\n"
    report = lint_text(text, "markdown")
    assert [(f.rule, f.line) for f in report.findings if f.rule == "skall"] == [("skall", 3)]
    [notice] = report.notices
    assert (notice.code, notice.line) == ("not-prose", 6) and "<script> stängs aldrig" in notice.message
    closed = text.replace("var x = 1;\n", "var x = 1;\n</script>\n")
    assert lint_text(closed, "markdown").notices == []
    assert [f.line for f in lint_text(closed, "markdown").findings if f.rule == "skall"] == [3, 9]
    assert lint_text("Text.\n\n<pre>\n</pre>\n\n<style>\n", "markdown").notices == []  # nothing after them


def test_table_cells_are_found_where_they_stand_in_their_row() -> None:
    # The same words in two cells of a row had both been placed in the first; an escaped pipe (\|) had sent a
    # cell's findings to the row's first character
    text = "| A | B |\n|---|---|\n| Du skall | skall |\n| a \\| b vi erhöll \\|\\| x | Ni skall |\n"
    report = lint_text(text, "markdown")
    found = sorted((f.line, f.column, f.text) for f in report.findings if f.rule in ("skall", "jargon"))
    line3, line4 = text.splitlines()[2], text.splitlines()[3]
    assert found == [
        (3, line3.index("skall") + 1, "skall"),
        (3, line3.rindex("skall") + 1, "skall"),
        (4, line4.index("erhöll") + 1, "erhöll"),
        (4, line4.index("skall") + 1, "skall"),
    ]
    assert all(text[f.start : f.end] == f.text and f.fixable for f in report.findings if f.rule in ("skall", "jargon"))
    [cell] = [b for b in read_text(text, "markdown").blocks if b.text.startswith("a |")]
    assert cell.text == "a | b vi erhöll || x" and text[slice(*cell.source_span(0, len(cell.text)))].endswith("x")
