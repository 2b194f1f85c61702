"""What an edit costs the language server's whole lint: the document-level rules read the edited paragraph, not the
whole text again, and give what a whole lint gives (session 44: the whole lint of an edit at 300,000 words had grown
from 0.29 s to 0.66 s; benchmarks/lsp_latency.py and benchmarks/RESULTS.md).

- missing-sender is in block parts: a block's part says whether the block alone names a sender and gives a contact
  path, and the whole text is read only for what no block says alone (a name and a title in two paragraphs);
- impersonal-man's *ni* for *man* (a text that says *ni* and never *du*) comes from the blocks' parts;
- missing-summary's key lemmas are kept with each paragraph's analysis;
- passive voice's findings in sub-check passive-form are the last lint's own objects when their paragraph is
  unchanged (they were copied anew after every edit, and every one was then placed again).
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from klarlint.config import Config, config_from_mapping
from klarlint.linter import active_rules, analyze, default_backend, lint_document
from klarlint.lsp.engine import Engine
from klarlint.lsp.rule_cache import PartsCachedRule, has_block_parts, with_block_cache
from klarlint.readers import read_text
from klarlint.rules.registry import all_rules

BODY = [
    "Du har sökt bidrag för att bygga om ditt badrum så att du kan bo kvar hemma. Vi har gått igenom din ansökan "
    "och de intyg du skickade med. Vi har också talat med arbetsterapeuten om vilka ändringar som behövs.",
    "Du får 45 000 kronor. Vi betalar ut pengarna när arbetet är klart och vi har fått fakturan. Pengarna betalas "
    "till det konto du har angett i ansökan. Spara kvitton och fakturor tills pengarna har kommit.",
    "Du kan överklaga beslutet inom tre veckor från den dag du fick det. Skriv vilket beslut du överklagar och "
    "varför du tycker att det ska ändras. Skicka överklagandet till oss, så skickar vi det vidare till domstolen.",
]
SENDER = "Norrby kommun, socialförvaltningen"
CONTACT = "Telefon: 0123-456 78"
NAME, TITLE = "Anna Berg", "biståndshandläggare"  # a signature whose name and title are two paragraphs
CASE = "Ärendenummer: SOC 2026-000812"  # no way to reach anyone


def _sender_rule():
    return next(rule for rule in all_rules() if rule.info.id == "missing-sender")


def _messages(paragraphs: list[str], fmt: str = "text") -> list[str]:
    text = "\n\n".join(paragraphs) + "\n"
    report = lint_document(read_text(text, fmt), Config(), default_backend(), active_rules(Config()))
    return [f.message for f in report.findings if f.rule == "missing-sender"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ([SENDER, CONTACT], None),
        ([SENDER], "men inte hur läsaren kan kontakta er"),
        ([CONTACT], "men säger inte vem som är avsändare"),
        ([], "säger inte vem som är avsändare eller hur"),
        ([NAME, TITLE, CONTACT], None),  # no block alone names the sender: the whole text does
        ([SENDER, CASE], "men inte hur läsaren kan kontakta er"),  # a case number is not a telephone number
        ([SENDER, "Er beteckning: 2026-000812"], "men inte hur läsaren kan kontakta er"),
    ],
)
def test_missing_sender_in_parts_gives_what_the_whole_text_gives(extra: list[str], expected: str | None) -> None:
    rule = _sender_rule()
    assert has_block_parts(rule)
    text = "\n\n".join([*BODY, *extra]) + "\n"
    analysis = analyze(read_text(text, "markdown"), default_backend())
    options = dict(rule.info.options)
    whole = list(rule.check(analysis, options))
    parts = [rule.block_part(analysis, index, options) for index in range(len(analysis.blocks))]
    assert list(rule.combine(analysis, parts, options)) == whole
    messages = [finding.message for finding in whole]
    assert messages == [] if expected is None else len(messages) == 1 and expected in messages[0]
    if extra[:2] == [NAME, TITLE]:
        assert not any(part[0] for part in parts)  # (so combine did read the whole text)


def test_missing_sender_parts_are_kept_through_edits_and_read_only_the_edited_paragraph() -> None:
    """Paragraphs with a sender, a contact path, a signature in two paragraphs and a case number come and go; the
    server's kept parts give what a whole lint gives, and an edit computes the edited paragraph's part alone."""
    calls: list[int] = []
    rule = _sender_rule()

    class Counting:
        def __init__(self) -> None:
            self.info = rule.info

        def check(self, analysis, options):
            return rule.check(analysis, options)

        def block_part(self, analysis, index, options):
            calls.append(index)
            return rule.block_part(analysis, index, options)

        def combine(self, analysis, parts, options):
            return rule.combine(analysis, parts, options)

    kept = PartsCachedRule(Counting())
    options = dict(rule.info.options)
    backend = default_backend()
    rng = random.Random(44)
    versions = [[], [CONTACT], [SENDER, CONTACT], [CASE], [NAME, TITLE, CONTACT], [SENDER], [CONTACT, NAME], []]
    seen = set()
    for extra in versions * 3:
        paragraphs = list(BODY)
        for piece in extra:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), piece)
        analysis = analyze(read_text("\n\n".join(paragraphs) + "\n", "text"), backend)
        found = list(kept.check(analysis, options))
        assert found == list(rule.check(analysis, options)), paragraphs
        seen.add(tuple(f.message for f in found))
    assert len(seen) >= 3  # the edits changed the finding (else this test proves little)
    calls.clear()
    paragraphs[1] += " Vi hör av oss."
    analysis = analyze(read_text("\n\n".join(paragraphs) + "\n", "text"), backend)
    assert list(kept.check(analysis, options)) == list(rule.check(analysis, options))
    assert calls == [1]


def test_ni_for_man_follows_the_whole_text_from_the_parts() -> None:
    """A text that says *ni* and never *du* is told *ni* for a generic *man*; a *du* anywhere makes it *du*. The
    server's kept parts follow a paragraph that says *du* coming and going."""
    config = config_from_mapping({})
    rules = with_block_cache(active_rules(config))
    backend = default_backend()
    paragraphs = [
        "Föreningen har sökt bidrag. Ni får 20 000 kronor för er verksamhet i år.",
        "Om man vill överklaga beslutet kan man skriva till oss.",
    ]

    def suggestions(paragraphs: list[str]) -> list[str | None]:
        text = "\n\n".join(paragraphs) + "\n"
        kept = lint_document(read_text(text, "text"), config, backend, rules)
        plain = lint_document(read_text(text, "text"), config, backend, active_rules(config))
        assert kept.findings == plain.findings
        return [f.suggestion for f in kept.findings if f.rule == "impersonal-man"]

    assert set(suggestions(paragraphs)) == {"ni"}
    with_du = [*paragraphs, "Du kan också ringa oss."]
    assert set(suggestions(with_du)) == {"du"}
    assert set(suggestions(paragraphs)) == {"ni"}


