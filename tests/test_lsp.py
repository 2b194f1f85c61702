"""The language server: unit tests of its pieces, then the real ``klarlint lsp`` over stdio.

The server tests start ``klarlint lsp`` as a subprocess once per module and talk
to it with pytest-lsp's client, as an editor would: initialize, didOpen,
publishDiagnostics, didChange, codeAction, hover, configuration, shutdown.
Each test uses its own document URIs, so they do not see each other's results.
"""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from rich.text import Text

from conftest import ROOT
from klarlint.analysis import BlockAnalysis
from klarlint.config import Config, config_from_mapping
from klarlint.errors import ConfigError
from klarlint.explain import explain_rule
from klarlint.linter import active_rules, default_backend, lint_document
from klarlint.lsp import actions, diagnostics, quick
from klarlint.lsp.engine import Engine, document_format, supported_formats
from klarlint.lsp.positions import UTF8, UTF16, UTF32, LineIndex, apply_change
from klarlint.lsp.rule_cache import BlockCachedRule, is_block_local
from klarlint.lsp.settings import Settings, parse_settings
from klarlint.nlp.cache import CachingBackend
from klarlint.readers import read_text
from klarlint.report import Finding
from klarlint.rules.base import Severity
from klarlint.rules.registry import all_rules

WAIT_SECONDS = 120  # a safety net for a loaded machine, not a timing assertion


# --- positions ------------------------------------------------------------------------------


def test_positions_count_code_units_of_the_agreed_encoding() -> None:
    source = "Hej 😀 då\nerhålla"
    offset = source.index("då")
    assert LineIndex(source, UTF16).position(offset) == types.Position(line=0, character=7)  # emoji: 2 units
    assert LineIndex(source, UTF8).position(offset) == types.Position(line=0, character=9)  # emoji: 4 bytes
    assert LineIndex(source, UTF32).position(offset) == types.Position(line=0, character=6)
    second = source.index("erhålla") + len("erhå")
    assert LineIndex(source, UTF8).position(second) == types.Position(line=1, character=5)  # å is 2 bytes
    for encoding in (UTF8, UTF16, UTF32):
        index = LineIndex(source, encoding)
        for offset in range(len(source) + 1):
            assert index.offset(index.position(offset)) == offset


def test_positions_break_lines_only_where_lsp_does() -> None:
    source = "ett\r\ntvå\rtre\x0cfyra\u2028fem\nsex"
    index = LineIndex(source)
    assert index.line_count == 4  # \r\n, \r and \n; not the form feed or U+2028
    assert index.position(source.index("fyra")) == types.Position(line=2, character=4)
    assert index.position(source.index("sex")) == types.Position(line=3, character=0)
    assert index.line_text(0) == "ett"
    # A character past the end of a line means the end of that line, never the next line.
    assert index.offset(types.Position(line=0, character=99)) == 3
    assert index.offset(types.Position(line=99, character=0)) == len(source)


def test_apply_change_with_an_emoji_before_the_edit() -> None:
    source = "A 😀 erhålla B\nrad två"
    change = types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=0, character=5), end=types.Position(line=0, character=12)),
        text="få",
    )
    assert apply_change(source, change, UTF16) == "A 😀 få B\nrad två"
    whole = types.TextDocumentContentChangeWholeDocument(text="ny text")
    assert apply_change(source, whole, UTF16) == "ny text"


# --- settings -------------------------------------------------------------------------------


def test_settings_accept_the_section_or_the_whole_object_in_either_spelling() -> None:
    settings = parse_settings({"klarlint": {"disable": ["jargon"], "failOn": "error", "debounceMs": 50}})
    assert settings.debounce_ms == 50
    assert parse_settings({"disable": ["jargon"]}).overrides.disable == {"jargon"}
    merged = settings.apply(Config())
    assert merged.disable == {"jargon"} and merged.fail_on is Severity.ERROR
    assert parse_settings(None) == Settings()
    assert settings.docs_link("jargon") is None  # no public site: no link unless docsUrl names one
    linked = parse_settings({"docsUrl": "https://intranat.example.se/klarlint/{rule}.html"})
    assert linked.docs_link("jargon") == "https://intranat.example.se/klarlint/jargon.html"


