"""``klarlint lsp``: the language server, over stdio (pygls 2).

Threads and ordering: LSP messages are handled on pygls's asyncio loop; every
lint runs on one worker thread (:attr:`KlarlintServer.lint_pool`), so the
engine's caches are only ever touched from that thread and a slow first lint
(loading the model) does not block hover or code actions of other documents.
A lint is published only if the document is still at the version it linted;
otherwise a newer lint is already on its way. Requests that need the current
lint (hover, code actions, a pull of diagnostics) wait for the lint of that
version already running instead of starting a second one.

Diagnostics go to the client the way it prefers: published (pushed) after each
lint, or, for a client that announces ``textDocument/diagnostic`` (LSP 3.17)
and ``workspace/diagnostic/refresh``, only when it pulls them (both at once would
show every finding twice); after a change on the server's side (settings,
klarlint.toml) or a long document's early answer such a client is asked to pull
again. A client that pulls but cannot be asked to (Neovim 0.11) is offered no pull.

An edit of a long document is answered twice (:mod:`klarlint.lsp.quick`): at once
with the changed paragraphs' fresh block-local findings and every other diagnostic
moved to its new line, then with the whole lint, which is what ``klarlint check``
finds. The next edit cancels a whole lint still running and builds its first
answer on what was shown last.

When documents are linted follows the ``checkFrequency`` setting: on every
edit (after the debounce), on save, or only on the ``klarlint.check`` command.
Loading the model and linting a long document show ``$/progress`` where the
client takes it.

The server keeps its own copy of each open document's text and applies
incremental changes itself (:func:`klarlint.lsp.positions.apply_change`), with
the LSP rules for line breaks and position encodings.

Nothing a document or a rule does may stop the server: a rule that throws
leaves the other rules' diagnostics and is reported with ``window/logMessage``;
an unexpected error in a lint is logged and the document keeps its last
diagnostics.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import inspect
import itertools
import json
import logging
import operator
import os
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, default_converter, lsp_method

from klarlint import __version__
from klarlint.config import CONFIG_FILE, find_config_file, load_config
from klarlint.errors import KlarlintError
from klarlint.limits import Budget, LintCancelled
from klarlint.lsp import actions, diagnostics, hover, quick, workspace_config
from klarlint.lsp.diagnostics import SOURCE
from klarlint.lsp.engine import Engine, LintResult, document_format, uri_to_path
from klarlint.lsp.positions import UTF16, LineIndex, apply_change_span
from klarlint.lsp.rule_cache import exact_in_opening
from klarlint.lsp.scheduling import LintBudget, UrgentLane
from klarlint.lsp.settings import SECTION, Settings, looks_like_section, parse_settings
from klarlint.readers import FORMATS

log = logging.getLogger("klarlint.lsp")
# One lint of one document may take this much processor time of the lint thread (not wall time: under load a
# 1.1 MB report was cut off after 20 s of work while klarlint check finished it; 2.5 million characters, the most
# one lint analyses, take about 60 s). Then it stops, is tried once more (the caches keep what the first try
# analysed), and if that stops too, one diagnostic says so beside the findings already shown. A change or close
# of the document cancels it sooner.
MAX_LINT_SECONDS = 120.0
TIMEOUT_CODE = "tidsgräns"
CONFIG_FILE_NAMES = frozenset({CONFIG_FILE, "pyproject.toml"})
PROGRESS_CHARS = 100_000  # a document this long (some 15,000 words) takes long enough to show progress
# A long document's first check publishes the findings of its opening (about the first screens) first.
FIRST_SCREEN_CHARS = 20_000
FIRST_SCREEN_FORMATS = frozenset({"text", "markdown"})  # cut at a blank line; HTML cut anywhere would not parse
CHECK_COMMAND = "klarlint.check"
SERVER_CANCELLED = -32802  # LSP 3.17: the server cancelled the request; with retriggerRequest the client asks again
# Editors attach the server only to the documents it checks, so klarlint.toml's own didSave never comes:
# the client is asked to watch the configuration files instead (workspace/didChangeWatchedFiles).
CONFIG_GLOBS = tuple(f"**/{name}" for name in sorted(CONFIG_FILE_NAMES))
WATCH_REGISTRATION = "klarlint-config-files"
MAX_CHANGES_KEPT = 256
FULL_COLLECTION_EVERY = 200  # lints of long documents between full garbage collections (see _freeze_what_stays)
NO_FULL_COLLECTIONS = 1 << 30  # a third collection threshold never reached
_THRESHOLDS: list[int] = []  # the collector's thresholds while long documents keep full collections off
_NOT_ENCODED = (None, "")  # (see publish())
BINARY_FORMATS = frozenset({"docx", "pdf"})  # read from the file's bytes by klarlint check, not from an editor's text
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


@dataclass
class OpenDocument:
    uri: str
    text: str
    version: int
    format: str | None  # None: not a format klarlint reads; no diagnostics
    path: Path | None
    # A whole lint of it has been shown. Until then a long document's lints show progress, and its first
    # screen or (after an edit) a quick answer built on what is shown: not a lint that was merely begun (the
    # settings pulled in initialized, or an edit, cancel the opening lint; the next had skipped both, and the
    # writer saw nothing for ~50 s).
    checked: bool = False
    # Each content change as (version after it, where it began, characters at the end it left alone):
    # what a quick first answer (klarlint.lsp.quick) needs to know about the edits since the last one.
    changes: list[tuple[int, int, int]] = field(default_factory=list)
    timed_out: int | None = None  # the version whose lint ran out of time once (it is tried once more)
    refusal: str | None = None  # why klarlint does not check it (a .docx sent as text), shown as a diagnostic


@dataclass
class Linted:
    version: int
    result: LintResult
    index: LineIndex
    diagnostics: list[dict[str, Any]]  # LSP Diagnostic objects as JSON
    serial: int = 0  # tells one lint from the next (the result id of pulled diagnostics)
    settings: Settings | None = None  # what the diagnostics were made with (their links)


@dataclass
class _Progress:
    """A ``$/progress`` shown for work that may be begun again before it ends (see KlarlintServer.progress)."""

    token: str | None = None  # None: the client did not take it
    holders: int = 0


class KlarlintProtocol(LanguageServerProtocol):
    """pygls's protocol, but a change to a document that is not open is ignored with a line in the log.

    pygls keeps a copy of each document of its own and raised KeyError for a change to one it does not
    know (a client that sends didChange after didClose, or never opened it), which the editor showed
    as "Error in server: KeyError …". There is nothing to update: the server's own copy is not there either.
    """

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        uri = params.text_document.uri
        if unquote(uri) not in self.workspace.text_documents:  # (pygls's key for the document)
            log.warning("klarlint: ändring av ett dokument som inte är öppet hoppades över: %s", uri)
            return
        # Not pygls's update of its copy, which split the whole text into lines for every change (10 ms a keystroke
        # in a 2 MB report, before the lint could begin): KlarlintServer.change applies the change to the server's
        # own copy, and pygls's becomes that text as it is.
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None
        document = self._server.documents.get(uri)
        if document is None:  # (not a document of klarlint's: pygls's own update)
            for change in params.content_changes:
                self.workspace.update_text_document(params.text_document, change)
            return
        language = self.workspace.text_documents[unquote(uri)].language_id or ""
        item = types.TextDocumentItem(uri, language, params.text_document.version, document.text)
        self.workspace.put_text_document(item)

    @lsp_method(types.WORKSPACE_EXECUTE_COMMAND)
    def lsp_workspace__execute_command(self, params: types.ExecuteCommandParams):
        """pygls answered an unknown command in English (Command name 'klarlint.nope' is not defined)."""
        if params.command not in self.fm.commands:
            known = ", ".join(sorted(self.fm.commands))
            raise JsonRpcInvalidParams(message=f"klarlint känner inte till kommandot {params.command!r} (bara {known})")
        return (yield from super().lsp_workspace__execute_command(params))

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        """A client that pulls diagnostics but cannot be asked to pull again (no
        ``workspace.diagnostics.refreshSupport``: Neovim 0.10 and 0.11) is offered no pull: it pulls only after
        its own changes, so a long document's first screen stayed its only answer, or (as it was answered) it
        waited 24-35 s for the whole check with nothing shown (retest3 §1), and new settings or a changed
        klarlint.toml showed only after the next edit. Pushed diagnostics reach it whenever they are ready."""
        result = yield from super().lsp_initialize(params)
        if self._server.pull_without_refresh:
            result.capabilities.diagnostic_provider = None
        return result


class KlarlintServer(LanguageServer):
    def __init__(self, engine: Engine | None = None) -> None:
        super().__init__("klarlint", __version__, protocol_cls=KlarlintProtocol)
        self.engine = engine or Engine()
        self.documents: dict[str, OpenDocument] = {}
        self.linted: dict[str, Linted] = {}
        self.shown: dict[str, quick.Shown] = {}  # the diagnostics last published in full or as a first answer
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.inflight: dict[str, tuple[int, asyncio.Future[Linted | None]]] = {}  # the lint running per document
        self.serials = itertools.count(1)
        self.pull = False  # the client pulls diagnostics: do not publish them as well
        self.refresh_support = False  # the client takes workspace/diagnostic/refresh
        self.pull_without_refresh = False  # it would pull, but cannot be asked to: it gets diagnostics pushed
        self.progress_support = False  # the client takes window/workDoneProgress/create
        self.progresses: dict[str, _Progress] = {}  # the progress shown per task (a document's check, the model)
        self.watch_support = False  # the client watches files for the server (dynamic registration)
        self.lint_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klarlint-lint")
        self.lane = UrgentLane(self.lint_pool)  # short documents' lints, first (see klarlint.lsp.scheduling)
        # A long document's early answer (its first screen, or the quick first answer of an edit) per document,
        # for a client that pulls: (version, diagnostics) and a future the pull waits on.
        self.early: dict[str, tuple[int, list[dict[str, Any]]]] = {}
        self.early_ready: dict[str, asyncio.Future[None]] = {}
        self.answered_early: set[str] = set()  # pulled an early answer: ask for a pull again when the lint is done
        self.published: dict[str, tuple[int | None, list[dict[str, Any]]]] = {}  # what publish() sent last
        self.folders: list[Path] = []  # the workspace folders (a document's own decides its klarlint.toml)
        self.encoding: str = UTF16
        self.versioned_edits = False
        self.pull_configuration = False
        self.settings = Settings()
        self.initial_settings: object = None  # initializationOptions: apply until the client sends settings
        self._reported: dict[str, frozenset[str]] = {}  # rule errors already logged, per document
        self.budgets: dict[str, Budget] = {}  # the lint in flight per document, to cancel on change or close
        self._encoded: dict[str, dict[int, tuple[dict[str, Any], str]]] = {}  # see publish()
        self._tails: dict[str, dict[tuple, str]] = {}  # see publish() and diagnostics.encoded()
        self.frozen: set[str] = set()  # open long documents whose lints were frozen (see _freeze_what_stays)
        self.frozen_lints = 0  # lints while one is: one in FULL_COLLECTION_EVERY ends with a full collection

    # --- state --------------------------------------------------------------

    def open(self, item: types.TextDocumentItem) -> None:
        fmt = document_format(item.uri, item.language_id)
        path = uri_to_path(item.uri)
        document = self.documents[item.uri] = OpenDocument(item.uri, item.text, item.version, fmt, path)
        if fmt is None:
            # A .docx or .pdf opened as text (its bytes as characters): the file ending is the reason, and the
            # writer is told so in the document, as klarlint check would refuse the bytes (the log had named the
            # language id, plaintext, and nothing was shown).
            suffix = Path(unquote(urlparse(item.uri).path)).suffix.lower()
            if FORMATS.get(suffix) in BINARY_FORMATS:
                document.refusal = (
                    f"klarlint granskar inte {suffix}-filer i redigeraren (filen är inte text); "
                    f"granska den med klarlint check {Path(unquote(urlparse(item.uri).path)).name}"
                )
                self.log(types.MessageType.Info, f"{item.uri}: {document.refusal}")
            else:
                self.log(types.MessageType.Info, f"{item.uri}: klarlint granskar inte språket {item.language_id!r}")

    def change(self, params: types.DidChangeTextDocumentParams) -> OpenDocument | None:
        document = self.documents.get(params.text_document.uri)
        if document is None:
            return None
        version = params.text_document.version
        # The last lint's line index, used where it is of the text changed (the usual edit after a lint): finding every
        # line start of a 2 MB text again took 10 ms a keystroke
        linted = self.linted.get(document.uri)
        known = linted.index if linted is not None else None
        for change in params.content_changes:
            document.text, start, tail = apply_change_span(document.text, change, self.encoding, known)
            document.changes.append((version, start, tail))
        if len(document.changes) > MAX_CHANGES_KEPT:  # not linted for long (checked by hand): one wide change
            span = quick.changed_span((start, tail) for _, start, tail in document.changes)
            document.changes = [(version, *span)] if span else []
        document.version = version
        self._cancel_lint(params.text_document.uri)
        return document

    def _cancel_lint(self, uri: str) -> None:
        """Stop the lint of an older text of ``uri`` at its next check; its result would be thrown away."""
        budget = self.budgets.pop(uri, None)
        if budget is not None:
            budget.cancel()

    def close(self, uri: str) -> None:
        document = self.documents.pop(uri, None)
        if document is not None and document.path is not None:  # (untitled documents share their memory)
            with contextlib.suppress(RuntimeError):  # the lint thread has stopped (shut down)
                self.lint_pool.submit(self.engine.forget, document.format, document.path)
        self.linted.pop(uri, None)
        self.shown.pop(uri, None)
        self._reported.pop(uri, None)
        self._encoded.pop(uri, None)
        self._tails.pop(uri, None)
        self._forget_early(uri)
        self.published.pop(uri, None)
        self._cancel_lint(uri)
        # The document reopened at the same version (VS Code starts again at 1, eglot at 0) must not wait for
        # the cancelled lint of its old text: it got no diagnostics at all.
        self.inflight.pop(uri, None)
        if uri in self.frozen:  # what its lints left is no longer needed: let the collector see it again
            self.frozen.discard(uri)
            _thaw(refreeze=bool(self.frozen & self.documents.keys()))
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        if not self.pull:  # a client that pulls drops a closed document's diagnostics itself
            self.publish(uri, None, [])

    def set_settings(self, raw: object, origin: str) -> bool:
        """Use ``raw`` as the settings; None means none from the client: the initializationOptions, if any."""
        if raw is None:
            raw = self.initial_settings
        try:
            settings = parse_settings(raw, self._workspace_rules_path())
        except KlarlintError as exc:
            message = f"klarlint: inställningarna kan inte användas ({exc}). De tidigare inställningarna gäller."
            self.log(types.MessageType.Error, f"{message} [{origin}]")
            with contextlib.suppress(Exception):
                self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=message))
            return False
        # The engine belongs to the lint thread; in the urgent lane, so that the short documents' lints queued
        # after it (relint_all) do not run before it, nested in a long document's lint.
        self.lane.submit(self.engine.set_settings, settings)
        changed = settings != self.settings
        self.settings = settings
        return changed

    def _workspace_rules_path(self) -> tuple[Path, ...]:
        """The rule folders of the workspace folders' klarlint.toml files: rules the settings may name besides
        the built-in (every folder's, not only the first's)."""
        found: list[Path] = []
        for root in self.folders or ([self.engine.root] if self.engine.root is not None else []):
            try:
                config_file = find_config_file(root)
                if config_file is not None:
                    found.extend(p for p in load_config(config_file).rules_path if p not in found)
            except KlarlintError:  # a broken klarlint.toml: each lint says so
                continue
        return tuple(found)

    def folder_of(self, path: Path | None) -> Path | None:
        """The workspace folder holding ``path`` (the innermost), else the first: where its new klarlint.toml goes."""
        if path is not None:
            holding = [folder for folder in self.folders if path.is_relative_to(folder)]
            if holding:
                return max(holding, key=lambda folder: len(folder.parts))
        return self.engine.root

    # --- linting ------------------------------------------------------------

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing a lint already waiting for it."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        task = self.pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))
        # The document's progress (if one is shown) stays open until this lint ends: the edit that scheduled it
        # cancelled the lint running, which ends the progress at its next check unless a holder is left, and
        # the edit's lint (after the debounce) began a second progress after the first (note44). Taken now, not
        # in the task, and given back when it is done, however it ends (cancelled before it began, too).
        shared = self.progresses.get(uri)
        if shared is not None:
            shared.holders += 1
            task.add_done_callback(lambda _: self._release_progress(uri, shared))

    async def _lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            await self.lint_now(uri)
        except asyncio.CancelledError:
            raise
        except Exception:  # the server must outlive any bug in a lint
            self.log(types.MessageType.Error, f"klarlint: internt fel för {uri}:\n{traceback.format_exc()}")
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    async def lint_now(self, uri: str) -> Linted | None:
        """Lint the current text of ``uri`` and publish; None when the document moved on meanwhile.

        A lint of the same version already running is waited for, not repeated. The lint itself
        runs on (shielded from the cancellation of whoever waits for it) and keeps its result.
        """
        document = self.documents.get(uri)
        if document is None:
            return None
        if document.format is None:
            if document.refusal is not None and not self.pull:
                self.publish(uri, document.version, [diagnostics.refusal_diagnostic(document.refusal)])
            return None
        running = self.inflight.get(uri)
        if running is None or running[0] != document.version or running[1].done():
            task = asyncio.ensure_future(self._lint_and_keep(document))
            running = self.inflight[uri] = (document.version, task)
            task.add_done_callback(functools.partial(self._lint_done, uri))
        return await asyncio.shield(running[1])

    def _lint_done(self, uri: str, task: asyncio.Task) -> None:
        if self.inflight.get(uri, (None, None))[1] is task:  # (not the lint of a document opened again since)
            del self.inflight[uri]

    def _on_lint_thread(self, short: bool, fn: Any, *args: Any) -> asyncio.Future:
        """Run ``fn`` on the lint thread: a short document's work in the urgent lane (a long lint lets it
        through at its next check), the rest in turn."""
        if short:
            return asyncio.wrap_future(self.lane.submit(fn, *args))
        return asyncio.get_running_loop().run_in_executor(self.lint_pool, fn, *args)

    async def _lint_and_keep(self, document: OpenDocument) -> Linted | None:
        uri, version, text = document.uri, document.version, document.text
        short = len(text) < PROGRESS_CHARS
        budget = self.budgets[uri] = LintBudget(MAX_LINT_SECONDS, None if short else self.lane)
        # Progress (and the opening first) for a long document's first check after opening, not per
        # keystroke: later checks find most paragraphs in the caches, and a progress bar flashing at
        # every word would only distract. Every lint until the first whole one is shown counts as that
        # check (its cancelled start left most of the work undone).
        long_wait = len(text) >= PROGRESS_CHARS and not document.checked
        title = f"klarlint granskar {Path(uri).name}" if long_wait else None
        open_documents = list(self.documents.values())
        room = (sum(len(d.text) for d in open_documents), sum(d.text.count("\n") + 1 for d in open_documents))
        first = None
        shown = self.shown.get(uri)
        if long_wait and shown is None and document.format in FIRST_SCREEN_FORMATS:
            first = self._on_lint_thread(short, self._first_screen, document, version, text, budget)
        answer = None
        if first is None and shown is not None and shown.version < version:
            changes = [(start, tail) for v, start, tail in document.changes if shown.version < v <= version]
            answer = self._on_lint_thread(short, self._first_answer, document, version, text, shown, changes, budget)

        def whole() -> asyncio.Future[tuple[Linted | None, str | None]]:
            return self._on_lint_thread(
                short,
                self._lint,
                document,
                version,
                text,
                self.settings,
                self.encoding,
                budget,
                room,
                self.linted.get(uri),
            )

        # The whole lint starts at once, except after a first answer: that one is sent first, without
        # the lint thread holding the interpreter lock while it is encoded (a long document's
        # diagnostics are megabytes of JSON).
        work = whole() if answer is None else None
        try:
            async with self.progress(title, uri):  # the lint is already running while the client answers
                if first is not None:
                    early = await first
                    if early is not None and self._still(document, version):
                        self._early(uri, version, early.diagnostics)
                        # An edit before the whole lint ends gets a quick answer built on the first screen
                        # (t11: four lines inserted at the top had left it 4 lines off for 47 s).
                        self._shown(uri, early)
                if answer is not None:
                    quick_answer = await answer
                    if quick_answer is not None and self._still(document, version):
                        self._early(uri, version, quick_answer.diagnostics)
                        self._shown(uri, quick_answer)
                    work = whole()
                linted, problem = await work
        except asyncio.CancelledError:
            # Only the end of the message loop cancels this task (its waiters are shielded from it): the
            # client went away (stdin closed) or exit came. Stop the lint on its thread too, or the process
            # keeps a core busy until the lint ends (16 s for a long document) before it can exit.
            budget.cancel()
            raise
        finally:
            if self.budgets.get(uri) is budget:
                del self.budgets[uri]
        if problem:
            self.log(types.MessageType.Error, problem)
        if linted is None or not self._still(document, version):
            return None
        if budget.timed_out:
            if document.timed_out != version:  # once more: the caches keep what this try analysed
                document.timed_out = version
                self.log(types.MessageType.Warning, f"klarlint: {uri}: {linted.result.error}; försöker igen")
                return await self._lint_and_keep(document)
            linted = self._timed_out(uri, linted)
        linted.serial = next(self.serials)
        self.linted[uri] = linted
        self._report_rule_errors(uri, linted.result)
        if not self.pull:
            self.publish(uri, version, linted.diagnostics)
        if not budget.timed_out:
            self._shown(uri, quick.shown_from_lint(version, linted.result, linted.diagnostics))
            document.checked = True
        self._forget_early(uri)
        if self.pull and self.refresh_support and uri in self.answered_early:
            self.answered_early.discard(uri)  # the client has the early answer: the whole lint is ready now
            self.protocol.send_request(types.WORKSPACE_DIAGNOSTIC_REFRESH, None)
        long = len(text) >= PROGRESS_CHARS or uri in self.frozen
        if long or self.frozen:
            # Each lint of a long document leaves tens of thousands of objects that stay until the next
            # (findings, diagnostics, what the memories keep): unfrozen, they set off a full collection or
            # two in every lint of an edit (0.1-0.25 s each at 300,000 words, finding no garbage). A long
            # document whose first lint was cut short by an edit is frozen after its next. While one is open
            # there are no automatic full collections for any document, so the lints of all count towards
            # the full collection of every FULL_COLLECTION_EVERY (editing a letter beside an open report
            # would otherwise never have one).
            self.frozen_lints += 1
            full = self.frozen_lints % FULL_COLLECTION_EVERY == 0
            if long:
                _freeze_what_stays(full=full)
                self.frozen.add(uri)
            elif full:
                _freeze_what_stays(full=True)
        return linted

    def _shown(self, uri: str, shown: quick.Shown) -> None:
        """``shown`` is what the client now shows; the edits before it are no longer needed."""
        self.shown[uri] = shown
        document = self.documents.get(uri)
        if document is not None:
            document.changes = [change for change in document.changes if change[0] > shown.version]

    def _first_answer(
        self,
        document: OpenDocument,
        version: int,
        text: str,
        shown: quick.Shown,
        changes: list[tuple[int, int]],
        budget: Budget,
    ) -> quick.Shown | None:
        """Runs on the lint thread, before the whole lint: see :mod:`klarlint.lsp.quick`."""
        if document.version != version or budget.cancelled:
            return None
        try:
            return quick.first_answer(
                self.engine,
                shown,
                text,
                document.format or "text",
                changes,
                document.path,
                self.settings,
                self.encoding,
                version,
                budget,
            )
        except LintCancelled:
            return None
        except Exception:  # the whole lint follows and says what is wrong
            log.exception("klarlint: first answer for %s failed", document.uri)
            return None

    def _still(self, document: OpenDocument, version: int) -> bool:
        """``document`` is still open at ``version`` (not closed, nor closed and opened again at the same version)."""
        return self.documents.get(document.uri) is document and document.version == version

    def _early(self, uri: str, version: int, found: list[dict[str, Any]]) -> None:
        """A long document's early answer: published at once, or kept for the next pull of a client that pulls."""
        if not self.pull:
            self.publish(uri, version, found)
            return
        self.early[uri] = (version, found)
        waiter = self.early_ready.pop(uri, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _forget_early(self, uri: str) -> None:
        self.early.pop(uri, None)
        waiter = self.early_ready.pop(uri, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _timed_out(self, uri: str, linted: Linted) -> Linted:
        """A lint out of time twice: the diagnostics already shown for this version stay (a long document's
        opening, or the first answer of an edit; the timeout had replaced them with one error), and one more says
        that the check did not finish."""
        seen = self.early.get(uri) if self.pull else self.published.get(uri)
        kept = list(seen[1]) if seen is not None and seen[0] == linted.version else []
        kept = [diagnostic for diagnostic in kept if diagnostic.get("code") != TIMEOUT_CODE]
        kept.append(diagnostics.timeout_diagnostic(linted.result.error or "", TIMEOUT_CODE, partial=bool(kept)))
        return Linted(linted.version, linted.result, linted.index, kept, settings=linted.settings)

    def _first_screen(self, document: OpenDocument, version: int, text: str, budget: Budget) -> quick.Shown | None:
        """Runs on the lint thread. The findings of the opening of a long document, before the whole:
        those of rules that read one paragraph at a time, or a paragraph and those before it, which the rest of
        the document cannot change. (Rules that weigh the whole document wait for the whole lint.) None when there
        is no opening
        worth it or it cannot be checked on its own."""
        cut = text.find("\n\n", FIRST_SCREEN_CHARS)
        if cut < 0 or document.version != version:
            return None
        budget.spent()  # its processor time counts from here
        opening = text[:cut]
        try:
            result = self.engine.lint(opening, document.format or "text", document.path, budget)
        except LintCancelled:
            return None
        if result.report is None:
            return None  # a configuration error: the whole lint says so
        index = LineIndex(opening, self.encoding)
        local = {rule_id for rule_id, rule in result.rules.items() if exact_in_opening(rule)}
        findings = [finding for finding in result.report.findings if finding.rule in local]
        found = [diagnostics.to_diagnostic(finding, index, self.settings) for finding in findings]
        # As shown for the whole text (the opening is its start, so the offsets are the same): what an edit
        # before the whole lint ends moves.
        report = replace(result.report, findings=findings, notices=[])
        return quick.shown_from_lint(version, replace(result, source=text, report=report), found)

    @contextlib.asynccontextmanager
    async def progress(self, title: str | None, key: str):
        """``$/progress`` begin and end around the work, for a client that takes it; nothing without a title.

        One progress per ``key`` (a document) at a time: work begun while another of the same key is still
        running joins its progress, which ends when the last of them does. The lint that new settings or an
        early edit cancel ends a moment after the next one begins, and each had shown its own "klarlint
        granskar big.md" (two or three at once; retest3 §2)."""
        if title is None or not self.progress_support:
            yield
            return
        shared = self.progresses.get(key)
        new = shared is None
        if shared is None:
            shared = self.progresses[key] = _Progress()
        shared.holders += 1
        try:
            if new:
                token = f"klarlint-{next(self.serials)}"
                try:
                    await asyncio.wait_for(self.work_done_progress.create_async(token), 5)
                except Exception:  # the client said no or did not answer: work on without progress
                    pass
                else:
                    self.work_done_progress.begin(token, types.WorkDoneProgressBegin(title=title, percentage=None))
                    shared.token = token
            yield
        finally:
            self._release_progress(key, shared)

    def _release_progress(self, key: str, shared: _Progress) -> None:
        """One holder of ``key``'s progress is done; the last one ends it."""
        shared.holders -= 1
        if shared.holders == 0:
            if self.progresses.get(key) is shared:
                del self.progresses[key]
            if shared.token is not None:
                self.work_done_progress.end(shared.token, types.WorkDoneProgressEnd())

    def relint_all(self) -> None:
        """Something every document depends on changed (settings, klarlint.toml): lint all open ones again."""
        if self.settings.check_frequency == "manual":
            return  # the writer asks for each lint; the next one uses the new settings
        for uri in list(self.documents):
            self.linted.pop(uri, None)  # a request now must not get the lint made under the old settings
            self.shown.pop(uri, None)  # nor a first answer built on diagnostics of the old settings
            # nor the lint running under them (the settings pulled at start came after a document opened at
            # once, and its lint of the same version was waited for instead: the settings did not apply)
            self._cancel_lint(uri)
            self.inflight.pop(uri, None)
            self.schedule(uri)
        if self.pull and self.refresh_support:
            self.protocol.send_request(types.WORKSPACE_DIAGNOSTIC_REFRESH, None)

    def publish(self, uri: str, version: int | None, found: list[dict[str, Any]]) -> None:
        """Send ``textDocument/publishDiagnostics`` with diagnostics that are JSON already.

        pygls would unstructure a PublishDiagnosticsParams through cattrs first, which
        for hundreds of diagnostics costs more than the lint itself. Each diagnostic's
        JSON text is kept until the next publish for the document: an edit to a long
        document publishes mostly the same diagnostic objects again (see
        :mod:`klarlint.lsp.diagnostics`), and encoding 15,000 of them (6 MB) anew took
        50–100 ms per publish. (A diagnostic is not changed once made: one moved is a new dict, encoded
        from its new range and the kept JSON of the rest: :func:`klarlint.lsp.diagnostics.encoded`.)
        """
        if uri in self.documents:  # (what stays shown if the next lint runs out of time: _timed_out)
            self.published[uri] = (version, found)
        params: dict[str, Any] = {"uri": uri, "diagnostics": found}
        if version is not None:
            params["version"] = version
        send = getattr(self.protocol, "_send_data", None)
        if send is None:  # a pygls without the raw path: the typed one gives the same JSON
            typed = default_converter().structure(params, types.PublishDiagnosticsParams)
            self.text_document_publish_diagnostics(typed)
            return
        message = {"jsonrpc": "2.0", "method": types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, "params": params}
        writer = getattr(self.protocol, "writer", None)
        if writer is None or not getattr(self.protocol, "_include_headers", False) or not found:
            self._encoded.pop(uri, None)
            self._tails.pop(uri, None)
            send(message)
            return
        known = self._encoded.get(uri, {})
        tails = self._tails.get(uri, {})
        # Looked up at C speed (a long document publishes 15,000 diagnostics twice per edit).
        ids = list(map(id, found))
        entries = list(map(known.get, ids, itertools.repeat(_NOT_ENCODED)))
        same = map(operator.is_, map(_FIRST, entries), found)
        for position in itertools.compress(itertools.count(), map(operator.not_, same)):
            diagnostic = found[position]  # new, or moved to other lines: rest kept
            entries[position] = (diagnostic, diagnostics.encoded(diagnostic, tails))
        self._encoded[uri] = dict(zip(ids, entries, strict=True))
        parts = list(map(_SECOND, entries))
        if len(tails) > 2 * len(found) + 1000:  # the JSON of messages no longer shown
            tails.clear()
        self._tails[uri] = tails
        head = json.dumps({**message, "params": {"uri": uri, "diagnostics": []}})
        cut = len(head) - len("]}}")  # head ends with the empty list of diagnostics and two braces
        body = f"{head[:cut]}{', '.join(parts)}{head[cut:-2]}"
        if version is not None:
            body += f', "version": {int(version)}'
        body += "}}"
        _write_framed(self.protocol, body)

    def _lint(
        self,
        document: OpenDocument,
        version: int,
        text: str,
        settings: Settings,
        encoding: str,
        budget: Budget | None = None,
        room: tuple[int, int] = (0, 0),
        previous: Linted | None = None,
    ) -> tuple[Linted | None, str | None]:
        """Runs on the lint thread. Returns the lint, or None and a message for the log."""
        if document.version != version or (budget is not None and budget.cancelled):
            return None, None  # a newer version is already queued; skip the stale one
        if isinstance(budget, LintBudget):
            budget.spent()  # its processor time counts from here
        try:
            self.engine.make_room(*room)
            result = self.engine.lint(text, document.format or "text", document.path, budget)
            read = result.document
            index = LineIndex(text, encoding, read._line_starts if read is not None and read.source is text else None)
            found = diagnostics.diagnostics(result, index, settings, previous)
            return Linted(version, result, index, found, settings=settings), None
        except LintCancelled:
            return None, None  # the document changed or closed meanwhile
        except Exception:
            return None, f"klarlint: granskningen av {document.uri} misslyckades:\n{traceback.format_exc()}"

    async def for_pull(self, uri: str) -> Linted | tuple[int, list[dict[str, Any]]] | None:
        """What a pull of ``uri`` gets: the lint of its current text, or, for a long document whose lint is still
        running, its early answer (the first screen, or the quick answer of an edit) as soon as that is there;
        the client is then asked to pull again when the whole lint is done (workspace/diagnostic/refresh). A
        pull client had waited 57 s for a 1.1 MB report with nothing shown."""
        document = self.documents.get(uri)
        lint = asyncio.ensure_future(self.current(uri))
        if document is None or not self.refresh_support:
            return await lint
        loop = asyncio.get_running_loop()
        while not lint.done():
            early = self.early.get(uri)
            if early is not None and early[0] == document.version and self.documents.get(uri) is document:
                self.answered_early.add(uri)
                return early
            waiter = self.early_ready.get(uri)
            if waiter is None or waiter.done():
                waiter = self.early_ready[uri] = loop.create_future()
            await asyncio.wait({lint, waiter}, return_when=asyncio.FIRST_COMPLETED)
            if waiter.done() and uri not in self.early:
                break  # the lint is done (or the document closed): its result, below
        return await lint

    async def current(self, uri: str) -> Linted | None:
        """The lint of the document as it is now, linting first if the last one is out of date."""
        document = self.documents.get(uri)
        if document is None:
            return None
        linted = self.linted.get(uri)
        if linted is not None and linted.version == document.version:
            return linted
        if self.settings.check_frequency != "edit":
            # Checked on save or by hand: an editor asks for code actions at every move of the cursor,
            # and linting for them would check while typing after all. Only a check already running counts.
            running = self.inflight.get(uri)
            return await asyncio.shield(running[1]) if running and running[0] == document.version else None
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        return await self.lint_now(uri)

    def configurable(self, uri: str) -> bool:
        """There is a klarlint.toml to change for this document (it has a path, or there is a workspace)."""
        path = uri_to_path(uri)
        return workspace_config.config_target(path, self.folder_of(path)) is not None

    def change_config(self, uri: str, key: str, value: str) -> None:
        """Add ``value`` to ``key`` in the klarlint.toml that applies to ``uri``; tell the writer what happened."""
        # The document's own workspace folder (of several): "Godkänn" in folder B had written B/sub/klarlint.toml.
        path = uri_to_path(uri)
        target = workspace_config.config_target(path, self.folder_of(path))
        if target is None:
            self.tell(types.MessageType.Error, "klarlint: dokumentet har ingen klarlint.toml att ändra i")
            return
        try:
            added = workspace_config.add_to_list(target, key, value)
        except KlarlintError as exc:
            self.tell(types.MessageType.Error, f"klarlint: {exc}")
            return
        what = {"disable": f"regeln {value} är avstängd", "accept": f"”{value}” är godkänt"}[key]
        self.tell(types.MessageType.Info, f"klarlint: {what} i {target}" + ("" if added else " (redan tidigare)"))
        self.relint_all()

    def tell(self, kind: types.MessageType, message: str) -> None:
        """A message the writer should see (window/showMessage), also in the log."""
        self.log(kind, message)
        with contextlib.suppress(Exception):
            self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def _report_rule_errors(self, uri: str, result: LintResult) -> None:
        errors = frozenset(result.report.rule_errors if result.report else ())
        if result.error:
            errors |= {result.error}
        for error in sorted(errors - self._reported.get(uri, frozenset())):
            self.log(types.MessageType.Error, f"klarlint: {uri}: {error}")
        self._reported[uri] = errors

    def report_server_error(self, error: Exception, source: Any) -> None:
        """An error in handling a notification, shown to the writer in one Swedish line; the details go to the
        log. (pygls's default showed "Error in server: " and the English exception text; a failed request
        is answered with its error instead, so the writer is not told twice.)"""
        from pygls.exceptions import FeatureRequestError

        if source is FeatureRequestError:
            return
        log.warning("klarlint: internt fel: %s", error)
        kind = type(error.__cause__ or error).__name__
        self.tell(types.MessageType.Error, f"klarlint: ett internt fel i servern ({kind}); se loggen för detaljer")

    def log(self, kind: types.MessageType, message: str) -> None:
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:  # no client to tell (it went away): the server log will have to do
            log.warning("%s", message)

    def shutdown(self) -> None:
        for budget in list(self.budgets.values()):
            budget.cancel()
        self.lint_pool.shutdown(wait=False, cancel_futures=True)
        super().shutdown()

    def _start_io_async(self, stdin=None, stdout=None) -> None:
        """pygls's stdio loop with klarlint's message reader (:mod:`klarlint.lsp.framing`)."""
        import threading

        from pygls.io_ import StdinAsyncReader, StdoutWriter

        from klarlint.lsp import framing

        self._stop_event = threading.Event()
        reader = StdinAsyncReader(stdin or sys.stdin.buffer, self.thread_pool)
        self.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
        try:
            asyncio.run(framing.run_async(self._stop_event, reader, self.protocol, self.report_server_error))
        except BrokenPipeError:
            log.error("Connection to the client is lost! Shutting down the server.")
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.shutdown()


def _write_framed(protocol: Any, body: str) -> None:
    """Write one message's JSON ``body`` (ASCII, as ``json.dumps`` writes it) with its header, as pygls's
    ``JsonRPCProtocol._send_data`` does after encoding a message itself."""
    header = f"Content-Length: {len(body)}\r\nContent-Type: {protocol.CONTENT_TYPE}; charset={protocol.CHARSET}\r\n\r\n"
    try:
        written = protocol.writer.write((header + body).encode(protocol.CHARSET))
        if inspect.isawaitable(written):
            asyncio.ensure_future(written)
    except BrokenPipeError:
        log.exception("Error sending data. BrokenPipeError")
        raise


def _freeze_what_stays(full: bool = False) -> None:
    """Keep the garbage collector from walking what a long document's lints left in memory (after the first
    lint, and again after each lint of an edit).

    The model and the analyses of a long document's paragraphs are millions of objects that stay; each
    full collection walked them all, and the lint of an edit (which keeps a few hundred thousand new
    objects: findings, diagnostics) set one off nearly every time: 40 % of an edit's time at 300,000
    words. Frozen, they are left out of collections (they are still freed when no longer used; a cycle
    among them that becomes garbage later would stay: analyses, documents and findings form none). Young garbage
    is collected first, so none is frozen.
    """
    if full:
        gc.unfreeze()
        gc.collect()
    else:
        gc.collect(1)
    gc.freeze()
    # While a long document is open, no automatic full collection: it walked everything the lints since the
    # last freeze kept (0.1-0.25 s at 300,000 words, once or twice per edit) and found no garbage (lints
    # make no cycles: every full collection measured while editing collected nothing). The server makes one
    # of everything, frozen or not, every FULL_COLLECTION_EVERY lints of long documents instead (``full``:
    # so a cycle that became garbage does not stay), and on closing one (_thaw).
    if not _THRESHOLDS:
        _THRESHOLDS.extend(gc.get_threshold())
        gc.set_threshold(_THRESHOLDS[0], _THRESHOLDS[1], NO_FULL_COLLECTIONS)


def _thaw(refreeze: bool) -> None:
    """Undo :func:`_freeze_what_stays` when a long document closes: what was frozen with it and has since
    become garbage in a cycle would otherwise stay for the life of the process. With another long document
    still open, what stays is frozen again after one full collection (a second at most)."""
    gc.unfreeze()
    if refreeze:
        gc.collect()
        gc.freeze()
    elif _THRESHOLDS:  # no long document open: full collections as usual
        gc.set_threshold(*_THRESHOLDS)
        _THRESHOLDS.clear()
        gc.collect()


def create_server(engine: Engine | None = None) -> KlarlintServer:
    server = KlarlintServer(engine)

    @server.feature(types.INITIALIZE)
    def initialize(ls: KlarlintServer, params: types.InitializeParams) -> None:
        ls.encoding = str(ls.workspace.position_encoding or UTF16)
        caps = params.capabilities
        ls.versioned_edits = bool(get_capability(caps, "workspace.workspace_edit.document_changes", False))
        ls.pull_configuration = bool(get_capability(caps, "workspace.configuration", False))
        pulls = get_capability(caps, "text_document.diagnostic", None) is not None
        ls.refresh_support = bool(get_capability(caps, "workspace.diagnostics.refresh_support", False))
        ls.pull = pulls and ls.refresh_support  # (see KlarlintProtocol.lsp_initialize)
        ls.pull_without_refresh = pulls and not ls.refresh_support
        ls.progress_support = bool(get_capability(caps, "window.work_done_progress", False))
        ls.watch_support = bool(get_capability(caps, "workspace.did_change_watched_files.dynamic_registration", False))
        folders = [uri_to_path(folder.uri) for folder in params.workspace_folders or []]
        ls.folders = [folder for folder in folders if folder is not None]
        root = params.workspace_folders[0].uri if params.workspace_folders else params.root_uri
        ls.engine.root = uri_to_path(root) if root else None
        if not ls.folders and ls.engine.root is not None:
            ls.folders = [ls.engine.root]
        if params.initialization_options is not None:
            ls.initial_settings = params.initialization_options
            ls.set_settings(params.initialization_options, "initializationOptions")

    @server.feature(types.INITIALIZED)
    async def initialized(ls: KlarlintServer, params: types.InitializedParams) -> None:
        # The settings first: they may name the backend to load (Stanza), and a document opened right after
        # initialized (as VS Code does) is checked again when they change what its first lint used.
        if ls.pull_configuration and await _pull_configuration(ls) and ls.documents:
            ls.relint_all()
        # Load the model now, not on the first keystroke; the writer sees that something is happening.
        # In the urgent lane: a long document opened meanwhile loads the model in its own lint, and the warm-up
        # runs at that lint's next check, once the model is there. Queued behind the lint, its progress
        # "laddar språkmodellen" had stayed up for the whole first check (33 s; retest3 §2).
        warm = asyncio.wrap_future(ls.lane.submit(_warm_up, ls.engine))
        if ls.watch_support:
            await _watch_config_files(ls)
        async with ls.progress("klarlint laddar språkmodellen", "model"):
            await warm

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: KlarlintServer, params: types.DidChangeConfigurationParams) -> None:
        settings = params.settings
        if isinstance(settings, dict) and settings.get(SECTION) is not None:
            changed = ls.set_settings(settings, "workspace/didChangeConfiguration")
        elif ls.pull_configuration:
            changed = await _pull_configuration(ls)  # the client says "ask me" (pull model)
        else:
            section = settings if looks_like_section(settings) else None  # no klarlint settings: the defaults
            changed = ls.set_settings(section, "workspace/didChangeConfiguration")
        if changed:
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: KlarlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.open(params.text_document)
        if ls.settings.check_frequency != "manual":
            ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: KlarlintServer, params: types.DidChangeTextDocumentParams) -> None:
        if ls.change(params) is not None and ls.settings.check_frequency == "edit":
            ls.schedule(params.text_document.uri, ls.settings.debounce_ms / 1000)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: KlarlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        path = uri_to_path(uri)
        if path is not None and path.name in CONFIG_FILE_NAMES:  # a saved klarlint.toml applies to every document
            ls.relint_all()
            return
        document = ls.documents.get(uri)
        if document is not None:
            if params.text is not None and params.text != document.text:
                document.text = params.text  # the client's saved text wins; the last lint no longer fits it
                ls.linted.pop(uri, None)
                ls.shown.pop(uri, None)
            if ls.settings.check_frequency != "manual":
                ls.schedule(uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: KlarlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        """A klarlint.toml or pyproject.toml was created, changed or deleted (edited in the editor or
        elsewhere): as a saved klarlint.toml, every open document is checked again under it."""
        paths = [uri_to_path(change.uri) for change in params.changes]
        if any(path is not None and path.name in CONFIG_FILE_NAMES for path in paths):
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: KlarlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(identifier=SOURCE, inter_file_dependencies=False, workspace_diagnostics=False),
    )
    async def pull_diagnostics(ls: KlarlintServer, params: types.DocumentDiagnosticParams) -> dict[str, Any]:
        """LSP 3.17 pull: the diagnostics of the document as it is now (as of the last check, when the
        writer checks on save or by hand)."""
        uri = params.text_document.uri
        frequency = ls.settings.check_frequency
        linted = ls.linted.get(uri)
        document = ls.documents.get(uri)
        if document is not None and document.refusal is not None:
            return {
                "kind": types.DocumentDiagnosticReportKind.Full.value,
                "items": [diagnostics.refusal_diagnostic(document.refusal)],
            }
        if frequency == "edit" or (frequency == "save" and linted is None):
            asked = document.version if document is not None else None
            found = await ls.for_pull(uri)
            if document is not None and (
                not ls._still(document, asked) or found_version(found, asked) != asked  # type: ignore[arg-type]
            ):
                # The document moved on while the pull waited: an older lint's ranges do not fit the text the
                # client has now (2 of 65 pulls while typing). The client pulls again (LSP 3.17 ServerCancelled).
                raise JsonRpcException(
                    "dokumentet ändrades under granskningen", code=SERVER_CANCELLED, data={"retriggerRequest": True}
                )
            if isinstance(found, tuple):  # a long document's early answer; a refresh follows the whole lint
                return {"kind": types.DocumentDiagnosticReportKind.Full.value, "items": found[1]}
            linted = found
        if linted is None:
            return {"kind": types.DocumentDiagnosticReportKind.Full.value, "items": []}
        result_id = str(linted.serial)
        if params.previous_result_id == result_id:
            return {"kind": types.DocumentDiagnosticReportKind.Unchanged.value, "resultId": result_id}
        # Raw JSON, as for published diagnostics (see publish()).
        return {
            "kind": types.DocumentDiagnosticReportKind.Full.value,
            "resultId": result_id,
            "items": linted.diagnostics,
        }

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, actions.FIX_ALL_KIND]),
    )
    async def code_action(ls: KlarlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        only = params.context.only or []
        wanted = [kind for kind in (types.CodeActionKind.QuickFix.value, actions.FIX_ALL_KIND) if _asked(kind, only)]
        if not wanted:
            return None
        linted = await ls.current(uri)
        if linted is None:
            return None
        document = types.OptionalVersionedTextDocumentIdentifier(
            uri=uri, version=linted.version if ls.versioned_edits else None
        )
        if wanted == [actions.FIX_ALL_KIND]:  # the editor's "fix all" (on save, say): that action alone
            everything = actions.fix_all(linted.result, linted.index, document, actions.FIX_ALL_KIND, minimum=1)
            return [everything] if everything is not None else []
        return actions.code_actions(
            linted.result,
            linted.index,
            uri,
            linted.version,
            params.range,
            list(params.context.diagnostics),
            versioned=ls.versioned_edits,
            configurable=ls.configurable(uri),
        )

    # Commands take their arguments as a list (*args) and check them here: pygls matched them to the
    # parameters and answered a missing one with an internal error, an English TypeError and a traceback.
    @server.command(actions.DISABLE_COMMAND)
    def disable_rule(ls: KlarlintServer, *args: Any) -> None:
        uri, rule = _command_arguments(actions.DISABLE_COMMAND, args, ("dokumentets uri", "regelns id"))
        ls.change_config(uri, "disable", rule)

    @server.command(actions.ACCEPT_COMMAND)
    def accept_word(ls: KlarlintServer, *args: Any) -> None:
        uri, text = _command_arguments(actions.ACCEPT_COMMAND, args, ("dokumentets uri", "ordet"))
        ls.change_config(uri, "accept", text)

    @server.command(CHECK_COMMAND)
    async def check(ls: KlarlintServer, *args: Any) -> None:
        """Lint one document (or every open one) now: the way to check with ``checkFrequency = "manual"``."""
        uri = _command_arguments(CHECK_COMMAND, args, ("dokumentets uri",), optional=1)[0] if args else None
        for target in [uri] if uri else list(ls.documents):
            ls.linted.pop(target, None)
            await ls.lint_now(target)
        if ls.pull and ls.refresh_support:
            ls.protocol.send_request(types.WORKSPACE_DIAGNOSTIC_REFRESH, None)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: KlarlintServer, params: types.HoverParams) -> types.Hover | None:
        linted = await ls.current(params.text_document.uri)
        if linted is None:
            return None
        return hover.hover(linted.result, linted.index, params.position)

    @server.feature(types.SHUTDOWN)
    def on_shutdown(ls: KlarlintServer, params: None) -> None:
        for task in ls.pending.values():
            task.cancel()
        ls.pending.clear()
        for budget in list(ls.budgets.values()):
            budget.cancel()  # a lint in flight stops at its next check

    @server.feature(types.EXIT)
    def on_exit(ls: KlarlintServer, params: None) -> None:
        """End the process now. A lint may still be running on its thread and the interpreter's
        orderly exit (joining that thread, freeing the model) takes seconds, and editors such as
        eglot kill a server that does not go at once. Nothing is left unsaved: the server writes
        no files except klarlint.toml, and those writes are complete when their command answers."""
        code = 0 if getattr(ls.protocol, "_shutdown", False) else 1
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)

    return server


