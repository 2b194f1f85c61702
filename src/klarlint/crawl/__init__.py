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
import hashlib
import math
import multiprocessing
import os
import queue
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from klarlint.config import Config
from klarlint.crawl.cache import Cache, Entry, default_cache_dir, fingerprint
from klarlint.crawl.fetch import EXCLUDE_HINT, Counts, CrawlOptions, Page, Problem, crawl, fetch_again
from klarlint.crawl.fragments import fragments
from klarlint.crawl.serialize import fragments_from_data, report_to_data
from klarlint.crawl.site import TEMPLATE_ANCHOR, PageReport, SiteReport
from klarlint.crawl.template import (
    PageText,
    Template,
    find_template,
    only_template,
    page_text,
    split_suffix_findings,
    suffix_span,
    template_findings,
    without_template,
)
from klarlint.document import Document
from klarlint.errors import InputError, KlarlintError
from klarlint.limits import Notice
from klarlint.linter import ActiveRule, lint_document
from klarlint.readers import read_bytes
from klarlint.report import FileReport
from klarlint.runner import RunOptions, _Settings, worker_signals

__all__ = ["CrawlOptions", "CrawlResult", "crawl_site"]
_DONE = object()


@dataclass
class CrawlResult:
    report: SiteReport
    counts: Counts
    linted: int = 0  # pages linted in this run
    reused: int = 0  # pages whose cached findings were used (not changed since the last run)
    notes: list[str] = field(default_factory=list)  # addresses not linted, and why (not errors)
    config: Config | None = None  # the config the pages were linted with (for --fail-on's default)
    fresh: set[str] = field(default_factory=set)  # the pages linted in this run (the others came from the cache)
    named: Counter[str] = field(default_factory=Counter)  # addresses not read, by Problem.kind (within --include)
    max_depth: int | None = None  # --max-depth

    def summary(self) -> str:
        """What happened to the addresses, each counted once, none outside --include: a page whose text was all
        skipped (another language) is not "granskad", nor is an unchanged page on a second run."""
        pages = [r for r in self.report.files if not r.error and not r.skipped and not _template(r)]
        with_text = [r for r in pages if r.stats.words or r.findings]
        linted = sum(1 for r in with_text if r.path in self.fresh)
        counts = [
            (linted, "sida granskad", "sidor granskade"),
            (len(with_text) - linted, "oförändrad sedan förra körningen", "oförändrade sedan förra körningen"),
            (len(pages) - len(with_text), "sida utan text att granska", "sidor utan text att granska"),
            (sum(len(getattr(r, "also_at", ())) for r in pages), SAME_PAGE, SAME_PAGE.replace("adress", "adresser")),
            (sum(1 for r in self.report.files if r.error), "kunde inte hämtas eller läsas", ""),
            (self.named["off-site"], "omdirigeras utanför webbplatsen", ""),
            (
                self.named["redirect"],
                "länk leder vidare till en annan adress",
                "länkar leder vidare till en annan adress",
            ),
            (self.named["robots"], "stoppad av robots.txt", "stoppade av robots.txt"),
            (self.named["not-text"], "var inte HTML, PDF eller Word", ""),
            (self.counts.limited, f"hämtades inte (--max-pages {self.report.max_pages})", ""),
            (self.counts.beyond_depth, _beyond_depth(self.max_depth), ""),
        ]
        parts = [_counted(*count) for i, count in enumerate(counts) if count[0] or i == 0]
        if login := _login_hint([r for r in self.report.files if getattr(r, "status", None) in (401, 403)]):
            parts.append(login)
        if self.report.template_pages:
            parts.append(f"mallen, som finns på {self.report.template_pages} sidor, granskades för sig")
        return ", ".join(parts)


SAME_PAGE = "adress med samma sida som en annan"


def _beyond_depth(max_depth: int | None) -> str:
    """Sitemap addresses no link within --max-depth leads to: not read, and counted (they had all been read as
    depth 0, so --max-depth 0, *bara startsidan*, had checked 24 pages)."""
    return f"i webbplatskartan hämtades inte (ingen länk leder dit inom --max-depth {max_depth})"


