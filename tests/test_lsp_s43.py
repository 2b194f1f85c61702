"""Session 43's LSP report (tester lsp), on the real ``klarlint lsp`` over stdio.

- §1: a long document whose opening lint is cancelled by new settings (the settings pulled in ``initialized``
  differ from the defaults; any didChangeConfiguration) still shows its first screen early, and its progress
  lasts until the whole check ends. Neovim's ``disable = {}`` (an empty Lua table, sent as ``{}``) is an
  empty list.
- §2: an edit during a long document's first whole check gets the quick answer: the diagnostics shown move.
- §6: binary text is a ``format`` problem, not a configuration error.

retest3 §1: Neovim 0.11 pulls diagnostics but cannot be asked to pull again (no refresh support): it is offered
no pull and gets diagnostics pushed, a long document's first screen first. §2: one progress per document at a
time; "laddar språkmodellen" ends when the model is loaded, not with the first whole check.
"""

from __future__ import annotations

import asyncio
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from conftest import ROOT
from klarlint.errors import ConfigError
from klarlint.lsp.server import FIRST_SCREEN_CHARS, PROGRESS_CHARS
from klarlint.lsp.settings import parse_settings
from test_lsp import WAIT_SECONDS, _change, _diagnostics, _open, _server_command, open_session

# Long enough for progress and a first screen, short enough to check in seconds. Each paragraph has one
# jargon finding (*erhålla*), so the first screen is told from the whole by the lines its diagnostics are on.
PARAGRAPH = "Du kan erhålla stöd nummer {n} om du skickar in ansökan i tid."
LONG = "\n\n".join(PARAGRAPH.format(n=n) for n in range(PROGRESS_CHARS // len(PARAGRAPH) + 200))
OPENING_LINES = LONG[: LONG.find("\n\n", FIRST_SCREEN_CHARS)].count("\n") + 1
assert len(LONG) > PROGRESS_CHARS


def _client() -> LanguageClient:
    """test_lsp's recording client, also keeping publishes and ``$/progress`` in one list in the order they came."""
    from pytest_lsp.client import LanguageClient as Client
    from pytest_lsp.client import default_converter

    client = Client(converter_factory=default_converter)
    client.published, client.registrations, client.events = [], [], []

    def publish(ls: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        ls.diagnostics[params.uri] = params.diagnostics
        ls.published.append(params)
        ls.events.append(("publish", params.uri, params.version, params.diagnostics))

    def progress(ls: LanguageClient, params: types.ProgressParams) -> None:
        DEFAULT_CLIENT_FEATURES[types.PROGRESS](ls, params)
        ls.events.append(("progress", params.token, ls.progress_reports[params.token][-1], None))

    def register(ls: LanguageClient, params: types.RegistrationParams) -> None:
        ls.registrations.extend(params.registrations)

    features = {
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
        types.PROGRESS: progress,
        types.CLIENT_REGISTER_CAPABILITY: register,
    }
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, **features})
    return client


server_test = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=_server_command(), client_factory=_client),
)
async def client(lsp_client: LanguageClient):
    await open_session(lsp_client)
    yield
    await lsp_client.shutdown_session()


def test_an_empty_lua_table_is_an_empty_list_or_table() -> None:
    # Neovim sends the README's `disable = {}` as the JSON object {}: it had refused every setting.
    settings = parse_settings({"klarlint": {"debounceMs": 200, "disable": {}, "accept": {}, "rules": []}})
    assert settings.overrides.disable == frozenset() and settings.overrides.accept == frozenset()
    assert settings.overrides.rule_options == {}
    with pytest.raises(ConfigError, match="disable"):
        parse_settings({"disable": {"passive-voice": True}})  # a table with something in it is no list


async def _wait(what, message: str):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        found = what()
        if found:
            return found
        await asyncio.sleep(0.02)
    raise AssertionError(message)


def _progress_of(client: LanguageClient, title: str) -> list[str]:
    """The tokens of the progress reports with ``title``."""
    return [token for token, reports in client.progress_reports.items() if reports and reports[0].title == title]


def _lines(diagnostics) -> list[int]:
    return sorted(d.range.start.line for d in diagnostics if d.code == "jargon")


@server_test
async def test_new_settings_during_the_opening_lint_keep_the_first_screen_and_the_progress(
    client: LanguageClient,
) -> None:
    uri = (ROOT / "tmp-lsp-s43-settings.md").as_uri()
    title = "klarlint granskar tmp-lsp-s43-settings.md"
    _open(client, uri, LONG, "markdown")
    await _wait(lambda: _progress_of(client, title), "no progress for the long document")
    # As the settings pulled in `initialized` do when they differ from the defaults (debounceMs 0, a profile):
    # the opening lint is cancelled and begun again. That one had shown neither first screen nor progress.
    changed_at = len(client.events)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"klarlint": {"debounceMs": 1}})
    )
    whole = len(LONG.split("\n\n"))

    def whole_published():
        return [
            e for e in client.events[changed_at:] if e[0] == "publish" and e[1] == uri and len(_lines(e[3])) == whole
        ]

    await _wait(whole_published, "no whole lint after the settings changed")
    await _wait(lambda: client.progress_reports[_progress_of(client, title)[0]][-1].kind == "end", "no progress end")
    after = client.events[changed_at:]
    published = [i for i, e in enumerate(after) if e[0] == "publish" and e[1] == uri and e[2] == 1]
    first_screen = after[published[0]][3]
    assert 0 < len(_lines(first_screen)) < whole, "the first publish after new settings is the first screen"
    assert max(_lines(first_screen)) < OPENING_LINES
    tokens = set(_progress_of(client, title))
    began = [i for i, e in enumerate(after) if e[0] == "progress" and e[1] in tokens and e[2].kind == "begin"]
    ended = [i for i, e in enumerate(after) if e[0] == "progress" and e[1] in tokens and e[2].kind == "end"]
    # The progress begun at opening goes on (one for the document's check, however often it begins again).
    assert not began or began[-1] < published[0], "a progress begun under the new settings, before the first screen"
    last_whole = max(i for i in published if len(_lines(after[i][3])) == whole)
    # It ends once the whole check is shown: the lint scheduled by the new settings holds it until it has published.
    assert ended and last_whole < ended[-1], "the progress lasts until the whole check ends"
    # One progress for the document: the cancelled lint's own had shown beside the new one's (retest3 §2).
    assert len(tokens) == 1, f"{len(tokens)} progress items for one document"
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))


