"""Session 45, genre wave 2: the protocol is offered wherever the kinds are listed, and a policy converted from Word,
whose metadata table above its title prose.py leaves out, is a document, not a web page."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from conftest import lint_text
from klarlint import cli
from klarlint.genre import GENRES, detect_genre
from klarlint.prose import prose_part
from klarlint.readers import read_text

INDEX_HTML = Path(cli.__file__).parent / "serve" / "static" / "index.html"

BODY = (
    "## Syfte\n\nKommunen använder sociala medier för att informera invånarna. Nya konton ska godkännas av "
    "kommunikationsavdelningen innan de startas.\n\n## Ansvar\n\nVarje förvaltningschef ansvarar för förvaltningens "
    "konton.\n"
)
# The re-tester's 07-policy-word.md, written anew: a policy converted from Word, its facts in a table above its title.
POLICY_MD = (
    "| Dokumenttyp | Policy |\n|---|---|\n| Dokumentägare | Kommundirektören |\n"
    "| Beslutad av | Kommunfullmäktige 2026-10-15, § 142 |\n| Revideras senast | 2030-12-31 |\n\n"
    f"# Policy för sociala medier\n\n{BODY}"
)
POLICY_HTML = (
    "<html lang='sv'><body><table><tr><th>Dokumentägare</th><td>Kommundirektören</td></tr>"
    "<tr><th>Beslutad av</th><td>Kommunfullmäktige</td></tr><tr><th>Gäller från</th><td>2027-01-01</td></tr></table>"
    "<h1>Policy för sociala medier</h1><p>Kommunen använder sociala medier för att informera invånarna. Nya konton "
    "ska godkännas av kommunikationsavdelningen.</p></body></html>"
)


def linted_genre(text: str, fmt: str = "markdown", profile_genre: str | None = None) -> str:
    """The kind as the linter asks for it: after prose.py has left out what is not prose."""
    document, _ = prose_part(read_text(text, fmt))
    return detect_genre(document, None, profile_genre)


def test_the_protocol_is_offered_wherever_the_kinds_are_listed() -> None:
    options = re.findall(r'<option value="(\w*)">', INDEX_HTML.read_text(encoding="utf-8").split('id="genre"')[1])
    assert set(GENRES) <= set(options)
    help_text = typing.get_type_hints(cli.check, include_extras=True)["genre"].__metadata__[0].help
    assert all(genre in help_text for genre in GENRES)


@pytest.mark.parametrize(("text", "fmt"), [(POLICY_MD, "markdown"), (POLICY_HTML, "html")])
def test_a_converted_policy_with_its_metadata_table_above_the_title_is_a_document(text: str, fmt: str) -> None:
    assert linted_genre(text, fmt) == "dokument"
    assert linted_genre(text, fmt, "webbsida") == "dokument"  # (under profile webb too)


def test_the_linter_reports_the_converted_policy_as_a_document() -> None:
    assert lint_text(POLICY_MD, "markdown").genre == "dokument"


HOURS = "| Dag | Öppet |\n|---|---|\n| Måndag | 8–17 |\n| Tisdag | 8–17 |\n\n"


@pytest.mark.parametrize(
    "text",
    [
        f"# Badhuset\n\n{HOURS}{BODY}",  # a web page's opening hours in a two-column table under its title
        f"| Diarienummer | KS 2026/0388 |\n|---|---|\n\n# Badhuset\n\n{BODY}",  # one fact: no table of facts
    ],
)
def test_a_page_with_a_table_that_is_no_document_s_facts_is_still_a_web_page(text: str) -> None:
    assert linted_genre(text) == "webbsida"


def test_a_regeringen_page_with_a_table_of_facts_below_its_title_stays_a_web_page() -> None:
    page = (
        "---\ntitle: Regeringen ger uppdrag om sociala medier\n---\n# Regeringen ger uppdrag om sociala medier\n\n"
        "Publicerad 12 maj 2026\n\nRegeringen ger Myndigheten för digital förvaltning i uppdrag att stödja "
        "kommunerna.\n\n| Uppdrag | Redovisas |\n|---|---|\n| Diarienummer | Fi2026/01234 |\n"
    )
    assert linted_genre(page) == "webbsida"