def test_settings_go_on_top_of_the_documents_klarlint_toml() -> None:
    base = config_from_mapping({"disable": ["passive-voice"], "rules": {"long-sentence": {"max_words": 30}}})
    merged = parse_settings({"enable": ["passive-voice"], "rules": {"long-sentence": {"severity": "error"}}}).apply(
        base
    )
    assert "passive-voice" not in merged.disable
    assert merged.rule_options["long-sentence"] == {"max_words": 30, "severity": "error"}


@pytest.mark.parametrize(
    "raw",
    [{"okänd": 1}, {"fail_on": "katastrof"}, {"debounce_ms": -5}, {"debounce_ms": True}, {"docs_url": "ftp://x"}, "x"],
)
def test_bad_settings_are_refused_with_a_reason(raw: object) -> None:
    with pytest.raises(ConfigError):
        parse_settings(raw)


def test_document_format_by_file_ending_then_language() -> None:
    assert document_format("file:///a/brev.txt", "restructuredtext") == "text"
    assert document_format("file:///a/sida.md", "plaintext") == "markdown"
    assert document_format("untitled:Untitled-1", "markdown") == "markdown"
    assert document_format("file:///a/skript.py", "python") is None


# --- quick-fix replacements -----------------------------------------------------------------


def _finding(
    text: str, suggestion: str | None, rule: str = "jargon", replacements: tuple[str, ...] = (), fixable: bool = True
) -> Finding:
    return Finding(
        rule,
        Severity.WARNING,
        1,
        1,
        1,
        1 + len(text),
        0,
        len(text),
        text,
        "…",
        suggestion,
        None,
        replacements=replacements,
        fixable=fixable and bool(replacements),
    )


def test_quick_fixes_come_from_the_findings_replacements_only() -> None:
    assert actions.replacements(_finding("erhöll", "få", replacements=("fick",))) == ["fick"]
    assert actions.replacements(_finding("skall", "ska", "skall", ("ska",))) == ["ska"]
    # No replacement, no quick fix: a plain-looking suggestion is not guessed into one.
    assert actions.replacements(_finding("erhöll", "få")) == []
    assert actions.replacements(_finding("10.000", "10 000", "numbers")) == []
    # A replacement equal to the text changes nothing; a repeated one is offered once.
    assert actions.replacements(_finding("ska", "ska", "skall", ("ska",))) == []
    assert actions.replacements(_finding("erhöll", "få", replacements=("fick", "fick"))) == ["fick"]
    # Where --fix would not replace it (a quotation, front matter …), no quick fix offers to either.
    assert actions.replacements(_finding("kl", "kl.", "numbers-and-dates", ("kl.",), fixable=False)) == []


# --- caches ---------------------------------------------------------------------------------


class CountingBackend:
    name = "counting"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def analyze(self, texts):
        self.calls.append(list(texts))
        return [BlockAnalysis(text, [], []) for text in texts]


def test_caching_backend_analyses_only_texts_it_has_not_seen() -> None:
    inner = CountingBackend()
    cache = CachingBackend(inner, max_entries=3)
    first = cache.analyze(["a", "b", "a"])
    assert inner.calls == [["a", "b"]] and first[0] is first[2]
    assert cache.analyze(["b", "c"])[0] is first[1]
    assert inner.calls[-1] == ["c"]
    cache.analyze(["d"])  # four texts in a cache of three: "a", the least recently used, goes
    assert cache.size == 3
    cache.analyze(["a"])
    assert inner.calls[-1] == ["a"]
    by_size = CachingBackend(inner, max_chars=5)
    by_size.analyze(["abc", "de", "f"])  # six characters: the oldest text goes
    assert (by_size.size, by_size.chars) == (2, 3)


def test_only_block_local_rules_are_memoised_per_block() -> None:
    by_id = {rule.info.id: rule for rule in all_rules()}
    assert is_block_local(by_id["jargon"]) and is_block_local(by_id["long-sentence"])
    assert not is_block_local(by_id["missing-summary"]) and not is_block_local(by_id["missing-sender"])
    local = ["quotes-and-dashes", "double-negation", "relative-vilken", "and-or", "state-passive"]
    assert all(is_block_local(by_id[rule_id]) for rule_id in local)
    # These look beyond the block: first use in the document, names used elsewhere, the nominal ratio.
    # impersonal-man: whether generic "man" is flagged depends on the kind of text (klarlint.genre).
    # long-paragraph: a paragraph under a programme heading is an item of the programme.
    # passive-voice: a doer named in the paragraph before (or an assignment in the heading above) makes a warning
    # information.
    for rule_id in [
        "passive-voice",
        "abbreviation",
        "long-word",
        "heading",
        "nominalization",
        "skall",
        "impersonal-man",
        "long-paragraph",
        "numbers-and-dates",  # mkr: first use in the text only (session 41)
    ]:
        assert not is_block_local(by_id[rule_id]), rule_id


