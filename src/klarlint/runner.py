"""Lint a list of paths the way the CLI does: expand folders, find configs, read stdin, use all cores.

Many files are linted by a pool of worker processes (``--jobs``). A worker gets
nothing but a path and the run's options; it returns a :class:`FileReport`. The
reports are put back in the order of a serial run, so the output never depends
on the number of workers.

Where the platform can fork (Linux), the main process loads the Swedish model
once and the workers are forked from it: they share the loaded model and start
in milliseconds. Spawned workers (elsewhere) each import spaCy and load the
model, about a second and a half of both cores at the start of a run, which is
what kept two workers well under twice as fast on a two-core machine. Starting
workers still costs something, so a single file, ``--jobs 1`` and (without
``--jobs``) a small amount of text stay in the calling process.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import multiprocessing
import os
import signal
import stat
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from klarlint.config import Config, find_config_file, load_config
from klarlint.errors import InputError, KlarlintError, os_reason
from klarlint.exclude import excluded
from klarlint.genre import parse as parse_genre
from klarlint.limits import Notice
from klarlint.linter import ActiveRule, active_rules, lint_document
from klarlint.readers import (
    FORMATS,
    MAX_FILE_BYTES,
    REVIEWED_COPY_SUFFIX,
    NotRead,
    read_bytes_as,
    read_path,
    read_text,
)
from klarlint.report import EXCLUDED_NOTICE, FileReport, Report
from klarlint.reporters import NOT_FILES
from klarlint.rules.base import RuleInfo, Severity
from klarlint.rules.registry import all_rules, still_named, unknown_ids, unknown_rule

STDIN_FORMATS = ("text", "markdown", "html")  # what --stdin-format accepts
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__"})
# A version-control folder holds the repository's own bookkeeping, never a document's current text (that is in the
# working tree): skipped without a word, or every `klarlint .` in a repository would print a line for .git.
VCS_DIRS = frozenset({".git", ".hg", ".svn"})
# Without --jobs, workers start only when there is at least this much to read: below it,
# starting workers (loading the model first; with spawn, once per worker) costs more than it saves.
MIN_BYTES_FOR_WORKERS = 512 * 1024
# When this many items have crashed their workers and none has ever succeeded, the workers
# themselves are broken (say, the model crashes while loading): the rest get an error at once.
MAX_CRASHES_WITHOUT_SUCCESS = 3

log = logging.getLogger("klarlint")
Item = TypeVar("Item")
Result = TypeVar("Result")


@dataclass(frozen=True)
class RunOptions:
    """The run's settings; picklable, since worker processes get a copy."""

    config_file: Path | None = None
    fail_on: str | None = None
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    profile: str | None = None  # --profile: replaces the config file's profile
    genre: str | None = None  # --genre: the kind of text (klarlint.genre), instead of recognising it
    stdin_format: str = "text"
    jobs: int | None = None  # worker processes; None: all cores when there is enough text
    backend: str | None = None  # --backend: replaces the config file's backend
    changed_since: str | None = None  # --changed-since REF: only files git lists as changed since REF


class Listener(Protocol):
    """Who is told of each file as the run goes on (klarlint.output.Live): the number of files, then each report in
    the order of the files, the moment it and every file before it are done."""

    def start(self, total: int) -> None: ...

    def file_done(self, report: FileReport) -> None: ...


