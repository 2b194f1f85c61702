"""The language server's order of work and its answers around it, in process with engines that stand in for
the real one (no model): reopening during a check, a letter beside a long report, the time budget, early
answers to pulls, and the smaller protocol answers of session 41's LSP report."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams

from conftest import ROOT
from klarlint.errors import ConfigError, KlarlintError, ModelError
from klarlint.limits import LintCancelled, LintTimeout
from klarlint.lsp import framing
from klarlint.lsp import server as server_module
from klarlint.lsp.engine import Engine, LintResult
from klarlint.lsp.scheduling import LintBudget, UrgentLane
from klarlint.lsp.server import FIRST_SCREEN_CHARS, PROGRESS_CHARS, TIMEOUT_CODE, KlarlintServer
from klarlint.lsp.settings import parse_settings
from klarlint.report import FileReport, Finding
from klarlint.rules.base import Severity
from klarlint.rules.registry import all_rules

JARGON = next(rule for rule in all_rules() if rule.info.id == "jargon")

LONG = ("Ansökan har behandlats av nämnden.\n\n" * (PROGRESS_CHARS // 30))[: PROGRESS_CHARS + 100]
assert len(LONG) >= PROGRESS_CHARS and LONG.find("\n\n", FIRST_SCREEN_CHARS) > 0


class Writer:
    def __init__(self) -> None:
        self.data: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.data.append(data)

    def messages(self) -> list[dict]:
        return [json.loads(chunk.split(b"\r\n\r\n", 1)[1]) for chunk in self.data]

    def published(self, uri: str) -> list[dict]:
        return [
            m["params"]
            for m in self.messages()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
        ]


def _finding(text: str, word: str, rule: str = "jargon") -> Finding:
    start = text.index(word)
    return Finding(
        rule,
        Severity.WARNING,
        1,
        start + 1,
        1,
        start + len(word) + 1,
        start,
        start + len(word),
        word,
        "Skriv enklare.",
        None,
        None,
    )


class Scripted(Engine):
    """Finds *erhålla* as jargon; a text containing ``hold`` (a marker) runs until ``release`` is set,
    checking its budget all the while as the linter does between rules."""

    def __init__(self) -> None:
        super().__init__(backend=object())  # never used
        self.release = threading.Event()
        self.started = threading.Event()
        self.lints: list[str] = []
        self.busy = False  # burn processor time while held (for the budget test), else sleep

    def lint(self, source, fmt, path=None, budget=None):
        self.lints.append(source[:20])
        result = LintResult(source, fmt, report=FileReport("texten"), rules={"jargon": JARGON})
        try:
            if "HOLD" in source:
                self.started.set()
                deadline = time.monotonic() + 20
                while not self.release.is_set() and time.monotonic() < deadline:
                    if budget is not None:
                        budget.check()
                    if not self.busy:
                        time.sleep(0.005)
        except KlarlintError as exc:  # (as Engine.lint: a timeout comes back as the result's error)
            result.error, result.report = str(exc), None
            return result
        if "erhålla" in source and "jargon" not in self.settings.overrides.disable:  # (set_settings sets these)
            result.report.findings = [_finding(source, "erhålla")]
        return result


def _server(engine: Engine | None = None, pull: bool = False) -> tuple[KlarlintServer, Writer]:
    server = server_module.create_server(engine or Scripted())
    writer = Writer()
    server.protocol.set_writer(writer)
    server.protocol._include_headers = True
    server.pull = pull
    return server, writer


def _run(server: KlarlintServer, coroutine) -> object:
    try:
        return asyncio.run(asyncio.wait_for(coroutine, 30))
    finally:
        server.engine.release.set() if isinstance(server.engine, Scripted) else None
        server.lint_pool.shutdown(wait=True)
        if server.frozen:  # the long documents' lints turned full collections off for the process: on again
            server.frozen.clear()
            server_module._thaw(refreeze=False)


def _open(server: KlarlintServer, uri: str, text: str, version: int = 1) -> None:
    server.open(types.TextDocumentItem(uri, "plaintext", version, text))


# --- 1. a document closed and opened again while its check runs -------------------------------------------


def test_a_document_reopened_at_the_same_version_during_its_check_is_checked_anew() -> None:
    """VS Code opens a document again at version 1 (eglot at 0): the reopened text waited on the cancelled lint
    of the old one and never got diagnostics."""
    server, writer = _server()
    uri = "file:///tmp/brev.txt"

    async def scenario():
        _open(server, uri, "HOLD Vi vill erhålla svar.")
        first = asyncio.ensure_future(server.lint_now(uri))
        await asyncio.get_running_loop().run_in_executor(None, server.engine.started.wait, 5)
        server.close(uri)
        _open(server, uri, "Vi vill erhålla ett svar snart.")
        linted = await server.lint_now(uri)
        assert await first is None  # the old text's lint was cancelled and publishes nothing
        return linted

    linted = _run(server, scenario())
    assert linted is not None and linted.result.source == "Vi vill erhålla ett svar snart."
    last = writer.published(uri)[-1]
    assert last["version"] == 1 and [d["code"] for d in last["diagnostics"]] == ["jargon"]
    assert last["diagnostics"][0]["range"]["start"]["character"] == 8


# --- 2. a letter beside a long report -------------------------------------------------------------------


def test_a_short_document_is_checked_while_a_long_one_is_still_being_checked() -> None:
    """One lint thread: a letter being typed had waited for the whole lint of a 1.1 MB report (20-60 s)."""
    server, writer = _server()
    report, letter = "file:///tmp/rapport.txt", "file:///tmp/brev.txt"

    async def scenario():
        _open(server, report, "HOLD\n\n" + LONG)
        long_lint = asyncio.ensure_future(server.lint_now(report))
        await asyncio.get_running_loop().run_in_executor(None, server.engine.started.wait, 5)
        _open(server, letter, "Vi vill erhålla svar.")
        began = time.monotonic()
        linted = await server.lint_now(letter)
        waited = time.monotonic() - began
        assert not long_lint.done()  # the report's lint goes on
        server.engine.release.set()
        assert await long_lint is not None  # and finishes
        return linted, waited

    linted, waited = _run(server, scenario())
    assert linted is not None and waited < 2
    assert [d["code"] for d in writer.published(letter)[-1]["diagnostics"]] == ["jargon"]


def test_urgent_work_runs_first_and_a_long_lint_lets_it_through_only_between_its_own_steps() -> None:
    pool = __import__("concurrent.futures").futures.ThreadPoolExecutor(max_workers=1)
    lane = UrgentLane(pool)
    order: list[str] = []
    budget = LintBudget(60, lane)
    gate = threading.Event()

    def long_lint() -> None:
        order.append("long begins")
        gate.wait(5)
        budget.check()  # a check of the linter's: the urgent work runs here
        order.append("long ends")

    try:
        long_future = pool.submit(long_lint)
        urgent = lane.submit(order.append, "short")
        gate.set()
        urgent.result(5)
        long_future.result(5)
    finally:
        pool.shutdown(wait=True)
    assert order == ["long begins", "short", "long ends"]


# --- 3. the time budget ---------------------------------------------------------------------------------


def test_the_budget_counts_processor_time_not_waiting() -> None:
    budget = LintBudget(0.15)
    budget.spent()
    time.sleep(0.4)  # a busy machine: the lint thread waits, it does not work
    budget.check()
    assert not budget.timed_out
    with pytest.raises(LintTimeout, match="processortid"):
        while True:
            budget.check()
    assert budget.timed_out
    cancelled = LintBudget(60)
    cancelled.cancel()
    with pytest.raises(LintCancelled):
        cancelled.check()


def test_a_lint_out_of_time_is_tried_again_then_keeps_what_was_shown_and_says_it_timed_out(monkeypatch) -> None:
    """The timeout had replaced the first screen's findings with one Error coded konfiguration and was never
    retried."""
    monkeypatch.setattr(server_module, "MAX_LINT_SECONDS", 0.3)
    engine = Scripted()
    engine.busy = True
    server, writer = _server(engine)
    uri = "file:///tmp/rapport.txt"
    text = "Vi vill erhålla svar.\n\n" + LONG + "\n\nHOLD"

    async def scenario():
        _open(server, uri, text)
        return await server.lint_now(uri)

    linted = _run(server, scenario())
    assert len(engine.lints) == 3, engine.lints  # the first screen, the whole lint, and the whole lint once more
    assert linted is not None
    published = writer.published(uri)
    first_screen, last = published[0]["diagnostics"], published[-1]["diagnostics"]
    assert [d["code"] for d in first_screen] == ["jargon"]
    assert [d["code"] for d in last] == ["jargon", TIMEOUT_CODE]  # the first screen's finding stays
    timeout = last[-1]
    assert timeout["severity"] == types.DiagnosticSeverity.Warning.value
    assert "hann inte granska hela texten" in timeout["message"] and "processortid" in timeout["message"]
    assert "konfiguration" not in json.dumps(last)


# --- 4. pull clients get the early answer --------------------------------------------------------------


def test_a_pull_of_a_long_document_gets_its_first_screen_then_a_refresh_when_the_whole_lint_is_done() -> None:
    server, writer = _server(pull=True)
    server.refresh_support = True
    sent: list[str] = []
    server.protocol.send_request = lambda method, params=None, *args, **kwargs: sent.append(method)
    uri = "file:///tmp/rapport.txt"
    pull = server.protocol.fm.features[types.TEXT_DOCUMENT_DIAGNOSTIC]

    async def scenario():
        _open(server, uri, "Vi vill erhålla svar.\n\n" + LONG + "\n\nHOLD")
        asyncio.ensure_future(server.lint_now(uri))
        params = types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        began = time.monotonic()
        early = await pull(params)
        waited = time.monotonic() - began
        assert sent == []
        server.engine.release.set()
        for _ in range(200):
            if sent:
                break
            await asyncio.sleep(0.02)
        whole = await pull(params)
        return early, waited, whole

    early, waited, whole = _run(server, scenario())
    assert waited < 5 and [d["code"] for d in early["items"]] == ["jargon"]
    assert sent == [types.WORKSPACE_DIAGNOSTIC_REFRESH]
    assert whole["resultId"] and [d["code"] for d in whole["items"]] == ["jargon"]
    assert writer.published(uri) == []  # a pull client gets nothing pushed


def test_a_pull_answered_after_the_document_moved_on_asks_the_client_to_pull_again() -> None:
    server, _ = _server(pull=True)
    uri = "file:///tmp/brev.txt"
    pull = server.protocol.fm.features[types.TEXT_DOCUMENT_DIAGNOSTIC]

    async def scenario():
        _open(server, uri, "HOLD Vi vill erhålla svar.")
        params = types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        waiting = asyncio.ensure_future(pull(params))
        await asyncio.get_running_loop().run_in_executor(None, server.engine.started.wait, 5)
        change = types.TextDocumentContentChangeWholeDocument(text="Vi vill få svar.")
        server.change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2), content_changes=[change]
            )
        )
        with pytest.raises(JsonRpcException) as caught:
            await waiting
        return caught.value

    error = _run(server, scenario())
    assert error.code == -32802 and error.data == {"retriggerRequest": True}


# --- 5. smaller protocol answers -------------------------------------------------------------------------


def test_an_empty_object_is_an_invalid_request_not_an_internal_error() -> None:
    server, writer = _server()
    told: list[Exception] = []
    framing._handle(server.protocol, b"{}", lambda error, source: told.append(error))
    assert told == []
    (answer,) = writer.messages()
    assert answer["error"]["code"] == framing.INVALID_REQUEST and answer["id"] is None
    server.lint_pool.shutdown(wait=True)


def test_an_unknown_command_is_refused_in_swedish() -> None:
    server, _ = _server()
    server.feature(types.INITIALIZE)  # (no-op: the commands are registered by create_server)
    created = server_module.create_server(Scripted())
    handler = created.protocol.lsp_workspace__execute_command(types.ExecuteCommandParams(command="klarlint.nope"))
    with pytest.raises(JsonRpcInvalidParams) as caught:
        next(handler)
    assert "känner inte till kommandot 'klarlint.nope'" in caught.value.message
    assert "klarlint.check" in caught.value.message and "not defined" not in caught.value.message
    known = created.protocol.lsp_workspace__execute_command(
        types.ExecuteCommandParams(command="klarlint.check", arguments=[])
    )
    assert next(known)[0] is created.protocol.fm.commands["klarlint.check"]  # a known command still runs
    server.lint_pool.shutdown(wait=True)
    created.lint_pool.shutdown(wait=True)


def test_a_docx_opened_as_plain_text_is_refused_with_a_diagnostic_naming_the_file_ending() -> None:
    server, writer = _server()
    uri = "file:///tmp/beslut.docx"
    logged: list[str] = []
    server.log = lambda kind, message: logged.append(message)

    async def scenario():
        _open(server, uri, "PK\x03\x04\x14\x00\x06\x00word/document.xml")
        return await server.lint_now(uri)

    assert _run(server, scenario()) is None
    (diagnostic,) = writer.published(uri)[-1]["diagnostics"]
    assert diagnostic["code"] == "format" and ".docx" in diagnostic["message"]
    assert "klarlint check" in diagnostic["message"]
    assert logged and "plaintext" not in logged[0] and ".docx" in logged[0]
    # a language klarlint does not read is still only logged
    other, writer2 = _server()
    other.log = lambda kind, message: None
    _open(other, "file:///tmp/x.rst", "Vi vill erhålla svar.")
    assert other.documents["file:///tmp/x.rst"].refusal is None
    other.lint_pool.shutdown(wait=True)


def test_invalid_settings_name_unknown_rules_together_with_the_other_bad_keys() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_settings({"disable": ["passiv"], "debounceMs": "snart"})
    assert "debounceMs" in str(caught.value) and "'passiv'" in str(caught.value)
    with pytest.raises(ConfigError, match="'passiv'"):  # alone, as before
        parse_settings({"disable": ["passiv"]})
    assert parse_settings({"disable": ["passive-voice"]}).overrides.disable
    # null is "not set": VS Code sends every declared setting, profile and docsUrl as null by default
    vscode = parse_settings({"profile": None, "docsUrl": None, "accept": [], "disable": ["passive-voice"]})
    assert vscode.docs_url == parse_settings({}).docs_url and "profile" not in vscode.keys


# --- 6. several workspace folders ----------------------------------------------------------------------------


def test_accept_writes_the_documents_own_workspace_folders_klarlint_toml(tmp_path: Path) -> None:
    first, second = tmp_path / "A", tmp_path / "B"
    (second / "sub").mkdir(parents=True)
    first.mkdir()
    (first / "klarlint.toml").write_text('accept = ["erhålla"]\n', encoding="utf-8")
    rules = second / "regler"
    rules.mkdir()
    (second / "klarlint.toml").write_text("", encoding="utf-8")
    server, _ = _server()
    server.tell = lambda kind, message: None
    server.folders = [first, second]
    server.engine.root = first
    uri = (second / "sub" / "sida.md").as_uri()

    async def scenario():
        server.change_config(uri, "accept", "inkomma")

    (second / "klarlint.toml").unlink()
    _run(server, scenario())
    assert (second / "klarlint.toml").read_text(encoding="utf-8").count("inkomma") == 1
    assert not (second / "sub" / "klarlint.toml").exists()
    assert "inkomma" not in (first / "klarlint.toml").read_text(encoding="utf-8")
    assert server.folder_of(second / "sub" / "sida.md") == second
    assert server.folder_of(Path("/elsewhere/x.md")) == first


def test_settings_may_name_rules_of_any_workspace_folders_rules_path(tmp_path: Path) -> None:
    first, second = tmp_path / "A", tmp_path / "B"
    first.mkdir()
    (second / "regler").mkdir(parents=True)
    (second / "klarlint.toml").write_text('rules_path = ["regler"]\n', encoding="utf-8")
    server, _ = _server()
    server.folders = [first, second]
    server.engine.root = first
    assert server._workspace_rules_path() == (second / "regler",)
    server.lint_pool.shutdown(wait=True)


# --- 8. settings pulled at start ---------------------------------------------------------------------------


def test_settings_pulled_after_initialized_apply_to_a_document_opened_before_them(monkeypatch) -> None:
    """VS Code opens a document right after initialized: its first lint ran under the defaults and was never
    redone when the settings (disable: [...], backend: stanza) arrived."""
    server, writer = _server()
    order: list[str] = []

    async def pulled(ls):
        order.append("settings")
        await asyncio.sleep(0.05)
        return ls.set_settings({"disable": ["jargon"]}, "workspace/configuration")

    monkeypatch.setattr(server_module, "_pull_configuration", pulled)
    monkeypatch.setattr(server_module, "_warm_up", lambda engine: order.append("warm-up"))
    created = server_module.create_server(server.engine)
    created.protocol.set_writer(writer)
    created.protocol._include_headers = True
    created.pull_configuration = True
    initialized = created.protocol.fm.features[types.INITIALIZED]
    uri = "file:///tmp/brev.txt"

    async def scenario():
        _open(created, uri, "Vi vill erhålla svar.")
        created.schedule(uri)  # didOpen
        await initialized(types.InitializedParams())
        for _ in range(200):
            if uri in created.linted and created.linted[uri].settings is created.settings:
                break
            await asyncio.sleep(0.02)

    try:
        _run(created, scenario())
    finally:
        server.lint_pool.shutdown(wait=True)
    assert order == ["settings", "warm-up"]  # the warm-up loads the backend the settings name
    assert writer.published(uri)[-1]["diagnostics"] == []  # jargon is off


def test_an_expected_model_error_at_warm_up_is_one_log_line(caplog) -> None:
    class NoModel(Engine):
        def config_for(self, path):
            raise ModelError("språkmodellen sv_core_news_md saknas; installera den med klarlint model install")

    with caplog.at_level("ERROR", logger="klarlint.lsp"):
        server_module._warm_up(NoModel(backend=object()))
    (record,) = caplog.records
    assert record.exc_info is None and "saknas" in record.getMessage()


# --- 7. the VS Code extension --------------------------------------------------------------------------------


def test_the_vscode_extension_lists_the_servers_settings_and_checks_files_only() -> None:
    folder = ROOT / "editors" / "vscode"
    package = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    properties = {key for section in package["contributes"]["configuration"] for key in section["properties"]}
    for setting in ("profile", "accept", "docsUrl", "checkFrequency", "debounceMs", "disable", "enable"):
        assert f"klarlint.{setting}" in properties, setting
    extension = (folder / "extension.js").read_text(encoding="utf-8")
    selector = extension[
        extension.index("documentSelector") : extension.index("]", extension.index("documentSelector"))
    ]
    assert selector.count('scheme: "file"') == 3 and "git" not in selector


# --- 6. one progress for a long document's check, through an edit ---------------------------------------


class Progress:
    """The client's side of ``$/progress``: what was begun and ended, in order (it takes every token)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []

    async def create_async(self, token: str) -> None:
        return None

    def begin(self, token: str, value: types.WorkDoneProgressBegin) -> None:
        self.events.append(("begin", token))

    def end(self, token: str, value: types.WorkDoneProgressEnd) -> None:
        self.events.append(("end", token))