class BrokenRule:
    info = next(rule for rule in all_rules() if rule.info.id == "long-sentence").info

    def check(self, analysis, options):
        raise RuntimeError("trasig")


def test_block_memo_passes_a_rule_crash_on_and_remembers_nothing() -> None:
    document = read_text("Hej.\n\nHopp.\n")
    analysis_blocks = CachingBackend(CountingBackend()).analyze([b.text for b in document.blocks])
    from klarlint.analysis import Analysis

    memo = BlockCachedRule(BrokenRule())
    with pytest.raises(RuntimeError):
        list(memo.check(Analysis(document, analysis_blocks), {}))
    assert not any(memo._memos.values())


def _edits_of(text: str) -> list[str]:
    """A few versions of ``text`` an editor session could produce: a word changed, a paragraph added, one removed."""
    paragraphs = text.split("\n\n")
    return [
        text,
        text.replace("erhålla", "få", 1),
        "\n\n".join([*paragraphs[:2], "Ni skall erhålla ett nytt beslut som har fattats av nämnden.", *paragraphs[2:]]),
        "\n\n".join(paragraphs[:1] + paragraphs[2:]),
        text,
    ]


@pytest.mark.parametrize(
    ("path", "fmt"),
    [(ROOT / "examples" / "brev-fore.txt", "text"), (ROOT / "README.md", "markdown")],
)
def test_cached_lints_equal_plain_lints_through_a_session_of_edits(path: Path, fmt: str) -> None:
    engine = Engine(default_backend())
    config = Config()
    rules = active_rules(config)
    for version in _edits_of(path.read_text(encoding="utf-8")):
        cached = engine.lint(version, fmt).report
        plain = lint_document(read_text(version, fmt), config, default_backend(), rules)
        assert cached.findings == plain.findings
        assert cached.stats == plain.stats


def test_an_edit_reanalyses_only_the_changed_paragraph() -> None:
    engine = Engine(default_backend())
    text = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8")
    engine.lint(text, "text")
    before = engine.backend.misses
    engine.lint(text.replace("erhålla", "få", 1), "text")
    assert engine.backend.misses == before + 1


def _local_keys(found: list[dict], local: set[str]) -> list[tuple]:
    return sorted(
        (
            d["code"],
            d["range"]["start"]["line"],
            d["range"]["start"]["character"],
            d["range"]["end"]["line"],
            d["range"]["end"]["character"],
            d["message"],
        )
        for d in found
        if d["code"] in local
    )


def test_first_answers_carry_every_block_local_finding_through_a_run_of_edits() -> None:
    """Each first answer, built on the one before (as while typing), shows exactly the block-local
    findings of a whole lint of its text: fresh in the changed paragraphs, moved elsewhere."""
    engine = Engine(default_backend())
    settings = Settings()
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8").strip()
    text = "\n\n".join([letter] * 45) + "\n"
    result = engine.lint(text, "text")
    shown = quick.shown_from_lint(1, result, diagnostics.diagnostics(result, LineIndex(text, UTF16), settings))
    local = {rule.info.id for rule in all_rules() if is_block_local(rule)}
    rng = random.Random(11)
    answered = 0
    for version in range(2, 14):
        start, end, insert = _random_edit(rng, text)
        insert = insert.replace("\r\n", "\n")  # text with \r gets no first answer (tested below)
        text = text[:start] + insert + text[end:]
        answer = quick.first_answer(
            engine, shown, text, "text", [(start, len(text) - start - len(insert))], None, settings, UTF16, version
        )
        whole = engine.lint(text, "text")
        expected = diagnostics.diagnostics(whole, LineIndex(text, UTF16), settings)
        if answer is None:
            shown = quick.shown_from_lint(version, whole, expected)
            continue
        answered += 1
        assert _local_keys(answer.diagnostics, local) == _local_keys(expected, local)
        assert len(answer.spans) == len(answer.diagnostics)
        shown = answer
    assert answered >= 10
    with_cr = text[:-1] + "\r\n"  # the last paragraph's line break: an answer but for the \r
    assert quick.first_answer(engine, shown, with_cr, "text", [(len(text) - 1, 0)], None, settings, UTF16, 99) is None
    assert quick.first_answer(engine, shown, text + "Hej.", "text", [(len(text), 0)], None, settings, UTF16, 99)