def _login_hint(pages: list[FileReport]) -> str:
    """Pages behind a login fail the run (exit 2) until they are sent a login or left out: said once, with a
    pattern for --exclude (every link to an e-service's */mina-sidor/* had made each run exit 2, with no word of
    how to leave them out)."""
    if not pages:
        return ""
    folders = [urlsplit(r.path).path.rsplit("/", 1)[0] + "/" for r in pages]
    common = os.path.commonpath(folders) if len(pages) > 1 else folders[0].rstrip("/")
    pattern = f" '{common}/'" if common not in ("", "/") else ""
    them = "sida kräver inloggning" if len(pages) == 1 else "sidor kräver inloggning"
    leave_out = f"hoppa över {'den' if len(pages) == 1 else 'dem'} med --exclude{pattern}"
    return f"{len(pages)} {them}: skicka inloggningen med --header, eller {leave_out}"


def _counted(count: int, one: str, many: str) -> str:
    """*1 sida granskad*, *2 sidor granskade* (``many`` "": the same words)."""
    return f"{count} {one if count == 1 or not many else many}"


def _template(report: FileReport) -> bool:
    return bool(getattr(report, "template_pages", 0))


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
    site = _Site(options, cache, linter)
    try:
        with _progress(show_progress) as advance:
            thread.start()
            for item in iter(items.get, _DONE):
                site.take(item)
                advance(site.done())
            thread.join()
            if "error" in outcome:
                raise KlarlintError(f"{options.start}: webbplatsen kunde inte granskas ({outcome['error']})")
            site.lint_web_pages(advance)
    except (KeyboardInterrupt, SystemExit):  # Ctrl-C, or SIGTERM (the CLI's handler exits)
        site.keep_what_is_done()
        raise
    return site.result(outcome["counts"])  # type: ignore[arg-type]


@dataclass(frozen=True)
class _Job:
    """A page to lint: whole (a PDF), without the template's part of it (a web page), or only that part."""

    page: Page
    template: Template | None = None
    only_template: bool = False
    also_at: tuple[str, ...] = ()  # addresses with the same content, named in the page's report

    @property
    def name(self) -> str:
        return self.page.url + TEMPLATE_ANCHOR if self.only_template else self.page.url


@dataclass
class _WebPage:
    page: Page
    text: PageText | None  # None: the cache had no blocks for it (it is fetched again)


# Web pages read before a provisional template (found from them) lets pages be linted while others download
PROVISIONAL_PAGES = 30