def run(paths: list[str], options: RunOptions, listener: Listener | None = None) -> tuple[Report, Severity]:
    """Lint every path; returns the report and the severity that makes the run fail."""
    if options.jobs is not None and options.jobs < 1:
        raise KlarlintError(f"--jobs ska vara minst 1 (fick {options.jobs})")
    parse_genre(options.genre, "--genre")  # a usage error before any file is read
    if options.stdin_format not in STDIN_FORMATS:
        raise KlarlintError(f"okänt värde för --stdin-format: {options.stdin_format!r} (text, markdown eller html)")
    settings = _Settings(options)
    base = settings.for_path(Path.cwd())
    threshold = _threshold(options.fail_on, base[0])
    slots: list[FileReport | Path] = []
    for target, selected in selected_paths(paths, options, settings):
        if target == "-":
            slots.append(_with_fail_on(_lint_stdin(options.stdin_format, *base, options.jobs), threshold))
        else:
            slots.extend(selected)
    files = [slot for slot in slots if isinstance(slot, Path)]
    jobs = worker_count(options.jobs, files)
    linted: Iterator[FileReport]
    if jobs > 1:
        linted = iter_lint_in_workers(files, options, jobs)
    else:  # one file at a time here: a long one may share its analysis among the cores
        cores = options.jobs or available_cores()
        linted = (_lint_path(path, *settings.for_path(path), jobs=cores) for path in files)
    if listener is not None:
        listener.start(len(slots))
    reports: list[FileReport] = []
    with contextlib.closing(linted):  # Ctrl-C while a file is printed: the workers stop here, not at exit
        for slot in slots:
            reports.append(
                _with_fail_on(next(linted), settings.threshold_for(slot)) if isinstance(slot, Path) else slot
            )
            if listener is not None:
                listener.file_done(reports[-1])
    report = Report(reports)
    report.rules = settings.rule_infos()
    # the folders read whole, where a baseline's entry of a file that no longer exists is known to be gone
    # (klarlint.baseline.gone); with --changed-since none is
    report.read_folders = (  # type: ignore[attr-defined]
        () if options.changed_since is not None else tuple(_read_folders(paths, reports))
    )
    return report, threshold


def _read_folders(paths: list[str], reports: list[FileReport]) -> Iterator[Path]:
    """The folders named on the command line that were walked (a folder that could not be read is an error)."""
    failed = {r.path for r in reports if r.error}
    for target in dict.fromkeys(paths):
        if target != "-" and target.strip() and target not in failed and Path(target).is_dir():
            yield Path(target)


def selected_paths(
    paths: list[str], options: RunOptions, settings: _Settings
) -> Iterator[tuple[str, list[Path | FileReport]]]:
    """Each command-line path with the files it selects: each checked against its nearest config's ``exclude`` and
    ``--changed-since``, and what cannot be linted as a report. A lint and ``--fix``/``--diff``/``--suggest`` take
    the same files (``--fix`` had rewritten excluded and unchanged files a lint left alone). ``-`` selects nothing
    (stdin is the caller's)."""
    changed = _Changed(options.changed_since) if options.changed_since is not None else None
    if paths.count("-") > 1:  # the second read had found stdin empty and reported an empty text
        raise KlarlintError("- (stdin) kan bara anges en gång")
    seen: set[Path] = set()
    for target in paths:
        if target == "-":
            yield target, []
        elif not target.strip():  # an unset variable (*klarlint "$DOCS" --fix*) had meant the working folder
            yield target, [FileReport(repr(target), error="en tom sökväg är ingen fil eller mapp")]
        else:
            try:
                files = _once(_files_of(Path(target), settings), seen)
                yield target, [p for p in files if changed is None or not isinstance(p, Path) or changed.has(p)]
            except InputError as exc:  # a missing path is that path's error; the other paths are still linted
                yield target, [FileReport(target, error=str(exc))]


class _Changed:
    """``--changed-since``: the files git lists as changed, asked of the repository each linted path is in (*klarlint
    repo/docs --changed-since base* from outside the repository had said "not a git repository")."""

    def __init__(self, ref: str) -> None:
        from klarlint.baseline import check_ref

        check_ref(ref)  # a ref like -p is refused before anything is read
        self.ref = ref
        self.by_folder: dict[Path, set[Path]] = {}

    def has(self, path: Path) -> bool:
        from klarlint.baseline import changed_files

        key = _repository_of(path.resolve().parent)
        if key not in self.by_folder:  # git is asked once per repository, not once per folder of a walk
            self.by_folder[key] = changed_files(self.ref, key)
        return path.resolve() in self.by_folder[key]