def test_first_answers_carry_the_findings_of_rules_that_read_the_paragraph_before() -> None:
    """passive-voice reads the paragraph before a passive (RuleInfo.reads_before_only): the first answer to an edit
    lints the changed paragraph with the one before it, so the edited paragraph's passives are there at once and
    as the whole lint has them (information where the paragraph before names who acts)."""
    engine = Engine(default_backend())
    settings = Settings()
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8").strip()
    context = "Kulturnämnden tar fram en plan för föreningarnas lokaler."
    text = "\n\n".join([letter] * 25 + [context, "Planen ska följas upp varje år."] + [letter] * 25) + "\n"
    assert len(text) > quick.PHASED_CHARS  # long enough to be answered twice
    result = engine.lint(text, "text")
    shown = quick.shown_from_lint(1, result, diagnostics.diagnostics(result, LineIndex(text, UTF16), settings))
    at = text.find("varje år.") + len("varje år")
    edited = text[:at] + " och i maj" + text[at:]
    answer = quick.first_answer(engine, shown, edited, "text", [(at, len(text) - at)], None, settings, UTF16, 2)
    assert answer is not None
    line = edited[:at].count("\n")
    whole = engine.lint(edited, "text")
    expected = diagnostics.diagnostics(whole, LineIndex(edited, UTF16), settings)
    first = [d for d in answer.diagnostics if d["code"] == "passive-voice" and d["range"]["start"]["line"] == line]
    final = [d for d in expected if d["code"] == "passive-voice" and d["range"]["start"]["line"] == line]
    assert first == final and [d["severity"] for d in first] == [types.DiagnosticSeverity.Information]


# --- the real server over stdio -------------------------------------------------------------


def _server_command() -> list[str]:
    script = Path(sys.executable).with_name("klarlint")
    if script.exists():
        return [str(script), "lsp"]
    return [sys.executable, "-c", "from klarlint.cli import main; main()", "lsp"]


def _recording_client(converter_factory=None) -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics (with its version) in ``client.published``
    and, as VS Code takes them, the server's dynamic registrations (file watchers) in ``client.registrations``."""
    from pytest_lsp.client import LanguageClient as Client
    from pytest_lsp.client import default_converter

    client = Client(converter_factory=converter_factory or default_converter)
    client.published = []
    client.registrations = []

    def publish(ls: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        ls.diagnostics[params.uri] = params.diagnostics
        ls.published.append(params)

    def register(ls: LanguageClient, params: types.RegistrationParams) -> None:
        ls.registrations.extend(params.registrations)

    register_lsp_features(
        client,
        {
            **DEFAULT_CLIENT_FEATURES,
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
            types.CLIENT_REGISTER_CAPABILITY: register,
        },
    )
    return client


pytestmark_server = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=_server_command(), client_factory=_recording_client),
)
async def client(lsp_client: LanguageClient):
    await open_session(lsp_client)
    yield
    await lsp_client.shutdown_session()


async def open_session(lsp_client: LanguageClient) -> None:
    """Initialize as VS Code does, without a debounce (the tests wait for diagnostics, not for typing);
    the server's answer is kept as ``lsp_client.init_result``. Every file's server fixture starts so."""
    lsp_client.init_result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=ROOT.as_uri(),
            initialization_options={"klarlint": {"debounceMs": 0}},
        )
    )


