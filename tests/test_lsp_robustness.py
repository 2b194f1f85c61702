"""The language server facing clients that get things wrong, tested on the real ``klarlint lsp``.

Requests with params that do not fit their method, notifications for documents that are not open,
commands without their arguments: each gets a Swedish answer (or one line in the log), never
silence, an English traceback or a pop-up from pygls. Helpers come from ``test_lsp`` and
``test_lsp_features``.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from concurrent.futures import Future
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import ROOT
from klarlint.errors import ConfigError
from klarlint.lsp.settings import parse_settings
from klarlint.lsp.workspace_config import add_to_list
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
from test_lsp_features import _recording_client, _start, _stop

server_test = pytest.mark.asyncio(loop_scope="module")
INVALID_PARAMS = -32602


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=_server_command(), client_factory=_recording_client),
)
async def client(lsp_client: LanguageClient):
    await open_session(lsp_client)
    yield
    await lsp_client.shutdown_session()


async def _raw_request(client: LanguageClient, method: str, params: object) -> object:
    """Send ``params`` exactly as given (JSON), as a client with a bug would (pytest-lsp's own requests
    are typed, so they cannot be wrong); the answer comes back as to any request of the client's."""
    msg_id = str(uuid.uuid4())
    answer: Future = Future()
    client.protocol._request_futures[msg_id] = answer
    client.protocol._send_data({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
    return await asyncio.wait_for(asyncio.wrap_future(answer), 30)


@server_test
@pytest.mark.parametrize(
    ("method", "params", "field"),
    [
        ("textDocument/hover", {"textDocument": {"uri": "file:///x.txt"}}, "position"),
        (
            "textDocument/hover",
            {"textDocument": {"uri": "file:///x.txt"}, "position": {"line": -1, "character": 0}},
            "position",
        ),
        (
            "textDocument/codeAction",
            {
                "textDocument": {"uri": "file:///x.txt"},
                "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}},
            },
            "context",
        ),
        ("textDocument/hover", [1, 2], "textDocument"),
    ],
)
async def test_a_request_with_invalid_params_gets_invalid_params_with_its_id(
    client: LanguageClient, method: str, params: object, field: str
) -> None:
    with pytest.raises(JsonRpcException) as caught:  # (an answer with id null would never reach this request)
        await _raw_request(client, method, params)
    assert caught.value.code == INVALID_PARAMS
    assert "ogiltiga parametrar" in caught.value.message and field in caught.value.message


@server_test
async def test_a_notification_with_invalid_params_is_logged_in_one_swedish_line(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-badnote.txt").as_uri()
    _open(client, uri, LETTER)
    await _diagnostics(client, uri, 1)
    bad = {"textDocument": {"uri": uri, "version": None}, "contentChanges": [{"text": "Hej."}]}
    client.protocol._send_data({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": bad})
    await client.text_document_hover_async(  # answered after the notification was handled
        types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(line=0, character=0))
    )
    await asyncio.sleep(0.1)
    [logged] = [m.message for m in client.log_messages if "didChange" in m.message]
    assert "ogiltiga parametrar" in logged and "\n" not in logged


@server_test
async def test_a_change_to_a_document_that_is_not_open_is_ignored_quietly(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-closed.txt").as_uri()
    _open(client, uri, LETTER)
    await _diagnostics(client, uri, 1)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="Hej.")],
        )
    )
    await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(line=0, character=0))
    )
    await asyncio.sleep(0.1)
    assert not [m.message for m in client.messages if m.type == types.MessageType.Error]


@server_test
@pytest.mark.parametrize(
    ("command", "arguments"),
    [("klarlint.disableRule", None), ("klarlint.disableRule", [1]), ("klarlint.acceptWord", ["file:///x.txt"])],
)
async def test_a_command_without_its_arguments_gets_a_swedish_invalid_params(
    client: LanguageClient, command: str, arguments: list | None
) -> None:
    with pytest.raises(JsonRpcException) as caught:
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command=command, arguments=arguments))
    assert caught.value.code == INVALID_PARAMS
    assert "ska ha" in caught.value.message and "Error" not in caught.value.message
    assert caught.value.data is None  # no traceback


# --- klarlint.toml edited in the editor: the client watches it for the server ------------------------