def test_passive_findings_of_an_unchanged_paragraph_are_the_last_lints_own() -> None:
    """The kept passive-voice parts give the last lint's very rule findings for unchanged paragraphs, those in
    sub-check passive-form too (they were copied anew after every edit, and each was then placed again by value);
    the text linted again gives the last lint's very findings, of every rule (a lint that moved nothing had copied
    every finding at the end of the text), equal to a lint without memos."""
    engine = Engine(default_backend())
    paragraphs = [
        "Ansökan behandlas av handläggaren. Beslutet fattas inom fyra veckor. Avgiften ska betalas i förskott.",
        "Blanketten ska fyllas i och skickas till förvaltningen. Beslut fattades i nämnden i maj.",
    ] * 5
    text = "\n\n".join(paragraphs) + "\n"
    engine.lint(text, "text")
    first = engine.lint(text, "text").report.findings
    again = engine.lint(text, "text").report.findings
    assert {f.rule for f in first} >= {"passive-voice", "nominalization"}
    assert len(again) == len(first) and all(f is g for f, g in zip(first, again, strict=True))
    assert again == lint_document(read_text(text, "text"), Config(), default_backend(), active_rules(Config())).findings

    from klarlint.linter import LintMemory
    from klarlint.lsp.rule_cache import RULE_STATE

    rule = next(rule for rule in all_rules() if rule.info.id == "passive-voice")
    kept, memory, options = PartsCachedRule(rule), LintMemory(), dict(rule.info.options)

    def found(paragraphs: list[str]) -> list:
        analysis = analyze(read_text("\n\n".join(paragraphs) + "\n", "text"), default_backend())
        analysis.derived[RULE_STATE] = memory.rules
        return list(kept.check(analysis, options))

    before = found(paragraphs)
    after = found([*paragraphs[:-1], paragraphs[-1] + " Vi hör av oss."])
    unchanged = [f for f in before if f.block < len(paragraphs) - 1]
    assert len(unchanged) >= 10 and {f.subcheck for f in unchanged} == {"passive-form"}
    assert all(f is g for f, g in zip(unchanged, after, strict=False))


def test_missing_summary_keeps_key_lemmas_with_the_paragraphs_analysis() -> None:
    """A paragraph's candidate key lemmas are computed once and kept with its analysis (which the server reuses for
    an unchanged paragraph); the finding is what it was."""
    from klarlint.rules import missing_summary

    text = "\n\n".join(["# Bidrag till föreningar", *BODY * 3, SENDER, CONTACT]) + "\n"
    analysis = analyze(read_text(text, "markdown"), default_backend())
    lemmas = missing_summary._key_lemmas(analysis)
    assert {"bidrag", "förening"} <= lemmas
    kept = [block.derived.get(missing_summary._KEY_CANDIDATES) for block in analysis.blocks]
    assert all(entry is not None for entry in kept)
    assert missing_summary._key_lemmas(analysis) == lemmas
    assert [block.derived[missing_summary._KEY_CANDIDATES] for block in analysis.blocks] == kept