async def _diagnostics(client: LanguageClient, uri: str, version: int) -> list[types.Diagnostic]:
    """The diagnostics the server publishes for ``version`` of ``uri`` (it publishes only the newest)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_SECONDS
    while loop.time() < deadline:
        for params in reversed(client.published):
            if params.uri == uri and params.version == version:
                return list(params.diagnostics)
        await asyncio.sleep(0.02)
    raise AssertionError(f"no diagnostics for {uri} version {version}")


def _open(client: LanguageClient, uri: str, text: str, language: str = "plaintext") -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text))
    )


def _change(client: LanguageClient, uri: str, version: int, start, end, text: str) -> None:
    rng = types.Range(start=types.Position(*start), end=types.Position(*end))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(range=rng, text=text)],
        )
    )


def _apply(text: str, action: types.CodeAction) -> str:
    [document_edit] = action.edit.document_changes
    index = LineIndex(text, UTF16)
    for edit in sorted(document_edit.edits, key=lambda e: index.offset(e.range.start), reverse=True):
        text = text[: index.offset(edit.range.start)] + edit.new_text + text[index.offset(edit.range.end) :]
    return text


async def _actions(client: LanguageClient, uri: str, line: int, character: int) -> list[types.CodeAction]:
    point = types.Position(line=line, character=character)
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=point, end=point),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    return list(result or [])


LETTER = "Hej 😀 Anna!\n\nDu kan erhålla bidrag.\nAnsökan har behandlats av nämnden.\n"


@pytestmark_server
async def test_open_publishes_diagnostics_at_the_right_utf16_range(client: LanguageClient) -> None:
    assert client.init_result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    uri = (ROOT / "tmp-lsp-open.txt").as_uri()
    _open(client, uri, LETTER)
    found = await _diagnostics(client, uri, 1)
    jargon = [d for d in found if d.code == "jargon"]
    assert [(d.range.start.line, d.range.start.character, d.range.end.character) for d in jargon] == [(2, 7, 14)]
    [diagnostic] = jargon
    assert diagnostic.source == "klarlint"
    assert diagnostic.severity == types.DiagnosticSeverity.Warning
    assert "”erhålla”" in diagnostic.message and "”få”" in diagnostic.message
    assert diagnostic.code_description is None  # no documentation address configured: no dead link
    passive = [d for d in found if d.code == "passive-voice"]
    assert [d.range.start for d in passive] == [types.Position(line=3, character=12)]
    assert not [d for d in found if d.range.start.line < 2]  # the greeting with the emoji is fine


@pytestmark_server
async def test_change_updates_diagnostics(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-change.txt").as_uri()
    _open(client, uri, LETTER)
    assert any(d.code == "jargon" for d in await _diagnostics(client, uri, 1))
    _change(client, uri, 2, (2, 7), (2, 14), "få")  # erhålla → få
    after = await _diagnostics(client, uri, 2)
    assert not any(d.code == "jargon" for d in after)
    assert any(d.code == "passive-voice" for d in after)
    _change(client, uri, 3, (0, 0), (0, 0), "Vi skall tillhandahålla stöd.\n\n")
    moved = await _diagnostics(client, uri, 3)
    assert [(d.code, d.range.start.line) for d in moved if d.code == "jargon"] == [("jargon", 0)]
    assert [d.range.start.line for d in moved if d.code == "passive-voice"] == [5]


@pytestmark_server
async def test_quick_fix_replaces_the_word_and_offers_each_alternative(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-fix.txt").as_uri()
    text = "Vi tillhandahåller stöd.\n\nDu ska erhålla svar.\n"
    _open(client, uri, text)
    await _diagnostics(client, uri, 1)
    found = await _actions(client, uri, 2, 9)
    fixes = [a for a in found if a.title.startswith("Ersätt")]
    assert [a.title for a in fixes] == ["Ersätt ”erhålla” med ”få”"]
    assert fixes[0].kind == types.CodeActionKind.QuickFix and fixes[0].is_preferred
    assert _apply(text, fixes[0]) == "Vi tillhandahåller stöd.\n\nDu ska få svar.\n"
    # "tillhandahåller" is inflected: the replacement is inflected too ("ger", not "ge").
    inflected = [a for a in await _actions(client, uri, 0, 5) if a.title.startswith("Ersätt")]
    assert [a.title for a in inflected] == ["Ersätt ”tillhandahåller” med ”ger”"]
    assert _apply(text, inflected[0]).startswith("Vi ger stöd.")
    # Plain text has no comment syntax: no ignore action.
    assert not [a for a in found if a.title.startswith("Ignorera")]


@pytestmark_server
async def test_ignore_action_inserts_a_working_comment_in_markdown(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-ignore.md").as_uri()
    text = "# Beslut\n\nDu kan erhålla bidrag\nom du ansöker. Vi ska tillhandahålla stöd.\n"
    _open(client, uri, text, "markdown")
    before = await _diagnostics(client, uri, 1)
    assert [d.range.start.line for d in before if d.code == "jargon"] == [2, 3]
    # Second line of a paragraph: the comment goes at the end of the line above, not on a line of its own.
    [ignore] = [a for a in await _actions(client, uri, 3, 25) if a.title.startswith("Ignorera")]
    fixed = _apply(text, ignore)
    assert fixed == (
        "# Beslut\n\nDu kan erhålla bidrag <!-- klarlint-disable-next-line jargon -->\n"
        "om du ansöker. Vi ska tillhandahålla stöd.\n"
    )
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    after = await _diagnostics(client, uri, 2)
    assert [d.range.start.line for d in after if d.code == "jargon"] == [2]  # only the silenced line is quiet
    # First line of a paragraph: the comment gets a line of its own above it.
    [ignore_first] = [a for a in await _actions(client, uri, 2, 9) if a.title.startswith("Ignorera")]
    assert _apply(fixed, ignore_first).startswith(
        "# Beslut\n\n<!-- klarlint-disable-next-line jargon -->\nDu kan erhålla"
    )


@pytestmark_server
@pytest.mark.skipif("html" not in supported_formats(), reason="no HTML reader")
async def test_ignore_action_in_html_keeps_the_paragraph_whole(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-ignore.html").as_uri()
    text = (
        "<html><body><main>\n<p>Du kan få bidrag\n"
        "om du ansöker. Vi ska tillhandahålla stöd.</p>\n</main></body></html>\n"
    )
    _open(client, uri, text, "html")
    assert [d.range.start.line for d in await _diagnostics(client, uri, 1) if d.code == "jargon"] == [2]
    [ignore] = [a for a in await _actions(client, uri, 2, 25) if a.title.startswith("Ignorera")]
    fixed = _apply(text, ignore)
    assert fixed.splitlines()[1] == "<p>Du kan få bidrag <!-- klarlint-disable-next-line jargon -->"
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    assert not [d for d in await _diagnostics(client, uri, 2) if d.code == "jargon"]


@pytestmark_server
async def test_hover_shows_the_explain_text_over_a_flagged_word_only(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-hover.txt").as_uri()
    _open(client, uri, LETTER)
    await _diagnostics(client, uri, 1)
    shown = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(line=2, character=9))
    )
    assert shown.contents.value == Text.from_markup(explain_rule("jargon")).plain
    assert shown.range.start == types.Position(line=2, character=7)
    nothing = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(line=2, character=2))
    )
    assert nothing is None


@pytestmark_server
async def test_nearest_klarlint_toml_and_a_crashing_rule(client: LanguageClient, tmp_path: Path) -> None:
    # A rule that cannot finish: a rule file's pattern that backtracks without end on a run of a's.
    (tmp_path / "klarlint.toml").write_text('disable = ["passive-voice"]\nrules_path = ["regler"]\n', encoding="utf-8")
    (tmp_path / "regler").mkdir()
    (tmp_path / "regler" / "katastrof.toml").write_text(
        'id = "katastrof"\ntype = "existence"\nmatch = "pattern"\nmessage = "{text}"\nterms = [\'(a|aa)+$\']\n',
        encoding="utf-8",
    )
    uri = (tmp_path / "brev.txt").as_uri()
    _open(client, uri, LETTER + "\n" + "a" * 60 + "!\n")
    found = await _diagnostics(client, uri, 1)
    codes = {d.code for d in found}
    assert "jargon" in codes and "passive-voice" not in codes  # passive-voice is off; katastrof was stopped
    await asyncio.sleep(0)  # the log message was sent before the diagnostics
    assert any("katastrof" in m.message and m.type == types.MessageType.Error for m in client.log_messages)
    alive = await _actions(client, uri, 2, 9)
    assert alive
    # Saving klarlint.toml re-checks the open documents under it.
    (tmp_path / "klarlint.toml").write_text("", encoding="utf-8")
    start = len(client.published)
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=(tmp_path / "klarlint.toml").as_uri())
        )
    )
    assert "passive-voice" in {d.code for d in await _next_publish(client, uri, start)}


async def _next_publish(client: LanguageClient, uri: str, after: int) -> list[types.Diagnostic]:
    """The diagnostics of the first publish for ``uri`` after ``client.published[:after]``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_SECONDS
    while loop.time() < deadline:
        found = [p for p in client.published[after:] if p.uri == uri]
        if found:
            return list(found[0].diagnostics)
        await asyncio.sleep(0.02)
    raise AssertionError(f"no new diagnostics for {uri}")


