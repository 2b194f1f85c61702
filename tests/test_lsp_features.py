"""The language server's features beyond diagnostics (issue 16), tested on the real ``klarlint lsp``.

Code actions that change the workspace (turn a rule off, accept a word: both
written to klarlint.toml), fix-all, pull diagnostics, ``$/progress``,
``checkFrequency``, settings errors, hover severity, the language check and a
quick exit. Helpers for talking to the server come from ``test_lsp``.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from pathlib import Path
from typing import Union

import attrs
import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from rich.text import Text

from conftest import ROOT
from klarlint.config import Config, config_from_mapping, load_config
from klarlint.errors import ConfigError
from klarlint.explain import explain_info
from klarlint.linter import lint_file, lint_text
from klarlint.lsp import actions
from klarlint.lsp.engine import Engine, LintResult
from klarlint.lsp.positions import UTF16, LineIndex
from klarlint.lsp.rule_cache import exact_in_opening, is_block_local
from klarlint.lsp.settings import parse_settings
from klarlint.lsp.workspace_config import add_to_list, config_target
from klarlint.rules.base import Severity
from klarlint.rules.registry import all_rules
from test_lsp import (
    LETTER,
    WAIT_SECONDS,
    _actions,
    _apply,
    _change,
    _diagnostics,
    _next_publish,
    _open,
    _server_command,
    open_session,
)
from test_lsp import (
    _recording_client as recording_client,
)

ENGLISH = (
    "This is a letter in English. The questions were answered by the committee and the application has been "
    "reviewed. We will send you the decision when it is ready, and you can appeal it within three weeks.\n"
)


# --- settings ---------------------------------------------------------------------------------


def test_bad_settings_name_every_bad_key_as_written_without_internal_values() -> None:
    raw = {"failOn": "katastrof", "disable": [1], "okänd": 1, "debounceMs": -1, "checkFrequency": "ofta"}
    with pytest.raises(ConfigError) as caught:
        parse_settings(raw)
    message = str(caught.value)
    for key in raw:
        assert f"{key}:" in message
    assert "None" not in message and "disable: disable" not in message
    assert "debounceMs" in message.split("okänd:")[1]  # the unknown key is told the keys there are


def test_check_frequency_takes_its_values_and_other_servers_spellings() -> None:
    assert parse_settings({}).check_frequency == "edit"
    assert parse_settings({"checkFrequency": "save"}).check_frequency == "save"
    assert parse_settings({"check_frequency": "onSave"}).check_frequency == "save"
    assert parse_settings({"checkFrequency": "manual"}).check_frequency == "manual"
    with pytest.raises(ConfigError):
        parse_settings({"checkFrequency": 3})


# --- the accept list, which klarlint check respects too ----------------------------------------


def test_accepted_words_are_not_flagged_by_any_rule_in_any_case() -> None:
    text = "Du kan erhålla bidrag. Vi ska tillhandahålla stöd. Erhålla är ett ord.\n"
    before = [f.text for f in lint_text(text).files[0].findings if f.rule == "jargon"]
    assert before == ["erhålla", "tillhandahålla", "Erhålla"]
    config = config_from_mapping({"accept": ["ERHÅLLA"]})
    after = [f.text for f in lint_text(text, config).files[0].findings if f.rule == "jargon"]
    assert after == ["tillhandahålla"]


@pytest.mark.parametrize(
    ("source", "fmt", "accepted"),
    [
        ("<p>Du kan erh&aring;lla och er&shy;hålla och er<wbr>hålla bidrag.</p>", "html", ["erhålla"] * 3),
        (
            "Du kan er\u00adhålla bidrag. Vi ska fatta **beslut** om det i dag.\n",
            "markdown",
            ["erhålla", "fatta beslut"],
        ),
    ],
)
def test_accepting_takes_the_words_as_the_reader_reads_them(source: str, fmt: str, accepted: list[str]) -> None:
    """The action's entry and the accept list compare the words as read, not the source's markup: *Godkänn
    ”erh&aring;lla”* had written the entity into klarlint.toml, and *accept = ["erhålla"]* had not covered it."""
    from klarlint.linter import lint_document
    from klarlint.readers import read_text

    document = read_text(source, fmt, f"sida.{fmt}")
    result = LintResult(source, fmt, document, lint_document(document))
    found = actions.workspace_actions(result, 0, len(source), "file:///sida", True)
    words = [a.command.arguments[1] for a in found if a.title.startswith("Godkänn")]
    assert sorted(set(words)) == sorted(set(accepted))
    config = config_from_mapping({"accept": accepted})
    assert lint_text(source, config, fmt=fmt).files[0].findings == []


def test_klarlint_check_reads_accept_from_klarlint_toml(tmp_path: Path) -> None:
    (tmp_path / "klarlint.toml").write_text('accept = ["erhålla"]\n', encoding="utf-8")
    (tmp_path / "brev.txt").write_text("Du kan erhålla och tillhandahålla.\n", encoding="utf-8")
    found = [f.text for f in lint_file(tmp_path / "brev.txt").files[0].findings if f.rule == "jargon"]
    assert found == ["tillhandahålla"]
    with pytest.raises(ConfigError):
        config_from_mapping({"accept": [3]})


# --- writing klarlint.toml ---------------------------------------------------------------------


def test_add_to_list_keeps_comments_and_puts_the_key_before_the_tables(tmp_path: Path) -> None:
    path = tmp_path / "klarlint.toml"
    path.write_text('# vår inställning\nprofile = "webb"  # webben\n\n[rules.long-sentence]\nmax_words = 20\n')
    assert add_to_list(path, "disable", "jargon")
    assert not add_to_list(path, "disable", "jargon")  # already there: unchanged
    assert add_to_list(path, "accept", "Erhålla")
    assert not add_to_list(path, "accept", "erhålla")  # accepted words compare without case
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# vår inställning\n") and "# webben" in text
    config = load_config(path)
    assert config.disable == {"jargon"} and config.accept == {"erhålla"}
    assert config.rule_options["long-sentence"] == {"max_words": 20}
    assert [p.name for p in tmp_path.iterdir()] == ["klarlint.toml"]  # no temporary file left behind


def test_add_to_list_creates_the_file_or_writes_into_pyprojects_table(tmp_path: Path) -> None:
    fresh = tmp_path / "ny" / "klarlint.toml"
    fresh.parent.mkdir()
    add_to_list(fresh, "disable", "skall")
    assert load_config(fresh).disable == {"skall"}
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n\n[tool.klarlint]\ndisable = "jargon"\n', encoding="utf-8")
    add_to_list(pyproject, "disable", "skall")
    assert load_config(pyproject).disable == {"jargon", "skall"}
    assert 'name = "x"' in pyproject.read_text(encoding="utf-8")


def test_add_to_list_leaves_a_file_it_cannot_read_untouched(tmp_path: Path) -> None:
    path = tmp_path / "klarlint.toml"
    path.write_text("disable = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="kan inte läsas"):
        add_to_list(path, "disable", "jargon")
    assert path.read_text(encoding="utf-8") == "disable = [\n"
    path.write_text('profile = "finns-inte"\n', encoding="utf-8")  # valid TOML, but not for klarlint
    with pytest.raises(ConfigError):
        add_to_list(path, "disable", "jargon")
    assert path.read_text(encoding="utf-8") == 'profile = "finns-inte"\n'


def test_the_config_target_is_the_file_that_applies_or_a_new_one_in_the_workspace(tmp_path: Path) -> None:
    (tmp_path / "del").mkdir()
    document = tmp_path / "del" / "brev.txt"
    assert config_target(document, tmp_path) == tmp_path / "klarlint.toml"
    assert config_target(document, None) == tmp_path / "del" / "klarlint.toml"
    (tmp_path / "del" / "klarlint.toml").write_text("", encoding="utf-8")
    assert config_target(document, tmp_path) == tmp_path / "del" / "klarlint.toml"
    assert config_target(None, None) is None


# --- fix-all ----------------------------------------------------------------------------------


def test_safe_edits_take_single_replacements_only_and_never_overlap() -> None:
    text = "Du kan erhålla bidrag. Vi ska tillhandahålla stöd. Ni skall svara.\n"
    result = Engine().lint(text, "text")
    index = LineIndex(text, UTF16)
    edits = actions.safe_edits(result, index)
    fixed = text
    for edit in sorted(edits, key=lambda e: index.offset(e.range.start), reverse=True):
        fixed = fixed[: index.offset(edit.range.start)] + edit.new_text + fixed[index.offset(edit.range.end) :]
    assert fixed == "Du kan få bidrag. Vi ska ge stöd. Ni ska svara.\n"
    starts = [index.offset(e.range.start) for e in edits]
    ends = [index.offset(e.range.end) for e in edits]
    assert all(end <= start for end, start in zip(ends, starts[1:], strict=False))


def test_hover_text_carries_the_findings_severity_not_the_default() -> None:
    info = next(rule.info for rule in all_rules() if rule.info.id == "jargon")
    assert info.severity is not Severity.ERROR
    assert Text.from_markup(explain_info(replace(info, severity=Severity.ERROR))).plain != (
        Text.from_markup(explain_info(info)).plain
    )


# --- the real server --------------------------------------------------------------------------


def _converter():
    """pytest-lsp's converter, telling a CodeAction that carries a command from a bare Command the way
    editors do (by whether ``command`` is a string): lsprotocol's own hook takes any object with a
    ``command`` key for a Command, and would read the "turn off" and "accept" actions wrongly."""
    from pytest_lsp.client import default_converter

    converter = default_converter()

    def action_or_command(value, _type):
        kind = types.Command if isinstance(value.get("command"), str) else types.CodeAction
        return converter.structure(value, kind)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], action_or_command)  # noqa: UP007
    return converter


def _recording_client() -> LanguageClient:
    """``test_lsp._recording_client`` with this file's converter (code actions that carry a command)."""
    return recording_client(_converter)