def test_a_short_lines_language_is_decided_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The document's decisions for short lines (a neighbour's language, the language a line leans to, a heading that
    names a language) are remembered per text: a lint after an edit reads the edited line alone again, and decides
    what a first reading decides."""
    from klarlint import language

    lines = [f"Avfallet hämtas varannan vecka i område {n}." for n in range(12)]
    lines[3] = "Tervetuloa kirjastoon!"  # Finnish on a Swedish page: skipped with a notice
    lines[7] = "Skraldet hentes hver anden uge i sommerferien."  # Danish
    read: list[str] = []
    for memo in (language._a_neighbours_line, language._leaning_to):
        compute = memo.compute
        monkeypatch.setattr(memo, "compute", lambda text, compute=compute: read.append(text) or compute(text))

    def languages(lines: list[str]) -> tuple[str, ...]:
        return language.document_languages(read_text("\n\n".join(lines) + "\n", "text")).blocks

    first = languages(lines)
    assert first[3] == "fi" and first[7] == "da" and first[0] == "sv"
    languages(lines)
    read.clear()
    lines[5] = "Kunnan asiakaspalvelu auttaa sinua arkisin kello 8–16."
    edited = languages(lines)
    assert set(read) <= {lines[5]}
    assert edited[5] == "fi" and edited[:5] == first[:5] and edited[6:] == first[6:]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_lints_line_starts_serve_the_servers_line_index(fmt: str) -> None:
    """The server converts offsets with the line starts of the lint's document (taken over around an edit by the
    plain-text reader) instead of finding them again: they are the same text's, with every kind of line break."""
    from klarlint.lsp.positions import UTF16, LineIndex, line_starts

    engine = Engine(default_backend())
    text = "# Rubrik\r\n\r\nAnsökan behandlas av nämnden.\rEn rad till.\n\nSista stycket 😀 här.\n" * 400
    for n in range(3):
        text = text[: 5000 * n] + "Ny mening.\n" + text[5000 * n :]
        document = engine.lint(text, fmt).document
        assert document is not None and document.source is text
        assert list(document._line_starts) == line_starts(text)
        index = LineIndex(text, UTF16, document._line_starts)
        plain = LineIndex(text, UTF16)
        for offset in range(0, len(text), 97):
            assert index.position(offset) == plain.position(offset)


def test_a_change_after_a_lint_uses_its_line_index_and_gives_pygls_the_new_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server applies a change with the last lint's line index when that is of the text changed (an edit after a
    lint) instead of finding every line start again, and pygls's copy of the document is the server's text (pygls no
    longer applies each change to a copy of its own, line by line)."""
    from lsprotocol import types

    from klarlint.lsp import positions
    from klarlint.lsp.server import OpenDocument, create_server

    made: list[str] = []

    class Counted(positions.LineIndex):
        def __init__(self, source, encoding=positions.UTF16, starts=None):
            made.append(source)
            super().__init__(source, encoding, starts)

    from pygls.workspace import Workspace

    server = create_server(Engine(default_backend()))
    server.protocol._workspace = Workspace(None)  # (what initialize makes)
    server.settings = dataclasses.replace(server.settings, check_frequency="manual")  # (no lint scheduled: no loop)
    uri = "file:///tmp/brev.txt"
    text = "Hej!\n\nAnsökan behandlas av nämnden. 😀 Beslutet fattas i maj.\n\nVi hör av oss.\n"
    server.workspace.put_text_document(types.TextDocumentItem(uri, "plaintext", 1, text))
    document = server.documents[uri] = OpenDocument(uri, text, 1, "text", None)
    server.linted[uri], _ = server._lint(document, 1, text, server.settings, server.encoding)
    monkeypatch.setattr(positions, "LineIndex", Counted)

    def change(version: int, line: int, character: int, insert: str) -> None:
        """The didChange notification as pygls runs it: the protocol's generator and the handler it yields."""
        at = types.Position(line, character)
        edit = types.TextDocumentContentChangePartial(types.Range(at, at), insert)
        identifier = types.VersionedTextDocumentIdentifier(version=version, uri=uri)
        steps = server.protocol.lsp_text_document__did_change(types.DidChangeTextDocumentParams(identifier, [edit]))
        handler, arguments, _ = next(steps)
        result = handler(*arguments)
        with pytest.raises(StopIteration):
            steps.send(result)

    change(2, 2, 33, "Fint. ")  # after the emoji (two UTF-16 units) and its space
    assert document.text == text.replace("😀 Beslutet", "😀 Fint. Beslutet") and made == []
    change(3, 4, 0, "Hälsningar\n")  # no lint of version 2: its index is made
    assert document.text.endswith("Hälsningar\nVi hör av oss.\n") and len(made) == 1
    assert server.workspace.get_text_document(uri).source == document.text
    assert server.workspace.get_text_document(uri).version == 3