@pytestmark_server
async def test_settings_pushed_and_pulled_change_the_rules(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-settings.txt").as_uri()
    _open(client, uri, LETTER)
    assert {"jargon", "passive-voice"} <= {d.code for d in await _diagnostics(client, uri, 1)}
    try:
        start = len(client.published)
        client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"klarlint": {"disable": ["jargon"], "debounceMs": 0}})
        )
        pushed = {d.code for d in await _next_publish(client, uri, start)}
        assert "passive-voice" in pushed and "jargon" not in pushed
        # Pull model: the client only says something changed, the server asks for the section.
        client.set_configuration({"disable": ["passive-voice"], "debounceMs": 0}, section="klarlint")
        start = len(client.published)
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
        pulled = {d.code for d in await _next_publish(client, uri, start)}
        assert "jargon" in pulled and "passive-voice" not in pulled
    finally:
        client.set_configuration({"debounceMs": 0}, section="klarlint")
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))


def _random_edit(rng: random.Random, text: str) -> tuple[int, int, str]:
    pieces = ["erhålla ", "😀", "\n", "\n\n", "Ansökan har behandlats. ", "å", " ", "skall ", "\r\n", "- punkt\n"]
    start = rng.randrange(len(text) + 1)
    end = min(len(text), start + rng.choice([0, 0, 1, 3, 12, 40]))
    return start, end, rng.choice(pieces) if rng.random() < 0.8 else ""


