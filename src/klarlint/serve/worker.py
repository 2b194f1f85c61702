"""The lint engine of one server worker process: the library's one data path, with memory and a time limit.

A request's text goes reader → :func:`klarlint.linter.lint_document` exactly as
``klarlint --format json`` does; what the server adds is memory between requests
(the analysis cache per paragraph and the per-block rule memo of the language
server, :class:`klarlint.lsp.engine.Engine`) and a deadline.

The engine is not thread-safe and linting is CPU-bound, so each worker process
runs every lint on one dedicated thread (:class:`LintWorker`); the event loop
stays free to answer other requests (``/health``, errors, the queue's time-outs).

Short texts first. The lint thread takes the shortest text waiting (:class:`LintQueue`), and a long lint
lets a short text through at its checks between batches and rules (the short lint runs there, nested, on the
same thread, and the long one goes on where it was), as the language server does
(:mod:`klarlint.lsp.scheduling`). Under load (session 42, scale tester: two workers, 8 clients, a few texts of
200 KB among one-paragraph ones) a one-paragraph text from a CMS page had waited 22-31 s behind two long lints
and then got 503; now it waits at most one batch or one rule of the long lint. "Shortest" counts waiting time
too (ageing): under a steady stream of shorter texts a one-page letter had kept losing until its deadline
(session 46 re-test: waits of up to 31 s, 21 of 6,601 requests 503); now a short text that has waited
:data:`AGE_SECONDS` goes before every short text that came after it.

Time limit. A thread cannot be killed, so the limit is cooperative and checked
often: before each batch of paragraphs handed to the analysis cache and each
batch of text the tagger gets (at most 20,000 characters, about half a second
of work; :mod:`klarlint.nlp.backend` cuts long paragraphs into such pieces) and
before each rule. Finished batches stay in the cache, so the work is not lost. Past the deadline the lint raises
:class:`LintTimeout`, which is not an :class:`Exception` so that the linter's
"one broken rule must not hide the others" guard does not swallow it, and the
thread is free for the next request within about one batch. A request that
waits in the queue past its deadline is not started at all. A request whose time went mostly to waiting
(for the lint thread, for a reader process) is told that the server is busy (:class:`ServerBusy`), not that
its text is too long: the 503 had told a writer to split a one-paragraph text that was never linted.

Reading has no such checks (a 28 KB .docx of 3.1 million empty paragraphs took a
minute to read), so an upload or a long text is read in a process of its own,
killed at the deadline, before its lint is queued (:mod:`klarlint.serve.reading`):
the lint thread is not held by a read, and the deadline covers the read too.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from klarlint.analysis import BlockAnalysis
from klarlint.config import Config, config_for, load_config
from klarlint.document import Document
from klarlint.errors import KlarlintError
from klarlint.linter import ActiveRule, lint_document
from klarlint.lsp.engine import Engine
from klarlint.nlp.backend import MAX_CHARS_PER_BATCH, Backend, batches
from klarlint.report import FileReport
from klarlint.rules.base import Rule, RuleFinding
from klarlint.runner import RunOptions, _with_cli
from klarlint.serve.reading import (
    READ_APART_CHARS,
    ReadProcesses,
    ReadTimeout,
    WorkClock,
    read_document,
    reads_apart,
)

BATCH_BLOCKS = 64  # blocks per batch handed to the backend (as many as the spaCy backend tags at once)
# A text this long or shorter goes before longer ones and through a long lint at its checks: what is read on the
# lint thread (reads_apart), some 5,000 words; an upload counts by the text read from it (a two-paragraph .docx
# is short).
SHORT_CHARS = READ_APART_CHARS
# A request that timed out having been worked on (read, linted) for less than this share of its time limit spent
# the rest waiting: the server was busy, the text need not be too long.
BUSY_SHARE = 0.5
# Ageing: a text's place in the queue is its length less WAIT_CREDIT characters for each second it has waited, so
# a short text that has waited this long goes before every short text that came after it, however short (the
# ordering stays fixed as time passes: length + WAIT_CREDIT x arrival time orders the waiting texts the same).
AGE_SECONDS = 4.0
WAIT_CREDIT = SHORT_CHARS / AGE_SECONDS


class LintTimeout(BaseException):  # noqa: N818 - BaseException on purpose (see the module docstring)
    """The request's time limit passed while it was linted."""