def found_version(found: Linted | tuple[int, list] | None, default: int) -> int:
    """The version a pull's answer was made for (None: nothing to show, which fits any)."""
    if found is None:
        return default
    return found[0] if isinstance(found, tuple) else found.version


def _command_arguments(command: str, args: tuple, names: tuple[str, ...], optional: int = 0) -> tuple[str, ...]:
    """The command's arguments, each a non-empty string; else Invalid params with a Swedish message."""
    fits = len(names) - optional <= len(args) <= len(names)
    if not fits or not all(isinstance(arg, str) and arg for arg in args):
        wanted = " och ".join(names)
        got = json.dumps(list(args), ensure_ascii=False, default=repr)[:200]
        raise JsonRpcInvalidParams(message=f"{command} ska ha {wanted} som argument (text), inte {got}")
    return tuple(args)


def _asked(kind: str, only: list[str]) -> bool:
    """Whether the client's ``only`` filter (empty: everything) lets actions of ``kind`` through."""
    return not only or any(kind == wanted or kind.startswith(f"{wanted}.") for wanted in only)


async def _watch_config_files(ls: KlarlintServer) -> None:
    """Ask the client to tell the server about changes of klarlint.toml and pyproject.toml."""
    watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_GLOBS]
    registration = types.Registration(
        id=WATCH_REGISTRATION,
        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
    )
    try:
        await asyncio.wait_for(
            ls.client_register_capability_async(types.RegistrationParams(registrations=[registration])), 5
        )
    except Exception as exc:  # the client said no: saving klarlint.toml in the editor still re-checks
        ls.log(types.MessageType.Warning, f"klarlint: klarlint.toml kan inte bevakas: {exc}")