@pytestmark_server
async def test_survives_hundreds_of_random_edits_and_stays_in_sync(client: LanguageClient) -> None:
    rng = random.Random(5)
    uri = (ROOT / "tmp-lsp-random.md").as_uri()
    text = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8")[:3000]
    _open(client, uri, text, "markdown")
    version = 1
    for _ in range(300):
        start, end, insert = _random_edit(rng, text)
        index = LineIndex(text, UTF16)
        version += 1
        _change(client, uri, version, _pair(index.position(start)), _pair(index.position(end)), insert)
        text = text[:start] + insert + text[end:]
        if rng.random() < 0.05:
            await asyncio.sleep(0.05)  # now and then the server gets to lint an intermediate version
    final = await _diagnostics(client, uri, version)
    fresh_uri = (ROOT / "tmp-lsp-random-fresh.md").as_uri()
    _open(client, fresh_uri, text, "markdown")
    fresh = await _diagnostics(client, fresh_uri, 1)
    assert [(d.code, d.range, d.message) for d in final] == [(d.code, d.range, d.message) for d in fresh]
    index = LineIndex(text, UTF16)
    assert all(index.offset(d.range.end) <= len(text) for d in final)


def _pair(position: types.Position) -> tuple[int, int]:
    return position.line, position.character


@pytestmark_server
async def test_utf8_when_the_client_prefers_it() -> None:
    capabilities = client_capabilities("visual-studio-code")
    capabilities.general = types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf8])
    config = ClientServerConfig(server_command=_server_command(), client_factory=_recording_client)
    utf8_client = await config.start()
    try:
        result = await utf8_client.initialize_session(
            types.InitializeParams(capabilities=capabilities, initialization_options={"debounceMs": 0})
        )
        assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
        uri = "untitled:Namnlös-1"
        _open(utf8_client, uri, "Hej 😀 då! Du ska erhålla svar.\n")
        [diagnostic] = [d for d in await _diagnostics(utf8_client, uri, 1) if d.code == "jargon"]
        assert (diagnostic.range.start.character, diagnostic.range.end.character) == (21, 29)  # bytes: 😀 4, å 2
        await asyncio.wait_for(utf8_client.shutdown_session(), WAIT_SECONDS)
        assert utf8_client._server.returncode == 0
    finally:
        if utf8_client._server.returncode is None:  # failed before exit: stop() alone would wait for it forever
            utf8_client._server.kill()
        await utf8_client.stop()