server_test = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=_server_command(), client_factory=_recording_client),
)
async def client(lsp_client: LanguageClient):
    await open_session(lsp_client)
    yield
    await lsp_client.shutdown_session()


async def _execute(client: LanguageClient, action: types.CodeAction) -> None:
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=action.command.command, arguments=action.command.arguments)
    )


async def _publishes(client: LanguageClient, uri: str, version: int, count: int) -> list[list[types.Diagnostic]]:
    """The first ``count`` publishes for ``version`` of ``uri``, waiting for them."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        found = [list(p.diagnostics) for p in client.published if p.uri == uri and p.version == version]
        if len(found) >= count:
            return found[:count]
        await asyncio.sleep(0.02)
    raise AssertionError(f"fewer than {count} publishes for {uri} version {version}")


@server_test
async def test_model_load_shows_progress(client: LanguageClient) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for reports in client.progress_reports.values():
            if reports and reports[0].title == "klarlint laddar språkmodellen" and reports[-1].kind == "end":
                return
        await asyncio.sleep(0.05)
    raise AssertionError(f"no finished progress for the model load: {client.progress_reports}")


@server_test
async def test_a_long_document_shows_progress_while_it_is_linted(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-long.txt").as_uri()
    text = "\n\n".join(f"Ansökan nummer {n} har behandlats av nämnden." for n in range(2500))
    assert len(text) > 100_000
    _open(client, uri, text)
    await _publishes(client, uri, 1, 2)  # the opening first, then the whole
    title = "klarlint granskar tmp-lsp-long.txt"
    [reports] = [r for r in client.progress_reports.values() if r and r[0].title == title]
    assert [r.kind for r in reports] == ["begin", "end"]
    _change(client, uri, 2, (0, 0), (0, 0), "Vi har fått ett nytt ärende. ")
    await _diagnostics(client, uri, 2)
    again = [r for r in client.progress_reports.values() if r and r[0].title == title]
    assert len(again) == 1  # an edit re-checks from the caches: no progress bar per keystroke
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))


@server_test
async def test_a_long_document_shows_its_opening_first_then_the_whole(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-opening.md").as_uri()
    text = "\n\n".join(f"Ärende {n} har behandlats av nämnden {n % 7}. Vi skall svara." for n in range(2200))
    assert len(text) > 100_000
    _open(client, uri, text, "markdown")
    opening, whole = await _publishes(client, uri, 1, 2)
    last_line = LineIndex(text, UTF16).position(text.find("\n\n", 20_000)).line
    assert opening and max(d.range.end.line for d in opening) <= last_line < max(d.range.end.line for d in whole)
    by_id = {rule.info.id: rule for rule in all_rules()}
    assert all(exact_in_opening(by_id[d.code]) for d in opening)
    assert "passive-voice" in {d.code for d in opening}  # in block parts, but it reads only the blocks before
    # The opening's findings are the whole lint's findings there, not guesses.
    early = {(d.code, d.range.start.line, d.range.start.character) for d in opening}
    assert early <= {(d.code, d.range.start.line, d.range.start.character) for d in whole}
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))


def _keys(found: list[types.Diagnostic], lines: range | None = None, codes: set | None = None) -> set:
    """Diagnostics as comparable tuples; only those starting on ``lines`` (or elsewhere, when negated)."""
    return {
        (d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message)
        for d in found
        if (codes is None or d.code in codes) and (lines is None or d.range.start.line in lines)
    }


def _moved_down(diagnostic: types.Diagnostic, lines: int) -> types.Diagnostic:
    start, end = diagnostic.range.start, diagnostic.range.end
    return attrs.evolve(
        diagnostic,
        range=types.Range(
            start=types.Position(start.line + lines, start.character),
            end=types.Position(end.line + lines, end.character),
        ),
    )


@server_test
async def test_an_edit_of_a_long_document_is_answered_for_its_paragraph_first_then_exactly(
    client: LanguageClient,
) -> None:
    uri = (ROOT / "tmp-lsp-phased.txt").as_uri()
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8").strip()
    text = "\n\n".join([letter] * 45) + "\n"
    assert len(text) > 100_000
    _open(client, uri, text)
    before = (await _publishes(client, uri, 1, 2))[1]
    # A new paragraph in the middle: its findings are fresh, every diagnostic after it moves two lines down.
    at = text.find("\n\n", len(text) // 2)
    where = LineIndex(text, UTF16).position(at)
    added = "\n\nNi kan erhålla ett nytt beslut som har fattats av nämnden. Vi skall svara."
    _change(client, uri, 2, (where.line, where.character), (where.line, where.character), added)
    edited = text[:at] + added + text[at:]
    first, final = await _publishes(client, uri, 2, 2)
    # The changed paragraphs (the one the edit touches, the new one) have fresh block-local findings only.
    first_line = LineIndex(text, UTF16).position(text.rfind("\n\n", 0, at) + 2).line
    changed = range(first_line, where.line + 3)
    local = {rule.info.id for rule in all_rules() if is_block_local(rule)}
    # (and those of rules that read the paragraphs before theirs, linted with the paragraph before: passive-voice)
    fresh = {rule.info.id for rule in all_rules() if exact_in_opening(rule)}
    assert "passive-voice" in {d.code for d in first if d.range.start.line in changed}
    assert _keys(first, changed) and _keys(first, changed) == _keys(final, changed, fresh)
    # Elsewhere the first answer shows what was shown before, those after the new paragraph two lines down
    # (document-level findings as they were: the whole lint brings them up to date) ...
    above = range(0, first_line)
    moved = [_moved_down(d, 2) if d.range.start.line > where.line else d for d in before]
    assert _keys(first, above) == _keys(moved, above) and _keys(first, above)
    after = range(where.line + 3, edited.count("\n") + 1)
    assert _keys(first, after) == _keys(moved, after) and _keys(first, after)
    # ... and the block-local ones there are the whole lint's: their paragraphs did not change.
    assert _keys(first, above, local) == _keys(final, above, local)
    assert _keys(first, after, local) == _keys(final, after, local)
    # After the writer stops, what is shown is exactly a lint of the text opened afresh.
    fresh_uri = (ROOT / "tmp-lsp-phased-fresh.txt").as_uri()
    _open(client, fresh_uri, edited)
    fresh = (await _publishes(client, fresh_uri, 1, 2))[1]
    assert _keys(final) == _keys(fresh)
    for done in (uri, fresh_uri):
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=done)))


@server_test
async def test_fix_all_applies_every_safe_replacement(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-fixall.txt").as_uri()
    text = "Du kan erhålla bidrag.\n\nVi ska tillhandahålla stöd. Ni skall svara.\n\nHon skrev ”vi ses kl 13”.\n"
    _open(client, uri, text)
    assert "numbers-and-dates" in {d.code for d in await _diagnostics(client, uri, 1)}
    found = await _actions(client, uri, 0, 9)
    [everything] = [a for a in found if a.title.startswith("Rätta alla")]
    assert everything.title == "Rätta alla säkra ersättningar i dokumentet (3 st)"
    fixed = "Du kan få bidrag.\n\nVi ska ge stöd. Ni ska svara.\n\nHon skrev ”vi ses kl 13”.\n"
    assert _apply(text, everything) == fixed
    # The quoted *kl* is someone else's words: reported, but neither fixed with the rest nor on its own (as --fix).
    quoted = [a.title for a in await _actions(client, uri, 4, 19)]
    assert "Stäng av regeln numbers-and-dates i klarlint.toml" in quoted
    assert not [title for title in quoted if title.startswith(("Ersätt", "Rätta alla"))]
    # An editor's "fix all" (VS Code's source.fixAll on save) gets that action alone.
    point = types.Position(line=0, character=0)
    only = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=point, end=point),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    assert [(a.kind, _apply(text, a)) for a in only] == [(actions.FIX_ALL_KIND, _apply(text, everything))]


@server_test
async def test_turning_a_rule_off_writes_klarlint_toml_and_relints(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "klarlint.toml").write_text("# våra regler\n", encoding="utf-8")
    uri = (tmp_path / "brev.txt").as_uri()
    _open(client, uri, LETTER)
    assert "passive-voice" in {d.code for d in await _diagnostics(client, uri, 1)}
    [off] = [
        a for a in await _actions(client, uri, 3, 12) if a.title == "Stäng av regeln passive-voice i klarlint.toml"
    ]
    start = len(client.published)
    await _execute(client, off)
    after = {d.code for d in await _next_publish(client, uri, start)}
    assert "passive-voice" not in after and "jargon" in after
    assert (tmp_path / "klarlint.toml").read_text(encoding="utf-8") == '# våra regler\ndisable = ["passive-voice"]\n'
    assert any("passive-voice" in m.message and m.type == types.MessageType.Info for m in client.messages)


@server_test
async def test_accepting_a_word_writes_klarlint_toml_and_relints(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "brev.txt").as_uri()
    text = "Du kan erhålla bidrag.\n\nVi ska tillhandahålla stöd.\n"
    _open(client, uri, text)
    await _diagnostics(client, uri, 1)
    found = await _actions(client, uri, 0, 9)
    [accept] = [a for a in found if a.title.startswith("Godkänn")]
    assert accept.title == "Godkänn ”erhålla” i arbetsytan (klarlint.toml)"
    start = len(client.published)
    await _execute(client, accept)
    after = await _next_publish(client, uri, start)
    assert [d.range.start.line for d in after if d.code == "jargon"] == [2]  # tillhandahålla is still flagged
    assert load_config(tmp_path / "klarlint.toml").accept == {"erhålla"}  # created, and klarlint check reads it


@server_test
async def test_a_long_sentence_gets_no_accept_action(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-noaccept.txt").as_uri()
    sentence = "Ansökan " + " ".join(["och den nya ansökan"] * 12) + " behandlas.\n"
    _open(client, uri, sentence)
    assert "long-sentence" in {d.code for d in await _diagnostics(client, uri, 1)}
    found = await _actions(client, uri, 0, 2)
    assert not [a for a in found if a.title.startswith("Godkänn") and len(a.command.arguments[1]) > 60]
    assert any(a.title == "Stäng av regeln long-sentence i klarlint.toml" for a in found)


@server_test
async def test_hover_shows_the_severity_the_diagnostic_has(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "klarlint.toml").write_text('[rules.jargon]\nseverity = "error"\n', encoding="utf-8")
    uri = (tmp_path / "brev.txt").as_uri()
    _open(client, uri, LETTER)
    [jargon] = [d for d in await _diagnostics(client, uri, 1) if d.code == "jargon"]
    assert jargon.severity == types.DiagnosticSeverity.Error
    shown = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(line=2, character=9))
    )
    info = next(rule.info for rule in all_rules() if rule.info.id == "jargon")
    assert shown.contents.value == Text.from_markup(explain_info(replace(info, severity=Severity.ERROR))).plain


@server_test
async def test_bad_settings_are_shown_in_swedish_and_the_old_ones_stay(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-badsettings.txt").as_uri()
    _open(client, uri, LETTER)
    await _diagnostics(client, uri, 1)
    try:
        client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"klarlint": {"failOn": "katastrof", "disabel": ["x"]}})
        )
        deadline = time.monotonic() + WAIT_SECONDS
        while not any("failOn" in m.message for m in client.messages) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        [message] = [m for m in client.messages if "failOn" in m.message]
        assert message.type == types.MessageType.Error
        assert "disabel:" in message.message and "inställningarna kan inte användas" in message.message
        assert "None" not in message.message
        assert await _actions(client, uri, 2, 9)  # still serving, with the old settings
    finally:
        client.set_configuration({"debounceMs": 0}, section="klarlint")
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))


@server_test
async def test_text_that_is_not_swedish_gets_one_notice_and_no_findings(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-english.txt").as_uri()
    _open(client, uri, ENGLISH)
    [only] = await _diagnostics(client, uri, 1)
    assert only.severity == types.DiagnosticSeverity.Information
    assert only.code == "other-language" and "engelska" in only.message
    _change(client, uri, 2, (0, 0), (0, 0), "Du kan erhålla bidrag om du ansöker i tid, och vi har fattat beslutet.\n")
    assert not [d for d in await _diagnostics(client, uri, 2) if d.code == "jargon" and d.range.start.line > 0]


# --- servers of their own: pull diagnostics, checkFrequency, exit --------------------------------


async def _start(capabilities: types.ClientCapabilities, settings: dict, root: Path = ROOT) -> LanguageClient:
    config = ClientServerConfig(server_command=_server_command(), client_factory=_recording_client)
    own = await config.start()
    own.init_result = await own.initialize_session(
        types.InitializeParams(capabilities=capabilities, root_uri=root.as_uri(), initialization_options=settings)
    )
    return own


async def _stop(own: LanguageClient) -> None:
    try:
        await asyncio.wait_for(own.shutdown_session(), WAIT_SECONDS)
    finally:
        if own._server.returncode is None:
            own._server.kill()
        await own.stop()


async def _pull(own: LanguageClient, uri: str, previous: str | None = None):
    return await own.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=previous)
    )


@server_test
async def test_pull_diagnostics_for_a_client_that_pulls() -> None:
    # A pull client that can be asked to pull again (as VS Code's); Neovim 0.11, which cannot, gets pushes
    # (test_lsp_s43.py).
    capabilities = client_capabilities("neovim")
    capabilities.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    own = await _start(capabilities, {"debounceMs": 0})
    try:
        assert own.init_result.capabilities.diagnostic_provider is not None
        uri = (ROOT / "tmp-lsp-pull.txt").as_uri()
        _open(own, uri, LETTER)
        first = await _pull(own, uri)
        assert first.kind == "full" and {"jargon", "passive-voice"} <= {d.code for d in first.items}
        again = await _pull(own, uri, first.result_id)
        assert again.kind == "unchanged" and again.result_id == first.result_id
        _change(own, uri, 2, (2, 7), (2, 14), "få")
        changed = await _pull(own, uri, first.result_id)
        assert changed.kind == "full" and "jargon" not in {d.code for d in changed.items}
        assert not own.published  # a client that pulls is not also sent every diagnostic twice
    finally:
        await _stop(own)


@server_test
async def test_a_push_client_can_pull_too() -> None:
    own = await _start(client_capabilities("visual-studio-code"), {"debounceMs": 0})
    try:
        uri = (ROOT / "tmp-lsp-pull-push.txt").as_uri()
        _open(own, uri, LETTER)
        pushed = await _diagnostics(own, uri, 1)
        pulled = await _pull(own, uri)
        assert [(d.code, d.range) for d in pulled.items] == [(d.code, d.range) for d in pushed]
    finally:
        await _stop(own)


@server_test
async def test_check_frequency_save_lints_on_open_and_save_only() -> None:
    own = await _start(client_capabilities("visual-studio-code"), {"checkFrequency": "save", "debounceMs": 0})
    try:
        uri = (ROOT / "tmp-lsp-onsave.txt").as_uri()
        _open(own, uri, LETTER)
        assert "jargon" in {d.code for d in await _diagnostics(own, uri, 1)}
        _change(own, uri, 2, (2, 7), (2, 14), "få")
        assert await _actions(own, uri, 3, 12) == []  # the editor asks at every cursor move: that is no check
        await asyncio.sleep(1.0)
        assert not [p for p in own.published if p.uri == uri and p.version == 2]
        own.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))
        assert "jargon" not in {d.code for d in await _diagnostics(own, uri, 2)}
    finally:
        await _stop(own)


@server_test
async def test_check_frequency_manual_lints_on_the_check_command_only() -> None:
    own = await _start(client_capabilities("visual-studio-code"), {"checkFrequency": "manual"})
    try:
        assert "klarlint.check" in own.init_result.capabilities.execute_command_provider.commands
        uri = (ROOT / "tmp-lsp-manual.txt").as_uri()
        _open(own, uri, LETTER)
        await asyncio.sleep(1.0)
        assert not [p for p in own.published if p.uri == uri]
        await own.workspace_execute_command_async(types.ExecuteCommandParams(command="klarlint.check", arguments=[uri]))
        assert "jargon" in {d.code for d in await _diagnostics(own, uri, 1)}
    finally:
        await _stop(own)


@server_test
async def test_exit_ends_the_process_at_once_even_during_a_long_lint() -> None:
    own = await _start(client_capabilities("visual-studio-code"), {"debounceMs": 0})
    try:
        uri = (ROOT / "tmp-lsp-exit.txt").as_uri()
        _open(own, uri, LETTER)
        await _diagnostics(own, uri, 1)
        # A long text of distinct sentences (nothing cached): its lint is still running at exit.
        text = "\n\n".join(f"Ärende {n} om {n * 7} kronor har behandlats av nämnden {n % 9}." for n in range(6000))
        _open(own, (ROOT / "tmp-lsp-exit-long.txt").as_uri(), text)
        await asyncio.sleep(0.3)
        await asyncio.wait_for(own.shutdown_async(None), WAIT_SECONDS)
        started = time.monotonic()
        own.exit(None)
        code = await asyncio.wait_for(own._server.wait(), WAIT_SECONDS)
        took = time.monotonic() - started
        assert code == 0
        assert took < 1.0, f"exit took {took:.2f} s"
    finally:
        if own._server.returncode is None:
            own._server.kill()
        await own.stop()


def test_settings_accept_list_goes_on_top_of_klarlint_toml() -> None:
    base = config_from_mapping({"accept": ["erhålla"]})
    merged = parse_settings({"accept": ["Tillhandahålla"]}).apply(base)
    assert merged.accept == {"erhålla", "tillhandahålla"}
    assert parse_settings({}).apply(Config()).accept == frozenset()


# --- big documents: the caches hold the open documents, unchanged paragraphs cost nothing --------


class CountingBackend:
    name = "counting"

    def __init__(self) -> None:
        self.analysed = 0

    def analyze(self, texts):
        from klarlint.analysis import BlockAnalysis

        self.analysed += len(texts)
        return [BlockAnalysis(text, [], []) for text in texts]


def test_the_caches_grow_to_hold_a_document_longer_than_their_default() -> None:
    inner = CountingBackend()
    engine = Engine(inner)
    paragraphs = [f"Stycke nummer {n} om ärendet." for n in range(40)]
    text = "\n\n".join(paragraphs)
    engine.backend.max_chars, engine.backend.max_entries = 200, 5  # far smaller than the document
    engine.lint(text, "text")
    edited = text.replace("nummer 7 ", "nummer sju ")
    before = inner.analysed
    engine.lint(edited, "text")
    assert inner.analysed - before > 30  # the cache could not keep the document: nearly all of it again
    engine.make_room(len(text), text.count("\n") + 1)
    engine.lint(text, "text")
    before = inner.analysed
    engine.lint(edited, "text")
    assert inner.analysed - before == 1  # only the edited paragraph
    rules, _ = engine.rules_for(engine.config_for(None))
    memos = [active.rule for active in rules if hasattr(active.rule, "max_entries")]
    assert memos and all(memo.max_entries >= 40 for memo in memos)


@pytest.mark.parametrize("path", [ROOT / "README.md", ROOT / "examples" / "brev-fore.txt"])
def test_per_paragraph_language_detection_equals_detecting_the_whole_text(path: Path) -> None:
    from klarlint.document import BlockKind
    from klarlint.language import block_language, detect, document_languages
    from klarlint.readers import read_text

    source = (
        path.read_text(encoding="utf-8") + "\n\n" + ENGLISH + "\n\nDette er en tekst på norsk, og den er ikke svensk.\n"
    )
    document = read_text(source, "markdown" if path.suffix == ".md" else "text")
    found = document_languages(document)
    whole, _ = detect("\n".join(block.text for block in document.blocks))
    assert found.language == whole
    own = [block_language(b.text) for b in document.blocks]
    assert all(got == decided for got, decided in zip(found.blocks, own, strict=True) if decided is not None)
    # a block too short to decide takes the text's language, or Swedish where its own words lean to Swedish (a
    # Swedish line quoted in an English text: session 40), or a heading its section's
    blocks = zip(document.blocks, found.blocks, own, strict=True)
    undecided = [(b, got) for b, got, decided in blocks if decided is None]
    assert all(got in (whole, "sv") or b.kind is BlockKind.HEADING for b, got in undecided)
    assert "en" in found.blocks