@server_test
async def test_a_changed_klarlint_toml_rechecks_open_documents_through_watched_files(tmp_path: Path) -> None:
    config = ClientServerConfig(server_command=_server_command(), client_factory=_recording_client)
    own = await config.start()
    try:
        await own.initialize_session(
            types.InitializeParams(
                capabilities=client_capabilities("visual-studio-code"),
                root_uri=tmp_path.as_uri(),
                initialization_options={"debounceMs": 0},
            )
        )
        uri = (tmp_path / "brev.txt").as_uri()
        _open(own, uri, LETTER)
        assert "passive-voice" in {d.code for d in await _diagnostics(own, uri, 1)}
        [watch] = [r for r in own.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
        globs = {w["globPattern"] for w in watch.register_options["watchers"]}
        assert globs == {"**/klarlint.toml", "**/pyproject.toml"}
        # The writer saves klarlint.toml in the editor: no didSave reaches the server, only the watcher's news.
        (tmp_path / "klarlint.toml").write_text('disable = ["passive-voice"]\n', encoding="utf-8")
        start = len(own.published)
        own.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=(tmp_path / "klarlint.toml").as_uri(), type=types.FileChangeType.Created)]
            )
        )
        after = {d.code for d in await _next_publish(own, uri, start)}
        assert "passive-voice" not in after and "jargon" in after
    finally:
        await _stop(own)


# --- "Ignorera regeln här" never inside front matter ------------------------------------------------


@server_test
async def test_no_ignore_action_inside_front_matter(client: LanguageClient) -> None:
    import yaml

    uri = (ROOT / "tmp-lsp-frontmatter.md").as_uri()
    text = "---\ntitle: Vi skall erhålla\n---\n\nDu kan erhålla bidrag.\n"
    _open(client, uri, text, "markdown")
    found = await _diagnostics(client, uri, 1)
    assert {(d.code, d.range.start.line) for d in found} >= {("skall", 1), ("jargon", 1), ("jargon", 4)}
    in_front_matter = await _actions(client, uri, 1, 18)
    assert not [a for a in in_front_matter if a.title.startswith("Ignorera")]
    assert [a for a in in_front_matter if a.title.startswith("Stäng av")]  # the other actions are still there
    [body] = [a for a in await _actions(client, uri, 4, 9) if a.title.startswith("Ignorera")]
    fixed = _apply(text, body)
    assert yaml.safe_load(fixed.split("---\n")[1]) == {"title": "Vi skall erhålla"}


# --- settings naming rules that do not exist -------------------------------------------------------


def test_settings_naming_an_unknown_rule_are_refused_as_klarlint_check_refuses_them() -> None:
    with pytest.raises(ConfigError, match="disable: okänd regel 'finns-inte'"):
        parse_settings({"klarlint": {"disable": ["finns-inte"]}})
    with pytest.raises(ConfigError, match="rules: okänd regel 'finns-inte'"):
        parse_settings({"rules": {"finns-inte": {"severity": "error"}}})
    assert parse_settings({"disable": ["jargon"], "enable": ["formal-word"]}).overrides.disable == {"jargon"}


def test_settings_may_name_a_rule_of_the_workspaces_rules_path(tmp_path: Path) -> None:
    (tmp_path / "egen.toml").write_text(
        'id = "egen-regel"\ntype = "existence"\nmessage = "{text}"\nterms = ["pling"]\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError):
        parse_settings({"disable": ["egen-regel"]})
    assert parse_settings({"disable": ["egen-regel"]}, (tmp_path,)).overrides.disable == {"egen-regel"}


@server_test
async def test_a_typo_in_the_disable_setting_is_shown_and_the_old_settings_stay(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-typo.txt").as_uri()
    _open(client, uri, LETTER)
    await _diagnostics(client, uri, 1)
    try:
        client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"klarlint": {"disable": ["finns-inte"]}})
        )
        deadline = asyncio.get_running_loop().time() + WAIT_SECONDS
        while not any("finns-inte" in m.message for m in client.messages):
            assert asyncio.get_running_loop().time() < deadline, "no message about the unknown rule"
            await asyncio.sleep(0.02)
        [message] = [m for m in client.messages if "finns-inte" in m.message]
        assert message.type == types.MessageType.Error and "disable:" in message.message
        assert "De tidigare inställningarna gäller" in message.message
        _change(client, uri, 2, (0, 0), (0, 0), "Hej. ")
        codes = {d.code for d in await _diagnostics(client, uri, 2)}
        assert "jargon" in codes and "config" not in codes  # the document's findings, not one configuration error
    finally:
        client.set_configuration({"debounceMs": 0}, section="klarlint")
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))


