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
        # The inline code leaves its spaces on both sides behind.
        (
            BlockKind.PARAGRAPH,
            "Ansökan & ritningar har skickats till nämnden *i dag*. Kör  innan\xa0blanketten skickas in.",
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