def test_an_edit_during_a_long_documents_first_check_keeps_its_one_progress(monkeypatch) -> None:
    """The edit cancels the running lint, which ends at its next check; its progress must last until the edit's lint
    (begun after the debounce) ends, not end and begin again (the race of note44: two progress bars, one after the
    other, whenever the cancelled lint stopped before the debounce was over)."""
    progress = Progress()
    monkeypatch.setattr(KlarlintServer, "work_done_progress", property(lambda self: progress))
    server, writer = _server()
    server.progress_support = True
    uri = "file:///tmp/rapport.txt"

    async def scenario():
        _open(server, uri, "HOLD " + LONG)
        server.schedule(uri)  # didOpen
        await asyncio.get_running_loop().run_in_executor(None, server.engine.started.wait, 5)
        for _ in range(100):  # begun on the event loop, once the client has taken the token
            if progress.events:
                break
            await asyncio.sleep(0.01)
        assert progress.events and progress.events[0][0] == "begin"
        opening = server.inflight[uri][1]
        change = types.TextDocumentContentChangeWholeDocument(text="Vi vill erhålla svar.\n\n" + LONG)
        server.change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2), content_changes=[change]
            )
        )
        server.schedule(uri, 0.3)  # didChange, with a debounce longer than the cancelled lint takes to stop
        await asyncio.wait_for(opening, 5)  # it stops at its next check (5 ms)
        assert progress.events == [("begin", progress.events[0][1])], "the progress ended before the edit's lint"
        await server.pending[uri]
        return [p["version"] for p in writer.published(uri)]

    versions = _run(server, scenario())
    assert versions and versions[-1] == 2
    (token,) = {token for _, token in progress.events}
    assert progress.events == [("begin", token), ("end", token)]
    assert server.progresses == {}


def test_a_scheduled_lint_holds_no_progress_when_none_is_shown() -> None:
    server, _ = _server()
    uri = "file:///tmp/brev.txt"

    async def scenario():
        _open(server, uri, "Vi vill erhålla svar.")
        server.schedule(uri, 0.01)
        server.schedule(uri, 0.01)  # the first, cancelled before it began, must give nothing back
        await server.pending[uri]

    _run(server, scenario())
    assert server.progresses == {}