class ServerBusy(LintTimeout):
    """The request's time limit passed while it mostly waited for the lint thread or a reader process."""


class Deadline:
    """The deadline of the lint running now on the worker thread (monotonic seconds; None: none), and what that
    lint does at its pauses (``pause``: run the short lints waiting)."""

    def __init__(self) -> None:
        self.at: float | None = None
        self.pause: Callable[[], None] | None = None

    def check(self) -> None:
        if self.at is not None and time.monotonic() > self.at:
            raise LintTimeout

    def checkpoint(self) -> None:
        """Between batches and before each rule, where no analysis or rule is half done: let the short lints
        waiting run first, then check the deadline (which may have passed meanwhile)."""
        if self.pause is not None:
            self.pause()
        self.check()


class _DeadlineNlp:
    """Wraps a spaCy pipeline (or Stanza's): every ``pipe`` call (``bulk_process`` for Stanza), one batch of at most
    20,000 characters, checks the deadline."""

    def __init__(self, nlp: Any, deadline: Deadline) -> None:
        self._nlp = nlp
        self._deadline = deadline

    def pipe(self, texts: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        self._deadline.check()
        return self._nlp.pipe(texts, *args, **kwargs)

    def bulk_process(self, documents: Any, *args: Any, **kwargs: Any) -> Any:
        self._deadline.check()
        return self._nlp.bulk_process(documents, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


class _ChunkedBackend:
    """Hands the caching backend the blocks in batches, checking the deadline between them.

    Each finished batch is in the analysis cache at once, so the work a lint did before its
    deadline is kept: the same text sent again continues where the last attempt stopped.
    Backends analyse each block on its own, so batching changes no analysis.
    """

    def __init__(self, inner: Backend, deadline: Deadline) -> None:
        self.inner = inner
        self.name = inner.name
        self._deadline = deadline

    def analyze(self, texts: Sequence[str]) -> list[BlockAnalysis]:
        analyses: list[BlockAnalysis] = []
        for batch in batches(texts, BATCH_BLOCKS, MAX_CHARS_PER_BATCH):
            self._deadline.checkpoint()
            analyses.extend(self.inner.analyze(batch))
        return analyses


class _DeadlineRule:
    """A rule that checks the deadline before it runs."""

    def __init__(self, rule: Rule, deadline: Deadline) -> None:
        self.rule = rule
        self.info = rule.info
        self._deadline = deadline

    def check(self, analysis: Any, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        self._deadline.checkpoint()
        return self.rule.check(analysis, options)


@dataclass(frozen=True)
class LintRequest:
    """What a client asked for; ``source`` is a text, or the bytes of an uploaded file named ``name``."""

    source: str | bytes
    format: str = "text"  # for a text: text, markdown or html; for a file: from the name's ending
    name: str = "<stdin>"  # the label the report carries (a text is what `klarlint -` calls <stdin>)
    profile: str | None = None
    genre: str | None = None  # the kind of text (klarlint.genre); None: recognised from the text
    enable: frozenset[str] = frozenset()
    disable: frozenset[str] = frozenset()


class LintEngine:
    """One worker's engine: configuration, cached rule sets, cached analyses. Call from one thread only."""

    def __init__(self, config_file: Path | None = None, backend: Backend | None = None) -> None:
        self.deadline = Deadline()
        self.base_config = load_config(config_file) if config_file else config_for(Path.cwd())
        self._engine = Engine(backend)
        self._wrapped: dict[int, tuple[list[ActiveRule], list[ActiveRule]]] = {}

    def load(self) -> None:
        """Load the model now (at start-up) rather than on the first request.

        The configuration's backend (``backend = "stanza"``): the server had always used spaCy, silently, and
        never said that Stanza's models were missing (session 41). Now a missing model is a :class:`ModelError`
        here, at start-up."""
        backend = self.backend(self.base_config).inner
        for attribute in ("nlp", "pipeline"):  # spaCy's pipeline; Stanza's (its nlp only lends a vocabulary)
            nlp = getattr(backend, attribute, None)
            if nlp is not None and not isinstance(nlp, _DeadlineNlp):
                setattr(backend, attribute, _DeadlineNlp(nlp, self.deadline))

    def backend(self, config: Config) -> Any:
        """The caching backend of ``config`` (the server's backend setting; a request cannot change it)."""
        return self._engine.backend_for(config)

    def config(self, request: LintRequest) -> Config:
        options = RunOptions(
            profile=request.profile, genre=request.genre, enable=request.enable, disable=request.disable
        )
        config = _with_cli(self.base_config, options)  # exactly how `klarlint check` applies its flags
        config.profile_settings  # noqa: B018 - an unknown profile is a bad request, said before any work
        return config

    def rules(self, config: Config) -> list[ActiveRule]:
        cached, _ = self._engine.rules_for(config)  # resolved once per configuration; block-local rules memoised
        entry = self._wrapped.get(id(cached))
        if entry is None or entry[0] is not cached:
            wrapped = [ActiveRule(_DeadlineRule(a.rule, self.deadline), a.options, a.severity) for a in cached]
            if len(self._wrapped) > 16:  # the engine keeps 8 rule sets; older wrappers are garbage
                self._wrapped.clear()
            entry = self._wrapped[id(cached)] = (cached, wrapped)
        return entry[1]

    def read(self, request: LintRequest, config: Config) -> Document:
        """The request's document, read here (see :func:`klarlint.serve.reading.read_document`)."""
        return read_document(request.source, request.format, request.name, config.alt_text)

    def lint(
        self,
        request: LintRequest,
        deadline: float | None = None,
        document: Document | None = None,
        pause: Callable[[], None] | None = None,
    ) -> FileReport:
        """Lint one request (``document``: already read, in a reader process); raises :class:`KlarlintError` (bad
        options or input) or :class:`LintTimeout`. ``pause``: called at each check between batches and rules
        (short lints run there, nested: the outer lint's deadline and pause are restored after each)."""
        outer = self.deadline.at, self.deadline.pause
        self.deadline.at, self.deadline.pause = deadline, pause
        try:
            self.deadline.check()
            config = self.config(request)
            rules = self.rules(config)
            if document is None:
                document = self.read(request, config)
            return lint_document(document, config, _ChunkedBackend(self.backend(config), self.deadline), rules)
        finally:
            self.deadline.at, self.deadline.pause = outer

    def rule_infos(self, config: Config | None = None) -> list:
        """Every rule known under the server's configuration, enabled or not (for /api/rules)."""
        from klarlint.rules.registry import all_rules

        return [rule.info for rule in all_rules((config or self.base_config).rules_path)]


class LintQueue:
    """The lint thread and its work: short texts before long ones; within each class the shortest text waiting
    runs next, less a credit for its wait (ageing, :data:`WAIT_CREDIT`), and a long lint runs the short ones
    waiting at its pauses (:meth:`run_short`). A long text can still wait a long time behind a stream of short
    ones; its deadline ends the wait (503, the server busy), as a FIFO queue's had ended the short texts' waits."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klarlint-lint")
        self._waiting: list[tuple[bool, float, int, Future, Callable[..., Any], tuple[Any, ...]]] = []
        self._lock = threading.Lock()
        self._clock = clock
        self._order = itertools.count()  # equal places in turn
        self._nested = False  # on the lint thread: a short lint is running inside a long one

    def submit(self, size: int, fn: Callable[..., Any], *args: Any) -> Future:
        """Run ``fn(*args)`` on the lint thread, before the work waiting for longer texts than ``size`` (less
        their credit for waiting)."""
        future: Future = Future()
        place = size + WAIT_CREDIT * self._clock()
        with self._lock:
            heapq.heappush(self._waiting, (size > SHORT_CHARS, place, next(self._order), future, fn, args))
        try:
            self._executor.submit(self._run_next)  # one turn of the thread per job; the job it runs is the first
        except RuntimeError:  # shut down
            future.cancel()
        return future

    def run_short(self) -> float:
        """On the lint thread, at a pause of a long lint: run the short lints waiting; the wall seconds they took."""
        if self._nested:
            return 0.0
        began = time.monotonic()
        self._nested = True
        try:
            while (job := self._pop(short_only=True)) is not None:
                self._run(job)
        finally:
            self._nested = False
        return time.monotonic() - began

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            jobs, self._waiting = self._waiting, []
        for job in jobs:
            job[3].cancel()

    def _pop(self, short_only: bool = False) -> tuple[bool, float, int, Future, Callable[..., Any], tuple] | None:
        with self._lock:
            if not self._waiting or (short_only and self._waiting[0][0]):
                return None
            return heapq.heappop(self._waiting)

    def _run_next(self) -> None:
        job = self._pop()
        if job is not None:  # (none: a long lint ran it at a pause)
            self._run(job)

    @staticmethod
    def _run(job: tuple[bool, float, int, Future, Callable[..., Any], tuple[Any, ...]]) -> None:
        *_, future, fn, args = job
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # handed to whoever waits, as a thread pool would
            future.set_exception(exc)


class LintWorker:
    """Runs a :class:`LintEngine` on one thread and gives the event loop awaitable, time-limited lints.

    Uploads and long texts are read first, in reader processes (:class:`ReadProcesses`), with the same deadline;
    only the document read goes to the lint thread, in the order of :class:`LintQueue`."""

    def __init__(self, engine: LintEngine, time_limit: float | None, readers: ReadProcesses | None = None) -> None:
        self.engine = engine
        self.time_limit = time_limit
        self.readers = readers or ReadProcesses()
        self.queue = LintQueue()
        # Threads that wait for the reader processes (a wait holds its thread; the processes bound the work).
        self._waiting = ThreadPoolExecutor(max_workers=8, thread_name_prefix="klarlint-read")

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._waiting, self.readers.start)
        await asyncio.wrap_future(self.queue.submit(0, self._warm_up))

    def _warm_up(self) -> None:
        self.engine.load()
        self.engine.lint(LintRequest("Start."))  # loads the model, the rules and the word lists once

    def deadline(self) -> float | None:
        return time.monotonic() + self.time_limit if self.time_limit else None

    async def run(self, request: LintRequest) -> FileReport:
        """Lint on the worker thread; :class:`LintTimeout` when the time limit passes (queue time and reading
        included), :class:`ServerBusy` when that time went mostly to waiting."""
        deadline = self.deadline()
        clock = WorkClock()
        try:
            document = None
            if reads_apart(request.source):
                config = self.engine.config(request)  # an unknown profile is a bad request, said before the read
                document = await self._read(request, config.alt_text, deadline, clock)
            size = len(document.source if document is not None else request.source)
            job = self.queue.submit(size, self._lint, request, deadline, document, clock, self._pause(size, clock))
            return await _within(asyncio.wrap_future(job), deadline)
        except LintTimeout:
            raise self._timed_out(clock) from None

    def _lint(
        self,
        request: LintRequest,
        deadline: float | None,
        document: Document | None,
        clock: WorkClock,
        pause: Callable[[], None] | None,
    ) -> FileReport:
        clock.start()
        try:
            return self.engine.lint(request, deadline, document, pause)
        finally:
            clock.stop()

    async def read(self, request: LintRequest) -> Document:
        """Only read a request's document (for /api/extract), in a reader process, within the time limit."""
        if not reads_apart(request.source):
            return read_document(request.source, request.format, request.name, False)
        clock = WorkClock()
        try:
            return await self._read(request, False, self.deadline(), clock)
        except LintTimeout:
            raise self._timed_out(clock) from None

    async def _read(self, request: LintRequest, alt_text: bool, deadline: float | None, clock: WorkClock) -> Document:
        future = asyncio.get_running_loop().run_in_executor(
            self._waiting, self.readers.read, request.source, request.format, request.name, alt_text, deadline, clock
        )
        try:
            return await _within(future, deadline)
        except ReadTimeout:
            raise LintTimeout from None

    def _timed_out(self, clock: WorkClock) -> LintTimeout:
        """What the time limit's passing says: the text took too long, or the server was busy (the request was
        worked on for less than :data:`BUSY_SHARE` of its time)."""
        if self.time_limit and clock.seconds() >= self.time_limit * BUSY_SHARE:
            return LintTimeout()
        return ServerBusy()

    async def word_copy(self, request: LintRequest, suggest: bool, ignored: frozenset[tuple[str, str]]) -> bytes:
        """The uploaded .docx (``request.source``) reviewed as ``klarlint FILE.docx --annotate`` (``suggest``:
        ``--suggest``) writes it, without the findings the writer ignored (rule, words); the time limit as
        :meth:`run`'s. The read and the copy are made in reader processes (a hostile file is killed there, at the
        deadline, and its memory goes with the process); the lint lets short texts through at its pauses as
        :meth:`run`'s does: a big copy had held every other check for up to 30 s (hostile re-test s48 W1)."""
        deadline = self.deadline()
        clock = WorkClock()
        try:
            self.engine.config(request)  # an unknown profile is a bad request, said before the read
            document = await self._read(request, False, deadline, clock)  # as the CLI's copy reads: no alt text
            size = len(document.source)
            job = self.queue.submit(size, self._lint, request, deadline, document, clock, self._pause(size, clock))
            report = await _within(asyncio.wrap_future(job), deadline)
            # The page's ignore (LanguageTool's): the same rule on the same words everywhere
            report.findings = [f for f in report.findings if (f.rule, f.text) not in ignored]
            copy = asyncio.get_running_loop().run_in_executor(
                self._waiting, self.readers.word_copy, request.source, request.name, document, report, suggest,
                deadline, clock,
            )  # fmt: skip
            try:
                return await _within(copy, deadline)
            except ReadTimeout:
                raise LintTimeout from None
        except LintTimeout:
            raise self._timed_out(clock) from None

    def _pause(self, size: int, clock: WorkClock) -> Callable[[], None] | None:
        """What a lint of ``size`` characters does at its pauses: a long one runs the short lints waiting."""
        if size <= SHORT_CHARS:
            return None

        def pause() -> None:  # the short lints' time is not this lint's work
            clock.lend(self.queue.run_short())

        return pause

    def close(self) -> None:
        self.queue.shutdown()
        self._waiting.shutdown(wait=False, cancel_futures=True)
        self.readers.close()


async def _within(future: asyncio.Future[Any], deadline: float | None) -> Any:
    """The future's result, or :class:`LintTimeout` a second after the deadline (the lint stops itself at its
    deadline, and a read is killed at it; the extra second covers one batch of tagging)."""
    if deadline is None:
        return await future
    try:
        return await asyncio.wait_for(asyncio.shield(future), timeout=max(0.0, deadline - time.monotonic()) + 1.0)
    except TimeoutError:
        # Nobody awaits the future now; unread, its exception (the lint's own LintTimeout, as a rule) was logged
        # with a traceback as "Future exception was never retrieved", one per 503 (re-test s46).
        future.add_done_callback(_read_outcome)
        raise LintTimeout from None


def _read_outcome(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


__all__ = ["KlarlintError", "LintEngine", "LintQueue", "LintRequest", "LintTimeout", "LintWorker", "ServerBusy"]