class _Site:
    """The crawl's pages as they come: documents linted at once; web pages, once PROVISIONAL_PAGES are read, linted
    without the template those pages share while the crawl goes on, and when it is over, with the site's template
    known, linted again only where their part of it differs (linted only then, the crawl had cost 19 % more than
    linting the same pages from disk, against 7–10 % before the template: benchmarks/crawl.py)."""

    def __init__(self, options: CrawlOptions, cache: Cache | None, linter: _Linter) -> None:
        self.options, self.cache, self.linter = options, cache, linter
        self.reports: dict[str, FileReport] = {}
        self.web: dict[str, _WebPage] = {}
        self.template = Template()
        self.provisional: Template | None = None
        self.wanted: dict[str, str] = {}  # each web page's template key its report must have (a later lint wins)
        self.fresh: set[str] = set()
        self.reused: set[str] = set()
        # addresses of a page first found at another, known once the crawl is over: a report linted early under
        # one of them is dropped (*/a/index.html* and */a?utm_campaign=x* had been full entries of their own, with
        # all their findings counted twice, in every fresh crawl of 30 pages or more)
        self.duplicates: set[str] = set()
        self.kept: set[str] = set()  # pages whose report is in the cache (named when a crawl is stopped)
        self.notes: list[str] = []
        self.named: Counter[str] = Counter()
        self.documents: dict[str, str] = {}  # a PDF's or Word document's address → its content hash

    def done(self) -> int:
        return len(self.reports) + len(self.web) + len(self.linter.pending)

    def take(self, item: object) -> None:
        if isinstance(item, Problem):
            self._problem(item)
        elif isinstance(item, Page) and item.lint and item.kind == "html":
            self._keep(item)
        elif isinstance(item, Page) and item.lint:
            self.documents[item.url] = item.content_hash or item.url
            self._lint_or_reuse(_Job(item))

    def _problem(self, problem: Problem) -> None:
        if problem.named:
            self.named[problem.kind] += 1
        if problem.error:
            self.reports[problem.url] = PageReport(
                problem.url, error=problem.message, linked_from=problem.linked_from, status=problem.status
            )
            return
        self.notes.append(problem.message)
        if problem.named:
            self.reports.setdefault(problem.url, _not_read(problem))

    def _keep(self, page: Page) -> None:
        """A web page's blocks, read here (reading is quick; linting waits for the template)."""
        if page.body is None:
            data = page.entry.page_text if page.entry is not None else None
            self.web[page.url] = _WebPage(page, PageText.from_data(data) if data else None)
            return
        try:
            alt_text = self.linter.config.alt_text
            document = read_bytes(page.body, "html", page.url, charset=page.charset, alt_text=alt_text)
        except InputError as exc:
            self.reports[page.url] = FileReport(page.url, error=f"{exc}{EXCLUDE_HINT}")
            return
        self.web[page.url] = _WebPage(page, page_text(document))
        self._lint_early(page.url)

    def _lint_early(self, url: str) -> None:
        """Lint a web page while the crawl goes on, without the provisional template (see the class)."""
        if self.provisional is None:
            if len(self.web) < PROVISIONAL_PAGES:
                return
            self.provisional = find_template(web.text or PageText(()) for web in self.web.values())
            urls = list(self.web)
        else:
            urls = [url]
        for early in urls:
            web = self.web[early]
            if web.text is not None and web.page.body is not None:
                self._schedule(_Job(web.page, self.provisional.on(web.text)))

    def keep_what_is_done(self) -> None:
        """A crawl stopped midway (Ctrl-C, SIGTERM): the pages linted so far, their reports with a worker too, are in
        the cache, each entry written whole, and one line says so (a stopped crawl had kept nothing and said nothing:
        a 1,000-page site at --rate 2 started again from the first page after eight minutes). No report is written."""
        with contextlib.suppress(Exception):  # what is kept is a bonus: the run still ends as the user asked
            for job, report in self.linter.finished():
                self._finished(job, report)
        pages = "sida" if len(self.kept) == 1 else "sidor"
        if self.cache is None:
            kept = "inget sparades (--no-cache)"
        elif self.kept:
            kept = f"{len(self.kept)} granskade {pages} sparades i cachen, och nästa körning granskar bara resten"
        else:
            kept = "ingen sida hann granskas, så inget sparades i cachen"
        print(f"klarlint: granskningen avbröts; ingen rapport skrevs; {kept}", file=sys.stderr)

    def _schedule(self, job: _Job) -> None:
        self.wanted[job.page.url] = _template_key(job)
        self._lint_or_reuse(job)

    def lint_web_pages(self, advance) -> None:
        pages = _same_pages(self.web)
        self.duplicates = {url for also_at in pages.values() for url in also_at}
        self._link_from_first(pages)
        for url in self.duplicates:
            self.reports.pop(url, None)
            self.fresh.discard(url)
            self.reused.discard(url)
        self.template = find_template(self.web[url].text or PageText(()) for url in pages)
        for url, also_at in pages.items():
            web = self.web[url]
            part = self.template.on(web.text) if web.text is not None else self.template
            job = _Job(web.page, part, also_at=also_at)
            if also_at or self.wanted.get(url) != _template_key(job):  # not linted early without the same blocks
                self._schedule(job)
            advance(self.done())
        self._lint_template(list(pages))
        for job, report in self.linter.finish():
            self._finished(job, report)
            advance(self.done())
        self._merge_same_documents()

    def _merge_same_documents(self) -> None:
        """A document at two addresses (the same bytes) is one entry, named by its first address with the other,
        as a web page is (a PDF under /bilder/ and /dokument/ had been two rows of the ranking)."""
        groups: dict[str, list[str]] = {}
        for url in sorted(self.documents):
            if url in self.reports and not self.reports[url].error:
                groups.setdefault(self.documents[url], []).append(url)
        for first, *others in (urls for urls in groups.values() if len(urls) > 1):
            report = PageReport.of(self.reports[first])
            report.also_at = [*report.also_at, *others]
            self.reports[first] = report
            for url in others:
                del self.reports[url]
                self.fresh.discard(url)
                self.reused.discard(url)

    def _link_from_first(self, pages: dict[str, tuple[str, ...]]) -> None:
        """A broken address linked from a page's second address is named as linked from its first, the one the
        report lists (a cached run had said *länkas från …/antimikrobiell-resistens/index.html*)."""
        first = {other: url for url, also_at in pages.items() for other in also_at}
        for report in self.reports.values():
            linked_from = getattr(report, "linked_from", None)
            if linked_from in first and report.error:
                report.error = report.error.replace(
                    f"(länkas från {linked_from})", f"(länkas från {first[linked_from]})"
                )
                report.linked_from = first[linked_from]

    def _lint_template(self, urls: list[str]) -> None:
        """The template once: read from the page that has most of it (and from others for blocks it lacks)."""
        remaining, suffix = set(self.template.blocks), self.template.title_suffix
        texts = {url: self.web[url].text or PageText(()) for url in urls}
        for url in sorted(urls, key=lambda u: (-len(remaining & set(texts[u].blocks)), u)):
            blocks = frozenset(remaining & set(texts[url].blocks))
            part = Template(blocks, suffix if texts[url].title_suffix == suffix else "", self.template.pages)
            if part:
                self._lint_or_reuse(_Job(self.web[url].page, part, only_template=True))
                remaining -= blocks
                suffix = "" if part.title_suffix else suffix
            if not remaining and not suffix:
                return

    def _lint_or_reuse(self, job: _Job) -> None:
        cached = self._cached(job)
        if cached is not None:
            if not job.only_template:
                self.reused.add(job.page.url)
            self._finished(job, cached)
            return
        page = job.page
        if page.body is None:  # a 304, but its cached report was made under another template
            page.body = fetch_again(self.options, page.url)
            if page.body is None:
                self.reports[job.name] = PageReport(job.name, error=f"{page.url}: kunde inte hämtas igen")
                return
        if not job.only_template:
            self.fresh.add(page.url)
        done = self.linter.submit(job)
        if done is not None:
            self._finished(job, done)

    def _cached(self, job: _Job) -> FileReport | None:
        """The page's report from the last run: unchanged, and linted without the same template."""
        entry = self.cache.get(job.name) if self.cache and job.only_template else job.page.entry
        if entry is None or entry.rebuilt is None:
            return None
        if entry.template != _template_key(job) or (job.only_template and entry.content_hash != _content(job)):
            return None
        report = PageReport.of(entry.rebuilt)
        try:
            report.fragments = fragments_from_data(entry.report or {})
        except (TypeError, ValueError):  # a damaged entry's links: the page opens without them
            report.fragments = {}
        return report

    def _finished(self, job: _Job, report: FileReport) -> None:
        if not job.only_template and self.wanted.get(job.page.url, _template_key(job)) != _template_key(job):
            return  # linted early without other blocks than the site's template: a later lint is its report
        if not job.only_template and job.page.url in self.duplicates:
            return  # linted early at an address that turned out to be another's: the page's report names it
        report = PageReport.of(report)
        report.path = job.name
        report.also_at = list(job.also_at)
        report.template_pages = job.template.pages if job.only_template and job.template else 0
        self.reports[job.name] = report
        text = self.web[job.page.url].text if job.page.url in self.web else None
        for url in (job.page.url, *job.also_at) if not job.only_template else (job.name,):
            # each address's own validators and links (a duplicate's relative *?print=1* is its own address: with
            # the first address's links a cached run had found two robots.txt stops fewer than a fresh one)
            own = self.web[url].page if url in self.web and not job.only_template else job.page
            if _store(job, url, report, self.cache, text, own) and not job.only_template:
                self.kept.add(url)

    def result(self, counts: Counts) -> CrawlResult:
        report = SiteReport(
            [self.reports[url] for url in sorted(self.reports)],
            max_pages=self.options.max_pages,
            not_fetched=counts.limited,
            template_pages=self.template.pages if self.template else 0,
        )
        return CrawlResult(
            report,
            counts,
            linted=len(self.fresh),
            reused=len(self.reused),
            notes=self.notes,
            fresh=self.fresh,
            named=self.named,
            max_depth=self.options.max_depth,
        )


