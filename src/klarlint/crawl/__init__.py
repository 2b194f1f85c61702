"""``klarlint crawl URL``: lint a web site's pages as they are published.

A thin shell over the library: :mod:`klarlint.crawl.fetch` fetches the pages (in
a background thread with its own event loop), and every page goes through the
same reader and :func:`klarlint.linter.lint_document` call as a file on disk,
with the same config and rules. Findings point at the page's URL: it is the
report's path. Linting runs in this process, or in ``--jobs`` forked worker
processes, while the next pages download.

With a cache (the default, under ``~/.cache/klarlint/crawl``), each page's
validators, content hash and findings are stored, so the next run asks the server
whether a page changed and re-lints only the pages that did.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import queue
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from klarlint.config import Config
from klarlint.crawl.cache import Cache, Entry, default_cache_dir, fingerprint
from klarlint.crawl.fetch import Counts, CrawlOptions, Page, Problem, crawl
from klarlint.crawl.serialize import report_from_data, report_to_data
from klarlint.errors import InputError, KlarlintError
from klarlint.limits import Notice
from klarlint.linter import ActiveRule, lint_document
from klarlint.report import FileReport, Report
from klarlint.runner import RunOptions, _Settings

__all__ = ["CrawlOptions", "CrawlResult", "crawl_site"]
_DONE = object()


@dataclass
class CrawlResult:
    report: Report
    counts: Counts
    linted: int = 0  # pages linted in this run
    reused: int = 0  # pages whose cached findings were used (not changed since the last run)
    notes: list[str] = field(default_factory=list)  # addresses not linted, and why (not errors)
    config: Config | None = None  # the config the pages were linted with (for --fail-on's default)

    def summary(self) -> str:
        parts = [f"{self.linted + self.reused} sidor granskade ({self.reused} oförändrade sedan förra körningen)"]
        if self.counts.robots:
            parts.append(f"{self.counts.robots} stoppade av robots.txt")
        if self.counts.not_text:
            parts.append(f"{self.counts.not_text} var inte HTML, PDF eller Word")
        if self.counts.limited:
            parts.append(f"{self.counts.limited} hoppades över (--max-pages)")
        return ", ".join(parts)


def crawl_site(
    options: CrawlOptions,
    run_options: RunOptions,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
) -> CrawlResult:
    """Crawl and lint a site; raises :class:`KlarlintError` for bad options or a broken config."""
    if not options.start.startswith(("http://", "https://")) or not urlsplit(options.start).hostname:
        raise KlarlintError(f"{options.start}: ange en webbadress som börjar med http:// eller https://")
    timeout_ok = math.isfinite(options.timeout) and options.timeout > 0  # nan and inf had been taken
    if options.max_pages < 1 or options.concurrency < 1 or not timeout_ok or options.retries < 0:
        raise KlarlintError("--max-pages, --concurrency och --timeout ska vara större än 0, --retries minst 0")
    if options.rate is not None and not (math.isfinite(options.rate) and options.rate > 0):
        raise KlarlintError("--rate ska vara större än 0")
    if options.max_depth is not None and options.max_depth < 0:
        raise KlarlintError("--max-depth ska vara minst 0 (0: bara startsidan)")
    settings = _Settings(run_options)
    config, rules = settings.for_path(Path.cwd())
    cache = Cache(cache_dir or default_cache_dir(), fingerprint(config, rules), options.headers) if use_cache else None
    jobs = run_options.jobs or 1
    if jobs < 1:
        raise KlarlintError(f"--jobs ska vara minst 1 (fick {jobs})")
    linter = _Linter(config, rules, run_options, jobs)
    try:
        result = _run(options, cache, linter, _show_progress(progress))
    finally:
        linter.close()
    result.report.rules = settings.rule_infos()
    result.config = config
    return result


def _show_progress(progress: bool | None) -> bool:
    return sys.stderr.isatty() if progress is None else progress


def _run(options: CrawlOptions, cache: Cache | None, linter: _Linter, show_progress: bool) -> CrawlResult:
    items: queue.Queue[object] = queue.Queue()
    outcome: dict[str, object] = {}

    def fetch() -> None:
        try:
            outcome["counts"] = crawl(options, cache, items.put)
        except BaseException as exc:  # handed to the main thread, which reports it
            outcome["error"] = exc
        finally:
            items.put(_DONE)

    thread = threading.Thread(target=fetch, name="klarlint-crawl", daemon=True)
    reports: dict[str, FileReport] = {}
    result = CrawlResult(Report(), Counts())
    with _progress(show_progress) as advance:
        thread.start()
        for item in iter(items.get, _DONE):
            if isinstance(item, Problem):
                if item.error:
                    reports[item.url] = FileReport(item.url, error=item.message)
                else:
                    result.notes.append(item.message)
                    if item.named:
                        reports.setdefault(item.url, _not_read(item))
            elif isinstance(item, Page) and item.lint:
                _handle(item, cache, linter, reports, result)
            advance(len(reports) + len(linter.pending))
        for page, report in linter.finish():
            _store(page, report, cache)
            reports[page.url] = report
            advance(len(reports))
    thread.join()
    if "error" in outcome:
        raise KlarlintError(f"{options.start}: webbplatsen kunde inte granskas ({outcome['error']})")
    result.counts = outcome["counts"]  # type: ignore[assignment]
    result.report.files = [reports[url] for url in sorted(reports)]
    return result


def _not_read(problem: Problem) -> FileReport:
    """An address the crawl did not read, and why, as a skipped file of a folder is: named in every report (the
    site report had given only counts, or nothing: robots.txt, a redirect off the site, a document not read)."""
    reason = problem.message.removeprefix(f"{problem.url}: ")
    return FileReport(problem.url, skipped=True, notices=[Notice("skipped-file", reason)])


def _handle(page: Page, cache: Cache | None, linter: _Linter, reports: dict[str, FileReport], result) -> None:
    if page.body is None and page.entry is not None and page.entry.report is not None:
        # (Cache.get gives no entry whose report cannot be read: a damaged one is fetched whole and linted again.)
        reports[page.url] = page.entry.rebuilt or report_from_data(page.entry.report, page.url)
        result.reused += 1
        _store(page, reports[page.url], cache)
        return
    result.linted += 1
    done = linter.submit(page)
    if done is not None:
        _store(page, done, cache)
        reports[page.url] = done


def _store(page: Page, report: FileReport, cache: Cache | None) -> None:
    if cache is None or report.error or report.rule_errors or page.content_hash is None:
        return
    cache.put(
        Entry(
            url=page.url,
            fingerprint=cache.fingerprint,
            etag=page.etag,
            last_modified=page.last_modified,
            content_hash=page.content_hash,
            kind=page.kind,
            links=page.links,
            report=report_to_data(report),
        )
    )


@contextlib.contextmanager
def _progress(show: bool) -> Iterator:
    if not show:
        yield lambda done: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("Granskar webbplatsen: {task.completed} sidor"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("crawl", total=None)
        yield lambda done: bar.update(task, completed=done)


# --- linting pages -------------------------------------------------------------------------------


def lint_page(url: str, kind: str, body: bytes, charset: str | None, config: Config, rules: list[ActiveRule]):
    """One fetched page through the same reader and lint call as a file."""
    from klarlint.readers import read_bytes

    try:
        document = read_bytes(body, kind, url, charset=charset, alt_text=config.alt_text)
        return lint_document(document, config, rules=rules)
    except InputError as exc:
        return FileReport(url, error=str(exc))


class _Linter:
    """Lints pages here, or in forked worker processes (``--jobs``) that started before the crawl thread."""

    def __init__(self, config: Config, rules: list[ActiveRule], run_options: RunOptions, jobs: int) -> None:
        self.config, self.rules = config, rules
        self.pool: ProcessPoolExecutor | None = None
        self.pending: dict[Future[FileReport], Page] = {}
        if jobs > 1:
            from klarlint.runner import _load_model_for_workers, worker_start_method

            start_method = worker_start_method()
            if start_method == "fork":
                _load_model_for_workers(run_options)
            self.pool = ProcessPoolExecutor(
                jobs,
                mp_context=multiprocessing.get_context(start_method),
                initializer=_init_worker,
                initargs=(run_options,),
            )
            self.pool.submit(int).result()  # all workers start now, before the crawl thread does

    def submit(self, page: Page) -> FileReport | None:
        assert page.body is not None
        if self.pool is None:
            return lint_page(page.url, page.kind, page.body, page.charset, self.config, self.rules)
        self.pending[self.pool.submit(_lint_in_worker, page.url, page.kind, page.body, page.charset)] = page
        return None

    def finish(self) -> Iterator[tuple[Page, FileReport]]:
        for future, page in list(self.pending.items()):
            try:
                report = future.result()
            except Exception as exc:  # a crashed worker: this page's error, not the run's end
                report = FileReport(page.url, error=f"{page.url}: granskningen kraschade ({exc})")
            del self.pending[future]
            yield page, report

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


_worker_settings: _Settings | None = None


def _init_worker(run_options: RunOptions) -> None:
    global _worker_settings
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_settings = _Settings(run_options)


def _lint_in_worker(url: str, kind: str, body: bytes, charset: str | None) -> FileReport:
    assert _worker_settings is not None
    config, rules = _worker_settings.for_path(Path.cwd())
    return lint_page(url, kind, body, charset, config, rules)