@server_test
async def test_an_edit_during_the_first_whole_check_moves_the_diagnostics_at_once(client: LanguageClient) -> None:
    uri = (ROOT / "tmp-lsp-s43-edit.md").as_uri()
    # Four times LONG, so that the edit comes during the first whole check with session 44's faster rules. (The edit
    # cancels the opening lint; its progress lasts because the edit's scheduled lint holds it from the edit on: the
    # cancelled lint had ended it before the debounce was over, and the edit's lint showed a second one, note44.
    # test_lsp_scheduling tests that race alone.)
    text = "\n\n".join(PARAGRAPH.format(n=n) for n in range(4 * (PROGRESS_CHARS // len(PARAGRAPH)) + 200))
    whole = len(text.split("\n\n"))
    _open(client, uri, text, "markdown")
    first = await _wait(
        lambda: [p for p in client.published if p.uri == uri and p.version == 1],
        "no first screen",
    )
    assert len(_lines(first[0].diagnostics)) < whole  # the edit comes during the first whole check
    # Four lines at the top (t11): the diagnostics shown must move four lines down.
    _change(client, uri, 2, (0, 0), (0, 0), "Hej!\n\nVi skriver till dig.\n\n")
    later = await _wait(
        lambda: [p for p in client.published if p.uri == uri and p.version == 2],
        "no answer to the edit",
    )
    assert [p for p in client.published if p.uri == uri and p.version == 1] == first[:1]
    quick = _lines(later[0].diagnostics)
    assert len(quick) < whole, "the first answer to the edit is the quick one, not the whole lint"
    assert quick == [line + 4 for line in _lines(first[0].diagnostics)]
    await _wait(lambda: len(_lines(client.diagnostics[uri])) == whole, "no whole lint of the edit")
    assert _lines(client.diagnostics[uri])[: len(quick)] == quick
    # The edit's lint joins the document's progress (three at once had been shown; retest3 §2).
    assert len(_progress_of(client, "klarlint granskar tmp-lsp-s43-edit.md")) == 1
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))


@server_test
async def test_binary_text_is_a_format_problem_not_a_configuration_error(client: LanguageClient) -> None:
    path = ROOT / "tmp-lsp-s43-junk.txt"
    uri = path.as_uri()
    _open(client, uri, "Hej\x00\x00\x00\x01\x02 på dig\x00\x00\x00\x00\x00\x00\x00\x00" * 20)
    [diagnostic] = await _diagnostics(client, uri, 1)
    assert diagnostic.code == "format"
    assert "binär" in diagnostic.message and str(path) not in diagnostic.message
    logged = [m.message for m in client.log_messages if "binär" in m.message]
    assert logged and all(m.count("tmp-lsp-s43-junk.txt") == 1 for m in logged)  # the uri once, not the path again


@server_test
async def test_neovim_011_gets_a_long_documents_first_screen_pushed_and_the_model_progress_ends_early() -> None:
    # Neovim 0.11 announces textDocument.diagnostic but no workspace.diagnostics.refreshSupport: its pull was
    # held until the whole check ended (24-35 s with nothing shown), and the warm-up queued behind the first
    # lint kept "laddar språkmodellen" up as long.
    capabilities = client_capabilities("neovim")
    assert capabilities.text_document.diagnostic is not None and capabilities.workspace.diagnostics is None
    config = ClientServerConfig(server_command=_server_command(), client_factory=_client)
    own = await config.start()
    try:
        init = await own.initialize_session(
            types.InitializeParams(
                capabilities=capabilities, root_uri=ROOT.as_uri(), initialization_options={"klarlint": {}}
            )
        )
        assert init.capabilities.diagnostic_provider is None, "a client that cannot be asked to pull again pushes"
        uri = (ROOT / "tmp-lsp-s43-neovim.md").as_uri()
        _open(own, uri, LONG, "markdown")  # at once, as Neovim opens the file it was started with
        whole = len(LONG.split("\n\n"))
        await _wait(
            lambda: [p for p in own.published if p.uri == uri and len(_lines(p.diagnostics)) == whole],
            "no whole lint pushed",
        )
        mine = [e for e in own.events if e[0] != "publish" or e[1] == uri]
        publishes = [i for i, e in enumerate(mine) if e[0] == "publish"]
        assert 0 < len(_lines(mine[publishes[0]][3])) < whole, "the first screen is pushed first"
        model = _progress_of(own, "klarlint laddar språkmodellen")
        document = _progress_of(own, "klarlint granskar tmp-lsp-s43-neovim.md")
        assert len(model) == 1 and len(document) == 1
        model_end = [i for i, e in enumerate(mine) if e[0] == "progress" and e[1] == model[0] and e[2].kind == "end"]
        assert model_end and model_end[0] < publishes[-1], "the model's progress ends before the whole check"
    finally:
        await asyncio.wait_for(own.shutdown_session(), WAIT_SECONDS)
        await own.stop()