def _repository_of(folder: Path) -> Path:
    """The top of the git work tree ``folder`` is in (where ``.git`` is), else the working directory."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return Path.cwd()


def _once(files: Iterator[Path | FileReport], seen: set[Path]) -> Iterator[Path | FileReport]:
    """Each file once, as first named: *bad.txt bad.txt ./bad.txt* (or a file and its folder) had reported it
    three times. Compared by absolute path with links as they are: a link is a page of its own (a site's
    *inne.txt* beside the *a.txt* it points to is linted, and reported, under its own name)."""
    for path in files:
        if isinstance(path, Path):
            key = Path(os.path.abspath(path))
            if key in seen:
                continue
            seen.add(key)
        yield path


def _files_of(target: Path, settings: _Settings) -> Iterator[Path | FileReport]:
    """The files to lint under ``target``, each checked against its own nearest config's ``exclude``,
    and reports of what could not be read or was skipped (see :func:`walk`).

    The folder's own config (found from the folder, not from the working directory) decides what is
    excluded; a file deeper down with a config of its own is checked against that one too. A broken
    config stops the run here, before any worker starts.
    """
    try:
        exists = target.exists()
    except OSError:  # in a folder that cannot be read: walk reports it
        exists = False
    config = settings.for_path(target)[0] if exists else None
    patterns = config.exclude if config else ()
    if config is not None and patterns:
        # A file named on the command line obeys its config's exclude too (as ruff's force-exclude): pre-commit
        # names every staged file, never a folder, so docs/arkiv/old.md had been linted and the commit refused
        # though klarlint.toml excluded docs/arkiv/.
        root = _config_root(config)
        folder = target.is_dir()
        if root is not None and (
            _excluded_folder(target, patterns, root) if folder else excluded(target, patterns, [root])
        ):
            # ... and says so: *klarlint arkiv/gammal.md* had printed "0 anmärkningar i 0 filer" and JSON no entry,
            # no reason given (CI tester s43 §5). Not counted for --fail-on info (Report.fails): a commit that
            # stages an excluded page must pass as *klarlint .* does. A named folder the config leaves out is said
            # the same way (retest s43 C: *klarlint build/* with exclude = ["build/"] had been *no-files*, which
            # failed --fail-on info, where *klarlint build/out.md* passed).
            what = "mappen undantas" if folder else "undantas"
            shown = config.shown_source("konfigurationen")
            notice = Notice(EXCLUDED_NOTICE, f"hoppades över: {what} av exclude i {shown}")
            yield FileReport(str(target), skipped=True, notices=[notice])
            return
    anything = False
    for path in walk(target, patterns, _config_root(config) if config else None):
        if isinstance(path, FileReport):
            anything = True
            yield path
            continue
        own = settings.for_path(path)[0]
        if own is not config and own.exclude and target.is_dir() and excluded(path, own.exclude, [_config_root(own)]):
            continue
        anything = True
        yield path
    if not anything:
        # a CI path into an empty build folder had passed green with "0 anmärkningar i 0 filer" (s43 §5); a
        # notice counts as info, as every notice does
        notice = Notice(
            "no-files", "mappen har inga filer att granska (inga .txt, .md, .html, .docx eller .pdf utanför exclude)"
        )
        yield FileReport(str(target), skipped=True, notices=[notice])


def _excluded_folder(folder: Path, patterns: tuple[str, ...], root: Path) -> bool:
    """Whether ``exclude`` leaves out the folder itself: a pattern for it (*/arkiv*), for a folder above it, or a
    folder pattern (*build/*, which matches what lies in a build folder, as .gitignore reads it)."""
    if folder.resolve() == root.resolve():  # the config's own folder (*klarlint .*): exclude = [".*"] matches "."
        return False
    as_folder = tuple(pattern.strip().rstrip("/") for pattern in patterns if pattern.strip().endswith("/"))
    return excluded(folder, patterns, [root]) or excluded(folder, tuple(p for p in as_folder if p), [root])


def _with_fail_on(report: FileReport, fail_on: Severity) -> FileReport:
    report.fail_on = fail_on
    return report


def _lint_stdin(fmt: str, config: Config, rules: list[ActiveRule], jobs: int | None = None) -> FileReport:
    """Standard input as bytes, under the same size limit and decoding as a file."""
    if sys.stdin is None:  # started with stdin closed (`klarlint - <&-`): Python leaves no stream at all
        return FileReport("<stdin>", error="<stdin>: inmatningen är stängd, det finns ingen text att läsa")
    try:
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    except OSError as exc:  # a descriptor opened for writing only: EBADF, whose system words are English
        reason = "inte öppen för läsning" if exc.errno == errno.EBADF else os_reason(exc)
        return FileReport("<stdin>", error=f"<stdin>: inmatningen kan inte läsas ({reason})")
    try:
        if len(data) > MAX_FILE_BYTES:
            raise InputError(f"<stdin>: texten är för stor (gränsen är {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        if data.strip():
            document = read_bytes_as(data, fmt, "<stdin>", alt_text=config.alt_text)
        else:
            document = read_text("", fmt, "<stdin>", alt_text=config.alt_text)
    except InputError as exc:
        return FileReport("<stdin>", error=str(exc))
    return lint_document(document, config, rules=rules, jobs=jobs or available_cores())


def worker_count(requested: int | None, files: Sequence[Path]) -> int:
    """How many worker processes to use; 1 means: lint in this process."""
    if len(files) < 2:
        return 1
    if requested is not None:
        return min(requested, len(files))
    if _total_bytes(files) < MIN_BYTES_FOR_WORKERS:
        return 1
    return min(available_cores(), len(files))


def available_cores() -> int:
    """Cores this process may run on (fewer than ``os.cpu_count()`` under taskset or a CPU-limited container)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def lint_in_workers(files: Sequence[Path], options: RunOptions, jobs: int) -> list[FileReport]:
    """Lint ``files`` in ``jobs`` worker processes; reports in the order of ``files``."""
    return list(iter_lint_in_workers(files, options, jobs))


def iter_lint_in_workers(files: Sequence[Path], options: RunOptions, jobs: int) -> Iterator[FileReport]:
    """:func:`lint_in_workers`, each report as soon as it and the ones before it are done."""
    start_method = worker_start_method()
    if start_method == "fork":
        _load_model_for_workers(options)
        sys.stdout.flush()  # a forked worker flushes its copy of these buffers when it exits
        sys.stderr.flush()
    return iter_in_workers(
        _lint_in_worker,
        list(files),
        jobs,
        initializer=_init_worker,
        initargs=(options,),
        on_crash=_crash_report,
        start_method=start_method,
    )


def worker_start_method() -> str:
    """``fork`` on Linux (workers inherit the loaded model), else ``spawn``.

    macOS lists fork too, but forking there is unsafe once system frameworks have
    started threads, which is why Python made spawn its default there.
    """
    return "fork" if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _load_model_for_workers(options: RunOptions) -> None:
    """Load the model in this process before forking, so no worker loads its own.

    A model that fails to load is left to the workers: their initializer records the
    error and the first file reports it, exactly as with spawned workers.
    """
    from klarlint.linter import default_backend

    with contextlib.suppress(KlarlintError):
        default_backend(_Settings(options).for_path(Path.cwd())[0])


class _Settings:
    """Effective config and active rules per config file, loaded once per run (and per worker)."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.loaded: dict[Path | None, tuple[Config, list[ActiveRule]]] = {}

    def for_path(self, path: Path) -> tuple[Config, list[ActiveRule]]:
        config_file = self.options.config_file or find_config_file(path)
        if config_file not in self.loaded:
            config = load_config(config_file)
            _check_cli_rules(config, self.options)
            config = _with_cli(config, self.options)
            self.loaded[config_file] = (config, active_rules(config))
        return self.loaded[config_file]

    def threshold_for(self, path: Path) -> Severity:
        """The severity that makes ``path`` fail: ``--fail-on``, else its nearest config's ``fail_on``."""
        return _threshold(self.options.fail_on, self.for_path(path)[0])

    def rule_infos(self) -> list[RuleInfo]:
        """Every rule that ran under some config, once, in registry order."""
        infos: dict[str, RuleInfo] = {}
        for _config, rules in self.loaded.values():
            for active in rules:
                infos.setdefault(active.rule.info.id, active.rule.info)
        return list(infos.values())


def _lint_path(path: Path, config: Config, rules: list[ActiveRule], jobs: int = 1) -> FileReport:
    report = _lint_file(path, config, rules, jobs)
    if report.path in NOT_FILES:  # a real file named <stdin>: reporters must not take it for standard input
        report.path = f"./{report.path}"
    return report


def _lint_file(path: Path, config: Config, rules: list[ActiveRule], jobs: int = 1) -> FileReport:
    try:
        document = read_path(path, alt_text=config.alt_text)
        return lint_document(document, config, rules=rules, jobs=jobs)
    except NotRead as exc:  # a named FIFO no one wrote to: skipped with the notice a folder's FIFO gets
        return _skipped(path, exc.reason)
    except InputError as exc:
        return FileReport(str(path), error=str(exc))
    except KlarlintError:
        raise
    except Exception as exc:  # a bug on one file must not hide the other files' findings
        if os.environ.get("KLARLINT_DEBUG"):
            raise
        log.debug("linting %s failed", path, exc_info=True)
        return FileReport(str(path), error=f"{path}: internt fel när filen granskades: {exc}")


# --- worker processes -------------------------------------------------------------------------


def worker_signals() -> None:
    """A worker ignores Ctrl-C (the main process's business) and dies at once on SIGTERM. A forked worker had
    inherited the CLI's SIGTERM handler (sys.exit); raised inside a ``__del__``, that SystemExit was only printed
    ("Exception ignored in … SystemExit: 143"), the worker lived on waiting for work, and the stopped run's exit
    waited for it for ever (session 43, the CI tester: one SIGTERM run in about 14 hung, one SIGINT run in 10
    printed the traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


_worker_settings: _Settings | None = None
_worker_failure: KlarlintError | None = None


def _init_worker(options: RunOptions) -> None:
    """Load the model and the configs once per worker; Ctrl-C is the main process's business."""
    global _worker_settings, _worker_failure
    worker_signals()
    try:
        from klarlint.linter import default_backend

        _worker_settings = _Settings(options)
        default_backend(_worker_settings.for_path(Path.cwd())[0])
    except KlarlintError as exc:  # reported by the first file, so the run stops with this message
        _worker_failure = exc


def _lint_in_worker(path: Path) -> FileReport:
    if _worker_failure is not None:
        raise _worker_failure
    assert _worker_settings is not None, "the worker initializer did not run"
    return _lint_path(path, *_worker_settings.for_path(path))


def _crash_report(path: Path) -> FileReport:
    return FileReport(
        str(path),
        error=f"{path}: granskningen kraschade (arbetsprocessen avslutades oväntat, till exempel av minnesbrist)",
    )


def map_in_workers(
    func: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    *,
    on_crash: Callable[[Item], Result],
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    start_method: str = "spawn",
) -> list[Result]:
    """``[func(item) for item in items]`` in ``jobs`` worker processes, in input order (see :func:`iter_in_workers`)."""
    results = iter_in_workers(
        func, items, jobs, on_crash=on_crash, initializer=initializer, initargs=initargs, start_method=start_method
    )
    with contextlib.closing(results):
        return list(results)


def iter_in_workers(
    func: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    *,
    on_crash: Callable[[Item], Result],
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    start_method: str = "spawn",
) -> Iterator[Result]:
    """``func(item)`` for each item in ``jobs`` worker processes, yielded in input order as soon as an item and all
    before it are done (a folder run had printed nothing until its last file); only what finished out of order
    waits. Closing the generator (Ctrl-C in the caller) stops the workers at once.

    At most ``jobs`` calls are in flight at a time, so when a worker dies hard (a crash
    in C code, the out-of-memory killer) the suspects are known: the items in flight.
    Each suspect is retried alone in a fresh worker, so only the item that kills its
    worker gets ``on_crash(item)``; the other items are linted as usual. Exceptions
    ``func`` raises are passed on to the caller.
    """
    results: dict[int, Result] = {}
    crashed: set[int] = set()
    pending = deque(range(len(items)))
    pool = _PoolSpec(func, items, results, initializer, initargs, start_method)
    given = 0  # results yielded so far

    def ready() -> Iterator[Result]:
        nonlocal given
        while given in results:
            given += 1
            yield results[given - 1]

    while pending:
        batch = _run_pool(pool, pending, jobs)
        try:
            while True:
                try:
                    next(batch)
                except StopIteration as stop:
                    suspects: list[int] = stop.value
                    break
                yield from ready()
        finally:
            batch.close()  # a no-op when it finished; else (the caller stopped) its workers are stopped
        for index in suspects:
            if _hopeless(results, crashed) or _outcome(_run_pool(pool, deque([index]), 1)):
                crashed.add(index)
                results[index] = on_crash(items[index])
        if _hopeless(results, crashed):
            log.error("worker processes keep crashing; giving up on %d more items", len(pending))
            while pending:
                index = pending.popleft()
                crashed.add(index)
                results[index] = on_crash(items[index])
        yield from ready()
    yield from ready()


def _outcome(batch: Generator[None, None, list[int]]) -> list[int]:
    """Run a :func:`_run_pool` generator to its end: the items in flight when its pool broke."""
    with contextlib.closing(batch):
        while True:
            try:
                next(batch)
            except StopIteration as stop:
                return stop.value


def _hopeless(results: dict[int, Any], crashed: set[int]) -> bool:
    return len(crashed) >= MAX_CRASHES_WITHOUT_SUCCESS and len(results) == len(crashed)


@dataclass(frozen=True)
class _PoolSpec:
    """What every pool of one :func:`map_in_workers` call runs, and where the results go."""

    func: Callable[[Any], Any]
    items: Sequence[Any]
    results: dict[int, Any]
    initializer: Callable[..., Any] | None
    initargs: tuple[Any, ...]
    start_method: str


def _run_pool(spec: _PoolSpec, pending: deque[int], jobs: int) -> Generator[None, None, list[int]]:
    """Work through ``pending`` in one pool, yielding after each result (so the caller can pass on what is ready);
    returns the items in flight if the pool broke (an empty list if it did not)."""
    func, items, results = spec.func, spec.items, spec.results
    executor = ProcessPoolExecutor(
        max_workers=min(jobs, len(pending)),
        mp_context=multiprocessing.get_context(spec.start_method),
        initializer=spec.initializer,
        initargs=spec.initargs,
    )
    in_flight: dict[Future[Result], int] = {}
    try:
        while pending or in_flight:
            while pending and len(in_flight) < jobs:
                index = pending.popleft()
                try:
                    in_flight[executor.submit(func, items[index])] = index
                except BrokenProcessPool:
                    pending.appendleft(index)
                    return sorted(in_flight.values())
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                try:
                    results[in_flight[future]] = future.result()
                except BrokenProcessPool:
                    broken = True
                    continue
                del in_flight[future]
            if broken:
                return sorted(in_flight.values())
            yield None
        return []
    except BaseException:  # Ctrl-C, SIGTERM (docker stop, a CI timeout), the caller stopped: the workers go too
        if in_flight:  # idle workers (the caller took the last result and stopped) end cleanly: terminated while
            _stop_workers(executor)  # waiting for work, they had printed a worker's EOFError traceback
        raise
    finally:
        _shut_down(executor, wait=not in_flight)


def _shut_down(executor: ProcessPoolExecutor, *, wait: bool) -> None:
    """Shut the pool down and let its manager thread end. Left running (the workers stopped, the pool broken), it
    raced Python's exit hook for its wake-up pipe: a Ctrl-C run now and then ended with a "Bad file descriptor"
    traceback (the clean-clone CI, session 42). The join is bounded, since a full ``shutdown(wait=True)`` after
    stopping the workers hung one run in five. ``_executor_manager_thread`` is private, as ``_processes``."""
    manager = getattr(executor, "_executor_manager_thread", None)
    executor.shutdown(wait=wait, cancel_futures=True)
    if manager is not None:
        manager.join(timeout=5)


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    """Terminate the pool's processes: on SIGTERM they had lived on as orphans, each finishing its file and holding
    its model's memory. ``_processes`` is private, but the executor offers no public way to stop a running call."""
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()


def _check_cli_rules(config: Config, options: RunOptions) -> None:
    """An unknown rule in --enable/--disable is the command line's mistake, not the configuration's."""
    if not options.enable and not options.disable:
        return
    for rule_id in sorted(options.enable & options.disable):  # which should win had depended on the code's order
        raise KlarlintError(f"--enable och --disable nämner båda {rule_id!r}: välj det ena")
    rules = all_rules(config.rules_path)
    for flag, ids in (("--enable", options.enable), ("--disable", still_named(options.disable))):
        for rule_id in unknown_ids(ids, rules):
            raise KlarlintError(f"{flag}: {unknown_rule(rule_id, rules)} (se klarlint rules)")


def _with_cli(config: Config, options: RunOptions) -> Config:
    return config.with_overrides(
        disable=(config.disable | options.disable) - options.enable,
        enable=config.enable | options.enable,
        profile=options.profile,
        backend=options.backend,
        genre=parse_genre(options.genre, "--genre"),
    )


def _config_root(config: Config) -> Path | None:
    """The folder ``exclude`` patterns are relative to, as in .gitignore: the config file's."""
    return config.source.parent if config.source else None


def _threshold(fail_on: str | None, config: Config) -> Severity:
    if fail_on is None:
        return config.fail_on
    try:
        return Severity(fail_on)
    except ValueError:
        from klarlint.config import severity_choices

        raise KlarlintError(f"okänt värde för --fail-on: {fail_on!r} ({severity_choices(fail_on)})") from None


def _total_bytes(files: Sequence[Path], enough: int = MIN_BYTES_FOR_WORKERS) -> int:
    total = 0
    for path in files:
        try:
            total += path.stat().st_size
        except OSError:
            continue
        if total >= enough:
            break
    return total


def expand(target: Path, exclude: tuple[str, ...] = (), root: Path | None = None) -> Iterator[Path]:
    """The files :func:`walk` lints, without its reports of what it skipped."""
    for item in walk(target, exclude, root):
        if isinstance(item, Path):
            yield item


def walk(target: Path, exclude: tuple[str, ...] = (), root: Path | None = None) -> Iterator[Path | FileReport]:
    """A file as itself; a folder as its lintable files, sorted, minus excluded patterns.

    ``exclude`` holds .gitignore-style patterns (see :mod:`klarlint.exclude`), relative to
    ``root`` (the config file's folder) and to ``target``. Word's lock files (``~$rapport.docx``,
    there while the document is open) are not documents and are skipped, nor are klarlint's own reviewed copies
    (``rapport.klarlint.docx``: a second ``--annotate`` of a folder had linted and annotated them again).

    What cannot be linted is reported, never dropped: a folder that cannot be read is an
    error (exit 2); in a folder, a link that leads out of it (``docs/passwd.md`` →
    ``/etc/passwd``), a dangling link, a link loop and anything that is no regular file
    (a FIFO would block the run) are skipped with a notice. A file the user names is read
    wherever it is.
    """
    try:
        mode = target.stat().st_mode
    except OSError as exc:
        yield _missing(target, exc)
        return
    if not stat.S_ISDIR(mode):
        yield target
        return
    roots = [target] if root is None else [target, root]
    yield from _walk_folder(target, target.resolve(), exclude, roots)


def _missing(target: Path, exc: OSError) -> FileReport:
    if isinstance(exc, PermissionError):
        return FileReport(str(target), error=f"{target}: kan inte läsas (åtkomst nekad)")
    if exc.errno == errno.ELOOP:  # a link in a loop named on the command line (a folder's gets the same words)
        return FileReport(str(target), error=f"{target}: länken pekar i en slinga")
    if target.is_symlink():
        return FileReport(str(target), error=f"{target}: länken pekar på något som inte finns")
    return FileReport(str(target), error=f"{target}: filen eller mappen finns inte")


def _walk_folder(folder: Path, top: Path, exclude: tuple[str, ...], roots: list[Path]) -> Iterator[Path | FileReport]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        reason = os_reason(exc)
        yield FileReport(str(folder), error=f"{folder}: mappen kan inte läsas ({reason})")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name in SKIPPED_DIRS and entry.is_dir(follow_symlinks=False):
            if entry.name not in VCS_DIRS and _holds_lintable(path):  # an archive's venv had vanished without a word
                yield _told_apart(path)
            continue
        if entry.name.startswith("~$") or entry.name.lower().endswith(REVIEWED_COPY_SUFFIX):
            continue
        lintable = path.suffix.lower() in FORMATS and not excluded(path, exclude, roots)
        if entry.is_symlink():
            problem = _link_problem(path, top)
            if problem is None and entry.is_file() and lintable:
                yield path
            elif problem is not None and (lintable or problem[1]):
                yield _skipped(path, problem[0])
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_folder(path, top, exclude, roots)
        elif lintable:
            if entry.is_file(follow_symlinks=False):
                yield path
            else:
                yield _skipped(path, "är ingen vanlig fil (till exempel en FIFO eller en enhet) och lästes inte")


def _link_problem(path: Path, top: Path) -> tuple[str, bool] | None:
    """Why a link in a linted folder is not followed (and whether a folder's link is worth a word), or None."""
    try:
        resolved = path.resolve(strict=True)
    except FileNotFoundError:
        return "länken pekar på något som inte finns", False
    except (OSError, RuntimeError):  # ELOOP; RuntimeError on Python before 3.13
        return "länken pekar i en slinga", False
    if not resolved.is_relative_to(top):
        return f"länken pekar utanför mappen som granskas ({resolved}) och följdes inte", resolved.is_dir()
    if resolved.is_dir() and path.parent.resolve().is_relative_to(resolved):
        # A folder's link inside the tree is never followed (its folder is walked where it is), so nothing of the
        # text is lost; but one back to a folder it lies in is a loop, which README's skipped-file promises a word
        # for (sub/self -> ../sub had been left out silently).
        return "länken pekar i en slinga (på en mapp den själv ligger i) och följdes inte", True
    return None


def _holds_lintable(folder: Path, most: int = 2000) -> bool:
    """Whether ``folder`` holds a file of a format klarlint reads, looking at no more than ``most`` entries (a
    node_modules of 100,000 files is not walked to say so); when it cannot tell within them, True."""
    seen = 0
    pending = [folder]
    while pending:
        try:
            with os.scandir(pending.pop()) as scan:
                for entry in scan:
                    seen += 1
                    if seen > most:
                        return True
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(Path(entry.path))
                    elif Path(entry.name).suffix.lower() in FORMATS:
                        return True
        except OSError:
            continue  # what cannot be read inside a folder klarlint skips anyway is not worth a word
    return False


def _told_apart(folder: Path) -> FileReport:
    """The notice of a folder of SKIPPED_DIRS that holds files klarlint reads. As an excluded file's, it never
    fails a run (Report.fails): the name says it is a tool's folder, and --fail-on info must pass in a repository."""
    reason = (
        f"mappen {folder.name} är en programmapp (versionshantering, paket, cache) och granskas inte i en mapp; "
        f"ange den själv för att granska den"
    )
    return FileReport(str(folder), skipped=True, notices=[Notice(EXCLUDED_NOTICE, f"hoppades över: {reason}")])


def _skipped(path: Path, reason: str) -> FileReport:
    return FileReport(str(path), skipped=True, notices=[Notice("skipped-file", f"hoppades över: {reason}")])