async def _pull_configuration(ls: KlarlintServer) -> bool:
    try:
        answer = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
        )
    except Exception as exc:  # a client that announces configuration but cannot answer
        ls.log(types.MessageType.Warning, f"klarlint: inställningarna kunde inte hämtas: {exc}")
        return False
    value = answer[0] if answer else None
    return ls.set_settings(value, "workspace/configuration")


def _warm_up(engine: Engine) -> None:
    try:  # the backend the workspace's configuration asks for (Stanza, say), not always spaCy
        engine.backend_for(engine.config_for(None)).analyze(["Klarlint startar."])
    except KlarlintError as exc:  # expected (no model installed): one line; the first lint shows it in the document
        log.error("klarlint: språkmodellen kunde inte laddas: %s", exc)
    except Exception:  # reported again, with the document's name, by the first lint
        log.exception("klarlint: språkmodellen kunde inte laddas")


def _no_traceback_for_invalid_params(record: logging.LogRecord) -> bool:
    """A request the server answered with Invalid params (a command without its arguments) is the client's
    mistake, already told in the answer: one line in the log, not pygls's traceback."""
    error = record.exc_info[1] if record.exc_info else None
    if isinstance(error, JsonRpcException):
        record.msg, record.args, record.exc_info, record.exc_text = "%s", (error.message,), None, None
    return True


def main() -> None:
    """Serve over stdio until the client says exit (or goes away)."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="klarlint-lsp %(levelname)s: %(message)s")
    logging.getLogger("pygls.protocol.json_rpc").addFilter(_no_traceback_for_invalid_params)
    create_server().start_io()