# --- writing a klarlint.toml that is broken or cannot be read -----------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("\x00", "ogiltig TOML på rad 1, kolumn 1"),
        ('disable = ["skall"\n', "ogiltig TOML (filen slutar mitt i ett värde)"),
        ('profile = "webb"\nfoo bar\n', "ogiltig TOML på rad 2, kolumn 5"),
        (None, "är en mapp"),
    ],
)
def test_a_broken_klarlint_toml_is_told_in_swedish_as_klarlint_check_tells_it(
    tmp_path: Path, content: str | None, reason: str
) -> None:
    path = tmp_path / "klarlint.toml"
    if content is None:
        path.mkdir()
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        add_to_list(path, "disable", "jargon")
    assert str(caught.value) == f"{path}: kan inte läsas: {reason}"
    if content is not None:
        assert path.read_text(encoding="utf-8") == content  # left as it was


# --- the editor goes away mid-lint ------------------------------------------------------------------


@server_test
async def test_the_process_ends_soon_after_stdin_closes_during_a_long_lint() -> None:
    own = await _start(client_capabilities("visual-studio-code"), {"debounceMs": 0})
    try:
        uri = (ROOT / "tmp-lsp-eof.txt").as_uri()
        _open(own, uri, LETTER)
        await _diagnostics(own, uri, 1)  # the model is loaded
        # A long text of distinct sentences (nothing cached): its lint takes many seconds.
        text = "\n\n".join(f"Ärende {n} om {n * 7} kronor har behandlats av nämnden {n % 9}." for n in range(6000))
        _open(own, (ROOT / "tmp-lsp-eof-long.txt").as_uri(), text)
        await asyncio.sleep(1.0)
        started = time.monotonic()
        own._server.stdin.close()  # the editor crashed or closed the pipe: no shutdown, no exit
        await asyncio.wait_for(own._server.wait(), WAIT_SECONDS)
        took = time.monotonic() - started
        assert took < 3.0, f"the process ended {took:.1f} s after stdin closed"
    finally:
        if own._server.returncode is None:
            own._server.kill()
        with contextlib.suppress(Exception):
            await own.stop()


# --- backend = "stanza" ------------------------------------------------------------------------------


@server_test
async def test_the_configured_backend_is_used_and_missing_stanza_models_are_told(tmp_path: Path) -> None:
    """The server loads spaCy at start (the warm-up); a klarlint.toml or a setting that asks for Stanza must
    still get Stanza, and without its models the writer sees the CLI's Swedish message, not spaCy's findings."""
    empty = tmp_path / "inga-modeller"
    empty.mkdir()
    folder = tmp_path / "arbetsyta"
    folder.mkdir()
    (folder / "klarlint.toml").write_text(f'backend = "stanza"\nstanza_dir = "{empty}"\n', encoding="utf-8")
    own = await _start(client_capabilities("visual-studio-code"), {"debounceMs": 0}, root=folder)
    try:
        uri = (folder / "brev.txt").as_uri()
        _open(own, uri, LETTER)
        [only] = await _diagnostics(own, uri, 1)
        assert "Stanza" in only.message and "klarlint kan inte granska texten" in only.message
        # The same through the editor's settings, for a document whose klarlint.toml says nothing of it.
        other = tmp_path / "annan"
        other.mkdir()
        (other / "klarlint.toml").write_text("", encoding="utf-8")
        other_uri = (other / "brev.txt").as_uri()
        _open(own, other_uri, LETTER)
        assert "jargon" in {d.code for d in await _diagnostics(own, other_uri, 1)}
        start = len(own.published)
        own.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(
                settings={"klarlint": {"backend": "stanza", "stanzaDir": str(empty), "debounceMs": 0}}
            )
        )
        [told] = await _next_publish(own, other_uri, start)
        assert "Stanza" in told.message
    finally:
        await _stop(own)