def _same_pages(web: dict[str, _WebPage]) -> dict[str, tuple[str, ...]]:
    """Each page once: the first address (in order) of those with the same content, with the others
    (*/omsorg/* and */omsorg/index.html* had been linted and counted twice)."""
    groups: dict[str, list[str]] = {}
    for url in sorted(web):
        groups.setdefault(web[url].page.content_hash or url, []).append(url)
    return {urls[0]: tuple(urls[1:]) for urls in groups.values()}


def _template_key(job: _Job) -> str:
    return job.template.key() if job.template else ""


def _content(job: _Job) -> str:
    """The template report's content key: the page it was read from, and what of it is template."""
    return hashlib.sha256(f"{job.page.content_hash}\n{_template_key(job)}".encode()).hexdigest()


def _not_read(problem: Problem) -> FileReport:
    """An address the crawl did not read, and why, as a skipped file of a folder is: named in every report (the
    site report had given only counts, or nothing: robots.txt, a redirect off the site, a document not read)."""
    reason = problem.message.removeprefix(f"{problem.url}: ")
    code = "redirect" if problem.kind == "redirect" else "skipped-file"  # a link to update, not a page left out
    return FileReport(problem.url, skipped=True, notices=[Notice(code, reason)])


def _store(
    job: _Job, url: str, report: FileReport, cache: Cache | None, text: PageText | None, page: Page | None = None
) -> bool:
    page = page or job.page
    if cache is None or report.error or report.rule_errors or page.content_hash is None:
        return False
    cache.put(
        Entry(
            url=url,
            fingerprint=cache.fingerprint,
            etag=None if job.only_template else page.etag,
            last_modified=None if job.only_template else page.last_modified,
            content_hash=_content(job) if job.only_template else page.content_hash,
            kind=page.kind,
            links=[] if job.only_template else page.links,
            report=report_to_data(report),
            page_text=text.to_data() if text is not None else None,
            template=_template_key(job),
        )
    )
    return True


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


def lint_page(page: Page | _Job, config: Config, rules: list[ActiveRule]) -> FileReport:
    """One fetched page through the same reader and lint call as a file; a web page without the site's template
    (or, for the template's report, only that), with a text fragment for each finding."""
    job = page if isinstance(page, _Job) else _Job(page)
    page = job.page
    assert page.body is not None
    try:
        document = read_bytes(page.body, page.kind, page.url, charset=page.charset, alt_text=config.alt_text)
        report = PageReport.of(_lint_part(document, job, config, rules))
    except InputError as exc:  # a scanned PDF: no baseline can hold it
        return FileReport(page.url, error=f"{exc}{EXCLUDE_HINT}")
    if page.kind == "html":
        report.fragments = fragments(document.source, report.findings)
    return report


def _lint_part(document: Document, job: _Job, config: Config, rules: list[ActiveRule]) -> FileReport:
    if job.template is None:
        return lint_document(document, config, rules=rules)
    suffix = suffix_span(document) if job.template.title_suffix else None
    if job.only_template:
        report = lint_document(only_template(document, job.template), config, rules=rules)
        report.findings = template_findings(report.findings, document, suffix)
    else:
        report = lint_document(without_template(document, job.template), config, rules=rules)
        report.findings = split_suffix_findings(report.findings, suffix)[0]
    return report


class _Linter:
    """Lints pages here, or in forked worker processes (``--jobs``) that started before the crawl thread."""

    def __init__(self, config: Config, rules: list[ActiveRule], run_options: RunOptions, jobs: int) -> None:
        self.config, self.rules = config, rules
        self.pool: ProcessPoolExecutor | None = None
        self.pending: dict[Future[FileReport], _Job] = {}
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

    def submit(self, job: _Job) -> FileReport | None:
        if self.pool is None:
            return lint_page(job, self.config, self.rules)
        self.pending[self.pool.submit(_lint_in_worker, job)] = job
        return None

    def finish(self) -> Iterator[tuple[_Job, FileReport]]:
        for future, job in list(self.pending.items()):
            try:
                report = future.result()
            except Exception as exc:  # a crashed worker: this page's error, not the run's end
                report = FileReport(job.page.url, error=f"{job.page.url}: granskningen kraschade ({exc})")
            del self.pending[future]
            yield job, report

    def finished(self) -> Iterator[tuple[_Job, FileReport]]:
        """The pages the workers have already linted, without waiting for the others (a crawl stopped midway)."""
        for future, job in list(self.pending.items()):
            if future.done() and not future.cancelled() and future.exception() is None:
                del self.pending[future]
                yield job, future.result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


_worker_settings: _Settings | None = None


def _init_worker(run_options: RunOptions) -> None:
    global _worker_settings
    worker_signals()  # Ctrl-C ignored, SIGTERM kills at once (see runner.worker_signals)
    _worker_settings = _Settings(run_options)


def _lint_in_worker(job: _Job) -> FileReport:
    assert _worker_settings is not None
    config, rules = _worker_settings.for_path(Path.cwd())
    return lint_page(job, config, rules)
